"""Text wrapped at a fixed width (a plain-text newsletter, an e-mail, a wire feed): its lines are
joined back into paragraphs before the web cleaner, which reads one paragraph per line.

A text is hard-wrapped when most of its lines that another line follows in the same block are
nearly as long as its longest lines, and that width is a typewriter's (at most MAX_WIDTH). A line
that falls short of the width ended its paragraph; a list point (`* `, `- `, `1) `) or a line of
rule characters (`-----`) or an e-mail header (`Betreff: ...`) opens a new one, and the indented
lines after a point continue it.
Hyphenated breaks are joined as in PDF text (`linejoin.join_pair`).
"""
from __future__ import annotations

import re

from regiomonitor.ingest.linejoin import join_pair

MAX_WIDTH = 100  # longer lines are paragraphs of their own (web text, trafilatura)
MIN_WRAPPED = 4  # fewer wrapped lines than this: nothing to join
FULL_SHARE = 0.6  # a line this share of the width long or longer was broken by the width
_POINT = re.compile(r"\s*(?:[*•·–-]|\d{1,2}[.)])\s")
_RULE = re.compile(r"\s*([=_*~#-])\1{5,}\s*$")
# an e-mail's header line or the rule that opens a forwarded message: a line of its own
MAIL_HEADER = re.compile(r"(?:Von|An|Cc|Kopie|Betreff|Datum|Gesendet|Antwort an|From|To|Subject|Date|Sent|Reply-To):\s"
                         r"|-{3,}\s*(?:Weitergeleitete Nachricht|Original-Nachricht|Ursprüngliche Nachricht"
                         r"|Forwarded message|Original Message)\s*-{3,}\s*$", re.IGNORECASE)


def unwrap(text: str) -> str:
    """`text` with hard-wrapped paragraphs on one line each (other texts unchanged)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    joining = False  # the last line of `out` goes on in the next line
    for line in lines:
        stripped = line.strip()
        if joining and stripped and not _opens_paragraph(line):
            out[-1] = join_pair(out[-1], stripped)
        else:
            out.append(line.rstrip())
        joining = bool(stripped) and len(line.rstrip()) >= FULL_SHARE * width and not _RULE.match(line) \
            and not MAIL_HEADER.match(stripped)
    return "\n".join(out)


def _opens_paragraph(line: str) -> bool:
    return bool(_POINT.match(line) or _RULE.match(line) or MAIL_HEADER.match(line.strip()))


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None if it is not hard-wrapped."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip() and not MAIL_HEADER.match(ln.strip()))
    if len(lengths) < MIN_WRAPPED * 2:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]  # (the longest lines but a few: a URL, a header)
    if width > MAX_WIDTH or width < 40:
        return None
    wrapped = sum(
        1 for line, following in zip(lines, lines[1:])
        if following.strip() and not _opens_paragraph(following) and not _RULE.match(line)
        and FULL_SHARE * width <= len(line.rstrip()) <= width
    )
    return width if wrapped >= MIN_WRAPPED and wrapped * 3 >= len(lengths) else None
