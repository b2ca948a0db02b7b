"""Sources built by hand from the model, one per kind of reference the writers must handle."""

from __future__ import annotations

from cite.model import Mention, Reference, Source

CHINESE_ARTICLE = Reference(
    raw="周明：《追求战略自主：哈萨克斯坦的多元平衡外交》，《俄罗斯东欧中亚研究》2024年第4期，第45-67页。",
    type="article-journal",
    author=("周明",),
    title="追求战略自主：哈萨克斯坦的多元平衡外交",
    container_title="俄罗斯东欧中亚研究",
    year="2024",
    issue="4",
    page="45-67",
    language="zh",
)

CHINESE_TRANSLATED_BOOK = Reference(
    raw="[美]亨利·基辛格：《世界秩序》，胡利平、林华等译，北京：中信出版社，2015年，第117页。",
    type="book",
    author=("亨利·基辛格",),
    translator=("胡利平", "林华"),
    title="世界秩序",
    publisher="中信出版社",
    publisher_place="北京",
    year="2015",
    language="zh",
)

ENGLISH_ARTICLE = Reference(
    raw="Vanderhill, Joireman, et al. “Between the bear and the dragon: Multivectorism in Kazakhstan as a "
    "model strategy for secondary powers”. International Affairs, vol.96, no.4, Jul. 2020, pp. 975-993, "
    "https://doi.org/10.1093/ia/iiaa061.",
    type="article-journal",
    author=("Rachel Vanderhill", "Sandra F. Joireman", "Roza Tulepbayeva"),
    title="Between the bear and the dragon: Multivectorism in Kazakhstan as a model strategy for secondary powers",
    container_title="International Affairs",
    year="2020",
    volume="96",
    issue="4",
    page="975-993",
    doi="10.1093/ia/iiaa061",
    language="en",
)

ENGLISH_CHAPTER = Reference(
    raw="Ivan A. Safranchuk, “The dilemma of Central Asia,” in Marlene Laruelle, ed., Russia and Central Asia "
    "(London: Routledge, 2022), pp. 117-133.",
    type="chapter",
    author=("Ivan A. Safranchuk",),
    editor=("Marlene Laruelle",),
    title="The dilemma of Central Asia",
    container_title="Russia and Central Asia",
    publisher="Routledge",
    publisher_place="London",
    year="2022",
    page="117-133",
    language="en",
)

RUSSIAN_WEBPAGE = Reference(
    raw="Сафранчук И. А. Центральная Азия и Россия: новые вызовы // Россия в глобальной политике. 2023. "
    "URL: https://globalaffairs.ru/articles/czentralnaya_aziya/?utm=a%20b#part (дата обращения: 17.05.2023).",
    type="webpage",
    author=("Сафранчук И. А.",),
    title="Центральная Азия и Россия: новые вызовы",
    container_title="Россия в глобальной политике",
    year="2023",
    url="https://globalaffairs.ru/articles/czentralnaya_aziya/?utm=a%20b#part",
    accessed="2023-05-17",
    language="ru",
)

THESIS = Reference(
    raw="王磊：《哈萨克斯坦能源外交研究》，硕士学位论文，兰州大学，2019年。",
    type="thesis",
    author=("王磊",),
    title="哈萨克斯坦能源外交研究",
    publisher="兰州大学",
    year="2019",
    language="zh",
)

ORGANISATION_REPORT = Reference(
    raw="中国社会科学院俄罗斯东欧中亚研究所：《中亚国家发展报告（2021）》，北京：社会科学文献出版社，2021年。",
    type="report",
    author=("中国社会科学院俄罗斯东欧中亚研究所",),
    title="中亚国家发展报告（2021）",
    publisher="社会科学文献出版社",
    publisher_place="北京",
    year="2021",
    language="zh",
)

SPECIALS = Reference(
    raw="Jane Smith, Costs & benefits: 100% of $5 for #1 in_situ {braces}, Q&A_Review, AT&T Labs, 2021.",
    type="document",
    author=("Jane Smith",),
    title="Costs & benefits: 100% of $5 for #1 in_situ {braces} ~ back\\slash",
    container_title="Q&A_Review",
    publisher="AT&T Labs",
    year="2021",
    language="en",
)

KAZAKH_NEWSPAPER = Reference(
    raw="Тоқаев Қ.-Ж. Тәуелсіздік бәрінен қымбат // Егемен Қазақстан. 2021. 5 қаңтар.",
    type="article-newspaper",
    author=("Қасым-Жомарт Тоқаев",),
    title="Тәуелсіздік бәрінен қымбат",
    container_title="Егемен Қазақстан",
    year="2021",
    language="kk",
)

CONFERENCE_PAPER = Reference(
    raw="Wei Li, “Energy corridors in Central Asia,” in Proceedings of the 5th Eurasian Studies Conference "
    "(Cham: Springer, 2020), 12-20.",
    type="paper-conference",
    author=("Wei Li",),
    title="Energy corridors in Central Asia",
    container_title="Proceedings of the 5th Eurasian Studies Conference",
    publisher="Springer",
    publisher_place="Cham",
    year="2020",
    page="12-20",
    language="en",
)

REFERENCES = (
    CHINESE_ARTICLE,
    CHINESE_TRANSLATED_BOOK,
    ENGLISH_ARTICLE,
    ENGLISH_CHAPTER,
    RUSSIAN_WEBPAGE,
    THESIS,
    ORGANISATION_REPORT,
    SPECIALS,
    KAZAKH_NEWSPAPER,
    CONFERENCE_PAPER,
)

KEYS = (
    "zhou2024zhuiqiu",
    "jixinge2015shijie",
    "vanderhill2020between",
    "safranchuk2022dilemma",
    "safranchuk2023tsentralnaya",
    "wang2019hasa",
    "zhongguo2021zhongya",
    "smith2021costs",
    "toqaev2021tauelsizdik",
    "li2020energy",
)


def mention(seq: int) -> Mention:
    return Mention(doc="001.txt", seq=seq, label=str(seq), line=10 * seq, context="正如学者所言。", locator="12")


SOURCES = tuple(
    Source(key=key, reference=ref, mentions=tuple(mention(n) for n in range(1, i % 3 + 2)))
    for i, (key, ref) in enumerate(zip(KEYS, REFERENCES, strict=True))
)
