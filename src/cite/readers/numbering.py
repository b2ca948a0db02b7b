"""Note numbers as a document shows them: Word's `w:numFmt` names (also used for OpenDocument's formats)."""

from __future__ import annotations

#: Symbols Word's "chicago" format cycles through, doubling on each round: *, †, ‡, §, **, ††, ….
CHICAGO = "*†‡§"
#: ① … ⑳, ㉑ … ㉟, ㊱ … ㊿: circled numbers 1-50.
CIRCLED = [chr(c) for c in range(0x2460, 0x2474)] + [chr(c) for c in range(0x3251, 0x3260)]
CIRCLED += [chr(c) for c in range(0x32B1, 0x32C0)]
#: Chinese digits for "chineseCounting" (一, 二 … 十, 十一 …) and the heavenly stems of "ideographTraditional".
CHINESE_DIGITS = "〇一二三四五六七八九"
STEMS = "甲乙丙丁戊己庚辛壬癸"
ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def format_number(number: int, number_format: str) -> str:
    """`number` in a Word number format ("decimal", "lowerRoman", "decimalEnclosedCircle", …); unknown
    formats and numbers a format cannot show fall back to decimal, as Word does."""
    if number < 1:
        return str(number)
    match number_format:
        case "lowerRoman" | "upperRoman":
            text = _roman(number)
            return text.upper() if number_format == "upperRoman" else text
        case "lowerLetter" | "upperLetter":
            # Word repeats the letter: a … z, aa … zz, aaa …
            letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
            return letter.upper() if number_format == "upperLetter" else letter
        case "chicago":
            return CHICAGO[(number - 1) % 4] * ((number - 1) // 4 + 1)
        case "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if number <= len(CIRCLED):
            return CIRCLED[number - 1]
        case "decimalFullWidth" | "decimalFullWidth2":
            return "".join(chr(ord(d) - ord("0") + 0xFF10) for d in str(number))
        case "decimalEnclosedParen":
            return f"({number})"
        case "chineseCounting" | "chineseCountingThousand" | "taiwaneseCounting" if number < 100:
            return _chinese(number)
        case "ideographTraditional" if number <= len(STEMS):
            return STEMS[number - 1]
        case "decimalZero":
            return f"{number:02d}"
    return str(number)


def _roman(number: int) -> str:
    out = []
    for value, letters in ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _chinese(number: int) -> str:
    """1-99 in Chinese counting: 一, 十, 十一, 二十, 二十一."""
    tens, ones = divmod(number, 10)
    if not tens:
        return CHINESE_DIGITS[ones]
    return ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十" + (CHINESE_DIGITS[ones] if ones else "")
