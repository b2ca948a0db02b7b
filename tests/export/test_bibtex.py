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
            "misc",
            {
                "author": "Сафранчук, {И}. {А}.",  # BibTeX abbreviates the braced letter whole: valid UTF-8
                "url": "https://globalaffairs.ru/articles/czentralnaya_aziya/?utm=a%20b#part",
                "urldate": "2023-05-17",
                "note": "Accessed 2023-05-17",
                "langid": "russian",
                "language": "russian",
            },
        ),
        (bibtex, THESIS, "mastersthesis", {"school": "兰州大学", "year": "2019"}),
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
        (biblatex, THESIS, "thesis", {"type": "mathesis", "institution": "兰州大学"}),
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
        ("webpage", "", "misc", "online"),
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
