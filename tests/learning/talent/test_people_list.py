"""The people list marks lecturers with a tick or a cross whose title is in the reader's language
(Wagtail's own boolean cell titles its icons "True" / "False" in English whatever the language)."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from learning.talent.models import Person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "yes", "no"), [("zh-hans", "是", "否"), ("en", "Yes", "No")])
def test_the_lecturer_column_names_its_values_in_the_readers_language(client, network, language, yes, no):
    client.force_login(network.users["national"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    Person.objects.filter(pk=network.people["nj_centre"].pk).update(is_lecturer=True)
    html = client.get(reverse("talent_people:index")).content.decode()
    titles = re.findall(r'icon-(check|cross) default[^>]*>.*?</svg><span class="w-sr-only">\s*([^<]*?)\s*</span>', html)
    assert ("check", yes) in titles and ("cross", no) in titles
    assert not {title for _icon, title in titles} & {"True", "False"}


def test_the_talent_administrators_group_keeps_its_members_under_its_chinese_name(network):
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Group

    from learning.talent import services

    migration = importlib.import_module("learning.talent.migrations.0008_chinese_group_name")
    admin = network.users["national"]
    Group.objects.filter(name=services.ADMIN_GROUP).update(name="Talent administrators")  # as before 0008
    migration.rename(apps, None)
    assert list(admin.groups.values_list("name", flat=True)) == ["人才网络管理员"]
    assert not Group.objects.filter(name="Talent administrators").exists()
    Group.objects.create(name="Talent administrators")
    migration.rename(apps, None)  # the Chinese group exists: nothing is merged or lost
    assert Group.objects.filter(name__in=["人才网络管理员", "Talent administrators"]).count() == 2
