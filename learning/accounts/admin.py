from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "kind", "is_active", "is_staff", "is_superuser", "date_joined"]
    list_filter = ["kind", "is_active", "is_staff", "is_superuser"]
    search_fields = ["email", "display_name", "phone"]
    readonly_fields = ["date_joined", "last_login", "welcome_sent_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "kind", "phone"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined", "welcome_sent_at"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "display_name", "kind", "password1", "password2"]}),
    ]
