"""Slot extractors: each reads one kind of value from a normalised question.

Every extractor is a small class built once from the knowledge and the genre, called with
the question's text, the spans read so far (`Spans`) and the meeting's `ReportWords`.
They run in the order of `bot/understanding/pipeline.py`: a span one step takes is not
read again by a later one.
"""
