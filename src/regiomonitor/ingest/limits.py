"""Input limits and the supported file kinds, in one place."""
from __future__ import annotations

import os

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".json")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_ENV = "REGIOMONITOR_MAX_INPUT_BYTES"
HTTP_TIMEOUT_SECONDS = 20.0
USER_AGENT = "RegioMonitor/0.1 (+https://github.com/regiomonitor; research crawler)"
MAX_FEED_ENTRIES = 200


def max_input_bytes(override: int | None = None) -> int:
    """The size limit for one input: the argument, else $REGIOMONITOR_MAX_INPUT_BYTES, else 20 MB."""
    if override is not None:
        return override
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if value:
        try:
            return int(value)
        except ValueError:
            pass
    return DEFAULT_MAX_BYTES


def describe_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"
