"""Repeats by note number (`同①，第60页`, `同注①`, `同前注③`) and what is never a short form."""

from __future__ import annotations

import pytest

from cite.model import Note, See
from cite.refs import parse_note, resolve
from cite.refs.parse import parse_reference
from cite.refs.styles import repeat

FIRST = "赵华胜：《中国的中亚外交》，时事出版社2008年版，第45页。"
SECOND = "孙壮志：《中亚五国对外关系》，当代世界出版社1999年版，第21页。"
THIRD = "王缉思：《大国战略》，北京：中信出版社，2016年，第3页。"


def _resolved(labels: str, texts: list[str]) -> list:
    notes = [
        Note(doc="d.txt", seq=seq, label=label, page=1, line=seq, text=text)
        for seq, (label, text) in enumerate(zip(labels, texts, strict=True), 1)
    ]
    return [note.references for note in resolve([parse_note(note) for note in notes])]


@pytest.mark.parametrize(
    ("repeat", "page"),
    [
        ("同①，第60页。", "60"),
        ("同①, 第60页", "60"),
        ("同注①。", ""),
        ("同前注①，第61-62页。", "61-62"),
        ("同 1: 230", "230"),
    ],
)
@pytest.mark.parametrize("labels", ["①②③④", "1234"])
def test_a_repeat_by_note_number_points_at_that_note(repeat: str, page: str, labels: str) -> None:
    refs = _resolved(labels, [FIRST, SECOND, THIRD, repeat])[-1]
    assert len(refs) == 1
    assert (refs[0].short, refs[0].ibid, refs[0].page, refs[0].see) == (True, False, page, See(1, 0))
    assert not refs[0].warnings


def test_a_circled_number_means_the_nearest_earlier_note_of_that_number() -> None:
    # circled numbers restart on each page: the second ① is the one "同①" on its page repeats
    refs = _resolved("①②①②", [FIRST, SECOND, THIRD, "同①，第5页。"])[-1]
    assert refs[0].see == See(3, 0)


def test_same_as_the_note_above_is_ibid() -> None:
    refs = _resolved("①②", [FIRST, "同上注。"])[-1]
    assert refs[0].ibid and refs[0].see == See(1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Kazinform, “Tokayev signs decree,” https://www.inform.kz/en/tokayev-signs-decree_a4000000 (accessed May 4, 2023).",
        "Kazinform, “Tokayev signs decree,” accessed May 4, 2023.",
    ],
)
def test_a_reference_with_a_url_or_an_access_date_is_not_a_short_form(text: str) -> None:
    ref = parse_reference(text)
    assert not ref.short
    assert (ref.author, ref.title, ref.accessed) == (("Kazinform",), "Tokayev signs decree", "2023-05-04")


def test_same_as_above_then_a_page_is_ibid_not_a_note_number() -> None:
    # GB/T notes: "同上52." is page 52 of the previous source, not note 52
    refs = _resolved("12", [FIRST, "同上52."])[-1]
    assert (refs[0].ibid, refs[0].page, refs[0].see) == (True, "52", See(1, 0))


def test_author_and_title_alone_repeating_an_earlier_source_is_a_short_form() -> None:
    # 《中国社会科学》 shortens a repeat to its author and title: "孙壮志：《中亚五国对外关系》。"
    refs = _resolved("123", [FIRST, SECOND, "孙壮志：《中亚五国对外关系》。"])[-1]
    assert (refs[0].short, refs[0].type, refs[0].see, refs[0].warnings) == (True, "", See(2, 0), ())
    assert (refs[0].author, refs[0].title) == (("孙壮志",), "中亚五国对外关系")


def test_author_and_title_alone_citing_a_new_work_stay_a_full_reference() -> None:
    refs = _resolved("12", [FIRST, "孙壮志：《中亚五国对外关系》。"])[-1]
    assert not refs[0].short and refs[0].see is None


def test_author_and_title_alone_naming_a_shorter_title_is_another_work() -> None:
    # "中国外交" is within "中国外交史研究", but a repeat with no page writes the whole title (or its main title)
    first = "王凯：《中国外交史研究：1949—2019》，北京：北京大学出版社，2019年，第3页。"
    other, same = _resolved("123", [first, "王凯：《中国外交》。", "王凯：《中国外交史研究》。"])[1:]
    assert not other[0].short and other[0].see is None
    assert (same[0].short, same[0].see) == (True, See(1, 0))


def test_a_book_cited_above_by_a_family_name_alone_links_to_it() -> None:
    # a Japanese family name alone (宇山 of 宇山智彦), and a transliterated name's family part of a book he edited
    japanese = "宇山智彦『中央アジアの歴史と現在』東洋書店、2000年、25頁。"
    edited = "〔英〕埃里克·霍布斯鲍姆、〔英〕特伦斯·兰杰编：《传统的发明》，顾杭、庞冠群译，南京：译林出版社，2004年，第1页。"
    refs = _resolved("1234", [japanese, edited, "宇山前掲書、30頁。", "霍布斯鲍姆：前引书，第12页。"])
    assert [(r[0].short, r[0].see) for r in refs[2:]] == [(True, See(1, 0)), (True, See(2, 0))]
    assert (refs[2][0].page, refs[3][0].page) == ("30", "12")


def test_a_book_cited_above_goes_to_the_author_of_that_very_name_first() -> None:
    other = "王凯旋：《明代科举》，沈阳：辽宁大学出版社，2005年，第3页。"
    own = "王凯：《中亚外交》，北京：时事出版社，2010年，第7页。"
    refs = _resolved("123", [other, own, "王凯：前引书，第9页。"])[-1]
    assert (refs[0].short, refs[0].see) == (True, See(2, 0))


def test_the_book_cited_above_after_two_authors() -> None:
    # "前引书" after the names of a work with two authors: both names, not the second with the cue
    ref = parse_reference("李侃如、王缉思：前引书，第5页。")
    assert (ref.short, ref.author, ref.page, ref.title) == (True, ("李侃如", "王缉思"), "5", "")


@pytest.mark.parametrize(
    ("text", "author", "title", "page"),
    [
        ("Whitfield, 52.", "Whitfield", None, "52"),
        ("Hartley and Nazarov, “Water, Land, and Power,” 230.", "Hartley and Nazarov", "“Water, Land, and Power,”", "230"),
        ("Кузнецов, pp. 152–53.", "Кузнецов", None, "152–53"),
        ("Smith et al. 45 - 67 .", "Smith et al.", None, "45 - 67"),
        ("Collins, Clan Politics in Central Asia, 51", "Collins", "Clan Politics in Central Asia", "51"),
        ("王.", "王.", None, None),  # a name may hold full stops ("J.")
    ],
)
def test_the_short_form_precheck_lets_every_short_form_through(text, author, title, page) -> None:
    # the literal precheck before SHORT (a comma count, the names' words, the last mark) must never refuse a match
    match = repeat.SHORT.match(text)
    assert repeat._may_be_short(text)
    assert (match["author"], match["title"], match["page"]) == (author, title, page)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, John. 2001. The Steppe, the Sown, and the City. Oxford: Oxford University Press, 245",
        "Beccaria M et al 1998 The creep problem in the Virgo suspensions Nucl. Instrum. Methods A 404 455-69",
        "Smith, J. (2001). Steppe (pp. 4-5)",
        "(2001) Annual report, 45",
    ],
)
def test_a_full_reference_is_refused_before_the_short_form_pattern(text: str) -> None:
    assert not repeat._may_be_short(text)
    assert repeat.SHORT.match(text) is None


@pytest.mark.parametrize(("text", "page"), [("Id. at 45.", "45"), ("Id., 45.", "45"), ("Ibid., p. 7.", "7")])
def test_id_and_ibid_with_their_page(text: str, page: str) -> None:
    assert repeat.parse(text) == {"ibid": True, "page": page}


def test_idem_before_a_title_is_the_same_author_s_other_work_not_an_ibid() -> None:
    assert repeat.parse("Id., *China and Inner Asia* (London: Thames and Hudson, 1975), 143.") is None
    reference = parse_reference("Id., *China and Inner Asia* (London: Thames and Hudson, 1975), 143.")
    assert not reference.ibid and reference.title == "China and Inner Asia" and reference.year == "1975"


@pytest.mark.parametrize(
    "text",
    [
        "Idem, The Mongols and Russia (New Haven: Yale University Press, 1953), 45.",
        "Eadem, Women of the Steppe (London: Routledge, 2001), 5.",
        "Idem, “The Steppe,” Journal of Asian History 12 (1990): 4.",
    ],
)
def test_idem_before_a_work_is_no_author_of_it(text: str) -> None:
    reference = parse_reference(text)
    assert not reference.ibid and not reference.author and reference.title and reference.year
