"""The training-hours ledger: course credits once, external hours added by administrators or claimed
by learners (evidence checked, approved or rejected with a reason, audited), and each learner's
yearly standing including the two-thirds professional rule."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from learning.enrolment import hours
from learning.enrolment.models import HoursEventAction, HoursSource, HoursStatus, RecordsSettings, TrainingHoursEntry
from tests.factories import UserFactory

PDF = b"%PDF-1.4\n% evidence\n"
D = Decimal


def evidence(name="certificate.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True, is_staff=True)


def add(user, by, year, professional, general, **extra):
    return hours.add_external(
        user=user,
        by=by,
        title=extra.pop("title", "外部培训"),
        completed_on=datetime.date(year, 6, 1),
        professional_hours=D(professional),
        general_hours=D(general),
        **extra,
    )


def submit(user, professional="1", title="培训", **extra):
    return hours.submit_claim(
        user=user,
        title=title,
        completed_on=datetime.date(2026, 3, 1),
        professional_hours=D(professional),
        general_hours=D("0"),
        evidence=evidence(),
        **extra,
    )


def test_a_course_credits_its_hours_once_to_the_year_of_completion(learner, course):
    first = hours.credit_course(user=learner, course=course, completed_on=datetime.date(2025, 12, 31))
    again = hours.credit_course(user=learner, course=course, completed_on=datetime.date(2026, 1, 2))

    assert first.year == 2025 and first.source == HoursSource.COURSE
    assert (first.professional_hours, first.general_hours) == (D("6.0"), D("2.0"))
    assert again is None
    assert TrainingHoursEntry.objects.filter(user=learner).count() == 1
    assert first.events.get().action == HoursEventAction.CREATED


def test_ninety_hours_with_sixty_professional_meet_the_requirement(learner, admin):
    add(learner, admin, 2026, "60.0", "30.0")

    standing = hours.standing(learner, 2026)

    assert standing.total == D("90.0") and standing.meets


def test_ninety_hours_with_too_few_professional_hours_fail_the_two_thirds_rule(learner, admin):
    add(learner, admin, 2026, "59.5", "40.0")

    standing = hours.standing(learner, 2026)

    assert standing.meets_total and not standing.meets_professional and not standing.meets
    assert standing.professional_missing == D("0.5")


def test_hours_of_another_year_pending_or_rejected_claims_do_not_count(learner, admin):
    add(learner, admin, 2025, "90.0", "0")
    claim = submit(learner, "20", title="省局培训")

    standing = hours.standing(learner, 2026)

    assert standing.total == 0 and standing.pending == 1
    hours.decide(claim, by=admin, approve=False, reason="证明材料不清晰")
    assert hours.standing(learner, 2026).pending == 0


def test_the_requirement_comes_from_the_site_settings(learner, admin):
    from wagtail.models import Site

    records = RecordsSettings.for_site(Site.objects.get(is_default_site=True))
    records.required_hours = D("72.0")
    records.required_professional_hours = D("48.0")
    records.save()
    add(learner, admin, 2026, "48.0", "24.0")

    assert hours.standing(learner, 2026).meets


def test_a_learners_claim_counts_once_approved_and_the_trail_records_who_did_what(learner, admin):
    claim = submit(learner, "12.0", title="国家知识产权局线上培训", provider="国家知识产权局")
    assert claim.status == HoursStatus.PENDING

    hours.decide(claim, by=admin, approve=True)

    assert hours.standing(learner, 2026).professional == D("12.0")
    assert [(e.action, e.actor) for e in claim.events.all()] == [
        (HoursEventAction.CLAIMED, learner),
        (HoursEventAction.APPROVED, admin),
    ]
    with pytest.raises(hours.HoursError):
        hours.decide(claim, by=admin, approve=False, reason="again")


def test_rejecting_a_claim_needs_a_reason(learner, admin):
    claim = submit(learner)
    with pytest.raises(hours.HoursError):
        hours.decide(claim, by=admin, approve=False, reason=" ")
    claim.refresh_from_db()
    assert claim.status == HoursStatus.PENDING


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("a.exe", b"MZ..."), "PDF、JPEG 或 PNG"),
        (SimpleUploadedFile("a.pdf", b"<html>not a pdf"), "不是 PDF"),
        (SimpleUploadedFile("a.png", b"\x89PNG\r\n\x1a\n" + b"0" * (10 * 1024 * 1024)), "上限为 10 MB"),
    ],
)
def test_the_claim_form_refuses_bad_evidence_with_a_clear_message_and_saves_nothing(client, learner, upload, message):
    client.force_login(learner)
    response = client.post(
        "/my/hours/claim/",
        {
            "title": "培训",
            "provider": "某机构",
            "completed_on": "2026-03-01",
            "professional_hours": "3",
            "general_hours": "0",
            "evidence": upload,
        },
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not TrainingHoursEntry.objects.exists()


def test_a_learner_submits_a_claim_through_the_form(client, learner):
    client.force_login(learner)
    response = client.post(
        "/my/hours/claim/",
        {
            "title": "专利代理实务培训",
            "provider": "省知识产权局",
            "completed_on": "2026-03-01",
            "professional_hours": "8",
            "general_hours": "0",
            "evidence": evidence(),
        },
    )

    assert response.status_code == 302
    entry = TrainingHoursEntry.objects.get()
    assert entry.status == HoursStatus.PENDING and entry.created_by == learner
    assert "hours-evidence" in entry.evidence.name


def test_evidence_is_not_under_a_public_url_and_only_its_owner_and_administrators_download_it(
    client, learner, admin, settings
):
    entry = submit(learner)
    path = entry.evidence.path
    assert not path.startswith(str(settings.MEDIA_ROOT) + "/")
    url = f"/my/hours/{entry.pk}/evidence/"

    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(learner)
    assert b"".join(client.get(url).streaming_content) == PDF
    client.force_login(admin)
    assert client.get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 302
