import factory

from learning.outreach import validators
from learning.outreach.models import (
    Enterprise,
    EnterpriseSize,
    Industry,
    Need,
    NeedCategory,
    RoutingRule,
)
from learning.talent.models import Region


def credit_code(n):
    first17 = f"91320100{n:09d}"
    return first17 + validators.credit_code_check_char(first17)


class EnterpriseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enterprise

    name = factory.Sequence(lambda n: f"南京测试科技有限公司{n}")
    credit_code = factory.Sequence(credit_code)
    region = factory.LazyFunction(lambda: Region.objects.get(code="320100"))
    industry = Industry.I
    size = EnterpriseSize.SMALL


class NeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Need

    category = NeedCategory.PATENT
    region = factory.LazyFunction(lambda: Region.objects.get(code="320100"))
    title = factory.Sequence(lambda n: f"专利检索咨询{n}")
    description = "我们想知道一个新产品的外观设计是否已经有人申请过专利。"
    submitter_name = "张三"
    submitter_email = factory.Sequence(lambda n: f"sme{n}@example.cn")
    consent_to_contact = True


class RoutingRuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RoutingRule

    region = factory.LazyFunction(lambda: Region.objects.get(code="320000"))
    categories = factory.LazyFunction(list)
