"""Shared test fixtures. `../shared` (seeds and eval units) is read in place, never copied."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL_DEV = SHARED / "eval" / "dev"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


@pytest.fixture
def eval_dev_dir() -> Path:
    if not EVAL_DEV.is_dir():
        pytest.skip("../shared/eval/dev is not present")
    return EVAL_DEV
