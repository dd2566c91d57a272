"""Project countries: what counts as a partner list, a partner sentence, an address or a pilot
site, and what is only a passing mention, an example, an event venue or a reference."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from indexer.ingest import clean
from indexer.ingest import extract
from indexer.language import detection as language
from indexer.metadata import countries as meta_countries
from indexer.metadata import country_names, partner_context
from indexer.metadata import enrich as metadata
from indexer.ingest import sources
from indexer.metadata.countries import decide_countries, find_mentions

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LABELLED = DATA / "pdfs" / "eu_project_docs"
ESIF = DATA / "facets" / "esif_dev.jsonl"


def countries(text: str, language: str = "en") -> set[str]:
    return {mention.code for mention in decide_countries(find_mentions(text, language))}


# ---------------------------------------------------------------- partner lists and sentences


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A partner sentence names one country without any list.
        (
            ("Partners zijn het waterschap, de Universiteit Antwerpen en het Vlaamse agentschap voor waterwegen in België. "
            "Zoals in Denemarken al langer gebeurt, meten we de erosie op ware schaal."),
            "nl",
            {"BE"},
        ),
        ("The dike trials run together with partners from Belgium.", "en", {"BE"}),
        ("Die Partner kommen aus Österreich und arbeiten seit Jahren zusammen.", "de", {"AT"}),
        (
            ("OpenBudgets.eu é gerido por um consórcio internacional formado por Open Knowledge Greece, Bonn University "
            "e a University of Economics, Prague."),
            "pt",
            {"GR", "DE", "CZ"},
        ),
        (
            ("This report was written on behalf of a research project executed by Open Knowledge Greece, "
            "Universität Bonn and Vysoká škola ekonomická v Praze."),
            "en",
            {"DE", "GR", "CZ"},
        ),
        # A beneficiary field is an organisation's own place.
        ("Prijímateľ\n\nMesto Trnava, Slovensko\n\n1. Predmet projektu", "sk", {"SK"}),
        ("Test cases are the spending review in the United Kingdom and the budget of Prague.", "en", {"GB", "CZ"}),
    ],
)
def test_partner_sentences_and_fields_give_their_countries(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


def test_a_partner_table_reaches_past_its_first_lines_until_the_next_section() -> None:
    rows = [
        ("Karlsruhe Institute for Water Management (coordinator)", "Karlsruhe", "Germany"),
        ("Delft University of Technology, Water Resources Section", "Delft", "Netherlands"),
        ("Institute of Meteorology and Water Management", "Kraków", "Poland"),
        ("Czech Hydrometeorological Institute", "Prague", "Czech Republic"),
        ("National Observatory of Athens, Institute of Environmental Research", "Athens", "Greece"),
        ("Swedish Meteorological and Hydrological Institute", "Norrköping", "Sweden"),
        ("University of Bristol, School of Geographical Sciences", "Bristol", "United Kingdom"),
    ]
    table = "\n\n".join(part for row in rows for part in row)
    text = f"5. Consortium\n\nPartner\n\n{table}\n\n6. Contact\n\nWe also thank colleagues in Portugal for their comments."
    assert len(table) > partner_context.ZONE_CHARS
    assert countries(text) == {"DE", "NL", "PL", "CZ", "GR", "SE", "GB"}


# ---------------------------------------------------------------- passing mentions, examples, venues, references


@pytest.mark.parametrize(
    "text",
    [
        # A bracketed abbreviation after the country's own name, in a study's sample.
        ("The geographic spread in our sample contains six manuals from the United States (US), "
        "two from the United Kingdom (UK), eight from Germany and one from France."),
        # An event venue in a table of events attended; the partner word is only inside a web address.
        "OGP Summit http://www.opengovpartnership.org/ Mexico City 27.10.2015 29.10.2015\n\nFOSDEM https://fosdem.org/",
        # "run by" names a group in its own sentence; the next sentence's country is the group's subject matter.
        ("The budget website run by a civil society group also displays national budgets. "
        "The group has published the available budget data for Israel over the last five years."),
        # A list of examples that closes with "among others".
        ("Need assessment: we gathered cities already using participatory budgeting "
        "(Mexico D.F., Chicago, Paris, Madrid, among others) and met with experts."),
        # A call for proposals says who could take part, not who does.
        "Proposals should benefit from the inclusion of partners from the United States of America and Canada.",
        # A footnote after a sentence with "implemented by" is a reference.
        ("The action will be implemented by the Commission services.\n\n64 See Galway Statement on Atlantic Ocean "
        "Cooperation Launching a Canada- European Union- United States of America Research Alliance "
        "(Galway, 24th of May 2013)"),
        # A project name in brackets is not a country in brackets.
        "Consortium: Ondernemings Begeleiding Oekraine en Rusland ( Compass Oekraine & Rusland ) voor Vlaamse bedrijven.",
        # "esp." introduces an example.
        "Partners: the University of Economics will offer its tools in neighbouring countries (esp. Slovakia).",
        # Georgia the US state, and a singular partner named with "is": no partner sentence.
        "Our partner institute is the University of Georgia in the United States state system.",
    ],
)
def test_passing_mentions_venues_and_references_give_no_country(text: str) -> None:
    assert countries(text) == set()


def test_a_web_address_does_not_hide_a_bracketed_country() -> None:
    # "vse.cz" once read as "vs" (versus) and turned the bracket into a comparison.
    text = "Partners\n\nVysoká škola ekonomická v Praze http://www.vse.cz/ (Czech Republic)\n\nGeneral contact info@example.eu"
    assert countries(text) == {"CZ"}


# ---------------------------------------------------------------- inflected forms from CLDR names


@pytest.mark.parametrize(
    ("language", "stem", "code"),
    [
        ("fi", "Irlanni", "IE"),  # Irlanti -> Irlannista: consonant gradation
        ("fi", "Alankomai", "NL"),  # Alankomaat -> Alankomaista: plural stem
        ("fi", "Kreika", "GR"),  # Kreikka -> Kreikassa
        ("fi", "Itavalla", "AT"),  # Itävalta -> Itävallassa
        ("pl", "Włosz", "IT"),  # Włochy -> we Włoszech
        ("pl", "Pols", "PL"),
    ],
)
def test_stems_come_from_cldr_names_by_the_rules_of_each_language(language: str, stem: str, code: str) -> None:
    assert country_names.matcher(language).stems[stem] == code


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kumppanit tulivat Espanjasta, Alankomaista ja Irlannista.", "fi", {"ES", "NL", "IE"}),
        ("Hankkeen kumppanit ovat Kreikassa ja Itävallassa.", "fi", {"GR", "AT"}),
        ("Partnerzy projektu są w Polsce, w Czechach i we Włoszech. Spotkanie odbyło się na Słowacji.", "pl", {"PL", "CZ", "IT"}),
    ],
)
def test_inflected_names_in_partner_sentences(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Cilj projekta prekogranične saradnje između Mađarske i Srbije je zaštita reka.", "sr", {"HU", "RS"}),
        ("The project strengthens cross-border cooperation between Hungary and Serbia.", "en", {"HU", "RS"}),
        ("Nuestros alumnos han participado en el programa junto con los países de Portugal, Italia y Francia.", "es",
         {"PT", "IT", "FR"}),
    ],
)
def test_the_sides_of_a_cooperation_and_the_countries_taking_part_together(text: str, language: str, expected: set[str]) -> None:
    assert countries(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report compares the budgets of Hungary and Serbia.",
        "Trade between Hungary and Serbia grew by 4 % in 2019.",
    ],
)
def test_countries_compared_or_trading_are_no_partners(text: str) -> None:
    assert countries(text) == set()


# ---------------------------------------------------------------- real documents


def _labelled(name: str) -> tuple[set[str], set[str]]:
    labels = [json.loads(line) for line in (LABELLED / "labels.jsonl").read_text("utf-8").splitlines() if line.strip()]
    label = next(label for label in labels if label["file"] == name)
    path = LABELLED / name
    source = sources.SourceFile(path=path, root=path.parent, doc_id=name, format="pdf", size=0, mtime_ns=0)
    raw = clean.clean(extract.extract(source, sources.file_sha256(path)))
    found = metadata.extract_metadata(raw, language.segment(raw))
    return set(found.countries), set(label["countries"])


@pytest.mark.skipif(not LABELLED.is_dir(), reason="../shared/data/pdfs/eu_project_docs is not available")
@pytest.mark.parametrize("name", ["openbudgets_flyer.pdf", "D7.4.pdf"])
def test_labelled_reports_get_exactly_their_project_countries(name: str) -> None:
    found, expected = _labelled(name)
    assert found == expected


@pytest.mark.skipif(not ESIF.is_file(), reason="../shared/data/facets/esif_dev.jsonl is not available")
def test_esif_project_pages_name_no_foreign_country() -> None:
    wrong = []
    found_any = 0
    for line in ESIF.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        parts = (record.get("project_name"), record.get("project_description"), record.get("beneficiary_name"))
        text = "\n\n".join(part for part in parts if part)
        own = {"UK": "GB", "EL": "GR"}.get(record["country"], record["country"])
        got = countries(text, record.get("language") or "en")
        found_any += bool(got)
        if got - {own}:
            wrong.append((record["record_id"], sorted(got), own))
    assert wrong == []
    assert found_any >= 10


def test_the_matcher_keeps_word_boundaries_genitives_and_short_case_endings() -> None:
    english, polish = country_names.matcher("en"), country_names.matcher("pl")
    found = [(match.form, match.code) for match in english.find("Czech\nRepublic and Poland's partners, non-Austria, Spainish")]
    assert found == [("Czech Republic", "CZ"), ("Poland", "PL")]
    # A stem takes a case ending of up to five letters, not a longer word that starts like it.
    assert [match.code for match in polish.find("partnerzy w Polsce i Polskowatość")] == ["PL"]
    assert polish.fullmatch("Polsce") and not polish.fullmatch("w Polsce")


# ---------------------------------------------------------------- country adjectives (data/demonyms.toml)


@pytest.mark.parametrize(
    ("language", "text", "codes"),
    [
        ("en", "Project partners are the Bulgarian Ministry of Energy and the Romanian Ministry of Transport.", ["BG", "RO"]),
        ("en", "Bulgarian and Romanian partners met in Ruse to plan the river survey.", ["BG", "RO"]),
        ("da", "Foreningen styrker det dansk-tyske samarbejde i grænselandet.", ["DE", "DK"]),
        ("pl", "Projekt wspiera polsko-czeską współpracę przygraniczną.", ["CZ", "PL"]),
        ("cs", "Projekt posiluje česko-polskou přeshraniční spolupráci.", ["CZ", "PL"]),
        ("sl", "Projekt krepi slovensko-hrvaško čezmejno sodelovanje.", ["HR", "SI"]),
        ("bg", "Бюджетът е разделен между българския и румънския партньор.", ["BG", "RO"]),
        ("ru", "Автобусы снова ходят вдоль латвийско-эстонской границы.", ["EE", "LV"]),
        ("hu", "A magyar–szerb határon átnyúló együttműködési program támogatja.", ["HU", "RS"]),
        ("de", "Die deutsch-französische Zusammenarbeit im Projekt wächst.", ["DE", "FR"]),
    ],
)
def test_country_adjectives_in_a_partner_or_cooperation_context_are_project_countries(
    language: str, text: str, codes: list[str]
) -> None:
    assert sorted(mention.code for mention in decide_countries(find_mentions(text, (language,)))) == codes


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Italian cuisine is compared with French cooking in the survey."),
        ("en", "We studied the German Ministry of Finance and the Italian Ministry of Economy budgets."),
        ("en", "The lesson covered the Franco-Prussian war and Anglo-Saxon law."),
        ("en", "Consortia should include Polish and Czech partners, the call says."),
        ("pl", "Zespół mówi po polsku i czesku."),
    ],
)
def test_country_adjectives_elsewhere_name_no_project_country(language: str, text: str) -> None:
    assert decide_countries(find_mentions(text, (language,))) == []


def test_the_adjective_table_is_valid() -> None:
    known = set(country_names.country_codes())
    for group in tomllib.loads((Path(meta_countries.__file__).parent / "data" / "demonyms.toml").read_text("utf-8"))["group"]:
        assert group["languages"] and group["endings"], group
        forms: dict[str, str] = {}
        for code, stems in {**group["adjectives"], **group.get("compound_first", {})}.items():
            assert code in known, code
            for stem in stems:
                # One form, one country within a language.
                assert forms.setdefault(stem.casefold(), code) == code, (group["languages"], stem)
