"""An editor in Chromium: log in, tag an event in the admin, find the tag as a filter on the timeline."""
import pytest

from tests.conftest import make_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, live_server, next_url):
    """Log in through the admin's own form as a fresh editor (staff, Editors group)."""
    make_editor()
    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}{next_url}")


def choose_tag(page, typed, name):
    """Pick a tag in the tags box by typing into its autocomplete."""
    page.click(".field-tags .select2-selection")
    page.fill(".select2-container--open .select2-search__field", typed)
    page.click(f".select2-results__option:text-is('{name}')")


def listed(page):
    return {int(item.get_attribute("id").removeprefix("e-")) for item in page.locator("#event-list li.event-item").all()}


def test_tag_an_event_in_the_admin_and_filter_the_timeline_by_it(page, console, live_server, newsroom):
    icbm = newsroom.events["icbm"]
    change = f"/admin/timeline/event/{icbm.pk}/change/"
    log_in(page, live_server, change)
    choose_tag(page, "sanc", "Sanctions")
    page.fill("#id_new_tags", "Nuclear programme")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    assert console.errors == [], "the admin broke under the Content-Security-Policy"

    page.goto(f"{live_server.url}/?from=2017-01-01&to=2017-12-31")
    page.wait_for_selector("#chart[data-ready=true]")
    page.select_option("#filters select[name=tag]", "nuclear-programme")
    page.wait_for_url(lambda url: "tag=nuclear-programme" in url)
    page.wait_for_function("() => document.querySelectorAll('#event-list li.event-item').length === 1")
    assert listed(page) == {icbm.pk}
    page.select_option("#filters select[name=tag]", "sanctions")
    page.wait_for_url(lambda url: "tag=sanctions" in url and "nuclear" not in url)
    tagged = {icbm.pk, newsroom.events["september_sanctions"].pk, newsroom.events["august_sanctions"].pk}
    page.wait_for_function(f"() => document.querySelectorAll('#event-list li.event-item').length === {len(tagged)}")
    assert listed(page) == tagged
    assert console.errors == []
