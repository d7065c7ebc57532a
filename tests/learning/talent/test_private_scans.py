"""Scanned certificates are personal documents: they are kept in the private storage (never under
MEDIA_ROOT, never a Wagtail document), opened only through a view that checks the viewer's scope,
and every opening is in the person's history."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from learning.talent.models import AuditAction, AuditEntry, Qualification, QualificationKind

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 scanned certificate\n%%EOF\n"


@pytest.fixture
def scanned(network):
    person = network.people["nj_centre"]
    qualification = Qualification(person=person, kind=QualificationKind.CERTIFICATE, name="专利代理师资格证")
    qualification.scan.save("证书.pdf", ContentFile(PDF), save=False)
    qualification.save()
    yield qualification
    qualification.scan.delete(save=False)


def test_a_scan_is_stored_privately_under_a_name_that_tells_nothing(scanned):
    path = Path(scanned.scan.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert "证书" not in scanned.scan.name and scanned.scan.name.endswith(".pdf")
    assert path.read_bytes() == PDF
    assert get_document_model().objects.count() == 0


def test_an_administrator_in_scope_opens_the_scan_and_the_opening_is_logged(client, network, scanned):
    client.force_login(network.users["nanjing_centre"])
    response = client.get(reverse("talent_admin:qualification_scan", args=[scanned.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    entry = AuditEntry.objects.get(action=AuditAction.VIEW_SCAN)
    assert (entry.model, entry.object_id, entry.user) == ("person", scanned.person_id, network.users["nanjing_centre"])


@pytest.mark.parametrize("role", ["zhejiang", "lecturer", "learner", "editor"])
def test_nobody_outside_the_persons_scope_can_open_the_scan(client, network, scanned, role):
    client.force_login(network.users[role])
    response = client.get(reverse("talent_admin:qualification_scan", args=[scanned.pk]))
    assert response.status_code in (302, 403, 404)
    assert PDF not in b"".join(getattr(response, "streaming_content", [response.content]))
    assert not AuditEntry.objects.filter(action=AuditAction.VIEW_SCAN).exists()


def test_anonymous_visitors_cannot_open_a_scan_and_media_urls_do_not_reach_it(client, scanned):
    response = client.get(reverse("talent_admin:qualification_scan", args=[scanned.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.get(settings.MEDIA_URL + scanned.scan.name).status_code == 404


def test_the_person_pages_link_only_to_the_logged_view(client, network, scanned):
    client.force_login(network.users["jiangsu"])
    view_url = reverse("talent_admin:qualification_scan", args=[scanned.pk])
    for name in ("talent_people:inspect", "talent_people:edit"):
        content = client.get(reverse(name, args=[scanned.person_id])).content.decode()
        assert view_url in content, name
        assert f'href="{settings.MEDIA_URL}' not in content, name
        assert "private-media" not in content, name


def test_only_pdf_and_images_are_accepted_as_scans(network):
    qualification = Qualification(person=network.people["nj_centre"], kind=QualificationKind.CERTIFICATE, name="证书")
    qualification.scan.save("page.html", ContentFile(b"<script>alert(1)</script>"), save=False)
    try:
        with pytest.raises(ValidationError) as error:
            qualification.full_clean()
        assert "scan" in error.value.message_dict
    finally:
        qualification.scan.delete(save=False)
