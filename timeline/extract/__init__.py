"""Pure-Python extraction of diplomatic events from article text.

No Django here: functions take text (and a publication date) and return frozen
dataclasses whose character offsets point into the text they were given.

Stages, one module each:
    sentences.py  text -> sentences and paragraphs (offsets)
    timex.py      sentence + publication date -> temporal expressions, normalized
    actors.py     text -> states, organizations and people (gazetteer)
    events.py     sentence -> event triggers (type, negation, modality)
    agents.py     who performs each act (subject, speaker, sides of a meeting) and who is its target
    summaries.py  a one-line summary of each act
    pipeline.py   article body + publication date -> findings (events with evidence)

``timeline/ingest.py`` is the only bridge from these findings to database rows.
"""
