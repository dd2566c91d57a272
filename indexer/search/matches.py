"""Where a document's stored text holds the query's indexed terms, found without analysing all of it.

Analysing a whole report with every matched field's analyser, for every hit of every search,
took seconds on real reports. Instead, each indexed term becomes a probe: the start of its
folded form as a regular expression in which every letter also stands for its accented,
upper-case and Serbian Cyrillic forms. One scan of the text with all probes at once runs in C;
only the words the probes stop at are analysed, one word at a time (the analysers work word by
word, so a word gives the same tokens alone as in its sentence), and each distinct word once
per search. A stemmed or folded match (``Śląska`` for ``slask``) is therefore still found, and
found anywhere in the text, not only near its start.

A stemmed field's term marks a word only where the text is in that field's language (see
``indexer.search.segment_fields``): the stems of different languages collide (Italian ``dat``
is both ``data`` and ``date``), and a word is a form of the query word under its own
language's stemmer, not under any other's. The exact forms (the neutral field's and the
title's terms) mark a word in any language.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from whoosh.fields import Schema

from indexer.language.analysis import NEUTRAL_FIELD, WORD_PATTERN, fold, has_unspaced, serbian_latin
from indexer.search.readcache import MARKS_PER_DOCUMENT, WordCache
from indexer.search.segment_fields import SegmentFields

MAX_SCAN_CHARS = 400_000  # text beyond this is not searched for a passage
CHUNK_CHARS = 2_000  # the unit a passage is looked for in: about a third of a page
CHUNKS_ANALYSED = 3  # chunks analysed at a time, best first, until one holds a real match
MAX_CHUNKS = 12  # chunks tried in all before the opening of the text is shown instead
PASSAGE_MARGIN = 300  # characters of the neighbouring chunks analysed with a chunk
MAX_PROBE_HITS = 3_000  # probe stops looked at per scan
WORDS_PER_FINDER = 20_000  # analysed words one finder remembers
FINDERS_PER_GENERATION = 512  # finders kept for the searches of one index generation
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


def _allowed(term: tuple[str, str], position: int, segments: SegmentFields | None) -> bool:
    """Whether a field's term may mark the word at ``position``: a stem only in its own language."""
    if segments is None or not term[0].startswith(STEMMED_PREFIX):
        return True
    return segments.field_at(position) == term[0]


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


@lru_cache(maxsize=65_536)
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
    return "".join(parts)


def _shortest(literals: frozenset[str]) -> list[str]:
    """The literals no other one is a prefix of: a pattern for those stops at every word of all."""
    return sorted(lit for lit in literals if not any(other != lit and lit.startswith(other) for other in literals))


@lru_cache(maxsize=256)
def probe_scanner(literals: frozenset[str]) -> re.Pattern[str]:
    """One case-insensitive pattern finding every probe; group i+1 is the i-th literal in sorted order."""
    return re.compile("|".join(f"({_start(literal)}{_probe(literal)})" for literal in sorted(literals)), re.IGNORECASE)


def _start(literal: str) -> str:
    # Spaced words start at a word boundary; unspaced runs hold their bigrams anywhere.
    return "" if has_unspaced(literal) else r"\b"


@lru_cache(maxsize=256)
def word_scanner(literals: frozenset[str], lowered: bool) -> re.Pattern[str]:
    """A pattern stopping at every word that starts with a probe (no groups: it only has to stop).

    One boundary before one alternation of the shortest probes scans several times faster than
    an alternation of every probe with its own boundary; ``lowered`` is for lower-cased text.
    """
    shortest = _shortest(literals)
    spaced = [_probe(lit) for lit in shortest if not has_unspaced(lit)]
    unspaced = [_probe(lit) for lit in shortest if has_unspaced(lit)]
    parts = ([r"\b(?:" + "|".join(spaced) + ")"] if spaced else []) + unspaced
    return re.compile("|".join(parts), 0 if lowered else re.IGNORECASE)


@lru_cache(maxsize=256)
def plain_scanner(literals: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For lower-cased text: (a pattern finding any letter the probes also stand for, one finding
    the shortest literals as written), or None when a probe is more than letters and digits.

    A text without any of those letters holds each probe only as its literal, and a pattern of
    plain literals skips ahead to their first letters in C, where the word boundary in front of
    ``word_scanner``'s alternation of letter classes makes it try every position (several times
    as long on the 2,600 characters of a passage's chunk, in most chunks of real reports).
    """
    shortest = _shortest(literals)
    if not shortest or not all(char.isalnum() or char == "_" for literal in shortest for char in literal):
        return None
    singles, pairs = _letter_variants()
    others: set[str] = set()
    for literal in shortest:
        for letter in set(literal):
            others.update(singles.get(letter, ""))
            others.update(*(written for pair, written in pairs.items() if pair[0] == letter))
    variants = re.compile("[" + re.escape("".join(sorted(others))) + "]") if others else re.compile("(?!)")
    return variants, re.compile("|".join(re.escape(literal) for literal in shortest))


def _starts_word(text: str, position: int) -> bool:
    """Whether a word boundary comes before a letter: the text starts there or the character before is no word's."""
    if position == 0:
        return True
    before = text[position - 1]
    return not (before.isalnum() or before == "_")


class MatchFinder:
    """The matches of one query's terms in stored texts; remembers each word it has analysed."""

    def __init__(self, terms: Collection[tuple[str, str]], schema: Schema, words: WordCache | None = None) -> None:
        self.word_cache = words  # analyses shared with other searches of the same generation
        self.terms_by_field: dict[str, frozenset[str]] = {}
        grouped: dict[str, set[str]] = {}
        names = set(schema.names())  # whoosh sorts every field name on each call
        for field, term in terms:
            if field in names:
                grouped.setdefault(field, set()).add(term)
        # In field order, not set order: the first field to find a span names its term, and
        # the passage chosen depends on it, so it must not change with the process's hash seed.
        self.terms_by_field = {field: frozenset(grouped[field]) for field in sorted(grouped)}
        self.analyzers = {field: schema[field].analyzer for field in self.terms_by_field}
        # Each field's probes: a word is analysed only by the fields whose probe it starts with.
        self.field_literals = {
            field: tuple({probe_literal(term, field.startswith(STEMMED_PREFIX)) for term in found} - {""})
            for field, found in self.terms_by_field.items()
        }
        self.literals = sorted({literal for found in self.field_literals.values() for literal in found})
        self.shortest = _shortest(frozenset(self.literals))  # sorted, as probe_scanner numbers them
        # Compiling a pattern of letter classes takes milliseconds: the ones only rare texts need
        # (no probe written plainly, a letter whose lower case is longer) wait until one comes.
        self.lowered_words = word_scanner(frozenset(self.literals), True) if self.literals else None
        self.plain = plain_scanner(frozenset(self.literals)) if self.literals else None
        self._words: dict[str, tuple[tuple[int, int, tuple[str, str]], ...]] = {}

    def _word_matches(self, word: str) -> tuple[tuple[int, int, tuple[str, str]], ...]:
        known = self._words.get(word)
        if known is not None:
            return known
        folded = fold(serbian_latin(word.lower()))
        fields = [field for field, literals in self.field_literals.items() if folded.startswith(literals)]
        found = self._analyse(word, 0, fields) if self.word_cache is None else self._analyse_word(word, fields)
        if len(self._words) >= WORDS_PER_FINDER:
            self._words.clear()  # a kept finder meets new words with every document; this only costs time
        self._words[word] = found
        return found

    def _analyse_word(self, word: str, fields: Collection[str]) -> tuple[tuple[int, int, tuple[str, str]], ...]:
        """``_analyse`` of one word, its tokens taken from the generation's word cache."""
        found: list[tuple[int, int, tuple[str, str]]] = []
        for field in fields:
            terms = self.terms_by_field[field]
            for text, start, end in self.word_cache.tokens(field, self.analyzers[field], word):  # type: ignore[union-attr]
                if text in terms:
                    found.append((start, end, (field, text)))
        return tuple(found)

    def _analyse(
        self, text: str, offset: int, fields: Collection[str] | None = None
    ) -> tuple[tuple[int, int, tuple[str, str]], ...]:
        """Every field's matches in ``text``, in field order: a span may come once per field, since
        which of them may mark it depends on the language of the text where it stands."""
        found: list[tuple[int, int, tuple[str, str]]] = []
        for field in self.terms_by_field if fields is None else fields:
            terms = self.terms_by_field[field]
            for token in self.analyzers[field](text, chars=True, mode="index", removestops=False):
                if token.text in terms:
                    found.append((offset + token.startchar, offset + token.endchar, (field, token.text)))
        return tuple(found)

    def find(
        self,
        content: str,
        chunk_marks: dict[str, tuple[int, ...]] | None = None,
        segments: SegmentFields | None = None,
    ) -> list[Match]:
        """The query's matches in the best chunks of ``content`` (its first MAX_SCAN_CHARS), in text order.

        ``chunk_marks`` remembers, for this one content, in which chunks each probe form starts;
        ``segments`` says which field each part of it went to (None: unknown, any field's term marks).
        """
        if not self.literals or not content:
            return []
        text = content[:MAX_SCAN_CHARS]
        ranked = self._ranked_chunks(text, chunk_marks)
        matches: dict[tuple[int, int], Match] = {}
        tried = False
        while batch := list(islice(ranked, CHUNKS_ANALYSED)):
            tried = True
            for chunk in sorted(batch):
                # The neighbours' edges too: a passage may start before or end after its chunk.
                low = max(0, chunk * CHUNK_CHARS - PASSAGE_MARGIN)
                self._scan(text, low, min(len(text), (chunk + 1) * CHUNK_CHARS + PASSAGE_MARGIN), matches, segments)
            if matches:
                break
        if not tried:
            # Letters no probe can spell (æ, љ...): the opening of the text is analysed as it is.
            for start, end, term in self._analyse(text[:FALLBACK_CHARS], 0):
                if _allowed(term, start, segments):
                    matches.setdefault((start, end), Match(start, end, term))
        return sorted(matches.values(), key=lambda match: match.start)

    def _scan(
        self,
        text: str,
        low: int,
        high: int,
        matches: dict[tuple[int, int], Match],
        segments: SegmentFields | None = None,
    ) -> None:
        region = text[low:high]
        lowered = region.lower()
        if len(lowered) == len(region):
            if self.plain is not None and self.plain[0].search(lowered) is None:
                # The same stops as lowered_words finds there (see plain_scanner).
                hits = (hit for hit in self.plain[1].finditer(lowered) if _starts_word(lowered, hit.start()))
            else:
                hits = self.lowered_words.finditer(lowered)  # type: ignore[union-attr]
        else:  # a letter whose lower case is longer: offsets would shift
            hits = word_scanner(frozenset(self.literals), False).finditer(region)
        for probed, hit in enumerate(hits):
            if probed >= MAX_PROBE_HITS:
                break
            start = low + hit.start()
            word = hit.group(0)
            whole = _WORD.match(text, start)
            if whole is not None and whole.end() > low + hit.end() and not has_unspaced(word):
                word = whole.group(0)
            for rel_start, rel_end, term in self._word_matches(word):
                span = (start + rel_start, start + rel_end)
                if span not in matches and _allowed(term, span[0], segments):
                    matches[span] = Match(span[0], span[1], term)

    def _ranked_chunks(self, text: str, chunk_marks: dict[str, tuple[int, ...]] | None = None) -> Iterator[int]:
        """Chunk numbers worth analysing, best first: most probes present, then the earliest.

        Probes are found as literals in lower, title and upper case, which ``str.find`` does at
        memory speed; when none occurs so (the text writes them with accents or in Cyrillic),
        the slower pattern looks for them instead.
        """
        # Each chunk's probes as the bits of one int: chunk -> bit j set when probe j occurs in it.
        present: dict[int, int] = {}
        for j, literal in enumerate(self.shortest):
            bit = 1 << j
            for form in {literal, literal.capitalize(), literal.upper()}:
                marked = chunk_marks.get(form) if chunk_marks is not None else None
                if marked is None:
                    marked = _chunks_with(text, form)
                    if chunk_marks is not None:
                        if len(chunk_marks) >= MARKS_PER_DOCUMENT:
                            chunk_marks.clear()
                        chunk_marks[form] = marked
                for chunk in marked:
                    present[chunk] = present.get(chunk, 0) | bit
        if not present and not text.isascii():
            for probed, hit in enumerate(probe_scanner(frozenset(self.shortest)).finditer(text)):
                if probed >= MAX_PROBE_HITS:
                    break
                # Groups follow the sorted probe patterns, which follow the sorted literals.
                chunk = hit.start() // CHUNK_CHARS
                present[chunk] = present.get(chunk, 0) | 1 << (hit.lastindex - 1)  # type: ignore[operator]
        sizes = {chunk: probes.bit_count() for chunk, probes in present.items()}
        covered = 0
        for _ in range(min(MAX_CHUNKS, len(present))):
            # The next chunk adds the probes the chosen ones lack, so a second passage can show them.
            best = max(present, key=lambda c: ((present[c] & ~covered).bit_count(), sizes[c], -c))
            yield best
            covered |= present.pop(best)


def _chunks_with(text: str, form: str) -> tuple[int, ...]:
    """The chunks in which ``form`` starts: one find per chunk that has it, jumping to the next."""
    found: list[int] = []
    position = text.find(form)
    while position != -1:
        chunk = position // CHUNK_CHARS
        found.append(chunk)
        position = text.find(form, (chunk + 1) * CHUNK_CHARS)
    return tuple(found)


class FinderCache:
    """One MatchFinder per set of query terms, for the searches of one index generation.

    A finder's probes and patterns depend only on the terms and the schema, and the words it
    has analysed stay analysed: the same texts come back with other filters and pages. Shared
    by threads: what one adds to a finder's memo is what any other would have added.
    """

    def __init__(self, max_finders: int = FINDERS_PER_GENERATION) -> None:
        self.max_finders = max_finders
        self._finders: OrderedDict[frozenset[tuple[str, str]], MatchFinder] = OrderedDict()
        self._lock = threading.Lock()

    def finder(self, terms: frozenset[tuple[str, str]], schema: Schema, words: WordCache | None = None) -> MatchFinder:
        with self._lock:
            known = self._finders.get(terms)
            if known is not None:
                self._finders.move_to_end(terms)
                return known
        found = MatchFinder(terms, schema, words)
        with self._lock:
            self._finders.setdefault(terms, found)
            while len(self._finders) > self.max_finders:
                self._finders.popitem(last=False)
        return found
