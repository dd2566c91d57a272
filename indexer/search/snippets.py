"""The best passage of a document's stored text, with the matched words marked.

Matches come from ``indexer.search.matches`` (the words a literal pre-scan stops at, analysed
with each matched field's analyser), so a stemmed or accent-folded match (``Śląska`` for
``slask``) is marked too; a stemmed one only where the text is in the stem's language. The HTML is escaped throughout; ``<mark>`` is the only markup it contains.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from markupsafe import escape
from whoosh.fields import Schema

from indexer.search.matches import Match, MatchFinder
from indexer.search.segment_fields import SegmentFields

PASSAGE_CHARS = 240
MAX_PASSAGES = 2
LONG_WORD = 30  # longer runs without a space get invisible break opportunities

_ZERO_WIDTH_SPACE = "\u200b"
# Bidirectional overrides and isolates would flip the surrounding layout.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SPACES = re.compile(r"\s+")
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_WORD + 1))
_SPACES_TO_CHANGE = re.compile(r"[^\S ]| {2}")  # what _SPACES.sub(" ", ...) would change


@dataclass(frozen=True)
class Snippet:
    html: str  # escaped; <mark> around matched words is the only markup
    text: str  # the same passage as plain text
    page: int | None  # 1-based PDF page where the passage starts


def display_text(text: str) -> str:
    """Text safe to lay out: no bidi overrides, spaces collapsed, long words breakable."""
    text = _SPACES.sub(" ", _BIDI_CONTROLS.sub("", text)).strip()
    return _break_long_words(text)


def _break_long_words(text: str) -> str:
    def breakable(match: re.Match[str]) -> str:
        run = match.group(0)
        return _ZERO_WIDTH_SPACE.join(run[i : i + LONG_WORD] for i in range(0, len(run), LONG_WORD))

    return _LONG_RUN.sub(breakable, text)


def _page_end(position: int, page_offsets: Sequence[int]) -> int | None:
    page = page_of(position, page_offsets)
    return page_offsets[page] if page is not None and page < len(page_offsets) else None


def _best_window(
    matches: Sequence[Match], exclude: set[tuple[str, str]], page_offsets: Sequence[int]
) -> tuple[int, list[Match]] | None:
    """The window start whose PASSAGE_CHARS hold the most distinct new terms, then most matches."""
    best: tuple[tuple[int, int], int, list[int]] | None = None
    # Plain lists and inlined page look-ups: a long report has thousands of matches to try.
    starts = [m.start for m in matches]
    ends = [m.end for m in matches]
    terms = [m.term for m in matches]
    pages = len(page_offsets)
    for i, first in enumerate(starts):
        # A passage stays on one PDF page, so its page number tells where to look.
        limit = first + PASSAGE_CHARS
        if pages:
            page = max(1, bisect.bisect_right(page_offsets, first))  # page_of
            if page < pages:
                limit = min(limit, page_offsets[page])
        inside = [k for k in range(i, bisect.bisect_left(starts, limit, i)) if ends[k] <= limit]
        new_terms = {terms[k] for k in inside} - exclude
        if not new_terms:
            continue
        score = (len(new_terms), len(inside))
        if best is None or score > best[0]:
            best = (score, first, inside)
    return None if best is None else (best[1], [matches[k] for k in best[2]])


def _word_start(content: str, position: int) -> int:
    space = max(content.rfind(" ", 0, position), content.rfind("\n", 0, position))
    return space + 1 if position - space < 40 else position


def _word_end(content: str, position: int) -> int:
    if position >= len(content):
        return len(content)
    candidates = [i for i in (content.find(" ", position), content.find("\n", position)) if i != -1]
    end = min(candidates) if candidates else len(content)
    return end if end - position < 40 else position


def _passage_bounds(content: str, matches: Sequence[Match], page_offsets: Sequence[int]) -> tuple[int, int]:
    first, last = matches[0].start, matches[-1].end
    slack = max(0, PASSAGE_CHARS - (last - first))
    page = page_of(first, page_offsets)
    # Leading context stays on the page of the first match, so the page number is right.
    floor = page_offsets[page - 1] if page else 0
    start = max(floor, _word_start(content, max(0, first - min(slack // 3, 80))))
    end = _word_end(content, min(len(content), max(last, start + PASSAGE_CHARS)))
    page_end = _page_end(first, page_offsets)
    return start, max(last, min(end, page_end)) if page_end is not None else end


def _inline(raw: str) -> str:
    # The same as display_text without the strip, cheaper on the plain text most passages are.
    if not raw.isascii():
        raw = _BIDI_CONTROLS.sub("", raw)  # no bidi control is ASCII
    if _SPACES_TO_CHANGE.search(raw):
        raw = _SPACES.sub(" ", raw)
    return raw if len(raw) <= LONG_WORD else _break_long_words(raw)


def _render(content: str, start: int, end: int, matches: Sequence[Match]) -> tuple[str, str]:
    pieces: list[tuple[str, bool]] = []
    cursor = start
    for match in matches:
        if match.start < cursor or match.end > end:
            continue
        pieces += [(content[cursor : match.start], False), (content[match.start : match.end], True)]
        cursor = match.end
    pieces.append((content[cursor:end], False))
    shown = [(_inline(raw), marked) for raw, marked in pieces]
    html = "".join(f"<mark>{escape(part)}</mark>" if marked else str(escape(part)) for part, marked in shown)
    text = "".join(part for part, _ in shown)
    # str.isspace() stops at the first non-space character, so these stay cheap on long texts.
    prefix = "… " if start > 0 and not content[:start].isspace() else ""
    suffix = " …" if end < len(content) and not content[end:].isspace() else ""
    return prefix + html.strip() + suffix, prefix + text.strip() + suffix


def page_of(offset: int, page_offsets: Sequence[int]) -> int | None:
    """The 1-based page whose text contains ``offset``, given where each page starts."""
    if not page_offsets:
        return None
    return max(1, bisect.bisect_right(page_offsets, offset))


def lead_snippet(content: str, page_offsets: Sequence[int] = ()) -> Snippet:
    """The opening of the text, for browse mode and documents without a match in the text."""
    offset = len(content) - len(content.lstrip())
    end = _word_end(content, min(len(content), offset + PASSAGE_CHARS))
    html, text = _render(content, offset, end, ())
    return Snippet(html, text, page_of(offset, page_offsets) if text else None)


def make_snippet(
    content: str,
    terms: Collection[tuple[str, str]],
    schema: Schema,
    page_offsets: Sequence[int] = (),
    finder: MatchFinder | None = None,
    chunk_marks: dict[str, tuple[int, ...]] | None = None,
    segments: SegmentFields | None = None,
) -> Snippet:
    """Up to MAX_PASSAGES passages holding the most distinct query terms, matches marked.

    Pass one ``finder`` for all the hits of a search: it analyses each distinct word once;
    ``chunk_marks`` is this content's memo of where probes occur (see ``MatchFinder.find``);
    ``segments``, which field each part of the text went to, so that a stem marks a word only
    in its own language.
    """
    matches = (finder or MatchFinder(terms, schema)).find(content, chunk_marks, segments)
    if not matches:
        return lead_snippet(content, page_offsets)
    passages: list[tuple[int, int, list[Match]]] = []
    seen: set[tuple[str, str]] = set()
    for _ in range(MAX_PASSAGES):
        found = _best_window(matches, seen, page_offsets)
        if found is None:
            break
        _, window = found
        start, end = _passage_bounds(content, window, page_offsets)
        if any(start < p_end and p_start < end for p_start, p_end, _ in passages):
            break
        passages.append((start, end, [m for m in matches if start <= m.start and m.end <= end]))
        seen |= {m.term for m in passages[-1][2]}
    first_match = passages[0][2][0].start
    passages.sort(key=lambda passage: passage[0])
    rendered = [_render(content, start, end, window) for start, end, window in passages]
    html = " ".join(part[0] for part in rendered).replace("… …", "…")
    text = " ".join(part[1] for part in rendered).replace("… …", "…")
    return Snippet(html, text, page_of(first_match, page_offsets))
