"""On a 375 px phone, without an account, an SME opens the knowledge hub, reads a module, does its
self-check, asks a service centre near it through the needs form, and follows the question by its
reference number (real Chromium)."""

import json
import re

import pytest
from django.apps import apps

from cms.models import HomePage
from courses.models import CatalogPage, CoursePage, LessonPage, SmeHubPage
from learning.exams import structures
from learning.exams.models import QuestionType
from learning.outreach.models import Need
from learning.talent import regions
from learning.talent.models import Institution, InstitutionType, Region
from tests.learning.exams import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def hub(site, settings):
    settings.NEEDS_MIN_FILL_SECONDS = 0
    regions.ensure_loaded()
    structures.seed_knowledge(apps)  # an earlier transactional test may have flushed the seeded paper
    Institution.objects.create(
        name="苏州国家知识产权信息公共服务网点",
        type=InstitutionType.INFORMATION_NODE,
        region=Region.objects.get(code="320500"),
        contact_phone="0512-12345678",
    )
    question = factories.knowledge_question(
        QuestionType.TRUE_FALSE, answer="F", stem="<p>判断：产品在展会上展出后，随时都可以申请专利。</p>"
    )
    quiz = factories.practice_set([question], key="hub-phone-check", title="自测：先申请后公开")
    course = CoursePage(
        title="我的点子是否已经有人申请了专利？",
        slug="qy-991",
        code="QY-991",
        summary="五步自助检索。",
        access="public",
        audience="sme",
    )
    CatalogPage.objects.get().add_child(instance=course)
    course.add_child(
        instance=LessonPage(
            title="五步自助检索",
            slug="lesson-1",
            estimated_minutes=8,
            body=json.dumps(
                [
                    {"type": "paragraph", "value": "<p>先查再研发，先申请再公开。</p>"},
                    {"type": "self_check", "value": {"practice_set": quiz.pk, "heading": ""}},
                ],
                ensure_ascii=False,
            ),
        )
    )
    page = SmeHubPage(
        title="中小企业知识产权服务",
        slug="sme",
        intro="企业最常问的知识产权问题。",
        show_in_menus=True,
        sections=json.dumps(
            [
                {
                    "type": "question_group",
                    "value": {"question": "怎样查专利？", "explanation": "", "modules": [course.pk]},
                }
            ],
            ensure_ascii=False,
        ),
    )
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page, question


def test_an_sme_learns_checks_itself_asks_and_follows_its_question_on_a_phone(phone, live_server, hub, tmp_path):
    hub_page, question = hub
    page = phone

    # The hub, from the main navigation.
    page.goto(live_server.url)
    page.locator(".site-menu__toggle").click()
    page.get_by_role("link", name="中小企业知识产权服务").click()
    assert page.get_by_role("heading", level=2, name="怎样查专利？").is_visible()
    page.screenshot(path=tmp_path / "hub.png", full_page=True)

    # The module and its lesson.
    page.get_by_role("link", name="我的点子是否已经有人申请了专利？").click()
    page.get_by_role("link", name="开始学习第一课时").click()
    assert page.get_by_text("先查再研发，先申请再公开。").is_visible()

    # The self-check, answered and checked by the server.
    page.locator(f'input[name="q{question.pk}"][value="F"]').check()
    with page.expect_response(lambda r: r.request.method == "POST" and r.status == 200):
        page.locator(".self-check button[type=submit]").click()
    page.locator(".self-check__summary").wait_for()
    assert question.explanation in page.content()

    # Ask a service centre near Suzhou.
    page.select_option("#ask-region", "320500")
    page.locator(".ask-centre__region button[type=submit]").click()
    page.wait_for_url("**region=320500**")
    box = page.locator("#ask-a-service-centre")
    assert "苏州国家知识产权信息公共服务网点" in box.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=tmp_path / "lesson-ask.png", full_page=True)
    box.get_by_role("link", name="在线提问").click()
    page.wait_for_url("**/needs/new/**")

    # The needs form.
    page.select_option("#id_category", "patent")
    page.select_option("#id_province", label="江苏省")
    page.fill("#id_title", "外观设计是否已有人申请？")
    page.fill("#id_description", "我们设计了一款折叠婴儿推车，想知道外观是否已经有人申请过专利。")
    page.fill("#id_submitter_name", "陈女士")
    page.fill("#id_email", "chen@example.cn")
    page.check("#id_consent")
    label = page.locator('label[for="id_answer"]').inner_text()
    a, b = (int(n) for n in re.findall(r"\d+", label)[-2:])
    page.fill("#id_answer", str(a + b))
    page.locator("form.form button[type=submit], form button[type=submit]").last.click()
    reference = page.locator(".needs__reference").inner_text().strip()
    assert Need.objects.get(reference=reference).title == "外观设计是否已有人申请？"
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    # Following it by its reference number.
    page.get_by_role("link", name="查询办理进度").click()
    page.fill("#id_reference", reference)
    page.fill("#id_contact", "chen@example.cn")
    page.locator("form button[type=submit]").last.click()
    assert page.get_by_role("heading", name="外观设计是否已有人申请？").is_visible()
    assert reference in page.locator(".needs__reference").inner_text()
    page.screenshot(path=tmp_path / "status.png", full_page=True)
