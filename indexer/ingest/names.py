"""File names that are not valid UTF-8 (copied from old Windows shares, legacy archives).

Python hands them over with the undecodable bytes as lone surrogates (PEP 383); they open
fine, but cannot be written into the index, JSON or a web page. Ids and shown names spell
each such byte as ``%XX`` instead: readable, stable, and distinct for distinct names.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from indexer.documents import RawDocument


def is_clean(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(name: str) -> str:
    """``name`` with each undecodable byte as ``%XX``; a valid name comes back unchanged."""
    if is_clean(name):
        return name
    raw = os.fsencode(name)
    parts: list[str] = []
    position = 0
    while position < len(raw):
        # Decode the longest valid run, then escape the one byte that stopped it.
        try:
            parts.append(raw[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            parts.append(raw[position:position + error.start].decode("utf-8"))
            parts.append(f"%{raw[position + error.start]:02X}")
            position += error.start + 1
    return "".join(parts)


def shown_by_printable_name(raw: RawDocument) -> RawDocument:
    """``raw`` as the later stages see it: its path, which they show and take titles from, printable."""
    source = raw.source
    if is_clean(str(source.path)) and is_clean(str(source.root)):
        return raw
    shown = replace(source, path=Path(printable(str(source.path))), root=Path(printable(str(source.root))))
    return replace(raw, source=shown)
