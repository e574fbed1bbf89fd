import datetime

import pytest
from django.http import QueryDict

from timeline import viewstate

VOCAB = {
    "actors": {"RUS", "PRK", "USA", "UN"},
    "types": ("consult", "statement", "sanction"),
    "tags": {"sanctions", "six-party-talks"},
    "statuses": ("auto", "confirmed"),
}


def parse(query):
    return viewstate.parse(QueryDict(query), **VOCAB)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "from=2017-09-01&to=2017-09-30",
        "from=2017-09-01&to=2017-09-30&actor=RUS&actor=PRK&type=consult&tag=sanctions&q=oil&event=42",
        "status=confirmed&lanes=type&page=3",
        "q=Putin+%E2%80%93+Macron+call",
    ],
)
def test_round_trip(query):
    state = parse(query)
    assert state.problems == ()
    assert state.to_query() == query
    assert parse(state.to_query()) == state


@pytest.mark.parametrize(
    "query, field, expected, problem",
    [
        ("from=2017-13-01", "start", None, "from='2017-13-01' is not a date"),
        ("from=yesterday", "start", None, "is not a date"),
        ("to=0001-01-01", "end", None, "out of range"),
        ("actor=XXX", "actors", (), "unknown actor 'XXX'"),
        ("actor=<script>", "actors", (), "unknown actor"),
        ("actor=rus,prk", "actors", ("RUS", "PRK"), None),
        ("type=party", "types", (), "unknown type 'party'"),
        ("type=CONSULT", "types", ("consult",), None),
        ("tag=Nope", "tags", (), "unknown tag 'nope'"),
        ("status=rejected", "statuses", (), "unknown status 'rejected'"),
        ("lanes=diagonal", "lanes", "actor", "unknown lanes 'diagonal'"),
        ("event=-4", "event", None, "is not a positive whole number"),
        ("event=4.5", "event", None, "is not a positive whole number"),
        ("event=99999999999999999999", "event", None, "is not a positive whole number"),
        ("page=0", "page", 1, "is not a positive whole number"),
        ("q=" + "x" * 500, "q", "x" * 200, "cut to 200"),
        ("q=%20%20spaced%20%20%20out%20", "q", "spaced out", None),
        ("q=oil%00embargo%07", "q", "oil embargo", None),
    ],
)
def test_bad_values_are_dropped_and_named(query, field, expected, problem):
    state = parse(query)
    assert getattr(state, field) == expected
    if problem:
        assert any(problem in p for p in state.problems), state.problems
    else:
        assert state.problems == ()


def test_swapped_range_is_put_right_and_reported():
    state = parse("from=2017-12-31&to=2017-01-01")
    assert (state.start, state.end) == (datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
    assert state.problems


def test_repeated_scalar_takes_the_last_value():
    assert parse("q=a&q=b").q == "b"


def test_duplicates_are_kept_once():
    assert parse("actor=RUS&actor=RUS").actors == ("RUS",)


def test_unchecked_vocabularies_accept_well_formed_values():
    state = viewstate.parse(QueryDict("actor=ABC&tag=anything"), actors=None, tags=None)
    assert state.actors == ("ABC",) and state.tags == ("anything",)


def test_with_changes_resets_page_and_problems():
    state = parse("page=3&event=0")
    changed = state.with_changes(event=7)
    assert changed.page == 1 and changed.event == 7 and changed.problems == ()


@pytest.mark.parametrize("junk", ["%", "&&&", "from=&to=", "a=b=c", "from=2017-01-01T99", "\x00"])
def test_never_raises(junk):
    viewstate.parse(QueryDict(junk), **VOCAB)


LABELS = {
    "actor": {"RUS": "Russia", "PRK": "North Korea"},
    "type": {"consult": "Consultation"},
    "tag": {"sanctions": "Sanctions"},
    "status": {"confirmed": "confirmed"},
}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", "all events"),
        ("from=2017-09-01&to=2017-09-30", "1 Sep 2017 to 30 Sep 2017"),
        ("from=2017-09-01", "from 1 Sep 2017"),
        ("to=2017-09-30", "until 30 Sep 2017"),
        ("actor=RUS&actor=PRK&type=consult", "Russia, North Korea · Consultation"),
        ("tag=sanctions&status=confirmed", "tagged Sanctions · confirmed"),
        ("q=phone+call&from=2017-09-01", "matching \u201cphone call\u201d · from 1 Sep 2017"),
    ],
)
def test_describe_names_what_the_state_shows(query, expected):
    assert viewstate.describe(parse(query), LABELS) == expected


def test_describe_falls_back_to_codes_without_labels():
    assert viewstate.describe(parse("actor=USA"), {}) == "USA"
