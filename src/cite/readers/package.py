"""Untrusted zip packages (.docx, .odt, .epub) and the XML inside them, read safely.

Zip members are read only up to a size limit and a compression ratio (a zip bomb packs gigabytes into
kilobytes), and the whole package has a budget. XML is parsed by lxml with entities left unresolved,
no network and no DTD loading, and a document that declares a DTD at all is refused: no Office or
OpenDocument part has one, and it is how billion-laughs and external-entity (XXE) attacks come in.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from cite.readers.errors import ReadError

#: Largest member we unpack, and largest total over one package (bytes).
MEMBER_LIMIT = 64 * 1024 * 1024
PACKAGE_LIMIT = 256 * 1024 * 1024
#: Largest uncompressed/compressed ratio of a member; real XML parts compress 5-20 times.
RATIO_LIMIT = 200
#: Members smaller than this are never refused for their ratio (a run of spaces compresses well).
SMALL_MEMBER = 1024 * 1024

XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False, recover=False
)


class Package:
    """A zip package opened from bytes, its members read under the limits."""

    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            raise ReadError(f"{path}: damaged file: not a readable zip package ({err})") from err
        self.names = {info.filename for info in self.zip.infolist()}
        self.unpacked = 0

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """A member's bytes, or ReadError if it is missing, damaged or too large for what it packs."""
        try:
            info = self.zip.getinfo(name)
        except KeyError as err:
            raise ReadError(f"{self.path}: damaged file: part {name} is missing") from err
        if info.file_size > MEMBER_LIMIT:
            raise ReadError(f"{self.path}: part {name} is too large ({info.file_size} bytes unpacked)")
        if info.file_size > SMALL_MEMBER and info.file_size > RATIO_LIMIT * max(info.compress_size, 1):
            raise ReadError(
                f"{self.path}: part {name} unpacks {info.file_size // max(info.compress_size, 1)} times "
                "its packed size: refused as a zip bomb"
            )
        try:
            with self.zip.open(info) as member:
                data = member.read(MEMBER_LIMIT + 1)  # the header's size may lie: never read past the limit
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as err:
            raise ReadError(f"{self.path}: damaged file: part {name} cannot be unpacked ({err})") from err
        self.unpacked += len(data)
        if len(data) > MEMBER_LIMIT or self.unpacked > PACKAGE_LIMIT:
            raise ReadError(f"{self.path}: part {name} is too large: refused as a zip bomb")
        return data

    def xml(self, name: str) -> etree._Element:
        """A member parsed as XML (see `parse_xml`)."""
        return parse_xml(self.read(name), f"{self.path}: part {name}")


def parse_xml(data: bytes, where: str) -> etree._Element:
    """Parse untrusted XML: no DTD, no entities, no network; ReadError when it is not well-formed."""
    if b"<!DOCTYPE" in data:  # XML keywords are case-sensitive; entities can only be declared in a DTD
        raise ReadError(f"{where}: declares a DTD or entities, which no document part has: refused")
    try:
        return etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError as err:
        raise ReadError(f"{where}: damaged XML ({err})") from err
