"""/events.json: the documented shape, offsets that point into the article, the view's filters."""
import datetime

import pytest

from tests.conftest import make_event
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
