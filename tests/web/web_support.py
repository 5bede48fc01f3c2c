"""Helpers of the web tests (a module with a unique name, so that test files can import it
whatever other conftest.py pytest has loaded): registers, a live uvicorn server, Chromium."""
from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from regiomonitor.store.database import Store

TOKEN = "test-token-7f3a"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


def fresh_postgres(server: str) -> tuple[str, Callable[[], None]]:
    """(url, drop) of a new empty database on the server named by $REGIOMONITOR_TEST_PG."""
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"regiomonitor_web_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server).set(database=name).render_as_string(hide_password=False), drop


def new_store(backend: str, folder: Path) -> tuple[Store, Callable[[], None]]:
    """A migrated, empty register: a SQLite file in `folder`, or a new PostgreSQL database."""
    drop = lambda: None  # noqa: E731
    if backend == "sqlite":
        url = f"sqlite:///{folder / f'register-{uuid.uuid4().hex[:8]}.db'}"
    else:
        server = os.environ.get("REGIOMONITOR_TEST_PG")
        if not server:
            pytest.skip("PostgreSQL variant: set $REGIOMONITOR_TEST_PG")
        url, drop = fresh_postgres(server)
    store = Store(url)
    store.migrate()
    return store, drop


def fill(store: Store, documents) -> list:
    return [store.save(doc) for doc in documents]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving `app` on 127.0.0.1 in a thread of the test process."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
