"""Command line: `python -m docparse FILE [--format json|text]`; exit code 2 when the file cannot be parsed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from docparse.api import parse
from docparse.errors import ParseError
from docparse.model import ParsedDocument


def _as_text(result: ParsedDocument) -> str:
    info = result.document
    lines = [
        f"{info.type or '?'} {info.number or '(chưa có số)'} — {info.title or ''}",
        f"Cơ quan ban hành: {info.issuer or '?'}; {info.place or '?'}, ngày {info.date or '?'}; ký: {info.signer or '?'}",
        "",
        f"Căn cứ, trích dẫn ({len(result.citations)}):",
    ]
    lines += [
        f"  - {c.type or '?'} {c.number} {c.date or ''} {c.issuer or ''}".rstrip() for c in result.citations
    ]
    lines += ["", f"Nhiệm vụ ({len(result.tasks)}):"]
    for task in result.tasks:
        lines.append(f"  {task.no or '-'} {' '.join(task.text.split()[:16])}")
        lines.append(
            f"      chủ trì: {'; '.join(task.lead) or '—'} | phối hợp: {'; '.join(task.coord) or '—'}"
        )
        if task.timeframe:
            lines.append(
                f"      thời gian: {task.timeframe.raw} ({task.timeframe.kind}, hạn {task.timeframe.due or '—'})"
            )
    if result.reporting:
        lines += ["", "Báo cáo:"]
        lines += [f"  - {r.what}: {r.due or r.raw}" for r in result.reporting]
    if result.warnings:
        lines += ["", "Cảnh báo:"]
        lines += [f"  ! {w}" for w in result.warnings]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m docparse", description="Read a Vietnamese administrative document."
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--format", choices=("json", "text"), default="json")
    args = parser.parse_args(argv)
    try:
        data = args.file.read_bytes()
    except OSError as error:
        print(f"Lỗi: không mở được tệp {args.file} ({error.strerror}).", file=sys.stderr)
        print(f"Error: cannot open {args.file} ({error.strerror}).", file=sys.stderr)
        return 2
    try:
        result = parse(data, args.file.name)
    except ParseError as error:
        print(f"Lỗi: {error.message_vi}", file=sys.stderr)
        print(f"Error: {error.message_en}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(_as_text(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
