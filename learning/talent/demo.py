"""The talent network's part of the demo: regions, institutions of every type in three provinces,
about 300 people with titles and specialisations, and one administrator per role.

Idempotent: institutions are matched by name, people by email, accounts by email; a re-run adds
nothing that is already there."""

import random

from allauth.account.models import EmailAddress
from django.db import transaction

from learning.accounts.models import User, UserKind

from . import regions, services
from .models import (
    Institution,
    InstitutionType,
    Person,
    Qualification,
    QualificationKind,
    Region,
    Role,
    Specialisation,
    TitleLevel,
)

SPECIALISATIONS = [
    "专利检索",
    "专利导航",
    "专利分析",
    "数据运营",
    "转化运用",
    "海外维权",
    "商标",
    "版权",
    "行政裁决",
    "知识产权保护",
]

# province code, short name, capital prefecture code, capital, second prefecture code, second city, university
PROVINCES = [
    ("320000", "江苏省", "320100", "南京", "320500", "苏州", "南京大学"),
    ("330000", "浙江省", "330100", "杭州", "330200", "宁波", "浙江大学"),
    ("440000", "广东省", "440100", "广州", "440300", "深圳", "华南理工大学"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁婷雪琳晨辰"
POSITIONS = ["主任", "副主任", "专利分析师", "检索员", "运营专员", "维权专员", "项目主管", "信息服务专员"]
DEPARTMENTS = ["信息服务部", "分析评议部", "运营部", "维权援助部", "综合部"]
ROLE_ACCOUNTS = [
    ("national.admin@example.cn", "国家管理员 赵明", Role.NATIONAL_ADMIN, None),
    ("jiangsu.admin@example.cn", "江苏省管理员 钱红", Role.PROVINCIAL_ADMIN, "320000"),
    ("institution.admin@example.cn", "机构管理员 孙伟", Role.INSTITUTION_ADMIN, "中国（南京）知识产权保护中心"),
    ("lecturer@example.cn", "讲师 周芳", Role.LECTURER, None),
    ("content.editor@example.cn", "内容编辑 吴静", Role.CONTENT_EDITOR, None),
    ("reviewer@example.cn", "审核员 郑强", Role.REVIEWER, None),
    ("learner@example.cn", "学员 李娜", Role.LEARNER, None),
]
PASSWORD = "ipta-demo-2026"

# Catalogue instructors (courses/demo_content.py) who work in the demo network: each gets a lecturer
# record with a public profile, linked from the Instructor snippet, so that the course page links to
# the lecturer page and the lecturer page lists the courses. instructor key, institution, specialisations
DEMO_LECTURERS = [
    ("wang-li", "南京技术与创新支持中心", ["专利检索", "专利分析"]),
    ("chen-jianguo", "浙江大学国家知识产权信息服务中心", ["专利导航", "转化运用"]),
    ("liu-fang", "中国（南京）知识产权保护中心", ["行政裁决", "知识产权保护"]),
    ("sun-hao", "广州技术与创新支持中心", ["专利检索", "海外维权"]),
    ("huang-wei", "广东省知识产权保护和公共服务中心", ["转化运用", "数据运营"]),
]


def _institutions(province_code, short, capital_code, capital, second_code, second, university):
    name = short.removesuffix("省")
    region = {
        c: r
        for c, r in Region.objects.filter(code__in=[province_code, capital_code, second_code]).values_list("code", "pk")
    }
    office = f"{short}知识产权局"
    return [
        (office, InstitutionType.PROVINCIAL_ADMINISTRATION, region[province_code], None, "", None),
        (f"{capital}市知识产权局", InstitutionType.MUNICIPAL_ADMINISTRATION, region[capital_code], office, "", None),
        (
            f"{second}市市场监督管理局（知识产权局）",
            InstitutionType.MUNICIPAL_ADMINISTRATION,
            region[second_code],
            office,
            "",
            None,
        ),
        (f"{name}省知识产权保护和公共服务中心", InstitutionType.BACKBONE, region[province_code], office, "首批", 2021),
        (f"{capital}技术与创新支持中心", InstitutionType.TISC, region[capital_code], None, "第二批", 2019),
        (
            f"{university}国家知识产权信息服务中心",
            InstitutionType.UNIVERSITY_CENTRE,
            region[capital_code],
            None,
            "第三批",
            2020,
        ),
        (
            f"{second}国家知识产权信息公共服务网点",
            InstitutionType.INFORMATION_NODE,
            region[second_code],
            None,
            "首批",
            2023,
        ),
        (
            f"中国（{capital}）知识产权保护中心",
            InstitutionType.PROTECTION_CENTRE,
            region[capital_code],
            office,
            "",
            2018,
        ),
        (
            f"中国{second}（产业）知识产权快速维权中心",
            InstitutionType.RAPID_CENTRE,
            region[second_code],
            office,
            "",
            2017,
        ),
        (
            f"国家海外知识产权纠纷应对指导中心{name}分中心",
            InstitutionType.OVERSEAS_CENTRE,
            region[province_code],
            office,
            "",
            2020,
        ),
        (f"{capital}市知识产权服务业协会", InstitutionType.OTHER, region[capital_code], None, "", None),
    ]


@transaction.atomic
def build(stdout=None, people_per_institution=9):
    regions.ensure_loaded()
    specs = [
        Specialisation.objects.get_or_create(name=n, defaults={"sort_order": i})[0]
        for i, n in enumerate(SPECIALISATIONS)
    ]
    rng = random.Random(2026)
    institutions = []
    for spec in PROVINCES:
        by_name = {}
        for name, kind, region_id, parent, batch, year in _institutions(*spec):
            institution, _created = Institution.objects.get_or_create(
                name=name,
                defaults={
                    "type": kind,
                    "region_id": region_id,
                    "parent": by_name.get(parent),
                    "batch": batch,
                    "designation_year": year,
                    "contact_name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                    "contact_phone": f"0{rng.randint(20, 99)}-{rng.randint(10000000, 99999999)}",
                },
            )
            by_name[name] = institution
            institutions.append(institution)
    created = 0
    for index, institution in enumerate(institutions):
        for n in range(people_per_institution):
            email = f"staff{index:03d}{n:02d}@example.cn"
            if Person.objects.filter(email=email).exists():
                continue
            person = Person.objects.create(
                name=rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else ""),
                gender=rng.choice("FM"),
                email=email,
                mobile=f"139{rng.randint(10000000, 99999999)}",
                institution=institution,
                department=rng.choice(DEPARTMENTS),
                position=rng.choice(POSITIONS),
                education=rng.choice(["bachelor", "master", "master", "doctorate"]),
                is_lecturer=rng.random() < 0.15,
                is_investigator_candidate=rng.random() < 0.08,
            )
            person.specialisations.set(rng.sample(specs, rng.randint(1, 3)))
            if rng.random() < 0.6:
                Qualification.objects.create(
                    person=person,
                    kind=QualificationKind.TITLE,
                    title_level=rng.choice(list(TitleLevel.values)),
                    specialty="知识产权",
                )
            if rng.random() < 0.2:
                Qualification.objects.create(
                    person=person,
                    kind=QualificationKind.PATENT_ATTORNEY,
                    name="专利代理师资格证",
                    number=f"PA{rng.randint(100000, 999999)}",
                )
            created += 1
    _link_demo_lecturers()
    for email, name, role, where in ROLE_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=PASSWORD, display_name=name, kind=UserKind.STAFF)
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        kwargs = {}
        if role == Role.PROVINCIAL_ADMIN:
            kwargs["province"] = Region.objects.get(code=where)
        elif role == Role.INSTITUTION_ADMIN:
            kwargs["institution"] = Institution.objects.get(name=where)
        services.assign_role(user=user, role=role, **kwargs)
    if stdout is not None and created:
        stdout.write(f"Created {len(institutions)} institutions and {created} people in the talent network.")
    # learner@example.cn is the accounts app's demo learner, listed there already.
    return [(email, f"talent: {Role(role).label}") for email, _n, role, _w in ROLE_ACCOUNTS if role != Role.LEARNER]


def _link_demo_lecturers():
    """Give the demo instructors who work in the network a lecturer record with a public profile and
    link them (idempotent: a record is found by its email, an instructor already linked is left)."""
    from courses.models import Instructor

    instructors = {i.key: i for i in Instructor.objects.filter(key__in=[key for key, _i, _s in DEMO_LECTURERS])}
    institutions = {i.name: i for i in Institution.objects.filter(name__in=[n for _k, n, _s in DEMO_LECTURERS])}
    specialisations = {s.name: s for s in Specialisation.objects.all()}
    for key, institution_name, names in DEMO_LECTURERS:
        instructor, institution = instructors.get(key), institutions.get(institution_name)
        if instructor is None or institution is None or instructor.person_id:
            continue
        person, created = Person.objects.get_or_create(
            email=f"lecturer.{key}@example.cn",
            defaults={
                "name": instructor.name,
                "institution": institution,
                "position": instructor.title,
                "is_lecturer": True,
                "public_profile": True,
                "bio": instructor.bio,
            },
        )
        if created:
            person.specialisations.set([specialisations[n] for n in names if n in specialisations])
        if Instructor.objects.filter(person=person).exists():
            continue
        instructor.person = person
        instructor.institution = institution.name  # the network's record names the institution
        instructor.save(update_fields=["person", "institution"])
