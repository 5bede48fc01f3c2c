"""Latency of pages and API calls on a generated register (not a test; run it by hand):

    .venv/bin/python tests/web/latency.py [--documents 10000] [--requests 100] [--db URL]

Generates German news-like documents with hand-made annotations (regions, enterprises, people,
figures, quotes, sectors) and saves them with `Store.save` into a fresh SQLite file — or reuses
the register at `--db` when it already holds documents (generation of 10,000 takes minutes).
Serves the app with `regiomonitor serve` in a process of its own on 127.0.0.1 (so that the
client does not share the server's interpreter), requests each URL sequentially and prints
p50/p95 in ms, flagging p95 above 500 ms. The load average before and after is printed too: on
a shared machine, numbers mean little without it.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from web_support import free_port  # noqa: E402
from web_corpus import annotated  # noqa: E402

from regiomonitor.store.database import Store  # noqa: E402

BY = [("Gebiet Brest", "BY-BR"), ("Gebiet Gomel", "BY-HO"), ("Gebiet Grodno", "BY-HR"), ("Gebiet Mogiljow", "BY-MA"),
      ("Gebiet Minsk", "BY-MI"), ("Gebiet Witebsk", "BY-VI")]
PARTNERS = [("Baschkortostan", "RU-BA"), ("Tatarstan", "RU-TA"), ("Gebiet Kaluga", "RU-KLU"), ("Gebiet Swerdlowsk", "RU-SVE"),
            ("Region Primorje", "RU-PRI"), ("Gebiet Brjansk", "RU-BRY"), ("Gebiet Smolensk", "RU-SMO"), ("Tuwa", "RU-TY"),
            ("Gebiet Nowosibirsk", "RU-NVS"), ("Gebiet Karaganda", "KZ-35"), ("Gebiet Kostanai", "KZ-39"),
            ("Gebiet Pawlodar", "KZ-55"), ("Gebiet Leningrad", "RU-LEN"), ("Gebiet Omsk", "RU-OMS")]
ORGS = ["MAZ", "BELAZ", "AMKODOR", "Gomselmash", "Minsker Traktorenwerk", "Belshina", "Grodno Azot", "Bellesbumprom"]
PEOPLE = ["Wladislaw Schapscha", "Radij Chabirow", "Rustam Minnichanow", "Oleg Koschemjako", "Jerlan Koschanow",
          "Iwan Krupko", "Anatoli Isatschenko", "Alexander Bogomas"]
SECTORS = ["machinery", "agriculture_food", "trade_finance", "education", "culture_tourism", "construction",
           "energy_chemicals", "transport_logistics"]
FILLER = [
    "Die Seiten erörterten die Erweiterung der Lieferungen von Landtechnik und Lebensmitteln.",
    "Im Mittelpunkt standen gemeinsame Projekte in der Industrie und im Bauwesen.",
    "Die Delegation besuchte mehrere Betriebe und eine landwirtschaftliche Genossenschaft.",
    "Es wurde vereinbart, die Zusammenarbeit im Bildungsbereich und im Tourismus auszubauen.",
    "Die Partner wollen ein Handelshaus und ein Servicezentrum eröffnen.",
    "Nach Angaben der Gebietsverwaltung wächst die Nachfrage nach belarussischen Traktoren.",
]


def generated(n: int, seed: int = 7):
    rnd = random.Random(seed)
    for i in range(n):
        by_surface, by_key = rnd.choice(BY)
        p_surface, p_key = rnd.choice(PARTNERS)
        org, person = rnd.choice(ORGS), rnd.choice(PEOPLE)
        day = date(rnd.randint(2019, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
        amount = rnd.randint(5, 900)
        sentences = [
            f"MINSK, {day.day}. Tag (BelTA) – Eine Delegation aus dem {by_surface} hat {p_surface} besucht (Meldung {i}).",
            f"Der Warenumsatz zwischen dem {by_surface} und {p_surface} erreichte {day.year - 1} rund {amount} Mio. USD.",
            f"{org} plant eine Montage von Maschinen in {p_surface}.",
            *rnd.sample(FILLER, 3),
            f"„Wir sehen großes Potenzial für {org}“, sagte {person}.",
        ]
        yield annotated(
            [sentences[:3], sentences[3:]],
            title=f"{by_surface.replace('Gebiet ', '')} und {p_surface}: neue Projekte ({i})",
            published=day, outlet=rnd.choice(["BelTA", "SB. Belarus Segodnja", "Kazinform", "TASS"]),
            location=f"/generated/{i}.txt",
            places=[(by_surface, by_key, by_surface, "region"), (p_surface, p_key, p_surface, "region")],
            persons=[(person, person, "Gouverneur")],
            organizations=[(org, org)],
            figures=[(f"{amount} Mio. USD", amount * 1e6, "USD", "turnover", "actual", day.year - 1, [by_key, p_key])],
            quotes=[(f"Wir sehen großes Potenzial für {org}", person)],
            sectors={s: 0.5 for s in rnd.sample(SECTORS, 2)},
        )


URLS = [
    # pages
    "/", "/search?q=Traktor", "/search?q=Zusammenarbeit&place=RU-BA", "/search?q=Traktor&year=2021&page=5",
    "/search?organization=MAZ&page=40", "/documents/{mid}", "/entities/place/RU-BA", "/entities/place/BY-HO",
    "/entities/person/Wladislaw%20Schapscha", "/entities/organization/BELAZ", "/entities/place", "/overview",
    # API
    "/api/search?q=Traktoren", "/api/search?q=Lieferungen&sector=machinery&page=3", "/api/search?per_page=100&page=100",
    "/api/documents/{mid}", "/api/entities/place/RU-TA", "/api/entities/organization?per_page=100",
    "/api/entities/place/BY-MI/documents?page=50", "/api/overview",
    # CSV
    "/api/search.csv?q=Servicezentrum&place=RU-TY", "/api/entities/place/RU-KLU/figures.csv",
]


def fill(store: Store, documents: int) -> None:
    started = time.perf_counter()
    for number, doc in enumerate(generated(documents), 1):
        store.save(doc)
        if number % 1000 == 0:
            print(f"  {number} documents saved", file=sys.stderr)
    print(f"saved {documents} documents in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def serve(db: str) -> tuple[subprocess.Popen, str]:
    """`regiomonitor serve` over `db` in a process of its own; (process, base URL)."""
    port = free_port()
    command = [str(Path(sys.executable).with_name("regiomonitor")), "serve", "--db", db, "--port", str(port)]
    env = {k: v for k, v in os.environ.items() if k != "REGIOMONITOR_TOKEN"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start: " + (process.stderr.read() or b"").decode(errors="replace"))


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=2000)
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--db", help="a register to use (filled first if empty); default: a new SQLite file")
    args = ap.parse_args()
    db = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='regiomonitor-latency-')) / 'register.db'}"
    store = Store(db)
    store.migrate()
    documents = store.stats().get("documents", 0)
    if not documents:
        fill(store, args.documents)
        documents = args.documents
    store.close()
    print(f"register {db}: {documents} documents; before: {load()}")
    mid = documents // 2
    process, base = serve(db)
    slow = []
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            print(f"{'URL':60} {'p50 ms':>8} {'p95 ms':>8} {'bytes':>9}")
            for url in URLS:
                url = url.format(mid=mid)
                assert client.get(url).status_code == 200, url  # warm-up (and the overview's cache)
                times = []
                for _ in range(args.requests):
                    t = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                times.sort()
                p95 = times[max(0, int(0.95 * len(times)) - 1)]
                flag = "  > 500 ms" if p95 > 500 else ""
                if flag:
                    slow.append(url)
                print(f"{url:60} {statistics.median(times):8.1f} {p95:8.1f} {len(response.content):9d}{flag}", flush=True)
    finally:
        process.terminate()
        process.wait(timeout=20)
    print(f"after: {load()}")
    if slow:
        print("p95 above 500 ms: " + ", ".join(slow))


if __name__ == "__main__":
    main()
