"""HTML pages (pandoc output, Wikipedia-like pages, Word's "Save as Web Page", WeChat-like articles).

Parsed with lxml's HTML parser (libxml2: fast, forgiving, no network). A note mark is a short link to an
element of the page (`<a href="#fn1"><sup>1</sup></a>`, `<sup><a href="#cite_note-1">[1]</a></sup>`, Word's
`<a href="#_ftn1">[1]</a>`); the note is the block that element stands in (a list item, an `<aside>`, a
paragraph), read without its back-link. The article text is what stays: the WeChat/`<article>`/`<main>`
element where there is one, with navigation, scripts, styles and forms left out; a `<sup>` number that
links nowhere is written `[N]`, so the note finders read a notes list typed as text.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

import regex
from lxml import etree, html

from cite.model import Document
from cite.readers import text
from cite.readers.errors import ReadError
from cite.readers.rich import ReadNote, Rich, Runs, assemble, drop_head

NAME = "html"

#: Elements whose content is not article text.
DROPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "form",
    "button",
    "select",
    "textarea",
    "svg",
    "iframe",
    "object",
    "canvas",
    "head",
    "title",
    "meta",
    "link",
}
#: Elements that start a line of their own.
BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "figure",
    "figcaption",
    "hr",
    "address",
    "details",
    "summary",
    "caption",
    "body",
}
#: Blocks a note can be: the element a mark points to, or the nearest of these around it.
NOTE_BLOCK = {"li", "aside", "dd", "p", "div", "td", "section", "blockquote"}
ITALIC = {"i", "em", "cite", "dfn", "var"}
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: The class of a CSL bibliography entry's number, set in a block of its own before the entry's text (pandoc and
#: citeproc-js, so Zotero: `<div class="csl-left-margin">[1]</div><div class="csl-right-inline">…</div>`): the
#: two make one line, "[1] …", so the entry keeps its number.
ENTRY_NUMBER = "csl-left-margin"
#: Word's "Save as Web Page" wraps each note in `<div style='mso-element:footnote' id=ftn1>` (or endnote).
WORD_NOTE = regex.compile(r"mso-element\s*:\s*(?:foot|end)note\b(?!-)")
#: Where the article is, in order of preference: WeChat's body, `<article>`, `<main>`, Wikipedia's content.
ARTICLE = ('//*[@id="js_content"]', "//article", "//main", '//*[@role="main"]', '//*[@id="mw-content-text"]')
#: Deeper nesting than this is read as plain text (a hostile page cannot exhaust the stack).
MAX_DEPTH = 200

#: A note mark's text: "1", "[1]", "(12)", "*", "†", "①", "a", "iv", "注1", "[注1]".
LABEL = regex.compile(
    r"^[\[(（]?\s*(?P<label>\d{1,4}|[*†‡§¶]{1,3}|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|"
    r"[a-zA-Z]|[ivxlcIVXLC]{1,6}|注\s*\d{1,4})\s*[\])）]?$"
)
#: A back-link inside a note: "↩", "↩︎", "^", "↑", "返回".
BACK_LINK = regex.compile(r"^\s*(?:[↩↑^⇑]\ufe0e?|\^?\s*[a-z]{1,2}|返回)?\s*$")
#: What opens a note after its label and back-links: Wikipedia's "^" ("^ a b" with the back-links read out).
LEADING_BACK_LINK = regex.compile(r"^[\^↑]\s*")
#: The target of an author's affiliation or corresponding-author mark, no note: "aff1", "Aff2", "jcas-aff-0001",
#: "cor1", "corresp1".
AFFILIATION = regex.compile(r"(?:^|[-_])(?:aff|affil|affiliation|cor|corresp)[-_]?\d*$", regex.IGNORECASE)
#: Links journal sites add to each reference, to search services: "Google Scholar", "Crossref", "PubMed".
SERVICE_LINK = regex.compile(
    r"^\s*(?:Google\s+Scholar|Crossref|CrossRef|PubMed(?:\s+Central)?|PMC|Web\s+of\s+Science|Scopus|CAS|"
    r"MathSciNet|zbMATH|ADS|Medline|Europe\s+PMC|Search\s+in\s+Google\s+Scholar|View\s+(?:in\s+)?Article|Article|"
    r"Full\s+Text|Find\s+this\s+(?:article|resource)\s+online)\s*$",
    regex.IGNORECASE,
)
#: A link to a DOI: "https://doi.org/10.1146%2Fannurev", "http://dx.doi.org/10.1080/…".
DOI_LINK = regex.compile(r"^https?://(?:dx\.)?doi\.org/", regex.IGNORECASE)
#: `font-style: italic` in an inline style (Word's HTML, editors).
ITALIC_STYLE = regex.compile(r"font-style\s*:\s*italic", regex.IGNORECASE)
#: A style rule setting italics, and the class names in its selectors: ".T1 { font-style:italic; }".
ITALIC_RULE = regex.compile(r"(?P<selectors>[^{}]*)\{[^{}]*font-style\s*:\s*italic[^{}]*\}", regex.IGNORECASE)
CLASS_NAME = regex.compile(r"\.(?P<name>[\w-]+)")
#: The charset a page declares: `<meta charset="gbk">`, `content="text/html; charset=GB2312"`.
CHARSET = regex.compile(rb"<meta[^>]+charset\s*=\s*[\"']?(?P<name>[\w-]+)", regex.IGNORECASE)
#: An XML declaration, which lxml refuses at the head of an already decoded text.
XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Decode and read an HTML page."""
    return read_pages([("", parse(data, path))], path, name)


def parse(data: bytes, path: str) -> etree._Element:
    """The page's element tree, decoded by its declared charset (or detected)."""
    source = _decode(data, path)
    try:
        return html.document_fromstring(XML_DECLARATION.sub("", source) or "<html></html>", parser=PARSER)
    except (etree.ParserError, ValueError) as err:
        raise ReadError(f"{path}: damaged HTML ({err})") from err


#: huge_tree: libxml2 otherwise drops whatever is nested deeper than 256 elements (its text included);
#: `MAX_DEPTH` bounds how deep the reader walks instead.
PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)


def _decode(data: bytes, path: str) -> str:
    declared = CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared["name"].decode("ascii").lower()
        name = "gb18030" if name in text.CHINESE_LEGACY else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return text.decode(data)[0].lstrip("\ufeff")
    except (ValueError, UnicodeDecodeError) as err:
        raise ReadError(f"{path}: {err}") from err


def read_pages(
    named: list[tuple[str, etree._Element]], path: str, name: str, style_sheets: tuple[str, ...] = ()
) -> Document:
    """The Document of one page or of several (name, tree) in reading order (an EPUB's spine, names being
    their paths in the book), marks linking across them (`<a href="ch002.xhtml#fn1">`); `style_sheets` are
    the CSS files the pages use (an EPUB's), read for the classes they set in italics."""
    pages = [page for _, page in named]
    sheets = [*style_sheets, *(style.text or "" for page in pages for style in page.iter("style"))]
    italic_classes = {name for sheet in sheets for name in _italic_classes(sheet)}
    for page in pages:
        for element in page.iter(*DROPPED):
            if element.getparent() is not None:
                element.drop_tree()
        for element in page.xpath('//*[@role="navigation"]'):
            element.drop_tree()
    reader = PageReader(named, italic_classes)
    roots = [_article(page) for page in pages]
    for (page_name, _), root in zip(named, roots, strict=True):
        reader.find_marks(page_name, root)
    paragraphs: list[Rich] = []
    for root in roots:
        paragraphs.extend(reader.lines(root))
    return assemble(path, name, paragraphs, reader.notes(), NAME)


def _article(page: etree._Element) -> etree._Element:
    for query in ARTICLE:
        if found := page.xpath(query):
            return found[0]
    body = page.find("body")
    return body if body is not None else page


class PageReader:
    """Finds note marks and their notes, then reads the article's lines around them."""

    def __init__(self, named: list[tuple[str, etree._Element]], italic_classes: set[str]) -> None:
        self.pages = {page_name for page_name, _ in named}
        self.position: dict[etree._Element, int] = {}  # reading order
        self.targets: dict[tuple[str, str], etree._Element] = {}  # (page, id or name) -> element
        for page_name, page in named:
            for element in page.iter():
                self.position[element] = len(self.position)
                for key in ("id", "name"):
                    if (value := element.get(key)) and (page_name, value) not in self.targets:
                        self.targets[(page_name, value)] = element
        self.italic_classes = italic_classes
        self.mark_of: dict[etree._Element, tuple[str, str]] = {}  # mark link -> (label, ref)
        self.note_of: dict[str, etree._Element] = {}  # ref -> the note's block
        self.labels: dict[str, str] = {}  # ref -> label of its first mark
        self.note_blocks: set[etree._Element] = set()
        self.out: list[Rich] = []  # the lines read so far
        self.runs, self.in_note = Runs(), False

    def find_marks(self, page_name: str, root: etree._Element) -> None:
        for link in root.iter("a"):
            other, _, fragment = (link.get("href") or "").partition("#")
            label = LABEL.match(link.text_content().strip()) if fragment else None
            if other:  # another page of the book: "ch002.xhtml#fn1", relative to this one
                other = posixpath.normpath(posixpath.join(posixpath.dirname(page_name), other))
            # a page not read (a single page naming itself: "article.html#fn1", "https://site/a#fn1") is this one
            other = other if other in self.pages else page_name
            target = self.targets.get((other, fragment))
            # a note follows its mark; a link back up to the text is the note's back-link
            if label is None or target is None or self.position[target] < self.position[link]:
                continue
            if AFFILIATION.search(fragment):
                continue  # an author's affiliation: "Anna Whitfield<sup><a href="#aff1">1</a></sup>"
            block = _note_block(target)
            if block is None or _inside(link, block) or block.tag in ("body", "html"):
                continue
            ref = f"note:{other}#{fragment}"
            self.mark_of[link] = (label["label"], ref)
            self.note_of.setdefault(ref, block)
            self.labels.setdefault(ref, label["label"])
            self.note_blocks.add(block)

    def notes(self) -> list[ReadNote]:
        notes = []
        for ref, block in self.note_of.items():
            self.runs, self.in_note = Runs(), True
            self._walk(block, False, "", 0)
            label = self.labels[ref]
            notes.append(ReadNote(ref, label, "footnotes", _without_label(self.runs.finish(), label)))
        return notes

    def lines(self, root: etree._Element) -> list[Rich]:
        """The article's lines: one per block or line break, note blocks left out."""
        self.out = []
        self.runs, self.in_note = Runs(), False
        self._walk(root, False, "", 0)
        self._break()
        return self.out

    def _break(self) -> None:
        """End the line here (in a note: a space, its text runs on)."""
        if self.in_note:
            self.runs.add(" ")
            return
        rich = self.runs.finish()
        if rich.text or rich.marks:
            self.out.append(rich)
        self.runs = Runs()

    def _walk(self, element: etree._Element, italic: bool, target: str, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.runs.add(element.text_content(), italic, target)
            return
        self.runs.add(element.text or "", italic, target)
        for child in element:
            self._child(child, italic, target, depth)
            self.runs.add(child.tail or "", italic, target)

    def _child(self, child: etree._Element, italic: bool, target: str, depth: int) -> None:
        tag = child.tag if isinstance(child.tag, str) else ""
        if child in self.mark_of:
            if not self.in_note:
                self.runs.mark(*self.mark_of[child])
            return
        if (not self.in_note and child in self.note_blocks) or (self.in_note and tag == "a" and _back_link(child)):
            return
        if self.in_note and tag == "a" and SERVICE_LINK.match(child.text_content()):
            href = child.get("href") or ""
            if DOI_LINK.match(href):  # "Crossref" to the DOI: the DOI's address, which the page does not show
                self.runs.add(f" {_address(href)}", italic, _address(href))
            return  # "Google Scholar", "Crossref" after a reference
        if tag == "br":
            self._break()
            return
        shown = LABEL.match(child.text_content().strip()) if tag == "sup" else None
        if shown and not self.in_note and not child.xpath(".//a"):
            self.runs.add(f"[{shown['label']}]")  # a superscript number typed as text: "[3]" for the finders
            return
        italic = (
            italic
            or (tag in ITALIC and not (tag == "cite" and _holds_italics(child)))
            or bool(ITALIC_STYLE.search(child.get("style") or ""))
            or not self.italic_classes.isdisjoint((child.get("class") or "").split())
        )
        href = (child.get("href") or "") if tag == "a" else ""
        target = _address(href) if href.startswith(("http://", "https://", "ftp://")) else target
        number = ENTRY_NUMBER in (child.get("class") or "").split()
        previous = child.getprevious()
        after_number = previous is not None and ENTRY_NUMBER in (previous.get("class") or "").split()
        if tag in BLOCK and not after_number:
            self._break()
        self.runs.heading |= tag in HEADINGS and not self.in_note
        if tag == "li" and not self.in_note and (number := _item_number(child)):
            self.runs.add(f"{number}. ")  # an ordered list keeps its numbers, as the page shows them
        self._walk(child, italic, target, depth + 1)
        if number:
            self.runs.add(" ")
        elif tag in BLOCK:
            self._break()


def _item_number(item: etree._Element) -> int:
    """The number an `<li>` of an `<ol>` shows (its `value`, or the list's `start` and its place), 0 elsewhere."""
    parent = item.getparent()
    if parent is None or parent.tag != "ol" or (parent.get("type") or "1") != "1":
        return 0
    number = _integer(parent.get("start"), 1) - 1
    for sibling in parent.iterchildren("li"):
        number = _integer(sibling.get("value"), number + 1)
        if sibling is item:
            return number
    return 0


def _integer(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default


def _italic_classes(sheet: str) -> list[str]:
    """Classes a style sheet sets in italics: ".T1 { font-style: italic }" -> ["T1"]."""
    return [name for rule in ITALIC_RULE.finditer(sheet) for name in CLASS_NAME.findall(rule["selectors"])]


def _inside(element: etree._Element, container: etree._Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors()) or element is container


def _note_block(target: etree._Element) -> etree._Element | None:
    """The block a mark's target stands for: itself if it is a block, else the nearest block around it; Word's
    note `<div style="mso-element:footnote">` when the target is in one (a note of several paragraphs). None for
    a heading or a block holding headings: a contents list's "1" links to a section, not to a note."""
    if target.tag in HEADINGS:
        return None
    block = (
        target if target.tag in NOTE_BLOCK else next((a for a in target.iterancestors() if a.tag in NOTE_BLOCK), None)
    )
    if block is None or next(block.iter(*HEADINGS), None) is not None:
        return None
    word_note = next((a for a in block.iterancestors("div") if WORD_NOTE.search(a.get("style") or "")), None)
    return word_note if word_note is not None else block


def _back_link(link: etree._Element) -> bool:
    """A link back to the text inside a note: to an element of the page, showing an arrow or a label."""
    href = link.get("href") or ""
    shown = link.text_content().strip()
    return "#" in href and (bool(BACK_LINK.match(shown)) or bool(LABEL.match(shown)))


def _without_label(rich: Rich, label: str) -> Rich:
    """A note read from a list typed as "[1] text" or "1. text", without that leading label, nor the "^" of its
    back-links."""
    head = regex.match(rf"^[\[(（]?\s*{regex.escape(label)}\s*[\])）]?[.:：]?\s+", rich.text)
    rich = drop_head(rich, head.end()) if head else rich
    back = LEADING_BACK_LINK.match(rich.text)
    return drop_head(rich, back.end()) if back else rich


def _address(href: str) -> str:
    """A link's address; a DOI link's path percent-decoded, as the DOI is written ("https://doi.org/10.1146%2Fa" ->
    "https://doi.org/10.1146/a", as Wikipedia's cite templates encode it)."""
    return unquote(href) if DOI_LINK.match(href) else href


def _holds_italics(cite: etree._Element) -> bool:
    """Whether a `<cite>` holds italics of its own, so it is a whole citation (Wikipedia's cite templates: "Micklin,
    Philip (2007). … <i>Annual Review…</i>"), not the title of a work a browser sets in italics."""
    return next(cite.iter(*(ITALIC - {"cite"})), None) is not None
