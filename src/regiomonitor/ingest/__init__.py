"""Ingestion: reading inputs and cleaning their text into Documents.

Public entry points (see ARCHITECTURE.md):
    reader.read_path(path) / read_text(text, url, source_path, kind) / iter_inputs(paths) / read_url(url)
    fingerprint.content_hash(text) / near_duplicate_signature(text) / similarity(a, b)

Modules, by step:
    decoding     bytes -> text (binary check, UTF-8, charset-normalizer)
    pdffile      PDF -> raw text (pypdf), docxfile: DOCX -> text, htmltext: HTML -> main text
    normalize    invisible characters, line endings, NFC
    clean        picks the cleaner by layout: pdftext (+ footnotes, linejoin) or webtext
                 (+ boilerplate_de.txt, markdown, paragraphs)
    dates        publication date (dateline, months.tsv), language, outlet
    fetch        URLs and RSS/Atom feeds (httpx, feedparser)
Nothing heavy is imported here, so that `import regiomonitor.ingest` stays cheap.
"""
