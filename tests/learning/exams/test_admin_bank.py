import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from learning.exams.models import Question, QuestionStatus, QuestionType
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


def _editor(*, reviewer=False):
    user = UserFactory()
    group, _ = Group.objects.get_or_create(name="Question writers" + (" and reviewers" if reviewer else ""))
    codenames = ["access_admin", "add_question", "change_question", "view_question"] + (
        ["publish_question"] if reviewer else []
    )
    group.permissions.set(Permission.objects.filter(codename__in=codenames))
    user.groups.add(group)
    return user


def _form_data(question, **changes):
    data = {
        "external_id": question.external_id,
        "qtype": question.qtype,
        "status": question.status,
        "paper": question.paper_id,
        "chapter": question.chapter_id,
        "knowledge_point": "",
        "parent": "",
        "position": 0,
        "stem": '{"blocks": [{"key": "a", "type": "unstyled", "text": "题干", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
        "answer": question.answer,
        "explanation": question.explanation,
        "legal_basis": question.legal_basis,
        "rubric": "",
        "difficulty": question.difficulty,
        "source": "",
        "year": "",
    }
    for key, text in question.options():
        data[f"option_{key.lower()}"] = text
    data.update(changes)
    return data


def test_the_question_list_filters_by_paper_chapter_type_difficulty_and_status(client):
    factories.question(QuestionType.SINGLE, chapter_code="patent", stem="<p>专利题目甲</p>")
    factories.question(QuestionType.TRUE_FALSE, chapter_code="trademark", stem="<p>商标题目乙</p>")
    client.force_login(_editor())
    url = reverse("wagtailsnippets_exams_question:list")
    response = client.get(url, {"qtype": "true_false"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "商标题目乙" in body and "专利题目甲" not in body
    for name in ("paper", "chapter", "qtype", "difficulty", "status"):
        assert f'name="{name}"' in body
    # the id is the row's link; the stem column shows the stem alone, not the id again
    title = Question.objects.get(stem="<p>商标题目乙</p>")
    assert f">{title.external_id}</span>" in body and f"<td>{title.external_id} · " not in body
    assert re.search(r"<td[^>]*>\s*商标题目乙\s*</td>", body)


def test_a_writer_cannot_make_a_question_live_and_a_reviewer_can_after_review(client):
    question = factories.question(QuestionType.SINGLE, status=QuestionStatus.DRAFT)
    url = reverse("wagtailsnippets_exams_question:edit", args=[question.pk])
    client.force_login(_editor())
    response = client.post(url, _form_data(question, status=QuestionStatus.LIVE))
    assert response.status_code == 200
    assert "Only a reviewer" in response.content.decode() or "只有审核人" in response.content.decode()
    response = client.post(url, _form_data(question, status=QuestionStatus.IN_REVIEW))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.IN_REVIEW

    client.force_login(_editor(reviewer=True))
    response = client.post(url, _form_data(question, status=QuestionStatus.LIVE))
    assert response.status_code == 302
    assert Question.objects.get(pk=question.pk).status == QuestionStatus.LIVE


def test_the_preview_shows_the_question_as_the_learner_sees_it(client):
    question = factories.question(QuestionType.SINGLE, stem="<p>预览中的题干</p>")
    client.force_login(_editor())
    url = reverse("wagtailsnippets_exams_question:preview_on_edit", args=[question.pk])
    client.post(url, _form_data(question))
    response = client.get(url)
    assert response.status_code == 200
    assert "预览中的题干" in response.content.decode() or "题干" in response.content.decode()
    assert question.option_a in response.content.decode()


def test_blueprints_are_listed_and_editable_in_the_admin(client):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(reverse("wagtailsnippets_exams_blueprint:list"))
    assert response.status_code == 200
    assert "知识产权专业知识和实务（初级）" in response.content.decode()
