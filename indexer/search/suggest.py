"""Did you mean: the query with unknown words replaced by the closest indexed ones, when that finds more.

"Closest" is the typo cost of ``indexer.search.spelling`` (a far substitution counts two edits),
then the number of documents: whoosh's own corrector ranks every word within the distance by
frequency alone, so ``Slask`` became the frequent ``saas``. Whether the suggestion may replace
a search that found nothing is ``corrects``: only when every changed word is close to the typed one.
"""

from __future__ import annotations

import re
import time

import numpy as np
from whoosh.searching import Searcher

from indexer.language.analysis import NEUTRAL_FIELD, fold
from indexer.search.collect import ParseCache, parse_text
from indexer.search.docsets import matching_mask
from indexer.search.query import text_fields
from indexer.search.spelling import close_enough, suggestion_edits, typo_cost

_WORD = re.compile(r"[^\W\d_]{3,}")
MLT_TEXT_CHARS = 20_000  # how much of a document's text is read for the spelling it uses
# More unknown words than this in one text and no correction is looked for. Each lookup walks the
# term dictionary (about 13 ms a word on a hundred documents, more on a large index), so a long
# text of made-up words would tie up a core for seconds; and a search needs every word (unless OR
# joins them), so correcting a few of them and leaving the rest as typed would find nothing anyway.
MAX_UNKNOWN_WORDS = 6


def suggest(
    searcher: Searcher,
    text: str,
    total: int,
    filter_docs: set[int] | np.ndarray | None,
    deadline: float,
    spellings: SpellingCache | None = None,
    parses: ParseCache | None = None,
) -> str | None:
    """The text with unknown words replaced by the closest indexed words, if that finds more.

    ``spellings`` is the generation's memo of the closest indexed word to each unknown one, and
    ``parses`` its memo of parsed texts (a corrected text comes back with every filter and page).
    ``filter_docs`` (a set of document numbers, or a mask over them) limits what a correction
    must find more of.
    """
    reader = searcher.reader()
    unknown = _unknown_words(searcher, text, spellings)
    if unknown is None:
        return None
    replacements: list[tuple[re.Match[str], str]] = []
    for match, token in unknown:
        if time.monotonic() >= deadline:
            return None
        closest = spellings.closest(token, reader) if spellings is not None else _closest(token, reader)
        if closest is not None:
            replacements.append((match, closest))
    if not replacements or time.monotonic() >= deadline:
        return None
    corrected = _replace(text, replacements)
    parsed = parse_text(corrected, searcher, "all", parses)
    if parsed.empty:
        return None
    found, timed_out = matching_mask(searcher, parsed.query, deadline)
    if isinstance(filter_docs, np.ndarray):
        found &= filter_docs
    elif filter_docs is not None:
        kept = np.zeros(len(found), dtype=bool)
        kept[list(filter_docs)] = True
        found &= kept
    docs = np.flatnonzero(found)
    if timed_out or len(docs) <= total:
        return None
    content = (searcher.stored_fields(int(docs[0])).get("content") or "")[:MLT_TEXT_CHARS]
    return _replace(text, [(match, _as_typed(match.group(0), term, content)) for match, term in replacements])


def _unknown_words(
    searcher: Searcher, text: str, spellings: SpellingCache | None
) -> list[tuple[re.Match[str], str]] | None:
    """The words of ``text`` no field knows, with their neutral token: the ones a correction may
    replace. None when there are more than ``MAX_UNKNOWN_WORDS``: that is no misspelling to correct."""
    analyser = searcher.schema[NEUTRAL_FIELD]
    unknown: list[tuple[re.Match[str], str]] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if before == "-" or after == ":" or word in ("AND", "OR", "NOT"):
            continue  # exclusions, field scopes and operators are kept as typed
        tokens = list(analyser.process_text(word, mode="query"))
        if len(tokens) != 1 or (spellings.known(word, searcher) if spellings is not None else _known(searcher, word)):
            continue
        unknown.append((match, tokens[0]))
        if len(unknown) > MAX_UNKNOWN_WORDS:
            return None
    return unknown


def _known(searcher: Searcher, word: str) -> bool:
    """Whether any text field finds the word as its analyser reads it: `centres` is not a typo
    when the English field holds the stem of `Centre`, even if no document spells it `centres`."""
    reader = searcher.reader()
    for field in text_fields(searcher.schema):
        tokens = [token for token in searcher.schema[field].process_text(word, mode="query") if token]
        if tokens and all((field, token) in reader for token in tokens):
            return True
    return False


def _closest(token: str, reader) -> str | None:
    """The indexed word with the lowest typo cost from ``token``, then of its length, then in the most
    documents; the first letter is kept (few typos change it, and the term dictionary is walked from it)."""
    if not token.isalpha():
        return None
    best: tuple[int, int, int, str] | None = None
    limit = suggestion_edits(len(token))
    for word in reader.terms_within(NEUTRAL_FIELD, token, limit, prefix=1):
        cost = typo_cost(token, word)
        if word == token or cost > limit:
            continue
        # Of equal costs, a word of the typed length first: swapped letters keep the length.
        rank = (cost, abs(len(word) - len(token)), -reader.doc_frequency(NEUTRAL_FIELD, word), word)
        if best is None or rank < best:
            best = rank
    return best[-1] if best is not None else None


def corrects(typed: str, suggestion: str) -> bool:
    """Whether ``suggestion`` (``suggest``'s text for ``typed``) is close enough to search instead of
    what was typed: each word it changes keeps its first letter and costs few edits for its length."""
    typed_words = [fold(word.lower()) for word in _WORD.findall(typed)]
    suggested = [fold(word.lower()) for word in _WORD.findall(suggestion)]
    if len(typed_words) != len(suggested):
        return False
    changed = [(old, new) for old, new in zip(typed_words, suggested) if old != new]
    return bool(changed) and all(close_enough(old, new) for old, new in changed)


class SpellingCache:
    """The closest indexed word to each unknown word, per generation (its lexicon never changes).

    Walking the term dictionary within two edits is most of a search with few hits on a large
    index (about 60 % at 50,000 pages), and the same unknown words come back.
    """

    def __init__(self, max_words: int = 50_000) -> None:
        self.max_words = max_words
        self._closest: dict[str, str | None] = {}
        self._known: dict[str, bool] = {}

    def known(self, word: str, searcher: Searcher) -> bool:
        """Whether a text field finds the word (see ``_known``), asked once per generation."""
        found = self._known.get(word)
        if found is None:
            found = _known(searcher, word)
            if len(self._known) >= self.max_words:
                self._known.clear()
            self._known[word] = found
        return found

    def closest(self, token: str, reader) -> str | None:
        if token in self._closest:
            return self._closest[token]
        found = _closest(token, reader)
        if len(self._closest) >= self.max_words:
            self._closest.clear()  # only costs time
        self._closest[token] = found
        return found

    def __len__(self) -> int:
        return len(self._closest)


def _replace(text: str, replacements: list[tuple[re.Match[str], str]]) -> str:
    pieces: list[str] = []
    cursor = 0
    for match, word in replacements:
        pieces += [text[cursor : match.start()], word]
        cursor = match.end()
    return "".join(pieces) + text[cursor:]


def _as_typed(typed: str, term: str, content: str) -> str:
    """The indexed (folded, lower-case) term written the way the user writes: with the accents a
    document spells it with when the user typed accents, and with the user's initial capital."""
    word = term
    if not typed.isascii():
        word = next((w.lower() for w in _WORD.findall(content) if fold(w.lower()) == term), term)
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


# --- documents ---------------------------------------------------------------------------------
