"""Writes of the reporting app, one module per area: progress, periods and reports, reminders, calendar.

Every function runs in a transaction and records its audit event (see CONTRIBUTING.md).
"""
