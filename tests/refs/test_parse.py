"""Reference parsing per style family: the reference as written -> the fields a librarian would record.

Rows marked (seed) are taken from the sample documents; the others are written here, one per pattern each
style uses, so that the parser is held to the style and not only to the samples.
"""

import pytest

from cite.refs.parse import parse_reference

CASES = [
    # Chinese note style
    (
        "孙通、刘昌明：《中等强国在中美战略竞争中的行为逻辑》，载《世界经济与政治论坛》2021 年第 7 期。",  # (seed)
        {
            "type": "article-journal",
            "author": ["孙通", "刘昌明"],
            "title": "中等强国在中美战略竞争中的行为逻辑",
            "container-title": "世界经济与政治论坛",
            "year": "2021",
            "issue": "7",
            "language": "zh",
        },
    ),
    (
        "倪峰，达巍等：“俄乌冲突对国际政治格局的影响”，《国际经济评论》，2022年第3期，第38页。",  # (seed)
        {
            "type": "article-journal",
            "author": ["倪峰", "达巍"],
            "title": "俄乌冲突对国际政治格局的影响",
            "container-title": "国际经济评论",
            "year": "2022",
            "issue": "3",
            "page": "38",
            "language": "zh",
        },
    ),
    (
        "斯蒂芬·沃尔特：《联盟的起源》，上海：上海人民出版社， 2018年，第179-180页。",  # (seed)
        {
            "type": "book",
            "author": ["斯蒂芬·沃尔特"],
            "title": "联盟的起源",
            "publisher": "上海人民出版社",
            "publisher-place": "上海",
            "year": "2018",
            "page": "179-180",
            "language": "zh",
        },
    ),
    (
        "[美] 兹比格纽·布热津斯基:《大棋局:美国的首要地位及其地缘战略》, 中国国际问题研究所译, 上海人民出版社 1998 年版, 第 55 页。",  # (seed)
        {
            "type": "book",
            "author": ["兹比格纽·布热津斯基"],
            "translator": ["中国国际问题研究所"],
            "title": "大棋局:美国的首要地位及其地缘战略",
            "publisher": "上海人民出版社",
            "year": "1998",
            "page": "55",
            "language": "zh",
        },
    ),
    (
        "傅简单：《托卡耶夫对纳扎尔巴耶夫执政思想的继承与变革》，战略支援部队信息工程大学硕士学位论文，2021年，第25-36页。",
        {
            "type": "thesis",
            "author": ["傅简单"],
            "title": "托卡耶夫对纳扎尔巴耶夫执政思想的继承与变革",
            "publisher": "战略支援部队信息工程大学",
            "year": "2021",
            "page": "25-36",
            "language": "zh",
        },
    ),
    (
        "[苏]列宁著，中共中央编译局译：《帝国主义是资本主义的最高阶段》，北京：人民出版社，2001年，第12页。",
        {
            "type": "book",
            "author": ["列宁"],
            "translator": ["中共中央编译局"],
            "title": "帝国主义是资本主义的最高阶段",
            "publisher": "人民出版社",
            "publisher-place": "北京",
            "year": "2001",
            "page": "12",
            "language": "zh",
        },
    ),
    (
        "孙壮志：《中亚五国政治发展》，载王缉思主编：《中国国际战略评论》，北京：世界知识出版社，2019年，第45-67页。",
        {
            "type": "chapter",
            "author": ["孙壮志"],
            "editor": ["王缉思"],
            "title": "中亚五国政治发展",
            "container-title": "中国国际战略评论",
            "publisher": "世界知识出版社",
            "publisher-place": "北京",
            "year": "2019",
            "page": "45-67",
            "language": "zh",
        },
    ),
    (
        "习近平：《携手构建人类命运共同体》，《人民日报》2023年5月19日，第3版。",
        {
            "type": "article-newspaper",
            "author": ["习近平"],
            "title": "携手构建人类命运共同体",
            "container-title": "人民日报",
            "year": "2023",
            "page": "3",
            "language": "zh",
        },
    ),
    ("《哈萨克斯坦简史》，第242页。", {"title": "哈萨克斯坦简史", "page": "242", "short": True}),  # (seed)
    # GB/T 7714
    (
        "王凯. 纳扎尔巴耶夫外交思想探析[D].新疆大学,2019.",  # (seed)
        {
            "type": "thesis",
            "author": ["王凯"],
            "title": "纳扎尔巴耶夫外交思想探析",
            "publisher": "新疆大学",
            "year": "2019",
            "language": "zh",
        },
    ),
    (
        "周明, 李琼. 追求中等强国地位的身份认知与行为选择[J]. 俄罗斯东欧中亚研究, 2024, 12(3): 45-67.",
        {
            "type": "article-journal",
            "author": ["周明", "李琼"],
            "title": "追求中等强国地位的身份认知与行为选择",
            "container-title": "俄罗斯东欧中亚研究",
            "year": "2024",
            "volume": "12",
            "issue": "3",
            "page": "45-67",
            "language": "zh",
        },
    ),
    (
        "SMITH J, DOE A. Eurasian Integration[M]. London: Routledge, 2019: 23-25.",
        {
            "type": "book",
            "author": ["SMITH J", "DOE A"],
            "title": "Eurasian Integration",
            "publisher": "Routledge",
            "publisher-place": "London",
            "year": "2019",
            "page": "23-25",
            "language": "en",
        },
    ),
    (
        "中亚峰会成果清单[EB/OL]. (2023-05-19)[2023-10-28]. https://www.mfa.gov.cn/web/x.shtml.",
        {
            "type": "webpage",
            "title": "中亚峰会成果清单",
            "year": "2023",
            "URL": "https://www.mfa.gov.cn/web/x.shtml",
            "accessed": "2023-10-28",
            "language": "zh",
        },
    ),
    # English notes
    (
        "Ivan A. Safranchuk, Vera M. Zhornist, Alexander D. Nesmashnyi and Daniil N. Chernov, “The Dilemma of "
        "Middlepowermanship in Central Asia: Prospects for Hegemony”, *Russia in Global Affairs*, Vol. 20, No. 3, 2022, p. 117.",  # (seed)
        {
            "type": "article-journal",
            "author": ["Ivan A. Safranchuk", "Vera M. Zhornist", "Alexander D. Nesmashnyi", "Daniil N. Chernov"],
            "title": "The Dilemma of Middlepowermanship in Central Asia: Prospects for Hegemony",
            "container-title": "Russia in Global Affairs",
            "year": "2022",
            "volume": "20",
            "issue": "3",
            "page": "117",
            "language": "en",
        },
    ),
    (
        "Andrew F. Cooper, “Niche Diplomacy: A Conceptual Overview”, in Andrew F. Cooper ed., *Niche Diplomacy: Middle "
        "Powers after the Cold War*, London: Macmillan, 1997, pp. 1–24",  # (seed)
        {
            "type": "chapter",
            "author": ["Andrew F. Cooper"],
            "editor": ["Andrew F. Cooper"],
            "title": "Niche Diplomacy: A Conceptual Overview",
            "container-title": "Niche Diplomacy: Middle Powers after the Cold War",
            "publisher": "Macmillan",
            "publisher-place": "London",
            "year": "1997",
            "page": "1-24",
            "language": "en",
        },
    ),
    (
        "Jane Roe, “Pipelines and Power,” *Central Asian Survey* 12, no. 3 (2020): 45–67.",  # Chicago
        {
            "type": "article-journal",
            "author": ["Jane Roe"],
            "title": "Pipelines and Power",
            "container-title": "Central Asian Survey",
            "year": "2020",
            "volume": "12",
            "issue": "3",
            "page": "45-67",
            "language": "en",
        },
    ),
    (
        "Jane Roe, ‘Pipelines and Power’, *Central Asian Survey*, 12.3 (2020), 45–67 (p. 50).",  # MHRA
        {
            "type": "article-journal",
            "author": ["Jane Roe"],
            "title": "Pipelines and Power",
            "container-title": "Central Asian Survey",
            "year": "2020",
            "volume": "12",
            "issue": "3",
            "page": "50",
            "language": "en",
        },
    ),
    (
        "John Smith, *Steppe Empires* (Oxford: Clarendon Press, 2015), 23.",  # Chicago book
        {
            "type": "book",
            "author": ["John Smith"],
            "title": "Steppe Empires",
            "publisher": "Clarendon Press",
            "publisher-place": "Oxford",
            "year": "2015",
            "page": "23",
            "language": "en",
        },
    ),
    (
        "Ann Lee, “Water and the State” (PhD thesis, University of Leeds, 2018), 7.",
        {
            "type": "thesis",
            "author": ["Ann Lee"],
            "title": "Water and the State",
            "publisher": "University of Leeds",
            "year": "2018",
            "page": "7",
            "language": "en",
        },
    ),
    ("Ibid., pp. 116 – 133.", {"ibid": True, "page": "116-133"}),  # (seed)
    ("Ibid., 52.", {"ibid": True, "page": "52"}),
    ("同上，第5页。", {"ibid": True, "page": "5"}),
    # other languages' Ibid. and a page after any short label word
    ("Ebd., S. 12.", {"ibid": True, "page": "12"}),
    ("Ibidem, str. 422–424.", {"ibid": True, "page": "422-424"}),
    ("Ibíd., p. 4.", {"ibid": True, "page": "4"}),
    ("A.g.e., s. 35.", {"ibid": True, "page": "35"}),
    ("Ibid., chap. 9.", {"ibid": True, "page": "9"}),
    ("Ibid., vol. 2, p. 45.", {"ibid": True}),  # the volume is no page
    ("A.G.M. Jones, Title, 4.", {"author": ["A.G.M. Jones"], "title": "Title", "page": "4", "short": True}),  # initials
    # a numbered list's entry number before a GB/T entry the rules read
    (
        "[1] 姚刚. 经济改革与社会变迁[M]. 北京: 当代世界出版社, 1975.",
        {
            "type": "book",
            "author": ["姚刚"],
            "title": "经济改革与社会变迁",
            "publisher": "当代世界出版社",
            "publisher-place": "北京",
            "year": "1975",
            "language": "zh",
        },
    ),
    (
        "5) 陈兵. 张建平, 1963. 公共外交与历史记忆[J]. 和平与发展, 35(9): 418-441.",
        {
            "type": "article-journal",
            "author": ["陈兵", "张建平"],
            "title": "公共外交与历史记忆",
            "container-title": "和平与发展",
            "year": "1963",
            "volume": "35",
            "issue": "9",
            "page": "418-441",
            "language": "zh",
        },
    ),
    ("Whitfield, 52.", {"author": ["Whitfield"], "page": "52", "short": True}),
    ("Hartley and Nazarov, p. 230.", {"author": ["Hartley", "Nazarov"], "page": "230", "short": True}),
    # web and news agency
    (
        "“Kazakhstan Calls for Solidarity among ‘Global Middle Powers’”. <https://astanatimes.com/2023/02/x/>, 访问时间：2023年10月28日。",  # (seed)
        {
            "type": "webpage",
            "title": "Kazakhstan Calls for Solidarity among ‘Global Middle Powers’",
            "URL": "https://astanatimes.com/2023/02/x/",
            "accessed": "2023-10-28",
            "language": "en",
        },
    ),
    (
        "“Казахстан не рассматривает отправку военных на Украину - Минобороны”，俄罗斯卫星通讯社，2022年7月30日，https://ru.sputnik.kz/x.html",  # (seed)
        {
            "type": "webpage",
            "title": "Казахстан не рассматривает отправку военных на Украину - Минобороны",
            "container-title": "俄罗斯卫星通讯社",
            "URL": "https://ru.sputnik.kz/x.html",
            "accessed": "2022-07-30",
            "language": "ru",
        },
    ),
    # Russian / Kazakh journals
    (
        "К.Н. Мақашева*, А.Д. Назикбаева,Қазақстан мен Тəжікстанның сыртқы саясат концепцияларына салыстырмалы шолу,"
        "Серия «История. Философия». No2(102)/2021.http://rmebrk.kz/journals/6632/47711.pdf#page=86",  # (seed)
        {
            "type": "article-journal",
            "author": ["К.Н. Мақашева", "А.Д. Назикбаева"],
            "title": "Қазақстан мен Тəжікстанның сыртқы саясат концепцияларына салыстырмалы шолу",
            "container-title": "Серия «История. Философия»",
            "year": "2021",
            "issue": "2",
            "URL": "http://rmebrk.kz/journals/6632/47711.pdf#page=86",
            "language": "kk",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_parse_reference(text: str, expected: dict) -> None:
    assert parse_reference(text).csl() == expected


def test_a_reference_that_fits_no_style_keeps_its_text() -> None:
    ref = parse_reference("？？？")
    assert ref.raw == "？？？" and ref.warnings


BIBLIOGRAPHY = [
    (
        "Hartley, Eleanor, and Timur Nazarov. “Water Diplomacy in the Syr Darya Basin.” Central Asian Survey 38, "
        "no. 2 (2019): 215–38.",
        {
            "type": "article-journal",
            "author": ["Hartley, Eleanor", "Timur Nazarov"],
            "title": "Water Diplomacy in the Syr Darya Basin",
            "container-title": "Central Asian Survey",
            "year": "2019",
            "volume": "38",
            "issue": "2",
            "page": "215-238",
            "language": "en",
        },
    ),
    (
        "Brandt, Lukas. The Shanghai Cooperation Organisation. 2nd ed. London: Routledge, 2018.",
        {
            "type": "book",
            "author": ["Brandt, Lukas"],
            "title": "The Shanghai Cooperation Organisation",
            "publisher": "Routledge",
            "publisher-place": "London",
            "year": "2018",
            "language": "en",
        },
    ),
    (
        "Delgado, Rosa, and Samuel H. Kim, eds. Great Powers in Central Asia. New York: Palgrave Macmillan, 2020.",
        {
            "type": "book",
            "editor": ["Delgado, Rosa", "Samuel H. Kim"],
            "title": "Great Powers in Central Asia",
            "publisher": "Palgrave Macmillan",
            "publisher-place": "New York",
            "year": "2020",
            "language": "en",
        },
    ),
    (
        "Voronin, Nikolai. The Caspian Question. Translated by Helen Marsh. Oxford: Oxford University Press, 2012.",
        {
            "type": "book",
            "author": ["Voronin, Nikolai"],
            "translator": ["Helen Marsh"],
            "title": "The Caspian Question",
            "publisher": "Oxford University Press",
            "publisher-place": "Oxford",
            "year": "2012",
            "language": "en",
        },
    ),
    (
        "赵永刚. 丝绸之路经济带与中亚地区秩序. 北京: 社会科学文献出版社, 2017.",
        {
            "type": "book",
            "author": ["赵永刚"],
            "title": "丝绸之路经济带与中亚地区秩序",
            "publisher": "社会科学文献出版社",
            "publisher-place": "北京",
            "year": "2017",
            "language": "zh",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), BIBLIOGRAPHY, ids=[c[0][:30] for c in BIBLIOGRAPHY])
def test_plain_bibliography_entries(text: str, expected: dict) -> None:
    """Chicago bibliography entries as `pandoc -t plain` prints them (no italics, names family-first)."""
    assert parse_reference(text).csl() == expected


ZHONGGUO_SHEHUI_KEXUE = [  # the note patterns of 《中国社会科学》's style sheet, one row each
    (
        "马克斯·韦伯：《新教伦理与资本主义精神》，于晓、陈维纲译，北京：生活·读书·新知三联书店，1987年，第20页。",
        {
            "type": "book",
            "author": ["马克斯·韦伯"],
            "translator": ["于晓", "陈维纲"],
            "title": "新教伦理与资本主义精神",
            "publisher": "生活·读书·新知三联书店",
            "publisher-place": "北京",
            "year": "1987",
            "page": "20",
            "language": "zh",
        },
    ),
    (
        "黄仁宇：《明代的财政管理》，《明代社会经济史论集》，香港：宏业书局，1980年，第15页。",
        {
            "type": "chapter",
            "author": ["黄仁宇"],
            "title": "明代的财政管理",
            "container-title": "明代社会经济史论集",
            "publisher": "宏业书局",
            "publisher-place": "香港",
            "year": "1980",
            "page": "15",
            "language": "zh",
        },
    ),
    (
        "方明东：《罗隆基政治思想研究（1913—1949）》，博士学位论文，北京师范大学历史系，2000年，第67页。",
        {
            "type": "thesis",
            "author": ["方明东"],
            "title": "罗隆基政治思想研究（1913—1949）",
            "publisher": "北京师范大学历史系",
            "year": "2000",
            "page": "67",
            "language": "zh",
        },
    ),
    (
        "任东来：《对国际体制和国际制度的理解和翻译》，全球化与亚太区域化国际研讨会论文，天津，2000年6月，第9页。",
        {
            "type": "paper-conference",
            "author": ["任东来"],
            "title": "对国际体制和国际制度的理解和翻译",
            "container-title": "全球化与亚太区域化国际研讨会",
            "publisher-place": "天津",  # the 会议地点 that 《中国社会科学》 prints after the conference
            "year": "2000",
            "page": "9",
            "language": "zh",
        },
    ),
    (
        "王明亮：《关于中国学术期刊标准化数据库系统工程的进展》，1998年8月16日，http://www.cajcd.cn/pub/wml.txt/980810-2.html，1998年10月4日。",
        {
            "type": "webpage",
            "author": ["王明亮"],
            "title": "关于中国学术期刊标准化数据库系统工程的进展",
            "year": "1998",
            "URL": "http://www.cajcd.cn/pub/wml.txt/980810-2.html",
            "accessed": "1998-10-04",
            "language": "zh",
        },
    ),
    ("同上书，第3页。", {"ibid": True, "page": "3"}),
    ("前引王名扬：《美国行政法》，第5页。", {"author": ["王名扬"], "title": "美国行政法", "page": "5", "short": True}),
]


@pytest.mark.parametrize(("text", "expected"), ZHONGGUO_SHEHUI_KEXUE, ids=[c[0][:20] for c in ZHONGGUO_SHEHUI_KEXUE])
def test_chinese_social_science_note_style(text: str, expected: dict) -> None:
    assert parse_reference(text).csl() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jones, K. Russia and Kazakhstan. London: Routledge, 2018.",
            {
                "type": "book",
                "author": ["Jones, K."],
                "title": "Russia and Kazakhstan",
                "publisher": "Routledge",
                "publisher-place": "London",
                "year": "2018",
                "language": "en",
            },
        ),
        (
            "Smith, J. China and Central Asia [D]. Beijing: Peking University, 2019.",
            {
                "type": "thesis",
                "author": ["Smith, J"],
                "title": "China and Central Asia",
                "publisher": "Peking University",
                "publisher-place": "Beijing",
                "year": "2019",
                "language": "en",
            },
        ),
    ],
)
def test_family_first_names_with_initials(text: str, expected: dict) -> None:
    assert parse_reference(text).csl() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "新华网关于中哈峰会的报道，<http://www.news.cn>",
            {"type": "webpage", "container-title": "新华网", "URL": "http://www.news.cn"},
        ),
        (
            '““一带一路”合作文件清单"，新华网，2023年5月18日，http://www.news.cn/x.htm',
            {
                "type": "webpage",
                "title": "“一带一路”合作文件清单",
                "container-title": "新华网",
                "URL": "http://www.news.cn/x.htm",
                "accessed": "2023-05-18",
                "language": "zh",
            },
        ),
    ],
)
def test_web_sources_described_or_with_mismatched_quotes(text: str, expected: dict) -> None:
    assert parse_reference(text).csl() == expected


def test_an_apa_year_is_not_glued_to_the_last_author() -> None:
    """The labeller's reading wins over a rule parse whose author list swallowed the `(2008)` of APA."""
    ref = parse_reference(
        "Micklin, P., & Aladin, N. V. (2008). Reclaiming the Aral Sea. Scientific American, 298(4), 64-71.", entry=True
    )
    assert (ref.author, ref.year, ref.volume, ref.issue, ref.page) == (
        ("Micklin, P.", "Aladin, N. V."),
        "2008",
        "298",
        "4",
        "64-71",
    )


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        # the rules ran the last name into the title
        (
            "C. Misner, K. Thorne, and J. Wheeler, Gravitation (Freeman, San Francisco, 1972).",
            ("C. Misner", "K. Thorne", "J. Wheeler"),
            "Gravitation",
        ),
        # the rules read the place and the year as a journal
        ("V. Ehrenberg, The People of Aristophanes, Oxford 1951.", ("V. Ehrenberg",), "The People of Aristophanes"),
    ],
)
def test_a_labelling_that_lacks_only_its_type_is_kept_over_a_rule_parse_that_ran_on(
    text: str, author: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, entry=True)
    assert (ref.author, ref.title, ref.container_title) == (author, title, "")


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Reuel R. Hanks, “‘Multi-vector Politics’ and Kazakhstan’s Emerging Role as a Geo-strategic Player in "
            "Central Asia,” *Journal of Balkan and Near Eastern Studies*, Vol. 11, No. 3, 2009, pp. 257-267.",
            "article-journal",
            "‘Multi-vector Politics’ and Kazakhstan’s Emerging Role as a Geo-strategic Player in Central Asia",
        ),
        (
            "А. А. Казанцев, «Большая игра» с неизвестными правилами: мировая политика и Центральная Азия, Москва: "
            "Наследие Евразии, 2008, С. 112.",
            "book",
            "«Большая игра» с неизвестными правилами: мировая политика и Центральная Азия",
        ),
        (  # the quotes around the whole title are not the title's, and an apostrophe is no closing quote
            "Reuel R. Hanks, ‘Kazakhstan’s Emerging Role’, Journal of Balkan and Near Eastern Studies 11, no. 3 (2009): "
            "257-267.",
            "article-journal",
            "Kazakhstan’s Emerging Role",
        ),
    ],
)
def test_a_title_that_begins_with_a_quotation_keeps_its_first_quote(text: str, kind: str, title: str) -> None:
    ref = parse_reference(text)
    assert (ref.type, ref.title) == (kind, title)


def test_a_supplement_issue_keeps_its_letter() -> None:
    """APA's "10(S2)" is volume 10, supplement 2: the issue is "S2", not issue 2."""
    ref = parse_reference(
        "Wegerich, K. (2008). Hydro-hegemony in the Amu Darya basin. Water Policy, 10(S2), 71–88.", entry=True
    )
    assert (ref.container_title, ref.volume, ref.issue, ref.page) == ("Water Policy", "10", "S2", "71-88")


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        (
            "Northrop, Douglas. *Veiled Empire: Gender and Power in Stalinist Central Asia*. Ithaca, NY: Cornell "
            "University Press, 2004.",
            "author",
            ("Northrop, Douglas",),
        ),
        (
            "Jones Luong, Pauline, ed. *The Transformation of Central Asia: States and Societies from Soviet Rule to "
            "Independence*. Ithaca, NY: Cornell University Press, 2004.",
            "editor",
            ("Jones Luong, Pauline",),
        ),
    ],
)
def test_a_bibliography_entrys_names_before_an_italic_title(text: str, role: str, names: tuple[str, ...]) -> None:
    """The sentence's full stop after a given name is not the name's, and a two-word family name is one name."""
    ref = parse_reference(text, entry=True)
    assert getattr(ref, role) == names
    assert ref.title.startswith(("Veiled Empire", "The Transformation of Central Asia"))


@pytest.mark.parametrize(
    "text",
    [
        "A. Roe and B. Lin, “Sparse flows on graphs,” arXiv:2101.01234.",
        "Lin, B., Drift of quantum walks, preprint, arXiv :1903.04321v2.",
    ],
)
def test_a_preprint_is_never_a_short_form(text: str) -> None:
    # authors and a title with no year read like a short form ("Gerhardt, Federal Appointments Process"), but a
    # preprint's identifier says it is the full reference
    assert not parse_reference(text).short


@pytest.mark.parametrize(
    ("text", "author", "year"),
    [
        # the labeller's names, each with an initial, over a rule parse that read some as a title (no title here)
        ("L. Chen, H.-X. Wang, L. Wang, and W. Li, arXiv:1702.0001 (2017).", ["L. Chen", "H.-X. Wang", "L. Wang", "W. Li"], "2017"),
        ("H.-W. Hammer, C. Ji, D. Philips, arXiv:1702.08605, 2017.", ["H.-W. Hammer", "C. Ji", "D. Philips"], "2017"),
        # a rule parse whose names hold the year is not taken for the whole reference
        (
            'Jones, Philip. 2011. "Global Publishing Back on the Front Foot". Bookseller, 20 June. Online: '
            "http://www.thebookseller.com/news/global-publishing.html (accessed 3 November 2012).",
            ["Jones, Philip"],
            "2011",
        ),
    ],
)
def test_the_combination_keeps_the_names_the_rules_lose(text: str, author: list, year: str) -> None:
    csl = parse_reference(text).csl()
    assert (csl.get("author"), csl.get("year")) == (author, year)
