"""Web sources in notes: the site's name is the container, whatever stands between it and the title."""

import pytest

from cite.refs.parse import parse_reference


def test_chinese_web_note_keeps_the_site_after_a_note_on_the_title() -> None:
    ref = parse_reference(
        "《哈萨克斯坦2050战略》（全文），哈萨克斯坦驻华使馆网站，"
        "https://www.gov.kz/memleket/entities/mfa-beijing/press/article/details/1000?lang=zh（访问日期：2023年5月4日）。"
    )
    assert (ref.title, ref.container_title, ref.accessed) == (
        "哈萨克斯坦2050战略",
        "哈萨克斯坦驻华使馆网站",
        "2023-05-04",
    )
    assert ref.type == "webpage"


def test_a_site_named_by_its_domain_is_whole_and_gives_no_year() -> None:
    ref = parse_reference(
        "“Glava gosudarstva pozdravil diplomatov”. Strategy2050.kz. https://strategy2050.kz/ru/news/glava/"
    )
    assert (ref.title, ref.container_title, ref.year) == (
        "Glava gosudarstva pozdravil diplomatov",
        "Strategy2050.kz",
        "",
    )


@pytest.mark.parametrize(
    ("text", "kind", "site", "year"),
    [
        ("《哈萨克斯坦共和国2020—2030年外交政策构想》，哈萨克斯坦外交部网站，2020年3月6日。", "webpage", "哈萨克斯坦外交部网站", "2020"),
        ("《关于中亚合作的公告》，商务部官网，2021年5月1日。", "webpage", "商务部官网", "2021"),
        ("新华社：《托卡耶夫会见王毅》，新华网，2022年9月14日。", "article-newspaper", "新华网", "2022"),  # a news outlet
    ],
)
def test_a_site_named_as_a_website_without_a_link_is_a_web_page(text: str, kind: str, site: str, year: str) -> None:
    ref = parse_reference(text)
    assert (ref.type, ref.container_title, ref.year) == (kind, site, year)
