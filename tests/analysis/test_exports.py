"""Exports: every dataset in every format; spreadsheets defuse formulas; GeoJSON has places."""
from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from regiomonitor.analysis.exports import DATASETS, FORMATS, export


@pytest.mark.parametrize("what", list(DATASETS))
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_dataset_in_every_format(register, what, fmt):
    result = export(register, what, fmt)
    assert result.content and result.filename == f"regiomonitor-{what}.{FORMATS[fmt].extension}"


def test_csv_rows_and_citations(register):
    rows = list(csv.DictReader(io.StringIO(export(register, "figures", "csv").content.decode("utf-8-sig"))))
    assert len(rows) == 24
    row = next(r for r in rows if r["evidence"].startswith("Die Ausfuhren nach Baschkortostan"))
    assert row["partners"] == "BY; RU-BA" and row["metric"] == "export"
    assert row["citation"].endswith("[Elektronische Ressource]. - /corpus/analysen/belarus-russland-regionen.txt")


def test_json_keeps_lists(register):
    docs = json.loads(export(register, "documents", "json").content)
    assert {d["outlet"] for d in docs} == {"BelTA", "Beispielzeitung", None, "Evil & Co"}
    news = next(d for d in docs if d["outlet"] == "BelTA")
    assert "RU-BA" in news["places"] and news["locations"] == ["https://deu.belta.by/president/view/baschkortostan-320"]


def test_geojson_places_rows_at_centroids(register):
    collection = json.loads(export(register, "figures", "geojson").content)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    feature = collection["features"][0]
    assert feature["geometry"]["type"] in ("Point", "MultiPoint")
    lon, lat = feature["geometry"]["coordinates"][-1]
    assert 20 < lon < 180 and 35 < lat < 75
    entities = json.loads(export(register, "entities", "geojson").content)
    keys = {f["properties"]["key"] for f in entities["features"]}
    assert {"BY", "RU-BA", "RU-TA"} <= keys and "MAZ" not in keys


def test_xlsx_defuses_formulas(register):
    book = load_workbook(io.BytesIO(export(register, "entities", "xlsx").content))
    sheet = book.active
    assert sheet.title == "entities"
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["id", "kind", "key", "name"]


def test_formula_like_text_is_defused():
    from regiomonitor.analysis.exports import _cell

    assert _cell("=HYPERLINK(\"http://evil\")") == "'=HYPERLINK(\"http://evil\")"
    assert _cell(["a", "b"]) == "a; b" and _cell(12.5) == 12.5


def test_unknown_choices(register):
    with pytest.raises(ValueError, match="documents, entities, facts, figures"):
        export(register, "people", "csv")
    with pytest.raises(ValueError, match="csv, json, geojson, xlsx"):
        export(register, "facts", "pdf")
