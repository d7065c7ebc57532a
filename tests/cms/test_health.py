"""/healthz for load balancers: 200 when database, cache and broker answer, 503 naming the failure."""

import pytest
from django.db.utils import OperationalError

from cms import views
from tests.services import REDIS_URL, celery_broker

pytestmark = pytest.mark.django_db


def test_health_check_reports_each_dependency_and_answers_200_when_all_are_up(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker"}
    assert all(check["status"] == "ok" for check in body["checks"].values())
    assert response["Cache-Control"].startswith("max-age=0")


def test_health_check_answers_503_and_names_the_database_when_it_is_down(client, monkeypatch):
    def database_down():
        raise OperationalError("connection refused")

    monkeypatch.setitem(views.HEALTH_CHECKS, "database", database_down)

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["failed"] == ["database"]
    assert "connection refused" in body["checks"]["database"]["error"]
    assert body["checks"]["cache"]["status"] == "ok"


def test_health_check_names_an_unreachable_broker(client):
    with celery_broker("redis://127.0.0.1:1/0"):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["failed"] == ["broker"]


@pytest.mark.redis
def test_health_check_reaches_a_real_redis_broker(client):
    with celery_broker(REDIS_URL):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["checks"]["broker"]["backend"] == "redis"
