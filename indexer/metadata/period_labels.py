"""The labels a project box puts before its start and its end, in the languages of EU project pages.

A label is a word of its own ("Ende" opens no "Wochenende", "fin" no "Delfin"), may name whose
start it is ("Début du projet", "Početak provedbe", "Начало на проекта") and ends right before
the value, after at most a colon, a dash or a line break.
"""

from __future__ import annotations

import re

from indexer.metadata.project_words import PROJECT_WORD_PATTERN

START_WORDS = (
    # English, German, Dutch, Scandinavian
    r"start(?:ing)?\s*date|start(?:ing)?\s+year|year\s+of\s+start|start|begin|beginning|project\s+start|date\s+of\s+start|started\s+on|kick-?off(?:\s+meeting)?",
    r"projektbeginn|projektstart|beginn|laufzeitbeginn|start\s+datum|startdatum|startdato|aanvang|begindatum",
    # Romance
    r"date\s+de\s+d[eé]but|d[eé]but|date\s+de\s+d[eé]marrage|d[eé]marrage|lancement",
    r"fecha\s+de\s+inicio|inicio|data\s+de\s+in[ií]cio|in[ií]cio|data\s+(?:di\s+)?inizio|inizio|data\s+di\s+avvio|data\s+avvio|avvio",
    r"data\s+(?:de\s+)?[iî]nceput|[iî]nceput|data\s+[iî]nceperii|data\s+de\s+[iî]ncepere|[iî]ncepere",
    # Slavic
    r"data\s+rozpocz[eę]cia|rozpocz[eę]cie|pocz[aą]tek|datum\s+po[cč]etka|po[cč]etak|za[cč]etek|za[cč]iatok|za[cč][aá]tek|zah[aá]jen[ií]",
    r"d[aá]tum\s+za[cč]atia|datum\s+zah[aá]jen[ií]|datum\s+za[cč]etka|начало|дата\s+на\s+(?:започване|стартиране|начало)",
    # Greek, Baltic, Finnic, Hungarian, Maltese
    r"ημερομηνία\s+έναρξης|έναρξη|αρχή|prad[zž]ia|prad[zž]ios\s+data|s[aā]kums|s[aā]kuma\s+datums|algus|alguskuup[aä]ev",
    r"alkamisp[aä]iv[aä]|alkamisaika|aloitus|aloitusp[aä]iv[aä]|kezdete|kezd[eé]se?|kezd[oő]\s+d[aá]tum|bidu",
    # Serbian, Macedonian and Bulgarian Cyrillic, Albanian, Irish
    r"почетак|почеток|датум\s+(?:на\s+)?почет(?:ка|окот)|начална\s+дата|data\s+e\s+fillimit|fillimi|d[aá]ta\s+tosaigh",
)
END_WORDS = (
    r"end\s*date|end(?:ing)?\s+year|year\s+of\s+(?:end|completion)|end|project\s+end|completion\s+date|completion|date\s+of\s+end|ends\s+on|closure",
    r"projektende|ende|laufzeitende|projektabschluss|abschluss|enddatum|einddatum|einde|slutdatum|slutdato|sluttdato|projektslut|slut",
    r"date\s+de\s+fin|fin|date\s+d'ach[eè]vement|ach[eè]vement|cl[oô]ture",
    r"fecha\s+de\s+(?:fin|finalizaci[oó]n|t[eé]rmino)|finalizaci[oó]n|data\s+de\s+(?:fim|conclus[aã]o)|fim|conclus[aã]o|t[eé]rmino",
    r"data\s+(?:di\s+)?fine|fine|data\s+di\s+conclusione|conclusione|data\s+(?:di\s+)?termine",
    r"data\s+(?:de\s+)?sf[aâ]r[sșş]it|sf[aâ]r[sșş]it|data\s+finaliz[aă]rii|data\s+de\s+finalizare|finalizare|data\s+de\s+[iî]ncheiere",
    r"data\s+zako[nń]czenia|zako[nń]czenie|koniec|datum\s+zavr[sš]etka|zavr[sš]etak|konec|ukon[cč]en[ií]e?|zaklju[cč]ek",
    r"d[aá]tum\s+ukon[cč]enia|datum\s+ukon[cč]en[ií]|datum\s+zaklju[cč]ka|край|дата\s+на\s+(?:приключване|завършване|край)|приключване",
    r"ημερομηνία\s+λήξης|λήξη|ολοκλήρωση|pabaiga|pabaigos\s+data|beigas|beigu\s+datums|l[oõ]pp|l[oõ]ppkuup[aä]ev",
    r"p[aä][aä]ttymisp[aä]iv[aä]|p[aä][aä]ttymisaika|p[aä][aä]ttyminen|v[eé]ge|befejez[eé]se?|z[aá]r[aá]sa?|tmiem",
    r"завршетак|крај|датум\s+(?:на\s+)?(?:завршетка|завршување)|крайна\s+дата|data\s+e\s+p[eë]rfundimit|p[eë]rfundimi|"
    r"d[aá]ta\s+(?:cr[ií]ochnaithe|deiridh)",
)
OWNER = (
    r"(?:of\s+(?:the\s+)?|d[eu]l?\s+|de\s+la\s+|dell[ao]?\s+|dell'|d'|do\s+|da\s+|des\s+|der\s+|a\s+|na\s+|на\s+|van\s+(?:het\s+)?|tal-?|"
    r"t[eë]\s+|an\s+)?"
    r"(?:" + PROJECT_WORD_PATTERN + r"|provedbe|realiz\w*|"
    r"реализ\w*|implementa\w*|izvajanja|activit\w*|action|actividad\w*|attivit\w*)"
)
"""Whose start or end it is: "of the project", "du projet", "del progetto", "a proiectului", "на проекта"."""


IS_ON = r"(?:\s+(?:is|was|ist|war|est|était|è|es|fue|é|foi|jest|je|bude|będzie|er|var|är|blev|on|oli|van|volt))?(?:\s+(?:on|am|le|il|el|em|w|dne|den|op|per|zum|the))*"
"""A label told as a sentence: "Projektende ist am 28.02.2017", "the project start was on 1 March 2019"."""


DATE_NOUN = r"(?:\s+(?:id[oő]pontja|id[oő]pont|d[aá]tuma|d[aá]tum|ideje|date|datum|dato))?"
"""A date's noun after the start or end it dates, as Hungarian puts it: "Kezdés időpontja", "Befejezés dátuma", "Ende Datum"."""


def _label(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?:\s+" + OWNER + r"){0,2}" + DATE_NOUN + IS_ON + r"\W{0,12}$", re.IGNORECASE)


def _event(words: tuple[str, ...]) -> re.Pattern[str]:
    """An event's name, maybe whose it is and a few words ("took place on"), right before its date."""
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?:\s+" + OWNER + r")?(?:\s+[^\W\d_]+){0,6}?\W{0,12}$", re.IGNORECASE)


START_LABEL = _label(START_WORDS)
END_LABEL = _label(END_WORDS)


CLOSING_EVENT_WORDS = (
    r"closing\s+(?:event|conference|ceremony|seminar)|final\s+(?:conference|event|seminar|meeting|symposium)",
    r"abschlusskonferenz|abschlussveranstaltung|abschlusstagung|slotconferentie|slotevenement|slotbijeenkomst",
    r"conf[eé]rence\s+(?:finale|de\s+cl[oô]ture)|[eé]v[eé]nement\s+(?:final|de\s+cl[oô]ture)|s[eé]minaire\s+final",
    r"evento\s+(?:finale|final|de\s+(?:clausura|cierre|encerramento))|conferenza\s+finale|convegno\s+finale|"
    r"conferencia\s+final|jornada\s+final|confer[eê]ncia\s+final",
    r"konferencj\w+\s+(?:ko[nń]cow\w*|podsumowuj\w*|zamykaj\w*)|z[aá]v[eě]re[cč]n\w+\s+konferenc\w*|"
    r"zaklju[cč]n\w+\s+(?:konferenc\w*|dogod\w*)|zavr[sš]n\w+\s+(?:konferencij\w*|doga[dđ]aj\w*)",
    r"z[aá]r[oó]konferenci\w*|z[aá]r[oó]rendezv[eé]ny\w*|conferin[tțţ]\w*\s+final\w*|eveniment\w*\s+de\s+[iî]nchidere",
    r"заключителн\w+\s+(?:конференция|събитие|среща)|завршн\w+\s+(?:конференциј\w*|настан\w*)|"
    r"τελικ\w+\s+(?:συνέδριο|εκδήλωση|ημερίδα)",
    r"baigiamoj\w+\s+(?:konferencij\w*|renginy\w*)|nosl[eē]guma\s+(?:konferenc\w*|pas[aā]kum\w*)|"
    r"l[oõ]pukonverents\w*|l[oõ]puseminar\w*|l[oõ]puüritus\w*",
    r"loppuseminaari\w*|loppukonferenssi\w*|p[aä][aä]t[oö]sseminaari\w*|slutkonferens\w*|afslutningskonference\w*|"
    r"sluttkonferanse\w*|konferenc\w+\s+p[eë]rmbyll[eë]se|konferenza\s+finali",
)
CLOSING_EVENT = _event(CLOSING_EVENT_WORDS)
"""A project's closing event before its date: the day its work is shown and ends ("Final conference: 15 June 2021")."""


OPENING_EVENT_WORDS = (
    r"kick-?off(?:\s+(?:meeting|event|conference|workshop))?|opening\s+(?:conference|event|meeting)|launch\s+(?:event|conference|meeting)",
    r"auftakt(?:veranstaltung|treffen|konferenz|tagung)\w*|kick-?off-?(?:meeting|treffen|veranstaltung)\w*|startbijeenkomst|startconferentie",
    r"r[eé]union\s+de\s+lancement|s[eé]minaire\s+de\s+lancement|conf[eé]rence\s+de\s+lancement|[eé]v[eé]nement\s+de\s+lancement",
    r"riunione\s+di\s+(?:avvio|lancio)|evento\s+di\s+(?:avvio|lancio)|conferenza\s+di\s+(?:avvio|lancio)|reuni[oó]n\s+de\s+(?:lanzamiento|arranque)|"
    r"reuni[aã]o\s+de\s+(?:arranque|lan[cç]amento)",
    r"spotkani\w+\s+(?:inauguracyjn\w*|otwieraj\w*|startow\w*)|konferencj\w+\s+(?:otwieraj\w*|inauguracyjn\w*)|"
    r"[uú]vodn[ií]\w*\s+(?:setk[aá]n[ií]|konferenc\w*|stretnuti\w*)|uvodn\w+\s+(?:sastan\w*|konferencij\w*|sestan\w*|konferenc\w*)",
    r"nyit[oó]\s*(?:konferenci\w*|rendezv[eé]ny\w*|megbesz[eé]l[eé]s\w*)|conferin[tțţ]\w*\s+de\s+(?:lansare|deschidere)|"
    r"встъпителн\w+\s+(?:среща|конференция)|откриващ\w*\s+(?:среща|конференция)|εναρκτήρι\w+\s+(?:συνάντηση|εκδήλωση|συνέδριο)",
    r"avaseminar\w*|avakonverents\w*|aloitusseminaari\w*|avausseminaari\w*|aloituskokous\w*|startkonferens\w*|uppstartsm[oö]te\w*|"
    r"opstartsm[oø]de\w*|oppstartsm[oø]te\w*",
)
OPENING_EVENT = _event(OPENING_EVENT_WORDS)
"""A project's opening event before its date: the day its work begins ("The kick-off meeting took place on 12 March 2016")."""
