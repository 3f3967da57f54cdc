"""Reads of the reporting app, one module per area, always scoped to the person asking."""
