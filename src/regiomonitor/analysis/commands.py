"""Commands of regiomonitor.analysis (registered on the Typer app by cli.py).

Each command calls the same query function as the web page and the JSON API; `--json` prints
that function's result as it is, the default prints a short German text for people.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer

DB_HELP = "Database URL or SQLite file (default: $REGIOMONITOR_DB or ./regiomonitor.db)."


class DossierFormat(str, Enum):
    md = "md"
    html = "html"
    pdf = "pdf"


class Dataset(str, Enum):
    documents = "documents"
    entities = "entities"
    facts = "facts"
    figures = "figures"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    geojson = "geojson"
    xlsx = "xlsx"


class Granularity(str, Enum):
    year = "year"
    month = "month"


def _store(db: str | None):
    from regiomonitor.store.database import Store

    store = Store(db)
    store.migrate()
    return store


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"regiomonitor: {message}", err=True)
    raise typer.Exit(code)


def _write(content: bytes, out: Path | None) -> None:
    if out is None:
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(content)
        typer.echo(f"{out} ({len(content):,} Bytes)", err=True)


def dossier(
    ident: str = typer.Argument(..., metavar="ID", help="ISO id of a region or country (RU-BA, KZ), an enterprise or a person."),
    fmt: DossierFormat = typer.Option(DossierFormat.md, "--format", "-f", help="md, html or pdf."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file (required for pdf)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """A dossier: agreements, events, trade figures, projects, people, prospects — footnoted."""
    from regiomonitor.analysis.dossier import build
    from regiomonitor.report import render

    if fmt is DossierFormat.pdf and out is None:
        _fail("a PDF needs --out FILE")
    try:
        content = build(_store(db), ident)
    except LookupError as error:
        _fail(str(error))
    _write(render(content, fmt.value), out)


def contradictions(
    as_json: bool = typer.Option(False, "--json", help="Print the contradictions as JSON."),
    place: str | None = typer.Option(None, "--place", help="Only figures about this place id."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Figures that contradict each other, both sides with their sources and the rule broken."""
    from regiomonitor.analysis.contradictions import contradictions as find
    from regiomonitor.report import german as de

    found = find(_store(db), place=place)
    if as_json:
        _print_json(found)
        return
    if not found:
        typer.echo("Keine Widersprüche gefunden.")
        return
    for c in found:
        typer.echo(f"[{de.RULES.get(c['rule'], c['rule'])}] {' – '.join(c['partners'])}: {c['description']}")
        for side in (c["a"], c["b"]):
            typer.echo(f"  {de.METRICS.get(side['metric'], side['metric'])} {side['label']}: {de.money(side['value'], side['currency'])}")
            for cite in side["citations"]:
                typer.echo(f"    „{cite['evidence']}“")
                if cite.get("source"):
                    typer.echo(f"      {cite['source']['citation']}")
        typer.echo("")
    typer.echo(f"{len(found)} Widersprüche.")


def series(
    a: str = typer.Argument(..., metavar="PARTNER_A", help="Place id, e.g. BY."),
    b: str = typer.Argument(..., metavar="PARTNER_B", help="Place id, e.g. RU-BA."),
    metric: str = typer.Option("turnover", "--metric", help="turnover, export, import, balance, investment, contracts, other."),
    as_json: bool = typer.Option(False, "--json", help="Print the series as JSON."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The series of one metric between two places: actual values and targets per period."""
    from regiomonitor.analysis.series import series as build
    from regiomonitor.report import german as de

    data = build(_store(db), a.upper(), b.upper(), metric)
    if as_json:
        _print_json(data)
        return
    typer.echo(f"{de.METRICS.get(metric, metric)} {a.upper()} – {b.upper()}")
    for kind in ("actual", "target", "forecast"):
        for p in data[kind]:
            flag = "  ⚠ widersprüchlich" if p["conflict"] else ""
            typer.echo(f"  {de.VALUE_KINDS[kind]:8} {p['label']:28} {de.money(p['value'], p['currency']):>18}  ({len(p['citations'])} Quelle(n)){flag}")
    if not any(data[k] for k in ("actual", "target", "forecast")):
        typer.echo("  Keine Zahlen.")
    if data["undated"]:
        typer.echo(f"  {data['undated']} Zahl(en) ohne Zeitangabe nicht gezeigt.")


def network(
    as_json: bool = typer.Option(False, "--json", help="Print nodes, edges and intensity as JSON."),
    since: int | None = typer.Option(None, "--since", help="First year of the time window."),
    until: int | None = typer.Option(None, "--until", help="Last year of the time window."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Who works with whom: oblasts ↔ partner regions, enterprises ↔ regions, intensity per year."""
    from regiomonitor.analysis.networks import network as build

    data = build(_store(db), since=since, until=until)
    if as_json:
        _print_json(data)
        return
    names = {n["id"]: n["name"] for n in data["nodes"]}
    for kind, title in (("oblast_region", "Belarus/Oblast ↔ Partnerregion"), ("enterprise_region", "Unternehmen ↔ Region")):
        edges = [e for e in data["edges"] if e["type"] == kind]
        typer.echo(f"{title} ({len(edges)})")
        for e in edges[:25]:
            typer.echo(f"  {e['weight']:5}  {names.get(e['source'], e['source'])} ↔ {names.get(e['target'], e['target'])}")
    typer.echo(f"Intensität: {len(data['intensity'])} Region-Jahre (--json für alle Zahlen)")


def coverage(
    as_json: bool = typer.Option(False, "--json", help="Print the coverage tables as JSON."),
    by: Granularity = typer.Option(Granularity.year, "--by", help="Count per year or per month."),
    months: int = typer.Option(12, "--months", help="Agreements and projects not mentioned for this many months."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Documents per source, region and sector over time; agreements and projects gone quiet."""
    from regiomonitor.analysis.coverage import coverage as build

    data = build(_store(db), by=by.value, months=months)
    if as_json:
        _print_json(data)
        return
    outlets: dict[str, int] = {}
    for row in data["outlets"]:
        outlets[row["outlet"]] = outlets.get(row["outlet"], 0) + row["documents"]
    typer.echo("Dokumente je Quelle:")
    for outlet, n in sorted(outlets.items(), key=lambda kv: -kv[1]):
        typer.echo(f"  {n:6}  {outlet}")
    typer.echo(f"  {data['undated_documents']:6}  (ohne Datum)")
    quiet = data["uncovered"]
    typer.echo(f"Seit {months} Monaten (Stand {quiet['as_of']}) nicht mehr erwähnt: {len(quiet['items'])}")
    for item in quiet["items"][:30]:
        typer.echo(f"  {item['kind']:9} {item['type'] or '':14} {', '.join(item['parties']) or item.get('place') or ''}  zuletzt {item['last_seen'] or 'undatiert'}")


def export(
    what: Dataset = typer.Option(..., "--what", help="documents, entities, facts or figures."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="csv, json, geojson or xlsx."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file (default: stdout)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the register (GeoJSON places rows at their regions' centroids)."""
    from regiomonitor.analysis.exports import export as build

    if fmt is ExportFormat.xlsx and out is None and sys.stdout.isatty():
        _fail("an XLSX file is binary: give --out FILE or redirect stdout")
    _write(build(_store(db), what.value, fmt.value).content, out)


def register(app: typer.Typer) -> None:
    """Add this package's commands to the application."""
    app.command("dossier")(dossier)
    app.command("contradictions")(contradictions)
    app.command("series")(series)
    app.command("network")(network)
    app.command("coverage")(coverage)
    app.command("export")(export)
