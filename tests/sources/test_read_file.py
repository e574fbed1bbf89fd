import datetime
import json
import pathlib

import pytest

from timeline.sources import ParsedArticle, SourceError, read_file

ROOT = pathlib.Path(__file__).resolve().parents[2]
TEXT = "Envoys meet\nMay 20, 2017\n\nThe envoys met on Friday in Geneva.\n\nThey agreed to meet again.\n"
HTML = (
    "<!DOCTYPE html><html><head><title>Envoys meet</title>"
    '<meta property="article:published_time" content="2017-05-20"></head><body><article>'
    "<p>The envoys met on Friday in Geneva, the foreign ministry said in a statement.</p>"
    "<p>They agreed to meet again before the end of the year, officials said.</p></article></body></html>"
)


def record(**fields):
    return json.dumps({"title": "T", "published": "2017-05-20", "text": "The envoys met.", **fields})


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a"])
def test_plain_text_files(tmp_path, name):
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    [article] = read_file(path)
    assert article.published == datetime.date(2017, 5, 20)
    assert article.source_name == name


@pytest.mark.parametrize("name", ["a.html", "a.htm", "saved.txt"])
def test_html_files_by_suffix_or_content(tmp_path, name):
    path = tmp_path / name
    path.write_text(HTML, encoding="utf-8")
    [article] = read_file(path)
    assert article.title == "Envoys meet"
    assert article.body.startswith("The envoys met on Friday")


def test_jsonl_gives_one_result_per_line_and_keeps_good_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [record(title="one"), "", "{broken", record(title="four", published="soon"), record(title="five")]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    results = read_file(path)
    assert [r.title if isinstance(r, ParsedArticle) else str(r) for r in results] == [
        "one", "line 3: invalid JSON", "line 4: no publication date found", "five",
    ]
    assert [r.source_name for r in results] == ["batch.jsonl#1", "batch.jsonl#3", "batch.jsonl#4", "batch.jsonl#5"]


def test_jsonl_record_may_hold_a_line_separator_character(tmp_path):
    path = tmp_path / "a.ndjson"
    path.write_text(json.dumps({"published": "2017-05-20", "text": "One.\u2028Two."}, ensure_ascii=False), encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, ParsedArticle)


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("a.txt", b"", "empty file"),
        ("a.txt", b"  \n\n", "empty file"),
        ("a.jsonl", b"\n\n", "empty file"),
        ("a.txt", "Envoys meet\nMay 20, 2017\n\nThey met.".encode("utf-16"), "not UTF-8 text"),
        ("a.txt", b"Envoys \xff\xfe meet", "not UTF-8 text"),
        ("a.txt", b"Envoys meet\nMay 20, 2017\n\nThey\x00 met.", "contains NUL characters: not a text file"),
        ("a.txt", b"Envoys meet\n\nThe envoys met on Friday.\n", "no publication date found"),
    ],
)
def test_unreadable_files_give_one_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    [error] = read_file(path)
    assert isinstance(error, SourceError)
    assert str(error) == reason
    assert error.source_name == name


def test_missing_file_gives_error(tmp_path):
    [error] = read_file(tmp_path / "missing.txt")
    assert isinstance(error, SourceError)
    assert str(error).startswith("cannot read file")


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    [article] = read_file(path)
    assert article.title == "Envoys meet"


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "seeds").glob("*.txt")))
def test_every_seed_reads(name):
    [article] = read_file(ROOT / "seeds" / name)
    assert isinstance(article, ParsedArticle)


def test_sources_does_not_import_django():
    import subprocess
    import sys

    code = "import sys, timeline.sources; assert not any(m.startswith('django') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
