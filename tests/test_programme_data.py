"""The programme knowledge base (indexer/metadata/data/programmes.toml + cross_border.toml) and its matcher."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from indexer.metadata import programmes
from indexer.metadata.country_names import country_codes

ROOT = Path(__file__).resolve().parents[1]
SHARED_PROGRAMMES = ROOT.parent / "shared" / "data" / "programmes"
PERIOD = re.compile(r"(\d{4})-(\d{4})")
CCI = re.compile(r"20\d\d[A-Z]{2}\d\d[A-Z0-9]{2}[A-Z]{2}\d{3}")


def test_no_alias_names_two_programmes():
    owners: dict[str, set[str]] = defaultdict(set)
    for programme in programmes.load_programmes():
        for alias in (programme.name, *programme.aliases):
            owners[programmes.alias_key(alias)].add(programme.name)
    shared = {key: sorted(names) for key, names in owners.items() if len(names) > 1}
    assert not shared, f"aliases shared by two programmes: {list(shared.items())[:10]}"


def test_names_unique_and_parents_exist():
    names = [programme.name for programme in programmes.load_programmes()]
    assert len(names) == len(set(names))
    for programme in programmes.load_programmes():
        assert not programme.parent or programme.parent in names, programme.name
        assert "," not in programme.name, "a facet value may not hold a comma"


def test_no_programme_is_its_own_parent():
    # A programme that is its own parent is dropped as the parent of what was found beside it.
    assert [programme.name for programme in programmes.load_programmes() if programme.parent == programme.name] == []


def test_countries_are_iso_codes():
    known = set(country_codes())
    for programme in programmes.load_programmes():
        unknown = set(programme.countries) - known
        assert not unknown, f"{programme.name}: {unknown}"


def test_periods_parse_and_codes_are_cci():
    for programme in programmes.load_programmes():
        if programme.period:
            match = PERIOD.fullmatch(programme.period)
            assert match and 1950 <= int(match.group(1)) <= int(match.group(2)) <= 2035, programme.name
        for code in programme.codes:
            assert CCI.fullmatch(code), f"{programme.name}: {code}"
            assert programme.period.startswith(code[:4]) or code[:4] in {"2015", "2016"}, f"{programme.name}: {code}"


def test_every_cross_border_programme_has_countries_and_a_source():
    cross_border = [p for p in programmes.load_programmes() if p.strand == "A"]
    assert len(cross_border) > 200
    for programme in cross_border:
        assert programme.source, programme.name
        if programme.parent:
            assert programme.period and programme.countries, programme.name


def generator(name: str):
    """A script of corpus/tools, loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "corpus" / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SHARED_PROGRAMMES.is_dir(), reason="../shared/data/programmes is absent (a fresh clone)")
def test_generated_file_is_up_to_date():
    module = generator("build_cross_border")
    entries = module.build(SHARED_PROGRAMMES)
    module._without_shared(entries)
    assert module.write(entries) == module.OUT.read_text("utf-8"), "run corpus/tools/build_cross_border.py again"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("współfinansowany z Programu Interreg V-A Republika Czeska-Polska", "Interreg V-A Czech Republic-Poland"),
        ("Program: Interreg V-A SK-CZ", "Interreg V-A Slovakia-Czech Republic"),
        ("Interreg V-A SK - ČR", "Interreg V-A Slovakia-Czech Republic"),
        ("w ramach Programu Operacyjnego Współpracy Transgranicznej Republika Czeska – Rzeczpospolita Polska 2007-2013",
         "Czech Republic-Poland 2007-2013"),
        ("Program Interreg V-A PL-SR", "Interreg V-A Poland-Slovakia"),
        ("INTERREG VA Slovenija-Hrvaška", "Interreg V-A Slovenia-Croatia"),
        ("financed by the Interreg Vlaanderen-Nederland programme", "Interreg Vlaanderen-Nederland"),
        ("Interreg Italia-Österreich", "Interreg Italy-Austria"),
        ("Programma per la Cooperazione Transfrontaliera Italia-Slovenia 2007-2013", "Italy-Slovenia 2007-2013"),
        ("funded under the Danube Transnational Programme", "Danube Transnational Programme"),
        ("Interreg V-B Danube", "Danube Transnational Programme"),
        ("financed by Interreg Danube 2021-2027", "Interreg Danube"),
        ("the Interreg IPA CBC Hungary-Serbia programme", "Interreg IPA CBC Hungary-Serbia"),
        ("Horizon2020funded", "Horizon 2020"),
        # A transnational programme with its generation and strand between "Interreg" and its name.
        ("Funded by Interreg VB Alpine Space.", "Interreg Alpine Space"),
        ("an INTERREG IV-B North-West Europe project", "Interreg North-West Europe"),
        # North Macedonia under the name its 2007-2013 programmes carried, in English and in Greek.
        ("Co-funded by the IPA CBC Bulgaria – the former Yugoslav Republic of Macedonia 2007-2013 programme.",
         "IPA CBC Bulgaria-the former Yugoslav Republic of Macedonia 2007-2013"),
        ("Το έργο υλοποιείται με τη στήριξη του προγράμματος IPA Ελλάδα - Πρώην Γιουγκοσλαβική Δημοκρατία της Μακεδονίας 2007-2013.",
         "IPA CBC Greece-the former Yugoslav Republic of Macedonia 2007-2013"),
        # Turkey's programmes that ended before its 2022 rename keep "Turkey"; either spelling finds them, and today's.
        ("Co-funded by the Interreg IPA CBC Bulgaria-Türkiye 2014-2020 programme.", "Interreg IPA CBC Bulgaria-Turkey"),
        ("Co-funded by the Interreg IPA CBC Bulgaria-Turkey 2014-2020 programme.", "Interreg IPA CBC Bulgaria-Turkey"),
        ("Co-funded by the Interreg VI-A IPA Bulgaria-Türkiye programme.", "Interreg VI-A IPA Bulgaria-Türkiye"),
    ],
)
def test_names_in_text(text, expected):
    assert expected in [mention.programme for mention in programmes.find_mentions(text)]


@pytest.mark.parametrize(
    "text", ["the costs of f and es f", "life sciences", "Interreg Italy-France", "Interreg V-A Germany", "Interreg IV-B Danube"]
)
def test_no_name_where_none_is_written(text):
    found = {mention.programme for mention in programmes.find_mentions(text)} - {"Interreg"}
    assert not found, found


def test_period_programme_replaces_its_parent():
    text = "Funded by Interreg Czech Republic-Poland.\n\nProgramme: Interreg V-A Czech Republic-Poland"
    decided = [mention.programme for mention in programmes.decide_programmes(programmes.find_mentions(text))]
    assert decided == ["Interreg V-A Czech Republic-Poland"]


def test_a_cross_border_programme_gives_its_countries_with_the_programme_as_evidence():
    from indexer.documents import Block, RawDocument, Segment, SourceFile
    from indexer.metadata.enrich import extract_metadata

    text = "Projekt współfinansowany ze środków Unii Europejskiej w ramach Programu Interreg V-A Republika Czeska-Polska."
    source = SourceFile(path=Path("/pages/p.txt"), root=Path("/pages"), doc_id="p.txt", format="text", size=1, mtime_ns=0)
    raw = RawDocument(source=source, sha256="", blocks=(Block(text),))
    meta = extract_metadata(raw, (Segment(text, "pl"),))
    assert meta.programmes == ("Interreg V-A Czech Republic-Poland",)
    assert set(meta.countries) == {"CZ", "PL"}
    evidence = {item.value: item.source for item in meta.evidence if item.facet == "country"}
    assert evidence == {"CZ": "programme", "PL": "programme"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name whose own part stands in quotation marks.
        ("Проектът се изпълнява по Транснационална програма „Дунав“ в партньорство с общината.", ["Danube Transnational Programme"]),
        # The project word before the programme's name, as Romance languages put it.
        ("Riunione finale del progetto ADRION SEAWAYS a Bari.\nIl progetto ADRION SEAWAYS continua.", ["Interreg ADRION"]),
        # A fund's support as one Nordic compound.
        ("Projekt: Vägar till arbete\nBeviljat ESF-stöd 1 200 000 kr\n", ["ESF"]),
        ("Projekt: Vägar till arbete\nBeviljat ESF-stöd1 200 000 kr\n", ["ESF"]),  # a table cell run on into its amount
        # A period-neutral name followed by its period is that period's programme.
        ("Program přeshraniční spolupráce Česká republika - Svobodný stát Bavorsko Cíl EÚS 2014-2020 podpořil obec.",
         ["Interreg V-A Bavaria-Czech Republic"]),
        # The neighbourhood programmes of 2007-2013 put their instrument after the borders.
        ("The bridge was rebuilt with funding from the Hungary-Slovakia-Romania-Ukraine ENPI CBC Programme 2007-2013.",
         ["ENPI CBC Hungary-Slovakia-Romania-Ukraine 2007-2013"]),
        ("Hanke rahoitettiin Karelia ENPI CBC -ohjelmasta.", ["ENPI CBC Karelia 2007-2013"]),
        # An IPA or NEXT programme named without its instrument, where no other programme has that border.
        ("The bridge across the Tisa is co-financed by the Interreg Hungary-Serbia programme.", ["Interreg IPA Hungary-Serbia"]),
        ("Co-funded by the Interreg Hungary-Croatia programme.", ["Interreg Hungary-Croatia"]),
        # Names the programmes go by, beside their titles in the lists.
        ("The project is funded by the Interreg NEXT Poland-Ukraine programme 2021-2027.", ["Interreg NEXT Poland-Belarus-Ukraine"]),
        ("Funded by the Interreg IPA South Adriatic programme.", ["Interreg IPA Italy-Albania-Montenegro"]),
        ("The project is supported by the PEACE PLUS Programme, managed by the SEUPB.", ["Interreg VI-A PEACE PLUS"]),
        ("Dit project wordt gesteund door Interreg Grensregio Vlaanderen-Nederland.", ["Interreg Vlaanderen-Nederland"]),
        # Transnational programmes under their names in more of their member states' languages; "Interreg Europe Centrale"
        # is Central Europe, not Interreg Europe followed by a word.
        ("Le projet est financé par Interreg Europe Centrale.", ["Interreg Central Europe"]),
        ("El proyecto está cofinanciado por Interreg Europa Central.", ["Interreg Central Europe"]),
        ("Projektet finansieras av Interreg Nordsjön.", ["Interreg North Sea Region"]),
        ("Hanketta rahoittaa Interreg Itämeren alue.", ["Interreg Baltic Sea Region"]),
        ("Il progetto è finanziato dal Programma Adriatico-Ionio.", ["Interreg ADRION"]),
        ("Le projet est soutenu par le Programme Espace Alpin.", ["Interreg Alpine Space"]),
    ],
)
def test_programmes_named_in_the_ways_pages_name_them(text: str, expected: list[str]) -> None:
    decided = [mention.programme for mention in programmes.decide_programmes(programmes.find_mentions(text))]
    assert decided == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The projects are the programme's own: "our European projects" right before its name.
        ("Uczniowie klasy trzeciej pojechali na Maltę z jednym z naszych projektów europejskich Erasmus+. Wrócili w niedzielę.", ["Erasmus+"]),
        # An activity the programme pays for, before or after its name.
        ("Movilidad Erasmus en Oporto\nSeis alumnos viajan con dos profesoras.", ["Erasmus+"]),
        ("Our Erasmus mobility week ended with a concert.", ["Erasmus+"]),
        # The programme word right before the name, in the singular.
        ("Unsere Forschung läuft im Programm Horizon Europe.", ["Horizon Europe"]),
        # Others' funding, also for the short form in brackets after the full name.
        ("The 94 projects chosen this year receive grants from the Connecting Europe Facility (CEF) as the grant "
         "scheme for transport. Our project is co-funded by the LIFE programme.", ["LIFE"]),
        # A Portuguese programme by its brand name on a logo strip; the partnership agreement beside it says less.
        ("Projeto cofinanciado por:\nNORTE 2020 | PORTUGAL 2020 | UNIÃO EUROPEIA", ["Norte 2020"]),
        ("Operação apoiada pelo Portugal 2020.", ["Portugal 2020"]),
        ("O programa Alentejo 2030 apoiou a nova creche.", ["Alentejo 2030"]),
        # A label of more than one word, or on the line above the name with more words after it.
        ("Programme name: Horizon Europe\nBudget: 2 MEUR", ["Horizon Europe"]),
        ("Partners\nProgramme:\n\nLIFE, climate action sub-programme\nDuration: 3 years", ["LIFE"]),
        ("Programmes we like:\nErasmus+ and LIFE", []),
        # Labels and funding verbs in more of the pages' languages; Greek labels lose their accents like the text.
        ("Πρόγραμμα: Erasmus+\nΔιάρκεια: 24 μήνες", ["Erasmus+"]),
        ("Finansavimo šaltinis: Erasmus+\nTrukmė: 24 mėnesiai", ["Erasmus+"]),
        ("Fördermittelgeber: Horizont Europa\nLaufzeit: drei Jahre", ["Horizon Europe"]),
        ("Sursa de finanțare: Erasmus+\nDurata: 24 de luni", ["Erasmus+"]),
        ("Проектът се осъществява по Erasmus+ с партньори от три държави.", ["Erasmus+"]),
        ("Проєкт фінансується Erasmus+ і триває два роки.", ["Erasmus+"]),
        # A menu of programmes, one a line, beside the project's own funding sentence; a logo strip is no menu.
        ("Green Schools\nCo-funded by the Erasmus+ programme of the European Union.\n\nFunding we advise on\nInterreg Europe\n\n"
         "Horizon Europe\nLIFE\nCreative Europe\n", ["Erasmus+"]),
        ("Programme\nInterreg Europe\nDuration\n2019-2022", ["Interreg Europe"]),
        # Funds named often in passing are a topic: spending figures are no funding.
        ("The Commission published figures on ERDF and ESF spending in 2019. ERDF payments rose, the ESF report says.", []),
        # Named once in passing: no funder.
        ("A portrait of Erasmus hangs in the hall.", []),
        ("At the fair the programmes Horizon Europe and LIFE were presented.", []),
    ],
)
def test_a_name_counts_by_the_words_around_it(text: str, expected: list[str]) -> None:
    decided = [mention.programme for mention in programmes.decide_programmes(programmes.find_mentions(text))]
    assert decided == expected


def test_a_period_after_a_programme_of_another_generation_changes_nothing() -> None:
    text = "Program přeshraniční spolupráce Česká republika - Svobodný stát Bavorsko 1999-2003 podpořil obec."
    decided = [mention.programme for mention in programmes.decide_programmes(programmes.find_mentions(text))]
    assert decided == ["Interreg Bavaria-Czech Republic"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("sr", "Održana je konferencija povodom završetka Interreg IPA projekta prekogranične saradnje između Mađarske i Srbije.",
         ["Interreg IPA Hungary-Serbia"]),
        ("hu", "A projekt a Magyarország és Szerbia között megvalósuló Interreg IPA együttműködés része.", ["Interreg IPA Hungary-Serbia"]),
        ("en", "A cross-border cooperation programme 2014-2020 between Hungary and Serbia funded the new bridge.",
         ["Interreg IPA CBC Hungary-Serbia"]),
        # Two programmes join Italy and France: a description cannot tell which.
        ("en", "The Interreg project links schools between Italy and France.", []),
        # "Between" far from the programme's kind is about something else.
        ("en", "Trade between Hungary and Serbia grew, the Interreg Europe report says.", []),
        # Two countries joined by a dash after the kind, the generation spelt in any way; its years or its numeral give the period.
        ("sl", "Projekt poteka v okviru Interreg V I-A Slovenija-Avstrija 2014-2020 s šestimi partnerji.", ["Interreg V-A Slovenia-Austria"]),
        ("pl", "Projekt dofinansowano z programu Interreg 5a Polska – Słowacja.", ["Interreg V-A Poland-Slovakia"]),
        ("sk", "Projekt je financovaný z programu INTERREG VA Slovensko-Rakúsko.", ["Interreg V-A Slovakia-Austria"]),
        ("cs", "Projekt podpořil program INTERREG Česko-Polsko.", ["Interreg Czech Republic-Poland"]),
        # The cross-border word and "between" in more of the programmes' languages; "between" after the countries in Estonian.
        ("sk", "Obec získala dotáciu z programu cezhraničnej spolupráce medzi Slovenskom a Rakúskom na nový chodník.",
         ["Interreg Slovakia-Austria"]),
        ("de", "Der grenzübergreifende Radweg zwischen Österreich und Ungarn wurde mit EU-Mitteln gebaut.", ["Interreg Austria-Hungary"]),
        ("lv", "Jaunais tilts ir pārrobežu sadarbības projekts starp Latviju un Lietuvu.", ["Interreg Latvia-Lithuania"]),
        ("lt", "Muziejus dalyvauja bendradarbiavimo per sieną projekte tarp Lietuvos ir Lenkijos.", ["Interreg Lithuania-Poland"]),
        ("sr", "Општина учествује у пројекту прекограничне сарадње између Мађарске и Србије.", ["Interreg IPA Hungary-Serbia"]),
        ("et", "Raamatukogu osaleb piiriüleses koostöös Eesti ja Läti vahel.", ["Interreg Estonia-Latvia"]),
        # Lithuanian "per sieną" names the kind only beside its cooperation, project or programme; Italian "per Siena" is a
        # town. A cross-border word inside another word is not one: Polish writes "nie" (not) together with the adjective.
        ("lt", "Per sieną programa tarp Lietuvos ir Lenkijos remia muziejus.", ["Interreg Lithuania-Poland"]),
        ("it", "Il nuovo treno per Siena collega le scuole tra Italia e Austria.", []),
        ("pl", "Szkoła prowadzi nietransgraniczny projekt wymiany między Polską a Słowacją.", []),
        # Countries that are not the programme's pair: a comma list, a place after another word.
        ("en", "Interreg V-A Italy, Austria and Slovenia met in Villach.", []),
        ("en", "The Interreg V-A office in Italy - a partner from Austria joined.", []),
    ],
)
def test_a_cross_border_programme_described_by_its_kind_and_its_two_countries(language: str, text: str, expected: list[str]) -> None:
    from indexer.metadata.described import find_described

    assert sorted({mention.programme for mention in find_described(text, [language])}) == expected


def _facets(text: str, language: str) -> tuple[tuple[str, ...], set[str]]:
    """The programmes and countries the metadata stage gives a one-line page in one language."""
    from indexer.documents import Block, RawDocument, Segment, SourceFile
    from indexer.metadata.enrich import extract_metadata

    source = SourceFile(path=Path("/pages/p.txt"), root=Path("/pages"), doc_id="p.txt", format="text", size=1, mtime_ns=0)
    meta = extract_metadata(RawDocument(source=source, sha256="", blocks=(Block(text),)), (Segment(text, language),))
    return meta.programmes, set(meta.countries)


@pytest.mark.parametrize(
    ("language", "text", "expected", "countries"),
    [
        # An Interreg IIIA programme of 2000-2006 in each side's language, its generation spelt in the ways pages spell it.
        ("it", "Il museo è stato restaurato con il programma INTERREG III A Italia-Austria.", "Interreg IIIA Italy-Austria 2000-2006",
         {"IT", "AT"}),
        ("de", "Die neue Radbrücke wurde aus INTERREG IIIA Österreich-Italien kofinanziert.", "Interreg IIIA Italy-Austria 2000-2006",
         {"IT", "AT"}),
        ("es", "La ruta fue cofinanciada por el programa INTERREG III-A España-Portugal.", "Interreg IIIA Spain-Portugal 2000-2006",
         {"ES", "PT"}),
        ("pt", "A ponte foi apoiada pelo INTERREG IIIA Portugal-Espanha.", "Interreg IIIA Spain-Portugal 2000-2006", {"ES", "PT"}),
        ("el", "Το έργο χρηματοδοτήθηκε από το INTERREG IIIA Ελλάδα-Βουλγαρία.", "Interreg IIIA Greece-Bulgaria 2000-2006",
         {"GR", "BG"}),
        ("bg", "Проектът е финансиран по INTERREG IIIA България-Гърция.", "Interreg IIIA Greece-Bulgaria 2000-2006", {"GR", "BG"}),
        ("sv", "Utställningen fick stöd från Interreg IIIA Öresund.", "Interreg IIIA Öresund 2000-2006", {"DK", "SE"}),
        # The PHARE CBC side of a border of 2000-2006, under its own spelling of "Phare".
        ("ro", "Drumul a fost modernizat prin programul Phare CBC România-Bulgaria.", "PHARE CBC Romania-Bulgaria 2000-2006",
         {"RO", "BG"}),
        # A programme of 2007-2013 with Switzerland, and a branded one, under their names of that period.
        ("it", "Il sentiero è finanziato dal Programma di Cooperazione Transfrontaliera Italia-Svizzera 2007-2013.",
         "Italy-Switzerland 2007-2013", {"IT", "CH"}),
        ("fr", "Le projet est cofinancé par le programme Interreg IV A France-Suisse.", "France-Switzerland 2007-2013", {"FR", "CH"}),
        ("es", "El proyecto fue cofinanciado por el programa Interreg IV-A POCTEP.", "Spain-Portugal POCTEP 2007-2013", {"ES", "PT"}),
    ],
)
def test_a_cross_border_programme_of_an_earlier_period_gives_itself_and_its_countries(
    language: str, text: str, expected: str, countries: set[str]
) -> None:
    assert _facets(text, language) == ((expected,), countries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funded by INTERREG IIIB Alpine Space.", ["Interreg IIIB Alpine Space"]),
        ("The network was part-financed by INTERREG IIIC East.", ["Interreg IIIC East"]),
        ("A CADSES project: INTERREG III B CADSES.", ["Interreg IIIB CADSES"]),
        ("Le projet a été financé par Interreg IIIB MEDOCC.", ["Interreg IIIB Western Mediterranean"]),
        ("The project was funded under the IPA Adriatic CBC Programme.", ["IPA Adriatic CBC 2007-2013"]),
        ("Funded by the ENPI CBC Mediterranean Sea Basin Programme.", ["ENPI CBC Mediterranean Sea Basin 2007-2013"]),
        # The 2000-2006 programme named beside the area's programme of today is the project's.
        ("Alpine Space Programme\n\nThe project ran under INTERREG IIIB Alpine Space.", ["Interreg IIIB Alpine Space"]),
    ],
)
def test_transnational_and_interregional_programmes_of_earlier_periods(text: str, expected: list[str]) -> None:
    decided = [mention.programme for mention in programmes.decide_programmes(programmes.find_mentions(text))]
    assert decided == expected


def test_programmes_of_2000_2006_have_that_period_and_a_parent_spanning_it():
    catalogue = {programme.name: programme for programme in programmes.load_programmes()}
    third = [programme for programme in catalogue.values() if programme.period == "2000-2006" and programme.strand == "A"]
    assert len(third) >= 60
    for programme in third:
        assert PERIOD.fullmatch(programme.period) and programme.countries and programme.source, programme.name
        if programme.parent:
            assert catalogue[programme.parent].period.startswith("2000-"), programme.name
    assert catalogue["Interreg IIIA Italy-Austria 2000-2006"].parent == "Interreg Italy-Austria"
    assert catalogue["Interreg Italy-Austria"].period == "2000-2027"


def test_a_border_described_without_its_years_is_its_programme_of_today():
    # Three programmes of 2000-2006 joined Germany and Denmark; a description names the one that goes on.
    from indexer.metadata.described import find_described

    text = "Das Museum arbeitet im grenzüberschreitenden Kooperationsprogramm zwischen Deutschland und Dänemark mit."
    assert [mention.programme for mention in find_described(text, ["de"])] == ["Interreg Deutschland-Danmark"]


@pytest.mark.skipif(not SHARED_PROGRAMMES.is_dir(), reason="../shared/data/programmes is absent (a fresh clone)")
def test_generated_national_programmes_are_up_to_date():
    module = generator("build_national_programmes")
    assert module.write(module.build(SHARED_PROGRAMMES)) == module.OUT.read_text("utf-8"), "run corpus/tools/build_national_programmes.py again"


@pytest.mark.parametrize(
    ("language", "text", "expected", "countries"),
    [
        # Names declined after a preposition or as an object: endings the aliases do not list.
        ("cs", "Projekt byl podpořen Programem přeshraniční spolupráce Česká republika – Polsko 2007–2013.",
         "Czech Republic-Poland 2007-2013", {"CZ", "PL"}),
        ("pl", "Projekt współfinansowany Programem Współpracy Transgranicznej Polska – Słowacja.", "Interreg Poland-Slovakia",
         {"PL", "SK"}),
        ("hr", "Projekt je financiran iz Programa prekogranične suradnje Hrvatske – Bosne i Hercegovine.",
         "Interreg IPA Croatia-Bosnia and Herzegovina", {"HR", "BA"}),
        ("cs", "Projekt byl podpořen z Operačního programu Výzkumu, vývoje a vzdělávání.",
         "Operational Programme Research Development and Education (CZ)", set()),
        # The cooperation phrase of the IPA, ENI and NEXT programmes in their languages, titles with the countries first,
        # the neighbours' long forms.
        ("ro", "Proiectul este finanțat prin Programul IPA de Cooperare Transfrontalieră România – Serbia.", "Interreg IPA Romania-Serbia",
         {"RO", "RS"}),
        ("mk", "Проектот е финансиран од ИПА програмата за прекугранична соработка Северна Македонија – Албанија.",
         "Interreg IPA North Macedonia-Albania", {"MK", "AL"}),
        ("sq", "Projekti financohet nga Programi IPA i Bashkëpunimit Ndërkufitar Mal i Zi – Shqipëri.", "Interreg IPA Montenegro-Albania",
         {"ME", "AL"}),
        ("bg", "Проектът се финансира по Програмата за трансгранично сътрудничество ИНТЕРРЕГ-ИПП България – Сърбия 2014-2020.",
         "Interreg IPA CBC Bulgaria-Serbia", {"BG", "RS"}),
        ("en", "The project is funded by the Hungary-Serbia IPA Cross-border Co-operation Programme.", "Interreg IPA Hungary-Serbia",
         {"HU", "RS"}),
        ("en", "The project is funded by the Joint Operational Programme Romania-Ukraine 2014-2020.", "ENI CBC Romania-Ukraine",
         {"RO", "UA"}),
        ("sk", "Projekt je financovaný z Programu cezhraničnej spolupráce Poľská republika – Slovenská republika 2007-2013.",
         "Poland-Slovakia 2007-2013", {"PL", "SK"}),
    ],
)
def test_programme_names_in_other_endings_and_in_the_instruments_languages(
    language: str, text: str, expected: str, countries: set[str]
) -> None:
    assert _facets(text, language) == ((expected,), countries)


@pytest.mark.parametrize(
    "text",
    [
        # Words that open like a name's words are not the name: one-word names never vary, and a name's words must all be there.
        "An interactive tool supports interregional programming and cooperation programmes across Europe.",
        "The operational programmes of human resources were compared in this study.",
        "Programem spolupráce jsme se zabývali v kapitole o Polsku.",
    ],
)
def test_no_programme_from_words_that_only_open_like_a_name(text: str) -> None:
    assert _facets(text, "en")[0] == ()
