"""The real exam structures, seeded once as editable data (data migration 0002 and demo.py).

Administrators change counts, points, time limits, pass lines and validity in the admin when the
exam notice changes; this module is only the starting point and never overwrites their edits
(existing rows are left alone)."""

from decimal import Decimal

ECONOMIC_JUNIOR = "ip-junior"
ECONOMIC_INTERMEDIATE = "ip-intermediate"
ECONOMIC_SENIOR = "ip-senior"
PATENT_ATTORNEY = "patent-attorney"

EXAMS = [
    # code, name, title awarded, validity years, description
    (
        ECONOMIC_JUNIOR,
        "初级经济专业技术资格（知识产权）",
        "助理知识产权师",
        2,
        "全国经济专业技术资格考试知识产权专业初级，考《经济基础知识》和《知识产权专业知识和实务》两科，单科合格成绩在连续两个考试年度内有效。",
    ),
    (
        ECONOMIC_INTERMEDIATE,
        "中级经济专业技术资格（知识产权）",
        "知识产权师",
        2,
        "全国经济专业技术资格考试知识产权专业中级，考《经济基础知识》和《知识产权专业知识和实务》两科，单科合格成绩在连续两个考试年度内有效。",
    ),
    (
        ECONOMIC_SENIOR,
        "高级经济实务（知识产权）",
        "高级经济师（知识产权，考评结合）",
        3,
        "高级经济实务（知识产权）考试，主观题，由阅卷人按评分要点评阅；成绩达到合格标准后参加评审，合格成绩有效期以当年考试通知为准。",
    ),
    (
        PATENT_ATTORNEY,
        "专利代理师资格考试",
        "专利代理师资格",
        3,
        "国家知识产权局组织的专利代理师资格考试，三个科目；单科合格成绩自当年起三年内有效。",
    ),
]

PAPERS = [
    # code, name, exam codes
    ("economics-basics", "经济基础知识", [ECONOMIC_JUNIOR, ECONOMIC_INTERMEDIATE]),
    ("ip-practice", "知识产权专业知识和实务", [ECONOMIC_JUNIOR, ECONOMIC_INTERMEDIATE]),
    ("ip-senior-practice", "高级经济实务（知识产权）", [ECONOMIC_SENIOR]),
    ("patent-law", "专利法律知识", [PATENT_ATTORNEY]),
    ("related-law", "相关法律知识", [PATENT_ATTORNEY]),
    ("patent-agency-practice", "专利代理实务", [PATENT_ATTORNEY]),
]

CHAPTERS = {
    # paper code: [(chapter code, title, only for exam code, [knowledge points])]
    "economics-basics": [
        ("economics", "经济学基础", None, ["市场需求、供给与均衡价格", "生产和成本理论", "市场结构理论"]),
        ("public-finance", "财政", None, ["公共物品与财政职能", "税收理论与制度"]),
        ("money-finance", "货币与金融", None, ["货币供求与货币均衡", "中央银行与货币政策"]),
        ("statistics", "统计", None, ["描述统计", "抽样调查"]),
        ("accounting", "会计", None, ["会计要素与会计等式", "财务报表分析"]),
        ("law", "法律", None, ["物权法律制度", "合同法律制度"]),
    ],
    "ip-practice": [
        ("ip-basics", "知识产权基础", None, ["知识产权的概念和特征", "知识产权国际条约"]),
        ("patent", "专利", None, ["专利申请", "专利审查与授权", "专利保护", "专利运用", "专利检索与分析"]),
        ("trademark", "商标", None, ["商标基础", "商标使用", "商标保护"]),
        ("copyright", "著作权", None, ["著作权客体与主体", "著作权内容与限制", "邻接权与保护"]),
        ("geographical-indication", "地理标志", None, ["地理标志保护制度"]),
        ("trade-secret-ic", "商业秘密和集成电路布图设计", None, ["商业秘密与反不正当竞争", "集成电路布图设计"]),
        ("plant-variety", "植物新品种及遗传资源", None, ["植物新品种权", "遗传资源"]),
        (
            "ip-management",
            "知识产权管理和专利商标代理监管",
            ECONOMIC_INTERMEDIATE,
            ["知识产权管理", "专利代理监管", "商标代理监管"],
        ),
    ],
    "ip-senior-practice": [
        ("strategy", "知识产权战略与管理", None, []),
        ("creation-use", "知识产权创造与运用", None, []),
        ("protection", "知识产权保护", None, []),
    ],
    "patent-law": [
        ("patent-act", "专利法及实施细则", None, ["授予专利权的条件", "申请与审批程序", "专利权的保护"]),
        ("examination-guidelines", "专利审查指南", None, ["初步审查", "实质审查", "复审与无效"]),
        ("treaties", "专利合作条约及相关国际条约", None, ["PCT", "巴黎公约"]),
    ],
    "related-law": [
        ("civil-code", "民法典", None, []),
        ("procedure", "民事诉讼法与行政法", None, []),
        ("other-ip-law", "商标法、著作权法与反不正当竞争法", None, []),
    ],
    "patent-agency-practice": [
        ("response", "答复审查意见与无效宣告", None, []),
        ("drafting", "权利要求书和说明书撰写", None, []),
    ],
}

S, M, IND, W = "single", "multiple", "indefinite", "written"
CASE_ANALYSIS, ESSAY, DRAFTING = "case_analysis", "essay", "drafting"  # kinds of written answer
BLUEPRINTS = [
    # name, exam, paper, minutes, pass, sections [(label, type, count, points[, kind of written answer])], notes
    (
        "经济基础知识（初级）",
        ECONOMIC_JUNIOR,
        "economics-basics",
        90,
        84,
        [("单项选择题", S, 70, 1), ("多项选择题", M, 35, 2)],
        "",
    ),
    (
        "知识产权专业知识和实务（初级）",
        ECONOMIC_JUNIOR,
        "ip-practice",
        90,
        84,
        [("单项选择题", S, 60, 1), ("多项选择题", M, 20, 2), ("案例分析题", "case", 20, 2)],
        "案例分析题为不定项选择，若干共享案例材料，共 20 道小题。",
    ),
    (
        "经济基础知识（中级）",
        ECONOMIC_INTERMEDIATE,
        "economics-basics",
        90,
        84,
        [("单项选择题", S, 70, 1), ("多项选择题", M, 35, 2)],
        "",
    ),
    (
        "知识产权专业知识和实务（中级）",
        ECONOMIC_INTERMEDIATE,
        "ip-practice",
        90,
        84,
        [("单项选择题", S, 60, 1), ("多项选择题", M, 20, 2), ("案例分析题", "case", 20, 2)],
        "中级另考“知识产权管理和专利商标代理监管”一章。",
    ),
    (
        "高级经济实务（知识产权）",
        ECONOMIC_SENIOR,
        "ip-senior-practice",
        180,
        60,
        [
            ("案例分析题（一）", W, 1, 20, CASE_ANALYSIS),
            ("案例分析题（二、三）", W, 2, 25, CASE_ANALYSIS),
            ("论述题", W, 1, 30, ESSAY),
        ],
        "3 道案例分析题共 70 分、1 道论述题 30 分；各案例的分值以当年考试说明为准，请在此调整。",
    ),
    (
        "专利法律知识",
        PATENT_ATTORNEY,
        "patent-law",
        180,
        90,
        [("单项选择题", S, 50, 1), ("不定项选择题", IND, 50, 2)],
        "满分 150 分；题量和分值以当年考试公告为准。",
    ),
    (
        "相关法律知识",
        PATENT_ATTORNEY,
        "related-law",
        150,
        60,
        [("单项选择题", S, 40, 1), ("不定项选择题", IND, 30, 2)],
        "满分 100 分；题量和分值以当年考试公告为准。",
    ),
    (
        "专利代理实务",
        PATENT_ATTORNEY,
        "patent-agency-practice",
        180,
        90,
        [("答复审查意见或无效宣告", W, 1, 60, DRAFTING), ("撰写权利要求书及说明", W, 1, 90, DRAFTING)],
        "满分 150 分，主观题由阅卷人按评分要点评阅；各题分值以当年考试公告为准。",
    ),
]

CHAPTER_WEIGHTS = {
    # paper code: {chapter code: weight} — the rough share of each chapter in past papers
    "ip-practice": {
        "ip-basics": 10,
        "patent": 30,
        "trademark": 20,
        "copyright": 15,
        "geographical-indication": 5,
        "trade-secret-ic": 10,
        "plant-variety": 5,
        "ip-management": 5,
    },
}


def seed_written_kinds(apps):
    """Give the sections of the seeded written blueprints (高级, 专利代理实务) the kind they ask for
    (migration 0005, for databases seeded before sections had a kind). Only sections that still carry
    their seeded heading and type and have no kind yet are changed; an administrator's edits stay."""
    BlueprintSection = apps.get_model("exams", "BlueprintSection")
    changed = 0
    for _name, exam_code, paper_code, _minutes, _pass, sections, _notes in BLUEPRINTS:
        for label, qtype, _count, _points, *kind in sections:
            if not kind:
                continue
            changed += BlueprintSection.objects.filter(
                blueprint__exam__code=exam_code,
                blueprint__paper__code=paper_code,
                label=label,
                qtype=qtype,
                written_kind="",
            ).update(written_kind=kind[0])
    return changed


KNOWLEDGE_PAPER = "sme-knowledge"
KNOWLEDGE_CHAPTERS = [
    # chapter code, title: plain-language self-check questions of the public knowledge modules
    ("patent", "专利"),
    ("trademark", "商标"),
    ("copyright", "著作权与软件"),
    ("commercialisation", "转让、许可与融资"),
    ("disputes", "纠纷应对与海外维权"),
    ("general", "综合"),
]


def seed_knowledge(apps):
    """The knowledge-module "paper" that holds SME self-check questions (no exam sits it)."""
    Paper = apps.get_model("exams", "Paper")
    Chapter = apps.get_model("exams", "Chapter")
    paper, _ = Paper.objects.get_or_create(
        code=KNOWLEDGE_PAPER, defaults={"name": "企业知识产权知识自测", "kind": "knowledge", "position": 100}
    )
    for position, (code, title) in enumerate(KNOWLEDGE_CHAPTERS):
        Chapter.objects.get_or_create(paper=paper, code=code, defaults={"title": title, "position": position})
    return paper


def seed(apps):
    """Create what is missing; leave what administrators already edited."""
    Exam = apps.get_model("exams", "Exam")
    Paper = apps.get_model("exams", "Paper")
    Chapter = apps.get_model("exams", "Chapter")
    KnowledgePoint = apps.get_model("exams", "KnowledgePoint")
    Blueprint = apps.get_model("exams", "Blueprint")
    BlueprintSection = apps.get_model("exams", "BlueprintSection")
    BlueprintChapterWeight = apps.get_model("exams", "BlueprintChapterWeight")

    exams = {}
    for position, (code, name, title, years, description) in enumerate(EXAMS):
        exams[code], _ = Exam.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "title_awarded": title,
                "validity_years": years,
                "description": description,
                "position": position,
            },
        )
    papers = {}
    for position, (code, name, exam_codes) in enumerate(PAPERS):
        paper, created = Paper.objects.get_or_create(code=code, defaults={"name": name, "position": position})
        if created:
            paper.exams.set([exams[c] for c in exam_codes])
        papers[code] = paper
    chapters = {}
    for paper_code, rows in CHAPTERS.items():
        for position, (code, title, only_for, points) in enumerate(rows):
            chapter, created = Chapter.objects.get_or_create(
                paper=papers[paper_code],
                code=code,
                defaults={"title": title, "position": position, "only_for": exams.get(only_for)},
            )
            chapters[(paper_code, code)] = chapter
            if created:
                for kp_position, point in enumerate(points):
                    KnowledgePoint.objects.get_or_create(
                        chapter=chapter, title=point, defaults={"position": kp_position}
                    )
    for name, exam_code, paper_code, minutes, pass_score, sections, notes in BLUEPRINTS:
        if Blueprint.objects.filter(exam=exams[exam_code], paper=papers[paper_code]).exists():
            continue
        blueprint = Blueprint.objects.create(
            name=name,
            exam=exams[exam_code],
            paper=papers[paper_code],
            time_limit_minutes=minutes,
            pass_score=Decimal(pass_score),
            partial_credit_per_option=Decimal("0.5"),
            draw_mode="random",
            notes=notes,
        )
        has_kinds = any(f.name == "written_kind" for f in BlueprintSection._meta.get_fields())
        for order, (label, qtype, count, points, *kind) in enumerate(sections):
            BlueprintSection.objects.create(
                blueprint=blueprint,
                sort_order=order,
                label=label,
                qtype=qtype,
                count=count,
                points_each=Decimal(points),
                **({"written_kind": kind[0] if kind else ""} if has_kinds else {}),
            )
        for order, (chapter_code, weight) in enumerate(CHAPTER_WEIGHTS.get(paper_code, {}).items()):
            chapter = chapters[(paper_code, chapter_code)]
            if chapter.only_for_id and chapter.only_for_id != blueprint.exam_id:
                continue
            BlueprintChapterWeight.objects.create(blueprint=blueprint, sort_order=order, chapter=chapter, weight=weight)
