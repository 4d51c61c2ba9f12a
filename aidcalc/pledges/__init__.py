"""Pledge tables: the schema, reading files, totals, World Bank indicators, shipped datasets.

``read_pledges`` and ``totals`` are the public entry points (``from aidcalc import ...``).
"""
