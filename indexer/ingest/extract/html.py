"""HTML pages: the main content only, one block per paragraph, heading or list item.

Site chrome (navigation, headers, footers, cookie banners, share buttons, menus,
breadcrumbs) is skipped by tag, ARIA role and id/class words, so that a search for
"cookies" or "share" does not match every page of a site.
"""

from __future__ import annotations

import datetime as dt
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from indexer.documents import Block, RawDocument, SourceFile
from indexer.ingest.extract.charset import decode_bytes
from indexer.ingest.extract.dates import parse_iso_date
from indexer.ingest.extract import nesting

_BLOCK_TAGS = frozenset(
    "address article blockquote caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 "
    "hr li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_NOISE_TAGS = frozenset(
    "aside audio button canvas dialog embed footer form iframe input label map menu nav noscript "
    "object script select style svg template textarea video".split()
)
_CONTENT_TAGS = frozenset({"article", "main", "section"})
_NOISE_ROLES = frozenset(
    "alertdialog banner complementary contentinfo dialog menu menubar navigation search toolbar".split()
)
_NOISE_WORDS = frozenset(
    "nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar share sharing social socials "
    "cookie cookies consent gdpr popup modal newsletter skip footer toolbar pagination pager related "
    "sitemap".split()
)
_NOISE_SUBSTRINGS = ("cookie", "consent", "sharethis", "addthis", "breadcrumb", "navbar", "gdpr", "onetrust",
                     "a2a_kit", "socialshare", "share-buttons")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•»:]{1,2}|-)\s+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PUBLISHED_KEYS = (
    "article:published_time", "dcterms.issued", "dcterms.date", "dc.date", "dc.date.issued", "date",
    "pubdate", "publication_date", "citation_publication_date", "dcterms.created",
)


def extract_html(source: SourceFile, sha256: str) -> RawDocument:
    data = source.path.read_bytes()
    declared = _META_CHARSET.search(data[:4096])
    markup = decode_bytes(data, declared=declared.group(1).decode("ascii") if declared else None)
    tree = LexborHTMLParser(nesting.capped(markup))
    properties = _meta_properties(tree)
    root, in_content = _content_root(tree)
    blocks: list[Block] = []
    if root is not None:
        _BlockWalker(blocks).visit(root, _inherited_lang(root), in_content)
    return RawDocument(
        source=source,
        sha256=sha256,
        blocks=tuple(blocks),
        title=_title(tree, dict(properties)),
        lang_hint=_page_lang(tree, dict(properties)),
        properties=tuple(properties),
        published=_published(dict(properties)),
        alt_texts=_alt_texts(tree),
    )


class _BlockWalker:
    """Depth-first walk that cuts text into blocks at block-level elements."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.buffer: list[str] = []
        self.lang: str | None = None

    def visit(self, node: LexborNode, lang: str | None, in_content: bool) -> None:
        self.flush()
        self.lang = lang
        for child in node.iter(include_text=True):
            if child.is_text_node:
                self.buffer.append(child.text_content or "")
            elif child.is_element_node:
                self._element(child, lang, in_content)
        self.flush()

    def _element(self, child: LexborNode, lang: str | None, in_content: bool) -> None:
        if _is_noise(child, in_content):
            return
        tag = child.tag or ""
        child_lang = _lang_attr(child) or lang
        if tag == "br":
            self.buffer.append(" ")
        elif tag in _BLOCK_TAGS or tag == "header":
            self.visit(child, child_lang, in_content or tag in _CONTENT_TAGS)
            self.lang = lang
        else:
            for inner in child.iter(include_text=True):
                if inner.is_text_node:
                    self.buffer.append(inner.text_content or "")
                elif inner.is_element_node:
                    self._element(inner, child_lang, in_content)

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.blocks.append(Block(text=text, lang_hint=self.lang))


def _content_root(tree: LexborHTMLParser) -> tuple[LexborNode | None, bool]:
    """The element holding the page's own content, and whether it is a content element."""
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return node, True
    articles = tree.css("article")
    if len(articles) == 1 and articles[0].text(strip=True):
        return articles[0], True
    return tree.body, False


def _is_noise(node: LexborNode, in_content: bool) -> bool:
    tag = node.tag or ""
    if tag in _NOISE_TAGS:
        return True
    if tag == "header" and not in_content:
        return True  # a page header is site chrome; an article's header holds its title
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if re.search(r"display\s*:\s*none", attrs.get("style") or "", re.I):
        return True
    if (attrs.get("role") or "").lower() in _NOISE_ROLES:
        return True
    if tag in ("body", "html", "main", "article"):
        return False
    names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}".lower()
    if not names.strip():
        return False
    if not (set(_WORD_SPLIT.split(names)) & _NOISE_WORDS or any(s in names for s in _NOISE_SUBSTRINGS)):
        return False
    # A wrapper whose class merely mentions a menu state must not hide the page's content.
    return node.css_first("h1, main, article, [role=main]") is None


def _lang_attr(node: LexborNode) -> str | None:
    attrs = node.attributes
    value = attrs.get("lang") or attrs.get("xml:lang")
    return normalise_lang_tag(value) if value else None


def _inherited_lang(node: LexborNode | None) -> str | None:
    while node is not None:
        if node.is_element_node:
            lang = _lang_attr(node)
            if lang:
                return lang
        node = node.parent
    return None


def normalise_lang_tag(value: str) -> str | None:
    """BCP 47 casing: ``pl_PL`` -> ``pl-PL``, ``SR-cyrl`` -> ``sr-Cyrl``; None when not a tag."""
    parts = [p for p in re.split(r"[-_]", value.strip().split(",")[0].strip()) if p]
    if not parts or not re.fullmatch(r"[A-Za-z]{2,3}", parts[0]):
        return None
    tag = [parts[0].lower()]
    for part in parts[1:3]:
        if len(part) == 4 and part.isalpha():
            tag.append(part.title())
        elif len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit():
            tag.append(part.upper())
        else:
            break
    return "-".join(tag)


def _page_lang(tree: LexborHTMLParser, properties: dict[str, str]) -> str | None:
    html = tree.css_first("html")
    if html is not None:
        lang = _lang_attr(html)
        if lang:
            return lang
    for key in ("http-equiv:content-language", "og:locale"):
        if key in properties:
            lang = normalise_lang_tag(properties[key])
            if lang:
                return lang
    return None


def _meta_properties(tree: LexborHTMLParser) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for meta in tree.css("meta"):
        attrs = meta.attributes
        content = " ".join((attrs.get("content") or "").split())
        if not content:
            continue
        if attrs.get("http-equiv"):
            found.append((f"http-equiv:{attrs['http-equiv'].lower()}", content))
        name = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        if name:
            found.append((name.strip().lower(), content))
    canonical = tree.css_first("link[rel=canonical]")
    if canonical is not None and canonical.attributes.get("href"):
        found.append(("canonical", canonical.attributes["href"] or ""))
    return found


def _title(tree: LexborHTMLParser, properties: dict[str, str]) -> str | None:
    title_node = tree.css_first("title")
    title = " ".join(title_node.text().split()) if title_node is not None else ""
    if title:
        return _without_site_name(title, properties.get("og:site_name"))
    if properties.get("og:title"):
        return properties["og:title"]
    heading = tree.css_first("h1")
    text = " ".join(heading.text().split()) if heading is not None else ""
    return text or None


def _without_site_name(title: str, site_name: str | None) -> str:
    parts = [p for p in _title_parts(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site_name:
        own = [p for p in parts if p.strip().lower() != site_name.strip().lower()]
        if own and len(own) < len(parts):
            return " – ".join(own)
    # Sites append their name last far more often than first; but "BIOSENS – Sensori biologici per la sicurezza
    # alimentare" is one title: only a last part that reads like a name (every word capitalised) is the site's.
    if _reads_like_a_name(parts[-1]):
        return " – ".join(parts[:-1])
    return title


_CONNECTORS = frozenset("of the for and de la le les des du di del da do dos das van von und et y e i a für".split())


def _reads_like_a_name(part: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.&-]*", part)
    if not words or len(words) > 6:
        return False
    return all(word[0].isupper() or word.lower() in _CONNECTORS for word in words) and not words[0].lower() in _CONNECTORS


def _title_parts(title: str) -> list[str]:
    """The title split at its separators, except inside brackets: "LIFE KRAS-VODA (2025 – 2029)" keeps its years."""
    parts, depth, last = [], 0, 0
    for match in re.finditer(r"[()\[\]]|" + _TITLE_SEPARATOR.pattern, title):
        token = match.group(0)
        if token in "([":
            depth += 1
        elif token in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(title[last : match.start()])
            last = match.end()
    parts.append(title[last:])
    return parts


def _published(properties: dict[str, str]) -> dt.date | None:
    for key in _PUBLISHED_KEYS:
        if key in properties:
            date = parse_iso_date(properties[key])
            if date:
                return date
    return None


def _alt_texts(tree: LexborHTMLParser) -> tuple[str, ...]:
    """Alt texts from the whole page: a logo in the footer often names the programme."""
    seen: dict[str, None] = {}
    for image in tree.css("img[alt], area[alt]"):
        alt = " ".join((image.attributes.get("alt") or "").split())
        if alt:
            seen.setdefault(alt, None)
    return tuple(seen)
