"""From raw text to cleaned body text: picks the PDF or the web cleaner by the text's layout."""
from __future__ import annotations

from dataclasses import dataclass, field

from regiomonitor.ingest.columns import unfold_columns
from regiomonitor.ingest.normalize import normalize_raw
from regiomonitor.ingest.paragraphs import dedupe_paragraphs, split_paragraphs
from regiomonitor.ingest.pdftext import clean_pdf_text, looks_pdf_extracted
from regiomonitor.ingest.webtext import clean_web_text
from regiomonitor.nlp.document import Footnote

LAYOUTS = ("pdf", "web", "plain")


@dataclass
class CleanText:
    text: str
    title: str | None
    layout: str  # "pdf", "web" or "plain"
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def detect_layout(text: str) -> str:
    return "pdf" if looks_pdf_extracted(text) else "web"


def clean_text(raw: str, layout: str | None = None, title_hint: str | None = None) -> CleanText:
    """Clean `raw` (any line endings, unnormalised). `layout` forces a cleaner: "pdf" (a PDF
    file, whatever its text looks like), "web" (page furniture around the article) or "plain"
    (an authored document such as a .docx: one paragraph per line, nothing to trim); None
    detects pdf or web from the artefacts. `title_hint` is a title known from metadata."""
    return clean_normalized(normalize_raw(raw), layout, title_hint)


def clean_normalized(text: str, layout: str | None = None, title_hint: str | None = None) -> CleanText:
    """clean_text for a text that normalize_raw has already seen (normalising twice costs a
    millisecond on a long text)."""
    if layout != "plain":
        text = unfold_columns(text)  # (side-by-side columns of a PDF's text layout)
    layout = layout or detect_layout(text)
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    if layout == "pdf":
        pdf = clean_pdf_text(text)
        paragraphs, repeated = dedupe_paragraphs(split_paragraphs(pdf.text))
        warnings = list(pdf.warnings)
        if repeated:
            warnings.append(f"dropped {repeated} repeated paragraphs")
        return CleanText("\n\n".join(paragraphs), pdf.title, layout, pdf.footnotes, warnings)
    if layout == "plain":
        paragraphs, repeated = dedupe_paragraphs([ln.strip() for ln in text.split("\n") if ln.strip()])
        warnings = [f"dropped {repeated} repeated paragraphs"] if repeated else []
        return CleanText("\n\n".join(paragraphs), title_hint, layout, [], warnings)
    web = clean_web_text(text, title_hint=title_hint)
    return CleanText(web.text, web.title, layout, [], web.warnings)
