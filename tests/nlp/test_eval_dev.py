"""End-to-end extraction measured with ../shared/eval/score.py on the dev units.

The floors sit a little under what the extraction reaches, so that a regression fails the build.
Skipped when ../shared is absent.
"""
import json

import pytest

from eval_support import SHARED, extract_and_score

EVAL_DEV = SHARED / "eval" / "dev"

FLOORS = {"places": 0.97, "persons": 0.95, "organizations": 0.94, "figures": 0.97, "sectors": 0.85}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    if not EVAL_DEV.is_dir():
        pytest.skip("../shared/eval/dev is not present")
    return extract_and_score(EVAL_DEV, tmp_path_factory.mktemp("eval"))


def test_every_unit_is_extracted(scored):
    result, _ = scored
    assert result["missing_or_failed"] == []
    assert result["unparsable_lines"] == 0


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_floor(scored, field):
    result, _ = scored
    assert result[field]["f1"] >= FLOORS[field], result[field]


def test_dates_attributes_and_overall(scored):
    result, _ = scored
    assert result["date_accuracy"] == 1.0
    attrs = result["figure_attributes"]
    assert attrs["metric"] >= 0.95 and attrs["kind"] >= 0.95 and attrs["year"] >= 0.97 and attrs["partners"] >= 0.88, attrs
    assert result["overall"] >= 0.95, result["overall"]


def test_output_is_the_contract_shape(scored):
    _, stdout = scored
    for line in stdout.splitlines():
        doc = json.loads(line)
        assert set(doc) >= {"id", "date", "places", "persons", "organizations", "figures", "sectors", "quotes"}
        for p in doc["places"]:
            assert set(p) == {"id", "name"}
        for p in doc["persons"]:
            assert set(p) == {"name", "role"}
        for f in doc["figures"]:
            assert set(f) == {"amount", "currency", "metric", "kind", "year", "period", "partners", "change_pct", "evidence"}
            assert f["metric"] in {"turnover", "export", "import", "balance", "investment", "contracts", "other"}
            assert f["kind"] in {"actual", "target", "forecast"}
            assert len(f["evidence"]) <= 210
        for q in doc["quotes"]:
            assert set(q) == {"speaker", "text"}
