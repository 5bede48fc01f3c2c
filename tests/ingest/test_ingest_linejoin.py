"""Joining lines broken by a layout, with the German hyphenation rules."""
from __future__ import annotations

import pytest

from regiomonitor.ingest.linejoin import join_lines, join_pair


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        # a word split by the typesetter: the hyphen goes
        ("die Entwicklung des Föderations-", "kreises", "die Entwicklung des Föderationskreises"),
        ("der Landmaschinen-", "herstellung", "der Landmaschinenherstellung"),
        # a compound whose next part starts with a capital keeps its hyphen
        ("des Nordkaukasus-", "Föderationskreises", "des Nordkaukasus-Föderationskreises"),
        ("115 Millionen US-", "Dollar", "115 Millionen US-Dollar"),
        # a number range
        ("für die Jahre 2016-", "2020", "für die Jahre 2016-2020"),
        # Ergänzungsstrich: "Industrie- und Handelskammer"
        ("die Industrie-", "und Handelskammer", "die Industrie- und Handelskammer"),
        ("Straßenbahn-", "oder Trolleybuswerk", "Straßenbahn- oder Trolleybuswerk"),
        # compound adjectives: German never hyphenates right after -isch/-lich
        ("die belarussisch-", "russischen Beziehungen", "die belarussisch-russischen Beziehungen"),
        ("wissenschaftlich-", "technische Projekte", "wissenschaftlich-technische Projekte"),
        # abbreviations before the hyphen
        ("das MTZ-", "werk", "das MTZ-werk"),
        # "und -findung": the first part was dropped, the hyphen belongs to the word
        ("der Konsenssuche und -", "findung", "der Konsenssuche und -findung"),
        # a dash between words stays a dash with spaces
        ("Minsk -", "Astana", "Minsk - Astana"),
        ("das Werk –", "so der Direktor", "das Werk – so der Direktor"),
        # URLs broken at a hyphen are kept character for character
        ("https://example.org/nachrichten/witebsk-", "smolensk-2016/", "https://example.org/nachrichten/witebsk-smolensk-2016/"),
        # plain lines get one space
        ("ein ganz normaler", "Zeilenumbruch", "ein ganz normaler Zeilenumbruch"),
    ],
)
def test_join_pair(left, right, joined):
    assert join_pair(left, right) == joined


def test_join_lines_strips_and_skips_empty_lines():
    assert join_lines(["  Die Gebiete ", "", " Witebsk und Smo-", "lensk "]) == "Die Gebiete Witebsk und Smolensk"
