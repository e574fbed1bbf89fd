"""Machine-readable forms of a view: every event with the sources that report it."""
from .models import Event

EXPORT_PAGE_SIZE = 500


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
    next_url = None
    if page.has_next():
        next_query = state.with_changes(page=page.next_page_number()).to_query()
        next_url = request.build_absolute_uri(f"{request.path}?{next_query}")
    return {
        "count": page.paginator.count,
        "next": next_url,
        "query": state.to_query(),
        "types": {kind: Event.CAMEO_ROOTS[kind] for kind in Event.Type.values},
        "events": [event_to_dict(event, request) for event in page.object_list],
    }
