"""Publication date of a document, read from its own text (and URL), never guessed.

Order of evidence, most trusted first:
1. a full date in the page header, i.e. the short lines before the first body paragraph
   (`05 Februar 2026, 12:38`, `Donnerstag, 5 Februar 2026`, `2026-02-05`, `05.02.2026`);
2. the agency dateline (`MINSK, 7. Februar (BelTA) -`), its year taken from the dateline itself,
   from a full date in the URL, or else from the years in the URL and in the link and image
   paths of the text (`/2025/`, `/2025-02-01-Images/`) - only when they all agree;
3. a full date in the URL path (`/2025/02/07/`), or in the path of a page address the text
   shows near its top;
4. a footer line that is nothing but a source and its date (`dpa-AFX · Ticker · 16.10.2025 ·
   11:45 Uhr`, `(„Wiener Morgenpost“, Print-Ausgabe, 03.11.2025)`, `Stand: 12.05.2025`).
Consent and appeal lines (`Diese Seite nutzt Cookies ...`) above the headline do not end the header.
Dates in the body (`am 27. November`, `im Oktober 2018`) are events, not the publication date.
Month names come from `months.tsv`; dateparser is not needed for these fixed shapes.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from regiomonitor.ingest.boilerplate import boilerplate
from regiomonitor.ingest.dateline import find_dateline
from regiomonitor.ingest.markdown import IMAGE
from regiomonitor.ingest.months import month_number, month_pattern

HEADER_MAX_LINES = 15
_BODY_MIN_WORDS = 8
_BODY_LONG_WORDS = 15
_URL = re.compile(r"(?:https?://|www\.)[^\s)\"'<>]+|\]\([^)]*\)", re.I)
# The date patterns open with a digit and look behind it only then ("\d(?<!\d\d)\d?" is
# "(?<!\d)\d{1,2}"): the regex engine skips ahead to the next digit instead of trying the
# look-behind at every position, which made these the slowest regexes of a news page.
_ISO = re.compile(r"(\d(?<!\d\d)\d{3})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?!\d)")
# (`12.03.25, 18:40 Uhr` in a byline of fields: a two-digit year, read only in such a line)
_NUMERIC_SHORT_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
# years in URL paths: "/2025/", "/2025-02-01-Images/", "/20250207"
_URL_YEAR = re.compile(r"(?<=[/_-])((?:19|20)\d{2})(?=[/_-]|\d{4}(?!\d))")
# BelTA and many CMSs end an article path in `<slug>-<article id>-<year>/`
_URL_TRAILING_YEAR = re.compile(r"-\d{3,}-((?:19|20)\d{2})/?$")
# a line that is nothing but a date (`12.03.2024`, `Veröffentlicht am 5. Juni 2024, 10:15`)
_DATE_LINE_LEAD = re.compile(r"^(?:(?:veröffentlicht|publiziert|aktualisiert|stand|datum|erschienen)(?:\s+am)?:?\s*"
                             r"|(?:ausgabe|heft|nr\.)\s*[\d/.-]+\s*(?:vom\s+|,\s*))?", re.IGNORECASE)  # (`Ausgabe 14/2025 vom 8. Juli 2025`)
_DATE_LINE_TAIL = re.compile(r"^(?:\s*jahr\b)?"  # (a translation's `20 November 2025 Jahr, 11:47`)
                             r"[\s,|–-]*(?:(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?[\s,|–-]*"
                             r"(?:(?:[|·•]\s*)?(?:aufrufe|durchsichten|ansichten|gelesen|views)\s*:?\s*[\d .\u00a0]+)?"  # (a view counter)
                             r"(?:[|·•]\s*(?:[^\d.!?\n]|\.(?=\S)){1,60})?"  # (`· Redaktion Ostexperte.de`)
                             r"(?:[|·•]\s*(?:lesezeit:?\s*)?\d{1,2}\s*min\.?\s*)?"  # (`· 5 min`, `· Lesezeit 3 Min.`)
                             r"(?:[|·•]\s*(?:aktualisiert|update)[:\s]*(?:am\s+)?[\d.: ]{4,20}(?:uhr)?)?\s*$",  # (`· Aktualisiert 17:05`)
                             re.IGNORECASE)
STANDALONE_DATE_MAX_LINES = 40
_MASTHEAD_MAX_CHARS = 200
_DATE_LINE_MAX_CHARS = 90  # `Von Thomas Reiter · Veröffentlicht am 21. Mai 2025 · Lesezeit 3 Min.`
FOOTER_LINES = 15  # the last non-empty lines, where a wire's or a print edition's source line stands
_FOOTER_MAX_WORDS = 6
_PLACE_AGENCY_LEAD = re.compile(r"[A-ZÄÖÜ][\w./-]{1,30}(?: [A-ZÄÖÜ][\w./-]{1,20})?\s*\([^()\n]{1,20}\)\s*[–-]\s*$")
# a byline before a date: `Von Katharina Brenner |`, `Aljona Kruk |`
_BYLINE_LEAD = re.compile(r"(?:(?:Von|Text:|Autor(?:in)?:?)\s+[A-ZÄÖÜ][\w.-]+|[A-ZÄÖÜ][\w.-]+\s+[A-ZÄÖÜ][\w.-]+)"
                          r"(?:\s+[A-ZÄÖÜ][\w.-]+){0,2}\s*[|·,–-]\s*"
                          r"(?:(?:veröffentlicht|aktualisiert|erschienen)(?:\s+am)?:?\s*)?$", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_URL_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?=[/_.-]|$)")
MIN_YEAR, MAX_YEAR = 1990, 2100
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY_YEAR = re.compile(r"\d,?\s+\d{4}")  # what month_day_year needs after the month
_SENTENCE_PUNCT = re.compile(r"[.!?]")
# the fields of a newspaper's masthead line: outlet, issue, weekday and date, section
_MASTHEAD_SEPARATOR = re.compile(r"\s[|·•]\s")


def is_masthead(line: str) -> bool:
    """`Nr. 37 (6891) | Donnerstag, 19.09.2024 | Region`: fields between separators, one of them a
    full date; no running text, whatever its dots."""
    return bool(_MASTHEAD_SEPARATOR.search(line)) and bool(full_dates(line))


@lru_cache(maxsize=1)
def _named_month_dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = month_pattern()
    day_month_year = re.compile(
        r"(\d(?<!\d\d)\d?)\.?\s*(" + months + r")\.?,?\s+(\d{4})(?!\d)", re.IGNORECASE
    )
    month_day_year = re.compile(r"\b(" + months + r")\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)", re.IGNORECASE)
    return day_month_year, month_day_year


def _make(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_dates(text: str) -> list[date]:
    """Every complete date (day, month, year) written in `text`, in order of appearance."""
    found: list[tuple[int, date]] = []
    if not _FOUR_DIGITS.search(text):
        return []  # every date shape below holds its year in four digits
    day_month_year, month_day_year = _named_month_dates()
    for m in day_month_year.finditer(text):
        month = month_number(m.group(2))
        d = month and _make(int(m.group(3)), month, int(m.group(1)))
        if d:
            found.append((m.start(), d))
    # the month name opens this pattern and is tried at every position: only where a day and
    # a year stand as the pattern needs them after it
    matches = month_day_year.finditer(text) if _DAY_YEAR.search(text) else ()
    for m in matches:
        month = month_number(m.group(1))
        d = month and _make(int(m.group(3)), month, int(m.group(2)))
        if d:
            found.append((m.start(), d))
    for m in _ISO.finditer(text):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        d = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


def first_lines(text: str, n: int) -> list[str]:
    """The first `n` non-empty lines of `text`, stripped, found without splitting the whole text
    (a long document has thousands of lines; the date stands near the top)."""
    lines: list[str] = []
    rest: str | None = text
    while rest is not None and len(lines) < n:
        pieces = rest.split("\n", n)  # n lines, and the unsplit rest if there is more
        rest = pieces.pop() if len(pieces) > n else None
        lines.extend(stripped for line in pieces if (stripped := line.strip()))
    return lines[:n]


def _without_urls(line: str, images: bool = False) -> str:
    """`line` with URLs and link targets (and `images`) replaced by a space."""
    if not ("://" in line or "](" in line or "www." in line.lower()):
        return line  # most lines: every match holds "://", "](" or "www." (in any case)
    if images:
        line = IMAGE.sub(" ", line)
    return _URL.sub(" ", line)


def header_lines(text: str) -> list[str]:
    """The short lines before the first body paragraph (page header, headline, dateline zone).

    The zone ends at the first line of running text: a sentence of several words, a long line,
    or a hard-wrapped line whose sentence continues on the next line (PDF layout)."""
    return _header(first_lines(text, HEADER_MAX_LINES * 2 + 1))  # (+1: the line after the last one looked at)


def _header(lines: list[str]) -> list[str]:
    """header_lines of the first non-empty lines of a text."""
    out: list[str] = []
    for i, line in enumerate(lines[: HEADER_MAX_LINES * 2]):
        without_urls = _without_urls(line, images=True).strip()
        words = _word_count(without_urls)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if is_masthead(without_urls):
            out.append(without_urls)  # its dots are no sentence
            continue
        if boilerplate().is_appeal(without_urls):
            continue  # a consent notice above the headline (`Diese Seite nutzt Cookies ...`)
        if not _is_menu(without_urls) and (  # (a menu's `Ausgabe Nr. 36` is no sentence)
            words >= _BODY_LONG_WORDS
            or (words >= _BODY_MIN_WORDS and _SENTENCE_PUNCT.search(_without_dates(without_urls)))
            or (words >= 5 and following[:1].islower())
            or (words >= _BODY_MIN_WORDS and _word_count(_without_urls(following)) >= _BODY_MIN_WORDS
                and not is_masthead(_without_urls(following).strip()) and not _is_menu(following))
        ):
            break
        if without_urls:
            out.append(without_urls)
        if len(out) >= HEADER_MAX_LINES:
            break
    return out


def _is_menu(line: str) -> bool:
    """`Startseite | Gouverneur | Regierung | Pressezentrum`: items between separators."""
    return len(_MASTHEAD_SEPARATOR.findall(line)) >= 2


def _word_count(line: str) -> int:
    """Words, not separators: a menu `Nachrichten | Märkte | Statistik` has three."""
    return sum(1 for token in line.split() if any(c.isalnum() for c in token))


def _url_years(url: str | None, text: str) -> set[int]:
    if url:
        trailing = _URL_TRAILING_YEAR.search(url)
        if trailing and MIN_YEAR <= int(trailing.group(1)) <= MAX_YEAR:
            return {int(trailing.group(1))}  # the article's own year beats years in its slug
    years: set[int] = set()
    sources = ([url] if url else []) + [m.group(0) for m in _URL.finditer(text)]
    for source in sources:
        path = re.sub(r"^(?:https?://)?[^/]*", "", source)  # the host never holds the date
        years.update(int(y) for y in _URL_YEAR.findall(path) if MIN_YEAR <= int(y) <= MAX_YEAR)
    return years


def _url_date(url: str | None) -> date | None:
    if not url:
        return None
    path = re.sub(r"^(?:https?://)?[^/]*", "", url)
    for m in _URL_FULL_DATE.finditer(path):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d
    return None


def _standalone_date(lines: list[str]) -> date | None:
    """A date on a line of its own near the top (`12.03.2024` under a news page's lead), in the
    first non-empty lines of a text."""
    for line in lines[:STANDALONE_DATE_MAX_LINES]:
        if len(line) <= _MASTHEAD_MAX_CHARS and _MASTHEAD_SEPARATOR.search(line) and not full_dates(line) \
                and (short := _NUMERIC_SHORT_YEAR.search(line)) \
                and (d := _make(2000 + int(short.group(3)), int(short.group(2)), int(short.group(1)))):
            return d  # `Von Friederike Mohrmann | 12.03.25, 18:40 Uhr | Lesezeit: 4 Minuten`
        if not _YEAR_DIGITS.search(line):
            continue  # a date line holds a year
        if len(line) <= _MASTHEAD_MAX_CHARS and is_masthead(line):
            # fields between separators under the headline (`Von Verena Haslwanter | 17. Jänner 2020,
            # 18:02 Uhr | Aktualisiert: ...`, `Publiziert: 17.09.2021 | Aktualisiert: 18.09.2021`)
            return full_dates(line)[0]
        if len(line) > _DATE_LINE_MAX_CHARS:
            continue  # a date line is short
        rest = _DATE_LINE_LEAD.sub("", line, count=1)
        dates = full_dates(rest)
        if len(dates) != 1:
            continue
        m = _first_date_span(rest)
        if m is not None and (m[0] <= 12 or _PLACE_AGENCY_LEAD.match(rest[:m[0]]) or _BYLINE_LEAD.match(rest[:m[0]])) \
                and _DATE_LINE_TAIL.match(rest[m[1]:]):
            # a weekday, a place and an agency (`Bonn (GTAI) –`) or a byline (`Von Katharina Brenner |`)
            # may stand before the date, nothing but a time after it
            return dates[0]
    return None


_MAIL_DATE = re.compile(r"(?:Datum|Date|Gesendet|Sent):\s", re.IGNORECASE)


def _mail_date(lines: list[str]) -> date | None:
    """The date of an e-mail's header; of a forwarded one, the date of the message forwarded
    (its header comes last: `Datum: Tue, 4 Mar 2025` under `-------- Original-Nachricht --------`)."""
    dates = [found[0] for line in lines if _MAIL_DATE.match(line) and (found := full_dates(line))]
    return dates[-1] if dates else None


def _without_dates(line: str) -> str:
    """`line` without its full dates: the dots of `Mi, 12.Nov 2025` end no sentence."""
    if not _FOUR_DIGITS.search(line):
        return line
    for p in (*_named_month_dates(), _ISO, _NUMERIC):
        line = p.sub(" ", line)
    return line


def _footer_date(text: str) -> date | None:
    """The date of the last of the last FOOTER_LINES lines that is a source line: short, one
    full date, few words besides (`dpa-AFX Wirtschaftsnachrichten · Ticker · 16.10.2025 · 11:45 Uhr`,
    `APA0412    2025-11-12/11:38`, `Stand: 12.05.2025`)."""
    lines = [line.strip() for line in text[-4000:].split("\n") if line.strip()][-FOOTER_LINES:]
    for line in reversed(lines):
        if (cited := _CITED_DATE.search(line)) and (dates := full_dates(cited.group(1))):
            return dates[0]  # `Zitiervorschlag: ... Beitrag vom 14.11.2024.`
        if len(line) > _DATE_LINE_MAX_CHARS or not _YEAR_DIGITS.search(line):
            continue
        dates = full_dates(line)
        span = _first_date_span(line)
        if span is not None and (line[:span[0]].rstrip().endswith(("–", "-"))
                                 or (span[0] == 0 and not _DATE_LINE_TAIL.match(line[span[1]:]))):
            continue  # a range or a programme line (`14.–16. Oktober 2025, Ulaanbaatar: Fachmesse`)
        rest = _without_dates(line)
        # (a source line is names, not a sentence: `Am 20.08.2024 sprach der Minister` is none)
        if len(dates) == 1 and _word_count(rest) <= _FOOTER_MAX_WORDS and sum(w[:1].islower() for w in rest.split()) <= 1 \
                and not _SENTENCE_PUNCT.search(re.sub(r"\d[.:]\d|\.(?=\S)", "", rest).rstrip(".)")):
            return dates[0]
    return None


_CITED_DATE = re.compile(r"\b(?:Beitrag|Artikel|Meldung|Pressemitteilung|Printausgabe|Ausgabe)\s+vom\s+(?:[A-Z][a-z]+,\s+)?"
                         r"(\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zäÄ]+)\s?\d{4})")  # (`Erschienen in der Printausgabe vom Donnerstag, 22. Mai 2025`)


_PERMALINK = re.compile(r"(?:Permalink|URL|Link zum Artikel)\s*:\s*(?:https?://|www\.)", re.IGNORECASE)


def _page_url(lines: list[str]) -> str | None:
    """The first page address the text's top lines show (`https://www.exportnetz.ch/.../2025-06-12-...`)."""
    return next((m.group(0) for line in lines if "://" in line or "www." in line for m in [_URL.search(line)] if m), None)


def _first_date_span(text: str) -> tuple[int, int] | None:
    spans = [m.span() for p in (*_named_month_dates(), _ISO, _NUMERIC) for m in p.finditer(text)]
    return min(spans) if spans else None


def publication_date(text: str, url: str | None = None) -> date | None:
    """The publication date that `text` (raw, before cleaning) and `url` state, or None."""
    top = first_lines(text, max(STANDALONE_DATE_MAX_LINES, HEADER_MAX_LINES * 2 + 1))
    mailed = _mail_date(top)
    if mailed is not None:
        return mailed
    header = _header(top)
    dated = [(line, found) for line in header if (found := full_dates(line))]
    if dated:
        # (a site's date of today beside its flag, `flag Mittwoch, 11 Juni 2025`, yields to the
        # article's own stamp under it, `10 Juni 2025, 17:22`)
        own = [found for line, found in dated if not line.startswith("flag ")]
        return (own or [dated[0][1]])[0][0]
    standalone = _standalone_date(top)
    if standalone is not None:
        return standalone
    dateline = find_dateline(text)
    if dateline and dateline.month:
        year = dateline.year
        if year is None:
            url_date = _url_date(url)
            year = url_date.year if url_date else None
        if year is None:
            header_years = {int(y) for line in header for y in re.findall(r"\b((?:19|20)\d{2})\b", line)}
            years = header_years or _url_years(url, text)
            year = years.pop() if len(years) == 1 else None
        return _make(year, dateline.month, dateline.day) if year else None
    return _url_date(url) or _url_date(_page_url(top[:HEADER_MAX_LINES])) or _footer_date(text) \
        or _url_date(_page_url([line for line in text[-2000:].split("\n") if _PERMALINK.match(line.strip())]))
