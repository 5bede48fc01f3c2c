"""Who works with whom, weighted by shared facts; intensity per region and year."""
from __future__ import annotations

from regiomonitor.analysis.networks import network


def _edge(data, source, target):
    return next((e for e in data["edges"] if e["source"] == source and e["target"] == target), None)


def test_oblast_and_partner_region_edges(register):
    data = network(register)
    mogilev = _edge(data, "BY-MA", "RU-BA")
    assert mogilev["type"] == "oblast_region"
    assert mogilev["kinds"] == {"event": 1, "agreement": 1}  # the Forum in Mogilev and its action plan
    assert _edge(data, "BY", "RU-BA")["weight"] > _edge(data, "BY", "RU-TA")["weight"] > 0
    names = {n["id"]: n for n in data["nodes"]}
    assert names["BY-MA"]["side"] == "belarus" and names["RU-BA"]["side"] == "partner"


def test_enterprise_edge_through_the_city_of_its_project(register):
    # "ein Servicezentrum von AMKODOR in Ufa": Ufa lies in Baschkortostan
    edge = _edge(network(register), "org:AMKODOR", "RU-BA")
    assert edge["type"] == "enterprise_region" and edge["weight"] == 1


def test_time_window(register):
    data = network(register, since=2018, until=2018)
    assert _edge(data, "BY-MA", "RU-BA")["weight"] == 2
    assert _edge(data, "BY", "RU-TA") is None  # its figures are of 2017 and 2021
    assert {r["year"] for r in data["intensity"]} == {2018}


def test_intensity_per_region_and_year(register):
    rows = {(r["region"], r["year"]): r for r in network(register)["intensity"]}
    assert rows[("RU-BA", 2018)]["agreements"] == 1 and rows[("RU-BA", 2018)]["events"] == 1
    assert rows[("RU-BA", 2025)]["documents"] == 2  # the news item and its reprint
    assert rows[("RU-BA", 1999)]["agreements"] == 1


def test_without_country_level(register):
    data = network(register, include_country=False)
    assert all(e["source"] != "BY" for e in data["edges"])
