from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserKind(models.TextChoices):
    STAFF = "staff", _("Public-service staff")
    SME = "sme", _("SME / enterprise")
    OTHER = "other", _("Other")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 -]{5,18}[0-9]$",
    _("Enter a phone number of digits, optionally starting with + and grouped by spaces or dashes."),
)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in: learner, editor or administrator. Email is the login."""

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("display name"), max_length=80, help_text=_("How your name is shown on the site and on certificates.")
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[phone_validator])
    kind = models.CharField(
        _("user kind"), max_length=10, choices=UserKind.choices, default=UserKind.OTHER, db_index=True
    )
    is_staff = models.BooleanField(
        _("Django admin access"),
        default=False,
        help_text=_("Lets a superuser's colleague into the technical Django admin. Editors do not need it."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_(
            "The language of the emails the platform sends you; follows the language you last chose on the site."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    welcome_sent_at = models.DateTimeField(_("welcome email sent at"), null=True, blank=True, editable=False)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.display_name or self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self):
        return self.display_name or self.email

    def get_short_name(self):
        return self.display_name or self.email.split("@")[0]

    @property
    def email_language(self):
        """The language to write this user's emails in."""
        return self.language or settings.LANGUAGE_CODE

    def has_verified_email(self):
        """True when the login address has been confirmed (required before enrolling)."""
        from allauth.account.models import EmailAddress

        return EmailAddress.objects.filter(user=self, email__iexact=self.email, verified=True).exists()
