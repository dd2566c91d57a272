"""Project periods as pages and reports state them, language by language (sentences of our own).

Each language gets its labelled lines, its ranges of dates and years, its sentences with a start and an
end or a length, in its own month names and their case forms; and the dates that are no project's.
"""

from __future__ import annotations

import pytest

from indexer.metadata.dates import find_period


def years(text: str) -> tuple[int, ...]:
    period = find_period(text)
    return tuple(range(period.start.year, period.end.year + 1)) if period else ()


@pytest.mark.parametrize(
    ("language", "text", "first", "last"),
    [
        ('en', 'Project duration: 1 March 2019 – 28 February 2022', 2019, 2022),
        ('en', 'Start date: 01/01/2019 End date: 31/12/2021', 2019, 2021),
        ('en', 'The project runs from January 2019 to December 2021.', 2019, 2021),
        ('en', 'Timeframe: Q1 2019 – Q4 2021', 2019, 2021),
        ('en', 'Project period: 2019-03 – 2021-02', 2019, 2021),
        ('en', 'Duration: 03/2019 – 02/2021', 2019, 2021),
        ('en', 'Duration: 2019/03 – 2021/02', 2019, 2021),
        ('en', 'Project dates: 2019 - 2021', 2019, 2021),
        ('en', 'The project was carried out in the years 2019-2021.', 2019, 2021),
        ('en', 'The project ran between March 2019 and February 2021.', 2019, 2021),
        ('en', 'The project runs from 2019 until 2021.', 2019, 2021),
        ('en', 'Starting date: 1 March 2019\nEnding date: 28 February 2021', 2019, 2021),
        ('en', 'Project lifetime: 01.03.2019 - 28.02.2021', 2019, 2021),
        ('en', 'Project length: 24 months\nStart: March 2019', 2019, 2021),
        ('en', 'Kick-off meeting: 12 March 2019\nClosing event: 20 May 2021', 2019, 2021),
        ('en', 'The project started in March 2019. The final conference took place on 15 June 2021 in Graz.', 2019, 2021),
        ('en', 'Implementation period: 01.03.2019 – 28.02.2021', 2019, 2021),
        ('en', 'Project start: 01/03/2019\n\nProject end: 28/02/2021', 2019, 2021),
        ('en', '1 March 2019 – 28 February 2021 | Interreg Europe', 2019, 2021),
        ('en', '2019 – 2021 Interreg Central Europe project', 2019, 2021),
        ('en', 'The project runs for 36 months, from 1 March 2019.', 2019, 2022),
        ('en', 'The 30-month project kicked off in January 2019.', 2019, 2021),
        ('en', 'Start date\tEnd date\tDuration\n01/03/2019\t28/02/2021\t24 months', 2019, 2021),
        ('en', 'Duration: 1 Mar 2019 – 28 Feb 2021', 2019, 2021),
        ('en', 'Duration: March 1, 2019 – February 28, 2021', 2019, 2021),
        ('en', 'Duration: 2019-03-01 to 2021-02-28', 2019, 2021),
        ('en', 'The project started in 2019 and ended in 2021.', 2019, 2021),
        ('en', 'Project term: 2019–2021', 2019, 2021),
        ('en', 'Running time: 2019–2021', 2019, 2021),
        ('de', 'Laufzeit: 01.03.2019 – 28.02.2022', 2019, 2022),
        ('de', 'Projektlaufzeit: März 2019 bis Februar 2022', 2019, 2022),
        ('de', 'Das Projekt, das im März 2016 begonnen hat, endet im Februar 2019.', 2016, 2019),
        ('de', 'Das Projekt, das im März 2016 gestartet ist, läuft bis Ende 2018.', 2016, 2018),
        ('de', 'Das Projekt wurde im März 2016 gestartet und läuft bis Ende 2018.', 2016, 2018),
        ('de', 'Projektdauer: 36 Monate\nProjektbeginn: 1. März 2016', 2016, 2019),
        ('de', 'Zeitraum: 2016 – 2018', 2016, 2018),
        ('de', 'Das Projekt wurde in den Jahren 2016 bis 2018 umgesetzt.', 2016, 2018),
        ('de', 'Das Projekt lief zwischen 2016 und 2018.', 2016, 2018),
        ('de', 'Das Projekt läuft von März 2016 bis Februar 2019.', 2016, 2019),
        ('de', 'Das Projekt startete am 1. März 2016 und endete am 28. Februar 2019.', 2016, 2019),
        ('de', 'Beginn: 03/2016, Ende: 02/2019', 2016, 2019),
        ('de', 'Das dreijährige Projekt begann im März 2016.', 2016, 2019),
        ('de', 'Förderzeitraum: 01.03.2016 - 28.02.2019', 2016, 2019),
        ('de', 'Projektzeitraum: 2016–2019', 2016, 2019),
        ('de', 'Das Projekt hat eine Laufzeit von drei Jahren und startete im März 2016.', 2016, 2019),
        ('de', 'Dauer: 1. März 2016 bis 28. Februar 2019', 2016, 2019),
        ('de', 'Das Projekt läuft vom 1. März 2016 bis zum 28. Februar 2019.', 2016, 2019),
        ('fr', 'Durée : 36 mois\nDate de début : 1er mars 2016', 2016, 2019),
        ('fr', 'Période de réalisation : 2016-2019', 2016, 2019),
        ('fr', 'Le projet se déroule du 1er mars 2016 au 28 février 2019.', 2016, 2019),
        ('fr', "Le projet a démarré en mars 2016 et s'achèvera en février 2019.", 2016, 2019),
        ('fr', 'Le projet se déroule de 2016 à 2019.', 2016, 2019),
        ('fr', "Le projet s'est déroulé entre 2016 et 2019.", 2016, 2019),
        ('fr', 'Dates : mars 2016 – février 2019', 2016, 2019),
        ('fr', 'Calendrier : 2016-2019', 2016, 2019),
        ('fr', 'Période : 01/03/2016 - 28/02/2019', 2016, 2019),
        ('fr', 'Lancé en mars 2016 pour une durée de 3 ans, le projet réunit six partenaires.', 2016, 2019),
        ('fr', 'Durée du projet : de mars 2016 à février 2019', 2016, 2019),
        ('fr', "Le projet, qui a débuté le 1er mars 2016, s'est terminé le 28 février 2019.", 2016, 2019),
        ('fr', 'Date de fin : 28/02/2019\nDate de début : 01/03/2016', 2016, 2019),
        ('it', 'Durata: 36 mesi\nData di inizio: 01/03/2016', 2016, 2019),
        ('it', 'Durata del progetto: marzo 2016 – febbraio 2019', 2016, 2019),
        ('it', 'Il progetto è iniziato a marzo 2016 e si concluderà a febbraio 2019.', 2016, 2019),
        ('it', 'Il progetto si svolge dal 1° marzo 2016 al 28 febbraio 2019.', 2016, 2019),
        ('it', 'Il progetto si svolge dal 2016 al 2019.', 2016, 2019),
        ('it', 'Periodo di realizzazione: 2016-2019', 2016, 2019),
        ('it', 'Tempi di realizzazione: 01/03/2016 - 28/02/2019', 2016, 2019),
        ('it', 'Il progetto, avviato nel marzo 2016, ha una durata di 36 mesi.', 2016, 2019),
        ('it', 'Data inizio: 01.03.2016\nData fine: 28.02.2019', 2016, 2019),
        ('it', 'Il progetto si è svolto tra il 2016 e il 2019.', 2016, 2019),
        ('it', 'Il progetto è stato realizzato negli anni 2016-2019.', 2016, 2019),
        ('es', 'Duración: 36 meses\nFecha de inicio: 01/03/2016', 2016, 2019),
        ('es', 'Fecha de inicio: 1 de marzo de 2016\nFecha de finalización: 28 de febrero de 2019', 2016, 2019),
        ('es', 'El proyecto se desarrolla entre marzo de 2016 y febrero de 2019.', 2016, 2019),
        ('es', 'El proyecto se desarrolla desde 2016 hasta 2019.', 2016, 2019),
        ('es', 'Periodo de ejecución: 2016-2019', 2016, 2019),
        ('es', 'El proyecto se ejecutó entre 2016 y 2019.', 2016, 2019),
        ('es', 'El proyecto comenzó el 1 de marzo de 2016 y finalizó el 28 de febrero de 2019.', 2016, 2019),
        ('pt', 'Duração: 36 meses\nData de início: 01/03/2016', 2016, 2019),
        ('pt', 'Período de execução: 2016-2019', 2016, 2019),
        ('pt', 'O projeto decorre de março de 2016 a fevereiro de 2019.', 2016, 2019),
        ('pt', 'O projeto decorreu entre 2016 e 2019.', 2016, 2019),
        ('pt', 'Data de início: 01-03-2016\nData de fim: 28-02-2019', 2016, 2019),
        ('pt', 'Data de início: 01-03-2016\nData de conclusão: 28-02-2019', 2016, 2019),
        ('pt', 'Prazo de execução: 36 meses a partir de março de 2016', 2016, 2019),
        ('nl', 'Looptijd: 1 maart 2016 – 28 februari 2019', 2016, 2019),
        ('nl', 'Looptijd: 2016 - 2019', 2016, 2019),
        ('nl', 'Het project loopt van maart 2016 tot februari 2019.', 2016, 2019),
        ('nl', 'Startdatum: 01-03-2016; Einddatum: 28-02-2019', 2016, 2019),
        ('nl', 'Het project startte in maart 2016 en eindigt in februari 2019.', 2016, 2019),
        ('nl', 'Projectperiode: 2016-2019', 2016, 2019),
        ('nl', 'Het project loopt van 2016 tot 2019.', 2016, 2019),
        ('pl', 'Okres realizacji: 01.03.2016 – 28.02.2019', 2016, 2019),
        ('pl', 'Okres realizacji projektu: od 1 marca 2016 do 28 lutego 2019', 2016, 2019),
        ('pl', 'Projekt realizowany jest w latach 2016-2019.', 2016, 2019),
        ('pl', 'Termin realizacji: 2016-2019', 2016, 2019),
        ('pl', 'Data rozpoczęcia: 1 marca 2016 r.\nData zakończenia: 28 lutego 2019 r.', 2016, 2019),
        ('pl', 'Projekt realizowany od marca 2016 r. do lutego 2019 r.', 2016, 2019),
        ('pl', 'Czas trwania projektu: 36 miesięcy\nData rozpoczęcia: 01.03.2016', 2016, 2019),
        ('pl', 'Okres realizacji: 2016-03-01 – 2019-02-28', 2016, 2019),
        ('pl', 'Projekt realizowany w okresie od 2016 do 2019 roku.', 2016, 2019),
        ('pl', 'Okres realizacji: I kwartał 2016 – IV kwartał 2018', 2016, 2018),
        ('pl', 'Projekt był realizowany w latach 2016–2019 r.', 2016, 2019),
        ('cs', 'Doba realizace: 1. 3. 2016 – 28. 2. 2019', 2016, 2019),
        ('cs', 'Termín realizace: 03/2016 – 02/2019', 2016, 2019),
        ('cs', 'Projekt probíhá od března 2016 do února 2019.', 2016, 2019),
        ('cs', 'Projekt byl realizován v letech 2016–2019.', 2016, 2019),
        ('cs', 'Zahájení projektu: 1. 3. 2016\nUkončení projektu: 28. 2. 2019', 2016, 2019),
        ('cs', 'Doba trvání: 36 měsíců\nZahájení: 1. 3. 2016', 2016, 2019),
        ('cs', 'Doba realizace: 1. čtvrtletí 2016 – 4. čtvrtletí 2018', 2016, 2018),
        ('cs', 'Datum zahájení: 1. 3. 2016\nDatum ukončení: 28. 2. 2019', 2016, 2019),
        ('cs', 'Realizace projektu: 2016–2019', 2016, 2019),
        ('cs', 'Projekt běží od roku 2016 do roku 2019.', 2016, 2019),
        ('sk', 'Obdobie realizácie: 03/2016 – 02/2019', 2016, 2019),
        ('sk', 'Trvanie projektu: 1. januára 2016 – 31. decembra 2018', 2016, 2018),
        ('sk', 'Projekt sa realizuje od januára 2016 do decembra 2018.', 2016, 2018),
        ('sk', 'Projekt sa realizoval v rokoch 2016 – 2018.', 2016, 2018),
        ('sk', 'Začiatok realizácie: 1. 1. 2016\nKoniec realizácie: 31. 12. 2018', 2016, 2018),
        ('sk', 'Doba realizácie projektu: 36 mesiacov\nZačiatok: 1. 1. 2016', 2016, 2018),
        ('sk', 'Dátum začatia: 1. 1. 2016\nDátum ukončenia: 31. 12. 2018', 2016, 2018),
        ('sl', 'Trajanje projekta: 1. 1. 2016 – 31. 12. 2018', 2016, 2018),
        ('sl', 'Obdobje izvajanja: januar 2016 – december 2018', 2016, 2018),
        ('sl', 'Projekt traja od januarja 2016 do decembra 2018.', 2016, 2018),
        ('sl', 'Projekt se je izvajal v letih 2016–2018.', 2016, 2018),
        ('sl', 'Začetek: 1. 1. 2016\nKonec: 31. 12. 2018', 2016, 2018),
        ('sl', 'Začetek projekta: 1. januar 2016\nZaključek projekta: 31. december 2018', 2016, 2018),
        ('sl', 'Čas trajanja: 36 mesecev\nZačetek: 1. 1. 2016', 2016, 2018),
        ('hr', 'Razdoblje provedbe: 1. siječnja 2016. – 31. prosinca 2018.', 2016, 2018),
        ('hr', 'Projekt traje od siječnja 2016. do prosinca 2018.', 2016, 2018),
        ('hr', 'Projekt se provodi u razdoblju od 2016. do 2018. godine.', 2016, 2018),
        ('hr', 'Trajanje projekta: 36 mjeseci\nPočetak provedbe: 1. 1. 2016.', 2016, 2018),
        ('hr', 'Početak provedbe: 1. 1. 2016.\nZavršetak provedbe: 31. 12. 2018.', 2016, 2018),
        ('hr', 'Datum početka: 01.01.2016.\nDatum završetka: 31.12.2018.', 2016, 2018),
        ('hr', 'Provedba projekta: od 2016. do 2018.', 2016, 2018),
        ('sr', 'Period realizacije: 01.01.2016. – 31.12.2018.', 2016, 2018),
        ('sr', 'Projekat traje od januara 2016. do decembra 2018. godine.', 2016, 2018),
        ('sr', 'Трајање пројекта: 1. јануар 2016 – 31. децембар 2018.', 2016, 2018),
        ('sr', 'Пројекат траје од јануара 2016. до децембра 2018. године.', 2016, 2018),
        ('sr', 'Пројекат се реализује у периоду од 2016. до 2018. године.', 2016, 2018),
        ('sr', 'Почетак пројекта: 01.01.2016.\nЗавршетак пројекта: 31.12.2018.', 2016, 2018),
        ('sr', 'Trajanje: 36 meseci\nPočetak: 1. 1. 2016.', 2016, 2018),
        ('bs', 'Period implementacije: 01.01.2016. – 31.12.2018.', 2016, 2018),
        ('bs', 'Projekat se implementira od 2016. do 2018. godine.', 2016, 2018),
        ('hu', 'Időtartam: 2016. január 1. – 2018. december 31.', 2016, 2018),
        ('hu', 'A projekt megvalósítási időszaka: 2016.01.01 – 2018.12.31.', 2016, 2018),
        ('hu', 'Projekt kezdete: 2016. március 1.\nProjekt vége: 2019. február 28.', 2016, 2019),
        ('hu', 'Megvalósítás időszaka: 2016–2018', 2016, 2018),
        ('hu', 'A projekt 2016 és 2018 között valósult meg.', 2016, 2018),
        ('hu', 'Futamidő: 36 hónap\nKezdés: 2016. március 1.', 2016, 2019),
        ('hu', 'A projekt 2016 márciusában indult és 2019 februárjában zárul.', 2016, 2019),
        ('hu', 'A projekt 2016. március 1-jén kezdődött és 2019. február 28-án fejeződik be.', 2016, 2019),
        ('hu', 'A projekt megvalósításának kezdete: 2016.03.01.\nA projekt fizikai befejezése: 2019.02.28.', 2016, 2019),
        ('hu', 'Megvalósítás: 2016. III. – 2019. II.', 2016, 2019),
        ('ro', 'Perioada de implementare: 01.03.2016 – 28.02.2019', 2016, 2019),
        ('ro', 'Durata proiectului: 36 de luni\nData începerii: 1 martie 2016', 2016, 2019),
        ('ro', 'Data începerii: 1 martie 2016\nData finalizării: 28 februarie 2019', 2016, 2019),
        ('ro', 'Proiectul se desfășoară în perioada martie 2016 – februarie 2019.', 2016, 2019),
        ('ro', 'Proiectul se desfășoară în perioada 2016-2019.', 2016, 2019),
        ('ro', 'Proiectul s-a derulat între 2016 și 2019.', 2016, 2019),
        ('ro', 'Proiectul se derulează în perioada 01.03.2016 - 28.02.2019.', 2016, 2019),
        ('ro', 'Perioada de derulare: 2016-2019', 2016, 2019),
        ('ro', 'Proiectul are o durată de 36 de luni și a început la 1 martie 2016.', 2016, 2019),
        ('bg', 'Период на изпълнение: 01.03.2016 – 28.02.2019', 2016, 2019),
        ('bg', 'Продължителност: 36 месеца\nНачало: 01.03.2016', 2016, 2019),
        ('bg', 'Начална дата: 01.03.2016 г.\nКрайна дата: 28.02.2019 г.', 2016, 2019),
        ('bg', 'Проектът се изпълнява в периода от март 2016 г. до февруари 2019 г.', 2016, 2019),
        ('bg', 'Проектът се изпълнява от 2016 до 2019 г.', 2016, 2019),
        ('bg', 'Срок на изпълнение: 2016 – 2019 г.', 2016, 2019),
        ('bg', 'Дата на започване: 01.03.2016 г.\nДата на приключване: 28.02.2019 г.', 2016, 2019),
        ('el', 'Διάρκεια: 36 μήνες\nΗμερομηνία έναρξης: 01/03/2016', 2016, 2019),
        ('el', 'Ημερομηνία έναρξης: 01/03/2016\nΗμερομηνία λήξης: 28/02/2019', 2016, 2019),
        ('el', 'Το έργο υλοποιείται από τον Μάρτιο του 2016 έως τον Φεβρουάριο του 2019.', 2016, 2019),
        ('el', 'Περίοδος υλοποίησης: 2016-2019', 2016, 2019),
        ('el', 'Χρονική διάρκεια: 1 Μαρτίου 2016 – 28 Φεβρουαρίου 2019', 2016, 2019),
        ('el', 'Διάρκεια έργου: 01/03/2016 - 28/02/2019', 2016, 2019),
        ('lt', 'Projekto trukmė: 2016 m. kovo 1 d. – 2019 m. vasario 28 d.', 2016, 2019),
        ('lt', 'Įgyvendinimo laikotarpis: 2016–2019 m.', 2016, 2019),
        ('lt', 'Projekto pradžia: 2016-03-01\nPabaiga: 2019-02-28', 2016, 2019),
        ('lt', 'Trukmė: 36 mėnesiai\nPradžia: 2016-03-01', 2016, 2019),
        ('lt', 'Projektas įgyvendinamas 2016–2019 metais.', 2016, 2019),
        ('lt', 'Projektas vykdomas nuo 2016 m. kovo mėn. iki 2019 m. vasario mėn.', 2016, 2019),
        ('lv', 'Projekta īstenošanas laiks: 01.03.2016. – 28.02.2019.', 2016, 2019),
        ('lv', 'Ilgums: 36 mēneši\nSākuma datums: 01.03.2016.', 2016, 2019),
        ('lv', 'Projekts tiek īstenots no 2016. gada 1. marta līdz 2019. gada 28. februārim.', 2016, 2019),
        ('lv', 'Projekts tiek īstenots no 2016. gada līdz 2019. gadam.', 2016, 2019),
        ('lv', 'Projekta īstenošanas periods: 2016.–2019. gads', 2016, 2019),
        ('et', 'Projekti kestus: 01.03.2016 – 28.02.2019', 2016, 2019),
        ('et', 'Projekti periood: märts 2016 – veebruar 2019', 2016, 2019),
        ('et', 'Projekt kestab 1. märtsist 2016 kuni 28. veebruarini 2019.', 2016, 2019),
        ('et', 'Kestus: 36 kuud\nAlguskuupäev: 01.03.2016', 2016, 2019),
        ('et', 'Projekt viiakse ellu aastatel 2016–2019.', 2016, 2019),
        ('et', 'Algus: 01.03.2016\nLõpp: 28.02.2019', 2016, 2019),
        ('fi', 'Hankkeen kesto: 1.3.2016–28.2.2019', 2016, 2019),
        ('fi', 'Toteutusaika: 1.3.2016–28.2.2019', 2016, 2019),
        ('fi', 'Hanke toteutetaan vuosina 2016–2019.', 2016, 2019),
        ('fi', 'Kesto: 36 kuukautta\nAloitus: 1.3.2016', 2016, 2019),
        ('fi', 'Hanke kestää maaliskuusta 2016 helmikuuhun 2019.', 2016, 2019),
        ('fi', 'Hanke alkoi maaliskuussa 2016 ja päättyy helmikuussa 2019.', 2016, 2019),
        ('fi', 'Hankkeen toteutusaika on 1.3.2016–28.2.2019.', 2016, 2019),
        ('sv', 'Projektperiod: 2016-03-01 – 2019-02-28', 2016, 2019),
        ('sv', 'Projekttid: 2016–2019', 2016, 2019),
        ('sv', 'Projektet pågår från mars 2016 till februari 2019.', 2016, 2019),
        ('sv', 'Löptid: 36 månader\nStartdatum: 2016-03-01', 2016, 2019),
        ('sv', 'Startdatum: 2016-03-01, Slutdatum: 2019-02-28', 2016, 2019),
        ('sv', 'Projektet pågår under åren 2016–2019.', 2016, 2019),
        ('sv', 'Projektet pågår 2016–2019.', 2016, 2019),
        ('da', 'Projektperiode: 1. marts 2016 – 28. februar 2019', 2016, 2019),
        ('da', 'Projektet løber fra 2016 til 2019.', 2016, 2019),
        ('da', 'Varighed: 36 måneder\nStartdato: 01.03.2016', 2016, 2019),
        ('da', 'Projektet løber fra 1. marts 2016 til 28. februar 2019.', 2016, 2019),
        ('nb', 'Prosjektperiode: 2016–2019', 2016, 2019),
        ('nb', 'Prosjektet varer fra mars 2016 til februar 2019.', 2016, 2019),
        ('mk', 'Времетраење: 36 месеци\nПочеток: 01.03.2016', 2016, 2019),
        ('mk', 'Период на спроведување: 01.03.2016 – 28.02.2019', 2016, 2019),
        ('mk', 'Проектот ќе се реализира од март 2016 до февруари 2019.', 2016, 2019),
        ('mk', 'Почеток: 01.03.2016\nКрај: 28.02.2019', 2016, 2019),
        ('mk', 'Проектот се реализира од 2016 до 2019 година.', 2016, 2019),
        ('sq', 'Kohëzgjatja: 36 muaj\nData e fillimit: 01.03.2016', 2016, 2019),
        ('sq', 'Periudha e zbatimit: 01.03.2016 – 28.02.2019', 2016, 2019),
        ('sq', 'Data e fillimit: 01.03.2016\nData e përfundimit: 28.02.2019', 2016, 2019),
        ('sq', 'Projekti zbatohet nga marsi 2016 deri në shkurt 2019.', 2016, 2019),
        ('sq', 'Projekti zbatohet nga viti 2016 deri në vitin 2019.', 2016, 2019),
        ('sq', 'Kohëzgjatja e projektit: 2016 - 2019', 2016, 2019),
        ('mt', 'Tul tal-proġett: 36 xahar\nData tal-bidu: 01.03.2016', 2016, 2019),
        ('mt', "Data tal-bidu: 1 ta' Marzu 2016\nData tat-tmiem: 28 ta' Frar 2019", 2016, 2019),
        ('mt', "Il-proġett jibda f'Marzu 2016 u jintemm fi Frar 2019.", 2016, 2019),
        ('mt', 'Il-proġett idum mill-2016 sal-2019.', 2016, 2019),
        ('ga', 'Tréimhse an tionscadail: 2016–2019', 2016, 2019),
        ('ga', 'Dáta tosaigh: 01.03.2016\nDáta críochnaithe: 28.02.2019', 2016, 2019),
        ('ga', 'Fad an tionscadail: 36 mí\nDáta tosaigh: 01.03.2016', 2016, 2019),
        ('ga', 'Beidh an tionscadal ar siúl ó Mhárta 2016 go Feabhra 2019.', 2016, 2019),
        ('de', 'Das Projekt, das im März 2016 begonnen hat, wurde mit einer Abschlusskonferenz am 30. November 2018 beendet.', 2016, 2018),
        ('de', 'Das Projekt, das im März 2016 begonnen hat, läuft noch bis Februar 2019.', 2016, 2019),
        ('de', 'Das Projekt, das am 1. März 2016 begonnen hat, dauert drei Jahre.', 2016, 2019),
        ('de', 'Das Projekt, das im März 2016 gestartet wurde, hat eine Laufzeit von 36 Monaten.', 2016, 2019),
        ('de', 'Das Projekt, das 2016 begonnen hat, läuft bis 2019.', 2016, 2019),
        ('de', 'Das im März 2016 gestartete Projekt endet im Februar 2019.', 2016, 2019),
        ('de', 'Das im März 2016 gestartete Projekt läuft drei Jahre.', 2016, 2019),
        ('en', 'The project kicked off in March 2016. Its closing event was held in Brussels on 30 November 2018.', 2016, 2018),
        ('en', 'Project start: 1 March 2016\nFinal conference: 30 November 2018, Brussels', 2016, 2018),
        ('en', '2016 – 2018 | Interreg Europe', 2016, 2018),
        ('en', '2016-2018 Erasmus+ KA2 strategic partnership', 2016, 2018),
        ('en', '2016–2018, Interreg V-A Austria-Hungary', 2016, 2018),
        ('en', '2016 - 2018 · Horizon 2020', 2016, 2018),
        ('fr', "Le projet, qui a débuté en mars 2016, s'est achevé par une conférence finale le 30 novembre 2018.", 2016, 2018),
        ('it', 'Il progetto, avviato a marzo 2016, si è chiuso con il convegno finale del 30 novembre 2018.', 2016, 2018),
        ('nl', 'Het project, dat in maart 2016 is gestart, loopt tot februari 2019.', 2016, 2019),
        ('pl', 'Projekt, który rozpoczął się w marcu 2016 r., zakończy się w lutym 2019 r.', 2016, 2019),
        ('hu', 'A 2016 márciusában indult projekt 2019 februárjában zárul.', 2016, 2019),
    ],
)
def test_project_periods_in_each_language(language: str, text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize(
    "text",
    [
        'Das Projekt endet nach drei Jahren Laufzeit im Februar 2019.',
        'Fecha de fin: 28/02/2019',
        'Interreg V-A Slovakia-Austria 2014-2020',
        'Programmes 2021-2027: call for proposals open until 15 March 2022.',
        'Deadline for applications: 15.03.2019',
        'Published: 12.03.2019\nThe partners met in Vienna.',
        'Final conference: 15 June 2021 in Graz.',
        'Closing event: 20 May 2021',
        'The programme runs from 2021 to 2027.',
        'Programmperiode 2014–2020: Förderzeitraum 01.01.2014 – 31.12.2020',
        'Okres programowania 2014-2020',
        'Between 2010 and 2015 unemployment in the region fell.',
        'Call open: 01.02.2019 – 15.04.2019',
        'News\n12.03.2019 Kick-off meeting\n05.11.2020 Final conference',
        '2021-2022 Horizon Europe Work Programme',
        '2014-2020 Interreg V-A Austria-Hungary',
        '2016-2018 Interreg projects in the region',
    ],
)
def test_programme_periods_news_calls_and_events_are_no_project_period(text: str) -> None:
    assert years(text) == ()


def test_a_closing_event_ends_a_start_told_anywhere_in_the_text() -> None:
    assert years("Abschlusskonferenz am 30. November 2018\nDas Projekt startete im März 2016.") == (2016, 2017, 2018)
    # A start that no project owns, or a closing event alone, dates nothing.
    assert years("Final conference: 30 November 2018\nRegistration started on 1 October 2018.") == ()
    assert years("Final conference: 30 November 2018, Brussels") == ()


@pytest.mark.parametrize(
    ("language", "text", "first", "last"),
    [
        # A start and an end told with verbs in one sentence, or a start and a length.
        ('en', 'The project kicked off on 1 March 2016 and will close on 28 February 2019.', 2016, 2019),
        ('pl', 'Projekt rozpoczął się 1 marca 2016 r. i potrwa do 28 lutego 2019 r.', 2016, 2019),
        ('pl', 'Projekt rozpoczął się w marcu 2016 r. i potrwa 36 miesięcy.', 2016, 2019),
        ('cs', 'Projekt byl zahájen 1. března 2016 a potrvá do 28. února 2019.', 2016, 2019),
        ('cs', 'Projekt byl zahájen v březnu 2016 a potrvá 36 měsíců.', 2016, 2019),
        ('sk', 'Projekt sa začal 1. marca 2016 a skončí 28. februára 2019.', 2016, 2019),
        ('sl', 'Projekt se je začel 1. marca 2016 in se bo končal 28. februarja 2019.', 2016, 2019),
        ('hr', 'Projekt je započeo 1. ožujka 2016. i završava 28. veljače 2019.', 2016, 2019),
        ('ro', 'Proiectul a început la 1 martie 2016 și se va încheia la 28 februarie 2019.', 2016, 2019),
        ('bg', 'Проектът стартира на 1 март 2016 г. и ще приключи на 28 февруари 2019 г.', 2016, 2019),
        ('el', 'Το έργο ξεκίνησε την 1η Μαρτίου 2016 και θα ολοκληρωθεί στις 28 Φεβρουαρίου 2019.', 2016, 2019),
        ('lt', 'Projektas prasidėjo 2016 m. kovo 1 d. ir baigsis 2019 m. vasario 28 d.', 2016, 2019),
        ('lv', 'Projekts sākās 2016. gada 1. martā un beigsies 2019. gada 28. februārī.', 2016, 2019),
        ('et', 'Projekt algas 1. märtsil 2016 ja lõpeb 28. veebruaril 2019.', 2016, 2019),
        ('fi', 'Hanke alkoi 1.3.2016 ja päättyy 28.2.2019.', 2016, 2019),
        ('sv', 'Projektet startade den 1 mars 2016 och avslutas den 28 februari 2019.', 2016, 2019),
        ('da', 'Projektet startede den 1. marts 2016 og afsluttes den 28. februar 2019.', 2016, 2019),
        ('nl', 'Het project is gestart op 1 maart 2016 en eindigt op 28 februari 2019.', 2016, 2019),
        ('pt', 'O projeto teve início em 1 de março de 2016 e termina em 28 de fevereiro de 2019.', 2016, 2019),
        ('es', 'El proyecto se inició el 1 de marzo de 2016 y concluirá el 28 de febrero de 2019.', 2016, 2019),
        ('fr', 'Le projet a commencé le 1er mars 2016 et prendra fin le 28 février 2019.', 2016, 2019),
        ('it', 'Il progetto è partito il 1° marzo 2016 e terminerà il 28 febbraio 2019.', 2016, 2019),
        ('hu', 'A projekt 2016. március 1-jén indult és 2019. február 28-án zárul.', 2016, 2019),
        ('sq', 'Projekti filloi më 1 mars 2016 dhe përfundon më 28 shkurt 2019.', 2016, 2019),
        ('mk', 'Проектот започна на 1 март 2016 и ќе заврши на 28 февруари 2019.', 2016, 2019),
        ('sr', 'Пројекат је почео 1. марта 2016. и завршава се 28. фебруара 2019.', 2016, 2019),
        ('mt', "Il-proġett beda fl-1 ta' Marzu 2016 u jintemm fit-28 ta' Frar 2019.", 2016, 2019),
        ('de', 'Das Projekt begann im März 2016 und dauert 36 Monate.', 2016, 2019),
        ('fr', 'Le projet a débuté en mars 2016 pour une durée de 36 mois.', 2016, 2019),
        ('es', 'El proyecto comenzó en marzo de 2016 y tiene una duración de 36 meses.', 2016, 2019),
        ('pt', 'O projeto começou em março de 2016 e tem a duração de 36 meses.', 2016, 2019),
        ('nl', 'Het project startte in maart 2016 en duurt 36 maanden.', 2016, 2019),
        ('sv', 'Projektet startade i mars 2016 och pågår i 36 månader.', 2016, 2019),
        ('fi', 'Hanke alkoi maaliskuussa 2016 ja kestää 36 kuukautta.', 2016, 2019),
        ('hu', 'A projekt 2016 márciusában indult és 36 hónapig tart.', 2016, 2019),
        ('ro', 'Proiectul a început în martie 2016 și durează 36 de luni.', 2016, 2019),
        ('hr', 'Projekt je započeo u ožujku 2016. i traje 36 mjeseci.', 2016, 2019),
        ('sl', 'Projekt se je začel marca 2016 in traja 36 mesecev.', 2016, 2019),
        ('lt', 'Projektas prasidėjo 2016 m. kovo mėn. ir truks 36 mėnesius.', 2016, 2019),
        ('el', 'Το έργο ξεκίνησε τον Μάρτιο του 2016 και διαρκεί 36 μήνες.', 2016, 2019),
        ('bg', 'Проектът стартира през март 2016 г. и е с продължителност 36 месеца.', 2016, 2019),
    ],
)
def test_starts_and_ends_told_by_verbs(language: str, text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # Halves of a year and seasons, in a range after a label, like quarters.
        ('Project period: H1 2016 – H2 2018', 2016, 2018),
        ('Duration: first half of 2016 to second half of 2018', 2016, 2018),
        ('Laufzeit: 1. Halbjahr 2016 bis 2. Halbjahr 2018', 2016, 2018),
        ('Laufzeit: Frühjahr 2016 bis Herbst 2018', 2016, 2018),
        ('Période : 1er semestre 2016 – 2e semestre 2018', 2016, 2018),
        ('Durata: primo semestre 2016 – secondo semestre 2018', 2016, 2018),
        ('Doba realizace: 1. pololetí 2016 – 2. pololetí 2018', 2016, 2018),
        ('Okres realizacji: I półrocze 2016 – II półrocze 2018', 2016, 2018),
        ("Project period: Spring 2019 – Autumn 2021", 2019, 2021),
        # Two-digit years after a start label and an end label.
        ("Start: 01.03.16\nEnd: 28.02.19", 2016, 2019),
    ],
)
def test_halves_seasons_and_two_digit_years_beside_labels(text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize(
    "text",
    [
        # Alone, a half or a season is a newsletter's, a school's or a holiday's.
        "Our newsletter for H2 2019 is out.",
        "The summer 2019 school gathered forty students.",
        "Il 2° semestre 2019 è dedicato agli esami.",
        # Two-digit dates need a start and an end label each, and two months between them.
        "Tel.: 01.03.16\nFax: 28.02.19",
        "Start: 10.03.16\nEnd: 12.03.16",
    ],
)
def test_halves_seasons_and_two_digit_dates_alone_date_nothing(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("language", "text", "first", "last"),
    [
        # Opening and closing events, verb-final clauses, a range before the programme's name, and the
        # labels of project boxes in their words for "years", "timing", "schedule".
        ('en', 'Starting year: 2016\nEnding year: 2019', 2016, 2019),
        ('en', 'Project start: March 2016\nClosing event\n20 May 2019', 2016, 2019),
        ('en', 'The project started in 2016. Its final conference was held on 20 May 2019.', 2016, 2019),
        ('en', 'The kick-off meeting took place on 12 March 2016 in Graz. The final conference was held on 20 May 2019 in Vienna.', 2016, 2019),
        ('en', 'The kick-off meeting of the project took place on 12 March 2016 in Graz. The project will last 36 months.', 2016, 2019),
        ('de', 'Die Auftaktveranstaltung des Projekts fand am 12. März 2016 statt; die Abschlusskonferenz am 20. Mai 2019.', 2016, 2019),
        ('de', 'Das Projekt, das im März 2016 begonnen hat, wird bis Februar 2019 umgesetzt.', 2016, 2019),
        ('de', 'Das Projekt, das im März 2016 begonnen hat und bis Februar 2019 läuft, verbindet vier Städte.', 2016, 2019),
        ('de', 'Das Projekt, das am 1. März 2016 offiziell begonnen hat, hat eine Laufzeit von drei Jahren.', 2016, 2019),
        ('de', 'Das Projekt, das 2016 begonnen hat, endet 2019.', 2016, 2019),
        ('de', 'Das im Jahr 2016 gestartete Projekt läuft bis 2019.', 2016, 2019),
        ('de', 'Das Projekt, das im Jahr 2016 begonnen hat, wird Ende 2019 abgeschlossen.', 2016, 2019),
        ('en', '2016 – 2019 Interreg V-A Slovakia – Austria', 2016, 2019),
        ('en', '2016 – 2019\nInterreg Europe', 2016, 2019),
        ('en', '2016-2019, funded by Erasmus+', 2016, 2019),
        ('en', 'Status: completed\nYears: 2016–2019', 2016, 2019),
        ('en', 'Timing: 2016-2019', 2016, 2019),
        ('en', 'When: March 2016 – February 2019', 2016, 2019),
        ('en', 'Project year: 2016–2019', 2016, 2019),
        ('de', 'Zeitplan: 2016–2019', 2016, 2019),
        ('de', 'Laufzeit 2016 bis 2019', 2016, 2019),
        ('de', 'Projektzeitraum 03/2016 - 02/2019', 2016, 2019),
        ('en', 'Duration\n2016 - 2019', 2016, 2019),
        ('it', 'Anno di inizio: 2016\nAnno di fine: 2019', 2016, 2019),
        ('en', 'Starting year: 2016\nEnding year: 2019', 2016, 2019),
        ('fr', 'Année de début : 2016\nAnnée de fin : 2019', 2016, 2019),
        ('es', 'Año de inicio: 2016\nAño de finalización: 2019', 2016, 2019),
        ('en', 'Start year 2016 – end year 2019', 2016, 2019),
        ('en', 'This three-year project (2016-2019) links four ports.', 2016, 2019),
        ('en', 'Project duration: three years (2016–2019)', 2016, 2019),
        ('de', 'Im Zeitraum von 2016 bis 2019 wurde im Projekt ein Netz aufgebaut.', 2016, 2019),
        ('pl', 'Lata realizacji: 2016-2019', 2016, 2019),
        ('cs', 'Období realizace: 2016–2019', 2016, 2019),
        ('hu', 'Megvalósítás ideje: 2016–2019', 2016, 2019),
        ('ro', 'Perioada: 2016 – 2019', 2016, 2019),
        ('el', 'Χρονοδιάγραμμα: 2016-2019', 2016, 2019),
        ('es', 'Calendario: 2016-2019', 2016, 2019),
        ('pt', 'Calendarização: 2016-2019', 2016, 2019),
        ('pl', 'Harmonogram: 2016-2019', 2016, 2019),
        ('hr', 'Vrijeme provedbe: 2016. – 2019.', 2016, 2019),
        ('sl', 'Čas trajanja: 2016–2019', 2016, 2019),
        ('sr', 'Vreme realizacije: 2016–2019.', 2016, 2019),
        ('nl', 'Projectduur: 2016 - 2019', 2016, 2019),
        ('fi', 'Aikataulu: 2016–2019', 2016, 2019),
        ('sv', 'Tidsplan: 2016–2019', 2016, 2019),
        ('lt', 'Laikotarpis: 2016–2019 m.', 2016, 2019),
        ('lv', 'Termiņš: 2016–2019', 2016, 2019),
        ('et', 'Ajakava: 2016–2019', 2016, 2019),
        ('en', 'Project: 2016 – 2019', 2016, 2019),
    ],
)
def test_events_verb_final_clauses_and_project_boxes(language: str, text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize(
    "text",
    [
        '2021-2023\nHorizon Europe Work Programme',
        'News\n12.03.2019 Kick-off meeting\n05.11.2020 Final conference',
        'The kick-off meeting took place on 12 March 2016 in Graz.',
        'Years: 2014-2020',
        'Timeline: 2021-2027 programme',
    ],
)
def test_an_opening_event_alone_a_programme_line_and_news_date_nothing(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Project year: 2018\nPartners: 4", 2018),
        ("Period: 2018", 2018),
        ("Laufzeit: 2018", 2018),
        ("Okres realizacji: 2018 r.", 2018),
        ("Rok realizacji: 2018", 2018),
        ("Razdoblje provedbe: 2018.", 2018),
        ("Termin realizacji projektu: 2018", 2018),
        ("Programme: Erasmus+ | Duration: 2018 | Budget: EUR 30 000", 2018),
    ],
)
def test_a_single_year_after_a_period_label(text: str, year: int) -> None:
    assert years(text) == (year,)


@pytest.mark.parametrize(
    "text",
    [
        # A report's, a call's or a programme's year, and a year that closes a date, are no project's year.
        "Reporting period: 2018",
        "Termin składania wniosków: 2018",
        "Programme period: 2018",
        "Das Projekt endet nach drei Jahren Laufzeit im Februar 2019.",
        # A deadline's or a schedule's label names a day or a list of them, not the year the project runs in.
        "Termin: 2019",
        "Termín: 2019",
        "Timeline: 2019",
        "Time frame: 2020",
        "Dates: 2021",
    ],
)
def test_a_single_year_of_something_else(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # A sentence about the project by its acronym alone, with no word for "project".
        ("GREENWAYS ran from 2016 to 2018.", 2016, 2018),
        ("GREENWAYS started in 2016 and ended in 2018.", 2016, 2018),
        ("REGIO-MOB began in 2016 and will end in 2019.", 2016, 2019),
        # Or an acronym the text names as its project elsewhere, whatever verb its sentence uses.
        ("The GREENWAYS project links four river towns.\nGREENWAYS mapped trails between 2016 and 2018.", 2016, 2018),
    ],
)
def test_a_sentence_whose_subject_is_the_projects_acronym(text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize(
    "text",
    [
        # A programme's, a fund's or an institution's short form opens sentences about their own periods.
        "INTERREG started in 2014 and ends in 2020.",
        "ERDF paid from 2016 to 2018.",
        "OECD data from 2010 to 2015 show growth.",
        "Between 2016 and 2018 tourism grew.",
        # Capitals that open a sentence name a disease, a measure or a strategy as often as a project.
        "COVID-19 spread from 2020 to 2022 across the region.",
        "GDP grew from 2015 to 2018 in the border regions.",
        "SMES grew between 2016 and 2019.",
        "SMEs grew between 2016 and 2019.",
        "NUTS regions changed from 2016 to 2018.",
        "EUROPE 2020 strategy ran from 2010 to 2020.",
        "Greenways grew from 2016 to 2018 along the coast.",
    ],
)
def test_a_sentence_about_something_else_in_capitals(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # The word for "year" after each year of a range: "2016 г. – 2018 г.", "2016 r. – 2018 r.".
        ("Период на изпълнение: 2016 г. – 2018 г.", 2016, 2018),
        ("Projekto trukmė: 2016 m. – 2018 m.", 2016, 2018),
        ("Okres realizacji: 2016 r. – 2018 r.", 2016, 2018),
        ("Trajanje projekta: 2016. godine – 2018. godine", 2016, 2018),
        ("Projekta īstenošana: 2016. gads – 2018. gads", 2016, 2018),
        ("Проект (2016 г. – 2018 г.)", 2016, 2018),
    ],
)
def test_a_range_with_the_word_for_year_after_each_year(text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize("text", ["Програма 2014 г. – 2020 г.", "Strategia 2016 r. – 2025 r."])
def test_such_a_range_of_a_programme_or_a_strategy(text: str) -> None:
    assert years(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # Erasmus+ projects call themselves partnerships, and name their key action before the range.
        "The partnership ran from 2016 to 2018.",
        "Die Partnerschaft lief von 2016 bis 2018.",
        "Le partenariat s'est déroulé de 2016 à 2018.",
        "Il partenariato si è svolto dal 2016 al 2018.",
        "Partnerstwo trwało od 2016 do 2018 roku.",
        "Erasmus+ KA2 2016-2018",
    ],
)
def test_a_partnership_and_its_key_action(text: str) -> None:
    assert years(text) == (2016, 2017, 2018)


@pytest.mark.parametrize("text", ["The partnership agreement covers 2016 to 2018.", "Erasmus+ KA2 2014-2020"])
def test_a_partnership_agreement_and_the_programmes_period(text: str) -> None:
    assert years(text) == ()


def test_a_start_and_the_projects_length_in_different_parts_of_a_report() -> None:
    report = "The project was launched in March 2019.\n\nPartners\nA, B, C\n\nSummary\nThis 30-month project links four ports."
    assert years(report) == (2019, 2020, 2021)
    # A length of something else in the report, a survey's or a course's, is no project's.
    assert years("The project started on 1 March 2019.\n\nThe survey ran for 6 months.") == ()
    assert years("The project started on 1 March 2019.\n\nThe training lasts 24 months for each pupil.") == ()


@pytest.mark.parametrize(
    "text",
    [
        # A programme's closing or opening event is not the project's: its date ends or starts nothing of the project.
        "The project started on 1 March 2019 and runs in four regions.\n\nNews\nFinal conference of the Interreg Europe programme: 5 December 2023",
        "Start: 1 March 2019\n\nAbschlusskonferenz des Programms am 5. Dezember 2023",
        "Kick-off meeting of the Interreg Europe programme: 12 March 2019, Lille. The project lasts 36 months.",
    ],
)
def test_a_programmes_event_dates_no_project(text: str) -> None:
    period = find_period(text)
    assert period is None or (period.start.year, period.end.year) not in ((2019, 2023), (2019, 2022))


def test_a_project_named_after_its_programme_keeps_its_event() -> None:
    assert years("Start: 1 March 2019\n\nFinal conference of the Interreg project GREENWAYS: 5 December 2021") == (2019, 2020, 2021)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # A part of a year before either year: the period starts or ends inside it.
        ("The project runs from the autumn of 2017 until the spring of 2020.", 2017, 2020),
        ("The partners worked together from early 2016 to the end of 2018 on the project.", 2016, 2018),
        ("Das Projekt läuft von Anfang 2017 bis Ende 2019.", 2017, 2019),
        ("Le projet se déroule de fin 2016 à début 2019.", 2016, 2019),
        ("Il progetto si svolge dalla fine del 2016 fino alla fine del 2018.", 2016, 2018),
        ("El proyecto se desarrolla desde principios de 2017 hasta finales de 2019.", 2017, 2019),
        ("O projeto decorre desde o início de 2017 até ao final de 2019.", 2017, 2019),
        ("Projekt realizowany jest od końca 2016 do połowy 2019 roku.", 2016, 2019),
        ("Projekt traje od jeseni 2017. do proljeća 2020.", 2017, 2020),
        ("Het project loopt van begin 2017 tot eind 2019.", 2017, 2019),
        # Croatian puts a full stop after each year; the sentence goes on after it with a small letter.
        ("Udruge su se okupile 2015. i od kraja 2016. godine do kraja 2019. projekt je povezao tri grada.", 2016, 2019),
        # Slovene "med ... in" (between ... and) and "v letih" (in the years).
        ("Projekt je potekal med letoma 2017 in 2019.", 2017, 2019),
        ("Projekt so partnerji izvajali med leti 2015 in 2018 v štirih regijah.", 2015, 2018),
        ("Projekt se je izvajal v letih 2016–2018 v treh občinah.", 2016, 2018),
        ("Projekt smo izvajali od leta 2016 do 2018.", 2016, 2018),
        ("Projekt byl realizován v letech 2016 až 2018.", 2016, 2018),
        ("The project runs 2016 through 2019 in three valleys.", 2016, 2019),
    ],
)
def test_a_period_told_with_words_between_its_years(text: str, first: int, last: int) -> None:
    assert years(text) == tuple(range(first, last + 1))


@pytest.mark.parametrize(
    "text",
    [
        "Between 2015 and 2018 the region's GDP grew by four per cent.",
        "From the end of 2016 to the end of 2019 unemployment in the county fell.",
        "Med letoma 2015 in 2018 se je število prebivalcev zmanjšalo.",
        # Slovene "in the years 2016 and 2018" names two years, not a period.
        "Obisk se je povečal v letih 2016 in 2018.",
        "The programme runs from the beginning of 2014 to the end of 2020.",
        "A survey carried out from early 2012 to late 2013 inspired the project.",
        "The regional bus line ran 2012 through 2015.",
    ],
)
def test_words_between_two_years_of_something_else(text: str) -> None:
    assert years(text) == ()
