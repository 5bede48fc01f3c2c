"""Fixtures of the analysis tests: the hand-built register of `analysis_corpus`."""
from __future__ import annotations

import pytest

from analysis_corpus import build_store


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("analysis"))
    yield store
    store.close()
