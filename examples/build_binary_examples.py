"""Build the two binary items of the demo corpus: one PDF and one DOCX.

    cd /work/main && .venv/bin/python examples/build_binary_examples.py

writes

    examples/23_forum_moskau_2021.pdf          (weasyprint, from the HTML string below)
    examples/24_nordkasachstan_landtechnik_2021.docx   (python-docx)

The generated files are committed, so nobody needs weasyprint to try the demo; this script
documents how they were made and rebuilds them after a change of the text. Like every item
in examples/, the text is written for RegioMonitor: facts follow public reporting in outline,
the sentences (and the quotations) are our own.

The PDF is deliberately a little awkward for ingestion, the way real bulletins are: German
hyphenation is switched on (words break across lines), every page carries a running header
and a page number, the footnote numbers are superscripts glued to words, and the footnotes
sit at the end of the text in the citation style of the seed texts. The DOCX is a press
release with a title, a subtitle line, bold run-ins and a table of key figures.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PDF_PATH = HERE / "corpus" / "23_forum_moskau_2021.pdf"
DOCX_PATH = HERE / "corpus" / "24_nordkasachstan_landtechnik_2021.docx"

# A fixed timestamp keeps the document metadata stable between builds.
BUILD_TIME = dt.datetime(2025, 1, 15, 12, 0, 0)

# --------------------------------------------------------------------------------------
# PDF: VIII. Forum der Regionen, Moskau und Gebiet Moskau, 29. Juni - 1. Juli 2021
# --------------------------------------------------------------------------------------

PDF_TITLE = "VIII. Forum der Regionen: Wissenschaft und Digitalisierung im Mittelpunkt"

PDF_PARAGRAPHS = [
    "MOSKAU, 1. Juli 2021 (Unionsstaat-Bulletin) – Mit der Plenarsitzung ist am Donnerstag das "
    "VIII. Forum der Regionen von Belarus und Russland zu Ende gegangen. Das Treffen fand vom "
    "29. Juni bis 1. Juli in Moskau und im Gebiet Moskau statt; der erste Tag wurde wegen der "
    "Pandemie vollständig online abgehalten.",

    "Leitthema war in diesem Jahr die wissenschaftlich-technische Zusammenarbeit im Zeitalter der "
    "Digitalisierung. In fünf Sektionen erörterten Abgeordnete, Wissenschaftler und Unternehmer, "
    "wie gemeinsame Programme des Unionsstaates in der Mikroelektronik, der Raumfahrt und der "
    "künstlichen Intelligenz schneller in die Praxis kommen können.<sup>1</sup>",

    "Die Präsidenten Alexander Lukaschenko und Wladimir Putin nahmen per Videokonferenz an der "
    "Plenarsitzung teil. Lukaschenko erinnerte daran, dass Belarus mit mehr als siebzig russischen "
    "Regionen Beziehungen unterhält, vom Gebiet Smolensk bis zur Insel Sachalin. „Jedes Jahr kommen "
    "Dutzende Gouverneure zu uns, und fast jeder Besuch endet mit einem Vertrag. Das ist das "
    "eigentliche Fundament unserer Union“, sagte der belarussische Staatschef.",

    "Als größtes gemeinsames Vorhaben der letzten Jahrzehnte bezeichnete er das belarussische "
    "Kernkraftwerk bei Ostrowez, das mit russischer Beteiligung gebaut wurde. Putin sprach sich "
    "dafür aus, die Regionen stärker in die Umsetzung der Unionsprogramme einzubinden.",

    "Die Organisatoren hatten im Vorfeld mit Verträgen im Wert von rund 900 Mio. $ gerechnet. Zu "
    "den größten Unterzeichnern auf belarussischer Seite gehörten Mogilevkhimvolokno, der Konzern "
    "Belneftekhim und das Fleischkombinat Grodno. Das Gebiet Brest schloss einen Aktionsplan mit "
    "dem Gebiet Moskau, das Gebiet Witebsk ein Abkommen mit dem Gebiet Kaluga.<sup>2</sup>",

    "Auch die Jugend kam zu Wort: Die Jugendkammern beider Parlamente vereinbarten, die Quote für "
    "belarussische Studierende an russischen Hochschulen zu erhöhen und gemeinsame Sommerschulen "
    "zu Digitalthemen auszurichten.",

    "Das IX. Forum der Regionen soll im kommenden Jahr wieder in Belarus stattfinden, diesmal in "
    "Grodno. „Wir hoffen, dass wir uns dann endlich wieder in einem Saal gegenübersitzen und nicht "
    "nur auf Bildschirmen“, sagte die Vorsitzende des Rates der Republik, Natalja Kotschanowa, zum "
    "Abschluss.",
]

PDF_FOOTNOTES = [
    "Sektionen des VIII. Forums der Regionen [Elektronische Ressource]. - 2021. - URL: "
    "https://www.unionsstaat-bulletin.example/2021/06/forum-sektionen/.",
    "Forum der Regionen: Liste der unterzeichneten Dokumente [Elektronische Ressource]. - 2021. - "
    "URL: https://www.unionsstaat-bulletin.example/2021/07/forum-dokumente/.",
]


def pdf_html() -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PDF_PARAGRAPHS)
    footnotes = "\n".join(
        f'<p class="fn"><sup>{i}</sup> {text}</p>' for i, text in enumerate(PDF_FOOTNOTES, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{PDF_TITLE}</title>
<meta name="author" content="Unionsstaat-Bulletin">
<meta name="dcterms.created" content="{BUILD_TIME.isoformat()}">
<meta name="dcterms.modified" content="{BUILD_TIME.isoformat()}">
<style>
  @page {{
    size: A5;
    margin: 22mm 16mm 20mm 16mm;
    @top-center {{ content: "Unionsstaat-Bulletin · Nr. 13 · Juli 2021"; font-size: 8pt; color: #555; }}
    @bottom-center {{ content: counter(page); font-size: 9pt; }}
  }}
  body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; }}
  h1 {{ font-size: 15pt; line-height: 1.2; margin: 0 0 8pt 0; }}
  p {{ text-align: justify; hyphens: auto; margin: 0 0 6pt 0; }}
  .kicker {{ font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; text-transform: uppercase;
            letter-spacing: .05em; color: #7a0000; margin-bottom: 4pt; }}
  .fn-rule {{ border-top: .5pt solid #000; width: 35%; margin: 12pt 0 4pt 0; }}
  .fn {{ font-size: 8pt; text-align: left; hyphens: manual; }}
</style>
</head>
<body>
<div class="kicker">Forum der Regionen</div>
<h1>{PDF_TITLE}</h1>
{paragraphs}
<div class="fn-rule"></div>
{footnotes}
</body>
</html>
"""


def build_pdf(path: Path = PDF_PATH) -> Path:
    from weasyprint import HTML

    HTML(string=pdf_html(), base_url=str(HERE)).write_pdf(path)
    return path


# --------------------------------------------------------------------------------------
# DOCX: Nordkasachstan - Landtechnik aus Belarus, August 2021
# --------------------------------------------------------------------------------------

DOCX_TITLE = "Nordkasachstan setzt auf belarussische Landtechnik: Servicezentrum in Petropawlowsk eröffnet"
DOCX_SUBTITLE = "Pressemitteilung · Landwirtschaft · Kasachstan"

DOCX_PARAGRAPHS = [
    "PETROPAWLOWSK, 12. August 2021 (BelTA) – In Petropawlowsk hat ein Händler- und Servicezentrum "
    "für Mähdrescher und Futtererntemaschinen von Gomselmash seinen Betrieb aufgenommen. An der "
    "Eröffnung nahmen Akim der Region Nordkasachstan Kumar Aksakalow und der belarussische "
    "Botschafter in Kasachstan teil, der aus Nur-Sultan angereist war.",

    "Das Zentrum verfügt über eine Werkstatt für vier Maschinen gleichzeitig, ein Ersatzteillager "
    "und einen Schulungsraum für Mechaniker. Mobile Servicewagen sollen während der Ernte auch "
    "entlegene Betriebe im Norden der Steppe erreichen.",

    "„Unsere Landwirte haben in den letzten Jahren Hunderte belarussische Maschinen gekauft. Jetzt "
    "bekommen sie den Service, den sie verdienen, und zwar nicht in Minsk, sondern hier bei uns“, "
    "sagte Aksakalow bei der Eröffnung.",

    "Die Region arbeitet seit Langem mit belarussischen Herstellern zusammen. In Taiynscha "
    "produziert das kasachisch-belarussische Gemeinschaftsunternehmen KazBelAgroPromMash "
    "Mähdrescher, deren Baugruppen zum großen Teil von Lidagroprommasch aus Lida stammen. In "
    "diesem Jahr sollen dort mehr als hundert Maschinen gefertigt werden.",

    "Der Warenaustausch zwischen Belarus und der Region Nordkasachstan belief sich im ersten "
    "Halbjahr 2021 auf annähernd 19 Mio. USD. Neben Landtechnik liefert Belarus Lebensmittel, "
    "Reifen und Möbel; die Region exportiert vor allem Getreide, Leinsaat und Mehl.",

    "Aksakalow kündigte an, im Herbst mit einer Delegation von Landwirten das Gebiet Gomel zu "
    "besuchen. Dabei soll auch über ein Abkommen zwischen der Region Nordkasachstan und dem "
    "Gebiet Gomel gesprochen werden. „Wir wollen nicht nur Maschinen kaufen, sondern lernen, wie "
    "Sie Ihre Landwirtschaft organisieren“, sagte der Akim.",
]

DOCX_TABLE = [
    ("Kennzahl", "Wert"),
    ("Warenaustausch Belarus – Nordkasachstan, 1. Halbjahr 2021", "annähernd 19 Mio. USD"),
    ("Werkstattplätze im Servicezentrum Petropawlowsk", "4"),
    ("Geplante Produktion KazBelAgroPromMash 2021", "mehr als 100 Mähdrescher"),
]


def build_docx(path: Path = DOCX_PATH) -> Path:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.title = DOCX_TITLE
    props.author = "RegioMonitor demo corpus"
    props.language = "de-DE"
    props.created = BUILD_TIME
    props.modified = BUILD_TIME
    props.last_modified_by = "build_binary_examples.py"
    props.revision = 1

    doc.add_heading(DOCX_TITLE, level=1)
    subtitle = doc.add_paragraph()
    run = subtitle.add_run(DOCX_SUBTITLE)
    run.italic = True
    run.font.size = Pt(9)

    first, *rest = DOCX_PARAGRAPHS
    dateline, _, remainder = first.partition(" – ")
    para = doc.add_paragraph()
    para.add_run(dateline + " – ").bold = True
    para.add_run(remainder)
    for text in rest:
        doc.add_paragraph(text)

    doc.add_paragraph("Kennzahlen im Überblick").runs[0].bold = True
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for i, (label, value) in enumerate(DOCX_TABLE):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
        if i == 0:
            for cell in cells:
                cell.paragraphs[0].runs[0].bold = True

    buffer = io.BytesIO()
    doc.save(buffer)
    _write_zip_with_fixed_times(buffer.getvalue(), path)
    return path


def _write_zip_with_fixed_times(data: bytes, path: Path) -> None:
    # python-docx stamps every zip member with the current time; rewriting the members with
    # BUILD_TIME makes a rebuild byte-identical, so an unchanged text gives no git diff.
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=BUILD_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))


if __name__ == "__main__":
    for built in (build_pdf(), build_docx()):
        print(built.relative_to(HERE.parent))
