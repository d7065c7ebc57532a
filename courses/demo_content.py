"""Demo catalogue for IP Talent Academy / 知识产权公共服务人才培训平台.

Plain data only: topics, instructors, courses (with lessons and content
blocks) and learning tracks. Institutions and people are fictional.
Course content follows the 2024 CNIPA guidance on improving IP public
service effectiveness (国知发服字〔2024〕22号).
"""

TOPICS = [
    {
        "slug": "patent",
        "name": "专利",
        "name_en": "Patents",
        "children": [
            {"slug": "patent-search", "name": "专利检索", "name_en": "Patent search"},
            {
                "slug": "patent-analysis",
                "name": "专利分析与风险预警",
                "name_en": "Patent analysis and risk alerts",
            },
            {
                "slug": "patent-navigation",
                "name": "专利导航",
                "name_en": "Patent navigation",
            },
            {
                "slug": "high-value-patents",
                "name": "高价值专利培育",
                "name_en": "High-value patent cultivation",
            },
            {
                "slug": "patent-drafting",
                "name": "专利申请与布局",
                "name_en": "Patent drafting and filing strategy",
            },
        ],
    },
    {
        "slug": "trademark",
        "name": "商标",
        "name_en": "Trademarks",
        "children": [
            {
                "slug": "trademark-registration",
                "name": "商标注册与申请",
                "name_en": "Trademark registration",
            },
            {
                "slug": "trademark-disputes",
                "name": "商标异议与争议",
                "name_en": "Trademark oppositions and disputes",
            },
            {
                "slug": "brand-management",
                "name": "商标管理与品牌保护",
                "name_en": "Trademark management and brand protection",
            },
        ],
    },
    {
        "slug": "copyright",
        "name": "著作权",
        "name_en": "Copyright",
        "children": [
            {
                "slug": "copyright-basics",
                "name": "著作权基础",
                "name_en": "Copyright fundamentals",
            },
            {
                "slug": "software-copyright",
                "name": "计算机软件著作权",
                "name_en": "Software copyright",
            },
        ],
    },
    {
        "slug": "ip-operations",
        "name": "知识产权运营",
        "name_en": "IP commercialisation",
        "children": [
            {
                "slug": "tech-transfer",
                "name": "转化运用",
                "name_en": "Technology transfer and commercialisation",
            },
            {
                "slug": "pledge-financing",
                "name": "质押融资",
                "name_en": "IP-backed financing",
            },
            {
                "slug": "licensing-transfer",
                "name": "许可转让",
                "name_en": "Licensing and assignment",
            },
        ],
    },
    {
        "slug": "ip-protection",
        "name": "知识产权保护",
        "name_en": "IP protection",
        "children": [
            {
                "slug": "administrative-adjudication",
                "name": "行政裁决",
                "name_en": "Administrative adjudication",
            },
            {
                "slug": "overseas-disputes",
                "name": "海外维权",
                "name_en": "Overseas IP disputes",
            },
            {
                "slug": "dispute-response",
                "name": "纠纷应对",
                "name_en": "Dispute response",
            },
            {
                "slug": "trade-secrets",
                "name": "商业秘密保护",
                "name_en": "Trade secret protection",
            },
        ],
    },
    {
        "slug": "public-services",
        "name": "知识产权信息公共服务",
        "name_en": "IP information public services",
        "children": [
            {
                "slug": "tisc-practice",
                "name": "TISC服务实务",
                "name_en": "TISC service practice",
            },
            {
                "slug": "service-node-practice",
                "name": "网点服务实务",
                "name_en": "Public service node practice",
            },
            {
                "slug": "info-analysis",
                "name": "信息分析",
                "name_en": "IP information analysis",
            },
            {
                "slug": "thematic-databases",
                "name": "专题数据库",
                "name_en": "Thematic patent databases",
            },
        ],
    },
    {
        "slug": "title-exam",
        "name": "职称考试",
        "name_en": "Professional title exams",
        "children": [
            {
                "slug": "exam-ip-practice",
                "name": "知识产权专业知识和实务",
                "name_en": "IP professional knowledge and practice",
            },
            {
                "slug": "exam-economics",
                "name": "经济基础知识",
                "name_en": "Fundamentals of economics",
            },
            {
                "slug": "exam-senior",
                "name": "高级职称考评",
                "name_en": "Senior title exam and review",
            },
        ],
    },
]

INSTRUCTORS = [
    {
        "key": "wang-li",
        "name": "王丽",
        "title": "研究员",
        "institution": "滨海市知识产权公共服务中心",
        "bio": "长期从事专利检索与信息分析工作，主持完成新能源、集成电路等领域专利分析报告二十余项。"
        "擅长检索策略设计和分析报告质量控制，担任省级知识产权信息服务骨干培训讲师。",
    },
    {
        "key": "chen-jianguo",
        "name": "陈建国",
        "title": "正高级知识产权师",
        "institution": "江城理工大学知识产权信息服务中心",
        "bio": "曾任高校科技成果转化办公室负责人，主导多个产业规划类和研发活动类专利导航项目。"
        "研究方向为高价值专利培育、专利组合布局与高校存量专利盘活。",
    },
    {
        "key": "liu-fang",
        "name": "刘芳",
        "title": "高级知识产权师",
        "institution": "东湖知识产权保护中心",
        "bio": "从事专利侵权纠纷行政裁决和快速维权工作十余年，多次担任技术调查官参与案件技术事实查明。"
        "熟悉专利预审、商业秘密保护指导与纠纷调解实务。",
    },
    {
        "key": "zhao-min",
        "name": "赵敏",
        "title": "律师、专利代理师",
        "institution": "明德知识产权律师事务所",
        "bio": "专注商标确权、专利诉讼和涉外知识产权纠纷，代理过多起美国337调查及跨境电商维权案件。"
        "兼任地方海外知识产权纠纷应对指导工作专家。",
    },
    {
        "key": "sun-hao",
        "name": "孙浩",
        "title": "副研究员",
        "institution": "南山技术与创新支持中心（TISC）",
        "bio": "负责TISC日常运营与对外合作，熟悉世界知识产权组织（WIPO）各类信息资源和培训项目。"
        "长期面向中小企业开展技术信息检索、需求诊断和海外布局咨询服务。",
    },
    {
        "key": "li-jing",
        "name": "李静",
        "title": "高级经济师",
        "institution": "临江银行科技金融部",
        "bio": "从事科技型中小企业信贷和知识产权质押融资产品设计，参与地方质押融资风险补偿机制建设。"
        "熟悉银行授信审批逻辑与知识产权价值评估报告的使用。",
    },
    {
        "key": "zhou-yan",
        "name": "周燕",
        "title": "副教授",
        "institution": "西岭大学法学院",
        "bio": "讲授著作权法、商标法课程，研究方向为数字版权与软件保护。多年担任知识产权职称考试考前辅导主讲教师。",
    },
    {
        "key": "huang-wei",
        "name": "黄伟",
        "title": "高级知识产权师",
        "institution": "滨海市知识产权运营中心",
        "bio": "从事专利转让许可、开放许可对接和技术合同服务，组织过多场高校专利路演与供需对接活动。"
        "擅长许可费测算与交易结构设计。",
    },
    {
        "key": "he-xiaoyu",
        "name": "何晓雨",
        "title": "知识产权师",
        "institution": "东湖区中小企业公共服务中心",
        "bio": "在国家知识产权信息公共服务网点一线工作，每年接待中小企业咨询数百件。"
        "擅长把专业问题讲成企业听得懂的操作步骤。",
    },
    {
        "key": "zheng-hong",
        "name": "郑红",
        "title": "副教授、高级经济师",
        "institution": "西岭财经学院经济学院",
        "bio": "讲授宏观经济学与财政金融课程，长期从事经济专业技术资格考试辅导。"
        "注重帮助非经济类专业考生建立知识框架、提高备考效率。",
    },
]

COURSES = [
    {
        "code": "ZL-101",
        "title": "专利检索基础与常用数据库",
        "summary": "从专利文献结构和分类体系讲起，手把手演示国家知识产权局专利检索及分析系统等常用数据库的基本检索方法。",
        "outcomes": [
            "读懂专利文献的著录项目、权利要求书和说明书结构",
            "理解IPC分类号的层级结构并能查找相关分类号",
            "使用专利检索及分析系统完成关键词、分类号和申请人检索",
            "利用中国及多国专利审查信息查询核实法律状态",
        ],
        "audience": "all",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["patent-search"],
        "instructors": ["wang-li"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "读懂一件专利文献",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>专利文献既是法律文件，也是技术文献。一件公开或授权的发明专利文献通常由<strong>扉页（著录项目）</strong>、<strong>权利要求书</strong>、<strong>说明书</strong>（含附图）和说明书摘要组成。检索时最常用的著录项目包括：申请号、申请日、公开（公告）号、优先权、申请人/专利权人、发明人和分类号。</p>",
                    },
                    {"type": "heading", "value": "权利要求书决定保护范围"},
                    {
                        "type": "paragraph",
                        "value": "<p>判断“别人保护了什么”，要看<strong>权利要求书</strong>而不是摘要。独立权利要求记载解决技术问题的必要技术特征，从属权利要求在其基础上进一步限定。说明书和附图可以用于解释权利要求的内容，但说明书里写了、权利要求里没写的内容，一般不在保护范围之内。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>区分文献类型：中国发明专利申请公布的文献号以<strong>A</strong>结尾，授权公告以<strong>B</strong>结尾；实用新型和外观设计授权公告分别以<strong>U</strong>和<strong>S</strong>结尾。看到A文献，不要误以为已经获得专利权。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "保护范围以权利要求的内容为准",
                            "申请日和优先权日决定现有技术的时间界限",
                            "公开文献不等于授权专利，要核实法律状态",
                        ],
                    },
                ],
            },
            {
                "title": "专利分类体系：IPC与CPC",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>国际专利分类（IPC）采用部—大类—小类—大组—小组五级结构，共A至H八个部。例如 <strong>H01M 10/052</strong> 中，H为电学部，H01M为将化学能转变为电能的方法或装置小类，10/052为锂蓄电池相关小组。合作专利分类（CPC）在IPC基础上细分，并增设Y部用于新兴技术交叉标引。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>分类号的优势在于<strong>不受用词差异影响</strong>：同一技术不同申请人可能写作“锂电池”“锂离子二次电池”“Li-ion cell”，但通常会被分入相同或相近的分类位置。</p>",
                    },
                    {"type": "heading", "value": "快速找到相关分类号的三种方法"},
                    {
                        "type": "paragraph",
                        "value": "<ol><li>先用关键词检索，统计命中文献中出现频率最高的分类号；</li><li>查阅分类表的类名和附注，确认分类定义是否覆盖检索主题；</li><li>找到一两篇高度相关的“金标准”文献，反查其全部分类号。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>分类号会随版本更新调整，检索历史数据时要注意分类表版本差异；不要只依赖一个分类号，重要检索应“分类号+关键词”组合使用。</p>",
                    },
                ],
            },
            {
                "title": "常用数据库与法律状态核查",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>国家知识产权局<strong>专利检索及分析系统</strong>收录中国及多个国家、地区和组织的专利数据，提供常规检索、高级检索、命令行检索和统计分析功能，注册后即可免费使用。<strong>中国及多国专利审查信息查询</strong>可以查看中国专利的审查过程文件、费用和法律状态，也能查询部分国家和地区同族的审查信息。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>国外数据可结合世界知识产权组织的<strong>PATENTSCOPE</strong>、欧洲专利局的Espacenet等免费资源补充检索。</p>",
                    },
                    {"type": "heading", "value": "法律状态核查要点"},
                    {
                        "type": "paragraph",
                        "value": "<ul><li>是否授权，授权文本的权利要求与公开文本是否不同；</li><li>是否按时缴纳年费、是否因未缴费而终止；</li><li>是否被宣告无效（全部或部分）；</li><li>权利人是否发生转让、是否存在质押或许可备案；</li><li>是否超过保护期限：依据《专利法》第四十二条，发明专利20年、实用新型10年、外观设计15年，均自申请日起计算。</li></ul>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "检索结果要经过法律状态复核才能下结论",
                            "以官方系统的审查信息为准，商业数据库可能有更新延迟",
                            "记录检索式、数据库和检索日期，保证结果可复现",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "ZL-102",
        "title": "检索策略构建与查新、无效检索实务",
        "summary": "面向服务人员讲解检索要素表、检索式构建与迭代方法，以及新颖性检索和无效检索的不同侧重点。",
        "outcomes": [
            "将技术方案分解为基本检索要素并扩展表达形式",
            "编写使用布尔运算、截词和位置算符的检索式",
            "根据查新、无效、侵权等不同目的调整检索边界",
            "撰写规范、可复现的检索报告",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["patent-search"],
        "instructors": ["wang-li"],
        "prerequisites": ["ZL-101"],
        "lessons": [
            {
                "title": "从技术方案到检索要素表",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>检索前先和委托人确认三件事：<strong>检索目的</strong>（可专利性、稳定性、侵权风险还是技术调研）、<strong>技术方案的核心</strong>（区别于常规做法的关键点）和<strong>时间与地域范围</strong>。目的不同，检索截止日和对象文献也不同。</p>",
                    },
                    {"type": "heading", "value": "检索要素表的填写"},
                    {
                        "type": "paragraph",
                        "value": "<p>把技术方案拆分为2～4个基本检索要素，每个要素分别列出中英文关键词、同义词、上下位概念和对应分类号。例如“用于冷链运输的相变蓄冷箱”可拆为：<em>相变材料</em>、<em>蓄冷/保温箱体</em>、<em>冷链运输</em>三个要素。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>要素不是越多越好。先用最能体现发明点的两个要素做“与”运算，命中量过大再逐步加入第三个要素限缩，避免一开始就漏检。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "先明确检索目的，再确定检索截止日",
                            "每个要素同时准备关键词和分类号两种表达",
                            "上位概念和下位概念都要考虑",
                        ],
                    },
                ],
            },
            {
                "title": "检索式构建与迭代",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>同一要素内的不同表达用<strong>OR</strong>连接，不同要素之间用<strong>AND</strong>连接；慎用NOT，以免排除相关文献。英文关键词使用截词符覆盖词形变化，中文关键词注意简称、俗称和翻译差异。位置算符（如同句、同段、相隔若干词）可以在全文检索中明显提高准确度。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>迭代检索的基本循环是：执行检索 → 浏览前50篇结果 → 从相关文献中提取新关键词和分类号 → 修正检索式。一般经过3～5轮后，新增的相关文献明显减少，可以考虑收敛。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>专利撰写常用“功能性”或“上位化”表述，例如把“螺钉”写作“紧固件”。只用产品俗名检索，很可能漏掉最相关的对比文件。</p>",
                    },
                ],
            },
            {
                "title": "查新检索、无效检索与检索报告",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>新颖性/创造性检索</strong>以申请日（有优先权的为优先权日）为截止日，对象包括专利文献和非专利文献。依据《专利法》第二十二条，现有技术是指申请日以前在国内外为公众所知的技术；此外还要关注在申请日以前提出、在申请日以后公布的中国专利申请，即抵触申请。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p><strong>无效检索</strong>针对已授权专利，目标是找到能破坏其新颖性或创造性的证据，除专利文献外，还应重视产品手册、标准、学位论文、展会资料和网络公开证据，并关注证据的公开时间能否被证明。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>创造性评价通常采用《专利审查指南》中的“三步法”：确定最接近的现有技术；确定发明的区别特征和实际解决的技术问题；判断要求保护的发明对本领域技术人员来说是否显而易见。检索时应有意识地寻找能组合的第二篇对比文件。</p>",
                    },
                    {"type": "heading", "value": "检索报告的基本内容"},
                    {
                        "type": "paragraph",
                        "value": "<ul><li>检索目的、技术方案概述和检索截止日；</li><li>使用的数据库、检索式和检索日期；</li><li>相关文献清单及其与各技术特征的对应关系（特征对比表）；</li><li>结论与局限说明，如未覆盖的语种和非专利文献范围。</li></ul>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZL-201",
        "title": "专利分析方法与可视化表达",
        "summary": "系统讲解专利数据清洗、技术分解、趋势与竞争格局分析方法，以及如何用图表讲清结论。",
        "outcomes": [
            "建立服务于分析目的的技术分解表",
            "完成申请人名称归一、同族合并等数据清洗工作",
            "运用趋势、地域、申请人和技术功效矩阵等分析方法",
            "选择恰当图表呈现分析结论并避免常见误读",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "blended",
        "hours_professional": "8.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["patent-analysis", "info-analysis"],
        "instructors": ["wang-li", "chen-jianguo"],
        "prerequisites": ["ZL-102"],
        "lessons": [
            {
                "title": "技术分解与数据清洗",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>技术分解是专利分析的骨架。一级分支通常按产业链环节或技术路线划分，二、三级分支再细化到具体材料、结构或工艺。分解表应与委托方的业务语言一致，并经行业专家确认，否则后续统计再精确也难以被采纳。</p>",
                    },
                    {"type": "heading", "value": "数据清洗的四项基本功"},
                    {
                        "type": "paragraph",
                        "value": "<ol><li><strong>去噪</strong>：剔除关键词误命中的不相关文献，抽样评估查准率；</li><li><strong>申请人归一</strong>：合并同一主体的不同写法、子公司和更名前后名称；</li><li><strong>同族合并</strong>：以同族为单位统计技术项数量，避免一项技术在多国申请被重复计数；</li><li><strong>标引</strong>：按技术分解表逐篇标注技术分支和功效。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>在报告方法部分写明查全率、查准率的评估方式和抽样数量，这是评审专家判断报告可信度的重要依据。</p>",
                    },
                ],
            },
            {
                "title": "核心分析方法",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>趋势分析</strong>看技术生命周期所处阶段；<strong>地域分析</strong>看技术来源国和目标市场布局；<strong>申请人分析</strong>识别主要竞争者、新进入者和潜在合作方；<strong>技术功效矩阵</strong>以技术手段为行、技术效果为列，帮助发现布局密集区和相对空白点。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>发明专利申请一般自申请日（或优先权日）起满18个月公布，因此最近一两年的申请量统计并不完整。趋势图尾部“下滑”多数是数据滞后造成的，应在图注中说明，不能直接得出“技术热度下降”的结论。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>重点专利的筛选可综合被引次数、同族规模、权利要求数量、维持年限、是否涉及诉讼或许可等指标，再由技术人员人工研读确认，不宜仅凭某一项指标排序。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "每一项分析都要回答一个业务问题",
                            "技术功效矩阵中的空白点需要验证是否技术上不可行",
                            "数量分析与重点专利研读要结合",
                        ],
                    },
                ],
            },
            {
                "title": "可视化表达与结论撰写",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>图表服务于结论：趋势用折线图，构成用条形图而非过多切片的饼图，两个维度的交叉关系用气泡图或热力图，技术演进用路线图。每张图配一句“图说”，直接写出读者应当看出的结论。</p>",
                    },
                    {"type": "heading", "value": "从发现到建议"},
                    {
                        "type": "paragraph",
                        "value": "<p>好的结论遵循“事实—判断—建议”三段式，例如：“近五年固态电解质方向申请量年均增长较快（事实），头部企业以硫化物路线为主（判断），建议委托方在界面改性方向加强布局并关注某申请人的授权进展（建议）”。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>面向企业管理层的版本控制在10页以内，把方法细节放在附件；面向研发人员的版本则应提供重点专利清单和特征对比表。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZL-202",
        "title": "专利导航项目实务",
        "summary": "依据《专利导航指南》（GB/T 39551）系列国家标准，以真实项目流程讲解产业规划类、企业经营类和研发活动类专利导航的组织与实施。",
        "outcomes": [
            "区分不同类型专利导航项目的目标和成果形式",
            "完成项目需求调研、任务书和实施方案编制",
            "将产业数据与专利数据对照分析，形成导航结论",
            "推动导航成果在规划、决策和研发中落地应用",
        ],
        "audience": "staff",
        "level": "advanced",
        "delivery_mode": "in_person",
        "hours_professional": "16.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["patent-navigation"],
        "instructors": ["chen-jianguo"],
        "prerequisites": ["ZL-201"],
        "lessons": [
            {
                "title": "专利导航的类型与标准框架",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>专利导航是在宏观决策、产业规划、企业经营和创新活动中，以专利数据为核心深度融合各类数据资源，全景式分析区域发展定位、产业竞争格局、企业经营决策和技术创新方向的工作。《专利导航指南》（GB/T 39551）系列国家标准由总则以及区域规划、产业规划、企业经营、研发活动、人才管理和服务要求等部分组成。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li><strong>区域规划类</strong>：服务地方政府确定产业发展定位和路径；</li><li><strong>产业规划类</strong>：摸清产业链关键环节、创新资源和短板；</li><li><strong>企业经营类</strong>：服务企业投资并购、产品上市、技术引进等决策；</li><li><strong>研发活动类</strong>：贯穿研发立项、研发过程和成果保护；</li><li><strong>人才管理类</strong>：服务人才引进和评价。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>立项时先问清“成果给谁用、用来做什么决定”。没有明确决策场景的导航项目，最后往往只剩一本统计图册。</p>",
                    },
                ],
            },
            {
                "title": "项目组织与实施流程",
                "minutes": 45,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>一个产业规划类项目通常包括：需求调研与任务书确定、产业现状调研、专利数据检索与处理、产业与专利匹配分析、导航结论与路径建议、成果评审与发布应用等阶段。周期一般以月计，中间至少安排一次与委托方和行业专家的中期沟通。</p>",
                    },
                    {"type": "heading", "value": "产业数据与专利数据的“对表”"},
                    {
                        "type": "paragraph",
                        "value": "<p>导航分析的关键，是把专利的技术分布与产业的产值、企业、人才、投资等数据放在同一张产业链图谱上比较：哪些环节本地企业多但专利少（创新能力不足）？哪些环节专利多但产业化弱（转化潜力）？哪些环节被少数境外权利人高度控制（风险点）？</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>使用政府部门或企业提供的非公开产业数据时，应签订保密协议并在报告中控制披露范围，涉及关键核心技术攻关的项目还要注意研发信息安全。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "任务书要写明决策问题、成果形式和验收方式",
                            "技术分解以产业链图谱为基础",
                            "中期沟通可避免方向性返工",
                        ],
                    },
                ],
            },
            {
                "title": "导航成果的应用与评价",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>导航成果应转化为可执行的举措：重点招引企业和人才清单、关键技术攻关方向、专利布局建议、风险防控清单、协同创新和专利转化对接名单等。对于企业经营类项目，结论要能直接支撑一个具体决策，例如是否进入某细分市场、是否收购某项专利。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>项目结束后3～6个月进行回访，记录成果被采纳的情况，例如写入地方产业规划、促成专利许可、调整研发路线等，这些应用实例是评价服务成效和争取后续项目的重要依据。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>为委托方准备一份“一页纸结论”，只写三到五条最重要的判断和建议，比厚重的报告更容易进入决策会议。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZL-203",
        "title": "侵权风险预警与自由实施（FTO）分析",
        "summary": "讲解产品上市、出口前的专利侵权风险排查方法，包括FTO检索范围确定、权利要求比对和风险应对策略。",
        "outcomes": [
            "界定FTO检索的产品特征、目标国家和时间范围",
            "运用全面覆盖原则进行权利要求特征比对",
            "对风险专利进行分级并提出规避、无效或许可等应对建议",
        ],
        "audience": "staff",
        "level": "advanced",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["patent-analysis", "dispute-response"],
        "instructors": ["wang-li", "zhao-min"],
        "prerequisites": ["ZL-102"],
        "lessons": [
            {
                "title": "FTO检索的范围确定",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>自由实施（Freedom to Operate）分析回答的是：<strong>某一具体产品或工艺在某一具体国家制造、销售，是否落入他人有效专利的保护范围</strong>。它与新颖性检索的根本区别在于：对象是<em>有效或可能授权</em>的专利，比对基准是<em>权利要求</em>，地域以<em>目标市场</em>为准。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li>产品：把产品拆解为部件、结构、材料、工艺、软件功能等技术特征清单；</li><li>地域：生产地、销售地以及主要过境、展会所在地；</li><li>法律状态：有效专利、仍在审查中的申请（授权后可能产生风险），以及视情况关注近期失效但可恢复的专利。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>专利权具有地域性。中国专利只在中国有效，产品出口到没有相应专利的国家并不侵犯该中国专利，但反过来，在国外未被检索到的专利可能正是风险所在。</p>",
                    },
                ],
            },
            {
                "title": "权利要求比对与风险分级",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>比对遵循<strong>全面覆盖原则</strong>：被诉产品包含与权利要求记载的<em>全部</em>技术特征相同或者等同的技术特征，才落入保护范围；缺少其中任一特征，则不构成字面侵权，但还需判断是否构成等同。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>实务中可将风险专利分为三级：<strong>高风险</strong>（独立权利要求全部特征被产品覆盖，且权利稳定）；<strong>中风险</strong>（存在等同争议或权利稳定性存疑）；<strong>低风险</strong>（明显缺少必要特征，或即将届满）。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>FTO结论是专业意见而非法律保证。正式出具意见时应写明依据的权利要求文本版本、检索截止日和未覆盖范围，重大风险建议由律师或专利代理师出具法律意见。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "以独立权利要求为起点逐项比对",
                            "权利要求用语的含义要结合说明书理解",
                            "审查历史中的意见陈述可能限制等同范围",
                        ],
                    },
                ],
            },
            {
                "title": "风险应对策略",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>对高风险专利，常见应对路径有：<strong>规避设计</strong>（去除或替换某一必要技术特征）、<strong>挑战稳定性</strong>（检索现有技术提出无效宣告）、<strong>寻求许可或收购</strong>、<strong>现有技术抗辩或先用权准备</strong>（保存在先实施的证据）。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>对仍在审查中的申请，可持续监控其审查进展，必要时依法提交公众意见，提供影响其授权的现有技术。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>把FTO纳入产品开发流程：方案设计阶段做初筛，样机定型前做详查，上市和出口前再做更新。越早发现风险，规避成本越低。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZL-301",
        "title": "专利申请文件撰写与审查意见答复要点",
        "summary": "从授权条件出发，讲解权利要求书和说明书的撰写要点，以及答复审查意见通知书的基本思路。",
        "outcomes": [
            "理解新颖性、创造性、实用性及充分公开的法定要求",
            "撰写层次合理的权利要求体系",
            "利用宽限期和优先权规则合理安排申请时机",
            "针对审查意见进行有理有据的答复和修改",
        ],
        "audience": "all",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["patent-drafting"],
        "instructors": ["chen-jianguo"],
        "prerequisites": ["ZL-101"],
        "lessons": [
            {
                "title": "授权条件与申请时机",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《专利法》第二十二条：授予专利权的发明和实用新型，应当具备<strong>新颖性、创造性和实用性</strong>。创造性是指与现有技术相比，该发明具有突出的实质性特点和显著的进步，该实用新型具有实质性特点和进步。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>《专利法》第二十四条规定了六个月的<strong>不丧失新颖性宽限期</strong>，仅适用于四种情形：在国家出现紧急状态或者非常情况时为公共利益目的首次公开；在中国政府主办或者承认的国际展览会上首次展出；在规定的学术会议或者技术会议上首次发表；他人未经申请人同意而泄露其内容。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>在期刊发表论文、在普通展会或网络上公开产品，都<strong>不属于</strong>宽限期情形。最稳妥的做法始终是“先申请、后公开”。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>优先权也是安排时机的工具：发明和实用新型自首次申请日起十二个月内、外观设计六个月内，就相同主题在中国或外国再次申请的，可以依法要求优先权，便于先提交基础申请、再完善或向海外布局。</p>",
                    },
                ],
            },
            {
                "title": "权利要求书与说明书的撰写",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>依据《专利法》第二十六条，说明书应当对发明或者实用新型作出<strong>清楚、完整</strong>的说明，以所属技术领域的技术人员能够实现为准；权利要求书应当<strong>以说明书为依据</strong>，清楚、简要地限定要求专利保护的范围。</p>",
                    },
                    {"type": "heading", "value": "构建有层次的权利要求"},
                    {
                        "type": "paragraph",
                        "value": "<ol><li>独立权利要求只写解决技术问题所必需的技术特征，争取合理的最大保护范围；</li><li>从属权利要求按“重要性递减、具体程度递增”逐层设置，为日后修改和无效程序留出退路；</li><li>产品、方法、用途等不同类型的权利要求视情况并列，提高维权时的举证便利。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>说明书中多写几个实施例和替代方案，并记录实验数据和技术效果。审查阶段的修改不得超出原说明书和权利要求书记载的范围，原始文件里没写的内容，事后无法补入。</p>",
                    },
                ],
            },
            {
                "title": "审查意见通知书的答复",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>收到审查意见通知书后，先核对答复期限，再逐条阅读审查员引用的对比文件和评述逻辑。针对创造性质疑，常用的答复路径是：指出对比文件未公开的区别特征，论证区别特征带来的技术效果，说明现有技术中不存在将其结合的技术启示。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>修改权利要求时，可把从属权利要求的特征或说明书中明确记载的特征补入独立权利要求，并在意见陈述中说明修改依据的具体段落。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "逐条回应，不遗漏任何一项审查意见",
                            "修改必须有原始申请文件依据",
                            "意见陈述会影响日后保护范围的解释，措辞要审慎",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "ZL-302",
        "title": "高价值专利培育与专利组合布局",
        "summary": "围绕“高价值专利”统计口径和培育方法，讲解以产业需求为导向的专利组合构建、海外布局与质量管理。",
        "outcomes": [
            "说明高价值发明专利的统计口径及其政策含义",
            "结合研发项目设计核心专利与外围专利组合",
            "制定兼顾国内与海外市场的布局方案和预算",
            "建立专利分级管理与维持放弃决策机制",
        ],
        "audience": "all",
        "level": "advanced",
        "delivery_mode": "blended",
        "hours_professional": "12.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["high-value-patents", "patent-drafting"],
        "instructors": ["chen-jianguo"],
        "prerequisites": ["ZL-201", "ZL-301"],
        "lessons": [
            {
                "title": "什么是高价值专利",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>“每万人口高价值发明专利拥有量”是我国知识产权和经济社会发展规划中的重要指标。统计上，高价值发明专利包括五类有效发明专利：<strong>战略性新兴产业的发明专利</strong>、<strong>在海外有同族专利权的发明专利</strong>、<strong>维持年限超过10年的发明专利</strong>、<strong>实现较高质押融资金额的发明专利</strong>、<strong>获得国家科学技术奖或中国专利奖的发明专利</strong>。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>统计口径之外，服务实践中更关注专利的<em>技术价值</em>（是否代表先进技术路线、难以绕开）、<em>法律价值</em>（权利要求范围合理、稳定性强）和<em>市场价值</em>（与产品和产业需求对应、能带来收益）。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>高价值专利是“培育”出来的：从研发立项就开展专利信息分析，在研发过程中持续挖掘，在申请阶段精心撰写，在授权后积极运用。</p>",
                    },
                ],
            },
            {
                "title": "专利组合的设计方法",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>专利组合以核心技术为中心，围绕其上下游和替代路线形成保护网：<strong>核心专利</strong>保护关键原理或结构；<strong>外围专利</strong>覆盖改进、应用场景、制造工艺、检测方法；<strong>防御性专利</strong>阻止竞争者通过替代方案绕开。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>专利挖掘可以从三个方向入手：按研发项目任务分解找创新点；按产品结构拆解找可保护的改进；对照竞争对手专利找规避设计和改进空间。发明、实用新型和外观设计可组合使用：实用新型授权快，适合结构改进尽早获权；发明保护期长、稳定性好，适合核心技术。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>专利组合不是数量堆砌。以追求数量为目的的拆分申请、低质量申请不仅浪费费用，还可能受到非正常专利申请的监管处理。</p>",
                    },
                ],
            },
            {
                "title": "海外布局与组合管理",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>海外布局优先考虑产品的主要销售市场、生产地和竞争对手所在地。途径上，可通过《专利合作条约》（PCT）国际申请争取更长的决策时间，也可在目标国家数量少时直接通过《巴黎公约》途径申请。在中国完成的发明或者实用新型向外国申请专利前，应当依法先报国家知识产权局进行保密审查。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>对已有专利实行分级管理：A类核心专利全力维持并考虑海外布局；B类一般专利按产品生命周期维持；C类对业务无支撑的专利，可考虑转让、许可、开放许可或放弃，把年费投入到更有价值的专利上。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "布局地域跟着市场和竞争对手走",
                            "PCT途径为海外决策争取时间",
                            "定期评估、动态调整维持策略",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "SB-101",
        "title": "商标注册申请实务",
        "summary": "讲解商标注册前查询、商品服务项目选择、网上申请和审查流程，帮助学员避免常见驳回原因。",
        "outcomes": [
            "判断标志是否具备显著性、是否属于禁用情形",
            "依据《类似商品和服务区分表》确定申请类别和项目",
            "通过商标网上服务系统提交申请并跟踪审查进度",
        ],
        "audience": "all",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["trademark-registration"],
        "instructors": ["zhao-min"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "什么样的标志能注册",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>文字、图形、字母、数字、三维标志、颜色组合和声音等，以及上述要素的组合，都可以作为商标申请注册。能否核准，关键看三点：<strong>不属于《商标法》（2019年修正）第十条禁止使用的标志</strong>；<strong>具有显著特征</strong>，不是商品的通用名称或仅直接表示质量、功能、原料等特点（第十一条）；<strong>不与他人在先权利相冲突</strong>。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《商标法》（2019年修正）第四条规定：不以使用为目的的恶意商标注册申请，应当予以驳回。大量囤积商标、抢注他人知名品牌的申请，不仅会被驳回，还可能受到处罚。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>臆造词（如自创的无含义组合词）显著性最强、最容易注册；直接描述商品特点的词（如用“鲜榨”作果汁商标）最难注册。</p>",
                    },
                ],
            },
            {
                "title": "查询、分类与提交",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>提交前先在<strong>国家知识产权局商标局中国商标网</strong>进行商标近似查询，至少检索相同文字、读音相近、含义相近和图形近似四种情况。商品和服务按尼斯分类分为45个类别（第1～34类为商品，第35～45类为服务），具体项目应优先选用《类似商品和服务区分表》中的规范名称。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ol><li>在商标网上服务系统注册用户并完成实名认证；</li><li>填写申请人信息、上传商标图样、选择类别和项目；</li><li>缴纳官费，保存申请号和受理通知；</li><li>跟踪形式审查、实质审查、初步审定公告（三个月异议期）和注册公告。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>除核心商品外，建议同时覆盖计划两三年内拓展的关联类别，如服装企业可考虑第25类和第35类（销售相关服务）。但不要无实际需要地全类申请。</p>",
                    },
                ],
            },
            {
                "title": "驳回后的应对",
                "minutes": 20,
                "required": False,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>商标申请被全部或部分驳回的，申请人可以自收到通知之日起十五日内申请驳回复审。复审理由常见的有：与引证商标整体不近似、商品不类似、引证商标已被撤销或无效、标志经使用已取得显著性等。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>若引证商标连续三年未使用，可同时对其提出撤销申请，待撤销成功后在复审中主张引证障碍已消除。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "复审期限短，收到驳回通知后应立即评估",
                            "部分驳回时可放弃被驳回项目，让其余项目先行初审公告",
                            "同时准备新的备用申请，降低品牌落地风险",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "SB-201",
        "title": "商标异议、无效宣告与撤三实务",
        "summary": "面向服务人员讲解商标授权确权程序中的异议、无效宣告和连续三年不使用撤销，以及商标侵权赔偿规则。",
        "outcomes": [
            "区分异议、无效宣告和撤销程序的适用情形与期限",
            "组织恶意抢注案件的证据和理由",
            "指导企业准备商标使用证据应对撤三申请",
            "了解商标侵权惩罚性赔偿与法定赔偿规则",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["trademark-disputes", "brand-management"],
        "instructors": ["zhao-min"],
        "prerequisites": ["SB-101"],
        "lessons": [
            {
                "title": "异议与无效宣告",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>异议</strong>针对已初步审定公告但尚未注册的商标，期限为自公告之日起三个月（《商标法》第三十三条）。以违反禁用条款、缺乏显著性、恶意注册等绝对理由提出的，任何人均可异议；以侵犯在先商标或在先权利等相对理由提出的，须由在先权利人或利害关系人提出。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p><strong>无效宣告</strong>针对已注册商标。以绝对理由（如第四条恶意注册、以欺骗手段或其他不正当手段取得注册）请求的，无期限限制；以相对理由请求的，应自商标注册之日起五年内提出，但对恶意注册的，驰名商标所有人不受五年的时间限制（第四十五条）。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>应对抢注，证据要证明两点：己方商标在先使用并有一定影响，以及对方“明知或应知”（如曾是经销商、同地区同行业、大量申请他人品牌）。对方的申请记录本身就是证明恶意的有力证据。</p>",
                    },
                ],
            },
            {
                "title": "连续三年不使用撤销",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《商标法》（2019年修正）第四十九条：注册商标成为其核定使用的商品的通用名称或者没有正当理由连续三年不使用的，任何单位或者个人可以向商标局申请撤销该注册商标。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>被申请撤三时，注册人需提交指定期间内在核定商品上<strong>公开、真实、合法</strong>使用商标的证据，例如带有商标的销售合同和对应发票、商品及包装照片、广告宣传材料等，且能体现使用时间。仅有商标转让、许可合同或注册证，通常不足以证明使用。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "注册商标有效期十年，期满前十二个月内续展，另有六个月宽展期（第三十九条、第四十条）",
                            "建议企业按年度归档商标使用证据",
                            "使用应与注册的商标标志和核定商品一致",
                        ],
                    },
                ],
            },
            {
                "title": "商标侵权与赔偿",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>《商标法》（2019年修正）第五十七条列举了侵犯注册商标专用权的行为，最常见的是在同一种商品上使用相同商标，以及在同一种或类似商品上使用近似商标、容易导致混淆。销售侵权商品也构成侵权，但能证明该商品是自己合法取得并说明提供者的，不承担赔偿责任。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《商标法》（2019年修正）第六十三条：对恶意侵犯商标专用权、情节严重的，可以在按照实际损失、侵权获利或许可使用费倍数确定数额的<strong>一倍以上五倍以下</strong>确定赔偿数额；难以确定的，由人民法院根据侵权情节判决给予<strong>五百万元以下</strong>的赔偿。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>注意第六十四条的抗辩：注册商标专用权人不能证明此前三年内实际使用过该注册商标，也不能证明因侵权行为受到其他损失的，被控侵权人不承担赔偿责任。所以“注而不用”的商标维权价值有限。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZZ-101",
        "title": "著作权基础知识",
        "summary": "面向所有学员的公需型课程，讲解《著作权法》（2020年修正）中的作品、权利内容、保护期、合理使用和作品登记。",
        "outcomes": [
            "判断一项成果是否构成受著作权法保护的作品",
            "说出著作权的主要权利内容和保护期",
            "区分合理使用与侵权使用",
            "了解作品自愿登记的作用和办理途径",
        ],
        "audience": "all",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "1.0",
        "hours_general": "2.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["copyright-basics"],
        "instructors": ["zhou-yan"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "作品与著作权的产生",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>《著作权法》第三条规定，作品是指文学、艺术和科学领域内<strong>具有独创性并能以一定形式表现的智力成果</strong>，包括文字作品、美术作品、视听作品、图形作品和模型作品、计算机软件，以及符合作品特征的其他智力成果等。2020年修正将“电影作品和以类似摄制电影的方法创作的作品”调整为“视听作品”。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>与专利、商标不同，著作权<strong>自作品创作完成之日起自动产生</strong>，不以登记或发表为条件。著作权保护的是表达，而不是思想：同一个创意可以被不同的人以不同方式表达，各自享有著作权。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "独创性是构成作品的核心要件",
                            "著作权自动产生，登记不是取得权利的前提",
                            "保护表达，不保护思想、操作方法和单纯事实",
                        ],
                    },
                ],
            },
            {
                "title": "权利内容、保护期与合理使用",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>著作权包括发表权、署名权、修改权、保护作品完整权四项人身权，以及复制权、发行权、出租权、展览权、表演权、放映权、广播权、信息网络传播权、摄制权、改编权、翻译权、汇编权等财产权。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>自然人的作品，发表权和财产权的保护期为<strong>作者终生及其死亡后五十年</strong>，截止于作者死亡后第五十年的12月31日；法人或者非法人组织的作品、职务作品等，一般为首次发表后五十年。署名权、修改权、保护作品完整权的保护期不受限制。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>“注明出处”不等于合理使用。合理使用必须属于《著作权法》第二十四条列举的情形，如为个人学习研究使用、为介绍评论适当引用等，并且不得影响作品的正常使用，也不得不合理地损害著作权人的合法权益。企业公众号转载文章、使用网络图片做广告，一般都需要取得许可。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>侵权赔偿方面，《著作权法》第五十四条规定了故意侵权、情节严重时一倍以上五倍以下的惩罚性赔偿，以及五百元以上五百万元以下的法定赔偿。</p>",
                    },
                ],
            },
            {
                "title": "作品登记与权属证明",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>作者等著作权人可以向国家著作权主管部门认定的登记机构办理作品登记。登记属于自愿行为，但登记证书可以作为权属的<strong>初步证明</strong>，在维权、许可、质押融资和电商平台投诉中非常实用。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>除登记外，企业还应保存创作过程证据：设计底稿、源文件及其创建时间、委托创作合同、员工职务作品约定等。委托作品的著作权归属由合同约定，未约定的属于受托人，因此委托设计标识、宣传画册时务必在合同中约定权利归属。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>企业委托外部设计公司设计商标图形时，应书面约定著作权归企业所有，否则日后可能面临设计方以著作权主张在先权利的风险。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZZ-201",
        "title": "计算机软件著作权登记实务",
        "summary": "讲解软件著作权的权利归属、登记材料准备和常见补正问题，并介绍软件保护的综合策略。",
        "outcomes": [
            "确定软件著作权的权利归属和著作权人",
            "按要求准备源程序和文档等鉴别材料",
            "避免软件登记中常见的补正和不予登记问题",
            "组合运用软件著作权、专利和商业秘密保护软件成果",
        ],
        "audience": "all",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "2.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["software-copyright"],
        "instructors": ["zhou-yan"],
        "prerequisites": ["ZZ-101"],
        "lessons": [
            {
                "title": "软件著作权的归属",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>计算机软件是《著作权法》明确列举的作品类型，具体保护规则见《计算机软件保护条例》。条例保护的是计算机程序及其有关文档；软件开发所用的思想、处理过程、操作方法或者数学概念不受著作权保护。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li>员工为完成工作任务开发的软件，主要使用单位物质技术条件并由单位承担责任的，著作权通常归单位；</li><li>委托开发的软件，著作权归属由合同约定，无书面合同或未明确约定的，归受托人；</li><li>合作开发的软件，应有书面合同约定，无约定时由合作开发者共同享有。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>企业外包开发APP、管理系统时，常因合同未约定著作权归属而陷入被动。合同中应明确约定著作权及源代码归委托方所有，并约定交付源代码和文档。</p>",
                    },
                ],
            },
            {
                "title": "登记材料与办理流程",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>软件著作权登记由中国版权保护中心办理，可通过其著作权登记系统在线填报。基本材料包括：登记申请表、软件鉴别材料（程序和文档）、申请人身份证明，涉及委托、合作开发或权利继受的还需提交相关合同等证明文件。</p>",
                    },
                    {"type": "heading", "value": "鉴别材料的准备"},
                    {
                        "type": "paragraph",
                        "value": "<p>源程序一般提交前、后各连续30页，不足60页的应当全部提交；文档（如用户手册、设计说明书）同样提交前、后各连续30页。每页应有页码，程序页应体现软件名称和版本号，并与申请表填写的一致。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>常见补正原因：软件名称与材料中名称不一致；版本号不对应；源程序中出现与申请人无关的其他公司署名或版权声明；开发完成日期晚于首次发表日期等。提交前对照申请表逐项核对，可以大幅减少补正。</p>",
                    },
                ],
            },
            {
                "title": "软件保护的组合策略",
                "minutes": 20,
                "required": False,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>软件著作权保护代码表达，无法阻止他人用不同代码实现相同功能。对于具有技术效果的算法和处理方法，可以评估申请发明专利；对于核心源代码和算法参数，应作为商业秘密采取访问控制、代码仓库权限和保密协议等措施；对于软件名称和图标，应同步申请商标。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "软件著作权登记：成本低、周期短、便于证明权属",
                            "专利：保护具有技术特征的解决方案",
                            "商业秘密：保护不公开的源代码和算法细节",
                            "商标：保护软件名称和品牌",
                        ],
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>产品发布前做一次“保护清单”检查：软件著作权是否已申请登记、可专利的技术方案是否已提交申请、软件名称是否已申请商标、核心代码仓库权限是否已收紧。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "YY-101",
        "title": "专利转让与实施许可实务",
        "summary": "讲解专利转让、实施许可的法律要求、合同要点、登记备案程序和许可费确定方法。",
        "outcomes": [
            "掌握专利权转让登记生效规则和办理流程",
            "区分独占、排他和普通许可，设计合同关键条款",
            "办理专利实施许可合同备案",
            "运用常见方法测算许可使用费",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["licensing-transfer"],
        "instructors": ["huang-wei"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "专利转让：登记才生效",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《专利法》第十条：转让专利申请权或者专利权的，当事人应当订立书面合同，并向国务院专利行政部门登记，由国务院专利行政部门予以公告。专利申请权或者专利权的转让<strong>自登记之日起生效</strong>。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>实务中，买方付款前应完成尽职调查：核实权利人和发明人信息、法律状态和年费缴纳情况、是否存在质押或许可、是否涉及诉讼或无效程序，以及共有专利的其他共有人是否同意转让。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>中国单位或者个人向外国人、外国企业或者外国其他组织转让专利申请权或者专利权的，还应当依照《技术进出口管理条例》等规定办理技术出口相关手续。</p>",
                    },
                ],
            },
            {
                "title": "实施许可合同的关键条款",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>许可按排他程度分为：<strong>独占许可</strong>（只有被许可人可以实施，许可人自己也不能实施）、<strong>排他许可</strong>（许可人和被许可人可以实施，不再许可第三方）、<strong>普通许可</strong>（许可人可以继续许可他人）。依据《专利法》第十二条，被许可人无权允许合同规定以外的任何单位或者个人实施该专利。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li>许可的专利清单、实施方式（制造、使用、销售、进口等）、地域和期限；</li><li>许可费结构：入门费、提成费或两者结合，提成基数和核账方式；</li><li>技术资料交付、技术指导和改进技术的归属；</li><li>专利被宣告无效、第三方侵权时的处理方式；</li><li>违约责任和争议解决条款。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>专利实施许可合同应当自合同生效之日起三个月内向国家知识产权局办理备案。备案不是合同生效的条件，但备案材料是证明许可关系、办理相关业务的重要依据。</p>",
                    },
                ],
            },
            {
                "title": "许可费如何测算",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>常用方法有三类：<strong>收益分成法</strong>（按被许可产品的利润或销售额的一定比例分成，需论证专利对利润的贡献度）；<strong>市场比较法</strong>（参考同领域可比许可交易）；<strong>成本法</strong>（以研发和维持成本为下限参考）。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>中小企业受让方往往现金流紧张，可设计“低入门费+销售提成”或“阶梯提成”结构，许可方也可以要求最低年度提成额，保证基本收益。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "许可费没有标准答案，关键在于有依据、可谈判",
                            "提成基数要定义清楚，并约定核账权",
                            "保留测算底稿，便于审计和国有资产管理要求",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "YY-102",
        "title": "专利开放许可制度与操作指引",
        "summary": "解读《专利法》第五十条至第五十二条确立的开放许可制度，讲解声明提交、许可使用费设定、对接和纠纷处理。",
        "outcomes": [
            "说明开放许可与普通许可的区别和制度优势",
            "指导专利权人提交开放许可声明并合理定价",
            "帮助被许可人按公告条件获得许可",
            "了解开放许可期间的年费减免和纠纷解决途径",
        ],
        "audience": "all",
        "level": "intermediate",
        "delivery_mode": "live",
        "hours_professional": "3.0",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["licensing-transfer", "tech-transfer"],
        "instructors": ["huang-wei"],
        "prerequisites": ["YY-101"],
        "lessons": [
            {
                "title": "开放许可制度解读",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《专利法》第五十条：专利权人自愿以书面方式向国务院专利行政部门声明愿意许可任何单位或者个人实施其专利，并明确许可使用费支付方式、标准的，由国务院专利行政部门予以公告，实行开放许可。就实用新型、外观设计专利提出开放许可声明的，应当提供专利权评价报告。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>开放许可的核心是“<strong>一对多、事先定价、自主获取</strong>”：许可条件提前公开，任何有意愿实施的单位或个人以书面方式通知专利权人，并依照公告的许可使用费支付方式、标准支付许可使用费后，即获得专利实施许可（第五十一条）。这大大降低了供需双方寻找和谈判的成本。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "开放许可实施期间，对专利权人缴纳专利年费相应给予减免",
                            "实行开放许可的专利权人不得就该专利给予独占或者排他许可",
                            "撤回声明应以书面方式提出并公告，不影响在先给予的开放许可效力",
                        ],
                    },
                ],
            },
            {
                "title": "声明提交与许可费设定",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>适合开放许可的专利通常具有以下特点：技术成熟度较高、适用企业面广、权利人自身不实施或不打算独占市场，例如高校院所的存量专利。专利权人提交声明前，应确认专利处于有效状态、不存在独占或排他许可、质押权人同意等。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>许可费标准应简单明了、便于被许可人自行计算，例如“一次性支付固定金额、许可期限若干年”，或“按产品销售额的一定比例提成、按年结算”。定价过高会无人问津，可参考同类专利的许可交易数据和运营机构意见。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>服务机构可以帮助权利人准备一页“专利说明书摘要+应用场景+许可条件”的推介材料，配合路演和供需对接活动推广，效果比单纯挂网公告好得多。</p>",
                    },
                ],
            },
            {
                "title": "被许可人操作与纠纷处理",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>企业作为被许可人，应先核实专利有效性和权利要求范围是否真正覆盖拟实施的技术，必要时请专业机构评估技术可实施性；按公告条件书面通知专利权人并支付许可使用费，保存通知和付款凭证，即可依法实施。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>当事人就实施开放许可发生纠纷的，由当事人协商解决；不愿协商或者协商不成的，可以请求国务院专利行政部门进行调解，也可以向人民法院起诉（第五十二条）。开放许可的被许可人也可与专利权人另行协商，达成条件不同的普通许可。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>开放许可通常只许可专利实施，不当然包含技术秘密、图纸和技术指导。如需要技术服务，应另行签订技术服务合同。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "YY-201",
        "title": "知识产权质押融资实务",
        "summary": "从银行授信逻辑出发，讲解专利、商标和著作权质押融资的法律基础、办理流程、价值评估和风险分担机制。",
        "outcomes": [
            "说明知识产权质权设立的法律依据",
            "梳理专利权、商标专用权质押登记流程",
            "理解银行对知识产权质押项目的审查要点",
            "协助企业准备质押融资材料并对接风险补偿政策",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "blended",
        "hours_professional": "8.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["pledge-financing"],
        "instructors": ["li-jing", "huang-wei"],
        "prerequisites": ["YY-101"],
        "lessons": [
            {
                "title": "法律基础与质押登记",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《民法典》第四百四十条将可以转让的注册商标专用权、专利权、著作权等知识产权中的财产权列为可以出质的权利；第四百四十四条规定，以上述权利出质的，<strong>质权自办理出质登记时设立</strong>；知识产权中的财产权出质后，出质人不得转让或者许可他人使用，但是出质人与质权人协商同意的除外。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>专利权和注册商标专用权质押登记由国家知识产权局办理，可在线提交；著作权（含计算机软件著作权）质权登记由中国版权保护中心办理。登记材料一般包括质押登记申请表、主合同和质押合同、当事人身份证明等。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>质押的专利应处于有效状态且年费已缴，共有专利需全体共有人同意。质押期间要提醒企业按时缴纳年费，专利因欠费终止会直接导致质物灭失。</p>",
                    },
                ],
            },
            {
                "title": "银行怎样看一笔质押贷款",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>银行首先评估的是<strong>企业的经营和还款能力</strong>，知识产权是增信手段而非唯一依据。审查重点包括：企业销售收入和现金流、知识产权与主营产品的关联度、权利稳定性和剩余保护期、评估价值的合理性以及处置变现的可能性。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>价值评估可由资产评估机构出具评估报告，部分银行对小额贷款采用内部评估或简化评估。评估方法以收益法为主，评估假设必须与企业真实经营数据对应。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "知识产权与主营产品关联越紧密，越容易获得认可",
                            "专利组合比单件专利更有增信价值",
                            "评估报告中的收益预测要经得起银行追问",
                        ],
                    },
                ],
            },
            {
                "title": "风险分担与服务对接",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>不少地方设立了知识产权质押融资风险补偿资金、贴息和评估费补助等政策，并引入保险和担保机构，形成“银行+保险/担保+政府风险补偿”的分担机制。服务人员应熟悉本地政策的申请条件、额度和受理窗口。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>公共服务机构可以做的工作包括：梳理有融资需求的科技型中小企业清单；帮助企业盘点可质押的知识产权；组织银企对接活动；对已质押专利的法律状态进行跟踪提示，降低银行的贷后管理风险。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>不要向企业承诺“有专利就能贷款”。应如实说明银行的审批标准，并提醒企业评估还款压力。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "YY-202",
        "title": "高校存量专利盘点与转化对接服务",
        "summary": "面向高校国家知识产权信息服务中心和运营机构，讲解存量专利盘点、分级评价、供需对接和转化跟踪的工作方法。",
        "outcomes": [
            "制定高校存量专利盘点方案和评价指标",
            "按产业化前景对专利分级并形成可转化专利清单",
            "组织路演、开放许可和企业需求对接活动",
            "建立转化成效跟踪与案例积累机制",
        ],
        "audience": "staff",
        "level": "advanced",
        "delivery_mode": "in_person",
        "hours_professional": "12.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["tech-transfer", "high-value-patents"],
        "instructors": ["chen-jianguo", "huang-wei"],
        "prerequisites": ["YY-101", "ZL-302"],
        "lessons": [
            {
                "title": "政策背景与盘点方案",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>国务院办公厅印发的《专利转化运用专项行动方案（2023—2025年）》将盘活高校和科研机构存量专利作为重点任务。国家知识产权局《关于全面提升知识产权公共服务效能的指导意见》（国知发服字〔2024〕22号）也明确，引导高校国家知识产权信息服务中心与科技成果管理及转移转化机构加强合作，开展高校专利<strong>盘点、筛选、对接、盘活、应用</strong>等工作。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>盘点方案要明确范围（有效专利及在审申请）、数据来源（学校专利台账与官方法律状态数据核对）、分工（服务中心负责数据与初评，院系和发明人参与技术评价）和时间安排。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>先做台账核对：学校台账与官方数据不一致的情况很常见，如专利权人名称写法不同、已失效专利仍在台账中。数据准确是后续所有工作的基础。</p>",
                    },
                ],
            },
            {
                "title": "分级评价与可转化清单",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>评价可以从三个维度打分：<strong>技术维度</strong>（成熟度、先进性、是否有样品或中试）、<strong>法律维度</strong>（权利要求范围、稳定性、剩余保护期）、<strong>市场维度</strong>（对应产业、潜在企业数量、与本地产业匹配度）。结合发明人访谈，把专利分为重点推广、一般推广和建议放弃或开放许可三类。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>对重点推广专利，应整理成面向企业的“技术包”：技术简介、应用场景、技术指标、专利清单、团队和合作方式，必要时将相关专利组合打包，提高对企业的吸引力。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "发明人访谈是发现隐藏价值的关键步骤",
                            "把单件专利组合成技术包更利于转化",
                            "对无转化前景的专利及时放弃或开放许可",
                        ],
                    },
                ],
            },
            {
                "title": "对接、转化与成效跟踪",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>对接方式包括：按产业链向企业精准推送、组织专利路演和“校企面对面”、通过开放许可批量发布、与地方知识产权运营平台联动。对接前应掌握企业的真实技术需求，避免“有什么推什么”。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>建立转化跟踪台账，记录意向、洽谈、签约、备案和产业化进展，以及许可费或转让款到账情况。每个成功案例都要整理成包含背景、做法和成效的案例材料，用于经验推广和服务评价。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>高校专利转让、许可涉及国有资产管理和学校内部审批程序，服务人员应熟悉本校成果转化管理办法，避免对企业作出超出权限的承诺。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "BH-101",
        "title": "专利侵权纠纷行政裁决实务",
        "summary": "面向管理专利工作的部门和保护中心人员，讲解专利侵权纠纷行政裁决的受理条件、审理程序、技术事实查明和裁决执行。",
        "outcomes": [
            "判断请求是否符合行政裁决受理条件",
            "组织口头审理和证据调查",
            "发挥技术调查官作用查明技术事实",
            "撰写结构完整、说理充分的裁决书",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "in_person",
        "hours_professional": "8.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["administrative-adjudication"],
        "instructors": ["liu-fang"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "法律依据与受理条件",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《专利法》第六十五条：未经专利权人许可实施其专利引起纠纷的，由当事人协商解决；不愿协商或者协商不成的，专利权人或者利害关系人可以向人民法院起诉，也可以<strong>请求管理专利工作的部门处理</strong>。第七十条规定，国务院专利行政部门可以应请求处理在全国有重大影响的专利侵权纠纷，地方管理专利工作的部门对本行政区域内侵犯同一专利权的案件可以合并处理。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>受理时重点审查：请求人是专利权人或者利害关系人（如独占许可的被许可人）；有明确的被请求人；有明确的请求事项和具体事实、理由；属于本部门受案和管辖范围；当事人没有就该专利侵权纠纷向人民法院起诉。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>涉及实用新型或外观设计专利的，可以要求请求人出具<strong>专利权评价报告</strong>，作为审理和决定是否中止的参考。</p>",
                    },
                ],
            },
            {
                "title": "审理程序与技术事实查明",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>案件受理后应向被请求人送达请求书副本，被请求人在规定期限内答辩。审理一般采用口头审理方式，由合议组主持，依次进行核对当事人身份、确定专利保护范围、比对被诉侵权技术方案、辩论和最后陈述等环节。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>技术调查官协助合议组理解技术问题，参与勘验、询问和技术特征比对，出具技术审查意见。技术调查官的意见供合议组参考，不代替合议组对事实和法律问题作出判断。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>制作“技术特征比对表”是口头审理的核心工具：左列逐项列出权利要求技术特征，右列对应被诉产品特征，中间注明双方意见和合议组认定。现场勘验时应拍照、录像并请双方签字确认。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>被请求人提出无效宣告请求的，应根据专利类型、评价报告结论和无效理由的强弱，审慎决定是否中止处理，并在案卷中记录理由。</p>",
                    },
                ],
            },
            {
                "title": "裁决书撰写与执行",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>认定侵权成立的，管理专利工作的部门可以责令侵权人立即停止侵权行为；当事人不服的，可以依照《行政诉讼法》向人民法院起诉。行政裁决不处理赔偿数额问题，但可以应当事人请求就赔偿数额进行调解，调解不成的由当事人向人民法院起诉。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>裁决书应包括：当事人信息、请求和答辩意见、查明的事实（含专利保护范围和被诉技术方案）、比对分析和认定理由、裁决结论以及救济途径和期限。说理部分要逐一回应双方争议焦点。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "程序合法是裁决经得起司法审查的前提",
                            "争议焦点逐一回应，说理清楚",
                            "跟踪裁决执行情况，必要时依法申请强制执行",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "BH-102",
        "title": "知识产权保护中心预审与快速维权服务",
        "summary": "讲解保护中心专利预审、快速确权、快速维权和纠纷调解的业务流程与质量要求，以及与公共服务机构的协同。",
        "outcomes": [
            "说明专利预审服务的备案主体要求和业务流程",
            "把握预审案件的形式和实质质量要求",
            "开展电商平台侵权投诉等快速维权指导",
            "与TISC、网点等公共服务机构形成协同",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["administrative-adjudication", "dispute-response"],
        "instructors": ["liu-fang"],
        "prerequisites": ["BH-101"],
        "lessons": [
            {
                "title": "预审服务流程",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>知识产权保护中心面向本地区重点产业提供专利快速预审服务。企业通常需先在保护中心完成备案，符合产业领域要求的专利申请经保护中心预审合格后，进入快速审查通道，授权周期明显缩短。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>预审员重点检查：技术领域是否属于中心服务的产业范围；申请文件是否存在明显形式缺陷；是否明显不具备新颖性、创造性或存在公开不充分等实质缺陷。发现问题应及时与申请人沟通修改。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>快速通道对申请质量要求更高。对于质量明显不高、疑似非正常申请的案件，应严格把关，不能为追求数量降低预审标准。</p>",
                    },
                ],
            },
            {
                "title": "快速维权与协同保护",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>快速维权服务常见场景包括：电商平台侵权投诉指导、展会知识产权纠纷处理、纠纷调解和向行政裁决、司法程序的衔接。服务人员应帮助权利人准备权属证明、侵权比对说明和购买公证等证据材料。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>保护中心与TISC、高校信息服务中心和网点之间可以建立转介机制：网点在咨询中发现维权需求，及时转介保护中心；保护中心在案件中发现企业布局薄弱，推荐其接受专利导航或布局辅导。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "证据先行：权属、侵权行为和损失证据同步固定",
                            "调解优先、多元解纷，降低企业维权成本",
                            "案件数据与公共服务信息互通，实现保护与服务协同",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "BH-201",
        "title": "海外知识产权纠纷应对实务",
        "summary": "结合美国337调查、跨境电商TRO诉讼、欧洲展会纠纷等典型场景，讲解企业“走出去”中的风险防控与纠纷应对。",
        "outcomes": [
            "识别企业出海各阶段的主要知识产权风险",
            "在收到警告函、诉状或平台投诉时作出正确的第一反应",
            "理解美国337调查和联邦法院诉讼的基本程序",
            "利用海外知识产权纠纷应对指导机构的公益资源",
        ],
        "audience": "all",
        "level": "advanced",
        "delivery_mode": "live",
        "hours_professional": "6.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["overseas-disputes", "dispute-response"],
        "instructors": ["zhao-min", "sun-hao"],
        "prerequisites": ["ZL-203"],
        "lessons": [
            {
                "title": "出海前的风险防控",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>知识产权具有地域性，在中国获得的专利和商标在国外并不当然受到保护。出海前的三项基本功：<strong>在目标市场提前注册商标</strong>（可通过马德里体系或逐国申请）；<strong>对主力产品做目标国FTO检索</strong>；<strong>对核心技术进行海外专利布局</strong>。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>跨境电商卖家还要特别注意：产品外观、图片、商品描述和品牌词是否侵犯他人外观设计、著作权和商标权。平台上的大量投诉和诉讼，都源于对热销产品外观的简单模仿。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>国家海外知识产权纠纷应对指导中心及各地分中心提供公益性的纠纷应对指导、风险预警和专家咨询。企业遇到海外纠纷，可第一时间联系所在地分中心。</p>",
                    },
                ],
            },
            {
                "title": "收到警告函、诉状或投诉后怎么办",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<ol><li><strong>不要置之不理</strong>：在美国联邦法院被诉后，被告一般须在送达后21天内答辩，逾期可能被缺席判决；</li><li><strong>核实事实</strong>：原告的权利是否有效、覆盖哪些产品和地区，本方产品是否确实落入保护范围；</li><li><strong>保全证据</strong>：保存设计开发记录、采购来源、销售数据；</li><li><strong>评估策略</strong>：抗辩不侵权、挑战权利有效性、规避设计、和解许可，结合涉案金额和市场重要性综合决策；</li><li><strong>尽快委托目的地国律师</strong>，并注意与律师沟通的保密特权。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>在美国的跨境电商批量诉讼中，原告常申请临时限制令（TRO），平台可能据此冻结被告店铺资金。收到通知后应尽快评估，许多案件可以通过及时应诉或谈判和解解除冻结。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "期限意识：先搞清楚答辩期限",
                            "不要擅自与对方律师签署文件或承诺",
                            "及时寻求指导中心和专业律师帮助",
                        ],
                    },
                ],
            },
            {
                "title": "美国337调查概述",
                "minutes": 30,
                "required": False,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>337调查是美国国际贸易委员会（ITC）依据美国《1930年关税法》第337节，针对进口产品中的不公平贸易行为（主要是侵犯知识产权）开展的调查。其特点是程序快、救济强：胜诉方可获得<strong>排除令</strong>（禁止侵权产品进入美国）和<strong>禁止令</strong>，普遍排除令甚至可以针对未被列为被申请人的企业产品。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>被列为被申请人的中国企业，即使在美销售额不大，也应认真评估是否应诉：一旦缺席，相关产品可能被整体拒之门外，并影响下游客户。行业内多家企业同时被诉时，可以联合应诉、分摊成本。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>337调查不判决损害赔偿，但排除令对出口企业的影响往往大于赔偿。应诉策略通常包括不侵权抗辩、无效抗辩、国内产业要件抗辩以及规避设计。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "BH-202",
        "title": "商业秘密保护实务",
        "summary": "讲解《反不正当竞争法》第十条商业秘密的构成要件和侵权行为类型，帮助企业建立可落地的保密管理措施。",
        "outcomes": [
            "判断信息是否符合商业秘密的三项构成要件",
            "识别员工离职、合作研发等场景中的泄密风险",
            "设计分级分类的保密措施和制度",
            "在发生泄密时固定证据并选择维权途径",
        ],
        "audience": "all",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "1.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["trade-secrets"],
        "instructors": ["liu-fang"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "什么是商业秘密",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《反不正当竞争法》第十条：商业秘密是指<strong>不为公众所知悉、具有商业价值并经权利人采取相应保密措施</strong>的技术信息、经营信息等商业信息。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>技术信息如配方、工艺参数、源代码、设计图纸；经营信息如客户名单及其交易习惯、报价策略、供应商渠道。三项要件缺一不可，其中最容易出问题的是<strong>保密措施</strong>：没有措施，即使信息很有价值，也难以作为商业秘密获得保护。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>与专利相比，商业秘密无需公开、没有固定保护期限，但一旦被他人独立研发或通过反向工程合法获得，就无法阻止其使用。容易通过产品拆解获知的技术，更适合申请专利。</p>",
                    },
                ],
            },
            {
                "title": "保密措施与泄密应对",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<ul><li><strong>制度</strong>：制定保密管理制度，明确密级划分和知悉范围；</li><li><strong>合同</strong>：与员工签订保密协议，必要时对关键人员约定竞业限制并支付补偿；与合作方签订保密条款；</li><li><strong>物理与技术措施</strong>：涉密区域门禁、文件标注密级、账号权限和日志审计、禁止私自拷贝；</li><li><strong>离职管理</strong>：离职面谈、收回资料和权限、书面提醒保密义务。</li></ul>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>发现泄密时，应第一时间固定证据：访问和下载日志、邮件记录、离职员工入职新单位情况、对方产品与本方技术的相似性。可以选择向市场监督管理部门举报、向人民法院提起民事诉讼，情节严重的可以向公安机关报案。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>诉讼中权利人要明确“秘密点”，即具体哪些信息不为公众所知悉。平时就应对核心商业秘密建立清单，写清秘密点、载体、知悉人员和保密措施。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "故意侵犯商业秘密、情节严重的，可适用一倍以上五倍以下惩罚性赔偿",
                            "保密措施要与信息价值相匹配，并能举证",
                            "竞业限制须依法支付经济补偿",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-101",
        "title": "TISC服务实务：需求诊断、服务流程与成效",
        "summary": "面向技术与创新支持中心（TISC）工作人员，讲解从需求诊断、服务交付到成效跟踪的完整服务流程。",
        "outcomes": [
            "说明TISC在我国知识产权公共服务体系中的定位",
            "运用结构化访谈完成企业需求诊断",
            "设计分层次的服务产品并控制交付质量",
            "记录服务成效并形成可推广的案例",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "blended",
        "hours_professional": "8.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["tisc-practice"],
        "instructors": ["sun-hao"],
        "prerequisites": ["ZL-101"],
        "lessons": [
            {
                "title": "TISC的定位与服务内容",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>技术与创新支持中心（TISC）是世界知识产权组织（WIPO）发起的项目，旨在帮助各国创新主体获取专利等技术信息和相关服务。国家知识产权局《关于全面提升知识产权公共服务效能的指导意见》提出，TISC要<strong>瞄准国际一流水平</strong>，致力为企业深入挖掘知识产权信息价值、创新成果转化运用、海外维权等提供高质量信息服务。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li><strong>基础服务</strong>：数据库使用指导、检索咨询、法律状态查询、政策解读；</li><li><strong>专业服务</strong>：查新检索、技术综述、竞争对手跟踪、FTO初筛；</li><li><strong>深度服务</strong>：专利导航、专利布局建议、转化运用对接、海外纠纷风险预警。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>TISC的核心竞争力是“懂信息、懂技术、懂企业”。服务人员不仅要会检索，还要能把检索结果翻译成企业的研发和经营决策建议。</p>",
                    },
                ],
            },
            {
                "title": "需求诊断：问对问题",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>企业提出的往往是“表面需求”，例如“帮我查一下专利”。诊断访谈要追问：<strong>为什么要查</strong>（准备申请、准备上市、遇到纠纷还是寻找技术）？<strong>结果用来做什么决定</strong>？<strong>时间和预算</strong>如何？<strong>企业已有哪些信息</strong>？</p>",
                    },
                    {"type": "heading", "value": "需求诊断表的五个栏目"},
                    {
                        "type": "paragraph",
                        "value": "<ol><li>企业基本情况：行业、规模、主要产品和市场；</li><li>知识产权现状：专利、商标、软著数量和管理制度；</li><li>本次需求：问题描述、决策场景、期望成果；</li><li>服务方案：服务类型、交付物、周期和责任人；</li><li>后续跟进：潜在的深度服务需求和转介机构。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>诊断中获得的企业技术信息和经营信息要严格保密，服务前可与企业签署保密承诺，内部按最小知悉范围管理。</p>",
                    },
                ],
            },
            {
                "title": "交付质量与成效记录",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>每类服务产品都应有标准模板和复核机制：检索报告由第二人复核检索式和结论；分析报告由业务负责人审核结论与建议的逻辑一致性。交付时当面或线上讲解，确认企业理解结论和局限。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>交付后1～3个月回访，记录服务带来的实际变化：调整了研发方向、新提交了专利申请、规避了侵权风险、达成了许可或融资等。这些记录是年度评价、案例推广和争取政策支持的依据。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "模板化保证下限，复核保证质量",
                            "交付不是终点，回访才能看到成效",
                            "成效描述要具体，避免“提升了意识”之类的空话",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-102",
        "title": "TISC Fundamentals: WIPO Resources for Technology and Innovation Support",
        "summary": "An English-language introduction to the WIPO TISC programme and the free WIPO databases and learning resources that TISC staff use every day.",
        "outcomes": [
            "Explain the purpose and service levels of the WIPO TISC programme",
            "Search PATENTSCOPE and the WIPO Global Brand Database",
            "Use ASPI, ARDI and WIPO Academy resources to support clients",
            "Communicate search results to international partners in English",
        ],
        "audience": "staff",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "en",
        "topics": ["tisc-practice", "patent-search"],
        "instructors": ["sun-hao"],
        "prerequisites": ["ZL-101"],
        "lessons": [
            {
                "title": "The TISC programme",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>Technology and Innovation Support Centers (TISCs) are a WIPO programme that helps innovators in developing and emerging economies access technology information and related IP services. National TISC networks are coordinated by a national focal point, usually the IP office, and hosted by universities, research institutes, libraries, chambers of commerce and public service centres.</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>Typical TISC services range from <strong>basic support</strong> (access to patent and non-patent databases, help with search tools) to <strong>advanced services</strong> such as state-of-the-art searches, freedom-to-operate screening, patent landscaping and support for technology transfer and commercialisation.</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "TISCs make technology information accessible to local innovators",
                            "Services are tiered from basic access to analytical support",
                            "Network cooperation lets centres share knowledge and refer cases",
                        ],
                    },
                ],
            },
            {
                "title": "Free WIPO databases",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>PATENTSCOPE</strong> gives free access to international PCT applications and patent documents from many national and regional offices. It supports field-based and full-text search, and its <em>Cross-Lingual Information Retrieval</em> (CLIR) tool expands a query into synonyms and translations across languages.</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>The <strong>Global Brand Database</strong> and <strong>Global Design Database</strong> allow searches of trademarks and industrial designs from many collections, including international registrations under the Madrid and Hague systems. <strong>WIPO Lex</strong> provides IP laws and treaties of WIPO member states.</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>When a Chinese SME plans to export, run a quick check of the brand in the Global Brand Database for the target markets before attending a trade fair. It takes ten minutes and can reveal a conflicting registration early.</p>",
                    },
                ],
            },
            {
                "title": "ASPI, ARDI and WIPO Academy",
                "minutes": 20,
                "required": False,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>ASPI</strong> (Access to Specialized Patent Information) and <strong>ARDI</strong> (Access to Research for Development and Innovation) are public-private partnerships that give eligible institutions free or low-cost access to commercial patent databases and scientific journals. Eligibility depends on the country and the type of institution, so check current conditions on the WIPO website.</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>The <strong>WIPO Academy</strong> offers distance-learning courses, starting with the General Course on Intellectual Property (DL-101). Many TISC staff use these courses for continuing professional development and to prepare client training.</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>Database licences obtained through these programmes usually restrict use to the eligible institution. Do not share login credentials with client companies; run the searches on their behalf instead.</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-103",
        "title": "Preparing Patent Landscape Reports",
        "summary": "An English-language course on planning, executing and presenting patent landscape reports, following widely used WIPO practice.",
        "outcomes": [
            "Define the scope and key questions of a landscape project",
            "Design and document a reproducible search strategy",
            "Clean, group and analyse patent families",
            "Write findings that decision makers can act on",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "en",
        "topics": ["info-analysis", "patent-analysis"],
        "instructors": ["sun-hao", "wang-li"],
        "prerequisites": ["XX-102"],
        "lessons": [
            {
                "title": "Scoping the project",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>A patent landscape report gives an overview of patenting activity in a technology field, a geographic area or for a group of applicants. It should start from the <strong>decision the client needs to make</strong>: choosing a research direction, identifying partners, assessing market entry, or informing public policy.</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li>Agree on the technology definition and a taxonomy with domain experts;</li><li>Set the time window, jurisdictions and document types;</li><li>Define deliverables, timeline and how results will be validated.</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>Write the three to five key questions on the first page of the project plan. Every chart in the final report should help answer at least one of them.</p>",
                    },
                ],
            },
            {
                "title": "Search, cleaning and analysis",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>Combine keywords and classification codes (IPC/CPC) and iterate. Estimate <strong>recall</strong> by checking whether a set of known relevant documents is retrieved, and <strong>precision</strong> by manually reviewing a random sample. Record every query, database and search date in an annex.</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>Count inventions by patent family rather than by individual publications, harmonise applicant names, and tag documents against the agreed taxonomy. Typical analyses include filing trends, geographic distribution, top applicants, technology clusters and collaboration networks.</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>Patent applications are usually published about 18 months after the filing or priority date. A drop in the most recent years of a trend chart is often a publication lag, not a real decline.</p>",
                    },
                ],
            },
            {
                "title": "Presenting findings",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>Lead with an executive summary of findings and recommendations, then the supporting analysis, then methodology. Use plain language: decision makers should understand the conclusions without reading the annexes.</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "One message per chart, stated in the caption",
                            "Separate facts, interpretation and recommendations",
                            "State limitations: coverage, languages, publication lag",
                            "Keep the full search strategy in an annex for reproducibility",
                        ],
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>Before publishing, ask a domain expert who was not involved in the project to read the executive summary. If they cannot restate the main findings in two minutes, simplify the text and the charts.</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-201",
        "title": "国家知识产权信息公共服务网点服务实务",
        "summary": "面向网点一线人员，讲解普惠性公共服务的服务事项、窗口咨询规范、常见问题答复和转介协同。",
        "outcomes": [
            "熟悉网点的定位和基础服务事项",
            "规范接待咨询并准确答复高频问题",
            "识别超出网点能力的需求并及时转介",
            "做好服务记录与需求信息报送",
        ],
        "audience": "staff",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["service-node-practice"],
        "instructors": ["he-xiaoyu", "sun-hao"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "网点的定位与服务事项",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>按照国家知识产权局的要求，国家知识产权信息公共服务网点要在<strong>提供普惠性公共服务</strong>上持续发力，提升知识产权综合服务能力。网点是离企业和公众最近的服务窗口，很多企业对知识产权的第一次了解就发生在这里。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li>知识产权政策法规和办事流程咨询；</li><li>专利、商标基础检索和数据库使用指导；</li><li>知识产权普及培训和宣传活动；</li><li>公共服务产品推广，如专题数据库、信息分析报告；</li><li>问题需求采集和向上级机构、专业机构转介。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>把本网点能提供的服务事项做成一页清单，标明服务方式、办理时限和联系人，张贴在窗口并发布在线上渠道，企业一看就知道“能找你办什么”。</p>",
                    },
                ],
            },
            {
                "title": "窗口咨询规范与高频问题",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>接待咨询遵循“听清、问准、答对、留痕”：完整听取企业诉求，追问关键事实，依据法律法规和官方指南答复，并做好服务记录。不确定的问题不要凭经验作答，应查证后回复或转介。</p>",
                    },
                    {"type": "heading", "value": "高频问题举例"},
                    {
                        "type": "paragraph",
                        "value": "<ul><li>“我的产品能申请什么专利？”——说明发明、实用新型、外观设计的保护对象和保护期限差异（发明20年、实用新型10年、外观设计15年）；</li><li>“商标多久能注册下来？”——介绍审查流程和三个月异议期，提示以官方公布的审查周期为准；</li><li>“接到代理机构电话说我的商标要被抢注了？”——提示警惕以恐吓方式推销服务，指导企业自行在官方系统查询。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>网点作为公共服务机构，不宜向企业指定或推荐特定商业代理机构，也不应借咨询收取额外费用；需要代理服务时，应告知企业可自行在官方公布的代理机构名录中选择。</p>",
                    },
                ],
            },
            {
                "title": "转介协同与需求报送",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>网点要熟悉本地公共服务网络：涉及侵权纠纷的转介知识产权保护中心或管理部门；需要深度检索分析的转介TISC或高校信息服务中心；涉及海外纠纷的转介海外知识产权纠纷应对指导分中心；有融资需求的对接质押融资服务窗口。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "转介时附上需求简述，避免企业重复说明",
                            "跟踪转介结果，形成服务闭环",
                            "定期整理和报送企业的问题需求",
                        ],
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>建立一张本地“转介通讯录”，写明各机构的服务范围、联系人和对接方式，每半年更新一次，新同事入职即可上手。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-202",
        "title": "知识产权专题数据库建设与运维",
        "summary": "讲解面向重点产业和创新功能区的专利专题数据库的需求分析、数据采集标引、平台功能和持续运维。",
        "outcomes": [
            "根据产业需求确定专题数据库的范围和分类体系",
            "完成数据检索、清洗、标引和质量抽检",
            "设计以用户为中心的检索和推送功能",
            "建立数据更新、用户反馈和应用推广机制",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "4.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["thematic-databases"],
        "instructors": ["wang-li"],
        "prerequisites": ["ZL-102"],
        "lessons": [
            {
                "title": "需求分析与分类体系",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>国家知识产权局指导意见提出，要为自主创新示范区、高新区、经开区等科技创新功能区<strong>开发建设知识产权专题数据库</strong>，强化数据资源供给。专题库的价值在于“专”：数据经过专业筛选和标引，能直接回答某一产业的技术问题。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>建库前调研目标用户：是园区管理部门、企业研发人员还是服务机构？他们最常问什么问题？据此确定收录范围（技术领域、国家地区、文献类型、时间）和分类体系。分类体系建议参照产业链环节设计，并与行业专家共同确认。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>专题库不是把关键词检索结果简单导入。未经清洗和标引的专题库噪声大，用户用过一次就不会再用。</p>",
                    },
                ],
            },
            {
                "title": "数据加工与质量控制",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>数据加工流程包括：检索式编制与验证 → 批量导出 → 去重与同族合并 → 人工或半自动标引 → 抽样质检 → 入库。标引字段除技术分支外，可增加技术功效、应用场景、本地企业标记、法律状态等用户关心的字段。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>质量控制建议设定量化目标，例如标引抽检准确率和查全率评估方法，并记录每批数据的检索式版本。使用人工智能辅助标引时，应保留人工复核环节。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "检索式版本化管理，保证可追溯",
                            "标引规则写成手册，多人标引前统一培训",
                            "抽检结果记录在案，作为持续改进依据",
                        ],
                    },
                ],
            },
            {
                "title": "上线运维与推广应用",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>专题库上线后需要定期更新数据和法律状态，一般按月或按季度更新。功能上，除检索外，可提供预设统计图表、重点企业动态、新公开专利推送等，让不会检索的用户也能直接获取信息。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>推广要“带着库去服务”：在企业走访、园区培训中现场演示，用专题库回答企业的真实问题。统计访问量、活跃用户数和典型应用案例，作为评价和改进依据。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>涉及关键核心技术攻关的专题库，应评估研发信息安全风险，合理设置用户权限和访问日志，必要时仅在内网提供服务。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-203",
        "title": "知识产权信息分析报告撰写与质量控制",
        "summary": "以工作坊形式完成一份产业或技术专题分析报告，系统训练报告结构设计、论证逻辑、图表表达和内部评审。",
        "outcomes": [
            "按照报告用途设计结构和篇幅",
            "建立从数据到结论的完整论证链条",
            "组织报告的内部评审和专家评审",
            "提供面向不同读者的多版本成果",
        ],
        "audience": "staff",
        "level": "advanced",
        "delivery_mode": "in_person",
        "hours_professional": "16.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["info-analysis"],
        "instructors": ["wang-li", "chen-jianguo"],
        "prerequisites": ["ZL-201"],
        "lessons": [
            {
                "title": "报告结构与论证逻辑",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>一份规范的分析报告通常包括：摘要与主要结论、研究背景与目标、研究范围与方法、产业与技术概况、专利态势分析、重点技术与重点专利分析、主要申请人分析、风险与机会、结论与建议、附录（检索式、数据说明、重点专利清单）。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>论证逻辑采用“金字塔”结构：先给结论，再给支撑结论的几个论点，每个论点由数据和案例支撑。每一章结尾写“本章小结”，说明本章发现对总体结论的贡献。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>动笔前先写一页“结论草案”并与委托方沟通，确认问题抓得准，再投入大量时间做图表，能显著减少返工。</p>",
                    },
                ],
            },
            {
                "title": "常见问题与质量控制",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<ul><li><strong>“数据多、观点少”</strong>：罗列统计结果而缺少判断；</li><li><strong>“结论跳跃”</strong>：建议无法从分析中推出；</li><li><strong>“口径不一”</strong>：不同章节统计单位（件、族、项）混用；</li><li><strong>“忽视滞后”</strong>：未说明近年数据公开不完整；</li><li><strong>“照搬模板”</strong>：章节齐全但与委托方问题无关。</li></ul>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>质量控制实行三级审核：撰写人自查（对照检查清单）、项目负责人审核（逻辑和结论）、机构或外部专家评审（专业性和可用性）。评审意见和修改情况要留档。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>报告引用的企业非公开信息、未公开的研发数据，必须取得提供方同意；对外发布的版本要删除敏感信息，并注明数据截止日期和免责说明。</p>",
                    },
                ],
            },
            {
                "title": "成果交付与应用转化",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>按照读者准备多个版本：面向决策者的简报（3～5页）、面向研发团队的技术版（含重点专利特征解读）、面向公众的公开版。省级骨干机构的分析成果，还可以为知识产权强省建设实施方案、重大科技项目和政府决策提供参考支撑。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "一份报告，多种版本，面向不同读者",
                            "成果汇报时先讲结论和建议",
                            "跟踪报告被采纳和应用情况",
                        ],
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>公开发布的报告要再做一次合规检查：是否含有委托方要求保密的信息、是否对具体企业作出可能引发争议的侵权定性表述。涉及侵权判断的内容应表述为风险提示而非结论。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "XX-204",
        "title": "公共服务需求采集与服务成效评价",
        "summary": "围绕国家知识产权局对公共服务信息采集和评价的要求，讲解创新主体问题需求的采集、梳理、响应和成效报送。",
        "outcomes": [
            "设计覆盖不同类型创新主体的需求采集方式",
            "对采集到的问题需求进行分类梳理和响应",
            "用可核实的指标记录和报送服务成效",
        ],
        "audience": "staff",
        "level": "intermediate",
        "delivery_mode": "live",
        "hours_professional": "2.0",
        "hours_general": "0.0",
        "access": "staff",
        "language": "zh-hans",
        "topics": ["service-node-practice", "tisc-practice"],
        "instructors": ["he-xiaoyu"],
        "prerequisites": ["XX-201"],
        "lessons": [
            {
                "title": "需求采集与梳理",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>国知发服字〔2024〕22号文件要求广泛开展公共服务信息采集，统筹指导地市级知识产权管理部门和公共服务重要网点采集创新主体的问题需求，及时采取服务措施，并定期通过公共服务网报送问题需求、解决举措和取得成效。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>采集渠道包括：窗口咨询记录、企业走访、培训和活动问卷、线上留言、园区和行业协会座谈。每条需求记录主体类型、所属产业、问题类别（创造、运用、保护、管理、服务）、紧迫程度和联系人。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>按月汇总需求，找出共性问题。例如多家企业都询问海外展会风险，就可以组织一场专题培训或编写一份指引，用一项服务解决一批问题。</p>",
                    },
                ],
            },
            {
                "title": "响应措施与成效报送",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>对每条需求给出明确的处理结果：已解答、已提供服务、已转介（写明转介机构）、暂无法解决（说明原因和后续安排）。报送的成效应当具体、可核实，例如“为某企业完成FTO初筛，企业据此调整了两项产品结构设计”。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "需求有记录、处理有结果、成效有证据",
                            "区分普惠服务与重点服务，分类统计",
                            "注意保护企业信息，报送材料按需脱敏",
                        ],
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>为常见需求类型准备“标准响应包”，如商标申请指引、专利检索入门材料、海外展会风险提示，既能提高响应速度，也便于统计同类服务的数量和成效。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZC-101",
        "title": "《知识产权专业知识和实务》导学：专利篇",
        "summary": "面向初级、中级职称考生，梳理专利部分的核心考点：授权条件、申请审查程序、权利内容与限制、侵权判定与救济。",
        "outcomes": [
            "建立专利部分的知识框架并掌握高频考点",
            "准确记忆期限、数额等易混淆的法定数字",
            "运用法条分析案例分析题中的专利问题",
        ],
        "audience": "exam",
        "level": "intermediate",
        "delivery_mode": "live",
        "hours_professional": "8.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["exam-ip-practice"],
        "instructors": ["zhou-yan", "chen-jianguo"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "考试概况与备考方法",
                "minutes": 20,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>根据人力资源社会保障部、国家知识产权局《关于深化知识产权领域职称制度改革的指导意见》，知识产权专业纳入经济专业技术资格，初级、中级实行全国统一考试，考试科目为《经济基础知识》和《知识产权专业知识和实务》；高级实行考试与评审相结合。具体报名条件、考试时间和成绩管理规则以当年考试通知为准。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>《知识产权专业知识和实务》覆盖专利、商标、著作权、其他知识产权以及知识产权运用、管理与保护等内容，题型包括单项选择题、多项选择题和案例分析题。备考建议：先通读教材建立框架，再以法条为主线精读，最后用真题和模拟题查漏补缺。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>多项选择题按经济专业技术资格考试惯例“错选不得分、少选每个正确选项得0.5分”。没有把握的选项宁可不选，不要冒险凑满。</p>",
                    },
                ],
            },
            {
                "title": "专利授权条件与审查程序",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>高频考点：专利保护客体与不授予专利权的情形；新颖性、创造性、实用性（第二十二条）和外观设计授权条件（第二十三条）；不丧失新颖性的宽限期（第二十四条，六个月、四种情形）；优先权（发明和实用新型十二个月，外观设计六个月）。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>审查程序：发明专利申请经初步审查、公布（自申请日起满十八个月，可请求提前公布）、实质审查（申请人自申请日起三年内请求）后授权；实用新型和外观设计经初步审查即可授权。驳回不服的可以请求复审，授权后任何单位或个人认为不符合规定的可以请求宣告无效。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "保护期限：发明20年、实用新型10年、外观设计15年，自申请日起计算",
                            "发明专利的实质审查请求期限：自申请日起三年内",
                            "抵触申请只能由在先申请、在后公布的中国专利申请构成",
                        ],
                    },
                ],
            },
            {
                "title": "专利权的限制、侵权与救济",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>不视为侵犯专利权的情形包括：专利产品售出后的使用、许诺销售、销售、进口（权利用尽）；先用权；临时过境；专为科学研究和实验而使用；为提供行政审批所需信息的药品和医疗器械相关实施。此外，合法来源抗辩可免除赔偿责任，但不免除停止侵权义务。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>《专利法》第七十一条：赔偿数额按权利人实际损失或侵权人获得的利益确定，难以确定的参照许可使用费的倍数合理确定；对故意侵犯专利权、情节严重的，可以在上述方法确定数额的<strong>一倍以上五倍以下</strong>确定赔偿数额；均难以确定的，法院可以根据具体情节确定给予<strong>三万元以上五百万元以下</strong>的赔偿。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>案例分析题常见设问：某行为是否侵权、权利人可以采取哪些救济途径（协商、请求管理专利工作的部门处理、起诉）、被控侵权人有哪些抗辩理由。答题时先指出适用的法条，再结合案情逐项分析。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZC-102",
        "title": "《知识产权专业知识和实务》导学：商标、著作权与运用管理篇",
        "summary": "梳理商标、著作权、商业秘密等部分以及知识产权运用、管理和公共服务部分的高频考点与答题方法。",
        "outcomes": [
            "掌握商标注册、确权和保护中的期限与程序考点",
            "掌握著作权的客体、权利内容、保护期和合理使用考点",
            "理解转让、许可、质押和开放许可等运用方式的法律要求",
        ],
        "audience": "exam",
        "level": "intermediate",
        "delivery_mode": "self_paced",
        "hours_professional": "6.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["exam-ip-practice"],
        "instructors": ["zhou-yan", "huang-wei"],
        "prerequisites": ["ZC-101"],
        "lessons": [
            {
                "title": "商标部分考点",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>重点记忆“期限串”：初步审定公告后<strong>三个月</strong>异议期；驳回复审<strong>十五日</strong>；注册商标有效期<strong>十年</strong>，期满前<strong>十二个月</strong>内续展，宽展期<strong>六个月</strong>；相对理由无效宣告<strong>五年</strong>（恶意注册驰名商标不受限）；连续<strong>三年</strong>不使用可被撤销。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>理解性考点：第四条“不以使用为目的的恶意商标注册申请”的驳回；禁用条款（第十条）与缺乏显著性（第十一条）的区别——前者绝对不得作为商标使用，后者经使用取得显著特征可以注册；侵权行为类型（第五十七条）和惩罚性赔偿（第六十三条）。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>把商标、专利、著作权的期限和赔偿规则做成一张对比表，考前反复看。三部法律都规定了一倍以上五倍以下惩罚性赔偿和五百万元上限的法定赔偿，但著作权法定赔偿下限是五百元、专利是三万元，商标法未规定下限。</p>",
                    },
                ],
            },
            {
                "title": "著作权与其他知识产权考点",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>著作权部分重点：作品的构成要件和类型（含视听作品、计算机软件）；著作人身权与财产权；职务作品、委托作品、合作作品的权属；保护期（自然人作品为作者终生及死后五十年）；合理使用与法定许可；邻接权（出版者、表演者、录音录像制作者、广播电台电视台的权利）。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>其他知识产权部分关注：商业秘密的三个构成要件（《反不正当竞争法》第十条）、集成电路布图设计、植物新品种和地理标志的基本规则。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "委托作品：有约定从约定，无约定归受托人",
                            "署名权、修改权、保护作品完整权保护期不受限制",
                            "商业秘密：秘密性、价值性、保密性",
                        ],
                    },
                ],
            },
            {
                "title": "运用、管理与公共服务考点",
                "minutes": 30,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>运用部分把握几条“生效规则”：专利权转让自登记之日起生效；知识产权质权自办理出质登记时设立；专利实施许可合同自生效之日起三个月内备案。开放许可的声明、获得方式、年费减免和纠纷解决（《专利法》第五十条至第五十二条）是近年修法新增内容，应重点掌握。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>管理与公共服务部分，可结合国家知识产权局关于全面提升知识产权公共服务效能的指导意见，理解TISC、高校国家知识产权信息服务中心、信息公共服务网点等机构的定位，以及专利导航、专题数据库、信息分析等公共服务工具。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>教材版本和法律修正会影响考点。备考时务必使用当年度考试用书，注意《专利法》（2020年修正）、《商标法》（2019年修正）、《著作权法》（2020年修正）的新旧条文差异。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "ZC-103",
        "title": "《经济基础知识》学习方法与重点模块",
        "summary": "帮助理工科和法学背景的知识产权从业者建立经济学知识框架，掌握《经济基础知识》各模块的学习方法和高频考点。",
        "outcomes": [
            "了解《经济基础知识》的模块结构和分值特点",
            "针对经济学、财政、金融、统计、会计、法律模块采用不同学习方法",
            "制定适合在职人员的备考时间计划",
        ],
        "audience": "exam",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "3.0",
        "hours_general": "1.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["exam-economics"],
        "instructors": ["zheng-hong"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "科目结构与学习策略",
                "minutes": 25,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>《经济基础知识》是经济专业技术资格初级、中级考试的公共科目，各专业考生使用同一份试卷。内容一般分为经济学基础、财政、货币与金融、统计、会计、法律六个部分，题型为单项选择题和多项选择题，全部为客观题。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>知识产权专业考生多为理工科或法学背景，建议“先易后难、以熟带生”：法律部分与日常工作关联度高，可以作为得分保障；统计和会计部分概念性强、题目相对固定，适合集中突破；经济学基础和财政金融部分需要理解模型和政策逻辑，投入时间最多。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>在职备考建议用三个月：第一个月通读教材、建立框架；第二个月按模块精学并做章节练习；第三个月做整套模拟题，限时训练并复盘错题。</p>",
                    },
                ],
            },
            {
                "title": "各模块学习要点",
                "minutes": 35,
                "required": True,
                "blocks": [
                    {"type": "heading", "value": "经济学基础"},
                    {
                        "type": "paragraph",
                        "value": "<p>抓住供求、弹性、消费者和生产者行为、市场结构、国民收入核算、经济增长与宏观调控等主线。建议“画图学经济”：供求曲线移动、短期成本曲线关系等用图示理解，比死记文字更牢固。</p>",
                    },
                    {"type": "heading", "value": "财政、货币与金融"},
                    {
                        "type": "paragraph",
                        "value": "<p>财政部分关注财政职能、财政支出与收入、税收基本要素、政府预算和财政政策；金融部分关注货币供应层次、存款货币创造、中央银行职能和货币政策工具。可结合新闻中的降准、专项债等实例理解政策工具的作用方向。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p><strong>统计和会计</strong>以概念和计算为主，如集中趋势与离散程度指标、抽样调查、会计要素与会计等式、财务报表分析比率；<strong>法律部分</strong>重点关注民法典总则和物权、合同编的基本规则，以及公司法、劳动合同法等常考内容。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "经济学：画图理解，抓因果关系",
                            "财政金融：联系政策实例",
                            "统计会计：公式与概念结合练习",
                            "法律：利用工作经验，注意法条细节",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "ZC-201",
        "title": "高级经济实务（知识产权）案例分析写作",
        "summary": "面向高级知识产权师考评考生，训练知识产权综合案例的审题、论证和规范作答方法，并兼顾评审业绩材料的提炼。",
        "outcomes": [
            "快速识别案例中的法律关系和管理问题",
            "运用“观点—依据—分析—建议”结构规范作答",
            "结合公共服务、运营和保护实践形成有深度的论述",
            "将本人业绩提炼为评审所需的代表性成果材料",
        ],
        "audience": "exam",
        "level": "advanced",
        "delivery_mode": "live",
        "hours_professional": "12.0",
        "hours_general": "0.0",
        "access": "registered",
        "language": "zh-hans",
        "topics": ["exam-senior"],
        "instructors": ["chen-jianguo", "liu-fang"],
        "prerequisites": ["ZC-101", "ZC-102"],
        "lessons": [
            {
                "title": "审题：找准法律关系和管理问题",
                "minutes": 40,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>高级案例题往往是综合性材料：一家企业或一个地区在技术创新、专利布局、转化运用、纠纷应对中遇到多重问题。审题第一步，是把材料中的主体、时间线和行为列出来，标出每个问题涉及的是<strong>法律判断</strong>（如是否侵权、权属如何）还是<strong>管理决策</strong>（如布局策略、运营模式）。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>第二步，逐一对应题目设问，避免答非所问。设问“请分析”需要展开论证；“请提出建议”需要可操作的措施；“请评价”需要先给判断再说理由。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>审题时在材料上标注时间节点：申请日、公开日、授权日、许可和转让日期、被诉侵权行为发生时间。很多考点就藏在时间先后关系里。</p>",
                    },
                ],
            },
            {
                "title": "作答结构与论证深度",
                "minutes": 45,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>推荐“<strong>观点—依据—分析—建议</strong>”四段式：先用一句话亮明观点；再写明法律依据或政策依据（如《专利法》某条、国家知识产权局相关文件）；然后结合材料事实逐点分析；最后提出分步骤、有主体、可落地的建议。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>论证深度体现在三个层面：能指出问题背后的机制原因（例如专利多而转化少，源于供需信息不对称和评价导向）；能给出多种方案并比较利弊；能联系最新政策，如专利转化运用专项行动、开放许可、公共服务效能提升等。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>避免大段抄写材料或空泛表态。评分关注要点是否覆盖、论证是否成立，书写应分点、分段、标序号，便于阅卷人识别得分点。</p>",
                    },
                ],
            },
            {
                "title": "评审材料中的业绩提炼",
                "minutes": 30,
                "required": False,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>高级职称实行考评结合，考试合格后还需参加评审。业绩材料要突出本人在项目中的角色和贡献，用可验证的成果说话：主持的专利导航或分析项目及其采纳情况、促成的转化或许可交易、办理的典型案件、编写的标准或指南、培训授课记录等。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "代表性成果写清背景、本人工作、成效和证明材料",
                            "数据要真实并有佐证，切忌夸大",
                            "具体评审条件以所在省份当年评审文件为准",
                        ],
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>撰写业绩材料可参考“STAR”思路：背景（Situation）、任务（Task）、本人行动（Action）和结果（Result）。例如说明某专利导航项目的委托背景、本人承担的技术分解与报告撰写任务、采取的方法，以及成果被地方产业规划采纳的情况。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-101",
        "title": "我的点子是否已经有人申请了专利？",
        "summary": "用五个步骤在国家知识产权局免费系统里自己查一查，花半小时避免重复研发和白交申请费。",
        "outcomes": [
            "用关键词和分类号在免费系统中检索相似专利",
            "判断检索到的专利是否有效、保护什么",
            "知道什么时候需要找公共服务机构帮忙",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["patent-search"],
        "instructors": ["he-xiaoyu"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "五步自助检索",
                "minutes": 10,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<ol><li><strong>用一句话写下你的点子</strong>，圈出两三个关键词，例如“折叠 + 婴儿推车 + 单手收车”；</li><li><strong>为每个关键词想同义词</strong>：推车/童车/手推车，折叠/收合；</li><li>注册并登录国家知识产权局<strong>专利检索及分析系统</strong>，用关键词组合检索；</li><li>浏览结果的<strong>摘要和附图</strong>，找出最像的几篇，看看它们的分类号，再用分类号加关键词检索一遍；</li><li>对最相关的几篇，查看<strong>权利要求书</strong>和法律状态。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>别忘了查英文：用英文关键词在世界知识产权组织的PATENTSCOPE上再查一次。国外已经公开的技术同样会让你的点子失去新颖性。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>没有查到完全一样的，不等于一定能获得专利，还要看与现有技术相比是否有足够的改进（创造性）；查到了相似的，也不一定不能做，可能只是对方没有保护你的具体方案。</p>",
                    },
                ],
            },
            {
                "title": "查到了，然后呢？",
                "minutes": 8,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<ul><li>专利<strong>已失效或已过保护期</strong>：技术一般可以自由使用，但要确认没有其他有效的同族或改进专利；</li><li>专利<strong>仍然有效</strong>：对照它的权利要求，看你的方案是否包含了它的全部技术特征，考虑改进设计或联系对方谈许可；</li><li>只是<strong>公开的申请</strong>：还没授权，保持关注。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>准备申请专利的点子，在提交申请之前不要在展会、网店或朋友圈公开，否则可能破坏自己的新颖性。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "先查再研发，先申请再公开",
                            "看保护范围要看权利要求书，不看摘要",
                            "拿不准时，可免费咨询附近的TISC或知识产权信息公共服务网点",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-102",
        "title": "如何注册一件商标",
        "summary": "从起名、查重、选类到网上提交，一次讲清企业自己申请商标的步骤和最容易踩的坑。",
        "outcomes": [
            "判断品牌名称是否容易注册",
            "在网上自行提交商标注册申请",
            "识别冒充官方的商标“续展”“抢注”骗局",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["trademark-registration"],
        "instructors": ["he-xiaoyu", "zhao-min"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "起名、查重、选类、提交",
                "minutes": 10,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>起名</strong>：自创词比描述性词语好注册。“好吃的饼干”用作饼干商标很难注册，自造一个有辨识度的名字则容易得多。</p><p><strong>查重</strong>：在中国商标网免费查询，看看相同或类似商品上有没有相同、近似的商标。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p><strong>选类</strong>：商品和服务共45类。先选你实际销售的商品所在类别，再考虑未来两三年可能扩展的类别。项目名称尽量从《类似商品和服务区分表》中选规范名称。</p><p><strong>提交</strong>：登录商标网上服务系统，企业完成实名认证后可自行提交，也可以委托商标代理机构办理。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "legal",
                        "text": "<p>注册商标有效期十年，期满前十二个月内办理续展，另有六个月宽展期（《商标法》第三十九条、第四十条）。申请注册要以使用为目的，不以使用为目的的恶意申请会被驳回（第四条）。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "先查询再申请，省钱省时间",
                            "注册前就使用的，注意不要侵犯他人商标",
                            "拿到注册证后要持续使用，三年不用可能被撤销",
                        ],
                    },
                ],
            },
            {
                "title": "小心商标骗局",
                "minutes": 5,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>很多企业提交申请后会接到各种电话、短信和“通知书”：声称“你的商标被人抢注，必须马上加钱”“商标即将作废，需要立即办理”。这些多数是营销甚至诈骗。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>商标的官方文书和审查进度，以国家知识产权局商标局发出的文件和商标网上服务系统中的信息为准。付款前，先自己上官方系统查一查。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>不确定时，可以带着申请号到附近的知识产权信息公共服务网点免费咨询。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-103",
        "title": "软件和产品外观怎么保护",
        "summary": "软件靠著作权登记和商业秘密，产品外观靠外观设计专利：用十分钟选对保护方式。",
        "outcomes": [
            "知道软件著作权登记的作用和办理机构",
            "知道外观设计专利保护什么、保护多久",
            "在上市前安排好保护顺序",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["software-copyright", "patent-drafting"],
        "instructors": ["he-xiaoyu", "zhou-yan"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "保护软件",
                "minutes": 8,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>软件写好就自动享有著作权，但打官司、融资、向平台投诉时，需要证明“这个软件是我的”。到<strong>中国版权保护中心</strong>办理<strong>软件著作权登记</strong>，登记证书就是权属的初步证明。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>请外包公司开发软件的，一定要在合同里写明“著作权归委托方所有、交付全部源代码”。没写的话，法律上著作权归开发方。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>核心算法和源代码要当作商业秘密管理：限制访问权限，员工签保密协议。有技术效果的算法方案，可以咨询能否申请发明专利。</p>",
                    },
                ],
            },
            {
                "title": "保护产品外观",
                "minutes": 7,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>外观设计专利保护产品的形状、图案、色彩及其组合所作出的富有美感并适于工业应用的新设计，也可以保护产品的局部设计。保护期<strong>15年</strong>，自申请日起计算（《专利法》第四十二条）。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>新品在网店上架、在展会展出或在社交媒体发布之后再申请，外观可能已经不“新”了。一定要<strong>先申请、后上市</strong>。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "软件：著作权登记 + 商业秘密管理",
                            "外观：上市前申请外观设计专利",
                            "品牌名称和图标：同步申请商标",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-104",
        "title": "用专利、商标向银行贷款：知识产权质押融资入门",
        "summary": "什么样的企业、什么样的知识产权可以质押贷款，怎么办理，要注意什么。",
        "outcomes": [
            "判断企业是否适合申请知识产权质押贷款",
            "了解办理流程和需要准备的材料",
            "了解地方贴息、风险补偿等支持政策的查询渠道",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["pledge-financing"],
        "instructors": ["li-jing"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "质押贷款怎么办",
                "minutes": 10,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>有效的专利权、注册商标专用权和著作权中的财产权都可以出质。银行最看重的是：<strong>企业有稳定经营和还款来源</strong>，<strong>知识产权用在主营产品上</strong>，权利状态清楚、没有纠纷。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ol><li>向开展知识产权质押业务的银行咨询，提交经营和知识产权资料；</li><li>按银行要求进行价值评估；</li><li>签订借款合同和质押合同；</li><li>专利、商标向国家知识产权局办理质押登记，著作权向中国版权保护中心办理——<strong>质权自登记时设立</strong>；</li><li>银行放款。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>质押期间，未经银行同意，不能转让或许可他人使用该知识产权；还要按时缴纳专利年费，专利因欠费失效会引发违约。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>不少地方对质押融资有贴息、评估费补贴或风险补偿政策，可以向当地知识产权管理部门或公共服务网点咨询。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-105",
        "title": "买专利、卖专利、用别人的专利",
        "summary": "企业想引进技术或把闲置专利变现时，转让、许可和开放许可分别怎么操作。",
        "outcomes": [
            "区分转让、普通许可、独占许可和开放许可",
            "知道转让登记和许可备案的要求",
            "会在开放许可信息中寻找可用专利",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["licensing-transfer"],
        "instructors": ["huang-wei"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "转让与许可",
                "minutes": 8,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p><strong>转让</strong>是把专利“卖断”，专利权人变更。要签书面合同并到国家知识产权局登记，<strong>自登记之日起生效</strong>（《专利法》第十条）。付款前先查清专利是否有效、有没有质押或许可给别人。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p><strong>许可</strong>是“租用”，专利权仍归对方。独占许可只有你能用，普通许可对方还可以许可别人。许可合同生效后三个月内到国家知识产权局备案。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "买之前查法律状态",
                            "合同写清范围、期限、费用和技术支持",
                            "转让要登记，许可要备案",
                        ],
                    },
                ],
            },
            {
                "title": "开放许可：明码标价的专利",
                "minutes": 6,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>开放许可是专利权人事先公告许可费标准，任何企业书面通知专利权人并按公告标准付费后，就能获得许可（《专利法》第五十条、第五十一条）。不用逐一谈判，特别适合中小企业引进高校院所的专利技术。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>手上有闲置专利的企业也可以声明开放许可，开放许可实施期间还能享受专利年费减免。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>开放许可一般只许可使用专利，不包括图纸、配方和技术指导。需要技术支持的，另外和专利权人签服务合同。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-106",
        "title": "中小企业怎样用好专利导航",
        "summary": "专利导航不只是大项目：用专利信息帮企业选研发方向、找合作伙伴、避开侵权雷区。",
        "outcomes": [
            "知道专利导航能回答企业的哪些问题",
            "学会用简单的专利统计看懂行业格局",
            "知道到哪里获取公共专利导航服务",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["patent-navigation"],
        "instructors": ["chen-jianguo", "he-xiaoyu"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "专利导航能帮企业做什么",
                "minutes": 10,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>专利文献里记载了全球大量的技术方案，而且比论文和产品更早公开。把某个领域的专利放在一起分析，就能看出：<strong>哪些技术方向正在升温</strong>、<strong>谁是主要竞争者</strong>、<strong>哪些技术已经过了保护期可以免费使用</strong>、<strong>哪些专利可能挡住你的产品</strong>。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<ul><li>立项前：看看同行做到了什么程度，避免重复研发；</li><li>研发中：借鉴失效专利和公开技术，绕开有效专利；</li><li>上市前：排查侵权风险；</li><li>找合作：发现高校院所和上下游企业中的潜在合作方。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>很多地方的TISC、高校国家知识产权信息服务中心和知识产权公共服务中心都提供面向中小企业的专利导航和信息分析服务，可以先从一次免费的需求咨询开始。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "专利导航 = 用专利数据辅助决策",
                            "研发立项前最值得做",
                            "公共服务机构可以提供帮助",
                        ],
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-107",
        "title": "收到海外侵权警告或起诉，怎么办？",
        "summary": "出口企业和跨境电商卖家被指控侵权时的第一步应对清单。",
        "outcomes": [
            "在收到海外警告函、诉讼或平台投诉时不慌不乱",
            "知道必须马上确认的期限和事实",
            "知道可以求助的公益机构",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["overseas-disputes"],
        "instructors": ["zhao-min"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "第一步应对清单",
                "minutes": 10,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<ol><li><strong>别忽视</strong>：诉讼文件有答辩期限，在美国联邦法院一般为送达后21天，逾期可能被缺席判决、账户资金被冻结划扣；</li><li><strong>看清对方主张</strong>：哪个国家的什么权利（专利、商标还是版权）、权利号是多少、指控哪些产品；</li><li><strong>自查</strong>：对方权利是否有效，你的产品是否真的落入范围，产品是自己设计还是从供应商采购；</li><li><strong>保存证据</strong>：设计图、开发时间记录、采购合同和发票；</li><li><strong>寻求帮助</strong>：联系海外知识产权纠纷应对指导机构和专业律师。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "kind": "warning",
                        "text": "<p>不要自行删除店铺商品记录或销售数据，也不要轻易签署对方律师发来的和解文件。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>国家海外知识产权纠纷应对指导中心及其地方分中心提供公益性的应对指导，企业可以第一时间求助。</p>",
                    },
                ],
            },
            {
                "title": "下次怎么避免",
                "minutes": 5,
                "required": False,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>出海前在目标国家注册商标；上架新品前检索目标市场的外观设计和专利；不使用他人的图片、品牌词和包装设计；要求供应商在合同中承诺不侵权并承担责任。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "知识产权有地域性，国内注册不等于国外有保护",
                            "热销产品的外观最容易出问题",
                            "预防成本远低于应诉成本",
                        ],
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>出口到新市场前，可以向当地TISC或知识产权信息公共服务网点申请一次目标市场的商标和外观设计简易检索。</p>",
                    },
                ],
            },
        ],
    },
    {
        "code": "QY-108",
        "title": "政府采购和出口中的知识产权",
        "summary": "投标时的知识产权承诺、出口时的海关检查：两个经常被企业忽视的场景。",
        "outcomes": [
            "了解投标文件中常见的知识产权条款和风险",
            "了解海关知识产权保护和备案",
            "在合同中合理分配知识产权责任",
        ],
        "audience": "sme",
        "level": "intro",
        "delivery_mode": "self_paced",
        "hours_professional": "0.5",
        "hours_general": "0.0",
        "access": "public",
        "language": "zh-hans",
        "topics": ["dispute-response", "brand-management"],
        "instructors": ["he-xiaoyu", "zhao-min"],
        "prerequisites": [],
        "lessons": [
            {
                "title": "政府采购中的知识产权",
                "minutes": 7,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>政府采购招标文件常要求供应商承诺：所提供的货物、软件和服务<strong>不侵犯第三方知识产权</strong>，如发生纠纷由供应商承担责任。投标前要确认自己的产品和所集成的第三方软件、部件都有合法授权，软件类产品要有正版授权证明。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>定制开发项目要看清合同中成果知识产权的归属条款：归采购人、归供应商还是共有，以及供应商能否在其他项目中继续使用通用模块。</p>",
                    },
                    {
                        "type": "callout",
                        "kind": "tip",
                        "text": "<p>把自有的专利、软件著作权登记证书和商标注册证整理成资料包，投标时可以作为技术实力的证明材料。</p>",
                    },
                ],
            },
            {
                "title": "出口与海关保护",
                "minutes": 8,
                "required": True,
                "blocks": [
                    {
                        "type": "paragraph",
                        "value": "<p>根据《知识产权海关保护条例》，海关对与进出口货物有关并受我国法律、行政法规保护的商标专用权、著作权和专利权实施保护。权利人可以向海关总署办理知识产权海关保护备案，海关在进出境环节发现涉嫌侵权货物时会通知权利人。</p>",
                    },
                    {
                        "type": "paragraph",
                        "value": "<p>对出口企业来说有两面：<strong>一方面</strong>，贴牌加工（OEM）时要核实委托方对商标的合法权利并保存授权文件，否则货物可能在出口环节被扣留；<strong>另一方面</strong>，自有品牌企业可以办理海关备案，防止仿冒品出口。</p>",
                    },
                    {
                        "type": "key_points",
                        "items": [
                            "贴牌加工：索取并核实商标注册证和授权书",
                            "自有品牌：考虑办理海关备案",
                            "出口目的国的知识产权要单独排查",
                        ],
                    },
                ],
            },
        ],
    },
]

TRACKS = [
    {
        "slug": "patent-navigation-analyst",
        "title": "专利导航分析师培养路径",
        "intro": "从专利检索入门到独立承担专利导航项目和信息分析报告，系统培养服务创新主体的专利信息分析骨干。"
        "路径按照“检索—分析—预警—导航—报告”的顺序编排，建议在半年内完成。",
        "audience": "知识产权公共服务机构、高校信息服务中心和企业知识产权部门中从事信息分析的人员。",
        "courses": ["ZL-101", "ZL-102", "ZL-201", "ZL-203", "ZL-202", "XX-203"],
    },
    {
        "slug": "tisc-service-specialist",
        "title": "TISC与网点服务专员路径",
        "intro": "围绕技术与创新支持中心和信息公共服务网点的日常工作，培养能接待、会诊断、懂转介、善评价的一线服务专员。"
        "课程兼顾普惠服务规范与WIPO国际资源的使用。",
        "audience": "TISC、国家知识产权信息公共服务网点及地方公共服务中心新入职或转岗的工作人员。",
        "courses": ["XX-201", "ZL-101", "XX-102", "XX-101", "XX-202", "XX-204"],
    },
    {
        "slug": "ip-commercialisation-specialist",
        "title": "专利转化运用与质押融资服务路径",
        "intro": "聚焦专利转化运用，从许可转让、开放许可到质押融资和高校存量专利盘活，形成完整的运营服务能力。"
        "对应国家知识产权局关于以转化运用为牵引、提升公共服务效能的工作要求。",
        "audience": "知识产权运营机构、高校技术转移机构和地方知识产权管理部门中从事转化运用服务的人员。",
        "courses": ["YY-101", "YY-102", "YY-201", "ZL-302", "YY-202"],
    },
    {
        "slug": "ip-title-exam",
        "title": "知识产权职称考试备考路径",
        "intro": "覆盖初级、中级考试的两个科目和高级考评结合中的案例分析写作，帮助公共服务人才畅通职业化成长通道。"
        "建议按公共科目、专业科目、高级实务的顺序学习。",
        "audience": "计划报考助理知识产权师、知识产权师或高级知识产权师的从业人员。",
        "courses": ["ZC-103", "ZC-101", "ZC-102", "ZC-201"],
    },
]
