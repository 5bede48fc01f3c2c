"""read_path / read_text / iter_inputs: every file kind, and every kind of bad input."""
from __future__ import annotations

import io
import json
import time
from datetime import date
from pathlib import Path

import pytest

from regiomonitor.errors import InputError
from regiomonitor.ingest.limits import MAX_BYTES_ENV
from regiomonitor.ingest.reader import iter_inputs, read_path, read_text

GERMAN = (
    "Die Gebiete Witebsk und Pskow wollen den Warenverkehr über ihre gemeinsame Grenze deutlich ausbauen. "
    "Größere Mengen an Lebensmitteln und Baustoffen sollen über den Übergang bei Newel rollen."
)
RUSSIAN = (
    "Витебская и Псковская области намерены значительно расширить товарооборот через общую границу. "
    "Больше продовольствия и стройматериалов пойдёт через пункт пропуска."
)


def _reason(excinfo) -> str:
    return excinfo.value.reason.lower()


# --- text files and encodings -----------------------------------------------------------------

def test_utf8_text_file(tmp_path):
    path = tmp_path / "meldung.txt"
    path.write_text(GERMAN, encoding="utf-8")
    doc = read_path(path)
    assert doc.text == GERMAN
    assert doc.source_path == str(path)
    assert doc.language == "de"
    assert doc.warnings == []


def test_latin1_file_keeps_umlauts(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(GERMAN.encode("latin-1"))
    doc = read_path(path)
    assert doc.text == GERMAN
    assert "Größere" in doc.text and "Übergang" in doc.text and "über" in doc.text
    assert any("not UTF-8" in w for w in doc.warnings)


def test_cp1251_file_keeps_cyrillic(tmp_path):
    path = tmp_path / "cp1251.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    doc = read_path(path)
    assert doc.text == RUSSIAN
    assert doc.language == "ru"


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(GERMAN.encode("utf-16"))
    assert read_path(path).text == GERMAN


def test_windows_line_endings_and_soft_hyphens(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Erste Zeile mit Zusammen\u00adarbeit und genug Text für einen Satz hier.\r\nZweite Zeile.\r\n".encode())
    doc = read_path(path)
    assert "\r" not in doc.text and "\u00ad" not in doc.text and "Zusammenarbeit" in doc.text


# --- bad inputs -------------------------------------------------------------------------------

def test_binary_file(tmp_path):
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert excinfo.value.location == str(path)
    assert "binary" in _reason(excinfo)


def test_empty_and_whitespace_only_files(tmp_path):
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as excinfo:
        read_path(empty)
    assert "empty" in _reason(excinfo)
    blank = tmp_path / "blank.md"
    blank.write_text(" \n\t\n   \n", encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_path(blank)
    assert "whitespace" in _reason(excinfo)


def test_oversized_file_with_a_configured_limit(tmp_path, monkeypatch):
    path = tmp_path / "gross.txt"
    path.write_text(GERMAN * 10, encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_path(path, max_bytes=100)
    assert "too large" in _reason(excinfo)
    monkeypatch.setenv(MAX_BYTES_ENV, "200")
    with pytest.raises(InputError):
        read_path(path)
    monkeypatch.setenv(MAX_BYTES_ENV, "1000000")
    assert read_path(path).text


def test_undecodable_text(tmp_path):
    path = tmp_path / "kaputt.txt"
    path.write_bytes(b"\xff\xfeA\x00B")  # a UTF-16 byte order mark, then an odd number of bytes
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "undecodable" in _reason(excinfo)


def test_unsupported_suffix_and_missing_file(tmp_path):
    path = tmp_path / "tabelle.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "unsupported" in _reason(excinfo)
    with pytest.raises(InputError) as excinfo:
        read_path(tmp_path / "fehlt.txt")
    assert "no such file" in _reason(excinfo)


def test_broken_html_that_yields_no_text(tmp_path):
    path = tmp_path / "kaputt.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><div><!-- leer --><p></div>",
                    encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "html" in _reason(excinfo)


def test_broken_pdf(tmp_path, make_pdf):
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(make_pdf([["Eine Zeile."]])[:120])  # truncated: no objects, no xref
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "pdf" in _reason(excinfo)
    not_pdf = tmp_path / "falsch.pdf"
    not_pdf.write_text("Das ist gar kein PDF, sondern Text.", encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_path(not_pdf)
    assert "broken pdf" in _reason(excinfo)


def test_encrypted_pdf(tmp_path, make_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Geheime Zusammenarbeit der Regionen."]]))))
    writer.encrypt(user_password="geheim", owner_password="besitzer", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "geheim.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "encrypted" in _reason(excinfo)


def test_pdf_without_text_layer(tmp_path, make_pdf):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "no text" in _reason(excinfo)


# --- other kinds ------------------------------------------------------------------------------

def test_pdf_file(tmp_path, make_pdf):
    page1 = [
        "Grenzregionen im Gespräch",
        "Die Gebiete Witebsk und Smolensk haben im vergangenen Jahr ihre",
        "Zusammenarbeit in der Landwirtschaft deutlich ausgebaut, wie die Gebiets-",
        "verwaltung mitteilte. Geplant sind gemeinsame Versuchsfelder und ein",
        "Austausch von Fachleuten, der bereits im Herbst beginnen soll und",
        "zunächst auf zwei Jahre angelegt ist.",
        "1",
    ]
    page2 = [
        "Grenzregionen im Gespräch",
        "Auch im Verkehr gibt es Fortschritte: Eine neue Buslinie verbindet die",
        "beiden Gebietshauptstädte seit dem Frühjahr täglich.",
        "2",
    ]
    page3 = ["Grenzregionen im Gespräch", "Weitere Pläne betreffen den Tourismus und die Kultur.", "3"]
    path = tmp_path / "bericht.pdf"
    path.write_bytes(make_pdf([page1, page2, page3], title="Bericht über die Grenzregionen"))
    doc = read_path(path)
    assert doc.title == "Bericht über die Grenzregionen"
    assert "Gebietsverwaltung mitteilte" in doc.text
    assert "ihre Zusammenarbeit in der Landwirtschaft" in doc.text
    assert doc.text.count("Grenzregionen im Gespräch") == 0  # running header on every page
    assert not any(line.strip().isdigit() for line in doc.text.split("\n"))
    assert doc.language == "de"


def test_docx_file(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Kaluga und Grodno vertiefen Zusammenarbeit", level=1)
    document.add_paragraph("Die Gebiete Kaluga und Grodno haben einen neuen Aktionsplan unterzeichnet. "
                           "Er sieht gemeinsame Projekte im Maschinenbau vor.")
    document.add_paragraph("Auch Schulen und Hochschulen sollen enger zusammenarbeiten.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Handel 2024"
    table.rows[0].cells[1].text = "120 Mio. USD"
    path = tmp_path / "bericht.docx"
    document.save(path)
    doc = read_path(path)
    assert doc.title == "Kaluga und Grodno vertiefen Zusammenarbeit"
    paragraphs = doc.text.split("\n\n")
    assert "Die Gebiete Kaluga und Grodno haben einen neuen Aktionsplan unterzeichnet." in paragraphs[1]
    assert "Handel 2024 | 120 Mio. USD" in doc.text


def test_docx_without_title_style_takes_its_short_first_line_as_title(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Brest und Tula planen gemeinsames Logistikzentrum")
    document.add_paragraph("Die Gebiete Brest und Tula wollen bis 2026 ein Logistikzentrum an der Grenze bauen.")
    path = tmp_path / "meldung.docx"
    document.save(path)
    assert read_path(path).title == "Brest und Tula planen gemeinsames Logistikzentrum"
    document = docx.Document()
    document.add_paragraph("Die Gebiete Brest und Tula wollen bis 2026 ein Logistikzentrum bauen.")
    document.save(path)
    assert read_path(path).title != "Die Gebiete Brest und Tula wollen bis 2026 ein Logistikzentrum bauen."


def test_broken_docx(tmp_path):
    path = tmp_path / "kaputt.docx"
    path.write_bytes(b"PK\x03\x04 kein echtes Word-Dokument")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "docx" in _reason(excinfo)


def test_json_eval_format(tmp_path, fixtures_dir):
    raw = (fixtures_dir / "news_page_de.txt").read_text(encoding="utf-8")
    path = tmp_path / "unit.json"
    path.write_text(json.dumps({"id": "dev999", "url": "https://www.example.by/2025/03/12/witebsk/",
                                "text": raw, "gold": {"date": None}}), encoding="utf-8")
    doc = read_path(path)
    assert doc.id == "dev999"
    assert doc.url == "https://www.example.by/2025/03/12/witebsk/"
    assert doc.outlet == "example.by"
    assert doc.date == date(2025, 3, 12)
    assert doc.title == "Witebsk und Pskow wollen mehr Güter über die Straße transportieren"
    assert "Loading" not in doc.text  # the same cleaning as a .txt


@pytest.mark.parametrize("content", ["{kein json", '["text"]', '{"id": "x", "text": 5}'])
def test_bad_json(tmp_path, content):
    path = tmp_path / "falsch.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert "json" in _reason(excinfo)


def test_html_file(fixtures_dir):
    doc = read_path(fixtures_dir / "news_page_de.html")
    assert doc.title == "Gomel und Brjansk planen gemeinsamen Industriepark"
    assert doc.date == date(2025, 4, 3)
    assert "GOMEL, 3. April (BelTA)" in doc.text
    assert "Startseite" not in doc.text and "Leserin" not in doc.text and "Alle Rechte" not in doc.text
    assert "dataLayer" not in doc.text and "querySelectorAll" not in doc.text


def test_html_fragment_falls_back_to_plain_text(tmp_path):
    path = tmp_path / "fragment.htm"
    path.write_text("<p>Minsk und Kasan unterzeichnen ein Abkommen.</p>", encoding="utf-8")
    doc = read_path(path)
    assert doc.text == "Minsk und Kasan unterzeichnen ein Abkommen."


def test_html_declared_charset(tmp_path):
    path = tmp_path / "alt.html"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            f"<body><p>{RUSSIAN}</p></body></html>")
    path.write_bytes(html.encode("cp1251"))
    assert RUSSIAN[:40] in read_path(path).text


def test_markdown_file(tmp_path):
    path = tmp_path / "notiz.md"
    path.write_text("# Brest und Tula\n\n![](https://example.org/bild.jpg)\n\n"
                    "Die Partnerstädte **Brest** und Tula verlängern ihren Vertrag um fünf Jahre.\n", encoding="utf-8")
    doc = read_path(path)
    assert doc.title == "Brest und Tula"
    assert doc.text == "Brest und Tula\n\nDie Partnerstädte Brest und Tula verlängern ihren Vertrag um fünf Jahre."


# --- read_text --------------------------------------------------------------------------------

def test_read_text_cleans_like_a_file(fixtures_dir):
    raw = (fixtures_dir / "pdf_layout_de.txt").read_text(encoding="utf-8")
    doc = read_text(raw, url="https://www.example.org/bericht", source_path="bericht.txt")
    assert doc.outlet == "example.org"
    assert doc.source_path == "bericht.txt"
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4, 5]
    assert doc.date is None
    html = read_text((fixtures_dir / "news_page_de.html").read_text(encoding="utf-8"), kind="html")
    assert html.title == "Gomel und Brjansk planen gemeinsamen Industriepark"


def test_read_text_does_not_raise_on_empty_text():
    doc = read_text("   \n ")
    assert doc.text == "" and doc.language is None and doc.warnings


def test_read_text_rejects_unknown_kind():
    with pytest.raises(ValueError):
        read_text("Text", kind="pdf")


def test_read_text_is_fast_on_a_long_text(fixtures_dir):
    raw = (fixtures_dir / "pdf_layout_de.txt").read_text(encoding="utf-8")
    long_text = raw * 80  # about 200 KB of PDF-extracted text
    read_text(raw)  # load the language model once
    started = time.perf_counter()
    read_text(long_text)
    assert time.perf_counter() - started < 0.5  # seeds test asserts the real budget on 001_


# --- iter_inputs ------------------------------------------------------------------------------

def test_iter_inputs(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".versteckt").mkdir()
    for name in ("a.txt", "b/c.md", "b/d.PDF", "b/e.xlsx", ".geheim.txt", ".versteckt/f.txt", "b/g.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    single = tmp_path / "einzeln.xlsx"
    single.write_text("x", encoding="utf-8")
    found = list(iter_inputs([tmp_path / "b", tmp_path / "a.txt", single]))
    assert found == [tmp_path / "b/c.md", tmp_path / "b/d.PDF", tmp_path / "b/g.json", tmp_path / "a.txt", single]
    everything = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert everything == ["a.txt", "b/c.md", "b/d.PDF", "b/g.json"]
    assert isinstance(found[0], Path)


def test_a_content_extractors_metadata_header_gives_title_date_url_and_byline_and_its_tags_are_no_text():
    from regiomonitor.ingest.reader import read_text as read

    doc = read("---\ntitle: Kostanai und Swerdlowsk vereinbaren neue Projekte\nauthor: Dana Sarina\n"
               "url: https://nachrichten.example.kz/de/region/kostanai-2025\nhostname: nachrichten.example.kz\n"
               "description: Die Unterkommission tagte in Kostanai.\nsitename: Tobol-Nachrichten\ndate: 2025-10-02\n"
               "categories: Region\ntags: Tscheljabinsk, Landwirtschaft\n---\nKOSTANAI, 2. Oktober. Das Gebiet Kostanai "
               "und das Gebiet Swerdlowsk haben neun Vereinbarungen über die Lieferung von Landtechnik unterzeichnet.\n")
    assert doc.date.isoformat() == "2025-10-02" and doc.url.endswith("kostanai-2025")
    assert doc.title == "Kostanai und Swerdlowsk vereinbaren neue Projekte"
    assert "Von Dana Sarina" in doc.text and "Die Unterkommission tagte" in doc.text
    assert "Tscheljabinsk" not in doc.text and "hostname" not in doc.text


def test_a_content_extractors_xml_gives_title_date_and_text_and_its_table_rows_stay_rows():
    from regiomonitor.ingest.reader import read_text as read

    doc = read('<doc sitename="Zarafshon" title="Busse aus Nischni Nowgorod" author="Malika Tursunowa" '
               'date="2025-10-29" url="https://news.example.uz/de/2025/10/29/navoiy" tags="Russland;Samarkand">\n'
               '  <main>\n    <p>Eine Delegation des Gebiets Nischni Nowgorod hat das Gebiet Navoiy besucht &amp; '
               'Verträge unterzeichnet, wie die Verwaltung mitteilte.</p>\n'
               '    <graphic src="https://news.example.uz/a.jpg" alt="Delegation"/>\n    <table>\n'
               '      <row><cell role="head">Warenumsatz, Mio. US-Dollar</cell><cell role="head">Wert</cell></row>\n'
               '      <row><cell>2023</cell><cell>48,0</cell></row>\n      <row><cell>2024</cell><cell>58,3</cell></row>\n'
               '    </table>\n  </main>\n</doc>\n')
    assert doc.date.isoformat() == "2025-10-29" and doc.title == "Busse aus Nischni Nowgorod"
    assert "besucht & Verträge" in doc.text and "Von Malika Tursunowa" in doc.text
    assert "2023 48,0" in doc.text and "<" not in doc.text and "Samarkand" not in doc.text
