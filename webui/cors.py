"""Cross-origin use of the API: which partner sites may call ``/api/*`` (and frame ``/embed``).

Nothing is allowed across origins unless configured: ``WIDGET_ORIGINS`` in the config file or
``PROJSEARCH_WIDGET_ORIGINS`` in the environment, a comma-separated list of origins or ``*``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, request

from webui import Setting, SettingError

ORIGINS_ENV = "PROJSEARCH_WIDGET_ORIGINS"
ORIGINS_CONFIG = "WIDGET_ORIGINS"

SETTINGS: tuple[Setting, ...] = (
    Setting(
        ORIGINS_CONFIG,
        (),
        "Origins (scheme://host[:port], comma-separated) whose pages may call /api/* and frame /embed; "
        "`*` allows any. Empty: only this server itself.",
    ),
)
"""Read by ``create_app`` like its own settings; ``PROJSEARCH_WIDGET_ORIGINS`` sets it from the environment."""


class OriginListError(SettingError):
    """An entry of the origin allow-list that is not ``*`` or ``scheme://host[:port]``."""

    def __init__(self, entry: str) -> None:
        self.entry = entry
        super().__init__(f"{ORIGINS_ENV}/{ORIGINS_CONFIG}: {entry!r} is not an origin like https://example.org")


def parse_origins(value: str | Iterable[str] | None) -> frozenset[str]:
    """The allow-list from a comma-separated string or a list; ``*`` allows every origin."""
    if value is None:
        return frozenset()
    entries = value.split(",") if isinstance(value, str) else list(value)
    origins = set()
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        if entry == "*":
            origins.add("*")
            continue
        origin = normalise_origin(entry)
        if origin is None:
            raise OriginListError(entry)
        origins.add(origin)
    return frozenset(origins)


def normalise_origin(value: str) -> str | None:
    """``scheme://host[:port]`` in lower case without default port or trailing slash, or None."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        return None
    if parts.query or parts.fragment or parts.username or parts.password:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default_port = 443 if parts.scheme == "https" else 80
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default_port else "")


def allowed_origins(app: Flask) -> frozenset[str]:
    """The config key wins over the environment variable; neither set means no cross-origin use."""
    configured = app.config.get(ORIGINS_CONFIG)
    if configured is None:
        configured = os.environ.get(ORIGINS_ENV)
    return parse_origins(configured)


def origin_allowed(origin: str | None, allowed: frozenset[str]) -> bool:
    if not origin:
        return False
    return "*" in allowed or normalise_origin(origin) in allowed


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def _answer_preflight() -> Response | None:
    if request.method != "OPTIONS" or not _is_api(request.path):
        return None
    if "Access-Control-Request-Method" not in request.headers:
        return None
    # The CORS headers themselves are added by _add_cors_headers, like on every API response.
    return Response(status=204)


def _add_cors_headers(response: Response) -> Response:
    if not _is_api(request.path):
        return response
    response.vary.add("Origin")
    origin = request.headers.get("Origin")
    allowed = allowed_origins(current_app)
    if not origin_allowed(origin, allowed):
        return response
    response.headers["Access-Control-Allow-Origin"] = "*" if "*" in allowed else origin
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        requested = request.headers.get("Access-Control-Request-Headers")
        if requested:
            response.headers["Access-Control-Allow-Headers"] = requested
        response.headers["Access-Control-Max-Age"] = "600"
    return response


def init_app(app: Flask) -> None:
    """Answer API preflights and add CORS headers; a typo in the allow-list stops the start-up."""
    allowed_origins(app)
    app.before_request(_answer_preflight)
    app.after_request(_add_cors_headers)
