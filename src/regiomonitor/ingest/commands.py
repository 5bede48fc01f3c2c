"""Commands of regiomonitor.ingest (registered on the Typer app by cli.py): `ingest`, `stats`
and `show` — putting documents into the register and looking at what it holds."""
from __future__ import annotations

import json
import os

import typer

from regiomonitor.ingest.runner import IngestReport, ingest
from regiomonitor.store.database import Store

DB_HELP = "Database URL (default: $REGIOMONITOR_DB, else sqlite:///./regiomonitor.db)."


def register(app: typer.Typer) -> None:
    """Add this package's commands to the application."""
    app.command("ingest")(ingest_command)
    app.command("stats")(stats_command)
    app.command("show")(show_command)


# after this many new documents the planner's statistics are refreshed (cheap; large ingests
# change the shape of the tables that search and facets read)
OPTIMIZE_AFTER = 500


def open_store(db: str | None) -> Store:
    """The register at `db`, brought to the current schema (a new database is created)."""
    store = Store(db)
    store.migrate()
    return store


def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively), http(s) URLs and feeds."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    workers: int | None = typer.Option(None, "--workers", "-w", min=0, help="Worker processes (default: one per core)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
) -> None:
    """Read, analyse and store documents. Inputs already stored are skipped, so an interrupted
    run can simply be started again. Exit status 1 if any input failed."""
    store = open_store(db)
    try:
        report = ingest(paths, store, workers=workers, progress=progress)
        if report.new >= OPTIMIZE_AFTER:
            store.optimize()
    finally:
        store.close()
    for location, note in report.notes:
        typer.echo(f"{shown(location)}: note: {note}; stored", err=True)
    for location, reason in report.failed:
        typer.echo(f"{shown(location)}: {reason}", err=True)
    typer.echo(summary(report))
    raise typer.Exit(1 if report.failed else 0)


def summary(report: IngestReport) -> str:
    parts = [f"{report.new} new", f"{report.duplicate} duplicate", f"{report.near_duplicate} near-duplicate"]
    if report.skipped:
        parts.append(f"{report.skipped} already stored")
    parts.append(f"{len(report.failed)} failed")
    return ", ".join(parts)


def shown(location: str) -> str:
    """A path below the current folder as a relative path (as the user likely typed it)."""
    if os.path.isabs(location):
        relative = os.path.relpath(location)
        if not relative.startswith(".."):
            return relative
    return location


def stats_command(
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """What the register holds: documents, stories, sources, languages, years, entities, facts."""
    store = open_store(db)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(stats, ensure_ascii=False, indent=2))
        return
    listed = lambda counts: ", ".join(f"{key} {n}" for key, n in counts.items()) or "-"  # noqa: E731
    typer.echo(f"Documents:  {stats['documents']} in {stats['stories']} stories, from {stats['sources']} sources")
    typer.echo(f"Languages:  {listed(stats['languages'])}")
    typer.echo(f"Years:      {listed(stats['documents_per_year'])}")
    typer.echo(f"Entities:   {listed(stats['entities'])}")
    typer.echo(f"Facts:      {listed(stats['facts'])}")
    typer.echo(f"Failures:   {stats['failures']}")
    for failure in stats["recent_failures"]:
        typer.echo(f"  {shown(failure['location'])}: {failure['reason']}")


def show_command(
    document_id: int = typer.Argument(..., help="Document id (as search and stats list them)."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole document record as JSON."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One stored document: metadata, cleaned text, footnotes and sources."""
    store = open_store(db)
    try:
        document = store.get_document(document_id)
    finally:
        store.close()
    if document is None:
        typer.echo(f"no document with id {document_id}", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    # Plain echo, never rich markup: a document's text may contain "[...]" and must print as is.
    typer.echo(document["title"] or "(no title)")
    details = [document["outlet"], document["published"], document["language"], f"story {document['story_id']}"]
    typer.echo(" · ".join(str(d) for d in details if d))
    typer.echo("")
    typer.echo(document["text"])
    if document["footnotes"]:
        typer.echo("\nFootnotes:")
        for note in document["footnotes"]:
            number = note.get("number")
            typer.echo(f"  {number if number is not None else '-'}. {note.get('text', '')}")
    typer.echo("\nSources:")
    for source in document["sources"]:
        typer.echo(f"  {source['location']}" + (f" ({source['outlet']})" if source["outlet"] else ""))
    if document["story_siblings"]:
        typer.echo("\nSame story:")
        for sibling in document["story_siblings"]:
            typer.echo(f"  #{sibling['id']} {sibling['title'] or '(no title)'} ({sibling['outlet'] or '-'}, {sibling['published'] or '-'})")
