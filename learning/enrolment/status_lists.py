"""Revocation of verifiable credentials: W3C Bitstring Status List v1.0
(https://www.w3.org/TR/vc-bitstring-status-list/).

Each certificate's credential names a position (``statusListIndex``) in one of our status lists; the
list is itself a credential signed with the site's key, published at ``/credentials/status/<n>``, whose
``encodedList`` is the GZIP-compressed bitstring (multibase base64url, prefix ``u``) with a 1 at the
position of every revoked certificate. A verifier that holds a credential fetches the list, checks its
proof and reads one bit, so it learns of a revocation without asking about that certificate.

Positions are drawn at random (not in issue order), so a list tells nobody which certificate is
which; each list has 131,072 positions (16 KB, the specification's minimum for that reason) and
takes new certificates until half of its positions are used."""

import base64
import gzip
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from .models import STATUS_LIST_SIZE as LIST_SIZE
from .models import Certificate

FILL_LIMIT = LIST_SIZE // 2
PURPOSE = "revocation"


def list_url(number):
    return settings.SITE_URL + reverse("records:status_list", args=[number])


def current_list():
    """The list that takes new certificates: the last one, until half of it is used."""
    last = Certificate.objects.filter(status_list__isnull=False).order_by("-status_list").first()
    if last is None:
        return 1
    used = Certificate.objects.filter(status_list=last.status_list).count()
    return last.status_list + 1 if used >= FILL_LIMIT else last.status_list


def assign(certificate):
    """Give ``certificate`` a random free position in the current list (once; kept for good)."""
    if certificate.status_index is not None:
        return certificate
    for _attempt in range(20):
        number, index = current_list(), secrets.randbelow(LIST_SIZE)
        try:
            with transaction.atomic():
                updated = Certificate.objects.filter(pk=certificate.pk, status_index__isnull=True).update(
                    status_list=number, status_index=index
                )
        except IntegrityError:  # the position was taken meanwhile: draw again
            continue
        if not updated:  # assigned concurrently
            certificate.refresh_from_db(fields=["status_list", "status_index"])
            return certificate
        certificate.status_list, certificate.status_index = number, index
        return certificate
    raise RuntimeError("no free status list position found")


def entry_for(certificate):
    """The credential's ``credentialStatus`` (BitstringStatusListEntry)."""
    url = list_url(certificate.status_list)
    return {
        "id": f"{url}#{certificate.status_index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(certificate.status_index),
        "statusListCredential": url,
    }


def encode(indexes, size=LIST_SIZE):
    """GZIP the bitstring with a 1 at each of ``indexes`` (index 0 is the first byte's highest bit)
    and write it as multibase base64url without padding."""
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def decode(encoded_list):
    if not encoded_list.startswith("u"):
        raise ValueError("the encoded list is not multibase base64url")
    data = encoded_list[1:]
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def is_set(bitstring, index):
    return bool(bitstring[index // 8] & (0x80 >> (index % 8)))


def list_credential(number):
    """The signed BitstringStatusListCredential of list ``number`` as it stands now."""
    from . import credentials

    revoked = Certificate.objects.filter(status_list=number, revoked_at__isnull=False).values_list(
        "status_index", flat=True
    )
    url = list_url(number)
    credential = {
        "@context": [credentials.VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": credentials.issuer_did(),
        "validFrom": timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode(revoked),
        },
    }
    return credentials.sign(credential)


def list_exists(number):
    return Certificate.objects.filter(status_list=number).exists() or number == current_list()


def is_revoked(credential, status_list_credential, did_document):
    """What a verifier does: check the status list's proof and issuer, then read the credential's
    bit. Raises ValueError when the list does not belong to the credential or does not verify."""
    from . import credentials

    entry = credential.get("credentialStatus") or {}
    if entry.get("type") != "BitstringStatusListEntry" or entry.get("statusPurpose") != PURPOSE:
        raise ValueError("the credential has no revocation status entry")
    if status_list_credential.get("id") != entry.get("statusListCredential"):
        raise ValueError("this is not the credential's status list")
    issuer = credential.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if status_list_credential.get("issuer") != issuer_id:
        raise ValueError("the status list has another issuer")
    if not credentials.verify(status_list_credential, did_document):
        raise ValueError("the status list's proof does not verify")
    bitstring = decode(status_list_credential["credentialSubject"]["encodedList"])
    index = int(entry["statusListIndex"])
    if not 0 <= index < len(bitstring) * 8:
        raise ValueError("the status list index is out of range")
    return is_set(bitstring, index)
