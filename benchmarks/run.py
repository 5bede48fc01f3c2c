"""`make bench`: extraction throughput beside spaCy's blank German tokenizer, on the same texts.

Texts: the seeds in ../shared/seeds when present, plus the bundled examples, plus a set of
generated news items so that the run means something on a fresh checkout. Each measurement runs
the whole list several times and keeps the best time (the least disturbed by the machine).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generated_news  # noqa: E402


def _texts(limit_generated: int) -> dict[str, list[str]]:
    from regiomonitor.ingest.reader import iter_inputs, read_path

    groups: dict[str, list[str]] = {}
    seeds = REPO.parent / "shared" / "seeds"
    if seeds.is_dir():
        raw = sorted(seeds.glob("*.txt"))
        groups["seeds (news)"] = [p.read_text(encoding="utf-8") for p in raw if p.stat().st_size < 50_000]
        groups["seeds (analytical)"] = [p.read_text(encoding="utf-8") for p in raw if p.stat().st_size >= 50_000]
    examples = [p for p in iter_inputs([REPO / "examples" / "corpus"]) if p.suffix in (".txt", ".md")]
    if examples:
        groups["examples"] = [p.read_text(encoding="utf-8") for p in examples]
    groups["generated news"] = generated_news(limit_generated)
    return {k: v for k, v in groups.items() if v}


def _best_of(fn, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--generated", type=int, default=300)
    args = parser.parse_args()

    import spacy

    import regiomonitor

    nlp = spacy.blank("de")
    groups = _texts(args.generated)
    # warm up: load knowledge files and compile automata once, as a long-running process would
    regiomonitor.extract("Belarus und Baschkortostan: Umsatz 320 Mio. USD im Jahr 2024.")
    nlp("Aufwärmen.")
    print(f"{'texts':<30}{'docs':>6}{'MB':>8}{'extract docs/s':>16}{'MB/s':>8}{'spaCy tok docs/s':>18}{'MB/s':>8}{'ratio':>8}")
    for name, texts in groups.items():
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        ours = _best_of(regiomonitor.extract, texts, args.repeat)
        theirs = _best_of(nlp.make_doc, texts, args.repeat)
        print(
            f"{name:<30}{len(texts):>6}{size:>8.2f}{len(texts) / ours:>16.1f}{size / ours:>8.2f}"
            f"{len(texts) / theirs:>18.1f}{size / theirs:>8.2f}{theirs / ours:>8.2f}"
        )
    big = groups.get("seeds (analytical)")
    if big:
        t = _best_of(regiomonitor.extract, big[:1], args.repeat)
        print(f"one analytical text ({len(big[0].encode()) / 1000:.0f} KB): {t * 1000:.0f} ms for the whole extraction")
    print("ratio = spaCy blank('de') tokenisation time / RegioMonitor extraction time (>= 1.0: extraction is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
