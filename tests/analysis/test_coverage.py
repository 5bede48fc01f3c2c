"""Who reports on what, and which agreements and projects went quiet."""
from __future__ import annotations

from datetime import date

from regiomonitor.analysis.coverage import coverage, months_before


def test_documents_per_outlet_and_region(register):
    data = coverage(register)
    outlets = {(r["outlet"], r["period"]): r["documents"] for r in data["outlets"]}
    assert outlets == {("BelTA", "2025"): 1, ("Beispielzeitung", "2025"): 1, ("Evil & Co", "2022"): 1}
    regions = {(r["region"], r["period"]): r["documents"] for r in data["regions"]}
    assert regions[("RU-BA", "2025")] == 2 and regions[("RU-BA", "2022")] == 1
    assert data["undated_documents"] == 1


def test_per_month(register):
    months = {r["period"] for r in coverage(register, by="month")["outlets"]}
    assert months == {"2025-02", "2022-12"}


def test_agreements_and_projects_gone_quiet(register):
    quiet = coverage(register, months=12)["uncovered"]
    assert quiet["as_of"] == "2025-02-09"  # the register's newest document, not today
    kinds = {(i["kind"], i["type"]) for i in quiet["items"]}
    # the 1999 agreement, the action plan and the MAZ assembly are only in the undated analysis
    assert {("agreement", "agreement"), ("agreement", "action_plan"), ("project", "assembly")} <= kinds
    # the AMKODOR service centre was reported in February 2025
    assert ("project", "service_centre") not in kinds
    item = next(i for i in quiet["items"] if i["type"] == "agreement")
    assert item["sources"][0]["citation"].endswith("/corpus/analysen/belarus-russland-regionen.txt")


def test_as_of_far_ahead_makes_everything_quiet(register):
    quiet = coverage(register, months=1, as_of=date(2030, 1, 1))["uncovered"]["items"]
    assert ("project", "service_centre") in {(i["kind"], i["type"]) for i in quiet}


def test_months_before():
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_before(date(2025, 1, 15), 12) == date(2024, 1, 15)
