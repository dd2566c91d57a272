"""Project periods in the phrasings pages use across EU languages (fixtures of our own)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from indexer.metadata.date_mentions import find_dates
from indexer.metadata.dates import find_period
from indexer.metadata.durations import told_length
from indexer.metadata.year_lengths import year_with_length


def years(text: str) -> tuple[int, ...]:
    period = find_period(text)
    return tuple(range(period.start.year, period.end.year + 1)) if period else ()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Month names in the cases a sentence puts them in, which CLDR does not list.
        ("w styczniu 2019", dt.date(2019, 1, 1)),
        ("v lednu 2019", dt.date(2019, 1, 1)),
        ("v októbri 2019", dt.date(2019, 10, 1)),
        ("u ožujku 2019", dt.date(2019, 3, 1)),
        ("3. avgusta 2019", dt.date(2019, 8, 3)),
        ("15. januarja 2019", dt.date(2019, 1, 15)),
        ("τον Μάρτιο του 2019", dt.date(2019, 3, 1)),
        ("2019. gada martā", dt.date(2019, 3, 1)),
        ("2019 m. kovo mėn.", dt.date(2019, 3, 1)),
    ],
)
def test_month_names_in_their_cases(text: str, date: dt.date) -> None:
    assert [mention.date for mention in find_dates(text)] == [date]


def test_the_italian_ordinal_day_is_a_day() -> None:
    assert [(mention.date, mention.precision) for mention in find_dates("1° marzo 2019")] == [(dt.date(2019, 3, 1), "day")]


def test_an_abbreviated_month_is_a_date_only_in_a_range_or_with_a_capital() -> None:
    assert years("Timeline: Mar 2019 – Feb 2021") == (2019, 2020, 2021)
    # "set" (Italian September) and "out" (Portuguese October) are words too.
    assert find_dates("set 2019 aside") == []
    assert [mention.loose for mention in find_dates("Sept. 2019")] == [True]
    # Without a capital or a full stop, and alone, nothing dates a project.
    assert years("Reports of Mar 2019") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label may name whose start or end it is, in the words of its language.
        ("Début du projet\n01/03/2019\nFin du projet\n28/02/2021", (2019, 2020, 2021)),
        ("Inizio del progetto: 1° marzo 2019\nFine del progetto: 28 febbraio 2021", (2019, 2020, 2021)),
        ("Data de început a proiectului: 01.03.2019\nData de finalizare a proiectului: 28.02.2021", (2019, 2020, 2021)),
        ("Начало на проекта: 01.03.2019\nКрай на проекта: 28.02.2021", (2019, 2020, 2021)),
        ("Início do projeto: 01/03/2019\nConclusão: 28/02/2021", (2019, 2020, 2021)),
        ("Rozpoczęcie projektu: 01.03.2019\nZakończenie projektu: 28.02.2021", (2019, 2020, 2021)),
        ("Αρχή έργου: 01/03/2019\nΟλοκλήρωση έργου: 28/02/2021", (2019, 2020, 2021)),
        ("Aloitus: 1.3.2019\nPäättyminen: 28.2.2021", (2019, 2020, 2021)),
        ("Zaključek projekta: 28. 2. 2021\nZačetek projekta: 1. 3. 2019", (2019, 2020, 2021)),
        ("Projektabschluss: 28.02.2021\nProjektstart: 01.03.2019", (2019, 2020, 2021)),
        ("Sluttdato: 28.02.2021\nStartdato: 01.03.2019", (2019, 2020, 2021)),
        ("Kick-off: 12 March 2019 | Budget: EUR 2 million | Closure: 30 June 2021", (2019, 2020, 2021)),
        # A label told as a sentence.
        ("The project start was on 1 March 2019 and the end is on 28 February 2021.", (2019, 2020, 2021)),
    ],
)
def test_start_and_end_labels_in_more_languages(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_labels_of_other_things_date_no_project() -> None:
    # A call's closing date is no project's end, and only project words may follow a start label.
    assert years("Opening of the call: 01.02.2019\nClosing date: 15.03.2019") == ()
    assert years("Start of registration: 01.02.2019\nClosure of registration: 15.05.2019\nProject period: 2016-2019") == (2016, 2017, 2018, 2019)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Duration: 30 months", 30),
        ("Laufzeit 36 Monate", 36),
        ("czas trwania 24 miesiące", 24),
        ("durata 24 mesi", 24),
        ("duración de 30 meses", 30),
        ("d'une durée de deux ans", 24),
        ("will run for three years", 36),
        ("trwa trzy lata", 36),
        ("a 36-month project", 36),
        ("ein dreijähriges Projekt", 36),
    ],
)
def test_lengths_as_pages_state_them(text: str, months: int) -> None:
    length = told_length(text)
    assert length is not None and length.months == months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This 36-month project started in September 2018.", (2018, 2019, 2020, 2021)),
        ("The project, lasting 24 months, started in January 2019.", (2019, 2020)),
        ("Launched in March 2019, the project will run for 30 months.", (2019, 2020, 2021)),
        ("The project will run for three years, starting in January 2019.", (2019, 2020, 2021)),
        ("Le projet, d'une durée de 24 mois, a démarré en janvier 2019.", (2019, 2020)),
        ("Projet d'une durée de 24 mois lancé en janvier 2019.", (2019, 2020)),
        ("Il progetto ha una durata di 24 mesi ed è partito a marzo 2019.", (2019, 2020, 2021)),
        ("Il progetto avrà una durata di 36 mesi a partire da gennaio 2019.", (2019, 2020, 2021)),
        ("El proyecto tiene una duración de 30 meses y comenzó en enero de 2019.", (2019, 2020, 2021)),
        ("Projekt, którego czas trwania wynosi 24 miesiące, rozpoczął się w styczniu 2019.", (2019, 2020)),
    ],
)
def test_a_start_and_a_length_in_one_paragraph(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_a_length_without_a_project_dates_nothing() -> None:
    assert years("The survey started in March 2019 and lasted three months.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The project ran in the years 2016 to 2018.", (2016, 2017, 2018)),
        ("Il progetto si svolge dal 2019 al 2021.", (2019, 2020, 2021)),
        ("Das Projekt läuft von 2019 bis 2021.", (2019, 2020, 2021)),
        ("Le projet se déroule de 2019 à 2021.", (2019, 2020, 2021)),
        ("Projekt jest realizowany od 2019 do 2021.", (2019, 2020, 2021)),
        ("A projekt 2019 és 2021 között valósul meg.", (2019, 2020, 2021)),
        ("Das Projekt läuft seit 2019 und endet 2021.", (2019, 2020, 2021)),
        # The same with months, and the end word that alone would mean "and".
        ("Le projet se déroule de mars 2019 à juin 2021.", (2019, 2020, 2021)),
        ("Il progetto si svolge da marzo 2019 a giugno 2021.", (2019, 2020, 2021)),
        ("El proyecto se desarrolla de marzo de 2019 a junio de 2021.", (2019, 2020, 2021)),
        ("Projekt jest realizowany od marca 2019 do czerwca 2021.", (2019, 2020, 2021)),
        # A start and an end told with verbs.
        ("Das Projekt beginnt am 01.03.2019 und endet am 28.02.2021.", (2019, 2020, 2021)),
        ("Il progetto inizia il 1° marzo 2019 e termina il 28 febbraio 2021.", (2019, 2020, 2021)),
        ("Hanke alkaa 1.3.2019 ja päättyy 28.2.2021.", (2019, 2020, 2021)),
        # Across a line break.
        ("The project runs from 1 March 2019 until\n28 February 2021.", (2019, 2020, 2021)),
        ("Project duration: 2019 –\n2021", (2019, 2020, 2021)),
    ],
)
def test_ranges_told_in_words(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the years 2010 to 2020 tourism doubled.",
        "Le programme se déroule de 2021 à 2027.",
        # Two dates joined by "and" are two days, whatever the language.
        "The partners met on 3 May 2019 and 4 September 2019 in Graz.",
    ],
)
def test_ranges_in_words_that_are_no_project_period(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laufzeit: 03/2016 – 2019", (2016, 2017, 2018, 2019)),
        ("Project period: March 2016 – 2019", (2016, 2017, 2018, 2019)),
        ("Okres realizacji: marzec 2016 - 2019", (2016, 2017, 2018, 2019)),
    ],
)
def test_a_start_month_and_an_end_year(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize("text", ["© March 2016 – 2019 City of Rivertown", "Newsletter March 2016 – 2019 archive"])
def test_a_month_and_a_year_of_something_else(text: str) -> None:
    assert years(text) == ()


def test_a_start_year_and_the_year_the_project_runs_until() -> None:
    assert years("Start: 2023\nPartners: four towns\nThe project runs until 2027.") == (2023, 2024, 2025, 2026, 2027)
    assert years("The project started in 2023. Its partners meet twice a year. The project will run until 2026.") == (2023, 2024, 2025, 2026)
    # The programme's end is not the project's.
    assert years("Start: 2021\nThe programme runs until 2027.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menu\nContact\nGREENWAYS 2016-2019\n\nThe partners mark trails across the hills.", (2016, 2017, 2018, 2019)),
        ("Home\nRiver Lab – 2021 – 2023\nFour towns share their flood data.", (2021, 2022, 2023)),
    ],
)
def test_a_range_of_years_in_a_heading_after_a_name(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Home\nAnnual report 2016-2017\nRead it online.",
        "Home\nStrategy for March 2016 – 2025\nThe council adopted it.",
        "Home\nCall for proposals 2019-2020\nApply by March.",
        "Home\nInterreg V-A 2014-2020\nProjects of the programme.",
        "Training 2016/2017\nA school year of courses.",
        "Tables\n2010-2015\nFigures of the region.",
        # A range inside a sentence of a long paragraph is no heading.
        "Visitors. In 2010-2015 the number of visitors doubled and the towns want to keep them coming for years.",
    ],
)
def test_ranges_in_headings_that_are_someone_elses(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Duration words of more languages before a range or a length.
        ("Projektets løbetid: 1.3.2019 - 28.2.2021", (2019, 2020, 2021)),
        ("Hankeaika: 1.3.2019–28.2.2021", (2019, 2020, 2021)),
        ("Futamidő: 24 hónap\nKezdés: 2019. március 1.", (2019, 2020, 2021)),
        ("Duur: 24 maanden\nStartdatum: 01-03-2019", (2019, 2020, 2021)),
        ("Plazo de ejecución: 2019-2021", (2019, 2020, 2021)),
        # Two-digit years, right after a period's label only.
        ("Laufzeit: 01.03.19 - 28.02.21", (2019, 2020, 2021)),
        ("Projektzeitraum: 01.09.17 bis 31.08.20", (2017, 2018, 2019, 2020)),
    ],
)
def test_more_duration_words_and_short_years(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_two_digit_years_without_a_label_are_no_dates() -> None:
    assert years("Tel. 01.03.19 - 28.02.21") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Projekta īstenošanas periods: 2017. gada 1. septembris – 2020. gada 31. augusts", (2017, 2018, 2019, 2020)),
        ("Il progetto ha avuto inizio il 1 settembre 2017 e terminerà il 31 agosto 2020.", (2017, 2018, 2019, 2020)),
        ("Проектът се изпълнява от 01.09.2017 г. до 31.08.2020 г.", (2017, 2018, 2019, 2020)),
    ],
)
def test_dates_and_end_words_of_latvian_italian_and_bulgarian_sentences(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Year first with slashes, and a day, an abbreviated month and a year joined by hyphens, as databases print them.
        ("2019/03/01", dt.date(2019, 3, 1)),
        ("01-MAR-2019", dt.date(2019, 3, 1)),
        ("1-Sep-2017", dt.date(2017, 9, 1)),
    ],
)
def test_dates_as_databases_print_them(text: str, date: dt.date) -> None:
    assert [(mention.date, mention.precision) for mention in find_dates(text)] == [(date, "day")]


def test_a_range_in_dates_as_databases_print_them() -> None:
    assert years("Duration: 2019/03/01 - 2021/02/28") == (2019, 2020, 2021)
    assert years("Project start: 01-MAR-2019\nProject end: 28-FEB-2021") == (2019, 2020, 2021)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date's noun after the start or end word: Hungarian "időpontja" (its time), "dátuma" (its date).
        ("Kezdés időpontja: 2019/09/01\n\nZárás időpontja: 2021/08/31", (2019, 2020, 2021)),
        ("Befejezés dátuma: 2021.08.31.\nKezdés dátuma: 2019.09.01.", (2019, 2020, 2021)),
        ("Projektbeginn Datum: 01.09.2019\nProjektende Datum: 31.08.2021", (2019, 2020, 2021)),
    ],
)
def test_a_label_with_a_dates_noun(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_a_dates_noun_alone_is_no_label() -> None:
    # "Kiadás dátuma" (date of issue) dates the document, not the project.
    assert years("Kiadás dátuma: 2019.09.01.\n\nKapcsolat: info@example.org") == ()


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # A length after the project, as Romance languages and Greek order it.
        ("um projeto de 30 meses", 30),
        ("un progetto di 24 mesi", 24),
        ("un proyecto de tres años", 36),
        ("ένα έργο διάρκειας 18 μηνών", 18),
        ("ένα έργο 30 μηνών", 30),
        ("a project of 24 months", 24),
        # A length the work is carried out within.
        ("the work will be implemented over 30 months", 30),
        ("θα υλοποιηθεί σε 24 μήνες", 24),
        ("sarà realizzato in 18 mesi", 18),
    ],
)
def test_lengths_after_the_project_or_an_implementing_verb(text: str, months: int) -> None:
    length = told_length(text)
    assert length is not None and length.months == months


@pytest.mark.parametrize(
    "text",
    ["We presented the project 3 years ago.", "We closed the project 2 years later.", "the project 10 months after its start"],
)
def test_a_time_since_or_after_the_project_is_no_length(text: str) -> None:
    assert told_length(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A press release's dateline dates a start month given without its year: May before a November dateline is that year's.
        ("Vienna, 3 November 2017 - Press release\n\nIn May the project started in six towns.\n\nIt is a 30-month project.", (2017, 2018, 2019)),
        ("Lisboa, 12 de fevereiro de 2018\n\nO projeto começou em maio e junta cinco cidades.\n\nÉ um projeto de 24 meses.", (2017, 2018, 2019)),
        ("Madrid, 3 de noviembre de 2017\n\nEl proyecto comenzó el pasado mes de mayo.\n\nEs un proyecto de 24 meses.", (2017, 2018, 2019)),
        ("Αθήνα, 3 Νοεμβρίου 2017\n\nΤο έργο ξεκίνησε τον Μάιο.\n\nΤο έργο θα υλοποιηθεί σε 30 μήνες.", (2017, 2018, 2019)),
    ],
)
def test_a_start_month_without_its_year_under_a_dateline(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A start still to come may be any year's.
        "Vienna, 3 November 2017\n\nThe project will be launched in May.\n\nIt is a 30-month project.",
        # Without a length, a start alone dates nothing.
        "Madrid, 3 de noviembre de 2017\n\nEl proyecto comenzó el pasado mes de mayo y ya ha dado sus primeros frutos.",
        # Without the document's own date, the month has no year.
        "In May the project started in six towns.\n\nIt is a 30-month project.",
        # A month that starts something else: the sentence does not name the project.
        "Vienna, 3 November 2017\n\nIn May the survey started in six towns.\n\nIt is a 30-month project.",
    ],
)
def test_a_start_month_without_its_year_that_dates_nothing(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The end written before the start, in a box or in a sentence.
        ("Project end: 2019\nProject start: 2016", (2016, 2017, 2018, 2019)),
        ("Projektende: 2020 | Projektbeginn: 2018", (2018, 2019, 2020)),
        # An end label before the box, of something else, leaves the box's own start and end together.
        ("Pilot phase end: 2015\n\nProject start: 2018\nProject end: 2021", (2018, 2019, 2020, 2021)),
        ("Das Projekt dauerte von 2016 bis einschließlich 2018.", (2016, 2017, 2018)),
        ("The project has run since 2016 and will close in 2019.", (2016, 2017, 2018, 2019)),
        ("Il progetto è iniziato nel 2016 e si è concluso nel 2018.", (2016, 2017, 2018)),
    ],
)
def test_more_ways_to_join_a_start_year_and_an_end_year(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A winter straddles two years and is dated on its December.
        ("Project period: winter 2018/19 – summer 2020", (2018, 2019, 2020)),
        ("Projektlaufzeit: Winter 2018/2019 – Herbst 2020", (2018, 2019, 2020)),
        ("Okres realizacji: zima 2018/2019 – lato 2020", (2018, 2019, 2020)),
        ("Period: spring 2019 – winter 2020/21", (2019, 2020, 2021)),
    ],
)
def test_a_winter_across_two_years(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


def test_a_winter_alone_or_with_years_that_do_not_follow() -> None:
    assert years("Newsletter, winter 2018/19") == ()
    assert find_dates("Winter 2018/17 report") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A start year and a length: the shortest period the words allow, from January of that year.
        ("The project runs for three years from 2017.", (2017, 2018, 2019)),
        ("A three-year project launched in 2017 links five ports.", (2017, 2018, 2019)),
        ("The 30-month project started in 2018.", (2018, 2019, 2020)),
        ("Das Projekt läuft drei Jahre ab 2017.", (2017, 2018, 2019)),
        ("Le projet, lancé en 2017, dure trois ans.", (2017, 2018, 2019)),
        ("Il progetto, avviato nel 2017, dura tre anni.", (2017, 2018, 2019)),
        ("Proyecto de 36 meses iniciado en 2019.", (2019, 2020, 2021)),
        ("Projekt trwa trzy lata od 2017 roku.", (2017, 2018, 2019)),
    ],
)
def test_a_start_year_and_a_length(text: str, expected: tuple[int, ...]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "from" a year after the length is another thing's year.
        "The project lasts 24 months and builds on a study from 2015.",
        "Since 2010 the association has run 3-year projects.",
        "From 2010 the town grew. The project lasts 3 years.",
        # A programme's year and its projects' usual length.
        "Erasmus+ 2021 launched three-year projects.",
        # The length is in the next sentence, about the programme: the full stop after the year ends the project's.
        "The project started in 2019. The programme runs for 7 years from 2021.",
        # A study's start and length, in a sentence that names the project only after them.
        "The survey started in 2015 and lasted 3 years; the project builds on its results.",
    ],
)
def test_a_year_and_a_length_of_something_else(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize("unit", ["from 2016 ", "a survey from 2012 ", "the project started in 2016 and ", "launched in 2017 for 36 months "])
def test_a_long_text_without_full_stops_is_read_in_linear_time(unit: str) -> None:
    # One sentence of 20,000 characters with a thousand years in it: each year once read the whole sentence again.
    text = unit * (20_000 // len(unit))
    started = time.monotonic()
    year_with_length(text)
    assert time.monotonic() - started < 3.0
