"""The fast paths of figures, periods and facts give the answers of the plain forms they replace."""
import random
import re

import pytest

from regiomonitor.knowledge.money import money_lexicon
from regiomonitor.nlp import facts, figures
from regiomonitor.nlp.literals import WholeWords, required_literals
from regiomonitor.nlp.periods import YEAR, _patterns, find_times

_TEXT = (
    "Im Februar 2021 lag der Export nach Europa bei 320 Mio. $ und $ 45 Mio., der Umsatz erreichte "
    "1,65 bzw. 2,40 Mrd. Rubel; zwei Milliarden Dollar sind das Ziel bis 2025. Von Januar bis März "
    "2020 wurden 5Br und 7 Mio$ gezahlt, zwischen 2015 und 2019 stiegen die Exporte um 12 %. "
    "Das Ausbauprogramm (EUR 3,5 Mio.) und die Eurozone: 10 eur. In den ersten 9 Monaten 2022, "
    "im dritten Quartal und im laufenden Jahr; ſeptember, İstanbul, Kelvin \u212a."
)
_CUE_LISTS = ("target_cues", "forecast_cues", "actual_cues", "weak_actual_cues", "increase_cues", "decrease_cues")


def _windows(text, size=90):
    return [text[i:i + size] for i in range(0, len(text), 7)]


def test_money_matches_near_currency_words_are_those_of_a_full_scan():
    lex = money_lexicon()
    for text in [_TEXT, _TEXT.upper(), *_windows(_TEXT, 40)]:
        spans = [(m.span(), m.groupdict()) for m in lex.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in figures._money_matches(text, lex)] == spans
        assert [(m.span(), m.groupdict()) for m in figures._money_matches(text, lex, text.lower())] == spans


def test_money_pattern_opener_skips_no_match():
    from regiomonitor.knowledge.money import _starts

    lex = money_lexicon()
    opener = _starts(lex.prefix, lex.number_words)
    assert opener and lex.pattern.pattern.startswith(opener)
    plain = re.compile(lex.pattern.pattern[len(opener):], lex.pattern.flags)
    for text in [_TEXT, _TEXT.upper(), "ZWEI MRD. ſ$ 5 Mio. €3 drei Milliarden Euro x$4 _5 Mio. $"]:
        assert [(m.span(), m.groupdict()) for m in lex.pattern.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_year_ranges_are_skipped_only_where_they_cannot_match():
    for text in ["2016-2019", "2016 – 2019", "von 2016 BIS zum 2019", "zwischen 2015\nund 2019", "2015 und 2019",
                 "2015 bis\tJahr 2019", "2015, 2019", "von 2015 bisher 2019", "2015/2019", "2015 biſ 2019"]:
        expected = [m.span() for m in _patterns()["year_range"].finditer(text)]
        assert [(r.start, r.end) for r in find_times(text, 0, len(text), None) if r.range_years] == expected


@pytest.mark.parametrize("name", _CUE_LISTS + tuple(f"weak {metric}" for metric, _ in money_lexicon().weak_metrics))
def test_cue_automaton_agrees_with_the_cue_pattern(name):
    lex = money_lexicon()
    cues = dict(lex.weak_metrics)[name[5:]] if name.startswith("weak ") else getattr(lex, name)
    for window in _windows(_TEXT.lower()) + ["bisher war", "war", "warten", "_war", "steigerung_"]:
        found = figures._cue_pattern(cues).search(window)
        assert figures._contains_any(window, cues) == (found is not None)
        first = figures._cue_index((("", cues),)).first_starts(window).get("")
        assert first == (found.start() if found else None)


def test_metric_automaton_agrees_with_one_pattern_per_metric():
    lex = money_lexicon()
    for window in _windows(_TEXT):
        low = window.lower()
        plain = next((m for m in lex.metric_priority if figures._cue_pattern(lex.metrics[m]).search(low)), None)
        assert figures._metric(window, lex) == plain


def test_time_patterns_are_skipped_only_where_they_cannot_match():
    patterns = _patterns()
    plain_year = re.compile(rf"(?<![\d.,])({YEAR})(?![\d])")
    for text in [_TEXT, *_windows(_TEXT, 60)]:
        refs = find_times(text, 0, len(text), 2022)
        spans = {(r.start, r.end) for r in refs}
        for kind in ("year_range", "month_range"):
            for m in patterns[kind].finditer(text):
                assert any(s <= m.start() < e for s, e in spans), (kind, m.group(0))
        assert [m.span() for m in patterns["year"].finditer(text)] == [m.span() for m in plain_year.finditer(text)]


def test_lexicon_alternatives_rebuild_each_row():
    lang = facts.language("de")
    for lexicon in (lang.agreements, lang.events, lang.projects, lang.status, lang.cues):
        rows: dict[int, list[str]] = {}
        for row, pattern in lexicon.alternatives:
            rows.setdefault(row, []).append(pattern)
        assert tuple(facts._part(row, "|".join(p)) for row, p in rows.items()) == lexicon.parts


def test_top_level_alternatives_respect_groups_classes_and_escapes():
    assert facts._top_level_alternatives(r"a|b(?:c|d)|[|]|[]|]|\|x|[^]|]") == ["a", "b(?:c|d)", "[|]", "[]|]", r"\|x", "[^]|]"]
    assert facts._top_level_alternatives("(a|b") == ["(a|b"]  # no pattern: left whole


def test_whole_words():
    months = WholeWords(["mai", "jan"])
    assert months.found_in("am 3. mai") and months.found_in("jan") and months.found_in("(mai)")
    assert not months.found_in("mail und januar_") and not months.found_in("_mai")
    assert not WholeWords([]).found_in("mai")


def test_year_patterns_opening_with_the_year_match_as_before():
    year = r"(?:19[5-9]\d|20\d\d)"
    plain_range = re.compile(rf"(?<!\d){year}\s*(?:-|–|—|bis)\s*{year}(?!\d)")
    plain_bare = re.compile(rf"(?<![\d.,\-–])({year})(?![\d\-–])")
    for text in ["2019-2020 und 1.2020, -2021, 12021, 2021-, 1999 bis 2001 und 2020", _TEXT]:
        assert [m.span() for m in facts._RANGE.finditer(text)] == [m.span() for m in plain_range.finditer(text)]
        assert [m.span() for m in facts._BARE_YEAR.finditer(text)] == [m.span() for m in plain_bare.finditer(text)]


_LEXICONS = ("agreements", "events", "projects", "status", "cues")
_GLUE = [" ", " ", " ", "  ", "\n", "-", ".", ",", ";", "(", ")", "_", "1", "2021", "ſ", "İ", "", "", ""]
_WORDS = ["Zusatz", "Handels", "der", "des", "von", "und", "neue", "Ende", "wurde", "Jahr", "Werk", "x", "en", "s", "e", "n"]


def _random_text(rng, literals):
    """Lexicon literals in any case, glued to words, each other and punctuation: compounds,
    inflections, word edges and near-misses of the triggers."""
    pieces = []
    for _ in range(rng.randrange(1, 25)):
        word = rng.choice(literals) if rng.random() < 0.6 else rng.choice(_WORDS)
        pieces.append(rng.choice([word, word.capitalize(), word.upper()]) + rng.choice(_GLUE))
    return "".join(pieces)


def _literals(lexicon):
    return sorted({lit for _, alternative in lexicon.alternatives for lit in required_literals(alternative) or []})


def _alternation_of(lexicon, candidates):
    """The alternation of the candidate alternatives' rows that `find` scanned with before."""
    rows: dict[int, list[str]] = {}
    for index in candidates:
        row, pattern = lexicon.alternatives[index]
        rows.setdefault(row, []).append(pattern)
    return facts._alternation(tuple(facts._part(row, "|".join(p)) for row, p in rows.items()))


def _plain(lexicon, regex, text, start, end):
    return [(lexicon.labels[int(m.lastgroup[1:])], m.start(), m.end()) for m in regex.finditer(text, start, end)]


def _emulated(lexicon, candidates, text, start, end):
    found = facts._alternation_matches(facts._alternative_patterns(lexicon, candidates), text, start, end)
    return [(lexicon.labels[row], s, e) for row, s, e in found]


@pytest.mark.parametrize("name", _LEXICONS)
def test_alternatives_searched_one_by_one_match_as_the_alternation(name):
    rng = random.Random(name)
    lexicon = getattr(facts.language("de"), name)
    literals = _literals(lexicon)
    everything = tuple(range(len(lexicon.alternatives)))
    subsets = {}
    for _ in range(400):
        text = _random_text(rng, literals)
        start = rng.randrange(len(text) + 1) if rng.random() < 0.3 else 0
        end = rng.randrange(start, len(text) + 1) if rng.random() < 0.3 else len(text)
        # all rows, scanned anywhere in the text
        assert _emulated(lexicon, everything, text, start, end) == _plain(lexicon, lexicon.regex, text, start, end)
        # some of the alternatives only, as when a text holds the literals of a few
        candidates = tuple(sorted(rng.sample(everything, rng.randrange(1, min(len(everything), 6) + 1))))
        if candidates not in subsets:
            subsets[candidates] = _alternation_of(lexicon, candidates)
        assert _emulated(lexicon, candidates, text, start, end) == _plain(lexicon, subsets[candidates], text, start, end)
        # and the whole of `find`, with its candidates and windows
        assert lexicon.find(text) == _plain(lexicon, lexicon.regex, text, 0, len(text))
