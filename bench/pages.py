"""Server time of the public shell pages and the health check, through Django's test client
(no network), on the demo content."""

from django.test import Client

from .timing import measure

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
        median, p95, queries = measure(client, path, REQUESTS)
        results.append(
            {"name": f"{name} `{path}`", "requests": REQUESTS, "median_ms": median, "p95_ms": p95, "queries": queries}
        )
    return results
