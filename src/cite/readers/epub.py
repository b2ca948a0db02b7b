"""EPUB: the XHTML documents of the spine, in reading order, read as one HTML page (see `readers.html`), with
the book's style sheets (LibreOffice sets italics by class there).

Notes and their marks may stand in different documents (`<a href="ch002.xhtml#fn1">`): marks are linked
by the fragment, across the book.
"""

from __future__ import annotations

import posixpath

from lxml import etree

from cite.model import Document
from cite.readers import html
from cite.readers.errors import ReadError
from cite.readers.package import Package

CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"


def from_bytes(data: bytes, path: str, name: str) -> Document:
    """Read the package in `data`."""
    return read(Package(data, path), path, name)


def read(package: Package, path: str, name: str) -> Document:
    opf_path = _package_document(package)
    opf = package.xml(opf_path)
    folder = posixpath.dirname(opf_path)
    manifest = {item.get("id"): item for item in opf.iter(OPF + "item")}
    pages: list[tuple[str, etree._Element]] = []
    for itemref in opf.iter(OPF + "itemref"):
        item = manifest.get(itemref.get("idref"))
        if item is None or "html" not in (item.get("media-type") or ""):
            continue
        member = posixpath.normpath(posixpath.join(folder, item.get("href", "")))
        if package.has(member):
            pages.append((member, html.parse(package.read(member), f"{path}: {member}")))
    sheets = tuple(
        package.read(member).decode("utf-8", "replace")
        for item in manifest.values()
        if item.get("media-type") == "text/css"
        and package.has(member := posixpath.normpath(posixpath.join(folder, item.get("href", ""))))
    )
    return html.read_pages(pages, path, name, sheets)


def _package_document(package: Package) -> str:
    container = package.xml("META-INF/container.xml")
    rootfile = container.find(f"{CONTAINER}rootfiles/{CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise ReadError(f"{package.path}: damaged EPUB: META-INF/container.xml names no package document")
    return rootfile.get("full-path")
