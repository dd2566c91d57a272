"""Facet metadata: programmes, years, countries, title and their evidence, from real records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from indexer.documents import Block, RawDocument, Segment, Sidecar, SourceFile
from indexer.metadata.enrich import extract_metadata


def document(
    text: str,
    language: str = "en",
    *,
    fmt: str = "html",
    name: str = "page.html",
    sidecar: Sidecar | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    alt_texts: tuple[str, ...] = (),
    properties: tuple[tuple[str, str], ...] = (),
    tmp: Path = Path("/corpus"),
):
    source = SourceFile(path=tmp / name, root=tmp, doc_id=name, format=fmt, size=len(text), mtime_ns=0, sidecar=sidecar)  # type: ignore[arg-type]
    blocks = tuple(Block(part, page=1 if fmt == "pdf" else None) for part in text.split("\n\n") if part.strip())
    raw = RawDocument(
        source=source, sha256="0" * 64, blocks=blocks, title=title, published=published, alt_texts=alt_texts, properties=properties
    )
    return raw, (Segment(raw.text, language, 1 if fmt == "pdf" else None),)


def meta(text: str, language: str = "en", **kwargs):
    return extract_metadata(*document(text, language, **kwargs))


# ---------------------------------------------------------------- programmes


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A short project page that names one programme, once and in passing, and no other: that programme funds it.
        ("Projektwoche 2023\n\nUnsere Klasse besuchte im Mai die Partnerschule in Krakau, mit der uns Erasmus+ "
         "seit drei Jahren verbindet.", "de", ("Erasmus+",)),
        ("Новини\n\nОбщината представи резултатите от проекта за велосипедни алеи по Interreg Europe пред гражданите.",
         "bg", ("Interreg Europe",)),
        # Two programmes named in passing: neither is known to be the funder.
        ("The project team met the Erasmus+ and Horizon Europe contact points at the fair.", "en", ()),
        # A fund named once is a topic; others' funding is someone else's; no project on the page.
        ("The project report lists what the European Regional Development Fund paid in 2019.", "en", ()),
        ("Our project studied how many projects financed under Horizon Europe involve small towns.", "en", ()),
        ("A portrait of Erasmus hangs in the hall.", "en", ()),
        # Projects of the programme in general, another named project, or a programme's name inside a project's acronym.
        ("Our project compared what LIFE projects did for wetlands.", "en", ()),
        ("The project reused data of the Horizon 2020 SOLARIX project.", "en", ()),
        ("Through GREEN-COST the project will share its results with farmers.", "en", ()),
    ],
)
def test_the_only_programme_a_short_project_page_names_is_its_funder(text: str, language: str, expected: tuple[str, ...]) -> None:
    assert meta(text, language).programmes == expected


def test_a_programme_in_a_logo_of_a_short_page_is_checked_in_its_alt_text_not_in_the_page() -> None:
    from indexer.metadata.programmes import find_mentions, sole_programme

    text = "Project WATERSHED.\nPartners meet."
    alt = "Banner of the partnership with the river basin towns and their water boards, co-funded by Interreg Europe"
    mentions = find_mentions(text, [alt])
    assert [mention.programme for mention in sole_programme(mentions, text)] == ["Interreg Europe"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Words that begin like a project's word are no project: work, workshop, tool, a film's projection.
        ("Η εργασία της ομάδας στο εργαστήριο έδειξε πώς δουλεύει το Erasmus+ στις σχολές.", "el"),
        ("Νέο εργαλείο για τις σχολές του Erasmus+.", "el"),
        ("The projection of a film about Erasmus+ schools filled the hall.", "en"),
    ],
)
def test_a_page_without_a_project_word_has_no_sole_programme(text: str, language: str) -> None:
    assert meta(text, language).programmes == ()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Το έργο της πόλης ξεκίνησε με τη στήριξη του Erasmus+ στις σχολές.", "el", ("Erasmus+",)),
        ("Τα αποτελέσματα του έργου δείχνουν τι έμαθαν οι σχολές του Erasmus+.", "el", ("Erasmus+",)),
        ("Our school's projects grew out of three years of Erasmus+ exchanges with Krakow.", "en", ("Erasmus+",)),
        ("Proiectul școlii a pornit din schimburile Erasmus+ cu Cracovia.", "ro", ("Erasmus+",)),
    ],
)
def test_a_project_word_in_its_inflected_forms_makes_a_project_page(text: str, language: str, expected: tuple[str, ...]) -> None:
    assert meta(text, language).programmes == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Projects of the programme in general, in German and in a capitalised name, are others' projects.
        ("Unser Projekt stellte die Erasmus+ Projekte in Bayern vor.", "de"),
        ("Our project visited the Erasmus+ Projects Fair in Vienna.", "en"),
    ],
)
def test_projects_of_a_programme_in_the_plural_are_others_in_any_case(text: str, language: str) -> None:
    assert meta(text, language).programmes == ()


def test_a_named_project_after_a_programme_is_an_acronym_in_capitals() -> None:
    from indexer.metadata.programmes import OTHER_PROJECTS

    assert OTHER_PROJECTS.match("Erasmus+ Projekte in Bayern")
    assert OTHER_PROJECTS.match("Horizon 2020 SOLARIX project")
    assert not OTHER_PROJECTS.match("Horizon 2020 solar project")  # lower case: an ordinary word, not a project's name


def test_programmes_and_countries_take_a_page_as_short_at_the_same_length() -> None:
    from indexer.metadata import countries, programmes, text

    assert programmes.SHORT_PAGE is text.SHORT_PAGE and countries.SHORT_PAGE is text.SHORT_PAGE


def test_a_programme_named_once_in_a_long_report_is_no_funder() -> None:
    filler = "The partners compared the costs of the three options and wrote down what each town had learnt. " * 70
    assert meta(filler + "\n\nThe project also looked at what Erasmus+ schools do.").programmes == ()


@pytest.mark.parametrize(
    ("sentence", "language", "programme"),
    [
        ("The project is funded by the European Union's Horizon 2020 research and innovation programme.", "en", "Horizon 2020"),
        ("Projekt finansowany z programu Horyzont 2020 Unii Europejskiej.", "pl", "Horizon 2020"),
        ("Projektet finansieras av EU:s ramprogram Horisont 2020.", "sv", "Horizon 2020"),
        ("Проектът е финансиран по програма Обзор 2020.", "bg", "Horizon 2020"),
        ("Das Projekt wird im 7. Rahmenprogramm der EU gefördert.", "de", "FP7"),
        ("Projet financé par le 7PR de la Commission européenne.", "fr", "FP7"),
        ("This project has been funded with support from the European Commission under FP7.", "en", "FP7"),
        ("Co-funded by the Erasmus + programme of the European Union.", "en", "Erasmus+"),
        ("The project was co-financed by the ERDF through the INTERREG IVC programme.", "en", "INTERREG IVC"),
        ("Co-funded by the South East Europe Transnational Cooperation Programme.", "en",
         "South East Europe"),
        ("Project co-funded by the SEE programme (ERDF, IPA).", "en", "South East Europe"),
        ("Projekt sufinanciran iz programa Interreg Europe.", "sl", "Interreg Europe"),
    ],
)
def test_programme_aliases_in_many_languages(sentence: str, language: str, programme: str) -> None:
    result = meta(sentence, language)
    assert programme in result.programmes
    evidence = [item for item in result.evidence if item.facet == "programme" and item.value == programme]
    assert evidence and evidence[0].source == "text"


def test_lower_case_words_are_not_short_programme_codes() -> None:
    result = meta("Please see programme notes for details. Real life examples follow. Life is good, see programme.")
    assert result.programmes == ()


def test_programme_named_once_in_passing_is_not_kept() -> None:
    result = meta("Our results complement earlier work on Horizon 2020 topics.\n\nThe project was co-funded by the LIFE programme.")
    assert result.programmes == ("LIFE",)


def test_cci_codes_give_the_fund() -> None:
    assert meta("Operational programme 2007AT161PO001, Burgenland.").programmes == ("ERDF",)
    assert meta("Programme code 2014AT05SFOP001 (employment).").programmes == ("ESF",)


def test_grant_agreement_numbers_give_the_framework_programme() -> None:
    assert meta("This project has received funding under grant agreement No 101062254.").programmes == ("Horizon Europe",)
    assert meta("Grant Agreement number: 645833").programmes == ("Horizon 2020",)
    assert meta("Grant agreement no. 318020").programmes == ("FP7",)
    assert meta("Το έργο υλοποιείται βάσει της συμφωνίας επιχορήγησης αριθ. 732540.", "el").programmes == ("Horizon 2020",)
    assert meta("Projekt je podpořen na základě grantové dohody č. 101094123.", "cs").programmes == ("Horizon Europe",)
    assert meta("Progetto sostenuto dall'accordo di sovvenzione n. 287010.", "it").programmes == ("FP7",)


def test_logo_alt_text_is_evidence() -> None:
    result = meta("Terms of use of the repair platform.", alt_texts=("Interreg North-West Europe SHAREPAIR logo",))
    assert result.programmes == ("Interreg North-West Europe",)
    assert result.evidence[0].source == "image"


def test_interreg_logos_do_not_add_the_fund_itself() -> None:
    result = meta("Funded by Interreg North-West Europe. European Regional Development Fund.")
    assert result.programmes == ("Interreg North-West Europe",)


def test_several_programmes_in_one_document() -> None:
    result = meta("Co-funded by the Erasmus+ programme.\n\nThis project also received funding from the Creative Europe programme.")
    assert set(result.programmes) == {"Erasmus+", "Creative Europe"}



def test_interreg_keeps_erdf_only_when_a_funding_phrase_names_it() -> None:
    stated = meta("The project belongs to the Interreg Central Europe programme and is co-financed by the European Regional Development Fund.")
    assert set(stated.programmes) == {"Interreg Central Europe", "ERDF"}
    logo = meta("Workshop notes from the pilot region.", alt_texts=("Interreg Alpine Space - European Regional Development Fund logo",))
    assert logo.programmes == ("Interreg Alpine Space",)


def test_fund_stated_in_the_text_joins_the_programme_from_document_properties() -> None:
    properties = (("description", "Interreg Europe project HARBOURS on clean ports"),)
    result = meta("HARBOURS is co-funded by the European Regional Development Fund.", properties=properties)
    assert result.programmes == ("Interreg Europe", "ERDF")
    assert [item.source for item in result.evidence if item.facet == "programme"] == ["properties", "text"]


def test_fund_names_inside_web_addresses_are_no_funding_phrase() -> None:
    text = (
        "See http://ec.europa.eu/regional_policy/en/funding/cohesion-fund/ and www.esf.example.eu/funding/european-social-fund/\n\n"
        "The project is funded by the Horizon 2020 programme."
    )
    assert meta(text).programmes == ("Horizon 2020",)


def test_other_peoples_funding_is_no_evidence_for_the_document() -> None:
    text = "The exhibition portrays scientists funded under FP7 and fellows supported by the ESF in the region."
    assert meta(text).programmes == ()
    assert meta("Our network is funded under Horizon Europe; it also maps projects financed by the ERDF.").programmes == ("Horizon Europe",)
    assert meta("A list of the fellows funded under FP7, Horizon 2020 or Horizon Europe is annexed.").programmes == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("LIFE SALINE-VIVE\n\nIl progetto LIFE SALINE-VIVE ripristina tre saline costiere insieme ai pescatori locali.", "it"),
        ("Das Vorhaben LIFE BERGMOOR renaturiert Hochmoore im Alpenvorland.\n\nIm Sommer begann LIFE BERGMOOR mit den ersten Dämmen.", "de"),
        ("Projekt LIFE-MOKRADI obnavlja mokrišča ob reki.", "sl"),  # one mention, but in a sentence about the project
    ],
)
def test_life_project_names_give_the_life_programme(text: str, language: str) -> None:
    assert meta(text, language).programmes == ("LIFE",)


@pytest.mark.parametrize(
    "text",
    [
        "LIFE CYCLE ASSESSMENT OF TIMBER HOUSES\n\nLIFE CYCLE ASSESSMENT OF TIMBER HOUSES, part two",
        "QUALITY OF LIFE IN SMALL TOWNS\n\nA survey of QUALITY OF LIFE IN SMALL TOWNS across regions.",
        "Graduates of the LIFE SCIENCES faculty met the LIFE SCIENCES board.",
        "We compared life cycle costs. Life Sciences students joined the study of real life habits.",
    ],
)
def test_life_in_ordinary_text_is_no_project_name(text: str) -> None:
    assert meta(text).programmes == ()


# ---------------------------------------------------------------- years and dates


@pytest.mark.parametrize(
    ("text", "language", "years", "start", "end"),
    [
        ("Project duration: 01/04/2011 - 31/03/2014", "en", (2011, 2012, 2013, 2014), dt.date(2011, 4, 1), dt.date(2014, 3, 31)),
        ("Start date: 2013-10-29\n\nEnd date: 2015-10-28", "en", (2013, 2014, 2015), dt.date(2013, 10, 29), dt.date(2015, 10, 28)),
        ("Trajanje projekta: 1.05.2025 – 31.07.2029", "hr", (2025, 2026, 2027, 2028, 2029), dt.date(2025, 5, 1), dt.date(2029, 7, 31)),
        ("Projektstart: 22. februar 2023\n\nProjektslut: 21. februar 2026", "da", (2023, 2024, 2025, 2026), dt.date(2023, 2, 22), None),
        ("GREEN ROUTES (2025 – 2029)", "en", (2025, 2026, 2027, 2028, 2029), dt.date(2025, 1, 1), dt.date(2029, 12, 31)),
        ("Das Projekt läuft vom 1. März 2016 bis 28. Februar 2019.", "de", (2016, 2017, 2018, 2019), dt.date(2016, 3, 1), None),
        ("Le projet se déroule du 1er septembre 2019 au 31 août 2022.", "fr", (2019, 2020, 2021, 2022), dt.date(2019, 9, 1), None),
        ("Projekt realizowany od 1 stycznia 2017 do 31 grudnia 2018.", "pl", (2017, 2018), dt.date(2017, 1, 1), dt.date(2018, 12, 31)),
        ("Start Date of Project: 01.05.2015\n\nDuration: 30 months", "en", (2015, 2016, 2017), dt.date(2015, 5, 1), dt.date(2017, 10, 31)),
        ("Trajanje: siječanj 2018 – prosinac 2020", "hr", (2018, 2019, 2020), dt.date(2018, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_project_years_from_dates_in_many_forms(text, language, years, start, end) -> None:
    result = meta(text, language)
    assert result.years == years
    assert result.start == start
    if end:
        assert result.end == end
    assert all(item.source == "text" and item.snippet for item in result.evidence if item.facet == "years")


@pytest.mark.parametrize(
    ("text", "language", "years", "start", "end"),
    [
        ("A program 2021. március 15-én kezdődött és 2023. szeptember 30-ig tartott.", "hu",
         (2021, 2022, 2023), dt.date(2021, 3, 15), dt.date(2023, 9, 30)),
        ("A kutatás 2017. februárjától 2019. októberéig folyt.", "hu", (2017, 2018, 2019), dt.date(2017, 2, 1), dt.date(2019, 10, 31)),
        ("Hanke kesti tammikuusta 2020 joulukuuhun 2022.", "fi", (2020, 2021, 2022), dt.date(2020, 1, 1), dt.date(2022, 12, 31)),
        ("Obdobie realizácie projektu\n\n03/2012 – 09/2014", "sk", (2012, 2013, 2014), dt.date(2012, 3, 1), dt.date(2014, 9, 30)),
        ("We are partners of the Interreg Europe project SEAPORTS (2022–2025) on shore power.", "en",
         (2022, 2023, 2024, 2025), dt.date(2022, 1, 1), dt.date(2025, 12, 31)),
    ],
)
def test_case_endings_year_first_and_numeric_months(text, language, years, start, end) -> None:
    result = meta(text, language)
    assert result.years == years
    assert (result.start, result.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A nyári tábor 2019. augusztus 5. és 12. között zajlott Pécsett.", "hu"),
        ("A nyári tábor 2019. augusztus 5–12. között zajlott.", "hu"),
        ("The summer school took place on 5–12 August 2019 in Tartu.", "en"),
        ("Die Sommerschule fand vom 5. bis 12. August 2019 statt.", "de"),
        ("The summer school ran August 5-12, 2019.", "en"),
    ],
)
def test_an_event_dated_in_days_gives_its_year_when_no_project_period_is_known(text: str, language: str) -> None:
    result = meta(text, language)
    assert result.years == (2019,)
    assert result.start == dt.date(2019, 8, 5) and result.end == dt.date(2019, 8, 12)


def test_a_project_period_wins_over_an_event() -> None:
    text = "Project duration: 01/03/2018 - 28/02/2021\n\nThe kick-off meeting took place on 5-6 March 2018."
    assert meta(text).years == (2018, 2019, 2020, 2021)


def test_numbered_acts_are_no_month_dates() -> None:
    assert meta("Pursuant to Act 5/2016 and Regulation 1303/2013 the grant was paid.").years == ()
    assert meta("Decision 3/2019 of the board on the annual accounts.", fmt="pdf", name="decision.pdf").years == ()


@pytest.mark.parametrize(
    "text",
    [
        "This project is funded by Interreg Europe 2021-2027.",
        "Funded under the Horizon 2020 Research and Innovation Programme (2014 – 2020).",
        "Total budget: EUR 2,015,000; ERDF co-financing 1 713 000 EUR.",
        "See pages 2019-2021 of the annex.",
        "Grant agreement No 2017-1-PL01-KA201-038432 and call 2016-2018.",
        "The project is funded by Interreg Europe (2021–2027).",
        "Horizon 2020 Research and Innovation Programme (2014 – 2020) supports the work.",
    ],
)
def test_programme_periods_budgets_pages_and_codes_are_not_years(text: str) -> None:
    assert meta(text).years == ()


def test_report_gets_its_publication_year_from_a_dateline() -> None:
    result = meta("Berlin, November 10, 2015\n\nOpenBudgets.eu, a new project, is launched.", fmt="pdf", name="pr.pdf")
    assert result.years == (2015,)
    assert result.published == dt.date(2015, 11, 10)


def test_file_creation_date_sorts_a_report_but_is_not_a_facet_year() -> None:
    result = meta("A leaflet without any date.", fmt="pdf", name="leaflet.pdf", published=dt.date(2017, 3, 3))
    assert result.published == dt.date(2017, 3, 3)
    assert result.years == ()


def test_month_names_come_from_cldr_for_every_language() -> None:
    from indexer.metadata.dates import month_names

    names = month_names()
    for name, month in {"stycznia": 1, "veljace": 2, "ozujka": 3, "brezna": 3, "augusti": 8, "lokakuuta": 10}.items():
        assert names[name] == month


# ---------------------------------------------------------------- countries


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Partners:\n\nUniversity of Silesia, Poland\n\nTechnical University of Munich", "en", "PL"),
        ("Partner 3 – University of Ljubljana, Slovenia", "en", "SI"),
        ("Partnerzy projektu: Uniwersytet Śląski w Polsce oraz Politechnika Wrocławska.", "pl", "PL"),
        ("Projektpartner: Stadtwerke Leipzig GmbH in Deutschland und Universität Wien.", "de", "DE"),
        ("Projektpartner: Budapesti Műszaki Egyetem i Ungern och Lunds universitet.", "sv", "HU"),
        ("Partneri projekta: Univerzitet u Beogradu, Republika Srbija.", "sr", "RS"),
        ("Partneri: Sveučilište u Zagrebu, Hrvatska; Općina Koper.", "hr", "HR"),
        ("Consortium: Civio (Spain), Open Knowledge Foundation (Germany).", "en", "ES"),
        ("Consortium members: Fraunhofer IAIS (DE), Politecnico di Milano (IT).", "en", "DE"),
        ("Lead partner address: Wirtschaftsagentur, A-1070 Wien.", "en", "AT"),
        ("The pilots run in three cities: Bonn, Thessaloniki and Paris.", "en", "GR"),
        ("Εταίροι: Ίδρυμα Ανοιχτής Γνώσης Ελλάδας, Πανεπιστήμιο της Βόννης.", "el", "GR"),
    ],
)
def test_countries_from_partner_lists_in_many_languages(text: str, language: str, country: str) -> None:
    result = meta(text, language)
    assert country in result.countries
    evidence = [item for item in result.evidence if item.facet == "country" and item.value == country]
    assert evidence and evidence[0].source == "text" and evidence[0].snippet


@pytest.mark.parametrize(
    "text",
    [
        "Partners: the roast turkey recipe of the Municipality Catering Ltd.",
        "Partners: Chad Smith (project manager), Acme Consulting Ltd.",
        "Our partner institute is the University of Georgia, a member of its state system.",
        "Partners: Jersey Knitwear Ltd and the Guinea pig breeders association.",
        "Partners: the Niger river basin study group of the Water Institute.",
        "Project reference PL-2021-0043-ABC; database in HTML PL/SQL at the University computing centre.",
        "The Western Balkans and South East Europe face similar challenges.",
        "For example, Spain has a similar scheme; unlike in Portugal, the scheme is new.",
        "Partners:\n\nMunicipality of Ostrovac Donji\n\nBSC Ostrovac Donji",
    ],
)
def test_country_traps_and_passing_mentions_give_no_country(text: str) -> None:
    assert meta(text).countries == ()


def test_partner_list_beats_mentions_in_passing() -> None:
    text = (
        "The project compares budgets, for example those of France, with national practice.\n\n"
        "Consortium: Open Knowledge Greece (Greece), University of Economics (Czech Republic)."
    )
    assert set(meta(text).countries) == {"GR", "CZ"}


def test_country_names_cover_every_cldr_language() -> None:
    from indexer.metadata.country_names import matcher as _matcher

    assert _matcher("pl").names["Polska"] == "PL"
    assert _matcher("sv").names["Ungern"] == "HU"
    assert _matcher("el").names["Ελλαδα"] == "GR"
    assert _matcher("pl").stems["Pols"] == "PL"
    assert _matcher("hr").stems["Hrvats"] == "HR"


# ---------------------------------------------------------------- precedence, title, other fields


def test_sidecar_values_win_field_by_field() -> None:
    sidecar = Sidecar(title="Official title", programmes=("H2020",), years=(2019,), countries=("si",))
    text = "Funded by the Erasmus+ programme.\n\nProject duration: 01/01/2015 - 31/12/2016\n\nPartners: Civio (Spain)"
    result = meta(text, sidecar=sidecar, title="Properties title here")
    assert result.title == "Official title"
    assert result.programmes == ("Horizon 2020",)
    assert result.years == (2019,)
    assert result.countries == ("SI",)
    assert {item.source for item in result.evidence if item.facet in {"programme", "years", "country", "title"}} == {"sidecar"}


def test_sidecar_that_sets_only_countries_leaves_the_rest_to_extraction() -> None:
    text = "Funded by the Erasmus+ programme.\n\nProject duration: 01/01/2015 - 31/12/2016"
    result = meta(text, sidecar=Sidecar(countries=("AT",)))
    assert result.programmes == ("Erasmus+",)
    assert result.years == (2015, 2016)
    assert result.countries == ("AT",)


def test_programme_in_document_properties_comes_before_text() -> None:
    result = meta("Co-funded by the LIFE programme. Co-funded by the LIFE programme.", properties=(("Subject", "Horizon Europe project"),))
    assert result.programmes == ("Horizon Europe",)
    assert result.evidence[0].source == "properties"


def test_title_skips_cookie_banners_and_file_names() -> None:
    page = meta("We use cookies to improve your experience. Accept all cookies\n\nGreen Routes for Danube Cities\n\nText.",
                title="We use cookies - accept all cookies")
    assert page.title == "Green Routes for Danube Cities"
    pdf = meta("Deliverable text.", fmt="pdf", name="D1.2.pdf", title="Microsoft Word - D1.2 Design of data structure definition.docx")
    assert pdf.title == "D1.2 Design of data structure definition"
    fallback = meta("(cid:3)(cid:4)", fmt="pdf", name="annual_report-final.pdf", title="untitled")
    assert fallback.title == "Annual report final"


def test_acronym_budget_and_partners() -> None:
    text = (
        "Project acronym: SHAREPAIR\n\nTotal budget: € 4.6 million\n\n"
        "Partners:\nUniversity of Ljubljana, Slovenia\nStadtwerke Leipzig GmbH, Germany"
    )
    result = meta(text)
    assert result.acronym == "SHAREPAIR"
    assert result.budget == "€ 4.6 million"
    assert "University of Ljubljana, Slovenia" in result.partners
    assert set(result.countries) == {"SI", "DE"}


def test_years_of_a_project_told_in_sentences_of_one_paragraph() -> None:
    from indexer.metadata.dates import find_period

    told = find_period(
        "Dana 30. studenog 2015. godine okončan je projekt koji se provodio od 01. rujna 2014. godine. "
        "Na projektu je sudjelovalo 7 partnera."
    )
    assert told is not None and (told.start, told.end) == (dt.date(2014, 9, 1), dt.date(2015, 11, 30))
    # An event told the same way is too short to be a project; the end needs the project named beside it.
    assert find_period("The conference started on 3 May 2019. Registration for the project fair ended on 1 June 2019.") is None
    assert find_period("The call opened from 1 March 2019. The survey of members ended on 30 November 2019.") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Projekt je sufinanciran iz Programa prekogranične suradnje Mađarska – Hrvatska 2014.-2020.", "hr",
         "Interreg V-A Hungary-Croatia"),
        ("Projekt je financiran iz Programa prekogranične suradnje Slovenija – Hrvatska 2014. – 2020.", "hr",
         "Interreg V-A Slovenia-Croatia"),
    ],
)
def test_a_period_with_ordinal_dots_after_a_border_name_gives_its_programme(text: str, language: str, expected: str) -> None:
    assert meta(text, language).programmes == (expected,)
