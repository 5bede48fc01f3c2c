"""One query function, several renderings (datasette's idea).

A *view function* takes its parameters (FastAPI declares and validates them) and returns a plain
dict. `Pages.page()` registers that one function under an HTML path (rendered with a Jinja
template on the shared base layout), under an `/api/...` path (the same dict as JSON) and
optionally under a `.csv` path (one list of the dict as CSV). There is never a second
implementation of a list for the API.

    pages = Pages(nav=[("Dossiers", "/dossiers")], templates=Path(__file__).parent / "templates")

    @pages.page("/dossiers/{key}", api="/api/dossiers/{key}", template="dossier.html")
    def dossier(key: str, store: Store = Depends(get_store)) -> dict:
        ...
"""
from __future__ import annotations

import contextvars
import csv
import functools
import html
import inspect
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

CSV_MAX_ROWS = 10_000
CSV_PAGE_SIZE = 100

_exporting = contextvars.ContextVar("regiomonitor_csv_export", default=False)


def exporting() -> bool:
    """True while a view function runs for a CSV download: it may skip what only pages show
    (facet counts, charts) — a CSV of 10,000 rows calls it a hundred times."""
    return _exporting.get()


class NotFound(HTTPException):
    """Raised by a view function for an unknown id; rendered as 404 HTML or JSON."""

    def __init__(self, what: str, german: str | None = None) -> None:
        super().__init__(status_code=404, detail=f"{what} not found")
        # what the HTML page says (the pages are German; the JSON keeps `detail`)
        self.german = german or f"Nicht gefunden: {what}"


def get_store(request: Request) -> Any:
    """FastAPI dependency: the Store the application was created with."""
    return request.app.state.store


class Pages:
    """A group of pages with their JSON (and CSV) twins, plus navigation entries and templates.

    The application includes a `Pages` with `regiomonitor.web.app.include_pages(app, pages)`.
    """

    def __init__(
        self,
        *,
        nav: Iterable[tuple[str, str]] = (),
        tools: Iterable[tuple[str, str]] = (),
        templates: Path | None = None,
        tag: str | None = None,
    ):
        self.router = APIRouter()
        self.nav = list(nav)  # (label, path) in the main navigation bar
        self.tools = list(tools)  # (label, path) in the small links at the top right
        self.template_dirs = [templates] if templates else []
        self.tag = tag

    def page(
        self,
        path: str | list[str] | None,
        *,
        api: str,
        template: str | None = None,
        csv: str | None = None,
        csv_rows: str = "rows",
        csv_row: Callable[[dict], dict] | None = None,
        context: Callable[[dict], dict] | None = None,
        summary: str | None = None,
    ) -> Callable[[Callable[..., dict]], Callable[..., dict]]:
        """Register `fn` as HTML page at `path`, JSON at `api`, and CSV of `data[csv_rows]` at `csv`.

        The template sees `data` (fn's dict), `api_url` (the JSON twin of this very URL) and
        whatever `context(data)` adds — values only the HTML needs, such as a chart spec.
        `csv_row` turns each row into its CSV form (e.g. HTML snippets into plain text).

        A CSV route of a paginated view (one with `page` and `per_page` parameters) walks all
        pages, up to CSV_MAX_ROWS rows. Register CSV paths before paths that could swallow
        them (a `{key:path}` parameter) — this method registers the CSV route first.
        """

        def decorator(fn: Callable[..., dict]) -> Callable[..., dict]:
            doc = summary or (inspect.getdoc(fn) or "").split("\n")[0] or None
            tags = [self.tag] if self.tag else None
            if csv:
                self.router.add_api_route(
                    csv, _csv_endpoint(fn, csv_rows, csv_row, csv), methods=["GET"], summary=(doc or "") + " (CSV)",
                    tags=tags, response_class=Response,
                )
            self.router.add_api_route(api, _json_endpoint(fn), methods=["GET"], summary=doc, tags=tags)
            if path is not None and template is not None:
                html = _html_endpoint(fn, template, api, context)
                for p in [path] if isinstance(path, str) else path:
                    self.router.add_api_route(p, html, methods=["GET"], include_in_schema=False)
            return fn

        return decorator


# -- the renderings --------------------------------------------------------------------------


def _signature(fn: Callable, *, with_request: bool) -> tuple[inspect.Signature, bool]:
    """fn's signature (annotations resolved), plus a `request` parameter if asked and missing."""
    sig = inspect.signature(fn, eval_str=True)
    takes_request = "request" in sig.parameters
    params = list(sig.parameters.values())
    if with_request and not takes_request:
        params.append(inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request))
    return sig.replace(parameters=params), takes_request


def _call(fn: Callable, takes_request: bool, kwargs: dict) -> dict:
    if not takes_request:
        kwargs = {k: v for k, v in kwargs.items() if k != "request"}
    return fn(**kwargs)


def _json_endpoint(fn: Callable[..., dict]) -> Callable:
    sig, takes_request = _signature(fn, with_request=False)

    @functools.wraps(fn)
    def endpoint(**kwargs: Any) -> JSONResponse:
        return JSONResponse(jsonable_encoder(_call(fn, takes_request, kwargs)))

    endpoint.__signature__ = sig  # type: ignore[attr-defined]
    return endpoint


def _html_endpoint(
    fn: Callable[..., dict], template: str, api: str, context: Callable[[dict], dict] | None
) -> Callable:
    sig, takes_request = _signature(fn, with_request=True)

    @functools.wraps(fn)
    def endpoint(**kwargs: Any):
        request: Request = kwargs["request"]
        data = _call(fn, takes_request, kwargs)
        values = {"data": data, "api_url": api_twin(api, request), **(context(data) if context else {})}
        return request.app.state.templates.TemplateResponse(request, template, values)

    endpoint.__signature__ = sig  # type: ignore[attr-defined]
    return endpoint


_PATH_PARAM = re.compile(r"\{(\w+)(?::\w+)?\}")


def api_twin(api: str, request: Request) -> str:
    """The URL of a page's JSON twin: its API path with the same path and query parameters."""
    path = _PATH_PARAM.sub(lambda m: quote(str(request.path_params.get(m.group(1), "")), safe=""), api)
    return path + (("?" + request.url.query) if request.url.query else "")


def csv_filename(path: str, params: dict) -> str:
    """A download name from the CSV path and its values: /api/entities/{kind}/{key}/figures.csv
    with place and RU-BA gives 'entities-place-RU-BA-figures.csv'."""
    filled = _PATH_PARAM.sub(lambda m: str(params.get(m.group(1), "")), path)
    name = "-".join(part for part in filled.removeprefix("/api/").split("/") if part)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "export.csv"
    return name[-120:]


def _csv_endpoint(fn: Callable[..., dict], rows_key: str, row_fn: Callable[[dict], dict] | None, path: str) -> Callable:
    sig, takes_request = _signature(fn, with_request=False)
    paginated = "page" in sig.parameters and "per_page" in sig.parameters
    if paginated:  # the CSV walks all pages itself
        sig = sig.replace(parameters=[p for p in sig.parameters.values() if p.name not in ("page", "per_page")])

    @functools.wraps(fn)
    def endpoint(**kwargs: Any) -> Response:
        def rows() -> Iterator[dict]:
            if not paginated:
                yield from _call(fn, takes_request, kwargs).get(rows_key, [])[:CSV_MAX_ROWS]
                return
            sent, page = 0, 1
            while sent < CSV_MAX_ROWS:
                data = _call(fn, takes_request, {**kwargs, "page": page, "per_page": CSV_PAGE_SIZE})
                batch = data.get(rows_key, [])
                for row in batch[: CSV_MAX_ROWS - sent]:
                    yield row
                sent += len(batch)
                if not batch or page * CSV_PAGE_SIZE >= data.get("total", 0):
                    return
                page += 1

        token = _exporting.set(True)
        try:
            table = [row_fn(r) if row_fn else r for r in rows()]
        finally:
            _exporting.reset(token)
        return Response(
            to_csv(table),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{csv_filename(path, kwargs)}"'},
        )

    endpoint.__signature__ = sig  # type: ignore[attr-defined]
    return endpoint


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(_cell(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, default=str)
    text = str(value)
    # A cell starting with = + - @ is a formula to spreadsheet programs: defuse it.
    if text.startswith(_FORMULA_START) and not _is_number(text):
        text = "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def to_csv(rows: list[dict]) -> str:
    """CSV text with a header of every key that occurs (in first-seen order)."""
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


_TAG = re.compile(r"<[^>]*>")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an escaped HTML snippet (`<mark>` removed, entities decoded), for CSV."""
    return html.unescape(_TAG.sub("", fragment or ""))
