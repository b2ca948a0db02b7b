"""Generated CSL-JSON items of every type in Chinese, English, Russian, Kazakh, Japanese and mixed.

Names and places come from Faker's locales (Kazakh names from data/kazakh-names.json), titles from the
word lists data/titles-<lang>.json, publishers, journals, newspapers, web sites and universities from
data/*-<lang>.* (real names collected for this project). Everything is drawn from one random.Random and
one seeded Faker per locale, so the same seed gives the same items.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from faker import Faker

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("en", "zh", "ru", "kk", "ja")
FAKER_LOCALES = {"en": "en_US", "zh": "zh_CN", "ru": "ru_RU", "ja": "ja_JP"}
CSL_LANGUAGE = {"en": "en-US", "zh": "zh-CN", "ru": "ru-RU", "kk": "kk-KZ", "ja": "ja-JP"}
# item types and how often each is drawn
TYPES = {
    "article-journal": 30,
    "book": 18,
    "chapter": 12,
    "edited-book": 5,
    "thesis": 6,
    "report": 7,
    "paper-conference": 7,
    "article-newspaper": 7,
    "webpage": 8,
}
SUBTITLE_COLON = {"en": ": ", "ru": ": ", "kk": ": ", "zh": "：", "ja": "："}
THESIS_GENRES = {
    "en": ["PhD diss.", "PhD dissertation", "Doctoral dissertation", "PhD thesis", "MA thesis"],
    "zh": ["博士学位论文", "硕士学位论文"],
    "ru": ["дис. … канд. ист. наук", "дис. … д-ра полит. наук", "автореф. дис. … канд. экон. наук"],
    "kk": ["PhD диссертациясы", "тарих ғылымдарының кандидаты дисс."],
    "ja": ["博士論文", "修士論文"],
}
REPORT_GENRES = {
    "en": ["Working Paper", "Policy Brief", "Research Report", "Discussion Paper", "Technical Report"],
    "zh": ["研究报告", "工作论文", "政策简报"],
    "ru": ["Аналитический доклад", "Рабочий доклад", "Препринт"],
    "kk": ["Талдамалық баяндама", "Ғылыми есеп"],
    "ja": ["調査報告書", "ワーキングペーパー", "研究報告"],
}
SERIES = {
    "en": ["{pub} Studies in {Topic}", "Studies of the Harriman Institute", "Central Asia Research Forum", "Routledge Contemporary Russia and Eastern Europe Series",
           "Contemporary Asia in the World", "Cambridge Studies in Comparative Politics", "Asia Today"],
    "zh": ["{topic}研究丛书", "国际问题研究文库", "中亚研究丛书", "汉译世界学术名著丛书", "当代国际关系文库"],
    "ru": ["Библиотека журнала «{journal}»", "Серия «История и политика»", "Труды Института востоковедения", "Научные доклады"],
    "kk": ["«Мәдени мұра» сериясы", "«Тарих толқынында» сериясы", "Қазақстан тарихы кітапханасы"],
    "ja": ["{topic}叢書", "シリーズ・ユーラシア地域大国論", "アジア経済研究所叢書", "岩波講座 世界歴史"],
}
CONFERENCES = {
    "en": ["Proceedings of the {n}th International Conference on {Topic}", "Proceedings of the Annual Meeting of the Association for Slavic, East European, and Eurasian Studies",
           "{Topic}: Papers from the {n}th Central Eurasian Studies Society Conference"],
    "zh": ["第{n}届{topic}学术研讨会论文集", "中国国际关系学会{year}年年会论文集", "{topic}国际学术会议论文集"],
    "ru": ["Материалы {n}-й международной научной конференции «{topic}»", "Сборник трудов конференции «{topic}»"],
    "kk": ["«{topic}» атты халықаралық ғылыми-тәжірибелік конференция материалдары"],
    "ja": ["第{n}回{topic}研究大会報告集", "{topic}国際シンポジウム報告書"],
}
TRANSLATION_PAIRS = [("en", "zh"), ("ru", "zh"), ("en", "ru"), ("en", "ja"), ("ru", "kk"), ("ja", "zh"), ("ru", "en"), ("zh", "en"), ("kk", "ru")]


@dataclass(frozen=True)
class Lexicon:
    publishers: list[tuple[str, str]]
    journals: list[str]
    others: dict[str, list[str]]
    titles: dict


@cache
def lexicon(lang: str) -> Lexicon:
    publishers = [tuple(line.split("\t")) for line in (DATA / f"publishers-{lang}.tsv").read_text(encoding="utf-8").splitlines() if line]
    journals = [line for line in (DATA / f"journals-{lang}.txt").read_text(encoding="utf-8").splitlines() if line]
    others: dict[str, list[str]] = {}
    for line in (DATA / f"other-{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if line:
            kind, name = line.split("\t")
            others.setdefault(kind, []).append(name)
    titles = json.loads((DATA / f"titles-{lang}.json").read_text(encoding="utf-8"))
    return Lexicon(publishers, journals, others, titles)


@cache
def science_lexicon() -> tuple[list[tuple[str, str]], dict]:
    """Journals of the sciences with their abbreviations ("Phys. Rev. B", "J Neurosurg") and their titles."""
    journals = [tuple(line.split("\t")) for line in (DATA / "journals-en-science.tsv").read_text(encoding="utf-8").splitlines() if line]
    return journals, json.loads((DATA / "titles-en-science.json").read_text(encoding="utf-8"))


@cache
def kazakh_names() -> dict:
    return json.loads((DATA / "kazakh-names.json").read_text(encoding="utf-8"))


class ItemMaker:
    """Draws items; `seed` fixes every choice (Python's random and Faker's)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {}
        for lang, locale in FAKER_LOCALES.items():
            faker = Faker(locale)
            faker.seed_instance(seed * 7 + len(self.fakers))
            self.fakers[lang] = faker

    # -- pieces ---------------------------------------------------------------------------------
    def name(self, lang: str, latin: bool = False) -> dict:
        rng = self.rng
        if lang == "kk":
            names = kazakh_names()
            k = 1 if latin else 0
            given = rng.choice(names["given"])[k]
            if not latin and rng.random() < 0.4:
                given += " " + rng.choice(names["patronymic"])[0]
            return {"family": rng.choice(names["family"])[k], "given": given}
        faker = self.fakers[lang]
        if lang in ("zh", "ja") and latin:
            return {"family": faker.last_romanized_name(), "given": faker.first_romanized_name()}
        if lang == "ru":
            male = rng.random() < 0.6
            family = faker.last_name_male() if male else faker.last_name_female()
            given = faker.first_name_male() if male else faker.first_name_female()
            if rng.random() < 0.5:
                given += " " + (faker.middle_name_male() if male else faker.middle_name_female())
            return {"family": family, "given": given}
        if lang == "en" and rng.random() < 0.25:
            return {"family": faker.last_name(), "given": f"{faker.first_name()} {faker.random_uppercase_letter()}."}
        return {"family": faker.last_name(), "given": faker.first_name()}

    def names(self, lang: str, most: int = 3, latin: bool = False) -> list[dict]:
        count = self.rng.choices(range(1, most + 1), weights=[6, 3, 2, 1, 1, 1][:most])[0]
        if self.rng.random() < 0.04:
            count = self.rng.randint(4, 12)
        return [self.name(lang, latin) for _ in range(count)]

    def fill(self, template: str, lang: str, titles: dict | None = None) -> str:
        rng, slots = self.rng, (titles or lexicon(lang).titles)["slots"]
        out, i = [], 0
        while (start := template.find("{", i)) >= 0:
            end = template.index("}", start)
            out.append(template[i:start])
            key = template[start + 1 : end]
            if key in ("year", "year2"):
                year = rng.randint(1850, 1990)
                out.append(str(year if key == "year" else year + rng.randint(5, 40)))
            elif key in ("Topic", "topic") and key not in slots:
                topic = rng.choice(slots.get("topic") or slots.get("topicgen"))
                out.append(topic[:1].upper() + topic[1:] if key == "Topic" else topic)
            elif key == "pub":
                out.append(rng.choice(lexicon(lang).publishers)[0].split()[0])
            elif key == "journal":
                out.append(rng.choice(lexicon(lang).journals))
            elif key == "n":
                out.append(str(rng.randint(4, 19)))
            else:
                out.append(rng.choice(slots[key]))
            i = end + 1
        out.append(template[i:])
        text = "".join(out)
        return text[:1].upper() + text[1:]

    def title(self, lang: str, titles: dict | None = None) -> str:
        titles = titles or lexicon(lang).titles
        title = self.fill(self.rng.choice(titles["templates"]), lang, titles)
        if self.rng.random() < 0.35 and ":" not in title:
            sub = self.fill(self.rng.choice(titles["subtitles"]), lang, titles)
            colon = "——" if lang == "zh" and self.rng.random() < 0.3 else SUBTITLE_COLON[lang]
            title += colon + sub
        return title

    def date(self, low: int = 1960, high: int = 2025, parts: int = 1) -> dict:
        year = self.rng.randint(low, high)
        date = [year, self.rng.randint(1, 12), self.rng.randint(1, 28)][:parts]
        return {"date-parts": [date]}

    def pages(self) -> str:
        first = self.rng.randint(1, 480)
        return f"{first}-{first + self.rng.randint(1, 40)}" if self.rng.random() < 0.92 else str(first)

    def doi(self) -> str:
        suffix = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(self.rng.randint(6, 12)))
        return f"10.{self.rng.randint(1000, 99999)}/{suffix}"

    def url(self, lang: str) -> str:
        host = {"en": "www.example.org", "zh": "www.cssn.cn", "ru": "www.example.ru", "kk": "www.example.kz", "ja": "www.example.jp"}[lang]
        path = "/".join(str(self.rng.randint(1, 9999)) for _ in range(self.rng.randint(1, 3)))
        return f"https://{host}/{self.rng.choice(['article', 'news', 'doc', 'content'])}/{path}.html"

    # -- items ----------------------------------------------------------------------------------
    def item(self, key: str, lang: str) -> tuple[dict, str]:
        """A CSL-JSON item and the language its record carries ("mixed" when its fields mix languages)."""
        rng = self.rng
        kind = rng.choices(list(TYPES), weights=list(TYPES.values()))[0]
        origin = lang
        if lang == "mixed":
            origin, lang = rng.choice(TRANSLATION_PAIRS)
        lex = lexicon(lang)
        item: dict = {"id": key, "language": CSL_LANGUAGE[lang], "title": self.title(lang)}
        authors = self.names(origin, latin=origin != lang and lang == "en" and origin in ("zh", "ja", "kk"))
        publisher, place = rng.choice(lex.publishers)
        if kind == "article-journal" and lang == "en" and rng.random() < 0.5:  # the sciences: abbreviated journals
            journal, abbreviation = rng.choice(science_lexicon()[0])
            item |= {"type": kind, "title": self.title(lang, science_lexicon()[1]), "author": self.names(origin, 6, latin=origin != lang),
                     "container-title": journal, "container-title-short": abbreviation, "issued": self.date(1970),
                     "volume": str(rng.randint(1, 140)), "page": self.pages()}
            if rng.random() < 0.7:
                item["issue"] = str(rng.randint(1, 24))
            if rng.random() < 0.6:
                item["DOI"] = self.doi()
        elif kind == "article-journal":
            item |= {"type": kind, "author": authors, "container-title": rng.choice(lex.journals), "issued": self.date()}
            if rng.random() < 0.8:
                item["volume"] = str(rng.randint(1, 80))
            if rng.random() < 0.75:
                item["issue"] = str(rng.randint(1, 12))
            if rng.random() < 0.9:
                item["page"] = self.pages()
            if rng.random() < 0.35:
                item["DOI"] = self.doi()
        elif kind in ("book", "edited-book"):
            item |= {"type": "book", "publisher": publisher, "publisher-place": place, "issued": self.date(1900)}
            item["editor" if kind == "edited-book" else "author"] = authors
            if kind == "book" and rng.random() < 0.1:
                item["editor"] = self.names(lang, 2)
            if rng.random() < 0.2:
                item["edition"] = str(rng.randint(2, 6))
            if rng.random() < 0.15:
                item["collection-title"] = self.fill(rng.choice(SERIES[lang]), lang)
                if rng.random() < 0.5:
                    item["collection-number"] = str(rng.randint(1, 60))
            if rng.random() < 0.1:
                item["volume"] = str(rng.randint(1, 8))
            if origin != lang:
                item["translator"] = self.names(lang, 2)
                item["original-title"] = self.title(origin) if rng.random() < 0.2 else None
        elif kind == "chapter":
            item |= {"type": kind, "author": authors, "editor": self.names(lang, 3), "container-title": self.title(lang),
                     "publisher": publisher, "publisher-place": place, "issued": self.date(1950), "page": self.pages()}
            if origin != lang and rng.random() < 0.5:
                item["translator"] = self.names(lang, 1)
        elif kind == "thesis":
            item |= {"type": kind, "author": authors[:1], "genre": rng.choice(THESIS_GENRES[lang]),
                     "publisher": rng.choice(lex.others["university"]), "issued": self.date(1970)}
            if rng.random() < 0.5:
                item["publisher-place"] = place
        elif kind == "report":
            institution = rng.choice(lex.others["institution"])
            item |= {"type": kind, "publisher": institution, "issued": self.date(1990),
                     "genre": rng.choice(REPORT_GENRES[lang]), "number": str(rng.randint(1, 120))}
            if rng.random() < 0.6:
                item["author"] = authors
            if rng.random() < 0.5:
                item["publisher-place"] = place
            if rng.random() < 0.4:
                item["URL"] = self.url(lang)
                item["accessed"] = self.date(2015, 2026, 3)
        elif kind == "paper-conference":
            item |= {"type": kind, "author": authors, "container-title": self.fill(rng.choice(CONFERENCES[lang]), lang),
                     "publisher-place": place, "issued": self.date(1980)}
            if rng.random() < 0.6:
                item["publisher"] = publisher
            if rng.random() < 0.8:
                item["page"] = self.pages()
            if rng.random() < 0.3:
                item["editor"] = self.names(lang, 2)
            if rng.random() < 0.2:
                item["DOI"] = self.doi()
        elif kind == "article-newspaper":
            item |= {"type": kind, "container-title": rng.choice(lex.others["newspaper"]), "issued": self.date(1950, 2025, 3)}
            if rng.random() < 0.7:
                item["author"] = authors[:2]
            if rng.random() < 0.6:
                item["page"] = str(rng.randint(1, 24))
            if rng.random() < 0.3:
                item["URL"] = self.url(lang)
                item["accessed"] = self.date(2015, 2026, 3)
        else:  # webpage
            item |= {"type": kind, "container-title": rng.choice(lex.others["website"]), "URL": self.url(lang),
                     "accessed": self.date(2018, 2026, 3)}
            if rng.random() < 0.5:
                item["author"] = authors[:2]
            if rng.random() < 0.7:
                item["issued"] = self.date(2005, 2025, 3)
        if kind in ("article-journal", "book", "chapter") and "URL" not in item and rng.random() < 0.12:
            item["URL"] = self.url(lang)
            if rng.random() < 0.6:
                item["accessed"] = self.date(2015, 2026, 3)
        item = {k: v for k, v in item.items() if v is not None}
        return item, "mixed" if origin != lang else lang

    def items(self, prefix: str, count: int, weights: dict[str, float]) -> list[tuple[dict, str]]:
        langs = self.rng.choices(list(weights), weights=list(weights.values()), k=count)
        return [self.item(f"{prefix}{i}", lang) for i, lang in enumerate(langs)]
