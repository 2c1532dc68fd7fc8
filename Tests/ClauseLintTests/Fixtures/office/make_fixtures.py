#!/usr/bin/env python3
"""Writes the office test documents with python-docx and odfpy (pip install python-docx odfpy).
Run from this folder; commit what it writes."""
import copy
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def element(tag, **attributes):
    node = OxmlElement(tag)
    for key, value in attributes.items():
        node.set(qn(key), str(value))
    return node

document = Document()
styles = document.styles
base = styles.add_style("OpeningBase", WD_STYLE_TYPE.CHARACTER)
base.font.italic = True
opening = styles.add_style("Opening", WD_STYLE_TYPE.CHARACTER)
opening.base_style = base            # italic only through basedOn
plain = styles.add_style("Plain Clause", WD_STYLE_TYPE.PARAGRAPH)
leaning = styles.add_style("Leaning Clause", WD_STYLE_TYPE.PARAGRAPH)
leaning.base_style = plain
leaning.font.italic = True           # a paragraph style that makes every run italic

def add_numbering(document):
    """abstractNum 10 numbers "1." then "(a)"; num 5 points at it."""
    numbering = document.part.numbering_part.element
    abstract = element("w:abstractNum", **{"w:abstractNumId": 10})
    for level, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)")]):
        lvl = element("w:lvl", **{"w:ilvl": level})
        lvl.append(element("w:start", **{"w:val": 1}))
        lvl.append(element("w:numFmt", **{"w:val": fmt}))
        lvl.append(element("w:lvlText", **{"w:val": text}))
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = element("w:num", **{"w:numId": 5})
    num.append(element("w:abstractNumId", **{"w:val": 10}))
    numbering.append(num)

add_numbering(document)

def numbered(paragraph, level):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = element("w:numPr")
    numPr.append(element("w:ilvl", **{"w:val": level}))
    numPr.append(element("w:numId", **{"w:val": 5}))
    pPr.append(numPr)

def clause(opening_text, rest, how, level=None, style=None):
    paragraph = document.add_paragraph(style=style)
    run = paragraph.add_run(opening_text)
    if how == "direct":
        run.italic = True
    elif how == "style":
        run.style = "Opening"
    elif how == "off":
        run.italic = False
    paragraph.add_run(rest)
    if level is not None:
        numbered(paragraph, level)
    return paragraph

document.add_paragraph("Code: OFFICE/1/1")
document.add_paragraph("The General Assembly,")
clause("Recalling", " its resolution 70/1 of 25 September 2015,", "direct")
clause("Noting", " the work of the regional fisheries bodies,", "style")
clause("Welcoming", " the new survey of coastal wetlands,", "none")
clause("Deeply concerned", " by the loss of wetlands,", "none", style="Leaning Clause")
first = clause("Urges", " Member States to act by:", "direct", level=0)
clause("Sharing", " data;", "none", level=1)
inserted = clause("Training", " staff", "none", level=1)
# A tracked insertion (kept) and a tracked deletion (dropped).
ins = element("w:ins", **{"w:id": 1, "w:author": "Delegate", "w:date": "2026-01-01T00:00:00Z"})
run = element("w:r"); text = element("w:t"); text.text = " in every port"; run.append(text); ins.append(run)
inserted._p.append(ins)
deleted = element("w:del", **{"w:id": 2, "w:author": "Delegate", "w:date": "2026-01-01T00:00:00Z"})
run = element("w:r"); text = element("w:delText"); text.text = " DELETED WORDS"; run.append(text); deleted.append(run)
inserted._p.append(deleted)
tail = element("w:r"); text = element("w:t"); text.text = ";"; tail.append(text); inserted._p.append(tail)
clause("Requests", " a report.", "direct", level=0)
table = document.add_table(rows=1, cols=2)
table.cell(0, 0).text = "Cell one"
table.cell(0, 1).text = "Cell two"
document.save("resolution.docx")

# --- OpenDocument text, with odfpy ---
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ListLevelProperties
from odf.text import P, H, Span, List, ListItem, ListStyle, ListLevelStyleNumber, Note, NoteCitation, NoteBody

odt = OpenDocumentText()
named_base = Style(name="OpeningBase", family="text")
named_base.addElement(TextProperties(fontstyle="italic"))
named = Style(name="Opening", family="text", parentstylename="OpeningBase")   # italic through its parent
odt.styles.addElement(named_base)
odt.styles.addElement(named)
automatic = Style(name="T1", family="text")
automatic.addElement(TextProperties(fontstyle="italic"))
odt.automaticstyles.addElement(automatic)
numbers = ListStyle(name="L1")
numbers.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
numbers.addElement(ListLevelStyleNumber(level=2, numformat="a", numprefix="(", numsuffix=")"))
odt.automaticstyles.addElement(numbers)

def paragraph(opening, rest, style=None):
    p = P()
    if style:
        p.addElement(Span(stylename=style, text=opening))
    else:
        p.addText(opening)
    p.addText(rest)
    return p

odt.text.addElement(P(text="Code: OFFICE/1/1"))
odt.text.addElement(P(text="The General Assembly,"))
odt.text.addElement(paragraph("Recalling", " its resolution 70/1 of 25 September 2015,", "T1"))
noting = paragraph("Noting", " the work of the regional fisheries bodies,", "Opening")
note = Note(id="ftn1", noteclass="footnote")
note.addElement(NoteCitation(text="1"))
body = NoteBody()
body.addElement(P(text="See the annual report of the bodies."))
note.addElement(body)
noting.addElement(note)
odt.text.addElement(noting)
odt.text.addElement(paragraph("Welcoming", " the new survey of coastal wetlands,"))
top = List(stylename="L1")
item = ListItem()
item.addElement(paragraph("Urges", " Member States to act by:", "T1"))
inner = List()
for text in ("Sharing data;", "Training staff;"):
    sub = ListItem()
    sub.addElement(P(text=text))
    inner.addElement(sub)
item.addElement(inner)
top.addElement(item)
last = ListItem()
last.addElement(paragraph("Requests", " a report.", "T1"))
top.addElement(last)
odt.text.addElement(top)
odt.save("resolution.odt")

# --- The same resolution as resolution.odt, in Word, for the cross-format comparison ---
same = Document()
add_numbering(same)
document = same
same.add_paragraph("Code: OFFICE/1/1")
same.add_paragraph("The General Assembly,")
clause("Recalling", " its resolution 70/1 of 25 September 2015,", "direct")
clause("Noting", " the work of the regional fisheries bodies,", "direct")
clause("Welcoming", " the new survey of coastal wetlands,", "none")
clause("Urges", " Member States to act by:", "direct", level=0)
clause("Sharing", " data;", "none", level=1)
clause("Training", " staff;", "none", level=1)
clause("Requests", " a report.", "direct", level=0)
same.save("same.docx")

# --- Hostile inputs: a truncated document and an entity-expansion ("billion laughs") document ---
data = open("same.docx", "rb").read()
open("truncated.docx", "wb").write(data[: len(data) // 2])
import zipfile
laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">' for i in range(1, 10)) + ']>' \
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
with zipfile.ZipFile("entities.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("word/document.xml", laughs)
