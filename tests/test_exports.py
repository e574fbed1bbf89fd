"""Exports (JSON, CSV, iCalendar, TimelineJS): documented shapes, sources of every event, the view's filters, caps."""
import csv
import datetime
import io

import icalendar
import pytest

from tests.conftest import add_mention, make_article, make_event
from timeline import exports
from timeline.models import Article, Event

EVENT_KEYS = {"id", "date", "precision", "type", "actors", "people", "summary", "status", "tags", "url", "mentions"}
MENTION_KEYS = {"article", "sentence", "start", "end", "time_expression"}
ARTICLE_KEYS = {"id", "title", "source_name", "published", "url"}


def events_json(client, query=""):
    response = client.get(f"/events.json?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_document_has_the_documented_shape(client, newsroom):
    document = events_json(client)
    assert isinstance(document["events"], list) and document["events"]
    for event in document["events"]:
        assert EVENT_KEYS <= event.keys()
        assert isinstance(event["actors"], list) and isinstance(event["people"], list)
        assert isinstance(event["tags"], list) and event["mentions"]
        datetime.date.fromisoformat(event["date"])
        assert event["precision"] in Event.Precision.values and event["type"] in Event.Type.values
        for mention in event["mentions"]:
            assert MENTION_KEYS <= mention.keys()
            assert ARTICLE_KEYS <= mention["article"].keys()
            assert isinstance(mention["start"], int) and isinstance(mention["end"], int)
            datetime.date.fromisoformat(mention["article"]["published"])


def test_one_event_in_full(client, newsroom):
    call = newsroom.events["phone_call"]
    (event,) = [e for e in events_json(client)["events"] if e["id"] == call.pk]
    first, second = newsroom.articles["putin_macron"], newsroom.articles["tillerson"]
    assert {key: event[key] for key in EVENT_KEYS - {"mentions"}} == {
        "id": call.pk,
        "date": "2017-09-15",
        "precision": "day",
        "type": "consult",
        "actors": ["FRA", "RUS"],
        "people": ["Vladimir Putin", "Emmanuel Macron"],
        "summary": "Putin and Macron discuss North Korea by phone",
        "status": "confirmed",
        "tags": [],
        "url": f"http://testserver/events/{call.pk}/",
    }
    assert [(m["article"]["id"], m["time_expression"]) for m in event["mentions"]] == [
        (first.pk, "on Friday"),
        (second.pk, "on September 15"),
    ]
    assert {key: event["mentions"][0]["article"][key] for key in ARTICLE_KEYS} == {
        "id": first.pk,
        "title": first.title,
        "source_name": first.source_name,
        "published": "2017-09-15",
        "url": f"http://testserver/articles/{first.pk}/",
    }


def test_sentence_is_the_article_text_between_its_offsets(client, newsroom):
    bodies = dict(Article.objects.values_list("id", "body"))
    mentions = [m for event in events_json(client, "from=2016-01-01")["events"] for m in event["mentions"]]
    assert len(mentions) == 10
    for mention in mentions:
        assert mention["sentence"] == bodies[mention["article"]["id"]][mention["start"]:mention["end"]]


def test_missing_time_expression_is_null(client, newsroom):
    appeal = newsroom.events["lavrov_appeal"]
    (event,) = events_json(client, "type=appeal")["events"]
    assert event["id"] == appeal.pk and event["precision"] == "reported"
    assert event["mentions"][0]["time_expression"] is None


def test_tags_are_listed_by_name(client, newsroom):
    events = events_json(client, "tag=sanctions")["events"]
    assert {e["id"] for e in events} == {newsroom.events[n].pk for n in ("september_sanctions", "august_sanctions")}
    assert all(e["tags"] == ["Sanctions"] for e in events)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"fifth_test", "april_missile", "lavrov_appeal", "august_sanctions", "september_sanctions",
              "phone_call", "missile_over_japan", "icbm", "tillerson_offer"}),
        ("from=2017-09-01&to=2017-09-30", {"phone_call", "missile_over_japan", "september_sanctions"}),
        ("actor=USA", {"tillerson_offer"}),
        ("type=military&from=2017-01-01", {"april_missile", "missile_over_japan", "icbm"}),
        ("status=confirmed", {"phone_call", "september_sanctions"}),
        ("status=rejected", {"fifth_test", "april_missile", "lavrov_appeal", "august_sanctions",
                             "september_sanctions", "phone_call", "missile_over_japan", "icbm", "tillerson_offer"}),
        ("q=Explore", set()),
    ],
)
def test_export_follows_the_view_and_never_shows_rejected(client, newsroom, query, expected):
    document = events_json(client, query)
    assert {e["id"] for e in document["events"]} == {newsroom.events[name].pk for name in expected}
    assert document["count"] == len(expected)


def test_export_is_paged_with_a_next_link(client, db, monkeypatch):
    monkeypatch.setattr("timeline.exports.EXPORT_PAGE_SIZE", 3)
    made = [make_event(datetime.date(2017, 1, n), "statement", f"Statement {n}") for n in range(1, 8)]
    seen, url = [], "/events.json?from=2017-01-01"
    while url:
        document = client.get(url).json()
        seen += [event["id"] for event in document["events"]]
        url = document["next"] and document["next"].removeprefix("http://testserver")
    assert seen == [event.pk for event in made]


def test_export_may_be_read_from_other_origins(client, newsroom):
    assert client.get("/events.json")["Access-Control-Allow-Origin"] == "*"


# Every format: the view's events, their sources, one capped page at a time

EXPORT_URLS = ("/events.json", "/events.csv", "/events.ics", "/events.timelinejs.json")


def csv_rows(client, query=""):
    response = client.get(f"/events.csv?{query}")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def calendar_events(client, query=""):
    response = client.get(f"/events.ics?{query}")
    assert response.status_code == 200 and response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content), response


def event_ids(client, url, query):
    """The ids of the events an export holds, whatever its format."""
    response = client.get(f"{url}?{query}")
    assert response.status_code == 200
    if url == "/events.csv":
        return {int(row["event_id"]) for row in csv_rows(client, query)}
    if url == "/events.ics":
        calendar, _ = calendar_events(client, query)
        return {int(str(vevent["uid"]).split("@")[0].removeprefix("event-")) for vevent in calendar.walk("VEVENT")}
    if url == "/events.timelinejs.json":
        return {int(slide["unique_id"].removeprefix("event-")) for slide in response.json()["events"]}
    return {event["id"] for event in response.json()["events"]}


@pytest.mark.parametrize("url", EXPORT_URLS)
@pytest.mark.parametrize(
    "query, expected",
    [
        ("from=2017-09-01&to=2017-09-30", {"phone_call", "missile_over_japan", "september_sanctions"}),
        ("actor=RUS&actor=FRA", {"phone_call", "lavrov_appeal"}),
        ("type=sanction&tag=sanctions&status=confirmed", {"september_sanctions"}),
        ("q=preconditions&lanes=type&event=1", {"tillerson_offer"}),
        ("q=Explore", set()),
    ],
)
def test_every_format_exports_the_same_view(client, newsroom, url, query, expected):
    assert event_ids(client, url, query) == {newsroom.events[name].pk for name in expected}


@pytest.mark.parametrize("url", EXPORT_URLS)
@pytest.mark.parametrize(
    "query",
    ["from=2017-13-45", "to=yesterday", "actor=%3Cscript%3E", "type=bogus", "tag=Not%20A%20Slug!", "status=rejected",
     "lanes=diagonal", "event=-1", "page=0", "page=999999", "q=" + "x" * 5000, "q=%00", "from=%00&to=%FF", "%"],
)
def test_malformed_parameters_never_fail_an_export(client, newsroom, url, query):
    assert client.get(f"{url}?{query}").status_code == 200


@pytest.mark.parametrize("url", EXPORT_URLS)
def test_every_format_is_capped_and_says_so(client, db, monkeypatch, url):
    monkeypatch.setattr("timeline.exports.EXPORT_PAGE_SIZE", 3)
    made = [make_event(datetime.date(2017, 1, n), "statement", f"Statement {n}") for n in range(1, 8)]
    seen, next_url = [], f"{url}?from=2017-01-01"
    while next_url:
        response = client.get(next_url)
        assert response["X-Total-Count"] == "7" and response["X-Page-Size"] == "3"
        assert response["Access-Control-Allow-Origin"] == "*"
        seen.append(len(event_ids(client, url, next_url.split("?", 1)[1])))
        link = response.get("Link")
        next_url = link and link.removeprefix("<http://testserver").removesuffix('>; rel="next"')
    assert seen == [3, 3, 1] and len(made) == 7


def test_csv_has_one_row_per_source_with_title_outlet_url_and_sentence(client, newsroom):
    call = newsroom.events["phone_call"]
    rows = [row for row in csv_rows(client, "from=2016-01-01") if row["event_id"] == str(call.pk)]
    assert [row["article_title"] for row in rows] == [newsroom.articles["putin_macron"].title,
                                                      newsroom.articles["tillerson"].title]
    for row, mention in zip(rows, call.mentions.order_by("article__published")):
        assert row["sentence"] == mention.sentence and row["outlet"] == "Wire"
        assert row["article_url"] == f"http://testserver/articles/{mention.article_id}/#m-{mention.pk}"
        assert row["original_url"] == mention.article.url
        assert row["summary"] == call.summary and row["actors"] == "FRA RUS"
    assert len(csv_rows(client, "from=2016-01-01")) == 10  # one per mention of a visible event


def test_csv_keeps_hostile_text_as_text(client, db):
    make_event(datetime.date(2017, 1, 1), "statement", '=HYPERLINK("x"),"quoted"\nnewline')
    make_event(datetime.date(2017, 1, 2), "statement", "-1 said, \"quoted\"")
    first, second = csv_rows(client)
    assert first["summary"] == '\'=HYPERLINK("x"),"quoted"\nnewline'
    assert second["summary"] == "'-1 said, \"quoted\""
    assert first["sentence"] == "" and first["article_title"] == ""  # an event without sources keeps its row


@pytest.mark.parametrize(
    "precision, start, end",
    [("day", "20170915", "20170916"), ("week", "20170911", "20170918"), ("month", "20170901", "20171001"),
     ("year", "20170101", "20180101")],
)
def test_calendar_events_are_all_day_and_span_their_precision(client, db, precision, start, end):
    make_event(datetime.date(2017, 9, 11 if precision == "week" else 1 if precision != "day" else 15),
               "statement", "Something said", precision=precision)
    calendar, _ = calendar_events(client)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["dtstart"].to_ical().decode() == start and vevent["dtend"].to_ical().decode() == end
    assert vevent["dtstart"].params["VALUE"] == "DATE" and isinstance(vevent["dtstart"].dt, datetime.date)
    assert not isinstance(vevent["dtstart"].dt, datetime.datetime)


def test_calendar_is_valid_rfc5545_with_sources(client, newsroom):
    calendar, response = calendar_events(client, "actor=FRA")
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "VERSION:2.0\r\n" in text and "PRODID:" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded lines
    (vevent,) = calendar.walk("VEVENT")
    call = newsroom.events["phone_call"]
    assert str(vevent["summary"]) == call.summary and vevent["status"] == "CONFIRMED"
    assert "dtstamp" in vevent and str(vevent["url"]) == f"http://testserver/events/{call.pk}/"
    description = str(vevent["description"])
    for mention in call.mentions.all():
        assert mention.sentence in description and mention.article.title in description
        assert f"http://testserver/articles/{mention.article_id}/#m-{mention.pk}" in description
    assert "Events 1-1 of 1 (at most 500 per page)." in str(calendar["x-newsdesk-paging"])


def test_timelinejs_document_has_slides_with_escaped_sources(client, newsroom):
    document = client.get("/events.timelinejs.json?from=2017-09-01&to=2017-09-30").json()
    assert "Events 1-3 of 3" in document["title"]["text"]["text"]
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    call = newsroom.events["phone_call"]
    slide = slides[f"event-{call.pk}"]
    assert slide["start_date"] == {"year": 2017, "month": 9, "day": 15} and slide["group"] == "Consultation"
    assert slide["text"]["headline"] == call.summary
    for mention in call.mentions.all():
        assert f"<blockquote>{mention.sentence}</blockquote>" in slide["text"]["text"]


def test_timelinejs_dates_follow_precision_and_text_is_escaped(client, db):
    make_event(datetime.date(2017, 5, 1), "statement", "<b>month</b>", precision="month")
    make_event(datetime.date(2017, 9, 11), "statement", "week", precision="week")
    slides = {slide["text"]["headline"]: slide for slide in client.get("/events.timelinejs.json").json()["events"]}
    assert slides["<b>month</b>"]["start_date"] == {"year": 2017, "month": 5}
    assert slides["week"]["end_date"] == {"year": 2017, "month": 9, "day": 17}
    hostile = make_article("<script>x</script>", datetime.date(2017, 9, 15), ["A <img src=x> said so."])
    event = make_event(datetime.date(2017, 9, 15), "statement", "said")
    add_mention(event, hostile, "A <img src=x> said so.")
    text = client.get("/events.timelinejs.json?q=said").json()["events"][0]["text"]["text"]
    assert "<img" not in text and "<script>" not in text and "&lt;img src=x&gt;" in text
