"""Language detection per segment: languages, BCMS, mixed documents, short blocks, determinism."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from indexer.ingest.clean import clean
from indexer.documents import Block, RawDocument, Segment, SourceFile
from indexer.ingest.extract import extract
from indexer.language.detection import (
    LATIN_LANGUAGES,
    bcms_label,
    detect,
    language_shares,
    segment,
)
from indexer.language.ngrams import ngram_scores
from indexer.ingest.sources import discover, file_sha256
from tests import pdfgen

LINGUA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "langid" / "lingua_dev.tsv"

SENTENCES = {
    "en": "The partners opened three innovation centres for small businesses in the region last year.",
    "de": "Die Projektpartner haben im vergangenen Jahr drei Innovationszentren für kleine Unternehmen eröffnet.",
    "pl": "W ubiegłym roku partnerzy projektu otworzyli trzy centra innowacji dla małych przedsiębiorstw.",
    "sv": "Förra året öppnade projektets partner tre innovationscentrum för små företag i regionen.",
    "it": "L'anno scorso i partner del progetto hanno aperto tre centri di innovazione per le piccole imprese.",
    "fr": "L'année dernière, les partenaires du projet ont ouvert trois centres d'innovation pour les petites entreprises.",
    "es": "El año pasado los socios del proyecto abrieron tres centros de innovación para pequeñas empresas.",
    "cs": "Partneři projektu loni otevřeli tři inovační centra pro malé podniky v regionu.",
    "el": "Πέρυσι οι εταίροι του έργου άνοιξαν τρία κέντρα καινοτομίας για μικρές επιχειρήσεις.",
    "bg": "Миналата година партньорите по проекта откриха три центъра за иновации за малки предприятия.",
    "hu": "A projekt partnerei tavaly három innovációs központot nyitottak kisvállalkozások számára.",
}


def raw_document(blocks: list[Block], *, fmt: str = "text", lang_hint: str | None = None) -> RawDocument:
    root = Path("/corpus")
    source = SourceFile(root / "doc.txt", root, "doc.txt", fmt, 1, 0)  # type: ignore[arg-type]
    return RawDocument(source=source, sha256="0" * 64, blocks=tuple(blocks), lang_hint=lang_hint)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_detects_the_language_of_a_sentence(language: str) -> None:
    assert detect(SENTENCES[language]) == language


def test_serbian_cyrillic_is_serbian_not_macedonian() -> None:
    assert detect("Партнери пројекта су прошле године отворили три центра за иновације у Новом Саду.") == "sr"


def test_macedonian_is_told_by_its_letters() -> None:
    assert detect("Партнерите на проектот ќе отворат три центри за иновации во Скопје.") == "mk"


def test_croatian_with_croatian_words_gets_the_finer_label() -> None:
    text = "Tijekom siječnja partneri su otvorili tri centra za inovacije, a u veljači još tisuću radnih mjesta."
    assert detect(text) == "hr"


def test_serbian_latin_ekavian_gets_the_serbian_label() -> None:
    text = "Partneri su prošle godine otvorili tri centra, a posle toga je vreme da se napravi mesto za decu."
    assert detect(text) == "sr"


def test_bcms_without_distinctive_words_stays_the_family() -> None:
    assert detect("Partneri su otvorili tri centra za inovacije i male tvrtke.") in {"sh", "hr"}
    assert bcms_label("Partneri su otvorili tri centra za inovacije.") == "sh"


def test_bcms_label_needs_clear_evidence() -> None:
    assert bcms_label("u siječnju i veljači, tisuću ljudi, tijekom godine") == "hr"
    assert bcms_label("vreme i mesto, hiljadu ljudi, tokom godine") == "sr"
    assert bcms_label("historija Bosne i Hercegovine, hiljadu ljudi") == "bs"
    assert bcms_label("mlijeko i mleko") == "sh"  # one of each: no lead


def test_vietnamese_is_told_by_its_tone_marks_and_not_stemmed_as_a_european_language() -> None:
    assert detect("Các đối tác đã mở ba trung tâm đổi mới sáng tạo cho doanh nghiệp nhỏ.") == "vi"
    assert detect("The Nguyễn family runs three innovation centres for small businesses in Lyon.") == "en"


def test_romanian_breve_letters_are_not_taken_for_vietnamese() -> None:
    # ă is common to both; a Romanian line full of it must stay Romanian.
    assert detect("Această țară își va exprima opinia în această duminică, după această lună.") == "ro"


# Two-word text: the n-grams alone are a small sample, frequent words and letters settle it.
SHORT_PAIRS = {
    "nuestros hijos": "es",
    "pelas ruas": "pt",
    "os pais": "pt",
    "año nuevo": "es",
    "coração partido": "pt",
    "onze buren": "nl",
    "niet genoeg": "nl",
    "without doubt": "en",
    "нашите деца": "bg",
    "през годината": "bg",
    "ľudia hovoria": "sk",
    "søndag morgen": "da",
}


@pytest.mark.parametrize("text", sorted(SHORT_PAIRS))
def test_detects_the_language_of_a_word_pair(text: str) -> None:
    assert detect(text) == SHORT_PAIRS[text]


def test_czech_typed_without_diacritics_is_czech() -> None:
    assert detect("Zitra pujdeme s detmi do kina a potom na veceri k babicce.") == "cs"
    assert detect("Nevim, jestli to stihneme, ale zkusime to jeste dnes.") == "cs"


def test_a_letter_only_one_language_writes_decides_a_short_text() -> None:
    assert detect("řeka teče") == "cs"
    assert detect("mañana temprano") == "es"


def test_ngram_scores_are_finite_and_rank_the_words_language_first() -> None:
    # "ñ" is missing from most profiles: it must cost those languages something, not everything.
    scores = dict(zip(LATIN_LANGUAGES, ngram_scores(["señoras", "pequeñas"], LATIN_LANGUAGES)))
    assert max(scores, key=scores.__getitem__) == "es"
    assert all(score > -500 for score in scores.values())
    assert scores == dict(zip(LATIN_LANGUAGES, ngram_scores(["señoras", "pequeñas"], LATIN_LANGUAGES)))


def test_detection_is_deterministic() -> None:
    text = "dobre praktyki"
    assert len({detect(text) for _ in range(5)}) == 1


def test_text_without_letters_is_undetermined() -> None:
    assert detect("2021 - 2027 / 42 %") == "und"
    assert detect("") == "und"


def test_mixed_polish_english_pdf_is_split_into_the_right_languages(tmp_path: Path) -> None:
    pages = [
        [
            "Sprawozdanie roczne z realizacji projektu współpracy transgranicznej w województwie śląskim.",
            "Partnerzy projektu otworzyli trzy centra innowacji dla małych i średnich przedsiębiorstw.",
        ],
        [
            "Ciąg dalszy: rozwój regionalny wymaga współpracy samorządów, uczelni i przedsiębiorców.",
        ],
        [
            "Summary in English: the partners opened three innovation centres for small businesses.",
            "The centres offer training, advice and shared laboratories to companies in the region.",
        ],
    ]
    path = pdfgen.text_pdf(tmp_path / "report.pdf", pages)
    (source,) = discover([path]).files
    raw = clean(extract(source, file_sha256(path)))
    segments = segment(raw)
    assert [(s.language, s.page) for s in segments] == [("pl", 1), ("en", 3)]
    assert "rozwój regionalny" in segments[0].text  # page 2 merged into the Polish segment
    shares = dict(language_shares(segments))
    assert list(shares) == ["pl", "en"]
    assert shares["pl"] > shares["en"] > 0.2


def test_blocks_of_a_page_document_get_their_own_languages() -> None:
    blocks = [
        Block("Województwo śląskie realizuje projekt rozwoju regionalnego wspólnie z partnerami z Czech."),
        Block("The Silesian region carries out a regional development project with Czech partners."),
        Block("Kraj Moravskoslezský realizuje projekt regionálního rozvoje společně s polskými partnery."),
    ]
    assert [s.language for s in segment(raw_document(blocks))] == ["pl", "en", "cs"]


def test_short_blocks_take_their_neighbours_language() -> None:
    blocks = [
        Block("Partnerzy projektu otworzyli trzy centra innowacji dla małych przedsiębiorstw w regionie."),
        Block("Katowice, 2021"),
        Block("Centra oferują szkolenia, doradztwo i wspólne laboratoria dla firm z całego województwa."),
    ]
    segments = segment(raw_document(blocks))
    assert [s.language for s in segments] == ["pl"]
    assert "Katowice, 2021" in segments[0].text


def test_a_short_first_block_takes_the_following_language() -> None:
    blocks = [Block("Summary"), Block("The partners opened three innovation centres for small businesses.")]
    assert [s.language for s in segment(raw_document(blocks))] == ["en"]


def test_only_short_blocks_fall_back_to_the_document_hint() -> None:
    blocks = [Block("Katowice"), Block("2021")]
    assert [s.language for s in segment(raw_document(blocks, lang_hint="pl-PL"))] == ["pl"]


def test_block_hint_decides_a_short_block() -> None:
    blocks = [
        Block("The partners opened three innovation centres for small businesses in the region."),
        Block("Dobre praktyki", lang_hint="pl"),
    ]
    assert [s.language for s in segment(raw_document(blocks))] == ["en", "pl"]


def test_bcms_segments_of_one_document_share_the_documents_label() -> None:
    blocks = [
        Block("Tijekom siječnja partneri su otvorili tri centra za inovacije u Zagrebu i Splitu."),
        Block("The summary of the project is available in English for all partners and readers."),
        Block("Centri nude obuku i savjete za male tvrtke iz cijele županije."),
    ]
    languages = [s.language for s in segment(raw_document(blocks))]
    assert languages == ["hr", "en", "hr"]


def test_segmenting_twice_gives_the_same_segments() -> None:
    blocks = [Block(SENTENCES[code]) for code in ("pl", "en", "de", "pl")]
    assert segment(raw_document(blocks)) == segment(raw_document(blocks))


def test_an_empty_document_has_no_segments_and_no_languages() -> None:
    assert segment(raw_document([Block("   ")])) == ()
    assert language_shares(()) == ()


def test_language_shares_are_largest_first_and_leave_out_undetermined() -> None:
    segments = (
        Segment("a" * 300, "en"),
        Segment("b" * 700, "pl"),
        Segment("c" * 5, "und"),
        Segment("d" * 200, "en"),
    )
    shares = language_shares(segments)
    assert [code for code, _ in shares] == ["pl", "en"]
    assert shares[0][1] == pytest.approx(700 / 1205, abs=0.001)


@pytest.mark.shared
@pytest.mark.skipif(not LINGUA.is_file(), reason="../shared/data/langid/lingua_dev.tsv is absent")
def test_sentence_accuracy_on_real_lines() -> None:
    per_language: dict[str, list[str]] = defaultdict(list)
    with LINGUA.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] == "sentences" and len(per_language[row["lang"]]) < 25:
                per_language[row["lang"]].append(row["text"])
    right: Counter[str] = Counter()
    for gold, texts in per_language.items():
        for text in texts:
            found = detect(text)
            bcms = {"hr", "sr", "bs", "sh"}
            right[gold] += found == gold or (gold in bcms and found in bcms)
    total = sum(len(texts) for texts in per_language.values())
    assert sum(right.values()) / total >= 0.95
    assert all(right[gold] / len(texts) >= 0.8 for gold, texts in per_language.items())


# Slovene against its BCMS neighbours: function words ("in", "v", "z", "bila" is both), forms
# (-l participles, -ek, -ajo/-ijo) and the letters ć/đ only outside names.
SLOVENE_PAIRS = ("pravijo ljudje", "začetek projekta")


@pytest.mark.parametrize("text", SLOVENE_PAIRS)
def test_slovene_word_pair_is_slovene(text: str) -> None:
    assert detect(text) == "sl"


def test_slovene_sentence_with_words_shared_with_croatian_is_slovene() -> None:
    assert detect("Stopnja brezposelnosti je bila v letu dva tisoč dvanajst visoka.") == "sl"


def test_a_croatian_surname_does_not_make_slovene_text_croatian() -> None:
    assert detect("Kovačić je podal žogo in stekel naprej.") == "sl"


def test_croatian_stays_in_the_bcms_family() -> None:
    assert detect("Ministar je rekao da će vlada usvojiti novi zakon.") in {"sh", "hr"}
    assert detect("Tijekom godine partneri su otvorili nova radna mjesta u gradu.") == "hr"


def test_a_menu_and_a_list_of_names_in_other_languages_are_no_language_of_the_document() -> None:
    article = [
        Block("The partners opened three innovation centres for small businesses in the border region last spring."),
        Block("The centres offer training, advice and shared laboratories to the companies of both countries."),
        Block("More than two hundred firms have used the laboratories since the opening of the first centre."),
        Block("The project will present its results to the regional governments at a conference next year."),
    ]
    menu = [Block("Startseite\nAktuelles\nÜber uns\nKontakt"), Block("Accueil\nActualités\nÀ propos\nContactez-nous")]
    shares = dict(language_shares(segment(raw_document(menu[:1] + article + menu[1:]))))
    assert list(shares) == ["en"]


def test_a_real_share_of_a_second_language_is_listed() -> None:
    english = [Block("The partners opened three innovation centres for small businesses in the border region last spring.")] * 3
    polish = [Block("Partnerzy otworzyli trzy centra innowacji dla małych firm w regionie przygranicznym zeszłej wiosny.")] * 2
    shares = dict(language_shares(segment(raw_document(english + polish))))
    assert set(shares) == {"en", "pl"}
