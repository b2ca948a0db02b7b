"""The labeller's spans relabelled by where they stand (refs/parse.py `_repaired`): each case is a misreading the
labeller made on real reference lists, written here as spans, and the fields the repaired spans give."""

import pytest

from cite.refs.labeller import Span
from cite.refs.labeller.fields import draft_of
from cite.refs.normalize.names import names
from cite.refs.parse import _normalise, _repaired


def spans_of(text: str, pieces: list[tuple[str, str]]) -> list[Span]:
    """Spans over `text` for its labelled pieces, found in order: [("Smith J", "author"), ("Title", "title")]."""
    spans, cursor = [], 0
    for piece, label in pieces:
        start = text.index(piece, cursor)
        spans.append((start, start + len(piece), label))
        cursor = start + len(piece)
    return spans


def repaired(text: str, pieces: list[tuple[str, str]]) -> dict:
    return draft_of(text, _repaired(text, spans_of(text, pieces)))


@pytest.mark.parametrize(
    ("text", "pieces", "author", "title"),
    [
        (
            "Priya Raman, Oluwaseun Adebayo, and Wei-lin Chen. Sparse coding of scenes. In Proc. CVPR, 2011.",
            [("Priya Raman", "author"), ("Oluwaseun Adebayo, and Wei-lin Chen. Sparse coding of scenes", "title")],
            ["Priya Raman", "Oluwaseun Adebayo", "Wei-lin Chen"],
            "Sparse coding of scenes",
        ),
        (  # Vancouver, run-together initials
            "Olsen KL, Marsh TR, Patel SJ, Wong HYM. Sodium intake in adolescents. Pediatrics 2004;113:1-8.",
            [("Olsen KL, Marsh TR, Patel SJ", "author"), ("Wong HYM. Sodium intake in adolescents", "title")],
            ["Olsen KL", "Marsh TR", "Patel SJ", "Wong HYM"],
            "Sodium intake in adolescents",
        ),
        (  # Vancouver with a colon after the names, a particle and a suffix
            "Olsen KL, de Vries TR, Lamb WH Jr: Sodium intake in adolescents. Pediatrics 2004;113:1-8.",
            [("Olsen KL", "author"), ("de Vries TR, Lamb WH Jr: Sodium intake in adolescents", "title")],
            ["Olsen KL", "de Vries TR", "Lamb WH Jr"],
            "Sodium intake in adolescents",
        ),
        (  # initials, and "et" between the last two
            "R. DUBOIS, H.-J. WEBER et K. von Arnim. Spin waves in thin films. Phys. Rev. B 12, 301 (1975).",
            [("R. DUBOIS", "author"), ("H.-J. WEBER et K. von Arnim. Spin waves in thin films", "title")],
            ["R. DUBOIS", "H.-J. WEBER", "K. von Arnim"],
            "Spin waves in thin films",
        ),
        (  # capitalised words with no initials and no "and": a title, left as it is
            "Alexander Cooley, Great Games, Local Rules. Oxford: Oxford University Press, 2012.",
            [("Alexander Cooley", "author"), ("Great Games, Local Rules", "title")],
            ["Alexander Cooley"],
            "Great Games, Local Rules",
        ),
        (  # the names' sentence ended before the title: "Vitamin D" is the title's
            "Smith J, Brown K. Vitamin D. Effects on bone. Bone 2001;3:1-8.",
            [("Smith J, Brown K", "author"), ("Vitamin D. Effects on bone", "title")],
            ["Smith J", "Brown K"],
            "Vitamin D. Effects on bone",
        ),
    ],
)
def test_names_the_title_began_with_are_the_authors(text: str, pieces: list, author: list, title: str) -> None:
    draft = repaired(text, pieces)
    assert (names(str(draft.get("author", ""))), draft.get("title")) == (author, title)


@pytest.mark.parametrize(
    ("text", "pieces", "author", "editor"),
    [
        (
            "Moreau, Claire, ed. Cities of Salt: Essays. Paris: Seuil, 2004.",
            [("Moreau, Claire", "author"), ("Cities of Salt: Essays", "title"), ("Paris", "publisher-place")],
            [],
            ["Moreau, Claire"],
        ),
        (  # the labeller read the first names as authors, the last as editors
            "Ito, K., & Brandt, L. M. (Eds.). (1999). Coastal Law. Leiden: Brill.",
            [("Ito, K., & Brandt", "author"), ("L. M.", "editor"), ("1999", "date"), ("Coastal Law", "title")],
            [],
            ["Ito, K.", "Brandt, L. M."],
        ),
        (
            "Weber, Anna & Jonas Roth Hrsg. 2015. Bildung in Kita. Stuttgart",
            [("Weber, Anna & Jonas Roth Hrsg.", "author"), ("2015", "date"), ("Bildung in Kita", "title")],
            [],
            ["Weber, Anna", "Jonas Roth"],
        ),
        (  # an author, then "in" and a book's editors
            "Pierce, in Crawford and Rodriguez (eds), On the Networks, p. 448.",
            [("Pierce", "author"), ("Crawford and Rodriguez", "editor"), ("On the Networks", "title")],
            ["Pierce"],
            ["Crawford", "Rodriguez"],
        ),
        (  # Vancouver's initials "ED" are no role word
            "Danto SI, Crandall ED. Reversible transdifferentiation. Am J Physiol 1995;1:1-8.",
            [("Danto SI, Crandall ED", "author"), ("Reversible transdifferentiation", "title")],
            ["Danto SI", "Crandall ED"],
            [],
        ),
    ],
)
def test_names_an_editors_role_follows_are_the_editors(text: str, pieces: list, author: list, editor: list) -> None:
    draft = repaired(text, pieces)
    assert (names(str(draft.get("author", ""))), names(str(draft.get("editor", "")))) == (author, editor)


@pytest.mark.parametrize(
    ("text", "pieces", "author", "title"),
    [
        (
            "Kowalski MP. Rifampicin. Lancet Infect Dis 1999; 6:11-17.",
            [("Kowalski MP. Rifampicin", "author"), ("Lancet Infect Dis", "container-title")],
            ["Kowalski MP"],
            "Rifampicin",
        ),
        (  # one initial: the names before it are Vancouver's too
            "Aho R, van der Berg JT, Lind H. Cloning, expression and assay. Methods Enzymol 1986; 119:453-464.",
            [("Aho R, van der Berg JT, Lind H. Cloning", "author"), ("expression and assay", "title")],
            ["Aho R", "van der Berg JT", "Lind H"],
            "Cloning, expression and assay",
        ),
        (  # a middle initial, given names first
            "Mary K. Smith, Old Roads. London: Penguin, 2001.",
            [("Mary K. Smith", "author"), ("Old Roads", "title")],
            ["Mary K. Smith"],
            "Old Roads",
        ),
        (  # "and J-L." is no family name and initials
            "P. Ortiz and J-L. Marchand, “Data-flow models,” in Advanced Topics, 1991.",
            [("P. Ortiz and J-L. Marchand", "author"), ("Data-flow models", "title")],
            ["P. Ortiz", "J-L. Marchand"],
            "Data-flow models",
        ),
    ],
)
def test_a_vancouver_name_list_ends_at_its_sentence_end(text: str, pieces: list, author: list, title: str) -> None:
    draft = repaired(text, pieces)
    assert (names(str(draft.get("author", ""))), draft.get("title")) == (author, title)


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # ACS: one page span holding the volume and the page
            "T. Ono, C. Ruiz, Opt. Lett. 1987, 12, 330.",
            [("T. Ono, C. Ruiz", "author"), ("Opt. Lett.", "container-title"), ("1987", "date"), ("12, 330", "page")],
            {"container_title": "Opt. Lett", "volume": "12", "page": "330"},
        ),
        (  # a bare number read as a page, a comma, then the pinpoint
            "Ruiz, C. 2014, Astrophys. J., 786, 88",
            [("Ruiz, C.", "author"), ("2014", "date"), ("Astrophys. J.", "container-title"), ("786", "page"),
             ("88", "locator")],
            {"container_title": "Astrophys. J", "volume": "786", "page": "88"},
        ),
        (  # a page and its pinpoint in brackets: no volume (the draft's page is the pinpoint, refs/locator.py)
            "Thomas, 1994, 91 (457)",
            [("Thomas", "author"), ("1994", "date"), ("91", "page"), ("457", "locator")],
            {"page": "457"},
        ),
        (  # the journal's name left unlabelled before the volume
            "A. W. DUVAL et E. PRICE. Org. Synth. 42, 75 (1962).",
            [("A. W. DUVAL et E. PRICE", "author"), ("42", "volume"), ("75", "page"), ("1962", "date")],
            {"container_title": "Org. Synth", "volume": "42", "page": "75"},
        ),
        (  # a volume word is no journal's name
            "Ono, T. Waves, vol. 42, 75-80.",
            [("Ono, T.", "author"), ("Waves", "title"), ("42", "volume"), ("75-80", "page")],
            {"title": "Waves", "volume": "42", "page": "75-80"},
        ),
    ],
)
def test_a_journals_numbers_and_name_without_a_title(text: str, pieces: list, expected: dict) -> None:
    draft = repaired(text, pieces)
    keys = ("title", "container_title", "volume", "page")
    assert {k: draft[k] for k in keys if k in draft} == expected


@pytest.mark.parametrize(
    ("text", "pieces", "title", "container"),
    [
        (  # the title has not ended where the journal span begins
            "Orav EJ, Weiler PC. Adverse events and negligent care in Utah and Colorado. Med Care 2000; 38:261-71.",
            [("Orav EJ, Weiler PC", "author"), ("Adverse events and negligent care", "title"),
             ("Utah and Colorado. Med Care", "container-title"), ("2000", "date")],
            "Adverse events and negligent care in Utah and Colorado",
            "Med Care",
        ),
        (  # an abbreviated journal: no title's end in it
            "Ono, T. Waves in plasma, Proc. Natl. Acad. Sci. 1999, 96, 11.",
            [("Ono, T.", "author"), ("Waves in plasma", "title"), ("Proc. Natl. Acad. Sci.", "container-title")],
            "Waves in plasma",
            "Proc. Natl. Acad. Sci",
        ),
        (  # the title closed with its quote
            "T. Ono, “Waves in plasma,” Plasma physics and fusion. Supplement 4 (1999).",
            [("T. Ono", "author"), ("Waves in plasma", "title"),
             ("Plasma physics and fusion. Supplement", "container-title")],
            "Waves in plasma",
            "Plasma physics and fusion. Supplement",
        ),
    ],
)
def test_a_journal_span_holds_the_end_of_a_title_that_ran_on(text: str, pieces: list, title: str, container: str):
    draft = repaired(text, pieces)
    assert (draft.get("title"), draft.get("container_title")) == (title, container)


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # APA: a chapter's pages in brackets after its book
            "Ono, T. (2013). Waves. In K. Lux (Ed.), Handbook of Plasma (63–78). New York: Springer.",
            [("Ono, T.", "author"), ("2013", "date"), ("Waves", "title"), ("K. Lux", "editor"),
             ("Handbook of Plasma", "container-title"), ("63–78", "volume"), ("New York", "publisher-place")],
            {"page": "63–78"},
        ),
        (  # a journal's volume and its issue range in brackets: not pages
            "Ono, T. (2013). Waves. Plasma 19 (1-2), 5-9.",
            [("Ono, T.", "author"), ("Waves", "title"), ("Plasma", "container-title"), ("19 (1-2)", "volume"),
             ("5-9", "page")],
            {"volume": "19", "issue": "1-2", "page": "5-9"},
        ),
    ],
)
def test_pages_in_brackets_after_a_book(text: str, pieces: list, expected: dict) -> None:
    draft = repaired(text, pieces)
    assert {k: draft[k] for k in ("volume", "issue", "page") if k in draft} == expected


def test_a_second_title_before_bracketed_pages_is_the_book_they_are_in() -> None:
    # the two-titles rule sees the "volume" before it becomes the chapter's pages: the book is kept
    text = 'Abe, K. "Circles." In Handbook of the Approach (63–78). New York: Springer, 2010.'
    pieces = [("Abe, K.", "author"), ("Circles", "title"), ("Handbook of the Approach", "title"),
              ("63–78", "volume"), ("New York", "publisher-place"), ("Springer", "publisher"), ("2010", "date")]
    draft = repaired(text, pieces)
    # (the draft keeps the full stop inside the quotes; the title's normaliser drops it)
    assert (draft.get("title"), draft.get("container_title"), draft.get("page")) == (
        "Circles.", "Handbook of the Approach", "63–78")


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # Vancouver: the pages after the volume's colon, with letters
            "Ono T. Oxygen in dogs. Am J Physiol 1989; 256:H1127-H1133.",
            [("Ono T", "author"), ("Oxygen in dogs", "title"), ("Am J Physiol", "container-title"), ("1989", "date"),
             ("256:H1127-H1133", "volume")],
            {"volume": "256", "page": "H1127-H1133"},
        ),
        (  # a range cut after its dash
            "Ono, T. Waves 2006 Plasma Letters 8 29--39 in Japanese",
            [("Ono, T.", "author"), ("Waves", "title"), ("Plasma Letters", "container-title"), ("8", "volume"),
             ("29--", "page"), ("39", "volume")],
            {"volume": "8", "page": "29--39"},
        ),
    ],
)
def test_pages_the_labeller_cut_or_left_in_the_volume(text: str, pieces: list, expected: dict) -> None:
    draft = repaired(text, pieces)
    assert {k: draft[k] for k in ("volume", "issue", "page") if k in draft} == expected


@pytest.mark.parametrize(
    ("text", "pieces", "title"),
    [
        (
            "Ono, T. (2020, May 5). Water wars are coming. The Guardian.",
            [("Ono, T.", "author"), ("2020", "date"), ("May 5). Water wars are coming", "title"),
             ("The Guardian", "container-title")],
            "Water wars are coming",
        ),
        (  # a title that begins with a month's letters
            "Ono, T. (2020). Mayhem in the city. The Guardian.",
            [("Ono, T.", "author"), ("2020", "date"), ("Mayhem in the city", "title")],
            "Mayhem in the city",
        ),
    ],
)
def test_the_rest_of_an_apa_date_is_not_the_title(text: str, pieces: list, title: str) -> None:
    assert repaired(text, pieces).get("title") == title


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # ACS book: "Title; Publisher: Place, Year"
            "Ono, T.; Ruiz, C. Classics in Plasma II; Wiley-VCH: Weinheim, 2003; pp 45–67.",
            [("Ono, T.; Ruiz, C.", "author"), ("Classics in Plasma II; Wiley-VCH", "container-title"),
             ("Weinheim", "publisher-place"), ("2003", "date")],
            {"title": "Classics in Plasma II", "publisher": "Wiley-VCH", "publisher_place": "Weinheim"},
        ),
        (  # APA 7 book: the publisher closes the reference after the title
            "Ono, T. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.",
            [("Ono, T.", "author"), ("2011", "date"), ("Thinking, fast and slow. Farrar, Straus and Giroux", "title")],
            {"title": "Thinking, fast and slow", "publisher": "Farrar, Straus and Giroux"},
        ),
        (  # a long last sentence is the title's own
            "Ono, T. (2011). Waves. A study of the many waves seen on the plasma edge.",
            [("Ono, T.", "author"), ("2011", "date"), ("Waves. A study of the many waves seen on the plasma edge", "title")],
            {"title": "Waves. A study of the many waves seen on the plasma edge"},
        ),
    ],
)
def test_a_publisher_the_title_ran_into(text: str, pieces: list, expected: dict) -> None:
    draft = repaired(text, pieces)
    assert {k: draft[k] for k in ("title", "publisher", "publisher_place") if k in draft} == expected


@pytest.mark.parametrize(
    ("text", "pieces", "author"),
    [
        (
            "Miller, Ann. 2019. “Rivers.” In Landscapes, edited by Tom Hill, 45–67. Boston: Beacon Press.",
            [("Miller", "author"), ("2019", "date"), ("Rivers", "title")],
            ["Miller, Ann"],
        ),
        (  # a volume word is no given name
            "Plasma Letters, Vol. 25, No. 3, 2010, pp. 309–314",
            [("Plasma Letters", "author"), ("25", "volume")],
            ["Plasma Letters"],
        ),
    ],
)
def test_a_given_name_left_out_of_the_names(text: str, pieces: list, author: list) -> None:
    assert names(str(repaired(text, pieces).get("author", ""))) == author


def test_a_publisher_the_title_ran_into_before_its_place_and_country() -> None:
    text = "Ono, T. 1982. The estimation of plasma waves. Charles Griffin, London, United Kingdom."
    pieces = [("Ono, T.", "author"), ("1982", "date"), ("The estimation of plasma waves. Charles Griffin", "title"),
              ("London", "publisher-place"), ("United Kingdom", "publisher")]
    draft = repaired(text, pieces)
    assert (draft["title"], draft["publisher"], draft["publisher_place"]) == (
        "The estimation of plasma waves",
        "Charles Griffin",
        "London, United Kingdom",
    )


@pytest.mark.parametrize(
    ("text", "pieces", "author", "translator"),
    [
        (
            "Ono, Taro. Waves. Translated by Ann Roe, Helen R. Lane, and Mark Seem. New York: Viking, 1977.",
            [("Ono, Taro", "author"), ("Waves", "title"), ("Ann Roe, Helen R", "translator"),
             (". Lane, and Mark Seem", "author"), ("New York", "publisher-place")],
            ["Ono, Taro"],
            ["Ann Roe", "Helen R. Lane", "Mark Seem"],
        ),
        (  # authors before the title are not the translator's
            "Ono, Taro, and Ann Roe. Waves. New York: Viking, 1977.",
            [("Ono, Taro", "translator"), ("Ann Roe", "author"), ("Waves", "title")],
            ["Ann Roe"],
            ["Ono, Taro"],
        ),
    ],
)
def test_a_translators_list_the_labeller_cut_in_two(text: str, pieces: list, author: list, translator: list):
    draft = repaired(text, pieces)
    assert (names(str(draft.get("author", ""))), names(str(draft.get("translator", "")))) == (author, translator)


@pytest.mark.parametrize(
    ("text", "pieces", "title", "container"),
    [
        (
            "Ann Roe, In the Wake of Waves: Order in Plasma, University of Chicago Press, 1993, p 32.",
            [("Ann Roe", "author"), ("the Wake of Waves: Order in Plasma", "container-title"),
             ("University of Chicago Press", "publisher"), ("1993", "date")],
            "In the Wake of Waves: Order in Plasma",
            None,
        ),
        (  # ACS names a chapter's book after "In", with its editors
            "T. Ono. In Railway Diplomacy; Woods, R. D., Ed.; Carnegie: Washington, 1990; pp 1-9.",
            [("T. Ono", "author"), ("Railway Diplomacy", "container-title"), ("Woods, R. D.", "editor"),
             ("Carnegie", "publisher"), ("Washington", "publisher-place")],
            None,
            "Railway Diplomacy",
        ),
        (  # a chapter's title, then its book after "In"
            "Roe, Ann. Waves. In Obra Completa, 1: 807–944.",
            [("Roe, Ann. Waves", "author"), ("Obra Completa", "container-title"), ("1", "volume")],
            "Waves",
            "Obra Completa",
        ),
    ],
)
def test_a_title_that_begins_with_in(text: str, pieces: list, title: str | None, container: str | None) -> None:
    draft = _repaired(text, spans_of(text, pieces))
    named = {label: text[a:b] for a, b, label in draft if label in ("title", "container-title")}
    assert (named.get("title"), named.get("container-title")) == (title, container)


def test_vancouver_initials_ed_are_no_editors_role_word() -> None:
    # "ED" (Edward D.) read as "ed.": with no role word in the text, the "editors" are the authors, initials and all
    text = "Danto SI, Crandall ED. Cloning of the gene. Mol Microbiol 1997; 26:37-48."
    draft = repaired(text, [("Danto SI, Crandall", "editor"), ("Cloning of the gene", "title"),
                            ("Mol Microbiol", "container-title"), ("1997", "date")])
    assert (draft.get("author"), draft.get("editor")) == ("Danto SI, Crandall ED", None)


@pytest.mark.parametrize(
    ("text", "pieces", "author", "title"),
    [
        (
            "———. The Glass Bead Game. Translated by Ann Roe. New York: Holt, 1969.",
            [("———. The Glass Bead Game", "author"), ("Ann Roe", "translator"), ("New York", "publisher-place")],
            "———",
            "The Glass Bead Game",
        ),
        (
            "______. Confessions, trans. R. Pine. London, 1961.",
            [("______. Confessions", "author"), ("R. Pine", "translator"), ("London", "publisher-place")],
            "______",
            "Confessions",
        ),
        (  # two hyphens, then the chapter's book after "In"
            "--. Quincas Borba. In Obra Completa, 2: 11–90.",
            [("--. Quincas Borba", "author"), ("Obra Completa", "container-title"), ("2", "volume")],
            "--",
            "Quincas Borba",
        ),
    ],
)
def test_the_dashes_that_repeat_the_authors_end_their_sentence(text: str, pieces: list, author: str, title: str):
    draft = repaired(text, pieces)
    assert (draft.get("author"), draft.get("title")) == (author, title)


@pytest.mark.parametrize(
    ("text", "pieces", "container", "publisher"),
    [
        (  # an unquoted report's title, then who published it and where
            "Lee, K. (2011). Housing after the flood. Centre for Coastal Homes, Hobart.",
            [("Lee, K.", "author"), ("2011", "date"), ("Housing after the flood", "title"),
             ("Centre for Coastal Homes", "container-title"), ("Hobart", "publisher-place")],
            None,
            "Centre for Coastal Homes",
        ),
        (  # a quoted report's title, then its publisher and the genre
            "[3] K. Lee, “Gust loads on light aircraft,” ONERA, Tech. Rep., 1991.",
            [("[3]", "citation-number"), ("K. Lee", "author"), ("Gust loads on light aircraft", "title"),
             ("ONERA", "container-title"), ("Tech. Rep", "genre"), ("1991", "date")],
            None,
            "ONERA",
        ),
        (  # a quoted paper's title, then the conference's short name
            "[5] K. Lee and P. Roe, “Edges from shading,” ICCV, 2003.",
            [("[5]", "citation-number"), ("K. Lee and P. Roe", "author"), ("Edges from shading", "title"),
             ("ICCV", "publisher"), ("2003", "date")],
            "ICCV",
            None,
        ),
        (  # a quoted title then a publishing house: a book's publisher still
            "K. Lee, “Gust Loads”, Academic Press, 1980.",
            [("K. Lee", "author"), ("Gust Loads", "title"), ("Academic Press", "publisher"), ("1980", "date")],
            None,
            "Academic Press",
        ),
        (  # a conference's proceedings keep their place
            "Lee, K. (2015). Shading cues. 11th Conference on Vision, Gothenburg, Sweden.",
            [("Lee, K.", "author"), ("2015", "date"), ("Shading cues", "title"),
             ("11th Conference on Vision", "container-title"), ("Gothenburg, Sweden", "publisher-place")],
            "11th Conference on Vision",
            None,
        ),
        (  # a chapter's book after "in", then its place
            "Roe, P. Shading cues, in Essays on Vision. Oslo, 2016.",
            [("Roe, P.", "author"), ("Shading cues", "title"), ("Essays on Vision", "container-title"),
             ("Oslo", "publisher-place"), ("2016", "date")],
            "Essays on Vision",
            None,
        ),
    ],
)
def test_a_source_read_as_publisher_or_journal_by_what_stands_around_it(
    text: str, pieces: list, container: str | None, publisher: str | None
) -> None:
    draft = repaired(text, pieces)
    assert (draft.get("container_title"), draft.get("publisher")) == (container, publisher)


@pytest.mark.parametrize(
    ("text", "pieces", "author", "title"),
    [
        (
            "Hollis, Dorothy. Reading, writing and the child: Locke, Rousseau. Penguin, 2001.",
            [("Hollis", "author"), ("Dorothy. Reading, writing and the child: Locke, Rousseau", "title"),
             ("Penguin", "publisher"), ("2001", "date")],
            "Hollis, Dorothy",
            "Reading, writing and the child: Locke, Rousseau",
        ),
        (  # a family name of two words
            "Pardo Vidal, Inés. Forma de la ciudad. México: Trillas, 2009.",
            [("Pardo Vidal", "author"), ("Inés. Forma de la ciudad", "title"), ("México", "publisher-place")],
            "Pardo Vidal, Inés",
            "Forma de la ciudad",
        ),
        (  # initials already there: "Proc." is no given name
            "V. Arnaud et al., Proc. 12th Meeting on Lasers, Lyon 2001.",
            [("V. Arnaud et al", "author"), ("Proc. 12th Meeting on Lasers", "title"), ("Lyon", "publisher-place")],
            "V. Arnaud et al",
            "Proc. 12th Meeting on Lasers",
        ),
    ],
)
def test_a_given_name_read_as_the_titles_first_word(text: str, pieces: list, author: str, title: str) -> None:
    draft = repaired(text, pieces)
    assert (draft.get("author"), draft.get("title")) == (author, title)


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # APA 6: the place and its colon ran into the title, the publisher labelled after them
            "Marsh, T. (2012). Rivers and the coming change of farming. Glens Falls (NY): Birch Press.",
            [("Marsh, T.", "author"), ("2012", "date"),
             ("Rivers and the coming change of farming. Glens Falls (NY", "title"), ("Birch Press", "publisher")],
            ("Rivers and the coming change of farming", "Glens Falls (NY)", "Birch Press"),
        ),
        (  # the title holds the publisher too
            "DURAND. Soins et gestes - Le guide pour les stages. Rennes : ELSEVIER, 2014. 300 p.",
            [("DURAND", "author"), ("Soins et gestes - Le guide pour les stages. Rennes : ELSEVIER", "title"),
             ("2014", "date")],
            ("Soins et gestes - Le guide pour les stages", "Rennes", "ELSEVIER"),
        ),
        (  # a subtitle after a colon, in small letters: no place
            "Marsh, T. (2012). Rivers. Change: the coming farming. Birch Press.",
            [("Marsh, T.", "author"), ("2012", "date"), ("Rivers. Change: the coming farming", "title"),
             ("Birch Press", "publisher")],
            ("Rivers. Change: the coming farming", None, "Birch Press"),
        ),
    ],
)
def test_a_place_and_its_colon_closing_the_title(text: str, pieces: list, expected: tuple) -> None:
    fields = _normalise(repaired(text, pieces))  # the place's bracket closed again: "Glens Falls (NY)"
    assert (fields.get("title"), fields.get("publisher_place"), fields.get("publisher")) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "editor", "container"),
    [
        (  # the book read as more editors, its last words as a note
            "K. Lee, ‘Folk Song’, in P. Roe (ed.), Oral Poetry: A Guide to Sources, Boston 1999.",
            [("K. Lee", "author"), ("Folk Song", "title"), ("P. Roe", "editor"), ("Oral Poetry: A Guide", "editor"),
             ("to Sources", "note"), ("Boston", "publisher-place"), ("1999", "date")],
            "P. Roe",
            "Oral Poetry: A Guide to Sources",
        ),
        (  # APA: the book read as a second title
            "Lee, K. (2003). Risk at sea. In A. Roe, & B. Lin (Eds.), Ships, Ports, and Trade. London: Sage.",
            [("Lee, K.", "author"), ("2003", "date"), ("Risk at sea", "title"), ("A. Roe, & B. Lin", "editor"),
             ("Ships, Ports, and Trade", "title"), ("London", "publisher-place"), ("Sage", "publisher")],
            "A. Roe, & B. Lin",
            "Ships, Ports, and Trade",
        ),
    ],
)
def test_the_book_after_its_editors_and_their_bracketed_role(text: str, pieces: list, editor: str, container: str):
    draft = repaired(text, pieces)
    assert (draft.get("editor"), draft.get("container_title")) == (editor, container)


def test_words_after_a_bare_in_with_no_role_word_are_the_titles() -> None:
    text = "Roe, Ann, The Making of Opera: A Study in Ritual, Canon, and Taste (Oxford: Clarendon Press, 1990)."
    draft = repaired(text, [("Roe, Ann", "author"), ("The Making of Opera: A Study", "title"),
                            ("Ritual, Canon, and Taste", "editor"), ("Oxford", "publisher-place"),
                            ("Clarendon Press", "publisher"), ("1990", "date")])
    assert (draft.get("title"), draft.get("editor")) == ("The Making of Opera: A Study in Ritual, Canon, and Taste", None)


@pytest.mark.parametrize(
    "pieces",
    [
        [("Ministry of Water", "container-title"), ("River basin plan", "title")],
        [("Ministry of Water", "publisher"), ("River basin plan", "title")],
        [("Ministry of Water", "title"), ("River basin plan", "title")],
    ],
)
def test_an_organisation_before_apas_no_date_mark_is_the_author(pieces: list) -> None:
    draft = repaired("Ministry of Water. (n.d.). River basin plan.", pieces)
    assert (draft.get("author"), draft.get("title"), draft.get("container_title")) == (
        "Ministry of Water",
        "River basin plan",
        None,
    )


@pytest.mark.parametrize(
    ("text", "pieces", "event"),
    [
        (
            "Roe, K. (2012, October). Vowel drift. Paper presented at NWAV 41, Bloomington, IN.",
            [("Roe, K.", "author"), ("2012", "date"), ("Vowel drift", "title"),
             ("Paper presented at NWAV 41", "publisher"), ("Bloomington, IN", "publisher-place")],
            "Paper presented at NWAV 41",
        ),
        (
            "Lee, A. (2009). Reading maps. Poster session presented at the Meeting of the SCS, Denver, CO.",
            [("Lee, A.", "author"), ("2009", "date"), ("Reading maps", "title"),
             ("Poster session presented at the Meeting of the SCS", "publisher"), ("Denver, CO", "publisher-place")],
            "Poster session presented at the Meeting of the SCS",
        ),
    ],
)
def test_the_conference_a_paper_was_presented_at_is_no_publisher(text: str, pieces: list, event: str) -> None:
    draft = repaired(text, pieces)
    assert (draft.get("container_title"), draft.get("publisher")) == (event, None)


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (
            "Roe, T. (2009). Family law. Family Law Review, 23, 194. Retrieved May 2, 2010, from LexisNexis AU.",
            [("Roe, T.", "author"), ("2009", "date"), ("Family law", "title"), ("Family Law Review", "container-title"),
             ("23", "volume"), ("194", "page"), ("Retrieved May 2", "note"), ("2010", "date"),
             ("LexisNexis AU", "publisher")],
            ("Family law", "2009", "Family Law Review", "23", None),
        ),
        (  # the database read as a title, the microfilm number as a volume
            "Roe, T. (2001). Glass (Doctoral dissertation). Retrieved from ProQuest database. (UMI No. 3001234)",
            [("Roe, T.", "author"), ("2001", "date"), ("Glass", "title"), ("Doctoral dissertation", "genre"),
             ("Retrieved from ProQuest database", "title"), ("UMI No.", "volume")],
            ("Glass", "2001", None, None, None),
        ),
        (  # "Available at" left unlabelled before the repository, read as a journal
            "Roe, T. 2013. “Minority Ownership”. Available at SSRN 2247043.",
            [("Roe, T.", "author"), ("2013", "date"), ("Minority Ownership", "title"),
             ("SSRN 2247043", "container-title")],
            ("Minority Ownership", "2013", None, None, None),
        ),
    ],
)
def test_a_retrieval_statement_is_a_note(text: str, pieces: list, expected: tuple) -> None:
    draft = repaired(text, pieces)
    assert tuple(draft.get(key) for key in ("title", "year", "container_title", "volume", "publisher")) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (
            "A. Lin, B. Roe, Astrophys. J. 786, 88 (2014).",
            [("A. Lin, B. Roe", "author"), ("Astrophys. J.", "container-title"), ("786", "volume"), ("88", "volume"),
             ("2014", "date")],
            ("786", "88"),
        ),
        (  # a page labelled already: the second number is left alone
            "A. Lin, Astrophys. J. 786, 2, 88-90 (2014).",
            [("A. Lin", "author"), ("Astrophys. J.", "container-title"), ("786", "volume"), ("2", "volume"),
             ("88-90", "page")],
            ("786", "88-90"),
        ),
    ],
)
def test_a_second_volume_after_a_comma_is_the_page(text: str, pieces: list, expected: tuple) -> None:
    draft = repaired(text, pieces)
    assert (draft.get("volume"), draft.get("page")) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # physics: publisher, place and year in one bracket
            "K. Roe, Plasma Waves (Wiley, New York, 1981).",
            [("K. Roe", "author"), ("Plasma Waves", "title"), ("Wiley, New York", "publisher"), ("1981", "date")],
            ("Plasma Waves", "Wiley", "New York"),
        ),
        (
            "K. Roe, Plasma Waves ( AMS,Providence ,1983 ).",
            [("K. Roe", "author"), ("Plasma Waves", "title"), ("AMS,Providence", "publisher-place"), ("1983", "date")],
            ("Plasma Waves", "AMS", "Providence"),
        ),
        (  # a place with its state's code is one place
            "K. Roe, Plasma Waves (Armonk, NY, 1989).",
            [("K. Roe", "author"), ("Plasma Waves", "title"), ("Armonk, NY", "publisher-place"), ("1989", "date")],
            ("Plasma Waves", None, "Armonk, NY"),
        ),
        (  # a company's word after the comma is the publisher's
            "K. Roe, Plasma Waves (Dover Publications, Incorporated, 1974).",
            [("K. Roe", "author"), ("Plasma Waves", "title"), ("Dover Publications, Incorporated", "publisher"),
             ("1974", "date")],
            ("Plasma Waves", "Dover Publications, Incorporated", None),
        ),
        (  # the title's second half read as a first publisher
            "Roe, Ann. Salt Lake, Salt Town. New York: Thames and Hudson, 1992.",
            [("Roe, Ann", "author"), ("Salt Lake", "title"), ("Salt Town", "publisher"), ("New York", "publisher-place"),
             ("Thames and Hudson", "publisher"), ("1992", "date")],
            ("Salt Lake, Salt Town", "Thames and Hudson", "New York"),
        ),
    ],
)
def test_a_publisher_and_its_place_by_where_they_stand(text: str, pieces: list, expected: tuple) -> None:
    draft = repaired(text, pieces)
    assert (draft.get("title"), draft.get("publisher"), draft.get("publisher_place")) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # the title's start read as a last name, the rest labelled title
            "K. Roe, Plasma: The Legacy of A. N. Lin, Wiley, New York (1995).",
            [("K. Roe, Plasma", "author"), ("The Legacy of A. N. Lin", "title"), ("Wiley", "publisher")],
            ("K. Roe", "Plasma: The Legacy of A. N. Lin", None),
        ),
        (  # the whole title read as a name
            "S. B. Roe, Turbulent Waves, Wiley, New York (2000).",
            [("S. B. Roe, Turbulent Waves", "author"), ("Wiley", "publisher"), ("New York", "publisher-place")],
            ("S. B. Roe", "Turbulent Waves", None),
        ),
        (  # a journal before its volume, no title
            "Y. Lin and H. Roe, Collective Waves 2, 55 (1975).",
            [("Y. Lin and H. Roe, Collective Waves", "author"), ("2", "volume"), ("55", "page")],
            ("Y. Lin and H. Roe", None, "Collective Waves"),
        ),
        (  # a suffix is the name's
            "K. Roe, Jr, Waves, Wiley (1990).",
            [("K. Roe, Jr", "author"), ("Waves", "title"), ("Wiley", "publisher")],
            ("K. Roe, Jr", "Waves", None),
        ),
        (  # a collaboration after "et al."
            "C. Lin et al., Particle Data Group, Phys. Lett. B 667 (2008), 1.",
            [("C. Lin et al., Particle Data Group", "author"), ("Phys. Lett. B", "container-title"), ("667", "volume")],
            ("C. Lin et al., Particle Data Group", None, "Phys. Lett. B"),
        ),
    ],
)
def test_a_title_at_the_end_of_initialled_names(text: str, pieces: list, expected: tuple) -> None:
    draft = repaired(text, pieces)
    assert (draft.get("author"), draft.get("title"), draft.get("container_title")) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (  # the quoted title's words read as names, the journal as the title
            "Levy, Steven. “Great Minds, Great Ideas.” Newsweek 27 May 2002.",
            [("Levy, Steven. “Great Minds, Great Ideas", "author"), ("Newsweek", "title"), ("2002", "date")],
            (("Levy, Steven",), "Great Minds, Great Ideas", "Newsweek"),
        ),
        (  # straight quotes; a title span inside the quotes is taken in
            'Roe, Ann, "Water, Land, and Power," Central Asian Survey 12 (1993).',
            [("Roe, Ann, \"Water, Land", "author"), ("and Power", "title"), ("Central Asian Survey", "container-title")],
            (("Roe, Ann",), "Water, Land, and Power", "Central Asian Survey"),
        ),
    ],
)
def test_a_quoted_title_the_names_ran_over(text: str, pieces: list, expected: tuple) -> None:
    fields = _normalise(repaired(text, pieces))
    assert (fields["author"], fields["title"], fields.get("container_title")) == expected


def test_a_quote_inside_a_name_list_without_its_sentence_end_is_left() -> None:
    # no comma or full stop before the quote: no title opens there, the spans stay as they were
    text = "Dwayne “The Rock” Johnson, Memoirs, 2019."
    pieces = [("Dwayne “The Rock” Johnson", "author"), ("Memoirs", "title")]
    assert repaired(text, pieces)["author"] == "Dwayne “The Rock” Johnson"


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        (
            "Goers SK. Two isoenzymes. Planta (1984) 162:117-124.",
            [("Goers SK", "author"), ("Two isoenzymes", "title"), ("Planta", "container-title"), ("1984", "date"),
             ("162", "locator"), ("117-124", "page")],
            ("Planta", "162", "117-124"),
        ),
        (
            "Remane A (1926) Gastrotrichen. Z. Wiss 5: 625-754.",
            [("Remane A", "author"), ("1926", "date"), ("Gastrotrichen", "title"), ("Z. Wiss 5", "container-title"),
             ("625-754", "page")],
            ("Z. Wiss", "5", "625-754"),
        ),
    ],
)
def test_the_volume_before_the_colon_of_the_pages(text: str, pieces: list, expected: tuple) -> None:
    fields = _normalise(repaired(text, pieces))
    assert (fields.get("container_title"), fields.get("volume"), fields.get("page")) == expected


@pytest.mark.parametrize(
    ("text", "pieces", "volume"),
    [
        (
            "F. Dolphin. The porphyrins. Vol. I. Academic Press, New York. 1978.",
            [("F. Dolphin", "author"), ("The porphyrins", "title"), ("Academic Press", "publisher"), ("1978", "date")],
            "I",
        ),
        (
            "王亮, ‘经济改革与社会变迁’, 法学研究, lxxii/5 (2007), pp. 300–336.",
            [("王亮", "author"), ("经济改革与社会变迁", "title"), ("法学研究", "container-title"), ("5", "issue")],
            "lxxii",
        ),
        (  # a Roman numeral inside the title is the title's
            "Roe, A. Vol. IV of the Letters. London, 1901.",
            [("Roe, A.", "author"), ("Vol. IV of the Letters", "title"), ("London", "publisher-place")],
            None,
        ),
    ],
)
def test_a_roman_volume_no_span_holds(text: str, pieces: list, volume: str | None) -> None:
    assert _normalise(repaired(text, pieces)).get("volume") == volume


@pytest.mark.parametrize(
    ("text", "pieces", "container"),
    [
        (  # "In:" and the book's editors between the two titles
            "吕丽娟. 里海地区的政治转型问题. In: 姜娜, editor. 试析乌兹别克斯坦宗教复兴. 济南: 山东人民出版社; 2004.",
            [("吕丽娟", "author"), ("里海地区的政治转型问题", "title"), ("姜娜", "editor"), ("试析乌兹别克斯坦宗教复兴", "title"),
             ("济南", "publisher-place")],
            "试析乌兹别克斯坦宗教复兴",
        ),
        (  # the book's editors after it, with their role word
            "Зимин П., “近代安全合作史”, “一带一路”建设的经验, ed. 牛建国, 北京: 社会科学文献出版社, 2010.",
            [("Зимин П.", "author"), ("近代安全合作史", "title"), ("“一带一路”建设的经验", "title"), ("牛建国", "editor"),
             ("北京", "publisher-place")],
            "“一带一路”建设的经验",
        ),
        (  # neither: a title and a subtitle-like second title stay as they were
            "Roe, A. Steppe. Water. London: Routledge, 2001.",
            [("Roe, A.", "author"), ("Steppe", "title"), ("Water", "title"), ("London", "publisher-place")],
            None,
        ),
    ],
)
def test_the_second_title_is_the_book_a_chapter_is_in(text: str, pieces: list, container: str | None) -> None:
    assert _normalise(repaired(text, pieces)).get("container_title") == container
