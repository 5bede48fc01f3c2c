"""A small hand-built register for the analysis and report tests.

Documents are written sentence by sentence with the annotations the pipeline would have added
(mentions, figures, quotes, facts), then saved with the real `Store.save` into a SQLite file.
The figures are chosen so that each contradiction rule fires exactly on its constructed case
and a consistent partner pair (Belarus–Tatarstan) stays quiet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from regiomonitor.nlp.document import Document, Fact, Figure, Mention, Quote, Sentence
from regiomonitor.store.database import Store

PLACES = {
    "Belarus": ("country", "BY"),
    "Baschkortostan": ("region", "RU-BA"),
    "Tatarstan": ("region", "RU-TA"),
    "Gebiet Mogiljow": ("region", "BY-MA"),
    "Minsk": ("region", "BY-HM"),
    "Ufa": ("city", "Ufa"),
    "Mogilev": ("city", "Mogilev"),
}
PARENTS = {"Ufa": "RU-BA", "Mogilev": "BY-MA"}  # what the places component puts in a city's attrs
PERSONS = {"Alexander Lukaschenko": "Präsident von Belarus", "Radi Chabirow": "Oberhaupt von Baschkortostan"}
ORGANIZATIONS = {"AMKODOR": "AMKODOR", "MAZ": "MAZ"}


@dataclass
class S:
    """One sentence and what the pipeline read from it."""

    text: str
    figures: list[tuple] = field(default_factory=list)  # (amount, currency, metric, kind, year, period, partners)
    facts: list[tuple[str, dict]] = field(default_factory=list)  # (kind, data without evidence)
    quote: tuple[str, str] | None = None  # (speaker, text)


def build_document(sentences: list[S], *, title=None, url=None, path=None, outlet=None, published=None) -> Document:
    text = " ".join(s.text for s in sentences)
    doc = Document(text=text, title=title, url=url, source_path=path, outlet=outlet, date=published, language="de")
    offset = 0
    for i, s in enumerate(sentences):
        doc.sentences.append(Sentence(i, offset, offset + len(s.text), s.text))
        for amount, currency, metric, kind, year, period, partners in s.figures:
            doc.figures.append(
                Figure(amount, currency, metric, kind, year, period, sorted(partners), None, s.text, i, offset, offset + 1)
            )
        for kind, data in s.facts:
            doc.facts.append(Fact(kind, {**data, "evidence": s.text}, i, s.text))
        if s.quote:
            doc.quotes.append(Quote(s.quote[0], s.quote[1], i, offset, offset + len(s.text)))
        offset += len(s.text) + 1
    for surface, (kind, key) in PLACES.items():
        for hit in re.finditer(rf"\b{re.escape(surface)}\b", text):
            attrs = {"parent": PARENTS[key]} if key in PARENTS else {}
            doc.places.append(Mention(kind, key, surface, hit.start(), hit.end(), doc.sentence_at(hit.start()), name=surface, attrs=attrs))
    for surface, role in PERSONS.items():
        for hit in re.finditer(re.escape(surface), text):
            doc.persons.append(Mention("person", surface, surface, hit.start(), hit.end(), doc.sentence_at(hit.start()), name=surface, role=role))
    for surface, key in ORGANIZATIONS.items():
        for hit in re.finditer(rf"\b{re.escape(surface)}\b", text):
            doc.organizations.append(Mention("organization", key, surface, hit.start(), hit.end(), doc.sentence_at(hit.start()), name=key))
    return doc


BA = ("BY", "RU-BA")
TA = ("BY", "RU-TA")
M = 1_000_000

NEWS = build_document(
    [
        S(
            "Belarus und Baschkortostan haben alle Chancen, beim Handelsumsatz die $320-Mio.-Grenze zu knacken.",
            figures=[(320 * M, "USD", "turnover", "target", 2025, None, BA)],
        ),
        S(
            "Das sagte Alexander Lukaschenko beim Treffen mit Radi Chabirow heute in Minsk.",
            facts=[("event", {"kind": "meeting", "date": "2025-02-07", "place": "BY-HM",
                              "participants": ["Alexander Lukaschenko", "Radi Chabirow"], "ordinal": None})],
        ),
        S("Im Jahr 2024 betrug der Handelsumsatz zwischen Belarus und Baschkortostan 300 Mio. $.",
          figures=[(300 * M, "USD", "turnover", "actual", 2024, None, BA)]),
        S("Im Jahr 2020 waren es 500 Mio. $.", figures=[(500 * M, "USD", "turnover", "actual", 2020, None, BA)]),
        S(
            "„Wir müssen den Umsatz steigern“, sagte Alexander Lukaschenko.",
            quote=("Alexander Lukaschenko", "Wir müssen den Umsatz steigern"),
        ),
        S(
            "Lukaschenko erwähnte die Pläne, ein Servicezentrum von AMKODOR in Ufa zu eröffnen.",
            facts=[("project", {"kind": "service_centre", "organizations": ["AMKODOR"], "place": "Ufa",
                                "product": None, "status": "planned"})],
        ),
    ],
    title="Lukaschenko: Belarus und Baschkortostan können die $320-Mio.-Grenze knacken",
    url="https://deu.belta.by/president/view/baschkortostan-320",
    outlet="BelTA",
    published=date(2025, 2, 7),
)

REPRINT = build_document(
    [
        S("Der Handelsumsatz zwischen Belarus und Baschkortostan lag 2024 bei 300,2 Mio. $.",
          figures=[(300.2 * M, "USD", "turnover", "actual", 2024, None, BA)]),
        S("Im Jahr 2023 waren es 310 Mio. $.", figures=[(310 * M, "USD", "turnover", "actual", 2023, None, BA)]),
    ],
    title="Handel mit Baschkortostan",
    url="https://example.org/news/baschkortostan-handel",
    outlet="Beispielzeitung",
    published=date(2025, 2, 9),
)

ANALYSIS = build_document(
    [
        S(
            "Belarus und Baschkortostan haben bereits im Juni 1999 ein Abkommen über Handel und Zusammenarbeit unterzeichnet.",
            facts=[("agreement", {"kind": "agreement", "parties": ["BY", "RU-BA"], "date": "1999-06",
                                  "title": "Abkommen über Handel und Zusammenarbeit"})],
        ),
        S(
            "Auf dem V. Forum der Regionen im Oktober 2018 in Mogilev unterzeichneten Gebiet Mogiljow und Baschkortostan einen Aktionsplan.",
            facts=[
                ("event", {"kind": "forum", "date": "2018-10", "place": "Mogilev", "participants": [], "ordinal": 5}),
                ("agreement", {"kind": "action_plan", "parties": ["BY-MA", "RU-BA"], "date": "2018-10", "title": None}),
            ],
        ),
        S(
            "So gibt es in dieser russischen Region heute Montagewerke für MAZ-Trolleybusse.",
            facts=[("project", {"kind": "assembly", "organizations": ["MAZ"], "place": None,
                                "product": "MAZ-Trolleybusse", "status": "done"})],
        ),
        S("Im Jahr 2020 waren es 427 Mio. $ Handelsumsatz.", figures=[(427 * M, "USD", "turnover", "actual", 2020, None, BA)]),
        S(
            "In den drei Quartalen des Jahres 2021 waren es knapp über 280 Mio. $.",
            figures=[(280 * M, "USD", "turnover", "actual", 2021, "2021-01..2021-09", BA)],
        ),
        S(
            "Die Exporte in den ersten 10 Monaten des Jahres 2021 beliefen sich auf fast 427 Mio. $.",
            figures=[(427 * M, "USD", "export", "actual", 2021, "2021-01..2021-10", BA)],
        ),
        S(
            "Die Ausfuhren nach Baschkortostan beliefen sich 2021 auf 122,4 Mio. $.",
            figures=[(122.4 * M, "USD", "export", "actual", 2021, None, BA)],
        ),
        S("Im Jahr 2019 betrug der Handelsumsatz 600 Mio. $.", figures=[(600 * M, "USD", "turnover", "actual", 2019, None, BA)]),
        S("Der Saldo lag 2019 bei 900 Mio. $.", figures=[(900 * M, "USD", "balance", "actual", 2019, None, BA)]),
        S("Im Jahr 2018 betrug der Handelsumsatz fast 750 Mio. $.", figures=[(750 * M, "USD", "turnover", "actual", 2018, None, BA)]),
        S("Die Importe erreichten 2018 800 Mio. $.", figures=[(800 * M, "USD", "import", "actual", 2018, None, BA)]),
        # consistent pair: every rule looks here and must find nothing
        S(
            "Der Handelsumsatz mit Tatarstan betrug 2021 500 Mio. $, davon Exporte 300 Mio. $ und Importe 200 Mio. $.",
            figures=[
                (500 * M, "USD", "turnover", "actual", 2021, None, TA),
                (300 * M, "USD", "export", "actual", 2021, None, TA),
                (200 * M, "USD", "import", "actual", 2021, None, TA),
            ],
        ),
        S("Der Saldo mit Tatarstan lag 2021 bei 100 Mio. $.", figures=[(100 * M, "USD", "balance", "actual", 2021, None, TA)]),
        S("Im ersten Halbjahr 2021 waren es 240 Mio. $.", figures=[(240 * M, "USD", "turnover", "actual", 2021, "2021-01..2021-06", TA)]),
        S("Andere Quellen nennen für 2021 rund 505 Mio. $ Umsatz mit Tatarstan.",
          figures=[(505 * M, "USD", "turnover", "actual", 2021, None, TA)]),
        S("In Rubel waren es 2021 rund 37 Mrd. Rubel.", figures=[(37_000 * M, "RUB", "turnover", "actual", 2021, None, TA)]),
        # a footnote number misread as money must never reach a contradiction
        S("165Die Zahl ist ein Fußnotenverweis.", figures=[(165, "USD", "turnover", "actual", 2021, None, TA)]),
        S("Der Umsatz stieg von 200 Mio. $ auf 260 Mio. $ im Jahr 2021 mit Tatarstan.",
          figures=[(200 * M, "USD", "turnover", "actual", 2017, None, TA), (260 * M, "USD", "turnover", "actual", 2017, None, TA)]),
    ],
    path="/corpus/analysen/belarus-russland-regionen.txt",
)

HOSTILE = build_document(
    [S("Baschkortostan meldet 2022 einen Umsatz von 350 Mio. $ mit Belarus.",
       figures=[(350 * M, "USD", "turnover", "actual", 2022, None, BA)])],
    title='<script>alert("x")</script> & <b>Fett</b>',
    url="https://evil.example/?a=1&b=<2>",
    outlet="Evil & Co",
    published=date(2022, 12, 1),
)

ALL = (NEWS, REPRINT, ANALYSIS, HOSTILE)


def build_store(directory: Path) -> Store:
    store = Store(f"sqlite:///{directory / 'analysis.db'}")
    store.migrate()
    for doc in ALL:
        store.save(doc, location=doc.url or doc.source_path)
    return store


_SEED_STORES: dict[str, Store] = {}


def seed_store(seeds_dir: Path) -> Store:
    """The seed documents ingested with the full pipeline, once per test session."""
    import tempfile

    from regiomonitor.pipeline import analyse_path

    key = str(seeds_dir)
    if key not in _SEED_STORES:
        folder = Path(tempfile.mkdtemp(prefix="regiomonitor-seeds-"))
        store = Store(f"sqlite:///{folder / 'seeds.db'}")
        store.migrate()
        for path in sorted(seeds_dir.glob("*.txt")):
            store.save(analyse_path(path))
        _SEED_STORES[key] = store
    return _SEED_STORES[key]
