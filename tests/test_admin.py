"""The editors' admin: pages load, mentions show their sentence, actions and edits are recorded."""
import json

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from timeline.models import Event

CHANGELIST = "/admin/timeline/event/"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        CHANGELIST,
        CHANGELIST + "?status__exact=auto",
        CHANGELIST + "?q=Friday",
        CHANGELIST + "?date__year=2017&date__month=9",
        "/admin/timeline/article/",
        "/admin/timeline/article/?q=Tillerson",
        "/admin/timeline/actor/",
        "/admin/timeline/tag/",
        "/admin/timeline/tag/add/",
        "/admin/timeline/actor/autocomplete/",
    ],
)
def test_admin_pages_load(admin_client, newsroom, url):
    if url.endswith("autocomplete/"):
        url = "/admin/autocomplete/?app_label=timeline&model_name=event&field_name=actors&term=rus"
    assert admin_client.get(url).status_code == 200


def test_change_pages_load(admin_client, newsroom):
    article = newsroom.articles["putin_macron"]
    for url in (
        f"{CHANGELIST}{newsroom.events['icbm'].pk}/change/",
        f"/admin/timeline/article/{article.pk}/change/",
        "/admin/timeline/actor/PRK/change/",
        f"/admin/timeline/tag/{newsroom.tag.pk}/change/",
    ):
        assert admin_client.get(url).status_code == 200


def test_admin_needs_a_staff_login(client, newsroom):
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_changelist_searches_source_sentences(admin_client, newsroom):
    html = admin_client.get(CHANGELIST + "?q=east+coast").content.decode()
    assert newsroom.events["april_missile"].summary in html
    assert newsroom.events["icbm"].summary not in html


def test_mention_inline_shows_the_highlighted_sentence(admin_client, newsroom):
    event = newsroom.events["phone_call"]
    html = admin_client.get(f"{CHANGELIST}{event.pk}/change/").content.decode()
    assert '<mark class="sentence">Russian President Vladimir Putin' in html
    assert '<mark class="timex" title="&#x27;on Friday&#x27; read against the dateline 2017-09-15">on Friday</mark>' in html
    assert '<mark class="sentence">Putin and Macron had already' in html
    for mention in event.mentions.all():
        assert f'href="{mention.get_absolute_url()}"' in html


def run_action(admin_client, action, *events):
    return admin_client.post(
        CHANGELIST, {"action": action, ACTION_CHECKBOX_NAME: [event.pk for event in events]}, follow=True
    )


@pytest.mark.parametrize(
    "action, status",
    [("confirm", Event.Status.CONFIRMED), ("reject", Event.Status.REJECTED), ("back_to_review", Event.Status.AUTO)],
)
def test_status_actions(admin_client, newsroom, action, status):
    chosen = [newsroom.events["icbm"], newsroom.events["september_sanctions"]]
    response = run_action(admin_client, action, *chosen)
    assert response.status_code == 200
    assert "2 event(s)" in response.content.decode()
    for event in chosen:
        event.refresh_from_db()
        assert event.status == status
        assert "status" in event.edited_fields
    untouched = newsroom.events["april_missile"]
    untouched.refresh_from_db()
    assert untouched.status == Event.Status.AUTO and untouched.edited_fields == []


def test_rejected_event_leaves_the_timeline(admin_client, client, newsroom):
    event = newsroom.events["icbm"]
    run_action(admin_client, "reject", event)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert f'id="e-{event.pk}"' not in client.get("/").content.decode()


def change_form(event, **changes):
    """The change form's POST data for `event` as it stands, with some fields changed."""
    mentions = list(event.mentions.all())
    data = {
        "date": event.date.isoformat(),
        "precision": event.precision,
        "type": event.type,
        "summary": event.summary,
        "actors": [actor.code for actor in event.actors.all()],
        "people": json.dumps(event.people),
        # people has a callable default, so the form compares against this hidden initial value.
        "initial-people": json.dumps(event.people),
        "tags": [tag.pk for tag in event.tags.all()],
        "status": event.status,
        "mentions-TOTAL_FORMS": len(mentions),
        "mentions-INITIAL_FORMS": len(mentions),
        "mentions-MIN_NUM_FORMS": 0,
        "mentions-MAX_NUM_FORMS": 1000,
    }
    for index, mention in enumerate(mentions):
        data[f"mentions-{index}-id"] = mention.pk
        data[f"mentions-{index}-event"] = event.pk
    data.update(changes)
    return data


def test_editing_records_the_changed_fields(admin_client, newsroom):
    event = newsroom.events["phone_call"]
    url = f"{CHANGELIST}{event.pk}/change/"
    response = admin_client.post(url, change_form(event, date="2017-09-14", actors=["RUS", "FRA", "PRK"]))
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.date.isoformat() == "2017-09-14"
    assert event.edited_fields == ["actors", "date"]
    admin_client.post(url, change_form(event, tags=[newsroom.tag.pk]))
    event.refresh_from_db()
    assert event.edited_fields == ["actors", "date", "tags"]
    assert [tag.slug for tag in event.tags.all()] == ["sanctions"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("summary", "Putin and Macron talk"),
        ("type", "statement"),
        ("precision", "week"),
        ("status", "confirmed"),
        ("people", json.dumps(["Vladimir Putin"])),
    ],
)
def test_each_edited_field_is_recorded(admin_client, newsroom, field, value):
    event = newsroom.events["icbm"]
    response = admin_client.post(f"{CHANGELIST}{event.pk}/change/", change_form(event, **{field: value}))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.edited_fields == [field]


def test_saving_unchanged_records_nothing(admin_client, newsroom):
    event = newsroom.events["icbm"]
    response = admin_client.post(f"{CHANGELIST}{event.pk}/change/", change_form(event))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.edited_fields == []


def test_new_tag_is_offered_on_the_timeline(admin_client, client, newsroom):
    response = admin_client.post("/admin/timeline/tag/add/", {"name": "Six-party talks", "slug": "six-party-talks"})
    assert response.status_code == 302
    assert '<option value="six-party-talks">Six-party talks</option>' in client.get("/").content.decode()
