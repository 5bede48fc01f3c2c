"""The core page groups: search, overview, entities, documents, and the API index/docs/upload."""
