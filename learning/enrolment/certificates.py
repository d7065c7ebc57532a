"""Certificates: unguessable numbers with a check character, issuing (one per learner and course),
the PDF (embedded CJK font, QR code to the public verification page), the certificate-issued email,
revocation and the public lookup.

A number looks like ``2026-K7Q3-M9XP-4HTR-W2ZC-8``: the year, 16 random Crockford base-32 characters
(80 bits) and a Luhn mod 32 check character. A mistyped or altered number fails the check and is
refused without a database query; a guessed one has one chance in 2^80 of existing."""

import secrets
from io import BytesIO

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Certificate

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
RANDOM_CHARACTERS = 16
# Characters people confuse when typing a number from paper.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


class CertificateError(Exception):
    """A refused certificate action, with a message for the person who tried."""


def check_character(payload):
    """Luhn mod 32 over ``payload`` (characters of ALPHABET): catches every single wrong character
    and every swap of two neighbours except 0Z <-> Z0 (the values 0 and 31, Luhn's one blind spot),
    which is why ``new_number`` never puts those two side by side."""
    factor = 2
    total = 0
    for char in reversed(payload):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def new_number(year):
    """A fresh number in which every swap of two neighbouring characters fails the check."""
    while True:
        body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARACTERS))
        payload = f"{year:04d}{body}"
        raw = payload + check_character(payload)
        if "0Z" not in raw and "Z0" not in raw:  # about 1 draw in 27 is drawn again
            break
    groups = [body[i : i + 4] for i in range(0, RANDOM_CHARACTERS, 4)]
    return "-".join([f"{year:04d}", *groups, raw[-1]])


def normalise(text):
    """The canonical form of a typed number, or None when it cannot be a valid number (wrong length,
    foreign characters or a failed check character)."""
    raw = "".join(ch for ch in (text or "").upper().translate(_READ_AS) if ch.isalnum())
    if len(raw) != 4 + RANDOM_CHARACTERS + 1 or any(ch not in ALPHABET for ch in raw):
        return None
    payload, check = raw[:-1], raw[-1]
    if check_character(payload) != check:
        return None
    body = payload[4:]
    return "-".join([payload[:4], *[body[i : i + 4] for i in range(0, RANDOM_CHARACTERS, 4)], check])


def lookup(text):
    """The certificate with this number (typed in any case, with or without dashes), or None."""
    number = normalise(text)
    if number is None:
        return None
    return Certificate.objects.filter(number=number).first()


def verification_url(certificate):
    return settings.SITE_URL + reverse("records:verify", args=[certificate.number])


def mask_name(name):
    """张*伟, 张*, 欧阳**华, J*** S****: enough to confirm, not enough to identify."""
    name = (name or "").strip()
    if " " in name:
        return " ".join(word[:1] + "*" * (len(word) - 1) for word in name.split())
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def issue(*, user, course, enrolment=None, issued_on=None):
    """The learner's certificate for ``course``: created once (one_certificate_per_course), then its
    PDF, signed credential and email are made by the ``generate_certificate`` task."""
    from . import hours

    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        if not existing.pdf:
            _queue(existing)
        return existing
    issued_on = issued_on or timezone.localdate()
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                number=new_number(issued_on.year),
                user=user,
                course=course,
                enrolment=enrolment,
                holder_name=(user.display_name or user.email.split("@")[0])[:80],
                course_title=course.title[:255],
                course_code=course.code,
                hours=(course.hours_professional or 0) + (course.hours_general or 0),
                issuer=hours.settings_for().certificate_issuer,
                issued_on=issued_on,
            )
    except IntegrityError:  # issued concurrently for the same learner and course
        return Certificate.objects.get(user=user, course=course)
    _queue(certificate)
    return certificate


def _queue(certificate):
    from . import tasks

    transaction.on_commit(lambda: tasks.generate_certificate.delay(certificate.pk))


def signed_credential(certificate):
    """The certificate's signed credential, made (or made again, for one signed before credentials
    carried a revocation status entry) with its place in a status list."""
    from . import credentials, status_lists

    if certificate.credential is not None and "credentialStatus" in certificate.credential:
        return certificate.credential
    status_lists.assign(certificate)
    credential = credentials.sign(credentials.credential_for(certificate))
    Certificate.objects.filter(pk=certificate.pk).update(credential=credential)
    certificate.credential = credential
    return credential


def generate(certificate_id):
    """Make what a certificate lacks: its PDF, its signed credential, and the email to its holder.
    Each part is done once, so a retried or repeated task does nothing new."""
    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    if not certificate.pdf:
        content = render_pdf(certificate)
        certificate.pdf.save(f"{certificate.number}.pdf", ContentFile(content), save=False)
        Certificate.objects.filter(pk=certificate.pk, pdf="").update(pdf=certificate.pdf.name)
    if certificate.credential is None:
        signed_credential(certificate)
    send_issued_email(certificate.pk)
    return certificate.pk


def render_pdf(certificate):
    """The certificate as PDF bytes (landscape A4)."""
    from .documents import FONT, draw_qr, new_pdf, warn_missing_glyphs

    with translation.override("zh-hans"):
        pdf = new_pdf(orientation="L", title=f"结业证书 {certificate.number}", author=certificate.issuer)
        pdf.add_page()
        pdf.set_draw_color(150, 30, 40)
        pdf.set_line_width(1.2)
        pdf.rect(10, 10, 277, 190)
        pdf.set_line_width(0.3)
        pdf.rect(14, 14, 269, 182)
        pdf.set_text_color(150, 30, 40)
        pdf.set_font(FONT, size=34)
        pdf.set_xy(14, 32)
        pdf.cell(269, 16, "结业证书", align="C")
        pdf.set_font(FONT, size=12)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(14, 50)
        pdf.cell(269, 8, "Certificate of Completion", align="C")
        pdf.set_text_color(20, 20, 20)
        pdf.set_font(FONT, size=26)
        pdf.set_xy(14, 72)
        pdf.cell(269, 14, certificate.holder_name, align="C")
        pdf.set_font(FONT, size=14)
        pdf.set_xy(34, 96)
        hours = f"{certificate.hours:.1f}".rstrip("0").rstrip(".")
        issued = certificate.issued_on
        # No-break spaces keep a number with its unit: the line may only break before the course code.
        text = (
            f"于\u00a0{issued.year}年{issued.month}月{issued.day}日\u00a0完成课程《{certificate.course_title}》"
            f"（课程编号 {certificate.course_code}），共计\u00a0{hours}\u00a0学时，成绩合格，特发此证。"
        )
        pdf.multi_cell(229, 9, text, align="C")
        warn_missing_glyphs(pdf, certificate.holder_name + text, f"certificate {certificate.number}")
        pdf.set_font(FONT, size=11)
        pdf.set_xy(34, 150)
        pdf.cell(150, 7, f"颁发机构：{certificate.issuer}")
        pdf.set_xy(34, 158)
        pdf.cell(150, 7, f"颁发日期：{certificate.issued_on:%Y-%m-%d}")
        pdf.set_xy(34, 166)
        pdf.cell(150, 7, f"证书编号：{certificate.number}")
        pdf.set_xy(34, 174)
        pdf.set_text_color(90, 90, 90)
        pdf.set_font(FONT, size=9)
        url = verification_url(certificate)
        pdf.cell(160, 6, f"扫描二维码或访问 {url} 验证")
        draw_qr(pdf, url, x=225, y=140, size=40)
    buffer = BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def send_issued_email(certificate_id):
    """Tell the holder, in their language, that the certificate is ready: at most once."""
    updated = Certificate.objects.filter(pk=certificate_id, notified_at__isnull=True).update(notified_at=timezone.now())
    if not updated:
        return False
    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    user = certificate.user
    with translation.override(user.email_language):
        context = {
            "certificate": certificate,
            "user": user,
            "site_url": settings.SITE_URL,
            "my_learning_url": settings.SITE_URL + reverse("records:my_learning"),
            "verification_url": verification_url(certificate),
        }
        subject = render_to_string("enrolment/email/certificate_issued_subject.txt", context).strip()
        body = render_to_string("enrolment/email/certificate_issued_message.txt", context)
    EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]).send()
    return True


def revoke(certificate, *, by, reason):
    """Revoke a certificate (the verification page then says so; the reason is kept internal) and,
    in the same transaction, the hours its completion credited: they no longer count in any total."""
    from . import hours

    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give a reason for revoking the certificate."))
    with transaction.atomic():
        updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_reason=reason, revoked_by=by
        )
        if not updated:
            raise CertificateError(_("This certificate is already revoked."))
        certificate.refresh_from_db()
        hours.revoke_course_credit(certificate, by=by, reason=reason)
    return certificate


def managed_certificates(user, queryset=None):
    """Certificates an administrator may see and revoke (by the holder's institution)."""
    from learning.talent import scope

    queryset = Certificate.objects.all() if queryset is None else queryset
    return scope.by_person(user, queryset, path="user__talent_person")


def may_download(user, certificate):
    """The holder, and administrators whose reach includes the holder."""
    if not user.is_authenticated:
        return False
    if certificate.user_id == user.pk:
        return True
    return managed_certificates(user).filter(Q(pk=certificate.pk)).exists()
