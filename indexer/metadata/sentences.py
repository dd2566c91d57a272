"""Where the sentence, the line or the paragraph around a stretch of a text opens and closes.

The period rules ask this for every date and year they weigh. Looking back and ahead through the
text for the nearest full stop or line break each time cost as much as the distance to it: in a
long run without either (a table of figures, OCR garbage, a text file of one line) each question
read most of the text again, so the time grew with the square of its length. The breaks of a
text are listed once instead, and each question is a binary search among them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache


class TextBreaks:
    """The offsets at which a text's line breaks, paragraph breaks, full stops and other marks start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._marks: dict[str, list[int]] = {}
        # A full stop before a small letter ends no sentence: an ordinal's, a year's (Croatian "2016. godine") or an abbreviation's.
        self.stops = [at for at in self.marks(". ") if not text[at + 2 : at + 3].islower()]

    def marks(self, mark: str) -> list[int]:
        """Every offset where ``mark`` starts, overlapping ones too ("\\n\\n\\n" holds "\\n\\n" twice), in order."""
        found = self._marks.get(mark)
        if found is None:
            found, at = [], self.text.find(mark)
            while at != -1:
                found.append(at)
                at = self.text.find(mark, at + 1)
            self._marks[mark] = found
        return found

    def before(self, mark: str, position: int) -> int:
        """``text.rfind(mark, 0, position)``: the last ``mark`` that ends by ``position``, or -1."""
        offsets = self.marks(mark)
        index = bisect_right(offsets, position - len(mark)) - 1
        return offsets[index] if index >= 0 else -1

    def after(self, mark: str, position: int) -> int:
        """``text.find(mark, position)``: the first ``mark`` that starts at or after ``position``, or -1."""
        offsets = self.marks(mark)
        index = bisect_left(offsets, position)
        return offsets[index] if index < len(offsets) else -1

    def stop_before(self, limit: int, position: int) -> int:
        """The last full stop ending a sentence in ``text[limit:position]``, or -1."""
        index = bisect_right(self.stops, position - 2) - 1
        return self.stops[index] if index >= 0 and self.stops[index] >= max(limit, 0) else -1

    def stop_after(self, position: int, limit: int) -> int:
        """The first full stop ending a sentence in ``text[position:limit]``, or -1."""
        index = bisect_left(self.stops, position)
        return self.stops[index] if index < len(self.stops) and self.stops[index] + 2 <= limit else -1


@lru_cache(maxsize=8)
def breaks_of(text: str) -> TextBreaks:
    """The breaks of a text, listed once: the rules of one document all ask about the same text."""
    return TextBreaks(text)


def sentence_bounds(text: str, start: int, end: int, also_opening: tuple[str, ...] = ()) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` opens and closes: a full stop or a line break
    (and ``also_opening`` marks, e.g. "; ", before it)."""
    breaks = breaks_of(text)
    line_opening = max(breaks.before(mark, start) for mark in ("\n", *also_opening))
    opening = max(line_opening, breaks.stop_before(line_opening, start)) + 1
    line_end = breaks.after("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    stop = breaks.stop_after(end, line_end)
    return opening, line_end if stop == -1 else stop


def mark_before(text: str, mark: str, position: int) -> int:
    """``text.rfind(mark, 0, position)``, without reading the text back to the mark each time."""
    return breaks_of(text).before(mark, position)


def mark_after(text: str, mark: str, position: int) -> int:
    """``text.find(mark, position)``, without reading the text ahead to the mark each time."""
    return breaks_of(text).after(mark, position)


def first_end(pattern: re.Pattern[str], text: str, opening: int, closing: int) -> int:
    """Where the first match of ``pattern`` in ``text[opening:closing]`` ends, or past ``closing`` when there is none.

    A rule that asks whether a word stands before a position of the sentence reads the sentence once
    this way for all its positions, where searching up to each position read it once per position.
    """
    found = pattern.search(text, opening, closing)
    return found.end() if found else closing + 1


class SentenceWords:
    """Where a pattern first matches in the sentence around a stretch of one text, read once per sentence.

    A long text without full stops is one sentence: searching it again for each date or year in it
    took as long as the text for each of them. Sentences that also open at ``also_opening`` marks
    ("; ") still close only at a full stop or a line break, so all those of one line and one closing
    share its matches, which are listed once.
    """

    def __init__(self, text: str, pattern: re.Pattern[str], also_opening: tuple[str, ...] = ()) -> None:
        self.text = text
        self.pattern = pattern
        self.also_opening = also_opening
        self._first: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._all: dict[tuple[int, int], tuple[list[int], list[int], list[tuple[int, int]]]] = {}

    def first(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of the pattern's first match in the sentence around ``text[start:end]``, or None."""
        bounds = sentence_bounds(self.text, start, end, self.also_opening)
        if not self.also_opening:
            if bounds not in self._first:
                found = self.pattern.search(self.text, *bounds)
                self._first[bounds] = found.span() if found else None
            return self._first[bounds]
        return self.first_from(start, end, bounds[0])

    def first_from(self, start: int, end: int, position: int) -> tuple[int, int] | None:
        """The first match in the sentence around ``text[start:end]`` that starts at ``position`` or after it."""
        opening, starts, _, spans = self._listed(start, end)
        index = bisect_left(starts, max(opening, position))
        return spans[index] if index < len(spans) else None

    def last_by(self, start: int, end: int, position: int) -> tuple[int, int] | None:
        """The last match in the sentence around ``text[start:end]`` that ends by ``position``."""
        opening, _, ends, spans = self._listed(start, end)
        index = bisect_right(ends, position) - 1
        return spans[index] if index >= 0 and spans[index][0] >= opening else None

    def _listed(self, start: int, end: int) -> tuple[int, list[int], list[int], list[tuple[int, int]]]:
        """The sentence's opening, and the starts, ends and spans of all the matches in it."""
        opening, _ = sentence_bounds(self.text, start, end, self.also_opening)
        # The sentence without its opening marks holds this one and ends where it ends.
        whole = sentence_bounds(self.text, start, end) if self.also_opening else (opening, _)
        if whole not in self._all:
            spans = [found.span() for found in self.pattern.finditer(self.text, *whole)]
            self._all[whole] = [span[0] for span in spans], [span[1] for span in spans], spans
        return opening, *self._all[whole]

    def __call__(self, start: int, end: int) -> bool:
        """Whether the pattern matches in the sentence around ``text[start:end]``."""
        return self.first(start, end) is not None
