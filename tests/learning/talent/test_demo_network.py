import pytest

from learning.talent import demo
from learning.talent.models import Institution, InstitutionType, Person, Role, RoleAssignment

pytestmark = pytest.mark.django_db


def test_the_demo_network_covers_every_type_in_three_provinces_and_every_role_and_runs_twice():
    demo.build(people_per_institution=1)
    demo.build(people_per_institution=1)
    assert set(Institution.objects.values_list("type", flat=True)) == set(InstitutionType.values)
    assert Institution.objects.values("province").distinct().count() == 3
    assert Person.objects.count() == Institution.objects.count() == 33
    assert set(RoleAssignment.objects.values_list("role", flat=True)) == set(Role.values)
