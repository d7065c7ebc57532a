"""Which uploaded files a need may carry, decided by their content (the first bytes, and the parts
inside an Office file), never by the name the browser sent."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

ACCEPTED = {
    "application/pdf": ("PDF", (".pdf",)),
    "image/jpeg": ("JPEG", (".jpg", ".jpeg")),
    "image/png": ("PNG", (".png",)),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("Word", (".docx",)),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("Excel", (".xlsx",)),
}
ACCEPT_ATTRIBUTE = ",".join(ext for _, exts in ACCEPTED.values() for ext in exts)
_OFFICE_PARTS = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def sniff(upload):
    """The content type of an uploaded file judged by its bytes, or None when it is none we accept."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            upload.seek(0)
        if "[Content_Types].xml" in names:
            for part, content_type in _OFFICE_PARTS.items():
                if part in names:
                    return content_type
    return None


def check(upload):
    """The content type of an acceptable upload; ValidationError naming the file and what is wrong."""
    name = upload.name
    limit = settings.NEEDS_ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; each file may be at most %(limit)s.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name}, code="empty")
    content_type = sniff(upload)
    if content_type is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, JPEG, PNG, Word (.docx) or Excel (.xlsx) file.") % {"name": name},
            code="wrong_type",
        )
    if not name.lower().endswith(ACCEPTED[content_type][1]):
        raise ValidationError(
            _("“%(name)s” contains a %(kind)s file but its name says otherwise; rename it and try again.")
            % {"name": name, "kind": ACCEPTED[content_type][0]},
            code="wrong_extension",
        )
    return content_type
