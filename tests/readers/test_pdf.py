"""The PDF reader on PDFs LibreOffice printed from the .docx pandoc wrote from the style fixtures.

What the notes should say comes from pandoc's own plain-text rendering of the same Markdown (`-t plain`,
tests/formats.py reads its notes), not from the reader; field scores use bench/accuracy.py's expectations. LibreOffice is needed for
these PDFs (`make system-tools` installs it as root); where it is missing they are skipped with that reason.
Scanned and encrypted PDFs are made with Pillow and pypdf.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bench.accuracy import STYLES, _add_note, expected_references, fold
from cite.model import Document, Extraction
from cite.pipeline import extract_document, extract_paths
from cite.readers import ReadError, pdf, pdf_layout, read
from tests.pdf_fixtures import STYLES as STYLES_DIR
from tests.pdf_fixtures import make_pdf, soffice, written_by_pandoc
from tests.scoring import Score
from tools.make_review_pdfs import chromium_print

GBT = "china-national-standard-gb-t-7714-2015-note"
MHRA = "modern-humanities-research-association"
#: (style, page set-up) of each PDF made; every style on pandoc's default page, GB/T also on the others.
CASES = [(style, "default") for style in sorted(STYLES) if (STYLES_DIR / f"{style}.md").exists()] + [
    (GBT, "journal"),
    (GBT, "circled"),
    (GBT, "chinese-journal"),
    (GBT, "columns"),
    (MHRA, "journal"),
    ("chicago-fullnote-bibliography", "no-rule"),
]


@pytest.fixture(scope="session")
def plain_f1() -> dict[str, float]:
    """Field F1 of each style's plain-text export (tests/fixtures/styles-plain/), measured now, by the same parser."""
    from bench.accuracy import heldout_scores

    return {style: score.f1 for style, score in heldout_scores("styles-plain").items()}


@pytest.fixture(scope="session")
def pdf_cache(request: pytest.FixtureRequest) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; `make system-tools` installs it (as root, with apt-get)")
    return Path(request.config.cache.mkdir("pdf-fixtures"))


def _pdf(folder: Path, style: str, layout: str) -> Path:
    markdown = (STYLES_DIR / f"{style}.md").read_text(encoding="utf-8")
    return make_pdf(markdown, f"{style}-{layout}", layout, folder)


@cache
def _read(path: Path) -> Document:
    """Each PDF read once per session (several tests look at the same document)."""
    return read(path)


@cache
def _extract(path: Path) -> Extraction:
    return extract_document(_read(path))


@pytest.mark.parametrize(("style", "layout"), CASES, ids=[f"{s}-{layout}" for s, layout in CASES])
def test_notes_found_are_the_notes_written(pdf_cache: Path, style: str, layout: str) -> None:
    doc = _read(_pdf(pdf_cache, style, layout))
    written = written_by_pandoc(style, pdf_cache)
    assert [note.text for note in doc.notes] == [text for _, text in written]
    if layout in ("circled", "chinese-journal"):  # ① ② … again from ① on every page
        numbers = [pdf_layout.number(note.label) for note in doc.notes]
        assert all(pdf_layout.CIRCLED_CHAR.fullmatch(note.label) for note in doc.notes)
        assert numbers[0] == 1 and numbers.count(1) == len({note.page for note in doc.notes})
    else:
        assert [note.label for note in doc.notes] == [label for label, _ in written]
    found, expected = Counter(n.text for n in doc.notes), Counter(text for _, text in written)
    matched = sum((found & expected).values())
    assert 2 * matched / (len(doc.notes) + len(written)) >= 0.98  # note F1


@pytest.mark.parametrize(("style", "layout"), CASES, ids=[f"{s}-{layout}" for s, layout in CASES])
def test_every_note_is_paired_with_its_mark_and_citing_sentence(pdf_cache: Path, style: str, layout: str) -> None:
    extraction = _extract(_pdf(pdf_cache, style, layout))
    assert extraction.warnings == ()
    assert all(note.context for note in extraction.notes)
    assert not [w for note in extraction.notes for w in note.warnings if "marker" in w]
    assert [note.seq for note in extraction.notes] == list(range(1, 51))


@pytest.mark.parametrize(("style", "layout"), CASES, ids=[f"{s}-{layout}" for s, layout in CASES])
def test_field_f1_no_lower_than_the_plain_text_export(
    pdf_cache: Path, plain_f1: dict[str, float], style: str, layout: str
) -> None:
    items = {item["id"]: item for item in json.loads((STYLES_DIR / "items.json").read_text(encoding="utf-8"))}
    truths = [json.loads(line) for line in (STYLES_DIR / f"{style}.truth.jsonl").read_text().splitlines()]
    notes = _extract(_pdf(pdf_cache, style, layout)).notes
    score = Score()
    for truth, note in zip(truths, notes, strict=True):  # in order: circled labels restart on every page
        got = [r.csl() for r in note.references]
        expected = expected_references(truth, items, STYLES[style])
        _add_note(score, (truth["label"],), expected, got, not truth["keys"], note.kind, fold)
    assert score.f1 >= plain_f1[style] - 0.005, (round(score.f1, 3), score.errors[:10])


def test_printed_page_numbers_from_the_footer(pdf_cache: Path) -> None:
    doc = _read(_pdf(pdf_cache, GBT, "journal"))  # page numbers start at 117; a running header on every page
    assert doc.notes[0].page == 117 and doc.notes[-1].page == 116 + 4
    assert not any("Journal of Central Asian Studies" in line for line in doc.lines)
    assert not any(line.strip().isdigit() for line in doc.lines)


def test_notes_without_page_numbers_record_the_physical_page(pdf_cache: Path) -> None:
    doc = _read(_pdf(pdf_cache, GBT, "default"))
    assert doc.notes[0].page == 1
    assert [note.page for note in doc.notes] == sorted(note.page for note in doc.notes)


def test_italic_titles_are_kept(pdf_cache: Path) -> None:
    doc = _read(_pdf(pdf_cache, "chicago-fullnote-bibliography", "default"))
    note = doc.notes[3]  # *Empires of the Steppe: …* in the Markdown
    assert [note.text[s:e] for s, e in note.italic] == [
        "Empires of the Steppe: Russia, China and the Contest for Inner Asia, 1850-1950"
    ]
    chinese = doc.notes[15]  # *中亚国家发展报告（2021）*: no italic face, LibreOffice slants the glyphs
    assert [chinese.text[s:e] for s, e in chinese.italic] == ["中亚国家发展报告（2021）"]


# (On pandoc's default page, paragraphs set apart by space, one ending at the foot of a page is read as going on.)
@pytest.mark.parametrize("layout", ["columns", "chinese-journal"])
def test_body_paragraphs_as_written_in_columns_or_indented(pdf_cache: Path, layout: str) -> None:
    doc = _read(_pdf(pdf_cache, GBT, layout))
    source = (STYLES_DIR / f"{GBT}.md").read_text(encoding="utf-8")
    paragraphs = [re.sub(r"\[\^\d+\]", "", p) for p in source.split("\n\n") if p and not p.startswith(("#", "[^"))]
    body = [re.sub(r"\d+|[①-⑳]", "", line) for line in doc.lines if line and not line.startswith(("引言", "大国"))]
    assert [p for p in body if len(p) > 20] == [p for p in paragraphs if len(p) > 20]


# --- files the reader refuses ------------------------------------------------------------------------------


@pytest.fixture
def scanned_pdf(tmp_path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (850, 1100), "white")
    ImageDraw.Draw(image).text((100, 100), "A page that was scanned: 1 Ibid., 52.", fill="black")
    path = tmp_path / "scanned.pdf"
    image.save(path, "PDF", resolution=100)
    return path


@pytest.fixture
def encrypted_pdf(tmp_path: Path, scanned_pdf: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(scanned_pdf))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "encrypted.pdf"
    writer.write(path)
    return path


def test_a_scanned_pdf_says_it_has_no_text_layer(scanned_pdf: Path) -> None:
    with pytest.raises(ReadError, match=r"scanned\.pdf: the PDF has no text layer \(scanned pages\?\); cite does not"):
        read(scanned_pdf)


def test_an_encrypted_pdf_says_so(encrypted_pdf: Path) -> None:
    with pytest.raises(ReadError, match=r"encrypted\.pdf: the PDF is encrypted \(password-protected\)"):
        read(encrypted_pdf)


def test_a_broken_pdf_says_so(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really\n")
    with pytest.raises(ReadError, match=r"broken\.pdf: not a readable PDF"):
        read(broken)


def test_page_budget(monkeypatch: pytest.MonkeyPatch, pdf_cache: Path) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    with pytest.raises(ReadError, match=r"4 pages is over the 2-page limit"):
        read(_pdf(pdf_cache, GBT, "default"))


def test_a_run_reports_bad_pdfs_and_reads_the_rest(
    tmp_path: Path, pdf_cache: Path, scanned_pdf: Path, encrypted_pdf: Path
) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(_pdf(pdf_cache, GBT, "default").read_bytes())
    results = list(extract_paths([tmp_path]))
    errors = [str(r) for r in results if isinstance(r, ReadError)]
    assert [len(r.notes) for r in results if not isinstance(r, ReadError)] == [50]
    assert len(errors) == 2 and any("encrypted" in e for e in errors) and any("no text layer" in e for e in errors)


# --- a PDF from another typesetter: pdfLaTeX, two columns, running header with its rule, page numbers ------------

SENTENCE = (
    "Regional organisations have multiplied without producing deep integration, and scholars disagree over "
    "whether external competition helps or hurts the small states of the region"
)


@pytest.fixture(scope="session")
def latex_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A two-column pdfLaTeX article citing the English items of the style fixtures, and its notes as written."""
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    items = json.loads((STYLES_DIR / "items.json").read_text(encoding="utf-8"))
    english = [
        i for i in items if i.get("language", "en").startswith("en") and "'" not in i["title"] and i.get("author")
    ]
    notes, body = [], []
    for number, item in enumerate(english, start=1):
        author = " and ".join(f"{p.get('given', '')} {p.get('family', '')}".strip() for p in item["author"][:2])
        year = item["issued"]["date-parts"][0][0]
        notes.append((f"{author}, {{\\itshape {item['title']}}} ({year}), {number * 3}--{number * 3 + 2}.", author))
        body.append(f"{SENTENCE} in case {number}.\\footnote{{{notes[-1][0]}}}" + ("\n\n" if number % 3 == 0 else " "))
    tex = "\n".join(
        [
            r"\documentclass[twocolumn,10pt]{article}",
            r"\usepackage[margin=0.8in]{geometry}",
            r"\usepackage{fancyhdr}\pagestyle{fancy}\fancyhead[C]{Central Asian Review}\fancyfoot[C]{\thepage}",
            r"\begin{document}",
            "".join(body),
            r"\end{document}",
        ]
    )
    folder = tmp_path_factory.mktemp("latex")
    (folder / "article.tex").write_text(tex, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "article.tex"], cwd=folder, capture_output=True, check=True)
    written = [re.sub(r"\{\\itshape ([^}]*)\}", r"\1", note).replace("--", "–") for note, _ in notes]
    return folder / "article.pdf", written


def test_a_latex_two_column_article(latex_pdf: tuple[Path, list[str]]) -> None:
    path, written = latex_pdf
    doc = read(path)
    assert [note.text for note in doc.notes] == written
    assert [note.label for note in doc.notes] == [str(n) for n in range(1, len(written) + 1)]
    assert sorted(m.label for m in doc.markers) == sorted(note.label for note in doc.notes)
    assert all(note.italic for note in doc.notes)
    text = "\n".join(doc.lines)
    assert "Central Asian Review" not in text  # the running header
    assert text.count(SENTENCE) == len(written)  # hyphenated words joined back, columns in order
    for number in range(1, len(written) + 1):  # each case's mark right after it
        assert f"in case {number}.{number}" in text


def test_endnotes_at_the_end_are_linked_to_their_superscript_marks(tmp_path: Path) -> None:
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    notes = [
        "Eleanor Hartley, \\emph{Water Diplomacy in the Syr Darya Basin} (London: Routledge, 2019), 217.",
        "Margaret Whitfield, \\emph{Empires of the Steppe} (Cambridge: Cambridge University Press, 2016), 45--47.",
        "Ibid., 52.",
    ]
    sentences = ["Water allocation divides the region.", "Borders are contested.", "The Soviet collapse mattered."]
    body = " ".join(f"{s}\\textsuperscript{{{n}}}" for n, s in enumerate(sentences, start=1))
    listed = "\n\n".join(f"{n}. {note}" for n, note in enumerate(notes, start=1))
    tex = f"\\documentclass{{article}}\\begin{{document}}\n{body}\n\n\\section*{{Notes}}\n{listed}\n\\end{{document}}\n"
    (tmp_path / "endnotes.tex").write_text(tex, encoding="utf-8")
    subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "endnotes.tex"], cwd=tmp_path, capture_output=True, check=True
    )
    extraction = extract_document(read(tmp_path / "endnotes.pdf"))
    assert [(n.label, n.context) for n in extraction.notes] == [(str(i), s) for i, s in enumerate(sentences, 1)]
    assert [n.text for n in extraction.notes] == [
        re.sub(r"\\emph\{([^}]*)\}", r"\1", note).replace("--", "–") for note in notes
    ]
    assert [[n.text[s:e] for s, e in n.italic] for n in extraction.notes] == [  # the \emph of each, as written
        ["Water Diplomacy in the Syr Darya Basin"],
        ["Empires of the Steppe"],
        [],
    ]


def test_scanned_pages_among_text_pages_are_named(tmp_path: Path, pdf_cache: Path, scanned_pdf: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.append(str(_pdf(pdf_cache, GBT, "default")))
    writer.append(str(scanned_pdf))
    mixed = tmp_path / "mixed.pdf"
    writer.write(mixed)
    doc = read(mixed)
    assert doc.warnings == ("mixed.pdf: page 5 has no text layer (scanned?); not read",)
    assert len(doc.notes) == 50


def test_long_notes_going_on_over_several_pages(pdf_cache: Path) -> None:
    long = " ".join(
        f"Sentence {i} of a long note on the sources, citing Hartley, Water Diplomacy (2019), {i}." for i in range(60)
    )
    notes = {n: f"Note {n}. {long}" if n % 2 else f"Note {n}. A short note, 12." for n in range(1, 7)}
    body = [
        f"Paragraph {n} makes a claim that needs a long note.[^{n}] " + "Filler text for the body. " * 30 for n in notes
    ]
    markdown = "\n\n".join(body) + "\n\n" + "\n".join(f"[^{n}]: {text}" for n, text in notes.items()) + "\n"
    path = make_pdf(markdown, "long-notes", "default", pdf_cache)
    doc = read(path)
    assert [(note.label, note.text) for note in doc.notes] == [(str(n), text) for n, text in notes.items()]
    pages = len(pdfium.PdfDocument(path))
    assert pages > len({note.page for note in doc.notes}) + 2  # pages holding only the rest of a long note
    assert sorted(m.ref for m in doc.markers) == sorted(note.ref for note in doc.notes)


def test_damaged_pdfs_give_a_document_or_a_read_error(tmp_path: Path, pdf_cache: Path) -> None:
    """Bytes changed at random or cut short (untrusted input): never another exception."""
    import random

    source = _pdf(pdf_cache, GBT, "default").read_bytes()
    chance = random.Random(20261201)
    damaged = [source[: len(source) // 2], source[:2000]]
    for _ in range(12):
        data = bytearray(source)
        for _ in range(50):
            data[chance.randrange(len(data))] = chance.randrange(256)
        damaged.append(bytes(data))
    for number, data in enumerate(damaged):
        path = tmp_path / f"damaged{number}.pdf"
        path.write_bytes(data)
        try:
            read(path)
        except ReadError as err:
            assert str(err).startswith(f"{path}: ")


def test_a_mixed_directory_with_bad_pdfs_reports_each_once_and_extracts_the_rest(
    pdf_cache: Path, scanned_pdf: Path, encrypted_pdf: Path, tmp_path: Path
) -> None:
    """Issue 9's mixed folder: a good PDF and a text file are extracted; an encrypted PDF, a PDF without a text layer,
    a corrupt .docx and an unsupported format each give one error line; the exit status is 1."""
    from typer.testing import CliRunner

    from cite.cli import app

    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(_pdf(pdf_cache, GBT, "default"), folder / "good.pdf")
    shutil.copy(STYLES_DIR.parent / "styles-plain" / f"{GBT}.txt", folder / "plain.txt")
    shutil.copy(scanned_pdf, folder / "scanned.pdf")
    shutil.copy(encrypted_pdf, folder / "locked.pdf")
    (folder / "cut.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    result = CliRunner().invoke(app, ["extract", str(folder), "--format", "jsonl", "--no-store", "-q"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert sorted(next(n for n in ("scanned", "locked", "cut", "old") if n in e) for e in errors) == [
        "cut",
        "locked",
        "old",
        "scanned",
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {doc: sum(r["doc"] == doc for r in records) for doc in ("good.pdf", "plain.txt")} == {
        "good.pdf": 50,
        "plain.txt": 50,
    }


# --- pdfLaTeX: italics, links and a reference list (paragraphs set in by 1em, hanging indents, hanging labels)

LATEX_URL = "https://example.org/books/pipe-dreams"
LATEX_LONG_URL = f"{LATEX_URL}/with/a/very/long/path/that/breaks"
LATEX_NOTES = [
    r"Emma Hartley, \emph{Water, Power and Borders: Essays} (London: Polity, 2019), 45.",
    rf"Maya K. Peterson, \emph{{Pipe Dreams}} (London: Polity, 2019), \href{{{LATEX_URL}}}{{publisher's page}}.",
]
LATEX_ENTRIES = [
    r"Hartley, Emma. \emph{Water, Power and Borders: Essays}. London: Polity, 2019.",
    r"Okafor, Chidi. ``Roads, Rails and Rivers.'' \emph{Steppe, Sand and Snow: A Review of Central Asian and Caucasian Studies} 12, no. 3 (2020): 45--67.",
    rf"Peterson, Maya K. \emph{{Pipe Dreams}}. London: Polity, 2019. \url{{{LATEX_LONG_URL}}}.",
]
#: The entries' fields as written above (the last two long enough to take three lines in a column).
LATEX_FIELDS = [
    {
        "author": ["Hartley, Emma"],
        "title": "Water, Power and Borders: Essays",
        "container-title": None,
        "URL": None,
    },
    {
        "author": ["Okafor, Chidi"],
        "title": "Roads, Rails and Rivers",
        "container-title": "Steppe, Sand and Snow: A Review of Central Asian and Caucasian Studies",
    },
    {"author": ["Peterson, Maya K."], "title": "Pipe Dreams", "container-title": None, "URL": LATEX_LONG_URL},
]


def _latex(folder: Path, name: str, body: str) -> Path:
    preamble = (
        r"\documentclass[twocolumn,10pt]{article}\usepackage[margin=0.8in]{geometry}\usepackage[hidelinks]{hyperref}"
    )
    (folder / f"{name}.tex").write_text(
        f"{preamble}\n\\begin{{document}}\n{body}\n\\end{{document}}\n", encoding="utf-8"
    )
    subprocess.run(["pdflatex", "-interaction=nonstopmode", f"{name}.tex"], cwd=folder, capture_output=True, check=True)
    return folder / f"{name}.pdf"


@pytest.mark.parametrize("listing", ["section", "hanging", "thebibliography"])
def test_a_latex_article_keeps_italics_links_and_its_reference_list(tmp_path: Path, listing: str) -> None:
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    text = " ".join(f"{SENTENCE} in case {n}.\\footnote{{{note}}}" for n, note in enumerate(LATEX_NOTES, start=1))
    if listing == "section":  # paragraphs set in by \parindent (1em in two columns)
        entries = "\\section*{References}\n" + "\n\n".join(LATEX_ENTRIES)
    elif listing == "hanging":  # first lines flush, the others set in (as biblatex and Zotero set bibliographies)
        hanging = "\n\n".join(f"\\hangindent=2em\\hangafter=1 {entry}" for entry in LATEX_ENTRIES)
        entries = f"\\section*{{References}}\n\\setlength{{\\parindent}}{{0pt}}\n{hanging}"
    else:  # labels hanging in the margin, the entries' lines under the text after them
        items = "\n".join(f"\\bibitem{{k{n}}} {entry}" for n, entry in enumerate(LATEX_ENTRIES))
        entries = f"\\begin{{thebibliography}}{{9}}\n{items}\n\\end{{thebibliography}}"
    notes = extract_document(read(_latex(tmp_path, listing, f"{text}\n\n{entries}"))).notes
    footnotes = [note for note in notes if note.where == "footnote"]
    assert [[note.text[s:e] for s, e in note.italic] for note in footnotes] == [
        ["Water, Power and Borders: Essays"],
        ["Pipe Dreams"],
    ]
    assert [(link.target, footnotes[1].text[link.start : link.end]) for link in footnotes[1].links] == [
        (LATEX_URL, "publisher’s page")
    ]
    assert footnotes[1].references[0].url == LATEX_URL  # from the link annotation: the text shows no address
    entries = [note.references[0].csl() for note in notes if note.where == "body"]
    assert [{key: entry.get(key) for key in want} for entry, want in zip(entries, LATEX_FIELDS, strict=True)] == (
        LATEX_FIELDS
    )


def test_marks_of_adjacent_notes_printed_as_one_superscript(pdf_cache: Path) -> None:
    """LibreOffice prints `[^5][^6]` as one superscript "56" and `[^10][^11]` as "1011": the marks of notes 5, 6, 10
    and 11, not a mark of a note 56 that is not there (nor notes left without marks)."""
    notes = {n: f"赵常庆：《哈萨克斯坦与中国》，北京：中国社会科学出版社，2012年，第{n}页。" for n in range(1, 13)}
    body = "".join(f"第{n}句讨论多元外交。[^{n}]" for n in (1, 2, 3, 4)) + "西方学者多从小国战略角度分析。[^5][^6]"
    body += "".join(f"第{n}句。[^{n}]" for n in (7, 8, 9)) + "中国学者的研究集中于上海合作组织框架。[^10][^11]第12句。[^12]"
    markdown = body + "\n\n" + "\n".join(f"[^{n}]: {text}" for n, text in notes.items()) + "\n"
    extraction = extract_document(read(make_pdf(markdown, "glued-marks", "default", pdf_cache)))
    assert [note.label for note in extraction.notes] == [str(n) for n in notes]
    assert not extraction.warnings
    contexts = {note.label: note.context for note in extraction.notes}
    assert contexts["5"] == contexts["6"] and "小国战略" in contexts["5"]
    assert contexts["10"] == contexts["11"] and "上海合作组织" in contexts["10"]


#: Publishers and places of different lengths, so that the entries below end anywhere on their lines.
PUBLISHERS = ("Polity", "Routledge", "Oxford University Press", "Cambridge University Press", "Brill", "Hurst")


#: The entries' authors, taken in turn.
AUTHORS = ("Abbott, Anna", "Baker, B. C", "Jones Luong, Pauline", "Carter, Dan", "O’Neill, Eve", "Dalton-Hart, F")
#: Words of the entries' titles, taken in turn.
TITLE_WORDS = "irrigation and empire in the steppe: water, cotton and the state in Soviet Central Asia".split()


def _hanging_entry(n: int) -> str:
    """Reference-list entry n: one line, two or three, some long enough to end flush with the margin."""
    title = " ".join(TITLE_WORDS[: 1 + (n * 7) % len(TITLE_WORDS)] * (1 + n % 3))
    author = AUTHORS[n % len(AUTHORS)]
    return f"{author}. Studies {n} in {title}. London: {PUBLISHERS[n % len(PUBLISHERS)]}, {1950 + n}."


def test_a_latex_bibliography_in_hanging_indents_gives_each_entry_whole(tmp_path: Path) -> None:
    """A reference list set as biblatex sets it (the first line flush, the others set in, a little space between
    entries; 3 pt in 10 pt type) over pages, one of its entries with an address TeX could not break running
    into the margin: every entry is one paragraph, those of one line filling the line too, and the entry whose
    set-in line ends a page."""
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    entries = [_hanging_entry(n) for n in range(60)]
    entries[7] = entries[7][:-1] + " https://www.example.org/a/long/address/TeX/cannot/break/at/any/point/whatsoever."
    listing = "\n\n".join(e.replace("https", r"\url{https").replace("whatsoever.", "whatsoever}.") for e in entries)
    body = (
        "\\section*{References}\n\\setlength{\\leftskip}{1.5em}\\setlength{\\parindent}{-1.5em}"
        f"\\setlength{{\\parskip}}{{3pt}}\n\n{listing}"
    )
    (tmp_path / "refs.tex").write_text(
        "\\documentclass[10pt]{article}\\usepackage[margin=1in]{geometry}\\usepackage{url}\n"
        f"\\begin{{document}}\n{body}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "refs.tex"], cwd=tmp_path, capture_output=True, check=True)
    assert len(pdfium.PdfDocument(tmp_path / "refs.pdf")) > 1
    document = read(tmp_path / "refs.pdf")
    assert [line for line in document.lines if line][1:] == entries


def test_a_numbered_list_printed_by_libreoffice_keeps_each_entry_whole(pdf_cache: Path) -> None:
    """A reference list typed "(1) …" as ACS numbers it: LibreOffice prints the label and a tab ("(1)Whitesides", no
    space in the text) and sets the entry's other lines under its text, also on a page of nothing but the list."""
    entries = [
        f"Author{n}, A. B.; Writer, C. D. Water Chemistry of the Aral Sea Basin, Part {n}. J. Arid Chem. "
        f"{1990 + n}, {n}, {100 + n}–{120 + n}."
        for n in range(1, 41)
    ]
    markdown = "# References\n\n" + "\n\n".join(f"({n}) {entry}" for n, entry in enumerate(entries, 1)) + "\n"
    document = read(make_pdf(markdown, "parenthesised-list", "default", pdf_cache))
    assert [line for line in document.lines if line][1:] == [f"({n}) {e}" for n, e in enumerate(entries, 1)]


def test_a_reference_list_set_apart_by_space_in_two_columns_keeps_its_entries_apart(pdf_cache: Path) -> None:
    """Entries set apart by space (as word processors set them), in two columns: an entry that ends at the foot of a
    column is not run into the one at the top of the next."""
    entries = [_hanging_entry(n) for n in range(60)]
    markdown = "# References\n\n" + "\n\n".join(entries) + "\n"
    document = read(make_pdf(markdown, "spaced-list", "columns", pdf_cache))
    assert [line for line in document.lines if line][1:] == entries


#: Vancouver entries of almost two lines in 10 pt on a one-column page (authors from `AUTHORS`' families).
VANCOUVER_ENTRIES = [
    f"{family} {initials}, Carter D, Dalton F, Evans G. Studies {n} in irrigation, cotton and empire in the steppe "
    f"and the oases of Soviet Central Asia and after independence. J Arid Land Hist. {1990 + n};{n}({n % 4 + 1}):"
    f"{100 + n}-{120 + n}."
    for n, (family, initials) in enumerate([("Abbott", "AB"), ("Baker", "BC"), ("Okafor", "C"), ("Jones", "PL")], 1)
]


def test_a_short_list_in_hanging_indents_whose_lines_all_end_flush_keeps_each_entry_whole(tmp_path: Path) -> None:
    """Four entries after a heading, set in hanging indents with every line justified to the margin
    (`\\parfillskip` 0pt), the first entry not outdented (LaTeX sets no indent after a heading): each set-in line
    goes on its entry although no entry's last line leaves room, since the flush line after it opens an entry."""
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    listing = "\n\n".join(VANCOUVER_ENTRIES)
    body = (
        f"{SENTENCE}.\n\n\\section{{References}}\n\\setlength{{\\leftskip}}{{1.5em}}\\setlength{{\\parindent}}{{-1.5em}}"
        f"\\setlength{{\\parfillskip}}{{0pt}}\n\n{listing}"
    )
    (tmp_path / "short.tex").write_text(
        f"\\documentclass[10pt]{{article}}\\usepackage[margin=1in]{{geometry}}\n\\begin{{document}}\n{body}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "short.tex"], cwd=tmp_path, capture_output=True, check=True)
    assert [line for line in read(tmp_path / "short.pdf").lines if line][2:] == VANCOUVER_ENTRIES


def test_the_last_page_of_two_columns_with_one_body_line_on_the_right_keeps_its_columns_notes_apart(
    tmp_path: Path,
) -> None:
    """The last page of a two-column article: the left column full, the right one holding one line of the body
    and its note, set beside the left column's note on the same baselines. The gutter is found among all the
    page's lines (the body's alone have too few on the right), so each note is read whole, not interleaved."""
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    left = "Hartley, Emma. Water, Power and Borders: Essays on the Rivers of the Steppe. London: Polity, 2019, 45-47."
    right = (
        "Okafor, Chidi. Roads, Rails and Rivers: Transport and Water in the Caucasus and Central Asia after "
        "Independence, 1991-2021. Leiden: Brill, 2021, 12-14."
    )
    body = " ".join([SENTENCE + "."] * 6) + f"\\footnote{{{left}}}\n\n\\newpage Short.\\footnote{{{right}}}"
    notes = extract_document(read(_latex(tmp_path, "last-page", body))).notes
    assert [(note.label, note.text) for note in notes] == [("1", left), ("2", right)]


def test_a_chinese_line_is_not_ended_where_a_latin_comma_ties_the_next_words_to_it() -> None:
    """A browser does not break "研究生院,2010年" before "2010" (nor before the comma), so it moves "院,2010" to the
    next line and leaves room on this one for "院,": the paragraph goes on (a page built by hand)."""
    from tests.readers.test_pdf_layout import line

    full = "中亚地区的水资源问题长期以来受到各国政府和国际组织的高度关注独立以后上下游国家围绕跨境河流展开了谈判"
    assert len(full) == 50
    texts = [full + "多轮谈判", full + "多轮谈判", full, "院,2010年,第33页。"]
    lines = [line(text, 90, 700 - 16 * k, 16.0) for k, text in enumerate(texts)]
    assert lines[0].x1 == 522 and lines[2].x1 == 490  # room for "院," (16 wide) but not for "院,2010"
    document = pdf.document_of([pdf_layout.Page(1, 612, 792, lines)], "hand.pdf", "hand.pdf")
    assert [text for text in document.lines if text] == ["".join(texts)]


def _chromium_pdf(folder: Path, page: str) -> Path:
    """The PDF headless Chromium prints of an HTML page, with its default header and footer."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Chromium is not installed (Debian: chromium); `make system-tools` installs it")
    (folder / "page.html").write_text(page, encoding="utf-8")
    return chromium_print(browser, folder / "page.html", timeout=120)


def test_a_web_page_printed_by_chromium_gives_its_endnotes_without_back_links_header_or_footer(tmp_path: Path) -> None:
    """One page, as a browser prints it: the date and title above, the file's address and "1/1" below, the notes
    an endnote list whose items end with a back-link "↩︎" (as pandoc writes them)."""
    notes = [
        "Emma Hartley, Water, Power and Borders (London: Polity, 2019), 45.",
        "Chidi Okafor, “Roads, Rails and Rivers,” Steppe 12, no. 3 (2020): 45–67.",
        "Ibid., 50.",
    ]
    marks = " ".join(f"<p>{SENTENCE}.<a href='#fn{n}' id='fnref{n}'><sup>{n}</sup></a></p>" for n in (1, 2, 3))
    items = "".join(f"<li id='fn{n}'><p>{note}<a href='#fnref{n}'>↩︎</a></p></li>" for n, note in enumerate(notes, 1))
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Water and Empire</title></head><body>"
        f"<h1>Water and Empire</h1>{marks}<section class='footnotes'><hr><ol>{items}</ol></section></body></html>"
    )
    pdf_file = _chromium_pdf(tmp_path, page)
    assert len(pdfium.PdfDocument(pdf_file)) == 1
    extraction = extract_document(read(pdf_file))
    assert [(note.label, note.text) for note in extraction.notes] == [("1", notes[0]), ("2", notes[1]), ("3", notes[2])]
    assert not extraction.warnings
    assert not any("file://" in line or "1/1" in line for line in read(pdf_file).lines)


def test_a_reference_list_printed_by_chromium_keeps_entries_whole_across_pages(tmp_path: Path) -> None:
    """Entries as citeproc writes them to HTML (the label "[n]" in a block floated left, the text beside it in
    hanging indents) over two pages: an entry going on at the top of a page whose edge is the labels' (no body
    text there) is not split where its set-in lines go on. The entries are long, so that every page ends
    inside one."""
    entries = [f"{_hanging_entry(n)[:-1]}; {_hanging_entry(n + 1)} {_hanging_entry(n + 2)}" for n in range(12)]
    style = (
        ".refs{margin-left:3em;text-indent:-1.5em} .label{float:left;min-width:2em}"
        " .text{margin-left:2em;padding-left:1em}"
    )
    listing = "".join(
        f"<div class='entry'><div class='label'>[{n}]</div><div class='text'>{entry}</div></div>"
        for n, entry in enumerate(entries, 1)
    )
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Refs</title><style>{style}</style></head><body>"
        f"<h1>Water and Empire</h1><p>{SENTENCE}.</p><h2>References</h2><div class='refs'>{listing}</div></body></html>"
    )
    pdf_file = _chromium_pdf(tmp_path, page)
    assert len(pdfium.PdfDocument(pdf_file)) > 1
    lines = [line for line in read(pdf_file).lines if line]
    assert lines[lines.index("References") + 1 :] == [f"[{n}] {entry}" for n, entry in enumerate(entries, 1)]


def test_a_journal_page_with_line_numbers_and_a_first_page_footer_keeps_notes_and_entries_clean(
    tmp_path: Path,
) -> None:
    """pdfLaTeX with lineno (small numbers beside every body line, some at the head of a line, some alone) and a
    first-page footer holding the dates, the DOI and the page number two ems and more away: no number is read into
    the text, and the footer goes on no note or entry (one page: nothing repeats to tell it by)."""
    if shutil.which("pdflatex") is None or shutil.which("kpsewhich") is None:
        pytest.skip("pdflatex is not installed (Debian: texlive-latex-base)")
    for package in ("lineno.sty", "fancyhdr.sty"):
        if not subprocess.run(["kpsewhich", package], capture_output=True, text=True).stdout.strip():
            pytest.skip(f"{package} is not installed (Debian: texlive-latex-recommended)")
    note = "Emma Hartley, Water, Power and Borders (London: Polity, 2019), 45."
    entries = [f"[{n}] {entry}" for n, entry in enumerate(VANCOUVER_ENTRIES, 1)]
    preamble = (
        "\\documentclass[10pt]{article}\\usepackage[margin=1in]{geometry}\\usepackage{lineno}\\usepackage{fancyhdr}"
        "\\fancypagestyle{first}{\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\fancyfoot[L]{\\footnotesize Received"
        " 3 March 2026; accepted 9 July 2026. https://doi.org/10.5555/jcas.2026.117}\\fancyfoot[R]{\\thepage}}"
    )
    listing = "\n\n".join(f"\\noindent {entry}" for entry in entries)
    body = f"{SENTENCE}.\\footnote{{{note}}} {SENTENCE}.\n\n\\section*{{References}}\n{listing}"
    (tmp_path / "journal.tex").write_text(
        f"{preamble}\n\\begin{{document}}\\thispagestyle{{first}}\\setcounter{{page}}{{117}}\\linenumbers\n{body}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "journal.tex"], cwd=tmp_path, capture_output=True, check=True)
    extraction = extract_document(read(tmp_path / "journal.pdf"))
    assert [(n.label, n.text) for n in extraction.notes if n.where == "footnote"] == [("1", note)]
    assert [line for line in extraction.document.lines if line][-len(entries) :] == entries
    assert not any("Received" in line for line in extraction.document.lines)
