"""Contradictions in the seed texts, ingested with the full pipeline (needs ../shared)."""
from __future__ import annotations

import re

import pytest

from analysis_corpus import seed_store
from regiomonitor.analysis.contradictions import contradictions

pytestmark = pytest.mark.shared

M = 1_000_000


@pytest.fixture
def found(seeds_dir):  # seeds_dir is per test; seed_store ingests once per session
    return contradictions(seed_store(seeds_dir))


def _side(side, metric, period, value):
    return side["metric"] == metric and side["period"] == period and abs(side["value"] - value) <= 0.02 * value


def test_bashkortostan_exports_of_ten_months_beside_the_whole_year(found):
    # 001_: "Exporte in den ersten 10 Monaten des Jahres 2021 auf fast 427 Mio. $" beside
    # "Die Ausfuhren ... in die Republik Baschkortostan beliefen sich 2021 auf 122,4 Millionen Dollar"
    hits = [
        c for c in found
        if "RU-BA" in c["partners"]
        and {_side(c["a"], "export", "2021-01..2021-10", 427 * M), _side(c["b"], "export", "2021", 122.4 * M)} == {True}
    ]
    assert hits, [(c["rule"], c["partners"], c["a"]["value"], c["b"]["value"]) for c in found]
    assert hits[0]["rule"] == "part_exceeds_whole"
    for side in (hits[0]["a"], hits[0]["b"]):
        assert "001_917cc89bd1ece2d6" in side["citations"][0]["source"]["citation"]


def test_no_contradiction_rests_on_a_small_amount(found):
    assert all(abs(side["value"]) >= 1000 for c in found for side in (c["a"], c["b"]))


def test_no_contradiction_rests_on_a_footnote_number(found):
    # a footnote reference is a number glued to the next word: "165Die Ausfuhren", "99\"Die"
    for c in found:
        for side in (c["a"], c["b"]):
            for cite in side["citations"]:
                surface = cite.get("surface") or ""
                assert re.search(r"[$€]|Mio|Mrd|Million|Milliard|Tausend|Dollar|Rubel|USD|RUB|BYN|EUR|KZT|Tenge", surface), cite
                number = re.match(r"\D*(\d+)", surface)
                if number:
                    glued = re.search(rf"(?<![\d.,]){number.group(1)}(?=[A-ZÄÖÜ\"„“])", cite["evidence"])
                    assert glued is None, (surface, cite["evidence"])
