"""Which index field each stretch of a document's stored text went to, by the language of its segment.

A word is a form of a query word only in its own language: Italian reads ``date`` and ``data``
as one stem, English does not, so an English "Date" is no form of ``data``. The stored record
lists the document's segments in text order with their language and length; the stored text
is those segments joined by a blank line, so each one's offset follows from the lengths.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from indexer.language.analysis import body_field

SEGMENT_JOINER = 2  # the "\n\n" between segments in the stored text


@dataclass(frozen=True)
class SegmentFields:
    """The start offset of each segment in the stored text and the field its words went to."""

    starts: tuple[int, ...]
    fields: tuple[str, ...]

    def field_at(self, offset: int) -> str:
        return self.fields[max(0, bisect.bisect_right(self.starts, offset) - 1)]


def segment_fields(segments: Iterable[Mapping[str, Any]], content_chars: int) -> SegmentFields | None:
    """The segments' layout in a text of ``content_chars``; None when their lengths do not add up
    to it (a record written some other way), in which case no word's language is known."""
    starts: list[int] = []
    fields: list[str] = []
    position = 0
    for segment in segments:
        try:
            chars = int(segment.get("chars") or 0)
            language = str(segment.get("language") or "")
        except (AttributeError, TypeError, ValueError):
            return None
        if starts:
            position += SEGMENT_JOINER
        starts.append(position)
        fields.append(body_field(language))
        position += chars
    if not starts or position != content_chars:
        return None
    return SegmentFields(tuple(starts), tuple(fields))
