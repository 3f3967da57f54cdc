"""The parser's output, hashed file by file: a speed change must read every document alike.

    .venv/bin/python bench/parse_hashes.py > /tmp/before.txt    # before the change: one line per file
    .venv/bin/python bench/parse_hashes.py /tmp/before.txt      # after it: the files whose output differs

Every file of the tuning corpus (all formats; the scans' OCR takes most of the minute and a half) and the seeds,
parsed from their bytes: the hash is of `json.dumps(parse(data, name).to_dict(), sort_keys=True)`, or of the
`ParseError`. No field of the output depends on time, so any difference is a change in what is read.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docparse import parse  # noqa: E402
from docparse.errors import ParseError  # noqa: E402

DATA = ROOT / "docparse" / "tests" / "data"


def hashes() -> dict[str, str]:
    files = [p for p in sorted((DATA / "corpus" / "tune").iterdir()) if p.suffix != ".json"]
    files += sorted(p for p in (DATA / "seeds").rglob("*") if p.is_file())
    found = {}
    for path in files:
        try:
            output = json.dumps(
                parse(path.read_bytes(), path.name).to_dict(), sort_keys=True, ensure_ascii=False
            )
        except ParseError as error:
            output = f"ParseError {error}"
        found[str(path.relative_to(DATA))] = hashlib.sha256(output.encode()).hexdigest()[:16]
    return found


def main() -> int:
    found = hashes()
    if len(sys.argv) < 2:
        for name, digest in found.items():
            print(name, digest)
        return 0
    before = dict(line.split() for line in Path(sys.argv[1]).read_text().splitlines() if line.strip())
    changed = sorted(name for name in found.keys() | before.keys() if found.get(name) != before.get(name))
    for name in changed:
        print("differs:", name)
    print(f"{len(found)} files, {len(changed)} differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
