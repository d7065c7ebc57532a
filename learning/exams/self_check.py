"""Self-check quizzes on pages: a practice set placed in a lesson (the "self_check" StreamField block)
and a course's final quiz shown on the course page.

The page shows the questions without any key. The visitor's answers are posted to the page itself
(a plain form works without JavaScript; static/js/self-check.js sends the same form with fetch and
swaps in the returned fragment); the server checks them with services.check_practice_set and only
then shows right/wrong, the explanation and the legal basis. Results are kept for signed-in learners
only, so they survive a reload and a double submission; anonymous visitors see their result once.
"""

from uuid import uuid4

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from . import services
from .errors import ExamError

FIELD = "self_check"
STATE = "_self_check_state"  # request attribute: practice set id -> the state a POST produced
TEMPLATE = "exams/includes/self_check.html"


def block_context(parent_context, practice_set, *, heading=None, final_quiz=False):
    """What the self-check template needs for one practice set on one page view."""
    if practice_set is None:
        return {"sc": None}
    request = parent_context.get("request")
    user = getattr(request, "user", None)
    state = getattr(request, STATE, {}).get(practice_set.pk)
    if state is None:
        state = {}
        retry = request is not None and request.GET.get("retry") == str(practice_set.pk)
        attempt = None if retry else services.latest_self_check(user=user, practice_set=practice_set)
        if attempt is not None:
            state = {"attempt": attempt, "items": services.stored_self_check_items(attempt)}
    items = state.get("items")
    sc = {
        "practice_set": practice_set,
        "heading": heading or practice_set.title,
        "final_quiz": final_quiz,
        "signed_in": bool(user and user.is_authenticated),
        "action": request.path if request is not None else "",
        "error": state.get("error"),
        "items": items,
    }
    if items:
        score = sum((item.score or 0 for item in items), 0)
        max_score = sum((item.points for item in items), 0)
        passed = None
        if practice_set.pass_percent:
            passed = score * 100 >= max_score * practice_set.pass_percent
        sc.update(
            score=score,
            max_score=max_score,
            right=sum(1 for item in items if item.is_correct),
            passed=passed,
            stored=state.get("attempt") is not None,
        )
    else:
        chosen = state.get("chosen", {})
        sc["questions"] = [
            {"question": q, "version": q.current_version or q.snapshot(), "chosen": chosen.get(q.pk, "")}
            for q in practice_set.live_questions()
        ]
        sc["token"] = uuid4().hex
    return {"sc": sc}


def posted_answers(post):
    """Question id -> chosen letters from a self-check form (fields named q<question id>)."""
    return {int(key[1:]): post.getlist(key) for key in post if key.startswith("q") and key[1:].isdigit()}


def handle_post(request, page, practice_sets):
    """Check a self-check posted to ``page``. ``practice_sets`` maps id -> (practice set, heading,
    final quiz?) for the sets this page holds. Returns a response, or None to render the page as usual
    (it then shows the state this POST produced)."""
    try:
        pk = int(request.POST.get(FIELD, ""))
    except ValueError:
        return None
    if pk not in practice_sets:
        return HttpResponseBadRequest(_("This page holds no such self-check."), content_type="text/plain")
    practice_set, heading, final_quiz = practice_sets[pk]
    answers = posted_answers(request.POST)
    fetch = request.headers.get("X-Requested-With") == "fetch"
    status = 200
    try:
        attempt, items = services.check_practice_set(
            practice_set=practice_set, answers=answers, user=request.user, token=request.POST.get("token", "")
        )
        state = {"attempt": attempt, "items": items}
        if attempt is not None and not fetch:  # stored: redirect, so a reload shows it without a re-post
            return redirect(f"{request.path}#self-check-{pk}")
    except ExamError as error:
        state = {"error": error.message, "chosen": {qid: "".join(values) for qid, values in answers.items()}}
        status = 400 if fetch else 200
    setattr(request, STATE, {pk: state})
    if not fetch:
        return None
    context = block_context({"request": request}, practice_set, heading=heading, final_quiz=final_quiz)
    return HttpResponse(render_to_string(TEMPLATE, context, request=request), status=status)
