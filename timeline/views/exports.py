"""Exports of the current view: JSON, CSV, iCalendar and TimelineJS, one capped page at a time.

Each takes the same query string as the timeline page (without its default range: an export
with no range covers every date). Headers say the total, the cap and the next page, whatever
the format: X-Total-Count, X-Page-Size and a Link with rel="next".
"""
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from .. import exports
from ..models import Event
from .state import read_state

JSON_OPTIONS = {"ensure_ascii": False}


def export_page(request):
    """The request's state and its page of at most EXPORT_PAGE_SIZE events, sources prefetched."""
    state = read_state(request)
    events = Event.objects.for_view(state).for_listing().with_sources()
    return state, Paginator(events, exports.EXPORT_PAGE_SIZE).get_page(state.page)


def with_paging(response, page, state, request):
    """The response with the paging headers, readable from other origins."""
    response["X-Total-Count"] = str(page.paginator.count)
    response["X-Page-Size"] = str(exports.EXPORT_PAGE_SIZE)
    next_url = exports.next_page_url(page, state, request)
    if next_url:
        response["Link"] = f'<{next_url}>; rel="next"'
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "X-Total-Count, X-Page-Size, Link"
    return response


def with_filename(response, filename):
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def events_json(request):
    """The view's events with their sources as JSON (see "next" for the following page)."""
    state, page = export_page(request)
    response = JsonResponse(exports.events_document(page, state, request), json_dumps_params=JSON_OPTIONS)
    return with_paging(response, page, state, request)


@require_GET
def events_csv(request):
    """One row per source sentence of each event in the view."""
    state, page = export_page(request)
    response = HttpResponse(exports.events_csv(page, request), content_type="text/csv; charset=utf-8")
    return with_paging(with_filename(response, "events.csv"), page, state, request)


@require_GET
def events_ics(request):
    """The view's events as all-day iCalendar events spanning their date's precision."""
    state, page = export_page(request)
    response = HttpResponse(exports.events_calendar(page, state, request), content_type="text/calendar; charset=utf-8")
    return with_paging(with_filename(response, "events.ics"), page, state, request)


@require_GET
def events_timelinejs(request):
    """The view in TimelineJS 3's JSON format, sources in each slide's text."""
    state, page = export_page(request)
    response = JsonResponse(exports.timelinejs_document(page, state, request), json_dumps_params=JSON_OPTIONS)
    return with_paging(response, page, state, request)
