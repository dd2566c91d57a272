"""The per-language analysers: inflected forms and accent-less spellings meet, scripts meet."""

from __future__ import annotations

import pickle

import pytest

from indexer.language.analysis import (
    NEUTRAL_FIELD,
    STEMMED_LANGUAGES,
    body_field,
    fold,
    language_analyzer,
    neutral_analyzer,
    serbian_latin,
)
from indexer.index.schema import build_schema


def tokens(analyzer, text: str) -> list[str]:
    return [token.text for token in analyzer(text)]


@pytest.mark.parametrize(
    ("language", "written", "typed"),
    [
        ("en", "innovation centres", "innovation centre"),
        ("en", "regional developments", "regional development"),
        ("sv", "städer", "stad"),
        ("sv", "städerna", "stader"),
        ("pl", "Śląskie", "slaskie"),
        ("pl", "rozwój", "rozwoju"),
        ("pl", "rozwoju", "rozwoj"),
        ("pl", "projektów", "projekt"),
        ("sh", "projekata", "projekt"),
        ("sh", "пројеката", "projekt"),
        ("sh", "Пројекат", "projekata"),
        ("hr", "županija", "zupanije"),
        ("de", "Städte", "Stadt"),
        ("de", "Förderungen", "forderung"),
        ("it", "città", "citta"),
        ("it", "regionali", "regionale"),
        ("el", "ΠΡΟΓΡΑΜΜΑ", "προγράμματα"),
        ("cs", "projektů", "projekty"),
    ],
)
def test_inflected_and_accentless_forms_meet(language: str, written: str, typed: str) -> None:
    analyzer = language_analyzer(language)
    assert tokens(analyzer, written) == tokens(analyzer, typed)


def test_folding_comes_after_stemming() -> None:
    # Polish stems "rozwój" to itself and "rozwoju" to "rozwoj": they only meet once folded.
    assert tokens(language_analyzer("pl"), "rozwój rozwoju rozwoj") == ["rozwoj"] * 3


def test_neutral_analyser_folds_and_transliterates_without_stemming() -> None:
    analyzer = neutral_analyzer()
    assert tokens(analyzer, "Śląskie centres Städte") == ["slaskie", "centres", "stadte"]
    assert tokens(analyzer, "Нови Сад") == tokens(analyzer, "Novi Sad") == ["novi", "sad"]
    assert tokens(analyzer, "Ђурђевдан") == tokens(analyzer, "Đurđevdan") == ["durdevdan"]


def test_neutral_analyser_keeps_numbers_and_splits_on_punctuation() -> None:
    assert tokens(neutral_analyzer(), "COVID-19 costs 2.5 million, l'innovation") == [
        "covid", "19", "costs", "2.5", "million", "l", "innovation",
    ]


def test_serbian_transliteration_leaves_other_cyrillic_words_alone() -> None:
    assert serbian_latin("љубљана") == "ljubljana"
    assert serbian_latin("џемпер") == "džemper"
    assert serbian_latin("объект") == "объект"  # ъ is not Serbian: a Russian or Bulgarian word


def test_fold_handles_letters_without_decomposition() -> None:
    assert fold("łódź") == "lodz"
    assert fold("straße") == "strasse"
    assert fold("øresund") == "oresund"
    assert fold("άνθρωπος") == "ανθρωποσ"


def test_bcms_codes_share_one_field_and_unstemmed_languages_go_neutral() -> None:
    for code in ("hr", "sr", "bs", "sh"):
        assert body_field(code) == "body_sh"
    assert body_field("en") == "body_en"
    assert body_field("sk") == NEUTRAL_FIELD  # no Snowball stemmer for Slovak
    assert body_field("und") == NEUTRAL_FIELD


def test_every_eu_language_with_a_snowball_stemmer_is_stemmed() -> None:
    stemmed_eu = {"en", "de", "fr", "it", "es", "pt", "nl", "sv", "da", "fi", "pl", "cs", "el", "hu", "ro", "lt", "et", "ga"}
    assert stemmed_eu <= set(STEMMED_LANGUAGES)
    assert "sh" in STEMMED_LANGUAGES


def test_analysers_survive_pickling_in_the_schema() -> None:
    schema = build_schema()
    restored = pickle.loads(pickle.dumps(schema))
    for name in ("body", "body_pl", "body_sh", "body_en"):
        text = "Śląskie пројеката innovation centres"
        assert tokens(restored[name].analyzer, text) == tokens(schema[name].analyzer, text)


def test_unknown_language_has_no_stemming_analyser() -> None:
    with pytest.raises(KeyError):
        language_analyzer("sk")
