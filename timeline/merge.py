"""The same real-world event reported by several articles becomes one Event.

Two reports are the same event when they have the same type, share an actor, come from
different articles, and their dates are compatible at their precisions (the day, week, month or
year each names overlap). Reports dated only by their publication date ("reported") are vaguer,
so they also need the same set of actors. Within one article, separate sentences report separate
acts (GUIDE.md annotates each act once), so findings of one article never merge with each other.

Editors correct both ways: `merge_events` joins events the extractor kept apart and
`split_mention` takes a mention out of an event it was wrongly joined to.
"""
import datetime

from django.db import transaction

from .models import Event, period


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


# Editors' merges and splits


@transaction.atomic
def merge_events(survivor, others, *, dated_like, event_type):
    """Fold `others` into `survivor`, which takes the date and precision of `dated_like` and `event_type`.

    Mentions, tags, actors and people move to the survivor; the others are deleted; counts are
    refreshed. The merged fields count as an editor's, so re-extraction leaves them alone.
    """
    survivor.date, survivor.precision, survivor.type = dated_like.date, dated_like.precision, event_type
    for other in others:
        other.mentions.update(event=survivor)
        survivor.tags.add(*other.tags.all())
        survivor.actors.add(*other.actors.all())
        survivor.people = [*survivor.people, *(name for name in other.people if name not in survivor.people)]
        survivor.confidence = max(survivor.confidence, other.confidence)
        other.delete()
    survivor.mark_edited("date", "precision", "type", "actors", "people", "tags")
    survivor.save()
    survivor.refresh_counts()
    return survivor


@transaction.atomic
def split_mention(mention):
    """Move `mention` out of its event into a new unreviewed event of the mention's own reading.

    The new event starts from what the extractor read in that sentence (type, date, precision),
    the sentence as summary and the old event's actors; an event's only mention stays put.
    """
    old = mention.event
    if old.mentions.count() < 2:
        raise ValueError("An event's only mention cannot be split off.")
    event = Event.objects.create(
        date=mention.extracted_date,
        precision=mention.extracted_precision,
        type=mention.extracted_type,
        summary=mention.sentence[:300],
        people=list(old.people),
        confidence=mention.confidence,
    )
    event.actors.set(old.actors.all())
    mention.event = event
    mention.save(update_fields=["event"])
    old.refresh_counts()
    event.refresh_counts()
    return event
