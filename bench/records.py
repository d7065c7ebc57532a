"""The learner's records: certificate PDF generation (target: under 1 s each), signing a credential,
the transcript files, and My learning and a course page for a learner with 200 enrolments (a query
count that does not grow with the history)."""

import datetime
import statistics
import time
from decimal import Decimal

from django.test import Client

from bench.timing import measure

RENDERS = 30
REQUESTS = 50
HISTORY = 200


def _timed(name, function, repeat):
    function()  # warm: font parsed, templates loaded
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "name": name,
        "requests": repeat,
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "queries": "–",
    }


def _learner_with_history():
    from courses.models import CoursePage
    from learning.accounts.models import User
    from learning.enrolment.models import (
        Enrolment,
        EnrolmentStatus,
        HoursSource,
        HoursStatus,
        Session,
        TrainingHoursEntry,
    )

    user, _ = User.objects.get_or_create(email="bench.records@example.cn", defaults={"display_name": "欧阳明华"})
    courses = list(CoursePage.objects.live()[:20])
    sessions = Session.objects.bulk_create(
        [Session(course=courses[n % len(courses)], title=f"基准{n}期") for n in range(HISTORY)]
    )
    Enrolment.objects.bulk_create(
        [
            Enrolment(session=s, user=user, status=EnrolmentStatus.COMPLETED if n > 5 else EnrolmentStatus.ENROLLED)
            for n, s in enumerate(sessions)
        ]
    )
    TrainingHoursEntry.objects.bulk_create(
        [
            TrainingHoursEntry(
                user=user,
                year=2010 + n % 17,
                professional_hours=Decimal("2.0"),
                general_hours=Decimal("1.0"),
                source=HoursSource.EXTERNAL,
                status=HoursStatus.APPROVED,
                title=f"外部培训{n}",
                completed_on=datetime.date(2010 + n % 17, 5, 1),
            )
            for n in range(HISTORY)
        ]
    )
    return user, courses[0]


def run():
    from learning.accounts.models import User
    from learning.enrolment import certificates, credentials, transcripts
    from learning.enrolment.models import Certificate

    certificate = Certificate.objects.select_related("user").order_by("pk").first()
    learner = User.objects.get(email="learner@example.cn")
    rows = [
        _timed(
            "certificate PDF (render, embedded CJK font subset, QR)",
            lambda: certificates.render_pdf(certificate),
            RENDERS,
        ),
        _timed(
            "certificate credential (build + eddsa-jcs-2022 sign)",
            lambda: credentials.sign(credentials.credential_for(certificate)),
            RENDERS,
        ),
        _timed("transcript PDF", lambda: transcripts.render_pdf(learner, datetime.date.today().year - 1), RENDERS),
        _timed("transcript .xlsx", lambda: transcripts.render_xlsx(learner, datetime.date.today().year - 1), RENDERS),
    ]
    user, course = _learner_with_history()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    for name, path in [
        (f"/my/ ({HISTORY} enrolments, {HISTORY} ledger entries)", "/my/"),
        (f"course page with progress ({HISTORY} enrolments)", course.url),
        ("certificate verification page", f"/certificates/{certificate.number}/"),
    ]:
        if "verification" in name:
            client.logout()
            from django.conf import settings

            settings.CERTIFICATE_VERIFY_RATE = 10_000
        median, p95, queries = measure(client, path, REQUESTS)
        rows.append({"name": name, "requests": REQUESTS, "median_ms": median, "p95_ms": p95, "queries": queries})
    return rows
