"""Checks for identifiers that carry their own check character."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# GB 32100-2015 统一社会信用代码: 18 characters from this alphabet (no I, O, S, V, Z); the last one is
# a check character computed from the first 17 with these weights, modulo 31.
CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check_char(first17):
    """The 18th character of a unified social credit code whose first 17 characters are given."""
    total = sum(CREDIT_CODE_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS, strict=True))
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def normalise_credit_code(value):
    return "".join(str(value or "").split()).upper()


def validate_credit_code(value):
    """Raise ValidationError unless ``value`` is a well-formed code with the right check character."""
    code = normalise_credit_code(value)
    if len(code) != 18:
        raise ValidationError(
            _("A unified social credit code has 18 characters; this one has %(count)d."),
            code="credit_code_length",
            params={"count": len(code)},
        )
    wrong = sorted({c for c in code if c not in CREDIT_CODE_ALPHABET})
    if wrong:
        raise ValidationError(
            _(
                "A unified social credit code uses digits and capital letters other than I, O, S, V and Z; found %(chars)s."
            ),
            code="credit_code_characters",
            params={"chars": " ".join(wrong)},
        )
    if credit_code_check_char(code[:17]) != code[17]:
        raise ValidationError(
            _("The check character (the last one) does not match: please check the code for a typing error."),
            code="credit_code_check",
        )
