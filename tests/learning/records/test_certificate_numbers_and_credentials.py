"""Certificate numbers are random with a check character (a typed or altered number is refused), and
each certificate's Open Badges 3.0 credential verifies with the published key and fails once changed."""

import copy
import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from learning.enrolment import certificates, credentials


def test_a_new_number_passes_its_own_check_and_is_found_in_any_typing():
    number = certificates.new_number(2026)

    assert certificates.normalise(number) == number
    assert certificates.normalise(number.lower().replace("-", " ")) == number
    assert len(number.replace("-", "")) == 21


def test_changing_any_one_character_or_swapping_neighbours_fails_the_check():
    number = certificates.new_number(2026)
    raw = number.replace("-", "")
    for position in range(len(raw)):
        for replacement in "0Z":
            if raw[position] != replacement:
                altered = raw[:position] + replacement + raw[position + 1 :]
                assert certificates.normalise(altered) is None
    for position in range(len(raw) - 1):
        if raw[position] != raw[position + 1]:
            swapped = raw[:position] + raw[position + 1] + raw[position] + raw[position + 2 :]
            assert certificates.normalise(swapped) is None


def test_new_numbers_avoid_the_one_swap_the_check_cannot_see():
    # Luhn mod 32 cannot tell 0Z from Z0 (values 0 and 31), so new numbers never hold that pair.
    assert certificates.normalise("2026-0ZAB-CDEF-GHJK-MNPQ-" + certificates.check_character("20260ZABCDEFGHJKMNPQ"))
    assert certificates.normalise("2026-Z0AB-CDEF-GHJK-MNPQ-" + certificates.check_character("20260ZABCDEFGHJKMNPQ"))
    numbers = [certificates.new_number(2026).replace("-", "") for _ in range(3000)]
    assert not any("0Z" in number or "Z0" in number for number in numbers)


def test_numbers_do_not_repeat():
    assert len({certificates.new_number(2026) for _ in range(500)}) == 500


@pytest.mark.parametrize(
    ("name", "masked"), [("张三伟", "张*伟"), ("李娜", "李*"), ("欧阳小华", "欧**华"), ("John Smith", "J*** S****")]
)
def test_the_holders_name_is_partly_masked(name, masked):
    assert certificates.mask_name(name) == masked


def test_jcs_sorts_keys_and_writes_numbers_as_ecmascript_does():
    assert credentials.canonical_json({"b": 2.0, "a": [1, 1.5, "中"], "c": None}) == '{"a":[1,1.5,"中"],"b":2,"c":null}'


def _signed():
    credential = {
        "@context": [credentials.VC_CONTEXT, credentials.OB_CONTEXT],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": credentials.issuer_did(), "type": ["Profile"], "name": "平台"},
        "credentialSubject": {"type": ["AchievementSubject"], "creditsEarned": 8},
    }
    return credentials.sign(credential)


def test_a_signed_credential_verifies_with_the_published_did_document(client):
    did_document = client.get("/.well-known/did.json").json()

    assert credentials.verify(_signed(), did_document)
    assert did_document["verificationMethod"][0]["publicKeyMultibase"].startswith("z6Mk")


def test_a_tampered_credential_or_proof_fails_verification(client):
    did_document = client.get("/.well-known/did.json").json()
    signed = _signed()

    tampered = copy.deepcopy(signed)
    tampered["credentialSubject"]["creditsEarned"] = 80
    assert not credentials.verify(tampered, did_document)
    tampered = copy.deepcopy(signed)
    tampered["proof"]["created"] = "2020-01-01T00:00:00Z"
    assert not credentials.verify(tampered, did_document)
    tampered = copy.deepcopy(signed)
    tampered["proof"]["proofValue"] = "z" + credentials.base58btc(b"\x01" * 64)
    assert not credentials.verify(tampered, did_document)


def test_another_key_does_not_verify_our_credentials(client, settings):
    signed = _signed()
    settings.CERTIFICATE_SIGNING_KEY = "u0yq4y2Cq2x1Jm8f3v6QbW9zT5rN7pLk1aH4sD6gF8E"

    assert not credentials.verify(signed, client.get("/.well-known/did.json").json())


# The eddsa-jcs-2022 test vector of the W3C Data Integrity EdDSA Cryptosuites specification
# (https://www.w3.org/TR/vc-di-eddsa/, the key pair of its examples; the signed credential as published
# in Digital Bazaar's interoperability vectors): our signer must produce exactly its proof, and our
# verifier must accept it, or other wallets and verifiers would not accept our credentials.
VECTOR_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
VECTOR_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
VECTOR_METHOD = f"did:key:{VECTOR_PUBLIC}#{VECTOR_PUBLIC}"
VECTOR_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"]
VECTOR_CREDENTIAL = {
    "@context": VECTOR_CONTEXT,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": f"did:key:{VECTOR_PUBLIC}",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
VECTOR_PROOF_VALUE = "z5EhYRJkfPLkoT92FPXN8KK6M9rsBhq3xs19GBSsA6VdNYH4QMKSyNuA2Gfznz9QthVD7Rz3HTAfqxxay23htUpTg"


def test_signing_reproduces_the_published_eddsa_jcs_2022_test_vector(monkeypatch):
    seed = credentials.base58btc_decode(VECTOR_SECRET[1:])
    assert seed[:2] == b"\x80\x26"  # multicodec ed25519-priv
    key = Ed25519PrivateKey.from_private_bytes(seed[2:])
    assert credentials.public_key_multibase(key.public_key()) == VECTOR_PUBLIC
    monkeypatch.setattr(credentials, "private_key", lambda: key)
    monkeypatch.setattr(credentials, "verification_method", lambda: VECTOR_METHOD)

    signed = credentials.sign(VECTOR_CREDENTIAL, created=datetime.datetime(2023, 2, 24, 23, 36, 38))

    assert signed["proof"]["proofValue"] == VECTOR_PROOF_VALUE
    assert signed["proof"]["created"] == "2023-02-24T23:36:38Z"


def test_the_verifier_accepts_the_published_test_vector_and_refuses_it_altered():
    did_document = {
        "id": f"did:key:{VECTOR_PUBLIC}",
        "verificationMethod": [
            {
                "id": VECTOR_METHOD,
                "type": "Multikey",
                "controller": f"did:key:{VECTOR_PUBLIC}",
                "publicKeyMultibase": VECTOR_PUBLIC,
            }
        ],
        "assertionMethod": [VECTOR_METHOD],
    }
    published = {
        **VECTOR_CREDENTIAL,
        "proof": {
            "type": "DataIntegrityProof",
            "created": "2023-02-24T23:36:38Z",
            "verificationMethod": VECTOR_METHOD,
            "cryptosuite": "eddsa-jcs-2022",
            "proofPurpose": "assertionMethod",
            "@context": VECTOR_CONTEXT,
            "proofValue": VECTOR_PROOF_VALUE,
        },
    }
    assert credentials.verify(published, did_document)
    assert not credentials.verify({**published, "name": "Alumni Credential!"}, did_document)
