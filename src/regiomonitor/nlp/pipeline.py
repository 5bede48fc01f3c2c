"""The NLP pipeline: small components, each adding one layer to the Document, in this order.

Organizations come before places and persons because a place or a person inside an
organization's name (`Minsker Traktorenwerk`, `nach O. Seifullin benannte Universität`) is not
a mention of its own; figures need places for their partners; quotes need persons.
"""
from __future__ import annotations

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
    for _, component in COMPONENTS:
        component(doc)
    return doc
