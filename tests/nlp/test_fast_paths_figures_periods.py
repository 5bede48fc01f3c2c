"""More fast paths of figures and periods, each compared with the plain form it replaces on
random texts built from the words the patterns look for."""
import random

import pytest

from regiomonitor.knowledge.money import money_lexicon
from regiomonitor.nlp import figures, periods

_WORDS = [
    "im", "Im", "IM", "vergleich", "Vergleich", "zu", "zum", "zur", "mit", "verglichen", "gegenüber", "GEGENÜBER",
    "seit", "vor", "als", "ab", "nach", "dem", "den", "der", "des", "jahr", "Jahren", "jahre", "wie", "in",
    "gleichen", "selben", "entsprechenden", "vergleichbaren", "zeitraum", "jahres", "vorjahres", "Vorjahr",
    "Vorjahreszeitraums", "Grab", "lab", "ſeit", "ſelben", "\u212aurs", "2020", "(", "[", ",", ".",
    "zwischen", "Zwischen", "beiden", "beider", "Ländern", "Staaten", "länder", "belarussisch-russischen",
    "Weißrussisch-kasachische", "Handelsumsatz", "Warenverkehrs", "İstanbul",
    "Unternehmen", "Konzerns", "Werk", "Betrieb", "ihre", "seine", "Ihre", "deren", "dessen", "Exporte",
    "Ausfuhren", "Umsatz", "Lieferungen", "Export", "Import", "Importe", "Handel", "Warenumsatz", "Außenhandel",
    "5", "12,5", "105", "110,3", "%", "Prozent", "PROZENT", "proz.", "+", "-", "−", "um", "gestiegen",
    "gesunken", "Mio.", "Dollar", "Plan", "Prognose", "soll", "erreichte", "wird", "dürfte",
    "105 %", "103,5 Prozent", "gegenüber dem Vorjahr", "im Vergleich zum Vorjahreszeitraum", "zum gleichen Zeitraum des Vorjahres",
]
_SPACES = [" ", " ", " ", "", "\n", "  ", "\t"]


def _texts(seed, count, longest=14, extra=()):
    rng = random.Random(seed)
    words = _WORDS + list(extra)
    for _ in range(count):
        text = "".join(rng.choice(words) + rng.choice(_SPACES) for _ in range(rng.randint(1, longest)))
        yield text[-rng.randint(1, 60):] if rng.random() < 0.3 else text


def test_comparison_read_backwards_agrees_with_the_pattern():
    for text in _texts(1, 60000, longest=7):
        assert periods._ends_with_comparison(text) == (periods._COMPARISON.search(text) is not None), text


def test_previous_year_named_only_before_a_bracket():
    for text in _texts(2, 20000, longest=5):
        if periods._PREVIOUS_YEAR_NAMED.search(text):
            assert text.rstrip().endswith(("[", "(")), text


@pytest.mark.parametrize("name", ["target_cues", "forecast_cues", "actual_cues", "weak_actual_cues", "increase_cues", "decrease_cues"])
def test_cue_chain_spans_are_the_cue_pattern_matches(name):
    cues = getattr(money_lexicon(), name)
    for text in _texts(3, 3000, extra=_cue_words(cues)):
        low = text.lower()
        assert figures._cue_chain(cues).spans(low) == [m.span() for m in figures._cue_pattern(cues).finditer(low)]


def test_cue_chain_spans_of_metrics_are_the_cue_pattern_matches():
    lex = money_lexicon()
    for metric in lex.metric_priority:
        cues = lex.metrics[metric]
        for text in _texts(4, 1500, extra=_cue_words(cues)):
            low = text.lower()
            assert figures._cue_chain(cues).spans(low) == [m.span() for m in figures._cue_pattern(cues).finditer(low)]


def _cue_words(cues):
    """The cues as words, and glued into others (`Jahresexport`, `exporte_`)."""
    words = [cue.strip("*=") for cue in cues]
    return words + ["x" + w for w in words] + [w + "en" for w in words] + [w.upper() for w in words]


def test_cue_chain_takes_the_first_alternative_and_skips_overlaps():
    for cues in [("ab", "*abc"), ("*bc", "abc="), ("*aa",), ("a", "*a", "b=")]:
        for low in ["abc abcd xabc", "aaaaa baa", "a_b ab abc= b", "xa ba b"]:
            assert figures._cue_chain(cues).spans(low) == [m.span() for m in figures._cue_pattern(cues).finditer(low)]


def test_country_level_searched_from_its_openers_as_in_the_whole_text():
    for text in _texts(5, 20000):
        plain = figures._COUNTRY_LEVEL.search(text)
        fast = figures._search_from(figures._COUNTRY_LEVEL, figures._COUNTRY_LEVEL_OPENERS, text)
        assert (fast and fast.span()) == (plain and plain.span()), text


def test_percent_patterns_match_only_where_a_percentage_is_written():
    for text in _texts(6, 20000):
        low = text.lower()
        if not figures._has_percent(low):
            assert not figures._PERCENT.search(low) and not figures._INDEX.search(low), text


def test_company_figure_only_with_a_possessive():
    for text in _texts(7, 20000):
        if figures._COMPANY_OWN.search(text):
            assert any(word in text for word in figures._POSSESSIVES), text
