"""Imported by the worker fork server: runs every stage once on a tiny document.

The stages build their tables lazily (CLDR month and country names, programme matchers,
language profiles), which costs seconds; doing it here, before workers are forked, means
each worker starts warm instead of paying it again. The static ones are loaded from the file
``indexer.tables`` keeps in the user's cache folder when it matches the code and data, and saved
there when it does not (``PROJSEARCH_TABLE_CACHE`` chooses the folder). PROJSEARCH_WARMUP=0
skips all of it: a run that extracts one or two small files is faster cold.
"""

from __future__ import annotations

import os
from pathlib import Path

from indexer.ingest import clean, orphans
from indexer.language import detection as language
from indexer.metadata import enrich as metadata
from indexer.documents import Block, RawDocument, SourceFile
from indexer import tables

_SAMPLE = (
    "The Interreg Europe project runs from 01/04/2019 to 31/03/2022 with partners in Poland and Austria.",
    "Projekt realizowany w latach 2019-2022 przez partnerów z Polski i Austrii.",
)


def warm() -> bool:
    """Build or load every table; True when the static ones came from the saved file."""
    try:
        directory, key = tables.cache_directory(), tables.tables_key()
    except Exception:  # noqa: BLE001 - no key (a library's metadata missing): warm, but keep nothing
        _analyse_sample()
        return False
    loaded = tables.load(directory, key)
    _analyse_sample()
    if not loaded:
        tables.save(directory, key)
    return loaded


def _analyse_sample() -> None:
    source = SourceFile(Path("/warmup.txt"), Path("/"), "warmup.txt", "text", 0, 0)
    raw = clean.clean(RawDocument(source, "0" * 64, tuple(Block(text) for text in _SAMPLE)))
    metadata.extract_metadata(raw, language.segment(raw))


# The fork server outlives a killed indexer while a worker it forked holds its pipes open.
orphans.die_with_parent()

try:
    if os.environ.get("PROJSEARCH_WARMUP", "1") != "0":
        warm()
except Exception:  # noqa: BLE001 - warming is an optimisation; a real file will show a real error
    pass
