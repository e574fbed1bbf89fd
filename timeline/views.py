"""Pages, htmx partials and exports, all driven by one parsed ViewState."""
import dataclasses

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from . import viewstate
from .exports import EXPORT_PAGE_SIZE, events_document
from .figure import build_figure
from .highlight import highlight, paragraphs
from .models import Actor, Article, Event, Tag

LIST_PAGE_SIZE = 50
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


def selected_event(state):
    if state.event is None:
        return None
    return Event.objects.visible().with_sources().filter(pk=state.event).prefetch_related("actors", "tags").first()


# Pages


@require_GET
@vary_on_headers("HX-Request")
def timeline(request):
    """The timeline page, or for htmx its results partial (list, counts and chart data)."""
    state = with_default_range(read_state(request))
    events = Event.objects.for_view(state)
    actor_names = dict(Actor.objects.values_list("code", "name"))
    page = Paginator(events.for_listing(), LIST_PAGE_SIZE).get_page(state.page)
    context = {
        "state": state,
        "query": state.to_query(),
        "page": page,
        "page_links": page_links(state, page),
        "figure": build_figure(events, state, actor_names),
        "selected": selected_event(state),
    }
    if request.htmx:
        return render(request, "timeline/_results.html", context)
    context.update(filter_choices(state))
    return render(request, "timeline/timeline.html", context)


def page_links(state, page):
    links = {}
    if page.has_previous():
        links["previous"] = state.with_changes(page=page.previous_page_number(), event=None).to_query()
    if page.has_next():
        links["next"] = state.with_changes(page=page.next_page_number(), event=None).to_query()
    return links


def filter_choices(state):
    """What the filter form offers: actors that appear in events, all types, tags, statuses."""
    return {
        "actor_choices": Actor.objects.filter(events__isnull=False).distinct().order_by("name"),
        "type_choices": Event.Type.choices,
        "tag_choices": Tag.objects.all(),
        "status_choices": [(value, label) for value, label in Event.Status.choices if value in PUBLIC_STATUSES],
        "lane_choices": [("actor", "by actor"), ("type", "by event type")],
    }


@require_GET
@vary_on_headers("HX-Request")
def event_detail(request, pk):
    """An event's permalink; for htmx, just its details panel."""
    event = get_object_or_404(Event.objects.visible().with_sources().prefetch_related("actors", "tags"), pk=pk)
    template = "timeline/_event_detail.html" if request.htmx else "timeline/event.html"
    return render(request, template, {"selected": event})


@require_GET
def article_detail(request, pk):
    """A whole article with every mention's sentence highlighted and anchored (#m-<id>)."""
    article = get_object_or_404(Article, pk=pk)
    mentions = list(article.mentions.select_related("event").exclude(event__status=Event.Status.REJECTED))
    marks = [mark for mention in mentions for mark in mention.marks(anchor=True)]
    blocks = [highlight(article.body[start:end], marks, offset=start) for start, end in paragraphs(article.body)]
    return render(request, "timeline/article.html", {"article": article, "paragraphs": blocks, "mentions": mentions})


# Exports


@require_GET
def events_json(request):
    """The view's events as JSON, a page of EXPORT_PAGE_SIZE at a time (see "next")."""
    state = read_state(request)
    events = Event.objects.for_view(state).for_listing().with_sources()
    page = Paginator(events, EXPORT_PAGE_SIZE).get_page(state.page)
    response = JsonResponse(events_document(page, state, request), json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response
