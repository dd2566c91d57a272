"""The top hits of a text query scored with numpy, the way whoosh's BM25F scores them.

whoosh ranks by running a matcher tree over every matching document and calling Python code
per document and per field (a word's query is a disjunction over some twenty fields), which at
tens of thousands of matches costs far more than the rest of a search. Here each term's
postings (document numbers, weights, field lengths as whoosh decodes them) are read into
arrays and scored with the same formula and the same statistics (the searcher's own idf,
average field length, B and K1), once per set of segments (the scores are cached); the query's structure
becomes array operations over every document: a Term adds its boosted score where it occurs,
an Or adds its matching parts, an And needs all of its parts, an AndNot keeps its first part.
A phrase adds its words' scores where whoosh's span matching finds it (the documents found
are cached with the match set's). What arrays cannot express makes ``top_documents`` answer None,
and the caller asks whoosh. Ties go to the lower document number, as in whoosh's collector.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from indexer.search.docsets import DOC_DTYPE, leaf_key, phrase_docs

# Each term's scores over one set of segments (they depend only on its postings and the
# segments' statistics), all fields together, bounded by their number (12 bytes each): a word
# in most documents of a large index holds tens of thousands, and a word's query asks for it
# in some twenty fields.
_SCORES_MAX = 4_000_000
_TERM_SCORES: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
_SCORES_LOCK = threading.Lock()
_scores_held = 0


@dataclass(frozen=True)
class RankedDocument:
    """One ranked hit: its document number and its score."""

    docnum: int
    score: float


@dataclass(frozen=True)
class _Postings:
    """One term's postings in one segment, in document order."""

    docs: np.ndarray  # segment document numbers
    weights: np.ndarray  # term frequency times the field's boost, as whoosh stores it
    lengths: np.ndarray  # the field's length in each document, decoded from its length byte


class _NotScorable(Exception):
    """The query has a part arrays cannot score the way whoosh does."""


def _leaf_postings(leaf: IndexReader, field: str, text: str) -> _Postings:
    docs: list[int] = []
    weights: list[float] = []
    lengths: list[int] = []
    if (field, text) in leaf:
        # The matcher skips deleted documents, as whoosh's search does.
        matcher = leaf.postings(field, text)
        field_length = leaf.doc_field_length
        while matcher.is_active():
            docnum = matcher.id()
            docs.append(docnum)
            weights.append(matcher.weight())
            lengths.append(field_length(docnum, field, 1))
            matcher.next()
    # whoosh keeps weights as 32-bit floats, so float32 holds them exactly.
    return _Postings(
        np.array(docs, dtype=DOC_DTYPE), np.array(weights, dtype=np.float32), np.array(lengths, dtype=np.float64)
    )


class QueryScores:
    """Scores and matches of query nodes over every document number of a searcher, for one search.

    Each node is scored once: a search that relaxes to any word asks again for the words its
    all-words query already scored, and the match set and the ranking ask for the same query.
    The arrays handed out are shared: callers must not change them.
    """

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.size = searcher.reader().doc_count_all()
        self.leaves = list(searcher.reader().leaf_readers())
        self.segments = (self.size, tuple((leaf_key(leaf), offset) for leaf, offset in self.leaves))
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F) or type(weighting).scorer is not BM25F.scorer or weighting.use_final:
            raise _NotScorable  # another model's scores are not these
        self.weighting = weighting
        self._scored: dict[wq.Query, tuple[np.ndarray, np.ndarray]] = {}

    @classmethod
    def of(cls, searcher: Searcher) -> QueryScores | None:
        """The scorer of a searcher, or None when its weighting is not the BM25F arrays compute."""
        try:
            return cls(searcher)
        except _NotScorable:
            return None

    def matches(self, q: wq.Query) -> np.ndarray | None:
        """The mask of documents ``q`` matches (read-only), or None when arrays cannot score ``q``."""
        try:
            return self.node(q)[1]
        except _NotScorable:
            return None

    def node(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """(scores, matched) of ``q``: float64 and bool arrays over every document number."""
        try:
            known = self._scored.get(q)
        except TypeError:  # a query type without a hash is scored without being kept
            return self._node(q)
        if known is None:
            known = self._node(q)
            for array in known:
                array.flags.writeable = False
            self._scored[q] = known
        return known

    def _node(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        kind = type(q)
        if isinstance(q, wq.CompoundQuery) and len(q.subqueries) == 1:
            return self.node(q.subqueries[0])  # whoosh matches the one part alone, without the boost
        if kind is wq.Term:
            scores, matched = self._empty()
            self._add_term(q, scores, matched)
            return scores, matched
        if kind is wq.And and q.subqueries:
            parts = [self.node(sub) for sub in q.subqueries]
            scores, matched = parts[0][0].copy(), parts[0][1].copy()
            for part_scores, part_matched in parts[1:]:
                scores += part_scores
                matched &= part_matched
            scores[~matched] = 0.0
        elif issubclass(kind, wq.Or) and not getattr(q, "minmatch", 0) and not getattr(q, "scale", None) and q.subqueries:
            scores, matched = self._empty()
            for sub in q.subqueries:
                if type(sub) is wq.Term:
                    self._add_term(sub, scores, matched)  # no array of its own: a disjunction adds
                else:
                    part_scores, part_matched = self.node(sub)
                    scores += part_scores
                    matched |= part_matched
        elif kind is wq.Phrase and q.words:
            # whoosh scores a phrase as the sum of its words' scores where the spans match.
            scores, every_word = self._empty()
            every_word[:] = True
            for word in q.words:
                word_matched = np.zeros(self.size, dtype=bool)
                self._add_term(wq.Term(q.fieldname, word), scores, word_matched)
                every_word &= word_matched
            if self._has_positions(q.fieldname):
                matched = np.zeros(self.size, dtype=bool)
                matched[phrase_docs(self.searcher, q)] = True
            elif q.degrade:
                scores[~every_word] = 0.0
                return scores, every_word  # whoosh matches the words as an And, without the boost
            else:
                raise _NotScorable
            scores[~matched] = 0.0
        elif kind is wq.AndNot:
            scores, matched = (array.copy() for array in self.node(q.a))
            excluded = self.node(q.b)[1]
            matched &= ~excluded
            scores[excluded] = 0.0
            return scores, matched  # an AndNot has no boost of its own (whoosh passes it to q.a)
        else:
            raise _NotScorable  # the rest (minmatch, Every, wildcards): whoosh's own matchers
        if q.boost != 1.0:
            scores *= q.boost
        return scores, matched

    def _has_positions(self, field: str) -> bool:
        schema = self.searcher.schema
        return field in schema and bool(schema[field].format) and schema[field].format.supports("positions")

    def _empty(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.size, dtype=np.float64), np.zeros(self.size, dtype=bool)

    def _add_term(self, q: wq.Term, scores: np.ndarray, matched: np.ndarray) -> None:
        docs, term_scores = self._term_scores(q.fieldname, q.text)
        if not len(docs):
            return
        if q.boost != 1.0:
            term_scores = term_scores * q.boost
        scores[docs] += term_scores  # a document occurs once in a term's postings
        matched[docs] = True

    def _term_scores(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(global document numbers, unboosted scores) of one term, kept for these segments."""
        weighting = self.weighting
        key = (self.segments, field, text, type(weighting), weighting.B, weighting.K1, weighting._field_B.get(field))
        with _SCORES_LOCK:
            known = _TERM_SCORES.get(key)
            if known is not None:
                _TERM_SCORES.move_to_end(key)
                return known
        found = self._read_term_scores(field, text)
        for array in found:
            array.flags.writeable = False
        global _scores_held
        with _SCORES_LOCK:
            if key not in _TERM_SCORES:
                _TERM_SCORES[key] = found
                _scores_held += len(found[0])
            while _scores_held > _SCORES_MAX and len(_TERM_SCORES) > 1:
                _scores_held -= len(_TERM_SCORES.popitem(last=False)[1][0])
        return found

    def _read_term_scores(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        schema = self.searcher.schema
        if field not in schema or (field, text) not in self.searcher.reader():
            return np.empty(0, dtype=DOC_DTYPE), np.empty(0, dtype=np.float64)
        field_type = schema[field]
        if field_type.scorable:
            weighting = self.weighting
            idf = self.searcher.idf(field, text)
            average = self.searcher.avg_field_length(field) or 1
            b = weighting._field_B.get(field, weighting.B)
            k1 = weighting.K1
        all_docs: list[np.ndarray] = []
        all_scores: list[np.ndarray] = []
        for leaf, offset in self.leaves:
            if field not in leaf.indexed_field_names():
                continue
            postings = _leaf_postings(leaf, field, text)
            if not len(postings.docs):
                continue
            weights = postings.weights.astype(np.float64)  # whoosh computes in Python floats
            if field_type.scorable:
                # whoosh.scoring.bm25, operation for operation.
                term_scores = idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * postings.lengths / average)))
            else:
                term_scores = weights
            all_docs.append(postings.docs + offset)
            all_scores.append(term_scores)
        if not all_docs:
            return np.empty(0, dtype=DOC_DTYPE), np.empty(0, dtype=np.float64)
        return np.concatenate(all_docs), np.concatenate(all_scores)


def top_documents(
    searcher: Searcher, q: wq.Query, candidates: np.ndarray | None, limit: int, scorer: QueryScores | None = None
) -> list[RankedDocument] | None:
    """The ``limit`` best documents matching ``q`` (among ``candidates``, a mask, when given),
    by score then document number; None when the query needs whoosh's own matchers.

    ``scorer`` is the search's own, holding what it has scored already."""
    try:
        scores, matched = (scorer or QueryScores(searcher)).node(q)
    except _NotScorable:
        return None
    if candidates is not None:
        matched = matched & candidates
    docs = np.flatnonzero(matched)
    if limit <= 0 or not len(docs):
        return []
    doc_scores = scores[docs]
    if len(docs) > limit:
        # Everything above the limit-th best score, then the documents at that score in
        # document order, as many as fit.
        threshold = np.partition(doc_scores, len(docs) - limit)[len(docs) - limit]
        above = doc_scores > threshold
        at = np.flatnonzero(doc_scores == threshold)[: limit - int(np.count_nonzero(above))]
        keep = np.flatnonzero(above)
        keep = np.concatenate([keep, at])
        docs, doc_scores = docs[keep], doc_scores[keep]
    order = np.lexsort((docs, -doc_scores))
    return [RankedDocument(int(docs[i]), float(doc_scores[i])) for i in order]
