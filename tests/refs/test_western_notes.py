"""Western full notes and repeats as a note parser reads them (issue 8): expected values read off each string."""

from __future__ import annotations

import pytest

from cite.model import FOOTNOTE, Note
from cite.refs import parse_note
from cite.refs.parse import parse_reference


def _references(text: str) -> list[dict]:
    return [r.csl() for r in parse_note(Note("n.txt", 1, "1", None, 1, text, FOOTNOTE)).references]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # plain text, no italics: the title holds commas and a quoted word; the names' list ends with "and"
            "Ida Marsh, Roads, Rivers, Rails: The “Iron” Age of the Steppe (Leeds, UK: Kestrel Press, 1999), 45–47.",
            {"type": "book", "author": ["Ida Marsh"], "title": "Roads, Rivers, Rails: The “Iron” Age of the Steppe",
             "publisher-place": "Leeds, UK", "publisher": "Kestrel Press", "year": "1999", "locator": "45-47"},
        ),
        (  # a quoted word then "in" is no chapter's "in"
            "Tom Ek, The “Salt” in the Steppe (Oslo: Fjord, 2004), 3.",
            {"type": "book", "author": ["Tom Ek"], "title": "The “Salt” in the Steppe", "locator": "3"},
        ),
        (
            "Ida Marsh, Tom Ek, and Li Wen, Salt and Silver (Oslo: Fjord, 2004).",
            {"type": "book", "author": ["Ida Marsh", "Tom Ek", "Li Wen"], "title": "Salt and Silver",
             "publisher-place": "Oslo", "publisher": "Fjord", "year": "2004"},
        ),
        (  # an organisation's report: the series after the italic title is none of the title, nor its issue
            "Harbour Research Council, *Ports of the North*, Coastal Studies Paper no. 41 (Bergen: Harbour Research "
            "Council, 2011), 9.",
            {"type": "report", "author": ["Harbour Research Council"], "title": "Ports of the North", "issue": None,
             "publisher": "Harbour Research Council", "year": "2011", "locator": "9"},
        ),
        (  # without italics a numbered series is cut off too
            "Harbour Research Council, Ports of the North, Coastal Studies Paper no. 41 (Bergen: HRC, 2011).",
            {"type": "report", "title": "Ports of the North", "issue": None},
        ),
        (  # "op. cit." stands for the title: a short form with the author and page only
            "Marsh, op. cit., p. 61.",
            {"author": ["Marsh"], "title": None, "page": "61", "short": True},
        ),
    ],
)  # fmt: skip
def test_one_reference(text: str, expected: dict) -> None:
    references = _references(text)
    assert len(references) == 1
    assert {key: references[0].get(key) for key in expected} == expected


def test_two_short_forms_in_one_note_without_italics() -> None:
    references = _references("Marsh, Salt Roads, 40–41; Ek, Barges, 9.")
    assert [{k: r.get(k) for k in ("author", "title", "page", "short")} for r in references] == [
        {"author": ["Marsh"], "title": "Salt Roads", "page": "40-41", "short": True},
        {"author": ["Ek"], "title": "Barges", "page": "9", "short": True},
    ]


def test_a_comment_with_terms_in_italics_cites_nothing() -> None:
    assert _references("The word *yurt* is used as locals use it in the 1990s; dates follow the Julian calendar.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # fond, opis, delo and leaves are no volume, author or page of a book; the leaves are the page cited
            "“Otchet o stepnykh kolodtsakh,” 2 June 1928, GARF, f. 1235, op. 4, d. 77, ll. 10–12.",
            {"type": "document", "title": "Otchet o stepnykh kolodtsakh", "year": "1928", "locator": "10-12",
             "author": None, "volume": None, "issue": None},
        ),
        (
            "Ivan Roe to Petr Doe, 3 May 1921, RGASPI, f. 17, op. 3, d. 45, l. 12ob.",
            {"type": "document", "title": "Ivan Roe to Petr Doe", "year": "1921", "locator": "12", "volume": None},
        ),
        (  # an initial's full stop ends no unquoted title
            "P. Doe to the Oblast Committee, 4 May 1921, RGASPI, f. 17, op. 3, d. 45, l. 12.",
            {"type": "document", "title": "P. Doe to the Oblast Committee", "locator": "12"},
        ),
        (
            "Справка о колодцах. 1928. ГАРФ. Ф. 1235. Оп. 4. Д. 77. Л. 10–12.",
            {"type": "document", "title": "Справка о колодцах", "year": "1928", "locator": "10-12"},
        ),
    ],
)  # fmt: skip
def test_an_archival_file(text: str, expected: dict) -> None:
    test_one_reference(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the school is the publisher, not a container, and the last two parts are its place
            "J. Roe, “Salt in wells,” M.S. thesis, Dept. Geol., Univ. Leeds, Leeds, U.K., 2011.",
            {"type": "thesis", "author": ["J. Roe"], "title": "Salt in wells", "publisher": "Dept. Geol., Univ. Leeds",
             "publisher-place": "Leeds, U.K.", "container-title": None, "year": "2011"},
        ),
        (
            "A. Lee and B. Cho, “Ice roads,” Ph.D. dissertation, Polar Institute, Tromsø, 2010.",
            {"type": "thesis", "author": ["A. Lee", "B. Cho"], "publisher": "Polar Institute", "publisher-place": "Tromsø"},
        ),
        (  # a US place: city, state, country
            "K. Ames, “Dune flow,” M.S. thesis, Harbor Tech, Salem, OR, USA, 2019.",
            {"type": "thesis", "publisher": "Harbor Tech", "publisher-place": "Salem, OR, USA", "year": "2019"},
        ),
    ],
)  # fmt: skip
def test_an_ieee_thesis(text: str, expected: dict) -> None:
    got = parse_reference(text, entry=True).csl()
    assert {key: got.get(key) for key in expected} == expected


def test_a_web_page_dated_before_its_url_with_no_access_word() -> None:
    # the date before the URL is the page's, and the body that publishes it (no institution by name) is the site
    references = _references("Ida Marsh, “Wells of the steppe,” Steppe Water Watch, May 3, 2019, https://example.org/w.")
    assert [{k: r.get(k) for k in ("type", "container-title", "publisher", "year", "accessed")} for r in references] == [
        {"type": "webpage", "container-title": "Steppe Water Watch", "publisher": None, "year": "2019",
         "accessed": None}
    ]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("Ana Ruiz, “Salt and Water on the Steppe,” Harwell Institution, June 2021, https://harwell.example.org/brief.",
         "Harwell Institution"),
        ("Ruiz, Ana. “The Steppe and Its Wells.” Fenwick University Press, 2019. https://example.org/wells",
         "Fenwick University Press"),
    ],
)  # fmt: skip
def test_an_institution_or_press_beside_a_quoted_title_and_a_url_stays_the_publisher(text: str, publisher: str) -> None:
    got = parse_reference(text).csl()
    assert (got.get("publisher"), got.get("container-title")) == (publisher, None)


def test_a_plain_title_whose_last_part_ends_with_a_year_keeps_it() -> None:
    got = parse_reference("Jane Roe, Kazakhstan, Year Zero: The Famine of 1932 (London: Routledge, 2001), 5.").csl()
    assert got.get("title") == "Kazakhstan, Year Zero: The Famine of 1932"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("O. Roy, *The New Central Asia: The Creation of Nations* (London, 2000), 12–14.", "London"),
        ("R. G. Suny, *The Making of the Georgian Nation*, 2nd edn (Bloomington, IN, 1994), 185–7.", "Bloomington, IN"),
    ],
)
def test_a_book_by_its_place_and_year_alone_with_a_state_code(text: str, place: str) -> None:
    (reference,) = _references(text)
    assert (reference["type"], reference["publisher-place"]) == ("book", place)


def test_a_title_that_opens_with_a_quotation_runs_to_its_own_closing_quote() -> None:
    (reference,) = _references(
        "Alexander Morrison, ‘“Applied Orientalism” in British India and Tsarist Turkestan’, *Comparative Studies in "
        "Society and History*, 51.3 (2009), 619–47 (pp. 625–26)."
    )
    assert reference["title"] == "“Applied Orientalism” in British India and Tsarist Turkestan"
    assert reference["container-title"] == "Comparative Studies in Society and History"


def test_a_gost_title_loses_its_number_of_volumes() -> None:
    (reference,) = _references("Бартольд В. В. Сочинения: в 9 т. Т. 3. – М.: Наука, 1965. – С. 120–122.")
    assert (reference["title"], reference["volume"]) == ("Сочинения", "3")


def test_a_reference_list_entry_is_one_reference_whatever_semicolons_it_holds() -> None:
    text = (
        "Nurtazin, S.; Kenessov, B. Pesticide Residues in Soils of the Syr Darya Delta. In *The Aral Sea Environment*; "
        "Kostianoy, A. G., Kosarev, A. N., Eds.; Springer: Berlin, 2010; pp 201–218."
    )
    references = parse_note(Note("refs.md", 1, "", None, 1, text, "body")).references
    assert len(references) == 1 and references[0].year == "2010"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # German: "Name, Vorname: Titel, Ort Jahr, S. 87" is a source, not a comment
            "Kollmar-Paulenz, Karénina: Die Mongolen. Von Dschingis Khan bis heute, München 2011, S. 87.",
            {"author": ["Kollmar-Paulenz, Karénina"], "publisher-place": "München", "year": "2011"},
        ),
        (  # MHRA: a title in quotes holding a quotation, then "volume.issue"
            "Natalie Koch, ‘The Monumental and the Miniature: Imagining “Modernity” in Astana’, *Social & Cultural "
            "Geography*, 11.8 (2010), 769–87 (p. 775).",
            {"title": "The Monumental and the Miniature: Imagining “Modernity” in Astana", "volume": "11", "issue": "8"},
        ),
        (  # French: the place, a comma, the publisher; an editor marked "(dir.)"
            "Boris Chichlo (dir.), *Sibérie III : questions sibériennes*, Paris, Institut d’études slaves, 1999, p. 112.",
            {"editor": ["Boris Chichlo"], "publisher": "Institut d’études slaves", "publisher-place": "Paris"},
        ),
        (
            "Isabelle Ohayon, *La Sédentarisation des Kazakhs dans l’URSS de Staline*, Paris, Maisonneuve et Larose, "
            "2006, p. 213-215.",
            {"type": "book", "publisher": "Maisonneuve et Larose", "publisher-place": "Paris"},
        ),
        (  # the place, its colon, the publisher: a book's imprint, not a journal (the labeller reads it as one)
            "Pavlenko, Aneta. Multilingualism in Post-Soviet Countries. Translated by John Smith. Bristol: Multilingual "
            "Matters, 2008.",
            {"type": "book", "publisher": "Multilingual Matters", "publisher-place": "Bristol", "container-title": None},
        ),
    ],
)
def test_german_mhra_and_french_notes(text: str, expected: dict) -> None:
    (reference,) = _references(text)
    assert {key: reference.get(key) for key in expected} == expected


def test_a_volume_set_in_italics_with_its_journal() -> None:
    reference = parse_reference(
        "Addison, J., & Waldron, S. (2012). A critical review of degradation assumptions applied to Mongolia's Gobi "
        "Desert. *The Rangeland Journal, 34*(2), 125-137.",
        entry=True,
    )
    assert (reference.container_title, reference.volume, reference.issue) == ("The Rangeland Journal", "34", "2")


@pytest.mark.parametrize(
    ("text", "journal", "volume"),
    [
        ("Biskaborn, B. K. et al. Permafrost is warming at a global scale. *Nat. Commun.* **10**, 264 (2019).", "Nat. Commun.", "10"),
        ("Törnqvist, R.; Karimov, B. Health Risks from Water Pollution. *Environ. Int.* **2011**, *37*, 435–442.", "Environ. Int.", "37"),
        # NLM abbreviations have no stops: the full stop after the name is punctuation
        ("Kulkaeva G, Nugmanova Z. Prevalence of HIV in Almaty. Cent Asian J Glob Health. 2019;8(1):412.", "Cent Asian J Glob Health", "8"),
    ],
)
def test_a_journal_abbreviated_with_stops_keeps_its_last_and_its_volume(text: str, journal: str, volume: str) -> None:
    reference = parse_reference(text, entry=True)
    assert (reference.container_title, reference.volume) == (journal, volume)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # German: "Titel. Untertitel, in: Zeitschrift": what stands before "in:" is the title
            "Stadelbauer, Jörg: Erdöl und Erdgas am Kaspischen Meer. Geopolitik und Umwelt, in: Osteuropa 51 (2001), H. 6, "
            "S. 709–727.",
            {"title": "Erdöl und Erdgas am Kaspischen Meer. Geopolitik und Umwelt", "container-title": "Osteuropa"},
        ),
        (  # the editors' list after "ed. by" goes on past its first name
            "*The Cambridge History of Inner Asia: The Chinggisid Age*, ed. by Nicola Di Cosmo, Allen J. Frank and Peter "
            "B. Golden (Cambridge: Cambridge University Press, 2009), p. 77.",
            {"author": None, "editor": ["Nicola Di Cosmo", "Allen J. Frank", "Peter B. Golden"]},
        ),
        (  # a publisher's name holding commas is one publisher
            "N. M. Przhevalsky, *Mongolia, the Tangut Country, and the Solitudes of Northern Tibet*, trans. by E. Delmar "
            "Morgan (London: Sampson Low, Marston, Searle & Rivington, 1876), p. 54.",
            {"publisher": "Sampson Low, Marston, Searle & Rivington", "translator": ["E. Delmar Morgan"]},
        ),
    ],
)
def test_a_title_before_in_an_editors_list_and_a_publisher_with_commas(text: str, expected: dict) -> None:
    (reference,) = _references(text)
    assert {key: reference.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [  # ACS prints the publisher before its place; Chicago the place first: the known place tells which is which
        (
            "Grachev, M. A. Lake Baikal: Ecology and Present Problems. In *Lake Baikal: Evolution and Biodiversity*, "
            "2nd ed.; Kozhova, O. M., Izmest’eva, L. R., Eds.; Backhuys: Leiden, 1998; pp 271–284.",
            "Backhuys",
            "Leiden",
        ),
        ("Stumm, W.; Morgan, J. J. *Aquatic Chemistry*, 3rd ed.; Wiley: New York, 1996.", "Wiley", "New York"),
    ],
)
def test_a_publisher_and_its_place_in_either_order(text: str, publisher: str, place: str) -> None:
    reference = parse_reference(text, entry=True)
    assert (reference.publisher, reference.publisher_place) == (publisher, place)
