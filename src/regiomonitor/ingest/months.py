"""The month-name table (`months.tsv`, language data) and a regex alternation built from it."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MONTHS_FILE = Path(__file__).with_name("months.tsv")


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for raw in MONTHS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, number = line.split("\t")
        table[name.casefold()] = int(number)
    return table


def month_number(name: str) -> int | None:
    return month_numbers().get(name.rstrip(".").casefold())


@lru_cache(maxsize=1)
def month_pattern() -> str:
    """`(?:januar|jan|...)` longest first, for case-insensitive regexes."""
    names = sorted(month_numbers(), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(n) for n in names) + ")"
