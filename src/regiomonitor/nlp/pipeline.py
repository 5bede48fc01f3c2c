"""The NLP pipeline: small components, each adding one layer to the Document, in this order.

Organizations come before places and persons because a place or a person inside an
organization's name (`Minsker Traktorenwerk`, `nach O. Seifullin benannte Universität`) is not
a mention of its own; figures need places for their partners; quotes need persons; sectors look
at the figures (two figures of trade make a text on trade).
"""
from __future__ import annotations

import gc
from collections.abc import Callable

from regiomonitor.nlp.document import Document
from regiomonitor.nlp.figures import add_figures
from regiomonitor.nlp.organizations import add_organizations
from regiomonitor.nlp.persons import add_persons
from regiomonitor.nlp.places import add_places
from regiomonitor.nlp.quotes import add_quotes
from regiomonitor.nlp.sectors import add_sectors
from regiomonitor.nlp.sentences import add_sentences


def _facts_component() -> Callable[[Document], None] | None:
    try:
        from regiomonitor.nlp.facts import add_facts
    except ImportError:  # pragma: no cover - the component is optional while it is being built
        return None
    return add_facts


COMPONENTS: list[tuple[str, Callable[[Document], None]]] = [
    ("sentences", add_sentences),
    ("organizations", add_organizations),
    ("places", add_places),
    ("persons", add_persons),
    ("figures", add_figures),
    ("quotes", add_quotes),
    ("sectors", add_sectors),
]
if (_facts := _facts_component()) is not None:
    COMPONENTS.append(("facts", _facts))

PIPE_NAMES = [name for name, _ in COMPONENTS]


def process(doc: Document) -> Document:
    """Run every component over `doc` (in place) and return it."""
    if not _knowledge_loaded:
        load_knowledge()
    for _, component in COMPONENTS:
        component(doc)
    return doc


_knowledge_loaded = False


def load_knowledge() -> None:
    """Load every knowledge base (once per process; `process` calls it before its first document).

    They live as long as the process and never change, so the garbage collector need not look
    at them again: `gc.freeze()` moves every object alive now to a generation that collections
    skip. A full collection over the hundred thousand knowledge objects otherwise cost a 200 KB text about
    a quarter of its extraction time (`make bench`, new text)."""
    global _knowledge_loaded
    from regiomonitor.ingest.boilerplate import boilerplate
    from regiomonitor.knowledge.money import money_lexicon
    from regiomonitor.knowledge.organizations import org_grammar, organization_base
    from regiomonitor.knowledge.persons import person_base
    from regiomonitor.knowledge.places import city_regions, gazetteer, national_capitals
    from regiomonitor.knowledge.sectors import sector_lexicon

    for load in (gazetteer, city_regions, national_capitals, person_base, organization_base, org_grammar,
                 money_lexicon, sector_lexicon, boilerplate):
        load()
    if _facts is not None:
        from regiomonitor.nlp.facts import language

        language("de")
    _knowledge_loaded = True
    gc.collect()
    gc.freeze()
