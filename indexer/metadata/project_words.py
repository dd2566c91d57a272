"""The word "project" in the languages of EU project pages, written once for every rule that looks for it.

Each language gives its noun's singular and plural forms. A form that is singular in one language and
plural in another ("projekti": Estonian "of the project", Croatian "projects") is in both sets, so a
rule that wants one project and a rule that wants several each find it. Every form is also written
accent-folded (:func:`indexer.metadata.text.fold`): "έργο" is "εργο", "proġett" is "progett", as the
programme rules read it.

The patterns carry no flags: the rules compile them with ``re.IGNORECASE`` or embed them as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.metadata.text import fold


@dataclass(frozen=True)
class ProjectNoun:
    """A language's noun for a project, in the forms a page writes it."""

    languages: str
    singular: tuple[str, ...]
    plural: tuple[str, ...]


def _noun(languages: str, singular: str, plural: str) -> ProjectNoun:
    return ProjectNoun(languages, tuple(singular.split()), tuple(plural.split()))


NOUNS = (
    _noun("English", "project", "projects"),
    _noun("Dutch", "project", "projecten"),
    _noun("German", "projekt projekts projektes", "projekte projekten"),
    # Swedish writes the plural like the singular ("två projekt"): the bare word is singular here.
    _noun("Swedish, Danish", "projekt projektet projektets", "projekten projekter projekterne"),
    _noun("Norwegian", "prosjekt prosjektet", "prosjekter prosjektene"),
    _noun("French", "projet", "projets"),
    _noun("Spanish", "proyecto", "proyectos"),
    _noun("Portuguese", "projeto projecto", "projetos projectos"),
    _noun("Catalan", "projecte", "projectes"),
    _noun("Italian", "progetto", "progetti"),
    _noun("Romanian", "proiect proiectul proiectului", "proiecte proiectele proiectelor"),
    _noun("Polish", "projekt projektu projektem projektowi projekcie", "projekty projektów projektom projektami projektach"),
    _noun("Czech", "projekt projektu projektem", "projekty projektů projektům projektech"),
    _noun("Slovak", "projekt projektu projekte projektom", "projekty projektov projektoch projektmi"),
    _noun("Croatian, Serbian, Bosnian", "projekat projekt projekta projektu projektom", "projekti projekata projektima projekte"),
    _noun("Slovene", "projekt projekta projektu projektom", "projekti projektov projektih projekte"),
    _noun(
        "Hungarian",
        "projekt projektet projektben projektje projektjét projektjének projektnek projektről projektre projektből "
        "projekthez projekttel projektünk projektünket",
        "projektek projekteket projektekben projektjei projektjeink",
    ),
    _noun(
        "Finnish",
        "hanke hankkeen hankkeessa hankkeesta hankkeeseen hankkeelle hankkeella hanketta hankkeemme "
        "projekti projektin projektissa projektista projektia projektilla",
        "hankkeet hankkeita hankkeiden hankkeissa hankkeista hankkeisiin hankkeille projektit projekteja projektien",
    ),
    _noun("Estonian", "projekt projekti projektis projektist projektile", "projektid projektide projektides"),
    _noun("Latvian", "projekts projekta projektā projektu projektam", "projekti projektiem projektos"),
    _noun("Lithuanian", "projektas projekto projektui projektą projektu projekte", "projektai projektų projektams projektus projektuose"),
    _noun("Albanian", "projekt projekti projektit", "projekte projektet"),
    _noun("Maltese", "proġett", "proġetti"),
    # Irish "tionscadail" is both "of the project" and "projects".
    _noun("Irish", "tionscadal tionscadail", "tionscadail"),
    _noun("Greek", "έργο έργου", "έργα έργων"),
    _noun("Bulgarian", "проект проекта проектът", "проекти проектите"),
    _noun("Macedonian", "проект проектот", "проекти проектите"),
    _noun("Serbian Cyrillic", "пројекат пројект пројекта пројекту пројектом", "пројекти пројеката пројектима"),
    _noun("Russian, Ukrainian", "проект проекта проекту проектом проекте", "проекты проектов проектам проектах проектами проекти"),
)

COMPOUND_HEADS = ("project", "projekt", "prosjekt", "hanke")
"""The nouns that open compounds, as Germanic languages, Hungarian and Finnish write them: "Projektwoche",
"projectleider", "projektledare", "hankeaika". Romance languages make no such compounds; their longer words
are other words ("projeter" plans, "progettazione" is design)."""

NOT_A_PROJECT = r"(?:or(?![git])|io|iv|il(?!l)|ed|ing(?!e))"
"""Endings that make another word of a project noun's letters: "projector", "projection", "projected",
"projecting", "Projektion", "projektiv", "Projektil"; not the compounds that begin with the same letters
("Projektorganisation", "Projektort", "Projektingenieur") nor Finnish "projektilla" ("with the project")."""


def _alternation(words: set[str]) -> str:
    """One pattern for the words, branching letter by letter ("projekt(?:u|em|y)?"), longest first."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(letter) + pattern(child) for letter, child in sorted(node.items()) if letter]
        if not branches:
            return ""
        ends = "" in node
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return pattern(trie)


def _written(words: set[str]) -> set[str]:
    return words | {fold(word) for word in words}


_SINGULAR = _written({form for noun in NOUNS for form in noun.singular})
_PLURAL = _written({form for noun in NOUNS for form in noun.plural})

WORD_END = r"(?![^\W\d_])"

ONE_PROJECT = _alternation(_SINGULAR)
"""A singular form of the noun ("project", "projektet", "progetto", "hankkeen", "έργου"), with no bounds."""

PROJECTS = _alternation(_PLURAL)
"""A plural form of the noun ("projects", "projekty", "progetti", "hankkeet", "έργα"), with no bounds."""

ANY_PROJECT = _alternation(_SINGULAR | _PLURAL)
"""Any form of the noun, singular or plural, with no bounds."""

PROJECT_COMPOUND = "(?:" + "|".join(COMPOUND_HEADS) + ")(?!" + NOT_A_PROJECT + r")[^\W\d_]+"
"""A compound the noun opens: "Projektlaufzeit", "projectmanager" (not "projector")."""

PROJECT_WORD_PATTERN = r"(?<![^\W\d_])(?:" + PROJECT_COMPOUND + "|" + ANY_PROJECT + ")" + WORD_END
PROJECT_WORD = re.compile(PROJECT_WORD_PATTERN, re.IGNORECASE)
"""A whole word that names a project: any form of the noun, or a compound it opens."""

PROJECT_IN_WORD = (
    # Anywhere in a word, as compounds end with it too: "Pilotprojekt", "regionalfondsprojekt", "EU-projektet".
    r"(?:project|projekt|prosjekt|projet|proyecto|pro[gġ]ett|proiect|проект|пројект)(?!" + NOT_A_PROJECT + ")"
    # Stems that change in some forms: Polish "w projekcie", Croatian "projekat", Finnish "hankkeen".
    r"|projekcie|projekat|пројекат|(?<!\w)hank(?:e|kee)|tionscada(?:l|il)|έργ(?:ου|ων|ο|α)" + WORD_END
)
"""The noun inside any word, to ask whether a sentence speaks of a project at all (no flags, no bounds)."""
