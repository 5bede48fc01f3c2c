"""Repair of PDF-extracted text, on a fixture written for these tests (fixtures/pdf_layout_de.txt)."""
from __future__ import annotations

import re

import pytest

from regiomonitor.ingest.clean import clean_text
from regiomonitor.ingest.pdftext import clean_pdf_text, looks_pdf_extracted


@pytest.fixture
def pdf_layout(fixtures_dir) -> str:
    return (fixtures_dir / "pdf_layout_de.txt").read_text(encoding="utf-8")


@pytest.fixture
def cleaned(pdf_layout):
    return clean_pdf_text(pdf_layout)


def test_layout_is_recognised_by_its_artefacts(pdf_layout, fixtures_dir):
    assert looks_pdf_extracted(pdf_layout)
    news = (fixtures_dir / "news_page_de.txt").read_text(encoding="utf-8")
    assert not looks_pdf_extracted(news)
    assert clean_text(pdf_layout).layout == "pdf"
    assert clean_text(news).layout == "web"


def test_hard_wrapped_single_spaced_text_is_recognised():
    wrapped = "\n".join(
        [
            "Die Gebiete Witebsk und Smolensk haben im vergangenen Jahr ihre",
            "Zusammenarbeit in der Landwirtschaft deutlich ausgebaut, wie die",
            "Verwaltung mitteilte. Geplant sind gemeinsame Versuchsfelder und",
            "ein Austausch von Fachleuten, der schon im Herbst beginnen soll.",
            "",
            "Auch im Verkehr gibt es Fortschritte: eine neue Buslinie verbindet",
            "die beiden Gebietshauptstädte seit dem Frühjahr täglich.",
        ]
    )
    assert looks_pdf_extracted(wrapped)
    result = clean_pdf_text(wrapped)
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 2  # the blank line of a single-spaced layout separates paragraphs
    assert paragraphs[1].startswith("Auch im Verkehr gibt es Fortschritte: eine neue Buslinie verbindet die")


def test_double_spacing_and_line_breaks_are_gone(cleaned):
    for paragraph in cleaned.text.split("\n\n"):
        assert "\n" not in paragraph
    assert "\n\n\n" not in cleaned.text
    assert "Smolensk ein Abkommen über die Zusammenarbeit" in cleaned.text


def test_hyphenation(cleaned):
    text = cleaned.text
    assert "Landmaschinenherstellung" in text  # split word joined
    assert "Nordwest-Föderationskreises" in text  # capitalised next part: real hyphen
    assert "Industrie- und Handelskammern" in text  # Ergänzungsstrich
    assert "belarussisch-russischen Kontakte" in text  # compound adjective


def test_footnote_block_moves_out_and_the_sentence_continues(cleaned):
    text = cleaned.text
    assert 'weil "gemeinsame Ausstellungen den Absatz spürbar erhöhen".' in text
    assert "Dabei spielen die Kommunen eine wichtige Rolle" in text
    assert "Elektronische" not in text and "URL" not in text and "example.org" not in text
    numbers = [f.number for f in cleaned.footnotes]
    assert numbers == [1, 2, 3, 4, 5]
    first = cleaned.footnotes[0].text
    assert first.startswith("Witebsk und Smolensk vereinbaren Zusammenarbeit [Elektronische Ressource]. - 2016.")
    # the URL broken over two lines is one URL again, on one line
    assert first.endswith("https://example.org/nachrichten/witebsk-smolensk-vereinbaren-zusammenarbeit-2016/")
    assert "\n" not in first
    assert cleaned.footnotes[1].text == "Müller, A. Traktoren für den Osten / A. Müller // Landtechnik heute. - 2017. - Nr. 4. - S. 12."
    # an entry continued in the next page's block (after a longer rule) is completed
    assert cleaned.footnotes[3].text.endswith("URL: https://example.org/projekte-maschinenbau-2018/")


def test_page_numbers_and_urls_are_removed(cleaned):
    assert not any(re.fullmatch(r"\s*\d+\s*", line) for line in cleaned.text.split("\n"))
    assert "wie das Statistikamt im Frühjahr mitteilte." in cleaned.text


def test_reference_marks_go_real_numbers_stay(cleaned):
    text = cleaned.text
    assert "trug. Damit begann" in text and "1Damit" not in text
    assert '"Wir liefern weiter", sagte' in text and '4"Wir' not in text
    assert 'ungebrochen". Auf dem V. Forum' in text
    assert "So stieg der Umsatz im Jahr 2017 auf 130 Millionen Dollar" in text
    assert "MTZ-80" in text and "5 Tausend Maschinen" in text and "Frühjahr 2016" in text
    assert "Er umfasst Landwirtschaft, Bildung und Kultur." in text


def test_paragraphs_title_and_headings(cleaned):
    paragraphs = cleaned.text.split("\n\n")
    assert cleaned.title == "Regionale Partnerschaften zwischen Belarus und Russland im Spiegel der Presse"
    assert paragraphs[0] == cleaned.title  # the title page may stay
    assert paragraphs[1].startswith("Im Frühjahr 2016 unterzeichneten")
    # a short line ending a sentence, then a line break without the blank line: new paragraph
    assert any(p.startswith('"Wir liefern weiter"') for p in paragraphs)
    assert "Ausblick" in paragraphs  # a heading is a paragraph of its own


def test_footnote_numbers_cited_but_lost_get_empty_entries():
    text = "\n".join(
        [
            "Die Partner trafen sich in Minsk. 7Dort wurde ein Plan beschlossen, der ",
            "",
            "neue Projekte vorsieht. 8Weitere Treffen folgen im Herbst in Smolensk, ",
            "",
            "wo auch die Landwirtschaft auf der Tagesordnung steht. ",
            "",
            " " * 46,
            "8 Weitere Treffen geplant [Elektronische Ressource]. - 2021. - URL: https://example.org/ ",
        ]
    )
    result = clean_pdf_text(text)
    assert [(f.number, bool(f.text)) for f in result.footnotes] == [(7, False), (8, True)]
    assert any("7" in w for w in result.warnings)


def _double_spaced(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_reference_glued_to_a_lowercase_word_at_a_line_start_is_dropped_when_it_is_the_next_number():
    # The extractor lost the superscript's context: "14" continues the body's references 12, 13.
    text = _double_spaced(
        [
            'Die Delegation aus dem Gebiet Kaluga besuchte im Mai das "Gomeler Werk für Landmaschinen"12',
            'und vereinbarte "gemeinsame Lieferungen in die Region"13. Besprochen wurden dabei Themen',
            "14wie Ersatzteile, Wartung und die Ausbildung von Mechanikern in beiden Gebieten, und",
            "die Seiten beschlossen, im Herbst eine Arbeitsgruppe für den Landmaschinenbau zu bilden.",
            "Im Jahr 2023 erreichte der Warenumsatz zwischen den Partnern mehr als 200 Mio. USD",
            "nach Angaben der Gebietsverwaltung, was einem deutlichen Zuwachs gegenüber 2022 entspricht.",
        ]
    )
    result = clean_pdf_text(text)
    assert "Themen wie Ersatzteile" in result.text
    assert "14wie" not in result.text
    assert '"Gomeler Werk für Landmaschinen" und vereinbarte' in result.text


def test_count_glued_to_a_lowercase_word_stays_when_it_does_not_continue_the_references():
    text = _double_spaced(
        [
            "Im Gebiet Mogiljow arbeiten Betriebe aus Smolensk und Brjansk eng zusammen, wie die",
            'Verwaltung mitteilte"7. Seit dem Jahr 2019 wurden dort gemeinsam mit den Partnern',
            "40mal mehr Traktoren montiert als in den Jahren zuvor, und weitere Projekte im",
            "Maschinenbau sollen folgen, darunter ein Servicezentrum für Mähdrescher in Brjansk.",
            "Die Partner wollen außerdem den Austausch von Studierenden zwischen den Hochschulen",
            "der beiden Regionen ausbauen und gemeinsame Sommerschulen für Ingenieure anbieten.",
        ]
    )
    assert "40mal mehr Traktoren" in clean_pdf_text(text).text


def test_reference_glued_to_a_number_at_a_line_start_is_dropped_when_it_is_the_next_number():
    text = _double_spaced(
        [
            "Der Warenumsatz zwischen den Partnern ging im Jahr 2020 um ein Viertel auf 8,6 Mio. Dollar",
            'zurück"24. Dennoch blieb die Bilanz für Belarus positiv, sie betrug nach Angaben der Verwaltung',
            '253,1 Millionen Dollar". Beide Seiten wollen den Handel wieder auf Wachstumskurs bringen und',
            "haben dafür einen Aktionsplan mit zahlreichen gemeinsamen Projekten unterzeichnet.",
            "In der Landwirtschaft und im Maschinenbau sollen bis zum Jahr 2025 neue Betriebe entstehen,",
            "die Ausbildung von Fachleuten wird ebenfalls gemeinsam organisiert und finanziert.",
        ]
    )
    result = clean_pdf_text(text)
    assert "betrug nach Angaben der Verwaltung 3,1 Millionen Dollar" in result.text


def test_footnote_block_begun_before_an_excerpt_and_interviewer_lines_stay_out_of_the_body():
    rule = " " * 46
    text = "\n".join(
        [
            "41 Kooperation der Regionen wächst weiter - Petrow [Elektronische Ressource]. - 2021. - URL:",
            "https://example.org/news/kooperation-der-regionen-2021/",
            " Gebiete sehr aktiv, wie die Statistik zeigt. Die Zusammenarbeit zwischen der ",
            "",
            "Region und den belarussischen Partnern hat sich in den letzten Jahren stark ",
            "",
            rule,
            "42 Ein neues Geschäft mit Waren aus Belarus wurde eröffnet [Elektronische Quelle]. - 2020. - URL:",
            " Regionale Zusammenarbeit / zusammengestellt, interviewt von: K. Petrow, B. Sidorow. Petrow, B. ",
            " entwickelt, vor allem im Maschinenbau und in der Landwirtschaft, wo gemeinsame Betriebe ",
            "",
            "entstanden sind und weitere geplant werden. ",
        ]
    )
    result = clean_pdf_text(text)
    assert "Petrow" not in result.text and "example.org" not in result.text
    assert "hat sich in den letzten Jahren stark entwickelt, vor allem im Maschinenbau" in result.text
    assert [f.number for f in result.footnotes][:2] == [41, 42]


def test_body_after_a_footnote_block_without_a_page_number_goes_on():
    # another extractor: blank lines between the entries, no page number, no leading space
    text = _double_spaced(
        [
            "Die Gebiete Grodno und Pskow arbeiten seit 2019 in der Holzverarbeitung zusammen,",
            "und der Handel wuchs im vergangenen Jahr auf 48 Mio. Dollar.21 Gouverneur Iwan",
            "Petrow nannte das einen guten Anfang.",
            " " * 60,
            "21 Pskow und Grodno handeln mehr [Elektronische Ressource] // BelTA. - 2022.",
            "22 Holz aus Pskow für Grodnoer Möbel [Elektronische Ressource] // Pskowskaja Prawda. - 2023.",
            "Den Schwerpunkt bildet inzwischen die Möbelindustrie der beiden Regionen. 22Im Jahr 2023",
            "lieferten Betriebe aus Grodno Möbel für 12 Mio. Dollar nach Pskow, wie es hieß.",
        ]
    )
    result = clean_pdf_text(text)
    assert "Den Schwerpunkt bildet inzwischen die Möbelindustrie" in result.text
    assert "Möbel für 12 Mio. Dollar nach Pskow" in result.text
    assert "48 Mio. Dollar. Gouverneur Iwan Petrow" in result.text  # the mark after the stop is gone
    assert [f.number for f in result.footnotes] == [21, 22]


def test_an_amount_split_from_its_currency_by_a_footnote_block_is_one_paragraph():
    text = _double_spaced(
        [
            "Die Gebiete Grodno und Pskow arbeiten seit 2019 in der Holzverarbeitung zusammen,",
            "und das Werk in Lida vereinbarte die Lieferung von Möbelplatten im Wert von",
            "13,8 Mio.",
            " " * 60,
            "21 Pskow und Grodno handeln mehr [Elektronische Ressource] // BelTA. - 2022.",
            " US-Dollar21 . Den Schwerpunkt bildet inzwischen die Möbelindustrie der beiden Regionen.",
        ]
    )
    assert "im Wert von 13,8 Mio. US-Dollar. Den Schwerpunkt" in clean_pdf_text(text).text


def test_a_running_foot_with_its_page_number_ends_a_footnote_block_without_a_blank_line():
    from regiomonitor.ingest.pdftext import clean_pdf_text

    text = ("Das Gebiet Orenburg will bis 2026 insgesamt 4,5 Mrd. Rubel in den Ausbau des Übergangs\n"
            "investieren.7 Die kasachische Seite plant eine\n"
            "7 Departement für Statistik des Gebiets Aktobe: Außenhandel 2021–2023,\n"
            "https://aktobe-stat.example.kz/trade (abgerufen am 20.05.2024).\n"
            "Zentralasien-Analysen Nr. 160 | Juli 2024      6\n"
            "parallele Erweiterung. Der Vertrag für die Ernte 2024 hat einen Wert von 2,1 Mrd. Rubel.\n"
            "Im Gegenzug liefert das Gebiet Orenburg Saatgut und Pflanzenschutzmittel an das Gebiet.\n")
    cleaned = clean_pdf_text(text)
    assert "2,1 Mrd. Rubel" in cleaned.text and "Zentralasien-Analysen" not in cleaned.text
    assert any("Departement für Statistik" in note.text for note in cleaned.footnotes)


def test_a_tables_caption_and_rows_stay_lines_of_their_own_in_a_pdfs_text():
    text = ("Die Dynamik des gegenseitigen Handels zeigt Tabelle 6 \n\nfür die Jahre 2022 und 2023. \n\n"
            "Tabelle 6 - Handel des Gebiets Tula mit dem Gebiet Gomel, Tsd. USD \n\n"
            "Kennziffer 2022 2023 2023 in % zu 2022 \n\nUmsatz 38 412,6 44 907,3 116,9 \n\n"
            "Export 12 085,4 13 276,0 109,9 \n\nQuelle: berechnet nach Angaben der Statistik. \n\n"
            "Der negative Saldo der Seite ist somit im Jahr 2023 weiter angewachsen, wie die \n\n"
            "Verwaltung des Gebiets mitteilte. \n\n")
    paragraphs = clean_pdf_text(text).text.split("\n\n")
    assert "Umsatz 38 412,6 44 907,3 116,9" in paragraphs and "Export 12 085,4 13 276,0 109,9" in paragraphs
    assert any(p.startswith("Tabelle 6 - Handel") for p in paragraphs)
