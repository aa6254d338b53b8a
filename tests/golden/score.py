"""Golden progress report: must-recall and must_not violations per golden article.

The golden tests pass or fail per article; while the extractors are being built, engineers need
the numbers in between. Run from the repository root::

    .venv/bin/python tests/golden/score.py          # one line per article, then totals
    .venv/bin/python tests/golden/score.py -v       # also what was missed and what was found
    .venv/bin/python tests/golden/score.py NAME...  # only these cases
    .venv/bin/python tests/golden/score.py --config my.toml   # other dictionaries or patterns
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden_cases import (
    CaseReport,
    check_case,
    format_must_failure,
    format_quote_failure,
    format_timex_failure,
    format_violations,
    load_cases,
    run_case,
)


def _ratio(hit: int, total: int) -> str:
    return f"{hit:>3}/{total:<3} {100 * hit / total:5.1f}%" if total else "   -/-         "


def _row(name: str, report_counts: tuple[int, int, int, int, int, int, int, int]) -> str:
    must_hit, must, violations, must_not, q_hit, q, t_hit, t = report_counts
    return (
        f"{name:<32} {_ratio(must_hit, must)}  {violations:>3}/{must_not:<3}"
        f"  {_ratio(q_hit, q)}  {_ratio(t_hit, t)}"
    )


def counts(report: CaseReport) -> tuple[int, int, int, int, int, int, int, int]:
    case = report.case
    violated = len({id(spec) for spec, _ in report.violations})
    return (
        len(report.must_hits),
        len(case.must),
        violated,
        len(case.must_not),
        len(case.quotes_must) - len(report.quote_misses),
        len(case.quotes_must),
        len(case.timexes_must) - len(report.timex_misses),
        len(case.timexes_must),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="case names (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print misses and finds")
    parser.add_argument("--config", type=Path, help="an eventwire settings file to use")
    args = parser.parse_args(argv)

    from eventwire.pipeline import Pipeline

    cases = [c for c in load_cases() if not args.names or c.name in args.names]
    if not cases:
        print(f"no golden cases named {args.names}", file=sys.stderr)
        return 2
    pipeline = Pipeline.from_settings(config=args.config)

    header = f"{'case':<32} {'must recall':<15}  {'must_not':>7}  {'quotes':<15}  {'timexes':<15}"
    print(header)
    print("-" * len(header))
    totals = [0] * 8
    n_events = 0
    for case in cases:
        report = check_case(case, run_case(pipeline, case))
        row = counts(report)
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        n_events += len(report.result.events)
        print(_row(case.name, row))
        if args.verbose:
            _print_details(report)
    print("-" * len(header))
    print(_row(f"TOTAL ({len(cases)} articles)", tuple(totals)))  # type: ignore[arg-type]
    print(
        f"\nmust recall {totals[0]}/{totals[1]}; must_not entries violated {totals[2]}/{totals[3]};"
        f" events extracted {n_events}"
    )
    return 0


def _print_details(report: CaseReport) -> None:
    blocks = []
    if report.must_missed:
        blocks.append(format_must_failure(report))
    if report.violations:
        blocks.append(format_violations(report))
    if report.quote_misses:
        blocks.append(format_quote_failure(report))
    if report.timex_misses:
        blocks.append(format_timex_failure(report))
    for block in blocks:
        print("    " + block.replace("\n", "\n    "))
    if blocks:
        print()


if __name__ == "__main__":
    sys.exit(main())
