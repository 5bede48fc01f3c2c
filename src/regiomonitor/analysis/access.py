"""Every query function accepts a `Store` or an open SQLAlchemy session.

The CLI and the web app hold a Store; a test or a function that calls another query already has
a session open and should not start a second transaction for the same read.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session


@contextmanager
def reading(source: Any) -> Iterator[Session]:
    if isinstance(source, Session):
        yield source
        return
    with source.session() as session:
        yield session
