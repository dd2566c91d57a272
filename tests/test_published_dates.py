"""A report's published date: the date it was submitted, not the date it was due."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_metadata import meta


def published(text: str) -> dt.date | None:
    return meta(text, fmt="pdf", name="deliverable.pdf").published


# A cover table read column by column: every label, then every value, as a PDF's two columns come out.
COLUMN_COVER = """RIVERWATCH: Citizen Monitoring of Small Rivers

Grant Agreement number: 700123

Start Date of Project: 01.09.2016

Duration: 36 months

Deliverable D4.2

Monitoring toolkit

Due Date of Deliverable

Actual Submission Date

Work Package

Version

Month 12, 31.08.2016

14.11.2017

WP4, Toolkit

1.0

History

02.10.2017

Draft

20.10.2017

Review"""


def test_a_deliverable_month_before_a_date_is_no_place():
    # "Month 12, 31.08.2016" read like "Brussels, 12 May 2016" made the due date (here a day
    # before the project even started) the report's date.
    assert published(COLUMN_COVER) == dt.date(2017, 11, 14)


def test_the_actual_submission_date_of_a_column_cover_wins_over_an_earlier_due_date():
    # Submitted before it was due: the latest date up front is the due date, not the report's.
    text = (
        "Deliverable D2.1\n\nStart date of the project: 1 March 2018\n\nContractual date of delivery\n\n"
        "Actual date of delivery\n\nDissemination level\n\n31.03.2019\n\n28.03.2019\n\nPublic"
    )
    assert published(text) == dt.date(2019, 3, 28)


@pytest.mark.parametrize(
    ("cover", "expected"),
    [
        ("Due date: 30.11.2018\n\nActual submission date: 26.11.2018", dt.date(2018, 11, 26)),
        ("Due date of deliverable: 30 November 2018\n\nSubmitted on: 26 November 2018", dt.date(2018, 11, 26)),
        ("Fälligkeitsdatum: 30.06.2020\n\nTatsächliches Abgabedatum: 15.06.2020", dt.date(2020, 6, 15)),
        ("Date d'échéance : 30/06/2020\n\nDate de soumission : 15/06/2020", dt.date(2020, 6, 15)),
        ("Fecha prevista: 30/06/2020\n\nFecha de entrega: 15/06/2020", dt.date(2020, 6, 15)),
        ("Data di scadenza: 30/06/2020\n\nData di consegna: 15/06/2020", dt.date(2020, 6, 15)),
    ],
)
def test_a_cover_read_row_by_row_is_published_on_its_submission_date(cover, expected):
    assert published("Deliverable D3.3: Pilot evaluation\n\n" + cover + "\n\nWork package 3") == expected


def test_a_date_before_the_project_start_gives_way_to_a_later_one():
    text = (
        "Final report\n\nProject start date: 1 September 2016\n\nDuration: 36 months\n\n"
        "Date: 15 March 2016\n\nThe work of the partners.\n\nRevised on 20 February 2018."
    )
    assert published(text) == dt.date(2018, 2, 20)


def test_a_dateline_and_a_labelled_date_still_date_a_report():
    assert published("Brussels, 12 May 2016\n\nThe partners met for the first time.") == dt.date(2016, 5, 12)
    assert published("Progress report\n\nDate: 4 April 2019\n\nThe work so far.") == dt.date(2019, 4, 4)


def test_a_deliverable_month_is_no_place_of_a_dateline():
    from indexer.metadata.dates import is_dateline

    assert is_dateline("Brussels, ") and is_dateline("Wien, ")
    assert not is_dateline("Month 24, ") and not is_dateline("M24, ") and not is_dateline("Monat 24, ")
