"""Towns and regions that tell a country: the hand-made ``[cities]`` of places.toml, then the table
generated from GeoNames (data/cities.tsv, see corpus/tools/build_cities.py), found in one automaton pass.

A town is only evidence of where an organisation sits; ``countries`` decides where it stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

import ahocorasick

from indexer.metadata.country_names import CODE_ALIASES, WHITESPACE_RUN, collapse_spaces, places
from indexer.metadata.text import fold
from indexer.tables import static_table


@dataclass(frozen=True)
class TownMatch:
    start: int
    end: int
    code: str
    listed: bool  # from the hand-made list (also regions), not the generated table


def _key(name: str) -> str:
    """How a name is looked up: accents folded, case kept, single-spaced."""
    return WHITESPACE_RUN.sub(" ", fold(name))


def _generated_rows() -> Iterator[tuple[str, str]]:
    """(name, country code) of each row of the generated table, data/cities.tsv."""
    text = resources.files("indexer.metadata").joinpath("data/cities.tsv").read_text("utf-8")
    for line in text.split("\n"):
        if line and not line.startswith("#"):
            name, code = line.split("\t")[:2]
            yield name, code


@static_table
def table() -> dict[str, tuple[str, bool]]:
    """Folded name (case kept) -> (country code, from the hand-made list); the hand-made list wins."""
    towns = {_key(name): (CODE_ALIASES.get(code, code), False) for name, code in _generated_rows()}
    for name, code in places()["cities"].items():
        towns[_key(name)] = (code, True)
    return towns


@static_table
def accented_only() -> frozenset[str]:
    """Folded names of the generated table that GeoNames spells only with accents ("Vídeň", "Kopřivnice").

    Written without them such a name is mostly another word: Danish "viden" (knowledge), the Croatian
    case form "Koprivnice" of Koprivnica. The hand-made list is exempt: its names are checked by hand.
    """
    spelt: dict[str, bool] = {}
    for name, _ in _generated_rows():
        key = _key(name)
        spelt[key] = spelt.get(key, False) or WHITESPACE_RUN.sub(" ", name) == key
    listed = {_key(name) for name in places()["cities"]}
    return frozenset(key for key, plain in spelt.items() if not plain and key not in listed)


@static_table
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form in table():
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


def _boundary(char: str) -> bool:
    return not char or not (char.isalnum() or char in "_-")


def find(folded: str, text: str) -> list[TownMatch]:
    """Every town in the accent-folded text, leftmost and longest first, as a whole word (case kept).

    ``text`` is the text before folding (the same offsets): a name spelt only with accents must be
    written with them in a text that writes accents. The automaton runs over single-spaced text,
    so names broken over two lines ("Novi\nSad") still match.
    """
    collapsed, offsets = collapse_spaces(folded)
    towns = table()
    # A text that writes no accent at all (an English page) may write "Jyvaskyla" for Jyväskylä.
    accented = accented_only() if not text.isascii() else frozenset()
    hits: dict[int, int] = {}
    for last, form in _automaton().iter(collapsed):
        start = last - len(form) + 1
        if _boundary(collapsed[start - 1 : start] if start else "") and _boundary(collapsed[last + 1 : last + 2]):
            hits[start] = max(hits.get(start, 0), last + 1)
    found, reach = [], -1
    for start in sorted(hits):
        if start < reach:
            continue
        end = hits[start]
        form = collapsed[start:end]
        code, listed = towns[form]
        first, stop = offsets[start], offsets[end - 1] + 1
        reach = end
        if form in accented and text[first:stop] == folded[first:stop]:
            continue
        found.append(TownMatch(first, stop, code, listed))
    return found


def is_town(folded: str) -> bool:
    """The whole (folded, stripped) text is one town's name."""
    return WHITESPACE_RUN.sub(" ", folded) in table()
