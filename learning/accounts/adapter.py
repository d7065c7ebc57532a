from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation
from wagtail.models import Site

from cms.models import SiteSettings


class AccountAdapter(DefaultAccountAdapter):
    """Stores the extra sign-up fields on the new user and signs allauth's emails with the site's
    own name (from Wagtail site settings) instead of the bare host name."""

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.display_name = data.get("display_name", "").strip()
        user.kind = data.get("kind") or user.kind
        user.phone = data.get("phone", "").strip()
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix, email, context):
        request = self.request
        site = Site.find_for_request(request) if request is not None else None
        if site is not None:
            name = SiteSettings.for_site(site).localised("site_name", translation.get_language())
            url = request.build_absolute_uri("/").rstrip("/")
            context = {"current_site": SimpleNamespace(name=name, domain=request.get_host(), url=url), **context}
        super().send_mail(template_prefix, email, context)
