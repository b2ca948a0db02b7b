"""Web sources in notes: the site's name is the container, whatever stands between it and the title."""

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
