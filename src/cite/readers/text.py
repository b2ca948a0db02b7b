"""Plain text and Markdown: detect the encoding, normalise line endings, split into lines.

UTF-8 is tried strictly first (it is what almost every file is, and a strict decode never lies);
byte-order marks decide UTF-8-SIG/UTF-16/UTF-32; anything else goes to charset-normalizer, which
tells GB18030/GBK (as Chinese Windows tools write them) from the other legacy code pages.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import charset_normalizer
import regex

from cite.model import Document
from cite.readers.errors import ReadError

#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Encodings charset-normalizer reports for Chinese text; GB18030 is their superset, so decode with it.
CHINESE_LEGACY = {"gbk", "gb2312", "gb18030", "hz", "cp936"}

#: Any line ending: "\r\n", lone "\r", or the Unicode line/paragraph separators.
LINE_BREAK = regex.compile(r"\r\n?|[\u2028\u2029]")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise ValueError when no encoding fits."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        # too short for statistics: GB18030 is the legacy encoding our users' tools write
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise ValueError("unknown encoding (not UTF-8, UTF-16 or a recognised legacy code page)") from None
    name = "gb18030" if best.encoding.lower().replace("_", "") in CHINESE_LEGACY else best.encoding
    return data.decode(name), name


def read(path: Path) -> Document:
    """Read a text file into a Document."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(f"{path}: cannot read: {err.strerror or err}") from err
    return from_bytes(data, str(path), path.name)


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Decode bytes (a file's or standard input's) into a Document."""
    try:
        text, encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as err:
        raise ReadError(f"{path}: {err}") from err
    text = LINE_BREAK.sub("\n", text.lstrip("\ufeff"))
    return Document(path=path, name=name, lines=tuple(text.split("\n")), encoding=encoding)
