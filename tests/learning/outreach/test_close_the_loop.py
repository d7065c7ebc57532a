"""Closing the loop: frequent needs become a draft FAQ entry on the hub or a draft public module,
prefilled with what enterprises asked, never published, for editors to finish through review."""

import pytest
from django.urls import reverse

from cms.models import HomePage
from courses.models import CoursePage, SmeFaqPage, SmeHubPage
from learning.outreach.models import NeedCategory

from .factories import NeedFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub(site):
    page = SmeHubPage(title="中小企业知识产权服务", slug="sme", intro="企业最常问的问题。")
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def frequent(network):
    return [
        NeedFactory(
            category=NeedCategory.FINANCING,
            title="个人名下的专利能给公司质押贷款吗？",
            description=f"我们公司的专利登记在老板个人名下，第{n}次咨询。",
            institution=network.institutions["nj_centre"],
            region=network.regions["320100"],
        )
        for n in range(3)
    ]


def _draft(client, kind, **extra):
    data = {"category": "financing", "title": "个人名下的专利能给公司质押贷款吗？", "kind": kind, **extra}
    return client.post(reverse("needs_report:draft_content"), data)


def test_a_frequent_question_becomes_a_draft_faq_entry_on_the_hub(client, django_user_model, hub, frequent):
    admin = django_user_model.objects.create_superuser(email="root@example.cn", password="x-12345678-y")
    client.force_login(admin)

    response = _draft(client, "faq")

    faq = SmeFaqPage.objects.get()
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=[faq.pk])
    assert faq.get_parent().pk == hub.pk
    assert not faq.live and faq.has_unpublished_changes, "a draft for editors, never published"
    assert faq.title == "个人名下的专利能给公司质押贷款吗？" and faq.category == "financing"
    assert "3" in faq.answer and "老板个人名下" in faq.answer, "prefilled with the count and what was asked"


def test_a_frequent_question_becomes_a_draft_public_module_in_the_catalogue(client, django_user_model, hub, frequent):
    admin = django_user_model.objects.create_superuser(email="root@example.cn", password="x-12345678-y")
    client.force_login(admin)

    _draft(client, "module")

    module = CoursePage.objects.get(title="个人名下的专利能给公司质押贷款吗？")
    assert (module.access, module.audience, module.live) == ("public", "sme", False)
    assert module.code.startswith("QY-")
    lesson = module.get_children().get().specific
    assert "老板个人名下" in str(lesson.body.raw_data)


def test_needs_outside_the_viewers_reach_are_not_used(client, network, hub, frequent):
    client.force_login(network.users["zhejiang"])

    response = _draft(client, "faq")

    assert response.status_code == 302
    assert not SmeFaqPage.objects.exists(), "Zhejiang does not see Nanjing's needs"


def test_needs_of_several_categories_are_refused_with_a_message(network, hub, frequent):
    from learning.outreach import content_loop
    from learning.outreach.models import Need

    NeedFactory(category=NeedCategory.TRADEMARK)

    with pytest.raises(content_loop.ContentLoopError):
        content_loop.draft_from_needs(needs=Need.objects.all(), kind="faq", user=network.users["national"])
