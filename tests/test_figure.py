"""The server-built figure is valid plotly, draws each event on its actors' lanes, and switches to
counts above the point budget."""
import datetime

import plotly.graph_objects as go
import pytest

from timeline import figure
from timeline.models import Event
from timeline.viewstate import ViewState

from .conftest import make_event

pytestmark = pytest.mark.django_db
YEAR = ViewState(start=datetime.date(2017, 1, 1), end=datetime.date(2017, 12, 31))
NAMES = {"FRA": "France", "PRK": "North Korea", "RUS": "Russia", "USA": "United States", "UN": "United Nations"}


def build(state=YEAR):
    return figure.build_figure(Event.objects.for_view(state), state, NAMES)


def test_figure_is_valid_plotly(newsroom):
    data = build()
    go.Figure(data=data["data"], layout=data["layout"])  # raises on any unknown or ill-typed attribute


def test_each_event_sits_on_the_lanes_of_its_actors(newsroom):
    data = build()
    points = {
        (event_id, lane)
        for trace in data["data"]
        for event_id, lane in zip(trace["customdata"], trace["y"])
    }
    for event in Event.objects.for_view(YEAR):
        lanes = {NAMES[actor.code] for actor in event.actors.all()}
        assert {lane for event_id, lane in points if event_id == event.pk} == lanes
    assert data["meta"] == {"detail": "points", "total": Event.objects.for_view(YEAR).count()}


def test_type_lanes_put_each_event_once(newsroom):
    state = YEAR.with_changes(lanes="type")
    data = build(state)
    ids = [event_id for trace in data["data"] for event_id in trace["customdata"]]
    assert sorted(ids) == sorted(Event.objects.for_view(state).values_list("id", flat=True))


def test_summaries_are_escaped_in_hover_text(newsroom):
    make_event(datetime.date(2017, 6, 1), "statement", "<img src=x onerror=alert(1)>", ["RUS"])
    texts = [text for trace in build()["data"] for text in trace["text"]]
    assert not any("<img" in text for text in texts)
    assert any("&lt;img src=x" in text for text in texts)


def test_above_the_budget_the_figure_shows_counts(newsroom, monkeypatch):
    monkeypatch.setattr(figure, "POINT_BUDGET", 3)
    data = build()
    assert data["meta"]["detail"] == "counts"
    (trace,) = data["data"]
    assert "customdata" not in trace
    go.Figure(data=data["data"], layout=data["layout"])
    through = Event.actors.through.objects.filter(event__in=Event.objects.for_view(YEAR))
    assert sum(int(text.split()[0]) for text in trace["text"]) == through.count()


def test_surroundings_ring_the_event_among_its_neighbours(newsroom):
    call = newsroom.events["phone_call"]
    data = figure.build_surroundings(call, NAMES)
    go.Figure(data=data["data"], layout=data["layout"])
    points = [trace for trace in data["data"] if trace.get("meta") != "ring"]
    rings = [trace for trace in data["data"] if trace.get("meta") == "ring"]
    shown = {pk for trace in points for pk in trace["customdata"]}
    names = ("phone_call", "missile_over_japan", "september_sanctions")  # not 5 August: 41 days before
    assert shown == {newsroom.events[name].pk for name in names}  # the rejected event is left out too
    (ring,) = rings
    assert sorted(ring["y"]) == ["France", "Russia"] and ring["x"] == ["2017-09-15", "2017-09-15"]
    (owner,) = [trace for trace in points if call.pk in trace["customdata"]]
    assert ring["offsetgroup"] == owner["offsetgroup"]
    assert data["layout"]["xaxis"]["range"] == ["2017-08-16", "2017-10-16"]
    assert data["layout"]["xaxis"]["rangeslider"] == {"visible": False}


def test_surroundings_have_a_smaller_budget_than_the_timeline(newsroom, monkeypatch):
    monkeypatch.setattr(figure, "SURROUNDINGS_BUDGET", 2)
    data = figure.build_surroundings(newsroom.events["phone_call"], NAMES)
    assert data["meta"] == {"detail": "counts", "total": 3}
    assert build()["meta"]["detail"] == "points"


def test_the_timeline_rings_the_selected_event(newsroom):
    call = newsroom.events["phone_call"]
    data = build(YEAR.with_changes(event=call.pk))
    rings = [trace for trace in data["data"] if trace.get("meta") == "ring"]
    assert [sorted(ring["y"]) for ring in rings] == [["France", "Russia"]]
    assert not [trace for trace in build()["data"] if trace.get("meta") == "ring"]
    go.Figure(data=data["data"], layout=data["layout"])


def test_surroundings_state_is_centred_on_the_event(newsroom):
    event = newsroom.events["icbm"]
    state = figure.surroundings_state(event)
    assert state.event == event.pk
    assert (state.end - state.start).days == 2 * figure.SURROUNDINGS_DAYS
    assert state.start + datetime.timedelta(days=figure.SURROUNDINGS_DAYS) == event.date


def test_coarse_dates_are_open_circles_in_the_middle_of_their_period(newsroom):
    month = make_event(datetime.date(2017, 6, 1), "sanction", "Sanctions adopted in June", ["UN"], precision="month")
    day = make_event(datetime.date(2017, 6, 20), "sanction", "Sanctions adopted on a day", ["UN"])
    placed = {
        event_id: (x, trace["marker"]["symbol"])
        for trace in build()["data"]
        for event_id, x in zip(trace["customdata"], trace["x"])
    }
    assert placed[month.pk] == ("2017-06-15", "circle-open")
    assert placed[day.pk] == ("2017-06-20", "circle")


def test_each_type_has_one_legend_entry(newsroom):
    make_event(datetime.date(2017, 6, 1), "statement", "A statement reported in June", ["UN"], precision="month")
    shown = [trace["name"] for trace in build()["data"] if trace["showlegend"]]
    assert len(shown) == len(set(shown)) == len({trace["legendgroup"] for trace in build()["data"]})
