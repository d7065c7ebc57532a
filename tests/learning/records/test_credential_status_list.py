"""Revocation reaches verifiers of a credential: each credential names a random position in a signed
W3C Bitstring Status List published at /credentials/status/<n>; revoking the certificate sets its
bit, which a verifier reads after checking the list's proof."""

import gzip

import pytest

from learning.enrolment import certificates, credentials, status_lists
from learning.enrolment.models import Certificate
from tests.factories import UserFactory

# The specification's example list (https://www.w3.org/TR/vc-bitstring-status-list/): 131,072 zeros.
SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def issue(course, django_capture_on_commit_callbacks):
    def run(user):
        with django_capture_on_commit_callbacks(execute=True):
            certificate = certificates.issue(user=user, course=course)
        return Certificate.objects.get(pk=certificate.pk)

    return run


def fetch(client, credential):
    return client.get(credential["credentialStatus"]["statusListCredential"].removeprefix("http://testserver")).json()


def test_a_verifier_learns_of_a_revocation_from_the_signed_status_list(issue, learner, admin, client, settings):
    settings.SITE_URL = "http://testserver"
    certificate = issue(learner)
    credential = client.get(f"/certificates/{certificate.number}/credential.json").json()
    did_document = client.get("/.well-known/did.json").json()

    entry = credential["credentialStatus"]
    assert entry["type"] == "BitstringStatusListEntry" and entry["statusPurpose"] == "revocation"
    assert entry["statusListCredential"] == "http://testserver/credentials/status/1"
    assert entry["statusListIndex"] == str(certificate.status_index)
    assert credentials.verify(credential, did_document)
    assert status_lists.is_revoked(credential, fetch(client, credential), did_document) is False

    certificates.revoke(certificate, by=admin, reason="学时记录有误")

    assert status_lists.is_revoked(credential, fetch(client, credential), did_document) is True
    assert credentials.verify(credential, did_document)  # the credential itself is unchanged


def test_only_the_revoked_certificates_bit_is_set(issue, admin, client, settings):
    settings.SITE_URL = "http://testserver"
    people = [UserFactory(display_name=f"学员{n}") for n in range(3)]
    issued = [issue(person) for person in people]
    certificates.revoke(issued[1], by=admin, reason="重复发放")
    did_document = client.get("/.well-known/did.json").json()

    revoked = [
        status_lists.is_revoked(certificate.credential, fetch(client, certificate.credential), did_document)
        for certificate in issued
    ]
    assert revoked == [False, True, False]


def test_positions_are_random_and_never_shared(issue):
    issued = [issue(UserFactory()) for _ in range(12)]
    indexes = [certificate.status_index for certificate in issued]

    assert len(set(indexes)) == 12
    assert all(0 <= index < status_lists.LIST_SIZE for index in indexes)
    assert indexes != sorted(indexes) or indexes[-1] - indexes[0] > 12  # not handed out in issue order


def test_a_list_takes_new_certificates_until_half_full(issue, monkeypatch):
    monkeypatch.setattr(status_lists, "FILL_LIMIT", 2)
    lists = [issue(UserFactory()).status_list for _ in range(5)]

    assert lists == [1, 1, 2, 2, 3]


def test_a_tampered_or_foreign_status_list_is_refused(issue, learner, client, settings):
    settings.SITE_URL = "http://testserver"
    certificate = issue(learner)
    did_document = client.get("/.well-known/did.json").json()
    status_list = fetch(client, certificate.credential)

    tampered = {**status_list, "credentialSubject": {**status_list["credentialSubject"], "encodedList": SPEC_EXAMPLE}}
    with pytest.raises(ValueError, match="proof"):
        status_lists.is_revoked(certificate.credential, tampered, did_document)
    foreign = {**status_list, "id": "http://testserver/credentials/status/9"}
    with pytest.raises(ValueError, match="not the credential's status list"):
        status_lists.is_revoked(certificate.credential, foreign, did_document)


def test_a_credential_signed_before_status_lists_gets_its_entry_when_next_fetched(issue, learner, client, settings):
    settings.SITE_URL = "http://testserver"
    certificate = issue(learner)
    old = {k: v for k, v in credentials.credential_for(certificate).items() if k != "credentialStatus"}
    Certificate.objects.filter(pk=certificate.pk).update(credential=credentials.sign(old))
    client.force_login(learner)

    downloaded = client.get(f"/my/certificates/{certificate.number}.json").json()

    assert downloaded["credentialStatus"]["statusListIndex"] == str(certificate.status_index)
    assert credentials.verify(downloaded, client.get("/.well-known/did.json").json())
    assert Certificate.objects.get(pk=certificate.pk).credential == downloaded


def test_the_encoding_follows_the_specification():
    assert status_lists.decode(SPEC_EXAMPLE) == bytes(16_384)
    bitstring = status_lists.decode(status_lists.encode([0, 9, 131_071]))

    assert len(bitstring) == 16_384
    assert bitstring[0] == 0b1000_0000 and bitstring[1] == 0b0100_0000 and bitstring[-1] == 0b0000_0001
    assert [i for i in (0, 1, 8, 9, 131_070, 131_071) if status_lists.is_set(bitstring, i)] == [0, 9, 131_071]
    assert gzip.decompress(gzip.compress(bitstring)) == bitstring


def test_the_published_list_costs_the_same_queries_however_many_are_revoked(
    issue, admin, client, django_assert_max_num_queries
):
    issued = [issue(UserFactory()) for _ in range(6)]
    with django_assert_max_num_queries(4):
        assert client.get("/credentials/status/1").status_code == 200
    for certificate in issued:
        certificates.revoke(certificate, by=admin, reason="测试")
    with django_assert_max_num_queries(4):
        response = client.get("/credentials/status/1")

    assert response["Cache-Control"] == "public, max-age=300"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_unknown_list_is_not_found(db, client):
    assert client.get("/credentials/status/1").status_code == 200  # the first list, empty until used
    assert client.get("/credentials/status/7").status_code == 404


def test_a_list_number_beyond_any_database_integer_is_not_found(db, client):
    assert client.get("/credentials/status/99999999999999999999").status_code == 404
