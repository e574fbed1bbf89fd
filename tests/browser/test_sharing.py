"""Sharing a view in Chromium: copy its link, open it elsewhere, frame the embed, load the exports
into TimelineJS, and use the list from the keyboard and on a phone-sized screen."""
from pathlib import Path

import pytest
from django.conf import settings

from .conftest import TIMEOUT_MS, VIEWPORT
from .test_timeline import (
    assert_detail_shows, chart_range, listed, open_timeline, pks, query, wait_for_list, wait_for_query,
)

pytestmark = pytest.mark.browser

TIMELINEJS_DIST = Path(settings.BASE_DIR) / "node_modules/@knight-lab/timelinejs/dist"
PHONE = {"width": 390, "height": 844}


def new_page(browser, console, viewport=VIEWPORT):
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.on("console", console.record_message)
    page.on("pageerror", console.record_exception)
    return page


def test_done_when_a_copied_link_shows_a_second_browser_the_same_view(page, browser, console, live_server, newsroom):
    """Zoom to September 2017, filter to Russia, select the Putin–Macron call, copy the link."""
    call = newsroom.events["phone_call"]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    open_timeline(page, live_server)
    page.evaluate("""() => Plotly.relayout("chart", {"xaxis.range": ["2017-09-01", "2017-10-01"]})""")
    wait_for_query(page, **{"from": "2017-09-01", "to": "2017-09-30"})
    wait_for_list(page, pks(newsroom, ["phone_call", "missile_over_japan", "september_sanctions"]))
    page.select_option("#filters select[name=actor]", "RUS")
    wait_for_query(page, actor="RUS", **{"from": "2017-09-01", "to": "2017-09-30"})
    wait_for_list(page, pks(newsroom, ["phone_call"]))
    page.locator(f"#e-{call.pk} a").click()
    wait_for_query(page, event=str(call.pk), actor="RUS")
    page.locator("button[data-copy-link]").click()
    page.locator(".copy-status", has_text="Link copied").wait_for()
    link = page.evaluate("() => navigator.clipboard.readText()")
    assert link == page.url
    assert query(page) == {"from": "2017-09-01", "to": "2017-09-30", "actor": "RUS", "event": str(call.pk)}

    second = new_page(browser, console)
    open_timeline(second, live_server, link.split("?", 1)[1])
    assert listed(second) == [call.pk]
    assert_detail_shows(second, call, call.mentions.order_by("article__published").first())
    assert second.locator(f"#e-{call.pk}.selected a[aria-current=true]").count() == 1
    assert chart_range(second) == ["2017-09-01", "2017-10-01"]
    assert second.locator("#filters select[name=actor] option:checked").all_inner_texts() == ["Russia"]
    assert second.locator("#filters input[name=from]").input_value() == "2017-09-01"
    assert second.locator("#counts").inner_text() == page.locator("#counts").inner_text()
    second.context.close()
    assert console.errors == []


def test_filter_change_clears_a_stale_selection_and_back_restores_it(page, console, live_server, newsroom):
    call = newsroom.events["phone_call"]
    open_timeline(page, live_server, f"from=2017-09-01&to=2017-09-30&event={call.pk}")
    page.locator(f'#detail [data-event-id="{call.pk}"]').wait_for()
    page.select_option("#filters select[name=actor]", "PRK")
    wait_for_list(page, pks(newsroom, ["missile_over_japan"]))
    page.locator("#detail .placeholder").wait_for()
    assert "event" not in query(page)

    page.go_back()
    wait_for_list(page, pks(newsroom, ["phone_call", "missile_over_japan", "september_sanctions"]))
    page.locator(f'#detail [data-event-id="{call.pk}"]').wait_for()
    assert page.locator("#filters select[name=actor] option:checked").count() == 0
    assert query(page)["event"] == str(call.pk)
    assert console.errors == []


def test_problems_box_follows_the_view(page, console, live_server, newsroom):
    open_timeline(page, live_server, "from=2017-09-01&to=2017-09-30&actor=XXX")
    assert "unknown actor 'XXX'" in page.locator(".problems").inner_text()
    page.select_option("#filters select[name=type]", "military")
    wait_for_list(page, pks(newsroom, ["missile_over_japan"]))
    assert page.locator(".problems").count() == 0
    assert console.errors == []


def test_embed_shows_in_another_sites_iframe_and_other_pages_refuse(page, console, live_server, newsroom, other_origin):
    embed_url = f"{live_server.url}/embed/?from=2017-09-01&to=2017-09-30&actor=RUS"
    host = other_origin.page("host.html", f"""<!doctype html><title>host</title><link rel="icon" href="data:,">
      <iframe id="embed" src="{embed_url}" width="900" height="700"></iframe>
      <iframe id="page" src="{live_server.url}/?from=2017-09-01" width="900" height="400"></iframe>""")
    page.goto(host)
    embed = page.frame_locator("#embed")
    embed.locator("#chart[data-ready=true]").wait_for()
    call = newsroom.events["phone_call"]
    assert embed.locator("#event-list li.event-item").count() == 1
    embed.locator(f"#e-{call.pk} a").click()
    embed.locator(f'#detail [data-event-id="{call.pk}"]').wait_for()
    full_view = embed.locator("a[data-view-link]").get_attribute("href")
    assert full_view.endswith(f"/?from=2017-09-01&to=2017-09-30&actor=RUS&event={call.pk}")
    page.wait_for_timeout(300)
    framed = next(frame for frame in page.main_frame.child_frames if "/embed/" not in frame.url)
    assert framed.query_selector("#event-list") is None  # blocked: X-Frame-Options DENY, frame-ancestors 'none'
    assert console.errors and all(error.startswith(f"console: Framing '{live_server.url}/'") for error in console.errors)


def test_timelinejs_renders_the_export(page, live_server, newsroom, other_origin):
    if not TIMELINEJS_DIST.exists():
        pytest.fail(f"{TIMELINEJS_DIST} is missing: npm ci (make test does it)")
    (other_origin.root / "timelinejs").symlink_to(TIMELINEJS_DIST)
    export = f"{live_server.url}/events.timelinejs.json?from=2017-09-01&to=2017-09-30"
    host = other_origin.page("timeline.html", f"""<!doctype html><html><head><title>TimelineJS</title>
      <link rel="stylesheet" href="timelinejs/css/timeline.css"></head><body>
      <div id="timeline-embed" style="width: 100%; height: 600px"></div>
      <script src="timelinejs/js/timeline.js"></script>
      <script>window.timeline = new TL.Timeline("timeline-embed", "{export}");</script>
      </body></html>""")
    page.goto(host)
    headlines = page.locator(".tl-slide .tl-headline")
    headlines.first.wait_for(state="attached")
    texts = headlines.all_text_contents()
    for name in ("phone_call", "missile_over_japan", "september_sanctions"):
        assert newsroom.events[name].summary in texts
    assert any("Events 1-3 of 3" in text for text in page.locator(".tl-slide .tl-text-content").all_text_contents())


def test_list_works_from_the_keyboard(page, console, live_server, newsroom):
    open_timeline(page, live_server, "from=2017-09-01&to=2017-09-30")
    first, second, third = listed(page)
    page.locator(f"#e-{first} a").focus()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.dataset.eventId") == str(second)
    page.keyboard.press("End")
    assert page.evaluate("() => document.activeElement.dataset.eventId") == str(third)
    page.keyboard.press("Enter")
    page.locator(f'#detail [data-event-id="{third}"]').wait_for()
    wait_for_query(page, event=str(third))
    assert page.locator(f"#e-{third} a[aria-current=true]").count() == 1
    assert console.errors == []


@pytest.mark.parametrize("path", ["/?from=2017-09-01&to=2017-09-30&event={event}", "/events/{event}/", "/embed/"])
def test_pages_fit_a_phone_screen(browser, console, live_server, newsroom, path):
    phone = new_page(browser, console, PHONE)
    phone.goto(live_server.url + path.format(event=newsroom.events["phone_call"].pk))
    phone.wait_for_selector(".chart[data-ready=true]")
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    phone.context.close()
    assert console.errors == []


def test_event_page_draws_its_surroundings(page, console, live_server, newsroom):
    call = newsroom.events["phone_call"]
    page.goto(f"{live_server.url}/events/{call.pk}/")
    page.wait_for_selector("#surroundings[data-ready=true]")
    metas = page.evaluate("() => document.getElementById('surroundings').data.map(trace => trace.meta)")
    assert metas[-1] == "ring"
    assert console.errors == []
