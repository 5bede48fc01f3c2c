"""The inline SVG chart and the German number formats it prints."""
from __future__ import annotations

from regiomonitor.report import german as de
from regiomonitor.report.chart import svg


def test_chart_draws_actual_and_target_per_period():
    chart = {
        "partners": ["BY", "RU-BA"], "metric": "turnover", "currency": "USD",
        "actual": [{"period": "2020", "label": "2020", "year": 2020, "months": 12, "value": 427e6},
                   {"period": "2021-01..2021-09", "label": "x", "year": 2021, "months": 9, "value": 280e6}],
        "target": [{"period": "2025", "label": "2025", "year": 2025, "months": 12, "value": 320e6}],
        "forecast": [],
    }
    out = str(svg(chart))
    assert out.startswith("<svg") and out.endswith("</svg>")
    assert out.count("<rect") == 1 + 3 + 2  # background, three bars, two legend keys
    assert "1–9/2021" in out and ">427<" in out and "Mio. USD" in out
    assert "<script" not in out


def test_empty_chart():
    assert str(svg({"actual": [], "target": [], "forecast": []})) == ""


def test_german_money():
    assert de.money(320_000_000, "USD") == "320 Mio. USD"
    assert de.money(122_400_000, "USD") == "122,4 Mio. USD"
    assert de.money(1_500_000_000, "RUB") == "1,5 Mrd. RUB"
    assert de.money(16_670_000, "USD") == "16,7 Mio. USD"
    assert de.money(950_000, "EUR") == "950.000 EUR"


def test_german_dates_and_ordinals():
    assert de.date_text("1999-06") == "Juni 1999"
    assert de.date_text("2025-02-07") == "7. Februar 2025"
    assert de.date_text(None) == "ohne Datum"
    assert de.event_title({"kind": "forum", "ordinal": 8, "place": "RU-BA"}, {"RU-BA": "Baschkortostan"}) == "VIII. Forum der Regionen, Baschkortostan"
