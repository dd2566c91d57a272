"""Project years in the layouts pages use, and the years that are never a project's (fixtures of our own)."""

from __future__ import annotations

import pytest

from indexer.metadata.dates import find_period


def years(text: str) -> tuple[int, ...]:
    period = find_period(text)
    return tuple(range(period.start.year, period.end.year + 1)) if period else ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Project period: 2019-2021", (2019, 2020, 2021)),
        ("Period: 2019 - 2022\nBudget: EUR 1.2 million", (2019, 2020, 2021, 2022)),
        ("Zeitraum: 2019 – 2021", (2019, 2020, 2021)),
        ("Razdoblje provedbe: 2019. – 2021.", (2019, 2020, 2021)),
        ("Trajanje projekta: 2019.-2021.", (2019, 2020, 2021)),
        ("Start\n01.03.2019\nEnd\n28.02.2021", (2019, 2020, 2021)),
        ("The project runs from 2019 to 2022 in four regions.", (2019, 2020, 2021, 2022)),
        ("Projekt trwał od 2016 do 2019 roku.", (2016, 2017, 2018, 2019)),
        ("Projekat traje od 2019. do 2021. godine.", (2019, 2020, 2021)),
        ("Erasmus+ 2020 – 2022: A school for everyone", (2020, 2021, 2022)),
        ("The project started in 2018 and runs until 31 March 2021.", (2018, 2019, 2020, 2021)),
        ("Projektet startede i 2017 og slutter den 30. juni 2019.", (2017, 2018, 2019)),
        ("The project started on 1 March 2019 and will last 24 months.", (2019, 2020, 2021)),
        ("Il progetto, della durata di 24 mesi, è iniziato il 1 marzo 2019.", (2019, 2020, 2021)),
        ("Das Projekt startete im Januar 2020 und hat eine Laufzeit von 18 Monaten.", (2020, 2021)),
    ],
)
def test_project_periods_in_the_layouts_pages_use(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A programming period written in full dates is the programme's.
        "Programme eligibility: 1.1.2014 – 31.12.2020",
        "The Interreg programme covers the period from 1 January 2021 to 31 December 2027.",
        # Copyright lines, strategies, plans and school years carry ranges that are nobody's project.
        "Project website © 2016-2019 City of Ravenwood",
        "The project contributes to the regional Strategy 2016-2025.",
        "The project builds on the city's action plan 2018-2022.",
        "Our school joined a project in the school year 2018/2019.",
        # A list of news items, each dated on its own line, is no period.
        "Project news\n15.03.2019 Kick-off meeting in Graz\n02.10.2019 Second partner meeting",
        "Project news\n15.03.2019 Partners met to plan the work\n02.10.2020 Results",
        # A start told in a sentence with no duration, and the years of statistics, say nothing.
        "The project started on 1 March 2019.",
        "From 2010 to 2020 the number of visitors doubled. The project wants to keep them.",
    ],
)
def test_years_that_are_no_project_period(text: str) -> None:
    assert years(text) == ()


def test_a_project_labelled_as_such_keeps_a_period_that_equals_a_programming_period() -> None:
    assert years("Project duration: 01.01.2014 – 31.12.2020") == tuple(range(2014, 2021))
    assert years("Start date: 01.01.2014\nEnd date: 31.12.2020") == tuple(range(2014, 2021))


def test_end_labels_are_words_of_their_own() -> None:
    # "Wochenende" (weekend) holds "Ende" but labels no project end.
    assert years("Projektbeginn: 01.03.2019\nAm Wochenende 02.03.2019 feierten wir.") == ()
