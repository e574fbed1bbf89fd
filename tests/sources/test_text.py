import datetime
import json
import pathlib

import pytest

from timeline.sources import SourceError, parse_text

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = {entry["article"]: entry for entry in json.loads((ROOT / "eval/gold/seeds.json").read_text())}


def parse_seed(name):
    return parse_text((SEEDS / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize(
    "name, title, byline, outlet, published",
    [
        ("000_fdfe9bfcdb2209ba.txt", "Putin, Macron say negotiation only way to defuse North Korea tensions",
         "Staff Reporter", "AFP", datetime.date(2017, 9, 15)),
        ("001_c98e0d0f7addd575.txt", "Trump, Putin Discuss Ways to Resolve North Korea Crisis",
         "", "Asharq Al-awsat", datetime.date(2017, 12, 15)),
        ("002_263d719f9093ff7f.txt", "Japan, Russia call for UNSC settlement on N Korea",
         "", "The BRICS Post", datetime.date(2017, 11, 25)),
        ("003_58ff93a521bb272f.txt", "Russian, South Korean presidents hold telephone conversation",
         "Frederick Owens", "", datetime.date(2017, 5, 20)),
        ("004_96e972047e67731e.txt", "S. Korea, France agree to collaborate in pressing N. Korea to discard nukes",
         "줄리 잭슨 (Julie Jackson)", "Yonhap", datetime.date(2017, 1, 25)),
    ],
)
def test_seed_header(name, title, byline, outlet, published):
    article = parse_seed(name)
    assert (article.title, article.byline, article.outlet, article.published) == (title, byline, outlet, published)
    assert article.source_name == name
    assert article.published.isoformat() == GOLD[name]["published"]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_body_holds_every_gold_evidence(name):
    body = parse_seed(name).body
    assert [e["evidence"] for e in GOLD[name]["events"] if e["evidence"] not in body] == []


BOILERPLATE = {
    "000_fdfe9bfcdb2209ba.txt": ["3 MIN READ", "date 2017-09-15", "/ Reuters", "By Staff Reporter", "Recommended",
                                 "SOURCE:AFP", "Explore", "Kremlin rejects EU drone accusations",
                                 "Iran says it will not resume nuclear talks", "By Zulal Sema",
                                 "Both leaders condemned Pyongyang"],
    "001_c98e0d0f7addd575.txt": ["Asharq Al-awsat", "Trump, Putin Discuss Ways", "09:15", "(AP)", "Editor Picks"],
    "002_263d719f9093ff7f.txt": ["Follow us on", "8:20 am", "[Xinhua]", "World powers accuse", "The BRICS Post",
                                 "Leave a Reply", "Your email address", "Anti-Spam", "CAPTCHA"],
    "003_58ff93a521bb272f.txt": ["Frederick Owens", "May 20, 2017", "More news", "Bibiana Steinhaus",
                                 "Other reports by", "LeisureTravelAid", "Discuss This Article"],
    "004_96e972047e67731e.txt": ["Send to", "Julie Jackson", "20:06", "(Yonhap)", "\u00a0\u00a0"],
}


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_seed_body_is_free_of_boilerplate(name):
    body = parse_seed(name).body
    assert [s for s in BOILERPLATE[name] if s in body] == []


def test_seed_body_starts_with_first_paragraph_and_rejoins_broken_sentence():
    body = parse_seed("004_96e972047e67731e.txt").body
    assert body.startswith("South Korea and France agreed Wednesday")
    assert "consultative talks, it also said." in body
    assert body.endswith("like Britain and Germany.")


def test_seed_paragraphs_are_separated_by_a_blank_line():
    paragraphs = parse_seed("000_fdfe9bfcdb2209ba.txt").body.split("\n\n")
    assert len(paragraphs) == 11
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)


def test_raw_is_kept_as_received():
    raw = (SEEDS / "003_58ff93a521bb272f.txt").read_text(encoding="utf-8")
    assert parse_text(raw, "x.txt").raw == raw


ARTICLE = """Kyodo News English Edition | Latest news from Japan
Japan and China hold security dialogue
By Jane Roe
Tuesday, 12 September, 2017 - 09:15
source: https://example.com/news/2017/09/12/dialogue

Japan and China held a security dialogue in Tokyo on Tuesday, the foreign ministry said.

Officials from both sides discussed North Korea's nuclear test, a spokesman said.
"""


def test_generic_header_with_site_line_byline_and_url():
    article = parse_text(ARTICLE, "a.txt")
    assert article.title == "Japan and China hold security dialogue"
    assert article.outlet == "Kyodo News"
    assert article.byline == "Jane Roe"
    assert article.published == datetime.date(2017, 9, 12)
    assert article.url == "https://example.com/news/2017/09/12/dialogue"
    assert article.body.startswith("Japan and China held")
    assert "source:" not in article.body


def test_dateline_printed_at_the_foot_of_the_article():
    raw = "Envoys meet in Geneva\n\nThe envoys met on Monday.\n\nThey agreed to meet again.\n\nPublished: 12 Sep 2017 08:20\n"
    article = parse_text(raw, "a.txt")
    assert article.published == datetime.date(2017, 9, 12)
    assert article.body == "The envoys met on Monday.\n\nThey agreed to meet again."


def test_date_in_another_story_after_a_list_marker_is_not_used():
    raw = "Envoys meet\n\nThe envoys met on Monday.\n\nThey agreed.\n\nExplore\nOther story\nMay 20, 2017\n"
    with pytest.raises(SourceError, match="no publication date found"):
        parse_text(raw, "a.txt")


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("", "empty file"),
        (" \n\u00a0\n", "empty file"),
        ("Envoys meet\n\nThe envoys met on Monday in Geneva.\n\nThey agreed.\n", "no publication date found"),
        ("Envoys meet\nMay 20, 2017\n\nExplore\nOne\nTwo\n", "no article text found"),
    ],
)
def test_unreadable_text_raises_with_reason(raw, reason):
    with pytest.raises(SourceError) as raised:
        parse_text(raw, "a.txt")
    assert str(raised.value) == reason
    assert raised.value.source_name == "a.txt"


FIXTURES = ROOT / "tests/fixtures/sources"


@pytest.mark.parametrize(
    "name, title, byline, outlet, published, first, last",
    [
        ("wire_with_section_label.txt", "China says North Korea sanctions must be fully implemented",
         "Ben Blanchard", "Reuters", datetime.date(2017, 9, 12),
         "BEIJING (Reuters) - China will", "“China will continue to fully and strictly implement the resolutions,” Geng said."),
        ("wire_with_end_mark.txt", "Moon, Abe agree to push for stronger sanctions",
         "", "Yonhap News Agency", datetime.date(2017, 9, 7),
         "VLADIVOSTOK, Sept. 7 (Yonhap) --", "a presidential spokesman said."),
        ("dek_and_caption_credit.txt", "Russia's Lavrov calls for talks on Korean Peninsula",
         "", "Al Jazeera", datetime.date(2017, 9, 12),
         "Russia is ready to act as a mediator", "stop \"escalating\" the conflict."),
    ],
)
def test_other_page_layouts(name, title, byline, outlet, published, first, last):
    article = parse_text((FIXTURES / name).read_text(encoding="utf-8"), name)
    assert (article.title, article.byline, article.outlet, article.published) == (title, byline, outlet, published)
    assert article.body.startswith(first)
    assert article.body.endswith(last)
