"""The fast paths of the components give the answers of the plain forms they replace."""
import re

import pytest

from regiomonitor.ingest.reader import read_text
from regiomonitor.nlp import organizations, places, quotes, sectors
from regiomonitor.nlp.places import find_places
from regiomonitor.nlp.sentences import add_sentences

_TEXT = (
    "Der Präsident von Belarus traf am 7. Februar den Gouverneur des Gebiets Kaluga. "
    "Das Unternehmen Pozhsnab und die Firma Belgran liefern Traktoren; das Minsker "
    "Traktorenwerk beliefert die Region Brjansk.\n\n"
    "„Wir bauen die Zusammenarbeit weiter aus“, sagte der Gouverneur. Die Firmenleitung "
    "berät sich im Stadtrat von Gomel. ΣΟΦΙΑ und İstanbul stehen hier nur als Zeichen."
)


def _document(text=_TEXT):
    doc = read_text(text)
    add_sentences(doc)
    return doc


def test_sentence_finder_agrees_with_sentence_at_everywhere():
    doc = _document()
    sentence_at = doc.sentence_finder()
    assert [sentence_at(o) for o in range(-1, len(doc.text) + 2)] == [
        doc.sentence_at(o) for o in range(-1, len(doc.text) + 2)
    ]


def test_sentence_finder_of_a_document_without_sentences():
    assert read_text("").sentence_finder()(5) == 0


@pytest.mark.parametrize(
    "before, word",
    [("im Gebiet ", "gebiet"), ("des Gebiets- ", "gebiets-"), ("Gebiet - ", "gebiet"), ("(", ""), ("", ""), (" - ", "")],
)
def test_word_before_a_name(before, word):
    assert places.word_before(before + "Kaluga", len(before)) == word


def test_lead_matches_are_those_of_the_pattern_behind_a_word_boundary():
    pattern = organizations._lead_pattern()
    text = "Das Unternehmen Pozhsnab, ein Werk wie Belgran; HauptUnternehmen Keramin, Konzerns Amkodor"
    with_boundary = re.compile(r"\b(?:" + pattern.pattern + ")")
    leads = organizations._scan(text, text.lower()).words["lead"]
    assert [m.span() for m in organizations._lead_matches(pattern, text, leads)] == [
        m.span() for m in with_boundary.finditer(text)
    ]


def test_sentences_with_heads_hold_every_head_token():
    doc = _document()
    spans = [(s.start, s.end) for s in doc.sentences]
    low = places.lowercase_same_length(doc.text)
    with_heads = organizations._sentences_with_heads(organizations._scan(doc.text, low).heads, low, spans)
    for start, end in spans:
        words = organizations._TOKEN.findall(doc.text, start, end)
        if any(organizations._is_head(w) for w in words):
            assert (start, end) in with_heads
    # `berät` and `Firmenleitung` hold heads only inside words
    assert len(with_heads) < len(spans)


def test_lowered_tokens_are_the_tokens_lowered():
    assert sectors._lowered_tokens(_TEXT) == [t.lower() for t in sectors._TOKEN.findall(_TEXT)]


@pytest.mark.parametrize("window", ["so Lukaschenko", "SAGTE er", "erklärte", "ſo der Minister", "İch sagte", "Sagtebuch"])
def test_speech_verbs_in_a_folded_window_as_without_case(window):
    assert quotes._has_speech_verb(window) == bool(quotes._SPEECH.search(window))


def test_places_of_a_text_with_overlapping_names():
    mentions = find_places("Die Republik Belarus und Belarus, Nischni Nowgorod und die Region Nischni Nowgorod.")
    assert [m.surface for m in mentions] == ["Republik Belarus", "Belarus", "Nischni Nowgorod", "Nischni Nowgorod"]
