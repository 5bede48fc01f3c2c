"""Run `regiomonitor extract --json` over a folder of gold units and score it with
../shared/eval/score.py (the scorer is the user's; it is read from ../shared, not copied)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"


def scorer():
    if not SCORE_PY.is_file():
        pytest.skip("../shared/eval/score.py is not present")
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_and_score(gold: Path, workdir: Path) -> tuple[dict, str]:
    """(score.py's result, the JSON Lines the command printed) for the units in `gold`."""
    module = scorer()
    out = subprocess.run(
        [sys.executable, "-m", "regiomonitor.cli", "extract", str(gold), "--json"],
        capture_output=True, text=True, check=False,
    )
    pred = workdir / "pred.jsonl"
    pred.write_text(out.stdout, encoding="utf-8")
    return module.score(gold, pred), out.stdout
