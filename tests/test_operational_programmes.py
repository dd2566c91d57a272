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
