"""Server time of the public shell pages and the health check, through Django's test client
(no network), on the demo content."""

import statistics
import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

PAGES = [
    ("home page", "/"),
    ("content page", "/about/"),
    ("sign-up form", "/accounts/signup/"),
    ("health check", "/healthz"),
    ("sitemap.xml", "/sitemap.xml"),
]
REQUESTS = 200


def run():
    client = Client(HTTP_HOST="127.0.0.1")
    results = []
    for name, path in PAGES:
        client.get(path)  # warm caches
        timings = []
        for _ in range(REQUESTS):
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        timings.sort()
        results.append(
            {
                "name": f"{name} `{path}`",
                "requests": REQUESTS,
                "median_ms": statistics.median(timings),
                "p95_ms": timings[int(len(timings) * 0.95) - 1],
                "queries": len(queries),
            }
        )
    return results
