"""The fast paths of the person finder give the matches of the plain whole-text scans they replace,
on random texts made of the pieces those patterns care about."""
import random
import re

import pytest

from regiomonitor.knowledge.persons import person_base
from regiomonitor.nlp import persons

_PIECES = [
    "Anna", "Alexei", "Radi", "Chabirow", "Iwanow", "Muraschko", "Kassym-Schomart", "Forum", "Kaluga",
    "Präsident", "Gouverneur", "Duma-Chef", "Oberhaupt", "der", "des", "dem", "die", "Von", "von",
    "Text:", "Autorin:", "M.", "A.", "W", ".", ",", ";", ")", "(", "-", " ", " ", " ", "  ", "\t", "\n",
    "x", "Xy", "Ä", "é", "1", "s",
    # pieces that make the rarer matches likely
    " M.A.", " M. A.", "Muraschko M.", " Anna Iwanow", ", ", ", der ", ", die Präsidentin", "\nVon ", "Autor: ",
]


def _random_texts(count=6000, seed=7):
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(count)]


_TEXTS = _random_texts()


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_initials_matches_are_those_of_finditer():
    for text in _TEXTS:
        initials, surname_initials = persons._initials_matches(text)
        assert _spans(initials) == _spans(persons._INITIALS.finditer(text)), text
        assert _spans(surname_initials) == _spans(persons._SURNAME_INITIALS.finditer(text)), text


def test_given_name_pairs_are_those_of_finditer():
    given_names = person_base().given_names
    assert {"Anna", "Alexei", "Radi"} & given_names
    for text in _TEXTS:
        _, given_starts = persons._known_names(text)
        plain = [m for m in persons._CAPWORD.finditer(text) if m.group(1) in given_names]
        assert _spans(persons._given_name_pairs(text, given_starts)) == _spans(plain), text


def test_appositions_are_those_of_finditer():
    role = persons._role_pattern()
    for text in _TEXTS:
        plain = [m for m in persons._APPOSITION.finditer(text) if role.match(text, m.end())]
        fast = [m for rm in role.finditer(text) if (m := persons._apposition_before(text, rm.start()))]
        assert _spans(fast) == _spans(plain), text


def test_bylines_are_those_of_a_line_start_pattern():
    plain = re.compile(r"^(?:[Vv]on|Text:|Autor:|Autorin:)[ \t]+([A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,2})[ \t]*$", re.MULTILINE)
    for text in _TEXTS:
        assert [m.span(1) for m in persons._byline_matches(text)] == [m.span(1) for m in plain.finditer(text)], text


@pytest.mark.parametrize("names", [["Radi Chabirow"], ["Anna Iwanow", "Kassym-Schomart Muraschko"]])
def test_surname_mentions_are_those_of_a_look_behind_pattern(names):
    chosen = [(0, 0, name, None) for name in names]
    full = {name.split()[-1]: name for name in names}
    plain = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(s) for s in sorted(full, key=len, reverse=True)) + r")s?(?![\w-])")
    for text in _TEXTS:
        expected = [(m.start(), m.end(), full[m.group(1)], None) for m in plain.finditer(text)]
        assert persons._surname_mentions(text, chosen) == expected, text
