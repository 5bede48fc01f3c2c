"""Contradiction rules: each fires on its constructed case (Belarus–Baschkortostan in the test
register) and none fires on the consistent Belarus–Tatarstan figures."""
from __future__ import annotations

import pytest

from regiomonitor.analysis.contradictions import RULES, contradictions, find_in_figures
from regiomonitor.analysis.periods import span_of

M = 1_000_000


def _sides(c):
    return {(c["a"]["metric"], c["a"]["period"], c["a"]["value"]), (c["b"]["metric"], c["b"]["period"], c["b"]["value"])}


@pytest.fixture(scope="module")
def found(register):
    return contradictions(register)


@pytest.mark.parametrize(
    ("rule", "a", "b"),
    [
        ("value_mismatch", ("turnover", "2020", 427 * M), ("turnover", "2020", 500 * M)),
        ("balance_exceeds_turnover", ("balance", "2019", 900 * M), ("turnover", "2019", 600 * M)),
        ("flow_exceeds_turnover", ("import", "2018", 800 * M), ("turnover", "2018", 750 * M)),
        ("part_exceeds_whole", ("export", "2021-01..2021-10", 427 * M), ("export", "2021", 122.4 * M)),
    ],
)
def test_each_rule_fires_on_its_case(found, rule, a, b):
    hits = [c for c in found if c["rule"] == rule and c["partners"] == ["BY", "RU-BA"]]
    assert len(hits) == 1, hits
    c = hits[0]
    assert _sides(c) == {a, b}
    assert c["description"] and c["currency"] == "USD"
    for side in (c["a"], c["b"]):  # both figures with their sources and sentences
        assert side["citations"]
        for cite in side["citations"]:
            assert cite["evidence"] and cite["sentence"] is not None
            assert "[Elektronische Ressource]" in cite["source"]["citation"]


def test_value_mismatch_shows_both_sources(found):
    [c] = [c for c in found if c["rule"] == "value_mismatch"]
    titles = {cite["source"]["title"] for side in (c["a"], c["b"]) for cite in side["citations"]}
    assert len(titles) == 2
    assert c["difference_pct"] == pytest.approx(17.1, abs=0.1)


def test_consistent_figures_raise_nothing(found):
    # rounding (500 vs 505), roubles beside dollars, parts below wholes, exports below turnover,
    # a footnote number read as 165 USD, "von 200 auf 260" in one sentence: all quiet
    assert [c for c in found if c["partners"] == ["BY", "RU-TA"]] == []
    assert len(found) == len(RULES)


def test_small_amounts_never_reach_a_contradiction(found):
    assert all(abs(side["value"]) >= 1000 for c in found for side in (c["a"], c["b"]))


def test_filters(register):
    assert [c["rule"] for c in contradictions(register, rule="part_exceeds_whole")] == ["part_exceeds_whole"]
    assert contradictions(register, place="RU-TA") == []
    assert len(contradictions(register, place="RU-BA")) == 4


def _fig(i, metric, amount, period=None, year=2021, kind="actual", currency="USD", partners=("BY", "RU-X"), sentence=None):
    return {
        "id": i, "document_id": i, "sentence": sentence if sentence is not None else i, "evidence": f"Satz {i}",
        "amount": amount, "currency": currency, "metric": metric, "value_kind": kind, "partners": list(partners),
        "span": span_of(year, period), "source": {"key": f"doc:{i}", "citation": f"Quelle {i}"},
    }


@pytest.mark.parametrize(
    "figures",
    [
        [_fig(1, "turnover", 100 * M), _fig(2, "turnover", 101.5 * M)],  # within 2 %
        [_fig(1, "turnover", 100 * M), _fig(2, "turnover", 7_000 * M, currency="RUB")],  # currency
        [_fig(1, "turnover", 100 * M), _fig(2, "turnover", 150 * M, kind="target")],  # a target
        [_fig(1, "investment", 100 * M), _fig(2, "investment", 150 * M)],  # many things at once
        [_fig(1, "export", 90 * M, "2021-01..2021-06"), _fig(2, "export", 150 * M)],
        [_fig(1, "export", 90 * M), _fig(2, "turnover", 150 * M), _fig(3, "balance", -30 * M)],
        [_fig(1, "export", 120 * M, "2021-01..2021-10"), _fig(2, "turnover", 100 * M, "2021-01..2021-09")],  # not inside
    ],
)
def test_rules_stay_quiet_on_consistent_figures(figures):
    assert find_in_figures(figures) == []


@pytest.mark.parametrize(
    ("figures", "rule"),
    [
        ([_fig(1, "turnover", 100 * M), _fig(2, "turnover", 103 * M)], "value_mismatch"),
        ([_fig(1, "balance", -160 * M), _fig(2, "turnover", 150 * M)], "balance_exceeds_turnover"),
        ([_fig(1, "export", 160 * M), _fig(2, "turnover", 150 * M)], "flow_exceeds_turnover"),
        ([_fig(1, "export", 160 * M, "2021-01..2021-03"), _fig(2, "turnover", 150 * M)], "flow_exceeds_turnover"),
        ([_fig(1, "turnover", 160 * M, "2021-01..2021-03"), _fig(2, "turnover", 150 * M)], "part_exceeds_whole"),
    ],
)
def test_rules_fire_on_minimal_cases(figures, rule):
    assert [c["rule"] for c in find_in_figures(figures)] == [rule]


def test_a_bound_kept_by_the_other_value_is_no_contradiction():
    over_a_billion = {**_fig(1, "turnover", 1_000 * M), "bound": "min"}
    assert find_in_figures([over_a_billion, _fig(2, "turnover", 1_100 * M)]) == []
    # but a value below "more than a billion" does contradict it
    assert [c["rule"] for c in find_in_figures([over_a_billion, _fig(2, "turnover", 900 * M)])] == ["value_mismatch"]
    under = {**_fig(1, "turnover", 100 * M), "bound": "max"}
    assert find_in_figures([under, _fig(2, "turnover", 80 * M)]) == []


def test_a_segment_is_not_the_total():
    services = {**_fig(1, "export", 160 * M), "segment": "Dienstleistungen"}
    assert find_in_figures([services, _fig(2, "turnover", 150 * M)]) == []


def test_an_expectation_for_part_of_a_reported_period_cannot_exceed_its_total():
    # "die Exporte werden sich in den ersten zehn Monaten auf 400 Mio. belaufen" beside a
    # reported full year of 120 Mio.: the expectation for ten months cannot be right
    expected = _fig(1, "export", 400 * M, "2021-01..2021-10", kind="forecast")
    assert [c["rule"] for c in find_in_figures([expected, _fig(2, "export", 120 * M)])] == ["part_exceeds_whole"]
    # a forecast for the whole year beside a part of it contradicts nothing
    assert find_in_figures([_fig(1, "export", 90 * M, "2021-01..2021-06"), _fig(2, "export", 150 * M, kind="forecast")]) == []
