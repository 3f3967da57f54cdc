"""Consolidated report speed: `.venv/bin/python bench/consolidated_bench.py [--agencies 130] [--tasks 40]`.

Builds a throw-away database (SQLite in a temporary file unless DB=postgres), generates a period with one report
per agency (`danvan.reporting.demo.generate_period`), then times reading the figures, the DOCX (with its chart and
annexes) and the XLSX, median of a few runs. Target (issue 5): a few seconds at most for 130 agencies.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(work: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agencies", type=int, default=130)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="danvan-bench-")
    if os.environ.get("DB") != "postgres":
        os.environ["SQLITE_PATH"] = str(Path(workdir) / "bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test.utils import setup_databases, teardown_databases
    from django.utils import timezone

    settings.DEBUG = False
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        from danvan.organizations import actions as org_actions
        from danvan.organizations.models import Organization
        from danvan.reporting import exports
        from danvan.reporting.demo import generate_period
        from danvan.reporting.queries.reports import consolidated_data

        province = org_actions.create_organization(
            actor=None, name="Ủy ban nhân dân thành phố Thử", kind=Organization.Kind.PROVINCE, locality="Thử"
        )
        start = time.perf_counter()
        generated = generate_period(province, agencies=args.agencies, tasks=args.tasks)
        print(
            f"generated {args.agencies} agencies × {args.tasks} tasks in {time.perf_counter() - start:.2f} s"
        )
        period = generated.period
        today = timezone.localdate()

        read, data = timed(lambda: consolidated_data(period, today=today), args.runs)
        assert data is not None
        docx_time, docx_bytes = timed(lambda: exports.consolidated_docx(data), args.runs)  # type: ignore[arg-type]
        xlsx_time, xlsx_bytes = timed(lambda: exports.consolidated_xlsx(data), args.runs)  # type: ignore[arg-type]
        chart_time, _png = timed(lambda: exports.status_chart_png(data.totals), args.runs)  # type: ignore[attr-defined]

        def whole() -> object:
            figures = consolidated_data(period, today=today)
            return exports.consolidated_docx(figures), exports.consolidated_xlsx(figures)

        total, _files = timed(whole, args.runs)
        print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
        print(f"figures (queries + grouping): {read * 1000:8.0f} ms")
        print(f"chart PNG:                    {chart_time * 1000:8.0f} ms")
        print(f"DOCX:                         {docx_time * 1000:8.0f} ms  ({len(docx_bytes) // 1024} KiB)")  # type: ignore[arg-type]
        print(f"XLSX:                         {xlsx_time * 1000:8.0f} ms  ({len(xlsx_bytes) // 1024} KiB)")  # type: ignore[arg-type]
        print(
            f"figures + DOCX + XLSX:        {total * 1000:8.0f} ms  (median of {args.runs}; target: a few seconds)"
        )
    finally:
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    main()
