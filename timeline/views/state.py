"""The request's view state, checked against what the database holds."""
import dataclasses

from .. import viewstate
from ..models import Actor, Event, Tag

PUBLIC_STATUSES = (Event.Status.AUTO, Event.Status.CONFIRMED)


def read_state(request):
    """The request's ViewState, checked against the actors, types, tags and statuses that exist."""
    return viewstate.parse(
        request.GET,
        actors=set(Actor.objects.values_list("code", flat=True)),
        types=Event.Type.values,
        tags=set(Tag.objects.values_list("slug", flat=True)),
        statuses=PUBLIC_STATUSES,
    )


def with_default_range(state):
    """A state with no range shows the year of the most recent event."""
    if state.start or state.end:
        return state
    year = Event.objects.visible().latest_year()
    if year is None:
        return state
    return dataclasses.replace(state, start=year[0], end=year[1])


def labels():
    """Display names for what a state can name, by kind: actor codes, type values, tag slugs, statuses."""
    return {
        "actor": dict(Actor.objects.values_list("code", "name")),
        "type": dict(Event.Type.choices),
        "tag": dict(Tag.objects.values_list("slug", "name")),
        "status": {value: label.lower() for value, label in Event.Status.choices},
    }
