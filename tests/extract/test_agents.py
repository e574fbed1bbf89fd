from datetime import date

import pytest

from timeline.extract.pipeline import extract

MONDAY = date(2017, 10, 9)


def agents(body, type_):
    return [(f.actors, f.people) for f in extract(body, MONDAY) if f.type == type_]


def codes(body, type_):
    return [f.actors for f in extract(body, MONDAY) if f.type == type_]


@pytest.mark.parametrize(
    "body, expected",
    [
        # the "by" phrase of an event noun names its agent, not the reacting subject
        ("Germany and Italy condemned the launch by Iran of a cruise missile on Sunday.", [("IRN",)]),
        # a possessor: a state's name, "its" (the nearest state before), "that country's"
        ("Britain protested on Sunday after Iran's missile test on Saturday.", [("IRN",)]),
        ("The EU imposed new curbs on Tehran following its missile test on Saturday.", [("IRN",)]),
        ("The EU imposed curbs on Iran on Sunday, following that country's missile test on Saturday.", [("IRN",)]),
        # the subject of a subordinate clause or of a gerund
        ("Japan tightened its export rules on Friday after China fired a rocket.", [("CHN",)]),
        ("The UN acted on Friday in response to Tehran testing three rockets.", [("IRN",)]),
    ],
)
def test_military_acts_take_their_own_agent(body, expected):
    assert codes(body, "military") == expected


def test_his_event_noun_belongs_to_the_nearest_person():
    body = "Xi thanked Putin on Sunday for praising China's economy in his annual press conference on Saturday."
    statements = [f for f in extract(body, MONDAY) if f.trigger.text == "press conference"]
    assert [(f.actors, f.people) for f in statements] == [(("RUS",), ("Vladimir Putin",))]


@pytest.mark.parametrize(
    "body, type_, expected",
    [
        # "they", "the two sides", "both leaders" stand for the pair introduced before
        (
            "Germany and Japan held talks in Berlin on Monday.\n\nThey called for calm on the peninsula.",
            "appeal", [("DEU", "JPN")],
        ),
        (
            "Angela Merkel met Shinzo Abe in Berlin on Monday.\n\n"
            "The two leaders also urged restraint by Iran.",
            "appeal", [("DEU", "JPN")],
        ),
        (
            "Germany and Japan held talks in Berlin on Monday.\n\nBoth sides also voiced concern over Iran.",
            "statement", [("DEU", "JPN")],
        ),
        # a trailing "they said" speaks for the pair, not for the topic
        (
            "Germany and Japan held talks on Monday.\n\n"
            'The dispute needs to be settled "by peaceful means," they said.',
            "appeal", [("DEU", "JPN")],
        ),
    ],
)
def test_plural_anaphora_take_the_pair(body, type_, expected):
    assert codes(body, type_) == expected


@pytest.mark.parametrize(
    "body, type_, expected",
    [
        # a topic after "discussed" is no side of the meeting
        ("Merkel and Macron discussed on Monday the situation in Syria.", "consult", [("DEU", "FRA")]),
        # "meet on" a subject: the subject is a topic
        ("The Security Council was set to meet on Iran on Monday.", "consult", [("UN",)]),
        # a reported clause ("that ... talks with Iran") is no side of the call
        (
            "Merkel and Macron agreed in a phone call on Monday that direct talks with Iran are the only way.",
            "consult", [("DEU", "FRA")],
        ),
        # an aim ("to discuss ... between X and Y") is no side either
        (
            "Tillerson will meet with Wang Yi on Monday to discuss a summit between Trump and Xi.",
            "consult", [("USA", "CHN")],
        ),
        # the name in apposition to the other side, and a title between "with" and a name
        (
            "Putin held telephone talks on Monday with Japan's prime minister, Shinzo Abe, about trade.",
            "consult", [("RUS", "JPN")],
        ),
    ],
)
def test_meeting_sides_stop_at_topics_and_new_clauses(body, type_, expected):
    assert codes(body, type_) == expected


def test_a_name_after_a_title_is_the_other_side():
    body = "Kono held talks with Russian Foreign Minister Sergei Lavrov on Monday."
    assert agents(body, "consult") == [(("JPN", "RUS"), ("Taro Kono", "Sergei Lavrov"))]


@pytest.mark.parametrize(
    "body, type_, expected",
    [
        # a fronted phrase takes the subject of the main clause
        ("In a statement on Monday, the Kremlin said the talks were useful.", "statement", [("RUS",)]),
        ("Taking office in Paris on Monday, Macron said he will visit Berlin.", "leadership", [("FRA",)]),
        # a destination or topic after the trigger is a target, not an agent
        ("Taking office in Paris on Monday, Macron said he will send an envoy to Berlin.", "intent", [("FRA",)]),
        # a list of states with commas is one subject
        ("Britain, France and Germany requested a council meeting on Monday.", "appeal", [("GBR", "FRA", "DEU")]),
        # the speaker of a quotation's attribution
        ('"I would like to work closely with you on Iran," Merkel told Abe on Monday.', "intent", [("DEU",)]),
        # the inviter of an accepted invitation acts too
        ("Japan accepted an invitation from Germany on Monday to a summit on trade.", "intent", [("JPN", "DEU")]),
        # a relative pronoun's antecedent is the subject of its clause
        (
            "Ri Yong-ho will speak on Monday at the Security Council, which will hold a meeting on Iran.",
            "statement", [("PRK",)],
        ),
    ],
)
def test_clause_grammar_picks_the_agent(body, type_, expected):
    assert codes(body, type_) == expected


def test_a_capital_in_the_reported_clause_keeps_the_speaker():
    body = "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to talk to Tokyo."
    assert agents(body, "intent") == [(("RUS",), ("Sergei Lavrov",))]


def test_he_takes_the_person_among_the_agents_before():
    body = (
        "Moon Jae-in and Donald Trump held a summit on Friday.\n\n"
        "He is set to fly to Germany next week."
    )
    assert agents(body, "consult")[-1] == (("KOR",), ("Moon Jae-in",))


def test_each_coordinated_clause_has_its_own_speaker():
    body = "Merkel said she would send an envoy to Tokyo soon and Abe said he would welcome the envoy."
    assert codes(body, "intent") == [("DEU",), ("JPN",)]
