"""`regiomonitor scale`: ingestion with the analysis on a Dask cluster (registered by cli.py)."""
from __future__ import annotations

import sys

import typer
from rich.console import Console


def scale_command(
    paths: list[str] = typer.Argument(..., help="Files, folders or URLs."),
    db: str = typer.Option(None, "--db", help="SQLAlchemy URL of the register (default: $REGIOMONITOR_DB or ./regiomonitor.db)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Address of a Dask scheduler (tcp://host:8786); a local cluster if omitted."),
    workers: int = typer.Option(2, "--workers", help="Worker processes of the local cluster."),
) -> None:
    """Ingest like `regiomonitor ingest`, with reading and NLP on a Dask cluster."""
    from regiomonitor.scale.dask_runner import ingest_on_dask
    from regiomonitor.store.database import Store

    err = Console(stderr=True)
    store = Store(db)
    store.migrate()
    report = ingest_on_dask(paths, store, scheduler=scheduler, workers=workers, progress=err.is_terminal)
    for location, reason in report.failed:
        err.print(f"[red]{location}[/red]: {reason}", highlight=False)
    err.print(
        f"new {report.new}, duplicate {report.duplicate}, near-duplicate {report.near_duplicate}, "
        f"already stored {report.skipped}, failed {len(report.failed)}"
    )
    if report.failed:
        sys.exit(1)


def register(app: typer.Typer) -> None:
    app.command("scale")(scale_command)
