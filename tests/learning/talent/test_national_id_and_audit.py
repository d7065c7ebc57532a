"""National ID numbers: encrypted at rest, masked for all but national administrators, every reveal
logged; and every change to a person or institution in the audit history."""

import pytest
from django.db import connection
from django.urls import reverse

from learning.talent import audit, crypto, services
from learning.talent.models import AuditAction, AuditEntry, Person

pytestmark = pytest.mark.django_db

ID = "11010519491231002X"


def test_the_database_column_holds_ciphertext_not_the_number(network):
    person = services.set_national_id(person=network.people["nj_centre"], value=" 110105194912310 02x ")
    with connection.cursor() as cursor:
        cursor.execute("SELECT national_id_encrypted, national_id_digest FROM talent_person WHERE id = %s", [person.pk])
        encrypted, digest = cursor.fetchone()
    assert ID not in encrypted and ID[:6] not in encrypted and ID not in digest
    assert Person.objects.get(pk=person.pk).national_id == ID
    assert person.national_id_masked == "110***********002X"


def test_masking_keeps_only_the_first_three_and_last_four():
    assert crypto.mask(ID) == "110" + "*" * 11 + "002X"
    assert crypto.mask("") == ""


@pytest.mark.parametrize("role", ["jiangsu", "nanjing_centre"])
def test_administrators_below_national_see_the_masked_number_only(client, network, role):
    person = services.set_national_id(person=network.people["nj_centre"], value=ID)
    client.force_login(network.users[role])
    page = client.get(reverse("talent_people:inspect", args=[person.pk])).content.decode()
    assert "110***********002X" in page and ID not in page
    assert person.national_id_encrypted not in page and person.national_id_digest not in page
    assert client.post(reverse("talent_admin:reveal_id", args=[person.pk])).status_code in (302, 403)
    assert not AuditEntry.objects.filter(action=AuditAction.REVEAL).exists()
    edit = client.get(reverse("talent_people:edit", args=[person.pk])).content.decode()
    assert ID not in edit


def test_a_national_administrator_reveals_the_number_and_the_reveal_is_logged(client, network):
    person = services.set_national_id(person=network.people["nj_centre"], value=ID)
    client.force_login(network.users["national"])
    response = client.post(reverse("talent_admin:reveal_id", args=[person.pk]))
    assert ID in response.content.decode()
    entry = AuditEntry.objects.get(action=AuditAction.REVEAL)
    assert entry.user == network.users["national"] and entry.object_id == person.pk
    assert client.get(reverse("talent_admin:reveal_id", args=[person.pk])).status_code == 405


def test_the_history_records_who_changed_what_before_and_after(client, network):
    person = network.people["wx_tisc"]
    client.force_login(network.users["jiangsu"])
    response = client.post(
        reverse("talent_people:edit", args=[person.pk]),
        {
            "name": person.name,
            "email": person.email,
            "institution": person.institution_id,
            "position": "主任",
            "national_id_input": ID,
            "qualifications-TOTAL_FORMS": "1",
            "qualifications-INITIAL_FORMS": "0",
            "qualifications-MIN_NUM_FORMS": "0",
            "qualifications-MAX_NUM_FORMS": "1000",
            "qualifications-0-kind": "title",
            "qualifications-0-title_level": "intermediate",
            "qualifications-0-obtained_on": "2022-11-20",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entries = list(audit.history(person))
    change = next(e for e in entries if "position" in e.changes)
    assert change.user == network.users["jiangsu"]
    assert change.changes["position"] == ["", "主任"]
    assert change.changes["national_id"] == ["", "(set)"]
    assert all(ID not in str(e.changes) for e in AuditEntry.objects.all())
    assert any(e.note.startswith("qualification") for e in entries)
    history_page = client.get(reverse("talent_people:inspect", args=[person.pk])).content.decode()
    assert "主任" in history_page


def test_institution_changes_and_deletes_are_in_the_history(network):
    institution = network.institutions["wx_tisc"]
    with audit.acting_as(network.users["national"]):
        institution.contact_name = "李雷"
        institution.save()
    entry = audit.history(institution).first()
    assert entry.action == AuditAction.UPDATE and entry.changes["contact_name"] == ["", "李雷"]
    assert entry.user == network.users["national"]
    person = network.people["zj_office"]
    pk = person.pk
    person.delete()
    assert AuditEntry.objects.filter(model="person", object_id=pk, action=AuditAction.DELETE).exists()
