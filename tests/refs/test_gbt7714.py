"""GB/T 7714-2015 references in both systems of the standard: 顺序编码制 (numbered, year in the publication facts)
and 著者-出版年制 (author-year, the year right after the names). Entries as the reviewer's test documents give them."""

import pytest

from cite.refs.parse import parse_reference

AUTHOR_YEAR = [
    (
        "邓铭江, 龙爱华, 章毅, 等, 2010. 中亚五国水资源及其开发利用评价[J]. 地球科学进展, 25(12): 1347-1356.",
        {
            "type": "article-journal",
            "author": ["邓铭江", "龙爱华", "章毅"],
            "title": "中亚五国水资源及其开发利用评价",
            "container-title": "地球科学进展",
            "year": "2010",
            "volume": "25",
            "issue": "12",
            "page": "1347-1356",
        },
    ),
    (
        "杨恕, 2005. 转型的中亚和中国[M]. 北京: 北京大学出版社.",
        {
            "type": "book",
            "author": ["杨恕"],
            "title": "转型的中亚和中国",
            "publisher-place": "北京",
            "publisher": "北京大学出版社",
            "year": "2005",
        },
    ),
    (
        "王海燕, 2012. 中亚水资源合作机制研究[D]. 上海: 华东师范大学.",
        {
            "type": "thesis",
            "author": ["王海燕"],
            "title": "中亚水资源合作机制研究",
            "publisher-place": "上海",
            "publisher": "华东师范大学",
            "year": "2012",
        },
    ),
    (
        "MICKLIN P, ALADIN N V, 2008. Reclaiming the Aral Sea[J]. Scientific American, 298(4): 64-71.",
        {
            "type": "article-journal",
            "author": ["MICKLIN P", "ALADIN N V"],
            "title": "Reclaiming the Aral Sea",
            "container-title": "Scientific American",
            "year": "2008",
            "volume": "298",
            "issue": "4",
            "page": "64-71",
        },
    ),
    (
        "SMITH J, 2019. Title[M]. London: X.",
        {
            "type": "book",
            "author": ["SMITH J"],
            "title": "Title",
            "publisher-place": "London",
            "publisher": "X",
            "year": "2019",
        },
    ),
    (
        "ИВАНОВ А, 2015. Вода и мир[M]. Москва: Наука.",
        {
            "type": "book",
            "author": ["ИВАНОВ А"],
            "title": "Вода и мир",
            "publisher-place": "Москва",
            "publisher": "Наука",
            "year": "2015",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUTHOR_YEAR, ids=[c[0][:20] for c in AUTHOR_YEAR])
def test_author_year_entries_take_the_year_after_the_names(text: str, expected: dict) -> None:
    record = parse_reference(text).csl()
    assert {k: record.get(k) for k in expected} == expected


def test_author_year_organisation_in_ordinary_case_is_the_author() -> None:
    ref = parse_reference("World Bank, 2020. Global Economic Prospects[R]. Washington: World Bank.")
    assert (ref.type, ref.author, ref.title, ref.year) == (
        "report",
        ("World Bank",),
        "Global Economic Prospects",
        "2020",
    )
    assert (ref.publisher_place, ref.publisher) == ("Washington", "World Bank")


def test_author_year_web_page_keeps_its_author_apart_from_the_title() -> None:
    ref = parse_reference(
        "中华人民共和国外交部, 2023. 哈萨克斯坦国家概况[EB/OL]. (2023-07-01)[2024-03-15]. https://www.mfa.gov.cn/web/."
    )
    assert (ref.author, ref.title, ref.year, ref.accessed) == (
        ("中华人民共和国外交部",),
        "哈萨克斯坦国家概况",
        "2023",
        "2024-03-15",
    )


def test_a_chapter_after_double_slash_has_the_book_its_editor_and_its_publication() -> None:
    ref = parse_reference(
        "李立凡. 中亚水资源问题与上合组织的作用[C]//上海国际问题研究院. 上海合作组织发展报告. 北京: 时事出版社, 2015: 120-135."
    )
    assert (ref.author, ref.title) == (("李立凡",), "中亚水资源问题与上合组织的作用")
    assert (ref.editor, ref.container_title) == (("上海国际问题研究院",), "上海合作组织发展报告")
    assert (ref.publisher_place, ref.publisher, ref.year, ref.page) == ("北京", "时事出版社", "2015", "120-135")


def test_a_book_after_double_slash_without_editor() -> None:
    ref = parse_reference("张三. 题名[C]//论文集. 北京: 出版社, 2020: 1-10.")
    assert (ref.editor, ref.container_title, ref.publisher, ref.year) == ((), "论文集", "出版社", "2020")


def test_cyrillic_family_names_with_bare_initials_are_authors() -> None:
    ref = parse_reference("Жильцов С С, Зонн И С. Вода Центральной Азии[M]. Москва: Международные отношения, 2008.")
    assert ref.author == ("Жильцов С С", "Зонн И С")
    assert (ref.title, ref.publisher_place, ref.year) == ("Вода Центральной Азии", "Москва", "2008")


@pytest.mark.parametrize(
    ("text", "editor", "book", "year"),
    [
        (
            "ZHANG S. Title of chapter[M]//SMITH J, ed. Book Title. London: X, 2019: 1-10.",
            ("SMITH J",),
            "Book Title",
            "2019",
        ),
        ("张三. 题名[M]//李四, 主编. 论文集. 北京: 出版社, 2020: 1-10.", ("李四",), "论文集", "2020"),
        ("张三, 王五, 2020. 题名[M]//李四. 论文集. 北京: 出版社: 1-10.", ("李四",), "论文集", "2020"),
    ],
)
def test_the_book_after_double_slash_with_an_editor_role_or_in_an_author_year_list(
    text: str, editor: tuple, book: str, year: str
) -> None:
    ref = parse_reference(text)
    assert (ref.type, ref.editor, ref.container_title, ref.year, ref.page) == ("chapter", editor, book, year, "1-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a standard: its number is other title information, not the title (GB/T 7714-2015, 8.1.2)
            "国家质量技术监督局. 文摘编写规则: GB/T 6447—1986[S]. 北京: 中国标准出版社, 1986.",
            {"type": "document", "title": "文摘编写规则", "publisher-place": "北京", "publisher": "中国标准出版社"},
        ),
        (
            "国家质量技术监督局, 1986. 文摘编写规则: GB/T 6447—1986[S]. 北京: 中国标准出版社.",
            {"type": "document", "title": "文摘编写规则", "year": "1986", "publisher": "中国标准出版社"},
        ),
        (  # a patent: its number after the title, its publication date after the code
            "张凯军. 轨道火车紧急安全制动辅助装置: 201220158825.2[P]. 2012-04-05.",
            {"type": "document", "author": ["张凯军"], "title": "轨道火车紧急安全制动辅助装置", "year": "2012"},
        ),
        (  # an archive (档案, [A] in GB/T 7714-2015) is no part of a book
            "中国第一历史档案馆, 辽宁省档案馆. 中国明朝档案总汇[A]. 桂林: 广西师范大学出版社, 2001.",
            {"type": "document", "author": ["中国第一历史档案馆", "辽宁省档案馆"], "title": "中国明朝档案总汇"},
        ),
        (  # the 2005 edition's [A], a part of a book, still reads as a chapter with its "//"
            "王五. 论边疆[A]//李四. 边疆论集. 北京: 出版社, 2003: 5-9.",
            {"type": "chapter", "title": "论边疆", "container-title": "边疆论集", "page": "5-9"},
        ),
        (  # an international standard, its body's acronym the author, its number holding the year after a colon
            "ISO. Information and documentation: guidelines for bibliographic references: ISO 690:2010[S]. Geneva: "
            "ISO, 2010.",
            {"author": ["ISO"], "title": "Information and documentation: guidelines for bibliographic references"},
        ),
        (  # a newspaper's date as Chinese writes it, its page in brackets
            "李琼. 中亚的新机遇[N]. 光明日报, 2022年9月14日(12).",
            {"type": "article-newspaper", "container-title": "光明日报", "year": "2022", "page": "12"},
        ),
        (  # a Chinese subtitle with a digit is no standard's number: it stays in the title
            "全国工业过程测量和控制标准化技术委员会. 现场总线规范: 第1部分[S]. 北京: 中国标准出版社, 2010.",
            {"type": "document", "title": "现场总线规范: 第1部分", "publisher": "中国标准出版社", "year": "2010"},
        ),
        (
            "中国社会科学院. 中国外交: 2019年回顾与展望[R]. 北京: 社会科学文献出版社, 2020.",
            {"title": "中国外交: 2019年回顾与展望", "year": "2020"},
        ),
        (  # a volume closing a book's title (8.1.3)
            "陈登原. 国史旧闻: 第1卷[M]. 北京: 中华书局, 2000: 29.",
            {"type": "book", "title": "国史旧闻", "volume": "1", "publisher": "中华书局", "year": "2000"},
        ),
    ],
)
def test_standards_patents_archives_and_volumes(text: str, expected: dict) -> None:
    ref = parse_reference(text)
    assert {key: ref.csl().get(key) for key in expected} == expected
    assert not ref.warnings  # their type code says what they are: no "fits no known citation style"


@pytest.mark.parametrize(
    "text",
    [
        "周明,李琼.中亚水资源治理[J].干旱区地理,2021,44(3):45-67.",  # typed without spaces
        "周明，李琼．中亚水资源治理［J］．干旱区地理，2021，44（3）：45－67．",  # full-width forms, as CNKI copies
    ],
)
def test_entries_typed_without_spaces_or_in_full_width_forms(text: str) -> None:
    assert parse_reference(text).csl() == {
        "type": "article-journal",
        "author": ["周明", "李琼"],
        "title": "中亚水资源治理",
        "container-title": "干旱区地理",
        "year": "2021",
        "volume": "44",
        "issue": "3",
        "page": "45-67",
        "language": "zh",
    }


def test_a_title_in_quotes_typed_right_after_the_names_full_stop() -> None:
    ref = parse_reference("李兴,耿捷.“一带一路”与欧亚经济联盟对接研究[J].俄罗斯研究,2017(3):30-52.")
    assert ref.author == ("李兴", "耿捷") and ref.title == "“一带一路”与欧亚经济联盟对接研究"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "World Bank. Belt and Road economics: opportunities and risks of transport corridors[R]. Washington, DC: "
            "World Bank, 2019.",
            "World Bank",
            "Belt and Road economics: opportunities and risks of transport corridors",
        ),
        (
            "Министерство иностранных дел Республики Казахстан. Концепция внешней политики Республики Казахстан на "
            "2014–2020 годы[EB/OL]. (2014-01-21)[2022-01-10]. http://www.mfa.kz/ru/",
            "Министерство иностранных дел Республики Казахстан",
            "Концепция внешней политики Республики Казахстан на 2014–2020 годы",
        ),
    ],
)
def test_a_body_named_before_the_title_is_the_author_in_a_numbered_list(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, entry=True)
    assert ref.author == (author,) and ref.title == title


def test_a_title_with_a_full_stop_and_no_body_before_it_keeps_it() -> None:
    ref = parse_reference("U.S. Foreign Policy in Central Asia[M]. New York: Routledge, 2019.", entry=True)
    assert ref.title == "U.S. Foreign Policy in Central Asia" and not ref.author
