"""Towns that tell a partner's country: the table generated from GeoNames, where a place stands only
(fixtures written for these tests), and the generator's rules on made-up records."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from indexer.metadata import country_names, towns
from indexer.metadata.countries import decide_countries, find_mentions
from indexer.metadata.text import fold

ROOT = Path(__file__).resolve().parents[1]


def countries(text: str, language: str = "en") -> set[str]:
    return {mention.code for mention in decide_countries(find_mentions(text, language))}


def test_the_generated_table_is_valid_and_names_each_town_once() -> None:
    lines = (ROOT / "indexer/metadata/data/cities.tsv").read_text("utf-8").split("\n")
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    valid = set(country_names.country_codes()) | {"XK"}
    assert len(rows) > 10_000
    assert all(len(row) == 4 and row[1] in valid and row[2].isdigit() and int(row[3]) >= 15_000 for row in rows)
    names = [row[0] for row in rows]
    assert len(names) == len(set(names))
    assert any(line.startswith("# Source: GeoNames") for line in lines)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Rendsburg", "DE"), ("Kokkola", "FI"), ("Bécs", "AT"), ("Wiedeń", "AT"), ("Mailand", "IT"), ("Zadar", "HR")],
)
def test_towns_and_their_exonyms_come_from_the_table(name: str, code: str) -> None:
    assert towns.table()[fold(name)][0] == code


@pytest.mark.parametrize("word", ["Nice", "Split", "Essen", "Best", "Worms", "Most"])
def test_town_names_that_are_ordinary_words_are_left_out(word: str) -> None:
    assert fold(word) not in towns.table()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kokkolan lyseo, Koulukatu 5, Kokkola", "fi", {"FI"}),
        ("Unsere Partnerschule (Rendsburg) hat uns im Mai besucht.", "de", {"DE"}),
        ("O projeto reúne a Câmara Municipal de Guimarães, a Universidade de Bécs, o Município de Rendsburg e outros "
         "parceiros.", "pt", {"AT", "DE", "PT"}),
    ],
)
def test_a_town_where_a_place_stands_gives_its_country(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Partners:\nThe steering group travelled to Kokkola and Rendsburg for the opening meeting in May.",
        "The conference in Zadar was a success.",
    ],
)
def test_a_town_in_running_text_gives_no_country(text: str) -> None:
    assert countries(text) == set()


def _generator():
    spec = importlib.util.spec_from_file_location("build_cities", ROOT / "corpus" / "tools" / "build_cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _city(geonameid: int, name: str, code: str, people: int, *other: str) -> dict:
    return {"geonameid": geonameid, "name": name, "countrycode": code, "population": people, "alternatenames": list(other)}


def test_the_generator_keeps_names_of_one_country_that_are_no_words() -> None:
    generator = _generator()
    records = [
        _city(1, "Lutetia", "FR", 2_000_000, "Lutèce", "LUT", "Lutetsia"),
        _city(2, "Lutetia", "US", 25_000),  # a small namesake far away: the big town keeps the name
        _city(3, "Valentia", "ES", 800_000),
        _city(4, "Valentia", "VE", 1_400_000),  # larger elsewhere: the name tells no European country
        _city(5, "Gracious", "GB", 90_000),  # an ordinary word of a word list
        _city(6, "Smallburg", "DE", 40_000, "Petitbourg"),  # too small for its exonyms
        _city(7, "Farawaytown", "JP", 900_000),
        _city(8, "Tinyvale", "AT", 9_000),
    ]
    rows = generator.build(records, listed={"gracious"}, ordinary=frozenset())
    assert {(name, code) for name, code, _, _ in rows} == {
        ("Lutetia", "FR"), ("Lutèce", "FR"), ("Lutetsia", "FR"), ("Smallburg", "DE"),
    }


def test_a_town_closing_an_organisations_name_in_a_partner_list_gives_its_country() -> None:
    text = "Konsortium:\nFachhochschule Rendsburg\nStadtwerke Kokkola\nPartner aus der Region"
    assert countries(text, "de") == {"DE", "FI"}


def test_a_municipality_in_a_partner_list_is_told_by_its_town() -> None:
    assert countries("Partners:\n\nMunicipality of Kranj\n\nBSC Kranj") == {"SI"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # GeoNames spells Vídeň and Kopřivnice only with accents: without them they are other words.
        ("Konsortium:\nAalborg Universitet (Danmark)\nCenter for Viden og Læring\nPartnere fra regionen", "da", {"DK"}),
        ("Konzorcij:\nGrad Čakovec (Hrvatska)\nRazvojna agencija Koprivnice\nPartneri iz regije", "hr", {"HR"}),
        # Written with its accents, the exonym still tells the country.
        ("Konsorcium:\nMěsto Brno (Česká republika)\nTechnická univerzita Vídeň\nPartneři z regionu", "cs", {"AT", "CZ"}),
        # A text that writes no accent at all may drop them from a town's name.
        ("Consortium:\nTallinn University (Estonia)\nUniversity of Jyvaskyla\nPartners from the region", "en", {"EE", "FI"}),
    ],
)
def test_a_town_spelt_only_with_accents_counts_without_them_only_in_a_text_without_accents(
    text: str, language: str, expected: set[str]
) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Partners: Enterprise Northern Ireland, Belfast.", "en"),
        ("Projektpartner: Ulster University (Nordirland).", "de"),
        ("Partenaires : Queen's University (Irlande du Nord).", "fr"),
    ],
)
def test_northern_ireland_is_the_united_kingdom_not_ireland(text: str, language: str) -> None:
    assert countries(text, language) == {"GB"}
