"""The periodic needs report: figures against a hand-built data set (on SQLite and, in CI, on
PostgreSQL), scopes and who may choose them, the exports, and the quarterly job kept once per
quarter and scope."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from learning.outreach import reports
from learning.outreach.models import NeedCategory, NeedOutcome, NeedSource, NeedStatus, Report
from learning.outreach.tasks import produce_quarterly_needs_reports

from .factories import NeedFactory

pytestmark = pytest.mark.django_db

SHANGHAI = ZoneInfo("Asia/Shanghai")
Q3 = reports.Period(datetime.date(2026, 7, 1), datetime.date(2026, 10, 1))
AS_OF = datetime.datetime(2026, 10, 2, 12, 0, tzinfo=SHANGHAI)


def at(month, day, hour=9, minute=0):
    return datetime.datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI)


def hours(n):
    return datetime.timedelta(hours=n)


@pytest.fixture
def dataset(network):
    r, i = network.regions, network.institutions
    same = "专利申请前怎么检索？"
    n1 = NeedFactory(
        title=same,
        category=NeedCategory.PATENT,
        region=r["320100"],
        source=NeedSource.WEB,
        institution=i["nj_centre"],
        submitted_at=at(7, 1, 10),
        sla_due_at=at(7, 1, 10) + hours(168),
        first_replied_at=at(7, 1, 10) + hours(10),
        status=NeedStatus.CLOSED,
        closed_at=at(7, 1, 10) + hours(50),
        measures_taken="一对一检索辅导",
        outcome=NeedOutcome.RESOLVED,
        satisfaction=5,
    )
    n2 = NeedFactory(
        title=same,
        category=NeedCategory.PATENT,
        region=r["320200"],
        source=NeedSource.HOTLINE,
        institution=i["wx_tisc"],
        submitted_at=at(7, 10),
        sla_due_at=at(7, 10) + hours(168),
        first_replied_at=at(7, 10) + hours(30),
        status=NeedStatus.CLOSED,
        closed_at=at(7, 10) + hours(100),
        measures_taken="出具检索报告",
        outcome=NeedOutcome.PARTLY_RESOLVED,
        satisfaction=3,
    )
    n3 = NeedFactory(
        category=NeedCategory.TRADEMARK,
        region=r["330100"],
        source=NeedSource.WEB,
        institution=i["hz_tisc"],
        submitted_at=at(8, 1),
        sla_due_at=at(8, 1) + hours(120),
        first_replied_at=at(8, 1) + hours(200),
        status=NeedStatus.ANSWERED,
    )
    n4 = NeedFactory(  # the last evening of the quarter, not replied, not yet due when the report is made
        category=NeedCategory.OVERSEAS,
        region=r["320100"],
        source=NeedSource.EVENT,
        institution=i["nj_centre"],
        submitted_at=at(9, 30, 20),
        sla_due_at=at(10, 9),
    )
    NeedFactory(category=NeedCategory.PATENT, submitted_at=at(10, 1, 0, 0))  # next quarter
    NeedFactory(category=NeedCategory.PATENT, submitted_at=at(5, 5))  # previous quarter
    for day in (6, 7):
        NeedFactory(category=NeedCategory.TRADEMARK, region=r["330100"], submitted_at=at(5, day))
    return n1, n2, n3, n4


def _by(rows):
    return {row["key"] if "key" in row else row["label"]: row["count"] for row in rows}


def test_the_nation_wide_figures_match_the_hand_built_data_set(dataset):
    figures = reports.figures(needs=reports.Need.objects.all(), period=Q3, as_of=AS_OF)

    assert figures["totals"]["needs"] == 4
    assert figures["totals"]["open"] == 1 and figures["totals"]["closed"] == 2 and figures["totals"]["answered"] == 1
    assert _by(figures["by_category"]) == {"patent": 2, "trademark": 1, "overseas": 1}
    assert _by(figures["by_source"]) == {"web": 2, "hotline": 1, "event": 1}
    assert _by(figures["by_region"]) == {"江苏省": 3, "浙江省": 1}
    assert _by(figures["by_outcome"]) == {"resolved": 1, "partly": 1}
    assert figures["median_hours"] == {"first_reply": 30.0, "close": 75.0}
    assert figures["sla"] == {"due": 3, "met": 2, "share": 66.7}
    assert figures["totals"]["with_measures"] == 2 and figures["totals"]["satisfaction"] == 4.0
    trending = {row["key"]: (row["count"], row["previous"], row["change"]) for row in figures["trending"]}
    assert trending == {"patent": (2, 1, 1), "overseas": (1, 0, 1), "trademark": (1, 2, -1)}
    assert [row["key"] for row in figures["trending"]][-1] == "trademark", "falling categories come last"
    assert [(q["title"], q["count"]) for q in figures["repeated_questions"]] == [("专利申请前怎么检索？", 2)]
    assert sum(week["count"] for week in figures["weekly"]) == 4


def test_an_even_number_of_replies_has_the_mean_of_the_two_middle_ones_as_median(dataset):
    n1, n2, n3, n4 = dataset
    n4.first_replied_at = n4.submitted_at + hours(40)
    n4.save()

    figures = reports.figures(needs=reports.Need.objects.all(), period=Q3, as_of=AS_OF)

    assert figures["median_hours"]["first_reply"] == 35.0, "10, 30, 40, 200 hours"


def test_a_province_and_an_institution_see_only_their_needs(network, dataset):
    jiangsu = reports.parse_scope("province:320000")
    centre = reports.parse_scope(f"institution:{network.institutions['nj_centre'].pk}")

    province = reports.figures(needs=jiangsu.filter(reports.Need.objects.all()), period=Q3, scope=jiangsu, as_of=AS_OF)
    institution = reports.figures(needs=centre.filter(reports.Need.objects.all()), period=Q3, scope=centre, as_of=AS_OF)

    assert province["totals"]["needs"] == 3
    assert _by(province["by_region"]) == {"南京市": 2, "无锡市": 1}
    assert institution["totals"]["needs"] == 2
    assert _by(institution["by_category"]) == {"patent": 1, "overseas": 1}


def test_each_administrator_chooses_only_scopes_within_their_reach(network):
    national = {s.key for s in reports.allowed_scopes(network.users["national"])}
    jiangsu = {s.key for s in reports.allowed_scopes(network.users["jiangsu"])}
    centre = {s.key for s in reports.allowed_scopes(network.users["nanjing_centre"])}

    assert {"nation", "province:320000", "province:330000"} <= national
    assert "nation" not in jiangsu and "province:330000" not in jiangsu and "province:320000" in jiangsu
    assert f"institution:{network.institutions['hz_tisc'].pk}" not in jiangsu
    assert centre == {f"institution:{network.institutions[n].pk}" for n in ("nj_centre", "nj_node")}
    assert reports.allowed_scopes(network.users["learner"]) == []


def test_the_report_page_draws_the_figures_and_refuses_other_provinces(client, network, dataset):
    client.force_login(network.users["zhejiang"])
    url = reverse("needs_report:report")

    own = client.get(url, {"period": "custom", "start": "2026-07-01", "end": "2026-09-30", "scope": "province:330000"})
    other = client.get(
        url, {"period": "custom", "start": "2026-07-01", "end": "2026-09-30", "scope": "province:320000"}
    )
    export = client.get(
        reverse("needs_report:report_export", args=["xlsx"]),
        {"period": "custom", "start": "2026-07-01", "end": "2026-09-30", "scope": "province:320000"},
    )

    assert own.status_code == 200
    assert own.context["figures"]["totals"]["needs"] == 1
    assert 'id="needs-report-data"' in own.content.decode() and "echarts.min.js" in own.content.decode()
    assert other.context["figures"] is None and other.context["form"].errors
    assert export.status_code == 404


def test_people_without_an_administrator_role_cannot_open_the_report(client, network):
    client.force_login(network.users["learner"])

    response = client.get(reverse("needs_report:report"))

    assert response.status_code in (302, 403), "refused: sent to the admin sign-in or forbidden"
    assert "needs-report-data" not in response.content.decode()


def test_the_exports_carry_the_figures_in_chinese(client, network, dataset):
    from openpyxl import load_workbook

    client.force_login(network.users["national"])
    query = {"period": "custom", "start": "2026-07-01", "end": "2026-09-30", "scope": "nation"}

    xlsx = client.get(reverse("needs_report:report_export", args=["xlsx"]), query)
    pdf = client.get(reverse("needs_report:report_export", args=["pdf"]), query)

    workbook = load_workbook(io.BytesIO(xlsx.content))
    summary = {row[0]: row[1] for row in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert summary["收集的需求"] == 4
    assert "按类别" in workbook.sheetnames
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert b"/FontFile" in pdf.content, "the Chinese font is embedded"


def test_the_quarterly_job_keeps_one_report_per_quarter_and_scope(network, dataset, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    first = reports.produce_quarterly(today=datetime.date(2026, 10, 2))
    second = reports.produce_quarterly(today=datetime.date(2026, 10, 2))

    assert first == second, "running the job again replaces the same reports"
    stored = {r.scope_key: r for r in Report.objects.all()}
    assert len(stored) == 6, "the nation, two provinces and the three institutions holding needs"
    nation = stored["nation"]
    assert (nation.period_start, nation.period_end) == (Q3.start, Q3.end)
    assert nation.figures["totals"]["needs"] == 4 and nation.automatic
    assert nation.pdf.read().startswith(b"%PDF") and nation.xlsx.size > 0
    assert len(list(tmp_path.rglob("*.pdf"))) == 6, "the files of the first run were replaced, not kept twice"


def test_the_beat_task_produces_last_quarters_nation_wide_report(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path

    produce_quarterly_needs_reports.apply()  # as a worker would run it, whatever the broker

    period = reports.last_complete_quarter()
    assert Report.objects.filter(scope_key="nation", period_start=period.start, period_end=period.end).count() == 1


def test_quarters_and_their_previous_quarter():
    assert reports.quarter_of(datetime.date(2026, 11, 30)) == reports.Period(
        datetime.date(2026, 10, 1), datetime.date(2027, 1, 1)
    )
    assert reports.last_complete_quarter(datetime.date(2026, 1, 15)).label == "2025Q4"
    assert Q3.previous() == reports.Period(datetime.date(2026, 4, 1), datetime.date(2026, 7, 1))
