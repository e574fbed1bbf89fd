"""The pages and partials through Django's test client, on the `newsroom` data set."""
import datetime
import html as html_lib
import re

import pytest
from django.conf import settings

from tests.conftest import add_mention, make_article, make_event
from timeline.figure import TYPE_COLOURS
from timeline.views.pages import LIST_PAGE_SIZE

LISTED = re.compile(r'<li class="event-item[^"]*" id="e-(\d+)"')
YEAR_2017 = (datetime.date(2017, 1, 1), datetime.date(2017, 12, 31))


def listed(response):
    """Primary keys of the events in a response's list, in list order."""
    return [int(pk) for pk in LISTED.findall(response.content.decode())]


def text_of(html):
    """What a reader sees of some HTML: tags dropped, entities decoded."""
    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def pks(newsroom, *names):
    return {newsroom.events[name].pk for name in names}


# The timeline page and its partial


def test_page_shows_the_latest_year_by_default(client, newsroom):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form class="filters"' in html and 'id="chart"' in html
    assert set(listed(response)) == pks(newsroom, *newsroom.visible_in(*YEAR_2017))
    assert 'value="2017-01-01"' in html and 'value="2017-12-31"' in html


def test_list_is_in_date_order(client, newsroom):
    dates = [newsroom_event.date for newsroom_event in _events_by_pk(newsroom, listed(client.get("/")))]
    assert dates == sorted(dates)


def _events_by_pk(newsroom, order):
    by_pk = {event.pk: event for event in newsroom.events.values()}
    return [by_pk[pk] for pk in order]


def test_htmx_request_gets_only_the_results_partial(client, newsroom):
    response = client.get("/?from=2017-09-01&to=2017-09-30", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<form" not in html and 'id="chart"' not in html
    assert 'id="figure-data" type="application/json"' in html
    assert set(listed(response)) == pks(newsroom, "phone_call", "missile_over_japan", "september_sanctions")
    assert "HX-Request" in response["Vary"]


def test_page_without_events_says_so(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "No events in this view" in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("from=2017-09-01&to=2017-09-30", {"phone_call", "missile_over_japan", "september_sanctions"}),
        ("from=2016-01-01&to=2016-12-31", {"fifth_test"}),
        ("from=2017-11-01", {"icbm", "tillerson_offer"}),
        ("to=2017-04-30", {"fifth_test", "april_missile", "lavrov_appeal"}),
        ("from=2016-01-01&actor=RUS", {"phone_call", "lavrov_appeal"}),
        ("from=2016-01-01&actor=FRA&actor=USA", {"phone_call", "tillerson_offer"}),
        ("from=2016-01-01&actor=fra,usa", {"phone_call", "tillerson_offer"}),
        ("from=2016-01-01&type=military", {"fifth_test", "april_missile", "missile_over_japan", "icbm"}),
        ("from=2016-01-01&type=sanction&type=appeal", {"september_sanctions", "august_sanctions", "lavrov_appeal"}),
        ("from=2016-01-01&tag=sanctions", {"september_sanctions", "august_sanctions"}),
        ("from=2016-01-01&status=confirmed", {"phone_call", "september_sanctions"}),
        ("from=2016-01-01&q=preconditions", {"tillerson_offer"}),
        ("from=2016-01-01&q=east+coast", {"april_missile"}),
        ("from=2016-01-01&actor=PRK&type=military&q=Japan", {"missile_over_japan"}),
        ("from=2016-01-01&lanes=type", {"fifth_test", "april_missile", "lavrov_appeal", "august_sanctions",
                                        "september_sanctions", "phone_call", "missile_over_japan", "icbm",
                                        "tillerson_offer"}),
    ],
)
def test_query_parameters_filter_the_list(client, newsroom, query, expected):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert set(listed(response)) == pks(newsroom, *expected)
    assert "class=\"problems\"" not in response.content.decode()


def test_filters_are_kept_in_the_form_and_in_links(client, newsroom):
    html = client.get("/?from=2017-09-01&to=2017-09-30&actor=RUS&type=consult&tag=sanctions&q=phone").content.decode()
    assert '<option value="RUS" selected>' in html
    assert '<option value="consult" selected>' in html
    assert '<option value="sanctions" selected>' in html
    assert 'value="phone"' in html


def test_event_parameter_shows_its_details_with_the_sentence(client, newsroom):
    event = newsroom.events["phone_call"]
    html = client.get(f"/?from=2017-09-01&to=2017-09-30&event={event.pk}").content.decode()
    assert f'<li class="event-item type-consult selected" id="e-{event.pk}">' in html
    detail = html[html.index('id="detail"'):html.index('id="results"')]
    assert event.summary in detail
    assert '<mark class="sentence">Russian President Vladimir Putin' in detail
    assert '<mark class="timex" title="&#x27;on Friday&#x27; read against the dateline 2017-09-15">on Friday</mark>' in detail


def test_lanes_parameter_switches_the_chart_lanes(client, newsroom):
    by_actor = client.get("/").context["figure"]
    by_type = client.get("/?lanes=type").context["figure"]
    assert set(by_actor["layout"]["yaxis"]["categoryarray"]) == {
        "France", "North Korea", "Russia", "United States", "United Nations"
    }
    assert set(by_type["layout"]["yaxis"]["categoryarray"]) == {
        "Appeal", "Consultation", "Intent", "Military action", "Sanction"
    }


def test_chart_points_carry_event_ids_once_per_lane(client, newsroom):
    figure = client.get("/?from=2017-09-01&to=2017-09-30").context["figure"]
    points = sorted((pk, lane) for trace in figure["data"] for pk, lane in zip(trace["customdata"], trace["y"]))
    call, missile, sanctions = (newsroom.events[name].pk for name in ("phone_call", "missile_over_japan",
                                                                      "september_sanctions"))
    assert points == sorted([(call, "France"), (call, "Russia"), (missile, "North Korea"),
                             (sanctions, "United Nations")])
    assert figure["layout"]["xaxis"]["range"] == ["2017-09-01", "2017-10-01"]


def test_busy_views_draw_counts_instead_of_points(client, newsroom, monkeypatch):
    monkeypatch.setattr("timeline.figure.POINT_BUDGET", 3)
    response = client.get("/")
    figure = response.context["figure"]
    assert figure["meta"] == {"detail": "counts", "total": 8}
    (trace,) = figure["data"]
    assert sum(int(text.split()[0]) for text in trace["text"]) == 10  # one per event and lane
    assert "the chart shows counts per period" in response.content.decode()


def test_chart_colours_match_the_list_badges():
    css = (settings.BASE_DIR / "static/timeline/timeline.css").read_text()
    for kind, colour in TYPE_COLOURS.items():
        assert f".type-{kind} {{ --type: {colour}; }}" in css


def test_page_parameter_pages_through_long_lists(client, db):
    day = datetime.date(2017, 3, 1)
    made = [make_event(day + datetime.timedelta(days=n), "statement", f"Statement {n}") for n in range(LIST_PAGE_SIZE + 5)]
    first, second = client.get("/"), client.get("/?page=2")
    assert listed(first) == [event.pk for event in made[:LIST_PAGE_SIZE]]
    assert listed(second) == [event.pk for event in made[LIST_PAGE_SIZE:]]
    assert "page=2" in first.content.decode() and "page 1 of 2" in first.content.decode()


# Bad links: never a server error, and the page says what it ignored


@pytest.mark.parametrize(
    "query, problem",
    [
        ("from=2017-13-45", "from=&#x27;2017-13-45&#x27; is not a date"),
        ("from=yesterday", "is not a date"),
        ("to=0000-00-00", "is not a date"),
        ("from=1066-10-14", "out of range"),
        ("to=9999-12-31", "out of range"),
        ("from=2017-09-30&to=2017-09-01", "the two were swapped"),
        ("actor=XXX", "unknown actor &#x27;XXX&#x27;"),
        ("actor=RUS%27%20OR%201%3D1", "unknown actor"),
        ("actor=%3Cscript%3Ealert(1)%3C/script%3E", "unknown actor &#x27;&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;&#x27;"),
        ("type=bogus", "unknown type &#x27;bogus&#x27;"),
        ("tag=Not%20A%20Slug!", "unknown tag"),
        ("tag=unknown-tag", "unknown tag &#x27;unknown-tag&#x27;"),
        ("status=rejected", "unknown status &#x27;rejected&#x27;"),
        ("q=" + "x" * 5000, "search text cut to 200 characters"),
        ("lanes=diagonal", "unknown lanes &#x27;diagonal&#x27;"),
        ("event=-1", "event=&#x27;-1&#x27; is not a positive whole number"),
        ("event=abc", "is not a positive whole number"),
        ("event=99999999999999999999", "is not a positive whole number"),
        ("page=0", "page=&#x27;0&#x27; is not a positive whole number"),
        ("page=1e9", "is not a positive whole number"),
        ("page=%00", "is not a positive whole number"),
        ("from=%00", "is not a date"),
        ("actor=" + "&actor=".join(f"A{n:02d}" for n in range(80)), "unknown actor"),
    ],
)
def test_malformed_parameters_are_reported_not_fatal(client, newsroom, query, problem):
    for headers in ({}, {"HX-Request": "true"}):
        response = client.get(f"/?{query}", headers=headers)
        assert response.status_code == 200
    page = client.get(f"/?{query}").content.decode()
    assert '<div class="problems" role="status">' in page
    assert problem in page
    assert "<script>alert" not in page.lower()


@pytest.mark.parametrize(
    "query",
    ["q=%00", "q=%E2%80%AE%F0%9F%92%A5", "actor=", "actor=,,,", "page=999999", "event=999999",
     "from=2017-09-01T10:00", "q=%25_%25", "lanes=TYPE"],
)
def test_odd_but_harmless_parameters_never_fail(client, newsroom, query):
    assert client.get(f"/?{query}").status_code == 200
    assert client.get(f"/events.json?{query}").status_code == 200


def test_swapped_range_still_shows_its_events(client, newsroom):
    response = client.get("/?from=2017-09-30&to=2017-09-01")
    assert set(listed(response)) == pks(newsroom, "phone_call", "missile_over_japan", "september_sanctions")


def test_other_methods_are_refused(client, newsroom):
    assert client.post("/").status_code == 405
    assert client.post("/events.json").status_code == 405
    assert client.delete(newsroom.events["icbm"].get_absolute_url()).status_code == 405


# Rejected events stay out of every public view


def test_rejected_events_are_never_shown(client, newsroom):
    rejected = newsroom.events["boilerplate"]
    for query in ("from=2017-09-15&to=2017-09-15", f"event={rejected.pk}", "q=Explore", "status=rejected"):
        response = client.get(f"/?{query}")
        assert rejected.pk not in listed(response)
        assert rejected.summary not in response.content.decode()
    assert client.get(rejected.get_absolute_url()).status_code == 404
    article = client.get(newsroom.articles["putin_macron"].get_absolute_url()).content.decode()
    assert "Explore more stories from our newsroom." in article
    assert '<mark class="sentence" id="m-' not in article.split("Explore more stories")[0][-60:]


# Event and article pages


def test_event_page_shows_every_source(client, newsroom):
    event = newsroom.events["phone_call"]
    response = client.get(f"/events/{event.pk}/")
    html = response.content.decode()
    assert response.status_code == 200 and "<html" in html
    assert f"<title>{event.summary} · Newsdesk Timeline</title>" in html
    for mention in event.mentions.all():
        assert f'href="/articles/{mention.article_id}/#m-{mention.pk}"' in html
        assert mention.sentence in text_of(html)
    assert '<mark class="timex"' in html and ">on September 15</mark>" in html
    assert f"?from=2017-01-01&amp;to=2017-12-31&amp;event={event.pk}" in html


def test_event_partial_for_htmx(client, newsroom):
    event = newsroom.events["icbm"]
    html = client.get(f"/events/{event.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert html.lstrip().startswith(f'<article class="event-detail type-military" data-event-id="{event.pk}">')
    assert "<html" not in html
    assert '<mark class="timex" title="&#x27;on November 29&#x27; read against the dateline 2017-12-15">' in html


def test_article_page_anchors_every_mention(client, newsroom):
    article = newsroom.articles["tillerson"]
    html = client.get(f"/articles/{article.pk}/").content.decode()
    for mention in article.mentions.all():
        assert f'<mark class="sentence" id="m-{mention.pk}">' in html
        assert f'href="#m-{mention.pk}"' in html
    body = html[html.index('<div class="body">'):html.index("</div>", html.index('<div class="body">'))]
    assert body.count('<mark class="timex"') == 4
    assert body.count('<mark class="trigger">') == 4
    assert [text_of(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S)] == article.body.split("\n\n")
    assert 'href="https://news.example/2017/12/15/' in html


@pytest.mark.parametrize("url", ["/events/999999/", "/articles/999999/", "/events/0/", "/events/abc/"])
def test_unknown_ids_are_not_found(client, newsroom, url):
    assert client.get(url).status_code == 404


# Untrusted article text


def test_article_text_is_escaped_everywhere(client, db):
    hostile = "Officials said <script>alert(1)</script> on Friday that talks would resume."
    article = make_article("<b>Hostile</b> title", datetime.date(2017, 9, 15), [hostile, "<img src=x onerror=alert(2)>"])
    event = make_event(datetime.date(2017, 9, 15), "statement", "<i>Officials</i> speak")
    add_mention(event, article, hostile, "on Friday", explanation='"on Friday" <read> as 2017-09-15')
    pages = [
        client.get(f"/articles/{article.pk}/"),
        client.get(f"/events/{event.pk}/"),
        client.get(f"/events/{event.pk}/", headers={"HX-Request": "true"}),
        client.get(f"/?event={event.pk}"),
    ]
    for response in pages:
        html = response.content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html and "<i>Officials" not in html
        assert "<b>Hostile" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0].content.decode()
    assert "&lt;img src=x onerror=alert(2)&gt;" in pages[0].content.decode()
    assert "&lt;i&gt;Officials&lt;/i&gt; speak" in pages[3].content.decode()


def test_summary_in_chart_data_cannot_close_the_script(client, db):
    make_event(datetime.date(2017, 9, 15), "statement", "</script><script>alert(1)</script>")
    html = client.get("/").content.decode()
    assert "</script><script>alert(1)" not in html
    assert html.count("<script") == html.count("</script>")


# Headers


@pytest.mark.parametrize(
    "path",
    ["/", "/events/{event}/", "/articles/{article}/", "/events.json", "/events.csv", "/events.ics",
     "/events.timelinejs.json"],
)
def test_pages_refuse_to_be_framed(client, newsroom, path):
    url = path.format(event=newsroom.events["icbm"].pk, article=newsroom.articles["spring"].pk)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_embed_alone_may_be_framed_by_any_site(client, newsroom):
    for headers in ({}, {"HX-Request": "true"}):
        response = client.get("/embed/?from=2017-09-01&to=2017-09-30", headers=headers)
        assert response.status_code == 200
        assert "X-Frame-Options" not in response
        policy = response["Content-Security-Policy"]
        assert "frame-ancestors *" in policy and "script-src 'self'" in policy


@pytest.mark.parametrize(
    "path", ["/", "/?event={event}", "/embed/?event={event}", "/events/{event}/", "/articles/{article}/"]
)
def test_pages_have_no_inline_code_or_styles(client, newsroom, path):
    """A strict Content-Security-Policy must be possible: scripts come from files, data from JSON."""
    url = path.format(event=newsroom.events["phone_call"].pk, article=newsroom.articles["putin_macron"].pk)
    html = client.get(url).content.decode()
    for attributes in re.findall(r"<script\b([^>]*)>", html):
        assert "src=" in attributes or 'type="application/json"' in attributes
    assert not re.search(r"<[^>]*\s(style|on[a-z]+)\s*=", html)


# View state in the URL: every parameter round-trips through every page, and the problems box,
# the details panel and the address bar follow htmx swaps


ROUND_TRIPS = [
    "from=2017-09-01&to=2017-09-30",
    "from=2017-01-01&to=2017-12-31&actor=RUS",
    "from=2017-01-01&to=2017-12-31&actor=FRA&actor=RUS",
    "from=2017-01-01&to=2017-12-31&type=consult&type=military",
    "from=2017-01-01&to=2017-12-31&tag=sanctions",
    "from=2017-01-01&to=2017-12-31&status=confirmed",
    "from=2017-01-01&to=2017-12-31&q=phone+call",
    "from=2017-01-01&to=2017-12-31&lanes=type",
    "from=2017-01-01&to=2017-12-31&event={event}",
    "from=2016-01-01&to=2017-12-31&page=1",
]


@pytest.mark.parametrize("path", ["/", "/embed/"])
@pytest.mark.parametrize("query", ROUND_TRIPS)
def test_every_parameter_round_trips_through_the_pages(client, newsroom, path, query):
    query = query.format(event=newsroom.events["phone_call"].pk)
    for headers in ({}, {"HX-Request": "true"}):
        response = client.get(f"{path}?{query}", headers=headers)
        assert response.status_code == 200
        canonical = query.removesuffix("&page=1")
        assert response.context["query"] == canonical
        assert response.context["state"].problems == ()
        html = response.content.decode()
        assert f'href="/events.csv?{canonical.replace("&", "&amp;")}"' in html
        assert f'href="/events.ics?{canonical.replace("&", "&amp;")}"' in html


@pytest.mark.parametrize("path", ["/", "/embed/"])
@pytest.mark.parametrize("query", ["from=2017-13-45", "actor=XXX&type=bogus", "lanes=diagonal&event=abc", "page=0"])
def test_problems_box_comes_with_every_swap(client, newsroom, path, query):
    html = client.get(f"{path}?{query}", headers={"HX-Request": "true"}).content.decode()
    assert '<div class="problems" role="status">' in html
    clean = client.get(f"{path}?from=2017-09-01", headers={"HX-Request": "true"}).content.decode()
    assert 'class="problems"' not in clean


def test_results_partial_carries_the_details_panel_out_of_band(client, newsroom):
    event = newsroom.events["phone_call"]
    selected = client.get(f"/?from=2017-09-01&event={event.pk}", headers={"HX-Request": "true"}).content.decode()
    panel = selected[selected.index('<div id="detail" hx-swap-oob="innerHTML">'):]
    assert f'data-event-id="{event.pk}"' in panel and event.summary in panel
    cleared = client.get("/?from=2017-09-01&actor=PRK", headers={"HX-Request": "true"}).content.decode()
    panel = cleared[cleared.index('<div id="detail" hx-swap-oob="innerHTML">'):]
    assert "Select an event" in panel and "event-detail" not in panel
    assert "hx-swap-oob" not in client.get(f"/?event={event.pk}").content.decode()


def test_filter_form_requests_push_the_canonical_url(client, newsroom):
    headers = {"HX-Request": "true", "HX-Trigger": "filters"}
    response = client.get("/?from=2017-09-01&to=&actor=RUS&type=&q=&lanes=actor", headers=headers)
    assert response["HX-Push-Url"] == "/?from=2017-09-01&actor=RUS"
    zoom = client.get("/?from=2017-09-01", headers={"HX-Request": "true", "HX-Trigger": "results"})
    assert "HX-Push-Url" not in zoom


def test_selected_entry_is_marked_for_screen_readers(client, newsroom):
    event = newsroom.events["icbm"]
    html = client.get(f"/?event={event.pk}").content.decode()
    entry = html[html.index(f'id="e-{event.pk}"'):html.index("</li>", html.index(f'id="e-{event.pk}"'))]
    assert 'aria-current="true"' in entry
    assert html.count('aria-current="true"') == 1
    assert '<section id="detail" class="detail" aria-live="polite"' in html
    assert '<ol class="event-list" id="event-list" aria-label="Events in date order">' in html


# Sharing: meta tags, copy link, embed


def meta(html, key):
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return html_lib.unescape(match.group(1)) if match else None


def test_timeline_meta_tags_describe_the_view(client, newsroom):
    html = client.get("/?from=2017-09-01&to=2017-09-30&actor=RUS&type=consult").content.decode()
    assert meta(html, "og:title") == "Timeline: Russia · Consultation · 1 Sep 2017 to 30 Sep 2017"
    assert meta(html, "og:description") == "1 diplomatic event: Russia · Consultation · 1 Sep 2017 to 30 Sep 2017."
    assert meta(html, "og:url") == "http://testserver/?from=2017-09-01&to=2017-09-30&actor=RUS&type=consult"
    assert meta(html, "twitter:card") == "summary"
    assert meta(html, "twitter:title") == meta(html, "og:title")


def test_meta_tags_describe_the_selected_event(client, newsroom):
    event = newsroom.events["phone_call"]
    for url in (f"/?from=2017-09-01&to=2017-09-30&event={event.pk}", f"/events/{event.pk}/"):
        html = client.get(url).content.decode()
        assert meta(html, "og:title") == event.summary
        assert meta(html, "og:description").startswith("15 September 2017 · Consultation · 2 sources.")


def test_article_meta_tags(client, newsroom):
    article = newsroom.articles["putin_macron"]
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert meta(html, "og:title") == article.title
    assert meta(html, "og:description") == "Wire, 15 September 2017: 3 sentences reporting diplomatic events."


def test_meta_tags_escape_article_text(client, db):
    make_event(datetime.date(2017, 9, 15), "statement", '"><script>alert(1)</script>')
    html = client.get("/?event=1&q=script").content.decode()
    assert "<script>alert" not in html and meta(html, "og:title") is not None


@pytest.mark.parametrize("path", ["/", "/events/{event}/"])
def test_pages_offer_a_copy_link_button(client, newsroom, path):
    html = client.get(path.format(event=newsroom.events["icbm"].pk)).content.decode()
    assert '<button type="button" data-copy-link hidden>Copy link</button>' in html
    assert 'src="/static/timeline/share.js"' in html


def test_embed_has_minimal_chrome_and_links_to_the_full_view(client, newsroom):
    html = client.get("/embed/?from=2017-09-01&to=2017-09-30&actor=RUS").content.decode()
    assert 'id="chart"' in html and 'id="event-list"' in html
    assert '<form class="filters"' not in html and 'class="site-header"' not in html
    assert 'href="/?from=2017-09-01&amp;to=2017-09-30&amp;actor=RUS" data-view-link="/" target="_blank"' in html


def test_event_page_charts_its_surroundings(client, newsroom):
    event = newsroom.events["phone_call"]
    response = client.get(f"/events/{event.pk}/")
    figure = response.context["figure"]
    assert figure["data"][-1]["meta"] == "ring"
    assert figure["layout"]["xaxis"]["range"] == ["2017-08-16", "2017-10-16"]
    html = response.content.decode()
    assert 'id="surroundings"' in html and 'src="/static/timeline/surroundings.js"' in html


@pytest.mark.parametrize("path", ["/embed/", "/events/{event}/", "/articles/{article}/"])
@pytest.mark.parametrize("query", ["from=2017-13-45", "actor=%3Cscript%3E", "event=abc", "page=0", "q=%00", "%"])
def test_malformed_parameters_never_fail_any_page(client, newsroom, path, query):
    url = path.format(event=newsroom.events["icbm"].pk, article=newsroom.articles["spring"].pk)
    for headers in ({}, {"HX-Request": "true"}):
        assert client.get(f"{url}?{query}", headers=headers).status_code == 200
