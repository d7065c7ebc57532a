from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock, LinkBlock


class HomePage(Page):
    """The site's front page, filled in by editors: a hero and featured blocks."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=400)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("call-to-action label"), max_length=40, blank=True)
    hero_cta = StreamField([("link", LinkBlock())], verbose_name=_("call-to-action link"), blank=True, max_num=1)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_title"), index.SearchField("body")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "cms/home_page.html"

    class Meta:
        verbose_name = _("home page")

    @property
    def hero_cta_url(self):
        for block in self.hero_cta:
            link = block.value
            if link.get("page"):
                return link["page"].url
            return link.get("url") or ""
        return ""


class ContentPage(Page):
    """A generic page: about, guides, notices, the service network."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    template = "cms/content_page.html"

    class Meta:
        verbose_name = _("content page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Site-wide details shown in the header and footer."""

    site_name = models.CharField(_("site name"), max_length=80, default="知识产权公共服务人才培训平台")
    site_name_en = models.CharField(_("site name (English)"), max_length=80, default="IP Talent Academy")
    footer_text = models.TextField(_("footer text"), blank=True, max_length=500)
    footer_text_en = models.TextField(_("footer text (English)"), blank=True, max_length=500)
    organisation = models.CharField(_("operated by"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    icp_number = models.CharField(
        _("ICP filing number"),
        max_length=60,
        blank=True,
        help_text=_("The 备案号 every site hosted in mainland China shows in its footer, e.g. 京ICP备12345678号-1."),
    )
    public_security_number = models.CharField(
        _("public security filing number"),
        max_length=60,
        blank=True,
        help_text=_("公安机关备案号, e.g. 京公网安备11010802012345号, if the site has one."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("site_name"), FieldPanel("site_name_en")], heading=_("Name")),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel([FieldPanel("footer_text"), FieldPanel("footer_text_en")], heading=_("Footer")),
        MultiFieldPanel([FieldPanel("icp_number"), FieldPanel("public_security_number")], heading=_("Filing")),
    ]

    class Meta:
        verbose_name = _("site settings")

    def localised(self, field, language):
        """The English variant of a field when the visitor reads English and one is filled in."""
        if language and language.startswith("en"):
            english = getattr(self, f"{field}_en", "")
            if english:
                return english
        return getattr(self, field)
