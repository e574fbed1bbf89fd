"""Text search over summaries and source sentences, on SQLite and on PostgreSQL."""
import datetime

import pytest
from django.db import connection

from timeline.models import Event

from .conftest import add_mention, make_actors, make_article, make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    make_actors()
    article = make_article(
        "Council acts", datetime.date(2017, 9, 12),
        ["The Security Council unanimously condemned the launch on Monday."],
    )
    condemned = make_event(datetime.date(2017, 9, 11), "condemn", "Council condemns launch", ["UN"])
    add_mention(condemned, article, "The Security Council unanimously condemned the launch on Monday.")
    talks = make_event(datetime.date(2017, 9, 12), "consult", "Envoys hold talks in Moscow", ["RUS"])
    return {"condemned": condemned, "talks": talks}


def found(text):
    return set(Event.objects.matching(text).values_list("summary", flat=True))


def test_summary_and_source_sentences_are_searched(events):
    assert found("moscow") == {"Envoys hold talks in Moscow"}
    assert found("unanimously") == {"Council condemns launch"}  # only in the source sentence
    assert found("nothing like this") == set()


def test_one_event_with_many_matching_sources_comes_once(events):
    article = make_article("Second report", datetime.date(2017, 9, 13), ["The council condemned the launch again."])
    add_mention(events["condemned"], article, "The council condemned the launch again.")
    assert list(Event.objects.matching("condemned").values_list("id", flat=True)) == [events["condemned"].pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL's full-text search")
def test_postgresql_matches_other_forms_of_a_word(events):
    assert found("condemning") == {"Council condemns launch"}
    assert found('"hold talks" or unanimously') == {"Envoys hold talks in Moscow", "Council condemns launch"}
