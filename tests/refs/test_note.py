"""A note's italics and hyperlinks reach the reference parser; `raw` stays the note's own text."""

from cite.model import Link, Note
from cite.refs import parse_note
from cite.refs.note import MarkedText


def _note(text: str, italic=(), links=()) -> Note:
    return Note("d.docx", 1, "1", None, None, text, italic=tuple(italic), links=tuple(links))


def test_italic_title_with_a_comma_is_read_whole_and_raw_is_unmarked() -> None:
    text = "Emma Hartley, Water, Power and Borders: Essays (London: Routledge, 2019), 217."
    title = "Water, Power and Borders: Essays"
    start = text.index(title)
    italic = [(start, start + len(title))]
    assert f"*{title}*" in MarkedText.of(_note(text, italic=italic)).text  # the italics reach the parser
    ref = parse_note(_note(text, italic=italic)).references[0]
    assert (ref.author, ref.title, ref.publisher) == (("Emma Hartley",), title, "Routledge")
    assert ref.raw == text.rstrip(".") or ref.raw == text


def test_doi_shown_as_its_link_text_becomes_the_doi_without_brackets() -> None:
    text = "王芳. 中亚能源合作研究[J]. 国际问题研究, 2020(3): 15. 10.3969/j.issn.1000-1234.2020.03.002."
    shown = "10.3969/j.issn.1000-1234.2020.03.002"
    start = text.index(shown)
    link = Link(start, start + len(shown), f"https://doi.org/{shown}")
    ref = parse_note(_note(text, links=[link])).references[0]
    assert ref.doi == shown
    assert "doi:" not in ref.raw and shown in ref.raw


def test_link_target_not_shown_reaches_the_url() -> None:
    text = "“Glava gosudarstva pozdravil diplomatov,” Strategy2050.kz, 2020."
    link = Link(1, 39, "https://strategy2050.kz/ru/news/glava/")
    ref = parse_note(_note(text, links=[link])).references[0]
    assert ref.url == "https://strategy2050.kz/ru/news/glava/"
    assert ref.raw.startswith("“Glava") and "<" not in ref.raw


def test_internal_and_shown_links_add_nothing() -> None:
    text = "See https://a.kz/x for details."
    plain = parse_note(_note(text)).references
    linked = parse_note(_note(text, links=[Link(4, 18, "https://a.kz/x"), Link(0, 3, "#fn2")])).references
    assert [r.csl() for r in linked] == [r.csl() for r in plain]


def test_what_the_parser_is_given() -> None:
    text = "Roe, Book, 5, www.a.kz/x, see here."
    links = [Link(14, 24, "https://www.a.kz/x"), Link(30, 34, "https://b.kz/y")]
    marked = MarkedText.of(_note(text, italic=[(5, 9)], links=links))
    # the address shown without its scheme is not added again; a link under other words gives its target
    assert marked.text == "Roe, *Book*, 5, www.a.kz/x, see here <https://b.kz/y>."
    assert marked.plain(marked.text, 0) == text
