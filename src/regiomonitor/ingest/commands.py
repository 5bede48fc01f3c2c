"""Commands of regiomonitor.ingest (registered on the Typer app by cli.py)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands to the application."""
