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
