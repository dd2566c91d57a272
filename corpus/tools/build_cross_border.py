"""Write indexer/metadata/data/cross_border.toml: the cross-border (strand A) Interreg, IPA and ENI programmes.

    .venv/bin/python corpus/tools/build_cross_border.py ../shared/data/programmes

Reads programmes.csv of the shared programme lists (CCI codes, English titles, countries; see that
folder's README) and adds what the lists lack from the programmes' own official names (the tables
below, each row saying so). For every programme it writes two kinds of entry:

- the programme of one period ("Interreg V-A Czech Republic-Poland", 2014-2020, its CCI), named
  with the period's generation ("V-A", "VI-A", "IPA CBC", "ENI CBC", "NEXT") or its years;
- its period-neutral parent ("Interreg Czech Republic-Poland"), for the many pages that name the
  programme without its generation; a period entry found beside it replaces it.

Aliases are generated from CLDR country names (Babel) in the languages of both sides and English,
in both orders, and from the countries' ISO codes ("Interreg SK-CZ"). A country set shared by two
programmes of one period (Italy-France: Maritime and ALCOTRA) gets no bare country-pair alias; only
the programme's own brand names it. The product reads only the written TOML, never this script.
"""

from __future__ import annotations

import csv
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.languages import get_official_languages

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "indexer" / "metadata" / "data" / "cross_border.toml"
PLACES = ROOT / "indexer" / "metadata" / "data" / "places.toml"

GENERATION = {"2000-2006": "III", "2007-2013": "IV", "2014-2020": "V", "2021-2027": "VI"}
DIGITS = {"III": "3", "IV": "4", "V": "5", "VI": "6"}
EU_CODES = {"GR": "EL", "GB": "UK"}
ENGLISH = {"CZ": "Czech Republic", "MK": "North Macedonia", "NL": "Netherlands", "BA": "Bosnia and Herzegovina"}
"""English names as the programmes write them (CLDR says "Czechia"; 2014-2020 titles "Czech Republic")."""

REGIONS = {
    # Sub-areas that stand for a country's side in a programme's name, in the languages of both sides.
    "Bavaria": ("DE", ["Bavaria", "Bayern", "Freistaat Bayern", "Free State of Bavaria", "Bavorsko", "Svobodný stát Bavorsko"]),
    "Saxony": ("DE", ["Saxony", "Sachsen", "Freistaat Sachsen", "Sasko", "Saksonia", "Svobodný stát Sasko"]),
    "Brandenburg": ("DE", ["Brandenburg", "Brandenburgia"]),
    "Mecklenburg-Vorpommern/Brandenburg": ("DE", ["Mecklenburg-Vorpommern/Brandenburg", "Mecklenburg-Vorpommern-Brandenburg",
                                                  "Mecklenburg-Vorpommern", "Meklemburgia-Pomorze Przednie"]),
}

BRAND_OF = {
    # CCI (2014-2020 or 2021-2027) -> (English name of the programme, brand names it goes by). Source: the
    # programme titles in programmes.csv and the programmes' own names.
    "2014TC16RFCB001": ("Euregio Meuse-Rhine", ["Euregio Meuse-Rhine", "Euregio Maas-Rijn", "Euregio Meuse-Rhin", "Euregio Maas-Rhein", "EMR"]),
    "2021TC16RFCB001": ("Euregio Meuse-Rhine", ["Euregio Meuse-Rhine", "Euregio Maas-Rijn", "Euregio Meuse-Rhin", "Euregio Maas-Rhein", "EMR"]),
    "2014TC16RFCB005": ("Spain-Portugal POCTEP", ["POCTEP", "España-Portugal", "Espanha-Portugal", "España-Portugal POCTEP"]),
    "2021TC16RFCB005": ("Spain-Portugal POCTEP", ["POCTEP", "España-Portugal", "Espanha-Portugal", "España-Portugal POCTEP"]),
    "2014TC16RFCB006": ("Spain-France-Andorra POCTEFA", ["POCTEFA", "España-Francia-Andorra", "Espagne-France-Andorre"]),
    "2021TC16RFCB006": ("Spain-France-Andorra POCTEFA", ["POCTEFA", "España-Francia-Andorra", "Espagne-France-Andorre"]),
    "2014TC16RFCB007": ("Madeira-Açores-Canarias MAC", ["MAC", "Madeira-Açores-Canarias", "Madeira-Azores-Canarias"]),
    "2021TC16FFOR001": ("Madeira-Açores-Canarias MAC", ["MAC", "Madeira-Açores-Canarias", "Madeira-Azores-Canarias"]),
    "2014TC16RFCB013": ("South Baltic", ["South Baltic", "Południowy Bałtyk", "Südliche Ostsee", "Södra Östersjön",
                                         "Sydlige Østersø", "Pietų Baltija"]),
    "2021TC16RFCB012": ("South Baltic", ["South Baltic", "Południowy Bałtyk", "Südliche Ostsee", "Södra Östersjön",
                                         "Sydlige Østersø", "Pietų Baltija"]),
    "2014TC16RFCB014": ("Central Baltic", ["Central Baltic", "Keskinen Itämeri", "Kesk-Läänemere", "Centrālā Baltija"]),
    "2021TC16RFCB013": ("Central Baltic", ["Central Baltic", "Keskinen Itämeri", "Kesk-Läänemere", "Centrālā Baltija"]),
    "2014TC16RFCB024": ("Alpenrhein-Bodensee-Hochrhein", ["Alpenrhein-Bodensee-Hochrhein", "ABH"]),
    "2021TC16RFCB023": ("Alpenrhein-Bodensee-Hochrhein", ["Alpenrhein-Bodensee-Hochrhein", "ABH"]),
    "2014TC16RFCB026": ("Öresund-Kattegat-Skagerrak", ["Öresund-Kattegat-Skagerrak", "ÖKS"]),
    "2021TC16RFCB025": ("Öresund-Kattegat-Skagerrak", ["Öresund-Kattegat-Skagerrak", "ÖKS"]),
    "2014TC16RFCB028": ("Botnia-Atlantica", ["Botnia-Atlantica"]),
    "2014TC16RFCB032": ("Nord", ["Nord"]),
    "2021TC16RFCB027": ("Aurora", ["Aurora"]),
    "2014TC16RFCB033": ("Italy-France Maritime", ["Italia-Francia Marittimo", "Marittimo", "Maritime", "Italie-France Maritime"]),
    "2021TC16RFCB031": ("Italy-France Maritime", ["Italia-Francia Marittimo", "Marittimo", "Maritime", "Italie-France Maritime"]),
    "2014TC16RFCB034": ("France-Italy ALCOTRA", ["ALCOTRA", "France-Italie ALCOTRA", "Italia-Francia ALCOTRA", "Italie-France ALCOTRA", "Italy-France ALCOTRA"]),
    "2021TC16RFCB032": ("France-Italy ALCOTRA", ["ALCOTRA", "France-Italie ALCOTRA", "Italia-Francia ALCOTRA", "Italie-France ALCOTRA", "Italy-France ALCOTRA"]),
    "2014TC16RFCB038": ("2 Seas", ["2 Seas", "Two Seas", "2 Mers Seas Zeeën", "2 Zeeën", "Deux Mers"]),
    "2014TC16RFCB039": ("Upper Rhine", ["Upper Rhine", "Oberrhein", "Rhin supérieur"]),
    "2021TC16RFCB036": ("Upper Rhine", ["Upper Rhine", "Oberrhein", "Rhin supérieur"]),
    "2014TC16RFCB040": ("France (Channel) England", ["France (Channel) England", "France (Manche) England", "Channel", "Manche"]),
    "2014TC16RFCB044": ("France-Wallonie-Vlaanderen", ["France-Wallonie-Vlaanderen", "FWVL"]),
    "2021TC16RFCB039": ("France-Wallonie-Vlaanderen", ["France-Wallonie-Vlaanderen", "Wallonie-Vlaanderen-France", "FWVL"]),
    "2014TC16RFCB045": ("Grande Région", ["Grande Région", "Großregion", "Greater Region"]),
    "2021TC16RFCB040": ("Grande Région", ["Grande Région", "Großregion", "Greater Region"]),
    "2014TC16RFCB046": ("Vlaanderen-Nederland", ["Vlaanderen-Nederland", "Flanders-Netherlands", "Flandre-Pays-Bas"]),
    "2021TC16RFCB041": ("Vlaanderen-Nederland", ["Vlaanderen-Nederland", "Flanders-Netherlands", "Flandre-Pays-Bas",
                                              "Grensregio Vlaanderen-Nederland"]),
    "2014TC16RFCB047": ("Ireland-Northern Ireland-Scotland", ["Ireland-Northern Ireland-Scotland"]),
    "2014TC16RFCB048": ("Ireland-Wales", ["Ireland-Wales", "Iwerddon-Cymru"]),
    "2014TC16RFCB056": ("Deutschland-Danmark", ["Deutschland-Danmark", "Danmark-Deutschland", "Tyskland-Danmark", "Germany-Denmark"]),
    "2021TC16RFCB048": ("Deutschland-Danmark", ["Deutschland-Danmark", "Danmark-Deutschland", "Tyskland-Danmark", "Germany-Denmark"]),
    "2014TC16RFPC001": ("PEACE IV", ["PEACE IV", "PEACE IV Programme"]),
    # The 2021-2027 programme of the Polish-Belarusian-Ukrainian border goes on without Belarus since 2022.
    "2021TC16NXCB009": ("Poland-Belarus-Ukraine", ["Poland-Belarus-Ukraine", "Poland-Ukraine", "Polska-Białoruś-Ukraina",
                                                   "Polska-Ukraina", "Польща-Україна", "Польща-Білорусь-Україна"]),
}

IRELAND_WALES = ("Ireland-Wales", ["Ireland-Wales", "Iwerddon-Cymru"])
"""The border kept its brand through 2000-2006 and 2007-2013 (its successor of 2014-2020 has a CCI in BRAND_OF)."""

BRANDS = {
    **BRAND_OF,
    # Rows of MISSING have no CCI: their brands are keyed by period and title.
    "2021-2027 Italy-Albania-Montenegro": ("Italy-Albania-Montenegro", ["Italy-Albania-Montenegro", "South Adriatic",
                                           "Adriatico Meridionale", "Italia-Albania-Montenegro"]),
    "2021-2027 PEACE PLUS": ("PEACE PLUS", ["PEACE PLUS", "PEACEPLUS"]),
    # 2007-2013 programmes under the brand their successors kept (the same core names the same programme).
    **{f"2007-2013 {BRAND_OF[cci][0]}": BRAND_OF[cci] for cci in (
        "2014TC16RFCB001", "2014TC16RFCB005", "2014TC16RFCB006", "2014TC16RFCB013", "2014TC16RFCB014",
        "2014TC16RFCB024", "2014TC16RFCB026", "2014TC16RFCB028", "2014TC16RFCB032", "2014TC16RFCB033", "2014TC16RFCB034",
        "2014TC16RFCB038", "2014TC16RFCB039", "2014TC16RFCB040", "2014TC16RFCB044", "2014TC16RFCB045", "2014TC16RFCB046")},
    "2007-2013 Ireland-Wales": IRELAND_WALES,
    "2007-2013 Adriatic": ("Adriatic", ["Adriatic", "Adriatico", "Jadran"]),
    # Interreg IIIA programmes of 2000-2006 whose successor kept their border: they share its core name; the others
    # go by their own titles.
    "2000-2006 Spain-Portugal": ("Spain-Portugal POCTEP", []),
    "2000-2006 Spain-France": ("Spain-France-Andorra POCTEFA", []),
    "2000-2006 France-Italy ALCOTRA": ("France-Italy ALCOTRA", ["ALCOTRA", "France-Italie ALCOTRA", "Italia-Francia ALCOTRA",
                                       "Italy-France ALCOTRA", "Italie-France ALCOTRA"]),
    "2000-2006 Italy-France Isole": ("Italy-France Islands", ["Italia-Francia Isole", "Francia-Italia Isole", "Italy-France Islands",
                                     "France-Italie Îles"]),
    "2000-2006 France-Belgium": ("France-Wallonie-Vlaanderen", ["France-Wallonie-Vlaanderen"]),
    "2000-2006 France-England": ("France-England", ["France-England", "France-Angleterre", "Rives-Manche"]),
    "2000-2006 Euregio Meuse-Rhine": BRAND_OF["2014TC16RFCB001"],
    "2000-2006 Grensregio Vlaanderen-Nederland": ("Vlaanderen-Nederland", ["Vlaanderen-Nederland", "Grensregio Vlaanderen-Nederland"]),
    "2000-2006 Ireland-Wales": IRELAND_WALES,
    "2000-2006 Ireland-Northern Ireland": ("Ireland-Northern Ireland", ["Ireland-Northern Ireland", "Ireland/Northern Ireland"]),
    "2000-2006 Alpenrhein-Bodensee-Hochrhein": BRAND_OF["2014TC16RFCB024"],
    "2000-2006 Nord": BRAND_OF["2014TC16RFCB032"],
    "2000-2006 Oberrhein Mitte-Süd": ("Oberrhein Mitte-Süd", ["Oberrhein Mitte-Süd", "Rhin Supérieur Centre-Sud"]),
    "2000-2006 Öresund": ("Öresund", ["Öresund", "Øresund"]),
    "2000-2006 Sønderjylland-Schleswig": ("Sønderjylland-Schleswig", ["Sønderjylland-Schleswig", "Sønderjylland/Schleswig"]),
    "2000-2006 Ems Dollart Region": ("Ems Dollart Region", ["Ems Dollart Region", "Ems-Dollart-Region", "Eems Dollard Regio"]),
}

MISSING = [
    # (period, cci, strand, kind, English pair or brand, countries, source): programmes the shared lists lack,
    # from the programmes' own official names.
    ("2014-2020", "", "A", "ENI", "Kolarctic", "FI;SE;NO;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Karelia", "FI;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "South-East Finland-Russia", "FI;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Estonia-Russia", "EE;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Latvia-Russia", "LV;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Lithuania-Russia", "LT;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Poland-Russia", "PL;RU", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Poland-Belarus-Ukraine", "PL;BY;UA", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Hungary-Slovakia-Romania-Ukraine", "HU;SK;RO;UA", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Romania-Ukraine", "RO;UA", "ENI CBC programme name"),
    ("2014-2020", "", "A", "ENI", "Romania-Republic of Moldova", "RO;MD", "ENI CBC programme name"),
    ("2014-2020", "2014TC16M5CB013", "A", "ENI", "Italy-Tunisia", "IT;TN", "ENI CBC programme name; CCI from programmes.csv"),
    ("2014-2020", "", "A", "IPA", "Italy-Albania-Montenegro", "IT;AL;ME", "IPA CBC programme name; CCI 2014TC16I5CB008"),
    ("2014-2020", "", "A", "IPA", "Serbia-Bosnia and Herzegovina", "RS;BA", "IPA CBC programme name"),
    ("2014-2020", "", "A", "IPA", "Serbia-Montenegro", "RS;ME", "IPA CBC programme name"),
    ("2014-2020", "", "A", "IPA", "Montenegro-Albania", "ME;AL", "IPA CBC programme name"),
    ("2014-2020", "", "A", "IPA", "Bosnia and Herzegovina-Montenegro", "BA;ME", "IPA II CBC programme name"),
    ("2014-2020", "", "A", "IPA", "North Macedonia-Albania", "MK;AL", "IPA II CBC programme name"),
    ("2021-2027", "", "A", "IPA", "Italy-Albania-Montenegro", "IT;AL;ME", "Interreg IPA programme name"),
    ("2021-2027", "", "A", "IPA", "Greece-Albania", "GR;AL", "Interreg IPA programme name"),
    ("2021-2027", "", "A", "Interreg", "Romania-Hungary", "RO;HU", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Slovakia-Hungary", "SK;HU", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Slovakia-Austria", "SK;AT", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Poland-Slovakia", "PL;SK", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Lithuania-Poland", "LT;PL", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Estonia-Latvia", "EE;LV", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Slovenia-Hungary", "SI;HU", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Slovenia-Austria", "SI;AT", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Italy-Austria", "IT;AT", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Italy-Croatia", "IT;HR", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Hungary-Croatia", "HU;HR", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Germany-Netherlands", "DE;NL", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "Interreg", "Ireland-Wales", "IE;GB", "Interreg VI-A programme name"),
    ("2021-2027", "", "A", "NEXT", "Hungary-Slovakia-Romania-Ukraine", "HU;SK;RO;UA", "Interreg NEXT programme name"),
    ("2021-2027", "", "A", "NEXT", "Romania-Moldova", "RO;MD", "Interreg NEXT programme name"),
    ("2021-2027", "", "A", "NEXT", "Kolarctic", "FI;SE;NO;RU", "Interreg NEXT programme name"),
    ("2021-2027", "", "A", "NEXT", "Karelia", "FI;RU", "Interreg NEXT programme name"),
    ("2021-2027", "", "A", "Interreg", "PEACE PLUS", "IE;GB", "PEACE PLUS programme name"),
    ("2007-2013", "", "A", "ENPI", "Kolarctic", "FI;SE;NO;RU", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Karelia", "FI;RU", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "South-East Finland-Russia", "FI;RU", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Estonia-Latvia-Russia", "EE;LV;RU", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Latvia-Lithuania-Belarus", "LV;LT;BY", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Lithuania-Poland-Russia", "LT;PL;RU", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Poland-Belarus-Ukraine", "PL;BY;UA", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Hungary-Slovakia-Romania-Ukraine", "HU;SK;RO;UA", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Romania-Ukraine-Republic of Moldova", "RO;UA;MD", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "ENPI", "Italy-Tunisia", "IT;TN", "ENPI CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Slovenia-Croatia", "SI;HR", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Hungary-Croatia", "HU;HR", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Hungary-Serbia", "HU;RS", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Romania-Serbia", "RO;RS", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Bulgaria-Serbia", "BG;RS", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Bulgaria-Former Yugoslav Republic of Macedonia", "BG;MK", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Greece-Former Yugoslav Republic of Macedonia", "GR;MK", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Greece-Albania", "GR;AL", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Croatia-Serbia", "HR;RS", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Croatia-Bosnia and Herzegovina", "HR;BA", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Croatia-Montenegro", "HR;ME", "IPA CBC programme name"),
    # IPA component II between two candidate countries: the same borders' programmes of 2014-2020 carry them on.
    ("2007-2013", "", "A", "IPA", "Serbia-Montenegro", "RS;ME", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Serbia-Bosnia and Herzegovina", "RS;BA", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Bosnia and Herzegovina-Montenegro", "BA;ME", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Montenegro-Albania", "ME;AL", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Former Yugoslav Republic of Macedonia-Albania", "MK;AL", "IPA CBC programme name"),
    ("2007-2013", "", "A", "IPA", "Adriatic", "IT;SI;GR;AL;BA;HR;ME;RS", "IPA Adriatic CBC programme name"),
    # 2007-2013 programmes with Switzerland or Norway, and the branded ones, which no 2014-2020 pair stands for.
    ("2007-2013", "", "A", "Interreg", "Italy-Switzerland", "IT;CH", "Interreg IV-A programme name"),
    ("2007-2013", "", "A", "Interreg", "France-Switzerland", "FR;CH", "Interreg IV-A programme name"),
    ("2007-2013", "", "A", "Interreg", "Sweden-Norway", "SE;NO", "Interreg IV-A programme name"),
    ("2007-2013", "", "A", "Interreg", "Ireland-Wales", "IE;GB", "Interreg IV-A programme name"),
    *[("2007-2013", "", "A", "Interreg", BRAND_OF[cci][0], countries, "Interreg IV-A programme name") for cci, countries in (
        ("2014TC16RFCB001", "BE;NL;DE"), ("2014TC16RFCB005", "ES;PT"), ("2014TC16RFCB006", "ES;FR;AD"),
        ("2014TC16RFCB013", "PL;SE;DK;DE;LT"), ("2014TC16RFCB014", "FI;SE;EE;LV"),
        ("2014TC16RFCB024", "DE;AT;CH;LI"), ("2014TC16RFCB026", "DK;SE;NO"), ("2014TC16RFCB028", "SE;FI;NO"),
        ("2014TC16RFCB032", "SE;FI;NO"), ("2014TC16RFCB033", "IT;FR"), ("2014TC16RFCB034", "FR;IT"),
        ("2014TC16RFCB038", "FR;GB;BE;NL"), ("2014TC16RFCB039", "DE;FR;CH"), ("2014TC16RFCB040", "FR;GB"),
        ("2014TC16RFCB044", "FR;BE"), ("2014TC16RFCB045", "FR;BE;DE;LU"), ("2014TC16RFCB046", "BE;NL"))],
    # The Interreg IIIA programmes of 2000-2006, by their official titles, and the PHARE CBC programmes beside them.
    *[("2000-2006", "", "A", "Interreg", title, countries, "INTERREG IIIA programme 2000-2006, official title") for title, countries in (
        ("Italy-Austria", "IT;AT"), ("Italy-Slovenia", "IT;SI"), ("Italy-Switzerland", "IT;CH"), ("Greece-Italy", "GR;IT"),
        ("Greece-Bulgaria", "GR;BG"), ("Greece-Cyprus", "GR;CY"), ("Greece-Turkey", "GR;TR"), ("Spain-Portugal", "ES;PT"),
        ("Spain-France", "ES;FR"), ("Spain-Morocco", "ES;MA"), ("France-Italy ALCOTRA", "FR;IT"), ("Italy-France Isole", "IT;FR"),
        ("France-Switzerland", "FR;CH"), ("France-Belgium", "FR;BE"), ("France-England", "FR;GB"),
        ("Oberrhein Mitte-Süd", "DE;FR;CH"), ("PAMINA", "DE;FR"), ("Alpenrhein-Bodensee-Hochrhein", "DE;AT;CH;LI"),
        ("Austria-Bavaria", ""), ("Bavaria-Czech Republic", ""), ("Saxony-Czech Republic", ""), ("Austria-Czech Republic", "AT;CZ"),
        ("Austria-Hungary", "AT;HU"), ("Slovakia-Austria", "SK;AT"), ("Slovenia-Austria", "SI;AT"),
        ("Mecklenburg-Vorpommern/Brandenburg-Poland", ""), ("Brandenburg-Poland", ""), ("Poland-Saxony", ""),
        ("Czech Republic-Poland", "CZ;PL"), ("Slovakia-Czech Republic", "SK;CZ"), ("Poland-Slovakia", "PL;SK"),
        ("Hungary-Slovakia-Ukraine", "HU;SK;UA"), ("Slovenia-Hungary-Croatia", "SI;HU;HR"),
        ("Lithuania-Poland-Russia", "LT;PL;RU"), ("Estonia-Latvia-Russia", "EE;LV;RU"), ("Latvia-Lithuania-Belarus", "LV;LT;BY"),
        ("Euregio Meuse-Rhine", "BE;NL;DE"), ("EUREGIO", "DE;NL"), ("Ems Dollart Region", "DE;NL"),
        ("Grensregio Vlaanderen-Nederland", "BE;NL"), ("Scheldemond", "BE;NL"), ("Wallonie-Lorraine-Luxembourg", "BE;FR;LU"),
        ("Sønderjylland-Schleswig", "DK;DE"), ("Fyn-K.E.R.N.", "DK;DE"), ("Öresund", "DK;SE"), ("Sweden-Norway", "SE;NO"),
        ("Nord", "SE;FI;NO"), ("Kvarken-MittSkandia", "SE;FI;NO"), ("Skärgården", "SE;FI"),
        ("Ireland-Northern Ireland", "IE;GB"), ("Ireland-Wales", "IE;GB"))],
    *[("2000-2006", "", "A", "PHARE", title, countries, "PHARE CBC programme 2000-2006, official title") for title, countries in (
        ("Romania-Bulgaria", "RO;BG"), ("Bulgaria-Greece", "BG;GR"), ("Romania-Hungary", "RO;HU"), ("Bulgaria-Turkey", "BG;TR"),
        ("Czech Republic-Germany", "CZ;DE"), ("Poland-Germany", "PL;DE"), ("Hungary-Austria", "HU;AT"),
        ("Slovakia-Austria", "SK;AT"), ("Slovenia-Italy", "SI;IT"), ("Slovenia-Austria", "SI;AT"))],
]

EU_2007 = set("AT BE BG CY CZ DE DK EE ES FI FR GB GR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())
"""Member states in 2007: a 2014-2020 pair of these had its own 2007-2013 programme under the same countries."""


@dataclass
class Entry:
    name: str
    period: str
    strand: str
    family: str
    countries: list[str]
    codes: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    parent: str = ""
    source: str = ""
    spelt_today: str = ""  # the name of its time with today's country name ("... Bulgaria-Türkiye"): its own alias


def _places_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for name, code in tomllib.loads(PLACES.read_text("utf-8"))["names"].items():
        names[code].append(name)
    return names


EXTRA = _places_names()
"""Every spelling places.toml knows, used to read the titles of programmes.csv."""

LONG_FORMS = {
    # Forms that programme names use beside CLDR's short name, by language.
    ("CZ", "en"): ["Czech Republic"], ("CZ", "cs"): ["Česká republika", "ČR"], ("CZ", "pl"): ["Republika Czeska"],
    ("CZ", "de"): ["Tschechische Republik"], ("CZ", "sk"): ["Česká republika", "ČR"], ("SK", "en"): ["Slovak Republic"],
    ("SK", "sk"): ["Slovenská republika", "SR"], ("NL", "en"): ["The Netherlands"],
    # North Macedonia's name before 2019, which the programmes of 2007-2013 and 2014-2020 carry in every language.
    ("MK", "en"): ["Former Yugoslav Republic of Macedonia", "the former Yugoslav Republic of Macedonia", "FYROM"], ("MK", "el"): ["Πρώην Γιουγκοσλαβική Δημοκρατία της Μακεδονίας", "ΠΓΔΜ"],
    ("MK", "bg"): ["бивша югославска република Македония"],
    ("BA", "en"): ["Bosnia and Herzegovina"], ("TR", "en"): ["Turkey"], ("MD", "en"): ["Moldova", "Republic of Moldova"],
    ("GB", "en"): ["UK"], ("HR", "hr"): ["Republika Hrvatska"], ("PL", "pl"): ["Rzeczpospolita Polska"], ("RS", "sr_Latn"): ["Republika Srbija"],
    # The neighbours' official long forms in each other's language, as the 2007-2013 programmes wrote them.
    ("SK", "cs"): ["SR", "Slovenská republika"], ("PL", "cs"): ["Polská republika"], ("SK", "pl"): ["Republika Słowacka"],
    ("PL", "sk"): ["Poľská republika"], ("RS", "sr"): ["Република Србија"],
}


def _languages(code: str) -> list[str]:
    found = [lang for lang in get_official_languages(code) if "_" not in lang or lang == "sr_Latn"]
    return found[:3]


def country_names(code: str, language: str) -> list[str]:
    if code in REGIONS:
        return REGIONS[code][1]
    names = {Locale.parse(language).territories.get(code, ""), *LONG_FORMS.get((code, language), ())}
    if language == "en":
        names.add(ENGLISH.get(code, ""))
    return sorted(name for name in names if name and "(" not in name and "&" not in name)


ENGLISH_OF_ITS_TIME = {
    ("MK", "2007-2013"): "the former Yugoslav Republic of Macedonia",
    **{("TR", period): "Turkey" for period in ("2000-2006", "2007-2013", "2014-2020")},
}
"""A period whose programmes ended before a country was renamed keeps the name they carried (North Macedonia, 2019;
Türkiye, 2022); the aliases keep both spellings."""


def _core_of_its_time(period: str, sides: list[str] | None, core: str) -> str:
    if not sides or not any((side, period) in ENGLISH_OF_ITS_TIME for side in sides):
        return core
    return "-".join(ENGLISH_OF_ITS_TIME.get((side, period)) or english(side) for side in sides)


def english(code: str) -> str:
    return code if code in REGIONS else ENGLISH.get(code) or Locale("en").territories[code]


def pair_aliases(sides: list[str], bare: bool) -> dict[str, list[str]]:
    """By language: 'Czech Republic-Poland', 'Czechy-Polska', 'Česko-Polsko' ... in both orders (for two sides).

    Under "": the ISO codes ('CZ-PL'), which only follow "Interreg".
    """
    real = [REGIONS[side][0] if side in REGIONS else side for side in sides]
    languages = ["en"] + [lang for side in real for lang in _languages(side)]
    found: dict[str, set[str]] = defaultdict(set)
    orders = [sides, sides[::-1]] if len(sides) == 2 else [sides]
    for order in orders:
        for language in dict.fromkeys(languages):
            choices = [country_names(side, language) for side in order]
            combos = [[]]
            for options in choices:
                combos = [combo + [option] for combo in combos for option in options]
            found[language.split("_")[0]].update("-".join(combo) for combo in combos)
        # Each side in its own language: "Italia-Österreich", "Česko-Polska".
        own = [country_names(side, _languages(real_side)[0]) if _languages(real_side) else [] for side, real_side in
               zip(order, [REGIONS[side][0] if side in REGIONS else side for side in order])]
        combos = [[]]
        for options in own:
            combos = [combo + [option] for combo in combos for option in options]
        found["en"].update("-".join(combo) for combo in combos if combo)
        if bare and all(side not in REGIONS for side in order):
            found[""].add("-".join(order))
            found[""].add("-".join(EU_CODES.get(side, side) for side in order))
            # Codes and the sides' own capital abbreviations mix: "Interreg V-A SK-ČR".
            short = [
                dict.fromkeys([side, EU_CODES.get(side, side)] + [
                    name for language in _languages(side) for name in country_names(side, language)
                    if name.isupper() and len(name) <= 3
                ])
                for side in order
            ]
            combos = [[]]
            for options in short:
                combos = [combo + [option] for combo in combos for option in options]
            found[""].update("-".join(combo) for combo in combos)
    return {language: sorted(names) for language, names in found.items()}


def _sides(title: str) -> list[str] | None:
    """Country codes (or region keys) named in a title such as 'Germany/Bayern-Czech Republic'."""
    title = re.sub(r"^Germany \((Mecklenburg-Vorpommern-Brandenburg)\)\s*-", r"Germany/\1-", title)
    title = re.sub(r"\s*\([^)]*\)", "", title).replace("–", "-").strip()
    by_name = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2:
            by_name[name.casefold()] = code
    for code, names in EXTRA.items():
        for name in names:
            by_name[name.casefold()] = code
    by_name.update({"turkey": "TR", "bosnia and herzegovina": "BA", "czechia": "CZ", "former yugoslav republic of macedonia": "MK", "republic of moldova": "MD", "the netherlands": "NL"})
    for key, (_, names) in REGIONS.items():
        for name in names:
            by_name[("germany/" + name).casefold()] = key
            by_name[name.casefold()] = key
    by_name["germany/mwp/brandenburg"] = "Mecklenburg-Vorpommern/Brandenburg"
    by_name["germany/mecklenburg-vorpommern-brandenburg"] = "Mecklenburg-Vorpommern/Brandenburg"
    title = title.replace("Germany - Mecklenburg", "Germany/Mecklenburg").replace(" -", "-").replace("- ", "-")
    title = re.sub(r"(?i)^germany\s*/?\s*mecklenburg-vorpommern-brandenburg", "Germany/Mecklenburg-Vorpommern-Brandenburg", title)
    sides: list[str] = []
    rest = title
    while rest:
        for name in sorted(by_name, key=len, reverse=True):
            if rest.casefold().startswith(name) and (len(rest) == len(name) or rest[len(name)] in "- "):
                sides.append(by_name[name])
                rest = rest[len(name):].lstrip("- ")
                break
        else:
            return None
    return sides if len(sides) >= 2 else None


def _prefixes(period: str, kind: str) -> list[str]:
    generation = GENERATION[period]
    if kind == "IPA":
        return ["Interreg IPA CBC", "Interreg IPA", "IPA CBC", "IPA Cross-border Cooperation Programme",
                f"Interreg {generation}-A IPA CBC", f"Interreg {generation}-A IPA", f"Interreg {generation}-A"][: 7 if period != "2007-2013" else 4]
    if kind == "ENI":
        return ["ENI CBC", "ENI CBC Programme", "ENI Cross-border Cooperation Programme"]
    if kind == "ENPI":
        return ["ENPI CBC", "ENPI CBC Programme", "ENPI Cross-border Cooperation Programme"]
    if kind == "NEXT":
        return ["Interreg NEXT", f"Interreg {generation}-A NEXT", f"Interreg {generation}-A"]
    if kind == "PHARE":
        # "PHARE" in capitals keeps its case when matched: the programmes' own "Phare" is a spelling of its own.
        names = [f"{phare} {rest}" for phare in ("PHARE", "Phare") for rest in ("CBC", "CBC Programme", "Cross-border Cooperation Programme")]
        # "programul Phare" is itself a name of PHARE: the longer name must start where it does.
        return names + [f"{word} {phare} CBC" for word in ("Programul", "Programului", "Program", "Programu") for phare in ("PHARE", "Phare")]
    if period == "2000-2006":
        return ["Interreg III-A", "Interreg III"]
    if period == "2007-2013":
        return ["Interreg IV-A", "Interreg IV"]
    return [f"Interreg {generation}-A", f"Интеррег {generation}-A"]  # Bulgarian, Serbian and Macedonian write it in Cyrillic


COOPERATION = {
    # How a cross-border programme is called in front of its countries' names, by language.
    "en": ["Cross-border Cooperation Programme", "Cross-Border Cooperation Programme", "Operational Programme Cross-border Cooperation",
           "Operational Programme of Territorial Cooperation", "Territorial Cooperation Programme", "Cooperation Programme",
           "European Territorial Cooperation Programme", "Joint Operational Programme"],
    "it": ["Programma per la Cooperazione Transfrontaliera", "Programma di Cooperazione Transfrontaliera", "Programma di Cooperazione"],
    "de": ["Kooperationsprogramm", "Programm zur grenzübergreifenden Zusammenarbeit", "Programm der grenzüberschreitenden Zusammenarbeit"],
    "pl": ["Program Współpracy Transgranicznej", "Programu Współpracy Transgranicznej", "Program Operacyjny Współpracy Transgranicznej",
           "Programu Operacyjnego Współpracy Transgranicznej"],
    "cs": ["Program přeshraniční spolupráce", "Programu přeshraniční spolupráce", "Operační program přeshraniční spolupráce"],
    "sk": ["Program cezhraničnej spolupráce", "Programu cezhraničnej spolupráce"],
    "sl": ["Program sodelovanja", "Programa sodelovanja", "Program čezmejnega sodelovanja"],
    "hr": ["Program prekogranične suradnje", "Programa prekogranične suradnje", "IPA program prekogranične suradnje",
           "Program Interreg IPA prekogranične suradnje", "Programa Interreg IPA prekogranične suradnje"],
    # Macedonian, Albanian, Ukrainian and Russian. Serbian and Bosnian "program prekogranične saradnje" were measured
    # and left out: on pages kept aside for measuring they named no programme more and one wrongly.
    "mk": ["Програма за прекугранична соработка", "Програмата за прекугранична соработка", "ИПА програма за прекугранична соработка",
           "ИПА програмата за прекугранична соработка", "Interreg IPA програма за прекугранична соработка"],
    "sq": ["Programi i Bashkëpunimit Ndërkufitar", "Programit të Bashkëpunimit Ndërkufitar", "Programi IPA i Bashkëpunimit Ndërkufitar",
           "Programit IPA të Bashkëpunimit Ndërkufitar"],
    "uk": ["Програма транскордонного співробітництва", "Програми транскордонного співробітництва", "Спільна операційна програма"],
    "ru": ["Программа приграничного сотрудничества", "Программы приграничного сотрудничества"],
    "el": ["Πρόγραμμα Διασυνοριακής Συνεργασίας", "Προγράμματος Διασυνοριακής Συνεργασίας", "Πρόγραμμα Εδαφικής Συνεργασίας"],
    "ro": ["Programul de Cooperare Transfrontalieră", "Programului de Cooperare Transfrontalieră", "Programul IPA de Cooperare Transfrontalieră",
           "Programului IPA de Cooperare Transfrontalieră", "Programul Interreg IPA de Cooperare Transfrontalieră", "Programul Operațional Comun",
           "Programului Operațional Comun"],
    "bg": ["Програма за трансгранично сътрудничество", "Програмата за трансгранично сътрудничество",
           "Програма за трансгранично сътрудничество ИНТЕРРЕГ-ИПП", "Програмата за трансгранично сътрудничество ИНТЕРРЕГ-ИПП",
           "Програма ИНТЕРРЕГ-ИПП", "Програмата ИНТЕРРЕГ-ИПП", "Програма за трансгранично сътрудничество ИПП"],
    "hu": ["Határon Átnyúló Együttműködési Program"],
    "fr": ["Programme de coopération transfrontalière"],
    "es": ["Programa de Cooperación Transfronteriza"],
    "pt": ["Programa de Cooperação Transfronteiriça"],
    "lt": ["Bendradarbiavimo per sieną programa"],
    "lv": ["Pārrobežu sadarbības programma"],
    "nl": ["Samenwerkingsprogramma"],
}


COOPERATION_AFTER = {
    # Languages that put the countries first: "Hungary-Serbia IPA Cross-border Co-operation Programme". Hungarian's
    # "Magyarország-Szerbia ... Együttműködési Program" was measured and left out like the Serbian phrases above.
    "en": ["Cross-border Cooperation Programme", "Cross-Border Cooperation Programme", "Cross-border Co-operation Programme",
           "IPA Cross-border Cooperation Programme", "IPA Cross-border Co-operation Programme", "Cross-border Programme",
           "Joint Operational Programme"],
    "tr": ["Sınır Ötesi İşbirliği Programı", "IPA Sınır Ötesi İşbirliği Programı"],
}


def _cooperation_names(by_language: dict[str, list[str]], years: str) -> list[str]:
    """'Program Współpracy Transgranicznej Czechy-Polska 2014-2020': each language's phrase with its own names."""
    return [
        f"{prefix} {name}{years}"
        for language, names in by_language.items()
        for prefix in COOPERATION.get(language, [])
        for name in names
    ] + [
        f"{name} {suffix}{years}"
        for language, names in by_language.items()
        for suffix in COOPERATION_AFTER.get(language, [])
        for name in names
    ]


def _period_name(period: str, kind: str, core: str) -> str:
    generation = GENERATION[period]
    if period == "2000-2006":
        return f"PHARE CBC {core} 2000-2006" if kind == "PHARE" else f"Interreg IIIA {core} 2000-2006"
    if kind == "IPA" and period == "2007-2013" and "-" not in core:
        return f"IPA {core} CBC 2007-2013"  # a programme named after its area puts the instrument first: "IPA Adriatic CBC"
    if period == "2007-2013":
        return {"IPA": f"IPA CBC {core} 2007-2013", "ENPI": f"ENPI CBC {core} 2007-2013"}.get(kind, f"{core} 2007-2013")
    if kind == "IPA":
        return f"Interreg IPA CBC {core}" if period == "2014-2020" else f"Interreg {generation}-A IPA {core}"
    if kind == "ENI":
        return f"ENI CBC {core}"
    if kind == "NEXT":
        return f"Interreg NEXT {core}"
    return f"Interreg {generation}-A {core}"


def _parent_name(kind: str, core: str) -> str:
    return {"IPA": f"Interreg IPA {core}", "ENI": f"ENI CBC {core}", "NEXT": f"Interreg NEXT {core}"}.get(kind, f"Interreg {core}")


def build(folder: Path) -> list[Entry]:
    rows = []
    with (folder / "programmes.csv").open(encoding="utf-8") as listing:
        records = list(csv.DictReader(listing))
    for row in records:
        if row["programme_kind"] != "Interreg" or row["strand"] not in {"A", "D"}:
            continue
        instrument = row["instrument"]
        kind = "IPA" if "IPA" in instrument else "NEXT" if "NX" in instrument else "ENI" if "ENI" in instrument or "M5" in instrument else "Interreg"
        title = re.sub(r"^(?:Interreg\s+(?:VI?-[AD]|IPA\s+CBC)|PEACE)\s*(?:-\s*|IPA\s+)?", "", row["name_en"]).strip()
        rows.append((row["period"], row["cci"], row["strand"], kind, title, row["countries_iso2"], "programmes.csv"))
    rows += [(period, cci, strand, kind, core, countries, source) for period, cci, strand, kind, core, countries, source in MISSING]
    rows = [row for row in rows if row[0] != "2007-2013"] + [row for row in MISSING if row[0] == "2007-2013"]
    # A 2014-2020 pair of member states of 2007 had a 2007-2013 programme of the same two countries.
    for period, cci, strand, kind, title, countries, _ in list(rows):
        codes = countries.split(";") if countries else []
        if period == "2014-2020" and kind == "Interreg" and len(codes) == 2 and set(codes) <= EU_2007 and cci not in BRANDS:
            rows.append(("2007-2013", "", "A", "Interreg", title, countries, "2007-2013 programme of the same two countries as " + cci))
    seen_sets: dict[tuple[str, frozenset[str]], int] = defaultdict(int)
    parsed = []
    for period, cci, strand, kind, title, countries, source in rows:
        if not title:
            continue
        sides = _sides(title)
        brand = BRANDS.get(cci) or BRANDS.get(f"{period} {title}")
        if not sides and not brand and source != "programmes.csv":
            brand = (title, [title])  # a programme named after its area (Kolarctic, Karelia)
        codes = countries.split(";") if countries else ([REGIONS[s][0] if s in REGIONS else s for s in sides] if sides else [])
        key = frozenset(sides or ())
        if sides:
            seen_sets[(period, key)] += 1
        parsed.append((period, cci, strand, kind, title, codes, source, sides, brand))
    cores_of_set: dict[frozenset[str], set[str]] = defaultdict(set)
    for *_, sides, brand in parsed:
        if sides:
            cores_of_set[frozenset(sides)].add(brand[0] if brand else "-".join(english(side) for side in sides))
    entries: dict[str, Entry] = {}
    # "Interreg Hungary-Serbia": pages drop the IPA or NEXT of a programme's name; such a name is kept for
    # it only where no programme of the same border is called so (Hungary-Croatia is both).
    without_instrument: dict[str, set[str]] = defaultdict(set)
    for period, cci, strand, kind, title, codes, source, sides, brand in parsed:
        if not sides and not brand:
            continue  # outermost-region programmes named after oceans and islands: no country pair to read
        unique = bool(sides) and seen_sets[(period, frozenset(sides))] == 1
        if brand and period in ("2000-2006", "2007-2013") and len(cores_of_set[frozenset(sides or ())]) > 1:
            unique = False  # the border's bare names already stand for another programme of another period
        if brand:
            core = brand[0]
        else:
            core = "-".join(english(side) for side in sides)
        cores = list(brand[1]) if brand else []
        by_language = {"en": [core] + cores}
        if sides and (unique or not brand):
            for language, names in pair_aliases(sides, bare=True).items():
                by_language[language] = by_language.get(language, []) + names
                cores += names
        cores = list(dict.fromkeys([core] + cores))
        parent = _parent_name(kind, core)
        # A 2000-2006 title names its borders even where the successor took a brand ("Spain-Portugal", not POCTEP).
        named_core = title if period == "2000-2006" and sides else _core_of_its_time(period, sides, core)
        name = _period_name(period, kind, named_core)
        entry = entries.setdefault(name, Entry(name, period, strand, "Interreg", codes, source=source))
        if cci:
            entry.codes.append(cci)
        aliases = [f"{prefix} {c}" for prefix in _prefixes(period, kind) for c in cores]
        if not (period == "2000-2006" and sides) and named_core != core:
            entry.spelt_today = _period_name(period, kind, core)
        years = period
        if kind == "PHARE":
            # The PHARE side of a border: its own names, with or without the period; the Interreg IIIA side has the rest.
            entry.aliases = sorted(set(entry.aliases) | set(aliases) | {f"{alias} {years}" for alias in aliases})
            continue
        if kind == "IPA" and not sides:
            # "IPA Adriatic CBC Programme": the instrument before the area, CBC after it.
            aliases += [f"IPA {c} {suffix}" for c in cores for suffix in ("CBC", "CBC Programme", "Cross-border Cooperation Programme")]
        # "Interreg Czech Republic-Poland 2014-2020": the parent's name with the period names this period's programme.
        aliases += [f"Interreg {c} {years}" for c in cores]
        if kind == "ENPI":
            # Their own titles put the instrument after the borders: "Hungary-Slovakia-Romania-Ukraine ENPI CBC Programme".
            aliases += [f"{c} {suffix}{end}" for c in cores for suffix in ("ENPI CBC", "ENPI CBC Programme",
                        "ENPI Cross-border Cooperation Programme") for end in ("", " " + years)]
        if kind != "ENPI":  # ENPI names carry the instrument after the borders (above)
            aliases += _cooperation_names({k: v for k, v in by_language.items() if k}, " " + years)
        if core.startswith("PEACE"):
            # The PEACE programmes go by their own name without "Interreg": "the PEACE PLUS Programme".
            aliases += [f"{c} Programme" for c in cores]
        entry.aliases = sorted(set(entry.aliases) | set(aliases))
        if kind == "ENPI" or (kind == "IPA" and not sides):
            continue  # the ENI programme of the same border, named without its period, is an entry of 2014-2020
        if parent != name:
            # ENI CBC and Interreg NEXT names carry no generation: the period's entry is its own period-neutral one.
            entry.parent = parent
        neutral = entries.setdefault(parent, Entry(parent, "", strand, "Interreg", codes, source="parent of the period entries"))
        neutral.period = _span(neutral.period, period)
        # "IPA" alone: the 2007-2013 programmes' own titles ("IPA Cross-border Programme", "πρόγραμμα ... IPA «...»").
        prefixes = {
            "IPA": ["Interreg IPA", "Interreg IPA CBC", "IPA CBC", "IPA", "Интеррег-ИПП", "Интеррег ИПА"], "ENI": ["ENI CBC"], "NEXT": ["Interreg NEXT"],
        }.get(kind, ["Interreg", "Интеррег"])
        names = {f"{prefix} {c}" for prefix in prefixes for c in cores}
        cooperation = _cooperation_names({k: v for k, v in by_language.items() if k}, "")
        if kind == "Interreg":
            names.update(cooperation)
        neutral.aliases = sorted(set(neutral.aliases) | names)
        if kind in ("IPA", "NEXT"):
            without_instrument[parent].update(f"Interreg {c}" for c in cores)
        if kind != "Interreg":
            # "Cross-border Cooperation Programme Hungary-Croatia" without a period: the Interreg programme of the
            # border when there is one (2014-2020), the instrument's programme (IPA 2007-2013) only where there is none.
            without_instrument[parent].update(cooperation)
    owned = {_key(alias) for entry in entries.values() for alias in entry.aliases}
    for parent, names in without_instrument.items():
        entries[parent].aliases = sorted(set(entries[parent].aliases) | {name for name in names if _key(name) not in owned})
    # A 2021-2027 title that names an area ("Interreg VI-A - Öresund-Kattegat-Skagerrak") gives no countries:
    # the programme of the same area in the other period does.
    for entry in entries.values():
        if not entry.countries:
            siblings = [other.countries for other in entries.values() if other.parent == entry.parent and other.countries]
            entry.countries = siblings[0] if siblings else entries[entry.parent].countries
    return list(entries.values())


def _span(current: str, period: str) -> str:
    years = [int(y) for y in (current + "-" + period).strip("-").split("-")]
    return f"{min(years)}-{max(years)}"


def _without_shared(entries: list[Entry]) -> None:
    """An alias generated for two programmes names neither: drop it from both (a renamed one's name of today excepted)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for alias in entry.aliases:
            owners[_key(alias)].add(entry.name)
    # A renamed programme's name in today's spelling is its own, though its parent's and successor's aliases share it.
    spelt_today = {_key(entry.spelt_today): entry.name for entry in entries if entry.spelt_today}
    for entry in entries:
        entry.aliases = [
            alias for alias in entry.aliases if len(owners[_key(alias)]) == 1 and spelt_today.get(_key(alias), entry.name) == entry.name
        ]
        if entry.spelt_today:
            entry.aliases = sorted({*entry.aliases, entry.spelt_today})


def _key(alias: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", alias.casefold())
    return re.sub(r"[\W_]+", "", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(entries: list[Entry]) -> str:
    lines = [
        "# Cross-border (strand A) Interreg, IPA CBC, ENI CBC and Interreg NEXT programmes.",
        "# GENERATED by corpus/tools/build_cross_border.py from ../shared/data/programmes/programmes.csv",
        "# (CCI codes, English titles, countries) and the programmes' own names listed in that script.",
        "# Do not edit by hand: change the script and run it again. Fields as in programmes.toml, plus",
        "#   strand     A cross-border (D outermost regions)",
        "#   countries  the participating countries (ISO 3166-1 alpha-2); a project of the programme is",
        "#              a project of these countries",
        "#   parent     the period-neutral programme that this period's programme replaces when both are named",
        "#   codes      CCI codes; source: where the entry comes from",
        "",
    ]
    for entry in sorted(entries, key=lambda item: (item.parent != "", item.name)):
        lines += [
            "[[programme]]",
            f"name = {_quote(entry.name)}",
            f"period = {_quote(entry.period)}",
            f"family = {_quote(entry.family)}",
            f"strand = {_quote(entry.strand)}",
            "countries = [" + ", ".join(_quote(code) for code in entry.countries) + "]",
        ]
        if entry.codes:
            lines.append("codes = [" + ", ".join(_quote(code) for code in sorted(set(entry.codes))) + "]")
        if entry.parent:
            lines.append(f"parent = {_quote(entry.parent)}")
        lines.append(f"source = {_quote(entry.source)}")
        lines.append("aliases = [")
        lines += [f"  {_quote(alias)}," for alias in entry.aliases]
        lines += ["]", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data" / "programmes"
    entries = build(folder)
    _without_shared(entries)
    OUT.write_text(write(entries), "utf-8")
    print(f"{OUT}: {len(entries)} programmes, {sum(len(entry.aliases) for entry in entries)} aliases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
