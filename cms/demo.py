"""The site shell's part of the demo: home page, a few content pages and the site settings.

Idempotent: pages and settings are created only when missing, so editors' changes survive a re-run."""

import json

from django.db import transaction
from wagtail.models import Site

from .models import ContentPage, HomePage, SiteSettings

GUIDANCE = "《国家知识产权局关于全面提升知识产权公共服务效能的指导意见》（国知发服字〔2024〕22号）"

ABOUT_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>本平台面向全国知识产权公共服务网络的服务人员、管理人员和中小企业，"
            f"落实{GUIDANCE}关于“统筹搭建知识产权公共服务人才网络”“持续优化知识产权公共服务培训课程体系”的要求。</p>"
        ),
    },
    {"type": "heading", "value": "我们提供什么"},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>系统化的培训课程与学时档案，在线学习、面授与混合式班次统一管理；</li>"
            "<li>知识产权职称（助理知识产权师、知识产权师、高级）考试的题库、练习与模拟考试；</li>"
            "<li>面向中小企业的知识产权普及课程，以及创新主体问题需求的采集与答复。</li></ul>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "kind": "legal",
            "text": (
                "<p>指导意见第十六条：统筹搭建知识产权公共服务人才网络，强化公共服务人才队伍建设；"
                "持续优化知识产权公共服务培训课程体系……鼓励知识产权公共服务人才积极参加知识产权职称考试评审。</p>"
            ),
        },
    },
]

NETWORK_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>知识产权公共服务网络由国家、省、地市三级知识产权管理部门统筹，"
            "省级知识产权公共服务骨干机构发挥承上启下的骨干节点作用，各类公共服务重要网点面向创新主体提供针对性服务。</p>"
        ),
    },
    {
        "type": "features",
        "value": {
            "heading": "公共服务重要网点",
            "cards": [
                {
                    "title": "技术与创新支持中心（TISC）",
                    "text": "瞄准国际一流水平，为企业深入挖掘知识产权信息价值、创新成果转化运用、海外维权等提供高质量信息服务。",
                    "link_label": "",
                    "link": {"page": None, "url": ""},
                },
                {
                    "title": "高校国家知识产权信息服务中心",
                    "text": "深度参与高校专利盘点和对接工作，帮助高校形成更多符合产业需要的高价值专利。",
                    "link_label": "",
                    "link": {"page": None, "url": ""},
                },
                {
                    "title": "国家知识产权信息公共服务网点",
                    "text": "在提供普惠性公共服务上持续发力，提升知识产权综合服务能力。",
                    "link_label": "",
                    "link": {"page": None, "url": ""},
                },
                {
                    "title": "知识产权保护中心与快速维权中心",
                    "text": "与海外知识产权纠纷应对指导分中心一道，支撑知识产权高标准保护。",
                    "link_label": "",
                    "link": {"page": None, "url": ""},
                },
            ],
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "tip",
            "text": (
                "<p>各网点采集创新主体的问题需求，定期报送问题需求情况、采取的针对性解决举措和取得的成效（指导意见第十五条）。</p>"
            ),
        },
    },
]

EXAM_BODY = [
    {
        "type": "paragraph",
        "value": (
            "<p>知识产权专业技术人员职称分为初级（助理知识产权师）、中级（知识产权师）和高级。"
            "初级、中级通过全国经济专业技术资格考试“知识产权”专业取得，考《经济基础知识》和《知识产权专业知识和实务》两科。</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "kind": "tip",
            "text": (
                "<p>平台的题库与模拟考试按真实考试结构组卷：单选题、多选题与案例分析题，计时作答，考后给出解析与法条依据。</p>"
            ),
        },
    },
]


def _stream(blocks):
    return json.dumps(blocks, ensure_ascii=False)


@transaction.atomic
def build(stdout=None):
    home = HomePage.objects.get()  # created by cms/migrations/0002_create_homepage.py
    about = _content_page(home, "about", "关于平台", "平台的定位、服务对象与建设依据。", ABOUT_BODY, stdout)
    _content_page(
        home, "service-network", "服务网络", "国家、省、地市三级与各类公共服务重要网点。", NETWORK_BODY, stdout
    )
    exams = _content_page(
        home, "title-exams", "职称考试", "知识产权职称考试的级别、科目与备考方式。", EXAM_BODY, stdout
    )

    if not home.body:
        home.hero_text = (
            "面向全国知识产权公共服务网络的服务人员、管理人员和中小企业：系统化培训课程、学时档案与证书、"
            "职称考试备考，以及中小企业知识产权普及课程。"
        )
        home.hero_cta_label = "了解平台"
        home.hero_cta = _stream([{"type": "link", "value": {"page": about.pk, "url": ""}}])
        home.body = _stream(
            [
                {
                    "type": "features",
                    "value": {
                        "heading": "为谁服务",
                        "cards": [
                            {
                                "title": "公共服务人员",
                                "text": "在线学习培训课程，累计继续教育学时，获得可验证的结业证书。",
                                "link_label": "服务网络",
                                "link": {"page": home.get_children().get(slug="service-network").pk, "url": ""},
                            },
                            {
                                "title": "职称考试考生",
                                "text": "按真实考试结构练习与模拟考试，备考助理知识产权师、知识产权师与高级职称。",
                                "link_label": "职称考试",
                                "link": {"page": exams.pk, "url": ""},
                            },
                            {
                                "title": "中小企业",
                                "text": "免登录学习专利检索、商标注册、质押融资、海外维权等知识产权实务模块，并向服务中心提问。",
                                "link_label": "关于平台",
                                "link": {"page": about.pk, "url": ""},
                            },
                        ],
                    },
                },
            ]
        )
        home.save_revision().publish()

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.footer_text:
        settings.footer_text = "服务知识产权公共服务网络人才培养，促进知识产权公共服务提质增效。"
        settings.footer_text_en = "Training and talent development for China's IP public-service network."
        settings.organisation = "知识产权公共服务人才培训平台（演示）"
        settings.contact_email = "service@example.cn"
        settings.contact_phone = "010-0000 0000"
        settings.address = "北京市海淀区（演示地址）"
        settings.icp_number = "京ICP备00000000号-1（演示）"
        settings.save()
    return home


def _content_page(parent, slug, title, intro, body, stdout):
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = ContentPage(title=title, slug=slug, intro=intro, body=_stream(body), show_in_menus=True)
    parent.add_child(instance=page)
    page.save_revision().publish()
    _say(stdout, f"Created the page {title}.")
    return page


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)
