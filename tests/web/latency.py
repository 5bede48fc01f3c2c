"""Latency of pages and API calls on a generated register (not a test; run it by hand):

    .venv/bin/python tests/web/latency.py [--documents 2000] [--requests 200]

Generates German news-like documents with hand-made annotations (regions, enterprises, people,
figures, quotes, sectors), saves them with `Store.save` into a fresh SQLite file, serves the
app with uvicorn on 127.0.0.1 and requests each URL sequentially; prints p50/p95 in ms.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

from web_support import LiveServer  # noqa: E402
from web_corpus import annotated  # noqa: E402

from regiomonitor.store.database import Store  # noqa: E402
from regiomonitor.web.app import create_app  # noqa: E402

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
    "/", "/search?q=Traktor", "/search?q=Zusammenarbeit&place=RU-BA", "/documents/{mid}", "/entities/place/RU-BA",
    "/entities/place", "/overview",
    "/api/search?q=Traktoren", "/api/search?q=Lieferungen&sector=machinery&page=3", "/api/documents/{mid}",
    "/api/entities/place/RU-TA", "/api/entities/organization?per_page=100", "/api/overview", "/api/search.csv?q=Servicezentrum",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=2000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="regiomonitor-latency-"))
    store = Store(f"sqlite:///{folder / 'register.db'}")
    store.migrate()
    started = time.perf_counter()
    for doc in generated(args.documents):
        store.save(doc)
    print(f"saved {args.documents} documents in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    mid = args.documents // 2
    with LiveServer(create_app(store)) as server, httpx.Client(base_url=server.url, timeout=30) as client:
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
            p95 = times[int(0.95 * len(times)) - 1]
            print(f"{url:60} {statistics.median(times):8.1f} {p95:8.1f} {len(response.content):9d}")
    store.close()


if __name__ == "__main__":
    main()
