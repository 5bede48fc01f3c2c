"""`regiomonitor extract` as a user runs it: JSON Lines on stdout, errors named, batch goes on."""
import json
import subprocess
import sys

import regiomonitor

NEWS = (
    "Gomel und Brjansk vertiefen Partnerschaft\n\n"
    "GOMEL, 3. März 2024 (BelTA) – Der Handelsumsatz zwischen dem Gebiet Gomel und dem Gebiet Brjansk "
    "erreichte 2023 rund 410 Mio. US-Dollar. Das teilte der Vorsitzende des Gebietsexekutivkomitees mit."
)


def run(*args):
    return subprocess.run([sys.executable, "-m", "regiomonitor.cli", *args], capture_output=True, text=True)


def test_json_lines_and_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "unit-7", "text": NEWS, "url": None}), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("extract", str(tmp_path), "--json")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    by_id = {d["id"]: d for d in lines}
    assert "unit-7" in by_id
    assert any("error" in d and d["id"].endswith("c.txt") for d in lines)
    assert "c.txt" in result.stderr
    good = by_id["unit-7"]
    assert {p["id"] for p in good["places"]} >= {"BY-HO", "RU-BRY"}
    assert good["figures"][0]["amount"] == 410_000_000
    assert good["date"] == "2024-03-03"


def test_public_function_matches_contract_keys():
    result = regiomonitor.extract(NEWS)
    assert "id" not in result
    assert result["figures"][0]["partners"] == ["BY-HO", "RU-BRY"]
