"""Shared test data: a small newsroom of 2016-2017 North Korea diplomacy, built with the models.

Builders are plain functions (`make_article`, `make_event`, `add_mention`) so that a test can add
the one odd record it needs; the `newsroom` fixture uses them to build the common data set.
Offsets are found in the article body, never typed in, so they are always right.
"""
import datetime
import hashlib
from dataclasses import dataclass

import pytest

from timeline.models import Actor, Article, Event, Mention, Tag

ACTORS = (
    ("FRA", "France", Actor.Kind.STATE),
    ("PRK", "North Korea", Actor.Kind.STATE),
    ("RUS", "Russia", Actor.Kind.STATE),
    ("USA", "United States", Actor.Kind.STATE),
    ("UN", "United Nations", Actor.Kind.ORGANIZATION),
)

PUTIN_MACRON = (
    "Russian President Vladimir Putin and his French counterpart Emmanuel Macron agreed in a phone call "
    "on Friday that direct talks with North Korea are the only way to ease tensions.",
    "Both leaders condemned the firing by North Korea of a ballistic missile over Japan on Friday, "
    "the Kremlin said in a statement.",
    "The launch came days after the UN Security Council imposed new sanctions on Pyongyang on Monday.",
    "Explore more stories from our newsroom.",
)
TILLERSON = (
    "US Secretary of State Rex Tillerson told the UN Security Council on Friday that Washington was "
    "ready to talk to North Korea without preconditions.",
    "North Korea launched an intercontinental ballistic missile on November 29 that flew higher than any before it.",
    "The Council adopted sanctions on August 5 that cut Pyongyang's exports by a third.",
    "Putin and Macron had already discussed the crisis by phone on September 15.",
)
SPRING = (
    "North Korea test-fired a missile from its east coast on Sunday, South Korea's military said.",
    "Russia's Foreign Minister Sergei Lavrov called on all sides to show restraint.",
)
FIFTH_TEST = ("North Korea conducted its fifth nuclear test on Friday, drawing condemnation from Washington and Moscow.",)


@dataclass(frozen=True)
class Newsroom:
    """The shared data set: articles and events by a short name."""

    articles: dict
    events: dict
    tag: Tag

    def visible_in(self, start, end):
        """Names of the non-rejected events dated from start to end inclusive."""
        return {
            name
            for name, event in self.events.items()
            if event.status != Event.Status.REJECTED and start <= event.date <= end
        }


def make_actors():
    return {code: Actor.objects.create(code=code, name=name, kind=kind) for code, name, kind in ACTORS}


def make_article(title, published, paragraphs, *, source_name=None, outlet="Wire"):
    """An article whose body is the paragraphs separated by blank lines."""
    body = "\n\n".join(paragraphs)
    content_hash = hashlib.sha256(body.encode()).hexdigest()
    return Article.objects.create(
        title=title,
        outlet=outlet,
        url=f"https://news.example/{published:%Y/%m/%d}/{content_hash[:8]}",
        published=published,
        body=body,
        raw=f"{title}\n{published:%B %d, %Y}\n\n{body}",
        content_hash=content_hash,
        source_name=source_name or f"{published:%Y%m%d}_{title[:20].replace(' ', '_')}.txt",
    )


def make_event(date, kind, summary, actors=(), *, precision="day", status="auto", people=(), tags=()):
    event = Event.objects.create(
        date=date,
        precision=precision,
        type=kind,
        summary=summary,
        people=list(people),
        status=status,
        confidence=0.8,
    )
    event.actors.set(actors)
    event.tags.set(tags)
    return event


def add_mention(event, article, sentence, time_expression="", *, trigger="", explanation=""):
    """A mention of `event` at `sentence` in the article body; the time expression and trigger
    are looked up inside that sentence."""
    start = article.body.index(sentence)
    end = start + len(sentence)
    mention = Mention(
        event=event,
        article=article,
        sentence_start=start,
        sentence_end=end,
        sentence=sentence,
        time_expression=time_expression,
        date_explanation=explanation,
        trigger=trigger,
        confidence=0.8,
    )
    if time_expression:
        mention.time_start = article.body.index(time_expression, start, end)
        mention.time_end = mention.time_start + len(time_expression)
    if trigger:
        mention.trigger_start = article.body.index(trigger, start, end)
        mention.trigger_end = mention.trigger_start + len(trigger)
    mention.save()
    event.refresh_counts()
    return mention


def build_newsroom():
    actors = make_actors()
    fra, prk, rus, usa, un = (actors[code] for code in ("FRA", "PRK", "RUS", "USA", "UN"))
    sanctions = Tag.objects.create(name="Sanctions", slug="sanctions")
    d = datetime.date
    articles = {
        "putin_macron": make_article(
            "Putin, Macron say negotiation only way to defuse North Korea tensions", d(2017, 9, 15), PUTIN_MACRON
        ),
        "tillerson": make_article("Tillerson offers talks without preconditions", d(2017, 12, 15), TILLERSON),
        "spring": make_article("North Korea fires missile as Pence visits Seoul", d(2017, 4, 17), SPRING),
        "fifth_test": make_article("North Korea conducts fifth nuclear test", d(2016, 9, 9), FIFTH_TEST),
    }
    events = {
        "phone_call": make_event(
            d(2017, 9, 15), "consult", "Putin and Macron discuss North Korea by phone", [rus, fra],
            status="confirmed", people=["Vladimir Putin", "Emmanuel Macron"],
        ),
        "missile_over_japan": make_event(
            d(2017, 9, 15), "military", "North Korea fires a ballistic missile over Japan", [prk]
        ),
        "september_sanctions": make_event(
            d(2017, 9, 11), "sanction", "UN Security Council imposes new sanctions on North Korea", [un],
            status="confirmed", tags=[sanctions],
        ),
        "boilerplate": make_event(
            d(2017, 9, 15), "statement", "Explore more stories", [rus], precision="reported", status="rejected"
        ),
        "tillerson_offer": make_event(
            d(2017, 12, 15), "intent", "Tillerson offers talks without preconditions", [usa, un],
            people=["Rex Tillerson"],
        ),
        "icbm": make_event(d(2017, 11, 29), "military", "North Korea launches an ICBM", [prk]),
        "august_sanctions": make_event(
            d(2017, 8, 5), "sanction", "UN Security Council adopts sanctions cutting exports", [un], tags=[sanctions]
        ),
        "april_missile": make_event(d(2017, 4, 16), "military", "North Korea test-fires a missile", [prk]),
        "lavrov_appeal": make_event(
            d(2017, 4, 17), "appeal", "Lavrov calls for restraint", [rus], precision="reported",
            people=["Sergei Lavrov"],
        ),
        "fifth_test": make_event(d(2016, 9, 9), "military", "North Korea conducts its fifth nuclear test", [prk]),
    }
    mentions = (
        ("phone_call", "putin_macron", 0, "on Friday", "phone call"),
        ("missile_over_japan", "putin_macron", 1, "on Friday", "firing"),
        ("september_sanctions", "putin_macron", 2, "on Monday", "imposed"),
        ("boilerplate", "putin_macron", 3, "", ""),
        ("tillerson_offer", "tillerson", 0, "on Friday", "ready to talk"),
        ("icbm", "tillerson", 1, "on November 29", "launched"),
        ("august_sanctions", "tillerson", 2, "on August 5", "adopted"),
        ("phone_call", "tillerson", 3, "on September 15", "discussed"),
        ("april_missile", "spring", 0, "on Sunday", "test-fired"),
        ("lavrov_appeal", "spring", 1, "", "called on"),
        ("fifth_test", "fifth_test", 0, "on Friday", "conducted"),
    )
    texts = {"putin_macron": PUTIN_MACRON, "tillerson": TILLERSON, "spring": SPRING, "fifth_test": FIFTH_TEST}
    for event_name, article_name, index, time_expression, trigger in mentions:
        event, article = events[event_name], articles[article_name]
        explanation = f"{time_expression!r} read against the dateline {article.published}" if time_expression else ""
        add_mention(
            event, article, texts[article_name][index], time_expression, trigger=trigger, explanation=explanation
        )
    for event in events.values():
        event.refresh_from_db()
    return Newsroom(articles=articles, events=events, tag=sanctions)


@pytest.fixture
def newsroom(db):
    return build_newsroom()


# Editors and other users of the admin.


def make_user(username, *, is_staff=True, groups=()):
    """A user with password "pw"; `groups` are group names, such as "Editors"."""
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(username, f"{username}@newsdesk.example", "pw", is_staff=is_staff)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def make_editor(username="editor"):
    """A staff user in the Editors group that the migrations create; not a superuser."""
    return make_user(username, groups=["Editors"])


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
