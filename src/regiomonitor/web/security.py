"""Headers that keep every page offline and inert, and the bearer token for writes.

Nothing from a document is ever rendered as live HTML (templates autoescape, the highlighter
escapes with markupsafe); the Content-Security-Policy is the second wall: only scripts, styles,
images and connections from this server. Plotly needs no `eval` for the traces we draw
(bar, scatter, scattergeo) — tests/web/test_browser.py records CSP violations to keep it so.
Plotly does set `style` attributes from script, so styles allow 'unsafe-inline' (styles cannot
run code; scripts stay strict).
"""
from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders:
    """Pure ASGI middleware: adds SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class WebError(HTTPException):
    """An HTTP error with the English `detail` of the JSON API and a German text for the pages."""

    def __init__(self, status: int, detail: str, german: str, headers: dict | None = None) -> None:
        super().__init__(status, detail, headers=headers)
        self.german = german


def check_token(request: Request, presented: str | None) -> None:
    """Allow a write only with the configured token; 403 when writes are disabled, 401 otherwise."""
    expected: str | None = request.app.state.token
    if not expected:
        raise WebError(
            403, "Writes are disabled: start the server with --token or $REGIOMONITOR_TOKEN.",
            "Schreibzugriff ist abgeschaltet: Der Server wurde ohne Token gestartet.",
        )
    if not presented or not hmac.compare_digest(presented.encode(), expected.encode()):
        raise WebError(
            401, "A valid bearer token is required.", "Das Token stimmt nicht.", headers={"WWW-Authenticate": "Bearer"}
        )


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def require_writer(request: Request) -> None:
    """FastAPI dependency for API writes: `Authorization: Bearer <token>`."""
    check_token(request, bearer_token(request))
