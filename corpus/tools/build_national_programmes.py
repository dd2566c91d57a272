"""Write indexer/metadata/data/national_programmes.toml: national and regional programmes, 2007-2027.

    .venv/bin/python corpus/tools/build_national_programmes.py ../shared/data/programmes

Sources: the CCI codes of ../shared/data/programmes/programmes.csv (the EU's lists; see that folder's README),
and the programmes' own official names, as their managing authorities publish them, in the tables below. The
regional programmes of Italy, Spain, Germany and France follow one naming pattern per member state and period
("POR FESR <region> 2014-2020", "PR FESR <region> 2021-2027", "Programa FEDER de <comunidad> 2021-2027",
"EFRE-Programm <Land> 2021-2027", "Programme FEDER-FSE+ <région> 2021-2027"), so they are generated from
the regions' names; the national programmes are listed one by one. Each entry's canonical name is the
programme's own name in its own language, the name its pages write. Programmes already in
operational_programmes.toml (the 2014-2020 OPs of central and eastern Europe) are not repeated, and an alias
that two generated programmes share is dropped from both. The product reads only the written TOML.
"""

from __future__ import annotations

import csv
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "indexer" / "metadata" / "data"
OUT = DATA / "national_programmes.toml"
FAMILY = "National and regional programmes"
OLD, NEW = "2014-2020", "2021-2027"


@dataclass
class Entry:
    name: str
    period: str
    country: str
    aliases: list[str]
    source: str
    codes: list[str] = field(default_factory=list)
    # To find the CCI in programmes.csv: (the region a title starts with, its fund "ERDF"/"ESF"), or (the whole English title, "").
    csv_hint: tuple[str, str] | None = None


# ---------------------------------------------------------------- national programmes, named one by one
# (country, period, canonical name, aliases, programmes.csv English title to take the CCI from or "")

NATIONAL: list[tuple[str, str, str, list[str], str]] = [
    # Poland 2021-2027 ("Fundusze Europejskie dla ..."; the genitive after "z", "w ramach programu" keeps the nominative)
    # Short forms that are also a surname or another body's initials (FENG, FERC) only with their programme's word or years.
    ("PL", NEW, "Fundusze Europejskie dla Nowoczesnej Gospodarki 2021-2027",
     ["Fundusze Europejskie dla Nowoczesnej Gospodarki", "Funduszy Europejskich dla Nowoczesnej Gospodarki", "program FENG", "programu FENG", "FENG 2021-2027",
      "European Funds for a Modern Economy", "European Funds for Modern Economy"], ""),
    ("PL", NEW, "Fundusze Europejskie dla Rozwoju Społecznego 2021-2027",
     ["Fundusze Europejskie dla Rozwoju Społecznego", "Funduszy Europejskich dla Rozwoju Społecznego", "FERS",
      "European Funds for Social Development"], "Social Development - PL - ESF+"),
    ("PL", NEW, "Fundusze Europejskie na Infrastrukturę Klimat Środowisko 2021-2027",
     ["Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko", "Funduszy Europejskich na Infrastrukturę, Klimat, Środowisko", "FEnIKS",
      "European Funds for Infrastructure, Climate, Environment"], "Infrastructure, Climate, Environment - PL - CF/ERDF"),
    ("PL", NEW, "Fundusze Europejskie dla Polski Wschodniej 2021-2027",
     ["Fundusze Europejskie dla Polski Wschodniej", "Funduszy Europejskich dla Polski Wschodniej", "FEPW", "European Funds for Eastern Poland"], ""),
    ("PL", NEW, "Fundusze Europejskie na Rozwój Cyfrowy 2021-2027",
     ["Fundusze Europejskie na Rozwój Cyfrowy", "Funduszy Europejskich na Rozwój Cyfrowy", "program FERC", "programu FERC", "FERC 2021-2027", "European Funds for Digital Development"],
     "Digital Development - PL - ERDF"),
    # Czechia 2021-2027
    ("CZ", NEW, "Operační program Jan Amos Komenský",
     ["Operačního programu Jan Amos Komenský", "Operačním programu Jan Amos Komenský", "OP JAK", "Operational Programme Johannes Amos Comenius",
      "Operational Programme Jan Amos Komensky"], ""),
    ("CZ", NEW, "Operační program Technologie a aplikace pro konkurenceschopnost",
     ["Operačního programu Technologie a aplikace pro konkurenceschopnost", "Operačním programu Technologie a aplikace pro konkurenceschopnost",
      "OP TAK", "Operational Programme Technologies and Applications for Competitiveness"], ""),
    ("CZ", NEW, "Operační program Zaměstnanost plus",
     ["Operačního programu Zaměstnanost plus", "Operačním programu Zaměstnanost plus", "OP Zaměstnanost plus", "OPZ+", "OPZ plus",
      "Operational Programme Employment Plus"], ""),
    ("CZ", NEW, "Operační program Spravedlivá transformace",
     ["Operačního programu Spravedlivá transformace", "Operačním programu Spravedlivá transformace", "OP ST",
      "Operational Programme Just Transition"], "Just Transition - CZ - JTF"),
    ("CZ", NEW, "Integrovaný regionální operační program 2021-2027",
     ["Integrovaný regionální operační program 2021-2027", "Integrovaného regionálního operačního programu 2021-2027", "IROP 2021-2027",
      "IROP 2021+"], "Integrated Regional Programme - CZ - ERDF"),
    # Slovakia 2021-2027
    ("SK", NEW, "Program Slovensko",
     ["Program Slovensko 2021-2027", "Programu Slovensko", "Programe Slovensko", "Programme Slovakia", "Programme Slovakia 2021-2027"],
     "Programme Slovakia – SK– ERDF/CF/JTF/ESF+"),
    # Hungary 2021-2027 (the "Plusz" programmes)
    ("HU", NEW, "Gazdaságfejlesztési és Innovációs Operatív Program Plusz",
     ["GINOP Plusz", "GINOP+", "GINOP PLUSZ", "Economic Development and Innovation Operational Programme Plus"], ""),
    ("HU", NEW, "Terület- és Településfejlesztési Operatív Program Plusz",
     ["TOP Plusz", "TOP+", "TOP PLUSZ", "Territorial and Settlement Development Operational Programme Plus"], ""),
    ("HU", NEW, "Emberi Erőforrás Fejlesztési Operatív Program Plusz",
     ["EFOP Plusz", "EFOP+", "EFOP PLUSZ", "Human Resources Development Operational Programme Plus"], ""),
    ("HU", NEW, "Környezeti és Energiahatékonysági Operatív Program Plusz",
     ["KEHOP Plusz", "KEHOP+", "KEHOP PLUSZ", "Environmental and Energy Efficiency Operational Programme Plus"], ""),
    ("HU", NEW, "Integrált Közlekedésfejlesztési Operatív Program Plusz",
     ["IKOP Plusz", "IKOP+", "IKOP PLUSZ", "Integrated Transport Development Operational Programme Plus"],
     "Integrated Transport Development Plus – HU – CF/ERDF"),
    ("HU", NEW, "Digitális Megújulás Operatív Program Plusz",
     ["DIMOP Plusz", "DIMOP+", "DIMOP PLUSZ", "Digital Renewal Operational Programme Plus"], "Digital Renewal Plus – HU ERDF/ESF+"),
    # Romania 2021-2027
    ("RO", NEW, "Programul Educație și Ocupare",
     ["Programul Educație și Ocupare 2021-2027", "Programului Educație și Ocupare", "Education and Employment Programme"], ""),
    ("RO", NEW, "Programul Creștere Inteligentă Digitalizare și Instrumente Financiare",
     ["Programul Creștere Inteligentă, Digitalizare și Instrumente Financiare", "Programului Creștere Inteligentă, Digitalizare și Instrumente Financiare",
      "POCIDIF", "Smart Growth, Digitalisation and Financial Instruments Programme"], "Smart growth – RO – ERDF"),
    ("RO", NEW, "Programul Dezvoltare Durabilă",
     ["Programul Dezvoltare Durabilă 2021-2027", "Programului Dezvoltare Durabilă", "Sustainable Development Programme (Romania)"], ""),
    ("RO", NEW, "Programul Tranziție Justă",
     ["Programul Tranziție Justă 2021-2027", "Programului Tranziție Justă", "Just Transition Programme (Romania)"], "Just Transition – RO – JTF"),
    ("RO", NEW, "Programul Incluziune și Demnitate Socială",
     ["Programul Incluziune și Demnitate Socială 2021-2027", "Programului Incluziune și Demnitate Socială",
      "Social Inclusion and Dignity Programme"], ""),
    # Bulgaria 2021-2027 (the quotation marks around the programme's own part are separators for the matcher)
    ("BG", NEW, "Програма „Развитие на регионите“ 2021-2027",
     ["Програма „Развитие на регионите“", "Програма Развитие на регионите", "ПРР 2021-2027", "Programme Development of the Regions"], ""),
    ("BG", NEW, "Програма „Конкурентоспособност и иновации в предприятията“",
     ["Програма „Конкурентоспособност и иновации в предприятията“ 2021-2027", "ПКИП", "Programme Competitiveness and Innovation in Enterprises"], ""),
    ("BG", NEW, "Програма „Развитие на човешките ресурси“ 2021-2027",
     ["Програма „Развитие на човешките ресурси“", "Програма Развитие на човешките ресурси", "ПРЧР",
      "Programme Human Resources Development 2021-2027"], ""),
    ("BG", NEW, "Програма „Образование“ 2021-2027", ["Програма „Образование“", "Programme Education 2021-2027"],
     "Education - BG - ESF+"),
    ("BG", NEW, "Програма „Околна среда“ 2021-2027", ["Програма „Околна среда“", "Programme Environment 2021-2027"],
     "Environment - BG - ERDF/CF"),
    ("BG", NEW, "Програма „Научни изследвания иновации и дигитализация за интелигентна трансформация“",
     ["Програма „Научни изследвания, иновации и дигитализация за интелигентна трансформация“", "ПНИИДИТ",
      "Programme Research, Innovation and Digitalisation for Smart Transformation"], ""),
    ("BG", NEW, "Програма „Транспортна свързаност“", ["Програма „Транспортна свързаност“ 2021-2027", "Programme Transport Connectivity"], ""),
    # Croatia 2021-2027
    ("HR", NEW, "Program Konkurentnost i kohezija 2021.-2027.",
     ["Program Konkurentnost i kohezija 2021-2027", "Programa Konkurentnost i kohezija 2021-2027", "PKK 2021-2027",
      "Programme Competitiveness and Cohesion 2021-2027"], ""),
    ("HR", NEW, "Integrirani teritorijalni program 2021.-2027.",
     ["Integrirani teritorijalni program 2021-2027", "Integriranog teritorijalnog programa 2021-2027", "Integrirani teritorijalni program",
      "Integriranog teritorijalnog programa", "Integrated Territorial Programme 2021-2027"], "Integrated territorial programme – HR – ERDF/JTF"),
    ("HR", NEW, "Program Učinkoviti ljudski potencijali 2021.-2027.",
     ["Program Učinkoviti ljudski potencijali 2021-2027", "Programa Učinkoviti ljudski potencijali 2021-2027",
      "Programme Efficient Human Resources 2021-2027"], ""),
    # Slovenia, the Baltic states, Finland, Cyprus 2021-2027 (one programme each for most of their cohesion funds)
    ("SI", NEW, "Program evropske kohezijske politike v obdobju 2021-2027 v Sloveniji",
     ["Program evropske kohezijske politike v obdobju 2021-2027", "Programa evropske kohezijske politike v obdobju 2021-2027",
      "Program evropske kohezijske politike 2021-2027", "Programme for the Implementation of the EU Cohesion Policy 2021-2027 in Slovenia"],
     "EU Cohesion Policy - SI - ERDF/CF/ESF+/JTF"),
    ("EE", NEW, "Ühtekuuluvuspoliitika fondide 2021-2027 programm",
     ["Ühtekuuluvuspoliitika fondide programm 2021-2027", "Cohesion Policy Funds 2021-2027 Programme (Estonia)"],
     "Cohesion Policy Funding – EE – ERDF/ESF/CF/JTF"),
    ("LV", NEW, "Eiropas Savienības kohēzijas politikas programma 2021-2027",
     ["Eiropas Savienības kohēzijas politikas programma 2021.-2027. gadam", "Eiropas Savienības kohēzijas politikas programmas 2021-2027",
      "EU Cohesion Policy Programme 2021-2027 (Latvia)"], ""),
    ("LT", NEW, "2021-2027 m. Europos Sąjungos fondų investicijų programa",
     ["2021–2027 m. Europos Sąjungos fondų investicijų programa", "2021-2027 m. ES fondų investicijų programa",
      "2021–2027 m. ES fondų investicijų programos", "EU Funds Investment Programme 2021-2027 (Lithuania)"], ""),
    ("FI", NEW, "Uudistuva ja osaava Suomi 2021-2027",
     ["Uudistuva ja osaava Suomi", "Uudistuva ja osaava Suomi -ohjelma", "Ett förnyande och kompetent Finland",
      "Ett förnyande och kompetent Finland 2021-2027", "Innovation and Skills in Finland 2021-2027"], "Innovation and skills – FI – ERDF/ESF+/JTF"),
    ("FI", OLD, "Kestävää kasvua ja työtä 2014-2020",
     ["Kestävää kasvua ja työtä", "Kestävää kasvua ja työtä 2014-2020 -ohjelma", "Hållbar tillväxt och jobb 2014-2020",
      "Sustainable Growth and Jobs 2014-2020"], ""),
    ("CY", NEW, "THALIA 2021-2027", ["Θάλεια 2021-2027", "ΘαλΕΙΑ 2021-2027", "THALIA programme", "Πρόγραμμα ΘαλΕΙΑ"],
     "THALIA – CY – CF/ERDF/ESF+/JTF"),
    # Austria
    ("AT", NEW, "IBW/EFRE & JTF 2021-2027",
     ["IBW/EFRE & JTF-Programm 2021-2027", "IBW-EFRE & JTF 2021-2027", "Investitionen in Beschäftigung und Wachstum/EFRE & JTF",
      "IBW/EFRE & JTF"], ""),
    ("AT", NEW, "ESF+ Programm Beschäftigung Österreich & JTF 2021-2027",
     ["ESF+ Programm Beschäftigung Österreich", "Programm Beschäftigung Österreich & JTF 2021-2027", "ESF+ Beschäftigung Österreich"], ""),
    ("AT", OLD, "ESF-Programm Beschäftigung Österreich 2014-2020",
     ["Operationelles Programm Beschäftigung Österreich 2014-2020", "ESF-Programm Beschäftigung Österreich", "Beschäftigung Österreich 2014-2020"], ""),
    # Benelux and Ireland
    ("BE", NEW, "Wallonie 2021-2027",
     ["Programme FEDER Wallonie 2021-2027", "Programme Wallonie 2021-2027", "Wallonie-2027", "Programme FEDER/FTJ Wallonie 2021-2027"],
     "Wallonia 2027 – BE – ERDF/JTF"),
    ("BE", OLD, "Wallonie-2020.EU", ["Programme opérationnel FEDER Wallonie-2020.EU", "Wallonie 2020.EU", "Programme FEDER Wallonie-2020.EU"], ""),
    ("BE", NEW, "EFRO-programma Vlaanderen 2021-2027", ["EFRO Vlaanderen 2021-2027", "EFRO-programma Vlaanderen", "EFRO Vlaanderen"], ""),
    ("BE", NEW, "ESF+ Vlaanderen 2021-2027", ["ESF+-programma Vlaanderen", "ESF+ Vlaanderen", "ESF+ Vlaanderen 2021-2027"], ""),
    ("BE", NEW, "Programme FEDER 2021-2027 de la Région de Bruxelles-Capitale",
     ["Programme FEDER Bruxelles 2021-2027", "FEDER Bruxelles 2021-2027", "EFRO-programma Brussel 2021-2027", "EFRO Brussel 2021-2027"],
     "Brussels Capital Region – BE – ERDF"),
    ("NL", NEW, "Kansen voor West III", ["Kansen voor West III 2021-2027", "Kansen voor West 3", "EFRO Kansen voor West III"], ""),
    ("NL", OLD, "Kansen voor West II", ["Kansen voor West II 2014-2020", "Kansen voor West 2", "EFRO Kansen voor West II"], ""),
    ("NL", OLD, "OP Zuid 2014-2020", ["Operationeel Programma Zuid 2014-2020", "OP Zuid-Nederland 2014-2020", "OPZuid 2014-2020"], ""),
    ("NL", OLD, "OP EFRO Oost-Nederland 2014-2020",
     ["Operationeel Programma EFRO Oost-Nederland", "OP EFRO Oost-Nederland", "OP Oost-Nederland 2014-2020", "EFRO Oost-Nederland 2014-2020"], ""),
    ("NL", OLD, "OP EFRO Noord-Nederland 2014-2020",
     ["Operationeel Programma EFRO Noord-Nederland", "OP EFRO Noord-Nederland", "OP Noord-Nederland 2014-2020", "EFRO Noord-Nederland 2014-2020"], ""),
    # Denmark and the United Kingdom, 2014-2020
    ("DK", OLD, "Innovation og bæredygtig vækst i virksomheder 2014-2020",
     ["Innovation og bæredygtig vækst i virksomheder", "Innovation and sustainable growth in businesses 2014-2020"], ""),
    ("DK", OLD, "Vækst via uddannelse og iværksætteri 2014-2020",
     ["Vækst via uddannelse og iværksætteri", "Growth through education and entrepreneurship 2014-2020"], ""),
    ("DK", NEW, "Danmarks Erhvervsfremme- og Bæredygtighedsprogram 2021-2027",
     ["Danmarks Erhvervsfremme- og Bæredygtighedsprogram", "Erhvervsfremme- og Bæredygtighedsprogrammet"], ""),
    ("GB", OLD, "England ERDF Programme 2014-2020",
     ["England ERDF Operational Programme", "European Structural and Investment Funds Growth Programme for England", "ESIF Growth Programme for England",
      "England European Regional Development Fund Programme 2014-2020"], ""),
    ("GB", OLD, "Scotland ERDF Programme 2014-2020",
     ["Scotland ERDF Programme", "Scotland European Regional Development Fund Programme 2014-2020", "Scotland ERDF Operational Programme"], ""),
    ("GB", OLD, "West Wales and the Valleys ERDF Programme 2014-2020",
     ["West Wales and the Valleys ERDF Programme", "West Wales and the Valleys European Regional Development Fund Programme"], ""),
    ("GB", OLD, "Investment for Growth and Jobs Northern Ireland ERDF 2014-2020",
     ["Investment for Growth and Jobs Programme for Northern Ireland", "Northern Ireland ERDF Investment for Growth and Jobs Programme"], ""),
    ("NL", NEW, "OP Zuid 2021-2027", ["Operationeel Programma Zuid 2021-2027", "EFRO Zuid 2021-2027", "OP Zuid-Nederland 2021-2027"],
     "Zuid-Nederland – NL – ERDF"),
    ("NL", NEW, "EFRO Oost-Nederland 2021-2027", ["EFRO Oost 2021-2027", "Operationeel Programma Oost-Nederland 2021-2027", "EFRO-programma Oost-Nederland"],
     "Oost-Nederland – NL – ERDF"),
    ("NL", NEW, "EFRO Noord-Nederland 2021-2027", ["EFRO Noord 2021-2027", "Operationeel Programma Noord-Nederland 2021-2027", "EFRO-programma Noord-Nederland"],
     ""),
    ("IE", NEW, "Southern Eastern and Midland Regional Programme 2021-2027",
     ["Southern, Eastern and Midland Regional Programme", "Southern, Eastern & Midland Regional Programme 2021-2027",
      "Southern, Eastern and Midland Regional Programme 2021-2027"], ""),
    ("IE", NEW, "Northern and Western Regional Programme 2021-2027",
     ["Northern and Western Regional Programme", "Northern & Western Regional Programme 2021-2027"], ""),
    ("IE", OLD, "Southern and Eastern Regional Operational Programme 2014-2020",
     ["Southern and Eastern Regional Operational Programme", "Southern & Eastern Regional Operational Programme"], ""),
    ("IE", OLD, "Border Midland and Western Regional Operational Programme 2014-2020",
     ["Border, Midland and Western Regional Operational Programme", "BMW Regional Operational Programme"], ""),
    # Greece, national programmes 2021-2027
    ("GR", NEW, "Πρόγραμμα «Ανταγωνιστικότητα» 2021-2027",
     ["Πρόγραμμα Ανταγωνιστικότητα 2021-2027", "ΠΑνΕΚ", "Programme Competitiveness 2021-2027 (Greece)"], ""),
    ("GR", NEW, "Πρόγραμμα «Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή» 2021-2027",
     ["Ανθρώπινο Δυναμικό και Κοινωνική Συνοχή", "ΠΑΔΚΣ", "Human Resources and Social Cohesion 2021-2027"],
     "Human Resources and Social Cohesion - EL - ESF+"),
    ("GR", NEW, "Πρόγραμμα «Περιβάλλον και Κλιματική Αλλαγή» 2021-2027",
     ["Περιβάλλον και Κλιματική Αλλαγή 2021-2027", "ΠΕΚΑ", "Environment and Climate Change 2021-2027"],
     "Environment and Climate Change – EL – ERDF/CF"),
    ("GR", NEW, "Πρόγραμμα «Ψηφιακός Μετασχηματισμός» 2021-2027", ["Ψηφιακός Μετασχηματισμός 2021-2027", "Digital Transformation 2021-2027 (Greece)"], ""),
    ("GR", NEW, "Πρόγραμμα «Δίκαιη Αναπτυξιακή Μετάβαση» 2021-2027", ["Δίκαιη Αναπτυξιακή Μετάβαση", "Just Development Transition 2021-2027"], ""),
    # Italy, national programmes (PON 2014-2020, PN 2021-2027)
    ("IT", OLD, "PON Ricerca e Innovazione 2014-2020",
     ["PON Ricerca e Innovazione", "PON R&I 2014-2020", "PON FESR e FSE Ricerca e Innovazione", "Programma Operativo Nazionale Ricerca e Innovazione"],
     "Research and Innovation - IT - ERDF/ESF"),
    ("IT", OLD, "PON Imprese e Competitività 2014-2020",
     ["PON Imprese e Competitività", "PON IC 2014-2020", "Programma Operativo Nazionale Imprese e Competitività"], "Enterprises and Competitiveness - IT - ERDF"),
    ("IT", OLD, "PON Per la Scuola 2014-2020",
     ["PON Per la Scuola", "PON Per la Scuola - competenze e ambienti per l'apprendimento", "PON Scuola 2014-2020",
      "Programma Operativo Nazionale Per la Scuola", "PON FESR e FSE per la Scuola"], "Education - IT - ESF/ERDF"),
    ("IT", OLD, "PON Città Metropolitane 2014-2020",
     ["PON Città Metropolitane", "PON Metro", "PON Metro 2014-2020", "Programma Operativo Nazionale Città Metropolitane"],
     "Metrolitan Cities - IT - ERDF/ESF"),
    ("IT", OLD, "PON Inclusione 2014-2020", ["PON Inclusione", "PON FSE Inclusione", "Programma Operativo Nazionale Inclusione"], "Social Inclusion - IT - ESF"),
    ("IT", OLD, "PON Governance e Capacità Istituzionale 2014-2020",
     ["PON Governance e Capacità Istituzionale", "PON Governance", "PON GOV 2014-2020", "Programma Operativo Nazionale Governance e Capacità Istituzionale"],
     "Governance and Institutional Capacity - IT - ESF/ERDF"),
    ("IT", OLD, "PON Legalità 2014-2020", ["PON Legalità", "Programma Operativo Nazionale Legalità"], "Legality - IT - ERDF/ESF"),
    ("IT", OLD, "PON Cultura e Sviluppo 2014-2020", ["PON Cultura e Sviluppo", "Programma Operativo Nazionale Cultura e Sviluppo"], "Culture - IT - ERDF"),
    ("IT", OLD, "PON Infrastrutture e Reti 2014-2020", ["PON Infrastrutture e Reti", "Programma Operativo Nazionale Infrastrutture e Reti"],
     "Infrastructures and Networks - IT - ERDF"),
    ("IT", OLD, "PON Sistemi di Politiche Attive per l'Occupazione 2014-2020",
     ["PON Sistemi di Politiche Attive per l'Occupazione", "PON SPAO", "PON FSE Politiche attive per l'Occupazione"],
     "Systems for Active Employment Policies - IT - ESF"),
    ("IT", OLD, "PON Iniziativa Occupazione Giovani 2014-2020", ["PON Iniziativa Occupazione Giovani", "PON IOG", "Garanzia Giovani"],
     "Youth Employment - IT - ESF/YEI"),
    ("IT", NEW, "PN Ricerca Innovazione e Competitività per la transizione verde e digitale 2021-2027",
     ["PN Ricerca, Innovazione e Competitività per la transizione verde e digitale", "PN RIC", "PN RIC 2021-2027",
      "Programma Nazionale Ricerca, Innovazione e Competitività per la transizione verde e digitale"],
     "Research, innovation and competitiveness - IT - ERDF"),
    ("IT", NEW, "PN Scuola e Competenze 2021-2027", ["PN Scuola e Competenze", "Programma Nazionale Scuola e Competenze"], ""),
    ("IT", NEW, "PN Metro Plus e Città Medie Sud 2021-2027",
     ["PN Metro Plus e Città Medie Sud", "PN Metro Plus", "Programma Nazionale Metro Plus e Città Medie Sud"], ""),
    ("IT", NEW, "PN Inclusione e Lotta alla Povertà 2021-2027",
     ["PN Inclusione e Lotta alla Povertà", "Programma Nazionale Inclusione e Lotta alla Povertà"],
     "Social Inclusion and Poverty Reduction - IT - ERDF/ESF+"),
    ("IT", NEW, "PN Cultura 2021-2027", ["PN Cultura", "Programma Nazionale Cultura 2021-2027"], "Culture - IT - ERDF"),
    ("IT", NEW, "PN Giovani Donne e Lavoro 2021-2027", ["PN Giovani, Donne e Lavoro", "Programma Nazionale Giovani, Donne e Lavoro"], ""),
    ("IT", NEW, "PN Sicurezza per la Legalità 2021-2027", ["PN Sicurezza per la Legalità", "Programma Nazionale Sicurezza per la Legalità"], ""),
    ("IT", NEW, "PN Equità nella Salute 2021-2027", ["PN Equità nella Salute", "Programma Nazionale Equità nella Salute"], ""),
    ("IT", NEW, "PN Capacità per la Coesione 2021-2027", ["PN Capacità per la Coesione", "PN CapCoe", "Programma Nazionale Capacità per la Coesione"], ""),
    ("IT", NEW, "PN Just Transition Fund Italia 2021-2027", ["PN JTF", "PN Just Transition Fund", "Programma Nazionale Just Transition Fund"], ""),
    # Spain, national programmes
    ("ES", OLD, "Programa Operativo Plurirregional de España 2014-2020",
     ["Programa Operativo Plurirregional de España", "POPE 2014-2020", "PO Plurirregional de España"], "Multi-regional Spain - ERDF"),
    ("ES", OLD, "Programa Operativo de Crecimiento Sostenible 2014-2020",
     ["Programa Operativo de Crecimiento Sostenible", "POCS 2014-2020", "PO Crecimiento Sostenible"], ""),
    ("ES", OLD, "Programa Operativo de Crecimiento Inteligente 2014-2020",
     ["Programa Operativo de Crecimiento Inteligente", "POCInt", "PO Crecimiento Inteligente"], ""),
    ("ES", OLD, "Programa Operativo de Empleo Juvenil 2014-2020",
     ["Programa Operativo de Empleo Juvenil", "POEJ", "PO Empleo Juvenil"], "Youth Employment - ES - ESF/YEI"),
    ("ES", OLD, "Programa Operativo de Empleo Formación y Educación 2014-2020",
     ["Programa Operativo de Empleo, Formación y Educación", "POEFE", "PO Empleo, Formación y Educación"],
     "Employment training and education - ES - ESF"),
    ("ES", OLD, "Programa Operativo de Inclusión Social y de la Economía Social 2014-2020",
     ["Programa Operativo de Inclusión Social y de la Economía Social", "POISES", "PO Inclusión Social y Economía Social"],
     "Social inclusion and social economy - ES - ESF"),
    ("ES", NEW, "Programa FEDER Plurirregional de España 2021-2027",
     ["Programa Plurirregional de España FEDER 2021-2027", "Programa FEDER Plurirregional de España", "Programa Plurirregional FEDER 2021-2027"],
     "Plurirregional - ES - ERDF"),
    ("ES", NEW, "Programa FSE+ de Empleo Educación Formación y Economía Social 2021-2027",
     ["Programa FSE+ de Empleo, Educación, Formación y Economía Social", "EFESO 2021-2027", "Programa EFESO"],
     "Employment, Education, Training and Social Economy - ES - ESF+"),
    # France, national programmes
    ("FR", OLD, "Programme opérationnel national FSE pour l'Emploi et l'Inclusion en Métropole 2014-2020",
     ["Programme opérationnel national FSE pour l'Emploi et l'Inclusion en Métropole", "PON FSE 2014-2020",
      "Programme opérationnel national du Fonds social européen pour l'Emploi et l'Inclusion en Métropole"],
     "Employment and Social Inclusion - FR - ESF"),
    ("FR", NEW, "Programme national FSE+ 2021-2027", ["Programme national FSE+", "PN FSE+ 2021-2027", "Programme national FSE+ 2021-2027 Emploi Inclusion Jeunesse Compétences"], ""),
    # Germany, federal programmes
    ("DE", OLD, "ESF-Bundesprogramm 2014-2020", ["Operationelles Programm des Bundes für den Europäischen Sozialfonds", "ESF-Bundes-OP",
                                                 "ESF-Bundesprogramm"], "Federal Germany - ESF"),
    ("DE", NEW, "ESF Plus-Programm des Bundes 2021-2027", ["ESF Plus-Programm des Bundes", "ESF Plus-Bundesprogramm", "ESF+-Programm des Bundes"],
     "Bund - DE - ESF+"),
    # Cohesion-policy programmes of 2007-2013 in the member states that joined in 2004 and 2007, whose project pages
    # of that time still stand; their short forms start the project codes ("TÁMOP-4.2.1", "POSDRU/87/1.3")
    ("PL", "2007-2013", "Program Operacyjny Kapitał Ludzki",
     ["Programu Operacyjnego Kapitał Ludzki", "Programie Operacyjnym Kapitał Ludzki", "PO KL", "POKL", "Human Capital Operational Programme (Poland)"], ""),
    ("PL", "2007-2013", "Program Operacyjny Innowacyjna Gospodarka",
     ["Programu Operacyjnego Innowacyjna Gospodarka", "Programie Operacyjnym Innowacyjna Gospodarka", "PO IG", "POIG",
      "Innovative Economy Operational Programme"], ""),
    ("PL", "2007-2013", "Program Operacyjny Rozwój Polski Wschodniej",
     ["Programu Operacyjnego Rozwój Polski Wschodniej", "Programie Operacyjnym Rozwój Polski Wschodniej", "PO RPW", "PORPW",
      "Operational Programme Development of Eastern Poland 2007-2013"], ""),
    ("CZ", "2007-2013", "Operační program Vzdělávání pro konkurenceschopnost",
     ["Operačního programu Vzdělávání pro konkurenceschopnost", "Operačním programu Vzdělávání pro konkurenceschopnost", "OP VK", "OPVK",
      "Operational Programme Education for Competitiveness"], ""),
    ("CZ", "2007-2013", "Operační program Lidské zdroje a zaměstnanost",
     ["Operačního programu Lidské zdroje a zaměstnanost", "Operačním programu Lidské zdroje a zaměstnanost", "OP LZZ", "OPLZZ",
      "Operational Programme Human Resources and Employment"], ""),
    ("CZ", "2007-2013", "Operační program Podnikání a inovace",
     ["Operačního programu Podnikání a inovace", "Operačním programu Podnikání a inovace", "OPPI", "Operational Programme Enterprise and Innovation"], ""),
    ("CZ", "2007-2013", "Operační program Výzkum a vývoj pro inovace",
     ["Operačního programu Výzkum a vývoj pro inovace", "Operačním programu Výzkum a vývoj pro inovace", "OP VaVpI",
      "Operational Programme Research and Development for Innovations"], ""),
    ("CZ", "2007-2013", "Integrovaný operační program", ["Integrovaného operačního programu", "Integrovaném operačním programu",
                                                          "Integrated Operational Programme (Czech Republic)"], ""),
    ("CZ", "2007-2013", "Operační program Praha - Konkurenceschopnost", ["Operačního programu Praha - Konkurenceschopnost", "OPPK"], ""),
    ("CZ", "2007-2013", "Operační program Praha - Adaptabilita", ["Operačního programu Praha - Adaptabilita", "OPPA"], ""),
    ("SK", "2007-2013", "Operačný program Vzdelávanie", ["Operačného programu Vzdelávanie", "Operational Programme Education (Slovakia)"], ""),
    ("SK", "2007-2013", "Operačný program Výskum a vývoj", ["Operačného programu Výskum a vývoj", "OP VaV", "Operational Programme Research and Development"], ""),
    ("SK", "2007-2013", "Operačný program Zamestnanosť a sociálna inklúzia",
     ["Operačného programu Zamestnanosť a sociálna inklúzia", "OP ZaSI", "Operational Programme Employment and Social Inclusion"], ""),
    ("SK", "2007-2013", "Operačný program Konkurencieschopnosť a hospodársky rast",
     ["Operačného programu Konkurencieschopnosť a hospodársky rast", "OP KaHR", "Operational Programme Competitiveness and Economic Growth"], ""),
    ("SK", "2007-2013", "Operačný program Životné prostredie", ["Operačného programu Životné prostredie"], ""),
    ("SK", "2007-2013", "Operačný program Bratislavský kraj", ["Operačného programu Bratislavský kraj", "OP BK"], ""),
    ("SK", "2007-2013", "Operačný program Informatizácia spoločnosti", ["Operačného programu Informatizácia spoločnosti"], ""),
    ("SK", "2007-2013", "Regionálny operačný program 2007-2013", ["Regionálneho operačného programu 2007-2013"], ""),
    ("HU", "2007-2013", "Társadalmi Megújulás Operatív Program", ["TÁMOP", "Social Renewal Operational Programme"], ""),
    ("HU", "2007-2013", "Társadalmi Infrastruktúra Operatív Program", ["TIOP", "Social Infrastructure Operational Programme"], ""),
    ("HU", "2007-2013", "Gazdaságfejlesztési Operatív Program", ["Economic Development Operational Programme (Hungary 2007-2013)"], ""),
    ("HU", "2007-2013", "Környezet és Energia Operatív Program", ["KEOP", "Environment and Energy Operational Programme"], ""),
    ("HU", "2007-2013", "Közlekedés Operatív Program", ["KÖZOP", "KözOP", "Transport Operational Programme (Hungary)"], ""),
    ("HU", "2007-2013", "Államreform Operatív Program", ["ÁROP", "State Reform Operational Programme"], ""),
    ("HU", "2007-2013", "Elektronikus Közigazgatás Operatív Program", ["EKOP", "Electronic Public Administration Operational Programme"], ""),
    ("HU", "2007-2013", "Dél-Alföldi Operatív Program", ["DAOP", "South Great Plain Operational Programme"], ""),
    ("HU", "2007-2013", "Dél-Dunántúli Operatív Program", ["DDOP", "South Transdanubia Operational Programme"], ""),
    ("HU", "2007-2013", "Észak-Alföldi Operatív Program", ["ÉAOP", "North Great Plain Operational Programme"], ""),
    ("HU", "2007-2013", "Észak-Magyarországi Operatív Program", ["ÉMOP", "North Hungary Operational Programme"], ""),
    ("HU", "2007-2013", "Közép-Dunántúli Operatív Program", ["KDOP", "Central Transdanubia Operational Programme"], ""),
    ("HU", "2007-2013", "Közép-Magyarországi Operatív Program", ["KMOP", "Central Hungary Operational Programme"], ""),
    ("HU", "2007-2013", "Nyugat-Dunántúli Operatív Program", ["NYDOP", "West Transdanubia Operational Programme"], ""),
    ("RO", "2007-2013", "Programul Operațional Sectorial Dezvoltarea Resurselor Umane",
     ["Programului Operațional Sectorial Dezvoltarea Resurselor Umane", "POSDRU", "POS DRU", "Sectoral Operational Programme Human Resources Development"], ""),
    ("RO", "2007-2013", "Programul Operațional Sectorial Creșterea Competitivității Economice",
     ["Programului Operațional Sectorial Creșterea Competitivității Economice", "POS CCE", "Sectoral Operational Programme Increase of Economic Competitiveness"], ""),
    ("RO", "2007-2013", "Programul Operațional Sectorial Mediu", ["Programului Operațional Sectorial Mediu", "POS Mediu"], ""),
    ("RO", "2007-2013", "Programul Operațional Sectorial Transport", ["Programului Operațional Sectorial Transport", "POS Transport"], ""),
    ("RO", "2007-2013", "Programul Operațional Dezvoltarea Capacității Administrative",
     ["Programului Operațional Dezvoltarea Capacității Administrative", "PO DCA", "PODCA"], ""),
    ("RO", "2007-2013", "Programul Operațional Regional 2007-2013", ["Programului Operațional Regional 2007-2013", "REGIO 2007-2013"], ""),
    ("BG", "2007-2013", "Оперативна програма „Регионално развитие“ 2007-2013", ["Оперативна програма „Регионално развитие“",
                                                                                  "Оперативна програма Регионално развитие"], ""),
    ("BG", "2007-2013", "Оперативна програма „Развитие на конкурентоспособността на българската икономика“",
     ["Оперативна програма Развитие на конкурентоспособността на българската икономика", "ОПРКБИ"], ""),
    ("BG", "2007-2013", "Оперативна програма „Административен капацитет“", ["Оперативна програма Административен капацитет", "ОПАК"], ""),
    ("GR", "2007-2013", "Επιχειρησιακό Πρόγραμμα «Εκπαίδευση και Δια Βίου Μάθηση»",
     ["Επιχειρησιακό Πρόγραμμα Εκπαίδευση και Δια Βίου Μάθηση", "Επιχειρησιακού Προγράμματος «Εκπαίδευση και Δια Βίου Μάθηση»", "ΕΠΕΔΒΜ"], ""),
    ("GR", "2007-2013", "Επιχειρησιακό Πρόγραμμα «Ανταγωνιστικότητα και Επιχειρηματικότητα»",
     ["Επιχειρησιακό Πρόγραμμα Ανταγωνιστικότητα και Επιχειρηματικότητα", "ΕΠΑΝ ΙΙ"], ""),
    ("GR", "2007-2013", "Επιχειρησιακό Πρόγραμμα «Ψηφιακή Σύγκλιση»", ["Επιχειρησιακό Πρόγραμμα Ψηφιακή Σύγκλιση", "Ψηφιακή Σύγκλιση"], ""),
    ("SI", "2007-2013", "Operativni program krepitve regionalnih razvojnih potencialov",
     ["Operativnega programa krepitve regionalnih razvojnih potencialov", "OP RR", "Operational Programme for Strengthening Regional Development Potentials"], ""),
    ("SI", "2007-2013", "Operativni program razvoja človeških virov", ["Operativnega programa razvoja človeških virov", "OP RČV",
                                                                       "Operational Programme Human Resources Development (Slovenia)"], ""),
    # Rural development programmes (EAFRD) of 2007-2013 and 2014-2020 and the CAP strategic plans of 2023-2027; a bare
    # name without its years goes to the 2014-2020 programme, the one most pages of today name
    ("PL", OLD, "Program Rozwoju Obszarów Wiejskich na lata 2014-2020",
     ["Program Rozwoju Obszarów Wiejskich 2014-2020", "Programu Rozwoju Obszarów Wiejskich na lata 2014-2020",
      "Programu Rozwoju Obszarów Wiejskich 2014-2020", "PROW 2014-2020", "Program Rozwoju Obszarów Wiejskich", "Programu Rozwoju Obszarów Wiejskich",
      "PROW", "Rural Development Programme for Poland 2014-2020"], ""),
    ("PL", "2007-2013", "Program Rozwoju Obszarów Wiejskich na lata 2007-2013",
     ["Program Rozwoju Obszarów Wiejskich 2007-2013", "Programu Rozwoju Obszarów Wiejskich na lata 2007-2013",
      "Programu Rozwoju Obszarów Wiejskich 2007-2013", "PROW 2007-2013"], ""),
    ("PL", "2023-2027", "Plan Strategiczny dla Wspólnej Polityki Rolnej na lata 2023-2027",
     ["Plan Strategiczny dla Wspólnej Polityki Rolnej", "Planu Strategicznego dla Wspólnej Polityki Rolnej", "PS WPR", "PS WPR 2023-2027"], ""),
    ("CZ", OLD, "Program rozvoje venkova 2014-2020",
     ["Program rozvoje venkova", "Programu rozvoje venkova", "Programu rozvoje venkova 2014-2020", "PRV 2014-2020",
      "Rural Development Programme of the Czech Republic 2014-2020"], ""),
    ("CZ", "2007-2013", "Program rozvoje venkova 2007-2013", ["Programu rozvoje venkova 2007-2013", "PRV 2007-2013"], ""),
    ("CZ", "2023-2027", "Strategický plán Společné zemědělské politiky 2023-2027",
     ["Strategický plán SZP 2023-2027", "Strategického plánu Společné zemědělské politiky", "Strategický plán Společné zemědělské politiky"], ""),
    ("SK", OLD, "Program rozvoja vidieka SR 2014-2020",
     ["Program rozvoja vidieka SR", "Program rozvoja vidieka 2014-2020", "Programu rozvoja vidieka SR 2014-2020", "Programu rozvoja vidieka",
      "Program rozvoja vidieka", "PRV SR 2014-2020", "PRV SR 2014 - 2022"], ""),
    ("SK", "2007-2013", "Program rozvoja vidieka SR 2007-2013", ["Program rozvoja vidieka 2007-2013", "Programu rozvoja vidieka SR 2007-2013",
                                                           "PRV SR 2007-2013"], ""),
    ("HU", OLD, "Vidékfejlesztési Program 2014-2020", ["Vidékfejlesztési Program", "Magyarország Vidékfejlesztési Programja",
                                                      "Rural Development Programme of Hungary 2014-2020"], ""),
    ("HU", "2007-2013", "Új Magyarország Vidékfejlesztési Program", ["ÚMVP", "Új Magyarország Vidékfejlesztési Programja"], ""),
    ("HU", "2023-2027", "KAP Stratégiai Terv 2023-2027", ["KAP Stratégiai Terv", "Közös Agrárpolitika Stratégiai Terv"], ""),
    ("RO", OLD, "Programul Național de Dezvoltare Rurală 2014-2020",
     ["Programul Național de Dezvoltare Rurală", "Programului Național de Dezvoltare Rurală", "Programului Național de Dezvoltare Rurală 2014-2020",
      "PNDR 2014-2020", "PNDR 2020", "PNDR", "National Rural Development Programme of Romania 2014-2020"], ""),
    ("RO", "2007-2013", "Programul Național de Dezvoltare Rurală 2007-2013", ["PNDR 2007-2013", "Programului Național de Dezvoltare Rurală 2007-2013"], ""),
    ("RO", "2023-2027", "Planul Strategic PAC 2023-2027", ["Planul Strategic PAC", "Planului Strategic PAC", "PS PAC 2023-2027"], ""),
    ("BG", OLD, "Програма за развитие на селските райони 2014-2020",
     ["Програма за развитие на селските райони", "Програмата за развитие на селските райони", "ПРСР 2014-2020", "ПРСР",
      "Rural Development Programme of Bulgaria 2014-2020"], ""),
    ("BG", "2007-2013", "Програма за развитие на селските райони 2007-2013", ["ПРСР 2007-2013"], ""),
    ("HR", OLD, "Program ruralnog razvoja Republike Hrvatske 2014.-2020.",
     ["Program ruralnog razvoja Republike Hrvatske", "Programa ruralnog razvoja Republike Hrvatske", "Program ruralnog razvoja 2014-2020",
      "Programa ruralnog razvoja 2014-2020", "Program ruralnog razvoja", "Programa ruralnog razvoja"], ""),
    ("SI", OLD, "Program razvoja podeželja 2014-2020",
     ["Program razvoja podeželja", "Programa razvoja podeželja", "Programa razvoja podeželja 2014-2020", "PRP 2014-2020",
      "Program razvoja podeželja Republike Slovenije 2014-2020"], ""),
    ("GR", OLD, "Πρόγραμμα Αγροτικής Ανάπτυξης 2014-2020",
     ["Πρόγραμμα Αγροτικής Ανάπτυξης", "Προγράμματος Αγροτικής Ανάπτυξης", "Προγράμματος Αγροτικής Ανάπτυξης 2014-2020", "ΠΑΑ 2014-2020",
      "Rural Development Programme of Greece 2014-2020"], ""),
    ("PT", OLD, "PDR2020", ["PDR 2020", "Programa de Desenvolvimento Rural do Continente", "Programa de Desenvolvimento Rural 2014-2020",
                            "Programa de Desenvolvimento Rural do Continente 2014-2020"], ""),
    ("AT", OLD, "Österreichisches Programm für ländliche Entwicklung 2014-2020",
     ["Österreichisches Programm für ländliche Entwicklung", "Programm für ländliche Entwicklung 2014-2020", "Programms für ländliche Entwicklung",
      "Programm LE 14-20", "LE 14-20", "Programm LE 2014-2020", "Programm für ländliche Entwicklung in Österreich"], ""),
    ("AT", "2023-2027", "GAP-Strategieplan Österreich 2023-2027", ["GAP-Strategieplan Österreich", "GAP-Strategieplans Österreich",
                                                              "GAP-Strategieplan 2023-2027"], ""),
    ("DE", "2023-2027", "GAP-Strategieplan für die Bundesrepublik Deutschland",
     ["GAP-Strategieplan Deutschland", "GAP-Strategieplan für Deutschland", "GAP-Strategieplans für die Bundesrepublik Deutschland"], ""),
    ("IT", OLD, "Programma di Sviluppo Rurale Nazionale 2014-2020",
     ["Programma di Sviluppo Rurale Nazionale", "PSRN 2014-2020", "PSRN", "PSR Nazionale 2014-2020"], ""),
    ("IT", "2023-2027", "Piano Strategico della PAC 2023-2027",
     ["Piano Strategico della PAC", "Piano Strategico Nazionale della PAC", "Piano Strategico Nazionale PAC 2023-2027", "PSP 2023-2027"], ""),
    ("ES", OLD, "Programa Nacional de Desarrollo Rural 2014-2020", ["Programa Nacional de Desarrollo Rural", "PNDR de España 2014-2020"], ""),
    ("ES", "2023-2027", "Plan Estratégico de la PAC 2023-2027",
     ["Plan Estratégico de la PAC", "Plan Estratégico de la PAC de España", "PEPAC", "PEPAC 2023-2027"], ""),
    ("FR", "2023-2027", "Plan stratégique national de la PAC 2023-2027",
     ["Plan stratégique national de la PAC", "PSN PAC 2023-2027", "Plan stratégique national PAC"], ""),
    ("LT", OLD, "Lietuvos kaimo plėtros 2014-2020 metų programa",
     ["Lietuvos kaimo plėtros 2014–2020 metų programa", "Lietuvos kaimo plėtros 2014–2020 metų programos", "Lietuvos kaimo plėtros 2014-2020 metų programos",
      "Kaimo plėtros 2014-2020 metų programa", "KPP 2014-2020"], ""),
    ("LV", OLD, "Latvijas Lauku attīstības programma 2014-2020",
     ["Latvijas Lauku attīstības programma 2014.–2020. gadam", "Lauku attīstības programma 2014.–2020. gadam", "Lauku attīstības programmas 2014.-2020. gadam",
      "LAP 2014-2020"], ""),
    ("EE", OLD, "Eesti maaelu arengukava 2014-2020", ["Eesti maaelu arengukava", "Eesti maaelu arengukava 2014–2020", "MAK 2014-2020"], ""),
    ("FI", OLD, "Manner-Suomen maaseudun kehittämisohjelma 2014-2020",
     ["Manner-Suomen maaseudun kehittämisohjelma", "Manner-Suomen maaseudun kehittämisohjelman", "Landsbygdsutvecklingsprogrammet för Fastlandsfinland"], ""),
    ("SE", OLD, "Landsbygdsprogrammet 2014-2020", ["Landsbygdsprogrammet", "Landsbygdsprogram för Sverige 2014-2020", "Landsbygdsprogrammet för Sverige"], ""),
    ("DK", OLD, "Landdistriktsprogrammet 2014-2020", ["Landdistriktsprogrammet", "Landdistriktsprogram 2014-2020", "Det danske landdistriktsprogram"], ""),
    ("NL", OLD, "Plattelandsontwikkelingsprogramma 2014-2020", ["POP3", "POP3+", "Plattelandsontwikkelingsprogramma POP3",
                                                               "Plattelandsontwikkelingsprogramma 3"], ""),
    # Fisheries programmes (EMFF 2014-2020, EMFAF 2021-2027)
    ("PL", OLD, "Program Operacyjny Rybactwo i Morze 2014-2020",
     ["Program Operacyjny Rybactwo i Morze", "Programu Operacyjnego Rybactwo i Morze", "PO RYBY 2014-2020", "PO RYBY"], ""),
    ("PL", NEW, "Fundusze Europejskie dla Rybactwa 2021-2027",
     ["Fundusze Europejskie dla Rybactwa", "Funduszy Europejskich dla Rybactwa", "program Fundusze Europejskie dla Rybactwa"], ""),
    ("CZ", OLD, "Operační program Rybářství 2014-2020", ["Operační program Rybářství", "Operačního programu Rybářství", "OP Rybářství"], ""),
    ("SK", OLD, "Operačný program Rybné hospodárstvo 2014-2020", ["Operačný program Rybné hospodárstvo", "Operačného programu Rybné hospodárstvo"], ""),
    ("HU", OLD, "Magyar Halgazdálkodási Operatív Program", ["MAHOP", "Magyar Halgazdálkodási Operatív Program 2014-2020"], ""),
    ("HU", NEW, "Magyar Akvakultúra és Halászati Operatív Program Plusz", ["MAHOP Plusz", "MAHOP+"], ""),
    ("RO", OLD, "Programul Operațional pentru Pescuit și Afaceri Maritime 2014-2020",
     ["Programul Operațional pentru Pescuit și Afaceri Maritime", "Programului Operațional pentru Pescuit și Afaceri Maritime", "POPAM", "POPAM 2014-2020"], ""),
    ("BG", OLD, "Програма за морско дело и рибарство 2014-2020", ["Програма за морско дело и рибарство", "ПМДР", "ПМДР 2014-2020"], ""),
    ("HR", OLD, "Operativni program za pomorstvo i ribarstvo 2014.-2020.",
     ["Operativni program za pomorstvo i ribarstvo", "Operativnog programa za pomorstvo i ribarstvo"], ""),
    ("GR", OLD, "Επιχειρησιακό Πρόγραμμα Αλιείας και Θάλασσας 2014-2020",
     ["Επιχειρησιακό Πρόγραμμα Αλιείας και Θάλασσας", "Επιχειρησιακού Προγράμματος Αλιείας και Θάλασσας", "ΕΠΑλΘ 2014-2020", "ΕΠΑλΘ"], ""),
    ("GR", NEW, "Πρόγραμμα Αλιείας Υδατοκαλλιέργειας και Θάλασσας 2021-2027",
     ["Πρόγραμμα Αλιείας, Υδατοκαλλιέργειας και Θάλασσας 2021-2027", "ΠΑΛΥΘ 2021-2027", "ΠΑΛΥΘ"], "Greece - EMFAF"),
    ("IT", OLD, "PO FEAMP 2014-2020", ["Programma Operativo FEAMP 2014-2020", "Programma Operativo FEAMP 2014/2020", "PO FEAMP 2014/2020",
                                       "PO FEAMP Italia 2014-2020"], ""),
    ("IT", NEW, "PN FEAMPA 2021-2027", ["Programma Nazionale FEAMPA 2021-2027", "PN FEAMPA", "Programma Nazionale FEAMPA"], ""),
    ("ES", OLD, "Programa Operativo del FEMP 2014-2020", ["Programa Operativo del FEMP", "Programa Operativo del Fondo Europeo Marítimo y de Pesca",
                                                         "PO FEMP 2014-2020"], ""),
    ("ES", NEW, "Programa del FEMPA 2021-2027", ["Programa del FEMPA", "Programa FEMPA 2021-2027", "Programa Español del FEMPA"], ""),
    ("FR", OLD, "Programme opérationnel FEAMP 2014-2020", ["Programme opérationnel FEAMP", "PO FEAMP 2014-2020", "PO FEAMP France"], ""),
    ("FR", NEW, "Programme national FEAMPA 2021-2027", ["Programme national FEAMPA", "Programme FEAMPA 2021-2027", "PN FEAMPA France"], ""),
    ("PT", OLD, "Mar 2020", ["MAR 2020", "Programa Operacional Mar 2020", "Mar2020"], ""),
    ("PT", NEW, "Mar 2030", ["MAR 2030", "Programa Mar 2030", "Mar2030"], ""),
    ("FI", OLD, "Euroopan meri- ja kalatalousrahaston toimenpideohjelma 2014-2020", ["Suomen meri- ja kalatalousrahaston toimenpideohjelma"], ""),
    ("SK", NEW, "Program Rybné hospodárstvo 2021-2027", ["Program Rybné hospodárstvo", "Programu Rybné hospodárstvo"], "Slovakia - EMFAF"),
    ("HR", NEW, "Program za ribarstvo i akvakulturu 2021.-2027.", ["Program za ribarstvo i akvakulturu", "Programa za ribarstvo i akvakulturu"],
     "Croatia - EMFAF"),
    ("RO", NEW, "Programul pentru Acvacultură și Pescuit 2021-2027", ["Programul pentru Acvacultură și Pescuit", "Programului pentru Acvacultură și Pescuit",
                                                                   "PAP 2021-2027"], "Romania - EMFAF"),
    # Sweden 2021-2027 and 2014-2020
    ("SE", NEW, "Nationellt socialfondsprogram ESF+ 2021-2027", ["Socialfondsprogrammet ESF+", "ESF+-programmet 2021-2027",
                                                              "Nationella socialfondsprogrammet 2021-2027"], ""),
    ("SE", OLD, "Nationellt socialfondsprogram för investering för tillväxt och sysselsättning 2014-2020",
     ["Nationella socialfondsprogrammet 2014-2020", "Socialfondsprogrammet 2014-2020"], ""),
]

# ---------------------------------------------------------------- regional programmes of one pattern per member state and period
# Region names as the programmes write them; the first is the name in the canonical programme name, the rest
# are further spellings. The CSV names are how programmes.csv's English titles start, to take the CCI from.

POLISH_REGIONS = [  # (canonical part, genitive forms after "dla", programmes.csv title start)
    ("Dolnego Śląska", [], "Dolnośląskie"), ("Kujaw i Pomorza", [], "Kujawsko-Pomorskie"), ("Lubelskiego", [], "Lubelskie"),
    ("Lubuskiego", [], "Lubuskie"), ("Łódzkiego", [], "Łódzkie"), ("Małopolski", [], "Małopolska"), ("Mazowsza", [], "Mazowsze"),
    ("Opolskiego", [], "Opolskie"), ("Podkarpacia", [], "Podkarpacie"), ("Podlaskiego", [], "Podlaskie"), ("Pomorza", [], "Pomorze -"),
    ("Śląskiego", [], "Śląskie"), ("Świętokrzyskiego", [], "Świętokrzyskie"), ("Warmii i Mazur", [], "Warmińsko-Mazurskie"),
    ("Wielkopolski", [], "Wielkopolska"), ("Pomorza Zachodniego", [], "Pomorze Zachodnie"),
]

POLISH_VOIVODESHIPS = ["Dolnośląskiego", "Kujawsko-Pomorskiego", "Lubelskiego", "Lubuskiego", "Łódzkiego", "Małopolskiego",
                       "Mazowieckiego", "Opolskiego", "Podkarpackiego", "Podlaskiego", "Pomorskiego", "Śląskiego", "Świętokrzyskiego",
                       "Warmińsko-Mazurskiego", "Wielkopolskiego", "Zachodniopomorskiego"]
CZECH_COHESION_REGIONS = ["Severovýchod", "Jihovýchod", "Střední Morava", "Moravskoslezsko", "Severozápad", "Jihozápad", "Střední Čechy"]

ITALIAN_REGIONS = [  # (name, further spellings, programmes.csv title start)
    ("Abruzzo", [], "Abruzzo"), ("Basilicata", [], "Basilicata"), ("Calabria", [], "Calabria"), ("Campania", [], "Campania"),
    ("Emilia-Romagna", [], "Emilia-Romagna"), ("Friuli Venezia Giulia", [], "Friuli-Venezia Giulia"), ("Lazio", [], "Lazio"),
    ("Liguria", [], "Liguria"), ("Lombardia", [], "Lombardia"), ("Marche", [], "Marche"), ("Molise", [], "Molise"),
    ("Piemonte", [], "Piemonte"), ("Puglia", [], "Puglia"), ("Sardegna", [], "Sardegna"), ("Sicilia", [], "Sicilia"),
    ("Toscana", [], "Toscana"), ("Umbria", [], "Umbria"), ("Valle d'Aosta", ["Valle d’Aosta", "Vallée d'Aoste"], "Valle d'Aosta"),
    ("Veneto", [], "Veneto"), ("Bolzano", ["Provincia Autonoma di Bolzano", "P.A. Bolzano", "Alto Adige"], "Bolzano"),
    ("Trento", ["Provincia Autonoma di Trento", "P.A. Trento"], "Trento"),
]
ITALIAN_JOINT = {OLD: {"Calabria", "Molise", "Puglia"}, NEW: {"Basilicata", "Calabria", "Molise", "Puglia"}}
"""Regions with one programme for both funds (POR FESR FSE, PR FESR FSE+) in that period."""

SPANISH_REGIONS = [  # (name, forms after "de", programmes.csv title start)
    ("Andalucía", ["de Andalucía"], "Andalucía"), ("Aragón", ["de Aragón"], "Aragón"),
    ("Asturias", ["de Asturias", "del Principado de Asturias", "Principado de Asturias"], "Asturias"),
    ("Illes Balears", ["de las Illes Balears", "de Illes Balears", "de Baleares", "Baleares", "de las Islas Baleares"], "Baleares"),
    ("Canarias", ["de Canarias"], "Canarias"), ("Cantabria", ["de Cantabria"], "Cantabria"),
    ("Castilla-La Mancha", ["de Castilla-La Mancha"], "Castilla-La Mancha"), ("Castilla y León", ["de Castilla y León"], "Castilla y León"),
    ("Cataluña", ["de Cataluña", "de Catalunya", "Catalunya"], "Cataluña"),
    ("Comunitat Valenciana", ["de la Comunitat Valenciana", "de la Comunidad Valenciana", "Comunidad Valenciana"], "Valencia"),
    ("Extremadura", ["de Extremadura"], "Extremadura"), ("Galicia", ["de Galicia"], "Galicia"),
    ("Comunidad de Madrid", ["de la Comunidad de Madrid", "de Madrid", "Madrid"], "Madrid"),
    ("Región de Murcia", ["de la Región de Murcia", "de Murcia", "Murcia"], "Murcia"),
    ("Navarra", ["de Navarra", "de la Comunidad Foral de Navarra"], "Navarra"),
    ("País Vasco", ["del País Vasco", "de Euskadi", "Euskadi"], "País Vasco"), ("La Rioja", ["de La Rioja"], "La Rioja"),
    ("Ceuta", ["de Ceuta"], "Ceuta"), ("Melilla", ["de Melilla"], "Melilla"),
]

GERMAN_LANDS = [  # (name, further spellings)
    ("Baden-Württemberg", []), ("Bayern", []), ("Berlin", []), ("Brandenburg", []), ("Bremen", []), ("Hamburg", []), ("Hessen", []),
    ("Mecklenburg-Vorpommern", ["M-V"]), ("Niedersachsen", []), ("Nordrhein-Westfalen", ["NRW"]), ("Rheinland-Pfalz", []),
    ("Saarland", []), ("Sachsen", []), ("Sachsen-Anhalt", []), ("Schleswig-Holstein", []), ("Thüringen", []),
]

FRENCH_REGIONS = {
    OLD: ["Alsace", "Aquitaine", "Auvergne", "Basse-Normandie", "Bourgogne", "Bretagne", "Centre", "Champagne-Ardenne", "Corse",
          "Franche-Comté", "Guadeloupe", "Guyane", "Haute-Normandie", "Île-de-France", "Languedoc-Roussillon", "Limousin", "Lorraine",
          "Martinique", "Mayotte", "Midi-Pyrénées", "Nord-Pas de Calais", "Pays de la Loire", "Picardie", "Poitou-Charentes",
          "Provence-Alpes-Côte d'Azur", "Réunion", "Rhône-Alpes"],
    NEW: ["Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Guadeloupe",
          "Guyane", "Hauts-de-France", "Île-de-France", "La Réunion", "Martinique", "Mayotte", "Normandie", "Nouvelle-Aquitaine",
          "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Saint-Martin"],
}

GREEK_REGIONS = [  # (genitive as the programmes' names write it, English name)
    ("Ανατολικής Μακεδονίας και Θράκης", "Eastern Macedonia and Thrace"), ("Κεντρικής Μακεδονίας", "Central Macedonia"),
    ("Δυτικής Μακεδονίας", "Western Macedonia"), ("Ηπείρου", "Epirus"), ("Θεσσαλίας", "Thessaly"), ("Ιονίων Νήσων", "Ionian Islands"),
    ("Δυτικής Ελλάδας", "Western Greece"), ("Στερεάς Ελλάδας", "Central Greece"), ("Αττικής", "Attica"), ("Πελοποννήσου", "Peloponnese"),
    ("Βορείου Αιγαίου", "North Aegean"), ("Νοτίου Αιγαίου", "South Aegean"), ("Κρήτης", "Crete"),
]

ROMANIAN_REGIONS = ["Nord-Est", "Nord-Vest", "Centru", "Sud-Est", "Sud-Muntenia", "București-Ilfov", "Sud-Vest Oltenia", "Vest"]

SWEDISH_REGIONS = ["Övre Norrland", "Mellersta Norrland", "Norra Mellansverige", "Östra Mellansverige", "Stockholm", "Västsverige",
                   "Småland och öarna", "Sydsverige"]


def _regional() -> list[Entry]:
    entries: list[Entry] = []
    for part, _forms, csv_name in POLISH_REGIONS:
        entries.append(Entry(
            f"Fundusze Europejskie dla {part} 2021-2027", NEW, "PL",
            [f"Fundusze Europejskie dla {part}", f"Funduszy Europejskich dla {part}", f"Funduszach Europejskich dla {part}",
            ],
            "the programme's own name; CCI from programmes.csv where listed", csv_hint=(csv_name, "ERDF")))
    for name, more, csv_name in ITALIAN_REGIONS:
        names = [name, *more]
        for period, prefix, long_prefix, funds in ((OLD, "POR", "Programma Operativo Regionale", ("FESR", "FSE")),
                                                   (NEW, "PR", "Programma Regionale", ("FESR", "FSE+"))):
            years = period.replace("-", "/")
            groups = [" ".join(funds)] if name in ITALIAN_JOINT[period] else list(funds)
            for fund in groups:
                aliases = []
                for region in names:
                    aliases += [f"{prefix} {fund} {region} {period}", f"{prefix} {fund} {region} {years}", f"{prefix} {fund} {region}",
                                f"{long_prefix} {fund} {region}", f"{long_prefix} {fund} {region} {period}",
                                f"{prefix} {fund} {period} {region}", f"{prefix} {region} {fund} {period}",
                                f"{prefix} {fund} Regione {region}", f"{long_prefix} {fund} della Regione {region}"]
                    if fund == "FSE+":
                        aliases += [f"{prefix} FSE Plus {region}", f"{long_prefix} FSE Plus {region}"]
                entries.append(Entry(f"{prefix} {fund} {name} {period}", period, "IT", aliases,
                                     "the programme's own name (the managing region's naming); CCI from programmes.csv",
                                     csv_hint=(csv_name, "ESF" if fund.startswith("FSE") and " " not in fund else "ERDF")))
    for name, forms, csv_name in SPANISH_REGIONS:
        places = [name, *forms]
        for fund, csv_fund in (("FEDER", "ERDF"), ("FSE", "ESF")):
            old = [f"Programa Operativo {fund} {place}" for place in places] + [f"PO {fund} {place}" for place in places]
            entries.append(Entry(f"Programa Operativo {fund} {forms[0]} 2014-2020", OLD, "ES", old + [f"{alias} 2014-2020" for alias in old],
                                 "the programme's own name; CCI from programmes.csv", csv_hint=(csv_name, csv_fund)))
            fund_new = "FSE+" if fund == "FSE" else fund
            new = [f"Programa {fund_new} {place}" for place in places]
            entries.append(Entry(f"Programa {fund_new} {forms[0]} 2021-2027", NEW, "ES", new + [f"{alias} 2021-2027" for alias in new],
                                 "the programme's own name; CCI from programmes.csv", csv_hint=(csv_name, csv_fund)))
    for name, more in GERMAN_LANDS:
        lands = [name, *more]
        old_erdf = [f"{form} {land}" for land in lands for form in ("OP EFRE", "Operationelles Programm EFRE", "EFRE-OP", "Operationellen Programms EFRE")]
        old_esf = [f"{form} {land}" for land in lands for form in ("OP ESF", "Operationelles Programm ESF", "ESF-OP", "Operationellen Programms ESF")]
        new_erdf = [f"{form} {land}" for land in lands for form in ("EFRE-Programm", "EFRE/JTF-Programm", "Programm EFRE", "EFRE-Programms")]
        new_esf = [f"{form} {land}" for land in lands for form in ("ESF Plus-Programm", "ESF+-Programm", "ESF Plus", "ESF+")]
        for canonical, period, aliases, csv_fund in (
            (f"OP EFRE {name} 2014-2020", OLD, old_erdf + [f"{alias} 2014-2020" for alias in old_erdf], "ERDF"),
            (f"OP ESF {name} 2014-2020", OLD, old_esf + [f"{alias} 2014-2020" for alias in old_esf], "ESF"),
            (f"EFRE-Programm {name} 2021-2027", NEW, new_erdf + [f"{alias} 2021-2027" for alias in new_erdf], "ERDF"),
            (f"ESF Plus-Programm {name} 2021-2027", NEW, new_esf + [f"{alias} 2021-2027" for alias in new_esf], "ESF"),
        ):
            entries.append(Entry(canonical, period, "DE", aliases, "the programme's own name; CCI from programmes.csv", csv_hint=(name, csv_fund)))
    for period, regions in FRENCH_REGIONS.items():
        for region in regions:
            if period == OLD:
                forms = [f"{kind} {region}" for kind in ("Programme opérationnel FEDER-FSE", "PO FEDER-FSE", "PO FEDER", "Programme opérationnel FEDER",
                                                         "Programme opérationnel régional FEDER-FSE", "PO FEDER-FSE-IEJ", "PO FEDER FSE IEJ")]
                canonical = f"PO FEDER-FSE {region} 2014-2020"
            else:
                forms = [f"{kind} {region}" for kind in ("Programme FEDER-FSE+", "Programme régional FEDER-FSE+", "PR FEDER-FSE+",
                                                         "Programme FEDER-FSE+-FTJ", "Programme FEDER", "Programme opérationnel FEDER-FSE+")]
                canonical = f"Programme FEDER-FSE+ {region} 2021-2027"
            entries.append(Entry(canonical, period, "FR", forms + [f"{form} {period}" for form in forms],
                                 "the programme's own name; CCI from programmes.csv", csv_hint=(region.removeprefix("La "), "ERDF")))
    for genitive in POLISH_VOIVODESHIPS:
        # The regional programmes of 2007-2013 bore the names of 2014-2020's: only their years tell them apart.
        forms = [f"{kind} Województwa {genitive}" for kind in ("Regionalny Program Operacyjny", "Regionalnego Programu Operacyjnego")]
        entries.append(Entry(f"Regionalny Program Operacyjny Województwa {genitive} na lata 2007-2013", "2007-2013", "PL",
                             [f"{form} {years}" for form in forms for years in ("na lata 2007-2013", "2007-2013")],
                             "the programme's own name", csv_hint=None))
    for region in CZECH_COHESION_REGIONS:
        entries.append(Entry(f"Regionální operační program {region}", "2007-2013", "CZ",
                             [f"Regionální operační program NUTS II {region}", f"Regionálního operačního programu {region}",
                              f"Regionálního operačního programu NUTS II {region}", f"ROP {region}", f"ROP NUTS II {region}"],
                             "the programme's own name", csv_hint=None))
    for name, more, _csv in ITALIAN_REGIONS:
        # The rural development programmes of Italy's regions: PSR <regione> 2014-2020 (and 2007-2013).
        names = [name, *more]
        for period in (OLD, "2007-2013"):
            years = period.replace("-", "/")
            aliases = [form for region in names for form in (
                f"PSR {region} {period}", f"PSR {region} {years}", f"Programma di Sviluppo Rurale {region} {period}",
                f"Programma di Sviluppo Rurale {region} {years}", f"PSR {period} {region}", f"Programma di Sviluppo Rurale {period} della Regione {region}",
                f"PSR {period} della Regione {region}", f"Programma di Sviluppo Rurale della Regione {region} {period}")]
            if period == OLD:
                aliases += [form for region in names for form in (f"PSR {region}", f"Programma di Sviluppo Rurale {region}",
                                                                   f"Programma di Sviluppo Rurale della Regione {region}")]
            entries.append(Entry(f"PSR {name} {period}", period, "IT", aliases, "the programme's own name", csv_hint=None))
    for name, forms, _csv in SPANISH_REGIONS:
        if name in ("Ceuta", "Melilla"):
            continue  # no rural development programme of their own
        places = [name, *forms]
        aliases = [f"{kind} {place}" for kind in ("Programa de Desarrollo Rural", "PDR") for place in places]
        entries.append(Entry(f"Programa de Desarrollo Rural {forms[0]} 2014-2020", OLD, "ES", aliases + [f"{alias} 2014-2020" for alias in aliases],
                             "the programme's own name", csv_hint=None))
    for region in FRENCH_REGIONS[OLD]:
        forms = [f"{kind} {region}" for kind in ("Programme de développement rural", "PDR", "PDRR")]
        entries.append(Entry(f"Programme de développement rural {region} 2014-2020", OLD, "FR", forms + [f"{form} 2014-2020" for form in forms],
                             "the programme's own name", csv_hint=None))
    for genitive, english in GREEK_REGIONS:
        entries.append(Entry(f"Περιφερειακό Επιχειρησιακό Πρόγραμμα {genitive} 2014-2020", OLD, "GR",
                             [f"Περιφερειακό Επιχειρησιακό Πρόγραμμα {genitive}", f"ΠΕΠ {genitive}", f"ΠΕΠ {genitive} 2014-2020",
                              f"Regional Operational Programme {english} 2014-2020", f"ROP {english} 2014-2020"],
                             "the programme's own name", csv_hint=None))
        entries.append(Entry(f"Περιφερειακό Πρόγραμμα {genitive} 2021-2027", NEW, "GR",
                             [f"Περιφερειακό Πρόγραμμα {genitive}", f"ΠΠ {genitive} 2021-2027", f"Regional Programme {english} 2021-2027",
                              f"Regional Programme of {english} 2021-2027"],
                             "the programme's own name", csv_hint=None))
    for region in ROMANIAN_REGIONS:
        entries.append(Entry(f"Programul Regional {region} 2021-2027", NEW, "RO",
                             [f"Programul Regional {region}", f"Programului Regional {region}", f"PR {region} 2021-2027", f"PR {region}",
                              f"Regional Programme {region} 2021-2027"],
                             "the programme's own name; CCI from programmes.csv where listed", csv_hint=("West" if region == "Vest" else region, "ERDF")))
    for region in SWEDISH_REGIONS:
        entries.append(Entry(f"Regionalfondsprogram för {region} 2021-2027", NEW, "SE",
                             [f"Regionalfondsprogram för {region}", f"Regionalfondsprogrammet för {region}", f"Regionalfondsprogram {region} 2021-2027"],
                             "the programme's own name; CCI from programmes.csv where listed", csv_hint=None))
        entries.append(Entry(f"Regionalfondsprogram för {region} 2014-2020", OLD, "SE",
                             [f"Regionalfondsprogram för {region} 2014-2020", f"Regionalfondsprogrammet för {region} 2014-2020"],
                             "the programme's own name", csv_hint=None))
    return entries


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return re.sub(r"[\W_]+", "", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _csv_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "programmes.csv").open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["programme_kind"] == "mainstream" and row["period"] in (OLD, NEW)]


FUND_CODES = {"ERDF": "16", "ESF": "05"}
"""CCI characters 7-8: 16 for ERDF (alone or with other funds), 05 for ESF/ESF+ programmes."""


def _attach_codes(entries: list[Entry], rows: list[dict[str, str]]) -> None:
    """The CCI of each entry from programmes.csv: its English title, or its region's name and the fund."""
    taken: set[str] = set()
    for entry in entries:
        for row in rows:
            cci, title = row["cci"], row["name_en"]
            if entry.csv_hint is None or not cci or cci in taken or row["period"] != entry.period:
                continue
            if cci[4:6] != {"GR": "EL"}.get(entry.country, entry.country):
                continue
            hint, fund = entry.csv_hint
            if fund:
                # "Pomorze -" stands for the region alone, not "Pomorze Zachodnie": a dash ends the name.
                named = title.startswith(hint) if hint.endswith("-") else _fold(title).startswith(_fold(hint))
                fits = named and cci[6:8] == FUND_CODES[fund]
            else:
                fits = _fold(title) == _fold(hint)
            if fits:
                entry.codes.append(cci)
                taken.add(cci)
                break


def _known_keys() -> set[str]:
    """Alias keys of the hand-written files, which keep their names."""
    keys: set[str] = set()
    for name in ("programmes.toml", "operational_programmes.toml", "cross_border.toml"):
        for entry in tomllib.loads((DATA / name).read_text("utf-8"))["programme"]:
            keys.update(_fold(alias) for alias in (entry["name"], *entry.get("aliases", ())))
    return keys


def build(folder: Path) -> list[Entry]:
    entries = [Entry(name, period, country, aliases, "the programme's own name" + ("; CCI from programmes.csv" if hint else ""),
                     csv_hint=(hint, "") if hint else None)
               for country, period, name, aliases, hint in NATIONAL]
    entries += _regional()
    _attach_codes(entries, _csv_rows(folder))
    known = _known_keys()
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for alias in (entry.name, *entry.aliases):
            owners[_fold(alias)].add(entry.name)
    for entry in entries:
        seen: set[str] = {_fold(entry.name)}
        kept = []
        for alias in entry.aliases:
            key = _fold(alias)
            if key in seen or key in known or len(owners[key]) > 1:
                continue
            seen.add(key)
            kept.append(alias)
        entry.aliases = kept
    return entries


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(entries: list[Entry]) -> str:
    lines = [
        "# National and regional programmes, 2007-2027: cohesion policy (ERDF, ESF/ESF+, Cohesion Fund, JTF), rural",
        "# development (EAFRD) and CAP strategic plans, fisheries (EMFF, EMFAF).",
        "# GENERATED by corpus/tools/build_national_programmes.py from the programmes' own official names (the tables",
        "# in that script) and the CCI codes of ../shared/data/programmes/programmes.csv. Do not edit by hand: change",
        "# the script and run it again. Fields as in programmes.toml; countries: the programme's member state.",
        "",
    ]
    for entry in entries:
        lines += [
            "[[programme]]",
            f"name = {_quote(entry.name)}",
            f"period = {_quote(entry.period)}",
            f"family = {_quote(FAMILY)}",
        ]
        lines.append(f"countries = [{_quote(entry.country)}]")
        if entry.codes:
            lines.append("codes = [" + ", ".join(_quote(code) for code in entry.codes) + "]")
        lines.append(f"source = {_quote(entry.source)}")
        lines.append("aliases = [" + ", ".join(_quote(alias) for alias in entry.aliases) + "]")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data" / "programmes"
    entries = build(folder)
    OUT.write_text(write(entries), "utf-8")
    print(f"{OUT}: {len(entries)} programmes, {sum(len(entry.aliases) + 1 for entry in entries)} names, "
          f"{sum(bool(entry.codes) for entry in entries)} with a CCI")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
