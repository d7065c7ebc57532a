"""National ID numbers at rest: Fernet encryption, a keyed digest for matching duplicates without
decrypting, and the masked form shown to everyone but national administrators.

``settings.TALENT_ID_ENCRYPTION_KEYS`` is a list of Fernet keys: the first encrypts, all decrypt
(so a key can be rotated by putting the new one first). The digest uses the last key, which stays
in the list during a rotation, so matching by ID number keeps working."""

import functools
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


@functools.cache
def _fernet(keys):
    return MultiFernet([Fernet(key) for key in keys])


@functools.cache
def _digest_key(key):
    return hashlib.sha256(b"talent-national-id-digest:" + key.encode()).digest()


def _keys():
    return tuple(settings.TALENT_ID_ENCRYPTION_KEYS)


def encrypt(value):
    return _fernet(_keys()).encrypt(value.encode()).decode() if value else ""


def decrypt(token):
    if not token:
        return ""
    try:
        return _fernet(_keys()).decrypt(token.encode()).decode()
    except InvalidToken:
        return ""


def digest(value):
    """A keyed hash of a normalised ID number: equal numbers give equal digests."""
    if not value:
        return ""
    return hmac.new(_digest_key(_keys()[-1]), value.encode(), hashlib.sha256).hexdigest()


def mask(value):
    """Only the first 3 and last 4 characters: 320***********1234."""
    if not value:
        return ""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
