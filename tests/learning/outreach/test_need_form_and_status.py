"""The public form (no account), its spam limits and attachment checks, the confirmation link and
the status page, through the web."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from learning.outreach import services
from learning.outreach.models import Need, NeedAttachment, NeedEventKind

from .conftest import solved_challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def form_data(network, **overrides):
    data = {
        "category": "patent",
        "province": network.regions["320000"].pk,
        "prefecture": "320100",
        "title": "外观设计是否已被申请",
        "description": "我们设计了一款新水杯，想知道外观设计是否已有人申请专利。",
        "submitter_name": "李四",
        "organisation": "南京某科技有限公司",
        "email": "Li.Si@Example.cn",
        "phone": "",
        "consent": "on",
        "website": "",
        "answer": "7",
        "challenge": solved_challenge(7),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def post(client, data, ip="10.0.0.1", **extra):
    return client.post(reverse("needs:new"), data, REMOTE_ADDR=ip, HTTP_ACCEPT_LANGUAGE="en", **extra)


def test_the_form_opens_without_an_account_and_works_without_javascript(client, network):
    response = client.get(reverse("needs:new"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert '<optgroup label="江苏省">' in html and 'value="320100"' in html  # every city, by province
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_a_valid_question_is_stored_routed_and_acknowledged_by_email(
    client, network, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_data(network, files=[SimpleUploadedFile("申请书.pdf", PDF)]))
    assert response.status_code == 302
    need = Need.objects.get()
    assert need.region.code == "320100" and need.institution == network.institutions["nj_centre"]
    assert need.submitter_email == "li.si@example.cn" and not need.email_verified and need.consent_to_contact
    assert need.sla_due_at > need.submitted_at
    assert [e.kind for e in need.events.all()] == [NeedEventKind.RECEIVED, NeedEventKind.ROUTED]
    attachment = NeedAttachment.objects.get(need=need)
    assert (attachment.original_name, attachment.content_type) == ("申请书.pdf", "application/pdf")
    assert "申请书" not in attachment.file.name  # stored under a random name
    page = client.get(response.url)
    assert need.reference in page.content.decode()
    assert len(mail.outbox) == 1 and need.reference in mail.outbox[0].subject
    link = next(line for line in mail.outbox[0].body.splitlines() if "/needs/confirm/" in line)
    assert client.post(link.replace("http://127.0.0.1:8000", "")).status_code == 302
    need.refresh_from_db()
    assert need.email_verified


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "", "phone": ""}, "email", "Give an email address or a phone number"),
        ({"consent": None}, "consent", "agree to be contacted"),
        ({"prefecture": "330100"}, "prefecture", "not in 江苏省"),
        ({"answer": "8"}, "answer", "not the right answer"),
        ({"phone": "call me"}, "phone", "phone number of digits"),
    ],
)
def test_invalid_entries_get_a_specific_message_and_keep_what_was_typed(client, network, overrides, field, message):
    response = post(client, form_data(network, **overrides))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert "我们设计了一款新水杯" in response.content.decode()
    assert not Need.objects.exists()


def test_the_honeypot_and_a_form_filled_too_fast_are_refused(client, network):
    response = post(client, form_data(network, website="http://spam.example"))
    assert response.status_code == 400 and "looks automated" in response.content.decode()
    response = post(client, form_data(network, challenge=solved_challenge(7, age=1)))
    assert response.status_code == 400 and "very quick" in response.content.decode()
    assert not Need.objects.exists()


def test_a_replayed_form_is_refused(client, network):
    data = form_data(network)
    assert post(client, data).status_code == 302
    response = post(client, data)
    assert "already sent" in response.content.decode()
    assert Need.objects.count() == 1


@override_settings(NEEDS_RATE_LIMITS={"submit_ip": (2, 3600), "submit_address": (1, 3600), "status_ip": (2, 3600)})
def test_rate_limits_per_network_and_per_address(client, network):
    assert post(client, form_data(network, email="a@example.cn")).status_code == 302
    response = post(client, form_data(network, email="A@example.cn"), ip="10.0.0.2")
    assert response.status_code == 429 and "this email or phone" in response.content.decode()
    assert post(client, form_data(network, email="b@example.cn")).status_code == 302
    response = post(client, form_data(network, email="c@example.cn"))
    assert response.status_code == 429 and "from your network" in response.content.decode()
    assert Need.objects.count() == 2


@override_settings(NEEDS_ATTACHMENT_MAX_BYTES=1024)
def test_attachments_are_checked_by_content_and_size_with_a_message_per_file(client, network):
    files = [
        SimpleUploadedFile("合同.pdf", b"MZ\x90\x00 this is a program"),  # an .exe named .pdf
        SimpleUploadedFile("大图.png", PNG + b"\x00" * 2000),
        SimpleUploadedFile("照片.jpg", PNG),  # a PNG named .jpg
        SimpleUploadedFile("说明.docx", docx_bytes()),
    ]
    response = post(client, form_data(network, files=files))
    errors = response.context["form"].errors["files"]
    assert response.status_code == 400 and len(errors) == 3
    assert "“合同.pdf” is not a PDF, JPEG, PNG" in errors[0]
    assert "“大图.png” is 2.0\xa0KB; each file may be at most 1.0\xa0KB" in errors[1]
    assert "“照片.jpg” contains a PNG file" in errors[2]
    assert not Need.objects.exists()
    response = post(client, form_data(network, files=[SimpleUploadedFile("说明.docx", docx_bytes())]))
    assert response.status_code == 302
    assert NeedAttachment.objects.get().content_type.endswith("wordprocessingml.document")


def test_a_phone_only_question_is_told_it_will_be_called(client, network):
    response = post(client, form_data(network, email="", phone="138 0013 8000"), follow=True)
    assert "will call you at 138 0013 8000" in response.content.decode()
    assert mail.outbox == []


def test_the_status_page_needs_the_reference_and_the_contact_used(client, network):
    post(client, form_data(network, email="", phone="13800138000"))
    need = Need.objects.get()
    services.reply(need=need, user=network.users["jiangsu"], body="已为您检索到三件相近的外观设计专利。")
    url = reverse("needs:status")
    wrong = client.post(url, {"reference": need.reference, "contact": "13900000000"}, HTTP_ACCEPT_LANGUAGE="en")
    unknown = client.post(url, {"reference": "XQ-2026-00000000-0", "contact": "13800138000"})
    assert wrong.status_code == unknown.status_code == 404
    assert "已为您检索到" not in wrong.content.decode()
    typed = need.reference.lower().replace("-", " ")
    found = client.post(url, {"reference": typed, "contact": "138-0013-8000"}, HTTP_ACCEPT_LANGUAGE="en")
    html = found.content.decode()
    assert found.status_code == 200
    assert "已为您检索到三件相近的外观设计专利。" in html and need.institution.name in html
    assert "Answered" in html or "已答复" in html


@override_settings(NEEDS_RATE_LIMITS={"submit_ip": (5, 3600), "submit_address": (5, 3600), "status_ip": (2, 3600)})
def test_status_look_ups_are_rate_limited(client, network):
    url = reverse("needs:status")
    for _ in range(2):
        client.post(url, {"reference": "XQ-2026-00000000-0", "contact": "x@example.cn"})
    assert client.post(url, {"reference": "XQ-2026-00000000-0", "contact": "x@example.cn"}).status_code == 429


def test_the_confirmation_link_asks_before_it_confirms(client, network):
    post(client, form_data(network))
    need = Need.objects.get()
    url = reverse("needs:verify", args=[services.verification_token(need)])
    assert client.get(url).status_code == 200
    need.refresh_from_db()
    assert not need.email_verified  # a mail scanner's GET confirms nothing
    assert client.post(url).status_code == 302
    need.refresh_from_db()
    assert need.email_verified and need.events.filter(kind=NeedEventKind.EMAIL_VERIFIED).exists()
    assert client.get(reverse("needs:verify", args=["nonsense"])).status_code == 400
