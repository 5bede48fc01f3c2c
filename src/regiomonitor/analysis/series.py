"""Trade series per partner pair and metric: one point per period and value.

The same figure reported by several sources (an agency item reprinted on three sites, an
analysis quoting the agency) is one point that keeps every source. Values within rounding of
each other (`fast 750 Mio.` beside `749,6 Mio.`) are the same figure; values further apart stay
separate points of the same period and are marked `conflict` (see `contradictions`). Targets
and forecasts are separate lines, never mixed with what was reached.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from regiomonitor.analysis import records
from regiomonitor.analysis.access import reading
from regiomonitor.store.schema import Fact

# Sources round: "fast 427 Mio." and "426,8 Mio." are one figure. Beyond 2 % it is another value.
TOLERANCE = 0.02
KINDS = ("actual", "target", "forecast")


def close(a: float, b: float, tolerance: float = TOLERANCE) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _precision(value: float) -> int:
    """Significant digits: 122.4 Mio. is more precise than 122 Mio."""
    digits = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def _cite(fig: dict[str, Any]) -> dict[str, Any]:
    return {
        "figure_id": fig["id"],
        "document_id": fig["document_id"],
        "sentence": fig["sentence"],
        "evidence": fig["evidence"],
        "amount": fig["amount"],
        "surface": fig.get("surface"),
        "source": fig["source"],
    }


def _clusters(figs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group values within tolerance of the cluster's smallest value (sorted single pass)."""
    out: list[list[dict[str, Any]]] = []
    for fig in sorted(figs, key=lambda f: f["amount"]):
        if out and close(out[-1][0]["amount"], fig["amount"]):
            out[-1].append(fig)
        else:
            out.append([fig])
    return out


def merge_points(figs: list[dict[str, Any]], *, keep_undated: bool = False) -> list[dict[str, Any]]:
    """Merged points of figure records. Undated figures are dropped (a series or a comparison
    needs a period) unless `keep_undated`: a dossier still lists them, as "ohne Zeitangabe"."""
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for fig in figs:
        if fig.get("amount") is None or (fig.get("span") is None and not keep_undated):
            continue
        # a figure limited to goods, services or one company ("die Ausfuhren des Konzerns") is a
        # part of the total: its own point, never a conflicting value of the total
        groups[(fig["metric"], fig["value_kind"] or "actual", fig["currency"], fig["span"], fig.get("segment"))].append(fig)
    points = []
    for (metric, kind, currency, span, segment), members in groups.items():
        clusters = _clusters(members)
        for cluster in clusters:
            counts: dict[float, int] = defaultdict(int)
            for fig in cluster:
                counts[fig["amount"]] += 1
            value = max(counts, key=lambda v: (counts[v], _precision(v), v))
            points.append(
                {
                    "metric": metric,
                    "kind": kind,
                    "currency": currency,
                    "partners": cluster[0]["partners"],
                    "period": span.key if span else None,
                    "label": span.label() if span else "ohne Zeitangabe",
                    "year": span.year if span else None,
                    "months": span.months if span else None,
                    "span": span,
                    "value": value,
                    "values": sorted(counts),
                    "citations": [_cite(f) for f in cluster],
                    "conflict": len(clusters) > 1,
                    "segment": segment,
                    # a bound only when every source gives the value as one (`mehr als ...`)
                    "bound": cluster[0].get("bound") if len({f.get("bound") for f in cluster}) == 1 else None,
                }
            )
    points.sort(key=lambda p: (p["span"] is None, p["span"] or 0, p["currency"] or "", p["value"]))
    return points


def public(point: dict[str, Any]) -> dict[str, Any]:
    """A point without the internal Span object (JSON-ready)."""
    return {k: v for k, v in point.items() if k != "span"}


def series(source: Any, a: str, b: str, metric: str = "turnover") -> dict[str, Any]:
    """The series of `metric` between places `a` and `b`: actual, target and forecast points."""
    with reading(source) as session:
        figs = records.figures(session, partners=[a, b], metric=metric)
    points = [p for p in merge_points(figs) if not p["segment"]]
    out: dict[str, Any] = {
        "a": a,
        "b": b,
        "metric": metric,
        "currencies": sorted({p["currency"] for p in points if p["currency"]}),
        "undated": sum(1 for f in figs if f.get("span") is None),
    }
    for kind in KINDS:
        out[kind] = [public(p) for p in points if p["kind"] == kind]
    out["segments"] = [public(p) for p in merge_points(figs) if p["segment"]]  # parts, shown apart
    return out


def pairs(source: Any) -> list[dict[str, Any]]:
    """Partner sets and metrics that have figures, most figures first (the series index)."""
    with reading(source) as session:
        rows = session.execute(
            select(Fact.partners, Fact.metric, func.count())
            .where(Fact.kind == "figure", Fact.partners.is_not(None))
            .group_by(Fact.partners, Fact.metric)
            .order_by(func.count().desc(), Fact.partners)
        ).all()
    return [{"partners": p.split(","), "metric": m, "figures": n} for p, m, n in rows if p and "," in p]
