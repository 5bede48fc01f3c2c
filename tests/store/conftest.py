"""Fixtures for the register's tests: a real database on each backend, and documents to save.

`store` runs every test on SQLite (a file in tmp_path) and on PostgreSQL: the server named by
$REGIOMONITOR_TEST_PG (.ci/run sets it), else a throwaway cluster started with initdb/pg_ctl in
a temporary folder (as the `postgres` user when the tests run as root). Each test gets a fresh
database. PostgreSQL tests are skipped only when no server can be had.
"""
from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from regiomonitor.nlp.document import Document, Fact, Figure, Mention, Quote, Sentence
from regiomonitor.store.database import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A URL of a PostgreSQL server where the tests may create databases."""
    url = os.environ.get("REGIOMONITOR_TEST_PG")
    if url:
        yield url
        return
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = initdbs[-1] if initdbs else shutil.which("initdb")
    if not initdb:
        pytest.skip("no PostgreSQL: set REGIOMONITOR_TEST_PG or install postgresql")
    bindir = Path(initdb).parent
    run_as: list[str] = []
    root = tempfile.mkdtemp(prefix="regiomonitor-pg-")
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run a test cluster")
        os.chown(root, owner.pw_uid, owner.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(root, "data"), _free_port()
    try:
        subprocess.run(
            [*run_as, str(bindir / "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"],
            check=True, capture_output=True,
        )
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", data, "-l", os.path.join(root, "log"), "-w", "-o",
             f"-p {port} -k {root} -c listen_addresses='' -c fsync=off -c full_page_writes=off", "start"],
            check=True, capture_output=True,
        )
    except (subprocess.CalledProcessError, OSError) as error:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL cluster: {error}")
    yield f"postgresql+psycopg://postgres@/postgres?host={root}&port={port}"
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


def fresh_postgres_database(server: str):
    """(url, drop) of a new empty database on `server`; without CREATEDB, the server's own
    database with its schema emptied."""
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"regiomonitor_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception:
        with admin.connect() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        admin.dispose()
        return server, lambda: None

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server).set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """A migrated, empty register on each backend."""
    drop = lambda: None  # noqa: E731
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'register.db'}"
    else:
        url, drop = fresh_postgres_database(request.getfixturevalue("postgres_server"))
    register = Store(url)
    register.migrate()
    yield register
    register.close()
    drop()


SENTENCE_END = re.compile(r".+?(?:(?<!Mio)(?<!Mrd)[.!?](?=\s|$)|$)")  # "320 Mio. USD" ends no sentence


def german_document(text: str, location: str, *, places=(), persons=(), organizations=(), sectors=None,
                    outlet=None, published=None, title=None) -> Document:
    """A Document as the pipeline would hand it over: sentences, and a mention at each
    occurrence of the given (surface, key[, kind]) places, persons and organizations."""
    doc = Document(text=text, source_path=location, title=title, outlet=outlet, date=published, language="de")
    for match in SENTENCE_END.finditer(text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            doc.sentences.append(Sentence(len(doc.sentences), start, start + len(stripped), stripped))

    def annotate(specs, layer, default_kind):
        for spec in specs:
            surface, key, kind = (*spec, default_kind) if len(spec) == 2 else spec
            for hit in re.finditer(re.escape(surface), text):
                role = "Gouverneur" if default_kind == "person" else None
                layer.append(Mention(kind, key, surface, hit.start(), hit.end(), doc.sentence_at(hit.start()), name=key, role=role))

    annotate(places, doc.places, "region")
    annotate(persons, doc.persons, "person")
    annotate(organizations, doc.organizations, "organization")
    doc.sectors = dict(sectors or {})
    return doc


TRADE_TEXT = (
    "Der Gouverneur Radij Chabirow traf in Minsk die Leitung des Minsker Traktorenwerks. "
    "Der Warenumsatz zwischen Belarus und Baschkortostan erreichte 2023 rund 320 Mio. USD. "
    '"Wir wollen die Lieferungen von Traktoren verdoppeln", sagte Chabirow. '
    "Beide Seiten unterzeichneten einen Fahrplan für die Zusammenarbeit bis 2026."
)


@pytest.fixture
def trade_document():
    """A document with every layer: mentions, a figure, a quote, an agreement, sectors."""

    def build(location: str = "/corpus/baschkortostan.txt", text: str = TRADE_TEXT) -> Document:
        doc = german_document(
            text, location,
            places=[("Baschkortostan", "RU-BA"), ("Belarus", "BY", "country"), ("Minsk", "BY-HM", "city")],
            persons=[("Radij Chabirow", "Radij Chabirow")],
            organizations=[("Minsker Traktorenwerks", "MTZ")],
            sectors={"machinery": 0.8, "trade_finance": 0.5},
            outlet="BelTA", published=date(2024, 3, 14), title="Traktoren für Baschkortostan",
        )
        at = lambda words: next(s for s in doc.sentences if words in s.text)  # noqa: E731
        figure = at("320 Mio. USD")
        amount = figure.start + figure.text.index("320 Mio. USD")
        doc.figures.append(Figure(320_000_000, "USD", "turnover", "actual", 2023, None, ["BY", "RU-BA"], None,
                                  figure.text, figure.index, amount, amount + 12, "320 Mio. USD"))
        quote = at('"Wir wollen')
        doc.quotes.append(Quote("Radij Chabirow", "Wir wollen die Lieferungen von Traktoren verdoppeln", quote.index,
                                quote.start + 1, quote.start + 52))
        roadmap = at("Fahrplan")
        doc.facts.append(Fact("agreement", {"kind": "roadmap", "parties": ["BY", "RU-BA"], "date": "2024-03-14",
                                            "title": None, "evidence": roadmap.text}, roadmap.index, roadmap.text))
        return doc

    return build


@pytest.fixture
def make_document():
    """`german_document` for tests that write their own texts."""
    return german_document
