"""Bulk import from .xlsx: normalisation, whole-file validation with row/column/reason, nothing written
until the file is clean (or valid rows with an error file), and idempotent re-import."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from learning.talent import importers
from learning.talent.models import AuditEntry, ImportJob, Person, QualificationKind

from .factories import SpecialisationFactory

pytestmark = pytest.mark.django_db

PEOPLE_HEADER = ["姓名", "性别", "手机", "邮箱", "身份证号", "所在机构", "入职日期", "专长", "师资", "职称"]


def workbook(people=(), institutions=None):
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(PEOPLE_HEADER)
    for row in people:
        sheet.append(list(row))
    if institutions is not None:
        inst = book.create_sheet("机构")
        inst.append(["名称", "类型", "行政区划代码", "上级机构", "认定年份", "状态"])
        for row in institutions:
            inst.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_full_width_spaces_serial_dates_and_numeric_ids_are_normalised(network):
    SpecialisationFactory(name="专利检索")
    SpecialisationFactory(name="专利分析")
    data = workbook(
        [
            [
                "  王 小明 ",
                "男",
                "１３９ ００１３ ９０００",
                " WANG@Example.CN ",
                "１１０１０５１９４９１２３１００２ｘ",
                "无锡技术与创新支持中心",
                44927,
                "专利检索、专利分析",
                "是",
                "知识产权师",
            ],
            ["李丽", "女", 13900139001, "li@example.cn", "", "无锡技术与创新支持中心", "2021年3月5日", "", "否", ""],
        ]
    )
    result = importers.import_bytes(data, user=network.users["jiangsu"])
    assert result.errors == []
    wang = Person.objects.get(email="wang@example.cn")
    assert wang.name == "王小明" and wang.mobile == "13900139000"
    assert wang.employment_start == datetime.date(2023, 1, 1)
    assert wang.national_id == "11010519491231002X"
    assert sorted(wang.specialisations.values_list("name", flat=True)) == ["专利分析", "专利检索"]
    assert wang.is_lecturer and wang.qualifications.get(kind=QualificationKind.TITLE).title_level == "intermediate"
    li = Person.objects.get(email="li@example.cn")
    assert li.employment_start == datetime.date(2021, 3, 5) and li.mobile == "13900139001"


def test_institution_names_match_whatever_the_width_of_brackets_and_spaces(network):
    data = workbook([["赵六", "", "", "zhao@example.cn", "", " 中国(南京) 知识产权保护中心", "", "", "", ""]])
    assert importers.import_bytes(data, user=network.users["jiangsu"]).errors == []
    assert Person.objects.get(email="zhao@example.cn").institution == network.institutions["nj_centre"]


def test_an_id_number_stored_as_a_number_is_refused_with_a_hint_because_excel_rounded_it(network):
    data = workbook([["王五", "", "", "wu@example.cn", 1.10105194912310e17, "无锡技术与创新支持中心", "", "", "", ""]])
    result = importers.import_bytes(data, user=network.users["jiangsu"])
    assert [e["reason"] for e in result.errors] == [
        "stored as a number and rounded by the spreadsheet; format the column as text"
    ]


def test_every_error_kind_is_reported_with_row_column_and_reason_and_nothing_is_written(network):
    before = Person.objects.count()
    data = workbook(
        [
            ["", "男", "", "a@example.cn", "", "无锡技术与创新支持中心", "", "", "", ""],  # row 2: no name
            ["甲", "x", "", "b@example.cn", "", "无锡技术与创新支持中心", "", "", "", ""],  # 3: gender
            ["乙", "", "12345", "c@example.cn", "", "无锡技术与创新支持中心", "", "", "", ""],  # 4: mobile
            ["丙", "", "", "not-an-email", "", "无锡技术与创新支持中心", "", "", "", ""],  # 5: email
            [
                "丁",
                "",
                "",
                "d@example.cn",
                "110105194912310021",
                "无锡技术与创新支持中心",
                "",
                "",
                "",
                "",
            ],  # 6: checksum
            ["戊", "", "", "e@example.cn", "", "不存在的机构", "", "", "", ""],  # 7: unknown institution
            ["己", "", "", "f@example.cn", "", "杭州技术与创新支持中心", "", "", "", ""],  # 8: outside scope
            ["庚", "", "", "g@example.cn", "", "无锡技术与创新支持中心", "2021-13-40", "", "", ""],  # 9: date
            ["辛", "", "", "h@example.cn", "", "无锡技术与创新支持中心", "", "不存在", "", ""],  # 10: specialisation
            ["壬", "", "", "b@example.cn", "", "无锡技术与创新支持中心", "", "", "", ""],  # 11: duplicate email
            ["癸", "", "", "", "", "无锡技术与创新支持中心", "", "", "", ""],  # 12: no email or ID
            ["子", "", "", "i@example.cn", "", "无锡技术与创新支持中心", "", "", "也许", ""],  # 13: flag
            ["丑", "", "", "j@example.cn", "", "无锡技术与创新支持中心", "", "", "", "教授"],  # 14: title
            [
                "寅",
                "",
                "",
                network.people["hz_tisc"].email,
                "",
                "无锡技术与创新支持中心",
                "",
                "",
                "",
                "",
            ],  # 15: person out of scope
        ]
    )
    result = importers.import_bytes(data, user=network.users["jiangsu"])
    rows = {(e["row"], e["column"].split(" ")[0]) for e in result.errors}
    assert rows >= {
        (2, "姓名"),
        (3, "性别"),
        (4, "手机"),
        (5, "邮箱"),
        (6, "身份证号"),
        (7, "所在机构"),
        (8, "所在机构"),
        (9, "入职日期"),
        (10, "专长"),
        (11, "邮箱"),
        (12, "邮箱"),
        (13, "师资"),
        (14, "职称"),
        (15, "邮箱"),
    }
    assert all(e["reason"] for e in result.errors)
    assert Person.objects.count() == before


def test_with_skip_invalid_the_valid_rows_go_in_and_the_error_file_lists_the_rest(client, network):
    client.force_login(network.users["jiangsu"])
    data = workbook(
        [
            ["张三", "男", "", "zhang@example.cn", "", "无锡技术与创新支持中心", "", "", "", ""],
            ["李四", "", "", "bad", "", "无锡技术与创新支持中心", "", "", "", ""],
        ]
    )
    upload = SimpleUploadedFile("people.xlsx", data)
    response = client.post(reverse("talent_admin:import"), {"file": upload, "skip_invalid": "on"})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/import/{job.pk}/")
    assert job.status == "partial" and job.created_count == 1
    assert Person.objects.filter(email="zhang@example.cn").exists()
    status = client.get(response["Location"]).content.decode()
    assert "not an email address" in status
    errors = load_workbook(io.BytesIO(client.get(reverse("talent_admin:import_errors", args=[job.pk])).content)).active
    assert [c for c in list(errors.iter_rows(min_row=2, values_only=True))[0][:2]] == ["人员", 3]


def test_importing_the_same_file_twice_updates_instead_of_doubling(network):
    data = workbook(
        [["张三", "男", "13800138000", "zhang@example.cn", "11010519491231002X", "新网点", "", "", "否", ""]],
        institutions=[["新网点", "国家知识产权信息公共服务网点", "320205", "无锡技术与创新支持中心", "2024", "正常"]],
    )
    user = network.users["jiangsu"]
    first = importers.import_bytes(data, user=user)
    assert first.errors == [] and first.created == 2
    audit_count = AuditEntry.objects.count()
    second = importers.import_bytes(data, user=user)
    assert second.errors == [] and second.created == 0 and second.updated == 0
    assert Person.objects.filter(email="zhang@example.cn").count() == 1
    assert AuditEntry.objects.count() == audit_count
    # Matching by ID number when the email changed.
    changed = workbook(
        [["张三", "男", "13800138000", "zhang.san@example.cn", "11010519491231002X", "新网点", "", "", "是", ""]]
    )
    third = importers.import_bytes(changed, user=user)
    assert third.errors == [] and third.updated == 1
    person = Person.objects.get(national_id_digest__isnull=False, name="张三")
    assert person.email == "zhang.san@example.cn" and person.is_lecturer
    assert person.institution.parent.name == "无锡技术与创新支持中心"


def test_a_provincial_administrator_cannot_import_an_institution_in_another_province(network):
    data = workbook([], institutions=[["杭州新网点", "TISC", "330106", "", "", ""]])
    result = importers.import_bytes(data, user=network.users["jiangsu"])
    assert [e["reason"] for e in result.errors] == ["outside your scope"]


def test_the_template_has_both_sheets_and_imports_as_is(client, network):
    client.force_login(network.users["national"])
    response = client.get(reverse("talent_admin:import_template"))
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["机构", "人员"]
    assert next(book["人员"].iter_rows(values_only=True))[0] == "姓名"


def test_a_large_file_runs_as_a_task_with_progress(client, network, monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(importers, "INLINE_LIMIT", 2)
    client.force_login(network.users["national"])
    rows = [[f"人{i}", "", "", f"p{i}@example.cn", "", "无锡技术与创新支持中心", "", "", "", ""] for i in range(5)]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("talent_admin:import"), {"file": SimpleUploadedFile("big.xlsx", workbook(rows))})
    job = ImportJob.objects.get()
    assert job.status == "done" and job.created_count == 5 and job.progress_percent == 100
    page = client.get(response["Location"]).content.decode()
    assert 'aria-valuenow="100"' in page


def test_a_file_that_is_not_a_workbook_is_refused(network):
    with pytest.raises(importers.ImportFileError):
        importers.import_bytes(b"not a zip", user=network.users["national"])


def test_rows_are_reported_with_the_numbers_excel_shows_even_after_blank_rows(network):
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(PEOPLE_HEADER)
    sheet.cell(row=5, column=1, value="孤行")
    sheet.cell(row=5, column=6, value="无锡技术与创新支持中心")
    buffer = io.BytesIO()
    book.save(buffer)
    result = importers.import_bytes(buffer.getvalue(), user=network.users["jiangsu"])
    assert [(e["row"], e["column"]) for e in result.errors] == [(5, "邮箱 (D)")]
