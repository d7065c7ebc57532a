"""Certificates: issued once per learner and course, a PDF with the holder's Chinese name in an
embedded font and a QR code, a signed credential, one email in the holder's language, public
verification (valid / revoked / unknown, name masked, rate-limited), and private downloads."""

import io
import re

import pytest
from django.core import mail
from pypdf import PdfReader

from learning.enrolment import certificates, credentials, tasks
from learning.enrolment.models import Certificate
from tests.factories import UserFactory


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "".join(page.extract_text() for page in reader.pages).replace("\x00", "").replace(" ", "").replace("\n", "")


def embedded_fonts(content):
    reader = PdfReader(io.BytesIO(content))
    fonts = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        fonts.append(any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")))
    return fonts


@pytest.fixture
def certificate(learner, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return certificates.issue(user=learner, course=course)


def test_issuing_makes_one_certificate_with_pdf_credential_and_one_email(certificate, learner, course):
    certificate.refresh_from_db()

    assert certificate.pdf and certificate.credential and certificate.notified_at
    assert certificates.issue(user=learner, course=course).pk == certificate.pk
    tasks.generate_certificate.delay(certificate.pk)  # a retried task
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_pdf_names_the_holder_in_chinese_with_an_embedded_font(certificate):
    certificate.refresh_from_db()
    content = certificate.pdf.read()
    text = pdf_text(content)

    assert "张三伟" in text
    assert "专利检索实务" in text and certificate.number in text and "8学时" in text
    issued = certificate.issued_on
    assert f"于{issued.year}年{issued.month}月{issued.day}日完成课程" in text  # no zero-padded day or month
    assert certificate.issuer in text
    assert embedded_fonts(content) and all(embedded_fonts(content))


@pytest.mark.parametrize("name", ["张喆", "王堃", "李珺", "刘赟", "陈玥", "欧阳䶮"])
def test_names_with_hanzi_outside_gb2312_print_in_full(name, course, caplog, django_capture_on_commit_callbacks):
    holder = UserFactory(display_name=name, email=f"{ord(name[-1])}@example.cn", language="zh-hans")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificates.issue(user=holder, course=course)
    certificate.refresh_from_db()

    assert name in pdf_text(certificate.pdf.read())
    assert "no glyph" not in caplog.text


def test_a_character_the_font_lacks_is_logged(learner, course, caplog, django_capture_on_commit_callbacks):
    learner.display_name = "张三伟😀"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        certificates.issue(user=learner, course=course)

    assert "no glyph for 😀" in caplog.text


def test_the_certificate_email_is_in_the_holders_language(
    learner, course, make_course, django_capture_on_commit_callbacks
):
    english = UserFactory(language="en", display_name="Li Na")
    with django_capture_on_commit_callbacks(execute=True):
        certificates.issue(user=learner, course=course)
        certificates.issue(user=english, course=course)

    chinese_mail, english_mail = mail.outbox
    assert chinese_mail.to == [learner.email] and "证书" in chinese_mail.subject
    assert english_mail.to == [english.email] and "Your certificate" in english_mail.subject
    assert "/certificates/" in english_mail.body


def test_the_credential_is_open_badges_and_verifies_with_the_published_key(certificate, client):
    certificate.refresh_from_db()
    published = client.get(f"/certificates/{certificate.number}/credential.json").json()
    did_document = client.get("/.well-known/did.json").json()

    assert published["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert published["credentialSubject"]["achievement"]["name"] == "专利检索实务"
    assert published["issuer"]["id"] == did_document["id"]
    assert credentials.verify(published, did_document)
    published["credentialSubject"]["creditsEarned"] = 80
    assert not credentials.verify(published, did_document)


def test_the_verification_page_shows_a_valid_certificate_with_the_name_masked(certificate, client):
    response = client.get(f"/certificates/{certificate.number}/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "有效证书" in page and "张*伟" in page and "张三伟" not in page


def test_a_revoked_certificate_shows_its_date_but_not_the_internal_reason(certificate, client):
    admin = UserFactory(is_superuser=True)
    certificates.revoke(certificate, by=admin, reason="考试作弊，内部调查编号 42")
    response = client.get(f"/certificates/{certificate.number}/")
    page = response.content.decode()

    assert "被撤销" in page and "内部调查" not in page
    assert client.get(f"/certificates/{certificate.number}/credential.json").status_code == 410
    with pytest.raises(certificates.CertificateError):
        certificates.revoke(certificate, by=admin, reason="again")


def test_an_unknown_or_altered_number_finds_nothing(certificate, client):
    altered = certificate.number[:-1] + ("0" if certificate.number[-1] != "0" else "1")
    for number in (altered, certificates.new_number(2026), "2026-AAAA"):
        response = client.get(f"/certificates/{number}/")
        assert response.status_code == 404
        assert "没有此编号的证书" in response.content.decode()


def test_the_form_takes_a_number_typed_in_lower_case_without_dashes(certificate, client):
    typed = certificate.number.replace("-", "").lower()
    response = client.get("/certificates/verify/", {"number": typed}, follow=True)

    assert response.status_code == 200 and "有效证书" in response.content.decode()


def test_lookups_are_rate_limited_per_address(certificate, client, settings):
    settings.CERTIFICATE_VERIFY_RATE = 3
    codes = [client.get(f"/certificates/{certificates.new_number(2026)}/").status_code for _ in range(4)]

    assert codes == [404, 404, 404, 429]
    assert client.get(f"/certificates/{certificate.number}/").status_code == 429


def test_the_pdf_and_credential_downloads_are_for_the_holder_only(certificate, learner, client):
    pdf_url = f"/my/certificates/{certificate.number}.pdf"
    json_url = f"/my/certificates/{certificate.number}.json"

    assert client.get(pdf_url).status_code == 302  # sign in first
    client.force_login(UserFactory())
    assert client.get(pdf_url).status_code == 404
    assert client.get(json_url).status_code == 404
    client.force_login(learner)
    response = client.get(pdf_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert client.get(json_url).json()["proof"]["cryptosuite"] == "eddsa-jcs-2022"


def test_the_pdf_is_stored_outside_the_public_media_folder(certificate, settings):
    certificate.refresh_from_db()
    assert not certificate.pdf.path.startswith(str(settings.MEDIA_ROOT) + "/")
    assert re.fullmatch(r"certificates/\d{4}/[0-9A-Z-]+(_\w+)?\.pdf", certificate.pdf.name)
