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
