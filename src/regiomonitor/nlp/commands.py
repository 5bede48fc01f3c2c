"""`regiomonitor extract`: the extraction contract as JSON Lines (registered by cli.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from regiomonitor.errors import InputError


def extract_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.txt .md .html .pdf .docx .json)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per document (JSON Lines)."),
) -> None:
    """Extract places, persons, organizations, figures, sectors and quotes from documents."""
    from regiomonitor.ingest.reader import iter_inputs, read_path
    from regiomonitor.nlp.pipeline import process
    from regiomonitor.pipeline import to_contract

    err = Console(stderr=True)
    files = list(iter_inputs(paths))
    failed = 0
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("extracting", total=len(files))
        for path in files:
            try:
                doc = read_path(path)
                result = {"id": doc.id or str(path), **to_contract(process(doc))}
            except InputError as error:
                failed += 1
                err.print(f"[red]{error.location}[/red]: {error.reason}")
                result = {"id": str(path), "error": error.reason}
            except Exception as error:  # noqa: BLE001 - one bad document must not stop the batch
                failed += 1
                err.print(f"[red]{path}[/red]: {type(error).__name__}: {error}")
                result = {"id": str(path), "error": f"{type(error).__name__}: {error}"}
            if as_json:
                sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            else:
                _print_summary(result)
            progress.advance(task)
    if failed:
        err.print(f"{failed} of {len(files)} documents failed")
        raise typer.Exit(1)


def _print_summary(result: dict) -> None:
    console = Console()
    if "error" in result:
        return
    console.rule(str(result["id"]))
    console.print("date:", result["date"])
    console.print("places:", ", ".join(f"{p['name']} ({p['id']})" for p in result["places"]))
    console.print("persons:", ", ".join(p["name"] for p in result["persons"]))
    console.print("organizations:", ", ".join(o["name"] for o in result["organizations"]))
    for f in result["figures"]:
        console.print(f"  {f['amount']:,.0f} {f['currency']} {f['metric']} {f['kind']} {f['year']} {f['period']} {f['partners']}")
    console.print("sectors:", ", ".join(result["sectors"]))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
