"""Joining lines that a layout broke (PDF extraction, hard-wrapped text), German hyphenation aware.

A line that ends in a hyphen is either a word split by the typesetter (`Föderations-` +
`kreises` -> `Föderationskreises`) or a real hyphen that happens to fall at the line end
(`Nordkaukasus-` + `Föderationskreis`, `Industrie-` + `und Handelskammer`, `belarussisch-` +
`russischen`). The rules below decide which, from the two sides of the break only.
"""
from __future__ import annotations

import re

# "Industrie- und Handelskammer": the hyphen stands for an omitted word part (Ergänzungsstrich).
_SUSPENSION_FOLLOWERS = frozenset({"und", "oder", "bis", "sowie", "bzw.", "als", "wie", "noch", "u.", "&"})
# German hyphenation never breaks right after these adjective endings (ri-scher, wirt-schaft-li-che),
# so `belarussisch-` + `russischen` is a compound adjective with a real hyphen.
_ADJECTIVE_ENDINGS = ("isch", "lich")
_URLISH = re.compile(r"(https?:|www\.|/|\.html?$|\.php)", re.I)
_HYPHENS = "-\u2010\u2011"
_DASHES = "\u2013\u2014"


def _last_token(line: str) -> str:
    parts = line.rsplit(None, 1)
    return parts[-1] if parts else ""


def join_pair(left: str, right: str) -> str:
    """Join two stripped lines of one paragraph into one string."""
    if not left:
        return right
    if not right:
        return left
    last = left[-1]
    if last in _DASHES:
        return f"{left} {right}"
    if last not in _HYPHENS:
        return f"{left} {right}"
    token = _last_token(left)
    first_word = right.split(None, 1)[0]
    if _URLISH.search(token):
        return left + right  # a URL broken at a hyphen: keep every character
    if token == "-" or len(token) == 1:
        # a free-standing dash, or "Konsenssuche und -" + "findung"
        before = left[:-1].rstrip().rsplit(None, 1)
        if right[:1].islower() and before and before[-1].lower() in ("und", "oder", "sowie"):
            return f"{left}{right}"
        return f"{left} {right}"
    if first_word.lower() in _SUSPENSION_FOLLOWERS:
        return f"{left} {right}"
    if not right[:1].islower():
        return left + right  # capital, digit or quote after the hyphen: a real compound
    stem = token[:-1]
    if stem.lower().endswith(_ADJECTIVE_ENDINGS):
        return left + right
    if stem.isupper() or any(ch.isdigit() for ch in stem):
        return left + right  # "MTZ-" + "werk", "3-" + "fach"
    return left[:-1] + right


def join_lines(lines: list[str]) -> str:
    """Join the stripped lines of one paragraph."""
    out = ""
    for line in lines:
        line = line.strip()
        if line:
            out = join_pair(out, line)
    return out
