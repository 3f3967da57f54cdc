"""Score the parser against labelled documents: `python -m docparse.evaluate CORPUS_DIR [DOCS_DIR]`.

Labels follow LABELING.md (one `<name>.json` per document). With one directory (a corpus, searched recursively)
every document file beside a label is scored against it: `<name>.<ext>` and its variants `<name>.<variant>.<ext>`
(`x.lo.pdf`, `x.scan.pdf`, `x.web.txt`). With two directories the labels are in the first and the documents in the
second (the seeds). Tasks are aligned by `no` when present, else by `text_start` prefix or fuzzy match in document
order (LABELING.md §5). Scores are printed per document, per shape (the label's `"shape"`), per format and overall;
`--min-thresholds FILE` exits 1 when a shape is under its threshold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
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
_PRINTED_LOCALITY = re.compile(r"^(?:tỉnh|thành phố|xã|phường|huyện|quận|đặc khu|thị xã|thị trấn)(?![\wà-ỹ])")


# The label shape of documents that hold tables or text which are not tasks (LABELING.md §3): every task the parser
# finds there beyond the labelled ones is "invented".
NON_TASK_SHAPE = "non-task-tables"
UNLABELLED_SHAPE = "-"
# Threshold keys that are upper bounds; every other key is a lower bound on a `Totals` field.
MAXIMUM_KEYS = frozenset({"invented_tasks"})


@dataclass
class DocumentScore:
    name: str
    shape: str = UNLABELLED_SHAPE
    variant: str = ""
    seconds: float = 0.0
    invented_tasks: int = 0
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
    documents: int = 0
    invented_tasks: int = 0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# Word types curly quotes where a label has straight ones (and OCR reads either): the quote's shape is not the name
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def name_key(text: str | None) -> str:
    """Case/diacritic-insensitive key for units, issuers and titles (UBND = Ủy ban nhân dân, curly = straight quotes)."""
    key = fold(text or "").translate(_QUOTES)
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
    suffix = long_[len(short) + 1 :]
    if not (short and long_.startswith(short + " ") and _LOCALITY.match(suffix)):
        return False
    # the folded key reads "quản lý" as "quận", "xa" as "xã": the suffix must start with the locality as printed
    printed = (left if len(a) > len(b) else right) or ""
    return bool(_PRINTED_LOCALITY.match(" ".join(printed.split()[-len(suffix.split()) :]).lower()))


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


# Words that lead into a timeframe without changing it: "hoàn thành trước ngày 30/6" = "trước ngày 30/6",
# "thời gian: tháng 8/2026" = "tháng 8/2026", "(quý III/2026)" = "quý III/2026", and "định kỳ vào ngày 15 hằng
# tháng" = "ngày 15 hằng tháng" (the day of every month is already periodic; labels of both forms exist, both as
# printed). "Định kỳ 6 tháng" keeps its "định kỳ": without "vào" it is the period itself.
_TIMEFRAME_LEAD = re.compile(
    r"^(?:(?:hoan thanh|xong|thoi gian(?: thuc hien)?|thoi han(?: hoan thanh)?|dinh ky(?= vao\b)|vao)\b\s*:?\s*)+"
)


def timeframe_key(text: str) -> str:
    """Matching key of a printed timeframe: name_key without the lead-in words and the enclosing brackets."""
    key = name_key(text).strip("() ")
    return _TIMEFRAME_LEAD.sub("", key).strip("() ")


def _same_timeframe(gold: str | None, predicted: dict[str, Any] | None) -> bool:
    raw = predicted["raw"] if predicted else None
    if not gold or not raw:
        return not gold and not raw
    return timeframe_key(gold) == timeframe_key(raw)


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
    score = DocumentScore(name, shape=str(label.get("shape") or UNLABELLED_SHAPE), variant=variant_of(name))
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
    if label.get("shape") == NON_TASK_SHAPE or not gold_tasks:
        score.invented_tasks = score.predicted_tasks - score.matched_tasks
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
        documents=len(scores),
        invented_tasks=sum(s.invented_tasks for s in scores),
    )


def variant_of(filename: str) -> str:
    """The format variant of a corpus file: `x.pdf` → `pdf`, `x.scan.pdf` → `scan.pdf`."""
    parts = filename.split(".")
    return ".".join(parts[1:]) if len(parts) > 1 else ""


def documents_for(label_path: Path, docs_dir: Path | None = None) -> list[Path]:
    """The document files scored against one label: `<name>.<ext>` and `<name>.<variant>.<ext>`, sorted."""
    folder = docs_dir or label_path.parent
    return [
        path
        for path in sorted(folder.glob(label_path.stem + ".*"))
        if path.suffix in SUPPORTED and path.name.split(".")[0] == label_path.stem
    ]


def _labels(root: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every label under `root` (recursively, skipping `sources/`): JSON objects with a "tasks" or "doc" key."""
    for path in sorted(root.rglob("*.json")):
        if "sources" in path.relative_to(root).parts[:-1]:
            continue
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(label, dict) and ("tasks" in label or "doc" in label):
            yield path, label


def score_file(document: Path, label: dict[str, Any], name: str | None = None) -> DocumentScore:
    """Parse one file (a ParseError counts as an empty result) and score it against its label."""
    started = time.perf_counter()
    try:
        result = parse(document.read_bytes(), document.name).to_dict()
    except ParseError as error:
        result = {"tasks": [], "citations": [], "document": {}, "warnings": [error.message_en]}
    elapsed = time.perf_counter() - started
    score = score_document(name or document.name, label, result)
    score.variant = variant_of(document.name)
    score.seconds = round(elapsed, 3)
    return score


def evaluate(labels_dir: Path, docs_dir: Path) -> tuple[list[DocumentScore], Totals]:
    """Parse every labelled document found in `docs_dir` (its first supported file per label) and score it."""
    scores: list[DocumentScore] = []
    for label_path in sorted(labels_dir.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        documents = documents_for(label_path, docs_dir)
        if documents:
            scores.append(score_file(documents[0], label))
    return scores, totals(scores)


def evaluate_corpus(root: Path) -> tuple[list[DocumentScore], Totals]:
    """Score every document file of a corpus directory (recursively) against the label beside it."""
    scores: list[DocumentScore] = []
    for label_path, label in _labels(root):
        for document in documents_for(label_path):
            scores.append(score_file(document, label, str(document.relative_to(root))))
    return scores, totals(scores)


def by_key(scores: list[DocumentScore], key: str) -> dict[str, Totals]:
    """Totals per value of a DocumentScore attribute (`shape` or `variant`), in sorted order."""
    groups: dict[str, list[DocumentScore]] = {}
    for score in scores:
        groups.setdefault(str(getattr(score, key)), []).append(score)
    return {value: totals(groups[value]) for value in sorted(groups)}


def load_thresholds(path: Path) -> dict[str, dict[str, float]]:
    """Thresholds per shape: `{"default": {...}, "shapes": {shape: {...}}, "overall": {...}}`.

    Each inner mapping names `Totals` fields; `invented_tasks` is a maximum, every other key a minimum. A shape
    takes the default merged with its own entry; "overall" (optional) applies to the whole corpus.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    known = set(Totals.__dataclass_fields__) - {"documents"}
    default = dict(data.get("default", {}))
    sections = {"*": default, **{shape: {**default, **own} for shape, own in data.get("shapes", {}).items()}}
    if "overall" in data:
        sections["overall"] = dict(data["overall"])
    for section, bounds in sections.items():
        unknown = set(bounds) - known
        if unknown:
            raise ValueError(f"{path}: unknown threshold keys in {section!r}: {sorted(unknown)}")
    return sections


def check_thresholds(scores: list[DocumentScore], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """One line per shape metric under its threshold (or over it, for `invented_tasks`); empty when all pass."""
    failures: list[str] = []
    groups = by_key(scores, "shape")
    if "overall" in thresholds:
        groups = {**groups, "overall": totals(scores)}
    for shape, total in groups.items():
        bounds = thresholds.get(shape, thresholds.get("*", {}))
        for key, bound in sorted(bounds.items()):
            value = getattr(total, key)
            failed = value > bound if key in MAXIMUM_KEYS else value < bound
            if failed:
                relation = ">" if key in MAXIMUM_KEYS else "<"
                failures.append(f"{shape}: {key} {value:.3f} {relation} {bound}")
    return failures


_COLUMNS = "gold pred hit P R F1 lead coord time citF1 doc inv"


def _row(label: str, width: int, gold: int, predicted: int, matched: int, total: Totals) -> str:
    return (
        f"{label[:width]:<{width}} {gold:>4} {predicted:>4} {matched:>4} {total.task_precision:>5.2f} "
        f"{total.task_recall:>5.2f} {total.task_f1:>5.2f} {total.lead:>5.2f} {total.coord:>5.2f} "
        f"{total.timeframe:>5.2f} {total.citation_f1:>5.2f} {total.document_fields:>5.2f} {total.invented_tasks:>4}"
    )


def _header(title: str, width: int) -> list[str]:
    names = _COLUMNS.split()
    line = f"{title:<{width}} " + " ".join(
        f"{n:>4}" if n in {"gold", "pred", "hit", "inv"} else f"{n:>5}" for n in names
    )
    return [line, "-" * len(line)]


def _group_table(title: str, scores: list[DocumentScore], key: str, width: int) -> list[str]:
    lines = _header(title, width)
    groups: dict[str, list[DocumentScore]] = {}
    for score in scores:
        groups.setdefault(str(getattr(score, key)), []).append(score)
    for value in sorted(groups):
        members = groups[value]
        lines.append(
            _row(
                f"{value} ({len(members)})",
                width,
                sum(s.gold_tasks for s in members),
                sum(s.predicted_tasks for s in members),
                sum(s.matched_tasks for s in members),
                totals(members),
            )
        )
    return lines


def _table(scores: list[DocumentScore], total: Totals) -> str:
    width = max(28, *(len(s.name) for s in scores))
    lines = _header("document", width)
    for s in scores:
        lines.append(_row(s.name, width, s.gold_tasks, s.predicted_tasks, s.matched_tasks, totals([s])))
    lines.append("-" * len(lines[0]))
    lines.append(
        _row(
            "TOTAL",
            width,
            sum(s.gold_tasks for s in scores),
            sum(s.predicted_tasks for s in scores),
            sum(s.matched_tasks for s in scores),
            total,
        )
    )
    if any(s.shape != UNLABELLED_SHAPE for s in scores):
        lines += ["", *_group_table("shape", scores, "shape", width)]
        lines += ["", *_group_table("format", scores, "variant", width)]
    lines.append(f"task F1 {total.task_f1:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docparse.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path, help="a corpus directory, or the labels directory")
    parser.add_argument("docs_dir", type=Path, nargs="?", help="the documents, when apart from the labels")
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument(
        "--min-thresholds", type=Path, metavar="FILE", help="exit 1 when a shape is under its threshold"
    )
    args = parser.parse_args(argv)
    thresholds = load_thresholds(args.min_thresholds) if args.min_thresholds else None
    if args.docs_dir is None:
        scores, total = evaluate_corpus(args.corpus_dir)
    else:
        scores, total = evaluate(args.corpus_dir, args.docs_dir)
    if not scores:
        print("No labelled documents found.", file=sys.stderr)
        return 1
    failures = check_thresholds(scores, thresholds) if thresholds is not None else []
    if args.json:
        print(
            json.dumps(
                {
                    "documents": [asdict(s) for s in scores],
                    "shapes": {k: asdict(v) for k, v in by_key(scores, "shape").items()},
                    "formats": {k: asdict(v) for k, v in by_key(scores, "variant").items()},
                    "totals": asdict(total),
                    "threshold_failures": failures,
                },
                indent=1,
                ensure_ascii=False,
            )
        )
    else:
        print(_table(scores, total))
        if args.verbose:
            for s in scores:
                for mismatch in s.mismatches:
                    print(f"{s.name}: {mismatch}")
        for failure in failures:
            print(f"BELOW THRESHOLD {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
