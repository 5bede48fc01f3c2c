"""Publication dates from the text (header, dateline + a year found elsewhere, URL), never guessed."""
from __future__ import annotations

from datetime import date

import pytest

from regiomonitor.ingest.dateline import find_dateline
from regiomonitor.ingest.dates import first_lines, full_dates, publication_date
from regiomonitor.ingest.months import month_number

BODY = "Die Gebiete Witebsk und Pskow wollen den Warenverkehr über ihre gemeinsame Grenze deutlich ausbauen."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regionen\n05 Februar 2026, 12:38\nÜberschrift der Meldung\n" + BODY, date(2026, 2, 5)),
        ("flag Donnerstag, 5 Februar 2026\nAlle Nachrichten\n" + BODY, date(2026, 2, 5)),
        ("Veröffentlicht: 2024-11-30\n" + BODY, date(2024, 11, 30)),
        ("Stand: 07.02.2025\n" + BODY, date(2025, 2, 7)),
        ("7. Februar 2025\n" + BODY, date(2025, 2, 7)),
        ("February 7, 2025\n" + BODY, date(2025, 2, 7)),
        ("7 февраля 2025\n" + BODY, date(2025, 2, 7)),
        ("3. Jänner 2024\n" + BODY, date(2024, 1, 3)),
    ],
)
def test_header_dates(text, expected):
    assert publication_date(text) == expected


def test_dateline_year_from_image_paths():
    text = (
        "![](https://bild.example.by/images/storage/news/2025/000019_big.jpg)\n"
        "MINSK, 7. Februar (BelTA) - " + BODY + " Im Jahr 2023 waren es noch 300 Stück.\n"
        "![](https://bild.example.by/uploads/2025/2025-02-01-Images/foto.jpg)\n"
    )
    assert publication_date(text) == date(2025, 2, 7)  # not 2025-02-01 (a folder), not 2023 (the body)


def test_dateline_year_from_url():
    text = "MINSK, 7. Februar (BelTA) - " + BODY
    assert publication_date(text, url="https://deu.example.by/news/2024/artikel-123/") == date(2024, 2, 7)
    assert publication_date(text, url="https://deu.example.by/2023/02/07/artikel/") == date(2023, 2, 7)


def test_dateline_with_its_own_year():
    assert publication_date("ASTANA, 3. Juli 2023 (Kazinform) – " + BODY) == date(2023, 7, 3)


def test_dateline_without_a_year_gives_none():
    assert publication_date("MINSK, 7. Februar (BelTA) - " + BODY + " Seit 2019 wächst der Handel.") is None


def test_conflicting_years_give_none():
    text = (
        "MINSK, 7. Februar (BelTA) - " + BODY + "\n"
        "![](https://bild.example.by/images/2024/a.jpg)\n![](https://bild.example.by/images/2025/b.jpg)\n"
    )
    assert publication_date(text) is None


def test_body_dates_are_not_publication_dates():
    text = (
        "Die Ideologie der Partnerschaft\n"
        "Die Verträge wurden am 17. Januar 1996 in Minsk unterzeichnet, und seitdem ist der Handel "
        "zwischen beiden Ländern stark gewachsen. Am 9. Dezember 2010 folgte ein weiteres Abkommen.\n"
    )
    assert publication_date(text) is None


def test_full_date_in_url_only():
    assert publication_date(BODY, url="https://example.org/2022/05/17/meldung.html") == date(2022, 5, 17)
    assert publication_date(BODY, url="https://example.org/meldung-123.html") is None


def test_impossible_dates_are_ignored():
    assert full_dates("31. Februar 2025 und 2025-13-01") == []


def test_dateline_parts():
    line = find_dateline("Alle Nachrichten\nMINSK, 7. Februar (BelTA) - Text")
    assert (line.place, line.day, line.month, line.year, line.agency) == ("MINSK", 7, 2, None, "BelTA")
    assert find_dateline("Bereits am 27. November trafen sich die Präsidenten.") is None


def test_month_table():
    assert month_number("März") == 3 and month_number("Sept.") == 9 and month_number("октября") == 10
    assert month_number("Montag") is None


def test_date_on_a_line_of_its_own_under_the_lead():
    text = (
        "Wirtschaft\n\nBelarus liefert Muldenkipper nach Jakutien\n\n"
        "Ein neuer Großauftrag zeigt, wie eng die Werke aus Schodsina mit den Rohstoffregionen verbunden sind.\n\n"
        "12.03.2024\n\nDie ersten Fahrzeuge sollen im Sommer kommen. Am 27. November 2019 gab es den ersten Vertrag."
    )
    assert publication_date(text) == date(2024, 3, 12)
    assert publication_date("Einleitung mit genug Wörtern, damit sie als Text zählt und nicht als Kopf.\n\nVeröffentlicht am 5. Juni 2023, 10:15\n\nText") == date(2023, 6, 5)


def test_a_date_inside_a_sentence_is_no_publication_date():
    assert publication_date("Die Gespräche begannen am 27. November 2019 in Minsk und dauerten zwei volle Tage lang an.") is None


def test_article_year_at_the_end_of_the_url_beats_years_in_the_slug():
    text = "MINSK, 14. März (BelTA) – Die Gebiete wollen ihre Zusammenarbeit im Maschinenbau weiter ausbauen."
    url = "https://deu.belta.by/regions/view/fahrplan-bis-2026-vereinbart-81562-2024/"
    assert publication_date(text, url) == date(2024, 3, 14)


def test_dateline_with_its_year_may_end_in_a_full_stop():
    text = (
        "Über die Zusammenarbeit zweier Gebiete\n\n"
        "Mogiljow, 12. Oktober 2022. In der Stadt Mogiljow tagte die gemeinsame Arbeitsgruppe beider Gebiete."
    )
    assert publication_date(text) == date(2022, 10, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day or year glued to further digits is no date
        ("112.03.2024 und 1.2.2024", [date(2024, 2, 1)]),
        ("12024-01-05 und 2024-01-05", [date(2024, 1, 5)]),
        ("1.12.03.2024", []),
        ("113. März 2024, 13. März 2024", [date(2024, 3, 13)]),
        # the month first, in English style
        ("on February 7, 2025 in Minsk", [date(2025, 2, 7)]),
        ("Februar 2025 und im März 7 2025", [date(2025, 3, 7)]),
    ],
)
def test_dates_need_digit_runs_of_their_own(text, expected):
    assert full_dates(text) == expected


def test_first_lines_are_the_first_non_empty_lines_stripped():
    text = "\n  Kopf \n\n" + "\n".join(f" Zeile {i}" for i in range(100)) + "\n"
    expected = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for n in (0, 1, 5, 50, 101, 200):
        assert first_lines(text, n) == expected[:n]
    assert first_lines("", 3) == []


def test_dateline_in_a_long_text_is_found_in_its_first_lines():
    head = "\n \n Titel der Meldung\n\nMINSK, 7. Februar 2025 (BelTA) - Die Gebiete wollen mehr.\n"
    body = "Die Zusammenarbeit der Regionen wächst weiter.\n" * 500
    dateline = find_dateline(head + body)
    assert (dateline.place, dateline.day, dateline.month, dateline.year) == ("MINSK", 7, 2, 2025)
    assert find_dateline("Menü\n" * 12 + head + body) is None  # beyond the first lines


def test_a_date_after_a_place_and_an_agency_on_a_line_of_its_own():
    text = ("Maschinen für den Norden\n\nTraktoren aus Minsk sind in den Getreideregionen sehr gefragt.\n\n"
            "Bonn (GTAI) – 20.08.2024\n\nDie Getreideregionen im Norden gehören zu den wichtigsten Märkten der Branche.")
    assert publication_date(text) == date(2024, 8, 20)
    body_date = text.replace("Bonn (GTAI) – 20.08.2024", "Am 20.08.2024 sprach der Minister in Bonn (GTAI) – lange")
    assert publication_date(body_date) is None


@pytest.mark.parametrize(
    "masthead, expected",
    [
        ("Nr. 12 (4410) | Freitag, 07.06.2024 | Wirtschaft", date(2024, 6, 7)),
        ("Ostwirtschaft heute · Regionen · Montag, 2. September 2024", date(2024, 9, 2)),
    ],
)
def test_a_masthead_line_gives_the_date_despite_its_dots(masthead, expected):
    text = (
        "WOLGA-BOTE\n" + masthead + "\n\nSamara liefert Saatgut nach Gomel\n\n"
        "Das Gebiet Samara und das Gebiet Gomel vereinbarten am Mittwoch neue Lieferungen. "
        "Am 14. Mai 2023 hatten beide Seiten einen Fahrplan unterzeichnet.\n"
    )
    assert publication_date(text) == expected


def test_a_date_line_with_the_editors_name_after_a_separator():
    text = ("Ostwirtschaft.de | Startseite › Länder › Kasachstan › Maschinenbau › Landtechnik\n\n"
            "Landtechnik für Kostanai\n\n13. Februar 2025 · Redaktion Ostwirtschaft.de\n\n"
            "Die belarussischen Hersteller bauen ihre Montage in Kasachstan aus, teilte das Akimat mit.\n")
    assert publication_date(text) == date(2025, 2, 13)


def test_a_dateline_with_a_numeric_date():
    text = ("Sächsisches Staatsministerium für Wirtschaft\nMedieninformation 12/2024\n\n"
            "Sachsen und Karaganda vereinbaren eine Partnerschaft\n\n"
            "Dresden, 16.05.2024 – Sachsen und die Region Karaganda wollen bei Rohstoffen zusammenarbeiten.\n")
    assert publication_date(text) == date(2024, 5, 16)
    assert find_dateline(text).place == "Dresden"


def test_a_dateline_with_the_agency_between_slashes_ends_in_a_full_stop():
    text = ("Chatlon und Kursk vereinbaren Lieferungen\n\n"
            "KULOB, 02.06.2025 /Asia-Plus/. Das Gebiet Chatlon und das Gebiet Kursk wollen mehr Obst handeln.\n")
    assert publication_date(text) == date(2025, 6, 2)
    assert find_dateline(text).agency == "Asia-Plus"


def test_a_menu_and_a_masthead_under_the_headline_stay_in_the_header():
    text = ("WIRTSCHAFTSDIENST OST\nNachrichten | Märkte | Statistik | Regionen | Termine | Abo\n\n"
            "Handel der Regionen mit Belarus: Kursk vorn, Orjol wächst am schnellsten\n\n"
            "Veröffentlicht: 12.03.2025, 10:20 | Rubrik: Statistik | Von Marina Orlowa\n\n" + BODY + "\n")
    assert publication_date(text) == date(2025, 3, 12)


def test_a_portal_name_over_a_menu_is_header_too():
    text = ("Offizielles Portal der Verwaltung des Nenzischen Autonomen Kreises\n"
            "Startseite | Gouverneur | Regierung | Pressezentrum | Partnerregionen: Gebiet Archangelsk · Republik Komi\n"
            "Pressedienst des Gouverneurs · 22.11.2024 · 15:10\n\n"
            "Juri Besdudny empfängt Delegation aus dem Gebiet Witebsk\n\n" + BODY + "\n")
    assert publication_date(text) == date(2024, 11, 22)


def test_a_menu_with_an_issue_number_does_not_end_the_header_and_a_byline_may_carry_the_date():
    page = ("Deutsche Allgemeine Zeitung\n"
            "Aktuell | Politik | Wirtschaft | Gesellschaft | Kultur | Sprache | Archiv   Ausgabe Nr. 36 · E-Paper · Abo\n"
            "Wirtschaft | 19. September 2025\n\nAktau und Rostock rücken zusammen\n\n"
            "Das Gebiet Mangghystau und das Land Mecklenburg-Vorpommern wollen beim Hafenbau zusammenarbeiten.\n")
    assert publication_date(page) == date(2025, 9, 19)
    page = ("MDZ · Moskauer Deutsche Zeitung\n\nMari El und Grodno: Eine Partnerschaft aus Milch und Holz für beide Seiten\n\n"
            "Die kleine Wolgarepublik Mari El sucht ihr Glück im Westen, nicht in Europa, sondern in Belarus.\n\n"
            "Von Katharina Brenner | 12.03.2025\n\n"
            "Auf dem Hof der Molkerei am Stadtrand von Joschkar-Ola stehen drei nagelneue Abfüllanlagen aus Grodno.\n")
    assert publication_date(page) == date(2025, 3, 12)


def test_an_authors_name_before_the_date():
    page = ("„Fergana und Gomel passen zusammen“\n\nUsbekistans Botschafter in Minsk über Mähdrescher, Garn und das Ziel "
            "von zwei Milliarden Dollar im Handel beider Länder\n\nAljona Kruk | 4. Juli 2025\n\n"
            "Herr Botschafter, wie entwickelt sich der Handel zwischen Usbekistan und Belarus in diesem Jahr?\n")
    assert publication_date(page) == date(2025, 7, 4)


def test_a_date_line_with_time_and_update_under_the_headline():
    page = ("BelTA · Belarussische Telegrafenagentur\n\nGouverneur des Gebiets Kirow in Witebsk: Dokumente über mehr als "
            "2 Mrd. russische Rubel unterzeichnet\n\n17.04.2025 | 16:22 · Aktualisiert 17:05\n\n"
            "Der Gouverneur des Gebiets Kirow ist am Donnerstag mit Vertretern von 30 Unternehmen gekommen.\n")
    assert publication_date(page) == date(2025, 4, 17)


def test_a_consent_notice_above_the_headline_leaves_the_byline_date_in_the_header():
    text = ("Diese Seite nutzt Cookies und ähnliche Technologien für Statistik und Marketing. Sie können Ihre "
            "Auswahl jederzeit ändern. Akzeptieren | Nur notwendige\nOSTHANDEL AKTUELL\n\nMilch aus Grodno für Kasan\n\n"
            "Von Jana Winter · Veröffentlicht am 14. März 2025 · Lesezeit 4 Min.\n\n"
            "Das Gebiet Grodno und Tatarstan vereinbarten am Montag neue Lieferungen von Milchpulver und Käse.")
    assert publication_date(text) == date(2025, 3, 14)


def test_a_date_line_with_a_swiss_time_and_a_reading_time_and_a_wire_header_with_a_glued_month():
    swiss = ("ZÜRCHER BOTE\nInternational › Asien\n\nKamele statt Kutter\n\nAm Aralsee arbeiten zwei Gebiete enger "
             "zusammen, wie man in Nukus hört.\n\nPeter Brunner, Nukus\n07.03.2025, 06.15 Uhr · 6 min\n\n"
             "Im Hafen von Mojnak liegen die Kutter noch immer im Sand, das Wasser ist weit weg.")
    assert publication_date(swiss) == date(2025, 3, 7)
    wire = ("APA0377 5 WA 0311 XI Di, 4.Nov 2025\n\nWirtschaft/Georgien/Handel\n\nMehr Lastwagen am Grenzübergang\n\n"
            "Tiflis (APA/dpa) - Über den Grenzübergang rollte heuer so viel Fracht wie nie zuvor, teilte das Ministerium mit.")
    assert publication_date(wire) == date(2025, 11, 4)


def test_a_page_address_in_the_text_and_a_source_line_in_the_footer_date_an_undated_page():
    body = ("\n\nMongolei: Zwei Provinzen rücken zusammen\n\nDie westlichste Provinz der Mongolei baut ihre Beziehungen "
            "zum Gebiet Ostkasachstan aus, wie die Verwaltung mitteilte.\n\nDer Gouverneur lud weitere Firmen ein.\n")
    assert publication_date(body) is None
    assert publication_date("https://www.exportportal.example.ch/de/news/2025-06-12-mongolei-kasachstan" + body) \
        == date(2025, 6, 12)
    assert publication_date(body + "\n/mk/ra\n\nWirtschaftsdienst · Ticker · 16.10.2025 · 11:45 Uhr\n") == date(2025, 10, 16)
    assert publication_date(body + "\n(„Wiener Abendblatt“, Print-Ausgabe, 03.11.2025)\n\nZur Autorin: Sie berichtet "
                                   "seit 2019 aus Tiflis über den Kaukasus.\n") == date(2025, 11, 3)
    # a sentence with a date at the end of the body dates an event, not the page
    assert publication_date(body + "\nAm 20.08.2024 sprach der Minister in Bonn\n") is None


def test_a_byline_with_fields_under_the_standfirst_an_issue_line_and_a_citation_suggestion_date_a_page():
    body = ("\n\nDie westlichste Provinz der Mongolei baut ihre Beziehungen zum Gebiet Ostkasachstan aus, wie die "
            "Verwaltung mitteilte.\n\nDer Gouverneur lud weitere Firmen ein.\n")
    page = ("Um unser Angebot zu finanzieren, nutzen wir Cookies und Werbung. [Akzeptieren]\nTIROLER BLATT\n\nSeilbahnen "
            "für den Kaukasus\n\nEin Tiroler Familienbetrieb baut Bahnen in zwei Regionen, die nun auch bei der "
            "Ausbildung zusammenarbeiten wollen.\n\nVon Vera Hasl | 17. Jänner 2020, 18:02 Uhr | Aktualisiert: 18. Jänner "
            "2020, 09:15 Uhr | Lesezeit: 3 Min." + body)
    assert publication_date(page) == date(2020, 1, 17)
    newsletter = ("Probleme mit der Darstellung? Newsletter im Browser öffnen\nMONGOLEI-BRIEF\nAusgabe 14/2025 vom 8. Juli "
                  "2025\n" + body + "\nTermine\n23. September 2025, Berlin: Wirtschaftstag mit Vertretern\n"
                  "14.–16. Oktober 2025, Ulaanbaatar: Fachmesse Bergbau\n")
    assert publication_date(newsletter) == date(2025, 7, 8)
    # a programme of events at the foot dates nothing
    assert publication_date(body + "\nTermine\n23. September 2025, Berlin: Wirtschaftstag mit Vertretern\n") is None
    assert publication_date(body + "\nZitiervorschlag: Ober, K.: Georgien liefert Wein. Branchendienst Export, "
                                   "Beitrag vom 14.11.2024.\n") == date(2024, 11, 14)


def test_an_impossible_date_in_a_citation_line_dates_nothing_and_breaks_nothing():
    assert publication_date("Ein Text.\n\nZitiervorschlag: Beitrag vom 32.13.2024.\n") is None


def test_a_translated_date_line_with_jahr_and_a_view_counter():
    text = ("PENSA-NACHRICHTEN\nHauptsache · Gesellschaft · Wirtschaft · Sport\nAchtung! Der Text wurde automatisch aus "
            "dem Russischen übersetzt. Original anzeigen\n20 November 2025 Jahr, 11:47     Durchsichten: 1 093\n\n"
            "Das Gebiet Pensa und die Stadt Minsk haben Verträge über 1,2 Milliarden Rubel unterschrieben, hieß es.\n")
    assert publication_date(text) == date(2025, 11, 20)


def test_a_two_digit_year_in_a_byline_of_fields_a_print_edition_line_a_permalink_and_a_sites_date_of_today():
    body = ("\n\nDie westlichste Provinz der Mongolei baut ihre Beziehungen zum Gebiet Ostkasachstan aus, wie die "
            "Verwaltung mitteilte.\n\nDer Gouverneur lud weitere Firmen ein.\n")
    assert publication_date("ILM-BOTE\n\nSeilbahnen für den Kaukasus\n\nEin Betrieb baut Bahnen in zwei Regionen, die "
                            "nun auch bei der Ausbildung zusammenarbeiten wollen.\n\nVon Fritz Mohr | 12.03.25, 18:40 Uhr | "
                            "Lesezeit: 4 Minuten" + body) == date(2025, 3, 12)
    assert publication_date(body + "\nErschienen in der Printausgabe vom Donnerstag, 22. Mai 2025\n") == date(2025, 5, 22)
    assert publication_date(body + "\nPermalink: https://www.echo.example/wein/2024-10-23/winzer-samarkand\n") \
        == date(2024, 10, 23)
    assert publication_date("Projekte\nflag Mittwoch, 11 Juni 2025\nAlle Nachrichten\n10 Juni 2025, 17:22\n" + body) \
        == date(2025, 6, 10)
