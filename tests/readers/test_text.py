from pathlib import Path

import pytest

from cite.readers import ReadError, expand, read

CHINESE = "周明：《追求中等强国地位》，载《俄罗斯东欧中亚研究》2024年第1期。①\r\n第二行"


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16", b"", "utf-16"),
        ("gb18030", b"", "gb18030"),
        ("gbk", b"", "gb18030"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(prefix + (CHINESE * 3).encode(encoding))
    doc = read(path)
    assert doc.encoding == expected
    assert doc.lines[0] == "周明：《追求中等强国地位》，载《俄罗斯东欧中亚研究》2024年第1期。①"
    assert "\r" not in "".join(doc.lines)


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"a\r\nb\rc\nd")
    assert read(path).lines == ("a", "b", "c", "d")


def test_unreadable_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"missing\.txt"):
        read(tmp_path / "missing.txt")


def test_undecodable_bytes_are_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ReadError, match="encoding"):
        read(path)


def test_directories_expand_recursively_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.md", "a.txt", "b/1.txt", "c.png"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in expand([tmp_path])] == ["a.txt", "b/1.txt", "b/2.md"]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("This is English text.[^1]\n\n[^1]: John Smith, *A Book* (London: Penguin, 2001), 12.\n", "utf-16-le"),
        ("This is English text.[^1]\n\n[^1]: John Smith, *A Book* (London: Penguin, 2001), 12.\n", "utf-16-be"),
        ("第一页的正文^①。\n\n① 王凯：《纳扎尔巴耶夫外交思想探析》，新疆大学硕士学位论文，2019年。\n", "utf-16-le"),
        ("第一页的正文^①。\n\n① 王凯：《纳扎尔巴耶夫外交思想探析》，新疆大学硕士学位论文，2019年。\n", "utf-16-be"),
    ],
)
def test_utf16_without_byte_order_mark(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    doc = read(path)
    assert doc.encoding == encoding and "\n".join(doc.lines) == text


def test_markdown_heading_attributes_and_inline_html_are_markup(tmp_path: Path) -> None:
    """Pandoc's `{#id .class}` after a heading is not its text; `<i>`/`<em>` set italics and a `<span>` only
    groups text, as in HTML."""
    path = tmp_path / "refs.md"
    path.write_text(
        "Text.\n\n# References {#references .unnumbered}\n\n"
        '<span class="csl-entry">Hartley, Emma. <i>Water, Power and Borders: Essays</i>. London: Polity, 2019.</span>\n',
        encoding="utf-8",
    )
    doc = read(path)
    assert doc.lines[2] == "References"
    assert doc.lines[4] == "Hartley, Emma. Water, Power and Borders: Essays. London: Polity, 2019."
    assert [doc.lines[4][s:e] for s, e in doc.line_italic[4]] == ["Water, Power and Borders: Essays"]


def test_pandoc_fenced_divs_and_bracketed_spans_are_markup(tmp_path: Path) -> None:
    """A reference list as pandoc writes citeproc's output in its own Markdown: each entry in a fenced div, a
    numbered entry's number and text in bracketed spans (a link inside)."""
    path = tmp_path / "refs.md"
    path.write_text(
        "Text.\n\n# References {#references .unnumbered}\n\n"
        '::::: {#refs .references .csl-bib-body entry-spacing="0"}\n::: {#ref-a .csl-entry}\n'
        "[\\[1\\] ]{.csl-left-margin}[E. Hartley, *Water, Power and Borders: Essays*. London: Polity, 2019, doi: "
        "[10.1080/0263](https://doi.org/10.1080/0263).]{.csl-right-inline}\n:::\n:::::\n\n```\n::: {.kept}\n```\n",
        encoding="utf-8",
    )
    doc = read(path)
    assert doc.lines[4:7] == (
        "",
        "",
        "[1] E. Hartley, Water, Power and Borders: Essays. London: Polity, 2019, doi: 10.1080/0263.",
    )
    assert "::: {.kept}" in doc.lines  # a code block is left as written
    assert [doc.lines[6][s:e] for s, e in doc.line_italic[6]] == ["Water, Power and Borders: Essays"]
    assert [link.target for link in doc.line_links[6]] == ["https://doi.org/10.1080/0263"]
