"""The plotly figure of a view, built as plain data on the server.

Lanes are actors (or event types); an event with three actors is drawn on three lanes. Colour
is the event type. When the view holds more events than `POINT_BUDGET`, the figure shows counts
per week or month and lane instead of points, so its size is bounded by the budget and not by
the archive.
"""
import datetime
from collections import Counter, defaultdict

from django.db.models import Count
from django.db.models.functions import TruncMonth, TruncWeek

from .models import Event, period
from .viewstate import ViewState

POINT_BUDGET = 2000
SURROUNDINGS_BUDGET = 300  # the permalink's small chart stays light
MAX_LANES = 40
SURROUNDINGS_DAYS = 30
SELECTED_COLOUR = "#1d2430"
# The same colours as the list's type badges (.type-* in timeline.css), dark enough for white text.
TYPE_COLOURS = {
    "statement": "#4e79a7",
    "appeal": "#f28e2b",
    "intent": "#59a14f",
    "consult": "#3b8f8a",
    "cooperate": "#2f7d32",
    "refuse": "#b07aa1",
    "condemn": "#e15759",
    "threaten": "#9c1c1c",
    "sanction": "#b8961a",
    "military": "#6b4c3b",
    "leadership": "#8a817c",
}
TYPE_LABELS = dict(Event.Type.choices)


def build_figure(events, state, actor_names, budget=None):
    """Plotly figure data (a dict for JSON) for the events of a view.

    `events` is the view's queryset; `actor_names` maps actor codes to display names; above
    `budget` events (POINT_BUDGET by default) the figure shows counts instead of points.
    """
    x_range = _x_range(state, events)
    total = events.count()
    if total > (POINT_BUDGET if budget is None else budget):
        traces, lanes = _count_traces(events, state, actor_names, x_range)
        detail = "counts"
    else:
        traces, lanes = _point_traces(events, state, actor_names)
        traces += _ring_traces(traces, state.event)
        detail = "points"
    return {
        "data": traces,
        "layout": _layout(lanes, x_range),
        "meta": {"detail": detail, "total": total},
    }


def _x_range(state, events):
    start, end = state.start, state.end
    if start is None or end is None:
        first = events.order_by("date").values_list("date", flat=True).first()
        last = events.order_by("-date").values_list("date", flat=True).first()
        start = start or first or datetime.date.today()
        end = end or last or start
    return [start.isoformat(), (end + datetime.timedelta(days=1)).isoformat()]


def _lane_rows(events, state, actor_names):
    """(event id, lane label) pairs, lanes ordered busiest first and capped at MAX_LANES."""
    if state.lanes == "type":
        pairs = [(pk, TYPE_LABELS.get(kind, kind)) for pk, kind in events.values_list("id", "type")]
    else:
        through = Event.actors.through.objects.filter(event__in=events.values("id"))
        if state.actors:
            through = through.filter(actor_id__in=state.actors)
        pairs = [(pk, actor_names.get(code, code)) for pk, code in through.values_list("event_id", "actor_id")]
    busiest = [lane for lane, _ in Counter(lane for _, lane in pairs).most_common(MAX_LANES)]
    kept = set(busiest)
    return [(pk, lane) for pk, lane in pairs if lane in kept], busiest


def _point_traces(events, state, actor_names):
    rows, lanes = _lane_rows(events, state, actor_names)
    lanes_of = defaultdict(list)
    for pk, lane in rows:
        lanes_of[pk].append(lane)
    groups = defaultdict(lambda: {"x": [], "y": [], "text": [], "customdata": []})
    fields = ("id", "date", "precision", "type", "summary", "status", "mention_count")
    for pk, date, precision, kind, summary, status, mentions in events.values_list(*fields):
        x, symbol = _placement(date, precision)
        columns = groups[kind, symbol]
        for lane in lanes_of.get(pk, ()):
            columns["x"].append(x)
            columns["y"].append(lane)
            columns["text"].append(_hover(date, precision, summary, status, mentions))
            columns["customdata"].append(pk)
    traces, in_legend = [], set()
    for (kind, symbol), columns in sorted(groups.items()):
        colour = TYPE_COLOURS.get(kind, "#777")
        traces.append({
            "type": "scatter",
            "mode": "markers",
            # Horizontal orientation with layout.scattermode "group" sets the points of one day
            # side by side across the lane, instead of on top of each other.
            "orientation": "h",
            "name": TYPE_LABELS.get(kind, kind),
            "legendgroup": kind,
            "offsetgroup": f"{kind}-{symbol}",
            "showlegend": kind not in in_legend,
            "marker": {"color": colour, "size": 10, "symbol": symbol, "line": {"width": 1.5, "color": colour}},
            "hovertemplate": "%{text}<extra></extra>",
            **columns,
        })
        in_legend.add(kind)
    return traces, lanes


def _placement(date, precision):
    """Where a point sits and how it looks: a day is a filled circle on that day; a week,
    month or year is an open circle in the middle of its period; a date known only from
    the publication day is an open circle on that day."""
    if precision == Event.Precision.DAY:
        return date.isoformat(), "circle"
    first, last = period(date, precision)
    return (first + (last - first) / 2).isoformat(), "circle-open"


def _hover(date, precision, summary, status, mentions):
    when = date.strftime("%d %b %Y") if precision != "reported" else f"reported {date:%d %b %Y}"
    if precision in ("week", "month", "year"):
        when = f"{precision} of {date:%d %b %Y}"
    sources = f"{mentions} source{'s' if mentions != 1 else ''}"
    review = " · unreviewed" if status == Event.Status.AUTO else ""
    # plotly renders hover text as HTML; summaries come from articles, so escape them.
    return f"{_escape(summary)}<br>{when} · {sources}{review}"


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _count_traces(events, state, actor_names, x_range):
    """Counts per lane and week (or month for spans over two years), drawn as sized markers."""
    span = datetime.date.fromisoformat(x_range[1]) - datetime.date.fromisoformat(x_range[0])
    trunc = TruncMonth if span.days > 730 else TruncWeek
    if state.lanes == "type":
        grouped = events.annotate(bucket=trunc("date")).values("bucket", "type").annotate(n=Count("id"))
        cells = [(row["bucket"], TYPE_LABELS.get(row["type"], row["type"]), row["n"]) for row in grouped]
    else:
        through = Event.actors.through.objects.filter(event__in=events.values("id"))
        if state.actors:
            through = through.filter(actor_id__in=state.actors)
        grouped = (
            through.annotate(bucket=trunc("event__date"))
            .values("bucket", "actor_id")
            .annotate(n=Count("event_id"))
        )
        cells = [(row["bucket"], actor_names.get(row["actor_id"], row["actor_id"]), row["n"]) for row in grouped]
    totals = Counter()
    for _, lane, n in cells:
        totals[lane] += n
    lanes = [lane for lane, _ in totals.most_common(MAX_LANES)]
    kept = set(lanes)
    cells = [cell for cell in cells if cell[1] in kept]
    biggest = max((n for _, _, n in cells), default=1)
    trace = {
        "type": "scatter",
        "mode": "markers",
        "name": "events",
        "x": [bucket.isoformat() for bucket, _, _ in cells],
        "y": [lane for _, lane, _ in cells],
        "text": [f"{n} events" for _, _, n in cells],
        "marker": {"size": [8 + 30 * (n / biggest) ** 0.5 for _, _, n in cells], "color": "#4e79a7"},
        "hovertemplate": "%{y}<br>%{x}: %{text}<extra></extra>",
    }
    return [trace], lanes


def _layout(lanes, x_range):
    # The legend sits above the plot: below it, it would cover the range slider.
    return {
        "margin": {"l": 130, "r": 20, "t": 36, "b": 20},
        "height": max(340, 150 + 44 * len(lanes)),
        "hovermode": "closest",
        "scattermode": "group",
        "scattergap": 0.3,
        "showlegend": True,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"},
        "xaxis": {
            "type": "date",
            "range": x_range,
            "rangeslider": {"visible": True, "thickness": 0.12},
        },
        "yaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": list(reversed(lanes)),
            "fixedrange": True,
            "automargin": True,
        },
        "dragmode": "zoom",
    }


def surroundings_state(event):
    """The view of SURROUNDINGS_DAYS either side of an event, with the event selected."""
    margin = datetime.timedelta(days=SURROUNDINGS_DAYS)
    return ViewState(start=event.date - margin, end=event.date + margin, event=event.pk)


def build_surroundings(event, actor_names):
    """A small figure of the events around `event` (see surroundings_state), the event ringed."""
    state = surroundings_state(event)
    figure = build_figure(Event.objects.for_view(state), state, actor_names, budget=SURROUNDINGS_BUDGET)
    lanes = figure["layout"]["yaxis"]["categoryarray"]
    figure["layout"].update(
        height=max(200, 90 + 30 * len(lanes)),
        margin={"l": 110, "r": 10, "t": 10, "b": 30},
        showlegend=False,
    )
    figure["layout"]["xaxis"]["rangeslider"] = {"visible": False}
    return figure


def _ring_traces(traces, pk):
    """Open circles over each point of the selected event `pk`, one trace per trace that holds it.

    Each ring shares its trace's offsetgroup, so it lands on the point where layout.scattermode
    "group" set it, and carries meta "ring", so the page's script can move it to another event.
    """
    rings = []
    for trace in traces:
        points = [(x, y) for x, y, id_ in zip(trace["x"], trace["y"], trace["customdata"]) if id_ == pk]
        if points:
            rings.append({
                "type": "scatter",
                "mode": "markers",
                "orientation": "h",
                "offsetgroup": trace["offsetgroup"],
                "name": "selected event",
                "meta": "ring",
                "showlegend": False,
                "x": [x for x, _ in points],
                "y": [y for _, y in points],
                "marker": {
                    "symbol": "circle-open", "size": 20, "color": SELECTED_COLOUR,
                    "line": {"width": 3, "color": SELECTED_COLOUR},
                },
                "hoverinfo": "skip",
            })
    return rings
