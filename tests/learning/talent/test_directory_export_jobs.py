"""Large directory exports are built by a Celery task: the requester is told by email and downloads
the file through a link that only they can use, while their scope is unchanged; small exports
are still answered at once."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from learning.talent import directory, services
from learning.talent.models import ExportJob, ExportStatus, RoleAssignment
from tests.services import REDIS_URL, celery_broker, worker_draining


def _names(content):
    sheet = load_workbook(io.BytesIO(content)).active
    return {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}


def _content(response):
    return b"".join(response.streaming_content)


def _jiangsu_names(network):
    return {network.people[k].name for k in network.visible["jiangsu"]}


@pytest.mark.django_db
def test_a_small_export_is_answered_at_once(client, network):
    client.force_login(network.users["jiangsu"])
    response = client.get(reverse("talent_admin:directory_export"))
    assert response.status_code == 200
    assert _names(response.content) == _jiangsu_names(network)
    assert not ExportJob.objects.exists()


@pytest.mark.django_db
def test_a_large_export_is_built_in_the_background_and_emailed_to_the_requester(
    client, network, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(directory, "EXPORT_INLINE_LIMIT", 2)
    user = network.users["jiangsu"]
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("talent_admin:directory_export") + "?q=")
    job = ExportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("talent_admin:export_status", args=[job.pk])
    job.refresh_from_db()
    assert (job.status, job.row_count, job.created_by) == (ExportStatus.DONE, 4, user)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [user.email]
    download_url = reverse("talent_admin:export_download", args=[job.pk])
    assert download_url in mail.outbox[0].body
    assert "导出" in mail.outbox[0].subject  # the requester's language (zh-hans)
    page = client.get(response["Location"]).content.decode()
    assert download_url in page
    download = client.get(download_url)
    assert download.status_code == 200 and "no-store" in download["Cache-Control"]
    assert _names(_content(download)) == _jiangsu_names(network)


@pytest.mark.django_db
def test_running_the_export_task_again_builds_and_emails_nothing_more(client, network, monkeypatch):
    user = network.users["zhejiang"]
    user.language = "en"
    user.save(update_fields=["language"])
    job = ExportJob.objects.create(created_by=user, query="")
    assert services.build_export(job_id=job.pk) is True
    first = ExportJob.objects.get(pk=job.pk).file.name
    assert services.build_export(job_id=job.pk) is False
    assert ExportJob.objects.get(pk=job.pk).file.name == first
    assert len(mail.outbox) == 1 and "ready" in mail.outbox[0].subject  # English, the user's choice


@pytest.mark.django_db
@pytest.mark.parametrize("other", ["zhejiang", "national", "nanjing_centre", "learner"])
def test_nobody_but_the_requester_can_download_or_see_an_export(client, network, other):
    job = ExportJob.objects.create(created_by=network.users["jiangsu"], query="")
    services.build_export(job_id=job.pk)
    client.force_login(network.users[other])
    for name in ("talent_admin:export_download", "talent_admin:export_status"):
        response = client.get(reverse(name, args=[job.pk]))
        assert response.status_code in (302, 403, 404), (other, name)
        assert not hasattr(response, "streaming_content")


@pytest.mark.django_db
def test_the_link_stops_working_when_the_scope_changes_or_the_file_expires(client, network):
    user = network.users["jiangsu"]
    job = ExportJob.objects.create(created_by=user, query="")
    services.build_export(job_id=job.pk)
    client.force_login(user)
    url = reverse("talent_admin:export_download", args=[job.pk])
    assert client.get(url).status_code == 200

    RoleAssignment.objects.filter(user=user).update(province=network.regions["330000"])  # now 浙江
    response = client.get(url, follow=True)
    assert not hasattr(response, "streaming_content")
    assert "范围" in response.content.decode()  # "your scope has changed"

    RoleAssignment.objects.filter(user=user).update(province=network.regions["320000"])
    ExportJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=8))
    response = client.get(url, follow=True)
    assert not hasattr(response, "streaming_content")
    assert "过期" in response.content.decode()


@pytest.mark.django_db
def test_filters_are_applied_in_the_requesters_scope_when_the_file_is_built(network):
    outside = network.institutions["hz_tisc"]
    job = ExportJob.objects.create(created_by=network.users["jiangsu"], query=f"institution={outside.pk}")
    services.build_export(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.FAILED  # an institution outside the scope is not a valid choice
    assert not job.file


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_a_large_export_is_built_by_a_real_worker(client, network, monkeypatch):
    monkeypatch.setattr(directory, "EXPORT_INLINE_LIMIT", 2)
    client.force_login(network.users["national"])
    with celery_broker(REDIS_URL) as app:
        response = client.get(reverse("talent_admin:directory_export"))
        assert response.status_code == 302
        with worker_draining(app) as finished:
            pass
    assert finished == [("learning.talent.tasks.build_export", "SUCCESS")]
    job = ExportJob.objects.get()
    assert job.status == ExportStatus.DONE, job.message
    assert len(mail.outbox) == 1
    download = client.get(reverse("talent_admin:export_download", args=[job.pk]))
    assert _names(_content(download)) == {p.name for p in network.people.values()}


# --- expiry: the daily Celery beat task -----------------------------------------------------------


def _built(user, *, days_ago):
    job = ExportJob.objects.create(created_by=user, query="pool=lecturer")
    services.build_export(job_id=job.pk)
    ExportJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=days_ago))
    return ExportJob.objects.get(pk=job.pk)


@pytest.mark.django_db
def test_the_daily_task_deletes_expired_files_marks_the_jobs_and_is_idempotent(network):
    from learning.talent import tasks

    user = network.users["jiangsu"]
    old, fresh = _built(user, days_ago=ExportJob.KEEP_DAYS + 1), _built(user, days_ago=ExportJob.KEEP_DAYS - 1)
    storage, old_name = old.file.storage, old.file.name
    assert storage.exists(old_name)

    assert tasks.expire_exports.delay().get() == 1
    old.refresh_from_db()
    assert old.status == ExportStatus.EXPIRED and not old.file and old.is_expired and old.is_finished
    assert not storage.exists(old_name)
    fresh.refresh_from_db()
    assert fresh.status == ExportStatus.DONE and storage.exists(fresh.file.name) and not fresh.is_expired

    assert tasks.expire_exports.delay().get() == 0  # a second run finds nothing more to do
    assert ExportJob.objects.get(pk=old.pk).status == ExportStatus.EXPIRED


@pytest.mark.django_db
def test_a_job_whose_file_is_already_gone_is_still_marked_expired(network):
    job = _built(network.users["jiangsu"], days_ago=30)
    job.file.storage.delete(job.file.name)
    assert services.expire_exports() == 1
    assert ExportJob.objects.get(pk=job.pk).status == ExportStatus.EXPIRED


@pytest.mark.django_db
def test_downloading_an_expired_export_says_it_expired_and_offers_to_run_it_again(client, network):
    user = network.users["jiangsu"]
    job = _built(user, days_ago=ExportJob.KEEP_DAYS + 1)
    services.expire_exports()
    client.force_login(user)
    response = client.get(reverse("talent_admin:export_download", args=[job.pk]), follow=True)
    assert not hasattr(response, "streaming_content")
    assert response.redirect_chain[-1][0] == reverse("talent_admin:export_status", args=[job.pk])
    body = response.content.decode()
    assert 'id="export-expired"' in body and "过期" in body and "7" in body
    assert f'href="{reverse("talent_admin:directory_export")}?pool=lecturer"' in body  # run it again
    assert reverse("talent_admin:export_download", args=[job.pk]) not in body


def test_the_expiry_task_is_scheduled_daily_by_celery_beat(settings):
    from django.utils.module_loading import import_string

    entry = settings.CELERY_BEAT_SCHEDULE["talent-expire-exports"]
    task = import_string(entry["task"])
    assert task.name == entry["task"]
    schedule = entry["schedule"]
    assert len(schedule.hour) == len(schedule.minute) == 1  # once a day
    assert schedule.day_of_month == set(range(1, 32)) and schedule.day_of_week == set(range(7))
