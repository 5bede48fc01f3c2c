"""The content of a dossier: the seed texts' template, generated from the register.

For a region or country, an enterprise or a person: base agreements and action plans with
dates; Forums, visits, meetings and commission sessions as a timeline; trade figures (table and
chart data, actual against target); enterprises and joint projects with status; people and
their quotes; open plans and prospects; contradictions among the figures. Every item carries
the sources it was read from (`sources`: keys into the dossier's `sources` table plus the
evidence sentence), so a renderer can footnote every statement.

Which facts belong to a subject: those that name it in their own fields (a figure's partners,
an agreement's parties, a project's place or enterprises), and those whose sentence names it.
The analytical texts often continue about a region without naming it again ("dieser russischen
Region"), so a fact in the sentence right after a mention also belongs to the subject, unless
that sentence names another partner region itself.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from regiomonitor.analysis import records
from regiomonitor.analysis.access import reading
from regiomonitor.analysis.context import (
    belarusian,
    fact_organizations,
    fact_persons,
    fact_places,
    is_region,
    parent_regions,
)
from regiomonitor.analysis.contradictions import find_in_figures
from regiomonitor.analysis.series import merge_points, public
from regiomonitor.analysis.subjects import Subject, resolve
from regiomonitor.store.schema import Entity, Mention, Sentence

AGREEMENT_ORDER = ("agreement", "action_plan", "roadmap", "memorandum", "protocol", "twinning", "contract")
QUOTE_WINDOW = 2  # a quote belongs to a place named up to two sentences before or after it
MAX_PEOPLE = 25


# -- which sentences and facts concern the subject -------------------------------------------

class Scope:
    """The names under which a subject appears: a region also through its cities (Ufa for
    Baschkortostan), a country also through its regions (KZ-35 for Kasachstan)."""

    def __init__(self, session: Session, subject: Subject):
        self.subject = subject
        self.parents = parent_regions(session) if subject.kind == "place" else {}

    def covers(self, key: str | None) -> bool:
        if not key:
            return False
        s = self.subject
        if s.kind != "place":
            return key in (s.id, s.name)
        region = self.parents.get(key, key)
        if "-" in s.id:
            return region == s.id
        return region == s.id or region.startswith(s.id + "-")

    def keys(self, session: Session) -> list[str]:
        """Entity keys of the subject and everything it covers."""
        if self.subject.kind != "place":
            return [self.subject.id]
        keys = session.scalars(select(Entity.key).where(Entity.kind == "place")).all()
        return [k for k in keys if self.covers(k)]


def _subject_sentences(session: Session, subject: Subject, scope: Scope) -> set[tuple[int, int]]:
    """(document id, sentence index) of every sentence naming the subject."""
    rows = session.execute(
        select(Mention.document_id, Sentence.idx)
        .join(Entity, Entity.id == Mention.entity_id)
        .join(Sentence, Sentence.id == Mention.sentence_id)
        .where(Entity.kind == subject.kind, Entity.key.in_(scope.keys(session)))
    )
    return {(d, i) for d, i in rows}


def _single_partner_documents(session: Session, subject: Subject, scope: Scope, documents: set[int]) -> set[int]:
    """Documents whose only partner region is the subject: a news item about Belarus and
    Baschkortostan is about Baschkortostan in every sentence, named there or not."""
    if subject.kind != "place" or not documents:
        return set()
    partners: dict[int, set[str]] = defaultdict(set)
    for doc, key in session.execute(
        select(Mention.document_id, Entity.key)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Entity.kind == "place", Mention.document_id.in_(sorted(documents)))
    ):
        region = scope.parents.get(key, key)
        if is_region(region) and not belarusian(region):
            partners[doc].add(region)
    home = subject.id if "-" in subject.id else None
    return {doc for doc, regions in partners.items() if home is not None and regions == {home}}


def _own_fields_name(subject: Subject, scope: Scope, record: dict[str, Any]) -> bool:
    data = record["data"]
    if subject.kind == "place":
        named = list(record.get("partners") or []) + list(data.get("parties") or []) + [data.get("place")]
        return any(scope.covers(p) for p in named)
    if subject.kind == "organization":
        return subject.id in (data.get("organizations") or []) or subject.id in (data.get("parties") or [])
    return subject.id in (data.get("participants") or []) or data.get("speaker") == subject.id or data.get("speaker") == subject.name


def _other_partner_regions(scope: Scope, places: list[str]) -> bool:
    return any(is_region(p) and not belarusian(p) and not scope.covers(p) for p in places)


def _belongs(
    scope: Scope,
    record: dict[str, Any],
    mentioned: set[tuple[int, int]],
    single: set[int],
    places: list[str],
    window: int = 1,
) -> bool:
    subject = scope.subject
    if _own_fields_name(subject, scope, record):
        return True
    doc, idx = record["document_id"], record["sentence"]
    if idx is None:
        return False
    if (doc, idx) in mentioned:
        return True
    if subject.kind == "place" and _other_partner_regions(scope, places):
        return False
    if doc in single:
        return True
    return any((doc, idx - k) in mentioned for k in range(1, window + 1)) or (
        window > 1 and any((doc, idx + k) in mentioned for k in range(1, window + 1))
    )


# -- merging the same fact from several documents --------------------------------------------

def _cite(record: dict[str, Any]) -> dict[str, Any]:
    return {"key": record["source"]["key"], "evidence": record["evidence"], "sentence": record["sentence"]}


def _merge(items: list[dict[str, Any]], identity) -> list[dict[str, Any]]:
    """Items with the same identity become one item with all their sources."""
    merged: dict[Any, dict[str, Any]] = {}
    for item in items:
        key = identity(item)
        if key in merged:
            known = {(s["key"], s["sentence"]) for s in merged[key]["sources"]}
            merged[key]["sources"] += [s for s in item["sources"] if (s["key"], s["sentence"]) not in known]
        else:
            merged[key] = item
    return list(merged.values())


def _merge_numbered_forums(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Forums of the Regions are numbered: "X. Forum ... 2023" and "X. Forum, 28. Juni 2023,
    Ufa" from two sources are one forum, shown with the most exact date and the city."""
    out: list[dict[str, Any]] = []
    by_ordinal: dict[int, dict[str, Any]] = {}
    for e in events:
        if e["kind"] != "forum" or not e.get("ordinal"):
            out.append(e)
            continue
        known = by_ordinal.get(e["ordinal"])
        # two numbered forums of different years are different series (Belarus–Russia, Belarus–Ukraine)
        if known is None or (known["date"] and e["date"] and known["date"][:4] != e["date"][:4]):
            by_ordinal[e["ordinal"]] = e
            out.append(e)
            continue
        if len(e["date"] or "") > len(known["date"] or ""):
            known["date"] = e["date"]
        if e["place"] and (not known["place"] or "-" in known["place"] and "-" not in e["place"]):
            known["place"] = e["place"]  # a city ("Ufa") says more than a region id ("RU-BA")
        known["participants"] = list(dict.fromkeys(known["participants"] + e["participants"]))
        seen = {(src["key"], src["sentence"]) for src in known["sources"]}
        known["sources"] += [src for src in e["sources"] if (src["key"], src["sentence"]) not in seen]
    return out


def _date_sort(item: dict[str, Any]) -> tuple:
    return (item.get("date") is None, item.get("date") or "", item.get("kind") or "")


# -- the sections ----------------------------------------------------------------------------

def _agreement(record, places, orgs) -> dict[str, Any]:
    data = record["data"]
    return {
        "kind": data.get("kind"),
        "date": data.get("date"),
        "title": data.get("title"),
        "parties": list(data.get("parties") or []),
        "sources": [_cite(record)],
    }


def _event(record, places, orgs, persons) -> dict[str, Any]:
    data = record["data"]
    return {
        "kind": data.get("kind"),
        "date": data.get("date") or None,
        "published": record["source"]["published"] if record["source"] else None,
        "place": data.get("place"),
        "participants": list(data.get("participants") or []),
        "ordinal": data.get("ordinal"),
        "sources": [_cite(record)],
    }


def _project(record, places, orgs) -> dict[str, Any]:
    data = record["data"]
    return {
        "kind": data.get("kind"),
        "organizations": list(data.get("organizations") or []),
        "place": data.get("place"),
        "product": data.get("product"),
        "status": data.get("status"),
        "date": records.fact_date(record),
        "sources": [_cite(record)],
    }


def _chart_series(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chart data per partner set, metric and currency: actual against target by period."""
    charts: dict[tuple, dict[str, Any]] = {}
    for p in points:
        if p["span"] is None or p.get("segment"):
            continue  # a chart needs a period, and shows totals only
        key = (tuple(p["partners"]), p["metric"], p["currency"])
        chart = charts.setdefault(
            key, {"partners": list(key[0]), "metric": key[1], "currency": key[2], "actual": [], "target": [], "forecast": []}
        )
        chart[p["kind"]].append({"period": p["period"], "label": p["label"], "year": p["year"], "months": p["months"], "value": p["value"]})
    out = list(charts.values())
    out.sort(key=lambda c: (-(len(c["actual"]) + len(c["target"])), c["metric"] != "turnover", c["partners"]))
    return out


def _figure_item(point: dict[str, Any]) -> dict[str, Any]:
    item = public(point)
    item["sources"] = [
        {"key": c["source"]["key"], "evidence": c["evidence"], "sentence": c["sentence"]} for c in point["citations"] if c["source"]
    ]
    del item["citations"]
    return item


def build(source: Any, ident: str, *, today: date | None = None) -> dict[str, Any]:
    """The dossier of `ident` (ISO place id, enterprise or person name) as plain data."""
    with reading(source) as session:
        subject = resolve(session, ident)
        return _build(session, subject, today or date.today())


def _build(session: Session, subject: Subject, today: date) -> dict[str, Any]:
    scope = Scope(session, subject)
    mentioned = _subject_sentences(session, subject, scope)
    documents = {d for d, _ in mentioned}

    # figures: by partners for a place, by sentence for an enterprise or a person
    if subject.kind == "place" and "-" in subject.id:
        figs = records.figures(session, place=subject.id)
    elif subject.kind == "place":
        figs = [f for f in records.figures(session) if any(scope.covers(p) for p in f["partners"])]
    else:
        figs = [f for f in records.figures(session, document_ids=documents) if (f["document_id"], f["sentence"]) in mentioned]
    documents |= {f["document_id"] for f in figs}

    single = _single_partner_documents(session, subject, scope, documents)
    candidates = records.facts(session, ("agreement", "event", "project", "quote"), document_ids=documents)
    entities = records.sentence_entities(session, [r["sentence_id"] for r in candidates])

    agreements, events, projects, quotes = [], [], [], []
    person_counts: Counter = Counter()
    organization_counts: Counter = Counter()
    used_sources: dict[str, dict[str, Any]] = {}

    for r in candidates:
        ents = entities.get(r["sentence_id"]) if r["sentence_id"] is not None else None
        places, orgs, persons = fact_places(r, ents, scope.parents), fact_organizations(r, ents), fact_persons(r, ents)
        window = QUOTE_WINDOW if r["kind"] == "quote" else 1
        if not _belongs(scope, r, mentioned, single, places, window):
            continue
        if r["source"]:
            used_sources[r["source"]["key"]] = r["source"]
        if r["kind"] == "agreement":
            agreements.append(_agreement(r, places, orgs))
        elif r["kind"] == "event":
            events.append(_event(r, places, orgs, persons))
        elif r["kind"] == "project":
            projects.append(_project(r, places, orgs))
            organization_counts.update(o for o in r["data"].get("organizations") or [])
        elif r["kind"] == "quote":
            quotes.append(r)
        if r["kind"] == "event":
            person_counts.update(r["data"].get("participants") or [])
        for org in orgs:
            organization_counts[org] += 0  # named beside the subject, even without a project

    quotes_by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        speaker = q["data"].get("speaker")
        if not speaker:
            continue  # the analyses quote their sources verbatim: without a speaker it is no one's quote
        quotes_by_speaker[speaker].append({"text": q["data"].get("text") or q["evidence"], "sources": [_cite(q)]})
        person_counts[speaker] += 1
    people, subject_role = _people(session, subject, documents, mentioned | {(d, -1) for d in single}, person_counts, quotes_by_speaker, used_sources)
    if subject.kind == "person":
        own = quotes_by_speaker.get(subject.id, []) + (quotes_by_speaker.get(subject.name, []) if subject.name != subject.id else [])
        subject_quotes = _merge(own, lambda q: q["text"])
    else:
        subject_quotes = []

    agreements = _merge(agreements, lambda a: (a["kind"], a["date"] or a["title"], tuple(sorted(a["parties"]))))
    agreements.sort(key=lambda a: (a["date"] is None, a["date"] or "", AGREEMENT_ORDER.index(a["kind"]) if a["kind"] in AGREEMENT_ORDER else 99))
    events = _merge_numbered_forums(events)
    events = _merge(events, lambda e: (e["kind"], e["date"], e["place"], e["ordinal"]) if e["date"] else (e["kind"], id(e)))
    events.sort(key=lambda e: (e["date"] is None and e["published"] is None, e["date"] or e["published"] or "", e["kind"] or ""))
    projects = _merge(projects, lambda p: (p["kind"], tuple(sorted(p["organizations"])), p["place"], p["product"]))
    projects.sort(key=lambda p: (p["organizations"][:1] or ["~"], p["date"] or ""))

    points = merge_points(figs, keep_undated=True)
    for f in figs:
        if f["source"]:
            used_sources[f["source"]["key"]] = f["source"]
    figure_items = [_figure_item(p) for p in points]
    actual_years = [p["year"] for p in points if p["kind"] == "actual" and p["year"] is not None]
    horizon = max(actual_years) if actual_years else None

    enterprises = [
        {
            "name": name,
            "projects": sum(1 for p in projects if name in p["organizations"]),
            "sources": [s for p in projects if name in p["organizations"] for s in p["sources"]][:3],
        }
        for name, _ in sorted(organization_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    enterprises = [e for e in enterprises if e["projects"]] + [e for e in enterprises if not e["projects"]][:10]
    today_iso = today.isoformat()
    prospects = {
        # targets and forecasts not yet overtaken by a reported actual for a later period
        "targets": [
            f for f in figure_items
            if f["kind"] in ("target", "forecast") and (horizon is None or f["year"] is None or f["year"] >= horizon)
        ],
        "planned_projects": [p for p in projects if p["status"] == "planned"],
        "upcoming_events": [e for e in events if e["date"] and (e["date"] > (e["published"] or today_iso))],
    }
    contradictions = find_in_figures(figs)
    names = _place_names(session, agreements, events, projects, figure_items, subject)
    sources = {k: used_sources[k] for k in sorted(used_sources, key=lambda k: int(k.split(":")[1]))}
    return {
        "subject": {**subject.as_dict(), "role": subject_role},
        "generated": today_iso,
        "documents": len(documents),
        "agreements": agreements,
        "events": events,
        "figures": figure_items,
        "charts": _chart_series(points),
        "projects": projects,
        "enterprises": enterprises,
        "people": people,
        "quotes": subject_quotes,
        "prospects": prospects,
        "contradictions": contradictions,
        "names": names,
        "sources": sources,
    }


def _place_names(session: Session, agreements, events, projects, figures, subject: Subject) -> dict[str, str]:
    """Display names of the place ids a renderer will print (`RU-BA` → `Baschkortostan`)."""
    from regiomonitor.analysis.context import is_place_id
    from regiomonitor.analysis.subjects import place_name

    ids = {p for a in agreements for p in a["parties"]} | {e["place"] for e in events} | {p["place"] for p in projects}
    ids |= {p for f in figures for p in f["partners"]} | {subject.id}
    ids = {i for i in ids if i and is_place_id(i)}
    known = dict(session.execute(select(Entity.key, Entity.name).where(Entity.kind == "place", Entity.key.in_(sorted(ids)))).all())
    return {i: known.get(i) or place_name(i) or i for i in sorted(ids)}


def _people(
    session: Session,
    subject: Subject,
    documents: set[int],
    relevant: set[tuple[int, int]],
    counts: Counter,
    quotes_by_speaker: dict[str, list[dict[str, Any]]],
    used_sources: dict[str, dict[str, Any]],
) -> tuple[list[dict[str, Any]], str | None]:
    """People named in the subject's sentences (or its single-partner documents), taking part in
    its events or quoted near it; each with the role the texts give most often and the source of
    the first sentence that names them. Also returns the subject's own role, for a person."""
    from regiomonitor.analysis.sources import load_sources

    single = {d for d, i in relevant if i == -1}
    rows = session.execute(
        select(Mention.document_id, Sentence.idx, Sentence.text, Entity.key, Entity.name, Mention.role)
        .join(Entity, Entity.id == Mention.entity_id)
        .join(Sentence, Sentence.id == Mention.sentence_id)
        .where(Entity.kind == "person", Mention.document_id.in_(sorted(documents)))
        .order_by(Mention.document_id, Sentence.idx)
    ).all()
    names: dict[str, str] = {}
    roles: dict[str, Counter] = defaultdict(Counter)
    first: dict[str, tuple[int, int, str]] = {}
    for doc, idx, text, key, name, role in rows:
        names[key] = name
        if role:
            roles[key][role] += 1
        near = (doc, idx) in relevant or doc in single or subject.kind == "person"
        if near and key != subject.id:
            counts[key] += 1
        if near or key not in first:
            first.setdefault(key, (doc, idx, text))
    sources = load_sources(session, {doc for doc, _, _ in first.values()})
    people = []
    for key, count in counts.most_common(MAX_PEOPLE):
        if key == subject.id or key == subject.name:
            continue
        cite = []
        if key in first and first[key][0] in sources:
            doc, idx, text = first[key]
            used_sources[sources[doc]["key"]] = sources[doc]
            cite = [{"key": sources[doc]["key"], "evidence": text, "sentence": idx}]
        people.append(
            {
                "name": names.get(key, key),
                "role": roles[key].most_common(1)[0][0] if roles.get(key) else None,
                "mentions": count,
                "quotes": _merge(quotes_by_speaker.get(key, []), lambda q: q["text"]),
                "sources": cite,
            }
        )
    subject_role = roles[subject.id].most_common(1)[0][0] if subject.kind == "person" and roles.get(subject.id) else None
    return people, subject_role
