"""Programme names written with other word endings: "z Operačního programu ...", "по Програмата ...".

Most languages of the programme areas decline nouns and adjectives: after a preposition, as an
object or with an article a name's words change their endings ("Program współpracy Polska-Słowacja"
-> "w ramach Programu Współpracy ... Polska – Słowacja"; "Програма ... Румъния – България" ->
"по Програмата ..."). The knowledge base lists each name as its programme writes it and, for some,
its common forms; this matcher reads the rest without a grammar of each language: a word of five
letters or more may end differently, keeping all its letters but the last two (the last one for
five letters) and adding at most three. Shorter words, numbers and short capitals ("V-A", "IPA",
"CBC", "2014") must stand as written, and a name needs at least two words that may vary, so a
one-word name is never stretched ("INTERACT" is not "interactive").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ahocorasick

MIN_VARYING = 5
"""Words of at least this many letters may end differently."""
MORE_LETTERS = 3
"""How many letters longer than the name's word the text's word may be."""
MIN_NAME_WORDS = 2
"""A name is matched this way only with at least this many words that may vary."""
GAP = re.compile(r"[\s\-\u00ad\u2010-\u2015_/\u201c-\u201e\u00ab\u00bb\",()]{1,6}")
"""What may stand between two words of a name in the text: what the exact matcher skips, commas and brackets."""
WORD = re.compile(r"\w+")
OPENING = 4
"""Every form of a name's word keeps its first four letters: the names are looked up by them, then checked."""


@dataclass(frozen=True)
class NameWord:
    """One word of a name: its fixed part, and how long a word holding it may be (0: exactly this word)."""

    stem: str
    longest: int
    keep_case: str = ""  # a short capital word as written: the text must show it in capitals

    def matches(self, word: str, written: str) -> bool:
        if self.keep_case:
            return written == self.keep_case
        if not self.longest:
            return word == self.stem
        return word.startswith(self.stem) and len(word) <= self.longest


def name_word(word: str, written: str, short_capitals: bool) -> NameWord:
    if short_capitals:
        return NameWord(word, 0, written)
    if len(word) < MIN_VARYING or not word.isalpha():
        return NameWord(word, 0)
    return NameWord(word[: len(word) - (1 if len(word) == MIN_VARYING else 2)], len(word) + MORE_LETTERS)


def name_words(folded_name: str, is_short_capitals: Callable[[str], bool], made: dict[str, NameWord]) -> tuple[NameWord, ...]:
    """A name's words; ``made`` keeps each written word's NameWord, as the same words make most names."""
    words = []
    for written in WORD.findall(folded_name):
        if written not in made:
            made[written] = name_word(written.lower(), written, is_short_capitals(written))
        words.append(made[written])
    return tuple(words)


def _openings(words: Iterable[str]) -> str:
    return " ".join(word[:OPENING] for word in words)


@dataclass(frozen=True)
class InflectionTable:
    """An automaton over the openings of the names' words, and for each opening sequence its names."""

    automaton: ahocorasick.Automaton
    names: dict[str, tuple[tuple[tuple[NameWord, ...], str], ...]]


def inflection_table(names: Iterable[tuple[str, str]], is_short_capitals: Callable[[str], bool]) -> InflectionTable:
    """The table of (accent-folded name, programme) pairs, for names that one programme alone gives.

    Two programmes whose names vary into the same words (one name written with two endings for two
    programmes) give neither, as no ending tells them apart.
    """
    owners: dict[tuple[NameWord, ...], set[str]] = {}
    made: dict[str, NameWord] = {}
    for name, programme in names:
        words = name_words(name, is_short_capitals, made)
        if sum(1 for word in words if word.longest) >= MIN_NAME_WORDS:
            owners.setdefault(words, set()).add(programme)
    by_opening: dict[str, list[tuple[tuple[NameWord, ...], str]]] = {}
    for words, programmes in owners.items():
        if len(programmes) == 1:
            by_opening.setdefault(_openings(word.stem for word in words), []).append((words, next(iter(programmes))))
    automaton = ahocorasick.Automaton()
    for key in by_opening:
        automaton.add_word(f" {key} ", key)
    automaton.make_automaton()
    return InflectionTable(automaton, {key: tuple(entries) for key, entries in by_opening.items()})


def inflected_matches(folded: str, table: InflectionTable) -> list[tuple[int, int, str]]:
    """(start, end, programme) of every name of ``table`` in the accent-folded text, endings allowed; longest first at a place."""
    words = [(match.start(), match.end(), match.group(0)) for match in WORD.finditer(folded)]
    lowered = [written.lower() for _, _, written in words]
    line = " " + _openings(lowered) + " "
    word_at = {}  # offset in ``line`` of each word's opening -> the word's index
    offset = 1
    for index, word in enumerate(lowered):
        word_at[offset] = index
        offset += min(len(word), OPENING) + 1
    best: dict[int, tuple[int, str]] = {}
    for last, key in table.automaton.iter(line):
        at = word_at[last - len(key)]
        for name, programme in table.names[key]:
            end = _match_from(name, at, words, lowered, folded)
            if end is not None and (at not in best or words[end][1] > best[at][0]):
                best[at] = (words[end][1], programme)
    found: list[tuple[int, int, str]] = []
    reach = -1
    for at in sorted(best):
        if words[at][0] >= reach:
            found.append((words[at][0], *best[at]))
            reach = best[at][0]
    return found


def _match_from(name: tuple[NameWord, ...], at: int, words: list, lowered: list[str], folded: str) -> int | None:
    """The index of the name's last word when the text's words from ``at`` on are the name, else None."""
    if at + len(name) > len(words):
        return None
    for offset, part in enumerate(name):
        index = at + offset
        if offset and not GAP.fullmatch(folded, words[index - 1][1], words[index][0]):
            return None
        if not part.matches(lowered[index], words[index][2]):
            return None
    last = at + len(name) - 1
    end = words[last][1]
    if end < len(folded) and (folded[end].isalnum() or folded[end] in "+_"):
        return None
    return last
