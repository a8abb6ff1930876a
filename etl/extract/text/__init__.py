"""Text and cues: sentences with offsets, the trigger lexicon (triggers.toml), the
context cues and the ACLED taxonomy decision (event type, sub-event type, disorder),
the note written for each event, and the optional learned classifier.

May import: etl.records, and etl.extract.places for read-only place look-ups.
"""
