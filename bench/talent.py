"""The talent network at scale: import 100,000 personnel rows from .xlsx, then time the directory's
filters over them (server time through Django's test client) and count their queries.

Targets (issue 7): the import under 60 s on PostgreSQL and 120 s on SQLite; a directory filter under
150 ms at the 95th percentile with 100,000 people, with a query count that does not grow with the data.
TALENT_BENCH_ROWS changes the number of rows (default 100,000)."""

import io
import os
import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook

ROWS = int(os.environ.get("TALENT_BENCH_ROWS", "100000"))
REQUESTS = 100
FILTERS = [
    ("no filter", ""),
    ("province", "?province={province}"),
    ("institution type + lecturer pool", "?institution_type=tisc&pool=lecturer"),
    ("specialisation", "?specialisation={specialisation}"),
    ("title", "?title=senior"),
    ("hours below 90", "?hours_below=90"),
    ("name search", "?q=王"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞"
TITLES = ["", "", "助理知识产权师", "知识产权师", "高级知识产权师"]
SPECS = ["专利检索", "专利分析、专利导航", "商标", "版权、数据运营", "海外维权"]


def workbook(institution_names, rows, prefix="bench"):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("人员")
    sheet.append(["姓名", "性别", "手机", "邮箱", "所在机构", "部门", "职务", "入职日期", "专长", "师资", "职称"])
    for i in range(rows):
        sheet.append(
            [
                SURNAMES[i % 20] + GIVEN[(i // 20) % 20] + GIVEN[(i // 400) % 20],
                "男" if i % 2 else "女",
                f"139{i:08d}",
                f"{prefix}{i}@example.cn",
                institution_names[i % len(institution_names)],
                "信息服务部",
                "专员",
                44000 + i % 3000,  # Excel serial dates
                SPECS[i % len(SPECS)],
                "是" if i % 7 == 0 else "否",
                TITLES[i % len(TITLES)],
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def run():
    from learning.accounts.models import User
    from learning.talent import importers
    from learning.talent.models import Institution, Person

    admin = User.objects.filter(is_superuser=True).first()
    names = list(Institution.objects.values_list("name", flat=True))
    started = time.perf_counter()
    data = workbook(names, ROWS)
    built = time.perf_counter() - started

    started = time.perf_counter()
    result = importers.import_bytes(data, user=admin)
    import_seconds = time.perf_counter() - started
    assert not result.errors, result.errors[:3]
    assert Person.objects.count() >= ROWS

    started = time.perf_counter()
    again = importers.import_bytes(data, user=admin)
    reimport_seconds = time.perf_counter() - started
    assert again.created == 0 and again.updated == 0

    results = [
        {
            "name": f"import {ROWS:,} personnel rows (.xlsx, {len(data) // 1024} KiB; building it took {built:.1f} s)",
            "requests": 1,
            "median_ms": import_seconds * 1000,
            "p95_ms": import_seconds * 1000,
            "queries": "-",
        },
        {
            "name": f"re-import the same {ROWS:,} rows (nothing changes)",
            "requests": 1,
            "median_ms": reimport_seconds * 1000,
            "p95_ms": reimport_seconds * 1000,
            "queries": "-",
        },
    ]

    return results + directory_timings(admin)


def directory_timings(admin):
    from learning.talent.models import Person, Region, Specialisation

    results = []
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin)
    values = {
        "province": Region.objects.get(code="320000").pk,
        "specialisation": Specialisation.objects.get(name="专利分析").pk,
    }
    for label, template in FILTERS:
        url = "/admin/talent/directory/" + template.format(**values)
        client.get(url)
        timings = []
        for _ in range(REQUESTS):
            t = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings.sort()
        results.append(
            {
                "name": f"directory with {Person.objects.count():,} people: {label}",
                "requests": REQUESTS,
                "median_ms": statistics.median(timings),
                "p95_ms": timings[int(len(timings) * 0.95) - 1],
                "queries": len(queries),
            }
        )
    return results
