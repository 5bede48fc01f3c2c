"""Who works with whom: Belarusian oblasts ↔ partner regions, enterprises ↔ regions, and how
intense each region's cooperation is year by year.

An edge's weight is the number of facts (figures, agreements, events, projects) that concern
both ends, counted over the facts dated inside the time window. Most reports name Belarus as a
whole rather than an oblast ("Belarus und Baschkortostan"), so `BY` is a node of its own
(unless `include_country=False`); otherwise the national level would vanish from the graph.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import distinct, extract, func, select

from regiomonitor.analysis import records
from regiomonitor.analysis.access import reading
from regiomonitor.analysis.context import belarusian, fact_organizations, fact_places, is_region, parent_regions
from regiomonitor.nlp.facts import is_enterprise
from regiomonitor.store.schema import Document, Entity, Mention

FACT_KINDS = ("figure", "agreement", "event", "project")


def _in_window(year: int | None, since: int | None, until: int | None) -> bool:
    if since is None and until is None:
        return True
    if year is None:
        return False
    return (since is None or year >= since) and (until is None or year <= until)


def _names(session, kind: str, keys: set[str]) -> dict[str, str]:
    if not keys:
        return {}
    rows = session.execute(select(Entity.key, Entity.name).where(Entity.kind == kind, Entity.key.in_(sorted(keys))))
    return dict(rows.all())


def _facts_with_context(session) -> list[tuple[dict[str, Any], list[str], list[str]]]:
    recs = records.figures(session) + records.facts(session, ("agreement", "event", "project"))
    entities = records.sentence_entities(session, (r["sentence_id"] for r in recs))
    parents = parent_regions(session)
    out = []
    for r in recs:
        ents = entities.get(r["sentence_id"]) if r["sentence_id"] is not None else None
        out.append((r, fact_places(r, ents, parents), fact_organizations(r, ents)))
    return out


def network(
    source: Any, *, since: int | None = None, until: int | None = None, include_country: bool = True
) -> dict[str, Any]:
    """Nodes, weighted edges and yearly intensity per region."""
    with reading(source) as session:
        facts = _facts_with_context(session)
        regional: dict[tuple[str, str], Counter] = defaultdict(Counter)
        enterprise: dict[tuple[str, str], Counter] = defaultdict(Counter)
        intensity: dict[tuple[str, int], Counter] = defaultdict(Counter)
        for r, places, orgs in facts:
            year = records.fact_year(r)
            if not _in_window(year, since, until):
                continue
            regions = [p for p in places if is_region(p)]
            for region in regions:
                if year is not None:
                    intensity[(region, year)][r["kind"] + "s"] += 1
            home = [p for p in places if belarusian(p) and (include_country or is_region(p))]
            # a country-level "BY" only counts when no oblast is named: the oblast is the finer fact
            if any(is_region(p) for p in home):
                home = [p for p in home if is_region(p)]
            partners = [p for p in regions if not belarusian(p)]
            for h in home:
                for p in partners:
                    regional[(h, p)][r["kind"]] += 1
            for org in orgs:
                if not is_enterprise(org):
                    continue  # ministries, commissions and agencies are no enterprises
                for region in regions:
                    enterprise[(org, region)][r["kind"]] += 1

        year = extract("year", Document.published)
        for key, y, n in session.execute(
            select(Entity.key, year, func.count(distinct(Mention.document_id)))
            .join(Mention, Mention.entity_id == Entity.id)
            .join(Document, Document.id == Mention.document_id)
            .where(Entity.kind == "place", Document.published.is_not(None))
            .group_by(Entity.key, year)
        ):
            if key and is_region(key) and _in_window(int(y), since, until):
                intensity[(key, int(y))]["documents"] += n

        place_keys = {k for pair in regional for k in pair} | {r for _, r in enterprise} | {r for r, _ in intensity}
        place_names = _names(session, "place", place_keys)
        org_names = _names(session, "organization", {o for o, _ in enterprise})

    def node(key: str, kind: str) -> dict[str, Any]:
        names = org_names if kind == "enterprise" else place_names
        side = "belarus" if kind != "enterprise" and belarusian(key) else "partner"
        return {"id": key, "name": names.get(key, key), "kind": kind, "side": side}

    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for (h, p), kinds in sorted(regional.items(), key=lambda kv: -sum(kv[1].values())):
        nodes.setdefault(h, node(h, "country" if not is_region(h) else "region"))
        nodes.setdefault(p, node(p, "region"))
        edges.append({"source": h, "target": p, "type": "oblast_region", "weight": sum(kinds.values()), "kinds": dict(kinds)})
    for (org, region), kinds in sorted(enterprise.items(), key=lambda kv: -sum(kv[1].values())):
        nodes.setdefault(f"org:{org}", {**node(org, "enterprise"), "id": f"org:{org}"})
        nodes.setdefault(region, node(region, "region"))
        edges.append(
            {"source": f"org:{org}", "target": region, "type": "enterprise_region", "weight": sum(kinds.values()), "kinds": dict(kinds)}
        )
    rows = [
        {
            "region": region,
            "name": place_names.get(region, region),
            "year": y,
            "documents": c["documents"],
            "agreements": c["agreements"],
            "events": c["events"],
            "figures": c["figures"],
            "projects": c["projects"],
            "total": sum(c.values()),
        }
        for (region, y), c in intensity.items()
    ]
    rows.sort(key=lambda row: (row["region"], row["year"]))
    return {
        "window": {"since": since, "until": until},
        "nodes": list(nodes.values()),
        "edges": edges,
        "intensity": rows,
    }
