from datetime import date

import pytest

from timeline.extract.pipeline import SUMMARY_LENGTH, extract

FRIDAY = date(2017, 9, 15)


def found(body, published=FRIDAY):
    return [(f.type, f.date.isoformat(), f.precision) for f in extract(body, published)]


def test_two_events_in_one_sentence():
    body = (
        "Both Putin and Macron condemned the firing by North Korea of a ballistic missile "
        "on Friday over Japan, the statement said."
    )
    assert sorted(found(body)) == [
        ("condemn", "2017-09-15", "day"),
        ("military", "2017-09-15", "day"),
    ]


def test_set_to_meet_on_friday_is_the_next_friday():
    body = "Meanwhile, the United Nations Security Council was set to meet on North Korea on Friday."
    assert found(body, date(2017, 12, 13)) == [("consult", "2017-12-15", "day")]


def test_in_june_in_january_is_last_june():
    body = (
        "The talks were devised during the summit of the South Korean and French presidents "
        "in June in the French capital."
    )
    assert found(body, date(2017, 1, 25)) == [("consult", "2016-06-01", "month")]


def test_kim_trap_keeps_the_envoy_apart_from_the_leader():
    body = (
        "South Korea's top nuclear envoy Kim Hong-kyun met French officials on Wednesday.\n\n"
        "Before leaving for France on Tuesday, Kim hailed the bilateral meeting."
    )
    findings = extract(body, date(2017, 1, 25))
    hailed = [f for f in findings if f.type == "statement"]
    assert [(f.date.isoformat(), f.actors[:1]) for f in hailed] == [("2017-01-24", ("KOR",))]
    assert all("PRK" not in f.actors for f in hailed)


def test_no_time_expression_is_dated_to_publication():
    findings = extract("But Moscow refused to support tougher measures.", FRIDAY)
    assert [(f.type, f.precision, f.date, f.timex) for f in findings] == [
        ("refuse", "reported", FRIDAY, None)
    ]
    assert "publication date" in findings[0].date_explanation


def test_attribution_clause_is_not_an_extra_statement():
    body = "Trump and Putin discussed on Thursday the crisis, the White House said in a statement."
    assert found(body) == [("consult", "2017-09-14", "day")]


def test_anaphoric_date_counts_from_the_last_fixed_date():
    body = (
        "The UNSC passed Resolution 2371 on August 5.\n\n"
        "A month later, Resolution 2375 was passed by the Council."
    )
    assert found(body, date(2017, 11, 25)) == [
        ("sanction", "2017-08-05", "day"),
        ("sanction", "2017-09-01", "month"),
    ]


def test_cause_is_not_dated_by_the_main_clause():
    body = "The UNSC passed Resolution 2371 on August 5 in response to Pyongyang testing two missiles."
    assert sorted(found(body, date(2017, 11, 25))) == [
        ("military", "2017-11-25", "reported"),
        ("sanction", "2017-08-05", "day"),
    ]


def test_they_inherits_the_actors_of_the_sentence_before():
    body = (
        "Putin and Macron spoke on Friday.\n\n"
        'The crisis needs to be resolved "through diplomatic means," they said.'
    )
    appeal = [f for f in extract(body, FRIDAY) if f.type == "appeal"]
    assert appeal and set(appeal[0].actors) >= {"RUS", "FRA"}


@pytest.mark.parametrize(
    "body",
    [
        "China says the system does little to curb the threat.",
        "The meetings come amid concerns that North Korea could conduct a nuclear test.",
        "UN officials declined to comment on the report.",
        "It also said.",
    ],
)
def test_non_events_give_nothing(body):
    assert extract(body, FRIDAY) == []


def test_offsets_point_into_the_body():
    body = "Intro line.\n\nRussia backed the new UN sanctions against North Korea on Monday."
    (finding,) = extract(body, FRIDAY)
    assert body[finding.sentence.start:finding.sentence.end] == finding.sentence.text
    assert body[finding.trigger.start:finding.trigger.end] == finding.trigger.text
    assert body[finding.timex.start:finding.timex.end] == finding.timex.text
    assert (finding.type, finding.date) == ("sanction", date(2017, 9, 11))
    assert 0 < finding.confidence <= 1


def test_summary_is_short():
    body = "Seoul condemned the launch " + "and many other things " * 20 + "on Friday."
    (finding,) = extract(body, FRIDAY)
    assert len(finding.summary) <= SUMMARY_LENGTH


def agents(body, published=FRIDAY, type_=None):
    return [
        (f.type, f.actors, f.targets)
        for f in extract(body, published)
        if type_ is None or f.type == type_
    ]


@pytest.mark.parametrize(
    "body, type_, expected_actors, expected_targets",
    [
        (
            "South Korea and France agreed to collaborate in pressing North Korea to give up its programs.",
            "cooperate", ("KOR", "FRA"), ("PRK",),
        ),
        ("Kim Hong-kyun said Seoul is considering dialogue with Britain and Germany.", "statement", ("KOR",), ("GBR", "DEU")),
        ("Putin held a phone call with Macron on Friday.", "consult", ("RUS", "FRA"), ()),
        ("China's Foreign Minister Wang Yi met with Ri Yong Ho on Sunday in Manila.", "consult", ("CHN", "PRK"), ("PHL",)),
        ("Before leaving for France on Tuesday, Kim Hong-kyun hailed the talks.", "statement", ("KOR",), ("FRA",)),
        ("Xi arrived in Washington on Thursday afternoon.", "consult", ("CHN",), ("USA",)),
    ],
)
def test_actors_are_the_agents_and_the_rest_are_targets(body, type_, expected_actors, expected_targets):
    assert agents(body, type_=type_) == [(type_, expected_actors, expected_targets)]


def test_a_later_act_without_a_new_subject_keeps_the_subject():
    body = "China's Foreign Minister Wang Yi met with Ri Yong Ho on Sunday and urged North Korea to stop."
    assert agents(body, type_="appeal") == [("appeal", ("CHN",), ("PRK",))]


def test_a_subject_naming_no_state_takes_the_agents_before():
    body = "A spokesman for the DPRK Foreign Ministry denounced the US on Tuesday.\n\nThe spokesman said the US would be held fully accountable."
    threats = [f for f in extract(body, date(2017, 11, 29)) if f.type == "threaten"]
    assert [f.actors for f in threats] == [("PRK",)]
    assert threats[0].confidence < extract(body, date(2017, 11, 29))[0].confidence


@pytest.mark.parametrize(
    "body, expected",
    [
        # the year dates the visit Trump is invited to, not the invitation
        ("Xi invited Trump to pay a state visit to China later this year.", [("intent", "2017-04-07", "reported")]),
        # a time in a relative clause dates that clause only
        (
            "Moon, who arrived in Beijing on Wednesday for a state visit, held talks with Xi.",
            [("consult", "2017-04-05", "day"), ("consult", "2017-04-07", "reported")],
        ),
        # a bracketed year labels a resolution
        ("The Security Council today adopted resolution 2397 (2017).", [("sanction", "2017-04-07", "day")]),
        # what the sanctions follow is not dated by the sanctions' day
        (
            "The Security Council adopted sanctions on 5 April, following that country's sixth nuclear test.",
            [("sanction", "2017-04-05", "day"), ("military", "2017-04-07", "reported")],
        ),
    ],
)
def test_time_expressions_date_their_own_clause(body, expected):
    assert found(body, date(2017, 4, 7)) == expected


def test_acts_during_a_dated_meeting_take_its_date():
    body = (
        "Xi Jinping and Donald Trump held their first meeting on Thursday.\n\n"
        "During the talks, Xi said there are a thousand reasons to make relations work."
    )
    statement = [f for f in extract(body, date(2017, 4, 7)) if f.type == "statement"]
    assert [(f.date.isoformat(), f.precision) for f in statement] == [("2017-04-06", "day")]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Russian President Vladimir Putin held a phone call with French President Emmanuel Macron on Friday.",
            "Putin held a phone call with French President Emmanuel Macron on Friday",
        ),
        (
            "Japanese Prime Minister Shinzo Abe strongly condemned the launch, telling reporters in Tokyo "
            "that the repeated provocations will never be tolerated.",
            "Abe strongly condemned the launch",
        ),
        (
            "The Kremlin said the two leaders were united in the opinion that escalation was unacceptable.",
            "Russia said the two leaders were united in the opinion that escalation was unacceptable",
        ),
    ],
)
def test_summary_names_the_agents_and_the_act(body, expected):
    assert extract(body, FRIDAY)[0].summary == expected


def test_summary_is_short_and_never_empty():
    body = "Moscow " + "very " * 60 + "strongly condemned the launch."
    summary = extract(body, FRIDAY)[0].summary
    assert 0 < len(summary) <= SUMMARY_LENGTH


def test_confidence_is_lower_for_nouns_and_distant_dates():
    verb = extract("Seoul condemned the launch on Friday.", FRIDAY)[0]
    noun = extract("Talks between Seoul and Tokyo on Friday ended without a deal.", FRIDAY)
    far = extract("Seoul condemned, in the strongest possible terms and at great length, the launch on Friday.", FRIDAY)[0]
    assert verb.confidence > far.confidence
    assert [f.type for f in noun] == ["consult"]
    assert noun[0].confidence < verb.confidence


@pytest.mark.parametrize(
    "body, type_, expected",
    [
        # "during his visit": a meeting held on a visit told before takes the visit's date
        (
            "On Thursday, the envoy met with Lavrov after his visit to Tehran last weekend.\n\n"
            "Lavrov met with Iran's Foreign Minister Javad Zarif during his three-day visit to Tehran.",
            "consult",
            [("2017-09-14", "day"), ("2017-09-04", "week"), ("2017-09-04", "week")],
        ),
        # "those meetings": an act done at the meetings takes their date
        (
            "Wang Yi held talks with Sergei Lavrov in Moscow on Monday.\n\n"
            "Japan's ambassador attended those meetings, where Wang urged Russia to enforce sanctions.",
            "appeal",
            [("2017-09-11", "day")],
        ),
        # no reference to a meeting: the act stays at the publication date
        (
            "Wang Yi held talks with Sergei Lavrov in Moscow on Monday.\n\n"
            "In Beijing, Japan's ambassador urged Russia to enforce sanctions.",
            "appeal",
            [("2017-09-15", "reported")],
        ),
    ],
)
def test_a_reference_to_a_meeting_told_before_takes_its_date(body, type_, expected):
    assert [(d, p) for t, d, p in found(body) if t == type_] == expected


def test_a_carried_date_says_which_act_it_comes_from():
    body = (
        "Wang Yi held talks with Sergei Lavrov in Moscow on Monday.\n\n"
        "During the talks, Wang urged Russia to enforce sanctions."
    )
    appeal = [f for f in extract(body, FRIDAY) if f.type == "appeal"]
    assert [f.date.isoformat() for f in appeal] == ["2017-09-11"]
    assert appeal[0].date_explanation.startswith("dated by the sentence that reports the same act ('held talks')")
    assert appeal[0].confidence < 0.9
