"""Pages of the reporting app, one module per area (progress, periods and reports, dashboards, calendar)."""
