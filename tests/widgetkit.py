"""Fixtures for the widget tests: a collection with two programmes and hostile documents,
`projsearch serve` with an origin allow-list, and static host pages on other origins."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import free_port, make_document
from indexer.documents import Document

INTERREG = "Interreg Europe"
ERASMUS = "Erasmus+"
INTERREG_WETLANDS = 12  # plus the hostile document below, also Interreg: 13 hits, 3 pages of 5
ERASMUS_WETLANDS = 7

HOSTILE_TITLE = 'Wetland <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>'
HOSTILE_TEXT = (
    "Wetland restoration <script>window.__pwned=3</script> and <img src=x onerror=window.__pwned=4> "
    '<a href="javascript:window.__pwned=5">click</a> &amp; &lt;b&gt;bold&lt;/b&gt; notes on the wetland.'
)
HOSTILE_URL = "javascript:window.__pwned=6"

# A right-to-left title and programme, outside both programmes above and without "wetland", so
# that no count of the other tests changes; "mangrove" finds it alone.
RTL_TITLE = "مشاتل المانغروف على ساحل الدلتا 2021"
RTL_PROGRAMME = "برنامج حوض المتوسط"
RTL_TEXT = "Mangrove nurseries and coastal restoration on the delta. مشاتل المانغروف على ساحل الدلتا. " * 3


def widget_documents(root: Path) -> list[Document]:
    documents = []
    for n in range(INTERREG_WETLANDS):
        documents.append(make_document(
            f"interreg/wetland-{n:02d}.html", f"Interreg wetland project {n:02d}",
            f"The wetland restoration project {n} rebuilt river banks and meadows. " * 3,
            root=root, url=f"https://interreg.example/projects/{n}", programmes=(INTERREG,),
            years=(2016 + n % 5,), countries=("PL",) if n % 2 else ("DE",),
        ))
    for n in range(ERASMUS_WETLANDS):
        documents.append(make_document(
            f"erasmus/wetland-{n:02d}.html", f"Erasmus wetland course {n:02d}",
            f"Students studied the wetland ecology in course {n}. " * 3,
            root=root, language="en", programmes=(ERASMUS,), years=(2019,), countries=("FR",),
        ))
    documents.append(make_document(
        "interreg/hostile.html", HOSTILE_TITLE, HOSTILE_TEXT, root=root, url=HOSTILE_URL,
        programmes=(INTERREG,), years=(2020,), countries=("PL",),
    ))
    documents.append(make_document(
        "med/mangrove.html", RTL_TITLE, RTL_TEXT, root=root, programmes=(RTL_PROGRAMME,), years=(2021,), countries=("TN",),
    ))
    return documents


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@dataclass(frozen=True)
class HostSite:
    """A partner's website: static pages on its own 127.0.0.1 port, i.e. its own origin."""

    origin: str
    directory: Path

    def url(self, page: str) -> str:
        return f"{self.origin}/{page}"


@contextmanager
def host_site(directory: Path) -> Iterator[HostSite]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield HostSite(f"http://127.0.0.1:{server.server_address[1]}", directory)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


AGGRESSIVE_CSS = """
* { display: block; color: red !important; font-size: 40px; float: left; letter-spacing: 4px;
    text-transform: uppercase; visibility: visible; }
html, body { background: #ff0 !important; }
input, button, select, textarea { display: none !important; }
a { pointer-events: none !important; color: red !important; }
mark { background: black !important; color: black !important; }
li, ol, ul, p, div, span, nav, form { position: absolute !important; top: 0 !important; left: 0 !important;
    width: 3px !important; height: 3px !important; overflow: hidden !important; }
head, script, style { display: none; }
"""


THEMED_CSS = """
body { font-family: "DejaVu Serif", serif; }
#t { --projsearch-accent: rgb(0, 128, 0); --projsearch-radius: 0px; }
#t::part(snippet) { font-style: italic; }
"""


def host_pages(script_url: str) -> dict[str, str]:
    """The host pages each partner origin serves, keyed by file name."""

    def page(body: str, head: str = "") -> str:
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner site</title>{head}'
            f'<script src="{script_url}" defer></script></head><body><h1>Partner site</h1>{body}</body></html>'
        )

    one = (f'<projsearch-widget id="w" programme="{INTERREG}" per-page="5" facets="country,year" lang="en">'
           "</projsearch-widget>")
    return {
        "one.html": page(one),
        "two.html": page(
            f'<projsearch-widget id="a" programme="{INTERREG}" per-page="5" lang="en"></projsearch-widget>'
            f'<projsearch-widget id="b" programme="{ERASMUS}" per-page="3" lang="de" theme="dark"></projsearch-widget>'
        ),
        "aggressive.html": page(one, head=f"<style>{AGGRESSIVE_CSS}</style>"),
        "open.html": page('<projsearch-widget id="o" facets="programme" per-page="5" lang="en"></projsearch-widget>'),
        # Set up wrongly: a country by name. The API refuses the preset, and its reason must show.
        "bad-preset.html": page(
            '<projsearch-widget id="w" country="Germany\u202e" query="wetland" lang="de"></projsearch-widget>'
        ),
        "dark-accent.html": page(
            '<projsearch-widget id="w" theme="dark" query="wetland" lang="en" style="--projsearch-accent: #1d5bb8">'
            '</projsearch-widget>'
        ),
        "themed.html": page(
            f'<projsearch-widget id="t" programme="{INTERREG}" per-page="4" paging="more" lang="fr"></projsearch-widget>',
            head=f"<style>{THEMED_CSS}</style>",
        ),
    }


# ---------------------------------------------------------------- contrast, as WCAG measures it

_CHANNELS = {
    "rgb": lambda parts: [float(v) / 255 for v in parts[:3]],
    "color": lambda parts: [float(v) for v in parts[1:4]],  # color(srgb r g b), as color-mix() computes
}


def css_colour(value: str) -> tuple[float, float, float]:
    """A computed colour ("rgb(1, 2, 3)" or "color(srgb 0.1 0.2 0.3)") as sRGB channels 0..1."""
    import re

    name, inside = re.fullmatch(r"(rgba?|color)\((.*)\)", value.strip()).groups()
    parts = [part for part in re.split(r"[\s,/]+", inside) if part]
    red, green, blue = _CHANNELS["color" if name == "color" else "rgb"](parts)
    return red, green, blue


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in css_colour(colour)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
