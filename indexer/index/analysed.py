"""Text fields analysed in the worker processes, so the one writer only files postings.

whoosh asks a field for its postings with ``field.index(value)``: for a text field that runs the
analyser and groups the tokens into (term, frequency, weight, encoded positions). There is one
writer and many workers, so the writer analysing every text field set the pace of a whole run.
``analysed(field, text, language)`` makes those same postings in a worker (the terms from
``language.terms``, the positions encoded by the field's own format) and ``AnalysedText``, a
TEXT field in every other respect (search-time analysis, highlighting, scoring), hands them
over as they are. A plain string is still analysed as before, by the field's analyser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh.fields import TEXT
from whoosh.formats import Positions

from indexer.language.terms import text_terms

Posting = tuple[bytes, int, float, bytes]


@dataclass(frozen=True)
class Analysed:
    """What ``TEXT.index`` yields for one value: (term, frequency, weight, encoded positions)."""

    postings: tuple[Posting, ...]


class AnalysedText(TEXT):
    """A TEXT field that also accepts an :class:`Analysed` value (its postings, made elsewhere)."""

    def index(self, value: Any, **kwargs: Any):
        if isinstance(value, Analysed):
            return iter(value.postings)
        return super().index(value, **kwargs)


def analysed(field: TEXT, text: str, language: str | None) -> Analysed:
    """The postings ``field.index(text)`` gives; ``language``: the stemmed analyser the field
    uses (None: the neutral one)."""
    fmt = field.format
    if type(fmt) is not Positions:
        # Another format (e.g. with character offsets): the field's own analysis, in the worker.
        return Analysed(tuple(field.index(text)))
    positions: dict[str, list[int]] = {}
    for position, term in enumerate(text_terms(text, language)):
        seen = positions.get(term)
        if seen is None:
            positions[term] = [position]
        else:
            seen.append(position)
    boost = fmt.field_boost
    encode = fmt.encode
    once = _ONCE
    # whoosh sums a boost of 1.0 per token, then applies the field's boost: the same floats.
    return Analysed(tuple(
        (term.encode("utf-8"), len(seen), float(len(seen)) * boost,
         (once.get(seen[0]) or _encode_once(encode, seen[0])) if len(seen) == 1 else encode(seen))
        for term, seen in positions.items()
    ))


_ONCE: dict[int, bytes] = {}
"""Position -> the encoded positions of a term met once, at that position: most terms of a page
are met once, and ``Positions.encode`` pickles a list for each."""
ONCE_POSITIONS = 4096


def _encode_once(encode, position: int) -> bytes:
    encoded = encode([position])
    if position < ONCE_POSITIONS:
        _ONCE[position] = encoded
    return encoded
