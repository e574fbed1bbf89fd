"""Model-level rules that need no database."""
import datetime

import pytest

from timeline.models import period


@pytest.mark.parametrize(
    "date, precision, first, last",
    [
        ("2017-09-15", "day", "2017-09-15", "2017-09-15"),
        ("2017-09-15", "reported", "2017-09-15", "2017-09-15"),
        ("2017-09-11", "week", "2017-09-11", "2017-09-17"),
        ("2017-09-14", "week", "2017-09-11", "2017-09-17"),
        ("2017-02-01", "month", "2017-02-01", "2017-02-28"),
        ("2016-02-10", "month", "2016-02-01", "2016-02-29"),
        ("2017-01-01", "year", "2017-01-01", "2017-12-31"),
    ],
)
def test_period_spans_what_the_precision_allows(date, precision, first, last):
    day = datetime.date.fromisoformat
    assert period(day(date), precision) == (day(first), day(last))
