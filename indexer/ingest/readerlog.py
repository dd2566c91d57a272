"""What the reading libraries log about one file, kept with that file instead of printed.

pdfminer logs through ``logging`` ("Could not get FontBBox from font descriptor..."). In a
worker process no handler is configured, so Python's last-resort handler would write each record
raw to stderr, through the parent's progress bar and without the file's name. Capturing them per
file lets the report say which file they are about, once per distinct message.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from indexer.documents import LibraryWarning

READER_LOGGERS = ("pdfminer",)
MAX_MESSAGE_CHARS = 300
MAX_DISTINCT = 20  # a file that logs hundreds of different messages is summed up by the first ones


class ReaderLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.counts: Counter[tuple[str, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record must not stop the file
            message = str(record.msg)
        key = (record.name.split(".")[0], " ".join(message.split())[:MAX_MESSAGE_CHARS])
        if key in self.counts or len(self.counts) < MAX_DISTINCT:
            self.counts[key] += 1

    def collapsed(self) -> tuple[LibraryWarning, ...]:
        """Each distinct message once with how often it came, in the order first seen."""
        return tuple(LibraryWarning(logger, message, count) for (logger, message), count in self.counts.items())


@contextmanager
def captured() -> Iterator[ReaderLog]:
    """Within the block, the reading libraries' warnings go to the yielded log, not to stderr."""
    log = ReaderLog()
    saved = []
    for name in READER_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate))
        logger.addHandler(log)
        logger.propagate = False
    try:
        yield log
    finally:
        for logger, propagate in saved:
            logger.removeHandler(log)
            logger.propagate = propagate
