"""Labelled spans -> draft fields (hand-labelled strings; no model needed)."""

from __future__ import annotations

from cite.refs.labeller.fields import draft_of


def _spans(text: str, *fields: tuple[str, str]) -> list[tuple[int, int, str]]:
    """Spans from (value, label) pairs, found left to right in `text`."""
    out, cursor = [], 0
    for value, label in fields:
        start = text.index(value, cursor)
        out.append((start, start + len(value), label))
        cursor = start + len(value)
    return out


def test_journal_article_fields() -> None:
    text = "Poole, David (1988). A logical framework. Artificial Intelligence, 36(1), 27-47."
    spans = _spans(
        text,
        ("Poole, David", "author"),
        ("1988", "date"),
        ("A logical framework", "title"),
        ("Artificial Intelligence", "container-title"),
        ("36", "volume"),
        ("1", "issue"),
        ("27-47", "page"),
    )
    assert draft_of(text, spans) == {
        "author": "Poole, David",
        "year": "1988",
        "title": "A logical framework",
        "container_title": "Artificial Intelligence",
        "volume": "36",
        "issue": "1",
        "page": "27-47",
    }


def test_a_closing_mark_left_outside_the_span_is_taken_back() -> None:
    text = "刘晓东, ed., 中亚国家发展报告（2021）, 3."
    spans = _spans(text, ("刘晓东", "editor"), ("中亚国家发展报告（2021", "title"), ("3", "locator"))
    draft = draft_of(text, spans)
    assert draft["title"] == "中亚国家发展报告（2021）" and draft["editor"] == "刘晓东"


def test_short_form_ibid_and_genre() -> None:
    text = "Gerhardt, Federal Appointments Process, 45."
    draft = draft_of(
        text, _spans(text, ("Gerhardt", "author"), ("Federal Appointments Process", "title"), ("45", "locator"))
    )
    assert draft == {"author": "Gerhardt", "title": "Federal Appointments Process", "page": "45", "short": True}
    text = "Ibid., 12."
    assert draft_of(text, _spans(text, ("Ibid.", "ibid"), ("12", "locator"))) == {"page": "12", "ibid": True}
    text = "Jonathan Pryce, Migration (PhD diss., University of Oxford, 2017)."
    draft = draft_of(
        text,
        _spans(
            text,
            ("Jonathan Pryce", "author"),
            ("Migration", "title"),
            ("PhD diss.", "genre"),
            ("University of Oxford", "publisher"),
            ("2017", "date"),
        ),
    )
    assert draft["genre"] == "thesis" and "short" not in draft


def test_the_pinpoint_goes_in_page_as_the_rules_put_it_and_names_keep_their_last_initial() -> None:
    text = "Reed, R. C. and Lee, K., “T,” J 4 (2001): 215–38 (p. 217)."
    spans = _spans(
        text,
        ("Reed, R. C.", "author"),
        ("Lee, K.", "author"),
        ("T", "title"),
        ("J", "container-title"),
        ("4", "volume"),
        ("2001", "date"),
        ("215–38", "page"),
        ("217", "locator"),
    )
    draft = draft_of(text, spans)
    assert draft["author"] == "Reed, R. C., Lee, K." and draft["page"] == "217" and "locator" not in draft


def test_an_issue_inside_the_volume_span_is_taken_out_of_it() -> None:
    """AnyStyle's data label "8(3)" volume whole, and the labeller learnt it; a year in brackets is no issue."""
    cases = {
        "Nursing, 8(3), 233-240.": ("8(3)", "8", "3"),
        "Archaeologist, Vol. 19 (1-2), pp. 27-9": ("Vol. 19 (1-2)", "19", "1-2"),
        "Rockets, vol. 49, no. 2, March 2012.": ("vol. 49, no. 2", "49", "2"),
        "Вестник, Т. 5, № 3. С. 10.": ("Т. 5, № 3", "5", "3"),
        "学报, 第3卷第2期": ("第3卷第2期", "3", "2"),
        "Journal 12 (2020), 5.": ("12 (2020)", "12", None),
    }
    for text, (value, volume, issue) in cases.items():
        draft = draft_of(text, _spans(text, (value, "volume")))
        assert (draft.get("volume"), draft.get("issue")) == (volume, issue), text


def test_names_are_one_run_a_second_run_after_other_fields_is_dropped() -> None:
    text = "Chang, Chris. “Sound and Lothar Baumgarten.” Film Comment 40.1 (January–February 2004): 17."
    stray = _spans(
        text,
        ("Chang, Chris", "author"),
        ("Sound and Lothar Baumgarten.", "title"),
        ("Film Comment", "container-title"),
        ("January", "author"),
        ("2004", "date"),
    )
    assert draft_of(text, stray)["author"] == "Chang, Chris"  # not "Chang, Chris, January": three names
    text = "Smith, J. and Lee, K. Title. Journal, 2001."
    split = _spans(text, ("Smith, J.", "author"), ("Lee, K.", "author"), ("Title", "title"))
    assert draft_of(text, split)["author"] == "Smith, J., Lee, K."  # "and" left unlabelled between: one run
