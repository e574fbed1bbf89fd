"""The editors' admin, used as an editor (staff, in the Editors group, not a superuser): pages load,
mentions show their sentence, edits, tags, actions, merges and splits are recorded with history."""
import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry

from timeline.models import Event, Tag

CHANGELIST = "/admin/timeline/event/"
# The site's Content-Security-Policy allows no inline scripts or styles.
SCRIPT_WITHOUT_SRC = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.I)


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
def test_admin_pages_load(editor_client, newsroom, url):
    if url.endswith("autocomplete/"):
        url = "/admin/autocomplete/?app_label=timeline&model_name=event&field_name=actors&term=rus"
    assert editor_client.get(url).status_code == 200


def test_change_pages_load(editor_client, newsroom):
    article = newsroom.articles["putin_macron"]
    for url in (
        f"{CHANGELIST}{newsroom.events['icbm'].pk}/change/",
        f"/admin/timeline/article/{article.pk}/change/",
        "/admin/timeline/actor/PRK/change/",
        f"/admin/timeline/tag/{newsroom.tag.pk}/change/",
        f"{CHANGELIST}{newsroom.events['icbm'].pk}/history/",
        f"/admin/timeline/tag/{newsroom.tag.pk}/history/",
    ):
        assert editor_client.get(url).status_code == 200


def test_admin_needs_a_staff_login(client, newsroom):
    response = client.get(CHANGELIST)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_changelist_searches_source_sentences(editor_client, newsroom):
    html = editor_client.get(CHANGELIST + "?q=east+coast").content.decode()
    assert newsroom.events["april_missile"].summary in html
    assert newsroom.events["icbm"].summary not in html


def test_mention_inline_shows_the_highlighted_sentence(editor_client, newsroom):
    event = newsroom.events["phone_call"]
    html = editor_client.get(f"{CHANGELIST}{event.pk}/change/").content.decode()
    assert '<mark class="sentence">Russian President Vladimir Putin' in html
    assert '<mark class="timex" title="&#x27;on Friday&#x27; read against the dateline 2017-09-15">on Friday</mark>' in html
    assert '<mark class="sentence">Putin and Macron had already' in html
    for mention in event.mentions.all():
        assert f'href="{mention.get_absolute_url()}"' in html


def run_action(editor_client, action, *events):
    return editor_client.post(
        CHANGELIST, {"action": action, ACTION_CHECKBOX_NAME: [event.pk for event in events]}, follow=True
    )


@pytest.mark.parametrize(
    "action, status",
    [("confirm", Event.Status.CONFIRMED), ("reject", Event.Status.REJECTED), ("back_to_review", Event.Status.AUTO)],
)
def test_status_actions(editor_client, newsroom, action, status):
    chosen = [newsroom.events["icbm"], newsroom.events["september_sanctions"]]
    response = run_action(editor_client, action, *chosen)
    assert response.status_code == 200
    assert "2 event(s)" in response.content.decode()
    for event in chosen:
        event.refresh_from_db()
        assert event.status == status
        assert "status" in event.edited_fields
    untouched = newsroom.events["april_missile"]
    untouched.refresh_from_db()
    assert untouched.status == Event.Status.AUTO and untouched.edited_fields == []


def test_rejected_event_leaves_the_timeline(editor_client, client, newsroom):
    event = newsroom.events["icbm"]
    run_action(editor_client, "reject", event)
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
        "people": "\n".join(event.people),
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


def test_editing_records_the_changed_fields(editor_client, newsroom):
    event = newsroom.events["phone_call"]
    url = f"{CHANGELIST}{event.pk}/change/"
    response = editor_client.post(url, change_form(event, date="2017-09-14", actors=["RUS", "FRA", "PRK"]))
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.date.isoformat() == "2017-09-14"
    assert event.edited_fields == ["actors", "date"]
    editor_client.post(url, change_form(event, tags=[newsroom.tag.pk]))
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
        ("people", "Vladimir Putin\nKim Jong Un"),
    ],
)
def test_each_edited_field_is_recorded(editor_client, newsroom, field, value):
    event = newsroom.events["icbm"]
    response = editor_client.post(f"{CHANGELIST}{event.pk}/change/", change_form(event, **{field: value}))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.edited_fields == [field]


def test_saving_unchanged_records_nothing(editor_client, newsroom):
    event = newsroom.events["icbm"]
    response = editor_client.post(f"{CHANGELIST}{event.pk}/change/", change_form(event))
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.edited_fields == []


def test_new_tag_is_offered_on_the_timeline(editor_client, client, newsroom):
    response = editor_client.post("/admin/timeline/tag/add/", {"name": "Six-party talks", "slug": "six-party-talks"})
    assert response.status_code == 302
    assert '<option value="six-party-talks">Six-party talks</option>' in client.get("/").content.decode()


def changelist_order(client, query=""):
    """Event ids in the order the changelist shows them."""
    response = client.get(CHANGELIST + query)
    return [row.pk for row in response.context["cl"].result_list]


def test_review_queue_puts_unreviewed_first_and_least_confident_first(editor_client, newsroom):
    icbm, lavrov = newsroom.events["icbm"], newsroom.events["lavrov_appeal"]
    Event.objects.filter(pk=icbm.pk).update(confidence=0.1)
    Event.objects.filter(pk=lavrov.pk).update(confidence=0.2)
    order = changelist_order(editor_client)
    statuses = [Event.objects.get(pk=pk).status for pk in order]
    assert order[:2] == [icbm.pk, lavrov.pk]
    assert statuses == sorted(statuses, key=["auto", "confirmed", "rejected"].index)


def test_changelist_shows_tags_status_and_source_counts(editor_client, newsroom):
    html = editor_client.get(CHANGELIST + "?tags__id__exact=%d" % newsroom.tag.pk).content.decode()
    assert '<td class="field-tag_names">Sanctions</td>' in html
    assert '<td class="field-review_status">Confirmed</td>' in html
    assert '<td class="field-mention_count">1</td>' in html
    assert newsroom.events["icbm"].summary not in html


def test_tag_autocomplete_offers_existing_tags(editor_client, newsroom):
    url = "/admin/autocomplete/?app_label=timeline&model_name=event&field_name=tags&term=sanc"
    assert editor_client.get(url).json()["results"] == [{"id": str(newsroom.tag.pk), "text": "Sanctions"}]


def test_new_tags_are_created_on_the_fly_and_logged(editor_client, editor, newsroom):
    event = newsroom.events["icbm"]
    response = editor_client.post(
        f"{CHANGELIST}{event.pk}/change/",
        change_form(event, tags=[newsroom.tag.pk], new_tags="ICBM tests, sanctions , ICBM Tests"),
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert sorted(tag.slug for tag in event.tags.all()) == ["icbm-tests", "sanctions"]
    assert event.edited_fields == ["tags"]
    created = Tag.objects.get(slug="icbm-tests")
    entry = LogEntry.objects.get(object_id=str(created.pk), content_type__model="tag")
    assert entry.action_flag == ADDITION and entry.user == editor
    assert f"event #{event.pk}" in entry.get_change_message()


def test_a_tag_without_letters_is_refused(editor_client, newsroom):
    event = newsroom.events["icbm"]
    response = editor_client.post(f"{CHANGELIST}{event.pk}/change/", change_form(event, new_tags="!!!"))
    assert response.status_code == 200
    assert "has no letters or digits" in response.content.decode()
    assert Tag.objects.count() == 1


def history(client, obj, model="event"):
    return client.get(f"/admin/timeline/{model}/{obj.pk}/history/").content.decode()


def test_history_shows_who_changed_what(editor_client, newsroom):
    event = newsroom.events["icbm"]
    editor_client.post(f"{CHANGELIST}{event.pk}/change/", change_form(event, summary="An ICBM"))
    run_action(editor_client, "confirm", event)
    html = history(editor_client, event)
    assert "Changed Summary." in html
    assert "Status set to Confirmed (bulk action)." in html
    assert html.count("<th scope=\"row\">") >= 2 and "editor" in html


def merge_page(client, *events, **choices):
    data = {"action": "merge", ACTION_CHECKBOX_NAME: [event.pk for event in events]}
    if choices:
        data |= {"apply": "yes", **choices}
    return client.post(CHANGELIST, data)


def test_merge_asks_for_the_surviving_date_and_type_first(editor_client, newsroom):
    phone, tillerson = newsroom.events["phone_call"], newsroom.events["tillerson_offer"]
    response = merge_page(editor_client, phone, tillerson)
    html = response.content.decode()
    assert response.status_code == 200 and "Merge these events" in html
    assert '<input type="radio" name="event_type" value="intent"' in html
    assert "15 Dec 2017 (day), from #%d" % tillerson.pk in html
    assert not SCRIPT_WITHOUT_SRC.search(html) and not STYLE_ATTRIBUTE.search(html)
    assert Event.objects.filter(pk__in=[phone.pk, tillerson.pk]).count() == 2


def test_merge_moves_mentions_and_tags_and_removes_the_others(editor_client, editor, newsroom):
    keep, august, september = (newsroom.events[name] for name in ("icbm", "august_sanctions", "september_sanctions"))
    response = merge_page(
        editor_client, keep, august, september, survivor=keep.pk, dated_like=august.pk, event_type="sanction"
    )
    assert response.status_code == 302 and response["Location"].endswith(f"/{keep.pk}/change/")
    keep.refresh_from_db()
    assert (keep.date.isoformat(), keep.precision, keep.type) == ("2017-08-05", "day", "sanction")
    assert (keep.mention_count, keep.article_count) == (3, 2)
    assert [tag.slug for tag in keep.tags.all()] == ["sanctions"]
    assert set(keep.actors.values_list("code", flat=True)) == {"PRK", "UN"}
    assert not Event.objects.filter(pk__in=[august.pk, september.pk]).exists()
    assert {"date", "type", "tags"} <= set(keep.edited_fields)
    merged_entry = history(editor_client, keep)
    assert f"#{august.pk} {august.summary}" in merged_entry and f"#{september.pk} {september.summary}" in merged_entry
    assert f"date 2017-08-05 (day) from #{august.pk}; type sanction." in merged_entry
    removed = LogEntry.objects.filter(action_flag=DELETION, user=editor)
    assert sorted(int(entry.object_id) for entry in removed) == sorted([august.pk, september.pk])
    assert {entry.get_change_message() for entry in removed} == {f"Merged into event #{keep.pk}."}


def test_merge_needs_two_events(editor_client, newsroom):
    response = merge_page(editor_client, newsroom.events["icbm"])
    assert response.status_code == 302
    assert Event.objects.filter(pk=newsroom.events["icbm"].pk).exists()


def split_url(event, mention):
    return f"{CHANGELIST}{event.pk}/split/{mention.pk}/"


def test_split_moves_one_mention_into_a_new_event(editor_client, newsroom):
    event = newsroom.events["phone_call"]
    mention = event.mentions.get(article=newsroom.articles["tillerson"])
    page = editor_client.get(split_url(event, mention)).content.decode()
    assert "Move it into a new event" in page and '<mark class="sentence">Putin and Macron had already' in page
    assert f'href="{split_url(event, mention)}"' in editor_client.get(f"{CHANGELIST}{event.pk}/change/").content.decode()
    response = editor_client.post(split_url(event, mention))
    new = Event.objects.get(mentions=mention)
    assert response.status_code == 302 and response["Location"].endswith(f"/{new.pk}/change/")
    event.refresh_from_db()
    assert (event.mention_count, new.mention_count, new.status) == (1, 1, "auto")
    assert set(new.actors.values_list("code", flat=True)) == {"RUS", "FRA"}
    assert f"out into new event #{new.pk}" in history(editor_client, event)
    assert f"Split off from event #{event.pk}" in history(editor_client, new)


def test_an_events_only_mention_is_not_split(editor_client, newsroom):
    event = newsroom.events["icbm"]
    mention = event.mentions.get()
    assert "nothing to split it from" in editor_client.get(split_url(event, mention)).content.decode()
    editor_client.post(split_url(event, mention))
    assert Event.objects.get(mentions=mention) == event


def test_split_of_another_events_mention_is_404(editor_client, newsroom):
    other = newsroom.events["icbm"].mentions.get()
    assert editor_client.get(split_url(newsroom.events["phone_call"], other)).status_code == 404


def test_workshop_pages_need_no_inline_scripts_or_styles(editor_client, newsroom):
    event = newsroom.events["phone_call"]
    mention = event.mentions.first()
    for url in (
        CHANGELIST,
        f"{CHANGELIST}{event.pk}/change/",
        f"{CHANGELIST}{event.pk}/split/{mention.pk}/",
        f"{CHANGELIST}{event.pk}/history/",
        "/admin/timeline/upload/add/",
    ):
        html = editor_client.get(url).content.decode()
        assert not SCRIPT_WITHOUT_SRC.search(html), (url, SCRIPT_WITHOUT_SRC.search(html))
        assert not STYLE_ATTRIBUTE.search(html), (url, STYLE_ATTRIBUTE.search(html))
