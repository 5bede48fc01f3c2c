"""Contradictions between figures: two sources, or two statements, that cannot both be right.

Figures are first merged into points as in `series` (the same value from several sources is one
point), then every rule of `RULES` looks at the points of one partner set and currency. Each
contradiction shows both points side by side with all their sources, sentences and the rule.

Values in different currencies are never compared: a rouble figure and a dollar figure for the
same year differ without contradicting each other. Amounts below `MIN_AMOUNT` are left out:
trade between regions is never a few hundred dollars, so such a number is a misread count or
footnote reference, and flagging it would only bury the real contradictions.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from regiomonitor.analysis import records
from regiomonitor.analysis.access import reading
from regiomonitor.analysis.series import TOLERANCE, merge_points, public

MIN_AMOUNT = 1000
# Each of these is one total per partner pair and period, so two values for it must agree.
# Investment, contract values and "other" amounts are many things at once (this plant's
# investment, that forum's contracts): two different values for them contradict nothing.
COMPARABLE = ("turnover", "export", "import", "balance")
ADDITIVE = ("turnover", "export", "import")  # a part of a period cannot exceed the whole

Point = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    name: str
    description: str  # German, shown to users
    check: Callable[[list[Point]], Iterator[tuple[Point, Point]]]


def _exceeds(a: float, b: float) -> bool:
    return abs(a) > abs(b) * (1 + TOLERANCE)


def _sentences(point: Point) -> set[tuple[int, int | None]]:
    return {(c["document_id"], c["sentence"]) for c in point["citations"]}


def _value_mismatch(points: list[Point]) -> Iterator[tuple[Point, Point]]:
    groups: dict[tuple, list[Point]] = defaultdict(list)
    for p in points:
        if p["kind"] == "actual":  # two different targets are a changed plan, not a contradiction
            groups[(p["metric"], p["span"])].append(p)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                # both values in one sentence ("stieg von 1,5 auf 22,5 Mrd.") is a change over
                # time whose start year the text did not give, not two sources disagreeing
                if _sentences(a) & _sentences(b):
                    continue
                if _bounds_agree(a, b) or _bounds_agree(b, a):
                    continue
                yield a, b


def _bounds_agree(bound: Point, other: Point) -> bool:
    """`über eine Milliarde` and `1,1 Milliarden` say the same: a bound the other value keeps."""
    if bound.get("bound") == "min":
        return other["value"] >= bound["value"] * (1 - TOLERANCE)
    if bound.get("bound") == "max":
        return other["value"] <= bound["value"] * (1 + TOLERANCE)
    return False


def _balance_exceeds_turnover(points: list[Point]) -> Iterator[tuple[Point, Point]]:
    turnover = [p for p in points if p["metric"] == "turnover" and p["kind"] == "actual"]
    for p in points:
        if p["metric"] == "balance" and p["kind"] == "actual":
            for t in turnover:
                if t["span"] == p["span"] and _exceeds(p["value"], t["value"]):
                    yield p, t


def _flow_exceeds_turnover(points: list[Point]) -> Iterator[tuple[Point, Point]]:
    """Exports (or imports) are part of turnover, over the same period or any period inside it."""
    turnover = [p for p in points if p["metric"] == "turnover" and p["kind"] == "actual"]
    for p in points:
        if p["metric"] in ("export", "import") and p["kind"] == "actual":
            for t in turnover:
                if p["span"].within(t["span"]) and _exceeds(p["value"], t["value"]):
                    yield p, t


def _part_exceeds_whole(points: list[Point]) -> Iterator[tuple[Point, Point]]:
    """Ten months of 2021 cannot bring more than the whole of 2021. That holds for an expected
    value of the ten months too ("werden sich ... auf 427 Mio. $ belaufen"): once the whole year
    is reported, an expectation for a part of it above the year's total cannot be right."""
    for p in points:
        if p["metric"] in ADDITIVE and p["kind"] in ("actual", "forecast"):
            for w in points:
                if (
                    w["metric"] == p["metric"]
                    and w["kind"] == "actual"
                    and p["span"].inside(w["span"])
                    and _exceeds(p["value"], w["value"])
                ):
                    yield p, w


RULES: tuple[Rule, ...] = (
    Rule(
        "value_mismatch",
        "Gleiche Partner, gleiche Kennzahl, gleicher Zeitraum – Werte weichen um mehr als 2 % voneinander ab",
        _value_mismatch,
    ),
    Rule("balance_exceeds_turnover", "Der Saldo ist größer als der Handelsumsatz desselben Zeitraums", _balance_exceeds_turnover),
    Rule(
        "flow_exceeds_turnover",
        "Export bzw. Import ist größer als der Handelsumsatz desselben (oder eines umfassenderen) Zeitraums",
        _flow_exceeds_turnover,
    ),
    Rule(
        "part_exceeds_whole",
        "Der Wert für einen Teil des Zeitraums ist größer als der Wert für den ganzen Zeitraum",
        _part_exceeds_whole,
    ),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}


def _side(point: Point) -> dict[str, Any]:
    side = public(point)
    side.pop("conflict", None)
    return side


def _id(rule: str, a: Point, b: Point) -> str:
    ids = sorted(c["figure_id"] for c in a["citations"]) + ["|"] + sorted(c["figure_id"] for c in b["citations"])
    return hashlib.sha1(f"{rule}:{ids}".encode()).hexdigest()[:12]


def find_in_figures(figs: list[dict[str, Any]], min_amount: float = MIN_AMOUNT) -> list[dict[str, Any]]:
    """Contradictions among figure records (see `records.figures`)."""
    groups: dict[tuple[tuple[str, ...], str | None], list[dict[str, Any]]] = defaultdict(list)
    for fig in figs:
        if fig["amount"] is None or abs(fig["amount"]) < min_amount or not fig["partners"]:
            continue
        if fig["metric"] not in COMPARABLE:
            continue
        if fig.get("segment"):
            continue  # `Exporte von Dienstleistungen` is a part of the exports, not their total
        groups[(tuple(fig["partners"]), fig["currency"])].append(fig)
    found = []
    for (partners, currency), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        points = merge_points(members)
        for rule in RULES:
            for a, b in rule.check(points):
                hi, lo = max(abs(a["value"]), abs(b["value"])), min(abs(a["value"]), abs(b["value"]))
                found.append(
                    {
                        "id": _id(rule.name, a, b),
                        "rule": rule.name,
                        "description": rule.description,
                        "partners": list(partners),
                        "currency": currency,
                        "a": _side(a),
                        "b": _side(b),
                        "difference_pct": round((hi - lo) / lo * 100, 1) if lo else None,
                    }
                )
    return found


def contradictions(source: Any, *, place: str | None = None, rule: str | None = None) -> list[dict[str, Any]]:
    """All contradictions in the register (optionally about one place, or of one rule)."""
    with reading(source) as session:
        figs = records.figures(session, place=place)
    found = find_in_figures(figs)
    return [c for c in found if rule is None or c["rule"] == rule]
