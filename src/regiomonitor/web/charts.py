"""Plotly figure specs (plain dicts) built from the pages' data.

The JSON twin of a page carries the data; the HTML page embeds one of these specs in a
`<script type="application/json">` block that `static/charts.js` hands to Plotly. Colours and
fonts follow `static/style.css`.
"""
from __future__ import annotations

import html
import json
import math
from functools import lru_cache
from pathlib import Path

from regiomonitor.web.highlight import entity_url
from regiomonitor.web.layout import spring_layout

STATIC = Path(__file__).parent / "static"
ACCENT = "#1f5f8b"
PLACE = "#2a7a4b"
ORG = "#a0522d"
MAP_LABELS = 12  # regions named on the map
# Belarus's oblasts sit close together: their names go round the country, not on each other
LABEL_POSITIONS = {
    "BY-VI": "top center", "BY-HR": "middle left", "BY-BR": "bottom left", "BY-HO": "bottom center",
    "BY-MA": "bottom right", "BY-HM": "top left", "BY-MI": "bottom right",
    # and their Russian neighbours' above their circles
    "RU-SMO": "top center", "RU-BRY": "top center", "RU-KLU": "top center", "RU-PSK": "top center",
}
MAP_ASPECT = 2.3  # width / height of the map's drawing area on a desktop page
FONT = {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 12, "color": "#222"}


@lru_cache(maxsize=1)
def centroids() -> dict[str, dict]:
    return json.loads((STATIC / "region_centroids.json").read_text(encoding="utf-8"))


def plotly_text(value: str | None) -> str:
    """A name for Plotly's labels: Plotly reads `<b>`, `<a href>` and entities in text as
    markup, so names from documents go in entity-escaped (Plotly shows the literal name)."""
    return html.escape(value or "", quote=False)


def _layout(**extra) -> dict:
    base = {
        "font": FONT,
        "margin": {"l": 40, "r": 10, "t": 10, "b": 40},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "showlegend": False,
    }
    base.update(extra)
    return base


MONTHS_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez.")


def month_label(key: str) -> str:
    """'2024-03' -> 'März 2024'."""
    return f"{MONTHS_DE[int(key[5:7]) - 1]} {key[:4]}"


def _count_axis(values: list[int], title: str | None = None) -> dict:
    """A y axis of whole numbers (no 0, 0.5, 1 ticks for small counts)."""
    axis = {"gridcolor": "#eee", "rangemode": "tozero", "tickformat": "d", "zeroline": True, "zerolinecolor": "#bbb"}
    if max(values, default=0) <= 6:
        axis["dtick"] = 1
    if title:
        axis["title"] = {"text": title}
    return axis


def _shift(key: str, by: int) -> str:
    index = int(key[:4]) * 12 + int(key[5:7]) - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _widen(months: list[dict], at_least: int) -> list[dict]:
    """Empty months around a short series, so that one month is a bar, not a wall."""
    while months and len(months) < at_least:
        months = [{"month": _shift(months[0]["month"], -1), "documents": 0}, *months]
        if len(months) < at_least:
            months = [*months, {"month": _shift(months[-1]["month"], 1), "documents": 0}]
    return months


def monthly_bars(months: list[dict], *, height: int = 240) -> dict:
    """Documents per month as bars; every month from the first to the last has its slot (the
    data has empty months filled in), so gaps show as gaps."""
    months = _widen(months, 6)
    counts = [m["documents"] for m in months]
    labels = [month_label(m["month"]) for m in months]
    return {
        "data": [
            {
                "type": "bar",
                "x": labels,
                "y": counts,
                "marker": {"color": ACCENT},
                "hovertemplate": "%{x}: %{y} Dokumente<extra></extra>",
            }
        ],
        "layout": _layout(
            height=height,
            margin={"l": 50, "r": 10, "t": 10, "b": 50},
            xaxis=_month_axis([m["month"] for m in months], labels),
            yaxis=_count_axis(counts, "Dokumente"),
            bargap=0.25,
        ),
    }


def _month_axis(keys: list[str], labels: list[str]) -> dict:
    """A category axis of months whose labels stay readable: every month up to a year and a
    half, then every quarter, then only the years (at January, or the first month shown)."""
    axis: dict = {"type": "category", "automargin": True}
    if len(keys) <= 18:
        axis["tickangle"] = 0 if len(keys) <= 12 else -45
        return axis
    if len(keys) <= 42:
        shown = [i for i, k in enumerate(keys) if k[5:7] in ("01", "04", "07", "10")]
        axis.update(tickmode="array", tickvals=[labels[i] for i in shown], ticktext=[labels[i] for i in shown], tickangle=-45)
        return axis
    shown = [i for i, k in enumerate(keys) if k[5:7] == "01" or i == 0]
    if len(shown) > 1 and shown[1] - shown[0] < 4:
        shown = shown[1:]  # a first label of December would sit on top of January's
    axis.update(tickmode="array", tickvals=[labels[i] for i in shown], ticktext=[keys[i][:4] for i in shown], tickangle=0)
    return axis


def region_map(places: list[dict], links: list[dict], *, height: int = 500) -> dict:
    """Places with known centroids as circles sized by documents; lines for co-mentioned pairs."""
    known = centroids()
    # regions only: a country's centroid (Russia's is in Siberia) says nothing about where
    points = [p for p in places if p["key"] in known and "-" in p["key"]]
    if not points:
        return {}
    biggest = max(p["documents"] for p in points) or 1
    data: list[dict] = []
    for link in links:
        a, b = known.get(link["source"]["key"]), known.get(link["target"]["key"])
        if a and b:
            data.append(
                {
                    "type": "scattergeo",
                    "mode": "lines",
                    "lon": [a["lon"], b["lon"]],
                    "lat": [a["lat"], b["lat"]],
                    "line": {"width": 1 + 3 * link["sentences"] / max(1, links[0]["sentences"]), "color": "rgba(31,95,139,0.35)"},
                    "hoverinfo": "skip",
                    "showlegend": False,
                }
            )
    lon, lat = _frame([known[p["key"]] for p in points])
    groups = {"BY": ("Belarus", "#c0392b"), "RU": ("Russland", ACCENT), "KZ": ("Kasachstan", "#d4a017")}
    labelled = {p["key"] for p in sorted(points, key=lambda p: -p["documents"])[:MAP_LABELS]}
    for prefix, (label, colour) in [*groups.items(), ("", ("andere", "#777"))]:
        sel = [p for p in points if (p["key"][:2] == prefix if prefix else p["key"][:2] not in groups)]
        if not sel:
            continue
        names = [plotly_text(p.get("name") or known[p["key"]]["name"]) for p in sel]
        data.append(
            {
                "type": "scattergeo",
                "mode": "markers+text",
                "name": label,
                "lon": [known[p["key"]]["lon"] for p in sel],
                "lat": [known[p["key"]]["lat"] for p in sel],
                # names of the biggest circles only, or the map drowns in text
                "text": [n if p["key"] in labelled else "" for p, n in zip(sel, names)],
                "textposition": [LABEL_POSITIONS.get(p["key"], "bottom center") for p in sel],
                "textfont": {"size": 11, "color": "#333"},
                "customdata": [[p["documents"], entity_url("place", p["key"]), n] for p, n in zip(sel, names)],
                "marker": {
                    "size": [8 + 30 * (p["documents"] / biggest) ** 0.5 for p in sel],
                    "color": colour,
                    "opacity": 0.8,
                    "line": {"width": 1, "color": "white"},
                },
                "hovertemplate": "%{customdata[2]}: %{customdata[0]} Dokumente<extra></extra>",
            }
        )
    return {
        "data": data,
        "layout": _layout(
            height=height,
            margin={"l": 0, "r": 0, "t": 0, "b": 0},
            showlegend=True,
            legend={"orientation": "h", "x": 0.01, "y": 0.01, "bgcolor": "rgba(255,255,255,0.8)"},
            geo={
                "projection": {"type": "mercator"},
                "lonaxis": {"range": lon},
                "lataxis": {"range": lat},
                "showland": True,
                "landcolor": "#f3f1ea",
                "showocean": True,
                "oceancolor": "#e6eef4",
                "showlakes": False,
                "showcountries": True,
                "countrycolor": "#9a9a9a",
                "coastlinecolor": "#9a9a9a",
                "showframe": False,
                "bgcolor": "rgba(0,0,0,0)",
                "resolution": 110,
            },
        ),
        "links": True,  # charts.js: a click on a marker opens customdata[1]
    }


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _mercator_lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def _frame(coords: list[dict], aspect: float = MAP_ASPECT) -> tuple[list[float], list[float]]:
    """Longitude and latitude ranges (Mercator) around the points, with a margin, at least
    Belarus-to-the-Urals wide, and of the chart's aspect so that the map fills its box."""
    lons, lats = [c["lon"] for c in coords], [c["lat"] for c in coords]
    lon_mid = (min(lons) + max(lons)) / 2
    y_lo, y_hi = _mercator_y(max(-75, min(lats) - 4)), _mercator_y(min(78, max(lats) + 4))
    span = max(max(lons) - min(lons) + 14, 40, math.degrees((y_hi - y_lo) * aspect))
    span = min(span, 360)
    half_y = math.radians(span) / aspect / 2
    y_mid = (y_lo + y_hi) / 2
    lon = [lon_mid - span / 2, lon_mid + span / 2]
    lat = [_mercator_lat(y_mid - half_y), _mercator_lat(y_mid + half_y)]
    return lon, lat


def network(edges: list[dict], *, max_nodes: int = 40, height: int = 520) -> dict:
    """Regions and organizations as nodes, co-mention in sentences as weighted lines."""
    if not edges:
        return {}
    weight: dict[tuple, float] = {}
    names: dict[tuple, str] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            node = (end["kind"], end["key"])
            weight[node] = weight.get(node, 0) + e["sentences"]
            names[node] = plotly_text(end["name"] or end["key"])
    nodes = sorted(weight, key=lambda n: (-weight[n], n))[:max_nodes]
    keep = set(nodes)
    kept = [e for e in edges if (e["source"]["kind"], e["source"]["key"]) in keep and (e["target"]["kind"], e["target"]["key"]) in keep]
    pairs = [((e["source"]["kind"], e["source"]["key"]), (e["target"]["kind"], e["target"]["key"]), e["sentences"]) for e in kept]
    pos = spring_layout(nodes, pairs)
    xs: list = []
    ys: list = []
    for a, b, _ in pairs:
        xs += [pos[a][0], pos[b][0], None]
        ys += [pos[a][1], pos[b][1], None]
    data: list[dict] = [
        {"type": "scatter", "mode": "lines", "x": xs, "y": ys, "line": {"width": 1.2, "color": "rgba(80,80,80,0.5)"},
         "hoverinfo": "skip", "showlegend": False}
    ]
    biggest = max(weight[n] for n in nodes) or 1
    for kind, label, colour in (("place", "Regionen", PLACE), ("organization", "Organisationen", ORG)):
        sel = [n for n in nodes if n[0] == kind]
        if not sel:
            continue
        data.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": label,
                "x": [pos[n][0] for n in sel],
                "y": [pos[n][1] for n in sel],
                "text": [names[n] for n in sel],
                "textposition": "top center",
                "textfont": {"size": 11},
                "customdata": [[weight[n], entity_url(n[0], n[1])] for n in sel],
                "marker": {
                    "size": [10 + 22 * (weight[n] / biggest) ** 0.5 for n in sel],
                    "color": colour,
                    "symbol": "circle" if kind == "place" else "square",
                    "line": {"width": 1, "color": "white"},
                },
                "hovertemplate": "%{text}<br>%{customdata[0]} gemeinsame Sätze<extra></extra>",
            }
        )
    axis = {"visible": False, "range": [-1.25, 1.25]}
    return {
        "data": data,
        "layout": _layout(
            height=height,
            margin={"l": 10, "r": 10, "t": 10, "b": 10},
            xaxis=axis,
            yaxis=axis,
            showlegend=True,
            legend={"orientation": "h", "x": 0, "y": 1.02},
        ),
        "links": True,
    }


def hbars(items: list[dict], label_key: str = "name", *, height: int | None = None, colour: str = ACCENT) -> dict:
    """Horizontal bars (biggest on top) of `documents` per item."""
    if not items:
        return {}
    items = list(reversed(items))
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "y": [plotly_text(i.get(label_key) or i.get("key")) for i in items],
                "x": [i["documents"] for i in items],
                "marker": {"color": colour},
                "hovertemplate": "%{y}: %{x} Dokumente<extra></extra>",
            }
        ],
        "layout": _layout(
            height=height or 40 + 24 * len(items),
            margin={"l": 10 + 7 * min(40, max(len(str(i.get(label_key) or i.get("key"))) for i in items)), "r": 10, "t": 5, "b": 30},
            xaxis=_count_axis([i["documents"] for i in items]),
            yaxis={"automargin": True},
        ),
    }
