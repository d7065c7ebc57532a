import pytest

from tests.factories import UserFactory

from . import factories


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
