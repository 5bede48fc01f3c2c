"""German display names of stored keys (`data/lang/de/labels.yaml`), shared by web and report."""
from __future__ import annotations

from functools import cache

from regiomonitor.knowledge.files import data_path, read_yaml


@cache
def labels(kind: str, language: str = "de") -> dict[str, str]:
    """One table of the labels file: `sectors`, `metrics`, `value_kinds`, `agreements`, `events`, `projects`."""
    return dict(read_yaml(data_path("lang", language, "labels.yaml"))[kind])
