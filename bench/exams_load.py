"""Autosave under load: many learners in timed mock exams at once, each saving an answer every
30 seconds, against PostgreSQL and gunicorn on this machine, with the load generator on the same cores.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/exams_load REDIS_URL=redis://127.0.0.1:6379/2 \
        .venv/bin/python -m bench.exams_load --learners 2000 --rates 67,100,150,200 --seconds 40 --workers 3
    ... --burst 2000 --burst-seconds 60 --rates ''   # the start-of-exam burst only
    ... --burst 2000 --burst-seconds 60 --burst-saves 30 --rates ''   # the burst with the autosaves it brings

It migrates the database, opens one 100-question mock exam per learner (sessions made directly), starts
gunicorn on 127.0.0.1:8100, then for each target rate sends open-loop POSTs to
/exams/attempts/<id>/save/ (each learner every learners/rate seconds, at a random phase: the steady
state) and reports the achieved rate and latency percentiles. With --burst N it also prepares N
learners without an attempt, and each of them, at a random moment within --burst-seconds, starts the
mock exam (POST /exams/mock/<id>/start/, which draws their paper) and opens it (GET of the 100-question
page it redirects to), as when a class opens the paper together; with --burst-saves 30 each of them
then saves an answer every 30 seconds, so the last starters meet the autosaves of all who started
before them (33 starts, 33 paper opens and up to 67 saves per second). REDIS_URL, when set, is the cache and
the session store of the web processes, as in production. Not part of `make bench` (it needs
PostgreSQL and several minutes)."""

import argparse
import asyncio
import os
import random
import resource
import secrets
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8100
BLUEPRINT = "知识产权专业知识和实务（初级）"


def _session_for(user):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def prepare_burst(count):
    """Learners with a session and no open attempt (earlier runs' attempts are deleted)."""
    from learning.accounts.models import User
    from learning.exams.models import Attempt, Blueprint

    blueprint = Blueprint.objects.get(name=BLUEPRINT)
    existing = {u.email: u for u in User.objects.filter(email__startswith="burst-")}
    Attempt.objects.filter(user__email__startswith="burst-").delete()
    sessions = []
    for n in range(count):
        email = f"burst-{n:05d}@example.cn"
        user = existing.get(email) or User.objects.create_user(email=email, password=None, display_name=f"开考{n}")
        sessions.append(_session_for(user))
    return blueprint.pk, sessions


def _vacuum():
    """This machine's PostgreSQL runs without autovacuum: without this, the rows each run deletes
    pile up as dead tuples in the attempt tables and their indexes, and every later run is slower."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) exams_attemptitem, exams_attempt, django_session")


def prepare(learners):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.apps import apps
    from django.core.management import call_command

    from bench.exams import build_bank
    from learning.accounts.models import User
    from learning.exams import services, structures
    from learning.exams.models import Attempt, Blueprint, Question

    call_command("migrate", verbosity=0)
    structures.seed(apps)
    if not Question.objects.filter(external_id__startswith="BENCH-").exists():
        build_bank(size=2000)
    blueprint = Blueprint.objects.get(name=BLUEPRINT)
    rng = random.Random(5)
    sessions = []
    existing = {u.email: u for u in User.objects.filter(email__startswith="load-")}
    for n in range(learners):
        email = f"load-{n:05d}@example.cn"
        user = existing.get(email) or User.objects.create_user(email=email, password=None, display_name=f"压测{n}")
        attempt = Attempt.objects.filter(user=user, status="in_progress").first()
        if attempt is None:
            attempt = services.start_mock_exam(user=user, blueprint=blueprint, rng=rng)
        Attempt.objects.filter(pk=attempt.pk).update(
            deadline=attempt.started_at.replace(year=attempt.started_at.year + 1)
        )
        sessions.append((_session_for(user), attempt.pk))
        if n % 250 == 0:
            print(f"  {n} learners ready", flush=True)
    return sessions


async def _post(host, port, path, body, cookie, token):
    status, _headers = await _request(host, port, "POST", path, cookie, token=token, body=body)
    return status


async def _request(host, port, method, path, cookie, token="", body=""):
    """One HTTP/1.1 request on a new connection; returns (status, raw response head)."""
    reader, writer = await asyncio.open_connection(host, port)
    request = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
    if method == "POST":
        request += (
            f"X-CSRFToken: {token}\r\nX-Requested-With: fetch\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
        )
    request += f"Connection: close\r\n\r\n{body}"
    writer.write(request.encode())
    await writer.drain()
    response = await reader.read()
    writer.close()
    head = response.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    return int(head.split()[1]), head


def _percentiles(name, latencies, elapsed, errors):
    latencies = sorted(latencies) or [0.0]
    return {
        "name": name,
        "requests": len(latencies),
        "achieved": len(latencies) / elapsed,
        "median": statistics.median(latencies),
        "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)],
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)],
        "max": latencies[-1],
        "errors": errors,
    }


async def _run_burst(blueprint_id, sessions, seconds, save_every=0):
    """Each learner starts the mock exam and opens the paper at a random moment within ``seconds``;
    with ``save_every`` each then saves an answer every that many seconds (the first after a random
    part of it) until ``save_every`` seconds after the last learner started, so that the burst meets
    the autosaves of those who started before."""
    rng = random.Random(11)
    schedule = sorted((rng.uniform(0, seconds), key) for key in sessions)
    starts, pages, totals, saves = [], [], [], []
    windows = {}  # 10-second window of the schedule -> start latencies
    errors = {"start": 0, "page": 0, "save": 0}
    started = time.perf_counter()
    until = seconds + save_every

    async def keep_saving(cookie, token, location):
        attempt_id = location.rstrip("/").rsplit("/", 1)[-1]
        await asyncio.sleep(rng.uniform(0, save_every))
        while time.perf_counter() - started < until:
            body = f"position={rng.randint(1, 60)}&response={rng.choice('ABCD')}"
            t0 = time.perf_counter()
            try:
                status = await _post("127.0.0.1", PORT, f"/exams/attempts/{attempt_id}/save/", body, cookie, token)
            except OSError:
                status = 0
            saves.append((time.perf_counter() - t0) * 1000)
            if status != 200:
                errors["save"] += 1
            await asyncio.sleep(save_every)

    async def one(at, session_key):
        delay = at - (time.perf_counter() - started)
        if delay > 0:
            await asyncio.sleep(delay)
        token = secrets.token_hex(16)
        cookie = f"sessionid={session_key}; csrftoken={token}"
        t0 = time.perf_counter()
        try:
            status, head = await _request(
                "127.0.0.1", PORT, "POST", f"/exams/mock/{blueprint_id}/start/", cookie, token=token, body="x=1"
            )
        except OSError:
            status, head = 0, ""
        t1 = time.perf_counter()
        starts.append((t1 - t0) * 1000)
        windows.setdefault(int(at // 10), []).append((t1 - t0) * 1000)
        location = next(
            (line.split(":", 1)[1].strip() for line in head.split("\r\n") if line.lower().startswith("location:")), ""
        )
        if status != 302 or "/exams/attempts/" not in location:
            errors["start"] += 1
            return
        try:
            status, _head = await _request("127.0.0.1", PORT, "GET", location, cookie)
        except OSError:
            status = 0
        t2 = time.perf_counter()
        pages.append((t2 - t1) * 1000)
        totals.append((t2 - t0) * 1000)
        if status != 200:
            errors["page"] += 1
        elif save_every:
            await keep_saving(cookie, token, location)

    await asyncio.gather(*(one(at, key) for at, key in schedule))
    elapsed = time.perf_counter() - started
    rows = [
        _percentiles("start (draw the paper)", starts, elapsed, errors["start"]),
        _percentiles("open the 100-question paper", pages, elapsed, errors["page"]),
        _percentiles("start + open", totals, elapsed, errors["start"] + errors["page"]),
    ]
    if save_every:
        rows.append(_percentiles("autosaves of those who started", saves, elapsed, errors["save"]))
    for window, latencies in sorted(windows.items()):
        latencies.sort()
        print(
            f"  starts scheduled in {window * 10}-{window * 10 + 10} s: {len(latencies)}, "
            f"p95 {latencies[max(0, int(len(latencies) * 0.95) - 1)]:.1f} ms",
            flush=True,
        )
    return rows


def _cpu_times():
    """(busy, steal, total, iowait) jiffies of the whole machine from /proc/stat."""
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]
    steal = values[7] if len(values) > 7 else 0
    return sum(values) - idle - steal, steal, sum(values), values[4]


def _cpu_by_part(server_pid):
    """CPU seconds used so far by the web workers, PostgreSQL, Redis and this load generator."""
    tick = os.sysconf("SC_CLK_TCK")
    parts = {"web workers": 0.0, "PostgreSQL": 0.0, "Redis": 0.0}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                raw = stat.read()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1 : raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2 :].split()
        # utime + stime, and cutime + cstime of children that ended (PostgreSQL backends end with
        # their connection, and their time then shows in the postmaster's)
        seconds = sum(int(value) for value in fields[11:15]) / tick
        if int(fields[1]) == server_pid or int(entry.name) == server_pid:
            parts["web workers"] += seconds
        elif comm.startswith("postgres"):
            parts["PostgreSQL"] += seconds
        elif comm.startswith("redis-server"):
            parts["Redis"] += seconds
    usage = resource.getrusage(resource.RUSAGE_SELF)
    parts["load generator"] = usage.ru_utime + usage.ru_stime
    return parts


async def _run_rate(sessions, rate, seconds):
    """Open loop: learner i saves at phase_i + k * period, period = learners / rate."""
    learners = len(sessions)
    period = learners / rate
    schedule = []
    rng = random.Random(rate)
    for i in range(len(sessions)):
        start = rng.uniform(0, period)
        t = start
        while t < seconds:
            schedule.append((t, i))
            t += period
    schedule.sort()
    latencies, errors = [], 0
    started = time.perf_counter()

    async def one(at, i):
        nonlocal errors
        delay = at - (time.perf_counter() - started)
        if delay > 0:
            await asyncio.sleep(delay)
        session_key, attempt_id = sessions[i]
        token = secrets.token_hex(16)
        body = f"position={rng.randint(1, 60)}&response={rng.choice('ABCD')}"
        t0 = time.perf_counter()
        try:
            status = await _post(
                "127.0.0.1",
                PORT,
                f"/exams/attempts/{attempt_id}/save/",
                body,
                f"sessionid={session_key}; csrftoken={token}",
                token,
            )
        except OSError:
            status = 0
        latencies.append((time.perf_counter() - t0) * 1000)
        if status != 200:
            errors += 1

    await asyncio.gather(*(one(at, i) for at, i in schedule))
    elapsed = time.perf_counter() - started
    return {"target": rate, **_percentiles(f"{rate}/s", latencies, elapsed, errors)}


def _fernet_key():
    import base64

    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


def _wait_until_up(timeout=60):
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
    global PORT
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=2000)
    parser.add_argument("--rates", default="67,100,150")
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (gunicorn's gthread worker)")
    parser.add_argument("--access-log", default="", help="gunicorn's access log with each request's server time")
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--burst", type=int, default=0, help="learners who start the exam together")
    parser.add_argument("--burst-seconds", type=int, default=60)
    parser.add_argument(
        "--burst-saves", type=int, default=0, help="burst learners then save an answer every N seconds (30)"
    )
    args = parser.parse_args()
    PORT = args.port
    os.environ["DEBUG"] = "0"
    os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)  # the same key signs the sessions made here
    os.environ.setdefault("CERTIFICATE_SIGNING_KEY", secrets.token_urlsafe(32))  # production requires one
    print("preparing learners and attempts ...", flush=True)
    sessions = prepare(args.learners)
    burst = prepare_burst(args.burst) if args.burst else None
    _vacuum()
    static_root = Path(os.environ.get("STATIC_ROOT") or ROOT / "staticfiles")
    subprocess.run(  # the paper page needs the hashed static files of production settings
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        check=True,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "STATIC_ROOT": str(static_root),
            "ALLOWED_HOSTS": "127.0.0.1",
            "TALENT_ID_ENCRYPTION_KEYS": _fernet_key(),
        },
    )
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "cms.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            str(args.workers),
            "--threads",
            str(args.threads),
            *(
                ["--access-logfile", args.access_log, "--access-logformat", "%(m)s %(U)s %(s)s %(M)s"]
                if args.access_log
                else []
            ),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            # Production settings (the dev settings re-scan static files on every request), over plain
            # HTTP on the loopback: no SSL redirect.
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "TALENT_ID_ENCRYPTION_KEYS": _fernet_key(),
            "LOG_LEVEL": "WARNING",
            "DATABASE_CONN_MAX_AGE": "60",  # keep PostgreSQL connections between requests
            "STATIC_ROOT": str(static_root),
        },
    )
    try:
        _wait_until_up()
        asyncio.run(_run_rate(sessions, 20, 3))  # warm every worker
        if burst is not None:
            before, parts_before = _cpu_times(), _cpu_by_part(server.pid)
            rows = asyncio.run(_run_burst(burst[0], burst[1], args.burst_seconds, args.burst_saves))
            after, parts_after = _cpu_times(), _cpu_by_part(server.pid)
            seconds = (after[2] - before[2]) / os.sysconf("SC_CLK_TCK") / (os.cpu_count() or 1)
            print(
                "CPU during the burst (share of the machine): "
                + ", ".join(
                    f"{name} {100 * (parts_after[name] - parts_before[name]) / (seconds * (os.cpu_count() or 1)):.0f}%"
                    for name in parts_after
                ),
                flush=True,
            )
            total = (after[2] - before[2]) or 1
            print(
                f"machine during the burst: {100 * (after[0] - before[0]) / total:.0f}% busy, "
                f"{100 * (after[3] - before[3]) / total:.0f}% idle waiting for the disk, "
                f"{100 * (after[1] - before[1]) / total:.0f}% stolen by the host",
                flush=True,
            )
            for row in rows:
                print(
                    f"burst of {args.burst} in {args.burst_seconds}s, {row['name']}: {row['requests']} requests, "
                    f"median {row['median']:.1f} ms, p95 {row['p95']:.1f} ms, p99 {row['p99']:.1f} ms, "
                    f"max {row['max']:.1f} ms, errors {row['errors']}",
                    flush=True,
                )
        rows = []
        for rate in [int(r) for r in args.rates.split(",") if r.strip()]:
            row = asyncio.run(_run_rate(sessions, rate, args.seconds))
            rows.append(row)
            print(
                f"target {row['target']}/s: {row['requests']} saves, achieved {row['achieved']:.0f}/s, "
                f"median {row['median']:.1f} ms, p95 {row['p95']:.1f} ms, p99 {row['p99']:.1f} ms, errors {row['errors']}",
                flush=True,
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
