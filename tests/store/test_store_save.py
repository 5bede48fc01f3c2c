"""Saving documents into the register, on SQLite and PostgreSQL."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from regiomonitor.nlp.document import Sentence
from regiomonitor.store.database import Store, database_url
from regiomonitor.store.schema import Document, Entity, Fact, IngestFailure, Mention, Sentence as SentenceRow, Source

LONG_TEXT = (
    "Der Präsident von Belarus empfing am Montag den Gouverneur des Gebiets Kaluga zu Gesprächen in Minsk. "
    "Die Seiten erörterten die Lieferung von Bussen, Traktoren und Mähdreschern in die Region. "
    "Im vergangenen Jahr wuchs der Warenumsatz um zwölf Prozent und erreichte einen neuen Höchststand. "
    "In Kaluga soll ein Servicezentrum für Landmaschinen aus Gomel entstehen, das Ersatzteile liefert. "
    "Außerdem planen Universitäten beider Seiten einen Austausch von Studierenden und Lehrkräften. "
    "Das nächste Treffen der Arbeitsgruppe ist für den Herbst in Kaluga geplant."
)


def count(store: Store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_new_document_is_stored_with_every_layer(store, trade_document):
    result = store.save(trade_document())

    assert result.status == "new"
    stored = store.get_document(result.document_id)
    assert stored["text"].startswith("Der Gouverneur Radij Chabirow")
    assert stored["title"] == "Traktoren für Baschkortostan"
    assert stored["published"] == "2024-03-14"
    assert stored["sources"][0]["location"] == "/corpus/baschkortostan.txt"
    assert stored["story_id"] == result.story_id
    assert {m["key"] for m in stored["mentions"]} >= {"RU-BA", "BY", "Radij Chabirow", "MTZ"}
    person = next(m for m in stored["mentions"] if m["kind"] == "person")
    assert person["role"] == "Gouverneur"
    assert {f["kind"] for f in stored["facts"]} == {"figure", "quote", "agreement"}
    assert stored["sectors"] == {"machinery": 0.8, "trade_finance": 0.5}

    with store.session() as session:
        figure = session.scalars(select(Fact).where(Fact.kind == "figure")).one()
        assert (figure.amount, figure.currency, figure.metric, figure.value_kind, figure.year, figure.partners) == (
            320_000_000, "USD", "turnover", "actual", 2023, "BY,RU-BA")
        agreement = session.scalars(select(Fact).where(Fact.kind == "agreement")).one()
        assert agreement.data["kind"] == "roadmap" and agreement.year == 2024
        quote = session.scalars(select(Fact).where(Fact.kind == "quote")).one()
        assert quote.data["speaker"] == "Radij Chabirow"


def test_facts_and_mentions_point_to_their_own_sentences(store, trade_document):
    first = store.save(trade_document()).document_id
    second = store.save(trade_document("/corpus/other.txt", "Zweiter Text. " + LONG_TEXT + " " + trade_document().text)).document_id
    assert first != second

    with store.session() as session:
        facts = session.execute(
            select(Fact.kind, Fact.document_id, Fact.evidence, SentenceRow.document_id, SentenceRow.text)
            .join(SentenceRow, SentenceRow.id == Fact.sentence_id)
        ).all()
        assert len(facts) == count(store, Fact) == 6
        for kind, document_id, evidence, sentence_document, sentence_text in facts:
            assert sentence_document == document_id
            assert evidence == sentence_text, kind
        mentions = session.execute(
            select(Mention.document_id, Mention.start, Mention.end, SentenceRow.document_id, SentenceRow.start, SentenceRow.end)
            .join(SentenceRow, SentenceRow.id == Mention.sentence_id)
        ).all()
        assert len(mentions) == count(store, Mention)
        for document_id, start, end, sentence_document, sentence_start, sentence_end in mentions:
            assert sentence_document == document_id and sentence_start <= start < end <= sentence_end


def test_an_exact_duplicate_only_adds_its_new_source(store, trade_document):
    original = store.save(trade_document("/corpus/a.txt"))
    again = store.save(trade_document("/corpus/a.txt"))
    elsewhere = store.save(trade_document("https://example.org/news/1"))

    assert (again.status, again.document_id) == ("duplicate", original.document_id)
    assert (elsewhere.status, elsewhere.document_id, elsewhere.story_id) == ("duplicate", original.document_id, original.story_id)
    assert count(store, Document) == 1
    assert count(store, SentenceRow) == 4
    assert [s["location"] for s in store.get_document(original.document_id)["sources"]] == ["/corpus/a.txt", "https://example.org/news/1"]


def test_saving_the_same_inputs_twice_changes_nothing(store, make_document, trade_document):
    inputs = [trade_document(), make_document(LONG_TEXT, "/corpus/kaluga.txt", places=[("Kaluga", "RU-KLU")])]
    for doc in inputs:
        store.save(doc)
    before = store.stats()
    results = [store.save(doc) for doc in inputs]
    assert [r.status for r in results] == ["duplicate", "duplicate"]
    assert store.stats() == before


def test_a_near_duplicate_is_a_new_document_in_the_same_story(store, make_document):
    original = store.save(make_document(LONG_TEXT, "/corpus/belta.txt", outlet="BelTA"))
    # the same agency item on another site: a different closing line
    reprint = LONG_TEXT.replace("für den Herbst in Kaluga geplant.", "für den Herbst geplant. Quelle: BelTA.")
    near = store.save(make_document(reprint, "https://example.org/reprint", outlet="Sojus"))
    unrelated = store.save(make_document(
        "Die Universität Grodno und eine Hochschule in Omsk vereinbarten einen Austausch von Dozenten. "
        "Geplant sind gemeinsame Sommerschulen, Praktika und Forschungsprojekte im Bereich der Agrartechnik.",
        "/corpus/omsk.txt"))

    assert near.status == "near_duplicate"
    assert near.document_id != original.document_id and near.story_id == original.story_id
    assert unrelated.status == "new" and unrelated.story_id != original.story_id
    siblings = store.get_document(original.document_id)["story_siblings"]
    assert [s["id"] for s in siblings] == [near.document_id]
    assert store.stats()["stories"] == 2


def test_entities_are_shared_by_kind_and_key(store, make_document, trade_document):
    store.save(trade_document())
    store.save(make_document(LONG_TEXT + " Baschkortostan schaut zu.", "/corpus/2.txt", places=[("Baschkortostan", "RU-BA")]))
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Entity).where(Entity.key == "RU-BA")) == 1
        bashkortostan = session.scalars(select(Entity).where(Entity.key == "RU-BA")).one()
        assert (bashkortostan.kind, bashkortostan.subtype) == ("place", "region")
        assert session.scalar(select(func.count(func.distinct(Mention.document_id))).where(Mention.entity_id == bashkortostan.id)) == 2


def test_a_document_is_written_whole_or_not_at_all(store, trade_document):
    broken = trade_document()
    broken.sentences.append(Sentence(0, 0, 3, "Der"))  # a second sentence 0 violates (document_id, idx)
    with pytest.raises(IntegrityError):
        store.save(broken)
    for model in (Document, Source, SentenceRow, Mention, Fact):
        assert count(store, model) == 0, model.__tablename__
    assert store.save(trade_document()).status == "new"


def test_a_changed_file_moves_its_source_to_the_new_text(store, trade_document, make_document):
    old = store.save(trade_document("/corpus/changing.txt"))
    new = store.save(make_document(LONG_TEXT, "/corpus/changing.txt"))
    assert new.status == "new"
    assert store.get_document(old.document_id)["sources"] == []
    assert [s["location"] for s in store.get_document(new.document_id)["sources"]] == ["/corpus/changing.txt"]


def test_failures_are_recorded_and_cleared_when_the_input_is_read(store, trade_document):
    store.record_failure("/corpus/baschkortostan.txt", "binary file")
    store.record_failure("/corpus/baschkortostan.txt", "empty file")  # the latest reason wins
    store.record_failure("/corpus/broken.pdf", "not a PDF")
    stats = store.stats()
    assert stats["failures"] == 2
    assert {"location": "/corpus/baschkortostan.txt", "reason": "empty file"} in stats["recent_failures"]

    store.save(trade_document("/corpus/baschkortostan.txt"))
    with store.session() as session:
        assert session.scalars(select(IngestFailure.location)).all() == ["/corpus/broken.pdf"]


def test_stats_count_what_the_register_holds(store, trade_document, make_document):
    store.save(trade_document())
    store.save(make_document(LONG_TEXT, "/corpus/kaluga.txt", places=[("Kaluga", "RU-KLU")]))
    stats = store.stats()
    assert stats["documents"] == 2 and stats["stories"] == 2 and stats["sources"] == 2
    assert stats["languages"] == {"de": 2}
    assert stats["documents_per_year"] == {"2024": 1, "unknown": 1}
    assert stats["entities"] == {"organization": 1, "person": 1, "place": 4}
    assert stats["facts"] == {"agreement": 1, "figure": 1, "quote": 1}
    assert stats["failures"] == 0


def test_an_unknown_document_is_none(store):
    assert store.get_document(12345) is None


def test_document_fields_longer_than_their_columns_are_cut(store, trade_document):
    doc = dataclasses.replace(trade_document(), outlet="O" * 500, language="de-DE-x-very-long")
    doc.places[0].key = "K" * 400
    result = store.save(doc)
    stored = store.get_document(result.document_id)
    assert len(stored["outlet"]) == 200
    assert any(len(m["key"]) == 300 for m in stored["mentions"])


def test_database_url_defaults_and_shorthands(monkeypatch):
    monkeypatch.delenv("REGIOMONITOR_DB", raising=False)
    assert database_url() == "sqlite:///./regiomonitor.db"
    monkeypatch.setenv("REGIOMONITOR_DB", "postgresql://u:p@db/register")
    assert database_url() == "postgresql+psycopg://u:p@db/register"
    assert database_url("data/register.db") == "sqlite:///data/register.db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_optimize_refreshes_statistics_on_either_database(store):
    store.optimize()  # ANALYZE on PostgreSQL, PRAGMA optimize on SQLite: must simply work
    assert store.stats()["documents"] >= 0
