"""Hard-wrapped plain text (newsletters, e-mail) is joined back into paragraphs."""
from __future__ import annotations

from regiomonitor.ingest.hardwrap import unwrap
from regiomonitor.ingest.webtext import clean_web_text
from regiomonitor.pipeline import analyse_text

NEWSLETTER = """\
OST-REGIONEN KOMPAKT                                          Nr. 12/2025
======================================================================

1) GEBIET KURSK UND GEBIET GOMEL: NEUER FAHRPLAN
----------------------------------------------------------------------

Das Gebiet Kursk und das Gebiet Gomel haben am 4. März in Kursk einen
Fahrplan der Zusammenarbeit unterzeichnet. Nach Angaben der Regierung
belief sich der Warenumsatz des Gebiets mit Belarus im Jahr 2024 auf
318,4 Mio. USD; davon entfielen 81,2 Mio. USD auf das Gebiet Gomel.

Die Vereinbarungen im Überblick:

  * Liefervertrag Gomselmasch - Agrarholding Kursk: 40 Mähdrescher,
    RUB 1,1 Mrd., Lieferung 2025
  * Abkommen über einen Austausch von Studierenden der Agrar-
    universitäten beider Gebiete

Ziel der Partner: Umsatz bis 2027 auf 400 Mio. USD steigern.
"""


def test_wrapped_lines_become_paragraphs_and_list_points_stay_apart():
    text = unwrap(NEWSLETTER)
    assert ("belief sich der Warenumsatz des Gebiets mit Belarus im Jahr 2024 auf 318,4 Mio. USD; "
            "davon entfielen") in text
    assert "  * Liefervertrag Gomselmasch - Agrarholding Kursk: 40 Mähdrescher, RUB 1,1 Mrd., Lieferung 2025\n" in text
    assert "der Agraruniversitäten beider Gebiete" in text  # a hyphenated break, as in PDF text
    assert "\n\nZiel der Partner" in text


def test_the_figures_of_a_wrapped_sentence_get_its_metric_and_rules_go():
    doc = analyse_text(NEWSLETTER)
    assert "=====" not in doc.text and "-----" not in doc.text
    assert [(f.amount, f.metric, f.year) for f in doc.figures][:2] == [(318.4e6, "turnover", 2024), (81.2e6, "turnover", 2024)]


def test_paragraph_per_line_text_is_left_alone():
    page = ("Kursk und Gomel bauen Handel aus\n\n"
            "Das Gebiet Kursk und das Gebiet Gomel wollen mehr Getreide und Landtechnik handeln, teilte die "
            "Gebietsregierung am Mittwoch in Kursk mit, wo die Delegation zwei Tage lang Betriebe besuchte.\n"
            "Die Gäste sahen ein Werk für Landtechnik.\n")
    assert unwrap(page) == page
    assert clean_web_text(page).text.count("\n\n") == 2


FORWARDED = (
    "-------- Weitergeleitete Nachricht --------\n"
    "Betreff: WG: PM: Holstein-Faersen fuer Nordkasachstan\n"
    "Datum: Wed, 5 Mar 2025 08:12:40 +0100\n"
    "Von: Jens Hamann <j.hamann@example.de>\n"
    "An: Redaktion Landwirtschaft <redaktion@example.de>\n\n"
    "zur Info, kam gestern rein.\n\n"
    "-------- Original-Nachricht --------\n"
    "Betreff: PM: Holstein-Faersen fuer Nordkasachstan\n"
    "Datum: Tue, 4 Mar 2025 14:30:05 +0100\n"
    "Von: Nordrind Genetik eG - Presse <presse@example.de>\n\n"
    "Nordrind Genetik liefert 1.200 Holstein-Färsen nach Nordkasachstan\n\n"
    "Die Nordrind Genetik eG aus Neumünster hat mit der TOO \"Esil Agro\" aus\n"
    "dem Gebiet Nordkasachstan einen Vertrag über die Lieferung von 1.200\n"
    "tragenden Holstein-Färsen unterzeichnet. Der Auftragswert liegt bei rund\n"
    "3,6 Mio. Euro. Die Tiere sollen im Mai und Juni per Lkw und Bahn über\n"
    "Polen, Belarus und Russland nach Petropawl gebracht werden, wie die\n"
    "Genossenschaft mitteilte. Weitere Lieferungen seien geplant, hieß es.\n")


def test_a_forwarded_e_mail_loses_its_headers_and_is_dated_by_the_message_it_forwards():
    from datetime import date

    from regiomonitor.ingest.reader import read_text

    doc = read_text(FORWARDED)
    assert "Betreff" not in doc.text and "Hamann" not in doc.text
    assert "unterzeichnet. Der Auftragswert liegt bei rund 3,6 Mio. Euro." in doc.text
    assert doc.date == date(2025, 3, 4)
