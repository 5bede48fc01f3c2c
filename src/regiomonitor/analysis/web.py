"""Web pages of the analyses, each with its JSON twin under /api/ (same function, datasette's idea).

The web app includes `pages` (see `regiomonitor.web.app.EXTENSIONS`). Every page is one view
function returning a plain dict: registered once as JSON (and CSV where it is a list), and once
as HTML through `_html`, which renders a template on the site's layout with that same dict
(plus, for dossiers, series and the network, the chart the page draws from it).

    /dossiers              /api/dossiers                  pick a region, enterprise or person
    /dossiers/{id}         /api/dossiers/{id}             + /dossiers/{id}.md|.html|.pdf
    /contradictions        /api/contradictions(.csv)
    /series?a=BY&b=RU-BA   /api/series
    /network               /api/network
    /coverage              /api/coverage
    /exports               /exports/{what}.{fmt} = /api/exports/{what}.{fmt}
"""
from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from sqlalchemy import distinct, func, select

from regiomonitor.analysis import contradictions as contradictions_module
from regiomonitor.analysis import coverage as coverage_module
from regiomonitor.analysis import dossier as dossier_module
from regiomonitor.analysis import exports as exports_module
from regiomonitor.analysis import networks as networks_module
from regiomonitor.analysis import series as series_module
from regiomonitor.report import MEDIA_TYPES, render
from regiomonitor.store.schema import Entity, Fact, Mention
from regiomonitor.web.pages import NotFound, Pages, api_twin, get_store

HERE = Path(__file__).parent
REPORT_TEMPLATES = HERE.parent / "report" / "templates"

pages = Pages(
    nav=[
        ("Dossiers", "/dossiers"),
        ("Zahlenreihen", "/series"),
        ("Widersprüche", "/contradictions"),
        ("Netzwerk", "/network"),
        ("Abdeckung", "/coverage"),
        ("Export", "/exports"),
    ],
    templates=HERE / "templates",
    tag="analysis",
)
pages.template_dirs.append(REPORT_TEMPLATES)  # the dossier page renders the report's body

IDENT = PathParam(min_length=1, max_length=300, description="ISO id of a place, or the name of an enterprise or person")
PLACE_ID = r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$"
Metric = Literal["turnover", "export", "import", "balance", "investment", "contracts", "other"]


def _html(path: str, template: str, api: str, extra: Callable[[dict], dict] | None = None):
    """Register `fn` as an HTML page rendering `template` with `data` (= fn's dict) and `extra(data)`."""

    def decorator(fn: Callable[..., dict]) -> Callable[..., dict]:
        sig = inspect.signature(fn, eval_str=True)
        params = [*sig.parameters.values(), inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request)]

        def endpoint(**kwargs: Any):
            request: Request = kwargs.pop("request")
            data = fn(**kwargs)
            context = {"data": data, "api_url": api_twin(api, request), **(extra(data) if extra else {})}
            return request.app.state.templates.TemplateResponse(request, template, context)

        endpoint.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]
        endpoint.__name__ = f"{fn.__name__}_html"
        pages.router.add_api_route(path, endpoint, methods=["GET"], include_in_schema=False)
        return fn

    return decorator


# -- dossiers ----------------------------------------------------------------------------------

def _top(session, kind: str, limit: int) -> list[dict]:
    """Entities of a kind named in the most documents (the dossier index)."""
    rows = session.execute(
        select(Entity.key, Entity.name, Entity.subtype, func.count(distinct(Mention.document_id)).label("documents"))
        .join(Mention, Mention.entity_id == Entity.id)
        .where(Entity.kind == kind)
        .group_by(Entity.id)
        .order_by(func.count(distinct(Mention.document_id)).desc(), Entity.key)
        .limit(limit)
    )
    out = [{"key": k, "name": n, "subtype": s, "documents": d} for k, n, s, d in rows]
    if kind == "place":  # cities have no dossier of their own: they belong to their region
        out = [e for e in out if re.match(PLACE_ID, e["key"])]
    return out


@pages.page(None, api="/api/dossiers")
@_html("/dossiers", "analysis_dossiers.html", "/api/dossiers")
def dossier_index_view(store: Any = Depends(get_store)) -> dict:
    """Regions, enterprises and people to open a dossier for, most documents first."""
    with store.session() as session:
        return {
            "places": _top(session, "place", 60),
            "organizations": _top(session, "organization", 40),
            "persons": _top(session, "person", 40),
            "facts": dict(session.execute(select(Fact.kind, func.count()).group_by(Fact.kind)).all()),
        }


def _dossier_or_404(store: Any, ident: str) -> dict:
    try:
        return dossier_module.build(store, ident)
    except LookupError:
        raise NotFound(f"dossier {ident!r}") from None


def _download_name(ident: str, fmt: str) -> str:
    return "dossier-" + (re.sub(r"[^A-Za-z0-9._-]+", "_", ident).strip("_") or "x") + "." + fmt


def _download(fmt: str) -> Callable:
    def endpoint(ident: str = IDENT, store: Any = Depends(get_store)) -> Response:
        content = render(_dossier_or_404(store, ident), fmt)
        headers = {"Content-Disposition": f'attachment; filename="{_download_name(ident, fmt)}"'}
        return Response(content, media_type=MEDIA_TYPES[fmt], headers=headers)

    endpoint.__name__ = f"dossier_{fmt}"
    return endpoint


# the downloads first: `/dossiers/{ident}` would otherwise take "RU-BA.pdf" for an id
for _fmt in ("md", "html", "pdf"):
    pages.router.add_api_route(f"/dossiers/{{ident}}.{_fmt}", _download(_fmt), methods=["GET"], include_in_schema=False)
    pages.router.add_api_route(
        f"/api/dossiers/{{ident}}.{_fmt}", _download(_fmt), methods=["GET"], summary=f"Dossier as {_fmt}", tags=["analysis"]
    )


def _dossier_page(data: dict) -> dict:
    from urllib.parse import quote

    from regiomonitor.report.html import context

    base = "/dossiers/" + quote(data["subject"]["id"], safe="")
    downloads = [("Markdown", base + ".md"), ("HTML", base + ".html"), ("PDF", base + ".pdf")]
    return context(data, downloads)


@pages.page(None, api="/api/dossiers/{ident}")
@_html("/dossiers/{ident}", "analysis_dossier.html", "/api/dossiers/{ident}", extra=_dossier_page)
def dossier_view(ident: str = IDENT, store: Any = Depends(get_store)) -> dict:
    """The dossier of a region or country (ISO id), an enterprise or a person."""
    return _dossier_or_404(store, ident)


# -- contradictions ----------------------------------------------------------------------------

def _contradiction_row(c: dict) -> dict:
    """One CSV line: both sides next to each other, sources as citations."""

    def side(s: dict, tag: str) -> dict:
        return {
            f"{tag}_metric": s["metric"],
            f"{tag}_period": s["period"],
            f"{tag}_value": s["value"],
            f"{tag}_evidence": [x["evidence"] for x in s["citations"]],
            f"{tag}_sources": [x["source"]["citation"] for x in s["citations"] if x.get("source")],
        }

    return {"rule": c["rule"], "partners": c["partners"], "currency": c["currency"], **side(c["a"], "a"), **side(c["b"], "b")}


@pages.page(None, api="/api/contradictions", csv="/api/contradictions.csv", csv_rows="items", csv_row=_contradiction_row)
@_html("/contradictions", "analysis_contradictions.html", "/api/contradictions")
def contradictions_view(
    place: str | None = Query(None, pattern=PLACE_ID, description="Only figures about this place id"),
    rule: str | None = Query(None, description="Only this rule"),
    store: Any = Depends(get_store),
) -> dict:
    """Figures that contradict each other, side by side with their sources and the rule broken."""
    items = contradictions_module.contradictions(store, place=place.upper() if place else None, rule=rule or None)
    rules = [{"name": r.name, "description": r.description} for r in contradictions_module.RULES]
    return {"place": place, "rule": rule, "count": len(items), "rules": rules, "items": items}


# -- series ------------------------------------------------------------------------------------

def _series_page(data: dict) -> dict:
    from regiomonitor.report.chart import svg

    if not data.get("series"):
        return {"chart": ""}
    s = data["series"]
    return {"chart": svg({"partners": [s["a"], s["b"]], "metric": s["metric"], "currency": (s["currencies"] or [None])[0],
                          **{k: s[k] for k in ("actual", "target", "forecast")}})}


@pages.page(None, api="/api/series")
@_html("/series", "analysis_series.html", "/api/series", extra=_series_page)
def series_view(
    a: str | None = Query(None, pattern=PLACE_ID, description="First partner, e.g. BY"),
    b: str | None = Query(None, pattern=PLACE_ID, description="Second partner, e.g. RU-BA"),
    metric: Metric = Query("turnover"),
    store: Any = Depends(get_store),
) -> dict:
    """A trade series (actual, target, forecast per period) or, without partners, the list of pairs."""
    data: dict[str, Any] = {"a": a, "b": b, "metric": metric, "pairs": series_module.pairs(store)}
    if a and b:
        data["series"] = series_module.series(store, a.upper(), b.upper(), metric)
    return data


# -- network and coverage ----------------------------------------------------------------------

def _network_page(data: dict) -> dict:
    """The web package's network chart, fed with our edges (weight = facts, not sentences)."""
    from regiomonitor.web import charts

    nodes = {n["id"]: n for n in data["nodes"]}

    def end(node_id: str) -> dict:
        n = nodes[node_id]
        kind = "organization" if n["kind"] == "enterprise" else "place"
        return {"kind": kind, "key": node_id.removeprefix("org:"), "name": n["name"]}

    edges = [{"source": end(e["source"]), "target": end(e["target"]), "sentences": e["weight"]} for e in data["edges"]]
    return {"plot": charts.network(edges) if edges else {}}


@pages.page(None, api="/api/network")
@_html("/network", "analysis_network.html", "/api/network", extra=_network_page)
def network_view(
    since: int | None = Query(None, ge=1900, le=2100, description="First year of the window"),
    until: int | None = Query(None, ge=1900, le=2100, description="Last year of the window"),
    store: Any = Depends(get_store),
) -> dict:
    """Oblast ↔ partner region and enterprise ↔ region, weighted by shared facts; intensity per year."""
    return networks_module.network(store, since=since, until=until)


@pages.page(None, api="/api/coverage")
@_html("/coverage", "analysis_coverage.html", "/api/coverage")
def coverage_view(
    by: Literal["year", "month"] = Query("year"),
    months: int = Query(12, ge=1, le=600, description="Quiet for this many months"),
    store: Any = Depends(get_store),
) -> dict:
    """Documents per outlet, region and sector over time; agreements and projects gone quiet."""
    return coverage_module.coverage(store, by=by, months=months)


# -- exports -----------------------------------------------------------------------------------

@pages.page(None, api="/api/exports")
@_html("/exports", "analysis_exports.html", "/api/exports")
def exports_view() -> dict:
    """The datasets and formats that can be downloaded."""
    return {
        "datasets": list(exports_module.DATASETS),
        "formats": list(exports_module.FORMATS),
        "links": {w: {f: f"/exports/{w}.{f}" for f in exports_module.FORMATS} for w in exports_module.DATASETS},
    }


def export_file(
    what: Literal["documents", "entities", "facts", "figures"],
    fmt: Literal["csv", "json", "geojson", "xlsx"],
    store: Any = Depends(get_store),
) -> Response:
    """One dataset in one format, as a download."""
    result = exports_module.export(store, what, fmt)
    return Response(result.content, media_type=result.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{result.filename}"'})


pages.router.add_api_route("/exports/{what}.{fmt}", export_file, methods=["GET"], include_in_schema=False)
pages.router.add_api_route("/api/exports/{what}.{fmt}", export_file, methods=["GET"], tags=["analysis"])
