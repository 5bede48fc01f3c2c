"""Commands of regiomonitor.web (registered on the Typer app by cli.py)."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this package's commands to the application."""
    app.command("serve")(serve)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind; only this machine unless you say otherwise."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    db: str | None = typer.Option(None, "--db", help="Database URL (default: $REGIOMONITOR_DB or sqlite:///./regiomonitor.db)."),
    token: str | None = typer.Option(
        None, "--token", envvar="REGIOMONITOR_TOKEN", show_envvar=True,
        help="Bearer token that allows uploads (POST /api/documents); without one the server is read-only.",
    ),
) -> None:
    """Serve the web application and the JSON API."""
    import uvicorn

    from regiomonitor.store.database import Store
    from regiomonitor.web.app import create_app

    store = Store(db)
    store.migrate()
    app = create_app(store, token=token)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.secho(f"Listening on {host}: reachable from other machines.", err=True, fg=typer.colors.YELLOW)
    typer.echo(f"RegioMonitor on http://{host if ':' not in host else f'[{host}]'}:{port}/"
               + (" (uploads enabled)" if token else " (read-only)"), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)
