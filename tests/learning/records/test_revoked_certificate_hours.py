"""Revoking a certificate revokes the hours its completion credited, in the same transaction: they
stop counting in the yearly standing, the talent network's compliance figures, the transcripts and
the My learning chart, and the audit trail says who revoked them and why."""

import importlib
import io

import pytest
from django.apps import apps
from openpyxl import load_workbook

from learning.enrolment import certificates, completion, hours, my_learning
from learning.enrolment.models import (
    Certificate,
    HoursEventAction,
    HoursSource,
    HoursStatus,
    TrainingHoursEntry,
)
from learning.talent.hours import with_training_hours
from learning.talent.models import Person
from tests.factories import UserFactory
from tests.learning.talent.conftest import build_network, loaded_regions, region_file  # noqa: F401

from .test_hours_ledger import D, add


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True)


@pytest.fixture
def completed(learner, course, complete_all, admin):
    """The learner completed the course (6 professional + 2 general hours) and has 30 more hours
    added by an administrator in the same year."""
    complete_all(learner, course)
    certificate = Certificate.objects.get(user=learner, course=course)
    add(learner, admin, certificate.issued_on.year, "20.0", "10.0", title="省局线下培训")
    return certificate


def test_revoking_takes_the_courses_hours_out_of_the_yearly_totals(completed, learner, admin):
    year = completed.issued_on.year
    before = hours.standing(learner, year)
    assert (before.professional, before.general) == (D("26.0"), D("12.0"))

    certificates.revoke(completed, by=admin, reason="学时认定有误")

    after = hours.standing(learner, year)
    assert (after.professional, after.general) == (D("20.0"), D("10.0"))
    credit = TrainingHoursEntry.objects.get(source=HoursSource.COURSE)
    assert credit.status == HoursStatus.REVOKED and credit.decided_by == admin
    event = credit.events.last()
    assert (event.action, event.actor) == (HoursEventAction.REVOKED, admin)
    assert "学时认定有误" in event.note and completed.number in event.note
    assert (event.professional_hours, event.general_hours) == (D("6.0"), D("2.0"))


def test_the_talent_networks_compliance_figures_drop_the_revoked_hours(
    completed,
    learner,
    admin,
    loaded_regions,  # noqa: F811
):
    network = build_network(loaded_regions)
    person = network.people["nj_node"]
    Person.objects.filter(pk=person.pk).update(user=learner)
    year = completed.issued_on.year

    def compliance():
        return with_training_hours(Person.objects.filter(pk=person.pk), year).get().training_hours

    assert compliance() == D("38.0")
    certificates.revoke(completed, by=admin, reason="撤销")
    assert compliance() == D("30.0")


def test_the_transcript_and_the_my_learning_chart_leave_the_revoked_hours_out(client, completed, learner, admin):
    year = completed.issued_on.year
    certificates.revoke(completed, by=admin, reason="撤销")
    client.force_login(learner)

    rows = list(load_workbook(io.BytesIO(client.get(f"/my/transcript/{year}.xlsx").content)).active.values)
    titles = [row[1] for row in rows]
    assert completed.course_title not in titles and "省局线下培训" in titles
    total = next(row for row in rows if row[0] in ("合计", "Total"))
    assert total[4:7] == (20.0, 10.0, 30.0)
    assert my_learning.overview(learner).history[-1] == (year, D("20.0"), D("10.0"))
    page = client.get("/my/").content.decode()
    assert f"<s>{completed.hours}" in page
    assert "30.0 / 90.0" in page, page[page.find("facts") : page.find("facts") + 600]


def test_the_certificate_stays_valid_when_its_hours_cannot_be_revoked(completed, admin, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(hours, "revoke_course_credit", broken)
    with pytest.raises(RuntimeError):
        certificates.revoke(completed, by=admin, reason="撤销")

    completed.refresh_from_db()
    assert completed.is_valid
    assert TrainingHoursEntry.objects.get(source=HoursSource.COURSE).status == HoursStatus.APPROVED


def test_completing_the_course_again_does_not_credit_the_revoked_hours_again(
    completed, learner, course, admin, complete_all
):
    certificates.revoke(completed, by=admin, reason="撤销")

    completion.record_completion(learner, course)
    complete_all(learner, course)

    assert not TrainingHoursEntry.objects.filter(source=HoursSource.COURSE, status=HoursStatus.APPROVED).exists()
    assert hours.standing(learner, completed.issued_on.year).total == D("30.0")


def test_the_migration_revokes_the_hours_of_certificates_revoked_before_it(completed, learner, admin):
    Certificate.objects.filter(pk=completed.pk).update(revoked_at=completed.created_at, revoked_by=admin)
    migration = importlib.import_module("learning.enrolment.migrations.0005_revoked_hours")

    migration.revoke_hours_of_revoked_certificates(apps, None)
    migration.revoke_hours_of_revoked_certificates(apps, None)  # run twice: nothing more

    credit = TrainingHoursEntry.objects.get(source=HoursSource.COURSE)
    assert credit.status == HoursStatus.REVOKED and credit.decided_by == admin
    assert [e.action for e in credit.events.all()] == [HoursEventAction.CREATED, HoursEventAction.REVOKED]
    assert hours.standing(learner, completed.issued_on.year).total == D("30.0")
