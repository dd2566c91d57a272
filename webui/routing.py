"""How request URLs are read: document ids are relative file paths, and a file name may hold
any character; a query string need not be UTF-8."""

from __future__ import annotations

from urllib.parse import parse_qsl

from flask import Flask, Request
from werkzeug.routing import PathConverter
from werkzeug.utils import cached_property


class AnyPathConverter(PathConverter):
    """werkzeug's ``path``, but also matching a newline (``.`` in its pattern does not)."""

    regex = r"[^/][\s\S]*?"


class LenientArgsRequest(Request):
    """A request whose query string may hold raw bytes that are not UTF-8.

    werkzeug decodes the raw query string strictly, so such a byte (which a WSGI server other
    than ours may pass on) raised from ``request.args`` in the view and again in the error page.
    Read here, a bad byte stays percent-encoded, as werkzeug already keeps ``%FF``.
    """

    @cached_property
    def args(self):  # type: ignore[override]
        text = self.query_string.decode("utf-8", "werkzeug.url_quote")
        return self.parameter_storage_class(parse_qsl(text, keep_blank_values=True, errors="werkzeug.url_quote"))


def init_app(app: Flask) -> None:
    app.request_class = LenientArgsRequest
    # Before any blueprint is registered: their ``<path:...>`` rules compile with this converter.
    app.url_map.converters["path"] = AnyPathConverter
