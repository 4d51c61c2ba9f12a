"""Pledge rows as the pasted-table tests read them: the rows of a text published on one day, and
the rows a summary adds up (no part_of, no duplicate_of, not rejected, basis new)."""

from __future__ import annotations

from aidcalc.news.candidates import pledge_candidates

PUBLISHED = "2025-03-01"


def rows_of(text, lang=None):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def counted(rows):
    """(donor, value, currency) of the rows a summary adds up."""
    return sorted(
        (row["donor"], row["value"], row["currency"])
        for row in rows
        if row["part_of"] is None
        and row["duplicate_of"] is None
        and row["status"] != "rejected"
        and row["basis"] == "new"
    )
