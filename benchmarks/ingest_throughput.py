"""Ingest throughput (documents/s, MB/s) and peak memory of `regiomonitor ingest`.

    python benchmarks/ingest_throughput.py [--generated 10000] [--db URL ...]

Runs the real command in a subprocess on the seeds (when ../shared is present) and on N generated
news items (benchmarks/corpus.py), each into a fresh register; peak memory is the largest resident
set of the command and its worker processes (getrusage of the children).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generated_news  # noqa: E402


def _size(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def run_ingest(folder: Path, db: str) -> tuple[int, float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(REPO / ".venv" / "bin" / "regiomonitor"), "ingest", str(folder), "--db", db, "--no-progress"],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    docs = sum(1 for p in folder.rglob("*") if p.is_file())
    if done.returncode not in (0, 1):
        print(done.stderr[-2000:], file=sys.stderr)
    return docs, elapsed, max(peak, before) / 1024


def fresh_postgres(url: str) -> str:
    """A new empty database next to the one in `url` (the user must be allowed to create one)."""
    import psycopg

    base = url.replace("postgresql+psycopg://", "postgresql://")
    name = f"rm_bench_{os.getpid()}_{int(time.time())}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generated", type=int, default=10_000)
    parser.add_argument("--postgres", default=os.environ.get("REGIOMONITOR_TEST_PG"), help="a PostgreSQL URL to measure too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpora = {}
        seeds = REPO.parent / "shared" / "seeds"
        if seeds.is_dir():
            corpora["seeds"] = seeds
        generated = tmp / "generated"
        generated.mkdir()
        for i, text in enumerate(generated_news(args.generated)):
            (generated / f"item_{i:06d}.txt").write_text(text, encoding="utf-8")
        corpora[f"{args.generated} generated"] = generated
        print(f"{'corpus':<18}{'database':<12}{'docs':>7}{'MB':>8}{'seconds':>9}{'docs/s':>9}{'MB/s':>7}{'peak MB':>9}")
        for name, folder in corpora.items():
            targets = {"SQLite": f"sqlite:///{tmp / (name.replace(' ', '_') + '.db')}"}
            if args.postgres:
                targets["PostgreSQL"] = fresh_postgres(args.postgres)
            for label, db in targets.items():
                docs, seconds, peak = run_ingest(folder, db)
                mb = _size(folder)
                print(f"{name:<18}{label:<12}{docs:>7}{mb:>8.2f}{seconds:>9.1f}{docs / seconds:>9.1f}{mb / seconds:>7.2f}{peak:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
