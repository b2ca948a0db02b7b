"""Cited page (`locator`) vs. a work's pages (`page`): the rule of `cite.refs.locator`, on notes as printed."""

from __future__ import annotations

import pytest

from cite.model import BODY, FOOTNOTE, Note
from cite.refs import parse_note


def _pages(text: str, where: str = FOOTNOTE) -> list[tuple[str, str]]:
    note = parse_note(Note(doc="d.txt", seq=1, label="1", page=None, line=1, text=text, where=where))
    return [(r.page, r.locator) for r in note.references]


@pytest.mark.parametrize(
    ("text", "page", "locator"),
    [
        # seeds' journal style: a single page is cited, a range is the article's own
        (
            "Ivan A. Safranchuk, “The Dilemma of Middlepowermanship in Central Asia”, *Russia in Global Affairs*, "
            "Vol. 20, No. 3, 2022, p. 117.",
            "",
            "117",
        ),
        (
            "Rachel Vanderhill, “Between the Bear and the Dragon”, *International Affairs*, Vol. 96, No. 4, 2020, "
            "pp. 975 – 993.",
            "975-993",
            "",
        ),
        # MHRA: range, then the pinpoint in brackets (abbreviated range end expanded)
        (
            "Eleanor Hartley, ‘Water Diplomacy in the Syr Darya Basin’, *Central Asian Survey*, 38.2 (2019), "
            "215–38 (p. 217).",
            "215-238",
            "217",
        ),
        ("Jane Roe, “Title,” *Law Journal* 12 (2020): pp. 975-993, at 980.", "975-993", "980"),
        ("Jane Roe, ‘Title’, *Law Journal*, 12 (2020), 266–88 at 270.", "266-288", "270"),  # New Hart's
        # Chicago note: the number after "(year):" is what the note cites, a short range too; a long one is the
        # article's own range, as typists paste it (two blind checks' golds, west-check-2 and -3)
        ("Jane Roe, “A Title,” *Journal of Tests* 12, no. 3 (2020): 45–47.", "", "45-47"),
        ("Jane Roe, “A Title,” *Journal of Tests* 12, no. 3 (2020): 45–67.", "45-67", ""),
        ("Schlee, Günther: Titel, in: Janzen, Jörg (Hrsg.): Buch, Berlin 1999, S. 33–56, hier S. 40.", "33-56", "40"),
        # Nature's year in brackets after the pages is no pinpoint, nor are the digits of a DOI
        ("Schuur, E. A. G. et al. Climate change and the carbon feedback. *Nature* **520**, 171–179 (2015).", "171-179", ""),
        (
            "Fernández-Giménez, M. E. (2000). The role. *Ecological Applications*, *10*(5), 1318–1326. "
            "https://doi.org/10.1890/1051-0761(2000)010[1318:TROMNP]2.0.CO;2",
            "1318-1326",
            "",
        ),
        # a book's pages are always cited pages
        ("斯蒂芬·沃尔特：《联盟的起源》，上海：上海人民出版社， 2018年，第179-180页。", "", "179-180"),
        ("倪峰，达巍等：“俄乌冲突对国际政治格局的影响”，《国际经济评论》，2022年第3期，第38页。", "", "38"),
        # GB/T keeps an article's range
        ("王凯. 论文题名[J]. 中国社会科学, 2020(3): 45-67.", "45-67", ""),
    ],
)
def test_footnote_pages(text: str, page: str, locator: str) -> None:
    assert _pages(text) == [(page, locator)]


def test_bibliography_entries_keep_their_page() -> None:
    text = "Jordaan, Eduard. “The Concept of a Middle Power.” *Politikon* 30, no. 1 (2003): 169."
    assert _pages(text, BODY) == [("169", "")]


def test_ibid_keeps_its_page_as_the_schema_says() -> None:
    assert _pages("Ibid., pp. 116 – 133.") == [("116-133", "")]


@pytest.mark.parametrize("where", [FOOTNOTE, BODY])
def test_gbt_newspaper_page_after_the_date_is_its_page_not_a_pinpoint(where: str) -> None:
    # "2021-06-12(3)": the issue of 12 June 2021, page (版) 3; "06-12" is no range
    note = parse_note(
        Note(
            doc="d.txt",
            seq=1,
            label="1",
            page=None,
            line=1,
            text="刘晓. 中亚水危机加剧[N]. 人民日报, 2021-06-12(3).",
            where=where,
        )
    )
    ref = note.references[0]
    assert (ref.type, ref.year, ref.page, ref.locator) == ("article-newspaper", "2021", "3", "")
