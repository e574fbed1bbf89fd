import pytest

from timeline.extract.sentences import Span, split_paragraphs, split_sentences


def texts(spans):
    return [span.text for span in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("The U.S. envoy met Mr. Kim.", ["The U.S. envoy met Mr. Kim."]),
        ("Talks with the U.S. The envoy left.", ["Talks with the U.S.", "The envoy left."]),
        ("Gen. Mattis spoke on Jan. 5 in Seoul.", ["Gen. Mattis spoke on Jan. 5 in Seoul."]),
        ("Resolution No. 2371 passed.", ["Resolution No. 2371 passed."]),
        ("Donald J. Trump spoke.", ["Donald J. Trump spoke."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ('"We are ready," she said. He agreed.', ['"We are ready," she said.', "He agreed."]),
        ('"Is it over?" she asked. No.', ['"Is it over?" she asked.', "No."]),
        ('He said "enough." Then he left.', ['He said "enough."', "Then he left."]),
        ("He left. “Now,” she said.", ["He left.", "“Now,” she said."]),
        ("It ended at 5 p.m. on Friday.", ["It ended at 5 p.m. on Friday."]),
        ("It ended at 5 p.m. The talks resume.", ["It ended at 5 p.m.", "The talks resume."]),
        ("the talks, it\n\nalso said.", ["the talks, it", "also said."]),
        ("Explore\nFirst headline\nSecond headline", ["Explore", "First headline", "Second headline"]),
        ("a sentence wrapped\nin the middle.", ["a sentence wrapped\nin the middle."]),
        ("\u00a0  Indented with NBSP.  ", ["Indented with NBSP."]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert texts(split_sentences(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["One. Two.\n\n\u00a0 Three? Four!", "Seoul (Yonhap) -- Talks ended.\nMore news: x"],
)
def test_sentence_offsets_point_into_text(text):
    for span in split_sentences(text):
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A.\n\nB.", [Span(0, 2, "A."), Span(4, 6, "B.")]),
        ("A.\n \u00a0\n\nB.\nC.", [Span(0, 2, "A."), Span(7, 12, "B.\nC.")]),
        ("\n\n", []),
    ],
)
def test_split_paragraphs(text, expected):
    assert split_paragraphs(text) == expected
