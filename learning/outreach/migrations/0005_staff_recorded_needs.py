# Needs recorded by staff in the admin (hotline, on site, email ...): who recorded them, who verified
# the contact's phone and when; two more sources and the "phone verified" event.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("outreach", "0004_needs_reports"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="need",
            name="phone_verified_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="phone verified at"),
        ),
        migrations.AddField(
            model_name="need",
            name="phone_verified_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="phone verified by",
            ),
        ),
        migrations.AddField(
            model_name="need",
            name="recorded_by",
            field=models.ForeignKey(
                blank=True,
                help_text="The member of staff who entered a need received by phone, on site or otherwise.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="recorded by staff",
            ),
        ),
        migrations.AlterField(
            model_name="need",
            name="source",
            field=models.CharField(
                choices=[
                    ("web", "Web form"),
                    ("hotline", "Hotline"),
                    ("onsite", "On-site visit"),
                    ("email", "Email"),
                    ("event", "Event"),
                    ("other", "Other"),
                    ("imported", "Imported"),
                ],
                default="web",
                max_length=10,
                verbose_name="source",
            ),
        ),
        migrations.AlterField(
            model_name="needevent",
            name="kind",
            field=models.CharField(
                choices=[
                    ("received", "Received"),
                    ("routed", "Routed"),
                    ("email_verified", "Email address confirmed"),
                    ("phone_verified", "Phone number verified by staff"),
                    ("assigned", "Accepted"),
                    ("started", "Work started"),
                    ("replied", "Replied"),
                    ("measures", "Measures and result recorded"),
                    ("closed", "Closed"),
                    ("transferred", "Transferred"),
                ],
                max_length=16,
                verbose_name="event",
            ),
        ),
    ]
