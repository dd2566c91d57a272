"""Where a document's stored text holds the query's indexed terms, found without analysing all of it.

Analysing a whole report with every matched field's analyser, for every hit of every search,
took seconds on real reports. Instead, each indexed term becomes a probe: the start of its
folded form as a regular expression in which every letter also stands for its accented,
upper-case and Serbian Cyrillic forms. One scan of the text with all probes at once runs in C;
only the words the probes stop at are analysed, one word at a time (the analysers work word by
word, so a word gives the same tokens alone as in its sentence), and each distinct word once
per search. A stemmed or folded match (``Śląska`` for ``slask``) is therefore still found, and
found anywhere in the text, not only near its start.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from whoosh.fields import Schema

from indexer.language.analysis import NEUTRAL_FIELD, WORD_PATTERN, fold, has_unspaced, serbian_latin

MAX_SCAN_CHARS = 400_000  # text beyond this is not searched for a passage
CHUNK_CHARS = 2_000  # the unit a passage is looked for in: about a third of a page
CHUNKS_ANALYSED = 3  # chunks analysed at a time, best first, until one holds a real match
MAX_CHUNKS = 12  # chunks tried in all before the opening of the text is shown instead
PASSAGE_MARGIN = 300  # characters of the neighbouring chunks analysed with a chunk
MAX_PROBE_HITS = 3_000  # probe stops looked at per scan
FALLBACK_CHARS = 6_000  # analysed whole when no probe occurs at all (letters a probe cannot spell)

_WORD = re.compile(WORD_PATTERN)
STEMMED_PREFIX = f"{NEUTRAL_FIELD}_"  # the per-language fields; title and the neutral body hold exact forms
# Code points whose folded form is one other letter: Latin, Greek, Cyrillic and their extensions.
_VARIANT_RANGES = (range(0xC0, 0x250), range(0x370, 0x530), range(0x1E00, 0x2000))


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    term: tuple[str, str]  # (field, indexed term): distinct terms make a passage better


@lru_cache(maxsize=1)
def _letter_variants() -> tuple[dict[str, str], dict[str, str]]:
    """Folded letter -> the lower-case letters that fold to it (``s`` -> ``śšşŝſшс``...), and
    folded pair -> the single letters written for it (``nj`` -> ``њ``, ``ae`` -> ``æ``)."""
    variants: dict[str, set[str]] = {}
    pairs: dict[str, set[str]] = {}
    for code in chain(*_VARIANT_RANGES):
        lower = chr(code).lower()
        if len(lower) != 1:
            continue
        base = fold(serbian_latin(lower))
        if base != lower and len(base) in (1, 2) and base.isalpha():
            (variants if len(base) == 1 else pairs).setdefault(base, set()).add(lower)
    return _joined(variants), _joined(pairs)


def _joined(found: dict[str, set[str]]) -> dict[str, str]:
    return {base: "".join(sorted(letters)) for base, letters in found.items()}


def _letter_class(letter: str, extra: str = "") -> str:
    others = _letter_variants()[0].get(letter, "") + extra
    return re.escape(letter) if not others else "[" + re.escape(letter + others) + "]"


def probe_literal(term: str, stemmed: bool) -> str:
    """A term's probe as a literal: the folded form an exact term's word has, a stem's word starts with."""
    folded = fold(term)
    # Snowball changes the last letter of some stems (happy -> happi), rarely more.
    return folded[: max(3, len(folded) - 1)] if stemmed else folded


def _probe(prefix: str) -> str:
    """The pattern of a probe: each letter also stands for its accented and Cyrillic forms."""
    pairs = _letter_variants()[1]
    parts: list[str] = []
    i = 0
    while i < len(prefix):
        pair = prefix[i : i + 2]
        if len(pair) == 2 and pair in pairs:
            # One letter may be written for two (њ for nj, æ for ae).
            parts.append(f"(?:{_letter_class(pair[0])}{_letter_class(pair[1])}|[{re.escape(pairs[pair])}])")
            i += 2
            continue
        # The probe may end inside such a pair: its last letter also stands for the pair's letter.
        last = i == len(prefix) - 1
        extra = "".join(single for first, single in pairs.items() if last and first[0] == prefix[i])
        parts.append(_letter_class(prefix[i], extra))
        i += 1
    pattern = "".join(parts)
    # Spaced words start at a word boundary; unspaced runs hold their bigrams anywhere.
    return pattern if has_unspaced(prefix) else rf"(?<![\w\u0300-\u036f]){pattern}"


@lru_cache(maxsize=256)
def probe_scanner(literals: frozenset[str]) -> re.Pattern[str]:
    """One case-insensitive pattern finding every probe; group i+1 is the i-th literal in sorted order."""
    return re.compile("|".join(f"({_probe(literal)})" for literal in sorted(literals)), re.IGNORECASE)


class MatchFinder:
    """The matches of one query's terms in stored texts; remembers each word it has analysed."""

    def __init__(self, terms: Collection[tuple[str, str]], schema: Schema) -> None:
        self.terms_by_field: dict[str, frozenset[str]] = {}
        grouped: dict[str, set[str]] = {}
        for field, term in terms:
            if field in schema.names():
                grouped.setdefault(field, set()).add(term)
        self.terms_by_field = {field: frozenset(found) for field, found in grouped.items()}
        self.analyzers = {field: schema[field].analyzer for field in self.terms_by_field}
        literals = {
            probe_literal(term, field.startswith(STEMMED_PREFIX))
            for field, found in self.terms_by_field.items()
            for term in found
        }
        self.literals = sorted(literal for literal in literals if literal)
        self.scanner = probe_scanner(frozenset(self.literals)) if self.literals else None
        self._words: dict[str, tuple[tuple[int, int, tuple[str, str]], ...]] = {}

    def _word_matches(self, word: str) -> tuple[tuple[int, int, tuple[str, str]], ...]:
        known = self._words.get(word)
        if known is not None:
            return known
        found = self._analyse(word, 0)
        self._words[word] = found
        return found

    def _analyse(self, text: str, offset: int) -> tuple[tuple[int, int, tuple[str, str]], ...]:
        found: dict[tuple[int, int], tuple[int, int, tuple[str, str]]] = {}
        for field, terms in self.terms_by_field.items():
            for token in self.analyzers[field](text, chars=True, mode="index", removestops=False):
                if token.text in terms:
                    span = (offset + token.startchar, offset + token.endchar)
                    found.setdefault(span, (*span, (field, token.text)))
        return tuple(found.values())

    def find(self, content: str) -> list[Match]:
        """The query's matches in the best chunks of ``content`` (its first MAX_SCAN_CHARS), in text order."""
        if self.scanner is None or not content:
            return []
        text = content[:MAX_SCAN_CHARS]
        ranked = self._ranked_chunks(text)
        matches: dict[tuple[int, int], Match] = {}
        for batch in range(0, len(ranked), CHUNKS_ANALYSED):
            for chunk in sorted(ranked[batch : batch + CHUNKS_ANALYSED]):
                # The neighbours' edges too: a passage may start before or end after its chunk.
                low = max(0, chunk * CHUNK_CHARS - PASSAGE_MARGIN)
                self._scan(text, low, min(len(text), (chunk + 1) * CHUNK_CHARS + PASSAGE_MARGIN), matches)
            if matches:
                break
        if not ranked:
            # Letters no probe can spell (æ, љ...): the opening of the text is analysed as it is.
            for start, end, term in self._analyse(text[:FALLBACK_CHARS], 0):
                matches.setdefault((start, end), Match(start, end, term))
        return sorted(matches.values(), key=lambda match: match.start)

    def _scan(self, text: str, low: int, high: int, matches: dict[tuple[int, int], Match]) -> None:
        assert self.scanner is not None
        for probed, hit in enumerate(self.scanner.finditer(text, low, high)):
            if probed >= MAX_PROBE_HITS:
                break
            start = hit.start()
            word = hit.group(0)
            whole = _WORD.match(text, start)
            if whole is not None and whole.end() > hit.end() and not has_unspaced(word):
                word = whole.group(0)
            for rel_start, rel_end, term in self._word_matches(word):
                span = (start + rel_start, start + rel_end)
                matches.setdefault(span, Match(span[0], span[1], term))

    def _ranked_chunks(self, text: str) -> list[int]:
        """Chunk numbers worth analysing, best first: most probes present, then most occurrences.

        Probes are counted as lower-case literals, which ``str.count`` does at memory speed; a
        probe that never occurs literally (the text writes it with accents or in Cyrillic) is
        looked for with the slower pattern instead.
        """
        chunks = (len(text) + CHUNK_CHARS - 1) // CHUNK_CHARS
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
            lowered = ""
        counts = [[0] * len(self.literals) for _ in range(chunks)]
        unseen: list[int] = []
        for j, literal in enumerate(self.literals):
            if not lowered or literal not in lowered:
                unseen.append(j)
                continue
            overlap = len(literal) - 1
            for chunk in range(chunks):
                counts[chunk][j] = lowered.count(literal, chunk * CHUNK_CHARS, (chunk + 1) * CHUNK_CHARS + overlap)
        if unseen and (not text.isascii() or not lowered):
            scanner = probe_scanner(frozenset(self.literals[j] for j in unseen))
            for probed, hit in enumerate(scanner.finditer(text)):
                if probed >= MAX_PROBE_HITS:
                    break
                # Groups follow the sorted probe patterns, which follow the sorted literals.
                counts[hit.start() // CHUNK_CHARS][unseen[hit.lastindex - 1]] += 1  # type: ignore[operator]
        present = [frozenset(j for j, count in enumerate(row) if count) for row in counts]
        totals = [sum(row) for row in counts]
        remaining = {chunk for chunk in range(chunks) if present[chunk]}
        ranked: list[int] = []
        covered: set[int] = set()
        while remaining and len(ranked) < MAX_CHUNKS:
            # The next chunk adds the probes the chosen ones lack, so a second passage can show them.
            best = max(remaining, key=lambda c: (len(present[c] - covered), len(present[c]), totals[c], -c))
            ranked.append(best)
            covered |= present[best]
            remaining.discard(best)
        return ranked
