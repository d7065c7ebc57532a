import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import UserFactory

from . import factories


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in their English source form: services run in English and the test
    client asks for English pages (the site's default is Simplified Chinese)."""
    with translation.override("en"):
        yield


@pytest.fixture
def client(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def course(db):
    return factories.course()


@pytest.fixture
def learner(db):
    return UserFactory(kind="staff", language="zh-hans")


@pytest.fixture
def make_session(course):
    def make(**fields):
        return factories.session(course, **fields)

    return make
