"""The seeds' exports imported by Zotero's own import translators (RIS.js, BibTeX.js, "CSL JSON.js").

Zotero's translation-server (zotero/translation-server, AGPL: used only as an outside program at test
time, never copied here) runs the translators in Node; `POST /import` returns the items Zotero would
save, as Zotero API JSON. The server is looked for in `.cache/zotero/translation-server` (git-ignored),
or where `CITE_ZOTERO_TRANSLATION_SERVER` says: a checkout with its `modules/` (translate, translators,
utilities, zotero-schema) and its node packages. Without it, or without node, the tests skip and say why.
It is started once per session, on the loopback address only.

What Zotero ends up with is checked against the seeds' gold (tests/gold/seeds.jsonl), never against
cite's own output: one item per source and no child notes, the item type, title, creators (Chinese names
whole, Cyrillic intact), container, publisher, place, date, volume, issue, the work's own pages only (a
cited page is never `pages` or `numPages`), URL byte-identical, DOI, access date, language and thesis type.
A field the parser read differently from the gold is left to tests/test_seeds.py; here only what the
export and the import do to a field is checked (on the seeds, 14 of about 2,400 field checks are left out
so: three misparsed sources and two untitled web pages titled by their site). The same checks run on
tests/export/samples.py, one hand-written reference of each kind. What Zotero cannot read from a format,
whatever is written, is listed in ZOTERO_CANNOT.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cite.export import WRITERS
from tests.conftest import ROOT, SEEDS
from tests.export.samples import SOURCES

SERVER = Path(os.environ.get("CITE_ZOTERO_TRANSLATION_SERVER", ROOT / ".cache/zotero/translation-server"))
GOLD = [json.loads(line) for line in (ROOT / "tests/gold/seeds.jsonl").read_text(encoding="utf-8").splitlines()]
FORMATS = ("ris", "bibtex", "biblatex", "csl-json")
#: What Zotero's import cannot keep from a format, whatever the export writes: (CSL type or source key, check),
#: left out of the checks. BibTeX.js has no field for a web page's site (`organization` is read as the publisher,
#: which a Zotero web page lacks; `journal` would make pandoc print the site twice and biber warn), nor a
#: newspaper type (`@article`, also with biblatex's `entrysubtype`), nor a container for a generic document, and
#: it decodes no escape of `~` or `\` (smith2021costs' title); it reads biblatex's `location` of a conference
#: paper as the conference's place (Extra: `event-place`). RIS.js imports `GEN` as a journal article, which has no
#: publisher. A Zotero document has no container field.
BIB_CANNOT = {
    ("webpage", "container-title"),
    ("article-newspaper", "type"),
    ("document", "container-title"),
    ("smith2021costs", "title"),
}
ZOTERO_CANNOT = {
    "ris": {("document", "type"), ("document", "publisher")},
    "bibtex": BIB_CANNOT,
    "biblatex": BIB_CANNOT | {("paper-conference", "publisher-place"), ("paper-conference", "extra")},
    "csl-json": {("document", "container-title")},
}
#: BibLaTeX's `language` holds babel's name of the language (biblatex prints an ISO code as is), and Zotero
#: keeps that name as written.
BABEL_NAMES = {"en": "english", "zh": "chinese", "ru": "russian", "kk": "kazakh"}

#: Gold CSL type -> the Zotero item type it must arrive as.
ITEM_TYPES = {
    "article-journal": "journalArticle",
    "book": "book",
    "chapter": "bookSection",
    "thesis": "thesis",
    "report": "report",
    "webpage": "webpage",
    "article-newspaper": "newspaperArticle",
    "paper-conference": "conferencePaper",
    "document": "document",
}
#: Zotero item type -> the field holding the container's title (Zotero's names for `container-title`).
CONTAINERS = {
    "journalArticle": "publicationTitle",
    "newspaperArticle": "publicationTitle",
    "bookSection": "bookTitle",
    "conferencePaper": "proceedingsTitle",
    "webpage": "websiteTitle",
}
#: Zotero item type -> the field holding the publisher (`university` of a thesis, `institution` of a report).
PUBLISHERS = {"thesis": "university", "report": "institution"}
#: Gold CSL variable -> Zotero field, for the fields compared as text.
TEXT_FIELDS = {
    "title": "title",
    "publisher-place": "place",
    "volume": "volume",
    "issue": "issue",
    "URL": "url",
    "accessed": "accessDate",
    "language": "language",
}
#: A degree as a note or a thesis type states it, by degree: "硕士学位论文", "Master's Thesis"; "博士毕业论文", "PhD".
DEGREES = {"masters": re.compile(r"硕士|\bmaster", re.IGNORECASE), "doctoral": re.compile(r"博士|\bph\.?\s?d\b", re.I)}
#: What joins the parts of a name and no reader reads as a letter: spaces, commas, dashes ("Leif – Eric", "К.Н.").
NAME_JOINS = re.compile(r"[\s,\-‐‑–—]+")
#: CJK ideographs: a Chinese name is one name, never split into given and family name.
CJK = re.compile(r"[\u4e00-\u9fff]")
#: The dash of a page range, however written: "975-993", "975–993" (Zotero reads BibTeX's `--` as an en dash).
RANGE_DASH = re.compile(r"[-‐‑–—]+")
#: The year of a Zotero date: "2022", "2022-05-17", "May 17, 2022".
YEAR = re.compile(r"\d{4}")
#: A DOI line that Zotero writes into Extra for an item type without a DOI field: "DOI: 10.1093/ia/iiaa061".
EXTRA_DOI = re.compile(r"^DOI:\s*(\S+)", re.MULTILINE)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _why_not_set_up() -> str:
    """Why the translation-server cannot run here, or "" when it can."""
    if shutil.which("node") is None:
        return "node is not installed"
    for part in ("src/server.js", "node_modules/koa", "modules/translate/src", "modules/translators/RIS.js"):
        if not (SERVER / part).exists():
            return f"{SERVER / part} is missing"
    return ""


@pytest.fixture(scope="session")
def zotero(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[bytes], list[dict[str, Any]]]]:
    """`import_(data)`: the items Zotero's import translators make of an export file, started once a session."""
    if why := _why_not_set_up():
        pytest.skip(f"Zotero's translation-server cannot run ({why}; set CITE_ZOTERO_TRANSLATION_SERVER to a checkout)")
    port = _free_port()
    config = {"host": "127.0.0.1", "port": port}
    env = os.environ | {"NODE_CONFIG": json.dumps(config), "DEBUG_LEVEL": "0", "NODE_ENV": "production"}
    log = tmp_path_factory.mktemp("zotero-server") / "server.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(["node", "src/server.js"], cwd=SERVER, env=env, stdout=sink, stderr=sink)
    try:
        _wait_for(server, port, log)
        yield lambda data: _import(port, data)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(server: subprocess.Popen, port: int, log: Path) -> None:
    """Until the server accepts connections (it loads ~700 translators first)."""
    for _ in range(600):
        if server.poll() is not None:
            pytest.fail(f"translation-server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail("translation-server did not start in 120 s")


def _import(port: int, data: bytes) -> list[dict[str, Any]]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/import", data=data, headers={"Content-Type": "text/plain; charset=utf-8"}
    )
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())


@pytest.fixture(scope="session")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The seeds extracted into a fresh library with `cite extract`, then each `cite export` format, as bytes."""
    folder = tmp_path_factory.mktemp("zotero")
    env = os.environ | {"CITE_LIBRARY": str(folder / "library.sqlite")}
    cite = [sys.executable, "-m", "cite"]
    subprocess.run([*cite, "extract", str(SEEDS)], env=env, check=True, capture_output=True)
    out: dict[str, bytes] = {}
    for fmt in (*FORMATS, "jsonl"):
        run = subprocess.run([*cite, "export", "--format", fmt], env=env, check=True, capture_output=True)
        out[fmt] = run.stdout
    return out


@pytest.fixture(scope="session")
def sources(exports: dict[str, bytes]) -> list[dict[str, Any]]:
    """Each exported source in export order: cite's record, and `gold`, the gold references of its full mentions.

    Of the JSONL export only the key, the mentions (which notes cite the source) and each field's value are
    used; the last only to leave out a field the parser read differently from the gold.
    """
    gold = {(g["doc"], g["line"], g["label"]): g for g in GOLD}
    records = [json.loads(line) for line in exports["jsonl"].decode("utf-8").splitlines()]
    for record in records:
        mentioned = [(gold[(m["doc"], m["line"], m["label"])], m["ref_index"]) for m in record["mentions"]]
        record["gold"] = [g["references"][i] for g, i in mentioned if not {"short", "ibid"} & set(g["references"][i])]
        record["notes"] = [g["text"] for g, _ in mentioned]
        assert record["gold"], record["key"]  # every source has a full reference somewhere
    return records


@pytest.fixture(scope="session")
def imported(zotero: Callable, exports: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    """Format -> every item Zotero makes of that export (child notes included), in file order."""
    return {fmt: zotero(exports[fmt]) for fmt in FORMATS}


def _expected(source: dict[str, Any], field: str) -> list[Any]:
    """What the gold gives for `field` (every reading its full mentions give), [] when no gold mention has it."""
    return [g[field] for g in source["gold"] if field in g]


def _checked(source: dict[str, Any], field: str) -> bool:
    """False when cite's parse of `field` differs from every gold reading: a parse error, not an export loss."""
    expected = _expected(source, field)
    return source.get(field) in expected if expected else not source.get(field)


def _name(creator: dict[str, str]) -> str:
    """A creator as one text: Zotero's single-field `name`, or given and family name."""
    return creator.get("name") or " ".join(p for p in (creator.get("firstName"), creator.get("lastName")) if p)


def _same_name(written: str, creator: dict[str, str]) -> bool:
    """The gold name as written and Zotero's creator: a CJK name whole, in one field; others letter for letter.

    Given and family name may come in either order, and the spaces and dashes between parts may differ: the
    BibTeX export writes "Leif – Eric" as "Leif-Eric" and "К.Н." as "К. Н." for BibTeX's initials.
    """
    if CJK.search(written):
        return creator.get("name") == written
    letters = NAME_JOINS.sub("", written)
    given, family = creator.get("firstName", ""), creator.get("lastName") or creator.get("name", "")
    return letters in (NAME_JOINS.sub("", given + family), NAME_JOINS.sub("", family + given))


def _degrees(text: str) -> set[str]:
    return {degree for degree, words in DEGREES.items() if words.search(text)}


def _held(item: dict[str, Any]) -> dict[str, Any]:
    """Gold CSL variable -> what the Zotero item holds for it (None: nothing)."""
    kind = item["itemType"]
    extra_doi = EXTRA_DOI.search(item.get("extra", ""))
    year = YEAR.search(item.get("date", ""))
    fields = {var: item.get(field) for var, field in TEXT_FIELDS.items()}
    return {k: v or None for k, v in fields.items()} | {
        "container-title": item.get(CONTAINERS.get(kind, "series")) or None,
        "publisher": item.get(PUBLISHERS.get(kind, "publisher")) or None,
        "page": RANGE_DASH.sub("-", item["pages"]) if item.get("pages") else None,
        "DOI": item.get("DOI") or (extra_doi and extra_doi[1]),
        "year": year and year[0],
    }


def _losses(fmt: str, source: dict[str, Any], item: dict[str, Any], notes: list[dict[str, Any]]) -> dict[str, Any]:
    """Check -> (expected, what Zotero has) for every check the item fails."""
    lost: dict[str, Any] = {}
    kind = _expected(source, "type")[0]
    if notes:
        lost["child note"] = ("none", [n["note"] for n in notes])
    if _checked(source, "type") and item["itemType"] != ITEM_TYPES[kind]:
        lost["type"] = (ITEM_TYPES[kind], item["itemType"])
    for var, got in _held(item).items():
        expected = _expected(source, var)
        if var == "page":
            expected = [RANGE_DASH.sub("-", page) for page in expected]
        elif var == "language" and fmt == "biblatex":
            expected = [BABEL_NAMES[code] for code in expected]
        elif var == "title" and not expected:
            continue  # an untitled web page is exported with its site's name as title (with a warning)
        if _checked(source, var) and got not in (expected or [None]):
            lost[var] = (expected, got)
    for role in ("author", "editor", "translator"):
        creators = [c for c in item["creators"] if c["creatorType"] == role]
        written = _expected(source, role)
        if _checked(source, role) and not any(
            len(names) == len(creators) and all(map(_same_name, names, creators)) for names in written or [[]]
        ):
            lost[role] = (written, [_name(c) for c in creators])
    for cited_page in ("numPages", "journalAbbreviation"):  # only a pinpoint, or the journal again, could be there
        if item.get(cited_page):
            lost[cited_page] = (None, item[cited_page])
    if extra := EXTRA_DOI.sub("", item.get("extra", "")).strip():
        lost["extra"] = (None, extra)  # a field Zotero had nowhere to put ("Published: …")
    stated = _degrees(" ".join(source["notes"]))  # the note's words: "硕士学位论文", "博士毕业论文"
    if kind == "thesis" and stated != _degrees(item.get("thesisType", "")):
        lost["thesis type"] = (stated, item.get("thesisType"))
    cannot = ZOTERO_CANNOT[fmt]
    return {check: v for check, v in lost.items() if not {(kind, check), (source["key"], check)} & cannot}


def zotero_losses(fmt: str, sources: list[dict[str, Any]], items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Source key -> its losses, for one format's import; `one item per source` when the items do not pair up."""
    tops = [item for item in items if item["itemType"] != "note"]
    if len(tops) != len(sources):
        return {"*": {"one item per source": (len(sources), len(tops))}}
    notes = [item for item in items if item["itemType"] == "note"]
    out = {}
    for source, item in zip(sources, tops, strict=True):
        children = [n for n in notes if n.get("parentItem") == item["key"]]
        if lost := _losses(fmt, source, item, children):
            out[source["key"]] = lost
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_zotero_imports_each_source_whole(
    fmt: str, sources: list[dict[str, Any]], imported: dict[str, list[dict[str, Any]]]
) -> None:
    assert zotero_losses(fmt, sources, imported[fmt]) == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_zotero_imports_each_kind_of_reference_whole(fmt: str, zotero: Callable) -> None:
    """The hand-built samples, one per kind of reference (newspaper, conference paper, organisation, specials)."""
    written = [
        {"key": s.key, **s.reference.csl(), "gold": [s.reference.csl()], "notes": [s.reference.raw]} for s in SOURCES
    ]
    assert zotero_losses(fmt, written, zotero(WRITERS[fmt](SOURCES).encode("utf-8"))) == {}
