"""The same real-world event reported by several articles becomes one Event.

Two reports are the same event when they have the same type, share an actor, come from
different articles, and their dates are compatible at their precisions (the day, week, month or
year each names overlap). Reports dated only by their publication date ("reported") are vaguer,
so they also need the same set of actors. Within one article, separate sentences report separate
acts (GUIDE.md annotates each act once), so findings of one article never merge with each other.
"""
import datetime

from .models import Event

PERIOD_DAYS = {"day": 1, "week": 7, "reported": 1}


def period(date, precision):
    """The first and last day an event dated (date, precision) may fall on."""
    if precision == "month":
        next_month = (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return date, next_month - datetime.timedelta(days=1)
    if precision == "year":
        return date, date.replace(month=12, day=31)
    return date, date + datetime.timedelta(days=PERIOD_DAYS[precision] - 1)


def dates_compatible(a_date, a_precision, b_date, b_precision):
    a_first, a_last = period(a_date, a_precision)
    b_first, b_last = period(b_date, b_precision)
    return a_first <= b_last and b_first <= a_last


def find_same_event(finding, article):
    """An existing event from another article that reports the same act as `finding`, or None."""
    if not finding.actors:
        return None
    first, last = period(finding.date, finding.precision)
    candidates = (
        Event.objects.visible()
        .filter(type=finding.type, actors__code__in=finding.actors)
        .filter(date__lte=last, date__gte=first - datetime.timedelta(days=366))
        .exclude(mentions__article=article)
        .distinct()
        .prefetch_related("actors")
        .order_by("-confidence", "id")
    )
    for event in candidates:
        codes = {actor.code for actor in event.actors.all()}
        if not dates_compatible(event.date, event.precision, finding.date, finding.precision):
            continue
        vague = "reported" in (event.precision, finding.precision)
        if vague and codes != set(finding.actors):
            continue
        return event
    return None
