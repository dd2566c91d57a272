"""Turn the bytes of a text or HTML file into str without assuming UTF-8.

Order: a byte-order mark, a charset the file declares (HTML), strict UTF-8, then
charset-normalizer limited to the single-byte code pages European documents use. Its
candidates often tie (cp1250 and cp1252 both decode French "à" without errors), so ties are
broken by which decoding gives letters that one real alphabet actually uses together.
"""

from __future__ import annotations

import codecs

import charset_normalizer

_BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
EUROPEAN_CODE_PAGES = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1257", "iso8859_2", "iso8859_15", "iso8859_7",
    "koi8_r", "cp1254",
)
_DETECT_BYTES = 200_000  # enough to decide; detection on megabytes is slow

_ALPHABETS = tuple(frozenset(letters) for letters in (
    "äöüß",  # de
    "àâæçéèêëîïôœùûüÿ",  # fr
    "áéíñóúü",  # es
    "àèéìíîòóùú",  # it
    "áâãàçéêíóôõú",  # pt
    "ąćęłńóśźż",  # pl
    "áčďéěíňóřšťúůýž",  # cs
    "áäčďéíĺľňóôŕšťúýž",  # sk
    "čćđšž",  # hr, bs, sr (Latin)
    "áéíóöőúüű",  # hu
    "ăâîșțşţ",  # ro
    "åäöæøé",  # sv, da, no
    "äöõüšž",  # et, fi
    "āčēģīķļņšūž",  # lv
    "ąčęėįšųūž",  # lt
    "áðéíóúýþæö",  # is
    "ċġħżàèìòù",  # mt
    "éèëïöüáó",  # nl, ga
    "àçèéíïòóúü·",  # ca
    "çğıöşüâî",  # tr
    "çë",  # sq
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",  # ru
    "абвгдђежзијклљмнњопрстћуфхцчџш",  # sr, mk
    "абвгдежзийклмнопрстуфхцчшщъьюя",  # bg
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  # uk
    "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  # mk
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",  # el
))


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode file content; ``declared`` is a charset named by the file itself (HTML meta)."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if declared:
        decoded = _decode_declared(data, declared)
        if decoded is not None:
            return decoded
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(detect_code_page(data), errors="replace")


def detect_code_page(data: bytes) -> str:
    """The most plausible single-byte European code page for non-UTF-8 bytes."""
    sample = data[:_DETECT_BYTES]
    matches = list(charset_normalizer.from_bytes(sample, cp_isolation=list(EUROPEAN_CODE_PAGES)))
    if not matches:
        return "cp1252"
    least_chaos = min(match.chaos for match in matches)
    close = [match for match in matches if match.chaos <= least_chaos + 0.05]
    best = max(close, key=lambda match: _alphabet_fit(str(match)))
    return best.encoding


def _alphabet_fit(text: str) -> float:
    """Share of non-ASCII letters that the best-fitting single alphabet contains."""
    letters = [c for c in text.lower() if ord(c) > 127 and c.isalpha()]
    if not letters:
        return 1.0
    return max(sum(1 for c in letters if c in alphabet) for alphabet in _ALPHABETS) / len(letters)


def _decode_declared(data: bytes, declared: str) -> str | None:
    try:
        codec = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    if codec in ("iso8859-1", "ascii", "latin-1"):
        codec = "cp1252"  # what browsers do: the declaration is a label for windows-1252
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None  # the declaration lies; fall back to detection
