"""Facet metadata for one document: programmes, years, countries, title, acronym, budget, partners.

Precedence, field by field: the sidecar (``<file>.meta.json``), then the document's own
properties (PDF info, HTML meta), then the text. Every facet value carries an
:class:`Evidence` saying where it came from, so ``projsearch show`` can explain it.
"""

from __future__ import annotations

import datetime as dt

from indexer.metadata import countries as meta_countries
from indexer.metadata import described
from indexer.metadata import dates as meta_dates
from indexer.metadata import fields as meta_fields
from indexer.metadata import programme_sides
from indexer.metadata import programmes as meta_programmes
from indexer.documents import Evidence, Metadata, RawDocument, Segment, Sidecar
from indexer.metadata.text import snippet
from indexer.metadata.titles import choose_title


def extract_metadata(raw: RawDocument, segments: tuple[Segment, ...]) -> Metadata:
    sidecar = raw.source.sidecar or Sidecar()
    text = raw.text
    evidence: list[Evidence] = []

    languages = _main_languages(segments) or {raw.lang_hint or "en"}
    programmes = _programmes(raw, sidecar, text, evidence, languages)
    start, end, published, years = _dates(raw, sidecar, text, evidence)
    countries = _countries(raw, sidecar, segments, text, evidence)
    if not sidecar.countries:
        if not sidecar.programmes and (inferred := programme_sides.programme_of_sides(programmes, countries, years)):
            # The page said only "Interreg"; the border its partners stand on says which Interreg.
            programmes = (inferred,) + tuple(name for name in programmes if name != programme_sides.FAMILY)
            evidence.append(Evidence("programme", inferred, "countries", ", ".join(countries)))
        countries = _programme_countries(programmes, countries, evidence)
    title = _title(raw, sidecar, evidence)

    acronym = sidecar.acronym
    if acronym:
        evidence.append(Evidence("acronym", acronym, "sidecar"))
    elif found := meta_fields.find_acronym(text):
        acronym = found[0]
        evidence.append(Evidence("acronym", acronym, "text", found[1]))
    budget = None
    if found := meta_fields.find_budget(text):
        budget = found[0]
        evidence.append(Evidence("budget", budget, "text", found[1]))

    return Metadata(
        title=title,
        acronym=acronym,
        programmes=programmes,
        years=years,
        countries=countries,
        start=start,
        end=end,
        published=published,
        budget=budget,
        partners=meta_fields.find_partners(text),
        evidence=tuple(evidence),
    )


def _properties_text(raw: RawDocument) -> str:
    wanted = ("subject", "keywords", "description", "programme", "program", "funding", "og:description")
    return "\n".join(value for key, value in raw.properties if key.lower().split(":")[-1] in wanted or key.lower() in wanted)


def _programmes(raw: RawDocument, sidecar: Sidecar, text: str, evidence: list[Evidence], languages: set[str]) -> tuple[str, ...]:
    if sidecar.programmes:
        names = tuple(dict.fromkeys(meta_programmes.canonical_programme(name) for name in sidecar.programmes))
        evidence.extend(Evidence("programme", name, "sidecar") for name in names)
        return names
    properties = _properties_text(raw)
    if properties:
        # A programme named in the document's own properties is deliberate: it needs no second mention.
        found = [m for m in meta_programmes.find_mentions(properties) if m.weight >= meta_programmes.WEAK]
        strong = [meta_programmes.ProgrammeMention(m.programme, meta_programmes.STRONG, m.snippet, "properties") for m in found]
        decided = meta_programmes.decide_programmes(strong)
        if decided:
            evidence.extend(Evidence("programme", m.programme, "properties", m.snippet) for m in decided)
            # A fund finances programmes: when the text says it co-finances the work, it joins the properties' programme.
            named = {m.programme for m in decided}
            funds = [
                m
                for m in meta_programmes.decide_programmes(meta_programmes.find_mentions(text, raw.alt_texts))
                if m.funding and meta_programmes.is_fund(m.programme) and m.programme not in named
            ]
            evidence.extend(Evidence("programme", m.programme, "text", m.snippet) for m in funds)
            return tuple(m.programme for m in decided + funds)
    mentions = meta_programmes.find_mentions(text, raw.alt_texts) + described.find_described(text, languages)
    decided = meta_programmes.decide_programmes(mentions) or meta_programmes.sole_programme(mentions, text)
    evidence.extend(Evidence("programme", m.programme, m.source, m.snippet) for m in decided)
    return tuple(m.programme for m in decided)


def _dates(
    raw: RawDocument, sidecar: Sidecar, text: str, evidence: list[Evidence]
) -> tuple[dt.date | None, dt.date | None, dt.date | None, tuple[int, ...]]:
    mentions = meta_dates.find_dates(text)
    period = None if (sidecar.start or sidecar.end or sidecar.years) else meta_dates.find_period(text, mentions)
    start = sidecar.start or (period.start if period else None)
    end = sidecar.end or (period.end if period else None)

    published, published_source, published_snippet = sidecar.published, "sidecar", ""
    is_report = raw.source.format == "pdf"
    if published is None:
        found = meta_dates.find_published(text, mentions, period) if is_report else None
        labelled = found is not None and found.precision == "day"
        if raw.published and not labelled:
            published, published_source = raw.published, "properties"
        elif found:
            published, published_source = found.date, "text"
            published_snippet = snippet(text, found.start, found.end)

    if sidecar.years:
        years = tuple(sorted(set(sidecar.years)))
        evidence.extend(Evidence("years", str(year), "sidecar") for year in years)
        return start, end, published, years

    years: dict[int, Evidence] = {}
    if start and end and start <= end:
        source = "sidecar" if sidecar.start or sidecar.end else "text"
        for year in meta_dates.expand_years(start, end):
            years[year] = Evidence("years", str(year), source, period.snippet if period and source == "text" else "")
    if is_report and published:
        # A file's creation date is often a later export: it sorts the report but is no facet year.
        if published_source != "properties" and published.year not in years:
            years[published.year] = Evidence("years", str(published.year), published_source, published_snippet)
    evidence.extend(years[year] for year in sorted(years))
    return start, end, published, tuple(sorted(years))


MAX_PROGRAMME_COUNTRIES = 3
"""A cross-border programme of two or three countries names them all; a wider area (Central Baltic) says less."""


def _countries(
    raw: RawDocument,
    sidecar: Sidecar,
    segments: tuple[Segment, ...],
    text: str,
    evidence: list[Evidence],
) -> tuple[str, ...]:
    if sidecar.countries:
        codes = tuple(dict.fromkeys(code.upper() for code in sidecar.countries))
        evidence.extend(Evidence("country", code, "sidecar") for code in codes)
        return codes
    # The whole text at once: a partner list's heading and its entries often land in different segments.
    languages = _main_languages(segments) or {raw.lang_hint or "en"}
    mentions = meta_countries.find_mentions(text, languages)
    decided = meta_countries.decide_countries(mentions, len(text))
    evidence.extend(Evidence("country", m.code, "text", m.snippet) for m in decided)
    return tuple(m.code for m in decided)


def _programme_countries(programmes: tuple[str, ...], countries: tuple[str, ...], evidence: list[Evidence]) -> tuple[str, ...]:
    codes = list(countries)
    catalogue = meta_programmes.programme_by_name()
    for name in programmes:
        # A project of a cross-border programme is a project of the countries on both sides of its border.
        programme = catalogue.get(name)
        if programme and programme.strand == "A" and len(programme.countries) <= MAX_PROGRAMME_COUNTRIES:
            for code in programme.countries:
                if code not in codes:
                    codes.append(code)
                    evidence.append(Evidence("country", code, "programme", name))
    return tuple(codes)


def _main_languages(segments: tuple[Segment, ...]) -> set[str]:
    """Languages that carry a real share of the text; a misdetected caption adds no country names."""
    sizes: dict[str, int] = {}
    for segment in segments:
        sizes[segment.language] = sizes.get(segment.language, 0) + len(segment.text)
    total = sum(sizes.values()) or 1
    top = max(sizes, key=sizes.__getitem__, default=None)
    return {language for language, size in sizes.items() if size / total >= 0.15 or language == top}


def _title(raw: RawDocument, sidecar: Sidecar, evidence: list[Evidence]) -> str:
    found = choose_title(raw, sidecar)
    evidence.append(found)
    return found.value
