import pytest

from timeline.sources.body import Credit, clean_body, credit_of, is_caption, is_chrome, is_prose


@pytest.mark.parametrize(
    "line, expected",
    [
        ("He left.", True),
        ('"It is over," she said.', True),
        ("the rest of the world\".", True),
        ('He asked: "Why now?"', True),
        ("Iran says it will not resume nuclear talks with Europeans 'at this stage'", False),
        ("Another one bites the dust! France's new PM resigns", False),
        ("Is Pyongyang ready to talk?", False),
        ("Explore", False),
    ],
)
def test_is_prose(line, expected):
    assert is_prose(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Putin held a phone call with Macron on Friday. / Reuters", True),
        ("Trump and Putin discuss North Korea. (AP)", True),
        ("World powers accuse North Korea of violating UN sanctions [Xinhua]", True),
        ("Kim Jong-un inspects a launch site (KCNA via Reuters)", True),
        ("Soldiers march in Pyongyang. Photo: AFP", True),
        ("Officials met the International Atomic Energy Agency (IAEA).", False),
        ("Talks resumed and/or stalled, officials said.", False),
    ],
)
def test_is_caption(line, expected):
    assert is_caption(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("3 MIN READ", True),
        ("Follow us on:\u00a0 \u00a0", True),
        ("Send to", True),
        ("12 Comments", True),
        ("North Korea fires missile", False),
    ],
)
def test_is_chrome(line, expected):
    assert is_chrome(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("SOURCE:AFP", Credit("agency", "AFP")),
        ("Source: Reuters", Credit("agency", "Reuters")),
        ("The BRICS Post with inputs from Agencies", Credit("site", "The BRICS Post")),
        ("(With inputs from Reuters)", Credit("agency", "Reuters")),
        ("Copyright © 2017 The Korea Herald. All rights reserved.", Credit("site", "The Korea Herald")),
        ("© Kyodo News", Credit("site", "Kyodo News")),
        ("(Yonhap)", Credit("agency", "Yonhap")),
        ("Reporting by Jane Roe; Editing by John Doe", Credit("agency", "")),
        ("The talks ended with input from both sides.", None),
        ("Copyright laws were discussed at length.", None),
        ("Russia backed the new UN sanctions on Monday.", None),
    ],
)
def test_credit_of(line, expected):
    assert credit_of(line) == expected


P1 = "Russia and France agreed on Friday to push for talks."
P2 = "The statement was issued after a phone call."
P3 = "Both sides condemned the launch, officials said."


@pytest.mark.parametrize(
    "lines, expected",
    [
        # A list marker followed by prose: only the marker goes.
        ([P1, "Recommended", P2], [P1, P2]),
        # A list marker followed by headlines and bylines: the list goes.
        ([P1, P2, "Explore", "OpenAI places huge chip order", "By Jane Roe", "Hospital fire kills six"], [P1, P2]),
        # A comment form ends the article, whatever follows it.
        ([P1, "Leave a Reply", "Your email address will not be published.", P2], [P1]),
        ([P1, "Anti-Spam * Time limit is exhausted. Please reload the CAPTCHA."], [P1]),
        # Link lines and credit lines.
        ([P1, "More news: Referee makes history in Bundesliga", P2, "Other reports by SomeSite"], [P1, P2]),
        ([P1, "SOURCE:AFP", "Discuss This Article"], [P1]),
        # A caption between paragraphs goes; a closing credit is cut from the last paragraph.
        ([P1, "Putin speaks in Moscow. (AP)", P2 + "\u00a0(Yonhap)"], [P1, P2]),
        # Indentation and trailing NBSP go, the sentence characters stay.
        (["\u00a0\u00a0 " + P1 + "\u00a0", "\u00a0 “Now,” she said.\u00a0"], [P1, "“Now,” she said."]),
        # A sentence split by a blank line is joined again.
        (["The officials will meet again, it", "", "also said.\u00a0\u00a0"], ["The officials will meet again, it also said."]),
        # One subheading is kept, a run of three short title lines is a list.
        ([P1, "Sanctions tighten", P2], [P1, "Sanctions tighten", P2]),
        ([P1, "First story", "Second story", "Third story", P2], [P1, P2]),
        # Header leftovers before the first and after the last prose line go.
        (["WORLD", P1, P2, "Editor Picks"], [P1, P2]),
        (["Share", "Tweet"], []),
    ],
)
def test_clean_body_paragraphs(lines, expected):
    assert clean_body(lines).text == "\n\n".join(expected)


def test_clean_body_drops_title_repeated_in_text():
    assert clean_body(["Talks resume", P1], title="Talks resume").text == P1


@pytest.mark.parametrize(
    "lines, site, agency",
    [
        ([P1, "SOURCE:AFP"], "", "AFP"),
        ([P1, "The BRICS Post with inputs from Agencies"], "The BRICS Post", ""),
        ([P1, P2 + " (Yonhap)"], "", "Yonhap"),
        (["SEOUL, Jan. 25 (Yonhap) -- " + P1, P2], "", "Yonhap"),
        ([P1, P2], "", ""),
    ],
)
def test_clean_body_credits(lines, site, agency):
    body = clean_body(lines)
    assert (body.site, body.agency) == (site, agency)
