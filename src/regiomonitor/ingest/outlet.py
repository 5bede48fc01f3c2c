"""The outlet a document comes from: the site of its URL, else the agency of its dateline."""
from __future__ import annotations

from urllib.parse import urlsplit

from regiomonitor.ingest.dateline import find_dateline


def outlet_from_url(url: str | None) -> str | None:
    """`https://deu.belta.by/...` -> `deu.belta.by` (a `www.` prefix is not part of the name)."""
    if not url:
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme and scheme not in ("http", "https") and "//" not in url:
        return None  # `javascript:alert(1)`, `mailto:...`: no site
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def outlet_from_text(text: str) -> str | None:
    """`MINSK, 7. Februar (BelTA) - ...` -> `BelTA`."""
    dateline = find_dateline(text)
    return dateline.agency if dateline else None


def find_outlet(text: str, url: str | None = None, sitename: str | None = None) -> str | None:
    return outlet_from_url(url) or (sitename or None) or outlet_from_text(text)
