"""merge.py: which reports are the same event, and the editors' merges and splits."""
import datetime

import pytest

from timeline.merge import dates_compatible, merge_events, split_mention
from timeline.models import Event

d = datetime.date


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((d(2017, 9, 15), "day"), (d(2017, 9, 15), "day"), True),
        ((d(2017, 9, 15), "day"), (d(2017, 9, 16), "day"), False),
        ((d(2017, 9, 15), "day"), (d(2017, 9, 1), "month"), True),
        ((d(2017, 10, 1), "day"), (d(2017, 9, 1), "month"), False),
        ((d(2017, 9, 17), "day"), (d(2017, 9, 11), "week"), True),
        ((d(2017, 9, 18), "day"), (d(2017, 9, 11), "week"), False),
        ((d(2017, 1, 1), "year"), (d(2017, 12, 31), "day"), True),
    ],
)
def test_dates_compatible_is_symmetric_overlap(a, b, expected):
    assert dates_compatible(*a, *b) is expected
    assert dates_compatible(*b, *a) is expected


def test_merge_keeps_the_chosen_reading_and_gathers_the_rest(newsroom):
    keep, other = newsroom.events["tillerson_offer"], newsroom.events["phone_call"]
    merged = merge_events(keep, [other], dated_like=other, event_type="consult")
    merged.refresh_from_db()
    assert (merged.date, merged.precision, merged.type) == (d(2017, 9, 15), "day", "consult")
    assert merged.people == ["Rex Tillerson", "Vladimir Putin", "Emmanuel Macron"]
    assert set(merged.actors.values_list("code", flat=True)) == {"USA", "UN", "RUS", "FRA"}
    assert (merged.mention_count, merged.article_count) == (3, 2)
    assert merged.edited_fields == ["actors", "date", "people", "precision", "tags", "type"]
    assert not Event.objects.filter(pk=other.pk).exists()


def test_split_takes_the_mentions_own_reading(newsroom):
    event = newsroom.events["phone_call"]
    mention = event.mentions.get(article=newsroom.articles["tillerson"])
    mention.extracted_type, mention.extracted_date = "statement", d(2017, 9, 14)
    mention.save()
    new = split_mention(mention)
    assert (new.type, new.date, new.status, new.summary) == ("statement", d(2017, 9, 14), "auto", mention.sentence)
    event.refresh_from_db()
    assert event.mention_count == new.mention_count == 1


def test_split_refuses_an_events_only_mention(newsroom):
    with pytest.raises(ValueError, match="only mention"):
        split_mention(newsroom.events["icbm"].mentions.get())
