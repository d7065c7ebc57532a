"""Hours credited by a course whose certificate is revoked stop counting: the ledger status and the
audit-trail action "revoked", and the entries of certificates revoked before this migration are
marked so (with an audit event)."""

from django.db import migrations, models


def revoke_hours_of_revoked_certificates(apps, schema_editor):
    Certificate = apps.get_model("enrolment", "Certificate")
    TrainingHoursEntry = apps.get_model("enrolment", "TrainingHoursEntry")
    HoursEntryEvent = apps.get_model("enrolment", "HoursEntryEvent")
    for certificate in Certificate.objects.filter(revoked_at__isnull=False).iterator():
        reason = f"证书 {certificate.number} 已撤销。"
        entries = TrainingHoursEntry.objects.filter(
            user_id=certificate.user_id, course_id=certificate.course_id, source="course"
        ).exclude(status="revoked")
        for entry in entries:
            entry.status = "revoked"
            entry.decided_at = certificate.revoked_at
            entry.decided_by_id = certificate.revoked_by_id
            entry.decision_reason = reason
            entry.save(update_fields=["status", "decided_at", "decided_by", "decision_reason"])
            HoursEntryEvent.objects.create(
                entry=entry,
                action="revoked",
                actor_id=certificate.revoked_by_id,
                at=certificate.revoked_at,
                professional_hours=entry.professional_hours,
                general_hours=entry.general_hours,
                note=f"{reason} {certificate.revoked_reason}".strip(),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("enrolment", "0004_records"),
    ]

    operations = [
        migrations.AlterField(
            model_name="traininghoursentry",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Awaiting approval"),
                    ("approved", "Approved"),
                    ("rejected", "Rejected"),
                    ("revoked", "Revoked"),
                ],
                default="approved",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AlterField(
            model_name="hoursentryevent",
            name="action",
            field=models.CharField(
                choices=[
                    ("created", "Added"),
                    ("claimed", "Claimed by the learner"),
                    ("changed", "Changed"),
                    ("approved", "Approved"),
                    ("rejected", "Rejected"),
                    ("revoked", "Revoked with the certificate"),
                ],
                max_length=10,
                verbose_name="action",
            ),
        ),
        migrations.RunPython(revoke_hours_of_revoked_certificates, migrations.RunPython.noop),
    ]
