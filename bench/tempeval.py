"""TempEval-3 Task A benchmark for `timeline.extract.timex`.

For each TimeML file of a set, reads the document creation time (DCT) and the TEXT,
runs `find_timexes` sentence by sentence (each sentence's anchor is the last day the
text fixed before it), writes the TEXT back with our TIMEX3 tags into an output
directory, then runs the set's scorer and prints its figures (strict and relaxed
extraction F1, value F1). It reports; it never asserts.

    .venv/bin/python bench/tempeval.py --set train      # develop here
    .venv/bin/python bench/tempeval.py --set platinum   # measure, do not tune
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.extract.sentences import split_sentences  # noqa: E402
from timeline.extract.timex import Timex, find_timexes  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "tempeval3"
SETS = {
    "platinum": [DATA / "platinum"],
    "train": [DATA / "train" / "TimeBank", DATA / "train" / "AQUAINT"],
}
_TEXT = re.compile(r"(<TEXT\b[^>]*>)(.*?)(</TEXT\s*>)", re.S)
_TAG = re.compile(r"<[^>]+>")
_DCT_VALUE = re.compile(r"<DCT>.*?\bvalue=\"(\d{4}-\d\d-\d\d)", re.S)


def plain_text(body: str) -> str:
    """TimeML TEXT content without tags, entities decoded (as the scorer reads it)."""
    return html.unescape(_TAG.sub("", body))


def document_timexes(text: str, reference: dt.date) -> list[Timex]:
    """Timexes of a whole document, offsets into `text`, anchored sentence by sentence."""
    found: list[Timex] = []
    anchor = None
    for sentence in split_sentences(text):
        timexes = find_timexes(sentence.text, reference, anchor=anchor)
        for timex in timexes:
            found.append(_shifted(timex, sentence.start))
        days = [t.date for t in timexes if t.date is not None]
        if days:
            anchor = days[-1]
    return found


def _shifted(timex: Timex, offset: int) -> Timex:
    return Timex(
        timex.start + offset, timex.end + offset, timex.text, timex.type, timex.value,
        timex.date, timex.precision, timex.explanation,
        timex.phrase_start + offset, timex.phrase_end + offset, timex.phrase,
    )


def tagged_text(text: str, timexes: list[Timex]) -> str:
    """`text` escaped for XML with a TIMEX3 element around each timex."""
    parts, position = [], 0
    for number, timex in enumerate(timexes, start=1):
        parts.append(html.escape(text[position:timex.start], quote=False))
        attributes = f'tid="t{number}" type="{timex.type}" value="{html.escape(timex.value)}"'
        parts.append(f"<TIMEX3 {attributes}>{html.escape(timex.text, quote=False)}</TIMEX3>")
        position = timex.end
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def annotate_file(source: Path, target: Path) -> tuple[int, int]:
    """Write `source` with our TIMEX3 tags to `target`; returns (sentences, characters) read."""
    raw = source.read_text(encoding="utf-8", errors="replace")
    reference = dt.date.fromisoformat(_DCT_VALUE.search(raw).group(1))
    match = _TEXT.search(raw)
    text = plain_text(match.group(2))
    body = tagged_text(text, document_timexes(text, reference))
    target.write_text(raw[:match.start(2)] + body + raw[match.end(2):], encoding="utf-8")
    return len(split_sentences(text)), len(text)


def run(set_name: str, output: Path, verbose: bool) -> None:
    for directory in SETS[set_name]:
        predicted = output / directory.name
        predicted.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        counts = [annotate_file(path, predicted / path.name) for path in sorted(directory.glob("*.tml"))]
        seconds = time.perf_counter() - started
        sentences = sum(n for n, _ in counts)
        print(f"== {set_name}/{directory.name}: {len(counts)} documents, {sentences} sentences, "
              f"{seconds * 1000:.0f} ms ({len(counts) / seconds:.0f} documents/s, sentence split included)")
        command = [sys.executable, str(DATA / "score.py"), str(directory), str(predicted)]
        result = subprocess.run(command + (["-v"] if verbose else []), capture_output=True, text=True)
        print(result.stdout, end="")
        if result.stderr:
            print(result.stderr, end="", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description="Score timex.py on TempEval-3 (Task A, timexes).")
    parser.add_argument("--set", choices=sorted(SETS), default="platinum", help="which documents to annotate")
    parser.add_argument("--out", type=Path, help="where to write annotated copies (default: a temporary folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed, spurious and mismatched timexes")
    args = parser.parse_args()
    if args.out:
        run(args.set, args.out, args.verbose)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(args.set, Path(folder), args.verbose)


if __name__ == "__main__":
    main()
