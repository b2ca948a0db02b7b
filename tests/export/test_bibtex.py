"""BibTeX and BibLaTeX: read back by bibtexparser v2, every field survives; types and fields mapped."""

from types import ModuleType

import bibtexparser
import pytest
from bibtexparser.middlewares import LatexDecodingMiddleware

from cite import names
from cite.export import biblatex, bibtex, latex
from cite.model import REFERENCE_TYPES, Reference, Source

from .samples import (
    CHINESE_ARTICLE,
    CHINESE_TRANSLATED_BOOK,
    ENGLISH_ARTICLE,
    ENGLISH_CHAPTER,
    ORGANISATION_REPORT,
    RUSSIAN_WEBPAGE,
    SOURCES,
    SPECIALS,
    THESIS,
)

WRITERS = [bibtex, biblatex]


def fields_of(module: ModuleType, sources: tuple[Source, ...], decode: bool) -> list[dict[str, str]]:
    """Parse the writer's output with bibtexparser; `decode` also un-escapes LaTeX (pylatexenc)."""
    library = bibtexparser.parse_string(
        module.write(sources), append_middleware=[LatexDecodingMiddleware()] if decode else None
    )
    assert not library.failed_blocks
    assert [entry.key for entry in library.entries] == [source.key for source in sources]
    return [{name: field.value for name, field in entry.fields_dict.items()} for entry in library.entries]


def plain(module: ModuleType, csl_name: str, value: str | list[str]) -> str:
    """What the field should read after un-escaping."""
    if isinstance(value, list):
        return " and ".join(names.inverted(name) for name in value)
    if csl_name == "page":
        return value.replace("-", "–")  # TeX's `--`, read back as an en dash
    if csl_name == "language":
        return latex.LANGIDS[value]
    return value


@pytest.mark.parametrize("module", WRITERS, ids=lambda m: m.__name__)
def test_every_field_round_trips(module: ModuleType) -> None:
    decoded = fields_of(module, SOURCES, decode=True)
    raw = fields_of(module, SOURCES, decode=False)
    for source, text, verbatim in zip(SOURCES, decoded, raw, strict=True):
        table = module.FIELDS | module.TYPES[source.reference.type][1]
        for csl_name, value in source.reference.csl().items():
            if csl_name not in table:
                continue
            targets = table[csl_name]
            for field in (targets,) if isinstance(targets, str) else targets:
                if csl_name in latex.VERBATIM:  # not LaTeX: a `%` in a URL is no comment
                    assert verbatim[field] == value, (source.key, field)
                else:
                    assert text[field] == plain(module, csl_name, value), (source.key, field)


@pytest.mark.parametrize(
    ("module", "reference", "entry_type", "expected"),
    [
        (bibtex, CHINESE_ARTICLE, "article", {"journal": "俄罗斯东欧中亚研究", "number": "4", "pages": "45--67"}),
        (bibtex, CHINESE_TRANSLATED_BOOK, "book", {"translator": "胡利平 and 林华", "address": "北京"}),
        (
            bibtex,
            ENGLISH_ARTICLE,
            "article",
            {
                "author": "Vanderhill, Rachel and Joireman, Sandra F. and Tulepbayeva, Roza",
                "doi": "10.1093/ia/iiaa061",
                "pages": "975--993",
            },
        ),
        (
            bibtex,
            ENGLISH_CHAPTER,
            "incollection",
            {"editor": "Laruelle, Marlene", "booktitle": "Russia and {Central} {Asia}"},
        ),
        (
            bibtex,
            RUSSIAN_WEBPAGE,
            "online",
            {
                "author": "Сафранчук, {И}. {А}.",  # BibTeX abbreviates the braced letter whole: valid UTF-8
                "url": "https://globalaffairs.ru/articles/czentralnaya_aziya/?utm=a%20b#part",
                "urldate": "2023-05-17",
                "langid": "russian",
                "language": "ru",
            },
        ),
        (bibtex, THESIS, "mastersthesis", {"school": "兰州大学", "year": "2019", "type": "硕士学位论文"}),
        (bibtex, ORGANISATION_REPORT, "techreport", {"author": "{中国社会科学院俄罗斯东欧中亚研究所}"}),
        (
            bibtex,
            SPECIALS,
            "misc",
            {
                "title": r"Costs \& benefits: 100\% of \$5 for \#1 in\_situ \{braces\} \textasciitilde{} "
                r"back\textbackslash{}slash",
                "organization": r"Q\&A\_Review",
                "publisher": r"AT\&T Labs",
            },
        ),
        (
            biblatex,
            CHINESE_ARTICLE,
            "article",
            {"journaltitle": "俄罗斯东欧中亚研究", "date": "2024", "langid": "chinese"},
        ),
        (biblatex, CHINESE_TRANSLATED_BOOK, "book", {"translator": "胡利平 and 林华", "location": "北京"}),
        (biblatex, ENGLISH_ARTICLE, "article", {"doi": "10.1093/ia/iiaa061", "langid": "english"}),
        (
            biblatex,
            ENGLISH_CHAPTER,
            "incollection",
            {"booktitle": "Russia and {Central} {Asia}", "location": "London", "author": "Safranchuk, Ivan A."},
        ),
        (
            biblatex,
            RUSSIAN_WEBPAGE,
            "online",
            {
                "url": "https://globalaffairs.ru/articles/czentralnaya_aziya/?utm=a%20b#part",
                "urldate": "2023-05-17",
                "organization": "Россия в глобальной политике",
                "langid": "russian",
            },
        ),
        (biblatex, THESIS, "thesis", {"type": "硕士学位论文", "institution": "兰州大学"}),
        (
            biblatex,
            ORGANISATION_REPORT,
            "report",
            {
                "type": "techreport",
                "institution": "社会科学文献出版社",
                "author": "{中国社会科学院俄罗斯东欧中亚研究所}",
            },
        ),
    ],
)
def test_fields(module: ModuleType, reference: Reference, entry_type: str, expected: dict[str, str]) -> None:
    library = bibtexparser.parse_string(module.write([Source("k", reference)]))
    (entry,) = library.entries
    assert entry.entry_type == entry_type
    assert {name: entry[name] for name in expected} == expected


@pytest.mark.parametrize(
    ("csl_type", "raw", "bibtex_type", "biblatex_type"),
    [
        ("article-journal", "", "article", "article"),
        ("book", "", "book", "book"),
        ("chapter", "", "incollection", "incollection"),
        ("thesis", "博士学位论文", "phdthesis", "thesis"),
        ("thesis", "Master's thesis", "mastersthesis", "thesis"),
        ("webpage", "", "online", "online"),
        ("article-newspaper", "", "article", "article"),
        ("report", "", "techreport", "report"),
        ("paper-conference", "", "inproceedings", "inproceedings"),
        ("document", "", "misc", "misc"),
        ("no-such-type", "", "misc", "misc"),
    ],
)
def test_entry_types(csl_type: str, raw: str, bibtex_type: str, biblatex_type: str) -> None:
    source = Source("k", Reference(raw=raw, type=csl_type, title="T"))
    for module, expected in ((bibtex, bibtex_type), (biblatex, biblatex_type)):
        assert bibtexparser.parse_string(module.write([source])).entries[0].entry_type == expected


def test_every_schema_type_has_an_entry_type() -> None:
    assert set(bibtex.TYPES) == set(biblatex.TYPES) == set(REFERENCE_TYPES)


def test_newspaper_is_a_biblatex_article_of_subtype_newspaper() -> None:
    source = Source("k", Reference(raw="", type="article-newspaper", title="T", container_title="人民日报"))
    entry = bibtexparser.parse_string(biblatex.write([source])).entries[0]
    assert (entry["entrysubtype"], entry["journaltitle"]) == ("newspaper", "人民日报")


def test_output_is_deterministic_and_keeps_the_order_given() -> None:
    reversed_sources = SOURCES[::-1]
    for module in WRITERS:
        assert module.write(SOURCES) == module.write(SOURCES)
        keys = [entry.key for entry in bibtexparser.parse_string(module.write(reversed_sources)).entries]
        assert keys == [source.key for source in reversed_sources]


@pytest.mark.parametrize(
    ("title", "written"),
    [
        # words capitalised after the first, and acronyms anywhere, are braced; never the whole title
        (
            "Between the Bear and the Dragon: Multivectorism in Kazakhstan",
            "Between the {Bear} and the {Dragon}: {Multivectorism} in {Kazakhstan}",
        ),
        ("UN Peacekeeping: Kazakhstan’s Contribution", "{UN} {Peacekeeping}: {Kazakhstan’s} {Contribution}"),
        ("纳扎尔巴耶夫外交思想探析", "纳扎尔巴耶夫外交思想探析"),
        ("Сравнительный обзор Концепций", "Сравнительный обзор Концепций"),  # BibTeX changes no Cyrillic case
    ],
)
def test_title_words_are_case_protected(title: str, written: str) -> None:
    source = Source("k", Reference(raw="", type="article-journal", title=title))
    for module in WRITERS:
        assert bibtexparser.parse_string(module.write([source])).entries[0]["title"] == written


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("A lone } brace", r"A lone {\vphantom{\{}}\} brace"),  # BibTeX counts escaped braces too
        ("{ opened", r"\{{\vphantom{\}}} opened"),
        ("a {pair} kept", r"a \{pair\} kept"),
        ("pages 1--2", "pages 1-{}-2"),  # not TeX's en dash ligature
    ],
)
def test_braces_stay_balanced_and_dashes_as_typed(title: str, written: str) -> None:
    assert latex.escape(title) == written
    assert written.count("{") == written.count("}")  # BibTeX counts every brace, escaped or not


def test_an_institution_with_and_is_one_institution() -> None:
    report = Reference(raw="", type="report", title="T", publisher="Central Asia and Caucasus Institute")
    entry = bibtexparser.parse_string(biblatex.write([Source("k", report)])).entries[0]
    assert entry["institution"] == "{Central Asia and Caucasus Institute}"


def test_access_date_language_and_no_url_copy() -> None:
    entry = bibtexparser.parse_string(bibtex.write([Source("k", RUSSIAN_WEBPAGE)])).entries[0]
    assert (entry["urldate"], entry["language"], entry["langid"]) == ("2023-05-17", "ru", "russian")
    assert "howpublished" not in entry.fields_dict and "note" not in entry.fields_dict  # Zotero: a child note
    classic = bibtexparser.parse_string(bibtex.write([Source("k", RUSSIAN_WEBPAGE)], access_note=True)).entries[0]
    assert classic["note"] == "Accessed 2023-05-17"  # for plain, plainnat, apalike, which print no urldate
    assert "note" not in bibtexparser.parse_string(biblatex.write([Source("k", RUSSIAN_WEBPAGE)])).entries[0]


@pytest.mark.parametrize(
    ("raw", "language", "bibtex_type", "biblatex_type"),
    [
        ("王磊：《题名》，硕士学位论文，兰州大学，2019年。", "zh", ("mastersthesis", "硕士学位论文"), "硕士学位论文"),
        ("Jane Roe, *Title* (PhD diss., Oxford University, 2001).", "en", ("phdthesis", "PhD thesis"), "PhD thesis"),
        ("王凯. 纳扎尔巴耶夫外交思想探析[D].新疆大学,2019.", "zh", ("phdthesis", "学位论文"), "学位论文"),
        ("Logan Brosius, *A Spinning Top?*, Nazarbayev University, 2023.", "en", ("phdthesis", "Thesis"), "Thesis"),
    ],
)
def test_a_thesis_is_typed_by_the_degree_the_note_states(
    raw: str, language: str, bibtex_type: tuple[str, str | None], biblatex_type: str
) -> None:
    source = Source("k", Reference(raw=raw, type="thesis", title="T", language=language))
    entry = bibtexparser.parse_string(bibtex.write([source])).entries[0]
    assert (entry.entry_type, entry.fields_dict.get("type") and entry["type"]) == bibtex_type
    assert bibtexparser.parse_string(biblatex.write([source])).entries[0]["type"] == biblatex_type


def test_a_book_has_no_pages() -> None:  # Zotero and EndNote read a book's pages as its number of pages
    book = Reference(raw="", type="book", title="T", page="179-180")
    for module in WRITERS:
        assert "pages" not in bibtexparser.parse_string(module.write([Source("k", book)])).entries[0].fields_dict
