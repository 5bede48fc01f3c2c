"""Writes need the bearer token; without a configured token they are disabled."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from regiomonitor.web.app import create_app

from web_support import TOKEN

TEXT = (
    "MINSK, 3. April (BelTA) – Das Gebiet Brest und das Gebiet Pskow haben ein Abkommen über die "
    "Lieferung von Milchprodukten unterzeichnet. Die Traktoren aus Minsk sollen bald folgen."
)


def client_for(store, token):
    return TestClient(create_app(store, token=token), base_url="http://127.0.0.1")


def test_writes_disabled_without_a_configured_token(writable):
    with client_for(writable, None) as client:
        response = client.post("/api/documents", json={"text": TEXT}, headers={"Authorization": "Bearer anything"})
        assert response.status_code == 403
        assert "disabled" in response.json()["detail"]
        assert client.get("/api/").json()["writes_enabled"] is False
        assert "Schreibzugriff ist abgeschaltet" in client.get("/upload").text


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dGVzdA==", f"bearer{TOKEN}"])
def test_writes_need_the_right_token(writable, header):
    with client_for(writable, TOKEN) as client:
        headers = {"Authorization": header} if header else {}
        response = client.post("/api/documents", json={"text": TEXT}, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"json": {"title": "ohne Text"}}, 422),
        ({"json": {"text": "   "}}, 422),
        ({"json": {"text": TEXT, "kind": "pdf"}}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415),
        ({"files": {"file": ("x.exe", b"MZ...", "application/octet-stream")}}, 415),
        ({"content": b"x", "headers": {"content-type": "application/json", "content-length": str(50 * 1024 * 1024)}}, 413),
        ({"json": {"text": TEXT, "url": "javascript:alert(1)"}}, 422),
        ({"data": {"text": TEXT, "url": "file:///etc/passwd"}, "files": {"unused": ("", b"", "text/plain")}}, 422),
    ],
)
def test_bad_uploads_are_rejected_with_a_reason(writable, kwargs, status):
    with client_for(writable, TOKEN) as client:
        headers = {"Authorization": f"Bearer {TOKEN}", **kwargs.pop("headers", {})}
        response = client.post("/api/documents", headers=headers, **kwargs)
        assert response.status_code == status, response.text
        assert response.json()["detail"]


def test_upload_text_then_find_it(writable):
    pytest.importorskip("regiomonitor.ingest.reader")
    with client_for(writable, TOKEN) as client:
        response = client.post("/api/documents", json={"text": TEXT, "title": "Brest und Pskow"},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 201, response.text
        created = response.json()
        assert created["status"] == "new" and created["url"] == f"/documents/{created['document_id']}"
        assert client.get(created["url"]).status_code == 200
        hits = client.get("/api/search", params={"q": "Traktor"}).json()["hits"]
        assert [h["document_id"] for h in hits] == [created["document_id"]]
        again = client.post("/api/documents", json={"text": TEXT}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.status_code == 200 and again.json()["status"] == "duplicate"


def test_upload_file_through_the_form(writable):
    pytest.importorskip("regiomonitor.ingest.reader")
    with client_for(writable, TOKEN) as client:
        files = {"file": ("brest.txt", TEXT.encode("utf-8"), "text/plain")}
        wrong = client.post("/upload", data={"token": "nope"}, files=files)
        assert wrong.status_code == 401 and "Das Token stimmt nicht" in wrong.text
        response = client.post("/upload", data={"token": TOKEN}, files=files, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/documents/")
        assert "Gebiet Brest" in client.get(response.headers["location"]).text
