"""Score the parser against labelled documents: `python -m docparse.evaluate LABELS_DIR DOCS_DIR [--json]`.

Labels follow LABELING.md (one `<name>.json` per document, matched to `<name>.<ext>` in DOCS_DIR). Tasks are
aligned by `no` when present, else by `text_start` prefix or fuzzy match in document order (LABELING.md §5).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from docparse.api import SUPPORTED, parse
from docparse.citations import number_key
from docparse.errors import ParseError
from docparse.text import fold

DOCUMENT_FIELDS = ("type", "number", "date", "issuer", "place", "title", "signer")
_LOCALITY = re.compile(r"^(?:tinh|thanh pho|xa|phuong|huyen|quan|dac khu|thi xa|thi tran)\b")


@dataclass
class DocumentScore:
    name: str
    gold_tasks: int = 0
    predicted_tasks: int = 0
    matched_tasks: int = 0
    lead_right: int = 0
    coord_right: int = 0
    timeframe_right: int = 0
    gold_citations: int = 0
    predicted_citations: int = 0
    matched_citations: int = 0
    fields_right: int = 0
    fields_total: int = 0
    mismatches: list[str] = field(default_factory=list)


@dataclass
class Totals:
    task_precision: float
    task_recall: float
    task_f1: float
    lead: float
    coord: float
    timeframe: float
    citation_f1: float
    document_fields: float


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def name_key(text: str | None) -> str:
    """Case/diacritic-insensitive key for units, issuers and titles (UBND = Ủy ban nhân dân)."""
    key = fold(text or "")
    key = re.sub(r"\bubnd\b", "uy ban nhan dan", key)
    key = re.sub(r"\bhdnd\b", "hoi dong nhan dan", key)
    key = re.sub(r"\s*[-–]\s*", " - ", key)
    return " ".join(re.sub(r"[.;:,]+$", "", key).split())


def same_name(left: str | None, right: str | None) -> bool:
    """Equal names, accepting a missing locality suffix ("Sở Công Thương" = "Sở Công Thương tỉnh Quảng Ngãi")."""
    a, b = name_key(left), name_key(right)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_.startswith(short + " ") and bool(_LOCALITY.match(long_[len(short) + 1 :]))


def _same_units(gold: list[str], predicted: list[str]) -> bool:
    if len(gold) != len(predicted):
        return False
    remaining = list(predicted)
    for unit in gold:
        match = next((p for p in remaining if same_name(unit, p)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


def _same_timeframe(gold: str | None, predicted: dict[str, Any] | None) -> bool:
    raw = predicted["raw"] if predicted else None
    if not gold or not raw:
        return not gold and not raw
    return name_key(gold) == name_key(raw)


def _starts_like(text_start: str, text: str) -> bool:
    gold, predicted = name_key(text_start), name_key(text)
    if predicted.startswith(gold):
        return True
    return fuzz.ratio(gold, predicted[: len(gold)]) >= 85


def align_tasks(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) aligned by number, then by text start in document order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    cursor = 0
    for g_index, task in enumerate(gold):
        chosen = None
        if task.get("no"):
            numbered = [
                i
                for i, p in enumerate(predicted)
                if i not in used and fold(p.get("no") or "") == fold(task["no"])
            ]
            starting = [i for i in numbered if _starts_like(task["text_start"], predicted[i]["text"])]
            candidates = starting or numbered
            chosen = candidates[0] if candidates else None
        if chosen is None:
            order = [*range(cursor, len(predicted)), *range(cursor)]
            chosen = next(
                (
                    i
                    for i in order
                    if i not in used and _starts_like(task["text_start"], predicted[i]["text"])
                ),
                None,
            )
        if chosen is not None:
            used.add(chosen)
            pairs.append((g_index, chosen))
            cursor = chosen + 1
    return pairs


def score_document(name: str, label: dict[str, Any], result: dict[str, Any]) -> DocumentScore:
    score = DocumentScore(name)
    gold_tasks = label.get("tasks", [])
    predicted = result.get("tasks", [])
    pairs = align_tasks(gold_tasks, predicted)
    matched_predicted = {p for _, p in pairs}
    parents = {predicted[p].get("parent_no") for p in matched_predicted}
    ignorable = {
        i
        for i, task in enumerate(predicted)
        if i not in matched_predicted
        and task.get("no") in parents
        and not task.get("lead")
        and not task.get("coord")
        and not task.get("timeframe")
    }
    score.gold_tasks = len(gold_tasks)
    score.predicted_tasks = len(predicted) - len(ignorable)
    score.matched_tasks = len(pairs)
    for g_index, p_index in pairs:
        gold, pred = gold_tasks[g_index], predicted[p_index]
        where = f"task {gold.get('no') or gold['text_start'][:30]}"
        for key, right in (
            ("lead", _same_units(gold.get("lead", []), pred.get("lead", []))),
            ("coord", _same_units(gold.get("coord", []), pred.get("coord", []))),
        ):
            if right:
                setattr(score, f"{key}_right", getattr(score, f"{key}_right") + 1)
            else:
                score.mismatches.append(f"{where}: {key} {gold.get(key)} != {pred.get(key)}")
        if _same_timeframe(gold.get("timeframe"), pred.get("timeframe")):
            score.timeframe_right += 1
        else:
            raw = (pred.get("timeframe") or {}).get("raw")
            score.mismatches.append(f"{where}: timeframe {gold.get('timeframe')!r} != {raw!r}")
    for g_index, task in enumerate(gold_tasks):
        if g_index not in {g for g, _ in pairs}:
            score.mismatches.append(f"missing task {task.get('no')} {task['text_start']!r}")
    for p_index, task in enumerate(predicted):
        if p_index not in matched_predicted and p_index not in ignorable:
            score.mismatches.append(f"spurious task {task.get('no')} {' '.join(task['text'].split()[:8])!r}")
    gold_numbers = {number_key(c["number"]) for c in label.get("citations", [])}
    predicted_numbers = {number_key(c["number"]) for c in result.get("citations", [])}
    score.gold_citations = len(gold_numbers)
    score.predicted_citations = len(predicted_numbers)
    score.matched_citations = len(gold_numbers & predicted_numbers)
    for missing in sorted(gold_numbers - predicted_numbers):
        score.mismatches.append(f"missing citation {missing}")
    for extra in sorted(predicted_numbers - gold_numbers):
        score.mismatches.append(f"spurious citation {extra}")
    gold_doc, predicted_doc = label.get("doc", {}), result.get("document", {})
    for key in DOCUMENT_FIELDS:
        gold_value, predicted_value = gold_doc.get(key), predicted_doc.get(key)
        if key == "number":
            right = number_key(gold_value or "") == number_key(predicted_value or "")
        else:
            right = same_name(gold_value, predicted_value) if gold_value or predicted_value else True
        score.fields_total += 1
        if right:
            score.fields_right += 1
        else:
            score.mismatches.append(f"document {key}: {gold_value!r} != {predicted_value!r}")
    return score


def totals(scores: list[DocumentScore]) -> Totals:
    matched = sum(s.matched_tasks for s in scores)
    precision = _ratio(matched, sum(s.predicted_tasks for s in scores))
    recall = _ratio(matched, sum(s.gold_tasks for s in scores))
    cit_matched = sum(s.matched_citations for s in scores)
    cit_precision = _ratio(cit_matched, sum(s.predicted_citations for s in scores))
    cit_recall = _ratio(cit_matched, sum(s.gold_citations for s in scores))
    return Totals(
        task_precision=precision,
        task_recall=recall,
        task_f1=_f1(precision, recall),
        lead=_ratio(sum(s.lead_right for s in scores), matched),
        coord=_ratio(sum(s.coord_right for s in scores), matched),
        timeframe=_ratio(sum(s.timeframe_right for s in scores), matched),
        citation_f1=_f1(cit_precision, cit_recall),
        document_fields=_ratio(sum(s.fields_right for s in scores), sum(s.fields_total for s in scores)),
    )


def evaluate(labels_dir: Path, docs_dir: Path) -> tuple[list[DocumentScore], Totals]:
    """Parse every labelled document found in `docs_dir` and score it."""
    scores: list[DocumentScore] = []
    for label_path in sorted(labels_dir.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        document = next(
            (p for p in sorted(docs_dir.glob(label_path.stem + ".*")) if p.suffix in SUPPORTED), None
        )
        if document is None:
            continue
        try:
            result = parse(document.read_bytes(), document.name).to_dict()
        except ParseError as error:
            result = {"tasks": [], "citations": [], "document": {}, "warnings": [error.message_en]}
        scores.append(score_document(document.name, label, result))
    return scores, totals(scores)


def _table(scores: list[DocumentScore], total: Totals) -> str:
    header = f"{'document':<28} {'gold':>4} {'pred':>4} {'hit':>4} {'P':>5} {'R':>5} {'lead':>5} {'coord':>5} {'time':>5} {'citF1':>5} {'doc':>5}"
    lines = [header, "-" * len(header)]
    for s in scores:
        precision, recall = _ratio(s.matched_tasks, s.predicted_tasks), _ratio(s.matched_tasks, s.gold_tasks)
        cit_f1 = _f1(
            _ratio(s.matched_citations, s.predicted_citations), _ratio(s.matched_citations, s.gold_citations)
        )
        lines.append(
            f"{s.name[:28]:<28} {s.gold_tasks:>4} {s.predicted_tasks:>4} {s.matched_tasks:>4} {precision:>5.2f} "
            f"{recall:>5.2f} {_ratio(s.lead_right, s.matched_tasks):>5.2f} {_ratio(s.coord_right, s.matched_tasks):>5.2f} "
            f"{_ratio(s.timeframe_right, s.matched_tasks):>5.2f} {cit_f1:>5.2f} {_ratio(s.fields_right, s.fields_total):>5.2f}"
        )
    lines.append("-" * len(header))
    lines.append(
        f"{'TOTAL':<28} {sum(s.gold_tasks for s in scores):>4} {sum(s.predicted_tasks for s in scores):>4} "
        f"{sum(s.matched_tasks for s in scores):>4} {total.task_precision:>5.2f} {total.task_recall:>5.2f} "
        f"{total.lead:>5.2f} {total.coord:>5.2f} {total.timeframe:>5.2f} {total.citation_f1:>5.2f} "
        f"{total.document_fields:>5.2f}"
    )
    lines.append(f"task F1 {total.task_f1:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docparse.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("labels_dir", type=Path)
    parser.add_argument("docs_dir", type=Path)
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    scores, total = evaluate(args.labels_dir, args.docs_dir)
    if not scores:
        print("No labelled documents found.", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {"documents": [asdict(s) for s in scores], "totals": asdict(total)},
                indent=1,
                ensure_ascii=False,
            )
        )
        return 0
    print(_table(scores, total))
    if args.verbose:
        for s in scores:
            for mismatch in s.mismatches:
                print(f"{s.name}: {mismatch}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
