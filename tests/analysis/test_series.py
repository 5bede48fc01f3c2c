"""Trade series: one point per period and value, duplicates merged with all their sources."""
from __future__ import annotations

import pytest

from regiomonitor.analysis.periods import Span, span_of
from regiomonitor.analysis.series import close, pairs, series

M = 1_000_000


def test_duplicates_of_one_figure_are_one_point_with_every_source(register):
    s = series(register, "BY", "RU-BA")
    [p2024] = [p for p in s["actual"] if p["period"] == "2024"]
    assert p2024["value"] == pytest.approx(300.2 * M)  # the more precise of 300 and 300,2
    assert p2024["values"] == [300 * M, pytest.approx(300.2 * M)]
    assert len(p2024["citations"]) == 2
    titles = {c["source"]["title"] for c in p2024["citations"]}
    assert titles == {"Lukaschenko: Belarus und Baschkortostan können die $320-Mio.-Grenze knacken", "Handel mit Baschkortostan"}
    assert all(c["evidence"] and c["sentence"] is not None for c in p2024["citations"])
    assert not p2024["conflict"]


def test_targets_stand_apart_from_actuals(register):
    s = series(register, "RU-BA", "BY")  # partner order does not matter
    assert [(p["period"], p["value"]) for p in s["target"]] == [("2025", 320 * M)]
    assert "2025" not in [p["period"] for p in s["actual"]]
    assert s["forecast"] == []


def test_different_values_for_one_period_are_two_points_marked_as_conflict(register):
    s = series(register, "BY", "RU-BA")
    p2020 = [p for p in s["actual"] if p["period"] == "2020"]
    assert sorted(p["value"] for p in p2020) == [427 * M, 500 * M]
    assert all(p["conflict"] for p in p2020)


def test_points_are_in_time_order_and_partial_years_keep_their_months(register):
    periods = [p["period"] for p in series(register, "BY", "RU-BA")["actual"]]
    assert periods == ["2018", "2019", "2020", "2020", "2021-01..2021-09", "2022", "2023", "2024"]
    [part] = [p for p in series(register, "BY", "RU-BA")["actual"] if p["months"] == 9]
    assert part["label"] == "Januar–September 2021"


def test_currencies_stay_apart(register):
    s = series(register, "BY", "RU-TA")
    assert s["currencies"] == ["RUB", "USD"]
    rub = [p for p in s["actual"] if p["currency"] == "RUB"]
    assert [p["value"] for p in rub] == [37_000 * M]


def test_pairs_index(register):
    found = {(tuple(p["partners"]), p["metric"]): p["figures"] for p in pairs(register)}
    assert found[(("BY", "RU-BA"), "turnover")] >= 9
    assert (("BY", "RU-TA"), "import") in found


@pytest.mark.parametrize(
    ("year", "period", "key", "months"),
    [
        (2021, None, "2021", 12),
        (2021, "2021-01..2021-10", "2021-01..2021-10", 10),
        (None, "2020..2022", "2020..2022", 36),
        (2020, "2020-Q2", "2020-04..2020-06", 3),
        (2020, "2020-H1", "2020-01..2020-06", 6),
        (None, None, None, None),
        (None, "unklar", None, None),
    ],
)
def test_periods(year, period, key, months):
    span = span_of(year, period)
    assert (span.key if span else None) == key
    assert (span.months if span else None) == months


def test_part_of_a_period():
    ten_months, year = span_of(2021, "2021-01..2021-10"), span_of(2021, None)
    assert ten_months.inside(year) and not year.inside(ten_months) and not year.inside(year)
    assert Span(1, 2).within(Span(1, 2))


def test_rounding_tolerance():
    assert close(427e6, 426.8e6) and close(750e6, 749.6e6)
    assert not close(427e6, 440e6)


def test_a_segment_is_its_own_point_and_not_a_conflicting_total():
    from regiomonitor.analysis.periods import span_of
    from regiomonitor.analysis.series import merge_points

    def fig(i, amount, segment=None):
        return {"id": i, "document_id": i, "sentence": i, "evidence": f"Satz {i}", "amount": amount, "currency": "USD",
                "metric": "export", "value_kind": "actual", "partners": ["BY", "RU-X"], "span": span_of(2021, None),
                "source": None, "segment": segment}

    points = merge_points([fig(1, 122.4e6), fig(2, 2e6, "Ausfuhren eines Konzerns")])
    assert [(p["value"], p["segment"], p["conflict"]) for p in points] == [
        (2e6, "Ausfuhren eines Konzerns", False), (122.4e6, None, False)
    ]
