"""GOST R 7.0.5-2008 (Russian and Kazakh references as Russian, Kazakh and Chinese journals print them):

Иванов И. И. Внешняя политика Казахстана. М.: Наука, 2015. 320 с.
Назарбаев Н. А. Эра независимости. Астана, 2017. 508 с.
Петров А. В. Энергетическая политика России // Вопросы экономики. 2019. № 3. С. 45–60.
Тренин Д. В. Россия и Центральная Азия // Центральная Азия: взгляд… / под ред. Е. Румера. М.: Новое изд-во, 2008. С. 80–112.
Лаумулин М. Т. Политика… : дис. … д-ра полит. наук. Алматы, 2008. 300 с.

The cue is exact: names written "Family I. I." in Cyrillic before the title, a `//` before the container, GOST 7.1's
". – " between the areas or a "/ под ред." area, and
the publication area ("М.: Наука, 2015", "Алматы, 2018") or a dated container. "320 с." is the number of pages of
the book, not a page; "С. 112" (Kazakh "Б. 34–42") is a page.
"""

from __future__ import annotations

import regex

from cite.refs.styles.draft import Draft

NAME = "gost"

#: One person as GOST writes the heading: "Иванов И. И.", "Иванов И.И.", "Нұрланова Ә.", "Салтыков-Щедрин М. Е.".
PERSON = r"\p{Lu}[\p{Ll}ʼ'’]+(?:-\p{Lu}[\p{Ll}ʼ'’]+)?,?\s+\p{Lu}\.(?:\s?\p{Lu}\.)?"
#: The names heading the reference, then the title: "Иванов И. И., Петров П. П. ", "Иванов И. И. и др. " (not
#: the first of names joined by "&" or "и", written in another style: "Сорокина, М.Р. & В. Калашников, 1995").
AUTHORS = regex.compile(
    rf"^(?P<authors>{PERSON}(?:\s*,\s*{PERSON})*(?:\s*,?\s*(?:и др|т\.б)\.)?)\s+(?=\S)(?!&|и\s|and\s)"
)
#: A Cyrillic letter: the cue counts only for Russian and Kazakh (and other Cyrillic) references.
CYRILLIC = regex.compile(r"\p{Cyrillic}")
#: Cyrillic capitals and small letters, Kazakh's among them: a place in Latin letters ("In:") is no GOST place.
UPPER = "[А-ЯЁӘҒҚҢӨҰҮҺІ]"
LOWER = "[а-яёәғқңөұүһі]"
#: The place of publication before a colon or a comma and the year: "М.", "СПб.", "Алматы", "Нур-Султан", "Н. Новгород".
PLACE = rf"(?:Н\.\s?Новгород|Ростов н/Д|СПб\.|{UPPER}{LOWER}{{0,2}}\.|{UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?)"
#: A place that opens the publication area: "М.: ", "Астана, 2017" (not "Румера, Д." in a list of names).
PLACE_AREA = rf"{PLACE}\s*(?::\s*\S|,\s*(?:1[5-9]|20)\d\d\b)"
#: The publication area after a full stop: ". М.: Наука, 2015", ". Алматы: Қазақ университеті, 2018", ". Астана, 2017".
PUBLICATION = regex.compile(
    rf"\.\s+(?P<publisher_place>{PLACE})\s*(?::\s*(?P<publisher>[^,:;]{{2,80}}?)\s*)?,\s*(?P<year>(?:1[5-9]|20)\d\d)\b"
)
#: A container's details after its name: ". 2019. № 3. С. 45–60", ". 2015. Т. 7, № 2. С. 7–21", ". 2017. № 1. Б. 34–42".
JOURNAL = regex.compile(
    r"\.\s+(?P<year>(?:1[5-9]|20)\d\d)\b\.?(?:\s*(?:Т|Vol)\.\s*(?P<volume>\d+)[.,]?)?"
    r"(?:\s*(?:Вып\.\s*\d+[.,]?\s*)?(?:№|No\.?)\s*(?P<issue>\d+)(?:\s*\(\d+\))?[.,]?)?"
)
#: A page or range: "С. 45–60", "с. 12", Kazakh "Б. 34–42"; not "320 с." (the number of a book's pages).
PAGE = regex.compile(r"(?<!\p{L})[СсБб]\.\s*(?P<page>\d+(?:\s*[-–—]\s*\d+)?)")
#: A day and month after a newspaper's year: "2020. 5 марта", "2020. 12 қаңтар".
NEWSPAPER_DATE = regex.compile(
    r"^\.\s+(?:1[5-9]|20)\d\d\.\s+\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
)
#: A responsibility area after " / ": an editor ("под ред.", "отв. ред.", "сост.", Kazakh "жауапты ред.",
#: "ред. басқарған"), a translator ("пер. с англ.", "пер."), or the authors written given-first.
RESPONSIBILITY = regex.compile(
    rf"\s+/\s+(?:(?P<edited>(?:под\s+(?:общ\.\s+)?ред\.|отв\.\s+ред\.|жауапты\s+ред\.|ред\.\s+басқарған|ред\.|сост\.))"
    rf"|(?P<translated>пер\.(?:\s+с\s+\p{{Ll}}+\.)?))?\s*(?P<names>.+?)\s*(?=$|\.\s+{PLACE_AREA}|\s+//|\s+/\s)"
)
#: A thesis after the title: " : дис. … канд. полит. наук", ": автореф. дис. … д-ра ист. наук".
THESIS = regex.compile(r"\s*:\s*(?:автореф\.\s*)?дис(?:с|сертация)?\.")
#: Where a container's name ends: before its responsibility area, its publication area or its dated details.
CONTAINER_END = regex.compile(rf"\s+/\s|\.\s+(?:{PLACE_AREA}|(?:1[5-9]|20)\d\d\b)")
#: Marks of another style before the container or publication: a year in brackets after the names ("(1982).
#: Проблемы…"), a title in quotes ("‘Коллективизация…’"), English words ("Pages 206–31 in …").
OTHER_STYLE = regex.compile(r"^\(\d{4}|^[‘“\"«']|\b(?:in|pages|pp|and|eds?)\b")
#: GOST 7.1's area separator ". – ", which notes often keep: "Название. – М.: Наука, 2015. – 320 с.".
AREA_DASH = regex.compile(r"\.\s+[–—-]\s+")
#: An editor's or compiler's area, which heads a book without authors: "Внешняя политика России : учебник / под ред.".
EDITED_AREA = regex.compile(r"\s/\s+(?:под\s+(?:общ\.\s+)?ред\.|отв\.\s+ред\.|сост\.|жауапты\s+ред\.)")
#: A volume of a book after its title: ". Т. 1", ". Кн. 2", Kazakh ". 3-т.".
BOOK_VOLUME = regex.compile(r"\.\s+(?:(?:Т|Кн|Вып)\.\s*(?P<volume>\d+)|(?P<volume>\d+)-т\.?)$")
#: How many volumes the work has, closing its title as other title information: ": в 9 т.", ": в 2-х кн.".
VOLUMES_STATEMENT = regex.compile(r"\s*:\s*в\s+\d+(?:-х)?\s+(?:т|кн|ч)\.?$")
#: Where a title ends: before " / " (its responsibility area) or a thesis note.
TITLE_END = regex.compile(r"\s+/\s|\s*:\s*(?:автореф\.\s*)?дис")


def parse(text: str, has_url: bool = False) -> Draft | None:
    """Parse a GOST reference, or None when it has neither the GOST heading, nor a `//` part, nor a " / под ред."
    area in Cyrillic. `has_url`: a URL was taken out of the text, so a heading and a title are a whole web source."""
    if not CYRILLIC.search(text):
        return None
    text = text.rstrip(" .–—-")  # what the peel of "[Электронный ресурс]. – URL: …" leaves: "Название . –"
    dashed = bool(AREA_DASH.search(text))
    text = AREA_DASH.sub(". ", text) if dashed else text
    authors = AUTHORS.match(text)
    body = text[authors.end() :] if authors else text
    head, slashes, container = body.partition(" // ")
    headed = bool(authors and CYRILLIC.search(authors["authors"]))
    if not (headed or slashes or dashed or EDITED_AREA.search(head)) or OTHER_STYLE.search(head):
        return None
    draft: Draft = {}
    if authors:
        draft["author"] = authors["authors"]
    if slashes:
        if not _container(container, draft):
            return None
        tail = container
    else:
        published = PUBLICATION.search(head)
        if not published and headed and has_url and "." not in head.rstrip("."):
            return {**draft, "title": head, "genre": "webpage"}  # "Токаев К. К. Послание народу. URL: …"
        if not published:
            return None
        draft.update({k: v.strip() for k, v in published.groupdict().items() if v})
        draft.setdefault("genre", "book")
        tail, head = head[published.end() :], head[: published.start()]
        _responsibility(head, draft)
    if THESIS.search(head):
        draft["genre"] = "thesis"
    end = TITLE_END.search(head)
    title = head[: end.start()] if end else head
    if volume := BOOK_VOLUME.search(title):  # "Центральная Азия в зарубежной политологии. Т. 1"
        title, draft["volume"] = title[: volume.start()], volume["volume"]
    draft["title"] = VOLUMES_STATEMENT.sub("", title.rstrip(" .")) if " в " in title else title.rstrip(" .")
    if page := PAGE.search(tail):
        draft["page"] = page["page"]
    return draft


def _container(part: str, draft: Draft) -> bool:
    """The container, its editors and its details into the draft; False when it is not dated anywhere."""
    end = CONTAINER_END.search(part)
    if not end:
        return False
    draft["container_title"] = part[: end.start()]
    rest = part[end.start() :]
    _responsibility(rest, draft)
    if published := PUBLICATION.search(rest):
        draft.update({k: v.strip() for k, v in published.groupdict().items() if v})
        draft["genre"] = "chapter"
    elif details := JOURNAL.match(rest):
        draft.update({k: v for k, v in details.groupdict().items() if v})
        draft["genre"] = "article-newspaper" if NEWSPAPER_DATE.match(rest) else "article-journal"
    else:
        return False
    return True


def _responsibility(part: str, draft: Draft) -> None:
    """Editors, translators or given-first authors from a " / …" area."""
    if " / " not in part or not (match := RESPONSIBILITY.search(part)):
        return
    key = "editor" if match["edited"] else "translator" if match["translated"] else "author"
    draft.setdefault(key, match["names"])
