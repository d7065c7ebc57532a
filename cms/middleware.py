from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class SiteLanguageMiddleware:
    """Pick the interface language from the visitor's choice (the language cookie set by the
    switcher) and otherwise use Simplified Chinese, the site's default, whatever the browser asks
    for. Replaces Django's LocaleMiddleware, which would follow Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.available else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ["Cookie"])
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
