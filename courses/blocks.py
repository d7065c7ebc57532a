"""StreamField blocks of lessons. Shared blocks (heading, paragraph, image, callout) come from cms.blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock

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


class SelfCheckBlock(blocks.StructBlock):
    """A practice set (self-check quiz) answered on the page. The server checks the answers, so the key
    never reaches the page before the visitor answers; see learning/exams/self_check.py."""

    practice_set = SnippetChooserBlock("exams.PracticeSet", label=_("Practice set"))
    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=80, help_text=_("Defaults to the practice set's title.")
    )

    class Meta:
        label = _("Self-check quiz")
        icon = "help"
        template = "exams/includes/self_check.html"

    def get_context(self, value, parent_context=None):
        from learning.exams.self_check import block_context

        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        practice_set = value["practice_set"]
        course = parent_context.get("course")
        final_quiz = bool(practice_set and course and course.final_quiz_id == practice_set.pk)
        context.update(block_context(parent_context, practice_set, heading=value.get("heading"), final_quiz=final_quiz))
        return context


class LessonStreamBlock(BaseStreamBlock):
    video = VideoBlock()
    embedded_video = EmbeddedVideoBlock()
    download = DownloadBlock()
    key_points = KeyPointsBlock()
    self_check = SelfCheckBlock()


class QuestionGroupBlock(blocks.StructBlock):
    """One question an enterprise has, answered by a few public knowledge modules (SME hub)."""

    question = blocks.CharBlock(label=_("Question"), max_length=80, help_text=_("As an entrepreneur would ask it."))
    explanation = blocks.TextBlock(label=_("Short explanation"), required=False, max_length=300)
    modules = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="courses.CoursePage", label=_("Module")),
        label=_("Public modules"),
        min_num=1,
        max_num=8,
    )

    class Meta:
        label = _("Question group")
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        closed = [page.title for page in value.get("modules") or [] if page and page.specific.access != "public"]
        if closed:
            from django.core.exceptions import ValidationError
            from wagtail.blocks.struct_block import StructBlockValidationError

            raise StructBlockValidationError(
                block_errors={
                    "modules": ValidationError(
                        _("Only public modules can be listed on the hub; not public: %(titles)s"),
                        params={"titles": "、".join(closed)},
                    )
                }
            )
        return value
