"""Every layer of every document of the test corpora as one JSON line each, to show that a speed
change leaves the output as it was.

    python benchmarks/dump_documents.py before.tsv      # on the code before the change
    python benchmarks/dump_documents.py after.tsv       # on the code after it
    cmp before.tsv after.tsv

Corpora: ../shared/seeds and ../shared/eval/dev when present, the bundled examples, the written
news fixtures, and the generated news of the benchmark. Each line is `name<TAB>json` with the whole
Document (`Document.to_dict()`) and its contract object, keys sorted.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import generated_news  # noqa: E402

CORPORA = [
    REPO.parent / "shared" / "seeds",
    REPO.parent / "shared" / "eval" / "dev",
    REPO / "examples" / "corpus",
    REPO / "tests" / "nlp" / "fixtures" / "written_news",
]


def _line(name: str, doc) -> str:
    from regiomonitor.pipeline import to_contract

    data = doc.to_dict()
    data["contract"] = to_contract(doc)
    if data.get("source_path"):
        data["source_path"] = str(Path(data["source_path"]).relative_to(REPO.parent))
    return name + "\t" + json.dumps(data, ensure_ascii=False, sort_keys=True, default=str) + "\n"


def main() -> int:
    from regiomonitor.ingest.reader import iter_inputs, read_path
    from regiomonitor.nlp.pipeline import process
    from regiomonitor.pipeline import analyse_text

    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in iter_inputs([c for c in CORPORA if c.is_dir()]):
            name = str(path.absolute().relative_to(REPO.parent))  # (absolute, not resolved: ../shared may be a link)
            try:
                out.write(_line(name, process(read_path(path))))
            except Exception as error:  # noqa: BLE001 - a failure is output too, and must stay the same
                out.write(f"{name}\tERROR {type(error).__name__}: {error}\n")
        for i, text in enumerate(generated_news(300)):
            out.write(_line(f"generated/{i}", analyse_text(text)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
