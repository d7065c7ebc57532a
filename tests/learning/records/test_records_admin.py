"""The training-records screens of the Wagtail admin, driven through their real URLs by the
administrators who use them: hours added for training elsewhere (with an evidence file), hours
corrected, learners' claims approved or rejected, certificates revoked. Each test checks the ledger,
the audit trail (HoursEntryEvent), what the learner then sees, and that administrators outside the
learner's reach, other admin users and learners are turned away."""

import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from learning.enrolment import certificates, hours
from learning.enrolment.models import (
    Certificate,
    HoursEventAction,
    HoursSource,
    HoursStatus,
    TrainingHoursEntry,
)
from learning.talent.models import Person
from tests.factories import UserFactory
from tests.learning.talent.conftest import build_network, loaded_regions, region_file  # noqa: F401

D = Decimal
PDF = b"%PDF-1.4\n% training record\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
ADD_URL = "/admin/records/hours/add/"
INDEX_URL = "/admin/records/hours/"


def detail_url(entry):
    return f"/admin/records/hours/{entry.pk}/"


def correct_url(entry):
    return f"/admin/records/hours/{entry.pk}/correct/"


def revoke_url(certificate):
    return f"/admin/records/certificates/{certificate.pk}/revoke/"


@pytest.fixture
def network(loaded_regions):  # noqa: F811
    return build_network(loaded_regions)


@pytest.fixture
def learner(learner, network):
    """张三伟 works at the 玄武区 information node (江苏, under the 南京 protection centre)."""
    Person.objects.filter(pk=network.people["nj_node"].pk).update(user=learner)
    return learner


@pytest.fixture
def jiangsu(network):
    return network.users["jiangsu"]  # provincial administrator of 江苏: the learner is in reach


@pytest.fixture
def nanjing(network):
    return network.users["nanjing_centre"]  # institution administrator of the node's parent


@pytest.fixture
def zhejiang(network):
    return network.users["zhejiang"]  # provincial administrator of another province


@pytest.fixture
def course_editor(db):
    """Opens the Wagtail admin (课程编辑) but administers no learners."""
    user = UserFactory()
    user.groups.add(Group.objects.get(name="课程编辑"))
    return user


def form_data(**fields):
    data = {
        "learner": "zhang@example.cn",
        "title": "国家知识产权局专利检索线下研修班",
        "provider": "专利审查协作江苏中心",
        "completed_on": "2026-05-20",
        "professional_hours": "12.0",
        "general_hours": "0",
        "note": "省局来函补录",
    }
    data.update(fields)
    return data


def add_by_service(learner, by, **fields):
    values = {
        "title": "知识产权公共服务能力提升班",
        "provider": "省知识产权局",
        "completed_on": datetime.date(2026, 3, 12),
        "professional_hours": D("12.0"),
        "general_hours": D("2.0"),
        "evidence": SimpleUploadedFile("first.pdf", PDF),
    }
    values.update(fields)
    return hours.add_external(user=learner, by=by, **values)


def claim(learner, **fields):
    values = {
        "title": "地方知识产权保护中心业务培训",
        "provider": "南京市知识产权局",
        "completed_on": datetime.date(2026, 4, 2),
        "professional_hours": D("8.0"),
        "general_hours": D("0"),
        "evidence": SimpleUploadedFile("attendance.pdf", PDF),
    }
    values.update(fields)
    return hours.submit_claim(user=learner, **values)


def trail(entry):
    return [(event.action, event.actor) for event in entry.events.order_by("at", "pk")]


def my_learning(client, learner):
    client.force_login(learner)
    return client.get("/my/").content.decode()


# --- hours for training elsewhere ----------------------------------------------------------------


def test_a_provincial_administrator_adds_hours_with_an_evidence_file_and_the_learner_sees_them(
    client, learner, jiangsu
):
    client.force_login(jiangsu)
    assert client.get(ADD_URL).status_code == 200

    response = client.post(ADD_URL, form_data(evidence=SimpleUploadedFile("证明.pdf", PDF)))

    entry = TrainingHoursEntry.objects.get()
    assert response.status_code == 302 and response.url == detail_url(entry)
    assert (entry.user, entry.source, entry.status, entry.year) == (
        learner,
        HoursSource.EXTERNAL,
        HoursStatus.APPROVED,
        2026,
    )
    assert (entry.professional_hours, entry.general_hours, entry.created_by) == (D("12.0"), D("0.0"), jiangsu)
    assert entry.evidence.read() == PDF
    event = entry.events.get()
    assert (event.action, event.actor, event.note, event.professional_hours) == (
        HoursEventAction.CREATED,
        jiangsu,
        "省局来函补录",
        D("12.0"),
    )
    detail = client.get(detail_url(entry)).content.decode()
    evidence_url = f"/my/hours/{entry.pk}/evidence/"
    assert "国家知识产权局专利检索线下研修班" in detail and evidence_url in detail and "省局来函补录" in detail
    assert b"".join(client.get(evidence_url).streaming_content) == PDF

    assert hours.standing(learner, 2026).professional == D("12.0")
    assert "12.0 / 60.0" in my_learning(client, learner)
    rows = list(load_workbook(io.BytesIO(client.get("/my/transcript/2026.xlsx").content)).active.values)
    assert any(row[1] == "国家知识产权局专利检索线下研修班" for row in rows)


def test_an_institution_administrator_adds_hours_for_a_learner_of_a_child_institution(client, learner, nanjing):
    client.force_login(nanjing)
    response = client.post(ADD_URL, form_data(general_hours="3.5"))

    assert response.status_code == 302
    assert TrainingHoursEntry.objects.get().total_hours == D("15.5")


def test_the_add_form_refuses_a_learner_out_of_reach_bad_evidence_and_a_future_date(client, learner, jiangsu, zhejiang):
    client.force_login(zhejiang)
    out_of_reach = client.post(ADD_URL, form_data())
    assert out_of_reach.status_code == 200 and "learner" in out_of_reach.context["form"].errors

    client.force_login(jiangsu)
    not_a_pdf = client.post(ADD_URL, form_data(evidence=SimpleUploadedFile("scan.pdf", b"<html>")))
    assert not_a_pdf.status_code == 200 and "evidence" in not_a_pdf.context["form"].errors
    unknown = client.post(ADD_URL, form_data(learner="nobody@example.cn"))
    assert "learner" in unknown.context["form"].errors
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    future = client.post(ADD_URL, form_data(completed_on=tomorrow.isoformat()))
    assert future.status_code == 200 and future.context["form"].non_field_errors()
    nothing = client.post(ADD_URL, form_data(professional_hours="0", general_hours="0"))
    assert nothing.status_code == 200 and nothing.context["form"].non_field_errors()

    assert not TrainingHoursEntry.objects.exists()


def test_people_who_administer_no_learners_cannot_open_the_hours_screens(client, learner, course_editor, jiangsu):
    entry = claim(learner)
    for user in (course_editor, learner):
        client.force_login(user)
        for response in (
            client.get(INDEX_URL),
            client.post(ADD_URL, form_data()),
            client.post(detail_url(entry), {"decision": "approve"}),
        ):
            assert response.status_code == 302  # Wagtail's "permission denied" / sign in to the admin
            assert not response.url.startswith("/admin/records/")
    client.logout()
    assert client.get(INDEX_URL).status_code == 302

    entry.refresh_from_db()
    assert entry.status == HoursStatus.PENDING and TrainingHoursEntry.objects.count() == 1


# --- learners' claims ----------------------------------------------------------------------------


def test_an_administrator_approves_a_claim_through_the_admin_and_it_counts(client, learner, jiangsu):
    entry = claim(learner)
    client.force_login(jiangsu)

    pending = client.get(INDEX_URL).content.decode()
    assert "地方知识产权保护中心业务培训" in pending
    assert client.get(detail_url(entry)).status_code == 200
    response = client.post(detail_url(entry), {"decision": "approve", "reason": ""})

    assert response.status_code == 302 and response.url == INDEX_URL
    entry.refresh_from_db()
    assert (entry.status, entry.decided_by) == (HoursStatus.APPROVED, jiangsu)
    assert trail(entry) == [(HoursEventAction.CLAIMED, learner), (HoursEventAction.APPROVED, jiangsu)]
    assert "8.0 / 60.0" in my_learning(client, learner)

    client.force_login(jiangsu)
    again = client.post(detail_url(entry), {"decision": "reject", "reason": "重复提交"})
    error = str(again.context["form"].non_field_errors()[0])
    assert again.status_code == 200 and error in again.content.decode()  # shown, not swallowed
    entry.refresh_from_db()
    assert entry.status == HoursStatus.APPROVED and entry.events.count() == 2


def test_an_administrator_rejects_a_claim_with_a_reason_that_the_learner_reads(client, learner, nanjing):
    entry = claim(learner)
    client.force_login(nanjing)

    no_reason = client.post(detail_url(entry), {"decision": "reject", "reason": "  "})
    assert no_reason.status_code == 200 and no_reason.context["form"].non_field_errors()
    entry.refresh_from_db()
    assert entry.status == HoursStatus.PENDING and entry.events.count() == 1

    client.post(detail_url(entry), {"decision": "reject", "reason": "证明材料缺少主办单位盖章"})

    entry.refresh_from_db()
    assert (entry.status, entry.decision_reason) == (HoursStatus.REJECTED, "证明材料缺少主办单位盖章")
    assert trail(entry) == [(HoursEventAction.CLAIMED, learner), (HoursEventAction.REJECTED, nanjing)]
    assert entry.events.last().note == "证明材料缺少主办单位盖章"
    page = my_learning(client, learner)
    assert "证明材料缺少主办单位盖章" in page and "0.0 / 60.0" in page


def test_an_administrator_of_another_province_neither_sees_nor_decides_the_claim(client, learner, zhejiang):
    entry = claim(learner)
    client.force_login(zhejiang)

    assert "地方知识产权保护中心业务培训" not in client.get(INDEX_URL).content.decode()
    assert client.get(detail_url(entry)).status_code == 404
    assert client.post(detail_url(entry), {"decision": "approve"}).status_code == 404
    assert client.get(f"/my/hours/{entry.pk}/evidence/").status_code == 404

    entry.refresh_from_db()
    assert entry.status == HoursStatus.PENDING and entry.events.count() == 1


# --- corrections ---------------------------------------------------------------------------------


def test_an_administrator_corrects_added_hours_and_the_trail_keeps_before_and_after(client, learner, jiangsu, nanjing):
    entry = add_by_service(learner, jiangsu)
    first_evidence = entry.evidence.name
    client.force_login(nanjing)
    page = client.get(correct_url(entry))
    assert page.status_code == 200 and page.context["form"]["professional_hours"].value() == D("12.0")

    response = client.post(
        correct_url(entry),
        {
            "title": "知识产权公共服务能力提升班",
            "provider": "省知识产权局",
            "completed_on": "2025-12-20",
            "professional_hours": "10.0",
            "general_hours": "4.0",
            "evidence": SimpleUploadedFile("corrected.png", PNG),
            "note": "结业证书显示为2025年12月，专业学时10学时",
        },
    )

    assert response.status_code == 302 and response.url == detail_url(entry)
    entry.refresh_from_db()
    assert (entry.year, entry.professional_hours, entry.general_hours) == (2025, D("10.0"), D("4.0"))
    assert entry.evidence.read() == PNG and entry.evidence.name != first_evidence
    assert entry.evidence.storage.exists(first_evidence)  # the replaced file stays for the audit
    event = entry.events.last()
    assert (event.action, event.actor, event.professional_hours, event.general_hours) == (
        HoursEventAction.CHANGED,
        nanjing,
        D("10.0"),
        D("4.0"),
    )
    assert "12.0 → 10.0" in event.note and "2.0 → 4.0" in event.note and "2026 → 2025" in event.note
    assert first_evidence.rsplit("/", 1)[-1] in event.note and "corrected.png" in event.note
    assert "结业证书显示为2025年12月" in event.note
    assert hours.standing(learner, 2026).total == 0 and hours.standing(learner, 2025).total == D("14.0")
    assert "结业证书显示为2025年12月" in client.get(detail_url(entry)).content.decode()


def test_a_correction_needs_a_reason_and_a_change(client, learner, jiangsu):
    entry = add_by_service(learner, jiangsu)
    client.force_login(jiangsu)
    unchanged = {
        "title": entry.title,
        "provider": entry.provider,
        "completed_on": "2026-03-12",
        "professional_hours": "12.0",
        "general_hours": "2.0",
    }

    no_reason = client.post(correct_url(entry), {**unchanged, "professional_hours": "20"})
    assert no_reason.status_code == 200 and "note" in no_reason.context["form"].errors
    no_change = client.post(correct_url(entry), {**unchanged, "note": "核对"})
    assert no_change.status_code == 200 and no_change.context["form"].non_field_errors()

    entry.refresh_from_db()
    assert entry.professional_hours == D("12.0") and entry.events.count() == 1


def test_claims_course_credits_and_entries_out_of_reach_cannot_be_corrected(
    client, learner, jiangsu, zhejiang, course, complete_all
):
    learners_claim = claim(learner)
    hours.decide(learners_claim, by=jiangsu, approve=True)
    complete_all(learner, course)
    credit = TrainingHoursEntry.objects.get(source=HoursSource.COURSE)
    added = add_by_service(learner, jiangsu)
    client.force_login(jiangsu)

    for entry in (learners_claim, credit):
        assert client.get(correct_url(entry)).url == detail_url(entry)
        assert client.post(correct_url(entry), {"professional_hours": "99", "note": "x"}).url == detail_url(entry)
    with pytest.raises(hours.HoursError):
        hours.correct(
            credit,
            by=jiangsu,
            title="x",
            completed_on=datetime.date(2026, 1, 1),
            professional_hours=D("99"),
            general_hours=D("0"),
            note="x",
        )
    assert correct_url(added) in client.get(detail_url(added)).content.decode()
    assert correct_url(credit) not in client.get(detail_url(credit)).content.decode()

    client.force_login(zhejiang)
    assert client.get(correct_url(added)).status_code == 404
    assert client.post(correct_url(added), {"professional_hours": "99", "note": "x"}).status_code == 404
    assert set(TrainingHoursEntry.objects.values_list("professional_hours", flat=True)) == {
        D("8.0"),
        D("6.0"),
        D("12.0"),
    }


# --- certificates --------------------------------------------------------------------------------


def test_an_administrator_revokes_a_certificate_through_the_admin_and_its_hours_stop_counting(
    client, learner, jiangsu, course, complete_all
):
    complete_all(learner, course)
    certificate = Certificate.objects.get()
    assert hours.standing(learner, certificate.issued_on.year).total == D("8.0")
    client.force_login(jiangsu)
    assert certificate.number in client.get("/admin/records/certificates/").content.decode()
    assert client.get(revoke_url(certificate)).status_code == 200

    no_reason = client.post(revoke_url(certificate), {"reason": ""})
    assert no_reason.status_code == 200 and "reason" in no_reason.context["form"].errors
    response = client.post(revoke_url(certificate), {"reason": "考试作弊，内部调查编号 42"})

    assert response.status_code == 302 and response.url == "/admin/records/certificates/"
    certificate.refresh_from_db()
    assert certificate.revoked_by == jiangsu and certificate.revoked_reason == "考试作弊，内部调查编号 42"
    credit = TrainingHoursEntry.objects.get(source=HoursSource.COURSE)
    assert (credit.status, credit.decided_by) == (HoursStatus.REVOKED, jiangsu)
    assert trail(credit) == [(HoursEventAction.CREATED, None), (HoursEventAction.REVOKED, jiangsu)]
    assert "内部调查编号 42" in credit.events.last().note and certificate.number in credit.events.last().note
    assert hours.standing(learner, certificate.issued_on.year).total == 0

    page = my_learning(client, learner)
    assert "0.0 / 90.0" in page and "<s>8.0" in page
    assert (
        "内部调查" not in page and "内部调查" not in client.get(f"/certificates/{certificate.number}/").content.decode()
    )


def test_an_administrator_of_another_province_cannot_revoke_the_certificate(
    client, learner, zhejiang, course, complete_all
):
    complete_all(learner, course)
    certificate = Certificate.objects.get()
    client.force_login(zhejiang)

    assert certificate.number not in client.get("/admin/records/certificates/").content.decode()
    assert client.get(revoke_url(certificate)).status_code == 404
    assert client.post(revoke_url(certificate), {"reason": "越权"}).status_code == 404

    certificate.refresh_from_db()
    assert certificate.is_valid
    assert TrainingHoursEntry.objects.get().status == HoursStatus.APPROVED
    assert certificates.lookup(certificate.number).revoked_at is None
