"""The knowledge bases are loaded once, before the first document, and then left out of garbage collection."""
from __future__ import annotations

import gc

from regiomonitor.nlp import pipeline
from regiomonitor.nlp.document import Document


def test_the_first_document_loads_the_knowledge_and_freezes_it():
    pipeline.process(Document(text="Das Gebiet Kursk und das Gebiet Gomel handeln mit Getreide."))
    assert pipeline._knowledge_loaded
    assert gc.get_freeze_count() > 0  # the objects alive after loading: the knowledge bases above all
