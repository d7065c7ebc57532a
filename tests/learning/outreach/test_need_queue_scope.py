"""Who sees which needs: scope.needs() and the queue pages in the Wagtail admin."""

import pytest
from django.urls import reverse

from learning.outreach.models import Need, NeedStatus
from learning.talent import scope

from .conftest import submit

pytestmark = pytest.mark.django_db

VISIBLE = {
    "national": {"js_office", "nj_centre", "nj_node", "wx_tisc", "zj_office", "hz_tisc"},
    "jiangsu": {"js_office", "nj_centre", "nj_node", "wx_tisc"},
    "zhejiang": {"zj_office", "hz_tisc"},
    "nanjing_centre": {"nj_centre", "nj_node"},
    "learner": set(),
    "editor": set(),
}


def _keys(queue, needs):
    by_pk = {n.pk: k for k, n in queue.needs.items()}
    return {by_pk[n.pk] for n in needs if n.pk in by_pk}


@pytest.mark.parametrize("who", sorted(VISIBLE))
def test_each_role_sees_exactly_the_needs_of_its_reach(queue, who):
    assert _keys(queue, scope.needs(queue.users[who])) == VISIBLE[who]


def test_staff_see_their_institution_and_its_children_only(queue):
    assert _keys(queue, scope.needs(queue.staff)) == {"nj_node"}


def test_a_province_sees_its_unassigned_needs_and_no_other_province_does(queue):
    stray = submit(queue.regions["320200"])
    stray.institution = None
    stray.save()
    assert scope.needs(queue.users["jiangsu"]).filter(pk=stray.pk).exists()
    assert not scope.needs(queue.users["zhejiang"]).filter(pk=stray.pk).exists()
    assert not scope.needs(queue.users["nanjing_centre"]).filter(pk=stray.pk).exists()


def test_the_queue_page_lists_only_needs_in_reach_and_highlights_overdue_ones(client, queue):
    late = queue.needs["nj_node"]
    Need.objects.filter(pk=late.pk).update(sla_due_at="2020-01-01T00:00:00Z")
    client.force_login(queue.users["nanjing_centre"])
    html = client.get(reverse("needs_admin:queue")).content.decode()
    for key, need in queue.needs.items():
        assert (need.reference in html) == (key in VISIBLE["nanjing_centre"])
    assert html.index(late.reference) < html.index(queue.needs["nj_centre"].reference)  # overdue first
    assert "needs-overdue" in html and "needs-badge" in html


def test_another_institutions_need_is_not_found_by_any_url(client, queue):
    client.force_login(queue.users["zhejiang"])
    need = queue.needs["nj_centre"]
    assert client.get(reverse("needs_admin:need", args=[need.pk])).status_code == 404
    assert client.post(reverse("needs_admin:act", args=[need.pk, "accept"])).status_code == 404
    need.refresh_from_db()
    assert need.status == NeedStatus.RECEIVED


def test_staff_work_a_need_through_the_admin_and_refusals_are_shown(client, queue):
    client.force_login(queue.staff)
    need = queue.needs["nj_node"]
    page = reverse("needs_admin:need", args=[need.pk])
    assert client.get(page).status_code == 200
    client.post(reverse("needs_admin:act", args=[need.pk, "accept"]))
    response = client.post(reverse("needs_admin:act", args=[need.pk, "close"]), follow=True)
    assert "Record the measures taken" in response.content.decode() or "请先记录" in response.content.decode()
    response = client.post(reverse("needs_admin:act", args=[need.pk, "transfer"]), {"institution": "", "reason": ""})
    assert response.status_code == 400
    client.post(reverse("needs_admin:act", args=[need.pk, "reply"]), {"body": "已答复", "answers": "on"})
    client.post(
        reverse("needs_admin:act", args=[need.pk, "measures"]),
        {"measures": "提供检索报告", "outcome": "resolved", "satisfaction": "4"},
    )
    client.post(reverse("needs_admin:act", args=[need.pk, "close"]), {"note": ""})
    need.refresh_from_db()
    assert (need.status, need.outcome, need.satisfaction) == (NeedStatus.CLOSED, "resolved", 4)


def test_people_without_a_role_or_institution_cannot_open_the_queue(client, queue):
    client.force_login(queue.users["learner"])
    assert client.get(reverse("needs_admin:queue")).status_code in (302, 403)


def test_queue_and_need_pages_keep_their_query_count_as_needs_grow(client, queue, django_assert_max_num_queries):
    user = queue.users["national"]
    client.force_login(user)
    need = queue.needs["nj_node"]
    with django_assert_max_num_queries(25):
        assert client.get(reverse("needs_admin:queue")).status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get(reverse("needs_admin:need", args=[need.pk])).status_code == 200
    for n in range(30):
        extra = submit(queue.regions["320100"], email=f"more{n}@example.cn")
        from learning.outreach import services

        services.reply(need=extra, user=user, body="好")
        services.reply(need=need, user=user, body=f"补充{n}", answers=False)
    with django_assert_max_num_queries(25):
        assert client.get(reverse("needs_admin:queue") + "?status=").status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get(reverse("needs_admin:need", args=[need.pk])).status_code == 200


def test_attachments_are_private_and_download_only_within_reach(client, queue, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from learning.outreach import services as need_services

    upload = SimpleUploadedFile("说明.pdf", b"%PDF-1.4 test")
    need = need_services.submit_need(
        attachments=[(upload, "application/pdf")],
        category="patent",
        region=queue.regions["320102"],
        title="附件测试",
        description="请看附件。",
        submitter_name="赵六",
        submitter_email="zhao@example.cn",
    )
    item = need.attachments.get()
    assert item.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT)) and "说明" not in item.file.name
    url = reverse("needs_admin:attachment", args=[need.pk, item.pk])
    client.force_login(queue.users["zhejiang"])
    assert client.get(url).status_code == 404
    client.force_login(queue.users["nanjing_centre"])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 test"
    assert "attachment" in response["Content-Disposition"]
