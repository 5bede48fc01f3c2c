"""Paragraph helpers: duplicate detection and the normalisation every cleaner starts from."""
from __future__ import annotations

import sys

import pytest

from regiomonitor.ingest.clean import clean_normalized, clean_text
from regiomonitor.ingest.normalize import normalize_raw
from regiomonitor.ingest.paragraphs import FINGERPRINT_LETTERS, dedupe_paragraphs


def test_repeats_differing_in_case_punctuation_and_spacing_are_dropped():
    paragraphs = [
        "Der Umsatz stieg um 10 Prozent.",
        "Die Partner unterzeichneten ein Abkommen.",
        "der Umsatz  stieg, um 10 Prozent!",
        "DER UMSATZ STIEG UM 10 PROZENT",
        "Der Umsatz stieg um 11 Prozent.",
    ]
    kept, dropped = dedupe_paragraphs(paragraphs)
    assert kept == [paragraphs[0], paragraphs[1], paragraphs[4]]
    assert dropped == 2


def test_same_letters_in_another_order_are_no_repeat():
    kept, dropped = dedupe_paragraphs(["Rosen und Nester", "Nester und Rosen"])
    assert dropped == 0 and len(kept) == 2


def test_paragraphs_without_words_are_kept():
    assert dedupe_paragraphs(["***", "***", "– –"]) == (["***", "***", "– –"], 0)


@pytest.mark.parametrize(
    "raw",
    [
        "Zeile\r\nZweite\rDritte\u2028Vierte\u2029Fünfte\x0cSechste",
        "Soft\u00adhyphen, zero\u200bwidth,\ufeff BOM\tTab\u00a0nbsp\u202fnarrow\x07bell",
        "Zusammengesetzt: Mu\u0308nchen, plain text only",
    ],
)
def test_normalising_is_idempotent_so_cleaning_once_suffices(raw):
    once = normalize_raw(raw)
    assert normalize_raw(once) == once
    assert clean_normalized(once) == clean_text(raw)


def test_fingerprint_letters_come_only_from_themselves_when_case_folded():
    """What makes the fingerprint a function of the key (checked for this Unicode version)."""
    letters = set(FINGERPRINT_LETTERS)
    own_cases = letters | {ch.upper() for ch in letters}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letters & set(ch.casefold()):
            assert ch in own_cases and len(ch.casefold()) == 1, hex(code)
