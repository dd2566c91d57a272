"""A page that says "Interreg" and names its partners' two countries gets the one programme of that border (fixtures of our own)."""

from __future__ import annotations

import pytest

from indexer.metadata.programme_sides import programme_of_sides
from tests.test_metadata import meta

PARTNERS = (
    "Partners: Comune di Gorizia (Italy), Mestna občina Nova Gorica (Slovenia), Università di Trieste (Italy)."
)


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("Project period: 01.03.2017 - 30.09.2019", "Interreg V-A Italy-Slovenia"),
        ("Project period: 2010-2012", "Italy-Slovenia 2007-2013"),
        ("Project period: 2023-2026", "Interreg VI-A Italy-Slovenia"),
    ],
)
def test_interreg_and_the_partners_border_give_the_programme_of_the_projects_period(period: str, expected: str) -> None:
    found = meta(f"GREENWAYS\n\nThe project is co-financed by Interreg.\n\n{PARTNERS}\n\n{period}")
    assert found.programmes == (expected,)
    assert {"IT", "SI"} <= set(found.countries)
    assert any(item.facet == "programme" and item.source == "countries" for item in found.evidence)


def test_a_page_that_names_its_programme_keeps_it() -> None:
    found = meta(f"The project is co-financed by Interreg Central Europe.\n\n{PARTNERS}\n\nProject period: 2017-2019")
    assert found.programmes == ("Interreg Central Europe",)


@pytest.mark.parametrize(
    "partners",
    [
        # Germany and Poland share several borders' programmes (Saxony, Brandenburg, Mecklenburg-Vorpommern).
        "Partners: Stadt Görlitz (Germany), Miasto Zgorzelec (Poland).",
        # Three countries of no one border: a transnational or interregional project.
        "Partners: City of Ghent (Belgium), Comune di Bari (Italy), Gmina Gdańsk (Poland).",
    ],
)
def test_partners_of_no_single_border_give_no_programme(partners: str) -> None:
    found = meta(f"The project is co-financed by Interreg.\n\n{partners}\n\nProject period: 2017-2019")
    assert found.programmes == ("Interreg",)


def test_without_interreg_the_partners_border_is_no_funder() -> None:
    assert meta(f"A cross-border meeting of the two towns.\n\n{PARTNERS}\n\nProject period: 2017-2019").programmes == ()


def test_without_years_one_border_with_a_programme_in_every_period_gives_the_period_neutral_programme() -> None:
    assert programme_of_sides(("Interreg",), ("AT", "CZ"), ()) == "Interreg Austria-Czech Republic"
    # A border whose programmes have no period-neutral parent stays undecided without a year.
    assert programme_of_sides(("Interreg",), ("IT", "SI"), ()) is None
