"""The embeddable search script, ``/widget.js``: built once from widget.js and its strings, cached by content hash.

``webui.embed`` serves the ``/embed`` iframe fallback and ``webui.widget_docs`` the ``/widget`` page;
both read their options with the parsers below, the way the script reads its attributes. Which
partner sites may use them across origins is decided in ``webui.cors``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, request, url_for

from indexer.search import NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE, NOTE_TIMEOUT
from webui import urls

bp = Blueprint("widget", __name__)

STATIC_DIR = Path(__file__).parent / "static" / "widget"
SCRIPT_PATH = STATIC_DIR / "widget.js"
STRINGS_PATH = STATIC_DIR / "strings.json"
STRINGS_PLACEHOLDER = "__PROJSEARCH_STRINGS__"
NOTES_PLACEHOLDER = "__PROJSEARCH_NOTES__"
# The search layer's notes arrive as English sentences in ``notes``; the script is told which
# sentence is which, so it says each in its own language even if their English wording changes.
SEARCH_NOTES: dict[str, str] = {
    "malformed": NOTE_MALFORMED, "nothingSearchable": NOTE_NOTHING_SEARCHABLE, "timeout": NOTE_TIMEOUT,
}

FACET_NAMES: tuple[str, ...] = ("programme", "year", "country", "language", "kind")
THEMES: tuple[str, ...] = ("auto", "light", "dark")
WIDGET_TARGETS: tuple[str, ...] = ("_self", "_blank", "_top")
EMBED_TARGETS: tuple[str, ...] = ("_top", "_blank")
MAX_PER_PAGE = 50
LONG_CACHE = "public, max-age=31536000, immutable"
SHORT_CACHE = "public, max-age=300"
_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?")

# ---------------------------------------------------------------- the script


@dataclass(frozen=True)
class WidgetScript:
    body: bytes
    version: str  # content hash: the ``?v=`` that makes a URL cacheable for a year
    gzip_size: int


def strings() -> dict[str, dict[str, Any]]:
    return _load_strings(STRINGS_PATH.stat().st_mtime_ns)


@cache
def _load_strings(_mtime_ns: int) -> dict[str, dict[str, Any]]:
    return json.loads(STRINGS_PATH.read_text(encoding="utf-8"))


def widget_script() -> WidgetScript:
    return _build_script(SCRIPT_PATH.stat().st_mtime_ns, STRINGS_PATH.stat().st_mtime_ns)


@cache
def _build_script(_script_mtime_ns: int, _strings_mtime_ns: int) -> WidgetScript:
    source = _compact(SCRIPT_PATH.read_text(encoding="utf-8"))
    table = json.dumps(strings(), ensure_ascii=False, separators=(",", ":"))
    notes = json.dumps(SEARCH_NOTES, ensure_ascii=False, separators=(",", ":"))
    body = source.replace(STRINGS_PLACEHOLDER, table, 1).replace(NOTES_PLACEHOLDER, notes, 1).encode("utf-8")
    version = hashlib.sha256(body).hexdigest()[:12]
    return WidgetScript(body=body, version=version, gzip_size=len(gzip.compress(body, compresslevel=9, mtime=0)))


def _compact(source: str) -> str:
    """Drop indentation and whole-line ``//`` comments: widget.js has no string spanning lines."""
    lines = (line.strip() for line in source.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//")) + "\n"


@bp.app_template_global()
def widget_script_url(external: bool = True) -> str:
    if external:
        return urls.external_url("widget.script", v=widget_script().version)
    return url_for("widget.script", v=widget_script().version)


@bp.get("/widget.js")
def script() -> Response:
    asset = widget_script()
    response = Response(asset.body, content_type="text/javascript; charset=utf-8")
    # A versioned URL never changes; an unversioned (or outdated) one is revalidated often.
    response.headers["Cache-Control"] = LONG_CACHE if request.args.get("v") == asset.version else SHORT_CACHE
    response.headers["X-Content-Type-Options"] = "nosniff"
    # Partner pages load it from another origin, possibly under COEP or with crossorigin=.
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.set_etag(asset.version)
    return response.make_conditional(request)


# ---------------------------------------------------------------- option parsing shared by /embed and /widget


def list_arg(args: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """Repeated parameters and comma-separated values both work: ``country=PL&country=DE`` or ``PL,DE``."""
    getlist = getattr(args, "getlist", None)
    raw = getlist(name) if getlist else [args.get(name, "")]
    values: list[str] = []
    for item in raw:
        for value in str(item).split(","):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return tuple(values)


def choice(value: str | None, allowed: tuple[str, ...], default: str) -> str:
    return value if value in allowed else default


def int_arg(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(value or default)
    except ValueError:
        return default
    return min(max(number, low), high)


def language(value: str | None) -> str:
    table = strings()
    code = (value or "").lower()
    if code in table:
        return code
    return code.split("-")[0] if code.split("-")[0] in table else "en"


def colour(value: str | None) -> str | None:
    return value if value and _COLOUR.fullmatch(value) else None


# On the dark themes' ground (#17191d) a custom accent is mixed with this much white, as the
# script's CSS does with color-mix(): even black then reads at 5:1, and #1d5bb8 at 8:1.
DARK_ACCENT_WHITE = 0.55
# On the light theme's white ground link text and the button (white on the accent) need WCAG AA.
LIGHT_GROUND = (255, 255, 255)
LIGHT_ACCENT_CONTRAST = 4.5


def _channels(accent: str) -> tuple[int, int, int]:
    digits = accent.lstrip("#")
    if len(digits) == 3:
        digits = "".join(2 * digit for digit in digits)
    red, green, blue = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


def _hex(channels: Iterable[float]) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in channels)


def _luminance(channels: Iterable[float]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0-255 channels)."""
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: Iterable[float], second: Iterable[float]) -> float:
    """WCAG 2 contrast ratio of two sRGB colours, 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def dark_accent(accent: str) -> str:
    """``accent`` (#rgb or #rrggbb) lightened for text and buttons on a dark ground."""
    return _hex(c + (255 - c) * DARK_ACCENT_WHITE for c in _channels(accent))


def light_accent(accent: str) -> str:
    """``accent`` as the light theme shows it: kept if it reads at 4.5:1 on white, else mixed with
    just enough black to read so (the dark theme's white mix, mirrored): #ffff00 becomes #7a7a00.

    The least black that does keeps the colour closest to the one chosen; black itself reads at 21:1.
    """
    channels = _channels(accent)
    if contrast(channels, LIGHT_GROUND) >= LIGHT_ACCENT_CONTRAST:
        return accent
    for percent in range(1, 101):
        mixed = [round(c * (1 - percent / 100)) for c in channels]
        if contrast(mixed, LIGHT_GROUND) >= LIGHT_ACCENT_CONTRAST:
            return _hex(mixed)
    return "#000000"  # not reached: 100 % black passes
