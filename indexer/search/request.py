"""What a search asks for: SearchQuery, built from URL-style arguments and validated once.

The web pages, the JSON API and the CLI all build their query through ``SearchQuery.from_args``,
so the same argument gets the same answer, or the same error, everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

from indexer.index.schema import FACETS
from indexer.metadata.programmes import canonical_programme

Sort = Literal["relevance", "newest", "oldest", "title"]
SORTS: tuple[str, ...] = ("relevance", "newest", "oldest", "title")

MAX_TEXT_CHARS = 1_000
MAX_PER_PAGE = 100
MAX_PAGE = 100_000
# Ranking page N means ranking N x per_page documents: like Elasticsearch's max_result_window,
# deeper pages are refused (narrow the search instead), so no request ranks the whole index.
MAX_RESULT_WINDOW = 10_000
# Values of one facet a search may select: each is canonicalised and becomes a query term, and
# every link of a result page carries them all, so an unbounded list made one URL cost seconds.
MAX_FACET_VALUES = 100
YEAR_MIN, YEAR_MAX = 1000, 9999

_LIST_SEPARATOR = re.compile(r"\s*,\s*")
_YEAR_RANGE = re.compile(r"^(\d{4})?\s*(?:-|–|\.\.)\s*(\d{4})?$")
_VALUE_PATTERNS = {
    "year": re.compile(r"^\d{4}$"),
    "country": re.compile(r"^[A-Z]{2}$"),
    "language": re.compile(r"^[a-z]{2,3}$"),
    "kind": re.compile(r"^(report|page)$"),
}


def N_(message: str) -> str:
    """Marks a message template for the interface's catalogues; it is translated where it is shown."""
    return message


_VALUE_ERRORS = {  # one whole sentence per facet, so each translates as a whole
    "year": N_("year must be a 4-digit year or a range like 2014-2018, not %(raw)s"),
    "country": N_("country must be a two-letter country code such as DE, not %(raw)s"),
    "language": N_("language must be a language code such as en, not %(raw)s"),
    "kind": N_("kind must be report or page, not %(raw)s"),
}
# A code of the right shape that names no country or language (XX, ZZ, zzz) can match nothing:
# refused like a malformed one, not answered with an empty page and a chip for "Unknown Region".
_UNKNOWN_CODE_ERRORS = {
    "country": N_("%(raw)s is not an ISO 3166 country code such as DE."),
    "language": N_("%(raw)s is not an ISO 639 language code such as pl."),
}



class QueryError(ValueError):
    """A search request that cannot be answered as asked (bad page, unknown sort...): a 400.

    The message is an English template with named values, so an interface can show it in its own
    language (the template is the catalogue's msgid); ``str()`` gives the English text.
    """

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template % values if values else template)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (facet name, selected values), OR within
    year_from: int | None = None
    year_to: int | None = None
    sort: Sort = "relevance"  # an empty text means browse mode, sorted by newest
    page: int = 1
    per_page: int = 10
    locale: str = "en"  # for facet labels (country and language names)
    correct: bool = True  # when the text finds nothing, show the results of its spelling correction
    # The request gave its year range latest year first (From 2016, To 2012): it is searched the
    # way round it was meant, and the results carry a note saying so. Not written back by
    # to_args: every link of the answer already carries the range in order.
    years_reversed: bool = False

    @property
    def browse(self) -> bool:
        return not self.text.strip()

    @property
    def effective_sort(self) -> str:
        """Relevance means nothing without text: browse mode lists the newest first."""
        return "newest" if self.browse and self.sort == "relevance" else self.sort

    def selected(self, facet: str) -> tuple[str, ...]:
        return dict(self.filters).get(facet, ())

    def toggled(self, facet: str, value: str) -> SearchQuery:
        """The query with one facet value added or removed, back on page 1."""
        current = dict(self.filters)
        values = current.get(facet, ())
        current[facet] = tuple(v for v in values if v != value) if value in values else (*values, value)
        return replace(self, filters=_canonical_filters(current), page=1)

    def at_page(self, page: int) -> SearchQuery:
        return replace(self, page=max(1, page))

    @classmethod
    def from_args(cls, args: Mapping[str, Any], *, locale: str = "en") -> SearchQuery:
        """Validate URL-style arguments; raises QueryError with a message a user can act on.

        Facets take repeated or comma-separated values; ``year`` also takes a range
        (``year=2014-2018``, ``year=2014-``); unknown arguments are ignored.
        """
        text = _single(args, "q") or ""
        if len(text) > MAX_TEXT_CHARS:
            raise QueryError("q is too long: at most %(limit)s characters", limit=MAX_TEXT_CHARS)
        selections: dict[str, tuple[str, ...]] = {}
        year_from = _int_arg(args, "year_from", YEAR_MIN, YEAR_MAX)
        year_to = _int_arg(args, "year_to", YEAR_MIN, YEAR_MAX)
        # A search holds one year range: a second one, different, would silently replace it.
        range_given = year_from is not None or year_to is not None
        for spec in FACETS:
            values: list[str] = []
            given = _values(args, spec.name)
            if len(given) > MAX_FACET_VALUES:
                raise QueryError(
                    "%(facet)s takes at most %(limit)s values at once, not %(count)s",
                    facet=spec.name, limit=MAX_FACET_VALUES, count=len(given),
                )
            for raw in given:
                if spec.name == "year" and _YEAR_RANGE.match(raw) and not _VALUE_PATTERNS["year"].match(raw):
                    asked = _year_range(raw)
                    if range_given and _in_order(*asked) != _in_order(year_from, year_to):
                        raise QueryError(
                            "only one year range can be searched at a time; %(first)s and %(second)s were given",
                            first=_range_text(year_from, year_to), second=_range_text(*asked),
                        )
                    year_from, year_to = asked
                    range_given = True
                    continue
                values.append(_facet_value(spec.name, raw))
            if values:
                selections[spec.name] = tuple(dict.fromkeys(values))
        years_reversed = year_from is not None and year_to is not None and year_from > year_to
        year_from, year_to = _in_order(year_from, year_to)
        sort = _single(args, "sort") or "relevance"
        if sort not in SORTS:
            raise QueryError("sort must be one of %(choices)s, not %(raw)s", choices=", ".join(SORTS), raw=repr(sort))
        page = _int_arg(args, "page", 1, MAX_PAGE) or 1
        per_page = _int_arg(args, "per_page", 1, MAX_PER_PAGE) or cls.per_page
        if page * per_page > MAX_RESULT_WINDOW:
            raise QueryError(
                "page %(page)s is too deep: only the first %(limit)s results can be paged through; "
                "narrow the search with more words or filters",
                page=page,
                limit=format(MAX_RESULT_WINDOW, ","),
            )
        spelling = _single(args, "spelling") or "correct"
        if spelling not in ("correct", "exact"):
            raise QueryError("spelling must be correct or exact, not %(raw)s", raw=repr(spelling))
        return cls(
            text=text.strip(),
            filters=_canonical_filters(selections),
            year_from=year_from,
            year_to=year_to,
            sort=sort,  # type: ignore[arg-type]
            page=page,
            per_page=per_page,
            locale=locale,
            correct=spelling == "correct",
            years_reversed=years_reversed,
        )

    def to_args(self) -> list[tuple[str, str]]:
        """URL arguments that give this query back through ``from_args``; defaults left out."""
        args: list[tuple[str, str]] = []
        if self.text:
            args.append(("q", self.text))
        for name, values in _canonical_filters(dict(self.filters)):
            args.extend((name, value) for value in values)
        if self.year_from is not None:
            args.append(("year_from", str(self.year_from)))
        if self.year_to is not None:
            args.append(("year_to", str(self.year_to)))
        if self.sort != "relevance":
            args.append(("sort", self.sort))
        if self.page != 1:
            args.append(("page", str(self.page)))
        if self.per_page != SearchQuery.per_page:
            args.append(("per_page", str(self.per_page)))
        if not self.correct:
            args.append(("spelling", "exact"))
        return args

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "filters": {name: list(values) for name, values in self.filters},
            "year_from": self.year_from,
            "year_to": self.year_to,
            "sort": self.effective_sort,
            "page": self.page,
            "per_page": self.per_page,
            "locale": self.locale,
            "browse": self.browse,
            "spelling": "correct" if self.correct else "exact",
        }


# --- argument parsing -------------------------------------------------------------------------


def _given(args: Mapping[str, Any], name: str) -> list[Any]:
    """Every value given for ``name``: repeated URL arguments, or a list in a plain mapping."""
    if hasattr(args, "getlist"):
        return list(args.getlist(name))
    value = args.get(name)
    return [] if value is None else list(value) if isinstance(value, (list, tuple)) else [value]


def _values(args: Mapping[str, Any], name: str) -> list[str]:
    out: list[str] = []
    for item in _given(args, name):
        out.extend(part for part in _LIST_SEPARATOR.split(str(item).strip()) if part)
    return out


def _single(args: Mapping[str, Any], name: str) -> str | None:
    values = [str(value).strip() for value in _given(args, name) if str(value).strip()]
    if len(values) > 1:
        raise QueryError("%(name)s was given %(count)s times; give it once", name=name, count=len(values))
    return values[0] if values else None


def _int_arg(args: Mapping[str, Any], name: str, low: int, high: int) -> int | None:
    raw = _single(args, name)
    if raw is None:
        return None
    if not re.fullmatch(r"\d{1,9}", raw):
        raise QueryError("%(name)s must be a whole number from %(low)s to %(high)s, not %(raw)s", name=name, low=low, high=high, raw=repr(raw))
    value = int(raw)
    if not low <= value <= high:
        raise QueryError("%(name)s must be from %(low)s to %(high)s, not %(value)s", name=name, low=low, high=high, value=value)
    return value


def _year_range(raw: str) -> tuple[int | None, int | None]:
    match = _YEAR_RANGE.match(raw)
    assert match is not None
    start, end = (int(group) if group else None for group in match.groups())
    if start is None and end is None:
        raise QueryError("year range %(raw)s needs at least one year, e.g. 2014-2018", raw=repr(raw))
    return start, end


def _in_order(start: int | None, end: int | None) -> tuple[int | None, int | None]:
    """A range given latest year first, the way round it was meant (a range is a set of years)."""
    if start is not None and end is not None and start > end:
        return end, start
    return start, end


def _range_text(start: int | None, end: int | None) -> str:
    return f"{start or ''}-{end or ''}"


def _facet_value(facet: str, raw: str) -> str:
    value = raw.upper() if facet == "country" else raw.lower() if facet in ("language", "kind") else raw
    if facet == "programme":
        value = canonical_programme(raw)  # any case, any known alias: `h2020` is Horizon 2020
    pattern = _VALUE_PATTERNS.get(facet)
    if pattern is not None and not pattern.match(value):
        raise QueryError(_VALUE_ERRORS[facet], raw=repr(raw))
    if facet in _UNKNOWN_CODE_ERRORS and value not in _known_codes(facet):
        raise QueryError(_UNKNOWN_CODE_ERRORS[facet], raw=repr(raw))
    if facet == "year":
        value = str(int(value))  # \d also takes other scripts' digits ("٢٠١٤"); the index has 2014
    if len(value) > 200:
        raise QueryError("%(facet)s value is too long", facet=facet)
    return value


@cache
def _known_codes(facet: str) -> frozenset[str]:
    """The codes a document's country or language can have: what the metadata and language stages write."""
    if facet == "country":
        from indexer.metadata.country_names import CODE_ALIASES, country_codes

        # EL and UK, the EU's own codes for Greece and the United Kingdom, as a sidecar may give them.
        return frozenset(country_codes()) | frozenset(CODE_ALIASES)
    from babel import Locale

    # ISO 639-1 as CLDR lists it (sh, the BCMS family, among them) and "und" for undetermined.
    return frozenset(code for code in Locale.parse("en").languages if len(code) == 2 and code.isalpha()) | {"und"}


def _canonical_filters(selections: Mapping[str, Iterable[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (spec.name, tuple(selections[spec.name])) for spec in FACETS if spec.name in selections and tuple(selections[spec.name])
    )


