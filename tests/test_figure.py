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
