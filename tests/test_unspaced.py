"""Languages written without spaces: Chinese, Japanese and Thai pass cleaning and are found by parts of words."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from indexer.language.analysis import index_tokens, language_analyzer, neutral_analyzer
from indexer.ingest.clean import QUALITY_THRESHOLD, clean, text_quality
from indexer.documents import Block, IndexingError, RawDocument, Reason, SourceFile
from indexer.index.pipeline import index_paths
from indexer.search import SearchQuery, search

CHINESE = (
    "该项目在边境地区建设了新的自行车道，并为当地导游提供培训。第二年游客人数增加了五分之一，"
    "地方政府同意在资助结束后继续维护这些路线。"
)
CHINESE_OTHER = (
    "政府在年度报告中说明了预算的用途。我们同意这个计划，地方的学校也参加了培训课程。"
    "今年有三个城市的大学和企业一起开展研究。"
)
THAI = (
    "โครงการนี้สร้างเส้นทางจักรยานใหม่ระหว่างเมืองชายแดน และฝึกอบรมมัคคุเทศก์ท้องถิ่น "
    "จำนวนนักท่องเที่ยวเพิ่มขึ้นหนึ่งในห้าในปีที่สองของโครงการ"
)
JAPANESE = "このプロジェクトでは、国境地域に新しい自転車道を整備し、地元のガイドを育成しました。"
ENGLISH = "The partners opened new cycling paths between the towns and trained local guides in the region."
# Latin text whose bytes were read with the wrong byte order: every pair of letters becomes one ideograph.
MISREAD_LATIN = (
    "The partners opened new cycling paths between the towns and trained local guides in the region "
    "and the visitor numbers rose by a fifth in the second year of the project."
).encode("utf-16-le").decode("utf-16-be")
CID_RUN = " ".join("(cid:%d)(cid:%d)(cid:%d)" % (n, n + 7, n + 3) for n in range(3, 60, 4))


def raw_document(blocks: list[Block], pages: int = 0) -> RawDocument:
    source = SourceFile(path=Path("/corpus/doc.pdf"), root=Path("/corpus"), doc_id="doc.pdf", format="pdf",
                        size=1, mtime_ns=1)
    return RawDocument(source=source, sha256="0" * 64, blocks=tuple(blocks), pages=pages)


def tokens(analyzer, text: str) -> list[str]:
    return [token.text for token in analyzer(text)]


# --- analysis ----------------------------------------------------------------------------------


def test_unspaced_runs_become_overlapping_bigrams_and_other_words_stay_words() -> None:
    assert tokens(neutral_analyzer(), "职业碗 NFL 308分") == ["职业", "业碗", "nfl", "308", "分"]
    assert tokens(neutral_analyzer(), "東京タワー") == ["東京", "京タ", "タワ", "ワー"]
    assert tokens(neutral_analyzer(), "中") == ["中"]


def test_thai_marks_stay_with_their_letters() -> None:
    # จั is a consonant with a vowel mark: one letter, never cut in two.
    assert tokens(neutral_analyzer(), "จักรยาน") == ["จัก", "กร", "รย", "ยา", "าน"]
    assert tokens(neutral_analyzer(), "ที่นี่") == ["ที่นี่"]  # two letters, each with its marks


def test_words_with_combining_vowel_signs_are_one_token() -> None:
    assert len(tokens(neutral_analyzer(), "हिन्दी भाषा")) == 2


def test_every_field_cuts_unspaced_text_the_same_way() -> None:
    for analyzer in (language_analyzer("en"), language_analyzer("de"), neutral_analyzer()):
        assert tokens(analyzer, "自行车道") == ["自行", "行车", "车道"]


def test_phrase_positions_are_consecutive_and_offsets_point_at_the_text() -> None:
    # whoosh reuses one token object: read each as it passes.
    found = [(t.pos, t.startchar, t.endchar) for t in neutral_analyzer()("边境地区", positions=True, chars=True)]
    assert [pos for pos, _, _ in found] == [0, 1, 2]
    assert ["边境地区"[start:end] for _, start, end in found] == ["边境", "境地", "地区"]
    assert index_tokens("边境地区") == ["边境", "境地", "地区"]


# --- cleaning ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [CHINESE, THAI, JAPANESE, f"{CHINESE} (NFL 2024) {ENGLISH}"])
def test_unspaced_text_is_judged_good(text: str) -> None:
    assert text_quality([text]) > 0.9


@pytest.mark.parametrize("text", [MISREAD_LATIN, "⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏ ⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚"])
def test_ideograph_lookalikes_and_glyph_codes_are_judged_garbage(text: str) -> None:
    assert text_quality([text]) < QUALITY_THRESHOLD


def test_a_garbled_page_is_dropped_and_a_chinese_page_kept() -> None:
    raw = raw_document([Block(CHINESE, page=1), Block(MISREAD_LATIN, page=2), Block(CID_RUN, page=3)], pages=3)
    cleaned = clean(raw)
    assert [block.page for block in cleaned.blocks] == [1]
    assert cleaned.blocks[0].text == unicodedata.normalize("NFKC", CHINESE)  # fullwidth commas made plain
    assert cleaned.page_quality[0] > 0.9 and max(cleaned.page_quality[1:]) < QUALITY_THRESHOLD


def test_a_document_of_only_misread_ideographs_is_garbled() -> None:
    with pytest.raises(IndexingError) as caught:
        clean(raw_document([Block(MISREAD_LATIN, page=1)], pages=1))
    assert caught.value.reason == Reason.GARBLED


# --- index and search --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("unspaced-corpus")
    for name, text in {
        "zh.txt": CHINESE,
        "zh-other.txt": CHINESE_OTHER,
        "th.txt": THAI,
        "ja.txt": JAPANESE,
        "en.txt": ENGLISH,
        "garbled.txt": MISREAD_LATIN,
        "cid.txt": CID_RUN,
    }.items():
        (corpus / name).write_text(text, encoding="utf-8")
    directory = tmp_path_factory.mktemp("unspaced-index")
    report = index_paths([corpus], directory, workers=1)
    failed = {Path(failure.file).name: failure.reason for failure in report.failed}
    assert failed == {"garbled.txt": Reason.GARBLED, "cid.txt": Reason.GARBLED}
    return directory


def hits(index_dir: Path, text: str) -> list[str]:
    return [hit.id for hit in search(index_dir, SearchQuery(text=text, per_page=20)).hits]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("自行车", "zh.txt"),  # the middle of 新的自行车道
        ("游客人数", "zh.txt"),
        ("导游", "zh.txt"),
        ("จักรยาน", "th.txt"),  # the middle of เส้นทางจักรยานใหม่
        ("นักท่องเที่ยว", "th.txt"),
        ("อบรม", "th.txt"),  # inside ฝึกอบรม
        ("自転車", "ja.txt"),
        ("ガイド", "ja.txt"),
    ],
)
def test_a_few_characters_from_inside_a_sentence_find_the_document(index_dir: Path, typed: str, expected: str) -> None:
    assert hits(index_dir, typed) == [expected]


def test_chinese_phrase_needs_the_characters_next_to_each_other(index_dir: Path) -> None:
    # Both documents have 政府 and 同意; only one has them side by side.
    assert set(hits(index_dir, "政府 同意")) == {"zh.txt", "zh-other.txt"}
    assert hits(index_dir, '"政府同意"') == ["zh.txt"]
    assert hits(index_dir, '"同意政府"') == []


def test_excluding_a_chinese_word_and_mixing_scripts(index_dir: Path) -> None:
    assert hits(index_dir, "培训 -自行车") == ["zh-other.txt"]
    assert hits(index_dir, "cycling") == ["en.txt"]


def test_the_garbled_files_are_reported_not_indexed(index_dir: Path) -> None:
    assert hits(index_dir, "吀栀攀") == []
