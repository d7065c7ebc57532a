"""Directory filters and counts, the .xlsx export (formula injection neutralised, ID numbers masked),
the compliance figures and the monthly reminders, invitations and account linking, and the public
lecturer profile."""

import io

import pytest
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from learning.talent import compliance, directory, services
from learning.talent.models import AuditAction, AuditEntry, Qualification, QualificationKind
from learning.talent.spreadsheets import neutralise
from tests.factories import UserFactory

from .factories import SpecialisationFactory

pytestmark = pytest.mark.django_db


def _export(client, query=""):
    response = client.get(reverse("talent_admin:directory_export") + query)
    assert response.status_code == 200
    return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))


def test_a_cell_starting_with_equals_is_exported_as_text(client, network):
    person = network.people["wx_tisc"]
    person.name = '=HYPERLINK("http://evil.example","点我")'
    person.position = "+86 主任"
    person.save()
    services.set_national_id(person=person, value="11010519491231002X")
    client.force_login(network.users["national"])
    rows = _export(client)
    row = next(r for r in rows if "HYPERLINK" in str(r[0]))
    assert row[0].startswith("'=") and row[6] == "'+86 主任"
    assert row[9] == "110***********002X"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)" and neutralise("普通") == "普通" and neutralise(3) == 3


def test_filters_narrow_the_directory_and_the_counts_follow(client, network):
    spec = SpecialisationFactory(name="专利导航")
    network.people["nj_centre"].specialisations.add(spec)
    Qualification.objects.create(person=network.people["nj_node"], kind=QualificationKind.TITLE, title_level="senior")
    user = network.users["national"]
    assert directory.counts(directory.search(user, {}))["total"] == 6
    assert directory.counts(directory.search(user, {"specialisation": spec}))["total"] == 1
    assert list(directory.search(user, {"title": "senior"})) == [network.people["nj_node"]]
    assert directory.counts(directory.search(user, {"pool": "lecturer"}))["total"] == 2
    assert directory.counts(directory.search(user, {"institution_type": "tisc"}))["total"] == 2
    assert directory.counts(directory.search(user, {"province": network.regions["330000"]}))["total"] == 2
    assert directory.counts(directory.search(user, {"region": "320100"}))["total"] == 2
    assert directory.counts(directory.search(user, {"hours_below": 1}))["total"] == 6
    assert directory.counts(directory.search(user, {"hours_at_least": 1}))["total"] == 0
    client.force_login(user)
    page = client.get(reverse("talent_admin:directory") + "?pool=lecturer").content.decode()
    assert "2 people" in page or "2 人" in page or ">2" in page
    assert [r[0] for r in _export(client, "?pool=lecturer")[1:]] == sorted(
        [network.people["nj_centre"].name, network.people["hz_tisc"].name]
    )


def test_the_directory_needs_a_fixed_number_of_queries(client, network, django_assert_max_num_queries):
    client.force_login(network.users["national"])
    client.get(reverse("talent_admin:directory"))
    with django_assert_max_num_queries(30) as first:
        client.get(reverse("talent_admin:directory") + "?pool=lecturer")
    from .factories import PersonFactory

    for i in range(20):
        PersonFactory(institution=network.institutions["wx_tisc"], name=f"加{i}", is_lecturer=True)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(reverse("talent_admin:directory") + "?pool=lecturer")


def test_compliance_lists_everyone_below_the_requirement_per_institution(client, network):
    rows = list(compliance.by_institution(network.users["jiangsu"], year=2026))
    assert {r["institution__name"] for r in rows} == {
        i.name for k, i in network.institutions.items() if k in network.visible["jiangsu"]
    }
    assert all(r["below"] == r["total"] == 1 for r in rows)
    client.force_login(network.users["zhejiang"])
    page = client.get(reverse("talent_admin:compliance")).content.decode()
    assert "杭州己" in page and "南京乙" not in page


def test_monthly_reminders_go_once_to_people_and_a_summary_to_each_administrator(network):
    sent = compliance.send_reminders(period="2026-11")
    assert sent == (6, 4)
    recipients = {m.to[0] for m in mail.outbox}
    assert network.people["hz_tisc"].email in recipients
    assert "jiangsu@example.cn" in recipients and "learner@example.cn" not in recipients
    summary = next(m for m in mail.outbox if m.to == ["zhejiang@example.cn"])
    assert "杭州技术与创新支持中心" in summary.body and "无锡" not in summary.body
    assert compliance.send_reminders(period="2026-11") == (0, 0)
    from learning.talent.tasks import send_compliance_reminders

    assert send_compliance_reminders.delay("2026-12").get() == (6, 4)


def test_an_invitation_is_sent_once_and_the_verified_user_is_linked(client, network, rf):
    person = network.people["nj_node"]
    client.force_login(network.users["nanjing_centre"])
    response = client.post(reverse("talent_admin:invite", args=[person.pk]))
    assert response.status_code == 302
    # The task is queued on commit; run it as the worker would.
    services.send_invitation(person_id=person.pk, invited_by_id=network.users["nanjing_centre"].pk)
    assert services.send_invitation(person_id=person.pk) is False
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert "/accounts/signup/" in mail.outbox[0].body
    user = UserFactory(email=person.email.upper(), verified=False)
    address = EmailAddress.objects.get(user=user)
    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=rf.get("/"), email_address=address)
    person.refresh_from_db()
    assert person.user == user
    assert AuditEntry.objects.filter(object_id=person.pk, action=AuditAction.LINK).exists()
    assert AuditEntry.objects.filter(object_id=person.pk, action=AuditAction.INVITE).exists()


def test_an_unverified_or_different_address_links_nobody(network):
    user = UserFactory(email="someone@example.cn")
    assert services.link_person_to_user(user=user, email=network.people["nj_node"].email) is None
    network.people["nj_node"].refresh_from_db()
    assert network.people["nj_node"].user is None


def test_only_opted_in_lecturers_have_a_public_profile(client, network):
    lecturer = network.people["nj_centre"]
    url = reverse("talent:lecturer_profile", args=[lecturer.pk])
    assert client.get(url).status_code == 404
    lecturer.public_profile = True
    lecturer.save()
    services.set_national_id(person=lecturer, value="11010519491231002X")
    page = client.get(url).content.decode()
    assert lecturer.name in page and lecturer.institution.name in page
    assert lecturer.email not in page and "002X" not in page
    network.people["wx_tisc"].public_profile = True
    network.people["wx_tisc"].save()
    assert client.get(reverse("talent:lecturer_profile", args=[network.people["wx_tisc"].pk])).status_code == 404


def test_hours_filters_count_approved_hours_of_this_year_and_people_without_an_account(network):
    import datetime
    from decimal import Decimal

    from learning.enrolment.models import HoursSource, HoursStatus, TrainingHoursEntry

    year = datetime.date.today().year

    def credit(person, hours, *, year=year, status=HoursStatus.APPROVED):
        if person.user is None:
            person.user = UserFactory(email=f"hours-{person.pk}@example.cn")
            person.save()
        TrainingHoursEntry.objects.create(
            user=person.user, year=year, professional_hours=Decimal(hours), general_hours=Decimal("0.0"),
            source=HoursSource.EXTERNAL, status=status, title="培训", completed_on=datetime.date(year, 1, 1),
        )  # fmt: skip

    enough, short, pending, last_year = (network.people[key] for key in ("nj_centre", "nj_node", "wx_tisc", "hz_tisc"))
    credit(enough, "60")
    credit(enough, "40")  # 100 hours in two entries
    credit(short, "30")
    credit(pending, "95", status=HoursStatus.PENDING)  # a claim not yet approved counts nothing
    credit(last_year, "95", year=year - 1)
    user = network.users["national"]
    below = directory.search(user, {"hours_below": 90})
    assert enough not in below and {short, pending, last_year} <= set(below)
    assert directory.counts(below)["total"] == 5  # everyone else, accounts or not
    assert list(directory.search(user, {"hours_at_least": 90})) == [enough]
    assert [p.training_hours for p in directory.search(user, {"hours_at_least": 90})] == [Decimal("100.0")]
    assert set(compliance.below_requirement(user, year=year)) == set(below)
