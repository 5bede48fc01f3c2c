"""Actual against target as an inline SVG bar chart: no script, no CDN, prints in a PDF.

One group of bars per period (a year, or part of one): reached values filled, targets as
outlined bars, forecasts dashed. Two different reported values for one period stand side by
side, so a contradiction is visible at a glance. Periods shorter than a year are drawn paler
and labelled with their months (`1–9/2021`), because they are not comparable with full years.
"""
from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

from regiomonitor.analysis.periods import span_of
from regiomonitor.report import german as de

COLOURS = {"actual": "#1f5f8b", "target": "#d9822b", "forecast": "#7a7a7a"}
LEGEND = (("actual", "Ist"), ("target", "Ziel"), ("forecast", "Prognose"))


def _short(period: str) -> str:
    span = span_of(None, period)
    if span is None:
        return period
    fy, fm = divmod(span.first, 12)
    ly, lm = divmod(span.last, 12)
    if fm == 0 and lm == 11:
        return str(fy) if fy == ly else f"{fy}–{str(ly)[2:]}"
    if fy == ly:
        return f"{fm + 1}–{lm + 1}/{fy}" if fm != lm else f"{lm + 1}/{fy}"
    return f"{fm + 1}/{fy}–{lm + 1}/{ly}"


def _scale(maximum: float) -> tuple[float, float, str]:
    """(divisor, tick step, unit) so that the axis reads in Mio. or Mrd. with round ticks."""
    divisor, unit = (1e9, "Mrd.") if maximum >= 2e9 else (1e6, "Mio.") if maximum >= 2e6 else (1.0, "")
    top = maximum / divisor
    raw = top / 4 if top > 0 else 1
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return divisor, step, unit


def svg(chart: dict[str, Any], width: int = 680, height: int = 300) -> Markup:
    bars: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    order: dict[str, tuple[int, int]] = {}
    for kind in ("actual", "target", "forecast"):
        for p in chart.get(kind, []):
            bars.setdefault(p["period"], []).append((kind, p))
            order[p["period"]] = (p["year"], p["months"])
    periods = sorted(bars, key=lambda k: order[k])
    if not periods:
        return Markup("")
    maximum = max(abs(p["value"]) for group in bars.values() for _, p in group) or 1
    divisor, step, unit = _scale(maximum)
    ticks = math.ceil(maximum / divisor / step)
    top_value = ticks * step * divisor

    left, right, top, bottom = 56, 12, 28, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(periods)
    y = lambda v: top + plot_h - (abs(v) / top_value) * plot_h  # noqa: E731

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(chart_title(chart))}">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for i in range(ticks + 1):
        value = i * step * divisor
        ty = y(value)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="#e2e2e2" stroke-width="1"/>')
        parts.append(
            f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" font-size="10" fill="#555">{escape(de.number(value / divisor, 1))}</text>'
        )
    parts.append(
        f'<text x="{left - 6}" y="{top - 12}" text-anchor="end" font-size="10" fill="#555">{escape(unit)} {escape(chart.get("currency") or "")}</text>'
    )
    for i, period in enumerate(periods):
        group = bars[period]
        inner = slot * 0.8
        bar_w = min(28.0, inner / len(group))
        x0 = left + i * slot + (slot - bar_w * len(group)) / 2
        for j, (kind, p) in enumerate(group):
            x = x0 + j * bar_w
            by = y(p["value"])
            h = top + plot_h - by
            colour = COLOURS[kind]
            partial = p.get("months", 12) < 12
            if kind == "actual":
                style = f'fill="{colour}" fill-opacity="{0.5 if partial else 1}"'
            elif kind == "target":
                style = f'fill="#fff4e8" stroke="{colour}" stroke-width="2"'
            else:
                style = f'fill="#f2f2f2" stroke="{colour}" stroke-width="1.5" stroke-dasharray="4 2"'
            parts.append(f'<rect x="{x + 1:.1f}" y="{by:.1f}" width="{bar_w - 2:.1f}" height="{max(h, 0.5):.1f}" {style}/>')
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{by - 3:.1f}" text-anchor="middle" font-size="9" fill="#333">'
                f"{escape(de.number(p['value'] / divisor, 1))}</text>"
            )
        parts.append(
            f'<text x="{left + i * slot + slot / 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle" font-size="10" fill="#333">'
            f"{escape(_short(period))}</text>"
        )
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#888"/>')
    lx = left
    for kind, label in LEGEND:
        if not chart.get(kind):
            continue
        colour = COLOURS[kind]
        fill = colour if kind == "actual" else "#fff4e8" if kind == "target" else "#f2f2f2"
        parts.append(f'<rect x="{lx}" y="{height - 16}" width="12" height="10" fill="{fill}" stroke="{colour}" stroke-width="1.5"/>')
        parts.append(f'<text x="{lx + 16}" y="{height - 7}" font-size="10" fill="#333">{escape(label)}</text>')
        lx += 56
    if any(p.get("months", 12) < 12 for p in chart.get("actual", [])):
        parts.append(
            f'<text x="{lx}" y="{height - 7}" font-size="10" fill="#555">blass: Teil eines Jahres (Monate/Jahr)</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def chart_title(chart: dict[str, Any], names: dict[str, str] | None = None) -> str:
    metric = de.METRICS.get(chart.get("metric"), chart.get("metric") or "")
    return f"{metric} {de.partners(names or {}, chart.get('partners') or [])}"
