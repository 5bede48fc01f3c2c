"""Fingerprints for exact and near-duplicate detection."""
from __future__ import annotations

from regiomonitor.ingest.fingerprint import (
    NUM_PERM,
    content_hash,
    near_duplicate_signature,
    normalize_for_fingerprint,
    shingles,
    similarity,
)

STORY = (
    "Die Gebiete Witebsk und Pskow wollen den Warenverkehr über ihre gemeinsame Grenze deutlich ausbauen. "
    "Das vereinbarten die Gouverneure beider Regionen bei einem Treffen in Witebsk. Nach Angaben der "
    "Gebietsverwaltung wuchs der Handel im vergangenen Jahr um zwölf Prozent. Beide Seiten wollen außerdem "
    "einen gemeinsamen Logistikknoten an der Grenze errichten, der bis Ende 2026 fertig sein soll. Geplant "
    "sind auch gemeinsame Ausstellungen und ein Austausch von Fachleuten in der Landwirtschaft."
)
OTHER = (
    "Die Partnerstädte Brest und Tula haben ihren Vertrag über die Zusammenarbeit um fünf Jahre verlängert. "
    "Geplant sind Schüleraustausche, gemeinsame Konzerte und ein Festival der Volkskunst im Sommer."
)


def test_content_hash_ignores_case_punctuation_and_spacing():
    assert content_hash(STORY) == content_hash(STORY.upper().replace(". ", " .  "))
    assert content_hash(STORY) != content_hash(OTHER)
    assert len(content_hash(STORY)) == 64


def test_signature_is_stable_bytes():
    sig = near_duplicate_signature(STORY)
    assert isinstance(sig, bytes)
    assert sig == near_duplicate_signature(STORY)  # fixed seed: the same on every run and machine
    assert similarity(sig, sig) == 1.0


def test_near_duplicates_are_similar_and_others_are_not():
    copy_with_edits = STORY.replace("zwölf Prozent", "zwölf Prozent (BelTA)").replace("Witebsk.", "Witebsk, hieß es.")
    near = similarity(near_duplicate_signature(STORY), near_duplicate_signature(copy_with_edits))
    far = similarity(near_duplicate_signature(STORY), near_duplicate_signature(OTHER))
    assert near > 0.7
    assert far < 0.1


def test_shingles_are_word_5_grams_of_normalised_text():
    assert normalize_for_fingerprint("„Größe“,  GRÖSSE!") == "grösse grösse"  # casefold: ß = ss
    assert shingles("eins zwei drei vier fünf sechs") == {"eins zwei drei vier fünf", "zwei drei vier fünf sechs"}
    assert shingles("nur drei Wörter") == {"nur drei wörter"}
    assert shingles("") == set()
    assert len(near_duplicate_signature("")) == len(near_duplicate_signature(STORY))
    assert NUM_PERM == 128
