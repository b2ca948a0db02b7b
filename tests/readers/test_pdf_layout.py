"""PDF layout on pages built by hand: line joining, labels, running headers, columns, the footnote zone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cite.readers import pdf_layout as layout
from cite.readers.pdf_layout import Char, Line, Page, Piece, Rule


def chars(text: str, x: float, y: float, size: float = 10.0, italic: bool = False) -> list[Char]:
    """A run of characters set left to right from `x` on baseline `y`, each half an em wide."""
    return [Char(c, x + i * size / 2, x + (i + 1) * size / 2, y, size, italic) for i, c in enumerate(text)]


def line(text: str, x: float, y: float, size: float = 10.0) -> Line:
    return Line(chars(text, x, y, size))


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("published in 2", "006 by", "published in 2006 by"),  # a number broken across lines
        ("DOI:10.1672-5603.2010.1", "0.038.", "DOI:10.1672-5603.2010.10.038."),
        ("https://doi.org/10.1080/0263", "4937.2019.1587421.", "https://doi.org/10.1080/02634937.2019.1587421."),
        ("https://www.kommersant.ru/doc/kazakhstan-", "neft", "https://www.kommersant.ru/doc/kazakhstan-neft"),
        ("https://www.cpc.ru/ru/about/history.", "Accessed 2023", "https://www.cpc.ru/ru/about/history. Accessed 2023"),
        ("https://www.cpc.ru/ru/about/history", "[accessed 20", "https://www.cpc.ru/ru/about/history [accessed 20"),
        ("中国与哈", "萨克斯坦", "中国与哈萨克斯坦"),  # no space between Chinese characters
        ("[D]. 兰州:", "兰州大学, 2019", "[D]. 兰州: 兰州大学, 2019"),  # but after Latin punctuation
        (
            "国际石油经济, 28(5): 15. DOI:10.3969/j.issn.1004-",
            "7298",
            "国际石油经济, 28(5): 15. DOI:10.3969/j.issn.1004-7298",
        ),
        ("外交部网站. (2023-10)", "[2024-01-15].", "外交部网站. (2023-10)[2024-01-15]."),
        ("the connec-", "tivity of", "the connectivity of"),  # English hyphenation undone
        ("2015, doi: 10.1038/na-", "ture14539.", "2015, doi: 10.1038/nature14539."),  # TeX's, in a DOI typed as text
        ("https://doi.org/10.1038/na-", "ture", "https://doi.org/10.1038/na-ture"),  # an address's hyphen stays
        ("the Europe-", "Asia Studies", "the Europe-Asia Studies"),  # a hyphen before a capital stays
        ("политико-", "правовые", "политико-правовые"),  # only English is de-hyphenated
        ("2016: 45-", "47.", "2016: 45-47."),
        ("pp. 45–", "68", "pp. 45–68"),
        ("Внешняя политика / И. И. Иванов. –", "М.: Наука", "Внешняя политика / И. И. Иванов. – М.: Наука"),
        ("the small", "states.", "the small states."),
        ("the small ", "states.", "the small states."),  # a space the line ended with is kept, once
        ("网站, 2023 <", "https://www.mfa.gov.cn/x/>", "网站, 2023 <https://www.mfa.gov.cn/x/>"),  # broken after "<"
        ("See (", "ibid.), 12.", "See (ibid.), 12."),
        ("第22—", "30页。", "第22—30页。"),  # a range broken at its dash, Chinese or GB/T's
        ("参考文献著录规则: GB/T 7714", "—2015[S].", "参考文献著录规则: GB/T 7714—2015[S]."),
    ],
)
def test_lines_join_as_the_text_was_written(before: str, after: str, joined: str) -> None:
    piece = Piece()
    layout.append_line(piece, chars(before, 0, 100))
    layout.append_line(piece, chars(after, 0, 88))
    assert layout.tidy(piece)[0] == joined


def test_italic_spans_are_offsets_into_the_joined_text() -> None:
    piece = Piece()
    layout.append_line(piece, chars("Brandt, ", 0, 100) + chars("The Shanghai", 40, 100, italic=True))
    layout.append_line(piece, chars("Cooperation", 0, 88, italic=True) + chars(", 73.", 55, 88))
    text, italic, _, _ = layout.tidy(piece)
    assert text == "Brandt, The Shanghai Cooperation, 73."
    assert [text[start:end] for start, end in italic] == ["The Shanghai Cooperation"]


def test_a_raised_smaller_mark_stays_in_its_line() -> None:
    mark = Char("1", 60, 63, 104, 6.0)
    lines = layout.lines_of([*chars("the region.", 0, 100), mark, *chars(" Imperial", 63, 100)])
    assert len(lines) == 1
    assert lines[0].raised(mark) and lines[0].size == 10.0


def test_a_ligature_second_letter_drawn_at_the_first_stays_in_the_word() -> None:
    f, i = Char("f", 10, 16, 100, 10), Char("i", 10, 16, 100, 10)  # one glyph "ﬁ" gives two characters
    assert [ln.text for ln in layout.lines_of([*chars("Whit", -10, 100), f, i, *chars("eld", 16, 100)])] == [
        "Whitfield"
    ]


def _drawn(text: str, x: float, y: float, skip: str) -> tuple[list[Char], list[Char]]:
    """The characters of `text` set from `x`: those not in `skip`, and those in it (a fallback font's run)."""
    every = chars(text, x, y)
    return [c for c in every if c.text not in skip], [c for c in every if c.text in skip]


@pytest.mark.parametrize("fallback_first", [False, True])
def test_a_fallback_fonts_run_drawn_apart_goes_back_into_its_line(fallback_first: bool) -> None:
    # kanji a Chinese font lacks are drawn in another font, after (or before) the rest of their line
    main, fallback = _drawn("宇山智彦『中央アジアの歴史と現在』東洋書店、2000年", 72, 100, "歴現東書")
    generated = Char(" ", fallback[-1].x1, fallback[-1].x1 + 2, 100, 10.0, generated=True)
    runs = [*fallback, generated, *main] if fallback_first else [*main, *fallback, generated]
    assert [ln.text for ln in layout.lines_of(runs)] == ["宇山智彦『中央アジアの歴史と現在』東洋書店、2000年"]


def test_a_line_drawn_one_character_at_a_time_from_the_right_is_merged_only_so_far_and_loses_nothing() -> None:
    # a hostile page: every character a run of its own, right to left; merges stop at MAX_MERGED_CHARS
    text = "abcdefghij" * 100
    lines = layout.lines_of(list(reversed(chars(text, 0, 100, size=2.0))))
    assert "".join(reversed([ln.text for ln in lines])) == text
    assert max(len(ln.chars) for ln in lines) <= layout.MAX_MERGED_CHARS < len(text)


def test_a_raised_label_and_a_fallback_character_drawn_before_the_rest_of_the_line_join_it() -> None:
    # "10" raised, then "帯" (a fallback font's), then the rest of the line, drawn after them from where 帯 ends
    label = [Char("1", 72, 75.5, 104, 7.0), Char("0", 75.5, 79, 104, 7.0)]
    first = Char("帯", 80, 90, 100, 10.0)
    rest = chars("谷知可谷知可谷編著『ウズベキスタン』", 90, 100)
    # "編著…" (after a gap wider than a line allows) drawn before "谷知可…", which ends where "編" starts
    lines = layout.lines_of([*label, first, *rest[7:], *rest[:7]])
    assert [ln.text for ln in lines] == ["10帯谷知可谷知可谷編著『ウズベキスタン』"]
    assert lines[0].size == 10.0 and lines[0].raised(label[0])


def test_lines_of_two_columns_on_one_baseline_stay_apart() -> None:
    lines = layout.lines_of([*chars("left column text", 72, 100), *chars("right column", 320, 100)])
    assert [ln.text for ln in lines] == ["left column text", "right column"]


def test_labels_superscript_circled_or_next_in_sequence() -> None:
    raised = Line([Char("3", 72, 75, 104, 6.0), *chars(" Ibid.", 75, 100)])
    assert layout._label(raised, 0) == ("3", 1, True)
    short = Line([Char("3", 72, 75, 104, 6.0), Char("4", 75, 78, 104, 6.0), *chars(" 王.", 78, 100)])
    assert layout._label(short, 0) == ("34", 2, True)  # as many characters in the mark as in the note
    assert layout._label(line("④ 同上.", 72, 100), 0)[0] == "④"
    assert layout._label(line("12. Ibid.", 72, 100), 12)[0] == "12"
    assert layout._label(line("47.", 72, 100), 5) is None  # "…2016: 45-" / "47." continues note 4
    assert layout._label(line("2 版. London: Routledge", 72, 100), 2, plain=False) is None  # labels were raised


def test_running_headers_and_page_numbers_go_and_give_the_printed_page() -> None:
    pages = []
    for number in (1, 2, 3):
        lines = [
            line("Journal of Central Asian Studies", 200, 760),
            line(f"Body text of page {number} goes on here", 72, 700),
            line("and on.", 72, 686),
            line(str(116 + number), 300, 40),
        ]
        pages.append(Page(number, 612, 792, lines))
    layout.drop_running_lines(pages)
    assert [[ln.text for ln in page.lines] for page in pages] == [
        [f"Body text of page {n} goes on here", "and on."] for n in (1, 2, 3)
    ]
    assert [page.printed for page in pages] == [117, 118, 119]


def test_a_browsers_header_and_footer_close_to_the_text_go() -> None:
    """Chromium prints the date and the page's title at the top and its address and "2/3" at the foot, in smaller
    type, about a line of the body's size from its text: running lines, not body."""
    pages = []
    for number in (1, 2, 3):
        lines = [
            line("12/2/26, 3:55 AM", 24, 770, 8.0),
            line("Water and Empire", 300, 770, 8.0),
            line(f"Body text of page {number} goes on here", 90, 753, 12.0),
            line("and on.", 90, 36, 12.0),
            line("file:///home/user/paper.html", 24, 20, 8.0),
            line(f"{number}/3", 575, 20, 8.0),
        ]
        pages.append(Page(number, 612, 792, lines))
    layout.drop_running_lines(pages)
    assert [[ln.text for ln in page.lines] for page in pages] == [
        [f"Body text of page {n} goes on here", "and on."] for n in (1, 2, 3)
    ]


def test_two_columns_are_read_left_then_right() -> None:
    left = [line(f"left {i} words words", 72, 700 - 14 * i) for i in range(6)]
    right = [line(f"right {i} words words", 320, 700 - 14 * i) for i in range(6)]
    title = line("A title across the page set in one long line of text here", 72, 740)
    page = Page(1, 612, 792, [title, *sorted(left + right, key=lambda ln: ln.x0 + ln.baseline)])
    ordered, gutter = layout.reading_order(page)
    assert gutter is not None and 250 < gutter < 320
    assert [ln.text.split()[0] for ln in ordered] == ["A", *["left"] * 6, *["right"] * 6]


def test_footnote_zone_under_a_rule_and_a_note_continuing_on_the_next_line() -> None:
    body = [line("Body text that cites a source.", 72, 700)]
    zone = [Line([Char("1", 72, 75, 204, 6.0), *chars(" Whitfield, Empires of the Steppe, 2016: 45-", 75, 200)])]
    zone.append(line("47.", 72, 188))
    zone.append(Line([Char("2", 72, 75, 180, 6.0), *chars(" Ibid., 52.", 75, 176)]))
    page = Page(1, 612, 792, body + zone, [Rule(72, 180, 215)])
    ordered, gutter = layout.reading_order(page)
    found = layout.footnote_zone(page, ordered, 10.0, None, gutter)
    assert found == zone
    notes: list[layout.ZoneNote] = []
    layout.notes_of_zone(found, page, notes)
    assert [(n.label, layout.tidy(n.piece)[0]) for n in notes] == [
        ("1", "Whitfield, Empires of the Steppe, 2016: 45-47."),
        ("2", "Ibid., 52."),
    ]


def test_footnote_zone_without_a_rule_is_the_closing_smaller_lines_the_body_marks() -> None:
    body = [line("Body text set in ten points, long enough.", 72, 700 - 12 * i) for i in range(5)]
    body.append(Line([*chars("A sentence citing.", 72, 630), Char("1", 162, 165, 634, 6.0)]))
    notes = [line("1 A note set smaller.", 72, 100, 8.0), line("2 Another.", 72, 90, 8.0)]
    page = Page(1, 612, 792, body + notes)
    ordered, _ = layout.reading_order(page)
    assert layout.footnote_zone(page, ordered, 10.0, None) == notes


def test_a_closing_numbered_list_in_small_type_that_nothing_marks_is_no_footnote_zone() -> None:
    body = [line("Body text set in ten points, long enough.", 72, 700 - 12 * i) for i in range(5)]
    references = [line("1. Abbott, A. The System of Professions.", 72, 100, 8.0), line("2. Becker, H.", 72, 90, 8.0)]
    page = Page(1, 612, 792, body + references)
    ordered, _ = layout.reading_order(page)
    assert layout.footnote_zone(page, ordered, 10.0, None) == []


def test_a_note_going_on_under_the_next_pages_rule_is_one_note_paired_with_its_mark() -> None:
    from cite.readers.pdf import document_of

    mark = Char("1", 200, 203, 704, 6.0)
    first = Page(
        1,
        612,
        792,
        [
            Line([*chars("A sentence that cites.", 90, 700), mark, *chars(" More text.", 203, 700)]),
            Line([Char("1", 72, 75, 204, 6.0), *chars(" Hartley, Water Diplomacy in the", 75, 200)]),
        ],
        [Rule(72, 180, 215)],
    )
    second = Page(2, 612, 792, [line("Body of the second page.", 72, 700), line("Basin, 217.", 72, 200)])
    second.rules.append(Rule(72, 180, 215))
    doc = document_of([first, second], "t.pdf", "t.pdf")
    assert [(n.label, n.text, n.page) for n in doc.notes] == [("1", "Hartley, Water Diplomacy in the Basin, 217.", 1)]
    (marker,) = doc.markers
    assert marker.ref == doc.notes[0].ref and doc.lines[marker.line - 1][marker.start : marker.end] == "1"
    assert doc.lines[0].startswith("A sentence that cites.1 More text.")


def test_a_word_space_without_a_space_character_is_kept() -> None:
    mark = Char("1", 100, 104, 104, 7.0)  # TeX: the mark, then the next word a space further on
    piece = Piece()
    layout.append_line(piece, [*chars("disputes.", 55, 100), mark, *chars("Imperial", 109, 100)])
    assert layout.tidy(piece)[0] == "disputes.1 Imperial"


def test_a_tables_borders_are_not_a_footnote_separator() -> None:
    cells = [Rule(72 + 150 * i, 222 + 150 * i, 400) for i in range(3)]  # one row's bottom borders, side by side
    rows = [line(f"{n} cell text under the table", 72, 388 - 12 * n) for n in range(1, 4)]
    page = Page(1, 612, 792, [line("Body text above the table.", 72, 700), *rows], cells)
    ordered, gutter = layout.reading_order(page)
    assert layout.footnote_zone(page, ordered, 10.0, None, gutter) == []


def test_two_columns_over_full_width_footnotes_set_smaller() -> None:
    left = [line(f"left {i} words words", 72, 700 - 14 * i) for i in range(6)]
    right = [line(f"right {i} words words", 320, 700 - 14 * i) for i in range(6)]
    notes = [
        line(f"{n} A footnote set smaller across the whole width of the page, both columns", 72, 200 - 9 * n, 8.0)
        for n in range(1, 9)
    ]
    page = Page(1, 612, 792, [*left, *right, *notes])
    ordered, gutter = layout.reading_order(page, 10.0)
    assert gutter is not None
    assert [ln.text.split()[0] for ln in ordered][:12] == ["left"] * 6 + ["right"] * 6


def test_a_ligature_read_as_its_letters_keeps_offsets_right() -> None:
    from cite.readers.pdf import LIGATURES

    piece = Piece()
    ligature = Char(LIGATURES[0xFB01], 30, 36, 100, 10, italic=True)  # "ﬁ"
    layout.append_line(piece, [*chars("Whit", 10, 100, italic=True), ligature, *chars("eld, 52.", 36, 100)])
    text, italic, _, _ = layout.tidy(piece)
    assert text == "Whitfield, 52." and [text[s:e] for s, e in italic] == ["Whitfi"]


def test_body_marks_raised_circled_and_a_raised_list() -> None:
    raised = [Char(c, 110 + 3 * i, 113 + 3 * i, 104, 6.0) for i, c in enumerate("1,2")]
    body = Line([*chars("Two sources.", 50, 100), *raised, *chars(" 又见①。", 120, 100)])
    text = body.text
    assert [(text[s:e], label) for s, e, label in layout.marks_of(body)] == [("1", "1"), ("2", "2"), ("①", "①")]


def test_a_chinese_line_that_could_not_take_the_next_character_and_its_mark_goes_on() -> None:
    from cite.readers.pdf import _breaks

    full = line("各国官方叙事都强调主权与不结", 72, 500, 12.0)  # 14 characters of 6 pt: ends at 156
    mark = Char("1", 78, 82, 504, 7.0)
    after = Line(
        [Char("盟", 72, 78, 488, 12.0), mark, Char("。", 82, 88, 488, 12.0), *chars("安全合作", 88, 488, 12.0)]
    )
    assert not _breaks(full, 170.0, after, 72.0, True)  # 14 pt left: "盟" fits, "盟¹。" does not
    assert _breaks(full, 180.0, after, 72.0, True)  # 24 pt left: it would have fitted, so the paragraph ended


def test_a_bracket_opening_latin_goes_to_the_next_line_with_what_it_opens() -> None:
    from cite.readers.pdf import _breaks

    full = line("陈静. 乌兹别克斯坦的改革与对外政策调整[M]//刘晓东. 中亚国家发展报告", 72, 500, 12.0)
    after = line("（2021）. 北京: 社会科学文献出版社, 2021: 88-110.", 72, 488, 12.0)
    right = full.x1 + 20  # room for "（" (6 pt) but not for "（2021）" (36 pt)
    assert not _breaks(full, right, after, 72.0, True)


def test_small_type_above_the_first_label_continues_the_note_of_the_page_before() -> None:
    body = [line("Body text set in ten points, long enough.", 72, 700 - 12 * i) for i in range(5)]
    body.append(Line([*chars("A sentence citing.", 72, 630), Char("2", 162, 165, 634, 6.0)]))
    rest = line("the end of note 1, which ended a sentence on the page before.", 72, 110, 8.0)
    notes = [rest, line("2 A note set smaller.", 72, 100, 8.0)]
    page = Page(2, 612, 792, body + notes)
    ordered, _ = layout.reading_order(page)
    note_1 = layout.ZoneNote("1", Page(1, 612, 792, []), Piece(list(zip("Hartley, 217.", [False] * 13, strict=True))))
    assert layout.footnote_zone(page, ordered, 10.0, note_1) == notes
    assert layout.footnote_zone(page, ordered, 10.0, None) == notes[1:]


def test_a_word_the_document_writes_with_a_hyphen_keeps_it_across_a_line_break() -> None:
    vocabulary = layout.vocabulary_of([line("sovereignty and non-alignment.", 72, 300)])
    assert vocabulary == {"non-alignment"}
    assert layout.separator("stress sovereignty and non-", "alignment.", vocabulary) == ""
    assert layout.separator("the connec-", "tivity of", vocabulary) is None


@pytest.mark.parametrize("before", ["disaster and self-", "a non-", "Well-"])
def test_a_prefix_that_takes_a_hyphen_keeps_it_across_a_line_break(before: str) -> None:
    # TeX breaks "self-rated" only at its hyphen, so a line ending "self-" is never a hyphenated "selfrated"
    assert layout.separator(before, "rated health") == ""


def _linked(text: str, x: float, y: float, address: str) -> list[Char]:
    return [replace(char, link=address) for char in chars(text, x, y)]


@pytest.mark.parametrize(
    ("first", "second", "address", "joined"),
    [
        # the annotation says the hyphen at the line end was the typesetter's, not the address's
        ("https://a.kz/news/pipe-", "dreams", "https://a.kz/news/pipedreams", "https://a.kz/news/pipedreams"),
        # and here that the hyphen the joining dropped is the address's (shown without its scheme)
        ("www.a.kz/connec-", "tivity", "http://www.a.kz/connec-tivity", "www.a.kz/connec-tivity"),
    ],
)
def test_a_link_annotation_gives_the_address_a_line_break_cut(
    first: str, second: str, address: str, joined: str
) -> None:
    piece = Piece()
    layout.append_line(piece, chars("See ", 0, 100) + _linked(first, 20, 100, address))
    layout.append_line(piece, _linked(second, 0, 88, address) + chars(" (2020).", 30, 88, italic=True))
    text, italic, _, links = layout.true_addresses(*layout.tidy(piece))
    assert text == f"See {joined} (2020)."
    assert [(text[start:end], target) for start, end, target in links] == [(joined, address)]
    assert [text[start:end] for start, end in italic] == ["(2020)."]  # offsets after the address moved with it


def test_a_link_showing_other_text_keeps_its_text() -> None:
    piece = Piece()
    layout.append_line(piece, chars("Polity, ", 0, 100) + _linked("publisher's page", 40, 100, "https://p.org/x"))
    text, _, _, links = layout.true_addresses(*layout.tidy(piece))
    assert text == "Polity, publisher's page"
    assert [(text[start:end], target) for start, end, target in links] == [("publisher's page", "https://p.org/x")]


def test_a_running_header_with_a_left_and_a_right_part_on_one_baseline_goes() -> None:
    """fancyhdr sets the journal's name in the middle and the section and page at the right, on one baseline."""
    pages = []
    for number in (1, 2, 3):
        lines = [
            line("Journal of Central Asian Studies", 200, 760, 9.0),
            line(f"{number} REFERENCES", 440, 760),
            line(f"Body text of page {number} goes on here", 72, 700),
            line("and on.", 72, 686),
        ]
        pages.append(Page(number, 612, 792, lines))
    layout.drop_running_lines(pages)
    assert [[ln.text for ln in page.lines] for page in pages] == [
        [f"Body text of page {n} goes on here", "and on."] for n in (1, 2, 3)
    ]


def test_characters_drawn_after_the_rest_of_their_line_go_where_they_stand() -> None:
    """xeCJK draws the colon before "《" after the title; LibreOffice draws the kanji of a fallback font first and
    the rest of the line after (with the gaps between them read as spaces). The text is read left to right."""
    title = chars("外交部", 0, 100) + chars("《关系》", 15, 100) + chars(":", 14.5, 100) + chars(",2023", 35, 100)
    assert [ln.text for ln in layout.lines_of(title)] == ["外交部:《关系》,2023"]
    fallback = [chars("山", 0, 100)[0], Char(" ", 5, 5, 100, 10.0, generated=True), chars("歴", 15, 100)[0]]
    lines = layout.lines_of(fallback + chars("内昌", 5, 100) + chars("史』", 20, 100))
    assert len(lines) == 1
    piece = Piece()
    layout.append_line(piece, lines[0].chars)
    assert layout.tidy(piece)[0] == "山内昌歴史』"


def test_an_address_run_over_the_gutter_stays_in_its_column() -> None:
    """TeX cannot break a long address, which runs from the left column into the right one beside its lines: it is
    a left-column line, not a full-width one closing the columns above it."""
    left = [line(f"left {i} words words", 72, 700 - 14 * i) for i in range(6)]
    right = [line(f"right {i} words words", 320, 700 - 14 * i) for i in range(7)]
    overfull = line("https://www.mfa.gov.cn/web/gjhdq_676201/gj_676203/", 72, 700 - 14 * 6 + 4)  # columns out of step
    page = Page(1, 612, 792, [*left, overfull, *right])
    ordered, gutter = layout.reading_order(page)
    assert gutter is not None
    assert [ln.text.split()[0] for ln in ordered] == [*["left"] * 6, overfull.text, *["right"] * 7]


def test_the_kana_prolonged_sound_mark_joins_without_a_space() -> None:
    """"ー" (U+30FC) has no script of its own, yet is written between kana like them: the gap PDFium reads as a space
    beside it is no space of the text."""
    piece = Piece()
    gap = Char(" ", 15, 15, 100, 15.0, generated=True)  # a third of an em: a space between Latin and kana
    layout.append_line(piece, [*chars("ユー", 0, 100, 15.0), gap, *chars("ラシア", 20, 100, 15.0)])
    assert layout.tidy(piece)[0] == "ユーラシア"


def test_a_short_list_numbered_in_brackets_at_the_top_of_a_page_keeps_its_entries_whole() -> None:
    """LibreOffice prints a list "(1) …" with the label, a tab (no space in the text) and the entry's other lines
    under its text; on a page of nothing but two such entries, those lines go on their entries."""
    from cite.readers.pdf import document_of

    label_x, text_x = 90.0, 108.0
    lines = []
    for n, (first, rest) in enumerate(
        [("Whitesides, G. M. The Origins and the Future of", "Microfluidics. Nature 2006, 442, 368–373."),
         ("Hartwig, J. F.; Shaughnessy, K. H. Palladium", "Amination. Org. React. 2019, 100, 853–958.")],
        start=1,
    ):
        y = 700 - 40 * n
        lines.append(Line([*chars(f"({n})", label_x, y), *chars(first, text_x, y)]))
        lines.append(line(rest, text_x, y - 14))
    doc = document_of([Page(1, 612, 792, lines)], "t.pdf", "t.pdf")
    assert [text for text in doc.lines if text] == [
        "(1) Whitesides, G. M. The Origins and the Future of Microfluidics. Nature 2006, 442, 368–373.",
        "(2) Hartwig, J. F.; Shaughnessy, K. H. Palladium Amination. Org. React. 2019, 100, 853–958.",
    ]


def test_a_wide_justified_space_in_a_narrow_column_does_not_cut_its_line() -> None:
    """TeX stretches the spaces of a line it could not fill in a narrow column to several ems ("Asian Development
    Bank.     (2021,"): the two pieces are one line of the left column, read before the right column."""
    left = [line(f"left {i} words words words", 72, 700 - 14 * i) for i in range(6)]
    right = [line(f"right {i} words words words", 320, 700 - 14 * i) for i in range(7)]
    wide = [line("Asian Development Bank.", 72, 700 - 14 * 6), line("(2021,", 72 + 23 * 5 + 40, 700 - 14 * 6)]
    page = Page(1, 612, 792, [*left, *wide, *right])
    ordered, gutter = layout.reading_order(page)
    assert gutter is not None
    assert [ln.text for ln in ordered][5:8] == [
        "left 5 words words words",
        "Asian Development Bank.(2021,",
        "right 0 words words words",
    ]
    piece = Piece()
    layout.append_line(piece, ordered[6].chars)
    assert layout.tidy(piece)[0] == "Asian Development Bank. (2021,"


def test_hanging_entries_in_two_columns_end_and_start_at_the_column_break() -> None:
    """A bibliography in hanging indents over two columns: the left column ends with an entry's set-in last line,
    the right one starts with the next entry's flush first line (flush in its own column, though far to the right
    of the line before)."""
    from cite.readers.pdf import document_of

    def entry(n: int, x: float, y: float) -> list[Line]:
        return [
            line(f"Author{n}, Anna. Studies in water number {n}.", x, y),  # 44 characters: a full line
            line(f"London: Polity, {1990 + n}.", x + 15, y - 12),
        ]

    left = [ln for n in range(4) for ln in entry(n, 72, 700 - 27 * n)]
    right = [ln for n in range(4, 8) for ln in entry(n, 320, 700 - 27 * (n - 4))]
    doc = document_of([Page(1, 612, 792, [*left, *right])], "t.pdf", "t.pdf")
    assert [text for text in doc.lines if text] == [
        f"Author{n}, Anna. Studies in water number {n}. London: Polity, {1990 + n}." for n in range(8)
    ]


def test_a_note_going_on_in_the_right_columns_footnotes_is_one_note() -> None:
    """LaTeX sets footnotes under each column in two columns: the left column's last note may go on under the right
    column's rule, before that column's own notes."""
    from cite.readers.pdf import document_of

    mark = Char("1", 200, 203, 704, 6.0)
    mark2 = Char("2", 450, 453, 704, 6.0)
    left = [Line([*chars("A sentence that cites.", 72, 700), mark])]
    left += [line(f"left {i} body text", 72, 686 - 14 * i) for i in range(6)]
    right = [Line([*chars("Another that cites.", 320, 700), mark2])]
    right += [line(f"right {i} body text", 320, 686 - 14 * i) for i in range(6)]
    notes = [
        Line([Char("1", 72, 75, 204, 6.0), *chars(" Hartley, Water Diplomacy in the", 75, 200, 8.0)]),
        line("Basin, 217.", 320, 200, 8.0),
        Line([Char("2", 320, 323, 194, 6.0), *chars(" Okafor, Roads, 12.", 323, 190, 8.0)]),
    ]
    page = Page(1, 612, 792, [*left, *right, *notes], [Rule(72, 160, 215), Rule(320, 408, 215)])
    doc = document_of([page], "t.pdf", "t.pdf")
    assert [(n.label, n.text) for n in doc.notes] == [
        ("1", "Hartley, Water Diplomacy in the Basin, 217."),
        ("2", "Okafor, Roads, 12."),
    ]


def test_a_cyrillic_word_hyphenated_at_a_line_end_is_joined_where_the_document_writes_it_whole() -> None:
    """"Казах-" + "стан" is "Казахстан" in a document that writes "Казахстан" elsewhere; a compound the document
    does not write whole keeps its hyphen ("политико-" + "правовые"), and so does one it writes with it."""
    vocabulary = layout.vocabulary_of(
        [line("Внешняя политика Казахстана и Республика Казахстан.", 72, 300), line("военно-политический", 72, 286)]
    )
    assert layout.separator("Республика Казах-", "стан и", vocabulary) is None
    assert layout.separator("внешняя политика Казах-", "стана", vocabulary) is None
    assert layout.separator("политико-", "правовые", vocabulary) == ""
    assert layout.separator("военно-", "политический", vocabulary) == ""
    piece = Piece()
    layout.append_line(piece, chars("Республика Казах-", 0, 100), vocabulary=vocabulary)
    layout.append_line(piece, chars("стан и Россия.", 0, 88), vocabulary=vocabulary)
    assert layout.tidy(piece)[0] == "Республика Казахстан и Россия."


def test_a_spaced_em_dash_at_a_line_end_keeps_its_space_and_kazakh_with_a_latin_schwa_is_joined() -> None:
    """GOST 7.1's ". — " areas: "2001. —" + "280 с." is "2001. — 280 с.", not "2001. —280 с."; Kazakh typed with
    the Latin "ə" ("Тəжікстанның") is joined across a hyphen at a line end like any Cyrillic word."""
    assert layout.separator("Наука, 2001. —", "280 с.") == " "
    assert layout.separator("GB/T 7714", "—2015") == ""
    vocabulary = layout.vocabulary_of([line("Тəжікстанның сыртқы саясаты", 72, 300)])
    assert layout.separator("Тəжік-", "станның", vocabulary) is None


def test_line_pitches_without_a_common_gap_fall_back_to_the_commonest() -> None:
    """An OCR text layer's baselines jitter: no gap is a tenth of them, which once raised ValueError."""
    from cite.readers.pdf import _pitches

    lines = [line(f"line {i}", 72, 700 - sum(12 + k / 10 for k in range(i))) for i in range(16)]
    assert _pitches([(None, lines, None)]) == {10.0: 12.0}


def test_a_chinese_line_s_first_word_holds_the_latin_after_a_closing_bracket() -> None:
    from cite.readers.pdf import _first_word

    # LibreOffice moved "文)[EB/OL]." whole to the next line: no room for it is no paragraph's end
    assert _first_word(line("文)[EB/OL]. (2019-09-12)", 72, 700)) == pytest.approx(10 * 5)  # "文)[EB/OL]." in half ems
    assert _first_word(line("文》，第3页", 72, 700)) == pytest.approx(10 * 1.5)  # the closing marks only


@pytest.mark.parametrize("opening", ["Сыроежкин К Л, 2010. Казахстан", "NAZARBAYEV N, 2012. Strategy", "李兴, 耿捷, 2018. 亚欧"])
def test_a_gbt_author_year_entry_at_the_top_of_a_column_starts_an_entry(opening: str) -> None:
    from cite.readers.pdf import _entry_ends

    assert _entry_ends(line("https://www.akorda.kz/en/official_documents.", 72, 80), line(opening, 72, 760))
