"""My enterprise: a signed-in SME user registers an enterprise (credit code checked by its check
character), colleagues join with the join code, members are listed."""

import pytest
from django.urls import reverse

from learning.accounts.models import UserKind
from learning.outreach import enterprises
from learning.outreach.models import Enterprise, EnterpriseMembership
from tests.factories import UserFactory

from .factories import credit_code

pytestmark = pytest.mark.django_db

URL = "/enterprise/"


def _create(client, region, code, name="苏州测试科技有限公司"):
    return client.post(
        URL,
        {
            "action": "create",
            "create-name": name,
            "create-credit_code": code,
            "create-region": region.pk,
            "create-industry": "C",
            "create-size": "small",
        },
    )


@pytest.fixture
def owner(client):
    user = UserFactory(kind=UserKind.SME, display_name="企业主 陈")
    client.force_login(user)
    return user


def test_a_credit_code_with_a_wrong_check_character_is_refused_and_nothing_is_stored(client, owner, loaded_regions):
    good = credit_code(7)
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")

    response = _create(client, loaded_regions["320100"], wrong)

    assert response.status_code == 400
    assert "校验" in response.content.decode() or "check character" in response.content.decode()
    assert not Enterprise.objects.exists()
    assert 'value="苏州测试科技有限公司"' in response.content.decode(), "what was typed is kept"


def test_registering_makes_the_user_its_owner_and_shows_the_join_code(client, owner, loaded_regions):
    code = credit_code(8)

    response = _create(client, loaded_regions["320100"], code.lower()[:9] + " " + code[9:])

    assert response.status_code == 302
    enterprise = Enterprise.objects.get()
    assert enterprise.credit_code == code, "spaces and lower case are normalised"
    assert EnterpriseMembership.objects.get().role == "owner"
    page = client.get(URL).content.decode()
    assert enterprises.join_code(enterprise) in page and "企业主 陈" in page


def test_a_registered_credit_code_cannot_be_registered_again(client, owner, loaded_regions):
    _create(client, loaded_regions["320100"], credit_code(9))

    response = _create(client, loaded_regions["320100"], credit_code(9), name="另一家公司")

    assert response.status_code == 400
    assert Enterprise.objects.count() == 1
    assert "已经登记" in response.content.decode() or "already registered" in response.content.decode()


def test_a_colleague_joins_only_with_the_join_code(client, owner, loaded_regions):
    _create(client, loaded_regions["320100"], credit_code(10))
    enterprise = Enterprise.objects.get()
    colleague = UserFactory(kind=UserKind.SME, display_name="同事 李")
    client.force_login(colleague)

    guessed = client.post(URL, {"action": "join", "join-credit_code": enterprise.credit_code, "join-code": "AAAA-BBBB"})
    joined = client.post(
        URL,
        {"action": "join", "join-credit_code": enterprise.credit_code, "join-code": enterprises.join_code(enterprise)},
    )

    assert guessed.status_code == 400 and "企业主 陈" not in guessed.content.decode(), "no member is shown"
    assert joined.status_code == 302
    assert set(enterprise.memberships.values_list("role", flat=True)) == {"owner", "member"}
    assert "企业主 陈" in client.get(URL).content.decode()


def test_the_page_asks_visitors_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302 and reverse("account_login") in response.url
