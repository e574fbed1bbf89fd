"""Machine-readable forms of a view: every event with the sources that report it.

Each format takes one page of at most EXPORT_PAGE_SIZE events (a Django Paginator page) and
says in its own way how many there are in all and where the next page is, so no response ever
holds the whole archive.
"""
import csv
import datetime
import io

import icalendar
from django.utils.html import format_html, format_html_join

from .models import Event, period

EXPORT_PAGE_SIZE = 500
PRODID = "-//Newsdesk Timeline//Diplomatic events//EN"
CSV_COLUMNS = (
    "event_id", "date", "precision", "period_start", "period_end", "type", "cameo_root", "actors", "people",
    "summary", "status", "tags", "event_url", "article_title", "outlet", "article_url", "original_url",
    "published", "sentence", "time_expression",
)
TYPE_LABELS = dict(Event.Type.choices)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def next_page_url(page, state, request):
    """The absolute URL of the page after `page` of the same export, or None on the last page."""
    if not page.has_next():
        return None
    query = state.with_changes(page=page.next_page_number()).to_query()
    return request.build_absolute_uri(f"{request.path}?{query}")


def paging_note(page):
    """One sentence that says which events of how many a page holds, and the cap per page."""
    first, last = page.start_index(), page.end_index()
    total = page.paginator.count
    return f"Events {first}-{last} of {total} (at most {EXPORT_PAGE_SIZE} per page)."


# JSON


def mention_to_dict(mention, request):
    article = mention.article
    return {
        "id": mention.pk,
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.outlet,
            "source_name": article.source_name,
            "published": article.published.isoformat(),
            "url": request.build_absolute_uri(article.get_absolute_url()),
            "original_url": article.url,
        },
        "sentence": mention.sentence,
        "start": mention.sentence_start,
        "end": mention.sentence_end,
        "time_expression": mention.time_expression or None,
        "date_explanation": mention.date_explanation,
        "url": request.build_absolute_uri(mention.get_absolute_url()),
    }


def event_to_dict(event, request):
    return {
        "id": event.pk,
        "date": event.date.isoformat(),
        "precision": event.precision,
        "type": event.type,
        "cameo_root": event.cameo_root,
        "actors": [actor.code for actor in event.actors.all()],
        "people": event.people,
        "summary": event.summary,
        "status": event.status,
        "tags": [tag.name for tag in event.tags.all()],
        "confidence": round(event.confidence, 3),
        "mention_count": event.mention_count,
        "article_count": event.article_count,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "mentions": [mention_to_dict(mention, request) for mention in event.mentions.all()],
    }


def events_document(page, state, request):
    """The /events.json document for one page of a view's events."""
    return {
        "count": page.paginator.count,
        "page_size": EXPORT_PAGE_SIZE,
        "next": next_page_url(page, state, request),
        "query": state.to_query(),
        "types": {kind: Event.CAMEO_ROOTS[kind] for kind in Event.Type.values},
        "events": [event_to_dict(event, request) for event in page.object_list],
    }


# CSV: one row per source sentence, the event's columns repeated on each.


def csv_rows(page, request):
    """CSV_COLUMNS rows for the events of `page`, one per mention (an event has at least one)."""
    for event in page.object_list:
        first, last = period(event.date, event.precision)
        event_columns = [
            event.pk, event.date.isoformat(), event.precision, first.isoformat(), last.isoformat(), event.type,
            event.cameo_root, " ".join(actor.code for actor in event.actors.all()), "; ".join(event.people),
            event.summary, event.status, "; ".join(tag.name for tag in event.tags.all()),
            request.build_absolute_uri(event.get_absolute_url()),
        ]
        mentions = event.mentions.all()
        if not mentions:
            yield [_cell(value) for value in event_columns] + [""] * (len(CSV_COLUMNS) - len(event_columns))
        for mention in mentions:
            article = mention.article
            columns = event_columns + [
                article.title, article.outlet, request.build_absolute_uri(mention.get_absolute_url()), article.url,
                article.published.isoformat(), mention.sentence, mention.time_expression,
            ]
            yield [_cell(value) for value in columns]


def _cell(value):
    """A CSV value that a spreadsheet shows as text: one opening with =, +, -, @ or a control
    character would run as a formula (OWASP's "CSV injection"), so it gets a leading quote."""
    text = str(value)
    return f"'{text}" if text[:1] in FORMULA_STARTS else text


def events_csv(page, request):
    """The CSV text (header row first) for one page of events."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(page, request))
    return out.getvalue()


# iCalendar (RFC 5545): all-day events that span the period their precision allows.


def event_to_vevent(event, request):
    first, last = period(event.date, event.precision)
    vevent = icalendar.Event()
    vevent.add("uid", f"event-{event.pk}@{request.get_host()}")
    vevent.add("dtstamp", event.updated_at)
    vevent.add("dtstart", first)
    vevent.add("dtend", last + datetime.timedelta(days=1))  # DTEND of an all-day event is exclusive
    vevent.add("summary", event.summary)
    vevent.add("description", _sources_text(event, request))
    vevent.add("categories", [TYPE_LABELS.get(event.type, event.type)])
    vevent.add("url", request.build_absolute_uri(event.get_absolute_url()))
    vevent.add("status", "CONFIRMED" if event.status == Event.Status.CONFIRMED else "TENTATIVE")
    return vevent


def _sources_text(event, request):
    when = f"Date precision: {event.get_precision_display().lower()}."
    sources = [
        f"{mention.article.title} ({mention.article.outlet or mention.article.source_name}, "
        f"{mention.article.published.isoformat()})\n{request.build_absolute_uri(mention.get_absolute_url())}\n"
        f"\u201c{mention.sentence}\u201d"
        for mention in event.mentions.all()
    ]
    return "\n\n".join([when, *sources])


def events_calendar(page, state, request):
    """The iCalendar bytes for one page of events; X-NEWSDESK-* properties say how to get the rest."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Newsdesk Timeline")
    cal.add("x-newsdesk-paging", paging_note(page))
    next_url = next_page_url(page, state, request)
    if next_url:
        cal.add("x-newsdesk-next", next_url)
    for event in page.object_list:
        cal.add_component(event_to_vevent(event, request))
    return cal.to_ical()


# TimelineJS 3 (https://timeline.knightlab.com/docs/json-format.html)


def _tl_date(day, precision):
    """A TimelineJS date object: only the parts the precision knows."""
    if precision == Event.Precision.YEAR:
        return {"year": day.year}
    if precision == Event.Precision.MONTH:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def event_to_slide(event, request):
    first, last = period(event.date, event.precision)
    slide = {
        "unique_id": f"event-{event.pk}",
        "start_date": _tl_date(first, event.precision),
        "text": {"headline": event.summary, "text": _sources_html(event, request)},
        "group": TYPE_LABELS.get(event.type, event.type),
    }
    if event.precision == Event.Precision.WEEK:
        slide["end_date"] = _tl_date(last, event.precision)
        slide["display_date"] = f"Week of {first.day} {first:%B %Y}"
    return slide


def _sources_html(event, request):
    # TimelineJS renders this text as HTML; article text is untrusted, so every piece is escaped.
    items = format_html_join(
        "",
        "<li><blockquote>{}</blockquote><a href=\"{}\">{}</a> · {} · {}</li>",
        (
            (
                mention.sentence,
                request.build_absolute_uri(mention.get_absolute_url()),
                mention.article.title,
                mention.article.outlet or mention.article.source_name,
                mention.article.published.isoformat(),
            )
            for mention in event.mentions.all()
        ),
    )
    actors = ", ".join(actor.name for actor in event.actors.all())
    return format_html(
        "<p>{} · <a href=\"{}\">permalink</a></p><ol class=\"sources\">{}</ol>",
        actors or "No actor named",
        request.build_absolute_uri(event.get_absolute_url()),
        items,
    )


def timelinejs_document(page, state, request):
    """The TimelineJS JSON for one page of events; the title slide says which page it is."""
    next_url = next_page_url(page, state, request)
    note = paging_note(page)
    if next_url:
        note = format_html("{} <a href=\"{}\">Next page</a>", note, next_url)
    return {
        "title": {"text": {"headline": "Newsdesk Timeline", "text": format_html("<p>{}</p>", note)}},
        "events": [event_to_slide(event, request) for event in page.object_list],
        "count": page.paginator.count,
        "page_size": EXPORT_PAGE_SIZE,
        "next": next_url,
    }
