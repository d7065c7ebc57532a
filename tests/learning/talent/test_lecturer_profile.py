"""The public lecturer page: a lecturer who opted in shows name, institution, specialisations and
the courses they teach (through the catalogue's Instructor snippet linked to their person record),
only those the visitor may open, in a fixed number of queries. The course page links its instructor
to that page; the Instructor snippet admin sets the link; the demo links its instructors."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import Instructor
from learning.accounts.models import UserKind
from learning.talent import demo, services
from learning.talent.models import AuditEntry, Person
from tests.factories import UserFactory

from . import factories
from .factories import SpecialisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lecturer(network):
    person = network.people["nj_centre"]  # a lecturer at 中国（南京）知识产权保护中心
    person.public_profile = True
    person.bio = "长期从事专利侵权纠纷行政裁决工作。"
    person.save()
    person.specialisations.set([SpecialisationFactory(name="行政裁决"), SpecialisationFactory(name="专利检索")])
    return person


@pytest.fixture
def instructor(lecturer):
    return Instructor.objects.create(name=lecturer.name, key="nanjing-yi", person=lecturer)


def _profile_url(person):
    return reverse("talent:lecturer_profile", args=[person.pk])


def _listed_codes(response):
    return set(re.findall(r'class="course-code">([A-Z0-9-]+)<', response.content.decode()))


@pytest.fixture
def courses(instructor):
    other = Instructor.objects.create(name="其他讲师", key="other")
    return {
        "public": factories.course("专利行政裁决实务", "CJ-101", instructors=[instructor, other]),
        "registered": factories.course("侵权判定进阶", "CJ-201", instructors=[instructor], access="registered"),
        "staff": factories.course("裁决文书写作", "CJ-301", instructors=[instructor], access="staff"),
        "draft": factories.course("未发布课程", "CJ-401", instructors=[instructor], live=False),
        "not_theirs": factories.course("商标注册基础", "SB-101", instructors=[other]),
    }


def test_anonymous_visitors_see_the_public_courses_with_link_code_and_hours(client, lecturer, courses):
    response = client.get(_profile_url(lecturer))
    assert response.status_code == 200
    body = response.content.decode()
    assert lecturer.name in body and "中国（南京）知识产权保护中心" in body and "江苏省" in body
    assert "行政裁决" in body and "专利检索" in body and "长期从事专利侵权纠纷行政裁决工作" in body
    assert _listed_codes(response) == {"CJ-101"}
    assert f'href="{courses["public"].url}"' in body
    assert "8.0" in body  # 6.0 professional + 2.0 general hours
    assert lecturer.email not in body  # nothing but the public fields


@pytest.mark.parametrize(
    ("kind", "expected"),
    [(UserKind.OTHER, {"CJ-101", "CJ-201"}), (UserKind.STAFF, {"CJ-101", "CJ-201", "CJ-301"})],
)
def test_signed_in_visitors_see_exactly_the_courses_they_may_open(client, lecturer, courses, kind, expected):
    client.force_login(UserFactory(kind=kind))  # verified email: staff kind opens staff-only courses
    assert _listed_codes(client.get(_profile_url(lecturer))) == expected


def test_a_draft_or_another_instructors_course_is_never_listed(client, lecturer, courses):
    client.force_login(UserFactory(is_superuser=True))
    codes = _listed_codes(client.get(_profile_url(lecturer)))
    assert "CJ-401" not in codes and "SB-101" not in codes


def test_the_lecturer_page_runs_the_same_queries_with_one_course_or_twelve(
    client, lecturer, instructor, django_assert_max_num_queries
):
    factories.course("课程一", "QC-001", instructors=[instructor])
    client.get(_profile_url(lecturer))  # warm the site-root cache
    with django_assert_max_num_queries(10) as one:
        assert len(_listed_codes(client.get(_profile_url(lecturer)))) == 1
    for n in range(2, 13):
        factories.course(f"课程{n}", f"QC-{n:03d}", instructors=[instructor])
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(_listed_codes(client.get(_profile_url(lecturer)))) == 12


def test_no_page_for_a_lecturer_who_did_not_opt_in_or_a_person_who_is_not_a_lecturer(client, network, instructor):
    quiet = network.people["hz_tisc"]  # a lecturer without a public profile
    Instructor.objects.create(name=quiet.name, key="quiet", person=quiet)
    assert client.get(_profile_url(quiet)).status_code == 404
    not_lecturer = network.people["js_office"]
    not_lecturer.public_profile = True
    not_lecturer.save()
    assert client.get(_profile_url(not_lecturer)).status_code == 404


def test_a_lecturer_without_a_linked_instructor_has_a_page_without_courses(client, lecturer):
    response = client.get(_profile_url(lecturer))
    assert response.status_code == 200
    assert _listed_codes(response) == set()


def test_the_course_page_links_an_opted_in_instructor_to_the_lecturer_page(client, lecturer, instructor):
    plain = Instructor.objects.create(name="外聘讲师", key="guest")
    course = factories.course("专利行政裁决实务", "CJ-101", instructors=[instructor, plain])
    body = client.get(course.url).content.decode()
    assert f'<a href="{_profile_url(lecturer)}">{lecturer.name}</a>' in body
    assert "<strong>外聘讲师</strong>" in body  # an instructor without a lecturer record is not linked

    Person.objects.filter(pk=lecturer.pk).update(public_profile=False)
    client.force_login(UserFactory())  # a fresh, uncached rendering
    assert _profile_url(lecturer) not in client.get(course.url).content.decode()


def test_linked_instructors_add_no_query_to_the_course_page(client, lecturer, instructor, network):
    course = factories.course("专利行政裁决实务", "CJ-101", instructors=[instructor])
    client.force_login(UserFactory())
    client.get(course.url)
    with CaptureQueriesContext(connection) as one:
        client.get(course.url)
    more = []
    for n, key in enumerate(["js_office", "wx_tisc", "zj_office"]):
        person = network.people[key]
        Person.objects.filter(pk=person.pk).update(is_lecturer=True, public_profile=True)
        more.append(Instructor.objects.create(name=person.name, key=f"more-{n}", person=person))
    course.instructors.set([instructor, *more])
    course.save()
    with CaptureQueriesContext(connection) as four:
        body = client.get(course.url).content.decode()
    assert body.count("/talent/lecturers/") == 4
    assert len(four.captured_queries) <= len(one.captured_queries)


# --- the Instructor snippet in the admin ----------------------------------------------------------


def _instructor_form(instructor, **changes):
    data = {
        "name": instructor.name,
        "key": instructor.key,
        "title": instructor.title,
        "institution": instructor.institution,
        "bio": instructor.bio,
        "photo": "",
        "person": "",
    }
    data.update(changes)
    return data


def test_an_editor_links_an_instructor_to_an_opted_in_lecturer_in_the_snippet_admin(client, lecturer, network):
    instructor = Instructor.objects.create(name="南京乙", key="nanjing-yi")
    url = reverse("wagtailsnippets_courses_instructor:edit", args=[instructor.pk])
    client.force_login(UserFactory(is_superuser=True))
    form = client.get(url).content.decode()
    assert reverse("talent_lecturer_chooser:choose") in form  # a chooser, not a select of every lecturer
    assert f'<option value="{lecturer.pk}"' not in form

    listed = client.get(reverse("talent_lecturer_chooser:choose")).json()["html"]
    assert lecturer.name in listed and "中国（南京）知识产权保护中心" in listed
    assert network.people["hz_tisc"].name not in listed  # a lecturer who did not opt in is not offered
    assert network.people["js_office"].name not in listed  # nor someone outside the lecturer pool

    refused = client.post(url, _instructor_form(instructor, person=network.people["hz_tisc"].pk))
    assert refused.status_code == 200
    assert Instructor.objects.get(pk=instructor.pk).person_id is None

    assert client.post(url, _instructor_form(instructor, person=lecturer.pk)).status_code == 302
    assert Instructor.objects.get(pk=instructor.pk).person == lecturer


def test_the_lecturer_chooser_searches_by_name_or_institution_and_pages_in_fixed_queries(
    client, lecturer, network, django_assert_max_num_queries
):
    from learning.talent.models import Person

    institution = lecturer.institution
    for n in range(30):
        Person.objects.create(name=f"讲师{n:02d}", institution=institution, is_lecturer=True, public_profile=True)
    client.force_login(UserFactory(is_superuser=True))
    results = reverse("talent_lecturer_chooser:choose_results")
    client.get(results)  # the site's settings row is made on the first request

    with django_assert_max_num_queries(12):
        first = client.get(results).content.decode()
    assert first.count("data-chooser-modal-choice") == 20  # a page of twenty
    with django_assert_max_num_queries(12):
        assert "讲师29" in client.get(results, {"p": 2}).content.decode()

    by_name = client.get(results, {"q": lecturer.name}).content.decode()
    assert lecturer.name in by_name and "讲师00" not in by_name
    by_institution = client.get(results, {"q": "南京"}).content.decode()
    assert lecturer.name in by_institution and "讲师00" in by_institution
    assert "讲师00" not in client.get(results, {"q": "杭州"}).content.decode()

    chosen = client.get(reverse("talent_lecturer_chooser:chosen", args=[lecturer.pk])).json()
    assert chosen["result"]["id"] == str(lecturer.pk) and chosen["result"]["title"] == lecturer.name


def test_a_lecturer_can_be_linked_from_one_instructor_only(client, lecturer, instructor):
    second = Instructor.objects.create(name="南京乙（重复）", key="nanjing-yi-2")
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(
        reverse("wagtailsnippets_courses_instructor:edit", args=[second.pk]),
        _instructor_form(second, person=lecturer.pk),
    )
    assert response.status_code == 200
    assert instructor.name in response.content.decode()  # the message names the instructor already linked
    assert Instructor.objects.get(pk=second.pk).person_id is None


def test_deleting_the_person_keeps_the_instructor_without_a_link(lecturer, instructor):
    lecturer.delete()
    instructor.refresh_from_db()
    assert instructor.person_id is None


# --- the demo ---------------------------------------------------------------------------------------


def test_the_demo_links_instructors_to_lecturers_who_opted_in_and_runs_twice(client, db):
    from courses import demo_content

    by_key = {i["key"]: i for i in demo_content.INSTRUCTORS}
    for key, _institution, _specialisations in demo.DEMO_LECTURERS:
        Instructor.objects.create(**{k: by_key[key][k] for k in ("key", "name", "title", "institution", "bio")})
    key = demo.DEMO_LECTURERS[0][0]
    course = factories.course("专利检索入门", "ZL-101", instructors=[Instructor.objects.get(key=key)])

    demo.build(people_per_institution=1)
    people = Person.objects.count()
    demo.build(people_per_institution=1)
    assert Person.objects.count() == people

    linked = Instructor.objects.filter(person__isnull=False).select_related("person__institution")
    assert len(linked) == len(demo.DEMO_LECTURERS) >= 3
    for instructor in linked:
        assert instructor.person.has_public_profile and instructor.person.name == instructor.name
        assert instructor.institution == instructor.person.institution.name
        assert instructor.person.specialisations.exists()
    page = client.get(_profile_url(Instructor.objects.get(key=key).person))
    assert _listed_codes(page) == {course.code}


# The lecturer's own choice ---------------------------------------------------------------------
def _my_page():
    return reverse("talent:my_lecturer_profile")


def test_a_lecturer_shows_and_hides_their_own_profile_with_a_biography(client, network, instructor):
    quiet = network.people["hz_tisc"]  # a lecturer without a public profile
    quiet.user = UserFactory(email=quiet.email)
    quiet.save()
    client.force_login(quiet.user)
    assert client.get(_profile_url(quiet)).status_code == 404
    assert "我的公开讲师主页（未公开）" in client.get(reverse("records:my_learning")).content.decode()

    response = client.post(_my_page(), {"public_profile": "on", "bio": "  从事专利导航与分析十年。 "}, follow=True)
    assert "您的公开主页已公开。" in response.content.decode()
    quiet.refresh_from_db()
    assert quiet.public_profile and quiet.bio == "从事专利导航与分析十年。"
    client.logout()
    assert "从事专利导航与分析十年。" in client.get(_profile_url(quiet)).content.decode()

    client.force_login(quiet.user)
    client.post(_my_page(), {"bio": "从事专利导航与分析十年。"})
    assert client.get(_profile_url(quiet)).status_code == 404
    entries = AuditEntry.objects.filter(model="person", object_id=quiet.pk, user=quiet.user)
    assert entries.count() == 2, "both changes are in the person's history as the lecturer's own"


def test_opting_in_shows_the_link_on_an_already_cached_public_course_page(client, network):
    quiet = network.people["hz_tisc"]
    quiet.user = UserFactory(email=quiet.email)
    quiet.save()
    course = factories.course(
        "专利导航实务", "DH-101", instructors=[Instructor.objects.create(name=quiet.name, key="q", person=quiet)]
    )
    assert _profile_url(quiet) not in client.get(course.url).content.decode()  # now in the page cache

    services.set_lecturer_profile(person=quiet, public=True, bio="", by=quiet.user)

    assert _profile_url(quiet) in client.get(course.url).content.decode()


def test_people_who_are_not_lecturers_are_told_why_and_change_nothing(client, network):
    officer = network.people["js_office"]
    officer.user = UserFactory(email=officer.email)
    officer.save()
    client.force_login(officer.user)
    body = client.get(_my_page()).content.decode()
    assert "只有人才网络中的师资（培训讲师）才有公开主页" in body and 'name="public_profile"' not in body
    body = client.post(_my_page(), {"public_profile": "on"}, follow=True).content.decode()
    assert "只有人才网络中的师资（培训讲师）才有公开主页" in body
    officer.refresh_from_db()
    assert not officer.public_profile

    client.force_login(UserFactory())  # no talent record at all
    assert "尚未与人才网络中的人员档案关联" in client.get(_my_page()).content.decode()
    client.logout()
    assert client.get(_my_page()).status_code == 302  # to sign in


def test_a_biography_longer_than_allowed_is_refused_with_the_limit(client, network):
    lecturer = network.people["nj_centre"]
    lecturer.user = UserFactory(email=lecturer.email)
    lecturer.save()
    client.force_login(lecturer.user)
    body = client.post(_my_page(), {"public_profile": "on", "bio": "长" * 601}).content.decode()
    assert "简介过长：最多 600 个字符。" in body
    assert "长" * 601 + "</textarea>" in body, "what was typed is shown again, not lost"
    lecturer.refresh_from_db()
    assert not lecturer.bio.startswith("长")


def test_an_administrator_hiding_a_lecturer_profile_updates_cached_course_pages_at_once(client, lecturer, instructor):
    course = factories.course("专利行政裁决实务", "CJ-101", instructors=[instructor])
    assert _profile_url(lecturer) in client.get(course.url).content.decode()  # anonymous: now cached

    lecturer.public_profile = False
    lecturer.save()  # as the person admin saves it

    assert _profile_url(lecturer) not in client.get(course.url).content.decode()
