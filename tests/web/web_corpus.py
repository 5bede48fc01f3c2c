"""German documents for the web tests, annotated by hand so that the tests do not depend on
how good the extraction is today: every sentence, mention, figure and quote is given.

`annotated(...)` takes the text as a list of paragraphs, each a list of sentences, and finds
each given surface form in the text for the spans.
"""
from __future__ import annotations

import re
from datetime import date

from regiomonitor.nlp.document import Document, Fact, Figure, Footnote, Mention, Quote, Sentence


def annotated(
    paragraphs: list[list[str]],
    *,
    title: str,
    published: date | None,
    outlet: str,
    location: str,
    url: str | None = None,
    places: list[tuple[str, str, str, str]] = (),  # surface, key, name, kind
    persons: list[tuple[str, str, str | None]] = (),  # surface, canonical name, role
    organizations: list[tuple[str, str]] = (),  # surface, canonical name
    figures: list[tuple[str, float, str, str, str, int | None, list[str]]] = (),
    quotes: list[tuple[str, str | None]] = (),  # quoted text (without marks), speaker
    facts: list[tuple[str, dict, str]] = (),  # kind, data, a word of the evidence sentence
    sectors: dict[str, float] | None = None,
    footnotes: list[str] = (),
) -> Document:
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    doc = Document(text=text, title=title, date=published, outlet=outlet, url=url, source_path=location,
                   language="de", footnotes=[Footnote(i + 1, f) for i, f in enumerate(footnotes)])
    pos = 0
    for sentences in paragraphs:
        for s in sentences:
            start = text.index(s, pos)
            doc.sentences.append(Sentence(len(doc.sentences), start, start + len(s), s))
            pos = start + len(s)

    def spans(surface: str):
        for m in re.finditer(re.escape(surface), text):
            yield m.start(), m.end(), doc.sentence_at(m.start())

    for surface, key, name, kind in places:
        doc.places += [Mention(kind, key, surface, s, e, i, name=name) for s, e, i in spans(surface)]
    for surface, name, role in persons:
        doc.persons += [Mention("person", name, surface, s, e, i, name=name, role=role) for s, e, i in spans(surface)]
    for surface, name in organizations:
        doc.organizations += [Mention("organization", name, surface, s, e, i, name=name) for s, e, i in spans(surface)]
    for surface, amount, currency, metric, kind, year, partners in figures:
        s, e, i = next(spans(surface))
        doc.figures.append(Figure(amount, currency, metric, kind, year, None, partners, None,
                                  doc.sentences[i].text, i, s, e, surface))
    for quoted, speaker in quotes:
        s, e, i = next(spans(quoted))
        doc.quotes.append(Quote(speaker, quoted, i, s, e))
    for kind, data, word in facts:
        i = next(spans(word))[2]
        doc.facts.append(Fact(kind, data, i, doc.sentences[i].text))
    for mentions in (doc.places, doc.persons, doc.organizations):
        mentions.sort(key=lambda m: m.start)
    doc.sectors = dict(sectors or {})
    return doc


BY = ("Belarus", "BY", "Belarus", "country")
LUKASCHENKO = ("Alexander Lukaschenko", "Alexander Lukaschenko", "Präsident von Belarus")

UFA_PARAGRAPHS = [
    [
        "MINSK, 14. März (BelTA) – Alexander Lukaschenko hat den Oberhaupt der Republik Baschkortostan Radij Chabirow in Minsk empfangen.",
        "Im Mittelpunkt standen die Lieferungen von Traktoren und Mähdreschern.",
    ],
    [
        "Der Handelsumsatz zwischen Belarus und Baschkortostan erreichte im Jahr 2023 rund 320 Mio. USD.",
        "Das Minsker Traktorenwerk will in Ufa ein Montagewerk für Traktoren eröffnen.",
        "„Wir sind bereit, unsere Traktoren gemeinsam mit Baschkortostan zu bauen“, sagte Alexander Lukaschenko.",
    ],
    [
        "Beide Seiten unterzeichneten einen Fahrplan für die Zusammenarbeit bis 2026.",
    ],
]


def _ufa(paragraphs, *, outlet: str, location: str, url: str | None) -> Document:
    return annotated(
        paragraphs,
        title="Lukaschenko empfängt Oberhaupt von Baschkortostan: Traktoren für Ufa",
        published=date(2024, 3, 14), outlet=outlet, location=location, url=url,
        places=[BY, ("Baschkortostan", "RU-BA", "Republik Baschkortostan", "region"), ("Minsk", "BY-HM", "Minsk", "city")],
        persons=[LUKASCHENKO, ("Radij Chabirow", "Radij Chabirow", "Oberhaupt der Republik Baschkortostan")],
        organizations=[("Minsker Traktorenwerk", "Minsker Traktorenwerk (MTZ)")],
        figures=[("320 Mio. USD", 320e6, "USD", "turnover", "actual", 2023, ["BY", "RU-BA"])],
        quotes=[("Wir sind bereit, unsere Traktoren gemeinsam mit Baschkortostan zu bauen", "Alexander Lukaschenko")],
        facts=[("agreement", {"kind": "roadmap", "parties": ["BY", "RU-BA"], "date": "2024-03-14", "title": None}, "Fahrplan")],
        sectors={"machinery": 0.9, "trade_finance": 0.6},
        footnotes=["Lukaschenko empfängt Chabirow [Elektronische Ressource]. - 2024. - URL: https://www.belta.by/president/view/12345/"],
    )


def corpus() -> list[Document]:
    """Six documents of four regions' cooperation (one story reported by two outlets)."""
    ufa = _ufa(UFA_PARAGRAPHS, outlet="BelTA", location="https://www.belta.by/president/view/12345/",
               url="https://www.belta.by/president/view/12345/")
    # the same agency item on a second site: one story, two sources
    ufa_copy = _ufa(
        [UFA_PARAGRAPHS[0], UFA_PARAGRAPHS[1], UFA_PARAGRAPHS[2] + ["Quelle: BelTA."]],
        outlet="SB. Belarus Segodnja", location="https://www.sb.by/articles/traktoren-ufa.html",
        url="https://www.sb.by/articles/traktoren-ufa.html",
    )
    kaluga = annotated(
        [
            [
                "MOGILJOW, 2. November (BelTA) – Das Gebiet Mogiljow und das Gebiet Kaluga haben einen Plan für die Zusammenarbeit bis 2025 unterzeichnet.",
                "Der Gouverneur des Gebiets Kaluga Wladislaw Schapscha besuchte dabei das Werk von BELAZ.",
            ],
            [
                "Bis 2025 soll der Warenumsatz zwischen dem Gebiet Mogiljow und dem Gebiet Kaluga 500 Mio. USD erreichen.",
                "„Unsere Regionen ergänzen sich in der Landwirtschaft und im Maschinenbau“, sagte Wladislaw Schapscha.",
            ],
        ],
        title="Gebiete Mogiljow und Kaluga beschließen Aktionsplan",
        published=date(2023, 11, 2), outlet="BelTA", location="/corpus/kaluga.txt",
        places=[("Gebiet Mogiljow", "BY-MA", "Gebiet Mogiljow", "region"), ("Gebiet Kaluga", "RU-KLU", "Gebiet Kaluga", "region"),
                ("Gebiets Kaluga", "RU-KLU", "Gebiet Kaluga", "region")],
        persons=[("Wladislaw Schapscha", "Wladislaw Schapscha", "Gouverneur des Gebiets Kaluga")],
        organizations=[("BELAZ", "BELAZ")],
        figures=[("500 Mio. USD", 500e6, "USD", "turnover", "target", 2025, ["BY-MA", "RU-KLU"])],
        quotes=[("Unsere Regionen ergänzen sich in der Landwirtschaft und im Maschinenbau", "Wladislaw Schapscha")],
        facts=[("agreement", {"kind": "action_plan", "parties": ["BY-MA", "RU-KLU"], "date": "2023-11-02", "title": None}, "Plan")],
        sectors={"machinery": 0.7, "agriculture_food": 0.5},
    )
    kostanai = annotated(
        [
            [
                "ASTANA, 20. Juni (Kazinform) – Gomselmash eröffnet ein Servicezentrum für Mähdrescher im Gebiet Kostanai.",
                "Der Betrieb aus dem Gebiet Gomel liefert seit Jahren Landtechnik nach Kasachstan.",
                "Die Ausfuhren von Belarus nach Kasachstan stiegen 2023 auf 45 Mio. USD.",
            ],
        ],
        title="Gomselmash eröffnet Servicezentrum in Kostanai",
        published=date(2024, 6, 20), outlet="Kazinform", location="/corpus/kostanai.txt",
        places=[BY, ("Kasachstan", "KZ", "Kasachstan", "country"), ("Gebiet Kostanai", "KZ-39", "Gebiet Kostanai", "region"),
                ("Gebiet Gomel", "BY-HO", "Gebiet Gomel", "region")],
        organizations=[("Gomselmash", "Gomselmash")],
        figures=[("45 Mio. USD", 45e6, "USD", "export", "actual", 2023, ["BY", "KZ"])],
        facts=[("project", {"kind": "service_centre", "organizations": ["Gomselmash"], "place": "KZ-39",
                            "product": "Mähdrescher", "status": "done"}, "Servicezentrum")],
        sectors={"agriculture_food": 0.8, "machinery": 0.6},
    )
    forum = annotated(
        [
            [
                "UFA, 28. Juni (BelTA) – Das XI. Forum der Regionen von Belarus und Russland hat in Ufa begonnen.",
                "Delegationen aus dem Gebiet Witebsk und aus Tatarstan unterzeichneten Verträge über Lieferungen von MAZ-Lastwagen.",
                "Die Republik Baschkortostan empfing die Gäste mit einem Kulturprogramm.",
            ],
        ],
        title="XI. Forum der Regionen in Ufa eröffnet",
        published=date(2024, 6, 28), outlet="BelTA", location="/corpus/forum.txt",
        places=[BY, ("Russland", "RU", "Russland", "country"), ("Gebiet Witebsk", "BY-VI", "Gebiet Witebsk", "region"),
                ("Tatarstan", "RU-TA", "Republik Tatarstan", "region"),
                ("Baschkortostan", "RU-BA", "Republik Baschkortostan", "region")],
        organizations=[("MAZ", "MAZ")],
        facts=[("event", {"kind": "forum", "ordinal": 11, "date": "2024-06-28", "place": "Ufa", "participants": []}, "Forum")],
        sectors={"politics_diplomacy": 0.7, "culture_tourism": 0.4, "machinery": 0.3},
    )
    grodno = annotated(
        [
            [
                "GRODNO, 1. September – Die Universität Grodno und die Bergbauuniversität Sankt Petersburg tauschen künftig Studierende aus.",
                "Sankt Petersburg ist seit Jahren ein wichtiger Partner des Gebiets Grodno.",
            ],
        ],
        title="Grodno und Sankt Petersburg vereinbaren Studentenaustausch",
        published=date(2022, 9, 1), outlet="Grodnenskaja Prawda", location="/corpus/grodno.txt",
        places=[("Sankt Petersburg", "RU-SPE", "Sankt Petersburg", "city"), ("Gebiets Grodno", "BY-HR", "Gebiet Grodno", "region")],
        organizations=[("Universität Grodno", "Universität Grodno"), ("Bergbauuniversität Sankt Petersburg", "Bergbauuniversität Sankt Petersburg")],
        sectors={"education": 0.9},
    )
    return [ufa, ufa_copy, kaluga, kostanai, forum, grodno]


XSS_TITLE = '<script>alert(1)</script> Angriff <img src=x onerror=alert(1)>'
XSS_BODY = [
    [
        '<script>alert(1)</script> Im Gebiet Brest wurde ein <img src=x onerror=alert(1)> Werk eröffnet.',
        'Der Direktor "><svg onload=alert(1)> sprach von 12 Mio. USD.',
    ],
    ["<iframe src=javascript:alert(1)></iframe> Ende."],
]
HOSTILE_PERSON = "<img src=x onerror=alert(2)>"


def hostile() -> Document:
    """A document that tries every way into the page: title, body, entity names, footnotes."""
    return annotated(
        XSS_BODY,
        title=XSS_TITLE, published=date(2024, 1, 5), outlet="<b>Evil</b> Outlet", location="/corpus/<evil>.html",
        url="javascript:alert(1)",
        places=[("Gebiet Brest", "BY-BR", "Gebiet Brest", "region")],
        persons=[('"><svg onload=alert(1)>', HOSTILE_PERSON, "<script>alert(3)</script>")],
        organizations=[("<img src=x onerror=alert(1)>", "<script>alert(4)</script> GmbH")],
        figures=[("12 Mio. USD", 12e6, "USD", "investment", "actual", 2024, ["BY-BR"])],
        quotes=[("<script>alert(1)</script> Im Gebiet Brest", "<b>x</b>")],
        sectors={"machinery": 0.5},
        footnotes=['<a href="javascript:alert(5)">klick</a> URL: javascript:alert(6) und https://example.org/"onmouseover="alert(7)'],
    )
