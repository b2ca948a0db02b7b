"""Markdown parsed as CommonMark with footnotes (markdown-it-py and its footnote plugin).

Pandoc's `[^x]` notes and inline `^[…]` notes are handed over as notes, with italics (emphasis) and link
targets; backslash escapes are undone. The body keeps one line per source line, as written less the
Markdown syntax (an ordered list item keeps its number), so the note finders still see the text conventions
a Markdown file may hold (`【来源】` lines, circled-number notes, a numbered notes list) and a note's `line`
is its line in the file.
"""

from __future__ import annotations

from dataclasses import replace

import regex
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from cite.model import Document
from cite.readers import text
from cite.readers.errors import ReadError
from cite.readers.rich import ReadNote, Rich, Runs, assemble

NAME = "markdown"

#: Pandoc reads Markdown with its `smart` extension: straight quotes pair into curly ones, `--` is an en dash,
#: `---` an em dash and `...` an ellipsis (markdown-it's other "replacements", such as `(c)` -> ©, are not
#: pandoc's and stay off).
PARSER = MarkdownIt("commonmark", {"html": True, "typographer": True}).use(footnote_plugin).enable("smartquotes")


def _keep_unreferenced_notes(state: StateCore) -> None:
    """Give every footnote defined but never referenced a number, so the plugin's tail keeps it (it drops such
    notes) and the note comes out with a warning instead of being lost."""
    data = state.env.get("footnotes")
    if not data:
        return
    notes = data.setdefault("list", {})
    for label, number in data.get("refs", {}).items():
        if number < 0:
            data["refs"][label] = len(notes)
            notes[len(notes)] = {"label": label[1:], "count": 0}


PARSER.core.ruler.before("footnote_tail", "keep_unreferenced_notes", _keep_unreferenced_notes)
#: Pandoc's smart dashes and ellipsis: "215--38" -> "215–38", "a---b" -> "a—b", "дис. ..." -> "дис. …".
SMART = regex.compile(r"-{2,3}|\.\.\.")
SMART_CHARACTERS = {"--": "–", "---": "—", "...": "…"}
#: Pandoc's attributes closing a heading: " {#references .unnumbered}", " {-}" (not text of the heading).
HEADING_ATTRIBUTES = regex.compile(r"\s+\{[#.-][^{}\n]*\}\s*$")
#: An inline HTML tag: "<i>", "</em>", '<span class="csl-left-margin">' (tag name in `name`, "/" in `close`).
HTML_TAG = regex.compile(r"^<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]*)\b[^>]*>$")
#: Inline HTML tags that set italics, as in HTML.
HTML_ITALIC = {"i", "em", "cite", "dfn", "var"}
#: Inline HTML tags that only style or group text (pandoc writes citeproc's entries in spans): dropped, their
#: text kept.
HTML_GROUPING = {"span", "font", "small", "b", "strong", "u"}
#: A fence of pandoc's fenced divs, which CommonMark does not know: "::: {#ref-x .csl-entry}", ":::".
DIV_FENCE = regex.compile(r"^\s{0,3}:{3,}[^\S\n]*(?:\{[^{}\n]*\}|[\w-]+)?[^\S\n]*:*[^\S\n]*$")
#: A pandoc bracketed span, its text kept: "[\\[1\\] ]{.csl-left-margin}", "[text [a link](url)]{.csl-right-inline}"
#: (bounded, so a line of brackets that closes no span is read in linear time).
BRACKETED_SPAN = regex.compile(
    r"(?<!\\)\[(?P<text>(?:\\.|[^\[\]\\\n]|\[(?:\\.|[^\[\]\\\n]){0,300}\]){0,1000})\]\{[.#][^{}\n]{0,300}\}"
)
#: A code fence, inside which nothing is rewritten: "```", "~~~python".
CODE_FENCE = regex.compile(r"^\s{0,3}(?:`{3,}|~{3,})")
#: Block tokens whose content is code or raw HTML, kept as written, line by line.
VERBATIM = {"code_block", "fence", "html_block"}


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Decode and parse a Markdown file."""
    try:
        source, encoding = text.decode(data)
    except (ValueError, UnicodeDecodeError) as err:
        raise ReadError(f"{path}: {err}") from err
    source = text.LINE_BREAK.sub("\n", source.lstrip("\ufeff"))
    doc = parse(source, path, name)
    return replace(doc, encoding=encoding)


def parse(source: str, path: str, name: str) -> Document:
    """The Document of a Markdown text."""
    source = _without_pandoc_divs_and_spans(source)
    lines = [Runs() for _ in source.split("\n")]
    notes: list[ReadNote] = []
    note: ReadNote | None = None  # the footnote being read; its text grows in `runs` until it closes
    runs = Runs()
    prefix = ""
    heading = False  # in a heading, whose attributes are dropped
    for token in PARSER.parse(source):
        if token.type in ("heading_open", "heading_close"):
            heading = token.type == "heading_open"
        if token.type == "footnote_open":
            number = token.meta["id"]
            note, runs = (
                ReadNote(f"fn:{number}", token.meta.get("label") or str(number + 1), "footnotes", Rich("")),
                Runs(),
            )
        elif token.type == "footnote_close" and note is not None:
            notes.append(replace(note, rich=runs.finish()))
            note = None
        elif token.type == "list_item_open" and token.info:
            prefix = f"{token.info}{token.markup} "  # "1. ": a numbered notes list stays numbered
        elif token.type == "inline" and note is not None:
            if not note.line and token.map:
                note = replace(note, line=token.map[0] + 1)
            runs.add(" ")
            _inline(token.children or [], runs, None)
        elif token.type == "inline" and token.map:
            lines[token.map[0]].add(prefix)
            lines[token.map[0]].heading |= heading
            prefix = ""
            children = token.children or []
            if heading and children and children[-1].type == "text":
                children = [*children[:-1], children[-1].copy(content=HEADING_ATTRIBUTES.sub("", children[-1].content))]
            _inline(children, lines[token.map[0]], lines[token.map[0] :])
        elif token.type in VERBATIM and token.map and note is None:
            start = token.map[0] + (1 if token.type == "fence" else 0)
            for offset, content in enumerate(token.content.rstrip("\n").split("\n")):
                if start + offset < len(lines):
                    lines[start + offset].add(content)
    # an inline note `^[…]` has no line of its own: it stands where its mark is
    mark_line = {ref: number for number, line in enumerate(lines, start=1) for _, ref, _ in line.marks}
    notes = [note if note.line else replace(note, line=mark_line.get(note.ref, 0)) for note in notes]
    return assemble(path, name, [line.finish() for line in lines], notes, NAME, paragraph_lines=False)


def _without_pandoc_divs_and_spans(source: str) -> str:
    """Pandoc's Markdown with its fenced divs and bracketed spans (citeproc writes a reference list in them) as
    CommonMark reads it: a fence becomes a blank line, a span its text; code blocks and line numbers stay."""
    if ":::" not in source and "]{" not in source:
        return source
    lines, in_code = source.split("\n"), False
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            lines[index] = (
                "" if DIV_FENCE.match(line) else BRACKETED_SPAN.sub(r"\g<text>", line) if "]{" in line else line
            )
    return "\n".join(lines)


def _inline(children: list[Token], runs: Runs, lines: list[Runs] | None) -> None:
    """Add inline tokens to `runs`; in the body (`lines` given) a soft or hard break moves to the next line."""
    italic = 0
    target = ""  # the web link being read (links to the page itself, "#…", are no targets)
    row = 0
    for child in children:
        kind = child.type
        tag = HTML_TAG.match(child.content) if kind == "html_inline" else None
        if tag and tag["name"].lower() in HTML_ITALIC:
            italic += -1 if tag["close"] else 1
        elif tag and tag["name"].lower() in HTML_GROUPING:
            continue
        elif kind in ("text", "code_inline", "html_inline"):
            content = (
                SMART.sub(lambda m: SMART_CHARACTERS[m.group()], child.content) if kind == "text" else child.content
            )
            runs.add(content, italic > 0, target)
        elif kind in ("em_open", "em_close"):
            italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            href = str(child.attrs.get("href", ""))
            target = "" if href.startswith("#") else href
        elif kind == "link_close":
            target = ""
        elif kind == "image":
            runs.add(child.content, italic > 0)
        elif kind in ("softbreak", "hardbreak"):
            if lines is not None and row + 1 < len(lines):
                row += 1
                runs = lines[row]
            else:
                runs.add(" ", italic > 0, target)  # a *title* wrapped over two lines stays one stretch
        elif kind == "footnote_ref" and lines is not None:
            meta = child.meta
            runs.mark(meta.get("label") or str(meta["id"] + 1), f"fn:{meta['id']}")
