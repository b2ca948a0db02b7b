"""Splitting a note into references, and telling a citation from a comment."""

import pytest

from cite.refs.classify import is_comment
from cite.refs.split import split_references


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "关于利基外交的内容可参见：Andrew F. Cooper, “Niche Diplomacy”, 1997; 王琛：《冷战后东南亚国家的“利基外交”》，载《国际政治研究》2018 年第 4 期。",
            [
                "Andrew F. Cooper, “Niche Diplomacy”, 1997",
                "王琛：《冷战后东南亚国家的“利基外交”》，载《国际政治研究》2018 年第 4 期。",
            ],
        ),
        (
            "参见：《哈萨克斯坦国家概况》，https://a.cn/1/，访问时间：2024年1月10日；《乌兹别克斯坦国家概况》，https://a.cn/2/，访问时间：2024年1月10日。",
            [
                "《哈萨克斯坦国家概况》，https://a.cn/1/，访问时间：2024年1月10日",
                "《乌兹别克斯坦国家概况》，https://a.cn/2/，访问时间：2024年1月10日。",
            ],
        ),
        (
            "For a Russian perspective, see Иванов, p. 110; for a Chinese one, see 郑文涛, p. 45.",
            ["Иванов, p. 110", "郑文涛, p. 45."],
        ),
        (
            "费孝通：《乡土中国》，第5页，转引自王铭铭：《社区的历程》，第8页。",
            ["费孝通：《乡土中国》，第5页", "王铭铭：《社区的历程》，第8页。"],
        ),
        (  # the speaker quoted is named, not a work: only the work quoted from is cited
            "基辛格语，转引自王缉思：《国际政治的理性思考》，北京：北京大学出版社，2006年，第12页。",
            ["王缉思：《国际政治的理性思考》，北京：北京大学出版社，2006年，第12页。"],
        ),
        (
            "列宁指出，转引自李明：《帝国主义论》，第3页。",
            ["李明：《帝国主义论》，第3页。"],
        ),
        ("“A; B”, Journal, 2020.", ["“A; B”, Journal, 2020."]),
        (
            "Smith JA, Lee K. Outcome of surgery. J Neurosurg 2001; 95: 233-41.",
            ["Smith JA, Lee K. Outcome of surgery. J Neurosurg 2001; 95: 233-41."],
        ),
        (
            "Roe P. Trials. BMJ. 2012;4(2):e12; Doe Q. Cases. Lancet. 1998 Jan;12 Suppl 2:S45.",
            ["Roe P. Trials. BMJ. 2012;4(2):e12", "Doe Q. Cases. Lancet. 1998 Jan;12 Suppl 2:S45."],
        ),
        ("Ivanov, p. 110; 45 other cases are in Petrov.", ["Ivanov, p. 110", "45 other cases are in Petrov."]),
        (  # a Vancouver book: the year after the publisher's `;` is the same reference
            "Peterson MK. Pipe dreams. Cambridge: Cambridge University Press; 2019.",
            ["Peterson MK. Pipe dreams. Cambridge: Cambridge University Press; 2019."],
        ),
        ("Roe, p. 5; 2019 saw a second edition.", ["Roe, p. 5", "2019 saw a second edition."]),
        (  # a Vancouver chapter and report: the year after the publisher's `;` is followed by pages, a cited date
            "Roe J. Cells. In: Doe B, editor. Cancer. New York: McGraw-Hill; 2002. p. 93-113.",
            ["Roe J. Cells. In: Doe B, editor. Cancer. New York: McGraw-Hill; 2002. p. 93-113."],
        ),
        (
            "WHO. Report [Internet]. Geneva: WHO; 2022 [cited 2023 Mar 8]. Available from: https://www.who.int/x",
            ["WHO. Report [Internet]. Geneva: WHO; 2022 [cited 2023 Mar 8]. Available from: https://www.who.int/x"],
        ),
        (  # ACS separates its authors with `;`
            "Corey, E. J.; Cheng, X.-M. *The Logic of Chemical Synthesis*; Wiley: New York, 1989.",
            ["Corey, E. J.; Cheng, X.-M. *The Logic of Chemical Synthesis*; Wiley: New York, 1989."],
        ),
        ("Roe, *Title*, 4; Doe, J. A., *Other*, 5.", ["Roe, *Title*, 4", "Doe, J. A., *Other*, 5."]),
        (  # the "and" joining the next source, and a short clause ending in "see", are no part of a name
            "Cooley, *Great Games*, 74; and Sébastien Peyrouse, “The Kazakh Regime,” *Europe-Asia Studies* 64 (2012).",
            ["Cooley, *Great Games*, 74", "Sébastien Peyrouse, “The Kazakh Regime,” *Europe-Asia Studies* 64 (2012)."],
        ),
        ("On this point see Cooley, *Great Games*, 80.", ["Cooley, *Great Games*, 80."]),
        ("Ann Lee and Bo Chen, *Come and See*, 4.", ["Ann Lee and Bo Chen, *Come and See*, 4."]),
        (  # discursive openers: "See, for example,", a clause with a comma before "see", "see also"
            "See, for example, Ida Marsh, *Salt Roads* (Leeds: Kestrel, 1999); on the river trade, see also Tom Ek, "
            "*Barges* (Oslo: Fjord, 2004), 12.",
            ["Ida Marsh, *Salt Roads* (Leeds: Kestrel, 1999)", "Tom Ek, *Barges* (Oslo: Fjord, 2004), 12."],
        ),
        ("See, e.g., Marsh, *Salt Roads*, 5.", ["Marsh, *Salt Roads*, 5."]),
        ("On the Soviet salt trade, see Marsh, *Salt Roads*, 5.", ["Marsh, *Salt Roads*, 5."]),
        (
            "有关战略，请参见：杨进：《题名》，载《世界知识》2022年第8期；张宁：《题名》，载《世界知识》2022年第23期，等。",
            ["杨进：《题名》，载《世界知识》2022年第8期", "张宁：《题名》，载《世界知识》2022年第23期"],
        ),
    ],
)
def test_split_references(note: str, expected: list[str]) -> None:
    assert split_references(note) == expected


@pytest.mark.parametrize(
    ("note", "comment"),
    [
        ("本文系国家社科基金项目（23VXJ038）的阶段性成果。", True),
        (
            "马燕宁，浙江财经大学哈萨克斯坦经济社会研究中心助理研究员。本文为“第11届东亚斯拉夫欧亚研究国际研讨会”参会论文。",
            True,
        ),
        ("Population figures here and below are rounded to the nearest thousand.", True),
        ("This work was supported by the National Social Science Fund of China.", True),
        ("Whitfield, 52.", False),
        ("Jonathan Pryce, “Migration and the State” (PhD thesis, University of Oxford, 2017), 112.", False),
        ("王凯. 纳扎尔巴耶夫外交思想探析[D].新疆大学,2019.", False),
        ("Ibid.", False),
        ("Kessler (n 3) 245.", False),  # OSCOLA's cross-reference to note 3
        # a term in italics is no title: a comment, not two sources
        ("The word *yurt* is used as locals use it in the 1990s; dates follow the Julian calendar.", True),
        ("Marsh, Salt Roads, 40–41; Ek, Barges, 9.", False),  # two short forms, no italics
        ("Ida Marsh, *Salt Roads*.", False),
        # terms quoted in prose, a comma after each quote: no title without a year or page beside it
        ("The terms “Central Asia”, “Inner Asia” and “Turkestan” overlap; I use the first for the five republics.", True),
        ("Jones, ‘Georgia’, p. 512.", False),
        ("Иванов И. «Название», М., 2010.", False),
    ],
)
def test_is_comment(note: str, comment: bool) -> None:
    assert is_comment(note) is comment


def test_a_semicolon_inside_a_doi_or_url_divides_nothing() -> None:
    note = "Fernández-Giménez, The role, *Ecol. Appl.* 10 (2000): 1318–26, https://doi.org/10.1890/1051-0761(2000)010[1318:TROMNP]2.0.CO;2"
    assert split_references(note) == [note]
    assert len(split_references("Roe, Salt, 5; Doe, Rivers, 9")) == 2


def test_a_semicolon_right_after_a_doi_still_divides_the_sources() -> None:
    note = "Kessler, “Elites,” *PSA* 36 (2020): 305, https://doi.org/10.1080/1060586X.2020.1761847; Roe, *Salt* (2019), 212."
    assert len(split_references(note)) == 2
