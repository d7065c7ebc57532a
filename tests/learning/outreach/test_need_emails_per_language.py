"""Submitters get received, reply, transferred and closed emails in the language they used."""

import pytest
from django.core import mail

from learning.outreach import services
from learning.outreach.models import NeedOutcome

from .conftest import submit

pytestmark = pytest.mark.django_db

SUBJECTS = {
    "zh-hans": ["我们已收到您的问题", "您的问题已转交", "您的问题有了答复", "您的问题已办结"],
    "en": [
        "We have received your question",
        "Your question",  # "... has been passed on"
        "A reply to your question",
        "is closed",
    ],
}


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_email_to_the_submitter_is_in_their_language(network, language, django_capture_on_commit_callbacks):
    user = network.users["jiangsu"]
    with django_capture_on_commit_callbacks(execute=True):
        need = submit(network.regions["320100"], language=language)
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm_email(token=services.verification_token(need))
    with django_capture_on_commit_callbacks(execute=True):
        services.transfer(need=need, user=user, institution=network.institutions["wx_tisc"], reason="无锡企业")
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(need=need, user=user, body="答复内容 / the answer")
    services.record_measures(need=need, user=user, measures="检索", outcome=NeedOutcome.RESOLVED)
    with django_capture_on_commit_callbacks(execute=True):
        services.close(need=need, user=user)
    subjects = [m.subject for m in mail.outbox]
    assert len(subjects) == 4
    for subject, expected in zip(subjects, SUBJECTS[language], strict=True):
        assert expected in subject and need.reference in subject
    assert "答复内容 / the answer" in mail.outbox[2].body
    assert ("无锡技术与创新支持中心" in mail.outbox[1].body) and ("无锡企业" not in mail.outbox[1].body)
    assert ("已解决" if language == "zh-hans" else "Resolved") in mail.outbox[3].body


def test_a_retried_task_does_not_send_twice(network, django_capture_on_commit_callbacks):
    from learning.outreach import tasks
    from learning.outreach.models import NeedEventKind

    with django_capture_on_commit_callbacks(execute=True):
        need = submit(network.regions["320100"])
    event = need.events.get(kind=NeedEventKind.RECEIVED)
    assert tasks.send_need_notice.delay(event.pk).get() is False
    assert len(mail.outbox) == 1
