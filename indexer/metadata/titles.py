"""A document's title: the sidecar's, the properties' when the first page shows it, the first page's
largest type, its first prominent line, or the file name.

A report's Title property is often its template's (the project's name and motto, shared by every
deliverable) and its first line often a running header; the title a reader sees is the text in
the largest type on the cover. The PDF extractor keeps each block's type size for this.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from indexer.documents import Block, Evidence, RawDocument, Sidecar
from indexer.metadata import fields as meta_fields
from indexer.metadata import title_shapes

DISPLAY_RATIO = 1.2
"""Type this much larger than the document's body text is display type: a cover's title, a motto."""

SAME_SIZE = 0.6
"""Points by which the lines of one title may differ in size (rounding, a slightly smaller last line)."""

RUNNING_SHARE = 0.5
MIN_RUNNING_PAGES = 3
"""A line on at least this share of the pages, and on this many, is a running header or footer."""

PROPERTY_WORDS_SHOWN = 0.5
"""The share of a Title property's words the first page's display type must show for it to be the title:
a property joins the cover's large name and its smaller subtitle, or adds a town the cover leaves out."""


@dataclass(frozen=True)
class FirstPage:
    """What the title rules read of a PDF: its first page's blocks, its body size and its running lines."""

    blocks: tuple[Block, ...]
    body: float | None  # the size most letters of the document are set in; None without sizes
    running: frozenset[str]  # folded keys of lines repeated on most pages

    @property
    def display(self) -> tuple[Block, ...]:
        if self.body is None:
            return ()
        return tuple(block for block in self.blocks if block.size and block.size >= self.body * DISPLAY_RATIO)

    def is_running(self, text: str) -> bool:
        return line_key(text) in self.running


def choose_title(raw: RawDocument, sidecar: Sidecar) -> Evidence:
    """The title and where it came from; the file name when nothing better is found."""
    if sidecar.title:
        return Evidence("title", sidecar.title, "sidecar")
    page = first_page(raw)
    title = meta_fields.sensible_title(raw.title)
    if title and shown_on_first_page(title, page):
        return Evidence("title", title, "properties")
    title = display_title(page)
    if title:
        return Evidence("title", title, "text", title)
    lines = [line for block in page.blocks for line in (block.text.splitlines() or [block.text])]
    joined = [" ".join(block.text.split()) for block in page.blocks]
    # A report's first short line is its project's acronym, named again on every page; a web page's is its heading.
    is_page = raw.source.format != "pdf"
    title = named_again(lines) if is_page else None
    title = title or meta_fields.title_from_text(joined) or meta_fields.title_from_text(lines)
    if not title and is_page:
        title = opening_words(lines, raw.source.path)
    if title:
        return Evidence("title", title, "text", title)
    title = meta_fields.title_from_path(raw.source.path)
    return Evidence("title", title, "properties", raw.source.path.name)


HEADING_LINES = 3
"""How far down a page its heading may stand: below it come the page's own words."""
HEADING_WORDS = 6


def named_again(lines: list[str]) -> str | None:
    """A short line at the top whose name the page says again: its heading, even of one word.

    "Omstart!" over "Projektet Omstart! pågick mellan...", "ALCOTRAITÉ" over a text about AlcoTraité;
    a menu entry or a site's label ("Stäng", "Faktaboks") is not named again in the text.
    """
    for index, line in enumerate(lines[:HEADING_LINES]):
        candidate = " ".join(line.split()).strip(" -–|:")
        words = candidate.split()
        if not 1 <= len(words) <= HEADING_WORDS or any(char.isdigit() for char in candidate):
            continue
        if not candidate[0].isupper() or meta_fields.is_site_text(candidate) or not any(len(word) >= 4 for word in words):
            continue
        key = line_key(candidate)
        # A breadcrumb repeating a section's name ("You are here: Home / Funding") is no second mention.
        later = (line_key(other) for other in lines[index + 1 :] if not meta_fields.BOILERPLATE.search(other))
        if len(key) >= 4 and any(other != key and f" {key} " in f" {other} " for other in later):
            return candidate
    return None


OPENING_WORDS = 12
"""How many of a page's first words stand for its title when it has no heading."""


def opening_words(lines: list[str], path: Path) -> str | None:
    """A page without a heading (text copied from a web page's body) is called by its first words.

    Only when its file name says nothing (a number): "Our school participates in a new Erasmus+-project…"
    tells a reader more than "106".
    """
    if any(char.isalpha() for char in path.stem):
        return None
    for line in lines:
        words = line.split()
        opening = " ".join(words[:OPENING_WORDS])
        if len(words) < 6 or not opening[0].isupper() or meta_fields.is_site_text(opening):
            continue
        return opening.rstrip(".:;,") + ("…" if len(words) > OPENING_WORDS else "")
    return None


def first_page(raw: RawDocument) -> FirstPage:
    blocks = tuple(block for block in raw.blocks if block.page in (None, 1))[:40] or tuple(raw.blocks[:40])
    if not any(block.size for block in blocks):
        return FirstPage(blocks, None, frozenset())  # nothing to weigh: no need to read every page for headers
    return FirstPage(blocks, body_size(raw.blocks), running_lines(raw.blocks))


def body_size(blocks: tuple[Block, ...]) -> float | None:
    """The type size of most of the letters: the body text's, against which a title stands out."""
    letters: Counter[float] = Counter()
    for block in blocks:
        if block.size:
            letters[block.size] += sum(char.isalpha() for char in block.text)
    if not letters:
        return None
    return max(letters.items(), key=lambda pair: (pair[1], -pair[0]))[0]


def line_key(text: str) -> str:
    """A line folded for comparison across pages: case, accents, punctuation and page numbers do not count."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char) and not char.isdigit())
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


def running_lines(blocks: tuple[Block, ...]) -> frozenset[str]:
    """Lines and blocks repeated on most pages: a report's running header and footer."""
    pages: dict[int, set[str]] = {}
    for block in blocks:
        if block.page is None:
            continue
        keys = pages.setdefault(block.page, set())
        for text in (block.text, *block.text.splitlines()):
            key = line_key(text)
            if len(key) >= 8 and " " in key:
                keys.add(key)
    if len(pages) < MIN_RUNNING_PAGES:
        return frozenset()
    counts = Counter(key for keys in pages.values() for key in keys)
    needed = max(MIN_RUNNING_PAGES, RUNNING_SHARE * len(pages))
    return frozenset(key for key, count in counts.items() if count >= needed)


def shown_on_first_page(title: str, page: FirstPage) -> bool:
    """Whether a Title property is the title the first page shows: in display type when the page has
    any, on the page at all when it has none, and not the running header every page repeats.

    Without type sizes (an HTML page, text read by OCR) there is nothing to check it against.
    """
    if page.body is None:
        return True
    if page.is_running(title):
        return False
    shown = page.display or page.blocks
    words = set(line_key(title).split())
    seen = {word for block in shown for word in line_key(block.text).split()}
    return bool(words) and len(words & seen) >= PROPERTY_WORDS_SHOWN * len(words)


def display_title(page: FirstPage) -> str | None:
    """The first page's largest type that reads as a title: the runs of lines set in one display
    size, largest first, skipping running headers, captions, sentences and a lone number."""
    display = page.display
    if not display:
        return None
    for run in sorted(_runs(page.blocks, display), key=lambda run: -(run[0].size or 0)):
        text = _joined(run)
        if page.is_running(text) or all(page.is_running(block.text) for block in run):
            continue
        title = _display_candidate(text)
        if title:
            return title
    return None


def _runs(blocks: tuple[Block, ...], display: tuple[Block, ...]) -> list[list[Block]]:
    """Display blocks that follow each other on the page in one size: the lines of one heading."""
    wanted = {id(block) for block in display}
    runs: list[list[Block]] = []
    previous: Block | None = None
    for block in blocks:
        if id(block) not in wanted:
            previous = None
            continue
        if previous is not None and abs((block.size or 0) - (previous.size or 0)) <= SAME_SIZE:
            runs[-1].append(block)
        else:
            runs.append([block])
        previous = block
    return runs


def _joined(run: list[Block]) -> str:
    text = ""
    for line in (line.strip() for block in run for line in block.text.splitlines()):
        if not line:
            continue
        # A word broken at the end of a line ("Software-as-" / "a-Service") is one word again.
        text = text + line if text.endswith("-") and line[:1].islower() else f"{text} {line}".strip()
    return text


def _display_candidate(text: str) -> str | None:
    text = title_shapes.before_cover_labels(text)
    if title_shapes.is_caption(text) or title_shapes.is_sentence(text) or title_shapes.is_deliverable_number(text):
        return None
    if text.startswith(("(", "[")):
        return None  # a note in brackets under the title: "(European Commission Decision C (2015) 2453)"
    text = title_shapes.without_deliverable_number(text)
    words = text.split()
    if len(words) == 1:
        # A cover may name its subject in one large word ("Microsite"); a code or a number is no name.
        word = words[0].strip(".,:;")
        if sum(char.isalpha() for char in word) >= 4 and not meta_fields.BOILERPLATE.search(word):
            return word
        return None
    return meta_fields.sensible_title(text)
