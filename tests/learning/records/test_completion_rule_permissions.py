"""Completion rules belong to the people who publish curricula (migration enrolment.0006): course
reviewers (课程审核) add and change them in the Wagtail admin, course editors (课程编辑) see them,
learners do not get in."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from learning.enrolment import completion
from learning.enrolment.models import CompletionRule
from tests.factories import UserFactory


def member_of(name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def reviewer(db):
    return member_of("课程审核")


@pytest.fixture
def editor(db):
    return member_of("课程编辑")


@pytest.fixture
def rule(course):
    return CompletionRule.objects.create(course=course, min_attendance_percent=50)


def edit(client, rule, **fields):
    data = {"course": rule.course_id, "min_attendance_percent": "80", "requires_final_quiz": "on"}
    data.update(fields)
    return client.post(reverse("completion_rules:edit", args=[rule.pk]), data)


def test_a_course_reviewer_edits_a_completion_rule_in_the_admin(client, reviewer, rule, course):
    client.force_login(reviewer)
    assert reverse("completion_rules:index") in client.get("/admin/").content.decode()  # in the menu
    assert course.title in client.get(reverse("completion_rules:index")).content.decode()
    assert client.get(reverse("completion_rules:edit", args=[rule.pk])).status_code == 200

    response = edit(client, rule)

    assert response.status_code == 302 and response.url == reverse("completion_rules:index")
    rule.refresh_from_db()
    assert (rule.min_attendance_percent, rule.requires_final_quiz) == (80, True)
    assert completion.rule_for(course).min_attendance_percent == 80


def test_a_course_reviewer_adds_a_rule_for_a_course_without_one(client, reviewer, make_course):
    course = make_course("商标审查实务")
    client.force_login(reviewer)

    response = client.post(
        reverse("completion_rules:add"),
        {"course": course.pk, "min_attendance_percent": "75", "requires_final_quiz": ""},
    )

    assert response.status_code == 302
    assert CompletionRule.objects.get(course=course).min_attendance_percent == 75


def test_a_course_editor_sees_the_rules_but_cannot_change_them(client, editor, rule, course):
    client.force_login(editor)
    assert course.title in client.get(reverse("completion_rules:index")).content.decode()

    response = edit(client, rule)

    assert response.status_code == 302 and not response.url.startswith(reverse("completion_rules:index"))
    rule.refresh_from_db()
    assert (rule.min_attendance_percent, rule.requires_final_quiz) == (50, False)


def test_a_plain_learner_can_neither_see_nor_edit_a_rule(client, learner, rule):
    client.force_login(learner)

    assert client.get(reverse("completion_rules:index")).status_code == 302
    assert edit(client, rule).status_code == 302

    rule.refresh_from_db()
    assert rule.min_attendance_percent == 50
