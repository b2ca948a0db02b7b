import json
from dataclasses import asdict

from cite.export import jsonl

from .samples import SOURCES


def test_one_object_per_source_with_key_csl_record_and_mentions() -> None:
    lines = jsonl.write(SOURCES).splitlines()
    assert len(lines) == len(SOURCES)
    for line, source in zip(lines, SOURCES, strict=True):
        record = json.loads(line)
        assert record.pop("key") == source.key
        assert record.pop("mentions") == [asdict(mention) for mention in source.mentions]
        assert record == source.reference.csl()


def test_utf8_without_escapes_and_a_final_newline() -> None:
    text = jsonl.write(SOURCES)
    assert text.endswith("}\n") and "周明" in text and "\\u" not in text
