"""One document: `/documents/{id}` ↔ `/api/documents/{id}`; uploads: `POST /api/documents`, `/upload`."""
from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path as FilePath
from typing import Any

from fastapi import Depends, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse

from regiomonitor.web.pages import NotFound, Pages, get_store
from regiomonitor.web.security import WebError, check_token, require_writer

pages = Pages(tag="documents")

MAX_UPLOAD = 20 * 1024 * 1024
FILE_KINDS = {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".json"}
TEXT_KINDS = {"txt", "md", "html"}


@pages.page("/documents/{doc_id}", api="/api/documents/{doc_id}", template="document.html")
def document_view(doc_id: int = Path(ge=1, le=2**62), store: Any = Depends(get_store)) -> dict:
    """A document: cleaned text, annotations with their spans, footnotes, sources, same story."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"Document {doc_id}", f"Ein Dokument {doc_id} gibt es im Register nicht.")
    doc["entities"] = _entities(doc["mentions"])
    return doc


def _entities(mentions: list[dict]) -> dict[str, list[dict]]:
    """The distinct entities of a document per kind, most mentioned first."""
    seen: dict[tuple, dict] = {}
    for m in mentions:
        entry = seen.setdefault((m["kind"], m["key"]), {"key": m["key"], "name": m["name"], "mentions": 0, "roles": []})
        entry["mentions"] += 1
        if m.get("role") and m["role"] not in entry["roles"]:
            entry["roles"].append(m["role"])
    out: dict[str, list[dict]] = {"place": [], "person": [], "organization": []}
    for (kind, _), entry in seen.items():
        out.setdefault(kind, []).append(entry)
    for entries in out.values():
        entries.sort(key=lambda e: (-e["mentions"], e["name"] or ""))
    return out


# -- writes ----------------------------------------------------------------------------------


def ingest(store: Any, *, text: str | None = None, data: bytes | None = None, filename: str | None = None,
           url: str | None = None, title: str | None = None, kind: str = "txt") -> dict:
    """Read, analyse and save one uploaded document; InputError for what cannot be read."""
    from regiomonitor.ingest.reader import read_path, read_text

    if data is not None:
        name = FilePath(filename or "upload.txt").name
        suffix = FilePath(name).suffix.lower()
        if suffix not in FILE_KINDS:
            kinds = ", ".join(sorted(FILE_KINDS))
            raise WebError(415, f"{name}: unsupported file type (use {kinds})", f"{name}: Dieser Dateityp wird nicht unterstützt ({kinds}).")
        with tempfile.TemporaryDirectory() as folder:
            path = FilePath(folder) / f"upload{suffix}"
            path.write_bytes(data)
            doc = read_path(path)
        digest = hashlib.sha256(data).hexdigest()[:16]
        doc.source_path = f"upload:{digest}:{name}"
    else:
        if kind not in TEXT_KINDS:
            raise WebError(422, f"kind must be one of {sorted(TEXT_KINDS)}", f"Art muss eine von {', '.join(sorted(TEXT_KINDS))} sein.")
        digest = hashlib.sha256((text or "").encode()).hexdigest()[:16]
        doc = read_text(text or "", url=url, source_path=None if url else f"upload:{digest}", kind=kind)
    if title:
        doc.title = title
    if url and not doc.url:
        doc.url = url
    try:
        from regiomonitor.nlp.pipeline import process
    except ModuleNotFoundError:  # pragma: no cover - the pipeline is always there in a release
        process = None
    if process is not None:
        doc = process(doc)
    result = store.save(doc)
    return {
        "status": result.status,
        "document_id": result.document_id,
        "story_id": result.story_id,
        "url": f"/documents/{result.document_id}",
    }


async def _ingest_or_error(store: Any, **kwargs: Any) -> dict:
    from regiomonitor.errors import InputError

    try:
        return await run_in_threadpool(ingest, store, **kwargs)
    except InputError as exc:
        raise WebError(422, str(exc), f"Das Dokument ließ sich nicht lesen: {exc}") from exc


UPLOAD_BODY = {
    "requestBody": {
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "title": {"type": "string"},
                        "url": {"type": "string"},
                        "kind": {"type": "string", "enum": sorted(TEXT_KINDS), "default": "txt"},
                    },
                }
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "text": {"type": "string"},
                        "title": {"type": "string"},
                        "url": {"type": "string"},
                    },
                }
            },
        },
        "required": True,
    }
}


def _too_large() -> WebError:
    size = MAX_UPLOAD // (1024 * 1024)
    return WebError(413, f"Upload larger than {size} MB", f"Die Datei ist größer als {size} MB.")


def _check_url(values: dict) -> dict:
    """A source URL must be a web address: anything else (javascript:, file:) is refused."""
    url = values.get("url")
    if url is not None and not url.strip().lower().startswith(("http://", "https://")):
        raise WebError(422, "url must start with http:// or https://", "Die URL muss mit http:// oder https:// beginnen.")
    return values


def _too_big(request: Request) -> None:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_UPLOAD:
        raise _too_large()


async def _read_body(request: Request) -> dict:
    """The upload as keyword arguments for `ingest`, from a JSON or multipart body."""
    _too_big(request)
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebError(422, "Body is not valid JSON", "Der Inhalt ist kein gültiges JSON.") from exc
        if not isinstance(body, dict) or not isinstance(body.get("text"), str) or not body["text"].strip():
            raise WebError(422, "JSON body needs a non-empty string 'text'", "Der Text fehlt.")
        extra = {k: body[k] for k in ("title", "url", "kind") if isinstance(body.get(k), str) and body[k]}
        return _check_url({"text": body["text"], **extra})
    if content_type.startswith("multipart/form-data") or content_type.startswith("application/x-www-form-urlencoded"):
        form = await request.form(max_part_size=MAX_UPLOAD)
        fields = {k: form.get(k) for k in ("title", "url", "kind", "token")}
        extra = {k: v for k, v in fields.items() if isinstance(v, str) and v.strip() and k != "token"}
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str) and upload.filename:
            data = await upload.read(MAX_UPLOAD + 1)
            if len(data) > MAX_UPLOAD:
                raise _too_large()
            extra.pop("kind", None)
            return _check_url({"data": data, "filename": upload.filename, **extra, "_token": fields["token"]})
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            return _check_url({"text": text, **extra, "_token": fields["token"]})
        raise WebError(422, "Send a file or a non-empty text", "Bitte eine Datei wählen oder einen Text einfügen.")
    raise WebError(415, "Send application/json or multipart/form-data", "Erwartet wird ein Formular oder JSON.")


@pages.router.post(
    "/api/documents", status_code=201, summary="Add a document (needs Authorization: Bearer <token>)",
    tags=["documents"], openapi_extra=UPLOAD_BODY, dependencies=[Depends(require_writer)],
)
async def upload_api(request: Request, store: Any = Depends(get_store)) -> JSONResponse:
    kwargs = await _read_body(request)
    kwargs.pop("_token", None)
    result = await _ingest_or_error(store, **kwargs)
    return JSONResponse(result, status_code=201 if result["status"] == "new" else 200)


@pages.router.get("/upload", include_in_schema=False)
def upload_form(request: Request):
    return request.app.state.templates.TemplateResponse(request, "upload.html", {"error": None, "values": {}})


@pages.router.post("/upload", include_in_schema=False)
async def upload_form_post(request: Request, store: Any = Depends(get_store)):
    """The browser's upload form: the token comes in the form (a form cannot set a header)."""
    kwargs: dict = {}
    try:
        kwargs = await _read_body(request)
        check_token(request, kwargs.pop("_token", None))
        result = await _ingest_or_error(store, **kwargs)
    except HTTPException as exc:
        # the form comes back filled in (all but the file and the token)
        values = {k: kwargs.get(k) for k in ("title", "url", "text") if isinstance(kwargs.get(k), str)}
        message = getattr(exc, "german", None) or str(exc.detail)
        return request.app.state.templates.TemplateResponse(
            request, "upload.html", {"error": message, "values": values}, status_code=exc.status_code
        )
    return RedirectResponse(result["url"], status_code=303)
