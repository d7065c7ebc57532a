"""Staff of an institution (a person record linked to a user account) handle the needs sent to it
in the Wagtail admin, so such an account joins the group that opens the admin."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from learning.talent import scope
from learning.talent.models import Person
from learning.talent.services import admin_access_group

STAFF_GROUP = "Service staff (needs queue)"


@receiver(post_save, sender=Person, dispatch_uid="outreach_staff_admin_access")
def give_staff_the_queue(sender, instance, **kwargs):
    if instance.user_id:
        instance.user.groups.add(admin_access_group(STAFF_GROUP))
        if hasattr(instance.user, scope._STAFF_ATTRIBUTE):
            delattr(instance.user, scope._STAFF_ATTRIBUTE)
