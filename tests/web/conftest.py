"""Fixtures for the web tests: a real register (SQLite file, or PostgreSQL when
$REGIOMONITOR_TEST_PG is set) filled through `Store.save`, the real app over it, a real
uvicorn server on 127.0.0.1 and headless Chromium (Debian's, at /usr/bin/chromium).
"""
from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text

from regiomonitor.store.database import Store
from regiomonitor.web.app import create_app

from web_corpus import corpus, hostile  # noqa: E402  (tests/web is on sys.path in pytest's default import mode)

TOKEN = "test-token-7f3a"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


def fresh_postgres(server: str) -> tuple[str, callable]:
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


def new_store(backend: str, folder: Path) -> tuple[Store, callable]:
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


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session", params=BACKENDS)
def register(request, tmp_path_factory) -> Iterator[tuple[Store, list]]:
    """The corpus saved in a fresh register; (store, save results). Read-only for the tests."""
    store, drop = new_store(request.param, tmp_path_factory.mktemp("register"))
    results = fill(store, corpus())
    yield store, results
    store.close()
    drop()


@pytest.fixture(scope="session")
def store(register) -> Store:
    return register[0]


@pytest.fixture(scope="session")
def client(store) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=TOKEN), base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture
def writable(request, tmp_path) -> Iterator[Store]:
    """An empty register of its own, for tests that write."""
    store, drop = new_store("sqlite", tmp_path)
    yield store
    store.close()
    drop()


# -- a real server and a real browser -------------------------------------------------------


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


@pytest.fixture(scope="session")
def sqlite_register(tmp_path_factory) -> Iterator[Store]:
    store, _ = new_store("sqlite", tmp_path_factory.mktemp("browser-register"))
    fill(store, corpus())
    yield store
    store.close()


@pytest.fixture(scope="session")
def live_server(sqlite_register) -> Iterator[LiveServer]:
    with LiveServer(create_app(sqlite_register, token=TOKEN)) as server:
        yield server


@pytest.fixture(scope="session")
def hostile_server(tmp_path_factory) -> Iterator[LiveServer]:
    """A server over a register holding the corpus and the hostile document."""
    store, _ = new_store("sqlite", tmp_path_factory.mktemp("hostile-register"))
    results = fill(store, [*corpus(), hostile()])
    with LiveServer(create_app(store, token=TOKEN)) as server:
        server.hostile_id = results[-1].document_id
        yield server
    store.close()


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page (1280 px wide) that records every request and CSP violation."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    page.requests = []
    page.dialogs = []
    page.console_errors = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
