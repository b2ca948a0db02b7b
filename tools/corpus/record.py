"""One labelled reference string in the corpus format (tools/corpus/README.md, CORPUS_FORMAT).

Every source (AnyStyle, GROBID, CSL renderings) hands over a list of segments: pieces of text, each with
the field it belongs to (or none: "other") and whether it was printed in italics. `build_record` joins
them, collapses whitespace, trims every field to the characters that are the field itself (brackets,
quotes, "pp.", "In", "(Ed.)", the closing full stop go to "other") and checks the span invariants.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import regex

LABELS = frozenset(
    "citation-number author editor translator title container-title collection-title edition publisher "
    "publisher-place date volume issue page locator genre url doi accessed note ibid".split()
)

# a character that belongs to a word that may not be cut: letters and digits of spaced scripts
# (Latin, Cyrillic, Greek ...), not Han or kana, where any character boundary is a word boundary.
WORD_CHAR = regex.compile(r"[\p{L}\p{N}](?<![\p{Han}\p{Hiragana}\p{Katakana}])")
WHITESPACE_RUN = re.compile(r"\s+")
# a Han, kana or Cyrillic character, to tell the language of real references by script
HAN = regex.compile(r"\p{Han}")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
CYRILLIC = regex.compile(r"\p{Cyrillic}")
KAZAKH_LETTER = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
LATIN = regex.compile(r"\p{Latin}")
HANGUL = regex.compile(r"\p{Hangul}")

# Role and prefix words that the styles print around a field but are not the field: "In:", "Vol.", "pp.",
# "edited by", "(Eds.)", "2nd ed." -> only "2nd" is the edition. Matched at the field's edges only.
LEADING_WORDS = {
    "editor": re.compile(r"^(?:in:?|ed(?:ited|\.)? by|eds?\.|hrsg\. v(?:on|\.)|hg\. v\.|под ред(?:\.|акцией)|ред\.|编)\s+", re.I),
    "translator": re.compile(r"^(?:trans(?:lated|\.)?(?: by)?|tr\.|übers\. v(?:on|\.)|пер(?:\.|евод)(?: с \w+\.?)?|译)\s+", re.I),
    "container-title": re.compile(r"^(?:in:?|в:?|в кн\.:?|//)\s+", re.I),
    "volume": re.compile(r"^(?:volume|vols?\.?|bd\.|т\.|том|tome|t\.)\s*(?=\d|[IVXLC]+\b)", re.I),
    "issue": re.compile(r"^(?:issue|iss\.|no\.?|nr\.?|№|вып\.|heft|h\.)\s*(?=\d)", re.I),
    "page": re.compile(r"^(?:pages?|pp?\.?|[sс]\.)\s*(?=\d|[ivxlc]+\b)", re.I),
    "locator": re.compile(r"^(?:pp?\.|[sс]\.)\s*(?=\d)", re.I),
    "doi": re.compile(r"^(?:doi\s*:\s*|https?://(?:dx\.)?doi\.org/)", re.I),
    "accessed": re.compile(
        r"(?:accessed|retrieved|viewed|cited|consulted|consulté(?: le)?|consultado(?: el| en)?|accedido(?: el)?|abgerufen(?: am)?"
        r"|zugriff(?: am)?|visitato(?: il)?|dostęp|доступ|дата обращения|обращения|访问日期|引用日期)[:\s]+(?:on\s+)?",
        re.I,
    ),
}
TRAILING_WORDS = {
    "editor": re.compile(r"[\s,]+\(?(?:eds?|hrsg|hg|éds?|dir|ред|編|编|主编)\.?\)?$", re.I),
    "translator": re.compile(r"[\s,]+\(?(?:trans|tr|transl|übers|пер|译|訳)\.?\)?$", re.I),
    "edition": re.compile(r"[\s,]+(?:ed\.?|edn\.?|edition|aufl\.|изд\.?|éd\.|版)$", re.I),
}
# Punctuation that is never part of a field at its edges (the full stop is decided by KEEP_FULL_STOP).
EDGE_PUNCTUATION = " ,;:/·•"
OPENERS = "([{“‘«「『《〈〔【\"'"
CLOSERS = ")]}”’»」』》〉〕】\"'"
QUOTE_PAIRS = frozenset({("“", "”"), ("‘", "’"), ("«", "»"), ("»", "«"), ("„", "“"), ("„", "”"), ("‚", "‘"),
                         ("「", "」"), ("『", "』"), ('"', '"'), ("'", "'"), ("‹", "›")})
NUMERIC_FIELDS = frozenset({"date", "accessed", "volume", "issue", "page", "locator", "edition"})
PAIRS = dict(zip("([{“‘«「『《〈〔【", ")]}”’»」』》〉〕】", strict=True))
# a field's closing full stop belongs to it when it ends an abbreviation: an initial ("Lee, K."), "et al.",
# "Inc.", or a word of an abbreviated journal or publisher ("J. Am. Chem. Soc.": the field has other "Xx. " words)
ABBREVIATION_END = re.compile(
    r"(?:\b\w|\bet al|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bros|Univ|Dept|Assoc|Soc|Acad|Inst|Natl|Int|Proc|Conf|Rev|Lett|Phys|Chem|Sci|Res|Bull|Trans"
    r"|Ann|Ser|diss|Diss|eds?|Hrsg|etc|др|ред|изд|гос|наук|ун-та))\.$"
)
ABBREVIATED_WORD = re.compile(r"\b\w{1,6}\. ")
ABBREVIATED_FIELDS = frozenset({"container-title", "collection-title", "publisher"})


@dataclass(frozen=True)
class Segment:
    """A piece of a reference as printed: its text, its field's label (None: other), whether it is italic,
    and which field it is part of (pieces with the same `field` number are one field; None: its own)."""

    text: str
    label: str | None = None
    italic: bool = False
    field: int | None = None


class RecordError(ValueError):
    """A reference that cannot be written in the corpus format (a span would cut a word, say)."""


def script_lang(text: str) -> str:
    """The language of a real reference as far as its script tells ('' for Latin script, Korean: not ours)."""
    if HANGUL.search(text):
        return ""
    if KANA.search(text):
        return "ja"
    han, cyrillic, latin = (len(p.findall(text)) for p in (HAN, CYRILLIC, LATIN))
    if han and (cyrillic or latin > 3 * han):
        return "mixed"
    if han:
        return "zh"
    if cyrillic and latin > cyrillic:
        return "mixed"
    if cyrillic:
        return "kk" if KAZAKH_LETTER.search(text) else "ru"
    return ""


def _trim_light(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Shrink [start, end) of a field whose edges are exact by construction (CSL renderings) by what a
    style can still put inside them: edge spaces, a leading ". " or ", " and a trailing ",;:" (a date-part's
    affixes), the quotes around a title (“Title”, „Titel“, « Titre », with a comma or full stop citeproc
    moved inside them), the brackets of a date-part ("(1989)"), a full stop after a number ("1991."), and
    words like "consulté le" before an access date. A field with no letter or digit is dropped."""
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in ".,;:"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if end - start > 2 and (text[start], text[end - 1]) in QUOTE_PAIRS and text[end - 1] not in text[start + 1 : end - 1]:
            start, end = start + 1, end - 1
            if end - start > 1 and text[end - 1] in ",.":
                end -= 1
        elif label in NUMERIC_FIELDS and end - start > 2 and text[start] in "([" and _wraps(text[start:end]):
            start, end = start + 1, end - 1
        if end - start > 1 and text[end - 1] == "." and text[end - 2].isdigit():
            end -= 1
        if label == "accessed" and (m := LEADING_WORDS["accessed"].match(text, start, end)) and m.end() < end:
            start = m.end()
        if (start, end) == before:
            break
    if not any(c.isalnum() for c in text[start:end]):
        return start, start
    return start, end


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Shrink [start, end) to the field itself: no edge spaces, brackets, quotes or role words."""
    while True:
        before = (start, end)
        while start < end and (text[start] in EDGE_PUNCTUATION or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in EDGE_PUNCTUATION or text[end - 1].isspace()):
            end -= 1
        if label == "citation-number":  # "[3]" and "3." are the citation number as printed
            return start, end
        piece = text[start:end]
        if (lead := LEADING_WORDS.get(label)) and (m := lead.match(piece)) and m.end() < len(piece):
            start += m.end()
        if (trail := TRAILING_WORDS.get(label)) and (m := trail.search(text[start:end])) and m.start() > 0:
            end = start + m.start()
        # unbalanced brackets/quotes at the edges: "(2011)." -> "2011"; "(Vol. 3" -> "3"
        if start < end and text[start] in OPENERS and not _closes(text[start:end], text[start]):
            start += 1
        if start < end and text[end - 1] in CLOSERS and not _opens(text[start:end], text[end - 1]):
            end -= 1
        if start < end and text[start] in OPENERS and _wraps(text[start:end]):
            start, end = start + 1, end - 1
        if end > start and text[end - 1] == "." and not _keeps_full_stop(text[start:end], label):
            end -= 1
        if (start, end) == before:
            return start, end


def _closes(piece: str, opener: str) -> bool:
    closer = PAIRS.get(opener, opener)
    return closer in piece[1:]


def _opens(piece: str, closer: str) -> bool:
    openers = [o for o, c in PAIRS.items() if c == closer] or [closer]
    return any(o in piece[:-1] for o in openers)


def _wraps(piece: str) -> bool:
    """The whole piece is inside one pair of brackets or quotes: "“Title”" or "(2001)"."""
    closer = PAIRS.get(piece[0], piece[0])
    return len(piece) > 2 and piece[-1] == closer and closer not in piece[1:-1] and piece[0] not in piece[1:-1]


def _keeps_full_stop(piece: str, label: str) -> bool:
    if ABBREVIATION_END.search(piece):
        return True
    return label in ABBREVIATED_FIELDS and bool(ABBREVIATED_WORD.search(piece))


def build_record(
    segments: list[Segment], *, id: str, source: str, style: str, form: str, lang: str | None = None, trim: str = "full"
) -> dict:
    """The corpus record of a reference printed as `segments` (lang: by script when not given).

    trim="full" cuts hand-tagged fields down to the field (real data); trim="light" only takes off what
    a style may print inside a field it fences (CSL renderings, see _trim_light)."""
    chars: list[str] = []
    fields: list[object] = []  # per character: its field (segment index or field number), -1 for other
    label_of: dict[object, str] = {}
    italic: list[bool] = []
    for index, seg in enumerate(segments):
        if seg.label is not None and seg.label not in LABELS:
            raise RecordError(f"unknown label {seg.label!r}")
        field = ("field", seg.field) if seg.field is not None else index
        if seg.label:
            label_of[field] = seg.label
        chars.extend(seg.text)
        fields.extend([field if seg.label else -1] * len(seg.text))
        italic.extend([seg.italic] * len(seg.text))
    # collapse whitespace: a run becomes one space (kept with the field it is inside of, else other)
    text_chars: list[str] = []
    kept: list[int] = []
    i = 0
    while i < len(chars):
        if chars[i].isspace():
            j = i
            while j < len(chars) and chars[j].isspace():
                j += 1
            if text_chars and j < len(chars):
                text_chars.append(" ")
                kept.append(i)  # labelled like its first character; a field's edge spaces are trimmed later
            i = j
        else:
            text_chars.append(chars[i])
            kept.append(i)
            i += 1
    text = "".join(text_chars)
    char_field = [fields[k] if k >= 0 else -1 for k in kept]
    char_italic = [italic[k] if k >= 0 else False for k in kept]
    spans = []
    for start, end, field in _runs(char_field):
        if field == -1:
            continue
        label = label_of[field]
        start, end = _trim(text, start, end, label) if trim == "full" else _trim_light(text, start, end, label)
        if start < end:
            spans.append([start, end, label])
    italics = [[s, e] for s, e, on in _runs(char_italic) if on and text[s:e].strip()]
    record = {
        "id": id,
        "source": source,
        "style": style,
        "form": form,
        "lang": script_lang(text) if lang is None else lang,
        "text": text,
        "italic": italics,
        "spans": spans,
    }
    check_record(record)
    return record


def _runs(values: list) -> list[tuple[int, int, object]]:
    runs, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            runs.append((start, i, values[start]))
            start = i
    return runs


def cuts_word(text: str, at: int) -> bool:
    """True when offset `at` falls inside a word of a spaced script ("Smi|th"), never between Han characters."""
    return 0 < at < len(text) and bool(WORD_CHAR.match(text[at - 1])) and bool(WORD_CHAR.match(text[at]))


def check_record(record: dict) -> None:
    """Raise RecordError unless the record keeps the invariants of the corpus format."""
    text = record["text"]
    if not text or text != WHITESPACE_RUN.sub(" ", text).strip():
        raise RecordError("text is empty or its whitespace is not collapsed")
    last_end = 0
    for start, end, label in record["spans"]:
        if label not in LABELS or not 0 <= last_end <= start < end <= len(text):
            raise RecordError(f"bad span {[start, end, label]} in {text!r}")
        if cuts_word(text, start) or cuts_word(text, end):
            raise RecordError(f"span {label} {text[start:end]!r} cuts a word in {text!r}")
        last_end = end
    for start, end in record["italic"]:
        if not 0 <= start < end <= len(text):
            raise RecordError(f"bad italic range {[start, end]}")


def write_jsonl(path, records) -> int:
    """Write records one JSON object a line; return how many."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
