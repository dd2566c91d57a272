"""The best passage of a document's stored text, with the matched words marked.

Matches are found by analysing the stored text with the analyser of each field the query
matched in, so a stemmed or accent-folded match (``Śląska`` for ``slask``) is marked too.
The HTML is escaped throughout; ``<mark>`` is the only markup it contains.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import escape
from whoosh.fields import Schema

PASSAGE_CHARS = 240
MAX_PASSAGES = 2
LONG_WORD = 30  # longer runs without a space get invisible break opportunities
MAX_SCAN_CHARS = 400_000  # text beyond this is not searched for a passage
MAX_CANDIDATE_CHUNKS = 40
CHUNK_CHARS = 2_000

_ZERO_WIDTH_SPACE = "\u200b"
# Bidirectional overrides and isolates would flip the surrounding layout.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SPACES = re.compile(r"\s+")
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_WORD + 1))


@dataclass(frozen=True)
class Snippet:
    html: str  # escaped; <mark> around matched words is the only markup
    text: str  # the same passage as plain text
    page: int | None  # 1-based PDF page where the passage starts


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    term: tuple[str, str]  # (field, indexed term): distinct terms make a passage better


def display_text(text: str) -> str:
    """Text safe to lay out: no bidi overrides, spaces collapsed, long words breakable."""
    text = _SPACES.sub(" ", _BIDI_CONTROLS.sub("", text)).strip()
    return _break_long_words(text)


def _break_long_words(text: str) -> str:
    def breakable(match: re.Match[str]) -> str:
        run = match.group(0)
        return _ZERO_WIDTH_SPACE.join(run[i : i + LONG_WORD] for i in range(0, len(run), LONG_WORD))

    return _LONG_RUN.sub(breakable, text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _probes(terms: Iterable[tuple[str, str]]) -> set[str]:
    # A stem is rarely longer than the word minus a few letters: probe with a short prefix.
    return {_fold(term)[: max(3, len(term) - 2)] for _, term in terms if term}


def _chunks(content: str) -> list[tuple[int, int]]:
    """(start, end) spans of about CHUNK_CHARS that end at whitespace."""
    spans: list[tuple[int, int]] = []
    limit = min(len(content), MAX_SCAN_CHARS)
    start = 0
    while start < limit:
        end = min(limit, start + CHUNK_CHARS)
        if end < limit:
            space = content.rfind(" ", start + CHUNK_CHARS // 2, end)
            newline = content.rfind("\n", start + CHUNK_CHARS // 2, end)
            cut = max(space, newline)
            end = cut + 1 if cut > 0 else end
        spans.append((start, end))
        start = end
    return spans


def _matches_in(chunk: str, offset: int, terms_by_field: dict[str, set[str]], schema: Schema) -> list[_Match]:
    found: dict[tuple[int, int], _Match] = {}
    for field, terms in terms_by_field.items():
        analyzer = schema[field].analyzer
        for token in analyzer(chunk, chars=True, mode="index", removestops=False):
            if token.text in terms:
                key = (offset + token.startchar, offset + token.endchar)
                found.setdefault(key, _Match(key[0], key[1], (field, token.text)))
    return sorted(found.values(), key=lambda match: match.start)


def _find_matches(content: str, terms: Collection[tuple[str, str]], schema: Schema) -> list[_Match]:
    terms_by_field: dict[str, set[str]] = {}
    for field, term in terms:
        if field in schema.names():
            terms_by_field.setdefault(field, set()).add(term)
    if not terms_by_field:
        return []
    probes = _probes(terms)
    spans = _chunks(content)
    candidates = [span for span in spans if any(probe in _fold(content[span[0] : span[1]]) for probe in probes)]
    # Scripts the probe cannot see (e.g. Cyrillic text matched through transliteration).
    candidates = candidates or spans[:3]
    matches: list[_Match] = []
    for start, end in candidates[:MAX_CANDIDATE_CHUNKS]:
        matches.extend(_matches_in(content[start:end], start, terms_by_field, schema))
    return matches


def _page_end(position: int, page_offsets: Sequence[int]) -> int | None:
    page = page_of(position, page_offsets)
    return page_offsets[page] if page is not None and page < len(page_offsets) else None


def _best_window(
    matches: Sequence[_Match], exclude: set[tuple[str, str]], page_offsets: Sequence[int]
) -> tuple[int, list[_Match]] | None:
    """The window start whose PASSAGE_CHARS hold the most distinct new terms, then most matches."""
    best: tuple[tuple[int, int], int, list[_Match]] | None = None
    for i, first in enumerate(matches):
        # A passage stays on one PDF page, so its page number tells where to look.
        limit = first.start + PASSAGE_CHARS
        page_end = _page_end(first.start, page_offsets)
        if page_end is not None:
            limit = min(limit, page_end)
        window = [m for m in matches[i:] if m.end <= limit]
        new_terms = {m.term for m in window} - exclude
        if not new_terms:
            continue
        score = (len(new_terms), len(window))
        if best is None or score > best[0]:
            best = (score, first.start, window)
    return None if best is None else (best[1], best[2])


def _word_start(content: str, position: int) -> int:
    space = max(content.rfind(" ", 0, position), content.rfind("\n", 0, position))
    return space + 1 if position - space < 40 else position


def _word_end(content: str, position: int) -> int:
    if position >= len(content):
        return len(content)
    candidates = [i for i in (content.find(" ", position), content.find("\n", position)) if i != -1]
    end = min(candidates) if candidates else len(content)
    return end if end - position < 40 else position


def _passage_bounds(content: str, matches: Sequence[_Match], page_offsets: Sequence[int]) -> tuple[int, int]:
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
    return _break_long_words(_SPACES.sub(" ", _BIDI_CONTROLS.sub("", raw)))


def _render(content: str, start: int, end: int, matches: Sequence[_Match]) -> tuple[str, str]:
    pieces: list[tuple[str, bool]] = []
    cursor = start
    for match in matches:
        if match.start < cursor or match.end > end:
            continue
        pieces += [(content[cursor : match.start], False), (content[match.start : match.end], True)]
        cursor = match.end
    pieces.append((content[cursor:end], False))
    html = "".join(f"<mark>{escape(_inline(raw))}</mark>" if marked else str(escape(_inline(raw))) for raw, marked in pieces)
    text = "".join(_inline(raw) for raw, _ in pieces)
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
) -> Snippet:
    """Up to MAX_PASSAGES passages holding the most distinct query terms, matches marked."""
    matches = _find_matches(content, terms, schema)
    if not matches:
        return lead_snippet(content, page_offsets)
    passages: list[tuple[int, int, list[_Match]]] = []
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
