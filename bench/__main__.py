"""`make bench`: run every benchmark against a fresh demo database and print their figures.

Each benchmark module exposes run() -> list of result dicts; the figures are printed as a Markdown
table and written to bench/results/latest.md (copy them into docs/benchmarks.md with the date and
machine when they change)."""

import importlib
import io
import os
import platform
import sys
import tempfile
from datetime import datetime
from pathlib import Path

BENCHMARKS = ["bench.pages", "bench.catalog", "bench.exams", "bench.talent", "bench.records"]
ROOT = Path(__file__).resolve().parent.parent


def main():
    workdir = Path(tempfile.mkdtemp(prefix="ipta-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    os.environ["DEBUG"] = "0"
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=io.StringIO())

    rows = []
    for name in sys.argv[1:] or BENCHMARKS:  # `python -m bench catalog` (or bench.catalog) runs one
        rows.extend(importlib.import_module(name if "." in name else f"bench.{name}").run())

    header = f"Run {datetime.now():%Y-%m-%d %H:%M} on {platform.node()} ({platform.machine()}, Python {platform.python_version()}, database {os.environ['DATABASE_URL'].split(':', 1)[0]})"
    lines = [header, "", "| benchmark | requests | median ms | p95 ms | queries per request |", "|---|---|---|---|---|"]
    for row in rows:
        lines.append(
            f"| {row['name']} | {row['requests']} | {row['median_ms']:.1f} | {row['p95_ms']:.1f} | {row['queries']} |"
        )
    report = "\n".join(lines) + "\n"
    print(report)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
