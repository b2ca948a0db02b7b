"""Convert real, human-typed labelled references (AnyStyle's core.xml, GROBID's citation corpus) to the corpus format.

Both sources are read straight from git mirrors (never copied into this repository):

    python -m tools.corpus.real [--anystyle MIRROR] [--grobid MIRROR] [--out corpus/] [--sample N]

AnyStyle (BSD-2-Clause): res/parser/core.xml, <sequence> elements whose children are fields; the fields
are printed one space apart. AnyStyle's res/parser/gold.xml is reserved test data and is never read.
GROBID (Apache-2.0): grobid-trainer/resources/dataset/citation/corpus/*.xml, TEI <bibl> elements whose
tagged children are fields and whose other text is punctuation and connectives.
Record ids keep the provenance: anystyle-core/<n> (n-th sequence of core.xml), grobid/<file>/<n>.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.corpus.record import RecordError, Segment, build_record, write_jsonl

ANYSTYLE_MIRROR = Path("/work/.mirror/inukshuk+anystyle/repo")
GROBID_MIRROR = Path("/work/.mirror/kermitt2+grobid/repo")
ANYSTYLE_CORE = "res/parser/core.xml"
GROBID_CORPUS = "grobid-trainer/resources/dataset/citation/corpus"

# AnyStyle's field names -> ours (None: dropped to "other"; a name not here is "note")
ANYSTYLE_LABELS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "container-title",
    "journal": "container-title",
    "collection-title": "collection-title",
    "edition": "edition",
    "publisher": "publisher",
    "location": "publisher-place",
    "date": "date",
    "volume": "volume",
    "pages": "page",
    "genre": "genre",
    "url": "url",
    "doi": "doi",
    "citation-number": "citation-number",
    "director": "author",
    "producer": "author",
}

# GROBID's TEI elements (tag, attribute value) -> ours
GROBID_LABELS = {
    ("author", None): "author",
    ("editor", None): "editor",
    ("date", None): "date",
    ("publisher", None): "publisher",
    ("pubPlace", None): "publisher-place",
    ("pubplace", None): "publisher-place",
    ("orgName", None): "publisher",  # the university of a thesis, the institution of a report
    ("orgName", "collaboration"): "author",
    ("title", "a"): "title",
    ("title", "j"): "container-title",
    ("title", "s"): "collection-title",
    ("biblScope", "vol"): "volume",
    ("biblScope", "volume"): "volume",
    ("biblScope", "issue"): "issue",
    ("biblScope", "pp"): "page",
    ("biblScope", "page"): "page",
    ("note", "report"): "genre",
    ("idno", "DOI"): "doi",
    ("idno", "doi"): "doi",
    ("ptr", "web"): "url",
}

# markup typed into a few GROBID references as text: "<italic>Journal AWWA</italic>"
LITERAL_MARKUP = re.compile(r"</?italic>")


def git_show(mirror: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(mirror), "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def git_files(mirror: Path, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(mirror), "ls-tree", "-z", "--name-only", "HEAD", f"{folder}/"],
        check=True,
        capture_output=True,
    ).stdout
    return sorted(p for p in out.decode().split("\0") if p.endswith(".xml"))


def git_commit(mirror: Path) -> str:
    return subprocess.run(["git", "-C", str(mirror), "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def anystyle_records(xml: bytes, source: str = "anystyle-core"):
    """One record per <sequence> of an AnyStyle dataset; fields are printed one space apart."""
    root = ET.fromstring(xml)
    for n, sequence in enumerate(root.iter("sequence")):
        segments: list[Segment] = []
        for field in sequence:
            text = "".join(field.itertext())
            if segments:
                segments.append(Segment(" "))
            segments.append(Segment(text, ANYSTYLE_LABELS.get(field.tag, "note")))
        yield _record(segments, id=f"{source}/{n}", source=source)


def grobid_records(xml: bytes, name: str):
    """One record per <bibl> of a GROBID TEI training file; untagged text is "other"."""
    root = ET.fromstring(xml)
    for n, bibl in enumerate(el for el in root.iter() if local_name(el.tag) == "bibl"):
        segments = [Segment(LITERAL_MARKUP.sub("", bibl.text or ""))]
        for field in bibl:
            tag = local_name(field.tag)
            kind = field.get("level") or field.get("type") or field.get("unit")
            if tag == "lb":
                segments.append(Segment(" "))
            elif tag == "title" and kind == "m":  # a book: its own title, or the book a chapter is in
                has_article = any(local_name(f.tag) == "title" and f.get("level") == "a" for f in bibl)
                segments.append(Segment("".join(field.itertext()), "container-title" if has_article else "title"))
            else:
                label = GROBID_LABELS.get((tag, kind)) or GROBID_LABELS.get((tag, None)) or "note"
                segments.append(Segment(LITERAL_MARKUP.sub("", "".join(field.itertext())), label))
            segments.append(Segment(LITERAL_MARKUP.sub("", field.tail or "")))
        yield _record(segments, id=f"grobid/{name}/{n}", source="grobid")


def _record(segments: list[Segment], *, id: str, source: str) -> dict | None:
    if not "".join(s.text for s in segments).strip():
        return None
    try:
        return build_record(segments, id=id, source=source, style=source, form="bibliography")
    except RecordError as error:
        print(f"skipped {id}: {error}", file=sys.stderr)
        return None


def read_anystyle(mirror: Path) -> list[dict]:
    return [r for r in anystyle_records(git_show(mirror, ANYSTYLE_CORE)) if r]


def read_grobid(mirror: Path) -> list[dict]:
    """All GROBID citation training references; a reference already seen (same text) is kept once."""
    records, seen = [], set()
    for path in git_files(mirror, GROBID_CORPUS):
        name = Path(path).name.removesuffix(".xml")
        try:
            found = list(grobid_records(git_show(mirror, path), name))
        except ET.ParseError as error:
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        for record in found:
            if record and record["text"] not in seen:
                seen.add(record["text"])
                records.append(record)
    return records


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anystyle", type=Path, default=ANYSTYLE_MIRROR, help="git mirror of inukshuk/anystyle")
    parser.add_argument("--grobid", type=Path, default=GROBID_MIRROR, help="git mirror of kermitt2/grobid")
    parser.add_argument("--out", type=Path, default=Path("corpus"))
    parser.add_argument("--sample", type=Path, help="also write every k-th record (300 in all) to this file")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    anystyle, grobid = read_anystyle(args.anystyle), read_grobid(args.grobid)
    for name, records, mirror in (("anystyle-core", anystyle, args.anystyle), ("grobid", grobid, args.grobid)):
        count = write_jsonl(args.out / f"{name}.jsonl", records)
        print(f"{name}: {count} references from commit {git_commit(mirror)}")
    if args.sample:
        sample = anystyle[:: max(1, len(anystyle) // 150)][:150] + grobid[:: max(1, len(grobid) // 150)][:150]
        write_jsonl(args.sample, sample)


if __name__ == "__main__":
    main()
