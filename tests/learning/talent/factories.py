import factory

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
