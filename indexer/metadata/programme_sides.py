"""The cross-border programme of a page that says "Interreg" and names the two sides, but not the programme.

"An Interreg project of the town of Gorizia and the municipality of Nova Gorica, 2016-2019": a reader
knows it is Interreg Italy-Slovenia of 2014-2020, because only one cross-border programme joins exactly
those countries in that period. The rule asks for that certainty: the family named as the funder, the
partner countries exactly one programme's sides, and the project's start year placing it in one
period (or, with no years, one programme for every period of those sides).
"""

from __future__ import annotations

from functools import lru_cache

from indexer.metadata.programmes import Programme, is_fund, load_programmes, programme_by_name

FAMILY = "Interreg"

MAX_SIDES = 3
"""A border of two or three countries is what the partners' countries can prove; a wider area's partners are any of its members."""

LATE_START = 2
"""Projects of a period start from the year after its first year until this many years after its last year."""


def _first_and_last(period: str) -> tuple[int, int] | None:
    first, _, last = period.partition("-")
    if not (first.isdigit() and last.isdigit()):
        return None
    return int(first), int(last)


def _funds_projects_starting(programme: Programme, year: int) -> bool:
    span = _first_and_last(programme.period)
    return span is not None and span[0] < year <= span[1] + LATE_START


@lru_cache(maxsize=1)
def _by_sides() -> dict[frozenset[str], tuple[Programme, ...]]:
    """Each period's cross-border programmes by their countries (period-neutral parents left out)."""
    parents = {programme.parent for programme in load_programmes() if programme.parent}
    found: dict[frozenset[str], list[Programme]] = {}
    for programme in load_programmes():
        if programme.strand == "A" and 2 <= len(programme.countries) <= MAX_SIDES and programme.name not in parents:
            found.setdefault(frozenset(programme.countries), []).append(programme)
    return {sides: tuple(programmes) for sides, programmes in found.items()}


def programme_of_sides(programmes: tuple[str, ...], countries: tuple[str, ...], years: tuple[int, ...]) -> str | None:
    """The one cross-border programme the page's Interreg, countries and start year point to, if there is one."""
    catalogue = programme_by_name()
    if FAMILY not in programmes:
        return None
    if any(name in catalogue and not catalogue[name].generic and not is_fund(name) for name in programmes):
        return None  # the page names its programme: nothing to infer
    candidates = _by_sides().get(frozenset(countries), ())
    if years:
        candidates = tuple(programme for programme in candidates if _funds_projects_starting(programme, min(years)))
    if len(candidates) == 1:
        return candidates[0].name
    # Several periods' programmes of one border, no year to choose: the border's period-neutral programme.
    parents = {programme.parent for programme in candidates}
    if len(candidates) > 1 and len(parents) == 1 and "" not in parents:
        return parents.pop()
    return None
