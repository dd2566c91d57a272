"""Shortcuts of the stages: cleaning and language detection remember their answers for recurring
blocks, the period rules are skipped for text without a year, and the partner words for text
without any of their openings. Each must give exactly what the
stage itself gives, on real pages in many languages."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from indexer.ingest import clean as cleaning
from indexer.ingest.extract import extract
from indexer.ingest.sources import discover, file_sha256
from indexer.language import detection, memo
from indexer.metadata import country_names, partner_context, programme_codes, programmes
from indexer.metadata.text import fold
from indexer.metadata.needles import CASE_TWINS, Prechecked, required_literals
from indexer.metadata.partner_context import PARTNER_WORDS, partner_word_matches
from indexer.metadata.date_mentions import find_dates, may_hold_dates
from indexer.metadata.dates import find_period, period_by_rules

ROOT = Path(__file__).resolve().parent.parent
SHARED_PAGES = ROOT.parent / "shared" / "data" / "pages" / "pages"


def _raw_documents(folder: Path):
    for source in discover([folder]).files:
        yield extract(source, file_sha256(source.path))


def _blocks() -> list[str]:
    folders = [ROOT / "corpus"] + ([SHARED_PAGES] if SHARED_PAGES.is_dir() else [])
    texts = [block.text for folder in folders for raw in _raw_documents(folder) for block in raw.blocks]
    assert len(texts) > 200, "too few real blocks to compare on"
    return texts


@pytest.fixture(scope="module")
def blocks() -> list[str]:
    return _blocks()


def _script_profile_char_by_char(text: str) -> Counter[str]:
    return Counter(script for script in map(cleaning._script, text) if script)


def _strip_garbage_char_by_char(text: str) -> str:
    return " ".join("".join(c for c in text if not cleaning._is_garbage_char(c)).split())


def test_remembered_detection_is_the_detection(blocks: list[str]) -> None:
    detection.detected.cache_clear()
    scored = [detection.detect_with_confidence(text) for text in blocks]
    first = [detection.detected(text) for text in blocks]
    again = [detection.detected(text) for text in blocks]  # now from memory, where short enough
    assert first == scored
    assert again == scored
    assert detection.detected.cache_info().hits >= sum(len(t) <= memo.MAX_CHARS for t in blocks)
    assert {found.language for found in scored} >= {"en", "de", "pl"}  # the comparison covers several languages


def test_remembered_cleaning_is_the_cleaning(blocks: list[str]) -> None:
    cleaning._normalised_block.cache_clear()
    cleaning._without_garbage.cache_clear()
    for lines in (False, True):
        direct = [cleaning._normalise(text, lines) for text in blocks]
        assert [cleaning._normalised_block(text, lines) for text in blocks] == direct
        assert [cleaning._normalised_block(text, lines) for text in blocks] == direct
        stripped = [cleaning._without_garbage.__wrapped__(text) for text in direct]
        assert [cleaning._without_garbage(text) for text in direct] == stripped
        assert [cleaning._without_garbage(text) for text in direct] == stripped
    assert cleaning._normalised_block.cache_info().hits > 0


def test_fast_paths_give_what_the_character_walks_give(blocks: list[str]) -> None:
    samples = blocks + ["plain ASCII\twith\x07 a bell and  runs of   spaces", "\ufffd\u2588 box \U0001f600 soup ok"]
    assert any(text.isascii() for text in samples) and any(not text.isascii() for text in samples)
    for text in samples:
        assert cleaning._strip_garbage(text) == _strip_garbage_char_by_char(text)
        assert cleaning._script_profile([text]) == _script_profile_char_by_char(text)


def test_whole_documents_clean_and_segment_the_same_cold_and_warm() -> None:
    raws = list(_raw_documents(ROOT / "corpus"))
    cleaning._normalised_block.cache_clear()
    cleaning._without_garbage.cache_clear()
    detection.detected.cache_clear()
    cold = [cleaning.clean(raw) for raw in raws]
    cold_segments = [detection.segment(raw) for raw in cold]
    warm = [cleaning.clean(raw) for raw in raws]
    assert warm == cold
    assert [detection.segment(raw) for raw in warm] == cold_segments


def _real_page_texts() -> list[str]:
    folders = [ROOT / "corpus"] + ([SHARED_PAGES] if SHARED_PAGES.is_dir() else [])
    return [raw.text for folder in folders for raw in _raw_documents(folder)]


def test_period_rules_find_nothing_where_find_period_skips_them() -> None:
    texts = _real_page_texts()
    with_period = [text for text in texts if period_by_rules(text, find_dates(text))]
    assert len(with_period) >= 20, "too few real pages with a project period to compare on"
    # The same pages with every figure blotted out: no year is left, and no rule may find a period.
    blotted = [re.sub(r"\d", "x", text) for text in with_period]
    for text in blotted + [text for text in texts if not re.search(r"\d{4}", text)]:
        assert not may_hold_dates(text)
        assert find_dates(text) == []
        assert period_by_rules(text, []) is None
        assert find_period(text) is None
    for text in with_period:
        assert find_period(text) == period_by_rules(text, find_dates(text))


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_partner_word_shortcut_finds_what_the_regex_finds() -> None:
    texts = _real_page_texts()
    skipped = [text for text in texts if not list(partner_word_matches(text))]
    assert skipped and len(skipped) < len(texts)  # both ways are taken on real pages
    # Every opening written in lower, upper and title case inside real text, and the twins of its letters.
    for opening in partner_context._prechecked(PARTNER_WORDS).needles:
        for form in (opening, opening.upper(), opening.title(), opening.replace("i", "\u0131").replace("s", "\u017f")):
            texts.append(f"Die Projektleitung: {form} aus drei Ländern.")
    for text in texts:
        assert _spans(partner_word_matches(text)) == _spans(PARTNER_WORDS.finditer(text))


def test_case_twins_cover_every_letter_the_regex_takes_for_an_opening_letter() -> None:
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    needles = [needle for pattern in (PARTNER_WORDS, *_CASE_BLIND_SCANS) for needle in partner_context._prechecked(pattern).needles]
    for letter in sorted(set("".join(tuple(needles)))):
        for match in re.finditer(re.escape(letter), everything, re.IGNORECASE):
            found = match.group(0)
            assert found.lower() == letter or CASE_TWINS.search(found), (letter, hex(ord(found)))


def _script_by_ranges(text: str) -> str | None:
    counts: Counter[str] = Counter()
    for char in text[: detection.SAMPLE_CHARS]:
        if char.isalpha():
            code = ord(char)
            counts[next((script for low, high, script in detection._SCRIPT_RANGES if low <= code <= high), "other")] += 1
    return counts.most_common(1)[0][0] if counts else None


def test_script_of_a_block_is_the_script_most_of_its_letters_are_in(blocks: list[str]) -> None:
    samples = blocks + ["Ελληνικά και English and русский текст", "日本語のテキスト and 中文", "12345 !!", "", "ab αβ"]
    for text in samples:
        assert detection.script_of(text) == _script_by_ranges(text), text[:60]


def test_required_literals_are_in_every_match_and_absent_where_none_is_known() -> None:
    assert required_literals(re.compile(r"\bFP7-(?:[A-Z]+-)*20\d\d")) == ("FP7-",)
    assert required_literals(re.compile(r"(?<![\w-])GINOP-\d\.\d-\d{2}")) == ("GINOP-",)
    assert required_literals(re.compile(r"\bCZ\.\d{2}\.\d/0\.0/0\.0/\d{2}")) == ("/0.0/0.0/",)  # the longest run
    assert required_literals(re.compile(r"(?i)\binnov-20\d\d")) == ("innov-20",)  # case-blind: tested on lower case
    assert required_literals(re.compile(r"\b(?:Action|Sezione)\s+\d+")) == ("Action", "Sezione")  # one of each branch
    assert required_literals(re.compile(r"\b(?:EU|UE)\s+\d+")) == ()  # too short to tell anything
    assert required_literals(re.compile(r"[A-Z]+\d")) == ()
    code = Prechecked.of(re.compile(r"\bH2020-[A-Z]{2,}"))
    assert [m.group(0) for m in code.finditer("Funded under call H2020-MSCA of the programme.")] == ["H2020-MSCA"]
    assert list(code.finditer("Funded under Horizon 2020.")) == []


def test_programme_codes_find_what_their_regexes_find() -> None:
    texts = _real_page_texts()
    codes = [code for matcher in programmes._matchers() for code in matcher.codes]
    assert sum(bool(code.needles) for code in codes) > len(codes) * 3 // 4  # most codes get their literals
    # Each code's own literals placed in real text, followed by what its pattern wants and by what it does not.
    texts += [f"Projekt {needle}2021-AB12 in Brno. {needle}x" for code in codes for needle in code.needles]
    texts += ["Grant LIFE14 ENV/IT/000123 and H2020-SC5-2016 and RPDS.01.02.03-02-AB12/17 and 2019-1-PL01-KA203-065432."]
    found = 0
    for text in texts:
        for code in codes:
            expected = _spans(code.pattern.finditer(text))
            assert _spans(code.finditer(text)) == expected, (code.pattern.pattern, text[:80])
            found += len(expected)
    assert found >= 4


def test_grant_numbers_are_read_wherever_six_digits_are() -> None:
    texts = _real_page_texts()
    texts += [
        "This project has received funding under grant agreement No 101012345 of the programme.",
        "Umowa o dotację nr 654321 z Komisją.",
        "Project number: 12345 only.",  # five digits: no grant number
    ]
    gated = 0
    for text in texts:
        expected = [match.span() for match in programme_codes.GRANT_AGREEMENT.finditer(text)]
        if not programme_codes.SIX_DIGITS.search(text):
            gated += 1
            assert expected == []
        assert [mention.start for mention in programme_codes.grant_mentions(text)] == [
            start for start, _ in expected
            if programme_codes.programme_for_grant_number(int(programme_codes.GRANT_AGREEMENT.match(text, start).group(1)))
        ]
    assert 0 < gated < len(texts)
    assert [m.programme for m in programme_codes.grant_mentions(texts[-3])] == ["Horizon 2020"]
    assert [m.programme for m in programme_codes.grant_mentions(texts[-2])] == ["Horizon 2020"]


_CASE_BLIND_SCANS = (partner_context.BY_WORDS, partner_context.PILOT_WORDS, partner_context.COFINANCING_WORDS,
                     partner_context.PARTNER_NOUN)


def test_case_blind_word_lists_find_what_their_regexes_find() -> None:
    texts = _real_page_texts()
    for pattern in _CASE_BLIND_SCANS:
        scan = partner_context._prechecked(pattern)
        assert scan.needles, pattern.pattern[:40]
        skipped = [text for text in texts if not scan.may_match(text)]
        assert skipped and len(skipped) < len(texts)  # both ways are taken on real pages
        # Each literal in lower, upper and title case inside a sentence, and with the twins of its letters.
        samples = texts + [
            f"Der Bericht: {form} in drei Ländern."
            for needle in scan.needles
            for form in (needle, needle.upper(), needle.title(), needle.replace("i", "\u0131").replace("s", "\u017f"))
        ]
        for text in samples:
            assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text)), (pattern.pattern[:40], text[:60])
    zoned = [text for text in texts if partner_context.partner_zones(text)]
    assert len(zoned) >= 10


def test_literals_of_alternatives_and_groups() -> None:
    assert required_literals(re.compile(r"carried\s+out|r[eé]alis[eé]e?\s+par", re.IGNORECASE)) == ("carried", "alis")
    assert required_literals(re.compile(r"co-?financ\w*|kofinanz", re.IGNORECASE)) == ("financ", "kofinanz")
    assert required_literals(re.compile(r"(?<!\w)(?:Partner|socio)s?(?!\w)", re.IGNORECASE)) == ("partner", "socio")
    assert required_literals(re.compile(r"pilot|use\s+cases?", re.IGNORECASE)) == ("pilot", "case")
    assert required_literals(re.compile(r"pilot|run|x\d", re.IGNORECASE)) == ()  # "x" alone says nothing
    assert required_literals(re.compile(r"(?i:Label)\s+\d+")) == ()  # a case change inside: not read
    scan = Prechecked.of(re.compile(r"implemented\s+by|umgesetzt", re.IGNORECASE))
    assert scan.may_match("Das Projekt wird UMGESETZT.") and not scan.may_match("Das Projekt läuft.")
    assert [m.group(0) for m in scan.finditer("It was Implemented  by the city.")] == ["Implemented  by"]


def test_a_case_blind_literal_whose_lower_case_grows_is_no_needle() -> None:
    # The regex's "İ" takes a plain "i"; lower-cased first, it would ask for "i" and a combining dot.
    for pattern in (re.compile("İstanbul", re.IGNORECASE), re.compile("(?i)partner in İzmir")):
        scan = Prechecked.of(pattern)
        for text in ("A partner in Izmir and istanbul.", "PARTNER IN IZMIR, ISTANBUL"):
            assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text)), (pattern.pattern, text)


def test_ascii_text_without_controls_is_what_ftfy_leaves_it(blocks: list[str]) -> None:
    # ftfy, with the cleaning's settings, changes an ASCII character in context only if it is one
    # the shortcut sends to ftfy anyway.
    for code in range(128):
        text = f"ab{chr(code)}cd"
        if cleaning.ftfy.fix_text(text, cleaning._FTFY) != text:
            assert cleaning._ASCII_CONTROL.search(text), hex(code)
    skipped = [text for text in blocks if text.isascii() and not cleaning._ASCII_CONTROL.search(text)]
    assert len(skipped) > 50
    for text in skipped:
        assert cleaning.ftfy.fix_text(text, cleaning._FTFY) == text
    assert cleaning._normalise("Line one\r\nline two\x1b[31m red") == "Line one line two red"


def _collapse_spaces_run_by_run(folded: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for run in re.finditer(r"\s+", folded):
        pieces.append(folded[position : run.start()])
        offsets.extend(range(position, run.start()))
        pieces.append(" ")
        offsets.append(run.start())
        position = run.end()
    pieces.append(folded[position:])
    offsets.extend(range(position, len(folded)))
    return "".join(pieces), offsets


def test_collapsed_spaces_keep_each_character_at_its_place() -> None:
    texts = _real_page_texts() + ["", " ", "a", "\n\n", "  Polska \t\n Česko\u2003\u2003x  ", "a\nb\r\n\r\nc"]
    for text in texts:
        folded = fold(text)
        assert country_names.collapse_spaces(folded) == _collapse_spaces_run_by_run(folded)
