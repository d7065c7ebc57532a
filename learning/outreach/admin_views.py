"""The needs queue in the Wagtail admin: the list of needs in the user's reach (scope.needs), one
need with its history, the workflow actions and attachment downloads. Thin: every action is a
service call, and a NeedError comes back as a message on the page."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from learning.talent import scope

from . import services
from .forms import CloseForm, MeasuresForm, QueueFilterForm, ReplyForm, StaffNeedForm, TransferForm
from .models import OPEN_STATUSES, Need, NeedAttachment

PAGE_SIZE = 50


def handlers_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not scope.handles_needs(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _need(request, pk):
    needs = Need.objects.select_related("region", "institution", "enterprise", "recorded_by", "phone_verified_by")
    return get_object_or_404(scope.needs(request.user, needs), pk=pk)


@handlers_only
def queue(request):
    form = QueueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {"status": "open"}
    needs = scope.needs(request.user).select_related("region", "institution")
    status = filters.get("status")
    if status == "open":
        needs = needs.filter(status__in=OPEN_STATUSES)
    elif status:
        needs = needs.filter(status=status)
    if filters.get("category"):
        needs = needs.filter(category=filters["category"])
    if filters.get("overdue"):
        needs = needs.overdue()
    if filters.get("q"):
        needs = needs.filter(Q(reference__icontains=filters["q"].strip()) | Q(title__icontains=filters["q"].strip()))
    needs = needs.order_by("first_replied_at", "sla_due_at", "submitted_at") if status == "open" else needs
    page = Paginator(needs, PAGE_SIZE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return render(
        request,
        "outreach/admin/queue.html",
        {"form": form, "page_obj": page, "now": timezone.now(), "query": query.urlencode()},
    )


@handlers_only
def record(request):
    """Record a need that came by phone, on site, by email or at an event, on behalf of its contact."""
    initial = {}
    enterprise_id = request.GET.get("enterprise", "")
    if enterprise_id.isdigit():
        enterprise = scope.enterprises(request.user).filter(pk=enterprise_id).first()
        if enterprise is not None:
            initial = {"credit_code": enterprise.credit_code, "organisation": enterprise.name}
    form = StaffNeedForm(request.POST or None, request.FILES or None, user=request.user, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                need = services.record_need(user=request.user, **form.need_fields())
            except services.NeedError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("Need %(reference)s recorded; it is with %(institution)s.")
                    % {"reference": need.reference, "institution": need.institution.name if need.institution else "—"},
                )
                return redirect("needs_admin:need", pk=need.pk)
        status = 400
    return render(request, "outreach/admin/record.html", {"form": form}, status=status)


@handlers_only
def detail(request, pk):
    need = _need(request, pk)
    return render(request, "outreach/admin/need.html", _detail_context(need, request.user))


def _detail_context(need, user, **forms):
    return {
        "need": need,
        "can_see_enterprise": bool(need.enterprise_id)
        and scope.enterprises(user).filter(pk=need.enterprise_id).exists(),
        "now": timezone.now(),
        "events": need.events.select_related("actor", "from_institution", "to_institution"),
        "replies": need.replies.select_related("author", "institution"),
        "attachments": need.attachments.all(),
        "reply_form": forms.get("reply") or ReplyForm(),
        "measures_form": forms.get("measures")
        or MeasuresForm(
            initial={"measures": need.measures_taken, "outcome": need.outcome, "satisfaction": need.satisfaction}
        ),
        "close_form": forms.get("close") or CloseForm(),
        "transfer_form": forms.get("transfer") or TransferForm(need=need),
    }


ACTIONS = {
    # name: (form class or None, service call, success message)
    "accept": (None, lambda need, user, data: services.accept(need=need, user=user), gettext_lazy("Accepted.")),
    "start": (None, lambda need, user, data: services.start(need=need, user=user), gettext_lazy("Work started.")),
    "verify-phone": (
        None,
        lambda need, user, data: services.verify_phone(need=need, user=user),
        gettext_lazy("Phone number recorded as verified by you."),
    ),
    "reply": (
        ReplyForm,
        lambda need, user, data: services.reply(need=need, user=user, **data),
        gettext_lazy("Reply saved."),
    ),
    "measures": (
        MeasuresForm,
        lambda need, user, data: services.record_measures(need=need, user=user, **data),
        gettext_lazy("Measures and result recorded."),
    ),
    "close": (
        CloseForm,
        lambda need, user, data: services.close(need=need, user=user, **data),
        gettext_lazy("Closed."),
    ),
    "transfer": (
        TransferForm,
        lambda need, user, data: services.transfer(need=need, user=user, **data),
        gettext_lazy("Transferred."),
    ),
}


@handlers_only
@require_POST
def act(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    need = _need(request, pk)
    form_class, call, done = ACTIONS[action]
    data = {}
    if form_class is not None:
        form = form_class(request.POST, need=need) if form_class is TransferForm else form_class(request.POST)
        if not form.is_valid():
            messages.error(request, _("Please correct the marked fields."))
            context = _detail_context(need, request.user, **{action: form})
            return render(request, "outreach/admin/need.html", context, status=400)
        data = form.cleaned_data
    try:
        call(need, request.user, data)
    except services.NeedError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(done))
        if action == "transfer" and not scope.needs(request.user).filter(pk=need.pk).exists():
            return redirect("needs_admin:queue")
    return redirect("needs_admin:need", pk=need.pk)


@handlers_only
def attachment(request, pk, attachment_id):
    need = _need(request, pk)
    item = get_object_or_404(NeedAttachment, pk=attachment_id, need=need)
    return FileResponse(
        item.file.open("rb"), as_attachment=True, filename=item.original_name, content_type=item.content_type
    )
