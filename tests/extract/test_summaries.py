from datetime import date

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.summaries import SUMMARY_LENGTH

MONDAY = date(2017, 10, 9)


def summaries(body, type_):
    return [f.summary for f in extract(body, MONDAY) if f.type == type_]


@pytest.mark.parametrize(
    "body, type_, expected",
    [
        # an event noun becomes a verb phrase of its agent
        ("Gulf states condemned Iran's firing of a cruise missile on Sunday.", "military",
         "Iran fires a cruise missile on Sunday"),
        ("Merkel and Abe agreed in a phone call on Monday that sanctions must stay.", "consult",
         "Merkel and Abe hold a phone call on Monday"),
        ("Britain protested on Sunday after Iran's missile test on Saturday.", "military",
         "Iran conducts a missile test on Saturday"),
        # a gerund becomes a present verb
        ("The UN acted on Friday in response to Tehran testing three rockets.", "military",
         "Iran tests three rockets"),
        # auxiliaries stay with the verb
        ("Angela Merkel is set to fly to Tokyo next week.", "consult", "Merkel is set to fly to Tokyo next week"),
        # a modal act whose subject is not the agent is reported
        ('Merkel and Abe met on Monday.\n\nThe dispute needs to be settled "by peaceful means," they said.', "appeal",
         "Merkel and Abe say the dispute needs to be settled by peaceful means"),
        ("Merkel said on Monday that there needs to be a way back to talks with Iran.", "appeal",
         "Merkel says there needs to be a way back to talks with Iran"),
    ],
)
def test_summary_is_agents_and_a_verb_phrase(body, type_, expected):
    assert summaries(body, type_) == [expected]


def test_summary_is_cut_at_a_word():
    body = "Merkel condemned on Monday the launch " + "and many other things " * 10 + "."
    (summary,) = summaries(body, "condemn")
    assert len(summary) <= SUMMARY_LENGTH and summary.endswith("…")
