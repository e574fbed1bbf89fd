"""The HTML pages and their htmx partials, all driven by one parsed ViewState."""
from csp.decorators import csp_replace
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from .. import viewstate
from ..figure import SURROUNDINGS_DAYS, build_figure, build_surroundings
from ..highlight import highlight, paragraphs
from ..models import Actor, Article, Event, Tag
from .state import PUBLIC_STATUSES, labels, read_state, with_default_range

LIST_PAGE_SIZE = 50
# The filter form's id: an htmx request it sends gets the view's canonical URL pushed.
FILTER_FORM_ID = "filters"
EXPORTS = (
    ("JSON", "timeline:events-json"),
    ("CSV", "timeline:events-csv"),
    ("iCalendar", "timeline:events-ics"),
    ("TimelineJS", "timeline:events-timelinejs"),
)


def selected_event(state):
    if state.event is None:
        return None
    return Event.objects.visible().with_sources().filter(pk=state.event).prefetch_related("actors", "tags").first()


def results_context(request, state):
    """What the results partial shows for a state: the list page, counts, chart data, exports."""
    events = Event.objects.for_view(state)
    page = Paginator(events.for_listing(), LIST_PAGE_SIZE).get_page(state.page)
    query = state.to_query()
    selected = selected_event(state)
    return {
        "state": state,
        "query": query,
        "page": page,
        "page_links": page_links(state, page),
        "figure": build_figure(events, state, dict(Actor.objects.values_list("code", "name"))),
        "selected": selected,
        "exports": [(label, f"{reverse(name)}?{query}") for label, name in EXPORTS],
        "share": share_meta(request, state, page.paginator.count, selected),
    }


def share_meta(request, state, count, selected=None):
    """Title, description and URL for Open Graph and Twitter cards, describing the view or event."""
    view = viewstate.describe(state, labels())
    description = f"{count} diplomatic event{'s' if count != 1 else ''}: {view}."
    title = f"Timeline: {view}"
    if selected:
        title = selected.summary
        description = f"{selected.date:%d %B %Y} · {selected.get_type_display()} · " \
                      f"{selected.mention_count} source{'s' if selected.mention_count != 1 else ''}. {description}"
    return {"title": title, "description": description, "url": request.build_absolute_uri()}


def page_links(state, page):
    links = {}
    if page.has_previous():
        links["previous"] = state.with_changes(page=page.previous_page_number(), event=None).to_query()
    if page.has_next():
        links["next"] = state.with_changes(page=page.next_page_number(), event=None).to_query()
    return links


def filter_choices():
    """What the filter form offers: actors that appear in events, all types, tags, statuses."""
    return {
        "actor_choices": Actor.objects.filter(events__isnull=False).distinct().order_by("name"),
        "type_choices": Event.Type.choices,
        "tag_choices": Tag.objects.all(),
        "status_choices": [(value, label) for value, label in Event.Status.choices if value in PUBLIC_STATUSES],
        "lane_choices": [("actor", "by actor"), ("type", "by event type")],
    }


def render_view(request, template, *, with_filters):
    """The page of the request's view state, or for htmx its results partial.

    The partial also carries the details panel out of band, so a filter change that drops the
    selected event clears the panel, and Back restores it. When the filter form sent the
    request, the view's canonical URL (no empty fields) goes into the address bar.
    """
    state = with_default_range(read_state(request))
    context = results_context(request, state)
    if not request.htmx:
        if with_filters:
            context.update(filter_choices())
        return render(request, template, context)
    response = render(request, "timeline/_results.html", {**context, "oob": True})
    if request.htmx.trigger == FILTER_FORM_ID:
        push_url(response, f"{request.path}?{context['query']}")
    return response


# Pages


@require_GET
@vary_on_headers("HX-Request")
def timeline(request):
    """The timeline page, or for htmx its results partial (list, counts, chart data, details)."""
    return render_view(request, "timeline/timeline.html", with_filters=True)


@require_GET
@vary_on_headers("HX-Request")
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed(request):
    """The timeline with minimal chrome, for other sites' iframes: the only page that may be framed."""
    return render_view(request, "timeline/embed.html", with_filters=False)


@require_GET
@vary_on_headers("HX-Request")
def event_detail(request, pk):
    """An event's permalink with a chart of its surroundings; for htmx, just its details panel."""
    event = get_object_or_404(Event.objects.visible().with_sources().prefetch_related("actors", "tags"), pk=pk)
    if request.htmx:
        return render(request, "timeline/_event_detail.html", {"selected": event})
    year = viewstate.ViewState(
        start=event.date.replace(month=1, day=1), end=event.date.replace(month=12, day=31), event=event.pk
    )
    context = {
        "selected": event,
        "timeline_query": year.to_query(),
        "figure": build_surroundings(event, dict(Actor.objects.values_list("code", "name"))),
        "surroundings_days": SURROUNDINGS_DAYS,
        "share": share_meta(request, year, Event.objects.for_view(year).count(), selected=event),
    }
    return render(request, "timeline/event.html", context)


@require_GET
def article_detail(request, pk):
    """A whole article with every mention's sentence highlighted and anchored (#m-<id>)."""
    article = get_object_or_404(Article, pk=pk)
    mentions = list(article.mentions.select_related("event").exclude(event__status=Event.Status.REJECTED))
    marks = [mark for mention in mentions for mark in mention.marks(anchor=True)]
    blocks = [highlight(article.body[start:end], marks, offset=start) for start, end in paragraphs(article.body)]
    share = {
        "title": article.title,
        "description": f"{article.outlet or article.source_name}, {article.published:%d %B %Y}: "
                       f"{len(mentions)} sentence{'s' if len(mentions) != 1 else ''} reporting diplomatic events.",
        "url": request.build_absolute_uri(),
    }
    return render(
        request, "timeline/article.html", {"article": article, "paragraphs": blocks, "mentions": mentions, "share": share}
    )
