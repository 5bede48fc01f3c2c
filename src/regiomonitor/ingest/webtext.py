"""Cleaning of news pages given as text (scraped `.txt`/`.md`, or trafilatura's output).

A scraped page is one paragraph per line, wrapped in page furniture: menus and date bars
before the headline, share buttons and "latest news" links after the last paragraph, donation
appeals, comment sections, sometimes whole blocks repeated. The rules, in order:
1. markdown images and bare URL lines go, link texts stay;
2. lists of other articles' teasers (`Mehr zum Thema` and its bullets) go, and the comment
   section (first line that opens it, see boilerplate_de.txt) is cut off;
3. listed furniture lines and appeal paragraphs go (boilerplate_de.txt), and menu or breadcrumb
   lines (`Startseite / Pressezentrum / Nachrichten`) wherever they stand;
4. furniture is recognised by shape: short lines without sentence punctuation before the first
   body paragraph (except the headline) and after the last one;
5. repeated paragraphs are kept once.
The headline - the first substantial line before the body - becomes the title and stays in the
text as its first paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from regiomonitor.ingest.boilerplate import boilerplate
from regiomonitor.ingest.dates import full_dates, is_masthead
from regiomonitor.ingest.hardwrap import MAIL_HEADER, unwrap
from regiomonitor.ingest.markdown import strip_images_and_links
from regiomonitor.ingest.paragraphs import dedupe_paragraphs, is_table_line, word_count
from regiomonitor.knowledge.persons import person_base

_RULE_LINE = re.compile(r"([=_*~#-])\1{5,}$")  # `=====`, `-----`: a plain-text page's rules
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_SENTENCE = re.compile(r"[.!?…](?:[\"“”»)’]|\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"“”»)’]?$")
# WordPress and similar: `2 thoughts on “Headline”` names the article it follows.
_COMMENT_HEADER_TITLE = re.compile(r"^\d*\s*\S+\s+\S+\s+[„“\"«»‘']\s*(.+?)\s*[“”\"«»’']$")
BODY_MIN_WORDS = 8
BODY_LONG_WORDS = 20
FURNITURE_MAX_WORDS = 4
TAIL_FURNITURE_MAX_WORDS = 7
TEASER_MAX_WORDS = 16  # a headline under `Mehr zum Thema`
TITLE_MIN_WORDS = 3
TITLE_MIN_CHARS = 20


@dataclass
class WebText:
    text: str
    title: str | None
    warnings: list[str] = field(default_factory=list)


def is_body_paragraph(line: str) -> bool:
    """Running text: a sentence of several words, or a long line."""
    words = word_count(line)
    return words >= BODY_LONG_WORDS or (words >= BODY_MIN_WORDS and bool(_SENTENCE.search(line)))


def _is_title_candidate(line: str) -> bool:
    return (
        word_count(line) >= TITLE_MIN_WORDS
        and len(line) >= TITLE_MIN_CHARS
        and not _ENDS_SENTENCE.search(line)
        and not full_dates(line)
    )


# a menu or a breadcrumb trail: `Startseite / Pressezentrum / Nachrichten`, `Politik | Wirtschaft | Kultur`,
# `Regionen: Samara · Saratow · Pensa`, `Startseite → Pressezentrum → Nachrichten`
_MENU_SEPARATOR = re.compile(r" [/|>»›·→] |  +")
MENU_ITEM_MAX_WORDS = 3


# a table written with pipes, as a content extractor writes one (`| Export | 71,3 | 80,6 |`, `2023 |
# 2 140,5 | 9 874,0`): its rows of figures, and the head row right above them, become rows of cells
# between spaces (no menu); its rule rows (`|---|---|`) go
_PIPE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_PIPE_NUMBER_CELL = re.compile(r"\s*(?!\d{1,2}\.\d{1,2}\.\d{2,4}\s*$)[+-]?\d[\d .,]*%?\s*|\s*[-–]\s*")  # (no date)


def _pipe_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")] if "|" in line else []


def _is_pipe_figure_row(line: str) -> bool:
    cells = _pipe_cells(line)
    return len(cells) >= 2 and all(_PIPE_NUMBER_CELL.fullmatch(cell) for cell in cells[1:])


def _pipe_tables(lines: list[str]) -> list[str]:
    out = list(lines)
    rows = [_is_pipe_figure_row(line) for line in lines]
    for i, line in enumerate(lines):
        # (a row of one figure only beside another: `2023 | 48,0`; not a byline `Jörg Hansen | 06.06.2025`)
        if rows[i] and (len(_pipe_cells(line)) >= 3 or (i > 0 and rows[i - 1]) or (i + 1 < len(lines) and rows[i + 1])):
            out[i] = " ".join(c for c in _pipe_cells(line) if c)
            above = i - 1
            while above >= 0 and (not lines[above].strip() or _PIPE_RULE.match(lines[above])):
                above -= 1
            if above >= 0 and "|" in lines[above] and not rows[above]:
                out[above] = " ".join(c for c in _pipe_cells(lines[above]) if c)  # the head row
    return out


def _is_menu_line(line: str) -> bool:
    """Three or more short items between separators, and no sentence; or items that are all
    furniture (`Zum Inhalt springen | Version für Sehbehinderte`)."""
    if " " not in line or not _MENU_SEPARATOR.search(line):
        return False  # most lines: no separator between spaces
    items = _MENU_SEPARATOR.split(line)
    if all(boilerplate().is_furniture_line(item) for item in items):
        return True
    return (len(items) >= 3 and all(0 < len(item.split()) <= MENU_ITEM_MAX_WORDS for item in items)
            and not _SENTENCE.search(line))


# an author's line under the headline: `Von Anna Petrowa`, `Von Anna Petrowa | Almaty`
_BYLINE = re.compile(r"(?:[Vv]on|Text(?:\s+und\s+Fotos?)?:|Autor:|Autorin:)\s+[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+(?:\s*[|,]\s*[A-ZÄÖÜ][\w -]*)?$")

_BULLETS = ("•", "·", "-", "–", "*", "►", "▶", "»")


# a headline may end in an amount's stop (`Auftrag über 30 Mio. Fr.`), a sentence of the body does not
_AMOUNT_AT_END = re.compile(r"\d\s?(?:Mio|Mrd|Tsd)\.(?:\s?[^\s.]{1,10}\.?)?$")


def _is_headline_like(line: str) -> bool:
    """Short and ending no sentence: `Tiroler Seilbahnen für Almaty: Auftrag über 30 Mio. Fr.`"""
    return word_count(line) <= TEASER_MAX_WORDS and (not _ENDS_SENTENCE.search(line) or bool(_AMOUNT_AT_END.search(line)))


def _without_related_lists(lines: list[str], phrases) -> list[str]:
    """Without `Mehr zum Thema` and the bulleted teasers of other articles right after it."""
    kept: list[str] = []
    in_list = False
    for line in lines:
        if phrases.opens_related(line):
            in_list = True
            continue
        if ":" in line and phrases.opens_related(line.split(":", 1)[0]):
            continue  # the list in the heading's line: `Weitere Nachrichten: › Archangelsk und ...`
        if in_list and (line.startswith(_BULLETS) or _is_headline_like(line)):
            continue  # a teaser: a point of the list, or a headline
        in_list = False
        kept.append(line)
    return kept


# the heading of a fact box: `Auf einen Blick: Gebiet Türkistan 2024`, `Fakten: Hessen und Usbekistan`
# (and a table's caption: `Tabelle 4: Handel des Gebiets Tula mit dem Gebiet Gomel, Tsd. USD`)
_FACT_BOX = re.compile(r"(?:Auf einen Blick|Zahlen und Fakten|Fakten|Zur Sache|Das Wichtigste in Kürze)\b:?|(?:Tabelle|Tab\.)\s*\d")
# a weather widget in a masthead: `☀ Minsk +24 °C`
_WEATHER = re.compile(r"[-+−]?\d{1,2}\s?°[CF]")
WEATHER_MAX_WORDS = 6
# a rate or price ticker in a masthead: `Wechselkurs: 1 EUR = 3.870 MNT`, `Eisenerz 104 $/t · Kupfer 9.420 $/t`
_CURRENCY_SIGN = r"(?:[A-Z]{3}|[$€₽₸₮£¥])"
_EXCHANGE_RATE = re.compile(rf"\d[\d.,]*\s?{_CURRENCY_SIGN}\s?=\s?\d[\d.,]*\s?{_CURRENCY_SIGN}")
_UNIT_PRICE = re.compile(rf"\d[\d.,]*\s?{_CURRENCY_SIGN}\s?/\s?[A-Za-z]+")
TICKER_MAX_WORDS = 20


def _is_ticker(line: str) -> bool:
    """A line of exchange rates or unit prices, no sentence about them."""
    return word_count(line) <= TICKER_MAX_WORDS and ("=" in line or "/" in line) and (
        _EXCHANGE_RATE.search(line) is not None or len(_UNIT_PRICE.findall(line)) >= 2)

ADVERT_MAX_WORDS = 20  # a longer line after `Anzeige` is running text: the mark labelled an image


def _without_adverts(lines: list[str], phrases) -> list[str]:
    """Without `Anzeige` and the short advertisement in the line after it (or `Über den Autor` and
    the author's note after it: the [advert] phrases of boilerplate_de.txt)."""
    kept: list[str] = []
    after_mark = False
    for line in lines:
        if phrases.marks_advert(line):
            after_mark = True
            continue
        if not (after_mark and word_count(line) <= ADVERT_MAX_WORDS and not phrases.opens_related(line)):
            kept.append(line)  # (a list of other articles under the mark is cut as such)
        after_mark = False
    return kept


# marks of a link to another page (`› Gebiet Brest plant Logistikzentrum`); `•`, `-`, `–` also open
# the points of a list in the body
_LINK_MARKS = ("›", "→", "»", "►", "▶", "·")
_TIME_MARK = re.compile(r"\d{1,2}:\d{2}\s")  # a ticker's lines: `14:05  Saratower Getreideexporte ...`


def _without_teaser_links(lines: list[str]) -> list[str]:
    """Without runs of two or more headlines of other articles, each after a link mark or a
    ticker's time and ending no sentence (the teasers under an article; no heading such as `Mehr zum Thema` needed)."""
    teaser = [(ln.startswith(_LINK_MARKS) or _TIME_MARK.match(ln) is not None) and not _ENDS_SENTENCE.search(ln) for ln in lines]
    return [ln for i, ln in enumerate(lines)
            if not (teaser[i] and ((i > 0 and teaser[i - 1]) or (i + 1 < len(lines) and teaser[i + 1])))
            and not (ln.count("› ") >= 2 and not _ENDS_SENTENCE.search(ln))]  # (in one line: `Weitere: › X › Y`)


_FIELD_SEPARATOR = re.compile(r"\s+[|·]\s+")


def _masthead_byline(line: str) -> str:
    """A masthead keeps only the author's field, which names a person (`Veröffentlicht:
    09.09.2024 | Rubrik: Statistik | Von Anna Petrowa` -> `Von Anna Petrowa`, `Aljona Kruk | 4. Juli
    2025` -> `Aljona Kruk`); other lines stay."""
    if "|" not in line and "·" not in line:
        return line  # (most lines: no fields)
    if not is_masthead(line):
        return line
    bylines = [field.strip() for field in _FIELD_SEPARATOR.split(line) if _is_author(field.strip())]
    return bylines[0] if bylines else line


# a release's place and date on a line of their own: `Berlin, 24. September 2025`, `Mainz, 18.03.2025`
# (not a weekday's: `Freitag, 07.06.2024`)
_PLACE_DATE_LINE = re.compile(r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend)\b)"
                              r"[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?, (?:den )?\d{1,2}\.\s?(?:[A-ZÄÖÜa-zäöü]+\.?|\d{1,2}\.)\s?\d{4}")


def _is_byline(line: str) -> bool:
    """An author's line (`_is_author`) or the place and date line of a press release (`Berlin, 24.
    September 2025`: where it was issued is named, as in a dateline)."""
    return _is_author(line) or _PLACE_DATE_LINE.fullmatch(line) is not None


def _is_author(line: str) -> bool:
    """`Von Anna Petrowa`, or a listed given name and a surname alone, perhaps with the place written
    from (`Aljona Kruk`, `Andreas Pfeifer, Semei`)."""
    if _BYLINE.match(line):
        return True
    name, _, place = line.partition(",")
    if place and not (place.strip()[:1].isupper() and place.strip().replace("-", "").isalpha()):
        return False
    words = name.split()
    return 2 <= len(words) <= 3 and words[0] in person_base().given_names and all(w[:1].isupper() and w.isalpha() for w in words)


# a press contact or an imprint: a phone number or an e-mail address
_CONTACT = re.compile(r"\bTel(?:efon)?\.?:?\s*[+(\d]|[\w.-]+@[\w-]+\.[\w.]+")
CONTACT_MAX_WORDS = 40


def _is_contact_line(line: str) -> bool:
    """`Pressekontakt: Jana Köhler, Referentin, Tel. 0361 000000-12, presse@example.de`."""
    return ("@" in line or "Tel" in line) and _CONTACT.search(line) is not None and word_count(line) <= CONTACT_MAX_WORDS


def _is_head_furniture(line: str) -> bool:
    """Menu entries, date bars, section labels: short, or without a sentence, or a bare date."""
    return word_count(line) <= FURNITURE_MAX_WORDS or not _SENTENCE.search(line) or bool(full_dates(line))


def _cut_comments(lines: list[str]) -> tuple[list[str], bool, str | None]:
    """Drop the comment section (only after some body text: a "Kommentare" menu entry in the
    page header opens nothing). Returns the kept lines, whether a cut was made, and the title
    that the section header names."""
    phrases = boilerplate()
    seen_body = False
    for i, line in enumerate(lines):
        if seen_body and phrases.opens_comments(line):
            m = _COMMENT_HEADER_TITLE.match(line)
            return lines[:i], True, (m.group(1) if m else None)
        seen_body = seen_body or is_body_paragraph(line)
    return lines, False, None


def _matches_title(line: str, hint: str | None) -> bool:
    """`line` is the headline that the page's metadata names (<title> may add " | Site")."""
    if not hint:
        return False
    a, b = " ".join(line.split()).casefold(), " ".join(hint.split()).casefold()
    return a == b or (len(a.split()) >= 2 and b.startswith(a))


def clean_web_text(text: str, title_hint: str | None = None) -> WebText:
    """`title_hint`: the title that metadata gives (HTML <title>, a markdown heading); the
    line that carries it is the headline even when it is short."""
    phrases = boilerplate()
    warnings: list[str] = []
    lines = [ln.strip() for ln in strip_images_and_links(unwrap(text)).split("\n")]
    lines = [_masthead_byline(ln) for ln in _pipe_tables(lines)
             if ln and not _BARE_URL.match(ln) and not _RULE_LINE.match(ln) and not _PIPE_RULE.match(ln)]
    lines = _without_teaser_links(_without_related_lists(_without_adverts(lines, phrases), phrases))
    lines, cut, comment_title = _cut_comments(lines)
    if cut:
        warnings.append("dropped the comment section")
    lines = [ln for ln in lines if not (phrases.is_furniture_line(ln) or phrases.is_appeal(ln) or _is_menu_line(ln)
                                        or _is_contact_line(ln) or MAIL_HEADER.match(ln)
                                        or (word_count(ln) <= WEATHER_MAX_WORDS and _WEATHER.search(ln)) or _is_ticker(ln))]
    body_idx = [i for i, ln in enumerate(lines) if is_body_paragraph(ln) and not is_masthead(ln)]
    if not body_idx:
        # nothing looks like running text (a headline, a list, a one-liner): keep it all
        kept, _ = dedupe_paragraphs(lines)
        title = lines[0] if len(lines) > 1 and _is_title_candidate(lines[0]) else comment_title
        return WebText("\n\n".join(kept), title, warnings)
    first, last = body_idx[0], body_idx[-1]

    title = None
    kept: list[str] = []
    byline_above: list[str] = []  # an author's byline in the masthead above the headline
    in_box = False  # in a fact box under the text (`Auf einen Blick: ...`), whose short lines are content
    box_start = -1
    for i, line in enumerate(lines):
        if _FACT_BOX.match(line):
            in_box, box_start = True, i
        else:
            # (a table's header right under its caption, and its rows)
            in_box = in_box and (word_count(line) <= TAIL_FURNITURE_MAX_WORDS or i == box_start + 1 or is_table_line(line))
        if i < first:
            if title is None and (_matches_title(line, title_hint)
                                  or (_is_title_candidate(line) and word_count(line) > FURNITURE_MAX_WORDS)):
                title = line  # the headline: first substantial line before the body
                kept.append(line)
                kept.extend(byline_above)  # (it goes under the headline, where bylines stand)
                byline_above = []
                continue
            if title is None and _is_byline(line):
                byline_above.append(line)
                continue
            elif title is not None and (_is_byline(line) or (
                    _is_title_candidate(line) and word_count(line) > FURNITURE_MAX_WORDS)):
                pass  # under the headline: its subtitle, the author's byline (`Von Anna Petrowa`)
            elif _is_head_furniture(line):
                continue
        elif i > last and word_count(line) <= TAIL_FURNITURE_MAX_WORDS and not _ENDS_SENTENCE.search(line) and not in_box \
                and not is_table_line(line) and not (i + 1 < len(lines) and is_table_line(lines[i + 1])) \
                and not _is_byline(line):
            continue  # "Abonnieren Sie uns auf", "Letzte Nachrichten aus ...", share links (not a table's
            # rows, not the author's byline under the text: `Von Miriam Schaible`)
        kept.append(line)
    kept, repeated = dedupe_paragraphs(kept)
    if repeated:
        warnings.append(f"dropped {repeated} repeated paragraphs")
    return WebText("\n\n".join(kept), title or comment_title, warnings)
