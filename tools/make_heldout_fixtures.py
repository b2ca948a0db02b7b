"""Build the second, held-out set of citation-style fixtures.

This is the companion of tools/make_style_fixtures.py and works the same way
(pandoc's citeproc renders real CSL note styles; the cited items of every
footnote are known by construction), but everything that could have been
tuned on is new:

* the items: tests/fixtures/heldout/items.json, 41 original CSL-JSON items
  (English, Chinese, Russian and Kazakh) that share no author, title,
  container or publisher with tests/fixtures/styles/items.json;
* the citation plan (PLAN below): other order, other pages, more multi-cite
  notes, prefixes on the first and on a later cite, ibid chains, comments;
* the prose of the documents;
* two styles that the first set does not use (OSCOLA, New Hart's Rules).

For every style in STYLES it writes tests/fixtures/heldout/<style>.md and
tests/fixtures/heldout/<style>.truth.jsonl (same format as the first set:
label, keys, cited_pages, positions).

THIS SET MUST NEVER BE USED TO TUNE THE PARSER.  It exists to measure it.

Usage (needs the Debian package citation-style-language-styles):

    apt-get install citation-style-language-styles
    .venv/bin/python tools/make_heldout_fixtures.py [--styles-dir DIR] [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_style_fixtures import compute_truth, generate, note_source  # shared with the first set

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "heldout"
ITEMS = OUT_DIR / "items.json"
DEFAULT_STYLES_DIR = Path("/usr/share/citation-style-language/styles")

# (CSL file stem, language of the document prose)
STYLES: list[tuple[str, str]] = [
    ("chicago-fullnote-bibliography", "en"),
    ("modern-humanities-research-association", "en"),
    ("china-national-standard-gb-t-7714-2015-note", "zh"),
    ("oscola", "en"),
    ("new-harts-rules-the-oxford-style-guide", "en"),
]

# Styles that print an Ibid. term: check() verifies that it appears in exactly
# the notes whose truth holds an ibid / ibid-with-locator position.
IBID_TERMS = {
    "oscola": "Ibid",
    "china-national-standard-gb-t-7714-2015-note": "同上",
}

# One entry per footnote, in order (same keys as in make_style_fixtures.PLAN).
#   cites:   [(item key, locator or None), ...]   -> one pandoc citation
#   prefix:  {lang: text} before the first cite of the citation
#   prefixes: {index: {lang: text}} prefix before a later cite of the citation
#   prose:   {lang: template}; explicit footnote, each cite in-text at {0}, {1} ...
#   comment: {lang: text}; a footnote without any citation
PLAN: list[dict] = [
    {"cites": [("penrose2021petrostates", "14")]},
    {"cites": [("feng2018kokand", "80")]},
    {"cites": [("sokolov2021transit", "115-116")]},
    {
        "comment": {
            "en": "All translations from Russian, Kazakh and Chinese are my own unless stated otherwise.",
            "zh": "除另有说明外，俄文和哈萨克文引文均为笔者自译。",
        }
    },
    {"cites": [("kessler2020elites", "305"), ("belozerov2019economy", "212")]},
    {"cites": [("lindqvist2022remittance", "190")]},
    {"cites": [("lindqvist2022remittance", "190")]},
    {"cites": [("lindqvist2022remittance", "201")]},
    {"cites": [("he2018history", "233")]},
    {"cites": [("haskins2019borderlands", None)], "prefix": {"en": "For an overview, see", "zh": "概述参见"}},
    {"cites": [("sorensen2019caravan", "97")]},
    {"cites": [("latypova2015turkestan", "64")]},
    {
        "cites": [
            ("mikhailova2017khanates", "50"),
            ("feng2018kokand", "85"),
            ("kuralbekov2015khans", "131"),
        ]
    },
    {"cites": [("zhakypbekova2020foreign", "138")]},
    {"cites": [("pan2021eaeu", "52")]},
    {
        "comment": {
            "en": "Trade values are given in current US dollars throughout.",
            "zh": "文中贸易额均按当年美元计。",
        }
    },
    {"cites": [("shao2020agri", "1378")]},
    {"cites": [("duvall2019cotton", "240")]},
    {"cites": [("abbasova2017language", "150-152")]},
    {"cites": [("gafurov2021islam", "215")]},
    {"cites": [("sokolov2021transit", "120")]},
    {"cites": [("bramley2018glaciers", "77")]},
    {"cites": [("jiang2019delimitation", "60")]},
    {"cites": [("jiang2019delimitation", None)]},
    {"cites": [("sagynbaev2020debt", "41")]},
    {"cites": [("adb2022corridor", "18")]},
    {"cites": [("siis2023report", "25")], "prefix": {"en": "See also", "zh": "另见"}},
    {"cites": [("valdai2023report", "9")]},
    {"cites": [("garrity2022western", "11")]},
    {"cites": [("han2022transition", "130-131")]},
    {"cites": [("deng2021sco20", None)]},
    {"cites": [("qin2021econ", "95")]},
    {"cites": [("tursunov2017tashkent", "201")]},
    {"cites": [("gong2020softpower", "88"), ("peng2022gas", "35")]},
    {"cites": [("nakamura2021corridor", "58")]},
    {"cites": [("yan2019train", "214")]},
    {"cites": [("sarsenbaev2019silk", "73")]},
    {"cites": [("holloway2022curb", None)]},
    {"cites": [("economist2023gulf", None)]},
    {"cites": [("su2024trade", None)]},
    {"cites": [("rodionov2023uzbek", None)]},
    {
        "cites": [("rafferty2023gas", None), ("ermakov2022csto", None)],
        "prefixes": {1: {"en": "see also", "zh": "另见"}},
    },
    {"cites": [("mofcom2024trade", None)]},
    {"cites": [("mofcom2024trade", None)]},
    {
        "comment": {
            "en": "Figures for Turkmenistan are estimates; official data have not been published since 2019.",
            "zh": "土库曼斯坦数据为估计值，该国自2019年起未公布官方数据。",
        }
    },
    {
        "cites": [("penrose2021petrostates", "88"), ("kessler2020elites", "310")],
        "prose": {
            "en": "On elite bargaining, compare {0} with the survey evidence in {1}.",
            "zh": "关于精英博弈，可比较 {0} 与 {1} 的调查数据。",
        },
    },
    {"cites": [("zhakypbekova2020foreign", "140")]},
    {"cites": [("lindqvist2022remittance", "205")]},
    {"cites": [("he2018history", "233"), ("pan2021eaeu", "60")]},
    {"cites": [("belozerov2019economy", "215")], "prefix": {"en": "Cf.", "zh": "参见"}},
    {"cites": [("belozerov2019economy", "215")]},
    {"cites": [("haskins2019borderlands", "5")]},
    {"cites": [("sorensen2019caravan", "112"), ("sarsenbaev2019silk", "80")]},
    {"cites": [("feng2018kokand", "91")]},
]

TITLES = {
    "en": "Oil, Caravans and Borders: Essays on the Political Economy of Central Asia",
    "zh": "石油、商队与边界：中亚政治经济论集",
}
HEADINGS = {
    "en": ["Frontiers and Empires", "States and Elites", "Trade and Transport", "Afterword"],
    "zh": ["边疆与帝国", "国家与精英", "贸易与交通", "后记"],
}
# One sentence per footnote (the note marker goes at its end).
SENTENCES = {
    "en": [
        "Oil rent has financed regimes of very different kinds across the former Soviet south.",
        "Merchants from Kokand dominated the trade of the Qing frontier towns in the early nineteenth century.",
        "Succession has been the moment of greatest risk for personalist rule.",
        "Quotations from sources in other languages are given in English.",
        "Regional networks shaped the distribution of economic assets after independence.",
        "Household budgets in the mountain republics depend on money sent from abroad.",
        "The rouble crisis of 2014 cut those transfers almost overnight.",
        "Poorer households were hit hardest and recovered most slowly.",
        "Textbook narratives of the region still begin with the Russian conquest.",
        "Frontier history has become a lively field in its own right.",
        "The line between customs post and fortress was rarely clear.",
        "Turkestan was governed as a military province for half a century.",
        "The khanates negotiated with St Petersburg and Beijing at the same time.",
        "Astana has described its foreign policy as multi-vector since the 1990s.",
        "Membership of the customs union changed the direction of Kazakh and Kyrgyz trade.",
        "Prices are converted at the average exchange rate of each year.",
        "Foreign investors in agriculture still face insecure land rights.",
        "Cotton remained the backbone of the rural economy long after independence.",
        "Language laws became a proxy for wider arguments about the nation.",
        "Dushanbe has treated organised religion as a security problem.",
        "Elite pacts were renegotiated with each transfer of power.",
        "Glaciers are shrinking faster than the treaties that govern their water.",
        "The national delimitation of the 1920s drew borders that still divide valleys and villages.",
        "Its legacy is visible in every enclave dispute.",
        "Borrowing from Chinese banks rose sharply in the middle of the last decade.",
        "Freight still waits for days at some border crossings.",
        "Chinese think tanks have published their own assessments of these bottlenecks.",
        "Russian experts speak of a new geopolitical reality in the region.",
        "Western governments have rediscovered Central Asia since the withdrawal from Kabul.",
        "Every state in the region has announced targets for renewable energy.",
        "The Shanghai Cooperation Organisation marked its twentieth anniversary in 2021.",
        "Its economic agenda has lagged behind its security agenda.",
        "Tashkent grew from an oasis town into the largest city of the region.",
        "Both Moscow and Beijing court public opinion in the region with scholarships and media.",
        "Trade costs along the Middle Corridor remain high.",
        "Container trains between China and Europe now cross Kazakhstan in a few days.",
        "Kazakh scholars present the Silk Road as a source of national opportunity.",
        "The January unrest was followed by moves against the former president's relatives.",
        "Gulf investors have arrived with large pledges and little fanfare.",
        "Chinese trade with the five republics reached a record in 2023.",
        "Uzbekistan has begun to export electricity to its neighbours.",
        "Turkmen gas and Russian security guarantees both featured in the commentary of the period.",
        "Official statistics give the value of this trade by country.",
        "The same tables show a sharp rise in machinery imports.",
        "Turkmenistan publishes almost no trade data of its own.",
        "Oil wealth and elite cohesion reinforce each other.",
        "Kazakh historians date the multi-vector approach to the first years of independence.",
        "Migration flows recovered faster than wages.",
        "Economic history and trade policy are rarely studied together.",
        "Market reforms were uneven and often reversed.",
        "Privatisation was slowest in Uzbekistan and Turkmenistan.",
        "Frontiers were zones of exchange as much as of conflict.",
        "The old caravan routes are now invoked to justify new railways.",
        "The Kokand trade offers a useful precedent for these debates.",
    ],
    "zh": [
        "油气租金为前苏联南部各种不同类型的政权提供了资金。",
        "十九世纪初，浩罕商人主导了清朝边疆城镇的贸易。",
        "权力交接始终是个人化统治风险最大的时刻。",
        "文中外文引文均已译为中文。",
        "独立后，地方网络左右了经济资产的分配。",
        "山地共和国的家庭收入依赖于境外汇款。",
        "2014年卢布危机几乎在一夜之间切断了这些汇款。",
        "较贫困的家庭受冲击最重，恢复也最慢。",
        "关于这一地区的教科书叙事至今仍从俄国征服讲起。",
        "边疆史本身已成为一个活跃的研究领域。",
        "关卡与要塞之间的界限往往并不清晰。",
        "土尔克斯坦作为军事行省被统治了半个世纪。",
        "各汗国同时与圣彼得堡和北京进行交涉。",
        "自二十世纪九十年代以来，阿斯塔纳一直将其外交政策称为多元平衡外交。",
        "加入关税同盟改变了哈萨克斯坦和吉尔吉斯斯坦的贸易流向。",
        "价格按各年平均汇率换算。",
        "外国农业投资者仍面临土地权利不稳定的问题。",
        "独立后很长时间内，棉花仍是农村经济的支柱。",
        "语言法成为关于民族问题更广泛争论的缩影。",
        "杜尚别一直将有组织的宗教视为安全问题。",
        "每一次权力交接都伴随着精英协议的重新谈判。",
        "冰川消退的速度快于管理其水资源的条约更新的速度。",
        "二十世纪二十年代的民族划界所确定的边界至今仍分割着河谷与村庄。",
        "其遗产在每一起飞地争端中都清晰可见。",
        "上一个十年中期以来，来自中国银行的借款急剧增加。",
        "在一些边境口岸，货物仍需等待数日。",
        "中国智库也就这些瓶颈发表了评估。",
        "俄罗斯专家谈到该地区新的地缘政治现实。",
        "撤出喀布尔之后，西方国家重新发现了中亚。",
        "该地区各国均已宣布可再生能源发展目标。",
        "2021年上海合作组织迎来成立二十周年。",
        "其经济议程落后于安全议程。",
        "塔什干从一座绿洲城镇发展为地区最大的城市。",
        "莫斯科和北京都通过奖学金和媒体争取该地区的民意。",
        "中间走廊沿线的贸易成本依然很高。",
        "中欧班列如今只需数日即可穿越哈萨克斯坦。",
        "哈萨克学者将丝绸之路视为国家发展的机遇。",
        "一月骚乱之后，当局开始对前总统亲属采取行动。",
        "海湾投资者低调进入，承诺的投资额却很大。",
        "2023年中国与中亚五国的贸易额创下纪录。",
        "乌兹别克斯坦开始向邻国出口电力。",
        "土库曼天然气和俄罗斯的安全保障都是当时评论的话题。",
        "官方统计按国别公布了这一贸易的金额。",
        "同一组数据显示机械产品进口大幅增加。",
        "土库曼斯坦几乎不公布本国的贸易数据。",
        "石油财富与精英团结相互强化。",
        "哈萨克史学家将多元平衡外交的起点追溯到独立之初。",
        "移民流动的恢复快于工资的恢复。",
        "经济史与贸易政策很少被放在一起研究。",
        "市场改革进展不均，且时有反复。",
        "乌兹别克斯坦和土库曼斯坦的私有化进程最为缓慢。",
        "边疆既是冲突地带，也是交流地带。",
        "古老的商队路线如今被用来论证新铁路的必要性。",
        "浩罕贸易为这些讨论提供了有益的先例。",
    ],
}


def build_source(lang: str) -> str:
    sents = SENTENCES[lang]
    heads = HEADINGS[lang]
    joiner = "" if lang == "zh" else " "
    if len(sents) != len(PLAN):
        raise ValueError("need one sentence per footnote")
    out = [f"# {TITLES[lang]}", ""]
    per_sec = 15
    par_sizes = [3, 4, 2, 4, 3]  # sentences per paragraph, cycled
    if len(PLAN) > per_sec * len(heads):
        raise ValueError("PLAN too long for the section headings")
    par: list[str] = []
    size_idx = 0

    def flush() -> None:
        nonlocal par, size_idx
        if par:
            out.extend([joiner.join(par), ""])
            par = []
            size_idx += 1

    for i, note in enumerate(PLAN):
        if i % per_sec == 0:
            flush()
            out += [f"## {heads[i // per_sec]}", ""]
        sent = sents[i]
        src = note_source(note, lang)
        if lang == "zh":
            par.append(sent[:-1] + src + sent[-1])  # marker before the closing 。
        elif src.startswith("^["):
            par.append(sent + src)  # explicit note: marker after the full stop
        else:
            par.append(sent[:-1] + " " + src + ".")  # pandoc moves the marker after "."
        if len(par) == par_sizes[size_idx % len(par_sizes)]:
            flush()
    flush()
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--styles-dir", type=Path, default=DEFAULT_STYLES_DIR)
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR, help="where to write (default: %(default)s)")
    args = ap.parse_args()
    generate(PLAN, compute_truth(PLAN), STYLES, build_source, ITEMS, args.out_dir, args.styles_dir, IBID_TERMS)


if __name__ == "__main__":
    main()
