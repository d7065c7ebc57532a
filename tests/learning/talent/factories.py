from decimal import Decimal

import factory

from courses.models import CatalogPage, CoursePage
from learning.talent.models import Institution, InstitutionType, Person, Region, Specialisation


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"测试机构{n}")
    type = InstitutionType.INFORMATION_NODE
    region = factory.LazyFunction(lambda: Region.objects.get(code="320100"))


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"人员{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.cn")
    institution = factory.SubFactory(InstitutionFactory)


class SpecialisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Specialisation
        django_get_or_create = ["name"]

    name = "专利检索"


def course(title, code, *, instructors=(), access="public", live=True):
    """A course page under the catalogue (6 professional + 2 general hours) taught by ``instructors``."""
    page = CoursePage(
        title=title,
        slug=code.lower(),
        code=code,
        summary=f"{title}的简介。",
        access=access,
        live=live,
        hours_professional=Decimal("6.0"),
        hours_general=Decimal("2.0"),
    )
    CatalogPage.objects.get().add_child(instance=page)
    if instructors:
        page.instructors.set(instructors)
        page.save()
    return CoursePage.objects.get(pk=page.pk)
