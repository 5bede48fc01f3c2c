"""Where the knowledge files live, and the small readers every loader shares."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml


@cache
def data_dir() -> Path:
    """The `data/` folder: inside the installed wheel (`regiomonitor/_data`) or the checkout."""
    packaged = Path(__file__).resolve().parents[1] / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "data"


def data_path(*parts: str) -> Path:
    return data_dir().joinpath(*parts)


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with a header line; `#` lines and blank lines are skipped."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            yield dict(zip(header, cells))


def read_lines(path: Path) -> list[str]:
    """Non-blank, non-comment lines of a plain list file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_yaml(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
