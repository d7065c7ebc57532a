from django import template

from courses import service_centres

register = template.Library()


@register.inclusion_tag("courses/includes/ask_service_centre.html", takes_context=True)
def ask_service_centre(context, category=""):
    """The "ask a service centre" box at the end of public SME modules and FAQ entries."""
    from courses.models import SmeHubPage

    request = context["request"]
    national = SmeHubPage.national_institutions.through.objects.values_list("institution_id", flat=True)
    found = service_centres.nearest(
        region_code=request.GET.get("region", ""), user=request.user, national_ids=list(national)
    )
    return {
        "request": request,
        "nearest": found,
        "need_form_url": service_centres.need_form_url(),
        "category": category,
        "here": request.path,
    }
