import pytest
from django.urls import reverse

from learning.exams import analysis, services
from learning.exams.models import Paper, QuestionType
from learning.talent.models import Role, RoleAssignment
from tests.factories import UserFactory
from tests.learning.talent.conftest import loaded_regions, region_file  # noqa: F401
from tests.learning.talent.factories import InstitutionFactory, PersonFactory

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def results(loaded_regions):  # noqa: F811
    nanjing = InstitutionFactory(name="南京知识产权保护中心", region=loaded_regions["320100"])
    hangzhou = InstitutionFactory(name="杭州知识产权保护中心", region=loaded_regions["330100"])
    factories.question(QuestionType.SINGLE, answer="A")
    bp = factories.blueprint([(QuestionType.SINGLE, 1, 1)], pass_score=1)
    for institution, answer in [(nanjing, "A"), (nanjing, "B"), (hangzhou, "A")]:
        user = UserFactory()
        PersonFactory(institution=institution, user=user)
        attempt = services.start_mock_exam(user=user, blueprint=bp)
        services.save_answer(attempt=attempt, position=1, response=answer)
        services.submit_attempt(attempt_id=attempt.pk)
    return {"nanjing": nanjing, "hangzhou": hangzhou, "regions": loaded_regions}


def test_a_provincial_administrator_sees_only_their_provinces_institutions(results):
    admin = UserFactory()
    RoleAssignment.objects.create(user=admin, role=Role.PROVINCIAL_ADMIN, province=results["regions"]["320000"])
    rows = analysis.cohort_results(viewer_user=admin, paper=Paper.objects.get(code="ip-practice"))
    assert [(r["institution"], r["learners"], r["pass_rate"]) for r in rows] == [("南京知识产权保护中心", 2, 0.5)]


def test_an_institution_administrator_and_a_national_one_see_their_reach(results):
    local = UserFactory()
    RoleAssignment.objects.create(user=local, role=Role.INSTITUTION_ADMIN, institution=results["hangzhou"])
    paper = Paper.objects.get(code="ip-practice")
    assert [r["institution"] for r in analysis.cohort_results(viewer_user=local, paper=paper)] == [
        "杭州知识产权保护中心"
    ]
    national = UserFactory(is_superuser=True)
    assert len(analysis.cohort_results(viewer_user=national, paper=paper)) == 2
    assert analysis.cohort_results(viewer_user=UserFactory(), paper=paper) == []


def test_the_cohort_page_is_for_administrators_only(client, results):
    client.force_login(UserFactory())
    assert client.get(reverse("exams_cohorts:index")).status_code in (302, 403)
    client.force_login(UserFactory(is_superuser=True))
    body = client.get(reverse("exams_cohorts:index"), {"paper": "ip-practice"}).content.decode()
    assert "南京知识产权保护中心" in body and "杭州知识产权保护中心" in body
