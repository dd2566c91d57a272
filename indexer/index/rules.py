"""The version of the rules that turn an extracted text into a document's fields and facets.

Cleaning, language detection and the metadata rules (their code and their data files) change
what a file's facets are without changing the file, so an incremental run would keep the old
values for every unchanged file. Their fingerprint is kept in the index's state; when it differs,
the next run rebuilds from the text cache, the way a schema change does, without reading a PDF
again. A hash of the sources rather than a number to bump by hand: a forgotten bump cannot leave
an index with facets of older rules.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

from indexer.tables import source_digest

# What produces a Document from a RawDocument; extraction has its own version in the text cache.
RULE_SOURCES = ("documents.py", "ingest/clean.py", "language", "metadata")


def fingerprint(package: Traversable) -> str:
    """A short hash of the rule sources under ``package`` (the ``indexer`` folder), names and bytes."""
    return source_digest(package, RULE_SOURCES)[:16]


@functools.cache
def rules_version() -> str:
    return fingerprint(resources.files("indexer"))
