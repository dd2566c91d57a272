"""URL converters: document ids are relative file paths, and a file name may hold any character."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import PathConverter


class AnyPathConverter(PathConverter):
    """werkzeug's ``path``, but also matching a newline (``.`` in its pattern does not)."""

    regex = r"[^/][\s\S]*?"


def init_app(app: Flask) -> None:
    # Before any blueprint is registered: their ``<path:...>`` rules compile with this converter.
    app.url_map.converters["path"] = AnyPathConverter
