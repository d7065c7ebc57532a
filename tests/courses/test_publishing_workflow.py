"""The 课程审核 workflow: an editor's changes are not live until a reviewer approves them."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import rich_text

from courses.models import CoursePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = UserFactory(email="course.editor@example.cn")
    user.groups.add(Group.objects.get(name="课程编辑"))
    return user


@pytest.fixture
def reviewer():
    user = UserFactory(email="course.reviewer@example.cn")
    user.groups.add(Group.objects.get(name="课程审核"))
    return user


def test_the_workflow_and_groups_are_installed_on_the_catalogue(catalog):
    workflow = catalog.get_workflow()

    assert workflow == Workflow.objects.get(name="课程审核")
    assert [task.specific.groups.get().name for task in workflow.tasks] == ["课程审核"]


def test_editors_may_edit_but_not_publish_and_reviewers_may_publish(catalog, make_course, editor, reviewer):
    course = make_course("专利导航实务")

    assert course.permissions_for_user(editor).can_edit()
    assert not course.permissions_for_user(editor).can_publish()
    assert course.permissions_for_user(reviewer).can_publish()


def test_an_editors_submission_goes_live_only_after_a_reviewer_approves(client, catalog, make_course, editor, reviewer):
    course = make_course("专利导航实务")
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    form = client.get(edit_url)
    assert form.status_code == 200

    data = _edit_form_data(
        course, form, title="专利导航实务（2026版）", outcomes="<p>学会专利导航。</p>", action="action-submit"
    )
    submitted = client.post(edit_url, data)
    assert submitted.status_code == 302, submitted.content.decode()[:3000]

    course.refresh_from_db()
    assert course.title == "专利导航实务", "the live page is unchanged while in moderation"
    assert course.workflow_in_progress
    assert "专利导航实务（2026版）" not in Client().get(course.url).content.decode(), "visitors see the live version"

    task_state = course.current_workflow_task_state
    task_state.specific.approve(user=reviewer)

    course.refresh_from_db()
    assert course.title == "专利导航实务（2026版）"
    assert course.live and not course.workflow_in_progress


def test_an_editor_pressing_publish_does_not_publish(client, catalog, make_course, editor):
    course = make_course("商标注册实务")
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    form = client.get(edit_url)
    data = _edit_form_data(
        course, form, title="商标注册实务（改）", outcomes="<p>学会商标注册。</p>", action="action-publish"
    )

    client.post(edit_url, data)

    assert CoursePage.objects.get(pk=course.pk).title == "商标注册实务"


def _edit_form_data(course, form, *, title, outcomes, action):
    """What the page editor posts for ``course`` with a new title, and which button was pressed."""
    data = {
        "title": title,
        "slug": course.slug,
        "code": course.code,
        "summary": course.summary,
        "audience": course.audience,
        "level": course.level,
        "delivery_mode": course.delivery_mode,
        "language": course.language,
        "hours_professional": "2.0",
        "hours_general": "0.0",
        "access": course.access,
        "outcomes": rich_text(outcomes),
        action: "1",
    }
    data.update(_empty_formsets(form))
    return data


def _empty_formsets(response):
    """Management-form values for the inline formsets Wagtail renders on the edit page."""
    import re

    html = response.content.decode()
    data = {}
    for name, value in re.findall(r'name="([^"]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"[^>]*value="(\d*)"', html):
        data[name] = value
    for name in re.findall(r'name="(comment_[^"]*-TOTAL_FORMS)"', html):
        data.setdefault(name, "0")
    return data
