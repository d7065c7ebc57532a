"""The talent network's two-province test network (江苏, 浙江) is where needs are routed; `queue`
adds a member of staff at the 玄武 node and a need in each institution's queue."""

import time
from types import SimpleNamespace

import pytest
from django.core import signing
from django.utils import translation

from learning.outreach import abuse, services
from learning.outreach.models import NeedCategory
from tests.factories import UserFactory
from tests.learning.talent.conftest import loaded_regions, network, region_file  # noqa: F401


@pytest.fixture(autouse=True)
def _english_messages():
    """Service and validation messages are matched in English (the web tests pick their language)."""
    with translation.override("en"):
        yield


def solved_challenge(total=7, age=60):
    """A challenge token as the form would have issued ``age`` seconds ago, whose answer is ``total``."""
    return signing.dumps({"s": total, "t": time.time() - age, "r": "test"}, salt=abuse.CHALLENGE_SALT)


def submit(region, *, category=NeedCategory.PATENT, email="sme@example.cn", phone="", language="zh-hans", **extra):
    return services.submit_need(
        category=category,
        region=region,
        title=extra.pop("title", "外观设计检索"),
        description="我们想知道新产品的外观设计是否已有人申请专利。",
        submitter_name="张三",
        submitter_email=email,
        submitter_phone=phone,
        consent_to_contact=True,
        language=language,
        **extra,
    )


@pytest.fixture
def queue(network):  # noqa: F811
    """A need in every institution's queue, and a staff user (no admin role) at the 玄武 node."""
    staff = UserFactory(email="staff@example.cn")
    person = network.people["nj_node"]
    person.user = staff
    person.save()
    needs = {}
    for key, institution in network.institutions.items():
        need = submit(institution.region, email=f"{key}@example.cn")
        need.institution = institution
        need.save()
        needs[key] = need
    return SimpleNamespace(**vars(network), staff=staff, needs=needs)
