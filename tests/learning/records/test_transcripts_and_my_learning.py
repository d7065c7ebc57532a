"""The yearly transcript as PDF and .xlsx, read back; My learning shows courses, sessions, hours and
certificates in a number of queries that does not grow with the learner's history."""

import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from learning.enrolment import hours
from learning.enrolment.models import (
    Certificate,
    Enrolment,
    EnrolmentStatus,
    HoursSource,
    HoursStatus,
    Session,
    TrainingHoursEntry,
)
from tests.factories import UserFactory

D = Decimal


@pytest.fixture
def ledger(learner):
    admin = UserFactory(is_superuser=True)
    hours.add_external(
        user=learner,
        by=admin,
        title="省局专利代理培训",
        provider="省知识产权局",
        completed_on=datetime.date(2025, 5, 10),
        professional_hours=D("40.0"),
        general_hours=D("20.0"),
    )
    hours.add_external(
        user=learner,
        by=admin,
        title="公需科目：数字经济",
        completed_on=datetime.date(2025, 9, 1),
        professional_hours=D("0"),
        general_hours=D("10.5"),
    )
    hours.add_external(
        user=learner,
        by=admin,
        title="另一年的培训",
        completed_on=datetime.date(2024, 9, 1),
        professional_hours=D("5"),
        general_hours=D("0"),
    )
    return learner


def pdf_text(content):
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return text.replace("\x00", "").replace(" ", "")


def test_the_transcript_pdf_lists_the_years_entries_and_totals(client, ledger):
    client.force_login(ledger)
    response = client.get("/my/transcript/2025.pdf")

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "张三伟" in text and "省局专利代理培训" in text and "公需科目：数字经济" in text
    assert "另一年的培训" not in text
    assert "70.5" in text and "40.0" in text


def test_the_transcript_xlsx_reads_back_with_the_same_figures(client, ledger):
    client.force_login(ledger)
    response = client.get("/my/transcript/2025.xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [row for row in sheet.iter_rows(values_only=True)]
    titles = [row[1] for row in rows]
    assert "省局专利代理培训" in titles and "另一年的培训" not in titles
    total = next(row for row in rows if row[0] in ("合计", "Total"))
    assert total[4:7] == (40.0, 30.5, 70.5)


def test_transcripts_are_only_the_signed_in_learners_own(client, ledger):
    other = UserFactory()
    client.force_login(other)

    assert "省局专利代理培训" not in pdf_text(client.get("/my/transcript/2025.pdf").content)
    client.logout()
    assert client.get("/my/transcript/2025.pdf").status_code == 302


def _history(user, course, count):
    """``count`` past sessions of ``course`` the learner completed, each with hours and a certificate."""
    sessions = Session.objects.bulk_create(
        [Session(course=course, title=f"第{n}期", starts_on=datetime.date(2020, 1, 1)) for n in range(count)]
    )
    Enrolment.objects.bulk_create(
        [Enrolment(session=s, user=user, status=EnrolmentStatus.COMPLETED) for s in sessions[:-3]]
        + [Enrolment(session=s, user=user, status=EnrolmentStatus.ENROLLED) for s in sessions[-3:]]
    )
    TrainingHoursEntry.objects.bulk_create(
        [
            TrainingHoursEntry(
                user=user,
                year=2000 + n % 27,
                professional_hours=D("1.0"),
                source=HoursSource.EXTERNAL,
                status=HoursStatus.APPROVED,
                title=f"培训{n}",
                completed_on=datetime.date(2000 + n % 27, 1, 1),
            )
            for n in range(count)
        ]
    )


def test_my_learning_runs_the_same_number_of_queries_with_200_enrolments(
    client, learner, make_course, django_assert_max_num_queries
):
    course = make_course("商标实务")
    client.force_login(learner)
    _history(learner, course, 2)
    with django_assert_max_num_queries(30) as few:
        client.get("/my/")
    _history(learner, make_course("专利导航"), 200)
    Certificate.objects.create(
        number="2026-0000-0000-0000-0000-0",
        user=learner,
        course=course,
        holder_name="张三伟",
        course_title="商标实务",
        course_code=course.code,
        hours=D("8.0"),
        issuer="平台",
        issued_on=datetime.date(2026, 1, 1),
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/my/")

    assert response.status_code == 200


def test_my_learning_shows_progress_hours_against_the_requirement_and_certificates(
    client, learner, course, complete_all
):
    client.force_login(learner)
    from learning.enrolment import progress

    progress.mark_complete(learner, course.lessons[0], course)
    page = client.get("/my/").content.decode()

    assert course.title in page and "33%" in page
    assert "90.0" in page and "60.0" in page  # the requirement and its professional part
    assert 'id="hours-chart"' in page and "echarts.min.js" in page
