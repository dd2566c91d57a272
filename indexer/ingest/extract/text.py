"""Plain text and Markdown: detect the charset, split into paragraphs, strip Markdown lightly."""

from __future__ import annotations

import re

from indexer.documents import Block, RawDocument, SourceFile
from indexer.ingest.extract.charset import decode_bytes

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*[\"']?(.+?)[\"']?[ \t]*$", re.M)
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*{1,3}|(?<!\w)_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_CODE_SPAN = re.compile(r"`+([^`]*)`+")
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def extract_text(source: SourceFile, sha256: str) -> RawDocument:
    content = decode_bytes(source.path.read_bytes())
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if source.path.suffix.lower() == ".md":
        return _markdown_document(source, sha256, content)
    blocks = tuple(Block(text=paragraph) for paragraph in _paragraphs(content))
    return RawDocument(source=source, sha256=sha256, blocks=blocks)


def _paragraphs(content: str) -> list[str]:
    return [p.strip() for p in _BLANK_LINES.split(content) if p.strip()]


def _markdown_document(source: SourceFile, sha256: str, content: str) -> RawDocument:
    title = None
    front = _FRONT_MATTER.match(content)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        title = found.group(1).strip() if found else None
        content = content[front.end():]
    alt_texts = tuple(alt.strip() for alt in _IMAGE.findall(content) if alt.strip())
    blocks: list[Block] = []
    for text, is_title in _markdown_blocks(content):
        plain = _inline_plain(text)
        if not plain:
            continue
        if is_title and title is None:
            title = plain
        blocks.append(Block(text=plain))
    return RawDocument(source=source, sha256=sha256, blocks=tuple(blocks), title=title, alt_texts=alt_texts)


def _markdown_blocks(content: str) -> list[tuple[str, bool]]:
    """Paragraphs, headings and list items as (text, is a top-level heading)."""
    blocks: list[tuple[str, bool]] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            blocks.append((" ".join(paragraph), False))
            paragraph.clear()

    for line in content.split("\n"):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            paragraph.append(line.strip())  # code is kept as text: identifiers are searchable
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            flush()
            blocks.append((heading.group(2), len(heading.group(1)) == 1))
        elif _SETEXT_UNDERLINE.match(line) and len(paragraph) == 1:
            blocks.append((paragraph.pop(), line.strip().startswith("=")))
        elif not line.strip() or _RULE.match(line) or _LINK_DEFINITION.match(line) or _TABLE_DIVIDER.match(line):
            flush()
        elif _LIST_ITEM.match(line):
            flush()
            paragraph.append(_LIST_ITEM.sub("", line, count=1).strip())
        else:
            stripped = line.strip()
            while stripped.startswith(">"):
                stripped = stripped[1:].strip()
            if stripped.startswith("|") and stripped.endswith("|"):
                stripped = " ".join(cell.strip() for cell in stripped.strip("|").split("|"))
            paragraph.append(stripped)
    flush()
    return blocks


def _inline_plain(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested emphasis such as ***bold italic***
        text = _EMPHASIS.sub(r"\2", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text).strip()
