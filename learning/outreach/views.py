"""Public pages of needs collection: the question form, its confirmation, the email confirmation
link and the status page. Thin: each view parses the request, checks the spam limits, calls a
service and renders."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import abuse, services
from .forms import NeedForm, StatusForm, prefill
from .models import PUBLIC_EVENT_KINDS, NeedStatus

SESSION_KEY = "outreach_submitted"


@never_cache
@require_http_methods(["GET", "POST"])
def new_need(request):
    ip = abuse.client_ip(request)
    # The "ask a service centre" box links here with ?category=…&region=…: preselected when valid.
    form = NeedForm(request.POST or None, request.FILES or None, initial=prefill(request.GET))
    status = 200
    if request.method == "POST":
        if abuse.over_limit("submit_ip", ip):
            form.add_error(None, _("Too many questions from your network in the last hour; please try again later."))
            status = 429
        elif form.is_valid():
            contact = form.cleaned_data.get("email") or form.cleaned_data.get("phone")
            if abuse.over_limit("submit_address", contact):
                form.add_error(
                    None, _("Too many questions from this email or phone in the last hour; please try again later.")
                )
                status = 429
            elif not abuse.consume_challenge(request.POST.get("challenge", "")):
                form.add_error("answer", _("This form was already sent; answer the new question."))
            else:
                abuse.hit("submit_ip", ip)
                abuse.hit("submit_address", contact)
                need = services.submit_need(
                    attachments=form.cleaned_data["files"],
                    actor=request.user if request.user.is_authenticated else None,
                    submitted_by=request.user if request.user.is_authenticated else None,
                    language=get_language() or "zh-hans",
                    **form.need_fields(),
                )
                request.session[SESSION_KEY] = need.pk
                return redirect("needs:submitted")
        else:
            status = 400
    return render(request, "outreach/need_form.html", {"form": form}, status=status)


@never_cache
def submitted(request):
    from .models import Need

    need = Need.objects.select_related("institution").filter(pk=request.session.get(SESSION_KEY)).first()
    if need is None:
        return redirect("needs:new")
    return render(request, "outreach/need_submitted.html", {"need": need})


@never_cache
@require_http_methods(["GET", "POST"])
def verify_email(request, token):
    try:
        need = services.need_for_token(token)
    except services.NeedError as error:
        return render(request, "outreach/verify_email.html", {"error": str(error)}, status=400)
    if request.method == "POST":
        services.confirm_email(token=token)
        messages.success(request, _("Thank you: your email address is confirmed, and replies will be sent to it."))
        return redirect(reverse("needs:status"))
    return render(request, "outreach/verify_email.html", {"need": need})


@never_cache
@require_http_methods(["GET", "POST"])
def status(request):
    """Look a need up by its reference and the submitter's email or phone (by POST, so neither ends
    up in a URL or a log); a wrong pair gets the same answer whichever part was wrong."""
    form = StatusForm(request.POST or None)
    need, code = None, 200
    if request.method == "POST" and form.is_valid():
        ip = abuse.client_ip(request)
        if abuse.over_limit("status_ip", ip):
            form.add_error(None, _("Too many look-ups from your network; please try again later."))
            code = 429
        else:
            abuse.hit("status_ip", ip)
            need = services.find_for_submitter(
                reference=form.cleaned_data["reference"], contact=form.cleaned_data["contact"]
            )
            if need is None:
                form.add_error(
                    None, _("No question matches this reference number and contact. Check both and try again.")
                )
                code = 404
    context = {"form": form, "need": need}
    if need is not None:
        context.update(
            events=need.events.filter(kind__in=PUBLIC_EVENT_KINDS).select_related("to_institution"),
            replies=need.replies.select_related("institution"),
            closed=need.status == NeedStatus.CLOSED,
        )
    return render(request, "outreach/need_status.html", context, status=code)
