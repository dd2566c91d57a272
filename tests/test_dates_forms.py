"""Date forms project boxes use beyond day-month-year: year-first numbers, ISO months, Roman months, quarters."""

from __future__ import annotations

import datetime as dt

import pytest

from indexer.metadata.date_mentions import find_dates, last_day
from indexer.metadata.dates import find_period


def years(text: str) -> tuple[int, ...]:
    period = find_period(text)
    return tuple(range(period.start.year, period.end.year + 1)) if period else ()


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Kezdés: 2017.03.15.", dt.date(2017, 3, 15), "day"),
        ("Start 2017. 03. 15.", dt.date(2017, 3, 15), "day"),
        ("Od 15.III.2017", dt.date(2017, 3, 15), "day"),
        ("Od 15. III. 2017", dt.date(2017, 3, 15), "day"),
        ("Start 2017-03", dt.date(2017, 3, 1), "month"),
        ("Start XI 2017", dt.date(2017, 11, 1), "month"),
        ("Start Q2 2017", dt.date(2017, 4, 1), "quarter"),
        ("Start 3Q/2017", dt.date(2017, 7, 1), "quarter"),
        ("Beginn: II. Quartal 2017", dt.date(2017, 4, 1), "quarter"),
        ("Początek: IV kwartał 2017", dt.date(2017, 10, 1), "quarter"),
    ],
)
def test_date_forms_of_project_boxes(text: str, date: dt.date, precision: str) -> None:
    found = find_dates(text)
    assert [(mention.date, mention.precision) for mention in found] == [(date, precision)]


def test_a_quarter_ends_on_its_third_month() -> None:
    (mention,) = find_dates("Q4 2019")
    assert last_day(mention) == dt.date(2019, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Időtartam: 2017.03.15. – 2019.09.14.", (2017, 2018, 2019)),
        ("Laufzeit: 2017-03 bis 2019-09", (2017, 2018, 2019)),
        ("Okres realizacji: III 2017 – IX 2019", (2017, 2018, 2019)),
        ("Czas trwania: 15.III.2017 – 14.IX.2019", (2017, 2018, 2019)),
        ("Project period: Q2 2017 - Q1 2019", (2017, 2018, 2019)),
        ("Looptijd: maart 2017 t/m september 2019", (2017, 2018, 2019)),
    ],
)
def test_ranges_in_those_forms(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Alone, such forms are too ambiguous to date anything: a school year, a chapter, a report's quarter.
        "Season 2011-12 results of the club",
        "Chapter XI 2017 annual figures",
        "Our newsletter for Q3 2019 is out.",
    ],
)
def test_those_forms_alone_give_no_period(text: str) -> None:
    assert years(text) == ()
