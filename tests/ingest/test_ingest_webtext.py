"""Cleaning of news pages given as text: furniture, images, appeals, comments, repeats."""
from __future__ import annotations

import pytest

from regiomonitor.ingest.boilerplate import boilerplate, group_phrases, parse_phrases
from regiomonitor.ingest.markdown import markdown_to_text
from regiomonitor.ingest.webtext import clean_web_text

# the body of the pages below: what stays when their furniture goes
KURSK_BODY = ("Das Gebiet Kursk und das Gebiet Gomel wollen mehr Getreide und Landtechnik handeln, teilte die "
              "Gebietsregierung am Mittwoch mit.\n\n")


@pytest.fixture
def news(fixtures_dir):
    return clean_web_text((fixtures_dir / "news_page_de.txt").read_text(encoding="utf-8"))


def test_headline_becomes_title_and_first_paragraph(news):
    assert news.title == "Witebsk und Pskow wollen mehr Güter über die Straße transportieren"
    assert news.text.split("\n\n")[0] == news.title
    assert news.text.split("\n\n")[1].startswith("WITEBSK, 12. März (BelTA) – Die Gebiete")


def test_head_and_tail_furniture_is_gone(news):
    for furniture in ("Startseite", "Politik", "flag Mittwoch", "Alle Nachrichten", "Regionen\n",
                      "12 März 2025, 09:15", "Teilen", "Telegram", "Weitere Meldungen", "Zum Archiv"):
        assert furniture not in news.text + "\n", furniture


def test_images_loading_appeals_and_comments_are_gone(news):
    assert "![" not in news.text and "bild.example.by" not in news.text
    assert "Loading" not in news.text
    assert "Cookies" not in news.text and "Spende" not in news.text
    assert "Kommentar" not in news.text and "Spediteure" not in news.text
    assert "dropped the comment section" in news.warnings


def test_repeated_paragraphs_are_kept_once(news):
    assert news.text.count("Nach Angaben der Gebietsverwaltung wuchs der Handel") == 1
    assert news.text.count("gemeinsamen Logistikknoten") == 1
    assert news.text.endswith("der bis Ende 2026 fertig sein soll.")
    assert "dropped 2 repeated paragraphs" in news.warnings


def test_furniture_is_recognised_by_shape_not_by_list():
    page = "\n".join(
        [
            "Sport",  # none of these lines is in boilerplate_de.txt
            "Kultur und Gesellschaft",
            "Zuletzt aktualisiert",
            "Neue Buslinie verbindet Mogiljow und Smolensk",
            "MOGILJOW, 2. Mai (BelTA) - Zwischen Mogiljow und Smolensk verkehrt seit heute eine neue Buslinie. "
            "Die Fahrt dauert rund fünf Stunden.",
            "Der Betreiber plant zunächst zwei Fahrten pro Tag und will das Angebot im Sommer erweitern.",
            "Mehr zum Thema",
            "Verkehr in der Region",
        ]
    )
    result = clean_web_text(page)
    assert result.title == "Neue Buslinie verbindet Mogiljow und Smolensk"
    assert result.text.split("\n\n") == [
        "Neue Buslinie verbindet Mogiljow und Smolensk",
        "MOGILJOW, 2. Mai (BelTA) - Zwischen Mogiljow und Smolensk verkehrt seit heute eine neue Buslinie. "
        "Die Fahrt dauert rund fünf Stunden.",
        "Der Betreiber plant zunächst zwei Fahrten pro Tag und will das Angebot im Sommer erweitern.",
    ]


def test_wordpress_comment_header_names_the_title():
    page = "\n".join(
        [
            "Die Partnerstädte Brest und Tula haben ihren Vertrag über die Zusammenarbeit um fünf Jahre verlängert. "
            "Geplant sind Schüleraustausche und gemeinsame Konzerte.",
            "2 thoughts on “Brest und Tula verlängern Partnerschaft”",
            "Sehr schön, dass es weitergeht mit den Partnerschaften.",
        ]
    )
    result = clean_web_text(page)
    assert result.title == "Brest und Tula verlängern Partnerschaft"
    assert "Sehr schön" not in result.text


def test_text_without_running_prose_is_kept_whole():
    assert clean_web_text("Minsk und Kasan").text == "Minsk und Kasan"
    assert clean_web_text("Handel wächst um 5 Prozent").text == "Handel wächst um 5 Prozent"


def test_a_comments_menu_entry_in_the_header_does_not_cut_the_article():
    page = "Kommentare\nLeitartikel der Woche zur Zusammenarbeit\n" + (
        "Die Zusammenarbeit der Regionen wächst seit Jahren, und beide Seiten wollen sie weiter ausbauen."
    )
    assert "Die Zusammenarbeit der Regionen wächst" in clean_web_text(page).text


def test_boilerplate_file_loads_with_all_sections():
    phrases = boilerplate()
    assert phrases.is_furniture_line("Loading...")
    assert phrases.is_furniture_line("  alle nachrichten ")
    assert not phrases.is_furniture_line("Alle Nachrichten des Tages über die Zusammenarbeit der Regionen")
    assert phrases.is_appeal("Wir brauchen Ihre Unterstützung!")
    assert phrases.opens_comments("Schreibe einen Kommentar")
    with pytest.raises(ValueError):
        parse_phrases("[unbekannt]\netwas\n")


@pytest.mark.parametrize("section", ["paragraph_phrases", "comment_phrases"])
def test_phrase_groups_hold_every_phrase_once_under_a_shared_substring(section):
    groups = getattr(boilerplate(), section).groups
    phrases = [p for _, group in groups for p in group]
    assert len(phrases) == len(set(phrases))
    assert all(shared in p for shared, group in groups for p in group)


def test_phrase_groups_find_what_a_test_of_every_phrase_finds():
    phrases = ["jetzt spenden", "spendenkonto", "per paypal", "mit einer spende", "alle", "x"]
    groups = group_phrases(phrases)
    texts = ["bitte jetzt spenden!", "unser spendenkonto", "spende per paypal", "ein x", "allerdings",
             "mit einer spende", "nichts davon", "spenden", ""]
    for text in texts:
        assert groups.found_in(text) == any(p in text for p in phrases), text


def test_markdown_syntax_is_reduced_to_text():
    text, title = markdown_to_text(
        "# Gomel und Brjansk\n\n![Foto](https://example.org/a.jpg)\n"
        "Die **Gebiete** arbeiten mit [Partnern](https://example.org/p) zusammen.\n- Landwirtschaft\n"
    )
    assert title == "Gomel und Brjansk"
    assert text.split("\n") == ["Gomel und Brjansk", "", "", "Die Gebiete arbeiten mit Partnern zusammen.", "Landwirtschaft", ""]


def test_menu_and_breadcrumb_lines_are_furniture_and_never_the_title():
    page = ("Offizielles Internetportal\n\nStartseite / Pressezentrum / Nachrichten\n\n"
            "Delegation aus Tscheljabinsk besucht das Gebiet Brest\n\n"
            "Am 9. April empfing der Vorsitzende des Gebietsexekutivkomitees eine Delegation aus dem Ural. "
            "Gesprochen wurde über Lieferungen von Traktoren.\n\nPolitik | Wirtschaft | Regionen | Kultur\n\n"
            "Beide Seiten wollen den Handel mit Lebensmitteln und Maschinen im nächsten Jahr deutlich ausbauen.")
    web = clean_web_text(page)
    assert web.title == "Delegation aus Tscheljabinsk besucht das Gebiet Brest"
    assert "Startseite" not in web.text and "Politik | Wirtschaft" not in web.text
    assert "Wizebsk/Witebsk. Mit der Unterzeichnung" in clean_web_text(
        "Titel des Artikels über Witebsk\n\nWizebsk/Witebsk. Mit der Unterzeichnung von Verträgen endete das Forum der Regionen.").text


def test_a_list_of_other_articles_teasers_goes():
    page = ("Gomel und Shandong bauen Handel aus\n\n"
            "Das Gebiet Gomel und die Provinz Shandong wollen den Warenaustausch in diesem Jahr deutlich steigern.\n\n"
            "Mehr zum Thema\n• Witebsk: Investor aus Jiangsu plant Werk für 30 Mio. Dollar\n"
            "• Lukaschenko empfängt Delegation aus Heilongjiang\n\n"
            "Die Partner wollen außerdem ein gemeinsames Logistikzentrum in Gomel eröffnen, hieß es weiter.")
    text = clean_web_text(page).text
    assert "Jiangsu" not in text and "Heilongjiang" not in text and "Mehr zum Thema" not in text
    assert "Logistikzentrum in Gomel" in text


def test_masthead_skip_links_space_menus_and_copyright_go_subtitle_and_byline_stay():
    page = "\n".join([
        "Zum Inhalt springen | Version für Sehbehinderte",
        "Startseite   Region   Wirtschaft   Kontakt      RU | DE",
        "Nr. 12 (4410) | Freitag, 07.06.2024 | Wirtschaft",
        "Gomeler Glas für die Baustellen am Don",
        "Werk und Gebiet Rostow vereinbaren mehrjährige Lieferungen",
        "Von Sabine Krüger | Rostow am Don",
        "Das Gebiet Gomel und das Gebiet Rostow haben am Mittwoch einen Liefervertrag über Flachglas unterzeichnet.",
        "Die ersten Lastwagen sollen schon im Juli in Rostow ankommen, teilte die Verwaltung mit.",
        "© 2024 Verwaltung des Gebiets Rostow | Impressum | Datenschutz",
    ])
    result = clean_web_text(page)
    assert result.title == "Gomeler Glas für die Baustellen am Don"
    paragraphs = result.text.split("\n\n")
    assert paragraphs[:3] == [
        "Gomeler Glas für die Baustellen am Don",
        "Werk und Gebiet Rostow vereinbaren mehrjährige Lieferungen",
        "Von Sabine Krüger | Rostow am Don",
    ]
    assert not any(p.startswith(("Zum Inhalt", "Startseite", "Nr. 12", "©")) for p in paragraphs)


def test_headlines_of_other_articles_after_link_marks_go_and_list_points_stay():
    page = (
        "Gebiet Mogiljow liefert Aufzüge nach Kursk\n\n"
        "Das Gebiet Mogiljow hat mit dem Gebiet Kursk einen Vertrag über 80 Aufzüge geschlossen. Die Lieferung "
        "beginnt im Frühjahr, teilte das Exekutivkomitee mit.\n\n"
        "Vereinbart wurden außerdem:\n\n"
        "• ein Austausch von Studierenden der beiden Agraruniversitäten\n\n"
        "• gemeinsame Messen in Mogiljow und Kursk\n\n"
        "Die nächste Sitzung der Arbeitsgruppe ist für den Herbst in Kursk geplant.\n\n"
        "Teilen: VK · Telegram\n\n"
        "› Gebiet Orenburg kauft Busse für 9 Mio. Dollar\n\n"
        "· Usbekistan: Textilfirma eröffnet Werk in Buchara\n"
    )
    text = clean_web_text(page).text
    assert "Orenburg" not in text and "Buchara" not in text
    assert "• ein Austausch von Studierenden" in text and "• gemeinsame Messen" in text
    # one line after a link mark alone is no list of teasers
    single = page.replace("Vereinbart wurden außerdem:", "› Weitere Aufzüge sollen im nächsten Jahr folgen\n\nVereinbart wurden außerdem:")
    assert "› Weitere Aufzüge sollen" in clean_web_text(single).text


def test_dot_menus_ticker_lines_go_and_a_mastheads_byline_stays():
    page = (
        "KURSK-ONLINE · Nachrichten\n\n"
        "Regionen: Kursk · Belgorod · Orjol · Brjansk\n\n"
        "Kursk und Gomel wollen Handel mit Getreide ausbauen\n\n"
        "Veröffentlicht: 12.03.2025, 10:20 | Rubrik: Wirtschaft | Von Marina Orlowa\n\n"
        + KURSK_BODY +
        "Aktuelle Meldungen\n\n"
        "14:05  Orjoler Mühle liefert Mehl nach Usbekistan\n\n"
        "13:48  Belgorod: Neues Werk für Futtermittel\n"
    )
    text = clean_web_text(page).text
    assert "Orjol" not in text and "Belgorod" not in text and "Usbekistan" not in text
    assert "Von Marina Orlowa" in text and "Rubrik" not in text


def test_a_press_contact_with_phone_or_mail_is_furniture():
    page = ("Kursk und Gomel bauen Handel aus\n\n"
            + KURSK_BODY +
            "Pressekontakt: Anna Berger, Referentin Kommunikation, Tel. 0471 000000-12, presse@kursk-gomel.example.de\n")
    text = clean_web_text(page).text
    assert "Anna Berger" not in text and "Landtechnik handeln" in text


def test_headlines_under_a_latest_news_heading_and_inline_link_lists_go():
    page = (
        "Kursk und Gomel bauen Handel aus\n\n"
        + KURSK_BODY +
        "Weitere Meldungen: › Gebiet Orenburg kauft Busse für 9 Mio. Dollar › Buchara eröffnet Textilwerk\n\n"
        "Letzte Nachrichten aus Belarus\n\n"
        "Gebiet Witebsk und Jaroslawl vereinbaren Lieferungen für 40 Mio. US-Dollar\n\n"
        "Lukaschenko: Die Regionen müssen mehr exportieren\n"
    )
    text = clean_web_text(page).text
    assert "Orenburg" not in text and "Jaroslawl" not in text and "Lukaschenko" not in text
    assert "Landtechnik handeln" in text


def test_a_teaser_headline_ending_in_an_abbreviation_goes_and_one_with_two_sentences_stays():
    page = (
        "Kursk und Gomel bauen Handel aus\n\n"
        + KURSK_BODY +
        "Mehr zum Thema\n"
        "Tiroler Seilbahnen für Almaty: Auftrag über 30 Mio. Fr.\n"
        "Die Messe findet im Mai statt. Aussteller aus Kursk sind dabei.\n"
    )
    text = clean_web_text(page).text
    assert "Almaty" not in text and "Aussteller aus Kursk" in text


def test_a_list_of_other_articles_in_the_headings_own_line_goes():
    page = ("Kursk und Gomel bauen Handel aus\n\n"
            + KURSK_BODY +
            "Weitere Nachrichten: › Archangelsk und Murmansk vereinbaren Frachtverkehr für 2 Mrd. Rubel\n")
    assert "Archangelsk" not in clean_web_text(page).text


def test_exchange_rates_and_a_paywall_line_are_furniture():
    page = ("Mogiljow und Shandong vereinbaren Roadmap\n\n"
            "Wechselkurse NBRB: USD 3,2764 · EUR 3,4012 · CNY 100 = 44,87\n\n"
            "Das Gebiet Mogiljow und die Provinz Shandong wollen mehr Milchprodukte handeln, teilte das "
            "Exekutivkomitee am Mittwoch mit.\n\n"
            "Lesen Sie weiter mit Mogiljow-Kurier PLUS – 1 Monat für 0,99 €\n")
    text = clean_web_text(page).text
    assert "3,2764" not in text and "0,99" not in text and "Milchprodukte" in text


def test_an_advert_after_its_mark_a_job_offer_and_a_list_of_press_releases_go():
    page = ("Kursk und Gomel bauen Handel aus\n\n"
            + KURSK_BODY +
            "Anzeige\n"
            "Chinesisch lernen mit Muttersprachlern – ab 19,90 € im Monat\n\n"
            "Die Messe findet im Mai statt. Aussteller aus Kursk sind dabei, sagte der Sprecher.\n\n"
            "Jobs: Vertriebsingenieur Zentralasien (m/w/d), Chemnitz – bis 72.000 € p. a.\n\n"
            "Weitere Pressemitteilungen\n"
            "Nr. 411/2025: Land fördert Wasserstoffnetz in Leuna mit 14 Mio. Euro\n")
    text = clean_web_text(page).text
    assert "19,90" not in text and "72.000" not in text and "Leuna" not in text
    assert "Aussteller aus Kursk" in text


def test_a_long_line_after_an_advert_mark_is_running_text():
    body = ("Das Gebiet Kursk liefert seit Jahren Getreide nach Gomel, und beide Seiten wollen den Handel "
            "im kommenden Jahr noch deutlich ausbauen, wie der Gouverneur am Montag sagte.")
    page = "Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY + "Anzeige\n" + body + "\n"
    assert body in clean_web_text(page).text


def test_a_byline_above_the_headline_goes_under_it_and_an_arrow_breadcrumb_is_a_menu():
    page = ("Startseite → Pressezentrum → Nachrichten\n"
            "Von Jana Vollmer | Bonn | 18.03.2025\n\n"
            "Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY)
    cleaned = clean_web_text(page)
    assert cleaned.title == "Kursk und Gomel bauen Handel aus"
    assert cleaned.text.startswith("Kursk und Gomel bauen Handel aus\n\nVon Jana Vollmer\n\n")
    assert "Pressezentrum" not in cleaned.text


def test_similar_news_a_translation_notice_and_a_menu_spaced_by_two_blanks_go():
    page = ("Region  Schweiz  International  Wirtschaft  Sport  Kultur\n\n"
            "Diese Seite wurde maschinell aus dem Russischen übersetzt. Maßgeblich ist die russische Fassung.\n\n"
            "Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY +
            "Ähnliche Nachrichten:\n\n• Samarkand und Gebiet Mogiljow: Verträge über 15 Mio. Dollar\n")
    text = clean_web_text(page).text
    assert "Schweiz" not in text and "Russischen" not in text and "Samarkand" not in text


def test_more_from_a_town_and_a_bilingual_related_heading_open_lists_also_under_an_advert_mark():
    page = ("Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY +
            "Anzeige\n\nMehr aus Papenburg\nMeyer Werft: Land sichert Bürgschaft über 2,6 Mio. Euro für Zulieferer\n\n"
            "Boshqa yangiliklar / Weitere Nachrichten\nAndischan: Investitionen von 15 Mio. Dollar in die Lederverarbeitung\n")
    text = clean_web_text(page).text
    assert "2,6 Mio." not in text and "Andischan" not in text and "Kursk" in text


def test_an_authors_name_and_date_in_a_masthead_keep_the_name():
    page = ("Kursk und Gomel bauen Handel aus\n\nAljona Kruk | 4. Juli 2025\n\n" + KURSK_BODY)
    assert "\n\nAljona Kruk\n\n" in clean_web_text(page).text


def test_a_subscription_offer_is_furniture():
    page = "Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY + "Jetzt abonnieren: 10 Ausgaben für 89 Euro · Impressum · Datenschutz\n"
    assert "89 Euro" not in clean_web_text(page).text


def test_a_releases_place_and_date_line_stays_and_a_releases_list_is_no_teaser_list():
    page = ("Handelsvertretung der Russischen Föderation in der Bundesrepublik Deutschland\n"
            "Startseite · Über uns · Presse · Kontakt\nPressemitteilungen › 2021\nPressemitteilung Nr. 27/2021\n"
            "Berlin, 22. Juni 2021\n\nGebiet Lipezk wirbt in Hannover um niedersächsische Investoren\n\n" + KURSK_BODY)
    text = clean_web_text(page).text
    assert "Berlin, 22. Juni 2021" in text and "Gebiet Lipezk wirbt in Hannover" in text


def test_a_fact_box_under_the_text_stays_and_a_weather_widget_and_regional_teasers_go():
    page = ("BELTA\n☀ Minsk +24 °C\nNachrichten | Wirtschaft | Regionen\n\nKursk und Gomel bauen Handel aus\n\n" + KURSK_BODY +
            "Auf einen Blick: Gebiet Kursk 2024\nEinwohner: 1,1 Mio.\nAußenhandelsumsatz: 1,9 Mrd. US-Dollar\n\n"
            "Aktuelles aus der Region:\n• Burabai: Touristensaison bringt 4 Mrd. Tenge Einnahmen\n")
    text = clean_web_text(page).text
    assert "Außenhandelsumsatz: 1,9 Mrd. US-Dollar" in text
    assert "°C" not in text and "Burabai" not in text


def test_rate_and_price_tickers_author_notes_and_article_tips_go():
    page = ("MONGOLEI HEUTE\nWechselkurs: 1 EUR = 3.870 MNT\nRohstoffpreise: Eisenerz 104 $/t · Kupfer 9.420 $/t\n\n"
            "Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY +
            "Weiterlesen mit Ostplus – 4 Wochen für 1 Euro, danach 12,90 Euro im Monat\n"
            "Über den Autor\nJan Weber ist Chefredakteur und berichtet seit 2012 aus Minsk und Almaty.\n"
            "Zur Autorin: Eva Roth berichtet seit 2019 aus Tiflis über den Kaukasus.\n\n"
            "Passend zum Artikel\nSchweizer Entwicklungshilfe für Zentralasien sinkt auf 98 Millionen Franken\n"
            "Weiterlesen\nUsbekistan und Kirgistan einigen sich über Grenzverlauf\n")
    text = clean_web_text(page).text
    assert "Das Gebiet Kursk und das Gebiet Gomel" in text
    for gone in ("3.870", "104 $/t", "12,90 Euro", "Almaty", "Tiflis", "98 Millionen", "Usbekistan"):
        assert gone not in text, gone
    # a sentence about a price per unit is content
    assert "250 $/t" in clean_web_text("Kursk und Gomel\n\n" + KURSK_BODY + "Weizen kostete im März 250 $/t, "
                                       "teilte die Börse in Minsk am Montag mit.\n").text


def test_a_trial_subscription_offer_is_furniture():
    page = "Kursk und Gomel\n\n" + KURSK_BODY + "Jetzt 30 Tage kostenlos testen, danach 9,95 € im Monat.\n"
    assert "9,95" not in clean_web_text(page).text


def test_a_byline_under_the_text_stays_and_further_articles_go():
    page = ("Kursk und Gomel bauen Handel aus\n\n" + KURSK_BODY + "Von Miriam Schaible\n\nWeitere Beiträge\n"
            "Moldau: Weinexporte nach Rumänien steigen um 11 Prozent\n")
    text = clean_web_text(page).text
    assert "Von Miriam Schaible" in text and "Moldau" not in text
