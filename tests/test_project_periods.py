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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Start and end labels in the languages of the pages.
        ("Начало: 15.03.2017\nКрай: 14.09.2019", (2017, 2018, 2019)),
        ("Data inizio: 15/03/2017\nData fine: 14/09/2019", (2017, 2018, 2019)),
        ("Data de început: 15.03.2017\nData de sfârșit: 14.09.2019", (2017, 2018, 2019)),
        ("Data începerii: 15.03.2017\nData finalizării: 14.09.2019", (2017, 2018, 2019)),
        ("Kezdés: 2017.03.15.\nBefejezés: 2019.09.14.", (2017, 2018, 2019)),
        ("Sākuma datums: 15.03.2017\nBeigu datums: 14.09.2019", (2017, 2018, 2019)),
        ("Alguskuupäev: 15.03.2017\nLõppkuupäev: 14.09.2019", (2017, 2018, 2019)),
        # A duration word before a range of years, and a length on the line under its label.
        ("Perioada de implementare: 2017 – 2019", (2017, 2018, 2019)),
        ("Продължителност: 2017 – 2019", (2017, 2018, 2019)),
        ("Időtartam: 2017 – 2019", (2017, 2018, 2019)),
        ("Kestus: 2017–2019", (2017, 2018, 2019)),
        ("Project duration\n30 months\nStart date\n15/03/2017", (2017, 2018, 2019)),
        ("Data de începere: 15.03.2017\nDurata: 30 luni", (2017, 2018, 2019)),
    ],
)
def test_labels_and_durations_in_more_languages(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Copied from a browser: a header row over a value row.
        ("Start\tEnd\tDuration\n15.03.2017\t14.09.2019\t30 months", (2017, 2018, 2019)),
        ("Acronym | Start date | End date | Budget\nRIVERLINK | 15/03/2017 | 14/09/2019 | EUR 950 000", (2017, 2018, 2019)),
        ("Start date | Duration\n15/03/2017 | 30 months", (2017, 2018, 2019)),
        # Extracted cell by cell: every heading first, then every value, under a heading of the box.
        ("Key facts\n\nStart date\n\nEnd date\n\n15.03.2017\n\n14.09.2019\n\nPartners", (2017, 2018, 2019)),
        ("Beginn\nLaufzeit\nMärz 2017\n30 Monate", (2017, 2018, 2019)),
    ],
)
def test_project_boxes_laid_out_as_tables(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Tables of news and events carry dates that are no project's start or end.
        "Date\tEvent\n15.03.2017\tKick-off in Linz",
        "News\nEvents\n15.03.2017\n14.09.2019",
        # A heading row whose values do not line up with it gives nothing rather than a wrong start.
        "Start\nEnd\nOpen\n15.03.2017\nClosed",
    ],
)
def test_tables_that_hold_no_project_period(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town hall and its partners put their names to the subsidy contract on 15.03.2017 (signed in Linz).\n"
            "The partners meet twice a year.\nThe pilot project closes its work by the end of 2019.",
            (2017, 2018, 2019),
        ),
        (
            "The grant agreement was signed in March 2017. Its partners meet in Graz. The project will run until 14 September 2019.",
            (2017, 2018, 2019),
        ),
        (
            "Der Fördervertrag wurde am 15. März 2017 unterzeichnet. Das Projekt läuft bis Ende 2019.",
            (2017, 2018, 2019),
        ),
        ("Umowa została podpisana 15 marca 2017 r. Projekt będzie realizowany do końca 2019 roku.", (2017, 2018, 2019)),
    ],
)
def test_a_signed_contract_and_the_end_set_for_the_work(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The end belongs to the programme, not to a project.
        "The subsidy contract was signed on 15.03.2017. The programme will fund new calls until the end of 2023.",
        # An end with no contract signed before it, and a contract with no end, date nothing.
        "The partners will finish the project by the end of 2019.",
        "The partnership agreement was signed on 15.03.2017 in Graz.",
    ],
)
def test_signatures_and_ends_that_date_no_project(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A project box that gives its start and end as years only.
        ("Start: 2017\nEnd: 2019", (2017, 2018, 2019)),
        ("Start year: 2017 | End year: 2019", (2017, 2018, 2019)),
        ("Projektbeginn: 2017\nProjektende: 2019", (2017, 2018, 2019)),
        # Two years as an interval in a sentence about the project, or joined by a word after a label.
        ("The project ran between 2017 and 2019 in three valleys.", (2017, 2018, 2019)),
        ("El proyecto se desarrolló entre 2017 y 2019.", (2017, 2018, 2019)),
        ("Laufzeit: 2017 bis 2019", (2017, 2018, 2019)),
        ("Durée du projet : 2017 à 2019", (2017, 2018, 2019)),
        ("Realisation: 2017-2019", (2017, 2018, 2019)),
        ("Dates: 2017 - 2019", (2017, 2018, 2019)),
    ],
)
def test_years_only_in_boxes_and_sentences(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Between 2010 and 2020 twice as many tourists came. The partners want to keep them.",
        "Start: 2017\nNews: 2019",
        "The census compared 2011 to 2021 figures.",
        "Founded: 2017\nEnd: 2012",
    ],
)
def test_years_only_that_are_no_project_period(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A start year and an end year in one sentence, the end told with a verb of completion.
        ("The project started in 2017 and will be completed in 2019.", (2017, 2018, 2019)),
        ("Projekt rozpoczął się w 2017 roku i zakończy się w 2019 roku.", (2017, 2018, 2019)),
        ("Le projet a débuté en 2017 et se terminera en 2019.", (2017, 2018, 2019)),
        # A label naming whose start it is, labels of Italian and French boxes, a length in the block under its label.
        ("Trajanje projekta: 30 mjeseci\nPočetak provedbe: 15. ožujka 2017.", (2017, 2018, 2019)),
        ("Data di avvio: 15/03/2017 Data di conclusione: 14/09/2019", (2017, 2018, 2019)),
        ("Date de démarrage : 15/03/2017\nDate d'achèvement : 14/09/2019", (2017, 2018, 2019)),
        ("Project duration\n\n30 months\n\nStart date\n\n15.03.2017", (2017, 2018, 2019)),
        ("Lifetime: 2017 - 2019", (2017, 2018, 2019)),
    ],
)
def test_more_ways_to_give_a_start_and_an_end(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_a_registration_window_is_no_project_period() -> None:
    # Only project words may stand between a start label and its colon.
    text = "Start of registration: 01.03.2019\nEnd of registration: 15.03.2019\nProject period: 2016-2019"
    assert years(text) == (2016, 2017, 2018, 2019)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A start told in one sentence and the end in a later one of the same block.
        ("The project started on 15 March 2017. Partners from four regions take part. It ends in September 2019.", (2017, 2018, 2019)),
        ("Das Projekt startete am 15. März 2017. Vier Partner sind dabei. Es endet am 14. September 2019.", (2017, 2018, 2019)),
        ("Le projet a démarré le 15 mars 2017. Quatre partenaires y participent. Il se terminera le 14 septembre 2019.", (2017, 2018, 2019)),
    ],
)
def test_a_start_and_an_end_sentences_apart(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_an_end_sentences_apart_must_be_the_projects() -> None:
    # The later sentence is about something else: only its own project word or a pronoun would tie it back.
    text = "The project started on 15 March 2017. Four partners take part.\nThe survey runs until 14 September 2019 online."
    assert years(text) == ()
    # A range of years given in one place outranks a start and an end told sentences apart.
    assert years("Project period: 2016-2019. The project started on 15 March 2017. Four partners from the valley take part. It ends in September 2018.") == (2016, 2017, 2018, 2019)


def test_a_long_paragraph_of_starts_is_read_for_its_length_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Hundreds of told starts in one paragraph: reading the paragraph's length for each made the cost quadratic.
    from indexer.metadata import dates

    calls = []
    original = dates.told_length
    monkeypatch.setattr(dates, "told_length", lambda text, *args: calls.append(len(text)) or original(text, *args))
    text = "Das Projekt, das im März 2016 begonnen hat und 2019 endet, " * 300
    assert years(text) == (2016, 2017, 2018, 2019)
    assert len(calls) == 1


@pytest.mark.parametrize(
    "text",
    [
        # "close" and "closing" join two dates only as the end's verb with its preposition: "closes on".
        "Posted 12 March 2019, in close contact with 20 June 2019 partners from the region.",
        "Posted 12 March 2019, closing remarks of the 20 June 2019 meeting are online.",
        # "beige" is a colour, not the Latvian end.
        "Printed 12 March 2019 on beige paper, reprinted 20 June 2019.",
    ],
)
def test_words_that_join_no_start_and_end(text: str) -> None:
    assert years(text) == ()


def test_the_end_verb_with_its_preposition_still_joins_them() -> None:
    assert years("The project opened on 1 March 2019 and closed on 28 February 2021.") == (2019, 2020, 2021)
    assert years("Projekts sākās 2016. gada 1. martā, beigās 2019. gada 28. februārī.") == (2016, 2017, 2018, 2019)


@pytest.mark.parametrize(
    "text",
    [
        # "30 mi" is miles, and Italian "mi" a pronoun: only the Irish "mí" with its accent is a month.
        "The project started on 1 March 2019. The project trail runs for 30 mi along the coast.",
        "Il progetto è iniziato il 1 marzo 2019. Il progetto per 3 mi ha dato molto.",
    ],
)
def test_a_start_with_no_length_after_it(text: str) -> None:
    period = find_period(text)
    assert period is None or period.end.year == 2019


def test_the_irish_month_keeps_its_accent() -> None:
    assert years("Dáta tosaigh: 01.03.2019\nFad an tionscadail: 24 míosa") == (2019, 2020, 2021)
    assert years("Dáta tosaigh: 01.03.2019\nFad an tionscadail: 30 míonna") == (2019, 2020, 2021)


@pytest.mark.parametrize(
    "text",
    [
        # "no" is "in the" in Portuguese and "not" in Spanish and Italian: it is "from" only in Latvian, with "līdz".
        "No 2016 a 2019 houve crescimento do projeto.",
        "No 1 de março de 2019 ao 20 de junho de 2021 cresceu o projeto.",
        "No 2016 a 2019 el proyecto no tuvo socios.",
    ],
)
def test_no_is_no_from_word_outside_latvian(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    "text",
    ["Projekts ilgst no 2016 līdz 2019.", "Projekts norisinās no 2016. gada līdz 2019. gadam.", "Projekts norisinās no 2016. gada marta līdz 2019. gada februārim."],
)
def test_latvian_from_and_until(text: str) -> None:
    assert years(text) == (2016, 2017, 2018, 2019)
