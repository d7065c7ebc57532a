"""Talent administration pages inside the Wagtail admin (directory, export, compliance, import,
national ID reveal, invitation) and the public lecturer profile. Thin: each parses the request,
asks scope.py / a selector / a service, and renders."""

import datetime
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.catalog import courses_taught

from . import audit, compliance, directory, hours, importers, scope, services, spreadsheets
from .forms import DirectoryFilterForm, ImportForm
from .models import ExportJob, ImportJob, Person

PAGE_SIZE = 50


def administrators_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not scope.viewer(request.user).is_administrator:
            raise PermissionDenied
        with audit.acting_as(request.user):
            return view(request, *args, **kwargs)

    return wrapped


def _filters(request):
    form = DirectoryFilterForm(request.GET or None, user=request.user)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    return form, filters


@administrators_only
def directory_page(request):
    form, filters = _filters(request)
    if form.is_bound and not form.is_valid():
        people = Person.objects.none()
        people = hours.with_training_hours(people, datetime.date.today().year)
    else:
        people = directory.search(request.user, filters)
    totals = directory.counts(people)
    paginator = Paginator(directory.page_rows(people), PAGE_SIZE, allow_empty_first_page=True)
    paginator.count = totals["total"]  # counted already; saves a second count over the same rows
    page = paginator.get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return render(
        request,
        "talent/admin/directory.html",
        {
            "form": form,
            "page_obj": page,
            "people": directory.with_institutions(page.object_list),
            "totals": totals,
            "query": query.urlencode(),
            "year": datetime.date.today().year,
        },
    )


@administrators_only
def directory_export(request):
    form, filters = _filters(request)
    if form.is_bound and not form.is_valid():
        return redirect(reverse("talent_admin:directory") + "?" + request.GET.urlencode())
    people = directory.search(request.user, filters)
    count = people.count()
    if count > directory.EXPORT_INLINE_LIMIT:
        job = services.request_export(user=request.user, query=request.GET.urlencode())
        messages.success(
            request,
            _("%(count)d people: the file is being built; we will email you a download link when it is ready.")
            % {"count": count},
        )
        return redirect("talent_admin:export_status", job_id=job.pk)
    response = HttpResponse(directory.export_workbook(people), content_type=spreadsheets.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="talent-directory-{datetime.date.today():%Y%m%d}.xlsx"'
    return response


@administrators_only
def export_status(request, job_id):
    job = get_object_or_404(ExportJob, pk=job_id, created_by=request.user)
    return render(request, "talent/admin/export_status.html", {"job": job})


@administrators_only
def export_download(request, job_id):
    """A large export's file, for the administrator who asked for it, in the scope it was built in."""
    job = get_object_or_404(ExportJob, pk=job_id, created_by=request.user)
    try:
        handle = services.open_export(job=job, user=request.user)
    except services.TalentError as exc:
        messages.error(request, str(exc))
        return redirect("talent_admin:export_status", job_id=job.pk)
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=f"talent-directory-{job.finished_at:%Y%m%d}-{job.pk}.xlsx"
    )
    response["Cache-Control"] = "private, no-store"
    return response


@administrators_only
def compliance_page(request):
    year = datetime.date.today().year
    scope_form = DirectoryFilterForm(request.GET or None, user=request.user)
    filters = scope_form.cleaned_data if scope_form.is_bound and scope_form.is_valid() else {}
    rows = compliance.by_institution(request.user, year=year, province=filters.get("province"))
    below = compliance.below_requirement(
        request.user, year=year, province=filters.get("province"), institution=filters.get("institution")
    )
    page = Paginator(below.select_related("institution").order_by("institution__name", "name"), PAGE_SIZE).get_page(
        request.GET.get("p")
    )
    return render(
        request,
        "talent/admin/compliance.html",
        {
            "form": scope_form,
            "rows": rows,
            "page_obj": page,
            "below_count": page.paginator.count,
            "required": hours.required_hours(),
            "year": year,
        },
    )


@administrators_only
def import_upload(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = importers.start_job(
            user=request.user, upload=form.cleaned_data["file"], skip_invalid=form.cleaned_data["skip_invalid"]
        )
        return redirect("talent_admin:import_status", job_id=job.pk)
    jobs = ImportJob.objects.filter(created_by=request.user)[:10]
    return render(request, "talent/admin/import.html", {"form": form, "jobs": jobs})


@administrators_only
def import_status(request, job_id):
    job = get_object_or_404(ImportJob, pk=job_id, created_by=request.user)
    return render(request, "talent/admin/import_status.html", {"job": job, "errors": job.errors[:200]})


@administrators_only
def import_errors(request, job_id):
    job = get_object_or_404(ImportJob, pk=job_id, created_by=request.user)
    content = importers.error_workbook(job)
    response = HttpResponse(content, content_type=spreadsheets.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="import-{job.pk}-errors.xlsx"'
    return response


@administrators_only
def import_template(request):
    response = HttpResponse(importers.template_workbook(), content_type=spreadsheets.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="talent-import-template.xlsx"'
    return response


def _person_in_scope(request, pk):
    person = scope.people(request.user).filter(pk=pk).first()
    if person is None:
        raise Http404
    return person


@require_POST
@administrators_only
def reveal_national_id(request, pk):
    person = _person_in_scope(request, pk)
    try:
        value = services.reveal_national_id(person=person, user=request.user)
    except services.TalentError as exc:
        raise PermissionDenied(str(exc)) from None
    return render(request, "talent/admin/reveal_id.html", {"person": person, "national_id": value})


@administrators_only
def qualification_scan(request, pk):
    """A scanned certificate, from the private storage, for administrators whose scope covers the
    person; the opening is logged in the person's history."""
    qualification = scope.qualifications(request.user).select_related("person").filter(pk=pk).first()
    if qualification is None or not qualification.scan:
        raise Http404
    try:
        handle = services.open_scan(qualification=qualification, user=request.user)
    except FileNotFoundError:
        raise Http404 from None
    suffix = qualification.scan.name.rsplit(".", 1)[-1] if "." in qualification.scan.name else "bin"
    response = FileResponse(handle, filename=f"{qualification.person.name}-{qualification}.{suffix}")
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@administrators_only
def invite(request, pk):
    person = _person_in_scope(request, pk)
    try:
        services.queue_invitation(person=person, user=request.user)
    except services.TalentError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The invitation is on its way to %(email)s.") % {"email": person.email})
    return redirect("talent_people:inspect", pk)


def lecturer_profile(request, pk):
    """Public: only lecturers who opted in; nothing but name, institution, biography, specialisations
    and the courses they teach (through the catalogue's Instructor linked to them) that the visitor
    may open. Four queries of its own however many courses or specialisations."""
    person = get_object_or_404(
        Person.objects.public_lecturers().select_related("institution", "institution__province"), pk=pk
    )
    return render(
        request,
        "talent/lecturer_profile.html",
        {
            "person": person,
            "specialisations": person.specialisations.all(),
            "courses": courses_taught(request.user, person_id=person.pk),
        },
    )


@login_required
def my_lecturer_profile(request):
    """A lecturer's own page for their public profile: show it or not, and the short biography. A
    refused change is shown again as it was typed, with the reason."""
    person = Person.objects.filter(user=request.user).select_related("institution").first()
    shown, bio = (person.public_profile, person.bio) if person else (False, "")
    if request.method == "POST" and person is not None:
        shown, bio = request.POST.get("public_profile") == "on", request.POST.get("bio", "")
        try:
            services.set_lecturer_profile(person=person, public=shown, bio=bio, by=request.user)
        except services.TalentError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Your public profile is shown.") if person.public_profile else _("Your public profile is hidden."),
            )
            return redirect("talent:my_lecturer_profile")
    return render(
        request,
        "talent/my_lecturer_profile.html",
        {"person": person, "shown": shown, "bio": bio, "bio_max_length": services.BIO_MAX_LENGTH},
    )
