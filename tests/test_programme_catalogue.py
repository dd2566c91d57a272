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
        ("Projekt był współfinansowany ze środków programu Phare CBC Polska-Czechy.", "PHARE"),
        ("Proiect finanțat prin programul SAPARD.", "SAPARD"),
        ("The study was funded by the Research Fund for Coal and Steel under grant RFCS-2019-899337.", "Research Fund for Coal and Steel"),
        ("Financé par le Fonds européen de développement (11e FED).", "European Development Fund"),
        ("The project is co-financed by the Youth Employment Initiative.", "Youth Employment Initiative"),
        ("Projet cofinancé par le programme Interreg Caraïbes.", "Interreg Caribbean"),
        # Transnational and Baltic programmes under the names their member states' pages give them.
        ("Das Projekt wird aus dem Programm Interreg Donauraum gefördert.", "Interreg Danube"),
        ("Projekt sofinancira program Interreg Donava.", "Interreg Danube"),
        ("Het project wordt gefinancierd door Interreg Noordzeeregio.", "Interreg North Sea Region"),
        ("Το έργο χρηματοδοτείται από το πρόγραμμα Interreg Βαλκανική-Μεσόγειος.", "Interreg Balkan-Mediterranean"),
        ("Il progetto è finanziato dal programma Interreg Adriatico-Ionico.", "Interreg ADRION"),
        ("The project is funded by the Interreg Northern Periphery programme.", "Interreg Northern Periphery and Arctic"),
        ("Projekt sofinancira program Interreg Sredozemlje.", "Interreg Euro-MED"),
        ("Das Projekt wird durch Interreg Südliche Ostsee gefördert.", "Interreg South Baltic"),
        ("Projekti rahastab Interreg Kesk-Läänemere programm.", "Interreg Central Baltic"),
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
        # "Phare" is French for a lighthouse, and a "programme phare" a flagship programme.
        "Le phare de la ville est restauré grâce au programme phare de la région. Le phare attire les visiteurs.",
    ],
)
def test_ordinary_words_name_no_new_programme(text: str) -> None:
    assert _decided(text) == []


def test_a_recovery_plan_beside_nextgenerationeu_is_the_funder() -> None:
    text = "Finanziato dall'Unione europea - NextGenerationEU. Progetto finanziato nell'ambito del PNRR, Missione 4."
    decided = _decided(text)
    assert "Piano Nazionale di Ripresa e Resilienza" in decided


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Projekt współfinansowany ze środków Funduszy Europejskich dla Pomorza Zachodniego 2021-2027.",
         "Fundusze Europejskie dla Pomorza Zachodniego 2021-2027"),
        ("Projekt jest realizowany w ramach programu Fundusze Europejskie dla Rozwoju Społecznego.",
         "Fundusze Europejskie dla Rozwoju Społecznego 2021-2027"),
        ("Projekt je spolufinancován z Operačního programu Jan Amos Komenský.", "Operační program Jan Amos Komenský"),
        ("Projekt je financovaný z Programu Slovensko.", "Program Slovensko"),
        ("A projekt a GINOP Plusz keretében valósul meg.", "Gazdaságfejlesztési és Innovációs Operatív Program Plusz"),
        ("Proiect finanțat prin Programul Regional Nord-Est 2021-2027.", "Programul Regional Nord-Est 2021-2027"),
        ("Progetto cofinanziato dal PR FESR Lombardia 2021-2027.", "PR FESR Lombardia 2021-2027"),
        ("Intervento finanziato nell'ambito del POR FESR Toscana 2014-2020.", "POR FESR Toscana 2014-2020"),
        ("Proyecto cofinanciado por el Programa FEDER de Andalucía 2021-2027.", "Programa FEDER de Andalucía 2021-2027"),
        ("Cofinanciado por el Programa Operativo FSE de la Comunitat Valenciana 2014-2020.",
         "Programa Operativo FSE de la Comunitat Valenciana 2014-2020"),
        ("Das Vorhaben wird aus dem EFRE-Programm Sachsen 2021-2027 gefördert.", "EFRE-Programm Sachsen 2021-2027"),
        ("Das Projekt wird im Rahmen des OP EFRE Sachsen-Anhalt 2014-2020 gefördert.", "OP EFRE Sachsen-Anhalt 2014-2020"),
        ("Ce projet est cofinancé par le Programme FEDER-FSE+ Bretagne 2021-2027.", "Programme FEDER-FSE+ Bretagne 2021-2027"),
        ("Το έργο χρηματοδοτείται από το Περιφερειακό Πρόγραμμα Κρήτης 2021-2027.", "Περιφερειακό Πρόγραμμα Κρήτης 2021-2027"),
        ("Progetto finanziato dal PN Metro Plus e Città Medie Sud 2021-2027.", "PN Metro Plus e Città Medie Sud 2021-2027"),
        # Programmes of 2007-2013, by name and by the short form that starts their project codes.
        ("A projekt a TÁMOP támogatásával valósult meg (TÁMOP-4.2.2.A-11/1/KONV-2012-0001).",
         "Társadalmi Megújulás Operatív Program"),
        ("Proiect cofinanțat din Fondul Social European prin POSDRU 2007-2013.",
         "Programul Operațional Sectorial Dezvoltarea Resurselor Umane"),
        ("Projekt współfinansowany ze środków Regionalnego Programu Operacyjnego Województwa Opolskiego na lata 2007-2013.",
         "Regionalny Program Operacyjny Województwa Opolskiego na lata 2007-2013"),
        ("Projekt byl spolufinancován z Operačního programu Vzdělávání pro konkurenceschopnost.",
         "Operační program Vzdělávání pro konkurenceschopnost"),
        # Rural development and fisheries programmes, and the logo strip's programme names.
        ("Operacja współfinansowana ze środków Programu Rozwoju Obszarów Wiejskich na lata 2014-2020.",
         "Program Rozwoju Obszarów Wiejskich na lata 2014-2020"),
        ("Intervento finanziato dal PSR Veneto 2014-2020, misura 16.", "PSR Veneto 2014-2020"),
        ("Proyecto cofinanciado por el Programa de Desarrollo Rural de Castilla y León 2014-2020.",
         "Programa de Desarrollo Rural de Castilla y León 2014-2020"),
        ("Proiect finanțat prin PNDR 2014-2020, submăsura 19.2.", "Programul Național de Dezvoltare Rurală 2014-2020"),
        ("Operacja współfinansowana z Programu Operacyjnego Rybactwo i Morze.", "Program Operacyjny Rybactwo i Morze 2014-2020"),
        ("Projekt współfinansowany przez Unię Europejską\nFundusze Europejskie Wiedza Edukacja Rozwój",
         "Operational Programme Knowledge Education Development (PL)"),
        # Regional programmes under the short forms their voivodeships write, and a Croatian case form.
        ("Projekt jest współfinansowany w ramach RPO WSL 2014-2020.", "Regional Operational Programme for Śląskie Voivodeship 2014-2020"),
        ("Projekt współfinansowany z RPO WiM na lata 2014-2020.",
         "Regional Operational Programme for Warmińsko-Mazurskie Voivodeship 2014-2020"),
        ("Projekt je sufinancirala Europska unija u okviru Operativnog programa Konkurentnost i kohezija 2014.-2020.",
         "Operational Programme Competitiveness and Cohesion (HR)"),
        ("Proyecto cofinanciado por el Programa Operativo de Crecimiento Inteligente.", "Programa Operativo de Crecimiento Inteligente 2014-2020"),
        ("Dit project wordt medegefinancierd door het Operationeel Programma EFRO Oost-Nederland.", "OP EFRO Oost-Nederland 2014-2020"),
        ("Projektet er støttet af Den Europæiske Regionalfond under Innovation og bæredygtig vækst i virksomheder.",
         "Innovation og bæredygtig vækst i virksomheder 2014-2020"),
        ("The project was funded by the ERDF through the Scotland ERDF Programme 2014-2020.", "Scotland ERDF Programme 2014-2020"),
    ],
)
def test_national_and_regional_programmes_are_known(text: str, expected: str) -> None:
    assert expected in _decided(text)


def test_a_region_whose_name_starts_another_region_keeps_its_own_programme() -> None:
    # "Pomorza" starts "Pomorza Zachodniego": the longer name is the other programme.
    assert _decided("Projekt współfinansowany z Funduszy Europejskich dla Pomorza 2021-2027.") == ["Fundusze Europejskie dla Pomorza 2021-2027"]
    assert _decided("Projekt współfinansowany z Funduszy Europejskich dla Pomorza Zachodniego.") == [
        "Fundusze Europejskie dla Pomorza Zachodniego 2021-2027"]


def test_every_national_programme_has_one_member_state_and_a_source() -> None:
    national = [p for p in programmes.load_programmes() if p.family == "National and regional programmes" and p.source]
    assert len(national) > 400
    for programme in national:
        assert len(programme.countries) == 1 and programme.period, programme.name


@pytest.mark.parametrize(
    "text",
    [
        # Other bodies' initials and surnames that programmes' short forms share, named often.
        "FERC approved the tariff. FERC staff and FERC commissioners met.",
        "Feng, Y. and FENG, L. (2020); FENG, X. (2021).",
        "The DARP instance has 40 requests. DARP solvers and DARP heuristics differ.",
        "Papers presented at ISPA 2022. The ISPA board thanked ISPA members.",
        "Displays (PIDS) at stops; the PIDS show departures; PIDS screens.",
    ],
)
def test_short_forms_shared_with_other_bodies_name_no_programme(text: str) -> None:
    assert _decided(text) == []


def test_every_alias_with_quotation_marks_or_slashes_is_found_as_written() -> None:
    # The matcher reads these marks as separators; a name whose quotation mark closes its last word
    # ('Оперативна програма „Региони в растеж“') must still be found, in any quotation marks.
    marked = [
        (programme.name, alias)
        for programme in programmes.load_programmes()
        for alias in programme.aliases
        if any(mark in alias for mark in "„“”«»\"/_\u00ad")
    ]
    assert len(marked) > 100
    missed = [
        (name, alias)
        for name, alias in marked
        if name not in {mention.programme for mention in programmes.find_mentions(f"Funded by {alias} here.")}
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "Проектът се осъществява по Оперативна програма \"Региони в растеж\" 2014-2020.",
        "Projekts tiek līdzfinansēts no darbības programmas “Izaugsme un nodarbinātība” ietvaros.",
    ],
)
def test_a_programme_quoted_in_other_quotation_marks_is_found(text: str) -> None:
    assert _decided(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The project is part-financed by the European Regional Development Fund under the Southern and Eastern "
         "Regional Operational Programme 2014-2020.", "Southern and Eastern Regional Operational Programme 2014-2020"),
        ("Dit project wordt medegefinancierd door het EFRO via Kansen voor West II.", "Kansen voor West II"),
    ],
)
def test_the_programme_a_fund_pays_through_in_its_funding_sentence_is_the_funders(text: str, expected: str) -> None:
    assert expected in _decided(text)


def test_a_programme_in_the_sentence_after_the_funding_one_is_not_paid_through() -> None:
    decided = _decided("The study was co-financed by the ERDF. It compares projects of Horizon Europe with national schemes.")
    assert "Horizon Europe" not in decided


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        # The funds in the case their funding sentences put them in (genitive, elative...).
        ("Projekt sofinancirata Republika Slovenija in Evropska unija iz Evropskega socialnega sklada.", "ESF"),
        ("Projektas finansuojamas iš Europos regioninės plėtros fondo lėšų.", "ERDF"),
        ("Projekt je spolufinancován z Evropského sociálního fondu.", "ESF"),
        ("Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego.", "ESF"),
        ("Projekti rahoitetaan Euroopan aluekehitysrahastosta.", "ERDF"),
        ("Projekts tiek līdzfinansēts no Kohēzijas fonda.", "Cohesion Fund"),
    ],
)
def test_funds_are_known_in_the_cases_funding_sentences_use(text: str, fund: str) -> None:
    assert fund in _decided(text)
