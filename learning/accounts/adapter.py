from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Stores the extra sign-up fields (display name, user kind, phone) on the new user."""

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.display_name = data.get("display_name", "").strip()
        user.kind = data.get("kind") or user.kind
        user.phone = data.get("phone", "").strip()
        return super().save_user(request, user, form, commit=commit)
