"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or external URL"), required=False)

    class Meta:
        label = _("Link")
        icon = "link"

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            from django.core.exceptions import ValidationError
            from wagtail.blocks.struct_block import StructBlockValidationError

            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or enter a URL, not both."))}
            )
        return value


class FeatureCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=60)
    text = blocks.TextBlock(label=_("Text"), max_length=240)
    link_label = blocks.CharBlock(label=_("Link label"), required=False, max_length=30)
    link = LinkBlock(required=False)

    class Meta:
        label = _("Feature card")
        icon = "doc-full"
        template = "cms/blocks/feature_card.html"


class FeatureGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=80)
    cards = blocks.ListBlock(FeatureCardBlock(), label=_("Cards"), min_num=1, max_num=6)

    class Meta:
        label = _("Featured blocks")
        icon = "table"
        template = "cms/blocks/feature_grid.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("legal", _("Legal basis")), ("warning", _("Warning"))],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        label = _("Callout")
        icon = "warning"
        template = "cms/blocks/callout.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), form_classname="title", template="cms/blocks/heading.html")
    paragraph = blocks.RichTextBlock(label=_("Paragraph"))
    image = ImageBlock(label=_("Image"))
    callout = CalloutBlock()
    features = FeatureGridBlock()
