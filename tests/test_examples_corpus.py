"""The demo corpus in examples/: size, encodings, headline and dateline of every item, and the
planted near-duplicate pair and contradictions that examples/README.md promises.

Standard library plus pypdf and python-docx only, so the corpus can be checked without the
rest of RegioMonitor working.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
ITEM_SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx"}

# `ORT, 14. März 2023 (BelTA) – ` ; the year is optional, place names may have spaces or hyphens.
DATELINE = re.compile(
    r"^[A-ZÄÖÜ][A-ZÄÖÜ\- ]+, \d{1,2}\. [A-Za-zäöüÄÖÜ]+(?: \d{4})? \([^()]+\) [–-] \S"
)

NEAR_DUPLICATE = ("12_tscheljabinsk_texler_2024.txt", "21_tscheljabinsk_texler_2024_sb.html")
CONTRADICTION = ("05_brjansk_bogomas_2023.txt", "14_brjansk_regionalpresse_2023.md")
EXPORT_OVER_TURNOVER = "11_omsk_grodno_2023.txt"


def corpus_items() -> list[Path]:
    return sorted(
        p for p in EXAMPLES.iterdir()
        if p.is_file() and p.suffix in ITEM_SUFFIXES and p.name[:2].isdigit()
    )


class _ArticleText(HTMLParser):
    """Collects the <h1> and the paragraphs of the element with class `article-body`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headline: list[str] = []
        self.body: list[str] = []
        self._body_depth = 0
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self._body_depth:
            if tag == "div":
                self._body_depth += 1
            elif tag == "p":
                self.body.append("")
        elif tag == "div" and "article-body" in classes:
            self._body_depth = 1
        if tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._body_depth:
            self._body_depth -= 1
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.headline.append(data)
        elif self._body_depth and self.body:
            self.body[-1] += data


def paragraphs(path: Path) -> list[str]:
    """The item's text as non-empty paragraphs, headline first."""
    if path.suffix == ".html":
        parser = _ArticleText()
        parser.feed(path.read_text(encoding="utf-8"))
        return [p for p in ["".join(parser.headline).strip(), *map(str.strip, parser.body)] if p]
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        return [line.strip() for line in text.splitlines() if line.strip()]
    if path.suffix == ".docx":
        import docx

        return [p.text.strip() for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def plain_text(path: Path) -> str:
    return "\n".join(paragraphs(path))


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def test_corpus_size_and_formats():
    items = corpus_items()
    assert 15 <= len(items) <= 30, [p.name for p in items]
    suffixes = [p.suffix for p in items]
    for suffix in (".txt", ".md", ".html", ".pdf", ".docx"):
        assert suffix in suffixes, f"no {suffix} item in examples/"


@pytest.mark.parametrize("path", corpus_items(), ids=lambda p: p.name)
def test_item_is_readable(path: Path):
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        assert path.read_bytes().startswith(b"%PDF-")
        assert len(PdfReader(path).pages) >= 1
    elif path.suffix == ".docx":
        import docx

        assert docx.Document(str(path)).paragraphs
    else:
        raw = path.read_bytes()
        raw.decode("utf-8")  # raises on anything that is not UTF-8
        assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    words = len(re.findall(r"\w+", plain_text(path)))
    assert 150 <= words <= 420, f"{path.name}: {words} words"


@pytest.mark.parametrize("path", corpus_items(), ids=lambda p: p.name)
def test_item_has_headline_and_dateline(path: Path):
    paras = paragraphs(path)
    headline = paras[0].lstrip("# ").strip()
    assert headline and not DATELINE.match(headline), f"{path.name}: no headline before the dateline"
    # The dateline opens one of the first paragraphs (a byline or a PDF kicker may come first).
    datelines = [p for p in paras[1:8] if DATELINE.match(p)]
    assert datelines, f"{path.name}: no dateline in {paras[1:4]}"


@pytest.mark.parametrize("path", [p for p in corpus_items() if p.suffix == ".html"], ids=lambda p: p.name)
def test_html_pages_carry_furniture_and_publication_time(path: Path):
    page = path.read_text(encoding="utf-8")
    assert re.search(r'<meta property="article:published_time" content="\d{4}-\d\d-\d\dT', page)
    for marker in ("<nav", "<footer", "comment", "ookie"):
        assert marker in page, f"{path.name}: no {marker!r}"
    assert re.search(r"[Tt]eilen", page), f"{path.name}: no share buttons"
    assert "src=\"http" not in page, "example pages must not load anything from the network"


def test_near_duplicate_pair():
    first, second = (EXAMPLES / name for name in NEAR_DUPLICATE)
    similarity = jaccard(shingles(plain_text(first)), shingles(plain_text(second)))
    assert 0.6 <= similarity <= 0.98, similarity
    # ... and no other pair of items comes close, so the demo has exactly one such story.
    items = corpus_items()
    signatures = {p.name: shingles(plain_text(p)) for p in items}
    names = sorted(signatures)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if {a, b} != set(NEAR_DUPLICATE):
                assert jaccard(signatures[a], signatures[b]) < 0.3, (a, b)


def test_contradiction_between_two_sources():
    a, b = (plain_text(EXAMPLES / name) for name in CONTRADICTION)
    for text in (a, b):
        assert "Brjansk" in text and "2022" in text
    assert "1,1 Mrd. US-Dollar" in a
    assert "$0,9 Mrd." in b


def test_export_larger_than_turnover_in_one_item():
    text = plain_text(EXAMPLES / EXPORT_OVER_TURNOVER)
    turnover = re.search(r"Handelsumsatz zwischen Belarus und dem Gebiet Omsk im Jahr 2022 auf (\d+) Mio\. USD", text)
    exports = re.search(r"Exporte in die Region erreichten im selben Jahr (\d+) Mio\. USD", text)
    assert turnover and exports
    assert int(exports.group(1)) > int(turnover.group(1))


def test_variant_spellings_are_present():
    texts = {p.name: plain_text(p) for p in corpus_items()}
    everything = "\n".join(texts.values())
    for variant in ("Mogiljow", "Mogilew", "Tuwa", "Tyva", "Nur-Sultan", "Astana", "Baschkirien", "Baschkortostan"):
        assert variant in everything, variant
