"""My enterprise: signed-in SME users create or join their enterprise and see its members."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import enterprises
from .enterprise_forms import EnterpriseForm, JoinForm


@login_required
def my_enterprise(request):
    create_form = EnterpriseForm(request.POST if request.POST.get("action") == "create" else None, prefix="create")
    join_form = JoinForm(request.POST if request.POST.get("action") == "join" else None, prefix="join")
    if request.method == "POST":
        try:
            if request.POST.get("action") == "create" and create_form.is_valid():
                enterprise = enterprises.create_enterprise(user=request.user, **create_form.cleaned_data)
                messages.success(request, _("%(name)s is registered; you are its owner.") % {"name": enterprise.name})
                return redirect("enterprise")
            if request.POST.get("action") == "join" and join_form.is_valid():
                enterprise = enterprises.join_enterprise(user=request.user, **join_form.cleaned_data)
                messages.success(request, _("You have joined %(name)s.") % {"name": enterprise.name})
                return redirect("enterprise")
        except enterprises.EnterpriseError as error:
            form = create_form if request.POST.get("action") == "create" else join_form
            form.add_error(None, str(error))
    mine = [
        {"enterprise": e, "members": enterprises.members(e), "join_code": enterprises.join_code(e)}
        for e in enterprises.enterprises_of(request.user)
    ]
    return render(
        request,
        "outreach/enterprise.html",
        {"mine": mine, "create_form": create_form, "join_form": join_form},
        status=400 if request.method == "POST" else 200,
    )
