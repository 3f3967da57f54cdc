"""The plans tests' catalog fixtures, shared with the reporting tests."""

from danvan.plans.tests.conftest import agency_plan, catalog, published_catalog

__all__ = ["agency_plan", "catalog", "published_catalog"]
