"""The `regiomonitor` command: a thin Typer layer; each sub-package contributes its commands."""
from __future__ import annotations

import typer

from regiomonitor.analysis import commands as analysis_commands
from regiomonitor.ingest import commands as ingest_commands
from regiomonitor.nlp import commands as nlp_commands
from regiomonitor.scale import commands as scale_commands
from regiomonitor.web import commands as web_commands

app = typer.Typer(help="RegioMonitor: a source-cited register of interregional cooperation.", no_args_is_help=True)

for module in (ingest_commands, nlp_commands, web_commands, analysis_commands, scale_commands):
    module.register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
