"""The web application: `create_app(store)` builds it, `include_pages()` extends it.

Pages come in groups (`regiomonitor.web.pages.Pages`): each view function is registered once
and answers as an HTML page, as JSON under /api/ and, for lists, as CSV. The core groups live
in `web/routes/`; other packages add theirs through `EXTENSIONS` (a module path whose `pages`
attribute is a `Pages`) or by calling `include_pages(app, pages)` themselves — see web/README.md.
"""
from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable
from contextlib import asynccontextmanager
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

import regiomonitor
from regiomonitor.web import charts, labels
from regiomonitor.web.highlight import document_spans, entity_url, highlight, linkify, safe_snippet
from regiomonitor.web.pages import Pages
from regiomonitor.web.security import SecurityHeaders

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
PLOTLY_JS = Path(importlib.import_module("plotly").__file__).parent / "package_data" / "plotly.min.js"

# Packages that contribute pages: module path -> its `pages` (a Pages). A module that is not
# there (yet) is skipped; one that fails to import for another reason is an error.
EXTENSIONS: tuple[str, ...] = ("regiomonitor.analysis.web",)


def create_app(store: Any, *, token: str | None = None, extensions: Iterable[str] = EXTENSIONS) -> FastAPI:
    """The application over `store`. Writes (uploads) need `token`; without one they are disabled."""
    from regiomonitor.web.routes import documents, entities, meta, overview, search

    app = FastAPI(
        lifespan=_lifespan,
        title="RegioMonitor",
        version=getattr(regiomonitor, "__version__", "0.1.0"),
        description="Register of interregional cooperation: search, documents, entities, overview.",
        docs_url=None,  # FastAPI's Swagger UI loads from a CDN; /docs is our own offline page
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.store = store
    app.state.token = token or None
    app.state.nav = []
    app.state.tools = []
    app.state.templates = _templates(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(SecurityHeaders)

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        # Plotly's bundle from the installed Python package: never from a CDN
        return FileResponse(PLOTLY_JS, media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _error_handlers(app)

    for pages in (search.pages, overview.pages, entities.pages, documents.pages):
        include_pages(app, pages)
    for module_path in extensions:
        extension = _import_optional(module_path)
        if extension is not None:
            include_pages(app, extension.pages)
    include_pages(app, meta.pages)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    # The German word-form dictionaries take a second or two to load; load them in the
    # background now rather than in the first user's search.
    threading.Thread(target=_warm_up, name="regiomonitor-warm-up", daemon=True).start()
    yield


def _warm_up() -> None:
    from regiomonitor.store.wordforms import query_groups

    query_groups("Zusammenarbeit Traktoren")


def include_pages(app: FastAPI, pages: Pages) -> None:
    """Add a group of pages: its routes, its navigation entries and its template folders."""
    app.include_router(pages.router)
    app.state.nav.extend(pages.nav)
    app.state.tools.extend(pages.tools)
    loader: ChoiceLoader = app.state.templates.env.loader
    for folder in pages.template_dirs:
        loader.loaders.append(FileSystemLoader(str(folder)))


def _import_optional(module_path: str) -> Any | None:
    try:
        return importlib.import_module(module_path)
    except ModuleNotFoundError as exc:
        if exc.name and (module_path == exc.name or module_path.startswith(exc.name + ".")):
            return None
        raise


# -- templates ---------------------------------------------------------------------------------


def _templates(app: FastAPI) -> Jinja2Templates:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(TEMPLATES))]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        app_nav=app.state.nav,
        app_tools=app.state.tools,
        labels=labels,
        charts=charts,
        highlight=highlight,
        document_spans=document_spans,
        linkify=linkify,
        entity_url=entity_url,
        url_with=url_with,
        writes_enabled=lambda: bool(app.state.token),
    )
    env.filters.update(
        plural=plural, snippet=safe_snippet, number=format_number, amount=format_amount, date_de=format_date,
        location=format_location,
    )
    return Jinja2Templates(env=env)


def url_with(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL (or `path`) with query parameters changed; None removes one.

    Any change other than `page` itself starts again at page 1.
    """
    params = dict(request.query_params)
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return (path or request.url.path) + ("?" + query if query else "")


def plural(count: int, one: str, many: str) -> str:
    """'1 Dokument', '3 Dokumente' (with the number in German format)."""
    return f"{format_number(count)} {one if count == 1 else many}"


def format_number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")


def format_amount(value: float | None, currency: str | None = None) -> str:
    """German style with Mio./Mrd.: 320000000 USD -> '320 Mio. USD'."""
    if value is None:
        return ""
    for size, word in ((1e12, "Bio."), (1e9, "Mrd."), (1e6, "Mio.")):
        if abs(value) >= size:
            shown = f"{value / size:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{shown} {word} {currency or ''}".strip()
    return f"{format_number(value)} {currency or ''}".strip()


def format_location(location: str | None) -> Markup:
    """Where a source came from: a web address as a link, a file by its name only (the
    server's folders are none of the reader's business)."""
    location = location or ""
    if location.lower().startswith(("http://", "https://")):
        return linkify(location)
    return escape(PurePath(location.replace("\\", "/")).name or location)


def format_date(value: Any) -> str:
    if not value:
        return ""
    text = str(value)[:10]
    if len(text) == 10 and text[4] == "-":
        return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
    return text


# -- errors ------------------------------------------------------------------------------------


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith(".json")


def _error_page(request: Request, status: int, message: str, headers: dict | None = None):
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers
    )


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        headers = getattr(exc, "headers", None)
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        message = getattr(exc, "german", None) or exc.detail
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = "Diese Seite gibt es nicht."
        return _error_page(request, exc.status_code, str(message), headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        if _wants_json(request):
            from fastapi.encoders import jsonable_encoder

            return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)
        text = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {german_error(e)}" for e in errors)
        return _error_page(request, 422, f"Ungültige Angabe – {text}")


# Pydantic's messages for the parameter checks we use, in the language of the pages (the
# JSON API keeps Pydantic's own, machine-readable list).
_GERMAN_ERRORS = {
    "less_than_equal": "höchstens {le}",
    "greater_than_equal": "mindestens {ge}",
    "less_than": "kleiner als {lt}",
    "greater_than": "größer als {gt}",
    "int_parsing": "keine ganze Zahl",
    "int_from_float": "keine ganze Zahl",
    "string_too_long": "höchstens {max_length} Zeichen",
    "string_too_short": "mindestens {min_length} Zeichen",
    "literal_error": "erlaubt sind {expected}",
    "missing": "fehlt",
}


def german_error(error: dict) -> str:
    template = _GERMAN_ERRORS.get(error.get("type", ""))
    if template is None:
        return str(error.get("msg", ""))
    context = {k: str(v).replace("' or '", "', '") for k, v in (error.get("ctx") or {}).items()}
    try:
        return template.format(**context)
    except KeyError:
        return str(error.get("msg", ""))
