"""Dossier content: the seed texts' template, each item with its sources."""
from __future__ import annotations

import pytest

from regiomonitor.analysis.dossier import build

M = 1_000_000


@pytest.fixture(scope="module")
def bashkortostan(register):
    return build(register, "RU-BA")


def test_subject_and_sources(bashkortostan):
    assert bashkortostan["subject"] == {"id": "RU-BA", "kind": "place", "name": "Baschkortostan", "subtype": "region", "role": None}
    assert bashkortostan["documents"] == 4
    for source in bashkortostan["sources"].values():
        assert "[Elektronische Ressource]" in source["citation"]


def test_agreements_in_date_order_with_dates(bashkortostan):
    agreements = [(a["kind"], a["date"]) for a in bashkortostan["agreements"]]
    assert agreements == [("agreement", "1999-06"), ("action_plan", "2018-10")]
    assert all(a["sources"] and a["sources"][0]["evidence"] for a in bashkortostan["agreements"])


def test_events_timeline(bashkortostan):
    events = [(e["kind"], e["date"], e["ordinal"]) for e in bashkortostan["events"]]
    assert events == [("forum", "2018-10", 5), ("meeting", "2025-02-07", None)]


def test_projects_found_through_the_city_and_the_next_sentence(bashkortostan):
    projects = {(p["kind"], p["status"]) for p in bashkortostan["projects"]}
    # "Servicezentrum von AMKODOR in Ufa" names Ufa only; "in dieser russischen Region" no place at all
    assert projects == {("service_centre", "planned"), ("assembly", "done")}
    assert [e["name"] for e in bashkortostan["enterprises"]][:2] == ["AMKODOR", "MAZ"]


def test_figures_and_chart_data(bashkortostan):
    items = {(f["metric"], f["kind"], f["period"]): f for f in bashkortostan["figures"]}
    assert items[("turnover", "target", "2025")]["value"] == 320 * M
    assert items[("turnover", "target", "2025")]["sources"][0]["key"] == "doc:1"
    chart = bashkortostan["charts"][0]
    assert (chart["metric"], chart["partners"]) == ("turnover", ["BY", "RU-BA"])
    assert [p["period"] for p in chart["target"]] == ["2025"]
    assert len(chart["actual"]) == 8


def test_people_with_roles_and_quotes(bashkortostan):
    people = {p["name"]: p for p in bashkortostan["people"]}
    assert people["Alexander Lukaschenko"]["role"] == "Präsident von Belarus"
    assert [q["text"] for q in people["Alexander Lukaschenko"]["quotes"]] == ["Wir müssen den Umsatz steigern"]
    assert people["Radi Chabirow"]["role"] == "Oberhaupt von Baschkortostan"
    assert people["Radi Chabirow"]["sources"]


def test_prospects_and_contradictions(bashkortostan):
    prospects = bashkortostan["prospects"]
    assert [(t["kind"], t["value"]) for t in prospects["targets"]] == [("target", 320 * M)]
    assert [p["kind"] for p in prospects["planned_projects"]] == ["service_centre"]
    assert {c["rule"] for c in bashkortostan["contradictions"]} == {
        "value_mismatch", "balance_exceeds_turnover", "flow_exceeds_turnover", "part_exceeds_whole"
    }


def test_tatarstan_has_no_contradictions(register):
    d = build(register, "RU-TA")
    assert d["figures"] and d["contradictions"] == []


def test_enterprise_and_person_dossiers(register):
    amkodor = build(register, "amkodor")  # names are matched without regard to case
    assert amkodor["subject"]["kind"] == "organization"
    assert [p["kind"] for p in amkodor["projects"]] == ["service_centre"]
    person = build(register, "Alexander Lukaschenko")
    assert person["subject"]["role"] == "Präsident von Belarus"
    assert [q["text"] for q in person["quotes"]] == ["Wir müssen den Umsatz steigern"]
    assert [e["kind"] for e in person["events"]] == ["meeting"]


def test_unknown_subject(register):
    with pytest.raises(LookupError):
        build(register, "Niemand GmbH")


def test_valid_place_without_documents_gives_an_empty_dossier(register):
    d = build(register, "KZ-35")
    assert d["documents"] == 0 and d["figures"] == [] and d["agreements"] == []
