"""The people list marks lecturers with a tick or a cross whose title is in the reader's language
(Wagtail's own boolean cell titles its icons "True" / "False" in English whatever the language)."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "yes", "no"), [("zh-hans", "是", "否"), ("en", "Yes", "No")])
def test_the_lecturer_column_names_its_values_in_the_readers_language(client, network, language, yes, no):
    client.force_login(network.users["national"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    network.people["nj_centre"].__class__.objects.filter(pk=network.people["nj_centre"].pk).update(is_lecturer=True)
    html = client.get(reverse("talent_people:index")).content.decode()
    titles = re.findall(r'icon-(check|cross) default[^>]*>.*?</svg><span class="w-sr-only">\s*([^<]*?)\s*</span>', html)
    assert ("check", yes) in titles and ("cross", no) in titles
    assert not {title for _icon, title in titles} & {"True", "False"}
