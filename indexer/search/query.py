"""The user's search text -> a whoosh query over every text field, each analysed its own way.

User syntax (restricted on purpose, so no input can explode or raise):
    words            all must match (mode "all") or any may (mode "any", the relaxed fallback)
    "a phrase"       the words next to each other, in any field
    -word -"phrase"  exclusion (also NOT word)
    a OR b           either
    title:word       scoped to the title (also title:"a phrase")
Wildcards, fuzzy marks, boosts and ranges are not operators here: their words are searched as
plain words. Input that cannot be read as written (an unclosed quote, a dangling OR) is searched
as plain words and flagged ``malformed``.

Each word or phrase becomes a disjunction over ``title``, the neutral ``body`` and every
``body_<code>`` field in the schema, each field analysing the text with its own analyser (as
Solr's ``qf``). An exact form matches both the neutral field and the stemmed field, so it
scores above a stemmed-only match.

A word in a script written without spaces (Chinese, Japanese, Thai...) is usually a whole
clause typed without breaks; it is searched as its overlapping bigrams, each one a word of its
own under the query's mode (all of them, or any), so that it finds text which has the same
words in another order. Quoted, the same text is a phrase: its bigrams next to each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from math import log
from typing import Literal

from whoosh import query as wq
from whoosh import scoring as wscoring
from whoosh.fields import Schema

from indexer.language.analysis import NEUTRAL_FIELD, has_unspaced, index_tokens

Mode = Literal["all", "any"]
LanguagesOf = Callable[[str], "frozenset[str] | None"]
"""A folded word -> the stemmed fields of the languages the index writes it in (None: unknown),
as ``indexer.search.word_languages.WordLanguages`` tells from an index."""

SCOPED_FIELDS: frozenset[str] = frozenset({"title"})
"""Field names a user may scope a word to with ``name:``."""

# Weight of each field in a word's disjunction. The fields' scores add up, so an exact form
# (found in the neutral and the stemmed field) always ranks above a stemmed-only match; the
# title field already carries field_boost=2 in the schema. Chosen on eval_relevance.py.
TITLE_BOOST = 0.5
NEUTRAL_BOOST = 1.0
STEMMED_BOOST = 1.5

# BM25F parameters chosen on the relevance evaluation (tests/bench/eval_relevance.py).
BM25_B = 0.75
BM25_K1 = 0.9

_WORDS = re.compile(r"\w+")
# Fuzzy (~2) and boost (^3) marks of other engines' syntax: dropped, the word is kept.
_FOREIGN_MARKS = re.compile(r"(?<=\w)[~^]\d*(?:\.\d+)?(?=\s|$)")
_OPERATOR_WORDS = frozenset({"OR", "AND", "NOT"})
_ITEM = re.compile(
    r"""
    (?P<neg>-(?=\S))?                 # exclusion sign glued to the item
    (?:(?P<field>[A-Za-z_]+):(?=\S))?  # optional field scope
    (?:"(?P<phrase>[^"]*)"(?P<closed>)|(?P<open>"[^"]*$)|(?P<word>[^\s"]+))
    """,
    re.VERBOSE,
)


class AnyOf(wq.Or):
    """A disjunction matched by whoosh's tree of union matchers whatever the index size.

    On indexes under 5,000 documents whoosh's Or otherwise pre-reads its matches into a
    2,048-slot array that it zeroes in Python for every segment, every query and every nested
    Or, which cost more than the matching itself on a few dozen long reports. Both add the
    same scores; only where the additions happen differs.
    """

    matcher_type = wq.Or.DEFAULT_MATCHER


@dataclass(frozen=True)
class ParsedText:
    """What ``text_query`` made of the search text."""

    query: wq.Query  # whoosh.query.NullQuery when nothing searchable was typed
    words: tuple[str, ...]  # positive words as typed (also those inside phrases), for display
    terms: frozenset[tuple[str, str]]  # positive (field, indexed term) pairs, for highlighting
    phrases: tuple[str, ...]  # positive phrases as typed
    excluded: tuple[str, ...]  # excluded words and phrases as typed
    malformed: bool = False  # part of the text could not be read as written: searched as words
    phrase_or_operator_used: bool = False  # the user wrote a phrase, OR, NOT or an exclusion
    mode: Mode = "all"

    @property
    def empty(self) -> bool:
        return self.query is wq.NullQuery


@dataclass(frozen=True)
class _Item:
    text: str
    is_phrase: bool
    negative: bool
    field: str | None


def text_fields(schema: Schema) -> tuple[str, ...]:
    """Every free-text field the schema has: title, the neutral body, each language body."""
    names = set(schema.names())
    fields = [name for name in ("title", NEUTRAL_FIELD) if name in names]
    fields += sorted(name for name in names if name.startswith(f"{NEUTRAL_FIELD}_"))
    return tuple(fields)


def _field_boost(name: str) -> float:
    if name == "title":
        return TITLE_BOOST
    if name == NEUTRAL_FIELD:
        return NEUTRAL_BOOST
    return STEMMED_BOOST


def _analysed(schema: Schema, field: str, text: str) -> list[str]:
    return [token for token in schema[field].process_text(text, mode="query") if token]


def _tokenise(text: str) -> tuple[list[_Item | str], bool]:
    """Items and the operator words between them, and whether the text was malformed."""
    out: list[_Item | str] = []
    malformed = False
    for match in _ITEM.finditer(text):
        negative = bool(match.group("neg"))
        field = match.group("field")
        if field is not None and field.lower() not in SCOPED_FIELDS:
            # An unknown scope ("http:", "x:") is part of the words, not an operator.
            word_text = f"{field}:{match.group('word') or match.group('phrase') or match.group('open') or ''}"
            out.append(_Item(word_text, False, negative, None))
            continue
        field = field.lower() if field else None
        if match.group("open") is not None:
            malformed = True  # an unclosed quote: its words are searched one by one
            out.extend(_Item(word, False, negative, field) for word in match.group("open")[1:].split())
        elif match.group("phrase") is not None:
            phrase = match.group("phrase").strip()
            if phrase:
                out.append(_Item(phrase, True, negative, field))
        else:
            word = match.group("word")
            if not negative and field is None and word in _OPERATOR_WORDS:
                out.append(word)
            else:
                out.append(_Item(word, False, negative, field))
    return out, malformed


def _group(tokens: list[_Item | str]) -> tuple[list[list[_Item]], bool, bool]:
    """Resolve NOT / AND / OR: a list of OR-groups of items; flags malformed and operator use."""
    groups: list[list[_Item]] = []
    malformed = False
    used = False
    pending_or = False
    pending_not = False
    for position, token in enumerate(tokens):
        if isinstance(token, str):
            used = used or token != "AND"
            if token == "OR":
                if not groups or pending_or or position == len(tokens) - 1:
                    malformed = True
                pending_or = bool(groups)
            elif token == "NOT":
                pending_not = True
            continue
        item = token
        if pending_not:
            item = _Item(item.text, item.is_phrase, True, item.field)
            pending_not = False
        used = used or item.negative or item.is_phrase
        if pending_or and not item.negative and groups and not groups[-1][0].negative:
            groups[-1].append(item)
        else:
            groups.append([item])
        pending_or = False
    if pending_not:
        malformed = True
    return groups, malformed, used


def _stem_fields(
    schema: Schema, item: _Item, targets: tuple[str, ...], languages: LanguagesOf | None
) -> tuple[str, ...]:
    """The fields a word is searched in: its stems only in the languages that write the word
    as typed, when the index holds it so (see ``indexer.search.word_languages``); a phrase in all."""
    if languages is None or item.is_phrase or NEUTRAL_FIELD not in targets:
        return targets
    exact = _analysed(schema, NEUTRAL_FIELD, item.text)
    written = languages(exact[0]) if len(exact) == 1 else None
    if written is None:
        return targets
    return tuple(field for field in targets if not field.startswith(f"{NEUTRAL_FIELD}_") or field in written)


def _item_query(
    schema: Schema, item: _Item, fields: tuple[str, ...], reader=None, languages: LanguagesOf | None = None
) -> tuple[wq.Query | None, set[tuple[str, str]]]:
    """A disjunction of the item over every field, each analysing it; None if no field keeps it.

    With a ``reader``, a field's clause is left out when one of its tokens is in no segment of
    that field: it could match nothing and add nothing to a score, yet whoosh would still build
    a matcher for it in every segment (a word's disjunction spans some twenty fields). The terms
    for highlighting stay those of every field, so passages do not change either. With
    ``languages``, a word's stems are searched only in the languages that write it as typed
    (see ``_stem_fields``), and marked only there too.
    """
    targets = _stem_fields(schema, item, (item.field,) if item.field else fields, languages)
    subqueries: list[wq.Query] = []
    pruned: wq.Query | None = None  # the first clause left out, kept when every clause is
    terms: set[tuple[str, str]] = set()
    for field in targets:
        tokens = _analysed(schema, field, item.text)
        if not tokens:
            continue
        boost = _field_boost(field)
        terms.update((field, token) for token in tokens)
        if len(tokens) == 1:
            clause: wq.Query = wq.Term(field, tokens[0], boost=boost)
        elif item.is_phrase or schema[field].format.supports("positions"):
            # A word that splits into several tokens ("covid-19") is matched as a phrase too.
            clause = wq.Phrase(field, tokens, boost=boost)
        else:
            clause = wq.And([wq.Term(field, token) for token in tokens], boost=boost)
        if reader is not None and not all((field, token) in reader for token in tokens):
            pruned = pruned or clause
            continue
        subqueries.append(clause)
    if not subqueries and pruned is not None:
        # A word found nowhere must still match nothing (and still be excluded or required).
        subqueries.append(pruned)
    if not subqueries:
        return None, terms
    if len(subqueries) == 1:
        return subqueries[0], terms
    return AnyOf(subqueries), terms


def _word_query(
    schema: Schema, item: _Item, fields: tuple[str, ...], mode: Mode, reader=None,
    languages: LanguagesOf | None = None,
) -> tuple[wq.Query | None, set[tuple[str, str]]]:
    """The query of one positive item; unquoted unspaced text becomes one word per bigram."""
    if item.is_phrase or not has_unspaced(item.text):
        return _item_query(schema, item, fields, reader, languages)
    pieces: list[wq.Query] = []
    terms: set[tuple[str, str]] = set()
    for piece in dict.fromkeys(index_tokens(item.text)):
        query, piece_terms = _item_query(schema, _Item(piece, False, False, item.field), fields, reader, languages)
        if query is not None:
            pieces.append(query)
            terms |= piece_terms
    if not pieces:
        return None, terms
    if len(pieces) == 1:
        return pieces[0], terms
    return (wq.And(pieces) if mode == "all" else AnyOf(pieces)), terms


def text_query(
    text: str, schema: Schema, *, mode: Mode = "all", reader=None, languages: LanguagesOf | None = None
) -> ParsedText:
    """Parse the user's search text into a whoosh query; never raises on any input.

    With an index ``reader``, clauses that cannot match in it are left out of the query (the
    same hits, scores and highlighted terms, fewer matchers; see ``_item_query``). With
    ``languages`` (the index's languages of each word), a word's stems are searched only in the
    languages that write the word as typed.
    """
    text = (text or "").replace("\u201c", '"').replace("\u201d", '"').replace("\u201e", '"')
    text = _FOREIGN_MARKS.sub("", text)
    tokens, malformed = _tokenise(text)
    groups, group_malformed, used = _group(tokens)
    malformed = malformed or group_malformed
    fields = text_fields(schema)

    positives: list[wq.Query] = []
    negatives: list[wq.Query] = []
    terms: set[tuple[str, str]] = set()
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    for group in groups:
        if group[0].negative:
            query, _ = _item_query(schema, group[0], fields, reader, languages)
            if query is not None:
                negatives.append(query)
                excluded.append(group[0].text)
            continue
        alternatives: list[wq.Query] = []
        for item in group:
            query, item_terms = _word_query(schema, item, fields, mode, reader, languages)
            if query is None:
                continue  # a word no field keeps must not make the whole query fail
            alternatives.append(query)
            terms |= item_terms
            words.extend(_WORDS.findall(item.text.lower()))
            if item.is_phrase:
                phrases.append(item.text)
        if alternatives:
            positives.append(alternatives[0] if len(alternatives) == 1 else AnyOf(alternatives))

    if positives:
        combined: wq.Query = positives[0] if len(positives) == 1 else (wq.And(positives) if mode == "all" else AnyOf(positives))
    elif negatives:
        combined = wq.Every()
    else:
        combined = wq.NullQuery
    if negatives and combined is not wq.NullQuery:
        combined = wq.AndNot(combined, negatives[0] if len(negatives) == 1 else AnyOf(negatives))
    return ParsedText(
        query=combined,
        words=tuple(dict.fromkeys(words)),
        terms=frozenset(terms),
        phrases=tuple(phrases),
        excluded=tuple(excluded),
        malformed=malformed,
        phrase_or_operator_used=used,
        mode=mode,
    )


class Bm25(wscoring.BM25F):
    """BM25F with the Robertson-Sparck Jones idf (as Lucene and SQLite use).

    whoosh's own idf, log(N / (n + 1)) + 1, never falls below 1, so words found in every
    document ("the", "of", "what") still add a full share to the score of long questions.
    """

    def idf(self, searcher, fieldname: str, text: str) -> float:
        parent = searcher.get_parent()
        frequency = parent.doc_frequency(fieldname, text)
        documents = parent.doc_count_all()
        return log(1.0 + (documents - frequency + 0.5) / (frequency + 0.5))


def scoring() -> wscoring.WeightingModel:
    """The ranking model for text queries."""
    return Bm25(B=BM25_B, K1=BM25_K1)
