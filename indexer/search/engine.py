"""SearchQuery -> SearchResults: the one search layer behind the CLI, the pages and the API.

Text goes through ``indexer.search.query`` (all words must match; any-word ranking when none does),
facet filters go in ``filter=`` (as the set of documents passing them) so they never change
scores, and facet counts are disjunctive (see ``indexer.search.facets``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.index import Index
from whoosh.searching import Searcher

from indexer.index.schema import FACETS, FACETS_BY_NAME
from indexer.language.analysis import NEUTRAL_FIELD
from indexer.search import facets as facetting
from indexer.search.collect import collect, parse_text, sort_facet
from indexer.search.docsets import as_docset, matching_mask
from indexer.search.matches import MatchFinder
from indexer.search.ordering import sorted_documents
from indexer.search.query import ParsedText
from indexer.search.ranking import QueryScores, RankedDocument, top_documents
from indexer.search.request import MAX_RESULT_WINDOW, SearchQuery
from indexer.search.results import FacetValue, Hit, SearchResults, describe, make_hit, stored_record
from indexer.search.searchers import Generation, lease, open_searcher
from indexer.search.suggest import MLT_TEXT_CHARS, corrects, suggest

TIME_LIMIT_S = 5.0
FEW_RESULTS = 3  # fewer hits than this and a spelling suggestion is looked for
# Fewer documents than this (a page) with every word: the documents with only some of the words
# follow them, ranked below them, instead of leaving a long question with one or two answers.
PARTIAL_BELOW = 10

NOTE_TIMEOUT = "The search took too long and was stopped: the results may be incomplete."
NOTE_MALFORMED = "Part of the search text could not be read as written; it was searched as plain words."
NOTE_NOTHING_SEARCHABLE = "The search text has no searchable words; showing every document."
NOTE_YEARS_REVERSED = "The year range was given latest year first; it was searched from the earlier year to the later one."


def search(
    index: Index | Path | str, query: SearchQuery, *, time_limit: float = TIME_LIMIT_S, cached: bool = True
) -> SearchResults:
    """Run a query on an index directory (or an opened whoosh Index).

    A query asked again of the same index generation is answered from that generation's result
    cache (``cached=False`` searches anyway); partial results are never kept.
    """
    started = time.monotonic()
    with lease(index) as (searcher, generation):
        known = generation.cached(query) if cached else None
        if known is not None:
            return replace(known, took_ms=round((time.monotonic() - started) * 1000, 1))
        results = _search(searcher, query, started, started + time_limit, generation)
        if (
            query.correct
            and results.total == 0
            and results.suggestion
            and corrects(query.text, results.suggestion)
            and time.monotonic() < started + time_limit
        ):
            # Nothing found and a close spelling correction finds something: show that instead,
            # under the words the user typed, so paging and facets correct the same way again.
            # A far one is only suggested ("did you mean").
            corrected = _search(
                searcher, replace(query, text=results.suggestion), started, started + time_limit, generation
            )
            if corrected.total:
                results = replace(corrected, query=query, suggestion=None, corrected=results.suggestion)
    if not results.partial:
        generation.remember(query, results)
    return results


def _search(
    searcher: Searcher, query: SearchQuery, started: float, deadline: float, generation: Generation | None = None
) -> SearchResults:
    notes: list[str] = [NOTE_YEARS_REVERSED] if query.years_reversed else []
    reader = searcher.reader()
    selections = dict(query.filters)
    has_year_range = query.year_from is not None or query.year_to is not None
    narrowed = [name for name in facetting.facet_names() if selections.get(name) or (name == "year" and has_year_range)]

    parsed: ParsedText | None = None
    q: wq.Query = wq.Every()
    parses = generation.parses if generation is not None else None
    if not query.browse:
        parsed = parse_text(query.text, searcher, "all", parses)
        if parsed.malformed:
            notes.append(NOTE_MALFORMED)
        if parsed.empty:
            notes.append(NOTE_NOTHING_SEARCHABLE)
            parsed = None
        else:
            q = parsed.query

    # Masks over every document number: numpy does the set work (see indexer.search.docsets).
    passing = {
        name: facetting.selection_mask(reader, name, selections.get(name, ()), query.year_from, query.year_to)
        for name in narrowed
    }
    filter_mask = _intersection(passing.values())
    sort = query.effective_sort if parsed is not None else _browse_sort(query)
    sortedby, reverse = sort_facet(sort)
    # Ranked by score: the arrays that score the query give its match set too (see _text_matches).
    scorer = QueryScores.of(searcher) if parsed is not None and sortedby is None else None
    text_mask, timed_out = _text_matches(searcher, q, deadline, scorer)
    complete: np.ndarray | None = None  # documents with every word, when partial matches follow them
    complete_q = q
    if parsed is not None and not timed_out:
        exact = _passing(text_mask, filter_mask)
        exact_count = int(np.count_nonzero(exact))
        any_word = parse_text(query.text, searcher, "any", parses) if exact_count < PARTIAL_BELOW else None
        if any_word is not None and repr(any_word.query) != repr(parsed.query):
            relaxed_mask, timed_out = _text_matches(searcher, any_word.query, deadline, scorer)
            if np.count_nonzero(_passing(relaxed_mask, filter_mask)) > exact_count:
                parsed, q, complete, text_mask = any_word, any_word.query, exact, relaxed_mask
    matched = _passing(text_mask, filter_mask)
    total = int(np.count_nonzero(matched))

    counts: dict[str, dict[str, int]] = {}
    # Facets without a selection of their own are all counted over the matches themselves.
    bases: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = {tuple(passing): (matched, np.flatnonzero(matched))}
    for spec in FACETS:
        # Disjunctive: a facet is counted under every filter but its own.
        key = tuple(name for name in passing if name != spec.name)
        if key not in bases:
            others = _intersection(passing[name] for name in key)
            base = text_mask if others is None else text_mask & others
            bases[key] = (base, np.flatnonzero(base))
        counts[spec.name] = facetting.count_values(reader, spec.name, *bases[key])
    facets = tuple(
        (spec.name, _facet_values(spec.name, counts[spec.name], selections.get(spec.name, ()), query.locale))
        for spec in FACETS
    )

    start = (query.page - 1) * query.per_page
    hits: tuple[Hit, ...] = ()
    if start < total and start + query.per_page <= MAX_RESULT_WINDOW:
        end = start + query.per_page
        if sortedby is None:
            ranked = _ranked_by_arrays(searcher, q, complete_q, matched, complete, end, scorer)
        else:
            ranked = sorted_documents(searcher, matched, sort, end)
        ranked_hits: list[Any] = ranked if ranked is not None else []
        complete_docs = as_docset(complete) if complete is not None and ranked is None else None
        if complete_docs and sortedby is None:
            # Documents with every word first, by score; then the rest, by score.
            first = collect(searcher, complete_q, deadline, limit=None, filter=complete_docs)
            ranked_hits.extend(iter(first.results))  # list() would ask len(), which counts every match
            timed_out = timed_out or first.timed_out
        if ranked is None and len(ranked_hits) < end:
            rest = collect(
                searcher, q, deadline, limit=end - len(ranked_hits), sortedby=sortedby, reverse=reverse,
                filter=as_docset(matched) if filter_mask is not None else None,
                mask=complete_docs if ranked_hits else None,
            )
            ranked_hits.extend(iter(rest.results))
            timed_out = timed_out or rest.timed_out
        terms = parsed.terms if parsed is not None else frozenset()
        hits, snippets_cut = page_hits(searcher, ranked_hits[start:end], terms, sortedby is None, deadline, generation)
        timed_out = timed_out or snippets_cut

    suggestion = None
    # The documents with every word are what a correction must beat.
    strict_total = int(np.count_nonzero(complete)) if complete is not None else total
    if parsed is not None and strict_total < FEW_RESULTS and time.monotonic() < deadline:
        spellings = generation.spellings if generation is not None else None
        suggestion = suggest(searcher, query.text, strict_total, filter_mask, deadline, spellings, parses)
    if timed_out:
        notes.append(NOTE_TIMEOUT)
    return SearchResults(
        query=query,
        total=total,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        relaxed=complete is not None,
        complete=strict_total if complete is not None else None,
        took_ms=round((time.monotonic() - started) * 1000, 1),
        notes=tuple(notes),
        partial=timed_out,
    )


def page_hits(
    searcher: Searcher,
    ranked: list[Any],
    terms: frozenset[tuple[str, str]],
    scored: bool,
    deadline: float,
    generation: Generation | None = None,
) -> tuple[tuple[Hit, ...], bool]:
    """The page's hits with their passages; past the deadline, the rest get their opening lines.

    With the searcher's ``generation``, documents and word analyses come from its caches.
    """
    finder: MatchFinder | None = None
    if terms and generation is not None:
        finder = generation.finders.finder(terms, searcher.schema, generation.words)
    elif terms:
        finder = MatchFinder(terms, searcher.schema)
    hits: list[Hit] = []
    cut = False
    for hit in ranked:
        if finder is not None and time.monotonic() >= deadline:
            finder, cut = None, True
        described = None
        if generation is not None:
            stored = generation.documents.get(searcher, hit.docnum)
            fields, marks = stored.fields, stored.chunk_marks
            if stored.described is None:
                stored.described = describe(fields)
            described = stored.described
        else:
            fields, marks = searcher.stored_fields(hit.docnum), None
        # With a sort order, whoosh puts the sort key where the score would be.
        hits.append(make_hit(fields, hit.score if scored else None, searcher.schema, terms, finder, marks, described))
    return tuple(hits), cut


def _text_matches(
    searcher: Searcher, q: wq.Query, deadline: float, scorer: QueryScores | None
) -> tuple[np.ndarray, bool]:
    """(mask of the documents ``q`` matches, timed out), read-only.

    The search's ``scorer`` finds the same documents as the postings' match sets (both read
    each term's postings without deleted documents) while scoring them, so the ranking that
    follows costs nothing more; a query it cannot score goes through ``matching_mask``, and so
    does a query with a phrase: its span matches are kept per set of segments, while scoring it
    adds up its words in every field, wasted when no document passes the filters (a filtered
    phrase took 2-3 times as long that way at 50,000 pages).
    """
    has_phrase = any(isinstance(leaf, wq.Phrase) for leaf in q.leaves())
    if scorer is not None and not has_phrase and time.monotonic() < deadline:
        mask = scorer.matches(q)
        if mask is not None:
            return mask, False
    return matching_mask(searcher, q, deadline)


def _ranked_by_arrays(
    searcher: Searcher,
    q: wq.Query,
    complete_q: wq.Query,
    matched: np.ndarray,
    complete: np.ndarray | None,
    end: int,
    scorer: QueryScores | None = None,
) -> list[RankedDocument] | None:
    """The first ``end`` hits by score, scored with arrays (see indexer.search.ranking); None
    when a query needs whoosh's matchers. With ``complete``, those documents come first."""
    ranked: list[RankedDocument] = []
    rest = matched
    if complete is not None and complete.any():
        first = top_documents(searcher, complete_q, complete, end, scorer)
        if first is None:
            return None
        ranked, rest = first, matched & ~complete
    if len(ranked) < end:
        others = top_documents(searcher, q, rest, end - len(ranked), scorer)
        if others is None:
            return None
        ranked += others
    return ranked


def _intersection(masks: Iterable[np.ndarray]) -> np.ndarray | None:
    """Documents in every mask; None for no masks."""
    result: np.ndarray | None = None
    for mask in masks:
        result = mask if result is None else result & mask
    return result


def _passing(docs: np.ndarray, filter_mask: np.ndarray | None) -> np.ndarray:
    """The documents of ``docs`` that pass the facet filters."""
    return docs if filter_mask is None else docs & filter_mask


def _browse_sort(query: SearchQuery) -> str:
    return "newest" if query.sort == "relevance" else query.sort


def _facet_values(name: str, counts: dict[str, int], selected: tuple[str, ...], locale: str) -> tuple[FacetValue, ...]:
    spec = FACETS_BY_NAME[name]
    return tuple(
        FacetValue(value, facetting.facet_label(name, value, locale), count, value in selected)
        for value, count in facetting.ordered_counts(spec, counts, selected)
    )



# --- documents ---------------------------------------------------------------------------------


def get_document(index: Index | Path | str, doc_id: str) -> dict[str, Any] | None:
    """The stored record of one document plus its text, or None when the id is not indexed."""
    with open_searcher(index) as searcher:
        stored = searcher.document(id=doc_id)
        if stored is None:
            return None
        return {**stored_record(stored), "id": stored["id"], "content": stored.get("content") or ""}


# "More like this" keeps only documents that share several distinctive words: a word in many
# documents, or in none but this one, says nothing about what two documents have in common.
MLT_KEY_TERMS = 40
MLT_MIN_SHARED = 3
MLT_COMMON_SHARE = 0.2
MLT_MIN_SCORE = 0.2  # of the score the document itself gets for its own words


def more_like_this(index: Index | Path | str, doc_id: str, n: int = 5) -> tuple[Hit, ...]:
    """Documents that share at least MLT_MIN_SHARED of this one's distinctive words, best first."""
    with open_searcher(index) as searcher:
        docnum = searcher.document_number(id=doc_id)
        if docnum is None:
            return ()
        content = (searcher.stored_fields(docnum).get("content") or "")[:MLT_TEXT_CHARS]
        if not content.strip():
            return ()
        common = max(2, int(searcher.doc_count() * MLT_COMMON_SHARE))
        terms = [
            term for term, _ in searcher.key_terms_from_text(NEUTRAL_FIELD, content, numterms=MLT_KEY_TERMS)
            if len(term) >= 4 and term.isalpha() and 2 <= searcher.doc_frequency(NEUTRAL_FIELD, term) <= common
        ]
        if len(terms) < MLT_MIN_SHARED:
            return ()
        found = searcher.search(wq.Or([wq.Term(NEUTRAL_FIELD, term) for term in terms]), limit=4 * n + 1, terms=True)
        own = next((hit.score for hit in found if hit.docnum == docnum), None) or max((hit.score for hit in found), default=0)
        similar = [
            hit for hit in found
            if hit.docnum != docnum and len(hit.matched_terms()) >= MLT_MIN_SHARED and hit.score >= MLT_MIN_SCORE * own
        ]
        return tuple(make_hit(hit.fields(), hit.score, searcher.schema, frozenset()) for hit in similar[:n])


def facet_overview(index: Index | Path | str, locale: str = "en") -> dict[str, list[dict[str, Any]]]:
    """Every value of every facet with its number of documents, as /api/facets lists them."""
    results = search(index, SearchQuery(locale=locale, per_page=1))
    return results.to_dict()["facets"]
