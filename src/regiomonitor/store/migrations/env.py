"""Alembic environment: runs on the connection that `Store.migrate()` hands over.

Without one (the `alembic` command pointed at this folder), it connects to `sqlalchemy.url`
or `$REGIOMONITOR_DB`.
"""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine, pool

from regiomonitor.store.schema import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def fallback_url() -> str:
    return (
        config.get_main_option("sqlalchemy.url")
        or os.environ.get("REGIOMONITOR_DB")
        or "sqlite:///./regiomonitor.db"
    )


if context.is_offline_mode():
    context.configure(url=fallback_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    run_on(config.attributes["connection"])
else:
    engine = create_engine(fallback_url(), poolclass=pool.NullPool)
    with engine.begin() as connection:
        run_on(connection)
