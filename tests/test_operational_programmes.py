"""National and regional operational programmes of the knowledge base (their own-language titles, short forms and CCI codes),
and funding phrases in the member states' languages."""

from __future__ import annotations

import pytest

from tests.test_metadata import meta


@pytest.mark.parametrize(
    ("text", "language", "programme"),
    [
        ("Projekt je spolufinancován z Operačního programu Zaměstnanost.", "cs", "Operational Programme Employment (CZ)"),
        ("Titlul proiectului: Competențe digitale\nProgram: Programul Operațional Capital Uman", "ro", "Human Capital Operational Programme (RO)"),
        (
            "Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa Śląskiego na lata 2014-2020.",
            "pl",
            "Regional Operational Programme for Śląskie Voivodeship 2014-2020",
        ),
        ("Hanke on osa ohjelmaa 2014SK16M1OP002.", "fi", "Operational Programme Quality of Environment (SK)"),
    ],
)
def test_national_titles_short_forms_and_codes_give_the_knowledge_base_programme(text: str, language: str, programme: str) -> None:
    assert meta(text, language).programmes == (programme,)


@pytest.mark.parametrize(
    ("text", "language", "programme"),
    [
        ("Dit project wordt ondersteund door Creatief Europa.", "nl", "Creative Europe"),
        ("Il progetto è sostenuto da Europa Creativa.", "it", "Creative Europe"),
        ("Projekt realizowany przy wsparciu Kreatywna Europa.", "pl", "Creative Europe"),
        ("Projektet genomförs inom ramen för Kreativa Europa.", "sv", "Creative Europe"),
        ("Proiectul este cofinanțat de Europa Creativă.", "ro", "Creative Europe"),
        ("Hanke toteutetaan Erasmus+ -ohjelman puitteissa.", "fi", "Erasmus+"),
        ("Projekt on ellu viidud Erasmus+ raames.", "et", "Erasmus+"),
        ("Projekts tiek īstenots Erasmus+ ietvaros.", "lv", "Erasmus+"),
    ],
)
def test_funding_phrases_of_the_member_states_languages_name_the_funder(text: str, language: str, programme: str) -> None:
    assert meta(text, language).programmes == (programme,)


@pytest.mark.parametrize(
    ("text", "language", "programme"),
    [
        # Each member state numbers its projects in its own scheme, which starts with the programme.
        ("Registrační číslo projektu: CZ.02.1.01/0.0/0.0/16_019/0004321\nŠkola pro všechny", "cs",
         "Operational Programme Research Development and Education (CZ)"),
        ("Číslo projektu: CZ.06.2.56/0.0/0.0/17_101/0012345", "cs", "Integrated Regional Operational Programme (CZ)"),
        ("Projekt azonosító: TOP-1.1.1-15-HB1-2016-00021\nKerékpárút a városközpontban", "hu",
         "Territorial and Settlement Development Operational Programme (HU)"),
        ("Azonosító: EFOP-3.6.1-16-2016-00012\nEgészséges iskola", "hu", "Human Resources Development Operational Programme (HU)"),
        ("Numer projektu: RPSL.04.03.01-24-0A12/17\nTermomodernizacja szkoły", "pl",
         "Regional Operational Programme for Śląskie Voivodeship 2014-2020"),
        ("Nr umowy: POWR.03.01.00-00-T153/18", "pl", "Operational Programme Knowledge Education Development (PL)"),
        ("Договор № BG16RFOP001-2.001-0123 за ремонт на училище", "bg", "Operational Programme Regions in Growth (BG)"),
        ("Kodni broj projekta: UP.02.1.1.05.0123", "hr", "Operational Programme Efficient Human Resources (HR)"),
    ],
)
def test_a_project_number_gives_the_programme_it_is_numbered_in(text: str, language: str, programme: str) -> None:
    assert meta(text, language).programmes == (programme,)


@pytest.mark.parametrize(
    "text",
    [
        "Top-10 tips: TOP-1.1 and the TOP 1.1.1 list.",  # a ranking, not a project number
        "Verze CZ.02.1 dokumentu ke stažení.",
        "Order no. RPSL-04-03 in the catalogue.",
    ],
)
def test_numbers_that_only_look_like_project_numbers_give_nothing(text: str) -> None:
    assert meta(text).programmes == ()
