"""Enterprises for signed-in SME users: create one (its unified social credit code checked by its
check character), join one with the join code its members share, list its members.

A join code is derived from the enterprise and the site's secret key (HMAC), so it needs no storage
and cannot be guessed from the credit code, which is public: knowing an enterprise's credit code is
not enough to join it and see who its members are."""

import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .models import Enterprise, EnterpriseMembership, MembershipRole
from .validators import normalise_credit_code, validate_credit_code


class EnterpriseError(Exception):
    """A request about an enterprise that cannot be met, with a message for the user."""


def join_code(enterprise):
    digest = hmac.new(
        settings.SECRET_KEY.encode(),
        f"enterprise-join:{enterprise.pk}:{enterprise.credit_code}".encode(),
        hashlib.sha256,
    ).hexdigest()
    return f"{digest[:4]}-{digest[4:8]}".upper()


def enterprises_of(user):
    return list(
        Enterprise.objects.filter(memberships__user=user).select_related("region", "region__parent").order_by("name")
    )


def members(enterprise):
    return list(
        EnterpriseMembership.objects.filter(enterprise=enterprise)
        .select_related("user")
        .order_by("-role", "created_at")
    )


@transaction.atomic
def create_enterprise(*, user, name, credit_code, region, industry, size):
    credit_code = normalise_credit_code(credit_code)
    try:
        validate_credit_code(credit_code)
    except ValidationError as error:
        raise EnterpriseError(" ".join(error.messages)) from None
    if Enterprise.objects.filter(credit_code=credit_code).exists():
        raise EnterpriseError(
            _("An enterprise with this credit code is already registered: ask one of its members for the join code.")
        )
    try:
        with transaction.atomic():
            enterprise = Enterprise.objects.create(
                name=name.strip(), credit_code=credit_code, region=region, industry=industry, size=size
            )
    except IntegrityError:
        raise EnterpriseError(
            _("An enterprise with this credit code is already registered: ask one of its members for the join code.")
        ) from None
    EnterpriseMembership.objects.create(enterprise=enterprise, user=user, role=MembershipRole.OWNER)
    return enterprise


@transaction.atomic
def join_enterprise(*, user, credit_code, code):
    credit_code = normalise_credit_code(credit_code)
    enterprise = Enterprise.objects.filter(credit_code=credit_code).first()
    typed = "".join(str(code or "").split()).upper().replace("-", "")
    if enterprise is None or not hmac.compare_digest(typed, join_code(enterprise).replace("-", "")):
        raise EnterpriseError(
            _("The credit code and the join code do not match an enterprise. Check both with a member.")
        )
    membership, created = EnterpriseMembership.objects.get_or_create(
        enterprise=enterprise, user=user, defaults={"role": MembershipRole.MEMBER}
    )
    if not created:
        raise EnterpriseError(_("You are already a member of %(name)s.") % {"name": enterprise.name})
    return enterprise
