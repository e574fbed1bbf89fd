"""Who reaches what: only staff reach the admin, editors get exactly their permissions,
and the public site takes no writes."""
import pytest
from django.contrib.auth.models import Group
from django.urls import get_resolver

from tests.conftest import make_user
from timeline.models import Event

EDITOR_PERMISSIONS = {
    "view_event", "change_event",
    "view_mention", "view_article", "view_actor",
    "view_tag", "add_tag", "change_tag",
    "view_upload", "add_upload", "view_uploadfile",
}


def test_editors_group_has_exactly_the_editors_permissions(db):
    group = Group.objects.get(name="Editors")
    assert set(group.permissions.values_list("codename", flat=True)) == EDITOR_PERMISSIONS
    assert set(group.permissions.values_list("content_type__app_label", flat=True)) == {"timeline"}


def admin_urls(newsroom):
    event = newsroom.events["phone_call"]
    mention = event.mentions.first()
    return [
        "/admin/",
        "/admin/timeline/event/",
        f"/admin/timeline/event/{event.pk}/change/",
        f"/admin/timeline/event/{event.pk}/split/{mention.pk}/",
        "/admin/timeline/upload/add/",
        "/admin/timeline/tag/add/",
    ]


def test_anonymous_visitors_are_sent_to_the_login_page(client, newsroom):
    for url in admin_urls(newsroom):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url


def test_an_editor_who_is_not_staff_is_sent_to_the_login_page(client, newsroom):
    client.force_login(make_user("reader", is_staff=False, groups=["Editors"]))
    for url in admin_urls(newsroom):
        assert client.get(url)["Location"].startswith("/admin/login/"), url


def test_staff_outside_the_editors_group_are_refused(client, newsroom):
    client.force_login(make_user("intern"))
    for url in admin_urls(newsroom)[1:]:
        assert client.get(url).status_code == 403, url
    response = client.post("/admin/timeline/event/", {"action": "confirm", "_selected_action": [1]})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        "/admin/auth/user/",
        "/admin/auth/group/",
        "/admin/timeline/article/{article}/delete/",
        "/admin/timeline/event/{event}/delete/",
        "/admin/timeline/tag/{tag}/delete/",
        "/admin/timeline/actor/add/",
    ],
)
def test_editors_cannot_manage_users_or_delete(editor_client, newsroom, url):
    url = url.format(article=newsroom.articles["tillerson"].pk, event=newsroom.events["icbm"].pk, tag=newsroom.tag.pk)
    assert editor_client.get(url).status_code == 403


def test_editors_see_articles_and_actors_read_only(editor_client, newsroom):
    article = newsroom.articles["tillerson"]
    response = editor_client.post(f"/admin/timeline/article/{article.pk}/change/", {"title": "Changed"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "Changed"
    assert editor_client.post("/admin/timeline/actor/PRK/change/", {"name": "X"}).status_code == 403


def test_editors_are_not_offered_bulk_deletion(editor_client, newsroom):
    html = editor_client.get("/admin/timeline/event/").content.decode()
    assert 'value="delete_selected"' not in html and 'value="merge"' in html


def public_urls(newsroom):
    """Every URL of the public site, with ids of stored rows where a pattern takes one."""
    ids = {"event": newsroom.events["icbm"].pk, "article": newsroom.articles["tillerson"].pk}
    urls = []
    for pattern in get_resolver("timeline.urls").url_patterns:
        route = str(pattern.pattern)
        key = "article" if route.startswith("articles") else "event"
        urls.append("/" + route.replace("<int:pk>", str(ids[key])))
    return urls


def test_the_public_site_has_no_write_paths(client, newsroom):
    urls = public_urls(newsroom)
    assert "/" in urls and len(urls) >= 4
    for url in urls:
        assert client.get(url).status_code == 200, url
        for method in (client.post, client.put, client.delete):
            assert method(url).status_code == 405, (method.__name__, url)
    assert Event.objects.get(pk=newsroom.events["icbm"].pk).status == Event.Status.AUTO
