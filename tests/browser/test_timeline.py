"""The timeline page in Chromium: chart, list, details, zoom, history and filters stay in step."""
import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.I)
# Points of the main plot; the range slider below it draws its own copies.
CHART_POINTS = "#chart .cartesianlayer .scatterlayer .point"

POINT_CENTRE_JS = """([chart, eventId]) => {
  for (const trace of chart.querySelectorAll(".cartesianlayer .scatterlayer .trace")) {
    const customdata = trace.__data__[0].trace.customdata;
    for (const point of trace.querySelectorAll(".point")) {
      if (customdata[point.__data__.i] === eventId) {
        const box = point.getBoundingClientRect();
        return {x: box.left + box.width / 2, y: box.top + box.height / 2};
      }
    }
  }
  return null;
}"""


def open_timeline(page, live_server, query=""):
    """Open the page, wait for the chart, and return the HTML the server sent."""
    response = page.goto(f"{live_server.url}/{'?' + query if query else ''}")
    assert response.status == 200
    page.wait_for_selector("#chart[data-ready=true]")
    assert page.evaluate("typeof window.Plotly") == "object", "plotly.min.js did not load"
    return response.text()


def listed(page):
    return [int(item.get_attribute("id").removeprefix("e-")) for item in page.locator("#event-list li.event-item").all()]


def wait_for_list(page, expected_pks):
    """Wait until the list holds exactly these events (order aside)."""
    page.wait_for_function(
        """expected => {
          const ids = [...document.querySelectorAll("#event-list li.event-item")].map(li => Number(li.id.slice(2)));
          return ids.length === expected.length && expected.every(id => ids.includes(id));
        }""",
        arg=sorted(expected_pks),
    )


def query(page):
    return {key: values[-1] for key, values in parse_qs(urlsplit(page.url).query).items()}


def wait_for_query(page, **expected):
    page.wait_for_url(lambda url: all(parse_qs(urlsplit(url).query).get(k) == [v] for k, v in expected.items()))


def chart_range(page):
    return page.evaluate("() => document.getElementById('chart').layout.xaxis.range.map(d => String(d).slice(0, 10))")


def pks(newsroom, names):
    return {newsroom.events[name].pk for name in names}


def assert_detail_shows(page, event, mention):
    """The details panel shows `event` with `mention`'s sentence and time expression marked."""
    detail = page.locator(f'#detail article.event-detail[data-event-id="{event.pk}"]')
    detail.wait_for()
    assert detail.locator("h2").inner_text() == event.summary
    sentences = detail.locator("mark.sentence").all_text_contents()
    assert mention.sentence in sentences
    assert mention.time_expression in detail.locator("mark.timex").all_text_contents()


def test_page_loads_with_chart_list_and_no_errors(page, console, live_server, newsroom):
    html = open_timeline(page, live_server)
    year_2017 = newsroom.visible_in(datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))
    assert set(listed(page)) == pks(newsroom, year_2017)
    assert page.locator("#chart.js-plotly-plot").count() == 1
    # One point per event and lane: the phone call (RUS, FRA) and Tillerson's offer (USA, UN) draw two.
    assert page.locator(CHART_POINTS).count() == len(year_2017) + 2
    assert chart_range(page) == ["2017-01-01", "2018-01-01"]
    inline_scripts = [attrs for attrs in SCRIPT_TAG.findall(html) if "src=" not in attrs]
    assert inline_scripts and all('type="application/json"' in attrs for attrs in inline_scripts)
    assert not STYLE_ATTRIBUTE.search(html)
    page.wait_for_timeout(200)  # let late errors (failed requests, async exceptions) arrive
    assert console.errors == []


def ringed_lanes(page):
    """The lanes on which the main chart rings the selected event, once the ring is drawn."""
    page.wait_for_function("() => document.getElementById('chart').data.some(trace => trace.meta === 'ring')")
    return sorted(page.evaluate(
        "() => document.getElementById('chart').data.filter(trace => trace.meta === 'ring').flatMap(trace => trace.y)"
    ))


def test_clicking_a_list_entry_shows_its_sources(page, console, live_server, newsroom):
    event = newsroom.events["phone_call"]
    first, second = event.mentions.order_by("article__published")
    open_timeline(page, live_server)
    page.locator(f"#e-{event.pk} a").click()
    assert_detail_shows(page, event, first)
    assert_detail_shows(page, event, second)
    wait_for_query(page, event=str(event.pk))
    assert page.locator(f"#e-{event.pk}.selected").count() == 1
    assert page.locator("#chart[data-ready=true]").count() == 1, "the chart must not be reloaded"
    assert ringed_lanes(page) == ["France", "Russia"]

    page.locator(f'#detail a[href="/articles/{first.article_id}/#m-{first.pk}"]').click()
    page.wait_for_url(f"**/articles/{first.article_id}/#m-{first.pk}")
    target = page.locator("mark.sentence:target")
    assert target.get_attribute("id") == f"m-{first.pk}"
    assert target.text_content() == first.sentence
    assert target.locator("mark.timex").text_content() == "on Friday"
    assert console.errors == []


def test_clicking_a_chart_point_shows_its_sources(page, console, live_server, newsroom):
    event = newsroom.events["icbm"]
    open_timeline(page, live_server)
    centre = page.evaluate(POINT_CENTRE_JS, [page.locator("#chart").element_handle(), event.pk])
    assert centre is not None, "no point drawn for the event"
    page.mouse.move(centre["x"], centre["y"])
    page.locator("#chart .hoverlayer .hovertext").wait_for()
    assert event.summary in page.locator("#chart .hoverlayer .hovertext").text_content()
    page.mouse.click(centre["x"], centre["y"])
    assert_detail_shows(page, event, event.mentions.get())
    wait_for_query(page, event=str(event.pk), **{"from": "2017-01-01"})
    page.locator(f"#e-{event.pk}.selected").wait_for()
    assert console.errors == []


def test_zoom_narrows_the_list_and_back_restores_it(page, console, live_server, newsroom):
    open_timeline(page, live_server)
    before_url, before_list = page.url, listed(page)
    page.evaluate("""() => Plotly.relayout("chart", {"xaxis.range": ["2017-09-01", "2017-10-01"]})""")
    wait_for_query(page, **{"from": "2017-09-01", "to": "2017-09-30"})
    september = pks(newsroom, ["phone_call", "missile_over_japan", "september_sanctions"])
    wait_for_list(page, september)
    assert page.locator("#counts strong").inner_text() == "3"
    assert page.locator("#filters input[name=from]").input_value() == "2017-09-01"
    assert page.locator("#filters input[name=to]").input_value() == "2017-09-30"

    page.go_back()
    page.wait_for_url(before_url)
    wait_for_list(page, before_list)
    assert listed(page) == before_list
    page.wait_for_function("() => String(document.getElementById('chart').layout.xaxis.range[0]).startsWith('2017-01-01')")

    page.go_forward()
    wait_for_query(page, **{"from": "2017-09-01", "to": "2017-09-30"})
    wait_for_list(page, september)
    assert console.errors == []


def test_a_shared_link_restores_the_view(page, console, live_server, newsroom):
    event = newsroom.events["missile_over_japan"]
    open_timeline(page, live_server, f"from=2017-09-01&to=2017-09-30&actor=PRK&actor=RUS&event={event.pk}")
    assert set(listed(page)) == pks(newsroom, ["phone_call", "missile_over_japan"])
    assert_detail_shows(page, event, event.mentions.get())
    assert page.locator(f"#e-{event.pk}.selected").count() == 1
    assert chart_range(page) == ["2017-09-01", "2017-10-01"]
    assert sorted(page.locator("#filters select[name=actor] option:checked").all_inner_texts()) == [
        "North Korea", "Russia"
    ]
    lanes = page.evaluate("() => document.getElementById('chart').layout.yaxis.categoryarray")
    assert sorted(lanes) == ["North Korea", "Russia"]
    assert console.errors == []


def test_filter_change_swaps_the_results_without_a_reload(page, console, live_server, newsroom):
    open_timeline(page, live_server)
    page.evaluate("() => { window.__marker = 1; }")
    page.select_option("#filters select[name=actor]", "PRK")
    wait_for_query(page, actor="PRK")
    wait_for_list(page, pks(newsroom, ["april_missile", "missile_over_japan", "icbm"]))
    assert page.evaluate("() => window.__marker") == 1
    page.wait_for_function("() => document.getElementById('chart').layout.yaxis.categoryarray.join() === 'North Korea'")
    assert page.locator(CHART_POINTS).count() == 3
    assert console.errors == []
