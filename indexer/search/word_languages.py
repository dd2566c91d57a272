"""The languages in which the index writes a query word as it was typed.

Snowball stems of different languages collide: Spanish and German read ``date`` as the stem
``dat``, which is also the stem of ``datos`` and ``Daten``. A word searched by its stem in a
language it is not written in finds documents without it, so a word is searched by stem only
in the languages of the documents that hold the word itself (its folded form, in the neutral
field): ``date`` in an English-only index reaches English ``dates``, not Spanish ``datos``.
A word no document holds as typed (a plural no text uses, an inflection) has no such
evidence, and is searched by stem in every language, as before.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from whoosh.searching import Searcher

from indexer.language.analysis import NEUTRAL_FIELD, body_field
from indexer.search.docsets import term_docs

LANGUAGE_FACET = "language"


@lru_cache(maxsize=512)
def _value_field(value: str) -> str:
    return body_field(value)


class WordLanguages:
    """The stemmed fields whose language some document holding a word is written in."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        reader = searcher.reader()
        self.size = reader.doc_count_all()
        names = reader.indexed_field_names()
        values = list(reader.lexicon(LANGUAGE_FACET)) if LANGUAGE_FACET in names else []
        self.values = [value.decode("utf-8") if isinstance(value, bytes) else value for value in values]

    def __call__(self, term: str) -> frozenset[str] | None:
        """Stemmed field names (empty: only languages without a stemmer); None when no document
        holds the term as it is, which is no evidence of its language."""
        docs = term_docs(self.searcher, NEUTRAL_FIELD, term)
        if not len(docs):
            return None
        holding = np.zeros(self.size, dtype=bool)
        holding[docs] = True
        fields: set[str] = set()
        for value in self.values:
            field = _value_field(value)
            if field == NEUTRAL_FIELD or field in fields:
                continue
            if holding[term_docs(self.searcher, LANGUAGE_FACET, value)].any():
                fields.add(field)
        return frozenset(fields)
