"""Partner countries told in running text: participants "from" several countries, a shared region's
sides, co-financers, and organisations whose name carries their country (fixtures written for these tests)."""

from __future__ import annotations

import pytest

from indexer.metadata.countries import decide_countries, find_mentions


def countries(text: str, language: str = "en") -> set[str]:
    return {mention.code for mention in decide_countries(find_mentions(text, language))}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In zwei Jahren treffen unsere Klassen im Austausch Schülerinnen und Schüler aus Ungarn, Spanien und Irland.", "de",
         {"HU", "ES", "IE"}),
        ("Durant la semaine, nos élèves ont accueilli les élèves de Lituanie et de Croatie.", "fr", {"LT", "HR"}),
        ("Los alumnos de Eslovaquia y Dinamarca visitaron nuestra escuela en mayo.", "es", {"SK", "DK"}),
        ("W wymianie wzięli udział uczniowie z Portugalii i Finlandii.", "pl", {"PT", "FI"}),
        ("Students from Latvia and Cyprus spent a week at our school.", "en", {"LV", "CY"}),
    ],
)
def test_participants_from_several_countries_are_partner_countries(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report compares students from Finland and Estonia with the OECD average.",
        "Pupils from Austria and Sweden should be invited to the next round.",
    ],
)
def test_participants_compared_or_invited_are_no_partners(text: str) -> None:
    assert countries(text) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ziel ist es, den Zusammenhalt der Region zwischen Österreich, Slowenien und Ungarn zu stärken.", "de",
         {"AT", "SI", "HU"}),
        ("The project covers the border area between Estonia and Latvia.", "en", {"EE", "LV"}),
        ("Le projet renforce la frontière entre la Suisse et la France.", "fr", {"CH", "FR"}),
    ],
)
def test_the_sides_of_a_shared_region_or_border_are_project_countries(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Funded by the LIFE programme and the co-financing of the Climate Fund, Portugal.", "en", {"PT"}),
        ("Projekt je sufinanciran sredstvima Republike Hrvatske.", "hr", {"HR"}),
        ("Das Vorhaben wird kofinanziert aus Mitteln der Republik Österreich.", "de", {"AT"}),
    ],
)
def test_a_co_financer_is_a_project_country(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


def test_co_financing_reaches_no_further_than_its_sentence() -> None:
    assert countries("Co-financed by the European Union. News: floods hit Spain and Italy last week.") == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("O projeto reúne a Província de Gelderland, o Município de Sófia, a Associação de Cidades da "
         "Eslovénia (ACE) e a Câmara de Comércio de Portugal.", "pt", {"SI", "PT", "BG"}),
        ("We work with the Ministry of Environment of Latvia, the City of Aarhus, the County Council of Kerry and the "
         "University of Tartu.", "en", {"LV", "EE"}),
    ],
)
def test_organisations_named_with_their_country_in_a_list_of_organisations(
    text: str, language: str, expected: set[str]
) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A study by the University of Malta says that the economy grew.",
        "The Ministry of Finance of Spain published new figures on Monday.",
    ],
)
def test_one_organisation_named_with_its_country_in_passing_is_no_partner(text: str) -> None:
    assert countries(text) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Hanno partecipato all'incontro i partner italiani e sloveni del progetto.", "it", {"IT", "SI"}),
        ("Sul versante italiano il lavoro procede.", "it", {"IT"}),
        ("Na slovenski strani so zaključili dela.", "sl", {"SI"}),
        ("On the Austrian side, the works are finished.", "en", {"AT"}),
        ("Du côté français, la piste cyclable est achevée.", "fr", {"FR"}),
    ],
)
def test_an_adjective_after_partners_or_naming_a_side_of_the_border(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La cucina italiana è famosa in tutto il mondo.", "it"),
        ("Les partenaires devraient être des partenaires français.", "fr"),
    ],
)
def test_an_adjective_elsewhere_or_in_a_call_is_no_side_or_partner(text: str, language: str) -> None:
    assert countries(text, language) == set()


SHORT_PAGE_TEXT = (
    "Clean water for mountain villages\n\n"
    "The project renews the water supply of twelve villages in the hills of Moldova and trains the "
    "local operators who will run the new pumping stations."
)


def short_page_codes(text: str) -> set[str]:
    return {mention.code for mention in decide_countries(find_mentions(text, "en"), len(text))}


def test_a_short_page_naming_one_country_is_about_it() -> None:
    assert short_page_codes(SHORT_PAGE_TEXT) == {"MD"}
    assert countries(SHORT_PAGE_TEXT) == set()  # running text alone, without the page's length, is not enough


def test_a_long_report_or_a_page_naming_many_countries_gets_no_country_from_running_text() -> None:
    long_text = SHORT_PAGE_TEXT + "\n\n" + "The pumps are tested every season by the operators. " * 120
    assert short_page_codes(long_text) == set()
    many = SHORT_PAGE_TEXT + " The operators learn from the water companies of Romania, Ukraine and Bulgaria."
    assert short_page_codes(many) == set()


def test_a_venue_on_a_short_page_is_no_project_country() -> None:
    text = SHORT_PAGE_TEXT.replace(" in the hills of Moldova", "") + "\n\nKick-off meeting: Brussels 30.1.2016"
    assert short_page_codes(text) == set()


@pytest.mark.parametrize(
    ("comparison", "language"),
    [
        ("Im Gegensatz zu Dänemark übernimmt hier die Gemeinde die Beratung selbst.", "de"),
        ("W przeciwieństwie do Czech doradztwo prowadzi tu sama gmina.", "pl"),
        ("Till skillnad från i Finland sköts rådgivningen här av kommunen.", "sv"),
        ("A diferencia de Francia, aquí el municipio asesora por sí mismo.", "es"),
    ],
)
def test_a_country_named_in_a_comparison_is_no_project_country(comparison: str, language: str) -> None:
    text = "Advice for young job seekers\n\n" + comparison
    assert {m.code for m in decide_countries(find_mentions(text, language), len(text))} == set()
