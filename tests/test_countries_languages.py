"""Partner sentences and lists in more of the pages' languages: CLDR names for Catalan, Russian,
Ukrainian and the rest, Cyrillic case forms, and each language's partner and consortium words
(fixtures written for these tests)."""

from __future__ import annotations

import pytest

from indexer.metadata.countries import decide_countries, find_mentions


def countries(text: str, language: str) -> set[str]:
    return {mention.code for mention in decide_countries(find_mentions(text, language))}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Els socis del projecte són de Polònia, Itàlia i Grècia.", "ca", {"PL", "IT", "GR"}),
        ("Партнеры проекта из Латвии и Эстонии.", "ru", {"LV", "EE"}),
        ("Партнери проєкту з Польщі та Словаччини.", "uk", {"PL", "SK"}),
        ("Партньорите са от Румъния и Гърция.", "bg", {"RO", "GR"}),
        ("Partenerii proiectului sunt din Bulgaria și Grecia.", "ro", {"BG", "GR"}),
        ("Konsorcjum:\nPolitechnika Gdańska, Polska\nTechnische Universität Dresden, Niemcy", "pl", {"PL", "DE"}),
        ("Hankkeen kumppanit:\nTurun yliopisto, Suomi\nTartu Ülikool, Viro", "fi", {"FI", "EE"}),
    ],
)
def test_partner_sentences_and_lists_in_the_pages_languages(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected
