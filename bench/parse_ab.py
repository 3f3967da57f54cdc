"""Two versions of the parser against each other and against pdftotext, file by file (issue 11's per-file 2x bar).

    .venv/bin/python bench/parse_ab.py /path/to/other/tree [file.pdf ...]

`/path/to/other/tree` holds another version's `docparse/` (for example `git archive main docparse | tar -x -C
/tmp/main`). Each version runs in a process of its own, kept open, and every tuning PDF with a text layer is parsed
by the other version, by this one and by pdftotext in turn, `R` times (environment, 5 by default): a change in the
machine's load weighs on the three alike. Medians of wall and CPU time (the process's own plus its children's:
pdftotext) per file, the ratios to pdftotext, the totals and the files over 2x, with the load average.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "docparse" / "tests" / "data" / "corpus" / "tune"


def cpu_seconds() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def worker(tree: str) -> None:
    """Parses the file named on each line of standard input once and prints its wall and CPU milliseconds."""
    sys.path.insert(0, tree)
    from docparse import parse

    for line in sys.stdin:
        data = Path(line.rstrip("\n")).read_bytes()
        wall, cpu = time.perf_counter(), cpu_seconds()
        parse(data, "x.pdf")
        print(json.dumps([(time.perf_counter() - wall) * 1000, (cpu_seconds() - cpu) * 1000]), flush=True)


def pdftotext_ms(path: Path) -> tuple[float, float]:
    before, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return (time.perf_counter() - wall) * 1000, cpu * 1000


def main() -> int:
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2])
        return 0
    other, names = sys.argv[1], set(sys.argv[2:])
    workers = {
        name: subprocess.Popen(
            [sys.executable, __file__, "--worker", tree],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name, tree in (("other", other), ("this", str(ROOT)))
    }

    def parsed_ms(name: str, path: Path) -> tuple[float, float]:
        process = workers[name]
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(f"{path}\n")
        process.stdin.flush()
        wall, cpu = json.loads(process.stdout.readline())
        return wall, cpu

    repeat = int(os.environ.get("R", "5"))
    print("load average " + " ".join(f"{value:.2f}" for value in os.getloadavg()), flush=True)
    files = [p for p in sorted(TUNE.glob("*.pdf")) if not p.name.endswith(".scan.pdf")]
    medians: dict[str, dict[str, tuple[float, float]]] = {}
    for path in files:
        if names and path.name not in names:
            continue
        for name in workers:
            parsed_ms(name, path)  # warm up
        runs: dict[str, list[tuple[float, float]]] = {"other": [], "this": [], "pdftotext": []}
        for _ in range(repeat):
            runs["other"].append(parsed_ms("other", path))
            runs["this"].append(parsed_ms("this", path))
            runs["pdftotext"].append(pdftotext_ms(path))
        row = {
            key: (statistics.median(r[0] for r in values), statistics.median(r[1] for r in values))
            for key, values in runs.items()
        }
        medians[path.name] = row
        (o_wall, o_cpu), (t_wall, t_cpu), (p_wall, p_cpu) = row["other"], row["this"], row["pdftotext"]
        print(
            f"  {path.name:<48} cpu {o_cpu / p_cpu:4.2f}x -> {t_cpu / p_cpu:4.2f}x ({o_cpu:5.1f} -> {t_cpu:5.1f} / "
            f"{p_cpu:4.1f} ms)   wall {o_wall / p_wall:4.2f}x -> {t_wall / p_wall:4.2f}x",
            flush=True,
        )
    for label, at in (("wall", 0), ("cpu", 1)):
        for name in ("other", "this"):
            ratios = [row[name][at] / row["pdftotext"][at] for row in medians.values()]
            total = sum(row[name][at] for row in medians.values()) / sum(
                row["pdftotext"][at] for row in medians.values()
            )
            print(
                f"{label} {name}: {len(ratios)} files, total {total:.2f}x pdftotext, worst {max(ratios):.2f}x, "
                f"{sum(1 for r in ratios if r > 2)} over 2x"
            )
    print("load average " + " ".join(f"{value:.2f}" for value in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
