"""Event extraction: article text to ACLED-style events.

Public entry point: ``extract_events(article) -> list[Event]``.
"""
