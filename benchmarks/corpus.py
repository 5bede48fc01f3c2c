"""Generated German news items for benchmarks and scale tests (deterministic, no downloads).

The sentences are templates filled with regions, people, enterprises and figures, so that a
run has realistic length and density of entities without copying any real article.
"""
from __future__ import annotations

import random

REGIONS = ["Baschkortostan", "Tatarstan", "dem Gebiet Brjansk", "der Region Primorje", "dem Gebiet Kaluga",
           "dem Gebiet Pskow", "dem Gebiet Leningrad", "der Region Kostanai", "dem Gebiet Karaganda",
           "dem Gebiet Nischni Nowgorod", "der Republik Dagestan", "dem Gebiet Tomsk"]
OBLASTS = ["Gebiet Gomel", "Gebiet Mogiljow", "Gebiet Witebsk", "Gebiet Brest", "Gebiet Grodno", "Gebiet Minsk"]
ENTERPRISES = ["MAZ", "BELAZ", "AMKODOR", "Gomselmash", "Minsker Traktorenwerk", "Belkommunmash"]
PRODUCTS = ["Traktoren", "Mähdrescher", "Trolleybusse", "Straßenbaumaschinen", "Milchprodukte", "Aufzüge"]
PEOPLE = ["Alexander Lukaschenko", "Radi Chabirow", "Rustam Minnichanow", "Wladislaw Schapscha", "Oleg Koschemjako"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober"]


def news_item(rng: random.Random, i: int) -> str:
    region = rng.choice(REGIONS)
    year = rng.randint(2015, 2025)
    month = rng.choice(MONTHS)
    amount = rng.randint(40, 900)
    change = round(rng.uniform(1, 40), 1)
    person = rng.choice(PEOPLE)
    enterprise = rng.choice(ENTERPRISES)
    oblast = rng.choice(OBLASTS)
    product = rng.choice(PRODUCTS)
    paragraphs = [
        f"Meldung {i}: Belarus und {region} bauen die Zusammenarbeit aus",
        f"MINSK, {rng.randint(1, 28)}. {month} {year} (BelTA) – Der Handelsumsatz zwischen Belarus und {region} "
        f"belief sich im Jahr {year - 1} auf {amount} Mio. US-Dollar und ist damit um {change} Prozent gestiegen. "
        f"Das teilte {person} bei einem Treffen in Minsk mit.",
        f"„Wir haben gute Ergebnisse erreicht, aber wir müssen den Umsatz in diesem Jahr steigern“, sagte {person}. "
        f"Bis {year + 2} soll der Warenaustausch die Grenze von {amount + 200} Mio. Dollar überschreiten.",
        f"Das Unternehmen {enterprise} plant, gemeinsam mit Partnern ein Montagewerk für {product} zu eröffnen. "
        f"Ein Servicezentrum ist bereits in Betrieb. Das {oblast} unterzeichnete ein Abkommen über die "
        f"Zusammenarbeit in Handel, Wirtschaft, Wissenschaft und Kultur.",
        f"Auch in der Landwirtschaft, im Bauwesen und in der Bildung wollen die Partner enger zusammenarbeiten. "
        f"Universitäten beider Seiten vereinbarten einen Austausch von Studierenden.",
    ]
    return "\n\n".join(paragraphs)


def generated_news(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [news_item(rng, i) for i in range(n)]
