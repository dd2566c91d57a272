"""National and regional operational programmes of the knowledge base: their own-language titles, short forms and CCI codes."""

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
