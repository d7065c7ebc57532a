"""The needs part of the demo: a few enterprises with an SME account, and about 200 needs over the
last two quarters across the demo provinces, categories, sources and every state, with replies,
measures and results, so the institution queues and the periodic report look like a working
province. Deterministic (a fixed random seed) and idempotent: nothing is added when demo needs
already exist."""

import datetime
import random

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from learning.accounts.models import User, UserKind
from learning.talent import scope
from learning.talent.models import Institution, InstitutionType, Region, Role, RoleAssignment

from .models import (
    Enterprise,
    EnterpriseMembership,
    EnterpriseSize,
    Industry,
    MembershipRole,
    Need,
    NeedCategory,
    NeedEvent,
    NeedEventKind,
    NeedOutcome,
    NeedReply,
    NeedSource,
    NeedStatus,
)
from .validators import credit_code_check_char

DEMO_MARK = "demo.example.cn"
SME_ACCOUNT = "sme@example.cn"
PASSWORD = "ipta-demo-2026"

ENTERPRISES = [
    # name, region code, industry, size, 9 characters of the organisation code
    ("苏州启明智能装备有限公司", "320500", Industry.C, EnterpriseSize.SMALL, "MA1X7Q2K3"),
    ("南京云栈软件科技有限公司", "320100", Industry.I, EnterpriseSize.MICRO, "MA20B8N41"),
    ("宁波海拓家居用品有限公司", "330200", Industry.C, EnterpriseSize.MEDIUM, "MA2H6GF07"),
    ("杭州禾木生物科技有限公司", "330100", Industry.M, EnterpriseSize.SMALL, "MA27KP5X2"),
    ("深圳跨海电子商务有限公司", "440300", Industry.F, EnterpriseSize.MICRO, "MA5G3T9W1"),
]

# Category → (typical questions, the institution types that take them).
QUESTIONS = {
    NeedCategory.PATENT: (
        [
            "我们的新产品想申请专利，先要做哪些检索？",
            "实用新型和发明专利怎么选？",
            "专利申请费用可以减缴吗？",
            "如何判断一项技术是否已经有人申请专利？",
        ],
        [InstitutionType.TISC, InstitutionType.UNIVERSITY_CENTRE, InstitutionType.INFORMATION_NODE],
    ),
    NeedCategory.TRADEMARK: (
        ["商标注册被驳回了怎么办？", "收到商标续展通知，是真的吗？", "商标注册应该选哪些类别？"],
        [InstitutionType.INFORMATION_NODE, InstitutionType.BACKBONE],
    ),
    NeedCategory.COPYRIGHT: (
        ["软件著作权登记需要哪些材料？", "外包开发的软件著作权归谁？"],
        [InstitutionType.INFORMATION_NODE, InstitutionType.BACKBONE],
    ),
    NeedCategory.FINANCING: (
        ["用专利向银行贷款需要什么条件？", "专利权质押登记怎么办理？", "知识产权质押融资有贴息政策吗？"],
        [InstitutionType.BACKBONE],
    ),
    NeedCategory.TRANSFER: (
        ["想引进高校的一项专利，怎么谈许可？", "开放许可的专利怎么获得使用权？", "把专利转让给外国公司需要审批吗？"],
        [InstitutionType.TISC, InstitutionType.UNIVERSITY_CENTRE],
    ),
    NeedCategory.INFRINGEMENT: (
        [
            "发现网店仿冒我们的外观设计怎么办？",
            "被竞争对手起诉专利侵权，如何应对？",
            "专利侵权纠纷可以请求行政裁决吗？",
        ],
        [InstitutionType.PROTECTION_CENTRE, InstitutionType.RAPID_CENTRE],
    ),
    NeedCategory.OVERSEAS: (
        [
            "亚马逊店铺因侵权投诉被冻结，怎么处理？",
            "出口美国前需要做哪些专利排查？",
            "收到美国律师发来的侵权警告函怎么办？",
        ],
        [InstitutionType.OVERSEAS_CENTRE],
    ),
    NeedCategory.TRAINING: (
        ["能否为园区企业开展一次知识产权培训？", "企业知识产权管理规范贯标培训"],
        [InstitutionType.BACKBONE, InstitutionType.TISC],
    ),
    NeedCategory.OTHER: (["高新技术企业认定对知识产权有什么要求？"], [InstitutionType.BACKBONE]),
}
CATEGORY_WEIGHTS = {
    NeedCategory.PATENT: 30,
    NeedCategory.TRADEMARK: 18,
    NeedCategory.COPYRIGHT: 8,
    NeedCategory.FINANCING: 10,
    NeedCategory.TRANSFER: 8,
    NeedCategory.INFRINGEMENT: 12,
    NeedCategory.OVERSEAS: 7,
    NeedCategory.TRAINING: 4,
    NeedCategory.OTHER: 3,
}
SOURCE_WEIGHTS = {NeedSource.WEB: 60, NeedSource.HOTLINE: 20, NeedSource.ONSITE: 12, NeedSource.EVENT: 8}
REPLIES = [
    "您好，已收到您的问题。建议先在国家知识产权局专利检索及分析系统中按关键词和分类号检索，我们可以在线下为您演示检索方法。",
    "您好，根据您描述的情况，建议准备以下材料并预约到中心面谈：营业执照、相关权利证书、已有的合同或往来函件。",
    "您好，相关办理流程和所需材料已整理在附件说明中，如有疑问可致电中心服务热线。",
    "您好，您的问题已转交中心专业人员，将在两个工作日内与您电话联系。",
]
MEASURES = [
    "提供一对一检索辅导，并出具简易检索报告。",
    "组织专家会商，出具应对建议书，协助对接律师事务所。",
    "协助企业对接合作银行，完成质押融资申请材料准备。",
    "指导企业通过电商平台知识产权保护通道提交投诉。",
    "安排企业参加园区知识产权培训，并提供管理制度模板。",
]
CITIES = ["320100", "320500", "330100", "330200", "440100", "440300", "320000", "330000", "440000"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"


def _credit_code(region_code, body):
    first17 = "91" + region_code + body
    return first17 + credit_code_check_char(first17)


def _weighted(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@transaction.atomic
def build(stdout=None, count=200, today=None):
    regions = {r.code: r for r in Region.objects.filter(code__in=CITIES + [e[1] for e in ENTERPRISES])}
    if len(regions) < len(set(CITIES)) or Need.objects.filter(submitter_email__endswith=DEMO_MARK).exists():
        return []
    rng = random.Random(8)
    enterprises = _enterprises(regions)
    institutions = {}
    for institution in Institution.objects.filter(province__code__in=("320000", "330000", "440000")):
        institutions.setdefault((institution.province_id, institution.type), []).append(institution)
    now = timezone.localtime(today) if today else timezone.localtime()
    start = now - datetime.timedelta(days=182)
    recorders = _recorders()
    needs, plans = [], []
    for n in range(count):
        category = _weighted(rng, CATEGORY_WEIGHTS)
        titles, types = QUESTIONS[category]
        region = regions[rng.choice(CITIES)]
        province_id = region.province_id
        candidates = [i for t in types for i in institutions.get((province_id, t), [])]
        institution = rng.choice(candidates) if candidates else None
        submitted = start + datetime.timedelta(minutes=rng.randint(0, 182 * 24 * 60))
        age = (now - submitted).days
        # Older needs have moved further along; a few recent ones are still waiting.
        stage = min(4, rng.choice([0, 1, 2, 3, 4, 4]) + (2 if age > 30 else 0))
        if institution is None:
            stage = 0
        elif age > 10 and stage < 3 and rng.random() < 0.85:
            stage = 4  # the network answers (and closes) most needs within the deadline; a few stay overdue
        status = [NeedStatus.RECEIVED, NeedStatus.ASSIGNED, NeedStatus.IN_PROGRESS, NeedStatus.ANSWERED][min(stage, 3)]
        if stage == 4:
            status = NeedStatus.CLOSED
        reply_hours = rng.choice([3, 6, 20, 30, 50, 70, 100, 160, 200])
        first_reply = submitted + datetime.timedelta(hours=reply_hours) if stage >= 3 else None
        if first_reply and first_reply > now:
            first_reply, status = None, NeedStatus.IN_PROGRESS
        closed = first_reply + datetime.timedelta(days=rng.randint(1, 20)) if status == NeedStatus.CLOSED else None
        if closed and closed > now:
            closed, status = None, NeedStatus.ANSWERED
        enterprise = rng.choice(enterprises) if rng.random() < 0.25 else None
        name = rng.choice(SURNAMES) + rng.choice(["先生", "女士", "经理", "工程师"])
        need = Need(
            category=category,
            region=enterprise.region if enterprise else region,
            title=rng.choice(titles),
            description=f"{rng.choice(titles)} 我们是一家{rng.choice(['制造', '软件', '外贸', '生物医药', '家居'])}企业，希望得到具体指导。",
            submitter_name=name,
            submitter_email=f"contact{n:03d}@{DEMO_MARK}",
            email_verified=True,
            organisation=enterprise.name if enterprise else "",
            enterprise=enterprise,
            source=_weighted(rng, SOURCE_WEIGHTS),
            consent_to_contact=True,
            status=status,
            institution=institution,
            submitted_at=submitted,
            sla_due_at=submitted + datetime.timedelta(days=7) if institution else None,
            first_replied_at=first_reply,
            answered_at=first_reply if status in (NeedStatus.ANSWERED, NeedStatus.CLOSED) else None,
            closed_at=closed,
            measures_taken=rng.choice(MEASURES) if closed else "",
            outcome=rng.choice([NeedOutcome.RESOLVED] * 5 + [NeedOutcome.PARTLY_RESOLVED] * 2 + [NeedOutcome.REFERRED])
            if closed
            else "",
            satisfaction=rng.choice([3, 4, 4, 5, 5, 5]) if closed and rng.random() < 0.7 else None,
        )
        if need.source != NeedSource.WEB:
            _as_recorded_by_staff(need, recorders, n)
        need.save()
        needs.append(need)
        plans.append((need, rng.choice(REPLIES)))
    _history(plans)
    if stdout is not None:
        stdout.write(f"Created {len(enterprises)} enterprises and {len(needs)} needs with their history.")
    return [(SME_ACCOUNT, "SME (enterprise owner, 苏州启明智能装备有限公司)")]


def _recorders():
    """The demo's administrators who handle needs, the closest to an institution first: they record
    the needs that came by the hotline, on site or at an event."""
    order = {Role.INSTITUTION_ADMIN: 0, Role.PROVINCIAL_ADMIN: 1, Role.NATIONAL_ADMIN: 2}
    assignments = RoleAssignment.objects.filter(role__in=order).select_related("user")
    users = []
    for assignment in sorted(assignments, key=lambda a: (order[a.role], a.user.email)):
        if assignment.user not in users:
            users.append(assignment.user)
    return users


def _as_recorded_by_staff(need, recorders, n):
    """A need that reached the network other than by the web form: entered by the nearest member of
    staff who may hold it; a hotline caller's phone was verified on the call."""
    recorder = next((user for user in recorders if scope.may_hold_need(user, need.institution, need.region)), None)
    need.recorded_by = recorder
    if need.source == NeedSource.HOTLINE:
        need.submitter_phone = f"1380013{n:04d}"
        if recorder is not None:
            need.phone_verified, need.phone_verified_by, need.phone_verified_at = True, recorder, need.submitted_at


def _enterprises(regions):
    owner = User.objects.filter(email=SME_ACCOUNT).first()
    if owner is None:
        owner = User.objects.create_user(
            email=SME_ACCOUNT, password=PASSWORD, display_name="企业用户 陈晨", kind=UserKind.SME
        )
    EmailAddress.objects.get_or_create(user=owner, email=SME_ACCOUNT, defaults={"verified": True, "primary": True})
    enterprises = []
    for index, (name, code, industry, size, body) in enumerate(ENTERPRISES):
        enterprise, _created = Enterprise.objects.get_or_create(
            credit_code=_credit_code(code, body),
            defaults={"name": name, "region": regions[code], "industry": industry, "size": size},
        )
        if index == 0:
            EnterpriseMembership.objects.get_or_create(
                enterprise=enterprise, user=owner, defaults={"role": MembershipRole.OWNER}
            )
        enterprises.append(enterprise)
    return enterprises


def _history(plans):
    events, replies = [], []
    for need, reply in plans:
        events.append(
            NeedEvent(need=need, kind=NeedEventKind.RECEIVED, to_status=NeedStatus.RECEIVED, at=need.submitted_at)
        )
        if need.institution_id is None:
            continue
        routed = need.submitted_at + datetime.timedelta(minutes=1)
        events.append(NeedEvent(need=need, kind=NeedEventKind.ROUTED, to_institution_id=need.institution_id, at=routed))
        if need.status != NeedStatus.RECEIVED:
            events.append(
                NeedEvent(
                    need=need,
                    kind=NeedEventKind.ASSIGNED,
                    from_status=NeedStatus.RECEIVED,
                    to_status=NeedStatus.ASSIGNED,
                    at=routed + datetime.timedelta(hours=2),
                )
            )
        if need.first_replied_at:
            replies.append(
                NeedReply(need=need, institution_id=need.institution_id, body=reply, sent_at=need.first_replied_at)
            )
            events.append(
                NeedEvent(
                    need=need,
                    kind=NeedEventKind.REPLIED,
                    from_status=NeedStatus.IN_PROGRESS,
                    to_status=NeedStatus.ANSWERED,
                    at=need.first_replied_at,
                )
            )
        if need.closed_at:
            events.append(
                NeedEvent(need=need, kind=NeedEventKind.MEASURES, note=need.measures_taken, at=need.closed_at)
            )
            events.append(
                NeedEvent(
                    need=need,
                    kind=NeedEventKind.CLOSED,
                    from_status=NeedStatus.ANSWERED,
                    to_status=NeedStatus.CLOSED,
                    at=need.closed_at,
                )
            )
    NeedEvent.objects.bulk_create(events, batch_size=500)
    NeedReply.objects.bulk_create(replies, batch_size=500)
