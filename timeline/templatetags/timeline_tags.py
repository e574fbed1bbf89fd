"""Template helpers for links that carry the view state."""
from django import template

register = template.Library()


@register.simple_tag
def view_url(state, **changes):
    """The timeline URL of `state` with some values changed, e.g. {% view_url state event=e.pk %}."""
    changes.setdefault("page", state.page)
    query = state.with_changes(**changes).to_query()
    return f"?{query}" if query else "?"

