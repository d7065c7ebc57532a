"""StreamField blocks of lessons. Shared blocks (heading, paragraph, image, callout) come from cms.blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from cms.blocks import BaseStreamBlock


class VideoBlock(blocks.StructBlock):
    """A video uploaded to the document library (served from this site, so it plays on intranets)."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    file = DocumentChooserBlock(label=_("Video file (MP4)"))
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=["bold", "italic", "ol", "ul"])

    class Meta:
        label = _("Uploaded video")
        icon = "media"
        template = "courses/blocks/video.html"


class EmbeddedVideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"))
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=["bold", "italic", "ol", "ul"])

    class Meta:
        label = _("Embedded video")
        icon = "media"
        template = "courses/blocks/embedded_video.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=200)

    class Meta:
        label = _("Download")
        icon = "download"
        template = "courses/blocks/download.html"


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=60)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Key points"), min_num=1)

    class Meta:
        label = _("Key points")
        icon = "list-ul"
        template = "courses/blocks/key_points.html"


class LessonStreamBlock(BaseStreamBlock):
    video = VideoBlock()
    embedded_video = EmbeddedVideoBlock()
    download = DownloadBlock()
    key_points = KeyPointsBlock()
