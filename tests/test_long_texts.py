"""A long report in the shapes garbled text takes is indexed within the per-file time limit.

A table flattened into one line (dates, year ranges, partner codes and programme names with no
full stop or line break between them) is one sentence and one line to the metadata rules. Rules
that read the whole sentence or line again for each date, range, code or name in it took time
growing with the square of its length, so such a report outlasted the per-file limit
(``Limits.timeout_s``) and was left out of the index as a timeout.
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.index import store
from indexer.index.pipeline import Limits, index_paths

ANNEX_CHARS = 120_000
"""Long enough that the rules that grew with the square of the length needed several times the
per-file limit (19 s at 25,000 characters, 68 s at 50,000, some 390 s here), while reading it in
time that keeps pace with its length takes a few seconds."""


def annex(size: int) -> str:
    """Statistics of a region's projects as a PDF reader may give them: one line, no full stop."""
    cells, length, row = ["Annex 3: statistics of the region "], 0, 0
    while length < size:
        year = 2005 + row % 15
        cell = (
            f"GREEN{row % 97} ran from {year} to {year + 3} in the region ; {row % 28 + 1} March {year} ; "
            f"partner (DE) Interreg Europe {row % 1000 / 10} - "
        )
        cells.append(cell)
        length += len(cell)
        row += 1
    return "".join(cells)


def test_a_long_annex_of_one_line_is_indexed_within_the_per_file_limit(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    root.mkdir()
    (root / "annex.txt").write_text(annex(ANNEX_CHARS), encoding="utf-8")

    report = index_paths([root], tmp_path / "index", workers=1, limits=Limits())

    assert report.failed == ()
    assert report.added == 1
    with store.open_index(tmp_path / "index").searcher() as searcher:
        record = json.loads(searcher.document(id="annex.txt")["record"])
    # The facets are still read from the whole text: the programme it names on every row.
    assert record["programmes"] == ["Interreg Europe"]
    assert record["size"] > ANNEX_CHARS
