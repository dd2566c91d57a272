"""Make extracted text fit to index: repair, normalise, score, and drop what is garbage.

Text quality of a page (or of a whole HTML/text file) is the share of its non-space
characters that sit in plausible tokens. A token is plausible when, once surrounding
punctuation is stripped, it is a word in one script (with sane capitalisation), a number,
a short letter-digit code such as ``H2020``, or a URL/e-mail address, and its script is not
a stray minority on the page. Tokens weigh by length; bare punctuation counts for nothing;
``(cid:N)`` glyph codes, private-use and replacement characters, box drawing and symbol runs
count against. Pages and blocks scoring below ``QUALITY_THRESHOLD`` are dropped.

Scripts written without spaces (Han and kana, Thai, Lao, Khmer, Myanmar) put a whole clause
between two spaces: within a space-separated token, each run of such letters (with their
combining marks) is judged as one word of any length, and what sits between runs (digits,
Latin names, punctuation) as tokens of their own. Han text has one more test, because a font
without a usable character map can turn Latin text into plausible-looking ideographs: real
Chinese or Japanese always uses some of the language's most frequent characters
(charset-normalizer's frequency tables), while ideographs drawn at random from the 20,000 of
the block almost never do. A text with enough Han characters, too few of them frequent ones,
has its Han runs counted as garbage.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

import ftfy
from charset_normalizer.constant import FREQUENCIES

from indexer.language.analysis import has_unspaced, unspaced_runs
from indexer.language.memo import remembered_when_short
from indexer.documents import Block, IndexingError, RawDocument, Reason

QUALITY_THRESHOLD = 0.5
OCR_MIN_CONFIDENCE = 0.7  # mean word confidence of an OCR page; good print reads at 0.9 and above
SCANNED_IMAGE_SHARE = 0.3  # a page this much covered by images...
SCANNED_MAX_LETTERS = 40  # ...with fewer letters of text than this is a scan with a stamp on it
MINORITY_SCRIPT_SHARE = 0.05  # a script with less of a page's letters than this is suspicious there...
MINORITY_MIN_LETTERS = 200  # ...but only on pages with enough letters to tell
MAX_WORD_LENGTH = 40
HAN_SAMPLE = 20  # Han characters needed before their choice of characters is judged...
HAN_FREQUENT_MIN_SHARE = 0.05  # ...and the least share of frequent ones real text shows (about 0.4)

_FTFY = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, normalization="NFC", explain=False)
_CID = re.compile(r"\(cid:\d+\)")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""The only ASCII ftfy changes (line breaks, escapes, control characters): other ASCII text skips it."""
_GARBAGE_MARK = "\ufffd"
_EOL_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad][ \t]*\n[ \t]*(?=[^\W\d_])")
ZERO_WIDTH = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
"""Characters that show nothing and are no letter: zero-width space, direction marks and embeddings,
word joiner, invisible operators, byte-order mark. Cleaning deletes them; the PDF layout never sees them."""
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad" + ZERO_WIDTH))  # the soft hyphen too, after line-end joining
_NUMBER = re.compile(r"^[+\-−±]?\d[\d.,:/%+\-–]*$")
_CODE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[^\W_]{2,15}(?:[-./][^\W_]{1,10}){0,3}$")
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)
_COMPOUND_SEPARATORS = re.compile(r"[:/@_\"=#;,.()\[\]{}<>|+*&?!~^$%]+")
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "KATAKANA-HIRAGANA", "IDEOGRAPHIC", "HALFWIDTH"})  # mixed in one word
_FREQUENT_HAN = frozenset(
    char
    for language in ("Chinese", "Japanese")
    for table, chars in FREQUENCIES.items()
    if table.startswith(language)
    for char in chars
    if unicodedata.name(char, "").startswith("CJK UNIFIED")
)
_WORD_JOINERS = frozenset("'’-.·\u00b7")


def clean_text(text: str) -> str:
    """Repaired, normalised text with garbage characters removed (for titles and properties)."""
    return _strip_garbage(_normalise(text))


def clean(raw: RawDocument) -> RawDocument:
    """Cleaned blocks scored per page; raises GARBLED or NO_TEXT when nothing usable remains."""
    # A text file's line breaks are its only structure: partner lists, fact boxes and menus are one
    # item per line, and the metadata and language stages read them as lines.
    lines = raw.source.format == "text"
    prepared = [(block, _normalised_block(block.text, lines)) for block in raw.blocks]
    pages = _page_keys(raw)
    texts_by_page: dict[int, list[str]] = {key: [] for key in pages}
    for block, text in prepared:
        texts_by_page.setdefault(_page_key(block), []).append(text)
    scripts = {key: _script_profile(texts) for key, texts in texts_by_page.items()}
    page_scores = {key: text_quality(texts, scripts[key]) for key, texts in texts_by_page.items()}
    for ocr_page in raw.ocr_pages:
        # OCR text can look plausible yet be misread: its score is discounted by Tesseract's confidence,
        # and a page Tesseract is unsure of as a whole (shapes, photos, no real script) is garbage.
        score = page_scores.get(ocr_page.page)
        if score is not None:
            page_scores[ocr_page.page] = score * ocr_page.confidence if ocr_page.confidence >= OCR_MIN_CONFIDENCE else 0.0
    kept: list[Block] = []
    for block, text in prepared:
        key = _page_key(block)
        page_score = page_scores[key]
        if page_score is None or page_score < QUALITY_THRESHOLD:
            continue
        # A page of one block has already been scored as a whole: the same call, the same answer.
        block_score = page_score if len(texts_by_page[key]) == 1 else text_quality([text], scripts[key])
        if block_score is None or block_score < QUALITY_THRESHOLD:
            continue
        final = _without_garbage(text)
        if any(c.isalnum() for c in final):
            kept.append(replace(block, text=final, quality=round(page_score, 3)))
    if not kept:
        raise _nothing_usable(raw, page_scores)
    return replace(
        raw,
        blocks=tuple(kept),
        title=_clean_optional(raw.title),
        properties=tuple((key, clean_text(value)) for key, value in raw.properties),
        page_quality=tuple(round(page_scores.get(key) or 0.0, 3) for key in pages),
        alt_texts=tuple(t for t in (clean_text(alt) for alt in raw.alt_texts) if t),
    )


def needs_ocr(texts: Sequence[str], image_share: float) -> bool:
    """Whether a PDF page's text layer is missing or unusable, so its image should be read instead.

    Unusable: nothing to judge, or a quality score below the threshold (``(cid:N)`` runs count as
    garbage). A page mostly covered by an image with only a few letters on top (a stamped page
    number, a header over a scan) has no usable text layer either.
    """
    normalised = [_normalise(text) for text in texts]
    score = text_quality(normalised, _script_profile(normalised))
    if score is None or score < QUALITY_THRESHOLD:
        return True
    letters = sum(c.isalpha() for text in normalised for c in text)
    return image_share >= SCANNED_IMAGE_SHARE and letters < SCANNED_MAX_LETTERS


def document_quality(raw: RawDocument) -> float:
    """One figure for a cleaned document: the mean quality of its kept text, weighted by length."""
    total = sum(len(block.text) for block in raw.blocks)
    return sum(block.quality * len(block.text) for block in raw.blocks) / total if total else 0.0


def text_quality(texts: Iterable[str], scripts: Counter[str] | None = None) -> float | None:
    """Share (0..1) of characters in plausible tokens; None when there is nothing to judge."""
    scripts = scripts or Counter()
    majority = _majority_scripts(scripts)
    texts = list(texts)
    han_plausible = _han_plausible(texts)
    good = bad = 0
    for text in texts:
        if not has_unspaced(text):
            # Without unspaced letters each token is one piece, judged as a word (as below, faster).
            for token in text.split():
                verdict = _token_verdict(token, majority)
                if verdict is True:
                    good += len(token)
                elif verdict is False:
                    bad += len(token)
            continue
        for token in text.split():
            for piece, unspaced in unspaced_runs(token):
                script = next((_script(c) for c in piece if c.isalpha()), None) if unspaced else None
                if script is None:
                    verdict = _token_verdict(piece, majority)
                else:
                    verdict = (han_plausible or script != "CJK") and (majority is None or script in majority)
                if verdict is True:
                    good += len(piece)
                elif verdict is False:
                    bad += len(piece)
    total = good + bad
    return good / total if total else None


def _han_plausible(texts: list[str]) -> bool:
    """Whether the Han characters of a text are a plausible choice (see the module docstring)."""
    han_chars = [char for text in texts for char in _HAN.findall(text)]
    if len(han_chars) < HAN_SAMPLE:
        return True
    frequent = sum(char in _FREQUENT_HAN for char in han_chars)
    return frequent / len(han_chars) >= HAN_FREQUENT_MIN_SHARE


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")  # Han ideographs, with the extensions


def _normalise(text: str, lines: bool = False) -> str:
    """Everything but garbage removal: garbage must still be visible to the quality score.

    Whitespace runs become one space; with ``lines``, line breaks stay, one between lines.
    """
    text = _CID.sub(_GARBAGE_MARK, text)
    if not text.isascii() or _ASCII_CONTROL.search(text):
        text = ftfy.fix_text(text, _FTFY)
    text = _EOL_HYPHEN.sub(_join_hyphenated, text)
    text = text.translate(_INVISIBLE)
    text = text.translate(_CONTROLS_IN_LINES if lines else _CONTROLS)
    text = unicodedata.normalize("NFC", text)
    if lines:
        return "\n".join(filter(None, (" ".join(line.split()) for line in text.split("\n"))))
    return " ".join(text.split())


# Recurring blocks are cleaned once per process (see indexer.language.memo).
_normalised_block = remembered_when_short(_normalise)


@remembered_when_short
def _without_garbage(text: str) -> str:
    """The normalised block without garbage runs and characters, line by line."""
    return "\n".join(filter(None, (_strip_garbage(_cut_garbage_runs(line)) for line in text.split("\n"))))


def _join_hyphenated(match: re.Match[str]) -> str:
    following = match.string[match.end()]
    # "infor-\nmation" was one word; "Baden-\nWürttemberg" keeps its hyphen.
    return "" if following.islower() else "-"


def _control_replacement(char: str) -> str:
    return " " if char.isspace() else ""


# Unicode never adds characters to category Cc: it is these 65 code points below U+00A0 for good.
_CONTROL_CHARS = [chr(code) for code in range(0xA0) if unicodedata.category(chr(code)) == "Cc"]
_CONTROLS = str.maketrans({char: _control_replacement(char) or None for char in _CONTROL_CHARS})
_CONTROLS_IN_LINES = str.maketrans({char: _control_replacement(char) or None for char in _CONTROL_CHARS if char != "\n"})


def _cut_garbage_runs(text: str) -> str:
    """The block without its runs of garbage tokens, so that they reach neither the index nor the snippets.

    Tokens are judged on their own form (not against the page's scripts: a Latin programme name in
    Greek text is a word). A run goes when it has two or more garbage tokens, or one that mixes scripts
    (half-decoded text); a single odd token among good words (a name spelt strangely) stays.
    """
    tokens = text.split(" ")
    kept: list[str] = []
    run: list[str] = []
    for token in tokens:
        if token and _token_verdict(token, None) is False:
            run.append(token)
            continue
        if run and not _is_garbage_run(run):
            kept.extend(run)
        run = []
        kept.append(token)
    if run and not _is_garbage_run(run):
        kept.extend(run)
    return " ".join(kept)


def _is_garbage_run(run: list[str]) -> bool:
    if len(run) >= 2:
        return True
    scripts = {_script(char) for char in run[0] if char.isalpha()} - {None}
    return len(scripts) >= 2 and len(run[0]) >= 4


def _strip_garbage(text: str) -> str:
    if text.isascii():
        return " ".join(text.split())  # no ASCII character is a garbage character
    return " ".join("".join(c for c in text if not _is_garbage_char(c)).split())


@lru_cache(maxsize=4096)
def _is_garbage_char(char: str) -> bool:
    if char == _GARBAGE_MARK:
        return True
    category = unicodedata.category(char)
    if category in ("Co", "Cn", "Cs"):
        return True
    code = ord(char)
    if 0x2500 <= code <= 0x259F:  # box drawing and block elements
        return True
    return category == "So" and code > 0x2000  # symbol soup from undecodable fonts, emoji


@lru_cache(maxsize=8192)
def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0] if name else None
    return "CJK" if script in _EAST_ASIAN else script


def _script_profile(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(map(_script, text))
    counts.pop(None, None)  # characters that are no letters
    return counts


def _majority_scripts(scripts: Counter[str]) -> frozenset[str] | None:
    total = sum(scripts.values())
    if total < MINORITY_MIN_LETTERS:
        return None  # too little text to call any script a stranger
    return frozenset(s for s, n in scripts.items() if n / total >= MINORITY_SCRIPT_SHARE)


@lru_cache(maxsize=65536)  # the same words come back on every page and in every document
def _token_verdict(token: str, majority: frozenset[str] | None) -> bool | None:
    """True: plausible; False: garbage; None: bare punctuation, which does not count."""
    if any(_is_garbage_char(c) for c in token):
        return False
    core = _strip_edges(token)
    if not core:
        return None if all(unicodedata.category(c)[0] in "PS" for c in token) else False
    if _ADDRESS.match(core) or _is_term(core, majority):
        return True
    # Technical compounds such as "rdf:Property" or 'label"@en' are plausible part by part.
    parts = [p for p in _COMPOUND_SEPARATORS.split(core) if p]
    return len(parts) > 1 and all(_is_term(_strip_edges(part) or "0", majority) for part in parts)


def _strip_edges(token: str) -> str:
    """The token without leading and trailing punctuation or symbols (quotes, brackets, %, €...)."""
    start, end = 0, len(token)
    while start < end and unicodedata.category(token[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(token[end - 1])[0] in "PS":
        end -= 1
    return token[start:end]


def _is_term(core: str, majority: frozenset[str] | None) -> bool:
    return bool(_NUMBER.match(core) or _CODE.match(core)) or _is_word(core, majority)


def _is_word(core: str, majority: frozenset[str] | None) -> bool:
    if len(core) > MAX_WORD_LENGTH and _script(core[0]) != "CJK":  # CJK writes no spaces between words
        return False
    scripts: set[str] = set()
    case_switches = 0
    previous_lower = False
    for char in core:
        if char.isalpha():
            script = _script(char)
            if script:
                scripts.add(script)
            if previous_lower and char.isupper():
                case_switches += 1
            previous_lower = char.islower()
        elif unicodedata.category(char).startswith("M"):
            continue  # combining marks belong to the letter before them
        elif char not in _WORD_JOINERS:
            return False
    if len(scripts) != 1 or case_switches > 2:
        return False
    return majority is None or next(iter(scripts)) in majority


def _page_key(block: Block) -> int:
    return block.page or 0


def _page_keys(raw: RawDocument) -> list[int]:
    if raw.pages:
        return list(range(1, raw.pages + 1))
    return sorted({_page_key(block) for block in raw.blocks}) or [0]


def _nothing_usable(raw: RawDocument, page_scores: dict[int, float | None]) -> IndexingError:
    path = raw.source.path
    if not any(block.text.strip() for block in raw.blocks):
        return IndexingError(path, Reason.NO_TEXT, "no text found")
    raw_text = raw.text
    cids = len(_CID.findall(raw_text))
    scored = [s for s in page_scores.values() if s is not None]
    best = f"best page quality {max(scored):.2f}" if scored else "no readable characters"
    detail = f"{best}, below {QUALITY_THRESHOLD}"
    if cids:
        detail += f"; {cids} unmapped (cid:N) glyph codes"
    return IndexingError(path, Reason.GARBLED, detail)


def _clean_optional(text: str | None) -> str | None:
    if text is None:
        return None
    return clean_text(text) or None
