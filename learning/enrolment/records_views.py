"""Views of the learner's records and of public certificate verification: thin, each parses the
request, calls progress / hours / transcripts / certificates / credentials, and renders."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import certificates, credentials, hours, progress, status_lists, transcripts
from . import my_learning as selectors
from .models import TrainingHoursEntry
from .records_forms import HoursClaimForm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CREDENTIAL_TYPE = "application/vc+ld+json"


@login_required
def my_learning(request):
    overview = selectors.overview(request.user)
    chart = {
        "years": [str(year) for year, _p, _g in overview.history],
        "professional": [float(p) for _y, p, _g in overview.history],
        "general": [float(g) for _y, _p, g in overview.history],
        "required": float(overview.standing.requirement.total),
        "labels": {
            "professional": _("Professional hours"),
            "general": _("General hours"),
            "required": _("Yearly requirement"),
        },
    }
    return render(
        request,
        "enrolment/my_learning.html",
        {
            "overview": overview,
            "standing": overview.standing,
            "chart": chart,
            "years": hours.years_with_hours(request.user),
        },
    )


@require_POST
@login_required
def lesson_complete(request, lesson_id):
    """Mark a lesson complete, then go on to the next lesson (Post/Redirect/Get; pressing twice is harmless)."""
    from courses.models import LessonPage, access_denied

    lesson = get_object_or_404(LessonPage.objects.live().specific(), pk=lesson_id)
    course = lesson.course
    if course is None or not course.user_can_view(request.user):
        return access_denied(request, course)
    check = progress.mark_complete(request.user, lesson, course)
    if check.met:
        messages.success(
            request,
            _("You completed %(course)s. Your certificate is being prepared in My learning.")
            % {"course": course.title},
        )
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = lesson.url
    return redirect(target)


@login_required
def hours_claim(request):
    form = HoursClaimForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            hours.submit_claim(user=request.user, **form.cleaned_data)
        except hours.HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your claim was sent for approval."))
            return redirect("records:my_learning")
    return render(request, "enrolment/hours_claim.html", {"form": form})


def _private_file(field, filename, content_type=None):
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def hours_evidence(request, entry_id):
    """The evidence of a ledger entry: for its learner and the administrators in whose reach they are."""
    entry = get_object_or_404(TrainingHoursEntry, pk=entry_id)
    if not entry.evidence or not (entry.user_id == request.user.pk or hours.may_manage(request.user, entry)):
        raise Http404
    return _private_file(entry.evidence, entry.evidence.name.rsplit("/", 1)[-1])


def _transcript_name(request, year, extension):
    return f"transcript-{year}-{request.user.pk}.{extension}"


@login_required
def transcript_pdf(request, year):
    response = HttpResponse(transcripts.render_pdf(request.user, year), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_transcript_name(request, year, "pdf")}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def transcript_xlsx(request, year):
    response = HttpResponse(transcripts.render_xlsx(request.user, year), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{_transcript_name(request, year, "xlsx")}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _own_certificate(request, number):
    certificate = certificates.lookup(number)
    if certificate is None or not certificates.may_download(request.user, certificate):
        raise Http404
    return certificate


@login_required
def certificate_pdf(request, number):
    certificate = _own_certificate(request, number)
    if not certificate.pdf:
        certificates.generate(certificate.pk)
        certificate.refresh_from_db()
    return _private_file(certificate.pdf, f"{certificate.number}.pdf", "application/pdf")


@login_required
def certificate_credential(request, number):
    """The holder's signed Open Badges 3.0 credential, as a file to keep in a wallet."""
    certificate = _own_certificate(request, number)
    credential = certificates.signed_credential(certificate)
    response = HttpResponse(json.dumps(credential, ensure_ascii=False, indent=2), content_type=CREDENTIAL_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.json"'
    return response


def _client(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def _over_limit(request):
    """Public lookups per client address per minute (CERTIFICATE_VERIFY_RATE)."""
    key = f"records:verify:{_client(request)}:{timezone.now():%Y%m%d%H%M}"
    added = cache.add(key, 1, timeout=70)
    count = 1 if added else cache.incr(key)
    return count > settings.CERTIFICATE_VERIFY_RATE


def _too_many(request):
    response = render(request, "enrolment/verify.html", {"too_many": True}, status=429)
    response["Retry-After"] = "60"
    return response


@never_cache
def verify_form(request):
    """The verification form: a typed number goes to its page (the check character is tested there)."""
    number = request.GET.get("number", "").strip()
    if number:
        return redirect("records:verify", number=certificates.normalise(number) or number[:40])
    return render(request, "enrolment/verify.html", {"form_only": True})


@never_cache
def verify(request, number):
    """Public: valid / revoked / not found, with the holder's name partly masked."""
    if _over_limit(request):
        return _too_many(request)
    certificate = certificates.lookup(number)
    context = {"number": number, "certificate": certificate}
    if certificate is not None:
        context["masked_name"] = certificates.mask_name(certificate.holder_name)
    return render(request, "enrolment/verify.html", context, status=200 if certificate else 404)


@never_cache
def verify_credential(request, number):
    """Public: the signed credential of a valid certificate, for verifiers (410 once revoked)."""
    if _over_limit(request):
        return JsonResponse({"error": "too many requests"}, status=429)
    certificate = certificates.lookup(number)
    if certificate is None or certificate.credential is None:
        return JsonResponse({"error": "not found"}, status=404)
    if not certificate.is_valid:
        return JsonResponse(
            {"error": "revoked", "revoked": f"{timezone.localdate(certificate.revoked_at):%Y-%m-%d}"}, status=410
        )
    credential = certificates.signed_credential(certificate)
    response = HttpResponse(json.dumps(credential, ensure_ascii=False), content_type=CREDENTIAL_TYPE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def status_list(request, number):
    """Public: a revocation status list (a signed BitstringStatusListCredential) for verifiers. It
    is re-signed on each request; caches may keep it for five minutes."""
    if not status_lists.list_exists(number):
        return JsonResponse({"error": "not found"}, status=404)
    credential = status_lists.list_credential(number)
    response = HttpResponse(json.dumps(credential, ensure_ascii=False), content_type=CREDENTIAL_TYPE)
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


def did_json(request):
    """The issuer's DID document (did:web): the public key that verifies every credential."""
    response = JsonResponse(credentials.did_document(), content_type="application/did+json")
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=3600"
    return response
