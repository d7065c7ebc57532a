"""A large import runs as a Celery task on a real worker and Redis, and the status page follows it."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from learning.talent import importers
from learning.talent.models import ImportJob, Person
from tests.services import REDIS_URL, celery_broker, worker_draining


def _workbook(rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(["姓名", "邮箱", "所在机构"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_a_large_file_is_imported_by_a_worker_while_the_page_shows_progress(client, network, monkeypatch):
    monkeypatch.setattr(importers, "INLINE_LIMIT", 10)
    rows = [[f"工{i}", f"worker{i}@example.cn", "无锡技术与创新支持中心"] for i in range(50)]
    client.force_login(network.users["jiangsu"])
    with celery_broker(REDIS_URL) as app:
        response = client.post(
            reverse("talent_admin:import"), {"file": SimpleUploadedFile("big.xlsx", _workbook(rows))}
        )
        assert response.status_code == 302
        job = ImportJob.objects.get()
        assert 'aria-valuenow="100"' not in client.get(response["Location"]).content.decode()  # queued
        with worker_draining(app) as finished:
            pass
    assert finished == [("learning.talent.tasks.run_import", "SUCCESS")]
    job.refresh_from_db()
    assert job.status == "done", (job.status, job.message, job.errors[:3])
    assert Person.objects.filter(email__startswith="worker").count() == 50
    page = client.get(response["Location"]).content.decode()
    assert 'aria-valuenow="100"' in page
