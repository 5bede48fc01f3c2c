"""Markdown syntax that scraped or hand-written `.md`/`.txt` files carry, reduced to plain text.

Line structure is kept (the cleaners read it); only markup goes.
"""
from __future__ import annotations

import re

IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# "[text](target)" not preceded by "!" (the look-behind follows the "[", so that the regex
# engine can skip ahead to a bracket instead of trying the look-behind at every position)
LINK = re.compile(r"\[(?<!!\[)([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HRULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1|(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_FENCE = re.compile(r"^\s*(```|~~~)")


def strip_images_and_links(text: str) -> str:
    """Remove images, keep link texts (scraped `.txt` files carry these too)."""
    if "](" not in text:  # both hold it; most texts have neither
        return text
    return LINK.sub(r"\1", IMAGE.sub("", text))


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """Plain text and the first heading (a title candidate)."""
    out: list[str] = []
    title = None
    for line in strip_images_and_links(text).split("\n"):
        if _FENCE.match(line) or _HRULE.match(line):
            continue
        if _SETEXT_RULE.match(line) and out and out[-1].strip():
            if title is None and line.strip().startswith("="):
                title = out[-1].strip()
            continue
        m = _HEADING.match(line)
        if m:
            line = m.group(1)
            if title is None:
                title = line.strip() or None
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(r"\1", line)
        line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), line)
        line = _CODE.sub(r"\1", line)
        out.append(line)
    return "\n".join(out), title
