"""HTML page shapes: Wikipedia-like references, Word's "Save as Web Page", WeChat-like articles, LibreOffice.

The page snippets are cut to the markup that matters, in the shapes those tools write.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cite.pipeline import extract_document
from cite.readers import read
from tests.formats import soffice, written_notes

WIKIPEDIA = """<!DOCTYPE html><html><head><title>Page</title><script>var notes = "[1] not a note";</script>
<style>.x{color:red}</style></head><body>
<div id="mw-navigation"><nav><ul><li><a href="#p-search">Search</a></li></ul></nav></div>
<div id="mw-content-text"><p>The Aral Sea shrank after 1960.<sup id="cite_ref-1" class="reference">
<a href="https://en.example.org/wiki/Aral_Sea#cite_note-1">[1]</a></sup> Irrigation was the cause.<sup id="cite_ref-2" class="reference">
<a href="#cite_note-2">[2]</a></sup></p>
<h2>References</h2><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>
<span class="reference-text">Philip Micklin, <i>The Aral Sea Disaster</i> (Berlin: Springer, 2014), 12.</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span>
<span class="reference-text"><a href="https://doi.org/10.1146/annurev.earth.35.031306.140120">Micklin 2007</a>.</span></li>
</ol></div></body></html>"""

WORD_SAVED = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body lang=ZH-CN>
<div class=WordSection1><p class=MsoNormal>中亚地区的水资源问题由来已久。<a style='mso-footnote-id:ftn1' href="#_ftn1"
name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='font-size:10.5pt'>[1]</span></span></a>此后各国多次谈判。</p></div>
<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1"
name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> 王凯：《纳扎尔巴耶夫外交思想探析》，</p>
<p class=MsoFootnoteText>新疆大学硕士学位论文，2019年。</p></div>
</div></body></html>"""

CONTENTS = """<html><body><ol class="toc"><li><a href="#s1">1</a> Water</li></ol>
<section id="s1"><h2>Water</h2><p>The basin.<a href="#fn1"><sup>1</sup></a></p></section>
<ol><li id="fn1">A note.</li></ol></body></html>"""

WECHAT = """<html><head><meta charset="utf-8"></head><body><div id="page-content">
<div class="rich_media_meta_list"><a href="javascript:void(0);" id="js_name">某公众号</a></div>
<div class="rich_media_content" id="js_content"><p>上合组织的扩员引发讨论<sup>1</sup>。</p>
<p><span style="font-style: italic">注释：</span></p>
<p>[1] 赵华胜：《上海合作组织：评析和展望》，北京：时事出版社，2012年，第45页。</p></div>
<div class="qr_code_pc"><p>微信扫一扫关注该公众号</p></div></div></body></html>"""


def _write(tmp_path: Path, name: str, page: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(page.encode(encoding))
    return path


def test_wikipedia_like_references_with_back_links_and_navigation_left_out(tmp_path: Path) -> None:
    extraction = extract_document(read(_write(tmp_path, "w.html", WIKIPEDIA)))
    notes = extraction.notes
    assert [(n.label, n.text) for n in notes] == [
        ("1", "Philip Micklin, The Aral Sea Disaster (Berlin: Springer, 2014), 12."),
        ("2", "Micklin 2007."),
    ]
    assert notes[0].context == "The Aral Sea shrank after 1960."
    assert notes[0].references[0].title == "The Aral Sea Disaster"
    assert notes[1].references[0].doi == "10.1146/annurev.earth.35.031306.140120"  # the link's target
    text = "\n".join(extraction.document.lines)
    assert "Search" not in text and "var notes" not in text and "Philip" not in text


def test_word_saved_html_in_gb2312_with_a_note_of_two_paragraphs(tmp_path: Path) -> None:
    notes = extract_document(read(_write(tmp_path, "word.htm", WORD_SAVED, "gb2312"))).notes
    assert [(n.label, n.text) for n in notes] == [
        ("1", "王凯：《纳扎尔巴耶夫外交思想探析》， 新疆大学硕士学位论文，2019年。")
    ]
    assert notes[0].context == "中亚地区的水资源问题由来已久。"
    assert notes[0].references[0].type == "thesis"


def test_wechat_like_article_notes_typed_as_text(tmp_path: Path) -> None:
    extraction = extract_document(read(_write(tmp_path, "wx.html", WECHAT)))
    assert [(n.label, n.text) for n in extraction.notes] == [
        ("1", "赵华胜：《上海合作组织：评析和展望》，北京：时事出版社，2012年，第45页。")
    ]
    assert extraction.notes[0].context == "上合组织的扩员引发讨论。"
    assert "公众号" not in "\n".join(extraction.document.lines)  # only the article (#js_content)


def test_a_contents_link_to_a_section_is_not_a_note(tmp_path: Path) -> None:
    extraction = extract_document(read(_write(tmp_path, "toc.html", CONTENTS)))
    assert [(n.label, n.text, n.context) for n in extraction.notes] == [("1", "A note.", "The basin.")]
    assert "Water" in extraction.document.lines


def test_deep_nesting_is_read_without_exhausting_the_stack(tmp_path: Path) -> None:
    # deeper than the reader walks (its text is still read) ...
    page = "<html><body>" + "<div><i>" * 500 + "Deep text." + "</i></div>" * 500 + "</body></html>"
    assert "Deep text." in "".join(read(_write(tmp_path, "deep.html", page)).lines)
    # ... and far deeper than the parser keeps (libxml2 drops what is nested past its limit): no crash
    page = "<html><body><p>Kept.</p>" + "<div>" * 100_000 + "Lost." + "</div>" * 100_000 + "</body></html>"
    assert read(_write(tmp_path, "deeper.html", page)).lines[0] == "Kept."


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("filter_name", ["html", "html:XHTML Writer File:UTF8"])
def test_libreoffice_html_of_a_word_document(converted: Path, tmp_path: Path, filter_name: str) -> None:
    style = "china-national-standard-gb-t-7714-2015-note"
    page = soffice(converted / f"{style}.docx", filter_name, tmp_path)
    notes = extract_document(read(page)).notes
    assert [(n.label, n.text) for n in notes] == written_notes(converted / f"{style}.plain")
    assert all(n.context for n in notes)


#: A numbered bibliography as citeproc writes it in HTML (pandoc; Zotero's citeproc-js uses the same classes).
CSL_BIBLIOGRAPHY = """<html><body><p>Text.</p><h1>参考文献</h1><div id="refs" class="references csl-bib-body">
<div id="ref-a" class="csl-entry"><div class="csl-left-margin">[1] </div><div class="csl-right-inline">WHITFIELD M.
<i>Empires of the Steppe</i>[M]. Cambridge: Cambridge University Press, 2016.</div></div>
<div id="ref-b" class="csl-entry"><div class="csl-left-margin">[2] </div><div class="csl-right-inline">赵永刚.
丝绸之路经济带与中亚地区秩序[M]. 北京: 社会科学文献出版社, 2017.</div></div></div></body></html>"""


def test_a_csl_entry_keeps_its_number_on_its_line(tmp_path: Path) -> None:
    doc = read(_write(tmp_path, "refs.html", CSL_BIBLIOGRAPHY))
    assert doc.lines[2:] == (
        "[1] WHITFIELD M. Empires of the Steppe[M]. Cambridge: Cambridge University Press, 2016.",
        "[2] 赵永刚. 丝绸之路经济带与中亚地区秩序[M]. 北京: 社会科学文献出版社, 2017.",
    )
    entries = extract_document(doc).notes
    assert [(n.where, n.references[0].title) for n in entries] == [
        ("body", "Empires of the Steppe"),
        ("body", "丝绸之路经济带与中亚地区秩序"),
    ]


#: Notes typed as an ordered list under a heading, marked by unlinked superscripts (a blog's or journal's page).
ORDERED_NOTES = """<html><body><article><p>Water divides the region.<sup>1</sup> Borders too.<sup>2</sup></p>
<h2>Notes</h2><ol><li>Emma Hartley, <em>Water, Power and Borders: Essays</em> (London: Polity, 2019), 45.</li>
<li value="2">Ibid., 52.</li></ol><h2>References</h2><ol start="7"><li>Okafor C. Roads[J]. Steppe Review, 2020,
12(3): 45-67.</li></ol></article></body></html>"""


def test_an_ordered_list_keeps_its_numbers_so_typed_notes_are_found(tmp_path: Path) -> None:
    notes = extract_document(read(_write(tmp_path, "notes.html", ORDERED_NOTES))).notes
    assert [(n.where, n.label, n.context) for n in notes] == [
        ("footnote", "1", "Water divides the region."),  # the citing sentence, its mark left out
        ("footnote", "2", "Borders too."),
        ("body", "", ""),
    ]
    assert notes[0].references[0].title == "Water, Power and Borders: Essays"  # its <em> kept
    assert notes[2].text.startswith("Okafor C. Roads[J].")


#: A Wikipedia article as a browser saves it: a note cited twice ("^ a b" back-links), cite templates in `<cite>`
#: (their titles linked, their journals in `<i>`, the DOI's link percent-encoded), a cookie notice and navigation.
WIKIPEDIA_SAVED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Aral Sea</title>
<script>var cookies = true;</script></head><body>
<div class="cookie-notice"><p>We use cookies.</p><button>Accept</button></div>
<nav id="mw-navigation"><ul><li><a href="#History">1 History</a></li></ul></nav>
<div id="mw-content-text"><p>The sea shrank.<sup id="cite_ref-m_1-0" class="reference"><a href="#cite_note-m-1">&#91;1&#93;
</a></sup> Its basin dried.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">&#91;2&#93;</a></sup> It was
irrigation.<sup id="cite_ref-m_1-1" class="reference"><a href="#cite_note-m-1">&#91;1&#93;</a></sup></p>
<h2><span class="mw-headline" id="References">References</span></h2><ol class="references">
<li id="cite_note-m-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-m_1-0"><sup><i><b>a</b></i></sup></a>
<a href="#cite_ref-m_1-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text"><cite
class="citation journal cs1">Micklin, Philip (2007). <a class="external text" href="https://doi.org/10.1146%2Fannurev.earth.35.031306.140120"
>"The Aral Sea Disaster"</a>. <i>Annual Review of Earth and Planetary Sciences</i>. <b>35</b> (1): 47–72. <a href="/wiki/Doi"
>doi</a>:<a class="external text" href="https://doi.org/10.1146%2Fannurev.earth.35.031306.140120"
>10.1146/annurev.earth.35.031306.140120</a>.</cite></span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span
class="reference-text"><cite class="citation news cs1"><a class="external text" href="https://www.bbc.com/news/world-asia-29021934"
>"Aral Sea's eastern basin is dry for first time in 600 years"</a>. <i>BBC News</i>. 1 October 2014<span
class="reference-accessdate">. Retrieved <span class="nowrap">10 March</span> 2021</span>.</cite></span></li>
</ol></div><footer><p>Text is available under a licence.</p></footer></body></html>"""


def test_a_saved_wikipedia_page_gives_cite_templates_without_back_links(tmp_path: Path) -> None:
    notes = extract_document(read(_write(tmp_path, "aral.html", WIKIPEDIA_SAVED))).notes
    assert [(n.label, n.text) for n in notes] == [
        (
            "1",
            'Micklin, Philip (2007). "The Aral Sea Disaster". Annual Review of Earth and Planetary Sciences. 35 (1): '
            "47–72. doi:10.1146/annurev.earth.35.031306.140120.",
        ),
        (
            "2",
            "\"Aral Sea's eastern basin is dry for first time in 600 years\". BBC News. 1 October 2014. Retrieved 10 "
            "March 2021.",
        ),
    ]
    article, news = notes[0].references[0], notes[1].references[0]
    assert (article.author, article.title, article.container_title, article.doi) == (
        ("Micklin, Philip",),
        "The Aral Sea Disaster",
        "Annual Review of Earth and Planetary Sciences",
        "10.1146/annurev.earth.35.031306.140120",
    )
    assert (news.title, news.container_title, news.url) == (
        "Aral Sea's eastern basin is dry for first time in 600 years",
        "BBC News",
        "https://www.bbc.com/news/world-asia-29021934",
    )


#: A journal's article page: an author's affiliation mark, notes as `<div class="footnote">`, a numbered reference
#: list whose entries carry "Google Scholar" and "Crossref" links, a cookie banner and the site's header around it.
JOURNAL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Water | JCAS</title></head><body>
<div class="cookie-banner" role="dialog"><p>This website uses cookies. <a href="/cookies">Cookie policy</a></p></div>
<header><a href="/">JCAS</a><nav><a href="/issues">Issues</a></nav></header>
<main><article><h1>Water and Empire</h1>
<p class="authors">Anna Whitfield<sup><a href="#aff1">1</a></sup></p><p id="aff1"><sup>1</sup> University of Leeds</p>
<h2>1. Introduction</h2><p>Planners expanded cotton.<sup><a href="#fn1" id="fnref1">1</a></sup> Studies disagree
<a href="#bib1">[1]</a>.</p>
<section class="notes"><h2>Notes</h2><div class="footnote" id="fn1"><p><a href="#fnref1">1.</a> Adeeb Khalid,
<em>Central Asia: A New History</em> (Princeton: Princeton University Press, 2021), 112.</p></div></section>
<section><h2>References</h2><ol class="references"><li id="bib1">Micklin P. The Aral Sea disaster. Annu Rev Earth
Planet Sci. 2007;35:47-72. <a href="https://scholar.google.com/scholar?q=aral">Google Scholar</a>
<a href="https://doi.org/10.1146/annurev.earth.35.031306.140120">Crossref</a></li></ol></section>
</article></main><footer>© 2026 JCAS</footer></body></html>"""


def test_a_journal_article_page_gives_notes_and_references_without_affiliations_or_service_links(
    tmp_path: Path,
) -> None:
    notes = extract_document(read(_write(tmp_path, "article.html", JOURNAL_PAGE))).notes
    assert [(n.label, n.text) for n in notes] == [
        ("1", "Adeeb Khalid, Central Asia: A New History (Princeton: Princeton University Press, 2021), 112."),
        (
            "1",
            "Micklin P. The Aral Sea disaster. Annu Rev Earth Planet Sci. 2007;35:47-72. "
            "https://doi.org/10.1146/annurev.earth.35.031306.140120",  # Crossref's address: the DOI
        ),
    ]
    assert notes[0].context == "Planners expanded cotton."
    assert notes[1].references[0].doi == "10.1146/annurev.earth.35.031306.140120"
