"""Citation or comment: a funding statement or author biography cites nothing."""

from __future__ import annotations

import regex

from cite.refs.styles import archive, gost, repeat

#: A funding or acknowledgement statement: "本文系国家社科基金项目…的阶段性成果", "This work was supported by".
FUNDING = regex.compile(
    r"本文(?:系|为|是)|基金|资助|阶段性成果|感谢|致谢|This (?:work|research|article|paper|study) (?:was|is) "
    r"(?:supported|funded)|grant (?:no|number)|acknowledg|Исследование выполнено|при поддержке",
    regex.IGNORECASE,
)
#: An author biography: "马燕宁，浙江财经大学…助理研究员", "X is Professor of …".
BIOGRAPHY = regex.compile(
    r"^[\p{Han}·]{2,8}[，,]\s*\p{Han}*(?:大学|学院|研究院|研究所|研究中心|中心)\p{Han}*(?:研究员|教授|讲师|博士|硕士|学者|主任)|"
    r"\b(?:is|was) (?:a |an |the )?(?:professor|lecturer|researcher|research fellow|PhD|doctoral|senior fellow)",
    regex.IGNORECASE,
)
#: Anything that marks a cited source (a place and publisher too: "London: Routledge, 2018"): a URL, a title mark, a publisher, a volume, a page (German "S. 87"), an editor's "Hrsg.", an Ibid.,
#: a GB/T back-reference after a lead-in ("俄方观点参见 同3: 110");
#: OSCOLA's cross-reference to an earlier note "(n 3)", a case's report ("v Stevenson [1932]", "347 U.S. 483 (1954)"),
#: a statute ("Human Rights Act 1998").
#: The place is a word of at most 40 letters from its start, so a long run of letters is read once, not once per letter.
CITATION_CUE = regex.compile(
    r"https?://|www\.|doi|《|》|出版社|Press|Publish|载|\bVol\.|\bvol\.|\bNo\.|\bpp?\.\s*\d|第\s*\d+\s*[页期卷]|"
    r"(?<![\p{L}.])S\.\s*\d|\bHrsg\.|\(Hg\.\)|"
    r"\[[A-Z]{1,2}(?:/OL)?\]|\bIbid\b|同上|前引|op\.\s*cit|Там же|“[^“”]{3,300}[,.]”|‘[^‘’]{3,300}[,.]’|"
    r"^同\s*\d+|(?:参见|见)\s*同\s*\d{1,3}\s*[:：]\s*\d|\(n\s*\d+\)|\sv\.?\s[^\[\]]{1,120}?[\[(](?:1[5-9]|20)\d\d[\])]|\bAct\s(?:1[5-9]|20)\d\d\b|"
    r"\d{1,4}\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*\s\d+(?:,\s*\d+)?\s\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)|\((?:[^()]*\s)?(?:19|20)\d\d\)|学位论文|thesis|dissertation|"
    r"\b(?:19|20)\d\d\b.{0,200}\b(?:University|Institute|Journal|Review)|//|"
    r"(?<![\p{L}.])[\p{Lu}\p{Han}][\p{L}.]{1,40}(?:,\s*[A-Z]{2})?\s*[:：]\s*[^,，:：]{2,60}[,，]\s*(?:1[5-9]|20)\d\d",
    regex.IGNORECASE,
)
#: A quoted title with the mark after its closing quote: "“Title”, Journal", "«Название», М.", "‘Georgia’, p. 512" —
#: a cue only beside a digit (a year, a page), as prose quotes terms that way too ("the terms “Central Asia”,
#: “Inner Asia” and …").
QUOTED_THEN_MARK = regex.compile(r"[“\"«‘][^“”\"«»]{3,300}[”\"»’]\s*[,.，。(]")
#: A digit, which QUOTED_THEN_MARK needs.
DIGIT = regex.compile(r"\d")
#: A title in italics (Markdown emphasis, as notes carry it): "*Central Asia*", "_Steppe_", "*1917*"; not a word in
#: a small letter, a term of another language or an emphasis in prose ("the *aul*", "_not_").
ITALIC_TITLE = regex.compile(r"\*[\p{Lu}\p{Lt}\d][^*]*\*|(?<!\w)_[\p{Lu}\p{Lt}\d][^_]*_")
#: A source cited inside a funding statement or biography: "https://…", "参见", "See ", "出版社", "Vol.",
#: "《书名》，载" (a title of at most 200 characters, so unclosed 《 marks cost linear time).
SOURCE_IN_COMMENT = regex.compile(r"https?://|参见|See |出版社|Vol\.|《[^》]{1,200}》[，,]\s*(?:载|第)")


#: Literal alternatives of CITATION_CUE (lower case), found by a plain substring test before the regex runs.
CUE_WORDS = ("//", "《", "》", "『", "』", "出版社", "载", "doi", "press", "publish", "thesis", "dissertation", "同上", "前引")


def is_comment(text: str) -> bool:
    """True when the note only comments: a funding statement, a biography, or prose with no source."""
    if repeat.parse(text) or gost.parse(text) or archive.parse(text):  # "Назарбаев Н. А. Эра независимости. Астана, 2017."
        return False
    if ";" in text and _only_repeats(text):  # "Roe, Title, 5; Doe, Other Title, 9."
        return False
    cites = SOURCE_IN_COMMENT.search(text)
    if cites and _has_citation_cue(text):
        return False  # a source is named, whatever else the note says
    if FUNDING.search(text) or BIOGRAPHY.search(text):
        return not cites
    return not _has_citation_cue(text)


def _only_repeats(text: str) -> bool:
    """Whether every part of a note that ";" divides is a short form or an Ibid."""
    parts = [part for part in text.split(";") if part.strip()]
    return len(parts) > 1 and all(repeat.parse(part.strip(), part.rstrip().endswith(".")) for part in parts)


def _has_citation_cue(text: str) -> bool:
    lowered = text.lower()
    if any(word in lowered for word in CUE_WORDS) or CITATION_CUE.search(text) or ITALIC_TITLE.search(text):
        return True
    return bool(DIGIT.search(text) and QUOTED_THEN_MARK.search(text))
