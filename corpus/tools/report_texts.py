"""Texts of the sample PDF reports built by make_reports.py.

Each entry gives the PDF's path under corpus/, its document properties and a list of blocks:
("title", title, subtitle), ("facts", [(label, value)...]), ("h", heading), ("h2", subheading),
("p", paragraph), ("small", note), ("ul", [items]), ("table", [[header...], [cells...]...]),
("break",) for a new page. Paragraph text uses reportlab's mini-markup: escape & as &amp;.
"""

import datetime as dt

REPORTS: list[dict] = []


def report(**spec) -> None:
    REPORTS.append(spec)


# --- FP7: a long final report (the multi-page sample) ---------------------------------------

_HW = "HYDROWATCH – Final publishable report"
report(
    path="reports/fp7/hydrowatch-final-report.pdf",
    title="HYDROWATCH – Early warning of flash floods in small catchments: final report",
    author="HYDROWATCH consortium",
    subject="FP7 collaborative project, grant agreement no. 212493, final publishable summary report",
    keywords="flash floods, early warning, radar nowcasting, FP7",
    created=dt.datetime(2010, 11, 30, 10, 0, 0),
    lang="en-GB",
    running_head=_HW,
    page_label="Page",
    blocks=[
        ("title", "HYDROWATCH", "Early warning of flash floods in small catchments<br/>Final publishable report"),
        ("facts", [
            ("Funding", "Seventh Framework Programme (FP7), Theme 6 Environment (including climate change)"),
            ("Grant agreement", "no. 212493 – collaborative project"),
            ("Project duration", "01/09/2007 - 31/08/2010 (36 months)"),
            ("Coordinator", "Karlsruhe Institute for Water and River Basin Management, Karlsruhe, Germany"),
            ("Date of this report", "30 November 2010"),
        ]),
        ("h", "Executive summary"),
        ("p", "Flash floods in small mountain and hill catchments kill more people in Europe than any other "
              "natural hazard, yet most national warning services are built around large rivers where water "
              "levels rise over days. HYDROWATCH set out to give local authorities a warning lead time of at "
              "least one hour for catchments smaller than 500 km², using weather radar, a dense network of "
              "low-cost rain gauges and simple hydrological models that can run every five minutes."),
        ("p", "Over three years the consortium of seven research institutes and weather services built and "
              "tested a nowcasting chain in six pilot catchments. The chain reached a median lead time of 74 "
              "minutes for the 41 flood events recorded during the project, with a false-alarm ratio below "
              "one in four. Three national services have since adopted parts of the system in their "
              "operational routines."),
        ("break",),
        ("h", "1. Project objectives"),
        ("p", "The project had four scientific and technical objectives:"),
        ("ul", [
            "to improve quantitative precipitation estimates from weather radar in mountainous terrain, "
            "where beam blockage and bright-band effects distort the signal;",
            "to couple radar nowcasts with distributed hydrological models that need little calibration, "
            "so that they can be applied to ungauged catchments;",
            "to express the uncertainty of each warning in a form that mayors and civil protection officers "
            "can act upon;",
            "to test the complete chain with end users in six pilot catchments of different climate and size.",
        ]),
        ("p", "A fifth, cross-cutting objective was to make all software and data formats open, so that "
              "services outside the consortium could reuse the results without licence costs."),
        ("h", "2. Work performed"),
        ("h2", "WP1 – Radar rainfall estimation"),
        ("p", "WP1 compared five correction methods for beam blockage and vertical profile effects using three "
              "years of archived radar data from the pilot regions. A combination of a climatological blockage "
              "map and a real-time gauge adjustment reduced the mean absolute error of hourly rainfall by 38 % "
              "compared with the uncorrected product. The correction code was released as an open library and "
              "runs on ordinary servers in less than ten seconds per radar scan."),
        ("p", "A second task examined dual-polarisation radars, which were being introduced during the project. "
              "The specific differential phase proved robust in heavy rain and was used to flag cells in which "
              "hail would otherwise have been mistaken for extreme rainfall."),
        ("h2", "WP2 – Low-cost rain gauge networks"),
        ("p", "Commercial tipping-bucket gauges are too expensive to install every few kilometres. WP2 designed "
              "a gauge based on a weighing sensor and a mobile data modem, built 120 units and installed them in "
              "the pilot catchments with the help of schools and volunteer fire brigades. After calibration the "
              "low-cost gauges matched reference instruments within 6 % for events above 10 mm."),
        ("break",),
        ("h2", "WP3 – Hydrological modelling"),
        ("p", "WP3 adapted two distributed models to run on a 500 m grid with a five-minute time step. Parameter "
              "sets were transferred from gauged to ungauged catchments through soil and land-cover maps, and a "
              "simple snow module was added for spring events. Hindcasts of 112 historical events showed that "
              "the models captured the timing of the peak within 30 minutes in 80 % of the cases, while peak "
              "magnitudes remained uncertain by a factor of about two."),
        ("p", "The team also tested an ensemble of 20 radar nowcasts produced by perturbing the motion field of "
              "rain cells. The ensemble spread gave a useful measure of forecast uncertainty and was passed on "
              "to WP4 for the design of the warning messages."),
        ("h2", "WP4 – Communicating uncertainty"),
        ("p", "Interviews with 64 civil protection officers and mayors revealed that numbers such as exceedance "
              "probabilities were rarely understood, whereas a three-level colour code combined with the "
              "expected time of the peak led to faster decisions. WP4 designed warning messages for text "
              "messages, e-mail and a web map, and tested them in four table-top exercises."),
        ("p", "A key finding was that warnings should state what the recipient is expected to do, for example "
              "closing a ford or evacuating a campsite, rather than only describing the hazard."),
        ("break",),
        ("h2", "WP5 – Pilot operation"),
        ("p", "The complete chain ran in real time in six pilot catchments from spring 2009 to the end of the "
              "project. Forty-one flood events were recorded. In 34 of them a warning was issued before the "
              "water level crossed the local alert threshold; the median lead time was 74 minutes. Seven events "
              "were missed, mostly short convective storms outside radar coverage, and eleven warnings turned "
              "out to be false alarms."),
        ("table", [
            ["Pilot catchment", "Area (km²)", "Events", "Warned in time", "Median lead time"],
            ["Alb (Black Forest)", "148", "9", "8", "81 min"],
            ["Geul (Limburg)", "340", "5", "4", "95 min"],
            ["Raba (Beskids)", "470", "8", "7", "70 min"],
            ["Jizera (Jizera Mountains)", "212", "7", "6", "62 min"],
            ["Sarantapotamos (Attica)", "96", "6", "4", "48 min"],
            ["Ätran (Halland)", "385", "6", "5", "88 min"],
        ]),
        ("p", "User feedback was collected after each event. Local authorities valued most the map of expected "
              "water depth along roads, which was added during the second pilot season."),
        ("h2", "WP6 – Dissemination and exploitation"),
        ("p", "The project published 27 peer-reviewed papers, organised two summer schools for young "
              "hydrologists and held a final conference with 180 participants from 24 countries. The "
              "open-source software was downloaded more than 2,400 times during the last year of the project."),
        ("break",),
        ("h", "3. Main results and their potential impact"),
        ("p", "HYDROWATCH showed that a useful warning for small catchments does not require expensive "
              "infrastructure: radar data that most countries already collect, a few dozen low-cost gauges and a "
              "model that runs on a single server are enough to gain an hour of lead time. The results feed into "
              "the implementation of the Floods Directive, which asks Member States to include flash floods in "
              "their flood risk management plans."),
        ("ul", [
            "Open radar correction library adopted by two national weather services.",
            "Design and build instructions for the low-cost gauge, published under an open hardware licence.",
            "Warning message templates translated into seven languages.",
            "A training course for civil protection staff, repeated twice after the end of the project.",
        ]),
        ("p", "Remaining gaps concern very small urban catchments, where sewer systems dominate the response, "
              "and the prediction of debris flows, which the models do not represent."),
        ("h", "4. Use of resources"),
        ("p", "The total eligible cost of the project was 3 412 500 EUR, of which the European Union contributed "
              "2 499 870 EUR. Personnel costs accounted for 71 % of the budget, equipment for the gauge networks "
              "for 9 %, and travel and dissemination for the remainder. No major deviations from the description "
              "of work occurred; WP2 was extended by three months because of late delivery of modems."),
        ("break",),
        ("h", "5. Consortium"),
        ("table", [
            ["Partner", "City", "Country"],
            ["Karlsruhe Institute for Water and River Basin Management (coordinator)", "Karlsruhe", "Germany"],
            ["Delft University of Technology, Water Resources Section", "Delft", "Netherlands"],
            ["Institute of Meteorology and Water Management", "Kraków", "Poland"],
            ["Czech Hydrometeorological Institute", "Prague", "Czech Republic"],
            ["National Observatory of Athens, Institute of Environmental Research", "Athens", "Greece"],
            ["Swedish Meteorological and Hydrological Institute", "Norrköping", "Sweden"],
            ["University of Bristol, School of Geographical Sciences", "Bristol", "United Kingdom"],
        ]),
        ("h", "6. Contact"),
        ("p", "Project coordinator: Dr. Martina Keller, Karlsruhe, Germany. Project website and software "
              "repository: see the project portal."),
        ("small", "The research leading to these results has received funding from the European Community's "
                  "Seventh Framework Programme (FP7/2007-2013) under grant agreement no. 212493."),
    ],
)

# --- Horizon Europe: terms of use, one language per page ----------------------------------

_TOU = "SOILBRIDGE data portal"
report(
    path="reports/horizon-europe/soilbridge-terms-of-use.pdf",
    title="SOILBRIDGE data portal – Terms of use / Nutzungsbedingungen / Conditions d'utilisation / Gebruiksvoorwaarden",
    author="SOILBRIDGE project office",
    subject="Terms of use of the SOILBRIDGE living-lab data portal in four languages",
    created=dt.datetime(2024, 3, 1, 9, 0, 0),
    lang="en",
    running_head=_TOU,
    page_label="–",
    blocks=[
        ("title", "Terms of use", "SOILBRIDGE data portal – Version 1.0 – 1 March 2024"),
        ("p", "These terms apply to everyone who consults or downloads data from the SOILBRIDGE data portal. "
              "By using the portal you accept them."),
        ("h2", "1. Content"),
        ("p", "The portal publishes soil measurements, photographs and practice descriptions collected in the "
              "SOILBRIDGE living labs. The data are provided as they are; the project partners do their best to "
              "keep them correct but give no guarantee that they are complete or free of errors."),
        ("h2", "2. Re-use"),
        ("p", "Unless stated otherwise, datasets are licensed under Creative Commons Attribution 4.0. When you "
              "re-use them, cite the dataset and the living lab that produced it. Photographs of farms may only be "
              "re-used with the permission of the farmer concerned."),
        ("h2", "3. Personal data"),
        ("p", "Farm locations are shown at a resolution of one square kilometre so that individual holdings "
              "cannot be identified. Accounts for uploading data are kept only for the duration of the project."),
        ("h2", "4. Funding"),
        ("p", "SOILBRIDGE is funded by the European Union under Horizon Europe. Views and opinions expressed are "
              "those of the authors only and do not necessarily reflect those of the European Union."),
        ("break",),
        ("title", "Nutzungsbedingungen", "SOILBRIDGE-Datenportal – Fassung 1.0 – 1. März 2024"),
        ("p", "Diese Bedingungen gelten für alle, die Daten aus dem SOILBRIDGE-Datenportal abrufen oder "
              "herunterladen. Mit der Nutzung des Portals erkennen Sie sie an."),
        ("h2", "1. Inhalt"),
        ("p", "Das Portal veröffentlicht Bodenmessungen, Fotos und Beschreibungen von Bewirtschaftungsweisen aus "
              "den SOILBRIDGE-Reallaboren. Die Daten werden ohne Gewähr bereitgestellt; die Projektpartner "
              "bemühen sich um Richtigkeit, übernehmen aber keine Haftung für Vollständigkeit oder Fehlerfreiheit."),
        ("h2", "2. Weiterverwendung"),
        ("p", "Sofern nicht anders angegeben, stehen die Datensätze unter der Lizenz Creative Commons "
              "Namensnennung 4.0. Bei einer Weiterverwendung sind der Datensatz und das erhebende Reallabor zu "
              "nennen. Fotos von Betrieben dürfen nur mit Zustimmung der jeweiligen Landwirtin oder des "
              "jeweiligen Landwirts weiterverwendet werden."),
        ("h2", "3. Personenbezogene Daten"),
        ("p", "Betriebsstandorte werden nur auf einen Quadratkilometer genau angezeigt, damit einzelne Höfe "
              "nicht erkennbar sind. Konten zum Hochladen von Daten werden nur für die Dauer des Projekts "
              "gespeichert."),
        ("h2", "4. Förderung"),
        ("p", "SOILBRIDGE wird von der Europäischen Union im Rahmen von Horizont Europa gefördert. Die "
              "geäußerten Ansichten sind ausschließlich die der Autorinnen und Autoren."),
        ("break",),
        ("title", "Conditions d'utilisation", "Portail de données SOILBRIDGE – Version 1.0 – 1er mars 2024"),
        ("p", "Les présentes conditions s'appliquent à toute personne qui consulte ou télécharge des données sur "
              "le portail SOILBRIDGE. L'utilisation du portail vaut acceptation de ces conditions."),
        ("h2", "1. Contenu"),
        ("p", "Le portail publie des mesures de sol, des photographies et des descriptions de pratiques agricoles "
              "recueillies dans les laboratoires vivants du projet. Les données sont fournies en l'état ; les "
              "partenaires s'efforcent d'en assurer l'exactitude sans garantir qu'elles soient complètes ou "
              "exemptes d'erreurs."),
        ("h2", "2. Réutilisation"),
        ("p", "Sauf mention contraire, les jeux de données sont placés sous licence Creative Commons Attribution "
              "4.0. Toute réutilisation doit citer le jeu de données et le laboratoire vivant qui l'a produit. "
              "Les photographies d'exploitations ne peuvent être réutilisées qu'avec l'accord de l'exploitant."),
        ("h2", "3. Données personnelles"),
        ("p", "La localisation des exploitations est affichée avec une précision d'un kilomètre carré afin "
              "qu'aucune ferme ne puisse être identifiée. Les comptes de dépôt ne sont conservés que pendant la "
              "durée du projet."),
        ("h2", "4. Financement"),
        ("p", "SOILBRIDGE est financé par l'Union européenne dans le cadre d'Horizon Europe. Les opinions "
              "exprimées n'engagent que leurs auteurs."),
        ("break",),
        ("title", "Gebruiksvoorwaarden", "SOILBRIDGE-dataportaal – Versie 1.0 – 1 maart 2024"),
        ("p", "Deze voorwaarden gelden voor iedereen die gegevens van het SOILBRIDGE-dataportaal raadpleegt of "
              "downloadt. Door het portaal te gebruiken gaat u met deze voorwaarden akkoord."),
        ("h2", "1. Inhoud"),
        ("p", "Het portaal publiceert bodemmetingen, foto's en beschrijvingen van landbouwpraktijken uit de "
              "proeftuinen van SOILBRIDGE. De gegevens worden aangeboden zoals ze zijn; de partners streven naar "
              "juistheid maar garanderen niet dat ze volledig of foutloos zijn."),
        ("h2", "2. Hergebruik"),
        ("p", "Tenzij anders vermeld vallen de datasets onder de licentie Creative Commons Naamsvermelding 4.0. "
              "Vermeld bij hergebruik de dataset en de proeftuin die hem heeft verzameld. Foto's van bedrijven "
              "mogen alleen met toestemming van de boer worden hergebruikt."),
        ("h2", "3. Persoonsgegevens"),
        ("p", "Bedrijfslocaties worden getoond met een nauwkeurigheid van één vierkante kilometer, zodat "
              "afzonderlijke boerderijen niet herkenbaar zijn. Accounts om gegevens te uploaden worden alleen "
              "tijdens de looptijd van het project bewaard."),
        ("h2", "4. Financiering"),
        ("p", "SOILBRIDGE wordt gefinancierd door de Europese Unie in het kader van Horizon Europa. De geuite "
              "meningen zijn uitsluitend die van de auteurs."),
    ],
)

# --- Horizon 2020: Polish report with an English summary ----------------------------------

report(
    path="reports/horizon2020/cityflow-raport-koncowy.pdf",
    title="CITYFLOW – Raport końcowy z realizacji projektu",
    author="Politechnika Wrocławska",
    subject="Raport końcowy projektu CITYFLOW (Horyzont 2020) ze streszczeniem w języku angielskim",
    created=dt.datetime(2021, 6, 15, 12, 0, 0),
    lang="pl-PL",
    running_head="CITYFLOW – Raport końcowy",
    page_label="Strona",
    accent="#8b1e3f",
    blocks=[
        ("title", "CITYFLOW", "Inteligentne sterowanie ruchem tramwajowym w miastach średniej wielkości<br/>Raport końcowy"),
        ("facts", [
            ("Program", "Horyzont 2020 – program ramowy Unii Europejskiej w zakresie badań naukowych i innowacji"),
            ("Umowa o dofinansowanie", "nr 769834"),
            ("Okres realizacji", "1 maja 2018 – 30 kwietnia 2021"),
            ("Koordynator", "Politechnika Wrocławska, Wrocław, Polska"),
        ]),
        ("h", "1. Cel projektu"),
        ("p", "Tramwaje w średnich miastach Europy Środkowej często stoją na skrzyżowaniach, choć sygnalizacja "
              "mogłaby je uprzywilejować. Celem projektu CITYFLOW było opracowanie algorytmu priorytetu dla "
              "tramwajów, który uwzględnia jednocześnie punktualność, ruch pieszych i samochodów oraz zużycie "
              "energii."),
        ("h", "2. Najważniejsze wyniki"),
        ("ul", [
            "Skrócenie czasu przejazdu na testowej linii we Wrocławiu o 11 % w godzinach szczytu.",
            "Zmniejszenie zużycia energii trakcyjnej o 7 % dzięki ograniczeniu hamowań przed skrzyżowaniami.",
            "Otwarty symulator ruchu, z którego korzystają już trzy przedsiębiorstwa komunikacyjne.",
        ]),
        ("p", "Wyniki przetestowano również w Dreźnie i w Pradze. W Wilnie, gdzie nie ma sieci tramwajowej, "
              "zastosowano ten sam algorytm dla trolejbusów."),
        ("h", "3. Partnerzy projektu"),
        ("table", [
            ["Partner", "Miasto", "Kraj"],
            ["Politechnika Wrocławska (koordynator)", "Wrocław", "Polska"],
            ["Technische Universität Dresden", "Drezno", "Niemcy"],
            ["České vysoké učení technické v Praze", "Praga", "Czechy"],
            ["Vilniaus Gedimino technikos universitetas", "Wilno", "Litwa"],
        ]),
        ("h", "4. Wykorzystanie wyników"),
        ("p", "Miejskie Przedsiębiorstwo Komunikacyjne we Wrocławiu wdraża algorytm na kolejnych dwunastu "
              "skrzyżowaniach. Projekt był finansowany ze środków programu Horyzont 2020; łączny budżet wyniósł "
              "2 020 750 EUR."),
        ("break",),
        ("h", "Summary"),
        ("p", "CITYFLOW developed a signal-priority algorithm for trams in medium-sized cities that balances "
              "punctuality, pedestrian waiting times, car traffic and traction energy. The project was funded by "
              "the European Union's Horizon 2020 research and innovation programme under grant agreement No "
              "769834 and ran from 1 May 2018 to 30 April 2021."),
        ("p", "On the test line in Wrocław, peak-hour travel times fell by 11 % and traction energy by 7 %. The "
              "algorithm was also tested in Dresden and Prague, and adapted for trolleybuses in Vilnius. The open "
              "traffic simulator built in the project is now used by three public transport operators."),
        ("p", "The consortium consisted of Wrocław University of Science and Technology (Poland, coordinator), "
              "TU Dresden (Germany), the Czech Technical University in Prague (Czech Republic) and Vilnius "
              "Gediminas Technical University (Lithuania)."),
    ],
)

# --- Interreg Danube: progress report with a partner table ---------------------------------

report(
    path="reports/danube/danureka-progress-report-3.pdf",
    title="DANUREKA – Progress report no. 3 (reporting period 1 January – 30 June 2025)",
    author="Provincial Institute for Nature Conservation, Novi Sad",
    subject="Interreg Danube project DANUREKA, progress report",
    created=dt.datetime(2025, 9, 15, 8, 30, 0),
    lang="en",
    running_head="DANUREKA – Progress report no. 3",
    page_label="Page",
    accent="#00597d",
    blocks=[
        ("title", "DANUREKA", "Restoring floodplain habitats along the Danube<br/>Progress report no. 3"),
        ("facts", [
            ("Programme", "Interreg Danube, Priority 2 – A greener, low-carbon Danube Region"),
            ("Project period", "1 January 2024 – 30 June 2026"),
            ("Reporting period", "1 January 2025 – 30 June 2025"),
            ("Lead partner", "Provincial Institute for Nature Conservation, Novi Sad, Serbia"),
        ]),
        ("h", "1. Summary of the reporting period"),
        ("p", "In the third reporting period the partners completed the baseline survey of 26 side arms and "
              "oxbow lakes and agreed on a common method to rank them for restoration. Two pilot sites, in the "
              "Kopački rit nature park and in the Danube Delta, moved from planning to permitting."),
        ("p", "Spending reached 48 % of the approved budget, slightly behind schedule because tendering for the "
              "hydraulic models took longer than planned."),
        ("h", "2. Partners and their contribution"),
        ("table", [
            ["Partner", "City", "Country"],
            ["Provincial Institute for Nature Conservation (lead partner)", "Novi Sad", "Serbia"],
            ["Public Institution Kopački rit Nature Park", "Vukovar", "Croatia"],
            ["Danube-Drava National Park Directorate", "Budapest", "Hungary"],
            ["Regional Inspectorate of Environment and Water", "Ruse", "Bulgaria"],
            ["University of Natural Resources and Life Sciences", "Vienna", "Austria"],
            ["Danube Delta National Institute", "Tulcea", "Romania"],
            ["Institute for Water Management", "Tuzla", "Bosnia and Herzegovina"],
        ]),
        ("h", "3. Outputs"),
        ("ul", [
            "Output 1.1 – Joint floodplain restoration ranking method (completed).",
            "Output 2.1 – Restoration plans for two pilot sites (in progress, 60 %).",
            "Output 3.1 – Training programme for protected-area managers (starts in autumn).",
        ]),
        ("h", "4. Deviations and risks"),
        ("p", "The delay in hydraulic modelling does not threaten the project end date. A budget reallocation "
              "of 21 000 EUR from travel to external expertise was requested from the Joint Secretariat."),
    ],
)

# --- South East Europe: final report in Serbian Cyrillic ----------------------------------

report(
    path="reports/see/rivertour-zavrsni-izvestaj.pdf",
    title="SEE-RIVERTOUR – Завршни извештај пројекта",
    author="Туристичка организација Војводине",
    subject="Завршни извештај пројекта SEE-RIVERTOUR, Програм транснационалне сарадње Југоисточна Европа",
    created=dt.datetime(2014, 11, 20, 11, 0, 0),
    lang="sr-Cyrl",
    running_head="SEE-RIVERTOUR – Завршни извештај",
    page_label="Страна",
    accent="#5b2c83",
    blocks=[
        ("title", "SEE-RIVERTOUR", "Речни туризам на Дунаву и његовим притокама<br/>Завршни извештај"),
        ("facts", [
            ("Програм", "Програм транснационалне сарадње Југоисточна Европа (SEE)"),
            ("Трајање пројекта", "01.10.2011 – 30.09.2014"),
            ("Водећи партнер", "Туристичка организација Војводине, Нови Сад, Србија"),
            ("Датум извештаја", "20. новембар 2014"),
        ]),
        ("h", "1. Циљеви пројекта"),
        ("p", "Пројекат SEE-RIVERTOUR имао је за циљ да повеже мала пристаништа, бициклистичке стазе и културне "
              "знаменитости уз Дунав у заједничку туристичку понуду. Посебна пажња посвећена је руралним "
              "подручјима која до сада нису имала користи од крстарења реком."),
        ("h", "2. Постигнути резултати"),
        ("ul", [
            "израђена је заједничка мапа од 48 пристаништа и марина;",
            "обучено је 160 локалних туристичких водича;",
            "покренут је вишејезични портал са понудом смештаја и превоза;",
            "потписан је меморандум о сарадњи шест регионалних туристичких организација.",
        ]),
        ("h", "3. Партнерство"),
        ("table", [
            ["Партнер", "Град", "Држава"],
            ["Туристичка организација Војводине", "Нови Сад", "Србија"],
            ["Агенција за регионални развој", "Сегедин", "Мађарска"],
            ["Туристичка заједница Осјечко-барањске жупаније", "Осијек", "Хрватска"],
            ["Универзитет Западни Темишвар", "Темишвар", "Румунија"],
            ["Општина Видин", "Видин", "Бугарска"],
            ["Братиславски самоуправни крај", "Братислава", "Словачка"],
        ]),
        ("break",),
        ("h", "4. Одрживост"),
        ("p", "Портал и мапа пристаништа остају у надлежности водећег партнера и биће ажурирани и након "
              "завршетка пројекта. Партнери су се договорили да сваке године организују заједнички сајам речног "
              "туризма, наизменично у једној од земаља учесница."),
        ("h", "5. Финансије"),
        ("p", "Укупан буџет пројекта износио је 1 450 000 евра, од чега је 85 % обезбеђено из средстава "
              "Европске уније. Искоришћено је 96 % одобрених средстава."),
    ],
)

# --- Cohesion Fund: Croatian progress report ----------------------------------------------

report(
    path="reports/cohesion/zadar-vodoopskrba-izvjesce.pdf",
    title="Izvješće o napretku projekta vodnokomunalne infrastrukture aglomeracije Zadar",
    author="Odvodnja d.o.o. Zadar",
    subject="Projekt sufinanciran iz Kohezijskog fonda, izvješće o napretku",
    created=dt.datetime(2023, 3, 31, 9, 0, 0),
    lang="hr-HR",
    running_head="Aglomeracija Zadar – izvješće o napretku",
    page_label="Stranica",
    accent="#0b5394",
    blocks=[
        ("title", "Aglomeracija Zadar", "Poboljšanje vodnokomunalne infrastrukture<br/>Izvješće o napretku"),
        ("facts", [
            ("Izvor financiranja", "Kohezijski fond Europske unije, Operativni program Konkurentnost i kohezija 2014.-2020."),
            ("Razdoblje provedbe", "1. lipnja 2017. – 31. prosinca 2023."),
            ("Korisnik", "Odvodnja d.o.o., Zadar, Hrvatska"),
            ("Ukupna vrijednost", "98 460 000 EUR"),
        ]),
        ("h", "1. Opis projekta"),
        ("p", "Projekt obuhvaća izgradnju 112 km kanalizacijske mreže, rekonstrukciju 36 km vodovoda te "
              "dogradnju uređaja za pročišćavanje otpadnih voda Centar na treći stupanj pročišćavanja. Nakon "
              "završetka na sustav odvodnje bit će priključeno 95 % stanovnika aglomeracije."),
        ("h", "2. Stanje radova"),
        ("p", "Do kraja ožujka 2023. izgrađeno je 94 km kanalizacije i 31 km vodovoda. Uređaj za pročišćavanje "
              "nalazi se u fazi probnog rada. Zbog arheoloških nalaza u starom dijelu grada radovi na dvije "
              "dionice su produljeni."),
        ("table", [
            ["Ugovor", "Opis", "Izvršenje"],
            ["R-1", "Kanalizacija Bili Brig i Plovanija", "100 %"],
            ["R-2", "Kanalizacija Puntamika i Diklo", "92 %"],
            ["R-3", "Vodoopskrba Poluotok", "78 %"],
            ["R-4", "Uređaj za pročišćavanje Centar", "96 %"],
        ]),
        ("h", "3. Sljedeći koraci"),
        ("p", "Preostali radovi bit će dovršeni do 31. prosinca 2023. Nakon toga slijedi jednogodišnje "
              "razdoblje praćenja rada uređaja i priključivanja kućanstava."),
    ],
)

# --- Interreg Central Europe: Czech pilot report -------------------------------------------

report(
    path="reports/central-europe/reheat-ce-pilotni-zprava.pdf",
    title="ReHeat-CE – Zpráva o pilotní akci Brno",
    author="Statutární město Brno, Odbor životního prostředí",
    subject="Interreg CENTRAL EUROPE, projekt ReHeat-CE, pilotní akce",
    created=dt.datetime(2025, 5, 20, 10, 0, 0),
    lang="cs-CZ",
    running_head="ReHeat-CE – pilotní akce Brno",
    page_label="Strana",
    accent="#1b6e3a",
    blocks=[
        ("title", "ReHeat-CE", "Využití odpadního tepla v průmyslové zóně Černovice<br/>Zpráva o pilotní akci"),
        ("facts", [
            ("Program", "Interreg CENTRAL EUROPE"),
            ("Doba trvání projektu", "duben 2023 – březen 2026"),
            ("Zpracovatel", "Statutární město Brno, Česká republika"),
        ]),
        ("h", "1. Výchozí stav"),
        ("p", "V průmyslové zóně Černovice působí 14 podniků, které dohromady vypouštějí do ovzduší odhadem "
              "38 GWh tepla ročně. Nejvýznamnějšími zdroji jsou pivovar, slévárna a datové centrum. Teplárenská "
              "soustava města vede necelý kilometr od hranice zóny."),
        ("h", "2. Co pilotní akce ověřila"),
        ("ul", [
            "měřicí kampaň ve třech podnicích (teplota a průtok odpadních médií),",
            "ekonomický model napojení s tepelným čerpadlem,",
            "vzorovou smlouvu mezi dodavatelem tepla a provozovatelem sítě.",
        ]),
        ("p", "Napojení datového centra vychází jako ekonomicky výhodné s dobou návratnosti osm let; u slévárny "
              "brání využití tepla nepravidelný provoz."),
        ("h", "3. Spolupráce s partnery"),
        ("p", "Metodiku měření jsme převzali od partnerů z Rakouska a Slovinska, vzorovou smlouvu jsme "
              "konzultovali s kolegy z Polska, Maďarska, Slovenska a Německa."),
    ],
)

# --- Horizon 2020: Greek report -------------------------------------------------------------

report(
    path="reports/horizon2020/olivecirc-ekthesi.pdf",
    title="OLIVE-CIRC – Τελική έκθεση αποτελεσμάτων",
    author="Ελληνικό Μεσογειακό Πανεπιστήμιο",
    subject="Έργο OLIVE-CIRC, Ορίζοντας 2020",
    created=dt.datetime(2022, 10, 12, 10, 0, 0),
    lang="el-GR",
    running_head="OLIVE-CIRC – Τελική έκθεση",
    page_label="Σελίδα",
    accent="#3d6b21",
    blocks=[
        ("title", "OLIVE-CIRC", "Κυκλική αξιοποίηση των υποπροϊόντων του ελαιολάδου<br/>Τελική έκθεση αποτελεσμάτων"),
        ("facts", [
            ("Χρηματοδότηση", "Πρόγραμμα-πλαίσιο «Ορίζοντας 2020» της Ευρωπαϊκής Ένωσης"),
            ("Διάρκεια", "1 Σεπτεμβρίου 2019 – 31 Αυγούστου 2022"),
            ("Συντονιστής", "Ελληνικό Μεσογειακό Πανεπιστήμιο, Ηράκλειο, Ελλάδα"),
        ]),
        ("h", "1. Σκοπός"),
        ("p", "Τα ελαιοτριβεία παράγουν κάθε χρόνο μεγάλες ποσότητες απόνερων και πυρήνα που συχνά καταλήγουν "
              "στο έδαφος χωρίς επεξεργασία. Το έργο OLIVE-CIRC ανέπτυξε μεθόδους για την ανάκτηση πολυφαινολών, "
              "την παραγωγή βιοαερίου και την κομποστοποίηση του υπολείμματος."),
        ("h", "2. Αποτελέσματα"),
        ("ul", [
            "πιλοτική μονάδα ανάκτησης πολυφαινολών σε ελαιοτριβείο της Κρήτης·",
            "μείωση του οργανικού φορτίου των απόνερων κατά 85 %·",
            "οδηγός καλών πρακτικών για μικρά ελαιοτριβεία σε τέσσερις γλώσσες.",
        ]),
        ("h", "3. Εταίροι"),
        ("table", [
            ["Εταίρος", "Πόλη", "Χώρα"],
            ["Ελληνικό Μεσογειακό Πανεπιστήμιο", "Ηράκλειο", "Ελλάδα"],
            ["Ινστιτούτο Γεωργικών Ερευνών", "Λευκωσία", "Κύπρος"],
            ["Πανεπιστήμιο του Μπάρι", "Μπάρι", "Ιταλία"],
            ["Πανεπιστήμιο του Χαέν", "Χαέν", "Ισπανία"],
        ]),
    ],
)

# --- Interreg Deutschland-Danmark: German annual report ------------------------------------

report(
    path="reports/deutschland-danmark/fehmarnbelt-skills-jahresbericht-2017.pdf",
    title="FEHMARNBELT SKILLS – Jahresbericht 2017",
    author="Hansestadt Lübeck, Bereich Wirtschaft",
    subject="Interreg Deutschland-Danmark, Projekt FEHMARNBELT SKILLS, Jahresbericht",
    created=dt.datetime(2018, 2, 28, 14, 0, 0),
    lang="de-DE",
    running_head="FEHMARNBELT SKILLS – Jahresbericht 2017",
    page_label="Seite",
    accent="#a4161a",
    blocks=[
        ("title", "FEHMARNBELT SKILLS", "Fachkräfte für die Fehmarnbelt-Region<br/>Jahresbericht 2017"),
        ("facts", [
            ("Förderprogramm", "Interreg Deutschland-Danmark"),
            ("Laufzeit", "1. Januar 2016 – 31. Dezember 2018"),
            ("Lead Partner", "Hansestadt Lübeck, Deutschland"),
        ]),
        ("h", "1. Überblick"),
        ("p", "Der Bau des Fehmarnbelt-Tunnels schafft auf beiden Seiten des Belts einen großen Bedarf an "
              "Fachkräften. FEHMARNBELT SKILLS bereitet Auszubildende und Arbeitsuchende in Ostholstein, Lübeck "
              "und auf Lolland-Falster gemeinsam auf diese Arbeitsplätze vor."),
        ("h", "2. Ergebnisse im Jahr 2017"),
        ("ul", [
            "142 Teilnehmende in grenzüberschreitenden Praktika,",
            "Sprachkurse Dänisch und Deutsch für 230 Beschäftigte,",
            "eine gemeinsame Jobbörse mit 58 Arbeitgebern aus beiden Ländern.",
        ]),
        ("h", "3. Partner"),
        ("table", [
            ["Partner", "Ort", "Land"],
            ["Hansestadt Lübeck (Lead Partner)", "Lübeck", "Deutschland"],
            ["Kreis Ostholstein", "Eutin", "Deutschland"],
            ["Guldborgsund Kommune", "Nykøbing Falster", "Dänemark"],
            ["Lolland Kommune", "Maribo", "Dänemark"],
        ]),
        ("p", "Im letzten Projektjahr sollen die Praktikumsangebote auf das Baugewerbe und die Logistik "
              "ausgeweitet werden."),
    ],
)

# --- Interreg Europe: Swedish status report -----------------------------------------------

report(
    path="reports/interreg-europe/greenport-lagesrapport.pdf",
    title="GREENPORT – Lägesrapport hösten 2024",
    author="Västra Götalandsregionen",
    subject="Interreg Europe-projektet GREENPORT, lägesrapport för den regionala intressentgruppen",
    created=dt.datetime(2024, 11, 29, 13, 0, 0),
    lang="sv-SE",
    running_head="GREENPORT – Lägesrapport",
    page_label="Sida",
    accent="#005a9c",
    blocks=[
        ("title", "GREENPORT", "Renare regionala hamnar<br/>Lägesrapport hösten 2024"),
        ("facts", [
            ("Program", "Interreg Europe 2021–2027"),
            ("Projektperiod", "1 mars 2023 – 31 maj 2026"),
            ("Rapporten avser", "andra och tredje projektterminen"),
        ]),
        ("h", "Sammanfattning"),
        ("p", "Under året har partnerna besökt hamnar i Gdańsk, Rijeka och Valencia. Besöken visade att "
              "landström för mindre fartyg kan införas stegvis och att hamnarnas elnätsavgifter är en större "
              "fråga än själva investeringen."),
        ("h", "Partner"),
        ("p", "Projektet leds av Pommerns vojvodskap och har partner i Sverige, Polen, Kroatien, Tyskland, "
              "Italien, Grekland, Spanien och Irland."),
        ("h", "Förslag till handlingsplan"),
        ("ul", [
            "ändra urvalskriterierna i regionens utlysningar för hamninvesteringar,",
            "ta fram en gemensam modell för nätavgifter tillsammans med elnätsföretagen,",
            "stödja en förstudie om eldrivna arbetsbåtar i Lysekil.",
        ]),
    ],
)

# --- Erasmus+: Italian final report --------------------------------------------------------

report(
    path="reports/erasmus/lingue-in-rete-relazione-finale.pdf",
    title="LINGUE IN RETE – Relazione finale",
    author="Istituto Comprensivo Vomero, Napoli",
    subject="Partenariato strategico Erasmus+ KA2, relazione finale",
    created=dt.datetime(2016, 10, 28, 10, 0, 0),
    lang="it-IT",
    running_head="LINGUE IN RETE – Relazione finale",
    page_label="Pagina",
    accent="#006d5b",
    blocks=[
        ("title", "LINGUE IN RETE", "Apprendimento delle lingue con il gemellaggio elettronico<br/>Relazione finale"),
        ("facts", [
            ("Programma", "Erasmus+, Azione chiave 2 – Partenariati strategici per l'istruzione scolastica"),
            ("Durata", "dal 1° settembre 2014 al 31 agosto 2016"),
            ("Coordinatore", "Istituto Comprensivo Vomero, Napoli, Italia"),
        ]),
        ("h", "1. Attività svolte"),
        ("p", "Nel corso di due anni scolastici gli alunni delle quattro scuole hanno realizzato un giornale "
              "online in quattro lingue, scambiato lettere e video e partecipato a tre settimane di mobilità. "
              "Gli insegnanti hanno seguito un corso comune sulla didattica delle lingue con strumenti digitali."),
        ("h", "2. Scuole partner"),
        ("table", [
            ["Scuola", "Città", "Paese"],
            ["Istituto Comprensivo Vomero (coordinatore)", "Napoli", "Italia"],
            ["Collège Jean Moulin", "Lione", "Francia"],
            ["St Paul's Primary School", "La Valletta", "Malta"],
            ["2° Gymnasio di Salonicco", "Salonicco", "Grecia"],
        ]),
        ("h", "3. Impatto"),
        ("p", "Il 78 % degli alunni ha migliorato di almeno un livello il voto di lingua straniera. Il giornale "
              "online continua a uscire due volte l'anno anche dopo la fine del finanziamento."),
    ],
)

# --- LIFE: Slovenian inception report (years up to 2029) -------------------------------------

report(
    path="reports/life/kras-voda-zacetno-porocilo.pdf",
    title="LIFE KRAS-VODA – Začetno poročilo",
    author="Zavod za naravo Notranjske",
    subject="Projekt LIFE KRAS-VODA, začetno poročilo za Evropsko komisijo",
    created=dt.datetime(2025, 12, 15, 9, 0, 0),
    lang="sl-SI",
    running_head="LIFE KRAS-VODA – Začetno poročilo",
    page_label="Stran",
    accent="#2e6b5e",
    blocks=[
        ("title", "LIFE KRAS-VODA", "Varstvo kraških izvirov in podzemnih voda<br/>Začetno poročilo"),
        ("facts", [
            ("Program", "LIFE – podprogram Narava in biotska raznovrstnost"),
            ("Trajanje", "1.05.2025 – 31.07.2029"),
            ("Koordinator", "Zavod za naravo Notranjske, Postojna, Slovenija"),
        ]),
        ("h", "1. Začetek projekta"),
        ("p", "Projekt se je začel 1. maja 2025 in bo trajal do 31. julija 2029. V prvih sedmih mesecih smo "
              "zaposlili projektno ekipo, izvedli uvodni sestanek v Postojni in začeli s popisom divjih "
              "odlagališč v vrtačah."),
        ("h", "2. Partnerji"),
        ("table", [
            ["Partner", "Kraj", "Država"],
            ["Zavod za naravo Notranjske", "Postojna", "Slovenija"],
            ["Javna ustanova Priroda", "Rijeka", "Hrvaška"],
            ["Università degli Studi di Trieste", "Trst", "Italija"],
        ]),
        ("h", "3. Prve ugotovitve"),
        ("p", "Popis je doslej zajel 212 vrtač; v 37 so bili najdeni odpadki, ki lahko onesnažijo podzemne vode. "
              "Čiščenje prvih desetih lokacij je načrtovano za pomlad."),
    ],
)

# --- ERDF: Slovak final report (early years) -------------------------------------------------

report(
    path="reports/erdf/trnava-namestie-zaverecna-sprava.pdf",
    title="Regenerácia Trojičného námestia v Trnave – záverečná správa",
    author="Mesto Trnava",
    subject="Projekt spolufinancovaný z Európskeho fondu regionálneho rozvoja, záverečná správa",
    created=dt.datetime(2010, 12, 10, 10, 0, 0),
    lang="sk-SK",
    running_head="Regenerácia Trojičného námestia – záverečná správa",
    page_label="Strana",
    accent="#274690",
    blocks=[
        ("title", "Regenerácia Trojičného námestia", "Záverečná správa o realizácii projektu"),
        ("facts", [
            ("Financovanie", "Európsky fond regionálneho rozvoja, Regionálny operačný program 2007 – 2013"),
            ("Realizácia projektu", "04/2008 – 10/2010"),
            ("Prijímateľ", "Mesto Trnava, Slovensko"),
        ]),
        ("h", "1. Predmet projektu"),
        ("p", "Projekt obnovil historické Trojičné námestie: novú dlažbu, osvetlenie, mestský mobiliár a "
              "zeleň. Súčasťou bola aj obnova morového stĺpa a vybudovanie bezbariérových prístupov k "
              "budovám na námestí."),
        ("h", "2. Dosiahnuté výsledky"),
        ("ul", [
            "zrekonštruovaná plocha 8 450 m²,",
            "vysadených 46 stromov,",
            "nové verejné osvetlenie so spotrebou nižšou o 40 %.",
        ]),
        ("h", "3. Financovanie"),
        ("p", "Celkové oprávnené výdavky projektu dosiahli 3 987 000 EUR, z toho 85 % tvoril príspevok z "
              "Európskeho fondu regionálneho rozvoja."),
    ],
)

# --- COST: Spanish final report ----------------------------------------------------------------

report(
    path="reports/cost/ruralheritage-informe-final.pdf",
    title="Acción COST IS1299 RURALHERITAGE – Informe final",
    author="Universidad de Granada",
    subject="Informe final de la Acción COST IS1299 sobre patrimonio rural",
    created=dt.datetime(2017, 6, 30, 12, 0, 0),
    lang="es-ES",
    running_head="COST IS1299 RURALHERITAGE – Informe final",
    page_label="Página",
    accent="#7a3e9d",
    blocks=[
        ("title", "RURALHERITAGE", "Patrimonio rural y desarrollo local en el Mediterráneo<br/>Informe final de la Acción COST IS1299"),
        ("facts", [
            ("Programa", "COST – Cooperación Europea en Ciencia y Tecnología"),
            ("Duración", "3 de abril de 2013 – 2 de abril de 2017"),
            ("Presidencia", "Universidad de Granada, España"),
        ]),
        ("h", "1. Objetivos"),
        ("p", "La Acción creó una red de investigadores, gestores culturales y grupos de acción local para "
              "estudiar cómo el patrimonio rural (terrazas, molinos, caminos ganaderos) puede sostener el "
              "desarrollo de pueblos en declive demográfico."),
        ("h", "2. Países participantes"),
        ("p", "Participaron equipos de España, Portugal, Italia, Francia, Grecia, Chipre, Malta, Turquía, "
              "Bulgaria y Rumanía."),
        ("h", "3. Resultados"),
        ("ul", [
            "42 misiones científicas de corta duración,",
            "un atlas en línea de 310 paisajes rurales,",
            "cuatro escuelas de formación para gestores locales.",
        ]),
    ],
)
