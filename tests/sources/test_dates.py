import datetime

import pytest

from timeline.sources.dates import byline_in_date_line, find_dates, parse_date_line, parse_date_value

D = datetime.date


@pytest.mark.parametrize(
    "line, expected",
    [
        ("September 15, 2017", D(2017, 9, 15)),
        ("Friday, 15 December, 2017 - 09:15", D(2017, 12, 15)),
        ("November 25, 2017, 8:20 am", D(2017, 11, 25)),
        ("May 20, 2017", D(2017, 5, 20)),
        ("Jan. 25, 2017 - 20:06 By 줄리 잭슨 (Julie Jackson)", D(2017, 1, 25)),
        ("2017-09-12", D(2017, 9, 12)),
        ("12 Sep 2017 08:20", D(2017, 9, 12)),
        ("Tuesday, 12 September, 2017 - 09:15", D(2017, 9, 12)),
        (" date 2017-09-15 WORLD", D(2017, 9, 15)),
        ("Published: Sept. 15th, 2017 at 10:00 a.m. KST", D(2017, 9, 15)),
        ("Updated 2017/01/25 20:06", D(2017, 1, 25)),
        ("15th of September 2017", D(2017, 9, 15)),
        ("15/09/2017", D(2017, 9, 15)),
        ("09/15/2017", D(2017, 9, 15)),
        ("Oct 23, 2017 - 01:14 | All, Japan, Politics", D(2017, 10, 23)),
        ("23 October 2017 | Asia Pacific / North Korea", D(2017, 10, 23)),
    ],
)
def test_parse_date_line_reads_dateline_formats(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The UNSC passed Resolution 2371 on August 5, 2017 in response to missile tests.",
        "The talks collapsed in 2008 after North Korea launched a rocket.",
        "Leaders met in Moscow on October 23, 2017 | World, Asia",
        "03/04/2017",
        "February 30, 2017",
        "Mayor 20, 2017",
        "September 15",
        "",
    ],
)
def test_parse_date_line_rejects_prose_and_incomplete_or_ambiguous_dates(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2017-09-15", D(2017, 9, 15)),
        ("2017-09-15T09:15:00Z", D(2017, 9, 15)),
        ("2017-09-15 09:15:00+03:00", D(2017, 9, 15)),
        ("  Jan. 25, 2017 ", D(2017, 1, 25)),
        ("yesterday", None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


def test_find_dates_orders_by_position():
    found = find_dates("Published 12 Sep 2017, updated September 13, 2017")
    assert [m.date for m in found] == [D(2017, 9, 12), D(2017, 9, 13)]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Jan. 25, 2017 - 20:06 By 줄리 잭슨 (Julie Jackson)", "줄리 잭슨 (Julie Jackson)"),
        ("May 20, 2017", ""),
    ],
)
def test_byline_in_date_line(line, expected):
    assert byline_in_date_line(line) == expected
