"""Each finder on its own small inputs, including the tricky cases."""

import pytest

from cite.model import Document
from cite.notes import circled, endnotes, find_notes, markdown, sources, superscript, word
from tests.conftest import doc_of

NONE = frozenset()


def test_circled_bodies_with_and_without_caret() -> None:
    doc = doc_of(
        "正文^①，再^②。\n\n① 王琛：《题名》，载《东南亚研究》2022年第4期。\n\n^② “Title”. <https://a.kz/x>, 访问时间：2023年10月28日。"
    )
    found = circled.find(doc, NONE)
    assert [(b.label, b.line) for b in found.bodies] == [("①", 3), ("②", 5)]
    assert found.bodies[1].text.startswith("“Title”")
    assert [m.label for m in found.markers] == ["①", "②"]


def test_circled_enumeration_in_text_is_not_a_note() -> None:
    doc = doc_of("措施如下：\n①加强合作；\n②扩大投资。")
    assert circled.find(doc, NONE).bodies == ()


def test_circled_pages_restart_and_link_to_their_page() -> None:
    text = "甲^①乙^②。\n\n① 注一。\n② 注二。\n\n丙^①丁\n\n^① 注三。\n\n接上页^②。\n\n① 注四。\n② 注五。"
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.page, n.text) for n in notes] == [
        ("①", 1, "注一。"),
        ("②", 1, "注二。"),
        ("①", 2, "注三。"),
        ("①", 3, "注四。"),
        ("②", 3, "注五。"),
    ]
    # 注四 has no marker on its page; 注五's marker comes after the page break
    assert notes[3].warnings and "no marker" in notes[3].warnings[0]
    assert notes[4].context == "接上页。"


def test_paragraph_cut_by_a_page_keeps_its_sentence() -> None:
    text = "第一句。这是一段被页^①脚注\n\n① 注一。\n\n切断的句子。下一句。"
    note = find_notes(doc_of(text)).notes[0]
    assert note.page == 1
    assert note.context == "这是一段被页脚注切断的句子。"


def test_superscript_star_note() -> None:
    doc = doc_of("标题^{*}\n\n作者\n\n^{*} 本文系国家社科基金项目的阶段性成果。")
    found = superscript.find(doc, NONE)
    assert [(b.label, b.line, b.text) for b in found.bodies] == [("*", 5, "本文系国家社科基金项目的阶段性成果。")]
    assert [(m.label, m.line) for m in found.markers] == [("*", 1)]


def test_word_bodies_span_lines_and_contain_brackets() -> None:
    text = (
        "甲。[[footnoteRef:0]] [0: [] 王凯. 题名[D].新疆大学,2019.]\n"
        "乙[[footnoteRef:1]]。 [1: [] Title [Head of State] [Electronic resource]: Site, 2020.\n"
        "URL:https://a.kz/x (access date: 06.08.2021)\n] "
    )
    found = word.find(doc_of(text), NONE)
    assert [(b.label, b.line, b.end_line) for b in found.bodies] == [("0", 1, 1), ("1", 2, 4)]
    assert found.bodies[0].text == "王凯. 题名[D].新疆大学,2019."
    assert found.bodies[1].text.endswith("(access date: 06.08.2021)")
    assert "[Head of State] [Electronic resource]" in found.bodies[1].text
    assert [m.label for m in found.markers] == ["0", "1"]


def test_word_single_bracket_form() -> None:
    found = word.find(doc_of("马燕宁[footnoteRef:0] [0:  马燕宁，研究员。] "), NONE)
    assert found.bodies[0].text == "马燕宁，研究员。"


def test_word_unclosed_block_is_reported_and_kept() -> None:
    text = "甲[footnoteRef:0] [0:  一条没有结尾的注释\n乙[footnoteRef:1] [1:  正常。]"
    notes = find_notes(doc_of(text)).notes
    assert [n.text for n in notes] == ["一条没有结尾的注释 乙", "正常。"]
    assert "unclosed [0:" in notes[0].warnings[0]


def test_markdown_footnotes_with_continuation() -> None:
    text = "Text.[^1] More.[^note]\n\n[^1]: Jane Roe, *Title* (London:\n    Routledge, 2019), 23.\n\n[^note]: Ibid."
    found = markdown.find(doc_of(text), NONE)
    assert [(b.label, b.text) for b in found.bodies] == [
        ("1", "Jane Roe, *Title* (London: Routledge, 2019), 23."),
        ("note", "Ibid."),
    ]
    assert [m.label for m in found.markers] == ["1", "note"]


def test_endnotes_after_a_heading() -> None:
    text = "Claim one.[1] Claim two.[2]\n\nNotes\n\n1. Jane Roe, *Title* (London:\nRoutledge, 2019).\n2. Ibid., 5."
    found = endnotes.find(doc_of(text), NONE)
    assert [(b.label, b.text) for b in found.bodies] == [
        ("1", "Jane Roe, *Title* (London: Routledge, 2019)."),
        ("2", "Ibid., 5."),
    ]
    assert [m.label for m in found.markers] == ["1", "2"]


def test_back_links_of_a_web_pages_notes_list_are_not_note_text() -> None:
    """A notes list printed or copied from a web page: pandoc's closing "↩︎", Wikipedia's opening "^ a b"."""
    text = (
        "Claim.¹ Again.² More.³\n\n---\n\n1. Jane Roe, Title (London: Routledge, 2019).↩︎\n"
        "2. ^ a b Roe, Jane (2019). Title. London: Routledge.\n3. ^ A study of rivers (Oxford, 2020). ↩︎ ↩︎"
    )
    assert [b.text for b in endnotes.find(doc_of(text), NONE).bodies] == [
        "Jane Roe, Title (London: Routledge, 2019).",
        "Roe, Jane (2019). Title. London: Routledge.",
        "A study of rivers (Oxford, 2020).",
    ]


def test_a_reference_list_printed_from_a_journals_page_loses_its_service_links_and_the_pages_own_lines() -> None:
    text = (
        "Studies disagree [1].\n\nReferences\n\nMicklin P. The Aral Sea disaster. Annu Rev Earth Planet Sci. "
        "2007;35:47-72. Google Scholar Crossref\n\nWhitfield A. Water and Empire. Oxford: Oxford University Press; "
        "2019. PubMed\n\n© 2026 JCAS. All rights reserved.\n\nBack to top\n"
    )
    assert [b.text for b in endnotes.find(doc_of(text), NONE).bodies] == [
        "Micklin P. The Aral Sea disaster. Annu Rev Earth Planet Sci. 2007;35:47-72.",
        "Whitfield A. Water and Empire. Oxford: Oxford University Press; 2019.",
    ]


def test_closing_run_of_numbered_notes_without_heading() -> None:
    text = "文中[1]，又[2]。\n\n[1] 周明：《题名》，载《刊名》2020年第1期。\n[2] 同上。"
    found = endnotes.find(doc_of(text), NONE)
    assert [b.label for b in found.bodies] == ["1", "2"]


def test_reference_list_entries_are_body_citations() -> None:
    text = "Text (Roe 2019).\n\nReferences\n\nRoe, Jane. 2019. *Title*. London: Routledge.\n\n[1] 王凯. 题名[D]. 新疆大学, 2019."
    found = endnotes.find(doc_of(text), NONE)
    assert [(b.where, b.label, b.line) for b in found.bodies] == [("body", "", 5), ("body", "", 7)]


@pytest.mark.parametrize(
    "heading",
    [
        "## Reference list",
        "References",
        "### 7. References",
        "**Works Cited:**",
        "IV. Bibliography",
        "Literature",
        "Sources:",
        "# 参考文献",
        "参考资料",
        "引用文献",
        "Список литературы",
        "Литература",
        "Әдебиеттер",
    ],
)
def test_reference_list_headings_of_any_level_numbering_and_language(heading: str) -> None:
    text = f"Text (Roe 2019).\n\n{heading}\n\nRoe, J. (2019) *Title*. London: Routledge."
    found = endnotes.find(doc_of(text), NONE)
    assert [(b.where, b.text) for b in found.bodies] == [("body", "Roe, J. (2019) *Title*. London: Routledge.")]


def test_a_list_typed_one_entry_a_line_keeps_entries_that_end_with_a_url_or_doi() -> None:
    # APA 7 and Vancouver put no full stop after a closing DOI or URL
    text = (
        "Text (Roe, 2019).\n\nReferences\n\nRoe, J. (2019). Title. Journal, 3(1), 1–9. https://doi.org/10.1/x\n"
        "Doe, A. (2020). Paper. Journal, 4, 2–8. doi:10.1353/jod.2019.0064\nLee, K. (2021). *Book*. Routledge.\n"
        "WHO. Report [Internet]. 2022 [cited 2023 Mar 8]. Available from: https://www.who.int/item"
    )
    found = endnotes.find(doc_of(text), NONE)
    assert [(b.line, b.text[:6]) for b in found.bodies] == [(5, "Roe, J"), (6, "Doe, A"), (7, "Lee, K"), (8, "WHO. R")]


def test_a_wrapped_entry_stays_one_entry() -> None:
    text = "Text.\n\nReferences\n\nRoe, J. (2019). A long title that wraps onto\nthe next line. Routledge."
    assert [b.text for b in endnotes.find(doc_of(text), NONE).bodies] == [
        "Roe, J. (2019). A long title that wraps onto the next line. Routledge."
    ]


def test_a_list_typed_one_entry_a_line_splits_at_each_entry_head_even_without_full_stops() -> None:
    # no blank line between entries, one without its full stop; a wrapped line and wrapped authors stay joined
    text = (
        "Text.\n\nReferences\n"
        "Fenwick, T. (2011). *Rivers of the plain*. Routledge\n"
        "Osei, K., &\nMarlow, B. (2015). Grain and salt. *Trade Review*, 4(2), 1–9\n"
        "Bannerjee Roy, P. (2003) The long road home: a history of the\nwestern provinces. Leeds: Kestrel.\n"
        "Hallström, Ingrid. 1999. *Winter Ports*. Oslo: Fjord Press.\n"
        "Pellegrino A, Duarte MC. Salt in the diet. Food Med. 2010;3:45-9"
    )
    assert [(b.line, b.text) for b in endnotes.find(doc_of(text), NONE).bodies] == [
        (4, "Fenwick, T. (2011). *Rivers of the plain*. Routledge"),
        (5, "Osei, K., & Marlow, B. (2015). Grain and salt. *Trade Review*, 4(2), 1–9"),
        (7, "Bannerjee Roy, P. (2003) The long road home: a history of the western provinces. Leeds: Kestrel."),
        (9, "Hallström, Ingrid. 1999. *Winter Ports*. Oslo: Fjord Press."),
        (10, "Pellegrino A, Duarte MC. Salt in the diet. Food Med. 2010;3:45-9"),
    ]


def test_a_wrapped_line_that_starts_with_a_place_continues_its_entry() -> None:
    text = "Text.\n\nReferences\n\nTorvald, E. (2001). *Ice roads of the north*.\nWashington, D.C.: Polar House"
    assert [b.text for b in endnotes.find(doc_of(text), NONE).bodies] == [
        "Torvald, E. (2001). *Ice roads of the north*. Washington, D.C.: Polar House"
    ]


@pytest.mark.parametrize("blank", ["\n", ""])
def test_a_part_title_before_the_next_references_heading_is_no_entry(blank: str) -> None:
    sep = "\n" + blank
    text = sep.join(
        [
            "Part A: rivers (APA)",
            "References",
            "Fenwick, T. (2011). *Rivers of the plain*. Routledge.",
            "[1] K. Osei, “Grain and salt,” *Trade Rev.*, vol. 4, pp. 1–9, 2015.",
            "Part B: ports (Chicago)",
            "Bibliography",
            "Hallström, Ingrid. 1999. *Winter Ports*. Oslo: Fjord Press.",
        ]
    )
    bodies = endnotes.find(doc_of(text), NONE).bodies
    assert [b.text[:8] for b in bodies] == ["Fenwick,", "K. Osei,", "Hallströ"]


def test_a_part_title_with_commas_after_a_reference_list_is_no_entry() -> None:
    text = "\n\n".join(
        [
            "References",
            "Micklin, P. (2007). The Aral Sea disaster. Annual Review of Earth and Planetary Sciences, 35, 47-72",
            "Reading list 2: Islam, gender and the Soviet state",
            "Bibliography",
            "Northrop, Douglas. 2004. Veiled Empire. Ithaca: Cornell University Press.",
        ]
    )
    bodies = endnotes.find(doc_of(text), NONE).bodies
    assert [b.text[:8] for b in bodies] == ["Micklin,", "Northrop"]


@pytest.mark.parametrize("last", ["2. Ibid., 45", "2. Interview with the author, Almaty", "Ibid., 45"])
def test_a_short_last_note_before_the_next_heading_is_kept(last: str) -> None:
    text = "Text.\n\n## Notes\n\n1. Jane Roe, Salt (London: Routledge, 2001), 5.\n" + last + "\n\n## Bibliography\n\nRoe, Jane. Salt. London: Routledge, 2001."
    bodies = endnotes.find(doc_of(text), NONE).bodies
    assert any(last.removeprefix("2. ") in b.text for b in bodies)


def test_a_chapter_s_book_wrapped_onto_its_own_line_continues_its_entry() -> None:
    text = (
        "Text.\n\nReferences\n\nRoe, J. (2019). The long chapter about rivers and lakes of the steppe\n"
        "In J. Smith (Ed.), Handbook of water in Central Asia (pp. 1–10). Routledge.\n"
        "Doe, A. (2018). Another book about it. Publisher."
    )
    assert [b.text[:9] for b in endnotes.find(doc_of(text), NONE).bodies] == ["Roe, J. (", "Doe, A. ("]


def test_an_ordered_list_number_alone_on_its_line_numbers_the_next_line() -> None:
    # an HTML reader writes <ol><li><p>…</p></li></ol> as a number line, then the paragraph
    lines = ("References", "1.", "Pellegrino A. Salt in the diet. Food Med. 2010;3:45-9.", "2.", "Duarte MC. Bread.")
    found = endnotes.find(Document(path="t.html", name="t.html", lines=lines, paragraph_lines=True), NONE)
    assert [(b.label, b.line, b.text) for b in found.bodies] == [
        ("", 2, "Pellegrino A. Salt in the diet. Food Med. 2010;3:45-9."),
        ("", 4, "Duarte MC. Bread."),
    ]


def test_words_that_only_begin_like_a_reference_heading_open_no_list() -> None:
    text = "Text.\n\nLiterature review\n\nRoe, J. (2019) *Title*. London: Routledge."
    assert endnotes.find(doc_of(text), NONE).bodies == ()


def test_a_list_mixing_numbered_and_unnumbered_entries_loses_none() -> None:
    # reviewer's reflist.md, shortened: APA, then Vancouver and IEEE numbered, then Harvard again
    text = (
        "Text (Roe, 2019).\n\n## References\n\nRoe, J. (2019). *Title*. Routledge.\n\n"
        "1. Roe J. Title. London: Routledge; 2019.\n\n[2] J. Roe, *Title*. London: Routledge, 2019.\n\n"
        "Doe, A. and Roe, J. (2020) 'Paper', *Journal*, 3(1), pp. 1–9."
    )
    found = endnotes.find(doc_of(text), NONE)
    assert [(b.where, b.line, b.text[:6]) for b in found.bodies] == [
        ("body", 5, "Roe, J"),
        ("body", 7, "Roe J."),
        ("body", 9, "J. Roe"),
        ("body", 11, "Doe, A"),
    ]


def test_a_stray_numbered_line_after_the_last_endnote_is_not_joined_to_it() -> None:
    text = (
        "Claim.¹ Again.²\n\nNotes\n\n1. Jane Roe, *Title* (London: Routledge, 2019), 50.\n2. Ibid., 52.\n"
        "10. A stray number in a list that is not a note."
    )
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.text) for n in notes] == [
        ("1", "Jane Roe, *Title* (London: Routledge, 2019), 50."),
        ("2", "Ibid., 52."),
        ("10", "A stray number in a list that is not a note."),
    ]
    assert notes[2].warnings == ("t.txt:7: note '10' has no marker in the text",)


def test_a_wrapped_line_starting_with_a_year_stays_in_its_note() -> None:
    text = "Claim.[1] Again.[2]\n\nNotes\n\n1. Jane Roe, *Title* (London: Routledge,\n2016), 45–47.\n2. Ibid."
    found = endnotes.find(doc_of(text), NONE)
    assert [b.text for b in found.bodies] == ["Jane Roe, *Title* (London: Routledge, 2016), 45–47.", "Ibid."]


def test_numbered_commentary_is_not_endnotes() -> None:
    text = "译者评述\n\n1）\n文章作者多次强调。\n\n2）\n虽然文章主要从小国角度出发。\n\n更多内容"
    assert endnotes.find(doc_of(text), NONE).bodies == ()


def test_source_lines() -> None:
    text = (
        " **【来源】** Vanderhill, Joireman, et al. “Between the bear:\nMultivectorism”.\n_International Affairs_ ,vol.96.\n\n"
        "\t资料来源：世界银行网 https://data.worldbank.org\n\n"
        "资料来源：作者根据互联网资料汇编而成。\n\n> 图像来源，  Reuters"
    )
    found = sources.find(doc_of(text), NONE)
    assert [(b.line, b.text) for b in found.bodies] == [
        (1, "Vanderhill, Joireman, et al. “Between the bear: Multivectorism”. _International Affairs_ ,vol.96."),
        (5, "世界银行网 https://data.worldbank.org"),
    ]
    assert all(b.where == "body" and b.label == "" for b in found.bodies)


def test_plain_document_has_no_notes() -> None:
    linked = find_notes(doc_of("# 标题\n\n普通段落，没有注释。\n\n> 图像来源，Reuters"))
    assert linked.notes == () and linked.warnings == ()


def test_marker_without_note_is_a_document_warning() -> None:
    linked = find_notes(doc_of("Text.[^1] More.[^2]\n\n[^1]: Ibid."))
    assert linked.warnings == ("t.txt:1: marker '2' has no note",)


def test_mixed_conventions_in_one_document() -> None:
    text = "Title^{*}\n\nText^① more.[^a]\n\n^{*} 本文系基金项目成果。\n\n① 注一。\n\n[^a]: Markdown note."
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.text) for n in notes] == [
        ("*", "本文系基金项目成果。"),
        ("①", "注一。"),
        ("a", "Markdown note."),
    ]
    assert all(not n.warnings for n in notes)


def test_pandoc_plain_text_notes_and_contexts() -> None:
    """`pandoc -t plain` puts [n] markers in wrapped text and the notes in a closing list."""
    text = (
        "Water allocation has remained the most persistent source of friction in\n"
        "the region.[1] Imperial legacies continue to shape how borders are\n"
        "imagined and contested.[2]\n\n"
        "[1] Eleanor Hartley and Timur Nazarov, “Water Diplomacy,” Central Asian\n"
        "Survey 38, no. 2 (2019): 217.\n\n"
        "[2] Ibid., 230."
    )
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.context) for n in notes] == [
        ("1", "Water allocation has remained the most persistent source of friction in the region."),
        ("2", "Imperial legacies continue to shape how borders are imagined and contested."),
    ]
    assert (
        notes[0].text
        == "Eleanor Hartley and Timur Nazarov, “Water Diplomacy,” Central Asian Survey 38, no. 2 (2019): 217."
    )


def test_parenthesised_endnote_markers_but_not_enumerations() -> None:
    text = "第一点的依据(1)。三个特征：（1）谈判权威；（2）融入程度。另一依据（2），见后。\n\n注释\n\n(1) 周明：《题名》，载《刊名》2020年第1期。\n(2) 同上。"
    found = endnotes.find(doc_of(text), NONE)
    assert [b.label for b in found.bodies] == ["1", "2"]
    assert [(m.label, m.start) for m in found.markers] == [("1", 6), ("2", 35)]


def test_circled_page_without_markers_keeps_its_notes() -> None:
    text = "甲^①。\n\n① 注一。\n\n第二页正文没有任何标记，这是一段足够长的正文文字，不是标题。\n\n① 注二。\n\n丙^①。\n\n① 注三。"
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.page, n.text) for n in notes] == [("①", 1, "注一。"), ("①", 2, "注二。"), ("①", 3, "注三。")]
    assert [bool(n.warnings) for n in notes] == [False, True, False]
    assert notes[2].context == "丙。"


def test_word_bracketed_numbers_in_the_text_are_not_notes() -> None:
    text = "The verse [2:255] is quoted.[footnoteRef:1] Ratios like [3:1] too. [1:  Real note.]"
    notes = find_notes(doc_of(text)).notes
    assert [(n.label, n.text) for n in notes] == [("1", "Real note.")]
    assert not notes[0].warnings


def test_word_unclosed_last_block_stops_at_the_paragraph() -> None:
    text = "Text.[footnoteRef:1] [1:  A. B, Title One (London: X, 2001).\n\n## Conclusion\n\nThe end."
    note = find_notes(doc_of(text, "w.txt")).notes[0]
    assert note.text == "A. B, Title One (London: X, 2001)."
    assert note.warnings[0].startswith("w.txt:1: unclosed [1: block")


def test_markdown_label_defined_twice_is_reported() -> None:
    notes = find_notes(doc_of("Text.[^1]\n\n[^1]: First.\n\n[^1]: Second.")).notes
    assert [n.text for n in notes] == ["First.", "Second."]
    assert "defined twice" in notes[1].warnings[0]
