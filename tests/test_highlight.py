from timeline.highlight import Mark, highlight, paragraph_around, paragraphs


def test_paragraphs_split_on_blank_lines():
    text = "One.\n\nTwo\nlines.\n \n\nThree."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One.", "Two\nlines.", "Three."]


def test_paragraph_around_finds_the_enclosing_block():
    text = "First para.\n\nSecond para here."
    start = text.index("para here")
    assert text[slice(*paragraph_around(text, start, start + 4))] == "Second para here."


def test_text_is_escaped_and_marks_nest():
    text = "<b>Putin</b> met Macron on Friday."
    at = text.index("on Friday")
    html = highlight(text, [Mark(0, len(text), "sentence", "m-1"), Mark(at, at + 9, "timex", title='a "b"')])
    assert html == (
        '<mark class="sentence" id="m-1">&lt;b&gt;Putin&lt;/b&gt; met Macron '
        '<mark class="timex" title="a &quot;b&quot;">on Friday</mark>.</mark>'
    )


def test_offset_shifts_marks_into_a_slice():
    body = "Intro.\n\nThe talks began."
    start = body.index("The")
    html = highlight(body[start:], [Mark(start + 4, start + 9, "trigger")], offset=start)
    assert html == 'The <mark class="trigger">talks</mark> began.'


def test_crossing_mark_is_cut_at_the_enclosing_end():
    html = highlight("abcdef", [Mark(0, 3, "a"), Mark(2, 6, "b")])
    assert html == '<mark class="a">ab<mark class="b">c</mark></mark>def'


def test_marks_outside_the_text_are_ignored():
    assert highlight("abc", [Mark(10, 12, "x"), Mark(1, 1, "empty")]) == "abc"
