"""Dates as documents state them: ISO 8601 strings in HTML meta, ``D:YYYYMMDD...`` in PDFs."""

from __future__ import annotations

import datetime as dt
import re

_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s]|$|[+Z])")
_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_EARLIEST, _LATEST = 1900, 2100


def parse_iso_date(value: str) -> dt.date | None:
    """``2019``, ``2019-05``, ``2019-05-01`` or a full timestamp; None when not a date."""
    match = _ISO_PREFIX.match(value)
    return _date(*match.groups()) if match else None


def parse_pdf_date(value: str) -> dt.date | None:
    """A PDF date string (``D:20190501120000+02'00'``); None when absent or malformed."""
    match = _PDF_DATE.match(value)
    return _date(*match.groups()) if match else None


def _date(year: str, month: str | None, day: str | None) -> dt.date | None:
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return date if _EARLIEST <= date.year <= _LATEST else None
