"""Fixtures of the report tests: the hand-built register of tests/analysis/analysis_corpus.py.

The corpus module is loaded by its path and registered as `analysis_corpus` (so the seed test
here can import it too) rather than by putting tests/analysis on sys.path, where its
conftest.py would shadow other folders' `conftest` for anyone importing that name.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

if "analysis_corpus" not in sys.modules:
    _spec = importlib.util.spec_from_file_location("analysis_corpus", Path(__file__).resolve().parents[1] / "analysis" / "analysis_corpus.py")
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["analysis_corpus"] = _module
    _spec.loader.exec_module(_module)

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
