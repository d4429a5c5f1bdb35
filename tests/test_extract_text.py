"""Plain-text boilerplate rules: each rule removes its furniture and spares real sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.extract.text import clean_text, default_rules, normalise

BODY = (
    "The foreign ministers of Estland and Valoria met in Ostra on Tuesday and agreed to reopen "
    "the border crossing that had been closed to freight since January.\n\n"
    "Officials from both ministries said a joint commission would meet every month to settle "
    "disputes over the shared river, and that a customs accord could follow in the autumn.\n\n"
    "Farmers on both sides of the frontier welcomed the news, saying the closure had cost them "
    "much of the winter harvest and forced long detours through a third country."
)


def _clean(text: str, **kw):
    return clean_text(text, **kw)


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Spread the love", "share"),
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Facebook | Twitter | LinkedIn", "share"),
        ("1.2k Shares", "share"),
        ("Related posts", "related"),
        ("You may also like:", "related"),
        ("Tags: Estland, Valoria, water", "related"),
        ("Leave a Comment", "comments"),
        ("Leave a Reply Cancel reply", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comments",
        ),
        ("Name *", "comments"),
        ("Post Comment", "comments"),
        ("+ 49 = 53", "captcha"),
        ("7 × 3 = ?", "captcha"),
        ("12 - = 5", "captcha"),
        ("What is 4 + 9?", "captcha"),
        ("We use cookies to give you the best experience on our website.", "cookies"),
        ("Accept all cookies", "cookies"),
        ("Follow us on Twitter", "follow"),
        ("Follow The Northern Ledger on Google News", "follow"),
        ("Join us on Telegram for breaking news", "follow"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Subscribe now!", "newsletter"),
        ("Read more", "read_more"),
        ("Read more: Dam levels fall as summer heat builds", "read_more"),
        ("Also Read | Farmers rally at the crossing", "read_more"),
        ("Advertisement", "advertising"),
        ("Story continues below advertisement", "advertising"),
        ("Image caption, The crossing at Ostra in January", "media"),
        ("Copyright 2022 The Northern Ledger. All rights reserved.", "navigation"),
        ("This article needs review by a second editor before it goes out.", "notices"),
        ("-Article last amended: Jan 3 at 10:00:00 UTC (history)", "notices"),
    ],
)
def test_furniture_line_is_dropped(line: str, group: str) -> None:
    cleaned = _clean(f"{BODY}\n\n{line}\n\n{BODY}")
    assert line not in cleaned.text
    assert (group, normalise(line)) in cleaned.removed


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of the state oil company fell 4% after the sanctions were announced.",
        "Moscow may follow Beijing's lead and share its satellite data with Pyongyang.",
        "Follow-up talks are planned for May, a spokesman said.",
        "Read the full statement, the minister urged reporters, before drawing conclusions.",
        "Related parties must disclose their holdings, the regulator said.",
        "Leave a comment like that out of the record, the judge told the lawyer.",
        "Advertisements for the referendum were banned by the electoral commission.",
        "Copyright law was at the centre of the trade dispute between the two countries.",
        "The treaty was signed by 49 states; 53 had taken part in the talks.",
        "Share prices in Seoul rose after the summit.",
        "We use the data to track shipments, the customs chief said of the new cookies policy.",
    ],
)
def test_real_sentence_survives(sentence: str) -> None:
    cleaned = _clean(f"{BODY}\n\n{sentence}\n\n{BODY}")
    assert sentence in cleaned.text


def test_tail_after_marker_is_cut_with_what_follows() -> None:
    text = (
        f"{BODY}\n\nRelated posts\n\nDam levels fall as summer heat builds\n\n"
        "Farmers rally at Ostra crossing\n\nLeave a Comment\n\n+ 4 = 11"
    )
    cleaned = _clean(text)
    assert cleaned.text.endswith("through a third country.")
    assert "Dam levels" not in cleaned.text
    assert "Farmers rally" not in cleaned.text


def test_marker_early_in_text_does_not_cut_the_article() -> None:
    text = f"Related\n\n{BODY}\n\n{BODY}"
    cleaned = _clean(text)
    assert cleaned.text.count("Farmers on both sides") == 2


def test_title_is_first_line_and_leaves_body() -> None:
    cleaned = _clean(f"  Ministers agree to reopen crossing  \n\n{BODY}", title_in_text=True)
    assert cleaned.title == "Ministers agree to reopen crossing"
    assert not cleaned.text.startswith("Ministers agree")


def test_repeated_title_line_is_dropped() -> None:
    cleaned = _clean(
        f"Ministers agree to reopen crossing\n\n{BODY}",
        known_title="Ministers agree to reopen crossing",
    )
    assert cleaned.text.startswith("The foreign ministers")


def test_bullets_near_top_are_key_points_and_stay_as_lines() -> None:
    text = (
        "Title line\n\nShare this\n"
        "  • Estland and Valoria agreed to reopen the crossing. \n"
        "  ▪ A joint commission will meet monthly.\n\n"
        f"{BODY}"
    )
    cleaned = _clean(text, title_in_text=True)
    assert cleaned.key_points == (
        "Estland and Valoria agreed to reopen the crossing.",
        "A joint commission will meet monthly.",
    )
    assert cleaned.text.startswith(
        "Estland and Valoria agreed to reopen the crossing.\nA joint commission will meet monthly.\n\n"
    )
    assert "•" not in cleaned.text and "▪" not in cleaned.text


def test_dash_bullets_need_a_run_of_two() -> None:
    two = _clean(f"- First point of the story here.\n- Second point of the story here.\n\n{BODY}")
    assert two.key_points == ("First point of the story here.", "Second point of the story here.")
    one = _clean(f"- A lone dash line opens this text.\n\n{BODY}")
    assert one.key_points == ()
    assert one.text.startswith("- A lone dash line")


def test_bullets_late_in_text_are_not_key_points() -> None:
    text = f"{BODY}\n\n{BODY}\n\n• A list item deep in the article.\n• Another one."
    cleaned = _clean(text)
    assert cleaned.key_points == ()
    assert "A list item deep in the article.\nAnother one." in cleaned.text


def test_key_point_heading_is_dropped() -> None:
    cleaned = _clean(
        f"Key points:\n• One thing happened today.\n• Another thing followed.\n\n{BODY}"
    )
    assert cleaned.key_points == ("One thing happened today.", "Another thing followed.")
    assert "Key points" not in cleaned.text


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("(With inputs from agencies)", "With inputs from agencies"),
        ("With agency inputs", "With agency inputs"),
        ("(With inputs from PTI)", "With inputs from PTI"),
        ("(Reuters)", "Reuters"),
        ("— AP", "AP"),
        ("- Reuters", "Reuters"),
        (
            "(Reporting by Jane Roe; Editing by John Doe)",
            "Reporting by Jane Roe; Editing by John Doe",
        ),
    ],
)
def test_credit_lines_move_to_credits(line: str, credit: str) -> None:
    cleaned = _clean(f"{BODY}\n\n{line}")
    assert cleaned.credits == (credit,)
    assert line not in cleaned.text
    assert cleaned.text.endswith("through a third country.")


def test_credit_in_brackets_at_end_of_last_paragraph() -> None:
    cleaned = _clean(f"{BODY} (With inputs from agencies)")
    assert cleaned.credits == ("With inputs from agencies",)
    assert cleaned.text.endswith("through a third country.")


def test_wire_dateline_goes_and_agency_is_credited() -> None:
    text = (
        "OSTRA, Estland (Reuters) - The foreign ministers of Estland and Valoria agreed on Tuesday "
        "to reopen the border crossing that had been closed to freight since January."
    )
    cleaned = _clean(text)
    assert cleaned.credits == ("Reuters",)
    assert cleaned.text.startswith("The foreign ministers")


def test_bracketed_agency_inside_a_sentence_stays() -> None:
    s = "The report (AP) was cited by officials who asked not to be named in the capital today."
    assert s in _clean(f"{BODY}\n\n{s}").text


@pytest.mark.parametrize(
    ("first", "date", "rest"),
    [
        ("Friday, January 4, 2019\u00a0", dt.date(2019, 1, 4), ""),
        ("Sept. 12, 2023", dt.date(2023, 9, 12), ""),
        ("12 September 2023 10:30 GMT", dt.date(2023, 9, 12), ""),
        ("Sept. 12, 2023 — The summit opened", dt.date(2023, 9, 12), "The summit opened"),
    ],
)
def test_dateline_at_top_is_removed_and_dated(first: str, date: dt.date, rest: str) -> None:
    cleaned = _clean(f"{first}\n\n{BODY}")
    assert cleaned.published == date
    assert cleaned.date_origin == "dateline"
    assert cleaned.text.startswith(rest or "The foreign ministers")


def test_date_inside_first_sentence_is_not_a_dateline() -> None:
    s = "January 4, 2019 was the day the two foreign ministers first met at the frontier post."
    cleaned = _clean(f"{s}\n\n{BODY}")
    assert cleaned.published is None
    assert cleaned.text.startswith(s)


def test_dateline_deep_in_text_is_ignored() -> None:
    cleaned = _clean(f"{BODY}\n\n{BODY}\n\nFriday, January 4, 2019")
    assert cleaned.published is None


def test_byline_and_stamp_lines() -> None:
    text = f"By Mara Lindqvist and Tomas Vell\nPublished: 15 March 2022\nUpdated: 16 March 2022\n\n{BODY}"
    cleaned = _clean(text)
    assert cleaned.author == "Mara Lindqvist and Tomas Vell"
    assert cleaned.published == dt.date(2022, 3, 15)
    assert cleaned.date_origin == "published line"
    assert cleaned.text.startswith("The foreign ministers")


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = "First paragraph is here and long enough.\r\n\r\n\r\nSecond one.\nThird one on its own line."
    cleaned = _clean(text)
    assert (
        cleaned.text
        == "First paragraph is here and long enough.\n\nSecond one.\n\nThird one on its own line."
    )


def test_hard_wrapped_paragraphs_are_joined() -> None:
    para = (
        "The foreign ministers of Estland and Valoria met in Ostra on\n"
        "Tuesday and agreed to reopen the border crossing that had been\n"
        "closed to freight since January, officials said after the talks\n"
        "ended late in the evening.\n"
    )
    cleaned = _clean(para + "\n" + para + "\n" + para)
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 3
    assert "on Tuesday and agreed" in paragraphs[0]
    assert "\n" not in paragraphs[0]


def test_invisible_characters_and_nbsp_are_normalised() -> None:
    cleaned = _clean("The\u00a0minister\u200b said\t\tno.  Really.")
    assert cleaned.text == "The minister said no. Really."


def test_rules_file_is_loaded_once_and_has_every_group() -> None:
    rules = default_rules()
    assert rules is default_rules()
    groups = {g for g, _ in rules.drop}
    assert {"share", "related", "comments", "captcha", "cookies", "follow", "newsletter"} <= groups
    assert {"read_more", "advertising"} <= groups
