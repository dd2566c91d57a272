"""The year histogram beside the year-range form: bars from the year facet's counts.

Every year from the first to the last gets a bar, so a gap shows as a gap; a span too wide for
readable bars is cut into equal periods (5, 10, 20... years) instead. Bars are links with a text
of their own, so the histogram reads as a list of "year: count" without CSS or sight.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from indexer.search import SearchQuery

MAX_BARS = 40
PERIOD_YEARS = (1, 2, 5, 10, 20, 50, 100)
HEIGHT_STEPS = 20  # the stylesheet has a class per step: no inline styles under the CSP


def year_bars(query: SearchQuery, values: list[dict[str, Any]], url_for_query: Callable[[SearchQuery], str]) -> dict[str, Any] | None:
    """The bars for the year facet's values, or None when fewer than two years have documents."""
    counts = {int(value["value"]): int(value["count"]) for value in values if str(value["value"]).isdigit() and value["count"]}
    if len(counts) < 2:
        return None
    first, last = min(counts), max(counts)
    step = next((n for n in PERIOD_YEARS if (last - first) // n + 1 <= MAX_BARS), PERIOD_YEARS[-1])
    start = first - first % step
    periods = []
    for low in range(start, last + 1, step):
        high = low + step - 1
        periods.append((low, high, sum(count for year, count in counts.items() if low <= year <= high)))
    tallest = max(count for _, _, count in periods)
    selected = {int(value["value"]) for value in values if value.get("selected") and str(value["value"]).isdigit()}
    bars = []
    for low, high, count in periods:
        if step == 1:
            url = url_for_query(query.toggled("year", str(low)))
            chosen = low in selected
        else:
            without_years = tuple((name, chosen) for name, chosen in query.filters if name != "year")
            url = url_for_query(dataclasses.replace(query, filters=without_years, year_from=low, year_to=high, page=1))
            chosen = query.year_from == low and query.year_to == high
        in_range = (query.year_from is not None or query.year_to is not None) and (
            (query.year_from or 0) <= low and high <= (query.year_to or 9999)
        )
        bars.append({
            "label": str(low) if step == 1 else f"{low}–{high}",
            "count": count,
            "url": url if count else None,
            "height": 0 if not count else max(1, round(HEIGHT_STEPS * count / tallest)),
            "selected": chosen or in_range,
        })
    return {"bars": bars, "first": bars[0]["label"], "last": bars[-1]["label"], "step": step}
