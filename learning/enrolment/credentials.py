"""Each certificate as an Open Badges 3.0 / W3C Verifiable Credential (data model 2.0), signed with
the site's Ed25519 key using the Data Integrity cryptosuite ``eddsa-jcs-2022``: JSON Canonicalization
Scheme (RFC 8785) instead of JSON-LD processing, so anyone can verify a credential offline with the
public key published at ``/.well-known/did.json`` (the issuer is ``did:web:<host>``).

Signing (https://www.w3.org/TR/vc-di-eddsa/#eddsa-jcs-2022):
    hash = SHA-256(JCS(proof options incl. @context)) ‖ SHA-256(JCS(credential without proof))
    proofValue = "z" + base58btc(Ed25519-sign(hash))
"""

import base64
import hashlib
import json
import math
from functools import lru_cache
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.utils import timezone

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CRYPTOSUITE = "eddsa-jcs-2022"
KEY_FRAGMENT = "key-1"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519_MULTICODEC = b"\xed\x01"


# --- encodings -----------------------------------------------------------------------------------


def canonical_json(value):
    """RFC 8785 JSON Canonicalization Scheme: sorted keys (by UTF-16 code units), no whitespace,
    ECMAScript number form. Our credentials hold strings, integers and one-decimal hours."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda item: item[0].encode("utf-16-be"))
        return "{" + ",".join(f"{canonical_json(k)}:{canonical_json(v)}" for k, v in items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("JCS cannot represent NaN or infinity")
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"cannot canonicalise {type(value).__name__}")


def base58btc(data):
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = _BASE58[remainder] + encoded
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + encoded


def base58btc_decode(text):
    number = 0
    for char in text:
        number = number * 58 + _BASE58.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


# --- the site's key ------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _private_key(configured, secret_key):
    if configured:
        seed = base64.urlsafe_b64decode(configured + "=" * (-len(configured) % 4))
    else:  # development and tests: a stable key derived from SECRET_KEY (production requires one)
        seed = hashlib.sha256(b"ipta-certificate-signing-key:" + secret_key.encode()).digest()
    return Ed25519PrivateKey.from_private_bytes(seed)


def private_key():
    return _private_key(settings.CERTIFICATE_SIGNING_KEY, settings.SECRET_KEY)


def public_key_multibase(public_key=None):
    public_key = public_key or private_key().public_key()
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "z" + base58btc(_ED25519_MULTICODEC + raw)


def public_key_from_multibase(value):
    if not value.startswith("z"):
        raise ValueError("only base58btc multibase keys are supported")
    data = base58btc_decode(value[1:])
    if not data.startswith(_ED25519_MULTICODEC) or len(data) != 34:
        raise ValueError("not an Ed25519 Multikey")
    return Ed25519PublicKey.from_public_bytes(data[2:])


def issuer_did():
    """did:web for the site's host (a port is written %3A, as did:web requires)."""
    return "did:web:" + urlsplit(settings.SITE_URL).netloc.replace(":", "%3A")


def verification_method():
    return f"{issuer_did()}#{KEY_FRAGMENT}"


def did_document():
    """The DID document published at /.well-known/did.json: the key that verifies our credentials."""
    did = issuer_did()
    method = verification_method()
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {"id": method, "type": "Multikey", "controller": did, "publicKeyMultibase": public_key_multibase()}
        ],
        "assertionMethod": [method],
    }


# --- credentials ---------------------------------------------------------------------------------


def _hours_number(hours):
    value = float(hours)
    return int(value) if value.is_integer() else value


def credential_for(certificate):
    """The unsigned Open Badges 3.0 credential of ``certificate``. The holder is identified by a
    salted hash of their email address, not in clear."""
    from . import certificates

    site = settings.SITE_URL
    salt = certificate.number
    identity = "sha256$" + hashlib.sha256((certificate.user.email.lower() + salt).encode()).hexdigest()
    course_url = certificate.course.get_full_url() or f"{site}/courses/{certificate.course_code.lower()}/"
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": certificates.verification_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_did(), "type": ["Profile"], "name": certificate.issuer, "url": site + "/"},
        "validFrom": f"{certificate.issued_on:%Y-%m-%d}T00:00:00Z",
        "name": f"结业证书：{certificate.course_title}",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": identity,
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                }
            ],
            "creditsEarned": _hours_number(certificate.hours),
            "achievement": {
                "id": course_url,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": certificate.course_title,
                "description": f"课程编号 {certificate.course_code}，{certificate.hours} 学时。",
                "criteria": {"narrative": "完成课程全部必修内容并满足课程结业要求。"},
                "creditsAvailable": _hours_number(certificate.hours),
                "humanCode": certificate.course_code,
            },
        },
    }
    if certificate.status_index is not None:
        from . import status_lists

        credential["credentialStatus"] = status_lists.entry_for(certificate)
    return credential


def _hash_data(proof_options, document):
    return (
        hashlib.sha256(canonical_json(proof_options).encode()).digest()
        + hashlib.sha256(canonical_json(document).encode()).digest()
    )


def _with_context(proof_options, document):
    """The proof configuration is hashed with the document's @context, when it has one."""
    if "@context" in document:
        return {**proof_options, "@context": document["@context"]}
    return dict(proof_options)


def sign(credential, *, created=None):
    """``credential`` with an ``eddsa-jcs-2022`` DataIntegrityProof by the site's key."""
    document = {k: v for k, v in credential.items() if k != "proof"}
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": (created or timezone.now()).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verificationMethod": verification_method(),
        "proofPurpose": "assertionMethod",
    }
    options = _with_context(proof, document)
    signature = private_key().sign(_hash_data(options, document))
    return {**document, "proof": {**proof, "proofValue": "z" + base58btc(signature)}}


def verify(credential, did_doc):
    """Whether ``credential``'s proof verifies with the key in ``did_doc`` (a DID document as
    published at /.well-known/did.json). Any change to the credential makes it fail."""
    proof = credential.get("proof")
    if (
        not isinstance(proof, dict)
        or proof.get("cryptosuite") != CRYPTOSUITE
        or proof.get("type") != "DataIntegrityProof"
    ):
        return False
    if proof.get("proofPurpose") != "assertionMethod" or proof.get("verificationMethod") not in did_doc.get(
        "assertionMethod", []
    ):
        return False
    method = next(
        (m for m in did_doc.get("verificationMethod", []) if m.get("id") == proof["verificationMethod"]), None
    )
    value = proof.get("proofValue", "")
    if method is None or not value.startswith("z"):
        return False
    document = {k: v for k, v in credential.items() if k != "proof"}
    options = _with_context({k: v for k, v in proof.items() if k != "proofValue"}, document)
    try:
        key = public_key_from_multibase(method["publicKeyMultibase"])
        key.verify(base58btc_decode(value[1:]), _hash_data(options, document))
    except (InvalidSignature, ValueError, KeyError):
        return False
    return True
