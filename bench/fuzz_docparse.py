"""The long fuzzing run of docparse (`make fuzz`; `make test` runs a short one in docparse/tests/test_fuzz.py).

    python bench/fuzz_docparse.py [--cases 500] [--formats txt,docx,xlsx,pdf] [--no-save]

Each format runs in a child process, so that a crash of a native library (a segmentation fault in pdfium) is
caught too: the child writes every input to a scratch file before parsing it; when the child dies from a signal
the parent keeps that input and starts a new child for the rest of the budget. Inputs that break the rule
(anything but ParseError, over 10 s, peak memory over the bound, or a crash) are saved under
docparse/tests/data/fuzz/<format>/ and replayed by `make test` from then on. Prints one line per format and a total.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docparse.tests import fuzzing  # noqa: E402


def save(fmt: str, data: bytes, why: str) -> Path:
    folder = fuzzing.REGRESSIONS / fmt
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{why}-{hashlib.sha256(data).hexdigest()[:16]}.{fmt}"
    path.write_bytes(data)
    return path


def child(fmt: str, cases: int, scratch: Path, keep: bool) -> None:
    """Run `cases` generated cases of `fmt`; print a JSON summary."""
    from hypothesis import HealthCheck, Phase, given, settings

    counts: Counter[str] = Counter()
    slowest = 0.0
    saved: list[str] = []

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # no shrinking: every broken case is kept as it was found
        suppress_health_check=list(HealthCheck),
    )
    @given(case=fuzzing.cases(fmt))
    def one(case: tuple[str, bytes]) -> None:
        nonlocal slowest
        name, data = case
        (scratch / "input").write_bytes(data)
        (scratch / "count").write_text(str(sum(counts.values())))
        outcome = fuzzing.run_case(name, data)
        counts[outcome.kind] += 1
        slowest = max(slowest, outcome.seconds)
        if outcome.broke_the_rule:
            print(f"[{fmt}] {outcome.kind}: {outcome.detail.strip().splitlines()[-1]}", file=sys.stderr)
            if keep:
                saved.append(str(save(fmt, data, outcome.kind)))

    one()
    summary = {"counts": counts, "slowest": slowest, "saved": saved, "peak": fuzzing.peak_memory_mb()}
    print(json.dumps(summary))


def run_format(fmt: str, cases: int, keep: bool) -> tuple[Counter[str], float, float, list[str]]:
    counts: Counter[str] = Counter()
    slowest = peak = 0.0
    saved: list[str] = []
    remaining = cases
    while remaining > 0:
        with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
            scratch = Path(folder)
            command = [
                sys.executable,
                __file__,
                "--child",
                fmt,
                "--cases",
                str(remaining),
                "--scratch",
                folder,
            ]
            if not keep:
                command.append("--no-save")
            result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
            sys.stderr.write(result.stderr)
            if result.returncode == 0:
                summary = json.loads(result.stdout.strip().splitlines()[-1])
                counts.update(summary["counts"])
                slowest = max(slowest, summary["slowest"])
                peak = max(peak, summary["peak"])
                saved += summary["saved"]
                return counts, slowest, peak, saved
            done = int((scratch / "count").read_text()) if (scratch / "count").exists() else 0
            counts["crash"] += 1
            counts["(cases before the crash)"] += done
            print(f"[{fmt}] the child died (exit {result.returncode}) after {done} cases", file=sys.stderr)
            if keep and (scratch / "input").exists():
                saved.append(str(save(fmt, (scratch / "input").read_bytes(), "signal")))
            remaining -= done + 1
    return counts, slowest, peak, saved


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=500, help="cases per format")
    parser.add_argument("--formats", default=",".join(fuzzing.FORMATS))
    parser.add_argument("--no-save", action="store_true", help="do not write regression files")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.cases, Path(args.scratch), keep=not args.no_save)
        return 0
    total: Counter[str] = Counter()
    broken = 0
    for fmt in args.formats.split(","):
        started = time.perf_counter()
        counts, slowest, peak, saved = run_format(fmt, args.cases, keep=not args.no_save)
        total.update(counts)
        broken += sum(counts[k] for k in ("crash", "slow", "memory"))
        figures = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(
            f"{fmt:5} {sum(v for k, v in counts.items() if not k.startswith('(')):6d} cases in "
            f"{time.perf_counter() - started:6.1f} s: {figures}; slowest {slowest:.2f} s; "
            f"peak memory {peak:.0f} MB (bound {fuzzing.MEMORY_LIMIT_MB} MB)"
        )
        for path in saved:
            print(f"      saved {os.path.relpath(path, ROOT)}")
    print(f"total: {dict(total)}; {broken} inputs broke the rule")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
