"""Enrolment throughput under load: many learners pressing "enrol" at once, against PostgreSQL and
gunicorn on this machine, with the load generator on the same cores; then a check that the capacity
lock held (no session over capacity, the seat counter equal to the enrolled learners).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_enrol CELERY_BROKER_URL=redis://127.0.0.1:6379/2 \
        .venv/bin/python -m bench.enrolment --learners 3000 --sessions 20 --capacity 150 --rates 100,150 --seconds 30

It migrates the database, makes the learners (verified staff accounts, signed-in sessions made
directly) and the sessions of one course, starts gunicorn on 127.0.0.1:8101, then for each target
rate sends open-loop POSTs to /enrolment/sessions/<id>/enrol/, each a distinct (learner, session)
pair, so every request is a real enrolment (enrolled while seats last, then waitlisted). The sessions
are few on purpose: every request of a session queues on the same row lock. Emails are queued to
the Celery broker named by CELERY_BROKER_URL (no worker runs; the queue is purged afterwards), as in
production. Not part of `make bench` (it needs PostgreSQL and several minutes)."""

import argparse
import asyncio
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.exams_load import _fernet_key, _post

ROOT = Path(__file__).resolve().parent.parent
PORT = 8101
COURSE_CODE = "BENCH-ENROL"


def prepare(learners, sessions, capacity):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from courses.models import CatalogPage, CoursePage
    from learning.accounts.models import User
    from learning.enrolment.models import Session

    call_command("migrate", verbosity=0)
    course = CoursePage.objects.filter(code=COURSE_CODE).first()
    if course is None:
        course = CoursePage(
            title="压测课程", slug="bench-enrol", code=COURSE_CODE, summary="报名压测。", delivery_mode="in_person"
        )
        CatalogPage.objects.get().add_child(instance=course)
        course.save_revision().publish()
    Session.objects.filter(course=course).delete()  # a fresh run: empty sessions, no enrolments
    rows = [
        Session.objects.create(course=course, title=f"压测班 {n + 1}", mode="in_person", capacity=capacity)
        for n in range(sessions)
    ]
    existing = {u.email: u for u in User.objects.filter(email__startswith="enrol-load-")}
    new = [
        User(email=f"enrol-load-{n:05d}@example.cn", display_name=f"报名压测{n}", kind="staff")
        for n in range(learners)
        if f"enrol-load-{n:05d}@example.cn" not in existing
    ]
    for user in new:
        user.set_unusable_password()
    User.objects.bulk_create(new, batch_size=1000)
    users = list(User.objects.filter(email__startswith="enrol-load-").order_by("email")[:learners])
    verified = set(EmailAddress.objects.filter(user__in=users, verified=True).values_list("user_id", flat=True))
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users if u.pk not in verified],
        batch_size=1000,
    )
    cookies = []
    for n, user in enumerate(users):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(session.session_key)
        if n % 1000 == 0:
            print(f"  {n} learners ready", flush=True)
    return cookies, [s.pk for s in rows]


def pairs(cookies, session_ids, seed=7):
    """Every (learner, session) pair once, shuffled: the order in which "enrol" is pressed."""
    all_pairs = [(c, s) for s in session_ids for c in cookies]
    random.Random(seed).shuffle(all_pairs)
    return all_pairs


async def _run_rate(work, rate, seconds):
    """Open loop at ``rate`` requests per second for ``seconds``, taking pairs from ``work``."""
    count = int(rate * seconds)
    batch = [work.pop() for _ in range(min(count, len(work)))]
    latencies, errors = [], 0
    started = time.perf_counter()

    async def one(n, cookie, session_id):
        nonlocal errors
        delay = n / rate - (time.perf_counter() - started)
        if delay > 0:
            await asyncio.sleep(delay)
        token = secrets.token_hex(16)
        t0 = time.perf_counter()
        try:
            status = await _post(
                "127.0.0.1",
                PORT,
                f"/enrolment/sessions/{session_id}/enrol/",
                "",
                f"sessionid={cookie}; csrftoken={token}",
                token,
            )
        except OSError:
            status = 0
        latencies.append((time.perf_counter() - t0) * 1000)
        if status != 302:
            errors += 1

    await asyncio.gather(*(one(n, c, s) for n, (c, s) in enumerate(batch)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "target": rate,
        "requests": len(latencies),
        "achieved": len(latencies) / elapsed,
        "median": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "p99": latencies[int(len(latencies) * 0.99) - 1],
        "errors": errors,
    }


def check_capacity(session_ids):
    """After the run: every session within capacity, its counter equal to its enrolled learners."""
    from django.db.models import Count, Q

    from learning.enrolment.models import Session

    problems, totals = [], {"enrolled": 0, "waitlisted": 0}
    for session in Session.objects.filter(pk__in=session_ids).annotate(
        enrolled=Count("enrolments", filter=Q(enrolments__status="enrolled")),
        waitlisted=Count("enrolments", filter=Q(enrolments__status="waitlisted")),
    ):
        totals["enrolled"] += session.enrolled
        totals["waitlisted"] += session.waitlisted
        if session.enrolled > session.capacity or session.seats_taken != session.enrolled:
            problems.append(f"{session.title}: {session.enrolled} enrolled, counter {session.seats_taken}")
        if session.waitlisted and session.enrolled != session.capacity:
            problems.append(f"{session.title}: waitlisted while {session.capacity - session.enrolled} seats free")
    return problems, totals


def _purge_queue():
    from cms.celery import app

    if os.environ.get("CELERY_BROKER_URL", "").startswith("redis"):
        app.control.purge()


def _wait_until_up(timeout=240):
    import urllib.request

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=3000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--capacity", type=int, default=150)
    parser.add_argument("--rates", default="100,150")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    os.environ["DEBUG"] = "0"
    os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)  # the same key signs the sessions made here
    os.environ.setdefault("CERTIFICATE_SIGNING_KEY", secrets.token_urlsafe(32))  # production requires one
    print("preparing learners and sessions ...", flush=True)
    cookies, session_ids = prepare(args.learners, args.sessions, args.capacity)
    work = pairs(cookies, session_ids)
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "cms.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", str(args.workers)]
        + ["--log-level", "warning"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "TALENT_ID_ENCRYPTION_KEYS": _fernet_key(),
            "LOG_LEVEL": "WARNING",
            "DATABASE_CONN_MAX_AGE": "60",
        },
    )
    try:
        _wait_until_up()
        asyncio.run(_run_rate(work, 20, 2))  # warm every worker
        for rate in [int(r) for r in args.rates.split(",")]:
            row = asyncio.run(_run_rate(work, rate, args.seconds))
            print(
                f"target {row['target']}/s: {row['requests']} enrolments, achieved {row['achieved']:.0f}/s, "
                f"median {row['median']:.1f} ms, p95 {row['p95']:.1f} ms, p99 {row['p99']:.1f} ms, "
                f"errors {row['errors']}",
                flush=True,
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        _purge_queue()
    problems, totals = check_capacity(session_ids)
    print(f"after the run: {totals['enrolled']} enrolled, {totals['waitlisted']} waitlisted", flush=True)
    print("capacity lock: " + ("held in every session" if not problems else "BROKEN: " + "; ".join(problems)))
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
