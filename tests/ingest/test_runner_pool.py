"""The ingest runner with stand-in analysers (module-level, so worker processes can use them):
skipping what is stored, failures as report lines, workers that die."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from regiomonitor.errors import InputError
from regiomonitor.ingest.runner import WORKER_DIED, ingest
from regiomonitor.nlp.document import Document, Sentence
from regiomonitor.store.database import Store
from regiomonitor.store.schema import IngestFailure, Sentence as SentenceRow

PLACES = ["Brjansk", "Kaluga", "Pskow", "Omsk", "Tjumen", "Kasan", "Ufa", "Samara", "Perm", "Tula"]
GOODS = ["Traktoren", "Busse", "Milchprodukte", "Aufzüge", "Reifen", "Möbel", "Kühlschränke", "Saatgut"]


def report_text(number: int) -> str:
    place, goods = PLACES[number % len(PLACES)], GOODS[number % len(GOODS)]
    return (
        f"Meldung {number}: Das Gebiet {place} bestellt {number * 3 + 7} {goods} aus Belarus. "
        f"Die Verhandlungen in {place} dauerten {number % 5 + 2} Tage und endeten mit Vertrag Nummer {number}. "
        f"Ein Sprecher nannte die Lieferung von {goods} einen Erfolg für beide Seiten im Jahr {2000 + number % 25}."
    )


def simple_analyse(path: Path) -> Document:
    """Reads UTF-8 text and cuts it into sentences, as far as the register needs it."""
    data = Path(path).read_bytes()
    if not data.strip():
        raise InputError(str(path), "empty file")
    if b"\0" in data:
        raise InputError(str(path), "binary file")
    if path.name.startswith("boom"):
        raise ValueError("the parser tripped over this one")
    if path.name.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)  # a parser that takes the whole process down
    text = data.decode("utf-8")
    doc = Document(text=text, source_path=str(path), language="de")
    start = 0
    for part in text.split(". "):
        doc.sentences.append(Sentence(len(doc.sentences), start, start + len(part), part))
        start += len(part) + 2
    return doc


@pytest.fixture
def store(tmp_path):
    register = Store(f"sqlite:///{tmp_path / 'register.db'}")
    register.migrate()
    yield register
    register.close()


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for number in range(12):
        (folder / ("sub" if number % 3 == 0 else "") / f"meldung_{number:02}.txt").write_text(report_text(number), encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", [0, 2])
def test_every_input_is_stored_once_and_never_read_again(store, inputs, workers):
    first = ingest([inputs], store, workers=workers, progress=False, analyse=simple_analyse)
    assert (first.new, first.duplicate, first.near_duplicate, first.failed, first.skipped) == (12, 0, 0, [], 0)
    again = ingest([inputs, inputs / "meldung_01.txt"], store, workers=workers, progress=False, analyse=simple_analyse)
    assert (again.new, again.skipped, again.failed) == (0, 12, [])
    assert store.stats()["documents"] == 12 and store.stats()["sources"] == 12


def test_copies_are_duplicates_and_reprints_near_duplicates(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    long_text = " ".join(report_text(n) for n in range(6))
    (folder / "a.txt").write_text(long_text, encoding="utf-8")
    (folder / "b_copy.txt").write_text(long_text, encoding="utf-8")
    (folder / "c_reprint.txt").write_text(long_text + " Quelle: BelTA.", encoding="utf-8")
    report = ingest([folder], store, workers=2, progress=False, analyse=simple_analyse)
    assert (report.new, report.duplicate, report.near_duplicate) == (1, 1, 1)
    assert store.stats()["stories"] == 1


def test_bad_inputs_become_report_lines_and_the_batch_goes_on(store, inputs):
    (inputs / "leer.txt").write_bytes(b"")
    (inputs / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (inputs / "boom.txt").write_text("Text", encoding="utf-8")
    missing = inputs / "gibt_es_nicht.txt"

    report = ingest([inputs, missing], store, workers=2, progress=False, analyse=simple_analyse)

    assert report.new == 12
    assert sorted(report.failed) == sorted([
        (str(missing), "no such file or directory"),
        (str(inputs / "leer.txt"), "empty file"),
        (str(inputs / "bild.txt"), "binary file"),
        (str(inputs / "boom.txt"), "ValueError: the parser tripped over this one"),
    ])
    with store.session() as session:
        recorded = set(session.scalars(select(IngestFailure.location)))
    assert recorded == {location for location, _ in report.failed} - {str(missing)}  # a typo is not an input

    # fixed on disk: the next run reads it, stores it and forgets the failure
    (inputs / "leer.txt").write_text(report_text(99), encoding="utf-8")
    report = ingest([inputs], store, workers=2, progress=False, analyse=simple_analyse)
    assert report.new == 1 and report.skipped == 12 and len(report.failed) == 2
    assert store.stats()["failures"] == 2


def test_a_worker_that_dies_fails_only_its_own_input(store, inputs):
    (inputs / "crash.txt").write_text("Dieser Text bringt den Leser zum Absturz.", encoding="utf-8")
    report = ingest([inputs], store, workers=2, progress=False, analyse=simple_analyse)
    assert report.failed == [(str(inputs / "crash.txt"), WORKER_DIED)]
    assert report.new == 12


def test_every_stored_document_has_its_sentences(store, inputs):
    ingest([inputs], store, workers=2, progress=False, analyse=simple_analyse)
    with store.session() as session:
        per_document = session.execute(select(SentenceRow.document_id, func.count()).group_by(SentenceRow.document_id)).all()
    assert len(per_document) == 12 and all(n == 3 for _, n in per_document)


def test_the_warm_up_item_touches_every_component_so_forked_workers_start_with_all_knowledge():
    from regiomonitor.ingest.runner import WARM_UP_TEXT
    from regiomonitor.pipeline import analyse_text

    doc = analyse_text(WARM_UP_TEXT)
    assert doc.places and doc.persons and doc.organizations
    assert doc.figures and doc.quotes and doc.sectors and doc.facts
