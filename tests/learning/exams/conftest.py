import pytest
from django.conf import settings
from django.utils import translation


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
def learner(client):
    """A learner signed in on ``client``."""
    from tests.factories import UserFactory

    user = UserFactory()
    client.force_login(user)
    return user
