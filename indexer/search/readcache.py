"""What one index generation remembers between searches besides answers: documents and words.

Showing a hit reads its stored fields, which whoosh keeps compressed (a long report's text is
hundreds of kilobytes to inflate and unpickle), and finding its passage looks for the query's
probes in that text and analyses the words they stop at. Popular documents come back in many
searches (Solr keeps a document cache for the same reason), and the same words come back in
many documents, so both are kept here, bounded, per generation: a document number means one
document only within one generation, and a new generation starts with empty caches.

Unlike the result cache, these never decide what a search finds or shows, only how fast:
the same hits and passages come out with them as without.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from whoosh.searching import Searcher

DOCUMENT_CACHE_CHARS = 24_000_000  # stored text kept decoded, all documents together
MARKS_PER_DOCUMENT = 512  # probe forms whose chunks are remembered per document
WORDS_PER_GENERATION = 200_000  # (field, word) analyses kept


@dataclass(eq=False)
class StoredDocument:
    """A document's stored fields, and in which chunks of its text each probe form starts."""

    fields: dict[str, Any]
    chunk_marks: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # What its hits show whatever the query (results.describe), decoded once; a thread that
    # sets it at the same time as another sets the same value.
    described: Any = None

    @property
    def size(self) -> int:
        return len(self.fields.get("content") or "") + 1


class DocumentCache:
    """Decoded stored documents by document number, least recently shown dropped first."""

    def __init__(self, max_chars: int = DOCUMENT_CACHE_CHARS) -> None:
        self.max_chars = max_chars
        self._documents: OrderedDict[int, StoredDocument] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, searcher: Searcher, docnum: int) -> StoredDocument:
        with self._lock:
            known = self._documents.get(docnum)
            if known is not None:
                self._documents.move_to_end(docnum)
                return known
        # Read outside the lock: another thread may read the same document meanwhile, which
        # costs a second read, never a wrong answer.
        document = StoredDocument(searcher.stored_fields(docnum))
        if document.size > self.max_chars:
            return document
        with self._lock:
            if docnum not in self._documents:
                self._documents[docnum] = document
                self._chars += document.size
                while self._chars > self.max_chars:
                    _, dropped = self._documents.popitem(last=False)
                    self._chars -= dropped.size
        return document

    def __len__(self) -> int:
        return len(self._documents)


class WordCache:
    """The tokens (text, start, end) a field's analyser makes of one word, by (field, word)."""

    def __init__(self, max_words: int = WORDS_PER_GENERATION) -> None:
        self.max_words = max_words
        self._tokens: dict[tuple[str, str], tuple[tuple[str, int, int], ...]] = {}
        self._lock = threading.Lock()

    def tokens(self, field_name: str, analyzer: Any, word: str) -> tuple[tuple[str, int, int], ...]:
        key = (field_name, word)
        known = self._tokens.get(key)
        if known is not None:
            return known
        found = tuple(
            (token.text, token.startchar, token.endchar)
            for token in analyzer(word, chars=True, mode="index", removestops=False)
        )
        with self._lock:
            if len(self._tokens) >= self.max_words:
                self._tokens.clear()  # vocabulary moves on; a cleared cache only costs time
            self._tokens[key] = found
        return found
