"""`regiomonitor ingest | stats | show` end to end, in a subprocess, with the real reader and
analysis: bad inputs are one line each and the rest of the batch is stored."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = {
    "gomel.txt": "Gomel, 4. April 2024. Das Gebiet Gomel und die Region Krasnojarsk vereinbarten die Lieferung "
                 "von 120 Traktoren. Der Warenumsatz stieg 2023 auf 210 Mio. USD.",
    "witebsk.md": "# Witebsk und Pskow\n\nDie Partnerstädte Witebsk und Pskow feiern ein Kulturfest mit "
                  "Konzerten, Ausstellungen und einem Jugendforum.\n",
    "forum.html": "<html><head><title>Forum der Regionen</title></head><body><nav>Startseite | Kontakt</nav>"
                  "<article><h1>Forum der Regionen</h1><p>Das Forum der Regionen von Belarus und Russland "
                  "tagte in Grodno. Unterzeichnet wurden Verträge über Lieferungen von Bussen und Aufzügen.</p>"
                  "</article></body></html>",
}


def regiomonitor(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "regiomonitor.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


@pytest.fixture
def batch(tmp_path) -> Path:
    folder = tmp_path / "eingang"
    folder.mkdir()
    for name, content in GOOD.items():
        (folder / name).write_text(content, encoding="utf-8")
    (folder / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "leer.txt").write_bytes(b"")
    (folder / "kaputt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    russian = "Минск и Казань расширяют сотрудничество в машиностроении. Товарооборот вырос на 12 процентов."
    (folder / "russisch_cp1251.txt").write_bytes(russian.encode("cp1251"))
    german = "Grodno und Smolensk: Die Gebiete vereinbarten gemeinsame Übungen der Rettungsdienste für 2025."
    (folder / "deutsch_latin1.txt").write_bytes(german.encode("latin-1"))
    return folder


def test_bad_inputs_are_one_line_each_and_the_rest_is_stored(batch, tmp_path):
    pytest.importorskip("regiomonitor.nlp.pipeline")
    result = regiomonitor("ingest", "eingang", "--db", "register.db", "--workers", "2", cwd=tmp_path)

    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("eingang/")]
    notes = {line.split(": ", 1)[0]: line for line in lines if ": note: " in line}
    lines = [line for line in lines if ": note: " not in line]
    failed = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in lines}
    # a file that was not UTF-8 is stored and named in one note line
    assert "eingang/deutsch_latin1.txt" not in failed
    assert "decoded as" in notes["eingang/deutsch_latin1.txt"] and "not UTF-8" in notes["eingang/deutsch_latin1.txt"]
    assert len(lines) == len(failed)  # one line per file
    assert {"eingang/bild.txt", "eingang/leer.txt", "eingang/kaputt.pdf"} <= set(failed)
    assert "binary" in failed["eingang/bild.txt"] and "empty" in failed["eingang/leer.txt"]
    assert "PDF" in failed["eingang/kaputt.pdf"]

    stats = json.loads(regiomonitor("stats", "--json", "--db", "register.db", cwd=tmp_path).stdout)
    # cp1251 is either read as what it is, or reported; never stored as mojibake
    cp1251_stored = "eingang/russisch_cp1251.txt" not in failed
    assert stats["documents"] == len(GOOD) + 1 + cp1251_stored
    assert ("eingang/russisch_cp1251.txt" in notes) == cp1251_stored
    assert stats["failures"] == len(failed)
    assert result.stdout.strip().endswith(f"{len(failed)} failed")
    if cp1251_stored:
        texts = [json.loads(regiomonitor("show", str(i), "--json", "--db", "register.db", cwd=tmp_path).stdout)["text"]
                 for i in range(1, stats["documents"] + 1)]
        assert any(text.startswith("Минск и Казань") for text in texts)

    # the same batch again: nothing new, the same failures
    again = regiomonitor("ingest", "eingang", "--db", "register.db", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stdout.strip().splitlines()[-1].startswith("0 new, 0 duplicate, 0 near-duplicate")


def test_show_prints_text_and_sources_and_refuses_unknown_ids(batch, tmp_path):
    pytest.importorskip("regiomonitor.nlp.pipeline")
    regiomonitor("ingest", "eingang/gomel.txt", "--db", "register.db", cwd=tmp_path)
    shown = regiomonitor("show", "1", "--db", "register.db", cwd=tmp_path)
    assert shown.returncode == 0
    assert "120 Traktoren" in shown.stdout
    assert str(batch / "gomel.txt") in shown.stdout.split("Sources:")[1]
    record = json.loads(regiomonitor("show", "1", "--json", "--db", "register.db", cwd=tmp_path).stdout)
    assert record["sources"][0]["location"] == str(batch / "gomel.txt")
    unknown = regiomonitor("show", "99", "--db", "register.db", cwd=tmp_path)
    assert unknown.returncode == 1 and "no document with id 99" in unknown.stderr


def test_stats_on_a_new_database_creates_it(tmp_path):
    result = regiomonitor("stats", "--db", f"sqlite:///{tmp_path / 'neu.db'}", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("Documents:  0 in 0 stories")
