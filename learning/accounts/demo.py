"""Demo accounts: an administrator, an editor and a learner, all with verified emails.

Idempotent: an existing account is left as it is (its password is not reset)."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from .models import User, UserKind

DEMO_PASSWORD = "ipta-demo-2026"

DEMO_ACCOUNTS = [
    # email, display name, kind, superuser, Wagtail groups, what the account is for
    ("admin@example.cn", "平台管理员", UserKind.OTHER, True, [], "administrator (Wagtail admin and Django admin)"),
    ("editor@example.cn", "课程编辑 王敏", UserKind.STAFF, False, ["Editors"], "editor (Wagtail admin, edits pages)"),
    ("learner@example.cn", "学员 李娜", UserKind.STAFF, False, [], "learner (public-service staff)"),
]


@transaction.atomic
def build(stdout=None):
    accounts = []
    for email, name, kind, superuser, groups, purpose in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                display_name=name,
                kind=kind,
                is_superuser=superuser,
                is_staff=superuser,
            )
            user.groups.set(Group.objects.filter(name__in=groups))
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        accounts.append((email, purpose))
    return accounts
