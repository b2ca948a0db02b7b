"""The converters of real labelled references: labels land on the right characters, the format's invariants hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.corpus.real import anystyle_records, grobid_records
from tools.corpus.record import LABELS, RecordError, Segment, build_record, check_record, cuts_word, script_lang

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "real-sample.jsonl"

ANYSTYLE = """<?xml version="1.0" encoding="UTF-8"?>
<dataset>
  <sequence>
    <author>Solon, G.</author>
    <date>(1999).</date>
    <title>Intergenerational mobility in the labor market.</title>
    <editor>In O. Ashenfelter and D. Card (Eds.),</editor>
    <container-title>Handbook of labor economics</container-title>
    <volume>(Vol. 3,</volume>
    <pages>pp. 1761–1800).</pages>
    <location>Amsterdam:</location>
    <publisher>Elsevier.</publisher>
  </sequence>
</dataset>
"""

GROBID = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><back><listBibl>
<bibl><author>J. P. Collman</author>. <title level="j">Acc. Chem. Res.</title> <biblScope unit="volume">10</biblScope>,
<biblScope unit="page">265</biblScope> (<date>1977</date>);</bibl>
<bibl><author>F. Dolphin</author>, in <title level="a">Porphyrins</title>, <title level="m">The porphyrins</title>,
<publisher>Academic Press</publisher>, <pubPlace>New York</pubPlace>. <date>1978</date>.</bibl>
</listBibl></back></text></TEI>
"""


def fields(record: dict) -> list[tuple[str, str]]:
    return [(label, record["text"][s:e]) for s, e, label in record["spans"]]


def test_anystyle_fields_are_trimmed_to_the_field_itself():
    (record,) = anystyle_records(ANYSTYLE.encode())
    assert record["text"].startswith("Solon, G. (1999). Intergenerational mobility")
    assert fields(record) == [
        ("author", "Solon, G."),
        ("date", "1999"),
        ("title", "Intergenerational mobility in the labor market"),
        ("editor", "O. Ashenfelter and D. Card"),
        ("container-title", "Handbook of labor economics"),
        ("volume", "3"),
        ("page", "1761–1800"),
        ("publisher-place", "Amsterdam"),
        ("publisher", "Elsevier"),
    ]
    assert record["id"] == "anystyle-core/0" and record["source"] == "anystyle-core"


def test_grobid_untagged_text_is_other_and_a_book_title_after_an_article_title_is_the_container():
    first, second = grobid_records(GROBID.encode(), "f")
    assert first["text"] == "J. P. Collman. Acc. Chem. Res. 10, 265 (1977);"
    assert fields(first) == [
        ("author", "J. P. Collman"),
        ("container-title", "Acc. Chem. Res."),
        ("volume", "10"),
        ("page", "265"),
        ("date", "1977"),
    ]
    assert dict(fields(second))["container-title"] == "The porphyrins"
    assert dict(fields(second))["title"] == "Porphyrins"
    assert second["id"] == "grobid/f/1"


def test_whitespace_is_collapsed_and_italics_kept():
    record = build_record(
        [Segment("  Lee,\n K.  "), Segment("Big   Book", "title", italic=True), Segment(". ")],
        id="x", source="csl", style="s", form="bibliography",
    )
    assert record["text"] == "Lee, K. Big Book."
    assert record["italic"] == [[8, 16]]
    assert fields(record) == [("title", "Big Book")]


def test_a_span_may_not_cut_a_latin_word_but_may_end_between_han_characters():
    assert cuts_word("Phys. Rev. D60", 12)
    assert not cuts_word("王小明著", 3)
    with pytest.raises(RecordError):
        build_record([Segment("Rev. D", "container-title"), Segment("60", "volume")], id="x", source="grobid",
                     style="grobid", form="bibliography")


def test_the_committed_sample_keeps_the_format_invariants():
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 300
    assert {r["source"] for r in records} == {"anystyle-core", "grobid"}
    for record in records:
        check_record(record)
        assert set(record) == {"id", "source", "style", "form", "lang", "text", "italic", "spans"}
        assert all(label in LABELS for _, _, label in record["spans"])
        for start, end, _ in record["spans"]:
            piece = record["text"][start:end]
            assert piece == piece.strip() and piece[-1] not in ",;:"


def test_the_language_of_a_real_reference_is_told_by_its_script():
    assert script_lang("王小明. 中国外交研究[M]. 北京: 人民出版社, 2010.") == "zh"
    assert script_lang("田中正人, 'まちづくりの研究', 建築雑誌, 2009.") == "ja"
    assert script_lang("Иванов И. И. История. М.: Наука, 2001.") == "ru"
    assert script_lang("Әуезов М. Абай жолы. Алматы, 1997.") == "kk"
    assert script_lang("이주영 (2017). 일대일로와 중국의 통상관계분석.") == ""
    assert script_lang("Smith, J. (2001). A study. Nature, 3, 1-2.") == ""
