"""Fixtures of the report tests: the hand-built register of tests/analysis/analysis_corpus.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from analysis_corpus import build_store  # noqa: E402


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("report"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def dossier(register):
    from datetime import date

    from regiomonitor.analysis.dossier import build

    return build(register, "RU-BA", today=date(2025, 3, 1))
