from timeline.sources import SourceError, content_hash


def test_content_hash_is_sha256_hex():
    digest = content_hash("text")
    assert len(digest) == 64 and int(digest, 16) >= 0


def test_content_hash_ignores_line_endings_bom_and_trailing_spaces():
    assert content_hash("a\r\nb\r\n") == content_hash("a\nb\n") == content_hash("\ufeffa  \nb")


def test_content_hash_differs_for_different_content():
    assert content_hash("a\nb") != content_hash("a\nc")


def test_source_error_str_is_the_reason():
    error = SourceError("no publication date found", "a.txt")
    assert str(error) == "no publication date found"
    assert error.source_name == "a.txt"
