"""API routers of the reporting app, one module per area (added to danvan/api.py)."""
