import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from learning.exams import importers
from learning.exams.models import Paper, Question, QuestionStatus, QuestionType, WrittenKind
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db
PAPER = "知识产权专业知识和实务"


def row(**values):
    base = {
        "题号": "IMP-1",
        "题型": "单选题",
        "题干": "发明专利权的期限为？",
        "选项A": "10年",
        "选项B": "20年",
        "选项C": "25年",
        "答案": "B",
        "解析": "专利法第四十二条。",
        "试卷": PAPER,
        "章节": "专利",
        "难度": "2",
        "法条依据": "专利法第四十二条",
        "状态": "待审核",
    }
    base.update(values)
    return base


def workbook(*rows, header=None):
    book = Workbook()
    sheet = book.active
    header = header or importers.COLUMNS
    sheet.append(header)
    for values in rows:
        sheet.append([values.get(name, "") for name in header])
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def errors_of(*rows, **kwargs):
    result = importers.validate(workbook(*rows), **kwargs)
    return [(e.row, e.column, e.message) for e in result.errors]


def test_a_clean_file_imports_every_type_including_cases_and_true_false():
    result = importers.validate(
        workbook(
            row(),
            row(**{"题号": "IMP-2", "题型": "多选题", "选项D": "30年", "答案": "A,B", "知识点": "专利申请"}),
            row(**{"题号": "IMP-3", "题型": "判断题", "选项A": "", "选项B": "", "选项C": "", "答案": "错"}),
            row(
                **{
                    "题号": "CASE-1",
                    "题型": "案例分析题",
                    "题干": "甲公司于2020年提交发明专利申请……",
                    "选项A": "",
                    "选项B": "",
                    "选项C": "",
                    "答案": "",
                }
            ),
            row(**{"题号": "IMP-4", "题型": "不定项选择题", "答案": "AB", "所属案例": "CASE-1"}),
            row(
                **{
                    "题号": "IMP-5",
                    "题型": "主观题",
                    "选项A": "",
                    "选项B": "",
                    "选项C": "",
                    "答案": "",
                    "评分要点": "要点一；要点二",
                }
            ),
        )
    )
    assert result.ok, result.errors
    counts = importers.import_rows(result.rows)
    assert counts == {"created": 6, "updated": 0, "unchanged": 0}
    assert Question.objects.get(external_id="IMP-2").answer == "AB"
    assert Question.objects.get(external_id="IMP-3").answer == "F"
    assert Question.objects.get(external_id="IMP-4").parent.external_id == "CASE-1"
    assert Question.objects.get(external_id="IMP-1").stem == "<p>发明专利权的期限为？</p>"
    assert Question.objects.get(external_id="IMP-1").status == QuestionStatus.IN_REVIEW


@pytest.mark.parametrize(
    ("values", "column", "fragment"),
    [
        ({"答案": "E"}, "答案", "no text"),
        ({"答案": "AB"}, "答案", "exactly one answer"),
        ({"题型": "多选题", "答案": "A"}, "答案", "at least two right"),
        ({"答案": ""}, "答案", "missing"),
        ({"章节": "不存在的章节"}, "章节", "no chapter"),
        ({"章节": ""}, "章节", "required"),
        ({"试卷": "不存在的试卷"}, "试卷", "no paper"),
        ({"题型": "填空题"}, "题型", "Unknown question type"),
        ({"难度": "9"}, "难度", "Difficulty is 1 to 5"),
        ({"年份": "二〇二四"}, "年份", "four-digit year"),
        ({"状态": "发布"}, "状态", "Unknown status"),
        ({"知识点": "不存在的知识点"}, "知识点", "no knowledge point"),
        ({"所属案例": "NO-SUCH-CASE"}, "所属案例", "no case analysis"),
        ({"选项B": "", "选项C": "25年", "答案": "A"}, "答案", "without gaps"),
        ({"题型": "判断题", "答案": "对"}, "选项A", "no options"),
        ({"题干": ""}, "题干", "required"),
    ],
)
def test_every_bad_row_is_reported_with_row_column_and_reason(values, column, fragment):
    errors = errors_of(row(**{"题号": "OK-1"}), row(**values))
    assert any(r == 3 and c == column and fragment in m for r, c, m in errors), errors
    assert not any(r == 2 for r, _c, _m in errors)


def test_nothing_is_written_when_any_row_is_wrong():
    result = importers.validate(workbook(row(), row(**{"题号": "IMP-2", "答案": "Z"})))
    assert not result.ok and result.rows == []
    assert not Question.objects.exists()


def test_a_repeated_id_in_one_file_and_a_missing_header_are_reported():
    errors = errors_of(row(), row())
    assert any(r == 3 and c == "题号" and "row 2" in m for r, c, m in errors)
    result = importers.validate(workbook(row(), header=["题号", "题型", "题干"]))
    assert result.errors[0].row == 1 and "答案" in result.errors[0].column


def test_a_file_that_is_not_a_workbook_is_refused():
    result = importers.validate(io.BytesIO(b"not a spreadsheet"))
    assert not result.ok and "could not be read" in result.errors[0].message


def test_only_a_reviewer_may_import_live_questions():
    errors = errors_of(row(**{"状态": "已上线"}), user=UserFactory())
    assert any(c == "状态" and "reviewer" in m for _r, c, m in errors)


def test_reimporting_updates_by_external_id_instead_of_duplicating():
    importers.import_rows(importers.validate(workbook(row())).rows)
    first = Question.objects.get()
    counts = importers.import_rows(importers.validate(workbook(row(**{"解析": "改写后的解析"}))).rows)
    assert counts == {"created": 0, "updated": 1, "unchanged": 0}
    assert Question.objects.get().explanation == "改写后的解析"
    assert Question.objects.get().pk == first.pk and first.versions.count() == 2
    assert importers.import_rows(importers.validate(workbook(row(**{"解析": "改写后的解析"}))).rows)["unchanged"] == 1


def test_the_export_round_trips_without_loss():
    factories.question(
        QuestionType.SINGLE, answer="C", knowledge_point=None, source="2023年真题", year=2023, difficulty=4
    )
    factories.question(QuestionType.MULTIPLE, answer="ABD", options=6, chapter_code="trademark")
    factories.question(QuestionType.TRUE_FALSE, answer="F", chapter_code="copyright")
    factories.case(subs=2)
    factories.question(QuestionType.WRITTEN, chapter_code="copyright", stem="<p>第一段</p><p>第二段 &amp; 符号</p>")
    factories.question(QuestionType.SINGLE, stem="<p>含<b>加粗</b>的富文本</p>", status=QuestionStatus.RETIRED)
    senior = Paper.objects.get(code="ip-senior-practice")
    for kind in WrittenKind.values:
        factories.question(
            QuestionType.WRITTEN,
            paper=senior,
            chapter=senior.chapters.first(),
            written_kind=kind,
            rubric="要点1 甲（5分）：……\n满分5分。",
        )
    fields = [
        "external_id",
        "qtype",
        "stem",
        "answer",
        "explanation",
        "legal_basis",
        "rubric",
        "difficulty",
        "source",
        "year",
        "status",
        "paper_id",
        "chapter_id",
        "knowledge_point_id",
        "position",
        "written_kind",
    ]
    fields += [f"option_{k}" for k in "abcdefgh"]

    def snapshot():
        return {q["external_id"]: q for q in Question.objects.values(*fields, "parent__external_id")}

    before = snapshot()
    exported = importers.export()
    Question.objects.all().delete()
    result = importers.validate(io.BytesIO(exported))
    assert result.ok, result.errors
    importers.import_rows(result.rows)
    assert snapshot() == before
    again = importers.validate(io.BytesIO(importers.export()))
    assert importers.import_rows(again.rows) == {"created": 0, "updated": 0, "unchanged": len(before)}


def test_the_template_has_the_usual_chinese_layout_and_imports_cleanly():
    book = load_workbook(io.BytesIO(importers.template()))
    header = [cell.value for cell in book.active[1]]
    for name in ["题型", "题干", "选项A", "选项H", "答案", "解析", "章节", "知识点", "难度", "法条依据"]:
        assert name in header
    assert importers.validate(io.BytesIO(importers.template())).ok


def test_the_admin_import_page_lists_errors_and_imports_a_clean_file(client):
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("exams_import:index")
    assert client.get(url).status_code == 200
    bad = SimpleUploadedFile("bank.xlsx", workbook(row(**{"答案": "E"})).getvalue())
    body = client.post(url, {"file": bad}).content.decode()
    assert "答案" in body and "no text" in body or "没有" in body
    assert not Question.objects.exists()
    good = SimpleUploadedFile("bank.xlsx", workbook(row()).getvalue())
    assert client.post(url, {"file": good}).status_code == 302
    assert Question.objects.count() == 1
    download = client.get(reverse("exams_import:export"))
    assert download["Content-Type"].startswith("application/vnd.openxmlformats")
    assert client.get(reverse("exams_import:template")).status_code == 200


def test_the_import_page_is_closed_to_learners(client):
    client.force_login(UserFactory())
    assert client.get(reverse("exams_import:index")).status_code in (302, 403)


SENIOR = "高级经济实务（知识产权）"


def written_row(**values):
    return row(
        **{
            "题号": "W-1",
            "题型": "主观题",
            "题干": "论述知识产权公共服务体系建设。",
            "选项A": "",
            "选项B": "",
            "选项C": "",
            "答案": "",
            "解析": "",
            "试卷": SENIOR,
            "章节": "知识产权战略与管理",
            "评分要点": "要点1 体系（10分）：……",
            **values,
        }
    )


def test_the_kind_of_a_written_answer_is_imported_and_checked():
    result = importers.validate(
        workbook(
            written_row(**{"主观题类型": "论述"}),
            written_row(**{"题号": "W-2", "主观题类型": "案例分析"}),
            written_row(**{"题号": "W-3", "主观题类型": "撰写题"}),
            written_row(**{"题号": "W-4"}),
        )
    )
    assert result.ok, result.errors
    importers.import_rows(result.rows)
    assert dict(Question.objects.values_list("external_id", "written_kind")) == {
        "W-1": WrittenKind.ESSAY,
        "W-2": WrittenKind.CASE_ANALYSIS,
        "W-3": WrittenKind.DRAFTING,
        "W-4": "",
    }
    errors = errors_of(written_row(**{"主观题类型": "简答"}), row(**{"题号": "S-1", "主观题类型": "论述"}))
    assert [(r, c) for r, c, _m in errors] == [(2, "主观题类型"), (3, "主观题类型")]
    assert "论述" in errors[0][2] and "written answer" in errors[1][2]


def test_a_file_without_the_kind_column_still_imports_and_keeps_the_kinds_in_the_bank():
    importers.import_rows(importers.validate(workbook(written_row(**{"主观题类型": "案例分析"}))).rows)
    old_header = [name for name in importers.COLUMNS if name != "主观题类型"]
    result = importers.validate(
        workbook(
            written_row(**{"评分要点": "要点1 体系（10分）：改写"}),
            written_row(**{"题号": "W-2", "题型": "论述题"}),
            row(**{"题号": "S-1"}),
            header=old_header,
        )
    )
    assert result.ok, result.errors
    assert importers.import_rows(result.rows) == {"created": 2, "updated": 1, "unchanged": 0}
    kinds = dict(Question.objects.values_list("external_id", "written_kind"))
    assert kinds == {"W-1": WrittenKind.CASE_ANALYSIS, "W-2": WrittenKind.ESSAY, "S-1": ""}
    assert Question.objects.get(external_id="W-1").rubric.endswith("改写")
