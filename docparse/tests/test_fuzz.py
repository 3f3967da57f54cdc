"""A short fuzzing run on every `make test` (the long one is `make fuzz`): mutated TXT, DOCX, XLSX and PDF
files never raise anything but ParseError, never take over 10 s, never push memory over the bound; and every
input that once broke that rule (data/fuzz/) is replayed. See fuzzing.py and docs/docparse.md §Fuzzing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from docparse.tests import fuzzing

# Cases per format in `make test`; DOCPARSE_FUZZ_EXAMPLES raises it (the long run is bench/fuzz_docparse.py).
BUDGET = int(os.environ.get("DOCPARSE_FUZZ_EXAMPLES", "30"))
PDF_BUDGET = max(BUDGET // 3, 5)  # a PDF case costs 10-50 times a text case


@pytest.mark.parametrize("fmt", fuzzing.FORMATS)
def test_mutated_documents_are_parsed_or_refused_in_time(fmt: str) -> None:
    seen: list[fuzzing.Outcome] = []

    @settings(
        max_examples=PDF_BUDGET if fmt == "pdf" else BUDGET,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(case=fuzzing.cases(fmt))
    def one(case: tuple[str, bytes]) -> None:
        outcome = fuzzing.run_case(*case)
        seen.append(outcome)
        assert not outcome.broke_the_rule, f"{outcome.kind}: {outcome.detail}"

    one()
    assert len(seen) >= (PDF_BUDGET if fmt == "pdf" else BUDGET) // 2  # the run really ran cases
    assert {o.kind for o in seen} & {"parsed", "refused"}


@pytest.mark.parametrize("path", fuzzing.regression_files(), ids=lambda p: p.name)
def test_inputs_that_once_broke_the_rule_are_parsed_or_refused_in_time(path: Path) -> None:
    outcome = fuzzing.run_case(path.name, path.read_bytes())
    assert not outcome.broke_the_rule, f"{outcome.kind}: {outcome.detail}"
