"""The project noun of every language, as the metadata rules read it."""

from __future__ import annotations

import re

import pytest

from indexer.metadata.programme_context import OWN_PROJECT
from indexer.metadata.programmes import OTHER_PROJECTS
from indexer.metadata.project_words import NOUNS, ONE_PROJECT, PROJECT_WORD, PROJECTS
from indexer.metadata.text import fold
from indexer.metadata.year_ranges import PROJECT_CONTEXT

ONE = re.compile(r"(?:" + ONE_PROJECT + r")(?![^\W\d_])", re.IGNORECASE)
MANY = re.compile(r"(?:" + PROJECTS + r")(?![^\W\d_])", re.IGNORECASE)

SINGULAR = [
    ("English", "project"),
    ("German", "Projektes"),
    ("Swedish", "projektet"),
    ("Norwegian", "prosjektet"),
    ("French", "projet"),
    ("Spanish", "proyecto"),
    ("Portuguese", "projecto"),
    ("Italian", "progetto"),
    ("Romanian", "proiectului"),
    ("Polish", "projektem"),
    ("Polish", "projekcie"),
    ("Czech", "projektu"),
    ("Slovak", "projektom"),
    ("Croatian", "projekat"),
    ("Slovene", "projekta"),
    ("Hungarian", "projektben"),
    ("Finnish", "hankkeen"),
    ("Finnish", "hankkeessa"),
    ("Finnish", "projektilla"),
    ("Estonian", "projekti"),
    ("Latvian", "projekts"),
    ("Lithuanian", "projektas"),
    ("Maltese", "proġett"),
    ("Irish", "tionscadal"),
    ("Greek", "έργου"),
    ("Bulgarian", "проектът"),
    ("Macedonian", "проектот"),
    ("Serbian", "пројекат"),
]
PLURAL = [
    ("English", "projects"),
    ("German", "Projekte"),
    ("Danish", "projekterne"),
    ("Italian", "progetti"),
    ("Romanian", "proiectele"),
    ("Polish", "projektów"),
    ("Croatian", "projekata"),
    ("Hungarian", "projektek"),
    ("Finnish", "hankkeet"),
    ("Lithuanian", "projektai"),
    ("Maltese", "proġetti"),
    ("Greek", "έργα"),
    ("Bulgarian", "проектите"),
    ("Serbian", "пројекти"),
]
NOT_PROJECTS = ["projector", "projection", "projected", "projecting", "Projektion", "Projektor", "projekce", "projekcija",
                "εργασία", "hankinta", "Projektil"]


@pytest.mark.parametrize(("language", "word"), SINGULAR + PLURAL)
def test_each_language_names_a_project(language, word):
    assert PROJECT_WORD.fullmatch(word), language
    assert PROJECT_WORD.fullmatch(fold(word)), f"{language}, accents folded"
    assert PROJECT_CONTEXT.search(f"Das {word} lief 2019-2021"), language


@pytest.mark.parametrize(("language", "word"), SINGULAR)
def test_a_singular_is_one_project(language, word):
    assert ONE.fullmatch(word) and ONE.fullmatch(fold(word)), language


@pytest.mark.parametrize(("language", "word"), PLURAL)
def test_a_plural_is_several(language, word):
    assert MANY.fullmatch(word) and MANY.fullmatch(fold(word)), language
    # Only where no other language writes its singular so ("projekti", "tionscadail" are both).
    if word.casefold() not in {form for noun in NOUNS for form in noun.singular}:
        assert not ONE.fullmatch(word), language


@pytest.mark.parametrize("word", NOT_PROJECTS)
def test_words_that_only_look_like_a_project(word):
    assert not PROJECT_WORD.search(word)
    assert not PROJECT_CONTEXT.search(f"the {word} 2019-2021")
    assert not OWN_PROJECT.match(f" {word}")


def test_romance_nouns_open_no_compounds():
    # "projeter" plans, "progettazione" is design: only the nouns of compounding languages take more letters.
    assert not PROJECT_WORD.search("projeter") and not PROJECT_WORD.search("progettazione") and not PROJECT_WORD.search("proiectare")


def test_compounds_the_noun_opens_or_ends():
    assert PROJECT_WORD.fullmatch("Projektlaufzeit") and PROJECT_WORD.fullmatch("projectleider") and PROJECT_WORD.fullmatch("hankeaika")
    for compound in ("Projektorganisation", "Projektort", "projektorganiseringen", "Projektingenieur"):
        assert PROJECT_WORD.fullmatch(compound) and PROJECT_CONTEXT.search(compound), compound
    assert not PROJECT_WORD.search("Pilotprojekt")  # a word of its own only: the fund in "regionalfondsprojekt" still owns it
    assert PROJECT_CONTEXT.search("Das Pilotprojekt lief 2019-2021")


def test_one_project_after_a_programme_not_the_programme_s_projects():
    assert OWN_PROJECT.match("-projektet") and OWN_PROJECT.match(" progetto") and OWN_PROJECT.match(" hankkeen")
    assert not OWN_PROJECT.match(" projects") and not OWN_PROJECT.match(" progetti") and not OWN_PROJECT.match(" hankkeet")


def test_the_plural_after_a_name_in_any_language():
    assert OTHER_PROJECTS.match("Interreg progetti in Toscana")
    assert OTHER_PROJECTS.match("Interreg hankkeet Pohjois-Karjalassa")
    assert not OTHER_PROJECTS.match("Interreg progetto della regione")
