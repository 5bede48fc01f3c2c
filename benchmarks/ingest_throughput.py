"""Ingest throughput (documents/s, MB/s) and peak memory of `regiomonitor ingest`.

    python benchmarks/ingest_throughput.py [--generated 10000] [--workers N] [--postgres URL]
                                           [--only seeds|generated]

Runs the real command in a subprocess on the seeds (when ../shared is present) and on N generated
news items (benchmarks/corpus.py), each into a fresh register (SQLite, and PostgreSQL when a URL is
given or $REGIOMONITOR_TEST_PG is set).

Memory: the command's process tree (the runner and its worker processes) is sampled every 0.25 s.
`peak RSS` is the largest sum of resident sets seen at one moment; forked workers share the
runner's pages, so that sum counts shared pages more than once. `peak PSS` shares them out
(proportional set size) and is what the tree really occupies. `max proc` is the largest single
process. The load average before each run is printed beside it: on a shared machine other work
slows a run down, and the numbers mean little without it.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generated_news  # noqa: E402

SAMPLE_SECONDS = 0.25  # reading smaps of 3 processes costs ~1 ms; often enough for a peak that lasts seconds


@dataclass
class Run:
    docs: int
    megabytes: float
    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    max_process_mb: float
    load_before: float
    summary: str
    returncode: int


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _tree_memory(root: psutil.Process) -> tuple[float, float, float]:
    """(sum of RSS, sum of PSS, largest RSS) of `root` and its descendants, in MB."""
    rss = pss = largest = 0
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0.0, 0.0
    for process in processes:
        try:
            info = process.memory_full_info()  # reads smaps_rollup: has pss
        except psutil.AccessDenied:
            try:
                info = process.memory_info()
            except psutil.Error:
                continue
        except psutil.Error:
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
        largest = max(largest, info.rss)
    mb = 1024 * 1024
    return rss / mb, pss / mb, largest / mb


def run_ingest(folder: Path, db: str, workers: int | None) -> Run:
    files = _files(folder)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    command = [str(REPO / ".venv" / "bin" / "regiomonitor"), "ingest", str(folder), "--db", db, "--no-progress"]
    if workers is not None:
        command += ["--workers", str(workers)]
    load_before = os.getloadavg()[0]
    peak_rss = peak_pss = max_process = 0.0
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        root = psutil.Process(child.pid)
        while child.poll() is None:
            rss, pss, largest = _tree_memory(root)
            peak_rss, peak_pss, max_process = max(peak_rss, rss), max(peak_pss, pss), max(max_process, largest)
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode not in (0, 1):
        print(stderr[-2000:], file=sys.stderr)
    summary = stdout.strip().splitlines()[-1] if stdout.strip() else "(no summary)"
    return Run(len(files), megabytes, seconds, peak_rss, peak_pss, max_process, load_before, summary, child.returncode)


def fresh_postgres(url: str) -> str:
    """A new empty database next to the one in `url` (the user must be allowed to create one)."""
    import psycopg

    base = url.replace("postgresql+psycopg://", "postgresql://")
    name = f"rm_bench_{os.getpid()}_{int(time.time() * 1000)}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def drop_postgres(url: str) -> None:
    import psycopg

    base, name = url.replace("postgresql+psycopg://", "postgresql://").rsplit("/", 1)
    try:
        with psycopg.connect(base + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.Error as error:  # the role may not reach "postgres": leave it, say so
        print(f"(could not drop {name}: {error})", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generated", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=None, help="passed to `ingest --workers` (default: one per core)")
    parser.add_argument("--postgres", default=os.environ.get("REGIOMONITOR_TEST_PG"), help="a PostgreSQL URL to measure too")
    parser.add_argument("--only", choices=("seeds", "generated"), default=None)
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}, workers: {args.workers if args.workers is not None else 'one per core'}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpora = {}
        seeds = REPO.parent / "shared" / "seeds"
        if seeds.is_dir() and args.only in (None, "seeds"):
            corpora["seeds"] = seeds
        if args.only in (None, "generated"):
            generated = tmp / "generated"
            generated.mkdir()
            for i, text in enumerate(generated_news(args.generated)):
                (generated / f"item_{i:06d}.txt").write_text(text, encoding="utf-8")
            corpora[f"{args.generated} generated"] = generated
        header = (f"{'corpus':<18}{'database':<12}{'docs':>7}{'MB':>8}{'seconds':>9}{'docs/s':>9}{'MB/s':>7}"
                  f"{'peak RSS':>10}{'peak PSS':>10}{'max proc':>10}{'load':>7}  result")
        print(header)
        for name, folder in corpora.items():
            targets = {} if args.no_sqlite else {"SQLite": f"sqlite:///{tmp / (name.replace(' ', '_') + '.db')}"}
            if args.postgres:
                targets["PostgreSQL"] = fresh_postgres(args.postgres)
            for label, db in targets.items():
                try:
                    run = run_ingest(folder, db, args.workers)
                finally:
                    if label == "PostgreSQL":
                        drop_postgres(db)
                result = " ".join(run.summary.split())
                print(f"{name:<18}{label:<12}{run.docs:>7}{run.megabytes:>8.2f}{run.seconds:>9.1f}"
                      f"{run.docs / run.seconds:>9.1f}{run.megabytes / run.seconds:>7.3f}"
                      f"{run.peak_rss_mb:>9.0f}M{run.peak_pss_mb:>9.0f}M{run.max_process_mb:>9.0f}M"
                      f"{run.load_before:>7.2f}  {result}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
