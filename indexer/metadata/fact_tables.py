"""Project boxes laid out as tables, read back as "label: value" lines.

A page's table reaches the text in one of two shapes: copied from a browser, a header row of
cells ("Start<TAB>End<TAB>Duration") over a row of values; extracted from HTML or a PDF, one cell
per line, every header cell first and every value after ("Start date", "End date", "01.09.2018",
"31.08.2021"). Either way the label and its value stand apart, so the labelled-date rules see
neither; pairing the cells again gives them back.
"""

from __future__ import annotations

import re

CELL_SEPARATOR = re.compile(r"\t+|\s+\|\s+|\s*;\s+| {2,}")
MAX_CELL = 40


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in CELL_SEPARATOR.split(line.strip()) if cell.strip()]


def _header_cell(cell: str) -> bool:
    """A column heading: short and without figures."""
    return 0 < len(cell) <= MAX_CELL and not re.search(r"\d", cell)


def _rows_as_labels(lines: list[str], is_label) -> list[str]:
    """A header row whose cells include a period label, over a value row with as many cells."""
    paired = []
    for header, values in zip(lines, lines[1:]):
        heads, cells = _cells(header), _cells(values)
        if len(heads) >= 2 and len(heads) == len(cells) and all(map(_header_cell, heads)) and any(map(is_label, heads)):
            paired.extend(f"{head}: {cell}" for head, cell in zip(heads, cells))
    return paired


def _stacked_as_labels(lines: list[str], is_label) -> list[str]:
    """One cell per line: a run of headings, some of them period labels, then as many values."""
    paired = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _header_cell(lines[end]) and len(_cells(lines[end])) == 1:
            end += 1
        # A page title or a section heading may stand above the headings: the first alignment that
        # gives every period label a value with figures is the table's.
        for first in range(index, end - 1):
            heads, values = lines[first:end], lines[end : end + end - first]
            labels = [value for head, value in zip(heads, values) if is_label(head)]
            if len(values) == len(heads) and labels and all(re.search(r"\d", value) for value in labels) and all(
                len(value) <= MAX_CELL for value in values
            ):
                paired.extend(f"{head}: {value}" for head, value in zip(heads, values))
                break
        index = max(end, index + 1)
    return paired


def table_labels(text: str, is_label) -> str:
    """The period labels of the text's tables paired with their values, one "label: value" per line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n".join(_rows_as_labels(lines, is_label) + _stacked_as_labels(lines, is_label))
