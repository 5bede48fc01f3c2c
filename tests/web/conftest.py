"""Fixtures for the web tests: a real register (SQLite file, or PostgreSQL when
$REGIOMONITOR_TEST_PG is set) filled through `Store.save`, the real app over it, a real
uvicorn server on 127.0.0.1 and headless Chromium (Debian's, at /usr/bin/chromium).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from regiomonitor.store.database import Store
from regiomonitor.web.app import create_app

# tests/web is on sys.path (pytest's default import mode); the names are unique on purpose
from web_corpus import corpus, hostile
from web_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, TOKEN, LiveServer, fill, new_store

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
def writable(tmp_path) -> Iterator[Store]:
    """An empty register of its own, for tests that write."""
    store, drop = new_store("sqlite", tmp_path)
    yield store
    store.close()
    drop()


# -- a real server and a real browser -------------------------------------------------------


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
