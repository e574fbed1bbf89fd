import datetime

import pytest

from timeline.sources import SourceError, parse_html

PARAGRAPHS = [
    "Russia and France agreed on Friday to push for direct talks with North Korea, officials said in Moscow.",
    "The statement was issued after a phone call between the two presidents that lasted an hour.",
    "Both leaders condemned the missile launch over Japan, the Kremlin said in a statement.",
]


def page(head="", before=""):
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!DOCTYPE html><html><head><title>Talks urged | Example News</title>{head}</head><body>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Putin, Macron urge talks</h1>{before}{paragraphs}</article>"
        "<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>"
    )


METADATA = (
    '<meta property="og:site_name" content="Example News">'
    '<meta name="author" content="Jane Roe">'
    '<link rel="canonical" href="https://example.com/2017/09/15/talks">'
    '<meta property="article:published_time" content="2017-09-15T09:00:00Z">'
)


def test_metadata_and_body_from_html():
    article = parse_html(page(METADATA), "a.html")
    assert article.published == datetime.date(2017, 9, 15)
    assert article.outlet == "Example News"
    assert article.byline == "Jane Roe"
    assert article.url == "https://example.com/2017/09/15/talks"
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.source_name == "a.html"


def test_dateline_in_the_text_when_metadata_has_no_date():
    article = parse_html(page(before="<p>September 14, 2017</p>"), "a.html")
    assert article.published == datetime.date(2017, 9, 14)
    assert "September 14, 2017" not in article.body


@pytest.mark.parametrize(
    "raw, reason",
    [
        (page(), "no publication date found"),
        ("<html><body><nav>Home</nav></body></html>", "no publication date found"),
        ("   ", "empty file"),
    ],
)
def test_unreadable_html_raises_with_reason(raw, reason):
    with pytest.raises(SourceError) as raised:
        parse_html(raw, "a.html")
    assert str(raised.value) == reason
