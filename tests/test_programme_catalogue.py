"""The breadth of the programme knowledge base: EU programmes and funds, national and regional programmes.

Every text here is written for the test; each case fails when its programme is missing from the data files.
"""

from __future__ import annotations

import pytest

from indexer.metadata import programmes


def _decided(text: str) -> list[str]:
    return [mention.programme for mention in programmes.decide_programmes(programmes.find_mentions(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelter was co-financed by the Asylum, Migration and Integration Fund.", "Asylum Migration and Integration Fund"),
        ("Il progetto è finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2014-2020.", "Asylum Migration and Integration Fund"),
        ("Projekt je financován z Národního plánu obnovy.", "Národní plán obnovy"),
        ("Projekt współfinansowany ze środków Krajowego Planu Odbudowy i Zwiększania Odporności.", "Krajowy Plan Odbudowy"),
        ("Progetto finanziato nell'ambito del Piano Nazionale di Ripresa e Resilienza.", "Piano Nazionale di Ripresa e Resilienza"),
        ("Proyecto financiado por el Plan de Recuperación, Transformación y Resiliencia.", "Plan de Recuperación Transformación y Resiliencia"),
        ("Funded by the Just Transition Fund of the European Union.", "Just Transition Fund"),
        ("This action was funded by the EU4Health programme.", "EU4Health"),
        ("Our volunteers are funded by the European Solidarity Corps.", "European Solidarity Corps"),
        ("The study was supported by the Intelligent Energy Europe programme of the EU.", "Intelligent Energy Europe"),
        ("Gefördert im Rahmen des Programms Intelligente Energie - Europa.", "Intelligent Energy Europe"),
        ("The festival was funded by the Culture Programme 2007-2013 of the European Union.", "EU Culture Programme"),
        ("Co-funded by the Daphne III programme of the European Union.", "Daphne Programme"),
        ("The seminar was funded by the Hercule III programme.", "Hercule Programme"),
        ("Funded by the European Union's Justice Programme (2014-2020).", "EU Justice Programme"),
        ("This project was funded by the Rights, Equality and Citizenship Programme of the European Union.",
         "Rights Equality and Citizenship Programme"),
        ("The network was funded under the Socrates Grundtvig action.", "Socrates Programme"),
        ("The scholarship was granted by the Erasmus Mundus programme.", "Erasmus Mundus"),
        ("Supported by the Urban Innovative Actions initiative.", "Urban Innovative Actions"),
        ("The platform received funding from the EU's Innovation Fund.", "EU Innovation Fund"),
    ],
)
def test_eu_programmes_and_funds_are_known(text: str, expected: str) -> None:
    assert expected in _decided(text)


@pytest.mark.parametrize(
    "text",
    [
        # The bare words these programmes' names are made of, in ordinary sentences.
        "The project made good progress. Progress was reported monthly, and progress continued.",
        "Socrates taught in Athens; Socrates wrote nothing. Socrates was tried.",
        "Daphne and Hercule met at the station. Daphne said Hercule was late.",
        "The innovation fund of the city supported local firms. The innovation fund grew.",
        "A Swiss contribution to the consortium was funded by SERI. The Swiss contribution covers two partners.",
        "Employment and social innovation were discussed; employment and social innovation matter.",
        "The MEDIA team met the SOCIAL MEDIA team. MEDIA RELEASE follows.",
    ],
)
def test_ordinary_words_name_no_new_programme(text: str) -> None:
    assert _decided(text) == []


def test_a_recovery_plan_beside_nextgenerationeu_is_the_funder() -> None:
    text = "Finanziato dall'Unione europea - NextGenerationEU. Progetto finanziato nell'ambito del PNRR, Missione 4."
    decided = _decided(text)
    assert "Piano Nazionale di Ripresa e Resilienza" in decided
