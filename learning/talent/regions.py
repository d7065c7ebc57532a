"""Loading China's administrative divisions (GB/T 2260) from a CSV file of ``code,name`` rows.

The shipped file is ``data/gbt2260-2019-04.csv`` (its header comment names the source and date).
``manage.py load_regions path/to/newer.csv`` refreshes the table from a newer file: new codes are
added, renamed ones updated, and codes the new file no longer lists are kept (institutions may still
point at them) but marked not current."""

import csv
import re
from pathlib import Path

from django.db import transaction
from django.db.models import F

from .models import Region, RegionLevel

DATA_FILE = Path(__file__).resolve().parent / "data" / "gbt2260-2019-04.csv"
_CODE = re.compile(r"^\d{6}$")


class RegionFileError(ValueError):
    pass


def read_file(path):
    """The ``{code: name}`` rows of a division file; lines starting with # are comments."""
    rows = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.lstrip().startswith("#"))
        for number, row in enumerate(csv.reader(lines), start=1):
            if not row or row[0].strip().lower() == "code":
                continue
            if len(row) < 2:
                raise RegionFileError(f"line {number}: expected code,name, got {row!r}")
            code, name = row[0].strip(), row[1].strip()
            if not _CODE.match(code) or not name:
                raise RegionFileError(f"line {number}: {code!r} is not a six-digit code with a name")
            rows[code] = name
    if not rows:
        raise RegionFileError(f"{path}: no regions found")
    return rows


def _parent_code(code, codes):
    if code.endswith("0000"):
        return None
    prefecture = code[:4] + "00"
    if not code.endswith("00") and prefecture in codes:
        return prefecture
    return code[:2] + "0000"


@transaction.atomic
def load(path=DATA_FILE):
    """Create or update regions from a file. Returns (created, updated, retired) counts."""
    rows = read_file(path)
    existing = {r.code: r for r in Region.objects.all()}
    created = updated = 0
    # Provinces first, then prefectures, then counties, so parents exist.
    for level in (RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY):
        codes = sorted(c for c in rows if Region.level_for_code(c) == level)
        new = []
        for code in codes:
            parent_code = _parent_code(code, rows)
            parent = existing.get(parent_code) if parent_code else None
            if parent_code and parent is None:
                raise RegionFileError(f"{code}: its parent {parent_code} is not in the file")
            province = existing.get(code[:2] + "0000")
            region = existing.get(code)
            if region is None:
                new.append(
                    Region(
                        code=code,
                        name=rows[code],
                        level=level,
                        parent=parent,
                        province=province if level != RegionLevel.PROVINCE else None,
                    )
                )
            elif (region.name, region.parent_id, region.is_current) != (rows[code], getattr(parent, "pk", None), True):
                region.name, region.parent, region.is_current = rows[code], parent, True
                region.save(update_fields=["name", "parent", "is_current"])
                updated += 1
        for region in Region.objects.bulk_create(new, batch_size=1000):
            existing[region.code] = region
        created += len(new)
        if level == RegionLevel.PROVINCE:
            Region.objects.filter(level=RegionLevel.PROVINCE, province__isnull=True).update(province_id=F("id"))
            for region in Region.objects.filter(level=RegionLevel.PROVINCE):
                existing[region.code] = region
    retired = Region.objects.exclude(code__in=rows).filter(is_current=True).update(is_current=False)
    return created, updated, retired


def ensure_loaded():
    """Load the shipped file when the table is empty (demo, tests)."""
    if not Region.objects.exists():
        load()


def by_code(code):
    return Region.objects.filter(code=code).select_related("parent", "province").first()
