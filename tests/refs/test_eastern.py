"""Russian and Kazakh (GOST R 7.0.5-2008), GB/T 7714 editors and Japanese items as Chinese area-studies authors cite
them; expected values read off the strings by hand (GOST's and GB/T's own rules, not the parser's output).

The whole-note cases are the `dev` set of the review fixture (tests/fixtures/review-zh/README.md), checked note by
note through `cite extract`'s pipeline in .txt and .md; its `heldout` set is only measured (bench/accuracy.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cite.model import Note
from cite.pipeline import extract_paths
from cite.refs import parse_note
from cite.refs.classify import is_comment
from cite.refs.normalize.language import language
from cite.refs.normalize.names import names
from cite.refs.normalize.pages import pages
from cite.refs.normalize.places import place
from cite.refs.normalize.widths import half_width
from cite.refs.parse import parse_reference
from cite.refs.styles import chinese, gost

REVIEW = Path(__file__).resolve().parent.parent / "fixtures" / "review-zh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a book: "320 с." is its number of pages, not a page
            "Иванов И. И. Внешняя политика Казахстана. М.: Наука, 2015. 320 с.",
            {
                "type": "book",
                "author": ["Иванов И. И."],
                "title": "Внешняя политика Казахстана",
                "publisher-place": "М.",
                "publisher": "Наука",
                "year": "2015",
                "page": None,
            },
        ),
        (  # a book with a place and no publisher
            "Назарбаев Н. А. Эра независимости. Астана, 2017. 508 с.",
            {"type": "book", "author": ["Назарбаев Н. А."], "publisher-place": "Астана", "publisher": None, "year": "2017"},
        ),
        (  # a journal article after "//"
            "Петров А. В. Энергетическая политика России // Вопросы экономики. 2019. № 3. С. 45–60.",
            {
                "type": "article-journal",
                "author": ["Петров А. В."],
                "title": "Энергетическая политика России",
                "container-title": "Вопросы экономики",
                "year": "2019",
                "issue": "3",
                "page": "45-60",
            },
        ),
        (  # a volume and an issue
            "Сидоров П. П., Ким А. Миграция в Центральной Азии // Полис. 2020. Т. 7, № 2. С. 7–21.",
            {"author": ["Сидоров П. П.", "Ким А."], "container-title": "Полис", "volume": "7", "issue": "2"},
        ),
        (  # a chapter in an edited book: the editors after "/ под ред.", then the publication area
            "Тренин Д. В. Россия и Центральная Азия // Центральная Азия: взгляд из Вашингтона, Москвы и Пекина / "
            "под ред. Е. Румера, Д. Тренина, Х. Чжао. М.: Новое издательство, 2008. С. 80–112.",
            {
                "type": "chapter",
                "author": ["Тренин Д. В."],
                "editor": ["Е. Румера", "Д. Тренина", "Х. Чжао"],
                "title": "Россия и Центральная Азия",
                "container-title": "Центральная Азия: взгляд из Вашингтона, Москвы и Пекина",
                "publisher-place": "М.",
                "publisher": "Новое издательство",
                "year": "2008",
                "page": "80-112",
            },
        ),
        (  # Kazakh: "Б." (бет) is the page word
            "Әбдіғалиева Г. Қазақстанның көпвекторлы саясаты // Хабаршы. 2017. № 1. Б. 34–42.",
            {"type": "article-journal", "author": ["Әбдіғалиева Г."], "page": "34-42", "language": "kk"},
        ),
        (  # a newspaper: a day and month after the year
            "Лукьянов Ф. А. Евразийский выбор // Российская газета. 2021. 5 марта.",
            {"type": "article-newspaper", "container-title": "Российская газета", "year": "2021"},
        ),
        (  # a thesis
            "Лаумулин М. Т. Центральная Азия в политике великих держав : дис. … д-ра полит. наук. Алматы, 2008. 300 с.",
            {"type": "thesis", "title": "Центральная Азия в политике великих держав", "year": "2008"},
        ),
        (  # GOST 7.1's ". – " between the areas
            "Иванов И. И. Внешняя политика Казахстана. – М.: Наука, 2015. – 320 с.",
            {"author": ["Иванов И. И."], "title": "Внешняя политика Казахстана", "publisher-place": "М.", "page": None},
        ),
        (
            "Петров А. В. Энергетическая политика России // Вестник МГИМО-Университета. – 2019. – № 3 (66). – С. 45–60.",
            {"container-title": "Вестник МГИМО-Университета", "year": "2019", "issue": "3", "page": "45-60"},
        ),
        (  # a book headed by its title, its editor after "/ под ред."
            "Внешняя политика России : учебник / под ред. А. В. Торкунова. М.: Аспект Пресс, 2019. 400 с.",
            {"type": "book", "editor": ["А. В. Торкунова"], "author": None, "publisher": "Аспект Пресс", "year": "2019"},
        ),
        (  # no heading: the ". – " separators tell GOST; the authors given-first after " / "
            "Внешняя политика Казахстана / И. И. Иванов. – М.: Наука, 2015. – 320 с.",
            {"type": "book", "author": ["И. И. Иванов"], "title": "Внешняя политика Казахстана", "year": "2015"},
        ),
        (
            "Қазақстан Республикасының Президенті Н.Ә. Назарбаевтың Қазақстан халқына Жолдауы. – Астана, 2012.",
            {"type": "book", "publisher-place": "Астана", "year": "2012", "language": "kk"},
        ),
        (  # an electronic resource: heading, title, URL
            "Токаев К. К. Послание народу Казахстана. URL: https://www.akorda.kz/ru/poslanie-2023 "
            "(дата обращения: 01.03.2023).",
            {
                "type": "webpage",
                "author": ["Токаев К. К."],
                "title": "Послание народу Казахстана",
                "URL": "https://www.akorda.kz/ru/poslanie-2023",
                "accessed": "2023-03-01",
            },
        ),
        (  # "[Электронный ресурс]. – URL: …"
            "Токаев К. К. Послание народу Казахстана [Электронный ресурс]. – URL: https://www.akorda.kz/ru/p-2023 "
            "(дата обращения: 01.03.2023).",
            {"type": "webpage", "author": ["Токаев К. К."], "title": "Послание народу Казахстана", "accessed": "2023-03-01"},
        ),
        (  # a volume of a book
            "Лаумулин М. Т. Центральная Азия в зарубежной политологии. Т. 1. Алматы: КИСИ, 2005. 300 с.",
            {"title": "Центральная Азия в зарубежной политологии", "volume": "1", "publisher": "КИСИ"},
        ),
        # repeats
        ("Там же. С. 12.", {"ibid": True, "page": "12"}),
        ("王缉思:前引书,第45页。", {"short": True, "author": ["王缉思"], "page": "45"}),
        ("前引王缉思书，第45页。", {"short": True, "author": ["王缉思"], "page": "45"}),
        ("上引书,第12页。", {"short": True, "author": None, "page": "12"}),
        ("前引王缉思:《大国关系》,第42页。", {"short": True, "author": ["王缉思"], "title": "大国关系", "page": "42"}),
        # a URL ends before a comma and a Chinese date
        (
            "外交部:《中国同中亚国家关系》,外交部网站,https://www.mfa.gov.cn/,2023年5月1日。",
            {"URL": "https://www.mfa.gov.cn/", "container-title": "外交部网站"},
        ),
        ("Сонда. Б. 14.", {"ibid": True, "page": "14"}),
        ("Иванов И. И. Указ. соч. С. 56.", {"short": True, "author": ["Иванов И. И."], "page": "56"}),
        ("Нұрланова Ә. Көрсетілген еңбек. Б. 12.", {"short": True, "author": ["Нұрланова Ә."], "page": "12"}),
        ("Указ. соч. С. 5–6.", {"short": True, "page": "5-6"}),
        (  # a body named after its paper keeps the paper's marks
            "《人民日报》评论员：《坚定不移走和平发展道路》，《人民日报》2021年7月1日，第4版。",
            {"type": "article-newspaper", "author": ["《人民日报》评论员"], "container-title": "人民日报", "page": "4"},
        ),
        ("这一数据来自国家统计局:《中国统计年鉴2022》,北京:中国统计出版社,2022年,第120页。", {"author": ["国家统计局"]}),
        ("王缉思:《大国关系》,(北京)中信出版社2015年版,第38页。", {"publisher-place": "北京", "publisher": "中信出版社"}),
        ("张三:《论中亚》,载《中国社会科学》,2019(3)。", {"year": "2019", "issue": "3"}),
        ("李四主编:《中亚蓝皮书》,社会科学文献出版社,2020。", {"editor": ["李四"], "year": "2020"}),
        (  # an agency and a site named after the title, no URL: news, dated when published
            "新华社:《习近平同托卡耶夫会谈》,新华网,2022年9月14日。",
            {"type": "article-newspaper", "container-title": "新华网", "year": "2022", "accessed": None},
        ),
        # GB/T 7714 editors with their role word (2015, 8.1.1)
        (
            "邢广程, 主编. 上海合作组织发展报告[M]. 北京: 社会科学文献出版社, 2009.",
            {"type": "book", "editor": ["邢广程"], "author": None, "title": "上海合作组织发展报告"},
        ),
        ("邢广程主编. 中国和新独立的中亚国家关系[M]. 哈尔滨: 黑龙江教育出版社, 1996.", {"editor": ["邢广程"], "author": None}),
        ("SMITH J, ed. Central Asia Reader[M]. London: Routledge, 2010.", {"editor": ["SMITH J"], "author": None}),
        ("王凯. 纳扎尔巴耶夫外交思想探析[D]. 乌鲁木齐: 新疆大学, 2019.", {"author": ["王凯"], "editor": None}),
        (  # GB/T 7714-2005 author-date: the year as a segment of its own after the names
            "唐云. 1992. 冷战后日本政治转型的演变[M]//刘宁. 吕涛. 20世纪蒙古国民族政策的演变. 兰州: 兰州大学出版社: 362-364.",
            {
                "type": "chapter",
                "author": ["唐云"],
                "editor": ["刘宁", "吕涛"],
                "title": "冷战后日本政治转型的演变",
                "publisher-place": "兰州",
                "publisher": "兰州大学出版社",
                "year": "1992",
                "page": "362-364",
            },
        ),
        ("宫婷. 1984. 哈萨克斯坦经济改革的历史考察[D]. 北京: 中国人民大学.", {"title": "哈萨克斯坦经济改革的历史考察", "year": "1984"}),
        # GB/T 7714-2015's own examples of names: a foreign name in Chinese characters with initials, a long body
        ("昂温 G, 昂温 P S. 外国出版史[M]. 陈生铮, 译. 北京: 中国书籍出版社, 1988.", {"author": ["昂温 G", "昂温 P S"]}),
        (
            "全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015: 3.",
            # the standard's number is other title information, kept out of the title (as CSL's `number` is)
            {"author": ["全国信息与文献标准化技术委员会"], "title": "信息与文献 参考文献著录规则"},
        ),
        (  # a body responsible for the proceedings after "//"
            "FOURNEY M E. Advances in holographic photoelasticity[C]//American Society of Mechanical Engineers. "
            "Symposium on Applications of Holography in Mechanics. New York: ASME, 1971: 17-38.",
            {
                "editor": ["American Society of Mechanical Engineers"],
                "container-title": "Symposium on Applications of Holography in Mechanics",
                "page": "17-38",
            },
        ),
        (  # an English item typed with full-width marks inside a Chinese note
            "Samuel P. Huntington，The Clash of Civilizations，New York：Simon & Schuster，1996，p. 45。",
            {
                "type": "book",
                "author": ["Samuel P. Huntington"],
                "title": "The Clash of Civilizations",
                "publisher-place": "New York",
                "publisher": "Simon & Schuster",
                "year": "1996",
            },
        ),
        (
            "Marlene Laruelle，“Kazakhstan’s Foreign Policy”，Central Asian Survey，Vol. 30，No. 2，2011，pp. 201-220。",
            {"author": ["Marlene Laruelle"], "container-title": "Central Asian Survey", "volume": "30", "issue": "2"},
        ),
        # Japanese inside Chinese notes: 『book or journal』, 「article」, 編 (editor), 頁, 号
        (
            "山内昌之『中央アジアの歴史』東京:講談社,1995年,20頁。",
            {"title": "中央アジアの歴史", "publisher": "講談社", "year": "1995", "language": "ja"},
        ),
        (
            "宇山智彦「カザフスタンの権威主義体制」『スラヴ研究』第52号、2005年、1—30頁。",
            {
                "type": "article-journal",
                "author": ["宇山智彦"],
                "title": "カザフスタンの権威主義体制",
                "container-title": "スラヴ研究",
                "issue": "52",
                "year": "2005",
                "page": "1-30",
            },
        ),
        (
            "宇山智彦編『中央ユーラシアを知る事典』平凡社、2005年。",
            {"type": "book", "editor": ["宇山智彦"], "author": None, "publisher": "平凡社", "year": "2005"},
        ),
        (  # a kanji-only title in 『』 is Japanese; a series in brackets is not the publisher
            "岩下明裕『北方領土問題』(中公新書)中央公論新社、2005年、45頁。",
            {"title": "北方領土問題", "publisher": "中央公論新社", "language": "ja"},
        ),
        ("同上、25頁。", {"ibid": True, "page": "25"}),
        ("前掲書、30頁。", {"short": True, "page": "30"}),
        ("宇山智彦、前掲論文、5頁。", {"short": True, "author": ["宇山智彦"], "page": "5"}),
        (
            "袴田茂樹「プーチン政権の外交」、木村汎編『プーチン政権の研究』岩波書店、2010年、55-80頁。",
            {"type": "chapter", "author": ["袴田茂樹"], "editor": ["木村汎"], "publisher": "岩波書店", "page": "55-80"},
        ),
    ],
)
def test_reference(text: str, expected: dict) -> None:
    got = parse_reference(text).csl()
    assert {key: got.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сорокина, М.Р. & В. Калашников, 1995: География Евразии. Журнал российского права 28: 36–71.",  # not GOST
        "Меркушев, П. Е. (1982). Проблемы миграции. In: Материалы конференции, 1982, Дело, Москва.",  # APA
        "Стрелков, Д. ‘Коллективизация’. Pages 206–31 in Материалы. Санкт-Петербург: Изд-во СПбГУ, 2010.",  # SBL
        "Smith J. A. Central Asia. London: Routledge, 2015.",  # no Cyrillic
    ],
)
def test_other_styles_are_not_gost(text: str) -> None:
    assert gost.parse(text) is None


@pytest.mark.parametrize(
    ("text", "comment"),
    [
        ("Назарбаев Н. А. Эра независимости. Астана, 2017. 508 с.", False),  # a GOST book: place, no publisher
        ("宇山智彦編『中央ユーラシアを知る事典』平凡社、2005年。", False),
        ("俄方观点参见 同3: 110；中方观点参见 同31: 45。", False),  # GB/T back-references after a lead-in
        ("Исследование выполнено при поддержке РФФИ, проект № 19-01-00001.", True),
        ("Автор благодарит М. Т. Лаумулина за помощь.", True),
    ],
)
def test_citation_or_comment(text: str, comment: bool) -> None:
    assert is_comment(text) is comment


def test_normalisers() -> None:
    assert names("Иванов И. И.") == ["Иванов И. И."]  # the initial's full stop is part of the name
    assert names("Smith, J.") == ["Smith, J."]
    assert place("М.") == "М." and place("СПб.") == "СПб." and place("London.") == "London"
    assert place("Washington, D.C.") == "Washington, D.C." and place("Washington, DC.") == "Washington, DC"
    assert place("Washington, D.C") == "Washington, D.C."  # the initialism's stop taken for the separator
    assert pages("1—30頁") == "1-30" and pages("Б. 34–42") == "34-42"
    assert half_width("Cooley，Great Games，New York：OUP，2012。") == "Cooley,Great Games,New York:OUP,2012."
    assert half_width("王缉思：《大国关系》，2015年。") == "王缉思：《大国关系》，2015年。"  # Chinese keeps its marks
    assert half_width("题名［EB／OL］．（2020－01－02）") == "题名[EB/OL].(2020-01-02)"  # GB/T typed full-width
    assert (language("カザフスタンの権威主義体制"), language("大国关系"), language("中亚・南亚")) == ("ja", "zh", "zh")


def _gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (REVIEW / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("doc", ["dev.txt", "dev.md"])
def test_review_notes(doc: str) -> None:
    """Every note of the review's dev set, through the whole pipeline, reads as its hand-written gold."""
    (extraction,) = extract_paths([REVIEW / doc])
    notes = {(n.line, n.label): n for n in extraction.notes}
    for record in (r for r in _gold("dev") if r["doc"] == doc):
        note = notes[record["line"], record["label"]]
        assert [r.csl() for r in note.references] == record["references"], record["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 《中国社会科学》's guide: Western books with commas only, "Place: Publisher, Year, p."
            "Peter Brooks, Troubling Confessions: Speaking Guilt in Law and Literature, Chicago: University of "
            "Chicago Press, 2000, p. 48.",
            {
                "type": "book",
                "author": ["Peter Brooks"],
                "title": "Troubling Confessions: Speaking Guilt in Law and Literature",
                "publisher-place": "Chicago",
                "publisher": "University of Chicago Press",
                "year": "2000",
                "locator": "48",
                "language": "en",
            },
        ),
        (
            "John Mearsheimer and Stephen Walt, The Israel Lobby, New York: Farrar, Straus and Giroux, 2007, pp. 9-11.",
            {
                "type": "book",
                "author": ["John Mearsheimer", "Stephen Walt"],
                "title": "The Israel Lobby",
                "publisher-place": "New York",
                "publisher": "Farrar, Straus and Giroux",
                "year": "2007",
                "locator": "9-11",
                "language": "en",
            },
        ),
        (  # a comma inside an italic title
            "Alexander Cooley, *Great Games, Local Rules: The New Great Power Contest in Central Asia*, New York: "
            "Oxford University Press, 2012, p. 45.",
            {
                "type": "book",
                "author": ["Alexander Cooley"],
                "title": "Great Games, Local Rules: The New Great Power Contest in Central Asia",
                "publisher-place": "New York",
                "publisher": "Oxford University Press",
                "year": "2012",
                "locator": "45",
                "language": "en",
            },
        ),
        (
            "S. Frederick Starr, ed., Xinjiang: China's Muslim Borderland, Washington, D.C.: M. E. Sharpe, 2004, p. 3.",
            {
                "type": "book",
                "editor": ["S. Frederick Starr"],
                "title": "Xinjiang: China's Muslim Borderland",
                "publisher-place": "Washington, D.C.",  # the initialism keeps its full stop
                "publisher": "M. E. Sharpe",
                "year": "2004",
                "locator": "3",
                "language": "en",
            },
        ),
        (  # a particle in the last of three names, a translator after the title
            "Pierre Bourdieu, Loïc Wacquant and Jan de Vries, Reflexive Sociology, trans. Mary Smith, Cambridge: "
            "Polity Press, 1992, pp. 5-7.",
            {
                "type": "book",
                "author": ["Pierre Bourdieu", "Loïc Wacquant", "Jan de Vries"],
                "translator": ["Mary Smith"],
                "title": "Reflexive Sociology",
                "publisher-place": "Cambridge",
                "publisher": "Polity Press",
                "year": "1992",
                "locator": "5-7",
                "language": "en",
            },
        ),
        (  # two places
            "Olivier Roy, The New Central Asia: The Creation of Nations, London and New York: I. B. Tauris, 2000, p. 8.",
            {
                "type": "book",
                "author": ["Olivier Roy"],
                "title": "The New Central Asia: The Creation of Nations",
                "publisher-place": "London and New York",
                "publisher": "I. B. Tauris",
                "year": "2000",
                "locator": "8",
                "language": "en",
            },
        ),
        (  # a name's suffix after its comma
            "Joseph S. Nye, Jr., Soft Power: The Means to Success in World Politics, New York: PublicAffairs, 2004, p. 5.",
            {
                "type": "book",
                "author": ["Joseph S. Nye, Jr."],
                "title": "Soft Power: The Means to Success in World Politics",
                "publisher-place": "New York",
                "publisher": "PublicAffairs",
                "year": "2004",
                "locator": "5",
                "language": "en",
            },
        ),
        (  # an edition and a report series between the title and the place are neither
            "Kenneth N. Waltz, Man, the State, and War, 2nd ed., New York: Columbia University Press, 2001, p. 12.",
            {
                "type": "book",
                "author": ["Kenneth N. Waltz"],
                "title": "Man, the State, and War",
                "publisher-place": "New York",
                "publisher": "Columbia University Press",
                "year": "2001",
                "locator": "12",
                "language": "en",
            },
        ),
        (
            "International Crisis Group, Kyrgyzstan: Widening Ethnic Divisions, Asia Report No. 222, Bishkek: ICG, "
            "2012, p. 8.",
            {
                "type": "report",
                "author": ["International Crisis Group"],
                "title": "Kyrgyzstan: Widening Ethnic Divisions",
                "publisher-place": "Bishkek",
                "publisher": "ICG",
                "year": "2012",
                "locator": "8",
                "language": "en",
            },
        ),
    ],
)
def test_western_books_in_chinese_journal_notes(text: str, expected: dict) -> None:
    note = parse_note(Note(doc="d.txt", seq=1, label="1", page=None, line=1, text=text))  # a footnote: p. N is its locator
    assert [ref.csl() for ref in note.references] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # names listed without "and" (other styles): the title might be the next name; left to the labeller
        "Kenneth White, Haley Andrews, The Soviet Networks of Northeast Asia, Ithaca: Cornell University Press, 2001.",
        "Karla Allison, Peter Perry e Samantha Dominguez, The Ferghana Valley, Amsterdam: Elsevier, 1907, p. 196.",
        # a sentence's full stop: another style's "Title. Place: Publisher"
        "Matthew Jackson and Bryan Ramirez, Rethinking state building. Lanham, MD: Lexington Books, 1903, p. 353",
        "S. Haykin, Neural Networks and Learning Machines, 3rd ed. Upper Saddle River, NJ, USA: Pearson, 2009.",
    ],
)
def test_other_styles_are_not_the_chinese_journals_western_book(text: str) -> None:
    assert chinese.parse_western_book(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("李明：《中亚水资源合作》，中俄中亚论坛2019年年会论文，上海，2019年10月，第4页。", "上海"),
        ("李明：《中亚水资源合作》，中俄中亚论坛2019年年会论文，2019年10月。", ""),  # no place given
    ],
)
def test_a_conference_paper_keeps_where_the_conference_was_held(text: str, place: str) -> None:
    ref = parse_reference(text)
    assert (ref.type, ref.container_title, ref.publisher_place, ref.year) == (
        "paper-conference",
        "中俄中亚论坛2019年年会",
        place,
        "2019",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year without 年 between commas, before the cited page
        ("王缉思：《大国战略》，北京：中国社会科学出版社，2004，第77页。", {"year": "2004", "page": "77"}),
        # a page without 第, after 年版
        ("孙壮志：《中亚五国对外关系》，当代世界出版社2006年版，102页。", {"year": "2006", "page": "102"}),
        ("孙壮志：《中亚五国对外关系》，当代世界出版社2006年版，102—105页。", {"page": "102-105"}),
        # a number of pages standing for the year is no page: 第 or 页 decides
        ("王缉思：《大国战略》，北京：中国社会科学出版社，2004年，第77-79页。", {"year": "2004", "page": "77-79"}),
    ],
)
def test_chinese_notes_as_authors_type_them_without_nian_or_di(text: str, expected: dict) -> None:
    csl = parse_reference(text).csl()
    assert {key: csl.get(key) for key in expected} == expected
