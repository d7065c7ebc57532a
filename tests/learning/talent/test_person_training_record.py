"""A person's profile in the talent admin shows their training record: hours per year against the
requirement, course certificates, submitted mock exams (paper, date, score, pass or fail) and papers
passed in the exam with the years they count for; in the viewer's scope and a fixed number of queries."""

import datetime
import re
from decimal import Decimal as D

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.enrolment.models import Certificate, HoursSource, HoursStatus, TrainingHoursEntry
from learning.exams.models import Attempt, AttemptMode, AttemptStatus, Exam, Paper, PaperPass
from learning.talent import records
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
YEAR = TODAY.year


def _hours(user, year, professional, general=D("0.0"), status=HoursStatus.APPROVED, title="培训"):
    return TrainingHoursEntry.objects.create(
        user=user,
        year=year,
        professional_hours=professional,
        general_hours=general,
        source=HoursSource.EXTERNAL,
        status=status,
        title=title,
        completed_on=datetime.date(year, 3, 1),
    )


def _certificate(user, course, number, **fields):
    return Certificate.objects.create(
        number=number,
        user=user,
        course=course,
        holder_name="南京乙",
        course_title=course.title,
        course_code=course.code,
        hours=D("8.0"),
        issuer="平台",
        issued_on=datetime.date(YEAR, 2, 1),
        **fields,
    )


def _mock(user, paper, *, score, passed, status=AttemptStatus.GRADED, minutes_ago=60, mode=AttemptMode.MOCK):
    submitted = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    return Attempt.objects.create(
        user=user,
        mode=mode,
        paper=paper,
        title=f"{paper.name} 模拟考试",
        started_at=submitted - datetime.timedelta(minutes=90),
        submitted_at=None if status == AttemptStatus.IN_PROGRESS else submitted,
        status=status,
        score=score,
        max_score=D("100.0"),
        pass_score=D("60.0"),
        passed=passed,
    )


@pytest.fixture
def paper():
    return Paper.objects.for_exams().first()


@pytest.fixture
def person(network):
    """南京乙 (中国（南京）知识产权保护中心, in 江苏) with an account and a full record."""
    person = network.people["nj_centre"]
    person.user = UserFactory(email="nanjing.yi@example.cn")
    person.save()
    return person


@pytest.fixture
def record(person, paper):
    user = person.user
    _hours(user, YEAR, D("40.0"), D("12.5"), title="专利检索实务")
    _hours(user, YEAR, D("6.0"), status=HoursStatus.PENDING, title="待审核的外部培训")
    _hours(user, YEAR, D("99.0"), status=HoursStatus.REJECTED, title="被驳回的申报")
    _hours(user, YEAR - 1, D("70.0"), D("30.0"), title="去年的培训")
    valid = _certificate(user, factories.course("专利行政裁决实务", "CJ-101"), "2026-AAAA-BBBB-CCCC-DDDD-1")
    revoked = _certificate(
        user,
        factories.course("商标注册基础", "SB-101"),
        "2026-EEEE-FFFF-GGGG-HHHH-2",
        revoked_at=timezone.now(),
        revoked_reason="重复发放",
    )
    attempts = {
        "passed": _mock(user, paper, score=D("72.0"), passed=True, minutes_ago=30),
        "failed": _mock(user, paper, score=D("41.5"), passed=False, minutes_ago=600),
        "marking": _mock(user, paper, score=D("50.0"), passed=None, status=AttemptStatus.AWAITING_MARKING),
        "open": _mock(user, paper, score=None, passed=None, status=AttemptStatus.IN_PROGRESS),
        "practice": _mock(user, paper, score=D("99.0"), passed=True, mode=AttemptMode.PRACTICE),
        "someone_else": _mock(UserFactory(), paper, score=D("88.0"), passed=True),
    }
    exam = Exam.objects.get(code="ip-intermediate")
    papers = list(exam.papers.all()[:2])
    passes = [
        PaperPass.objects.create(user=user, exam=exam, paper=papers[0], year=YEAR),
        PaperPass.objects.create(user=user, exam=exam, paper=papers[1], year=YEAR - exam.validity_years),
    ]
    return {"certificates": (valid, revoked), "attempts": attempts, "exam": exam, "passes": passes}


def _page(client, user, person):
    client.force_login(user)
    return client.get(reverse("talent_people:inspect", args=[person.pk]))


def _table(body, table_id):
    match = re.search(rf'<table[^>]*id="{table_id}".*?</table>', body, re.S)
    assert match, table_id
    return match.group(0)


def _rows(table):
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in re.findall(r"<tr>.*?</tr>", table, re.S)
    ]


def test_the_profile_shows_hours_per_year_against_the_requirement(client, network, person, record):
    body = _page(client, network.users["jiangsu"], person).content.decode()
    rows = _rows(_table(body, "person-hours"))[1:]
    assert rows[0].startswith(f"{YEAR} 40.0 12.5 52.5") and rows[0].endswith(" 1")  # one claim pending
    assert "37.5" in rows[0]  # 90 required - 52.5 approved (the rejected 99 and the pending 6 do not count)
    assert rows[1].startswith(f"{YEAR - 1} 70.0 30.0 100.0")
    assert len(rows) == 2


def test_the_profile_lists_course_certificates_valid_and_revoked(client, network, person, record):
    body = _page(client, network.users["jiangsu"], person).content.decode()
    rows = _rows(_table(body, "person-certificates"))[1:]
    assert len(rows) == 2
    by_number = {row.split(" ")[0]: row for row in rows}
    valid, revoked = record["certificates"]
    assert "CJ-101 专利行政裁决实务" in by_number[valid.number] and "8.0" in by_number[valid.number]
    assert reverse("records:verify", args=[valid.number]) in body
    assert by_number[valid.number] != by_number[revoked.number]
    assert "SB-101" in by_number[revoked.number]
    assert any(word in by_number[revoked.number] for word in ("revoked", "撤销"))


def test_the_profile_shows_submitted_mock_exams_with_paper_date_score_and_result(
    client, network, person, record, paper
):
    body = _page(client, network.users["jiangsu"], person).content.decode()
    rows = _rows(_table(body, "person-attempts"))[1:]
    assert len(rows) == 3  # not the open attempt, the practice or another learner's mock exam
    passed, failed, marking = (record["attempts"][k] for k in ("passed", "failed", "marking"))
    marking_row = next(row for row in rows if "50.0 / 100.0" in row)
    assert rows[0].startswith(paper.name) and "72.0 / 100.0" in rows[0]
    assert timezone.localtime(passed.submitted_at).strftime("%Y-%m-%d %H:%M") in rows[0]
    assert rows[0].endswith(("passed", "合格")) and not rows[0].endswith(("not passed", "不合格"))
    failed_row = next(row for row in rows if "41.5 / 100.0" in row)
    assert failed_row.endswith(("not passed", "不合格"))
    assert marking_row.endswith(("awaiting marking", "待阅卷"))
    assert "99.0" not in " ".join(rows) and "88.0" not in " ".join(rows)


def test_the_profile_shows_passed_papers_and_the_years_they_count_for(client, network, person, record):
    body = _page(client, network.users["jiangsu"], person).content.decode()
    rows = _rows(_table(body, "person-passes"))[1:]
    exam = record["exam"]
    current, old = record["passes"]
    assert len(rows) == 2
    assert current.paper.name in rows[0]
    assert f"{YEAR}–{YEAR + exam.validity_years - 1}" in rows[0]
    assert f"{old.year}–{old.year + exam.validity_years - 1}" in rows[1]
    assert any(word in rows[0] for word in ("valid", "有效"))
    assert any(word in rows[1] for word in ("expired", "过期", "失效"))


def test_a_person_without_an_account_has_no_record_and_says_why(client, network):
    body = _page(client, network.users["jiangsu"], network.people["wx_tisc"]).content.decode()
    assert 'id="person-hours"' not in body and 'id="person-attempts"' not in body
    assert "account" in body or "账号" in body


def test_a_viewer_outside_the_scope_sees_no_record_even_through_the_selector(client, network, person, record):
    assert _page(client, network.users["zhejiang"], person).status_code == 404
    outside = records.for_person(person, viewer=network.users["zhejiang"])
    assert outside.has_account
    assert (outside.certificates, outside.attempts, outside.passes) == ([], [], [])
    assert all(year.total == 0 and year.pending == 0 for year in outside.years)
    inside = records.for_person(person, viewer=network.users["nanjing_centre"])
    assert len(inside.certificates) == 2 and len(inside.attempts) == 3 and len(inside.passes) == 2


def test_the_profile_runs_the_same_queries_however_long_the_record(
    client, network, person, record, paper, django_assert_max_num_queries
):
    admin = network.users["jiangsu"]
    _page(client, admin, person)
    with django_assert_max_num_queries(60) as short:
        _page(client, admin, person)
    user = person.user
    for n in range(30):
        _mock(user, paper, score=D("65.0"), passed=True, minutes_ago=1000 + n)
        _hours(user, YEAR - 2 - (n % 3), D("10.0"), title=f"培训{n}")
    for n in range(5):
        _certificate(user, factories.course(f"课程{n}", f"QC-{n:03d}"), f"2026-QQQQ-{n:04d}-0000-0000-{n}")
    with django_assert_max_num_queries(len(short.captured_queries)):
        response = _page(client, admin, person)
    body = response.content.decode()
    assert len(_rows(_table(body, "person-attempts"))) == 1 + 33
    assert len(_rows(_table(body, "person-certificates"))) == 1 + 7
