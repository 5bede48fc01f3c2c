"""Footnote reference marks in the body, and footnote entries."""
from __future__ import annotations

import pytest

from regiomonitor.ingest.footnotes import (
    FootnoteCollector,
    entry_start,
    join_entry_lines,
    looks_like_prose,
    reference_numbers,
    strip_reference_marks,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("1Damit begann eine neue Etappe.", "Damit begann eine neue Etappe."),
        ("Früchte trug. 16Der Umsatz stieg.", "Früchte trug. Der Umsatz stieg."),
        ('Früchte trug. 99"Die Nachfrage ist hoch", sagte er.', 'Früchte trug. "Die Nachfrage ist hoch", sagte er.'),
        ('sagte er: "Wir liefern weiter"32 . Danach', 'sagte er: "Wir liefern weiter". Danach'),
        ('"gemeinsam handeln"41 , und die Partner', '"gemeinsam handeln", und die Partner'),
        ("getroffen wurden7 . Gleichzeitig", "getroffen wurden. Gleichzeitig"),
        ('die Gebiete Pskow, 102Kaliningrad und Kaluga', "die Gebiete Pskow, Kaliningrad und Kaluga"),
        ('Es genügt zu sagen, dass 175"Die Partner', 'Es genügt zu sagen, dass "Die Partner'),
        ('im Gebiet gebaut werden" geplant59 mit der Produktion', 'im Gebiet gebaut werden" geplant mit der Produktion'),
        ("Betriebe liefern. 87<...> Das Projekt", "Betriebe liefern. <...> Das Projekt"),
    ],
)
def test_glued_reference_numbers_are_removed(raw, clean):
    assert strip_reference_marks(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2016 stieg der Umsatz um 5 Tausend Tonnen.",
        "Traktoren vom Typ MTZ-80 und das V. Forum der Regionen.",
        "Die Mittelschule Nr. 71 und 3D-Druck, 220 Tonnen, 20 Prozent.",
        "Ergebnis: 30 neue Unternehmen; 1) Vereinfachung, 2) Webinare.",
        'Es wurden "14 neue Muldenkipper" geliefert, 2.560 Plätze, 1,2 Mio. Dollar.',
        "Die Fläche beträgt 1000 km2. Der Ausstoß an CO2. Am 9. Treffen nahmen 24 Städte teil.",
    ],
)
def test_real_numbers_stay(text):
    assert strip_reference_marks(text) == text
    assert reference_numbers(text) == []


def test_reference_numbers_reports_what_is_stripped():
    assert reference_numbers("Früchte trug. 16Der Umsatz, 17\"Die Partner\"18 .") == [16, 17, 18]


def test_entry_start_follows_the_numbering():
    notes = FootnoteCollector()
    assert entry_start("12 Titel [Elektronische Ressource]. - 2021.", notes) == (12, "Titel [Elektronische Ressource]. - 2021.")
    notes.start(12, "Titel")
    assert entry_start("13 Zweiter Titel / A. Autor // Zeitschrift. - 2020.", notes)[0] == 13
    assert entry_start("148Die Börsen diskutieren [Elektronische Ressource]", FootnoteCollector(last_number=147))[0] == 148
    assert entry_start("150 . Das BUTB und die Kammer", FootnoteCollector(last_number=149))[0] == 150
    # a count far outside the numbering is a continuation line, not a new entry
    assert entry_start("60. ", notes) is None
    assert entry_start("2021. - URL: https://example.org/", notes) is None
    # body text resuming after the block with a glued reference
    assert entry_start(" 14Mit anderen Worten: die Partner", FootnoteCollector(last_number=13)) is None


def test_looks_like_prose():
    assert looks_like_prose(" Region Stawropol, W. Wladimirow, in Belarus im März")
    assert looks_like_prose(' werden". Im agroindustriellen Sektor')
    assert looks_like_prose(" Dollar.")
    assert not looks_like_prose(" rossijskie-regiony-v-2021-godu-436585-2021/ ")
    assert not looks_like_prose(" - URL: ")
    assert not looks_like_prose("Quelle]. - 2017. - URL: http://example.org/")


def test_entry_lines_are_joined_with_urls_glued_back():
    lines = [
        "Titel der Meldung [Elektronische Ressource]. - 2020. - URL: https://example.org/nachrichten/witebsk-",
        "smolensk-2020/ ",
        "",
    ]
    assert join_entry_lines(lines) == (
        "Titel der Meldung [Elektronische Ressource]. - 2020. - URL: https://example.org/nachrichten/witebsk-smolensk-2020/"
    )
    assert join_entry_lines(["Autor, A. Titel / A. Autor //", "Zeitschrift. - 2019."]) == "Autor, A. Titel / A. Autor // Zeitschrift. - 2019."
