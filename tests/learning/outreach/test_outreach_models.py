import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from learning.outreach import references
from learning.outreach.models import Enterprise, EnterpriseMembership, MembershipRole, Need, NeedStatus
from learning.outreach.validators import validate_credit_code
from tests.factories import UserFactory

from .factories import EnterpriseFactory, NeedFactory, credit_code

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["914403001922038216", "91110000100010433L", " 91110000100010433l "])
def test_real_credit_codes_pass_the_check_digit(code):
    validate_credit_code(code)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("914403001922038217", "check character"),
        ("91440300192203821", "18 characters"),
        ("9144030019220382I6", "other than I, O, S, V and Z"),
        ("914403001922083216", "check character"),  # two neighbours swapped
    ],
)
def test_a_wrong_credit_code_is_refused_with_the_reason(code, message):
    with pytest.raises(ValidationError) as error:
        validate_credit_code(code)
    assert message in str(error.value)


def test_enterprise_full_clean_checks_the_code_and_stores_it_upper_case(loaded_regions):
    enterprise = EnterpriseFactory.build(credit_code="914403001922038217", region=loaded_regions["320100"])
    with pytest.raises(ValidationError) as error:
        enterprise.full_clean()
    assert "credit_code" in error.value.message_dict
    saved = EnterpriseFactory(credit_code="91110000100010433l")
    assert Enterprise.objects.get(pk=saved.pk).credit_code == "91110000100010433L"


def test_the_database_refuses_a_malformed_credit_code_and_a_duplicate(loaded_regions):
    EnterpriseFactory(credit_code=credit_code(1))
    with pytest.raises(IntegrityError), transaction.atomic():
        EnterpriseFactory(credit_code=credit_code(1))
    with pytest.raises(IntegrityError), transaction.atomic():
        EnterpriseFactory(credit_code="SHORT")


def test_a_user_belongs_to_an_enterprise_once(loaded_regions):
    enterprise, user = EnterpriseFactory(), UserFactory()
    EnterpriseMembership.objects.create(enterprise=enterprise, user=user, role=MembershipRole.OWNER)
    with pytest.raises(IntegrityError), transaction.atomic():
        EnterpriseMembership.objects.create(enterprise=enterprise, user=user)
    assert list(user.enterprises.all()) == [enterprise]


def test_reference_numbers_are_random_checked_and_forgiving_when_typed():
    made = {references.generate(2026) for _ in range(200)}
    assert len(made) == 200
    ref = made.pop()
    assert ref.startswith("XQ-2026-") and len(ref) == len("XQ-2026-12345678-X")
    assert references.normalise(ref) == ref
    assert references.normalise(" " + ref.lower().replace("-", " ") + " ") == ref
    typo = ref[:-3] + ("0" if ref[-3] != "0" else "1") + ref[-2:]
    assert references.normalise(typo) == ""
    swapped = ref[:8] + ref[9] + ref[8] + ref[10:]
    assert ref[8] == ref[9] or references.normalise(swapped) == ""
    assert references.normalise("XQ-2026-1") == ""


def test_a_need_gets_its_reference_on_save_and_needs_a_contact(loaded_regions):
    need = NeedFactory()
    assert references.normalise(need.reference) == need.reference
    assert need.status == NeedStatus.RECEIVED
    with pytest.raises(IntegrityError), transaction.atomic():
        NeedFactory(submitter_email="", submitter_phone="")


def test_a_closed_need_must_have_its_closing_time_and_satisfaction_is_one_to_five(loaded_regions):
    with pytest.raises(IntegrityError), transaction.atomic():
        NeedFactory(status=NeedStatus.CLOSED)
    with pytest.raises(IntegrityError), transaction.atomic():
        NeedFactory(satisfaction=6)
    assert Need.objects.count() == 0
