"""An ingest killed with SIGKILL in the middle, then run again, through the real command in a
real subprocess: every document ends up stored exactly once and whole, and bad files are
reported on every run.

The killed run goes through this file as a script (see the bottom): the real CLI and the real
analysis, slowed down per document so that the kill lands in the middle of the batch.
"""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, make_url, select, text

from regiomonitor.store.database import Store
from regiomonitor.store.schema import Document, Fact, Sentence, Source

pytestmark = pytest.mark.slow
DOCUMENTS = 200

CITIES = ["Minsk", "Gomel", "Brest", "Grodno", "Witebsk", "Mogiljow", "Kasan", "Ufa", "Omsk", "Kaluga", "Tula",
          "Samara", "Perm", "Tjumen", "Pskow", "Brjansk", "Smolensk", "Kursk", "Orjol", "Woronesch"]
GOODS = ["Traktoren", "Mähdrescher", "Busse", "Obusse", "Aufzüge", "Reifen", "Möbel", "Milchpulver", "Käse",
         "Saatgut", "Kühlschränke", "Straßenbahnen", "Lastwagen", "Muldenkipper", "Düngemittel", "Textilien"]
ACTORS = ["Der Gouverneur", "Der Botschafter", "Die Handelskammer", "Das Ministerium", "Eine Delegation",
          "Der Bürgermeister", "Die Arbeitsgruppe", "Ein Sprecher des Werkes"]
VERBS = ["kündigte an", "bestätigte", "berichtete", "betonte", "erklärte", "teilte mit"]
TOPICS = ["ein Servicezentrum", "eine Montagehalle", "ein Handelshaus", "ein Ausbildungszentrum",
          "ein Lager für Ersatzteile", "eine gemeinsame Messe", "ein Forschungslabor"]


def german_report(rng: random.Random, number: int) -> str:
    """A short German report written for this test; seeded, so every run has the same corpus."""
    city, partner = rng.sample(CITIES, 2)
    goods = rng.sample(GOODS, 3)
    sentences = [
        f"{city}, {rng.randint(1, 28)}. {rng.choice(['März', 'Mai', 'Juli', 'Oktober'])} {rng.randint(2015, 2025)}.",
        f"{rng.choice(ACTORS)} aus {city} {rng.choice(VERBS)}, dass {partner} im kommenden Jahr "
        f"{rng.randint(10, 900)} {goods[0]} und {rng.randint(5, 90)} {goods[1]} abnehmen will.",
        f"Der Warenumsatz zwischen {city} und {partner} stieg um {rng.randint(2, 60)} Prozent auf "
        f"{rng.randint(11, 990)} Mio. USD.",
        f"In {partner} entsteht {rng.choice(TOPICS)}, das ab {rng.randint(2024, 2030)} auch {goods[2]} anbieten soll.",
        f"Meldung {number}: {rng.choice(ACTORS)} {rng.choice(VERBS)}, die Gespräche würden in {rng.choice(CITIES)} fortgesetzt.",
    ]
    rng.shuffle(sentences[1:])
    return " ".join(sentences) + "\n"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
        return
    server = os.environ.get("REGIOMONITOR_TEST_PG")
    if not server:
        pytest.skip("REGIOMONITOR_TEST_PG is not set (.ci/run sets it)")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"regiomonitor_kill_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    rng = random.Random(20240607)
    for number in range(DOCUMENTS):
        sub = folder / f"batch_{number // 50}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"meldung_{number:03}.txt").write_text(german_report(rng, number), encoding="utf-8")
    (folder / "kaputt.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00binary")
    (folder / "leer.txt").write_bytes(b"")
    return folder


def count(store: Store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def living_processes_in_group(group: int) -> list[int]:
    """Processes (not zombies) of a process group, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def assert_whole(store: Store) -> int:
    """No half-written document: each has its source, its sentences and its facts' sentences."""
    with store.session() as session:
        documents = session.scalar(select(func.count()).select_from(Document))
        with_sentences = session.scalar(select(func.count(func.distinct(Sentence.document_id))))
        with_sources = session.scalar(select(func.count(func.distinct(Source.document_id))))
        loose_facts = session.scalar(select(func.count()).select_from(Fact).where(Fact.sentence_id.is_(None)))
        indexed = session.scalar(text("SELECT count(*) FROM documents_fts"))
    assert documents == with_sentences == with_sources == indexed
    assert loose_facts == 0
    return documents


def test_a_killed_ingest_resumes_and_stores_everything_once(corpus, database_url, tmp_path):
    environment = {**os.environ, "REGIOMONITOR_TEST_DELAY": "0.05"}
    killed = subprocess.Popen(
        [sys.executable, __file__, "ingest", str(corpus), "--db", database_url, "--workers", "2", "--no-progress"],
        env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    store = Store(database_url)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and killed.poll() is None:
            try:
                if count(store, Document) >= 25:
                    break
            except Exception:
                pass  # the tables are not there yet
            time.sleep(0.05)
        assert killed.poll() is None, killed.communicate()
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(30)
        deadline = time.monotonic() + 10
        while living_processes_in_group(killed.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert living_processes_in_group(killed.pid) == [], "worker processes outlived the killed runner"
    finally:
        try:
            os.killpg(killed.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    stored_before = assert_whole(store)
    assert 25 <= stored_before < DOCUMENTS

    command = [sys.executable, "-m", "regiomonitor.cli", "ingest", str(corpus), "--db", database_url, "--no-progress"]
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 1, resumed.stderr
    failures = sorted(line for line in resumed.stderr.splitlines() if re.match(r"\S+\.txt: ", line))
    assert [line.split(": ", 1)[0] for line in failures] == [str(corpus / "kaputt.txt"), str(corpus / "leer.txt")]
    assert "binary" in failures[0] and "empty" in failures[1]
    summary = resumed.stdout.strip().splitlines()[-1]
    assert summary == (
        f"{DOCUMENTS - stored_before} new, 0 duplicate, 0 near-duplicate, {stored_before} already stored, 2 failed"
    )

    assert assert_whole(store) == DOCUMENTS
    assert count(store, Source) == DOCUMENTS
    with store.session() as session:
        locations = session.scalars(select(Source.location)).all()
        hashes = session.scalars(select(Document.content_hash)).all()
    assert sorted(locations) == sorted(str(p) for p in corpus.rglob("meldung_*.txt"))
    assert len(set(hashes)) == DOCUMENTS

    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 1
    assert again.stdout.strip().splitlines()[-1] == f"0 new, 0 duplicate, 0 near-duplicate, {DOCUMENTS} already stored, 2 failed"
    assert count(store, Document) == DOCUMENTS
    store.close()


if __name__ == "__main__":
    # The killed run: the real command line over the real analysis, each document delayed.
    import regiomonitor.pipeline
    from regiomonitor.cli import app

    def slowed(analyse, delay):
        def analyse_path(path):
            time.sleep(delay)
            return analyse(path)

        return analyse_path

    # Forked workers import regiomonitor.pipeline.analyse_path from this process's modules.
    regiomonitor.pipeline.analyse_path = slowed(regiomonitor.pipeline.analyse_path, float(os.environ["REGIOMONITOR_TEST_DELAY"]))
    app(prog_name="regiomonitor")
