"""The dossier as sections of statements, each statement with the sources it rests on.

Markdown and HTML (and PDF, which prints the HTML) render this one outline, so the three
formats say the same things in the same order and footnote them the same way. Everything here
is plain, unescaped text; escaping is the renderer's job.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from regiomonitor.report import german as de

Cites = list[dict[str, Any]]
MAX_CHARTS = 3


@dataclass
class Segment:
    text: str
    cites: Cites = field(default_factory=list)


@dataclass
class Statement:
    lead: str | None
    segments: list[Segment]
    quotes: list[Segment] = field(default_factory=list)  # direct quotations under a person


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[tuple[list[str], Cites]]  # cells, and the sources of the row


@dataclass
class Section:
    key: str
    title: str
    statements: list[Statement] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[dict[str, Any]] = field(default_factory=list)
    empty: str = "Keine Angaben in den erfassten Quellen."


@dataclass
class Outline:
    title: str
    subtitle: str
    sections: list[Section]
    sources: dict[str, dict[str, Any]]
    names: dict[str, str]


KIND_LABEL = {"place": "Region/Land", "organization": "Unternehmen/Organisation", "person": "Person"}


def _agreements(d: dict[str, Any]) -> Section:
    section = Section("agreements", "Vertragliche Grundlagen: Abkommen und Aktionspläne")
    for a in d["agreements"]:
        text = de.AGREEMENTS.get(a["kind"], "Vereinbarung")
        if a.get("title"):
            # "Abkommen „Abkommen über Handel ...“" says the kind twice: the title names it
            text = f"„{a['title']}“" if a["title"].lower().startswith(text.lower()[:6]) else f"{text} „{a['title']}“"
        if a.get("parties"):
            text += f" ({de.partners(d['names'], a['parties'])})"
        section.statements.append(Statement(de.date_text(a.get("date")), [Segment(text, a["sources"])]))
    return section


def _events(d: dict[str, Any]) -> Section:
    section = Section("events", "Chronik: Foren, Besuche, Treffen, Kommissionssitzungen")
    for e in d["events"]:
        if e.get("date"):
            lead = de.date_text(e["date"])
        elif e.get("published"):
            lead = f"gemeldet am {de.date_text(e['published'])}"
        else:
            lead = "ohne Datum"
        text = de.event_title(e, d["names"])
        if e.get("participants"):
            text += " – " + ", ".join(e["participants"])
        section.statements.append(Statement(lead, [Segment(text, e["sources"])]))
    return section


def _chartable(chart: dict[str, Any]) -> bool:
    """A chart is worth drawing when it compares something: two periods, or actual and target."""
    periods = {p["period"] for kind in ("actual", "target", "forecast") for p in chart[kind]}
    return len(periods) >= 2 or (bool(chart["actual"]) and bool(chart["target"]))


def _figures(d: dict[str, Any]) -> Section:
    """One table per partner pair (the pair is the caption, not a repeated column)."""
    section = Section("figures", "Handel in Zahlen: Umsatz, Export, Import – Ist und Ziel")
    by_pair: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for f in d["figures"]:
        by_pair.setdefault(tuple(f["partners"]), []).append(f)
    for pair, figures in sorted(by_pair.items(), key=lambda kv: -len(kv[1])):
        rows = []
        for f in sorted(figures, key=lambda f: (f["metric"] != "turnover", f["metric"], f["year"] is None, f["year"] or 0, f["months"] or 0, f["kind"])):
            value = de.money(f["value"], f["currency"])
            if len(f.get("values") or []) > 1:
                value += " (auch " + ", ".join(de.money(v, f["currency"]) for v in f["values"] if v != f["value"]) + ")"
            if f.get("conflict"):
                value += " ⚠"
            metric = de.METRICS.get(f["metric"], f["metric"])
            if f.get("segment"):
                metric += f" (nur: {f['segment']})"  # a part of the total, not the total
            rows.append(
                ([f["label"], metric, de.VALUE_KINDS.get(f["kind"], f["kind"]), value], f["sources"])
            )
        caption = de.partners(d["names"], list(pair)) or "ohne Partnerangabe"
        section.tables.append(Table(caption, ["Zeitraum", "Kennzahl", "Art", "Wert"], rows))
    section.charts = [c for c in d["charts"] if _chartable(c)][:MAX_CHARTS]
    return section


def _projects(d: dict[str, Any]) -> Section:
    section = Section("projects", "Unternehmen und gemeinsame Projekte")
    for p in d["projects"]:
        section.statements.append(Statement(de.STATUS.get(p.get("status"), "Stand unbekannt"), [Segment(de.project_title(p, d["names"]), p["sources"])]))
    others = [e for e in d["enterprises"] if not e["projects"]]
    if others:
        section.statements.append(Statement("Außerdem genannt", [Segment(", ".join(e["name"] for e in others))]))
    return section


def _people(d: dict[str, Any]) -> Section:
    section = Section("people", "Personen und Zitate")
    if d.get("quotes"):  # a person's own dossier: their quotations first
        section.statements.append(Statement(d["subject"]["name"], [], [Segment(q["text"], q["sources"]) for q in d["quotes"]]))
    for p in d["people"]:
        lead = p["name"] or "Ohne Zuordnung"
        segments = [Segment(p["role"] or "", p["sources"])] if (p["role"] or p["sources"]) else []
        section.statements.append(Statement(lead, segments, [Segment(q["text"], q["sources"]) for q in p["quotes"]]))
    return section


def _prospects(d: dict[str, Any]) -> Section:
    section = Section("prospects", "Offene Pläne und Perspektiven", empty="Keine offenen Ziele oder Pläne in den erfassten Quellen.")
    names = d["names"]
    for f in d["prospects"]["targets"]:
        when = f", {f['label']}" if f["year"] is not None else ""
        text = f"{de.METRICS.get(f['metric'], f['metric'])} {de.partners(names, f['partners'])}{when}: {de.money(f['value'], f['currency'])}"
        section.statements.append(Statement(de.VALUE_KINDS.get(f["kind"], "Ziel"), [Segment(text, f["sources"])]))
    for p in d["prospects"]["planned_projects"]:
        section.statements.append(Statement("Geplantes Projekt", [Segment(de.project_title(p, names), p["sources"])]))
    for e in d["prospects"]["upcoming_events"]:
        section.statements.append(Statement(f"Angekündigt für {de.date_text(e['date'])}", [Segment(de.event_title(e, names), e["sources"])]))
    return section


def _side_cites(side: dict[str, Any]) -> Cites:
    return [{"key": c["source"]["key"], "evidence": c["evidence"], "sentence": c["sentence"]} for c in side["citations"] if c.get("source")]


def _contradictions(d: dict[str, Any]) -> Section:
    section = Section("contradictions", "Widersprüche in den Quellen", empty="Keine widersprüchlichen Zahlen gefunden.")
    names = d["names"]
    for c in d["contradictions"]:
        a, b = c["a"], c["b"]
        lead = f"{de.partners(names, c['partners'])}: {de.RULES.get(c['rule'], c['rule'])}"
        section.statements.append(
            Statement(
                lead,
                [
                    Segment(f"{de.METRICS.get(a['metric'], a['metric'])} {a['label']}: {de.money(a['value'], a['currency'])}", _side_cites(a)),
                    Segment(f"gegenüber {de.METRICS.get(b['metric'], b['metric'])} {b['label']}: {de.money(b['value'], b['currency'])}", _side_cites(b)),
                    Segment(f"– {c['description']}."),
                ],
            )
        )
    return section


def outline(dossier: dict[str, Any]) -> Outline:
    subject = dossier["subject"]
    kind = KIND_LABEL.get(subject["kind"], subject["kind"])
    title = f"Dossier: {subject['name']}"
    subtitle = f"{kind} {subject['id']}" if subject["id"] != subject["name"] else kind
    if subject.get("role"):
        subtitle += f" – {subject['role']}"
    subtitle += f" · erstellt am {de.date_text(dossier['generated'])} aus {dossier['documents']} Dokumenten"
    sections = [
        _agreements(dossier),
        _events(dossier),
        _figures(dossier),
        _projects(dossier),
        _people(dossier),
        _prospects(dossier),
        _contradictions(dossier),
    ]
    return Outline(title, subtitle, sections, dossier["sources"], dossier["names"])
