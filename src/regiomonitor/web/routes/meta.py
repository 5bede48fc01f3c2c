"""What the API offers: `/api/` (JSON index) and `/docs` (an offline page over /openapi.json)."""
from __future__ import annotations

from fastapi import Request

from regiomonitor.web.pages import Pages

pages = Pages(tools=[("Hochladen", "/upload"), ("API", "/docs")], tag="meta")


def operations(request: Request) -> list[dict]:
    """Every operation of the OpenAPI description: method, path, summary, parameters."""
    spec = request.app.openapi()
    out = []
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method.startswith("x-") or not isinstance(op, dict):
                continue
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary") or "",
                    "tags": op.get("tags", []),
                    "parameters": [
                        {
                            "name": p.get("name"),
                            "in": p.get("in"),
                            "required": p.get("required", False),
                            "type": (p.get("schema") or {}).get("type")
                            or "|".join(
                                s.get("type", "") for s in (p.get("schema") or {}).get("anyOf", []) if s.get("type") != "null"
                            ),
                            "description": p.get("description") or "",
                            "enum": (p.get("schema") or {}).get("enum"),
                            "maximum": (p.get("schema") or {}).get("maximum"),
                        }
                        for p in op.get("parameters", [])
                    ],
                }
            )
    return out


@pages.router.get("/api/", summary="This list of endpoints", tags=["meta"])
def api_index(request: Request) -> dict:
    return {
        "name": "RegioMonitor API",
        "openapi": "/openapi.json",
        "docs": "/docs",
        "writes_enabled": bool(request.app.state.token),
        "endpoints": operations(request),
    }


@pages.router.get("/docs", include_in_schema=False)
def docs_page(request: Request):
    return request.app.state.templates.TemplateResponse(
        request, "docs.html", {"operations": operations(request), "api_url": "/openapi.json"}
    )
