"""Readers: turn a file into a `Document`, one module per input format, the format told by the content.

A file's first bytes decide (a zip package's parts, a PDF or OLE signature, `<html`); the extension only
breaks ties between text formats (.md is Markdown) and names formats we recognise but cannot read.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from lxml import etree

from cite.model import Document
from cite.readers import docx, epub, html, markdown, odt, text
from cite.readers.errors import NotFollowed, ReadError

__all__ = ["FORMATS", "NotFollowed", "ReadError", "expand", "from_bytes", "read", "sniff"]

#: A reader: a file's bytes, its path and its name (for messages and `Document.name`) -> Document, or ReadError.
Reader = Callable[[bytes, str, str], Document]

#: Format name -> its reader.
FORMATS: dict[str, Reader] = {
    "text": text.from_bytes,
    "markdown": markdown.from_bytes,
    "html": html.from_bytes,
    "docx": docx.from_bytes,
    "odt": odt.from_bytes,
    "epub": epub.from_bytes,
}

#: Formats recognised but not read, with what to do instead.
UNSUPPORTED = {
    "doc": "legacy Word .doc (or a password-protected Office file): open it in Word or WPS and 'Save as .docx' "
    "(without a password)",
    "caj": "CNKI CAJ/KDH/NH file: download the article's PDF from CNKI instead, or open it in CAJViewer and "
    "print it to PDF",
    "rtf": "RTF document: open it in Word, WPS or LibreOffice and 'Save as .docx'",
    "mhtml": "single-file web page (.mht/.mhtml): open it in a browser or Word and save it as HTML or .docx",
    "pdf": "PDF: not read yet",
    "office": "an Office package that is not a Word document (a spreadsheet or presentation)",
    "zip": "a zip archive: unpack it and run cite on the folder",
    "binary": "binary data, not a document format cite reads",
}

#: Extensions a directory is searched for: formats we read and formats we name as unsupported.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".odt": "odt",
    ".epub": "epub",
    ".pdf": "pdf",
    ".doc": "doc",
    ".dot": "doc",
    ".wps": "doc",
    ".caj": "caj",
    ".kdh": "caj",
    ".nh": "caj",
    ".rtf": "rtf",
    ".mht": "mhtml",
    ".mhtml": "mhtml",
    ".zip": "zip",
}

#: Signatures of binary formats: OLE2 compound files (.doc, .wps, encrypted .docx), CAJ/KDH, RTF, images, archives.
SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
    (b"%PDF", "pdf"),
    (b"CAJ", "caj"),
    (b"KDH ", "caj"),
    (b"HN", "caj"),
    (b"{\\rtf", "rtf"),
    (b"MIME-Version:", "mhtml"),
    (b"\x89PNG", "binary"),
    (b"\xff\xd8\xff", "binary"),
    (b"GIF8", "binary"),
    (b"\x1f\x8b", "binary"),
    (b"7z\xbc\xaf", "binary"),
    (b"Rar!", "binary"),
)
#: Mimetypes an OpenDocument/EPUB package names in its first member.
PACKAGE_MIMETYPES = {b"application/vnd.oasis.opendocument.text": "odt", b"application/epub+zip": "epub"}
#: How an HTML file starts, after a byte-order mark and white space: "<!DOCTYPE html", "<html", "<?xml …><html".
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<!--")


def sniff(data: bytes, suffix: str) -> str:
    """The format of a file from its first bytes (and its extension where the bytes do not tell)."""
    by_extension = EXTENSIONS.get(suffix.lower(), "text")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _package_format(data, by_extension)
    for signature, name in SIGNATURES:
        if data.startswith(signature) and (name != "caj" or by_extension == "caj" or b"\x00" in data[:64]):
            return name
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(HTML_STARTS) and (b"<html" in head or b"<body" in head or by_extension == "html"):
        return "html"
    if by_extension in ("docx", "odt", "epub"):
        return by_extension  # not a zip at all: the reader reports the damaged package
    return by_extension if by_extension in FORMATS or by_extension in UNSUPPORTED else "text"


def _package_format(data: bytes, by_extension: str) -> str:
    """Which zip package this is, from its parts; a damaged one is left to the reader its extension names."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100].strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return by_extension if by_extension in ("docx", "odt", "epub") else "zip"
    if mimetype in PACKAGE_MIMETYPES:
        return PACKAGE_MIMETYPES[mimetype]
    if any(name.startswith("word/") for name in names):
        return "docx"
    if mimetype.startswith(b"application/vnd.oasis") or any(n.startswith(("xl/", "ppt/")) for n in names):
        return "office"
    return "zip"


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """A Document from a file's (or standard input's) bytes, read by the reader its content calls for."""
    kind = sniff(data, Path(name).suffix)
    if kind in UNSUPPORTED:
        raise ReadError(f"{path}: format not supported: {UNSUPPORTED[kind]}")
    try:
        return FORMATS[kind](data, path, name)
    except ReadError:
        raise
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError, IndexError, TypeError) as err:
        raise ReadError(f"{path}: damaged {kind} file ({type(err).__name__}: {err})") from err


def expand(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Files to read: each path as given, and in each directory every entry with a document extension (read
    or named as unsupported), recursively, sorted by path. Entries that are not regular files (a FIFO, a
    broken link) are kept so that reading them reports them instead of skipping them silently; a sub-folder
    that cannot be listed, or a symbolic link to a folder (not followed: it could loop), is a `ReadError` in
    its place."""
    for path in paths:
        try:
            is_dir = path.is_dir()
        except OSError as err:
            yield ReadError(f"{path}: cannot read: {err.strerror or err}")
            continue
        if is_dir:
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path | ReadError]:
    """A folder's readable files and problems, sorted by path (`os.scandir` order is the file system's)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield ReadError(f"{folder}: cannot read folder: {err.strerror or err}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_symlink() and entry.is_dir():
                yield NotFollowed(
                    f"{path}: symbolic link to a folder, not followed (name it as an argument to read it)"
                )
            elif path.suffix.lower() in EXTENSIONS:
                yield path
        except OSError as err:
            yield ReadError(f"{path}: cannot read: {err.strerror or err}")


def read(path: Path) -> Document:
    """Read one file with the reader its content calls for."""
    return from_bytes(text.file_bytes(path), str(path), path.name)
