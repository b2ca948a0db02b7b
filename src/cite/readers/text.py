"""Plain text and Markdown: detect the encoding, normalise line endings, split into lines.

UTF-8 is tried strictly first (it is what almost every file is, and a strict decode never lies);
byte-order marks decide UTF-8-SIG/UTF-16/UTF-32; anything else goes to charset-normalizer, which
tells GB18030/GBK (as Chinese Windows tools write them) from the other legacy code pages.
"""

from __future__ import annotations

import codecs
from pathlib import Path

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
    if name := _utf16_without_bom(data):
        return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for files that are not UTF-8 (slow to import, rarely needed)

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        # no statistics fit: Chinese UTF-16 without a mark, or a short GB18030 text (what our users' tools write)
        for name in ("utf-16-le", "utf-16-be", "gb18030"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if name == "gb18030" or _plausible(text):
                return text, name
        raise ValueError("unknown encoding (not UTF-8, UTF-16 or a recognised legacy code page)")
    name = "gb18030" if best.encoding.lower().replace("_", "") in CHINESE_LEGACY else codecs.lookup(best.encoding).name
    return data.decode(name), name


#: Characters a real text is made of: letters and digits of any script, punctuation, spaces and line breaks.
TEXT_CHARACTER = regex.compile(r"[\p{L}\p{N}\p{P}\p{Zs}\n\r\t]")


def _plausible(text: str) -> bool:
    """Whether a decoding reads as text: nearly every character a letter, digit, punctuation or space, and
    line breaks where a document has them (UTF-16 read with the wrong byte order gives neither)."""
    sample = text[:2000]
    return (
        bool(sample)
        and len(TEXT_CHARACTER.findall(sample)) / len(sample) > 0.97
        and ("\n" in sample or len(sample) < 200)
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its zero bytes: mostly-ASCII text in UTF-16-LE has a zero in
    nearly every odd byte (big-endian: every even byte), which no UTF-8 or legacy text has."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd_zeros = sample[1::2].count(0) / (len(sample) // 2)
    even_zeros = sample[0::2].count(0) / (len(sample) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def file_bytes(path: Path) -> bytes:
    """A file's bytes; anything but a regular file is refused, never waited on."""
    try:
        if not path.is_file():
            reason = "not a regular file (a FIFO, device or directory)" if path.exists() else "no such file"
            raise ReadError(f"{path}: cannot read: {reason}")
        return path.read_bytes()
    except OSError as err:
        raise ReadError(f"{path}: cannot read: {err.strerror or err}") from err


#: A file with at most this many invalid UTF-8 sequences, or this share of its bytes, is read as UTF-8 with
#: them replaced: a text cut or patched by another tool, not a binary file (which has them everywhere).
FEW_BAD_SEQUENCES, FEW_BAD_SHARE = 8, 0.01


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Decode bytes (a file's or standard input's) into a Document. UTF-8 with a few bad bytes (a file cut or
    patched by another tool) is read with them replaced and a warning, so its notes are not lost."""
    warnings: tuple[str, ...] = ()
    try:
        text, encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as err:
        text, encoding = data.decode("utf-8", errors="replace"), "utf-8"
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        if bad > max(FEW_BAD_SEQUENCES, FEW_BAD_SHARE * len(data)):
            raise ReadError(f"{path}: {err}") from err
        warnings = (f"{path}: {bad} invalid UTF-8 sequence(s) replaced by U+FFFD",)
    text = LINE_BREAK.sub("\n", text.lstrip("\ufeff"))
    return Document(path=path, name=name, lines=tuple(text.split("\n")), encoding=encoding, warnings=warnings)
