"""Timing one URL through Django's test client: median and 95th percentile, and its query count."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def measure(client, path, requests, params=None):
    client.get(path, params or {})  # warm caches
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path, params or {})
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, params, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, params or {})
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)
