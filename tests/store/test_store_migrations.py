"""The migrations build exactly the tables of schema.py (so a change to schema.py without a
migration fails here), and running them again changes nothing."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from regiomonitor.store.schema import Base


def test_migrations_match_the_schema(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                # the full-text index is not part of the ORM schema (it differs per backend)
                "include_name": lambda name, kind, parent: not (name or "").startswith("documents_fts"),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_migrate_twice_is_harmless(store):
    store.migrate()
    tables = set(inspect(store.engine).get_table_names())
    assert set(Base.metadata.tables) | {"alembic_version", "documents_fts"} <= tables
