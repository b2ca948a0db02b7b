"""One table per field normaliser: input as written -> normalised value."""

import pytest

from cite.refs.normalize.dates import iso_date, year
from cite.refs.normalize.language import language
from cite.refs.normalize.names import names
from cite.refs.normalize.pages import pages
from cite.refs.normalize.urls import clean_url, doi_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("访问时间：2023年10月28日。", "2023-10-28"),
        ("访问时间: 2023 年 1 月 17 日", "2023-01-17"),
        ("(access date: 06.08.2021)", "2021-08-06"),
        ("accessed November 20, 2023", "2023-11-20"),
        ("[accessed 2 March 2024]", "2024-03-02"),
        ("дата обращения: 15.01.2024", "2024-01-15"),
        ("[2023-10-28]", "2023-10-28"),
        ("2022/7/30", "2022-07-30"),
        ("no date here", ""),
        ("31.13.2020", ""),
    ],
)
def test_iso_date(text: str, expected: str) -> None:
    assert iso_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jul. 2020", "2020"),
        ("2018年", "2018"),
        ("(1997)", "1997"),
        ("p. 12345", ""),
        # a number inside a word or a domain is no year
        ("Strategy2050.kz", ""),
        ("Strategy2050.kz, 2020", "2020"),
        # a year glued to Chinese or Russian words still is one
        ("时事出版社2008年版", "2008"),
        ("2018г.", "2018"),
    ],
)
def test_year(text: str, expected: str) -> None:
    assert year(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pp. 975 – 993", "975-993"),
        ("第179-180页", "179-180"),
        ("第 55 页", "55"),
        ("第95，111页", "95,111"),
        ("165–181", "165-181"),
        ("152–53", "152-153"),
        ("1795-805", "1795-1805"),
        ("p. 117", "117"),
        ("С. 45—67", "45-67"),
        # a book's count of pages, its unit after the number
        ("360 pp", "360"),
        ("218 p.", "218"),
        ("248p", "248"),
        ("634 s.", "634"),
        ("264 с.", "264"),
    ],
)
def test_pages(text: str, expected: str) -> None:
    assert pages(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孙通、刘昌明", ["孙通", "刘昌明"]),
        ("倪峰，达巍等", ["倪峰", "达巍"]),
        ("[美] 兹比格纽·布热津斯基", ["兹比格纽·布热津斯基"]),
        ("〔美〕塞缪尔·亨廷顿", ["塞缪尔·亨廷顿"]),  # the tortoise-shell brackets of 《中国社会科学》
        ("〔英〕埃里克·霍布斯鲍姆、〔英〕特伦斯·兰杰", ["埃里克·霍布斯鲍姆", "特伦斯·兰杰"]),
        (
            "Ivan A. Safranchuk, Vera M. Zhornist, Alexander D. Nesmashnyi and Daniil N. Chernov",
            ["Ivan A. Safranchuk", "Vera M. Zhornist", "Alexander D. Nesmashnyi", "Daniil N. Chernov"],
        ),
        (
            "Rachel Vanderhill, Sandra F Joireman, and Roza Tulepbayeva",
            ["Rachel Vanderhill", "Sandra F Joireman", "Roza Tulepbayeva"],
        ),
        ("Vanderhill, Joireman, et al.", ["Vanderhill", "Joireman"]),
        ("К.Н. Мақашева*, А.Д. Назикбаева", ["К.Н. Мақашева", "А.Д. Назикбаева"]),
        ("Andrew F. Cooper ed.", ["Andrew F. Cooper"]),
        ("Wei Li and others", ["Wei Li"]),
        ("John Smith & Jane Doe", ["John Smith", "Jane Doe"]),
        ("Corey, E. J.; Cheng, X.-M.", ["Corey, E. J.", "Cheng, X.-M."]),
        ("Jones Luong, Pauline", ["Jones Luong, Pauline"]),  # a two-word family name written first
        ("Jones Luong, Pauline, and Erika Weinthal", ["Jones Luong, Pauline", "Erika Weinthal"]),
        ("Timur Nazarov, Eleanor Hartley", ["Timur Nazarov", "Eleanor Hartley"]),
        ("Smith JA, Lee K", ["Smith JA", "Lee K"]),  # Vancouver: two names
        ("A. W. JOHNSON, E. MARHAM et A. PRICE", ["A. W. JOHNSON", "E. MARHAM", "A. PRICE"]),  # French "et"
        ("G. Coudert et al.", ["G. Coudert"]),
        ("Rohit Parikh, editor", ["Rohit Parikh"]),  # role words after the names
        ("Giles, C. L., and Cowan, J. D., editors", ["Giles, C. L.", "Cowan, J. D."]),
        ("M. C. Ferris and J.-S. Pang (editors)", ["M. C. Ferris", "J.-S. Pang"]),
        ("Huf, Christina & Irmtraud Schnell Hrsg.", ["Huf, Christina", "Irmtraud Schnell"]),
        ("Hoefert, H.-W. (Hg.)", ["Hoefert, H.-W."]),
        ("Danto SI, Crandall ED", ["Danto SI", "Crandall ED"]),  # Vancouver initials, not "ed."
        ("Smith, J., EDS.", ["Smith, J."]),  # a role word in capitals, with its full stop
        ("Danto SI, Crandall ED.", ["Danto SI", "Crandall ED"]),  # initials, the list's full stop after them
        ("Smith, J. (ED)", ["Smith, J."]),
        ("Joseph S. Nye, Jr. and Robert O. Keohane", ["Joseph S. Nye, Jr.", "Robert O. Keohane"]),  # a suffix
        ("Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
        ("Anna Smith, Bob Jones ed., Carl White", ["Anna Smith", "Bob Jones", "Carl White"]),  # a role inside
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_names_kept_for_a_string_that_comes_again_are_not_changed_by_a_caller() -> None:
    first = names("Timur Nazarov, Eleanor Hartley")
    first.append("Someone Else")
    assert names("Timur Nazarov, Eleanor Hartley") == ["Timur Nazarov", "Eleanor Hartley"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("<https://astanatimes.com/2023/02/x/>,", "https://astanatimes.com/2023/02/x/"),
        ("https://doi.org/10.1093/ia/iiaa061.", "https://doi.org/10.1093/ia/iiaa061"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"),
        ("https://a.kz/x\\_y", "https://a.kz/x_y"),
    ],
)
def test_clean_url(url: str, expected: str) -> None:
    assert clean_url(url) == expected


def test_doi_from_resolver_link() -> None:
    assert doi_of("https://doi.org/10.1093/ia/iiaa061") == "10.1093/ia/iiaa061"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("联盟的起源", "zh"),
        ("The Dilemma of Middlepowermanship", "en"),
        ("Казахстан не рассматривает отправку военных", "ru"),
        ("Қазақстан мен Тəжікстанның сыртқы саясат", "kk"),
        ("2020", ""),
        # Russian in Latin letters is Russian: a style must not title-case it as English
        ("Glava gosudarstva pozdravil diplomatov s professional'nym prazdnikom", "ru"),
        ("Vneshnyaya politika Rossii", "ru"),
        ("Kazakhstan Geoeconomic Quest for Power in a Multipolar World", "en"),
        ("Zhongguo waijiao yanjiu", "en"),  # pinyin has no Russian endings (and is not told from English)
    ],
)
def test_language(title: str, expected: str) -> None:
    assert language(title) == expected


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Die Mongolen. Von Dschingis Khan bis heute", "de"),
        ("Erdöl und Erdgas am Kaspischen Meer. Geopolitik und Umwelt", "de"),
        ("La Sédentarisation des Kazakhs dans l’URSS de Staline", "fr"),
        ("Die Hard", "en"),  # one German word is no German title
        ("The Making of the Georgian Nation", "en"),
        ("Orta Asya ve Türkiye", "en"),  # too little to tell: left English, as before
    ],
)
def test_a_latin_title_s_language_by_its_own_words(title: str, code: str) -> None:
    assert language(title) == code


@pytest.mark.parametrize(
    "body", ["Food and Agriculture Organization of the United Nations", "Organisation for Economic Co-operation and Development"]
)
def test_a_body_whose_name_holds_and_is_one_name(body: str) -> None:
    assert names(body) == [body]
    assert names("Smith, J. and Jones, K.") == ["Smith, J.", "Jones, K."]
    assert names("潘志远 and 霍明") == ["潘志远", "霍明"]  # Chinese names, however long, are people here
