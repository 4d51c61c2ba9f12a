"""News text to pledge candidates: sentences, language, places, cue words, dates, candidates.

``extract_pledges`` is the public entry point (``from aidcalc import extract_pledges``).
"""
