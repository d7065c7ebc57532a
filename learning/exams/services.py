"""Exam use cases: drawing papers, starting, saving, submitting and grading attempts, practice,
wrong-answer review (FSRS), marking written answers, exam plans and readiness.

Every function takes keyword arguments, runs in one transaction and raises ``ExamError`` with a
message a learner or administrator can read."""

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from fsrs import Card, Rating, Scheduler

from cms.bulk import insert_rows
from cms.cache import bump_now_and_on_commit, generation

from . import signals
from .errors import ExamError
from .models import (
    SET_TYPES,
    Attempt,
    AttemptItem,
    AttemptMode,
    AttemptStatus,
    Blueprint,
    Chapter,
    DrawMode,
    ExamPlan,
    Paper,
    PaperPass,
    Question,
    QuestionStatus,
    QuestionType,
    ReadinessSnapshot,
    ReviewCard,
)

ZERO = Decimal("0")
ONE_PLACE = Decimal("0.1")
PRACTICE_SIZE = 10
DEADLINE_GRACE = timedelta(seconds=5)  # a save that left the browser on time may arrive a little late

# FSRS without fuzzing, so a review's next due time is reproducible; learning steps suited to exam
# revision (the same day, then the next).
SCHEDULER = Scheduler(
    desired_retention=0.9,
    learning_steps=(timedelta(minutes=10), timedelta(hours=8)),
    relearning_steps=(timedelta(minutes=10),),
    enable_fuzzing=False,
)


# Grading ---------------------------------------------------------------------------------------
def grade_response(*, qtype, key, response, points, partial_per_option=Decimal("0.5")):
    """Score one auto-graded answer. Returns (score, is_correct).

    Single choice and true/false: full marks for the key, else 0. Multiple and indefinite choice:
    any wrong option scores 0; a subset of the right options with no wrong one scores
    ``partial_per_option`` per option chosen (never more than the item is worth); all right options
    score full marks."""
    points = Decimal(points)
    if not response:
        return ZERO, False
    if qtype in SET_TYPES:
        chosen, right = set(response), set(key)
        if chosen - right:
            return ZERO, False
        if chosen == right:
            return points, True
        return min(points, Decimal(partial_per_option) * len(chosen)), False
    if response == key:
        return points, True
    return ZERO, False


def validate_response(*, version, response):
    """Normalise a submitted choice (e.g. ["C", "A"] -> "AC") and check it against the version."""
    if isinstance(response, (list, tuple)):
        response = "".join(response)
    response = "".join(sorted(set((response or "").strip().upper())))
    if not response:
        return ""
    allowed = {key for key, _text in version.display_options()}
    if any(letter not in allowed for letter in response):
        raise ExamError(_("That answer is not one of the options."))
    if version.qtype not in SET_TYPES and len(response) > 1:
        raise ExamError(_("Choose one option only."))
    return response


# Drawing papers --------------------------------------------------------------------------------
def _allocate(count, weights):
    """Split ``count`` over keys in proportion to ``weights`` (largest remainder)."""
    total = sum(weights.values())
    if not total:
        return {}
    shares = {key: count * weight / total for key, weight in weights.items()}
    result = {key: int(share) for key, share in shares.items()}
    rest = count - sum(result.values())
    for key in sorted(shares, key=lambda k: shares[k] - result[k], reverse=True)[:rest]:
        result[key] += 1
    return result


@dataclass
class Shortfall:
    """A blueprint section the live bank cannot fill yet: what it needs, what the bank holds for it
    (after the sections before it took theirs) and, per chapter, what the bank holds and what the
    chapter spread asks for (None when the blueprint has no spread)."""

    section: object
    needed: int
    available: int
    chapters: list = field(default_factory=list)  # [(chapter title, held, planned or None)]

    @property
    def missing(self):
        return self.needed - self.available

    def message(self):
        if self.section.qtype == QuestionType.CASE:
            return _(
                "“%(section)s” needs %(count)s case sub-questions; the bank holds %(available)s live ones, "
                "%(missing)s missing."
            ) % {"section": self.section, "count": self.needed, "available": self.available, "missing": self.missing}
        return _(
            "The question bank holds %(available)s live questions for “%(section)s” (%(kind)s); the blueprint "
            "needs %(count)s, %(missing)s missing."
        ) % {
            "available": self.available,
            "section": self.section,
            "kind": self.section.describe(),
            "count": self.needed,
            "missing": self.missing,
        }


def _excluded_chapters(blueprint, only_for):
    """Chapters of the blueprint's paper examined only at another exam (``only_for``: chapter -> exam)."""
    return {chapter for chapter, exam in only_for.items() if exam != blueprint.exam_id}


def _shortfalls(blueprint, sections, counts, excluded, titles, weights=None):
    """The sections the bank cannot fill. ``counts`` maps (qtype, written kind, chapter, case chapter)
    to the number of live questions, where case chapter is the chapter of a sub-question's case (None
    for a standalone question). Sections take from the bank in order, as ``draw_paper`` does.
    ``weights`` (chapter -> weight) when the caller has read the blueprint's chapter spread already."""
    if weights is None:
        weights = {row.chapter_id: row.weight for row in blueprint.chapter_weights.all() if row.weight}
    remaining = defaultdict(int)  # (qtype, kind, chapter) -> standalone questions left
    case_subs = 0
    for (qtype, kind, chapter, case_chapter), number in counts.items():
        if chapter in excluded or case_chapter in excluded:
            continue
        if case_chapter is not None:
            case_subs += number
        elif qtype != QuestionType.CASE:
            remaining[(qtype, kind or "", chapter)] += number
    result = []
    for section in sections:
        if section.qtype == QuestionType.CASE:
            taken = min(section.count, case_subs)
            case_subs -= taken
            if taken < section.count:
                result.append(Shortfall(section, section.count, taken))
            continue
        held = defaultdict(int)
        for (qtype, kind, chapter), number in remaining.items():
            if number and section.wants(qtype, kind):
                held[chapter] += number
        available = sum(held.values())
        if available >= section.count:
            # take them in the same proportions as the draw; what is left serves the next sections
            plan = _allocate(section.count, {c: weights.get(c, 0) for c in held} if weights else dict(held))
            left = section.count - sum(min(wanted, held[c]) for c, wanted in plan.items())
            for key in [key for key in remaining if section.wants(key[0], key[1])]:
                wanted = min(plan.get(key[2], 0), remaining[key])
                plan[key[2]] = plan.get(key[2], 0) - wanted
                extra = min(left, remaining[key] - wanted)
                left -= extra
                remaining[key] -= wanted + extra
            continue
        planned = _allocate(section.count, weights) if weights else {}
        chapters = sorted(set(held) | set(planned), key=lambda c: titles.get(c, ("", 0))[1])
        result.append(
            Shortfall(
                section,
                section.count,
                available,
                [(titles.get(c, ("?", 0))[0], held.get(c, 0), planned.get(c)) for c in chapters],
            )
        )
        for key in list(remaining):
            if section.wants(key[0], key[1]):
                remaining[key] = 0
    return result


def _shortfall_error(shortfalls):
    return ExamError(
        _("This paper cannot be drawn from the live question bank yet: %(problems)s")
        % {"problems": " ".join(shortfall.message() for shortfall in shortfalls)}
    )


def bank_shortfalls(*, blueprints):
    """Blueprint pk -> the sections its live bank cannot fill yet (empty when it can be drawn).

    Two queries whatever the number of blueprints and questions (the blueprints' sections and chapter
    weights prefetched by the caller are used as they are)."""
    blueprints = list(blueprints)
    if not blueprints:
        return {}
    paper_ids = {blueprint.paper_id for blueprint in blueprints}
    chapters = list(Chapter.objects.filter(paper_id__in=paper_ids).values_list("pk", "title", "position", "only_for"))
    titles = {pk: (title, position) for pk, title, position, _only in chapters}
    only_for = {pk: only for pk, _t, _p, only in chapters if only is not None}
    rows = (
        Question.objects.filter(paper_id__in=paper_ids, status=QuestionStatus.LIVE)
        .filter(Q(parent__isnull=True) | Q(parent__status=QuestionStatus.LIVE))
        .values_list("paper_id", "qtype", "written_kind", "chapter_id", "parent__chapter_id")
        .annotate(number=Count("pk"))
        .order_by()
    )
    counts = defaultdict(dict)
    for paper_id, qtype, kind, chapter, case_chapter, number in rows:
        counts[paper_id][(qtype, kind, chapter, case_chapter)] = number
    return {
        blueprint.pk: _shortfalls(
            blueprint,
            list(blueprint.sections.all()),
            counts[blueprint.paper_id],
            _excluded_chapters(blueprint, only_for),
            titles,
        )
        for blueprint in blueprints
    }


def live_pool(paper_id):
    """The paper's live questions as the draw needs them: (id, type, written kind, chapter id, case id,
    current version id), in id order. One query over the draw index, without the model's ordering
    (which joins the paper and chapter tables to sort)."""
    return list(
        Question.objects.filter(paper=paper_id, status=QuestionStatus.LIVE)
        .order_by("pk")
        .values_list("pk", "qtype", "written_kind", "chapter_id", "parent_id", "current_version_id")
    )


# What the draw of one blueprint reads (its sections, chapter spread, the paper's chapters and live
# questions) is kept per web process and rebuilt when the bank's generation moves on: any save or
# deletion of a question, chapter, blueprint, section or chapter weight bumps it (see apps.py).
# Starting a mock exam then reads nothing but the learner's open attempt: at the start of an exam
# hundreds of learners draw from the same bank within a minute.
BANK_GENERATION_KEY = "exams:bank:generation"
_banks = {}  # blueprint id -> ((blueprint updated_at, bank generation), DrawBank)


@dataclass
class DrawBank:
    """A blueprint's sections and chapter spread with the live questions grouped the way the draw
    takes them. Shared between draws: never changed after it is built."""

    sections: list
    weights: dict  # chapter id -> weight (only weights above zero)
    standalone: dict  # qtype -> chapter id -> [question ids]
    kinds: dict  # written answer id -> kind
    cases: dict  # case id -> [sub-question ids]
    case_ids: set
    versions: dict  # question id -> (current version id, chapter id)
    shortfalls: list


def draw_bank(blueprint):
    """The DrawBank of ``blueprint``, from this process's memory while the bank's generation and the
    blueprint are unchanged."""
    key = (blueprint.updated_at, generation(BANK_GENERATION_KEY))
    kept = _banks.get(blueprint.pk)
    if kept is not None and kept[0] == key:
        return kept[1]
    bank = _build_draw_bank(blueprint, live_pool(blueprint.paper_id))
    _banks[blueprint.pk] = (key, bank)
    return bank


def bank_changed(**_kwargs):
    """Signal receiver: the bank or a blueprint changed; every process rebuilds its draw banks."""
    bump_now_and_on_commit(BANK_GENERATION_KEY)


def _build_draw_bank(blueprint, pool):
    sections = list(blueprint.sections.all())
    weights = {row.chapter_id: row.weight for row in blueprint.chapter_weights.all() if row.weight}
    chapter_rows = list(
        Chapter.objects.filter(paper=blueprint.paper_id).order_by().values_list("pk", "title", "position", "only_for")
    )
    titles = {pk: (title, position) for pk, title, position, _only in chapter_rows}
    excluded_chapters = _excluded_chapters(blueprint, {pk: only for pk, _t, _p, only in chapter_rows if only})
    standalone = defaultdict(lambda: defaultdict(list))  # qtype -> chapter -> [ids]
    kinds = {}  # written answer id -> kind
    cases, case_chapter = defaultdict(list), {}
    case_ids = set()
    versions = {}
    for pk, qtype, written_kind, chapter_id, parent_id, version_id in pool:
        versions[pk] = (version_id, chapter_id)
        if chapter_id in excluded_chapters:
            continue
        if qtype == QuestionType.CASE:
            case_ids.add(pk)
            case_chapter[pk] = chapter_id
        elif parent_id:
            cases[parent_id].append(pk)
        else:
            standalone[qtype][chapter_id].append(pk)
            if written_kind:
                kinds[pk] = written_kind
    counts = defaultdict(int)
    for qtype, by_chapter in standalone.items():
        for chapter, ids in by_chapter.items():
            for pk in ids:
                counts[(qtype, kinds.get(pk, ""), chapter, None)] += 1
    for case in case_ids:
        counts[(QuestionType.INDEFINITE, "", None, case_chapter[case])] += len(cases.get(case, ()))
    return DrawBank(
        sections=sections,
        weights=weights,
        standalone={qtype: dict(by_chapter) for qtype, by_chapter in standalone.items()},
        kinds=kinds,
        cases=dict(cases),
        case_ids=case_ids,
        versions=versions,
        shortfalls=_shortfalls(blueprint, sections, counts, excluded_chapters, titles, weights),
    )


def draw_paper(*, blueprint, rng=None, bank=None):
    """Choose the questions for one sitting of a blueprint.

    Returns a list of (section, question_id, case_id) in paper order. Reads nothing while the
    process holds the blueprint's current DrawBank, and the same few queries whatever the bank's size
    otherwise; never repeats a question; a written-answer section that asks for a kind (case
    analysis, essay, drafting task) gets only that kind; follows the chapter weights, topping up from
    other chapters when one runs short; when the live bank is too small raises ExamError naming every
    section that cannot be filled and how many questions it lacks. ``bank``: the blueprint's DrawBank
    when the caller has it already."""
    rng = rng or random.Random()
    bank = bank or draw_bank(blueprint)
    if bank.shortfalls:
        raise _shortfall_error(bank.shortfalls)
    sections, weights, standalone, kinds = bank.sections, bank.weights, bank.standalone, bank.kinds
    cases, case_ids = bank.cases, bank.case_ids
    used, used_cases, picked = set(), set(), []
    for section in sections:
        if section.qtype == QuestionType.CASE:
            available = [case for case in case_ids if cases.get(case) and case not in used_cases]
            rng.shuffle(available)
            needed = section.count
            for case in available:
                if needed <= 0:
                    break
                subs = sorted(cases[case])[:needed]
                picked.extend((section, sub, case) for sub in subs)
                used_cases.add(case)
                needed -= len(subs)
            if needed > 0:  # only when several case sections split the cases unluckily
                raise _shortfall_error([Shortfall(section, section.count, section.count - needed)])
            continue
        pools = {}  # chapter -> the ids this section may take (``section.wants``, without a call per id)
        for chapter, ids in standalone.get(section.qtype, {}).items():
            if section.written_kind:
                ids = [pk for pk in ids if kinds.get(pk, "") == section.written_kind]
            pools[chapter] = [pk for pk in ids if pk not in used] if used else ids
        section_weights = (
            {chapter: weights.get(chapter, 0) for chapter in pools}
            if weights
            else {chapter: len(ids) for chapter, ids in pools.items()}
        )
        if not any(section_weights.values()):
            section_weights = {chapter: len(ids) for chapter, ids in pools.items()}
        plan = _allocate(section.count, section_weights)
        chosen = []
        for chapter, wanted in plan.items():
            pool = pools[chapter]
            take = rng.sample(pool, min(wanted, len(pool)))
            chosen.extend(take)
        if len(chosen) < section.count:
            taken = set(chosen)
            leftovers = [pk for ids in pools.values() for pk in ids if pk not in taken]
            chosen.extend(rng.sample(leftovers, section.count - len(chosen)))
        used.update(chosen)
        picked.extend((section, pk, None) for pk in chosen)
    return picked


def _paper_for(blueprint, rng, bank):
    if blueprint.draw_mode != DrawMode.FIXED:
        return draw_paper(blueprint=blueprint, rng=rng, bank=bank)
    sections = {section.pk: section for section in bank.sections}
    stored = list(Blueprint.objects.filter(pk=blueprint.pk).values_list("fixed_question_ids", flat=True))[0] or []
    if stored and all(row[1] in bank.versions and row[0] in sections for row in stored):
        blueprint.fixed_question_ids = stored
        return [(sections[section_id], pk, case) for section_id, pk, case in stored]
    picked = draw_paper(blueprint=blueprint, rng=rng, bank=bank)
    blueprint.fixed_question_ids = [[s.pk, pk, case] for s, pk, case in picked]
    Blueprint.objects.filter(pk=blueprint.pk).update(fixed_question_ids=blueprint.fixed_question_ids)
    return picked


ITEM_FIELDS = [
    "attempt_id",
    "position",
    "question_id",
    "version_id",
    "case_version_id",
    "section_label",
    "chapter_id",
    "points",
]


def _item_rows(picked, versions=None):
    """The attempt items of the picked questions as plain rows (without the attempt id) and the paper's
    maximum score. Each item is pinned to its question's current version.

    ``versions`` maps question id -> (current version id, chapter id) when the caller has them (the
    draw's pool); otherwise only those ids are read, never the questions' texts. A question that was
    never frozen into a version (made outside the admin) is frozen here."""
    question_ids = {pk for _section, pk, _case in picked} | {case for _s, _pk, case in picked if case}
    rows = versions or {}
    if not question_ids <= rows.keys() or any(rows[pk][0] is None for pk in question_ids):
        rows = {pk: rows[pk] for pk in question_ids if pk in rows}
        rows.update(
            (pk, (version_id, chapter_id))
            for pk, version_id, chapter_id in Question.objects.filter(pk__in=question_ids - rows.keys())
            .order_by()
            .values_list("pk", "current_version_id", "chapter_id")
        )
        unversioned = [pk for pk in question_ids if rows[pk][0] is None]
        for question in Question.objects.filter(pk__in=unversioned):
            rows[question.pk] = (question.snapshot().pk, question.chapter_id)
        if unversioned:
            bank_changed()
    items, max_score = [], ZERO
    for position, (section, pk, case) in enumerate(picked, start=1):
        points = section.points_each if section else Decimal("1")
        max_score += points
        label = str(section) if section else ""
        items.append((position, pk, rows[pk][0], rows[case][0] if case else None, label, rows[pk][1], points))
    return items, max_score


def _create_attempt(item_rows, max_score, **fields):
    """The attempt and its items: the items are written as plain rows in one statement (COPY on
    PostgreSQL), since building a hundred model instances for ``bulk_create`` was most of the cost of
    starting a mock exam (the start-of-exam burst: see docs/benchmarks.md)."""
    attempt = Attempt.objects.create(max_score=max_score, **fields)
    insert_rows(AttemptItem, ITEM_FIELDS, [(attempt.pk, *row) for row in item_rows])
    return attempt


# Timed mock exams ------------------------------------------------------------------------------
@transaction.atomic
def start_mock_exam(*, user, blueprint, rng=None, now=None):
    """Open a timed mock exam, or return the one already in progress for this blueprint (resume)."""
    now = now or timezone.now()
    if not blueprint.is_active:
        raise ExamError(_("This mock exam is not offered at the moment."))
    existing = (
        Attempt.objects.select_for_update()
        .filter(user=user, blueprint=blueprint, mode=AttemptMode.MOCK, status=AttemptStatus.IN_PROGRESS)
        .first()
    )
    if existing is not None:
        if not existing.is_overdue(now):
            return existing
        submit_attempt(attempt_id=existing.pk, auto=True, now=now)
    bank = draw_bank(blueprint)
    picked = _paper_for(blueprint, rng or random.Random(), bank)
    item_rows, max_score = _item_rows(picked, bank.versions)
    return _create_attempt(
        item_rows,
        max_score,
        user=user,
        mode=AttemptMode.MOCK,
        paper_id=blueprint.paper_id,
        blueprint=blueprint,
        title=blueprint.name,
        started_at=now,
        deadline=now + timedelta(minutes=blueprint.time_limit_minutes),
        pass_score=blueprint.pass_score,
        partial_credit_per_option=blueprint.partial_credit_per_option,
    )


def save_answer(*, attempt=None, attempt_id=None, user=None, position, response=None, text=None, now=None):
    """Autosave one answer of an open attempt. Refused once the server's deadline has passed (the
    attempt is then submitted with what was saved before it).

    The autosave endpoint passes ``attempt_id`` and ``user`` instead of a loaded attempt: the item, its
    attempt and its version then come in one query (the attempt must be the user's, else
    ``Attempt.DoesNotExist``), and the answer is stored with one conditional UPDATE, so a save costs two
    queries besides the session and the user."""
    now = now or timezone.now()
    filters = {"attempt_id": attempt.pk if attempt is not None else attempt_id, "position": position}
    if user is not None:
        filters["attempt__user"] = user
    item = AttemptItem.objects.select_related("version", "attempt").filter(**filters).first()
    if item is None:
        if attempt is None and not Attempt.objects.filter(**{"pk": attempt_id, "user": user}).exists():
            raise Attempt.DoesNotExist
        raise ExamError(_("There is no question %(position)s in this attempt.") % {"position": position})
    attempt = item.attempt
    if not attempt.is_open:
        raise ExamError(_("This attempt has already been submitted; answers can no longer change."))
    if attempt.deadline is not None and now > attempt.deadline + DEADLINE_GRACE:
        submit_attempt(attempt_id=attempt.pk, auto=True, now=now)
        raise ExamError(_("Time is up: the attempt was submitted with the answers saved before the deadline."))
    if attempt.mode == AttemptMode.PRACTICE:
        raise ExamError(_("Practice answers are checked one at a time."))
    fields = {"answered_at": now}
    if item.version.qtype == QuestionType.WRITTEN:
        fields["text_response"] = (text or "")[:20000]
    else:
        fields["response"] = validate_response(version=item.version, response=response)
    updated = AttemptItem.objects.filter(pk=item.pk, attempt__status=AttemptStatus.IN_PROGRESS).update(**fields)
    if not updated:
        raise ExamError(_("This attempt has already been submitted; answers can no longer change."))
    for key, value in fields.items():
        setattr(item, key, value)
    return item


def save_answers(*, attempt, answers, now=None):
    """Save every answer posted with a plain form submission (no JavaScript). ``answers`` maps
    position -> response (letters or list) or text. Items whose value is unchanged are skipped."""
    items = {item.position: item for item in attempt.items.select_related("version")}
    changed = []
    for position, value in answers.items():
        item = items.get(position)
        if item is None:
            continue
        if item.version.qtype == QuestionType.WRITTEN:
            text = (value or "")[:20000]
            if text != item.text_response:
                item.text_response, item.answered_at = text, now or timezone.now()
                changed.append(item)
        else:
            response = validate_response(version=item.version, response=value)
            if response != item.response:
                item.response, item.answered_at = response, now or timezone.now()
                changed.append(item)
    AttemptItem.objects.bulk_update(changed, ["response", "text_response", "answered_at"])
    return len(changed)


@transaction.atomic
def submit_attempt(*, attempt_id, answers=None, auto=False, now=None):
    """Grade and close an attempt. Submitting twice is harmless: a closed attempt is returned as it is.

    ``answers`` (from a form posted without JavaScript) are saved first if they arrive before the
    deadline; after it, only what was already saved counts."""
    now = now or timezone.now()
    attempt = Attempt.objects.select_for_update().get(pk=attempt_id)
    if not attempt.is_open:
        return attempt
    late = attempt.deadline is not None and now > attempt.deadline + DEADLINE_GRACE
    if answers and not late:
        save_answers(attempt=attempt, answers=answers, now=now)
    items = list(attempt.items.select_related("version"))
    _grade_items(attempt, items)
    attempt.submitted_at = min(now, attempt.deadline) if late and attempt.deadline else now
    attempt.auto_submitted = auto or late
    _finish(attempt, items)
    _record_answers_for_review(attempt.user_id, items, now)
    snapshot_readiness(user=attempt.user, paper=attempt.paper, now=now)
    return attempt


def _grade_items(attempt, items):
    """Score every auto-graded item and store the scores with one UPDATE per distinct outcome
    (a handful: right, wrong, each partial score), which is much cheaper than a CASE per row."""
    outcomes = defaultdict(list)
    for item in items:
        if item.version.qtype == QuestionType.WRITTEN:
            continue
        item.score, item.is_correct = grade_response(
            qtype=item.version.qtype,
            key=item.version.answer,
            response=item.response,
            points=item.points,
            partial_per_option=attempt.partial_credit_per_option,
        )
        outcomes[(item.score, item.is_correct)].append(item.pk)
    for (score, correct), pks in outcomes.items():
        AttemptItem.objects.filter(pk__in=pks).update(score=score, is_correct=correct)


def _finish(attempt, items):
    waiting = any(item.score is None for item in items)
    attempt.score = sum((item.score or ZERO for item in items), ZERO)
    if waiting:
        attempt.status, attempt.passed = AttemptStatus.AWAITING_MARKING, None
    else:
        attempt.status = AttemptStatus.GRADED
        attempt.passed = attempt.score >= attempt.pass_score if attempt.pass_score is not None else None
    attempt.save(update_fields=["score", "status", "passed", "submitted_at", "auto_submitted", "updated_at"])


def submit_overdue_attempts(*, now=None):
    """Close every mock exam whose deadline has passed (run periodically; safe to run twice)."""
    now = now or timezone.now()
    count = 0
    for pk in Attempt.objects.overdue(now - DEADLINE_GRACE).values_list("pk", flat=True):
        submit_attempt(attempt_id=pk, auto=True, now=now)
        count += 1
    return count


def close_if_overdue(*, attempt, now=None):
    if attempt.is_overdue(now and now - DEADLINE_GRACE):
        return submit_attempt(attempt_id=attempt.pk, auto=True, now=now)
    return attempt


# Practice --------------------------------------------------------------------------------------
PRACTICE_TYPES = [QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE, QuestionType.INDEFINITE]


@transaction.atomic
def start_practice(*, user, paper, chapter=None, knowledge_point=None, size=PRACTICE_SIZE, rng=None):
    """A practice set of auto-graded questions from a chapter or knowledge point, questions the learner
    has not yet got right first."""
    rng = rng or random.Random()
    questions = Question.objects.live().filter(paper=paper, qtype__in=PRACTICE_TYPES)
    title = str(paper)
    if knowledge_point is not None:
        questions, title = questions.filter(knowledge_point=knowledge_point), f"{paper} · {knowledge_point.title}"
        chapter = knowledge_point.chapter
    elif chapter is not None:
        questions, title = questions.filter(chapter=chapter), f"{paper} · {chapter.title}"
    ids = list(questions.values_list("pk", "parent_id"))
    if not ids:
        raise ExamError(_("There are no live practice questions here yet."))
    mastered = set(
        AttemptItem.objects.filter(
            attempt__user=user, is_correct=True, question_id__in=[pk for pk, _p in ids]
        ).values_list("question_id", flat=True)
    )
    fresh = [row for row in ids if row[0] not in mastered]
    seen = [row for row in ids if row[0] in mastered]
    rng.shuffle(fresh)
    rng.shuffle(seen)
    chosen = (fresh + seen)[:size]
    item_rows, max_score = _item_rows([(None, pk, parent) for pk, parent in chosen])
    return _create_attempt(
        item_rows,
        max_score,
        user=user,
        mode=AttemptMode.PRACTICE,
        paper=paper,
        chapter=chapter,
        knowledge_point=knowledge_point,
        title=title,
    )


@transaction.atomic
def start_review(*, user, paper=None, now=None, size=PRACTICE_SIZE):
    """A practice set of the wrong-answer book's questions that are due now, all from one paper: the
    given one, or else the paper of the question most overdue (an attempt belongs to one paper, whose
    readiness it feeds)."""
    now = now or timezone.now()
    due = ReviewCard.objects.filter(user=user, in_wrong_book=True, due__lte=now, question__status=QuestionStatus.LIVE)
    if paper is None:
        first = due.select_related("question__paper").order_by("due", "pk").first()
        paper = first.question.paper if first else None
    cards = (
        list(due.filter(question__paper=paper).select_related("question").order_by("due", "pk")[:size]) if paper else []
    )
    if not cards:
        raise ExamError(_("Nothing is due for review right now."))
    item_rows, max_score = _item_rows([(None, card.question_id, card.question.parent_id) for card in cards])
    return _create_attempt(
        item_rows, max_score, user=user, mode=AttemptMode.PRACTICE, paper=paper, title=_("Wrong-answer review")
    )


def next_practice_item(attempt):
    return attempt.items.select_related("version", "case_version").filter(answered_at__isnull=True).first()


@transaction.atomic
def answer_practice(*, attempt, position, response, now=None):
    """Check one practice answer at once; the feedback (key, explanation) may then be shown."""
    now = now or timezone.now()
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.mode != AttemptMode.PRACTICE:
        raise ExamError(_("Mock exam answers are checked after the paper is submitted."))
    item = attempt.items.select_related("version").filter(position=position).first()
    if item is None:
        raise ExamError(_("There is no question %(position)s in this set.") % {"position": position})
    if item.answered_at is not None:
        return item  # answered already (a double click or a resubmitted form): keep the first answer
    item.response = validate_response(version=item.version, response=response)
    if not item.response:
        raise ExamError(_("Choose an answer first."))
    item.score, item.is_correct = grade_response(
        qtype=item.version.qtype,
        key=item.version.answer,
        response=item.response,
        points=item.points,
        partial_per_option=attempt.partial_credit_per_option,
    )
    item.answered_at = now
    item.save(update_fields=["response", "score", "is_correct", "answered_at"])
    _record_answers_for_review(attempt.user_id, [item], now)
    if not attempt.items.filter(answered_at__isnull=True).exists():
        items = list(attempt.items.all())
        attempt.submitted_at = now
        _finish(attempt, items)
        snapshot_readiness(user=attempt.user, paper=attempt.paper, now=now)
    return item


# Self-checks: practice sets placed in lessons, and courses' final quizzes ------------------------
def self_check_points(qtype):
    """Points of one self-check question: set types carry two, so the partial rule can give half."""
    return Decimal("2") if qtype in SET_TYPES else Decimal("1")


def check_practice_set(*, practice_set, answers, user=None, token="", now=None):
    """Check every answer of a practice set on the server.

    ``answers`` maps question id -> the chosen letters (a string or a list). Every question must be
    answered (otherwise ExamError names the ones left, and nothing about the key is revealed). For an
    anonymous visitor the result is computed and returned only; for a signed-in learner it is stored
    as a practice attempt (the wrong-answer book gets the misses) and the same ``token`` sent twice,
    e.g. a double click or a resubmitted form, returns the first attempt instead of a second one.
    Returns (attempt or None, items): items are AttemptItem objects (saved only for a learner)."""
    now = now or timezone.now()
    signed_in = user is not None and user.is_authenticated
    token = (token or "")[:40] if signed_in else ""
    if token:
        earlier = Attempt.objects.filter(user=user, submission_token=token).first()
        if earlier is not None:
            return earlier, stored_self_check_items(earlier)
    questions = practice_set.live_questions()
    if not questions:
        raise ExamError(_("This self-check has no questions yet."))
    items, missing = [], []
    for position, question in enumerate(questions, start=1):
        version = question.current_version or question.snapshot()
        response = validate_response(version=version, response=answers.get(question.pk))
        if not response:
            missing.append(str(position))
        item = AttemptItem(
            position=position,
            question=question,
            version=version,
            chapter_id=question.chapter_id,
            points=self_check_points(version.qtype),
            response=response,
            answered_at=now,
        )
        item.score, item.is_correct = grade_response(
            qtype=version.qtype, key=version.answer, response=response, points=item.points
        )
        items.append(item)
    if missing:
        raise ExamError(
            _("Answer every question before checking; still open: %(numbers)s.") % {"numbers": ", ".join(missing)}
        )
    if not signed_in:
        return None, items
    try:
        with transaction.atomic():
            attempt = _store_self_check(practice_set, user, token, items, now)
    except IntegrityError:  # the same token arrived twice at once: the first one stored the attempt
        attempt = Attempt.objects.get(user=user, submission_token=token)
        return attempt, stored_self_check_items(attempt)
    return attempt, items


def _store_self_check(practice_set, user, token, items, now):
    max_score = sum((item.points for item in items), ZERO)
    pass_score = None
    if practice_set.pass_percent:
        pass_score = (max_score * practice_set.pass_percent / 100).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)
    attempt = Attempt.objects.create(
        user=user,
        mode=AttemptMode.PRACTICE,
        paper_id=items[0].question.paper_id,
        practice_set=practice_set,
        submission_token=token,
        title=practice_set.title,
        started_at=now,
        max_score=max_score,
        pass_score=pass_score,
    )
    for item in items:
        item.attempt = attempt
    AttemptItem.objects.bulk_create(items)
    attempt.submitted_at = now
    _finish(attempt, items)
    _record_answers_for_review(user.pk, items, now)
    if attempt.passed:
        _announce_final_quiz_passes(attempt)
    return attempt


def stored_self_check_items(attempt):
    return list(attempt.items.select_related("version", "question").order_by("position"))


def latest_self_check(*, user, practice_set):
    """The learner's latest checked attempt at a practice set, or None (anonymous visitors have none)."""
    if user is None or not user.is_authenticated:
        return None
    return (
        Attempt.objects.filter(user=user, practice_set=practice_set, status=AttemptStatus.GRADED)
        .order_by("-started_at", "-pk")
        .first()
    )


def final_quiz_passed(*, user, course):
    """Whether ``user`` has passed ``course``'s final quiz: None when the course has no final quiz."""
    if not course.final_quiz_id:
        return None
    if user is None or not user.is_authenticated:
        return False
    return Attempt.objects.filter(user=user, practice_set_id=course.final_quiz_id, passed=True).exists()


def _announce_final_quiz_passes(attempt):
    """Send ``signals.final_quiz_passed`` once per course whose final quiz this attempt passes first."""
    from courses.models import CoursePage

    earlier = (
        Attempt.objects.filter(user_id=attempt.user_id, practice_set_id=attempt.practice_set_id, passed=True)
        .exclude(pk=attempt.pk)
        .exists()
    )
    if earlier:
        return
    user = attempt.user
    for course in CoursePage.objects.filter(final_quiz_id=attempt.practice_set_id):
        transaction.on_commit(
            lambda course=course: signals.final_quiz_passed.send(sender=None, user=user, course=course)
        )


# Wrong-answer book and spaced repetition -------------------------------------------------------
def _record_answers_for_review(user_id, items, now):
    """A wrong answer puts the question in the wrong-answer book; every answer to a question in the
    book is an FSRS review (right: Good, wrong: Again); GRADUATE_AFTER right in a row takes it out."""
    graded = [item for item in items if item.is_correct is not None]
    if not graded:
        return
    cards = {
        card.question_id: card
        for card in ReviewCard.objects.filter(user_id=user_id, question_id__in=[i.question_id for i in graded])
    }
    to_create, to_update = [], []
    for item in graded:
        card = cards.get(item.question_id)
        if card is None:
            if item.is_correct:
                continue
            card = ReviewCard(user_id=user_id, question_id=item.question_id)
            to_create.append(card)
        elif not card.in_wrong_book and item.is_correct:
            continue
        else:
            to_update.append(card)
        review_card(card=card, correct=bool(item.is_correct), now=now)
    ReviewCard.objects.bulk_create(to_create)
    ReviewCard.objects.bulk_update(
        to_update,
        ["in_wrong_book", "fsrs_card", "due", "correct_streak", "times_wrong", "last_reviewed_at", "updated_at"],
    )


def review_card(*, card, correct, now):
    """Apply one review to a card in memory (the caller saves it)."""
    # An explicit card_id: without one, fsrs.Card sleeps a millisecond to make a time-based id.
    fsrs_card = Card.from_dict(card.fsrs_card) if card.fsrs_card else Card(card_id=card.question_id, due=now)
    fsrs_card, _log = SCHEDULER.review_card(fsrs_card, Rating.Good if correct else Rating.Again, review_datetime=now)
    card.fsrs_card = fsrs_card.to_dict()
    card.due = fsrs_card.due
    card.last_reviewed_at = now
    card.updated_at = now
    if correct:
        card.correct_streak += 1
        if card.correct_streak >= ReviewCard.GRADUATE_AFTER:
            card.in_wrong_book = False
    else:
        card.correct_streak = 0
        card.times_wrong += 1
        card.in_wrong_book = True
    return card


def due_today_count(*, user, paper=None, now=None):
    now = timezone.localtime(now or timezone.now())
    end_of_day = timezone.make_aware(datetime.combine(now.date(), time.max))
    cards = ReviewCard.objects.filter(
        user=user, in_wrong_book=True, due__lte=end_of_day, question__status=QuestionStatus.LIVE
    )
    return (cards.filter(question__paper=paper) if paper is not None else cards).count()


BOOK_WRONG, BOOK_FAVOURITES = "wrong", "favourites"


def review_book(*, user, show=BOOK_WRONG, paper=None):
    """A learner's wrong-answer book (or favourites), the soonest due first, optionally for one paper.

    Each card carries ``last_item_id``: the learner's latest *graded* answer to the question (a
    practice answer already checked, or an item of a submitted paper), which the book shows with the
    key and explanation. An answer still open in a mock exam is never one of them, so the book cannot
    reveal a key before the paper is submitted; a favourite never answered has none."""
    cards = ReviewCard.objects.filter(user=user)
    cards = cards.filter(is_favourite=True) if show == BOOK_FAVOURITES else cards.filter(in_wrong_book=True)
    if paper is not None:
        cards = cards.filter(question__paper=paper)
    last_graded = (
        AttemptItem.objects.filter(
            attempt__user=OuterRef("user_id"), question=OuterRef("question_id"), is_correct__isnull=False
        )
        .order_by("-pk")
        .values("pk")[:1]
    )
    return (
        cards.select_related("question__chapter", "question__paper", "question__current_version")
        .annotate(last_item_id=Subquery(last_graded))
        .order_by("due", "pk")
    )


def review_book_counts(*, user):
    """How many questions are in the learner's wrong-answer book and favourites, and the papers they
    come from (for the book's filter): two queries whatever the size of the book."""
    counts = ReviewCard.objects.filter(user=user).aggregate(
        wrong=Count("pk", filter=Q(in_wrong_book=True)), favourites=Count("pk", filter=Q(is_favourite=True))
    )
    papers = Paper.objects.filter(
        Q(questions__review_cards__in_wrong_book=True) | Q(questions__review_cards__is_favourite=True),
        questions__review_cards__user=user,
    ).distinct()
    return counts, list(papers.order_by("position", "name"))


def attach_last_answers(cards):
    """Set ``card.last_item`` on each card of a page of ``review_book`` (one query for the page)."""
    ids = [card.last_item_id for card in cards if card.last_item_id]
    items = AttemptItem.objects.select_related("version", "case_version", "chapter").in_bulk(ids)
    for card in cards:
        card.last_item = items.get(card.last_item_id)
    return cards


@transaction.atomic
def toggle_favourite(*, user, question):
    card, _created = ReviewCard.objects.get_or_create(user=user, question=question)
    card.is_favourite = not card.is_favourite
    card.save(update_fields=["is_favourite", "updated_at"])
    return card


# Written answers -------------------------------------------------------------------------------
@transaction.atomic
def mark_written_answer(*, item_id, marker, score, comment=""):
    """Record a reviewer's mark for a written answer; the attempt is graded once nothing awaits marking."""
    item = AttemptItem.objects.select_for_update().select_related("version", "attempt").get(pk=item_id)
    if item.version.qtype != QuestionType.WRITTEN:
        raise ExamError(_("Only written answers are marked by a reviewer."))
    if item.attempt.status == AttemptStatus.IN_PROGRESS:
        raise ExamError(_("The attempt has not been submitted yet."))
    try:
        score = Decimal(str(score)).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)
    except ArithmeticError as error:
        raise ExamError(_("Enter the score as a number.")) from error
    if score < 0 or score > item.points:
        raise ExamError(_("The score must be between 0 and %(points)s.") % {"points": item.points})
    item.score, item.is_correct = score, score >= item.points * Decimal("0.6")
    item.marked_by, item.marked_at, item.marker_comment = marker, timezone.now(), comment
    item.save(update_fields=["score", "is_correct", "marked_by", "marked_at", "marker_comment"])
    attempt = Attempt.objects.select_for_update().get(pk=item.attempt_id)
    if attempt.status == AttemptStatus.AWAITING_MARKING:
        items = list(attempt.items.all())
        if all(i.score is not None for i in items):
            _finish(attempt, items)
    return item


# Exam plan -------------------------------------------------------------------------------------
@transaction.atomic
def set_exam_plan(*, user, exam, target_date):
    if target_date < timezone.localdate():
        raise ExamError(_("The exam date must be today or later."))
    plan, _created = ExamPlan.objects.update_or_create(user=user, exam=exam, defaults={"target_date": target_date})
    return plan


@transaction.atomic
def record_paper_pass(*, user, exam, paper, year):
    if not exam.papers.filter(pk=paper.pk).exists():
        raise ExamError(_("%(exam)s does not include the paper %(paper)s.") % {"exam": exam, "paper": paper})
    if year > timezone.localdate().year or year < 2000:
        raise ExamError(_("Enter the year you passed, not a future year."))
    try:
        with transaction.atomic():
            return PaperPass.objects.create(user=user, exam=exam, paper=paper, year=year)
    except IntegrityError:
        passed = PaperPass.objects.get(user=user, exam=exam, paper=paper)
        passed.year = year
        passed.save(update_fields=["year"])
        return passed


# Readiness -------------------------------------------------------------------------------------
PRIOR_WEIGHT = Decimal("5")  # points of imaginary 50 % answers that keep a few lucky answers from reading as mastery
WINDOW = timedelta(days=120)


def readiness(*, user, paper, now=None):
    """Mastery per chapter (share of points earned recently, smoothed towards 50 %) and the predicted
    score of the paper's main blueprint. Two queries."""
    now = now or timezone.now()
    blueprint = (
        Blueprint.objects.filter(paper=paper, is_active=True)
        .prefetch_related("sections", "chapter_weights")
        .order_by("-time_limit_minutes", "pk")
        .first()
    )
    chapters = list(Chapter.objects.filter(paper=paper))
    rows = (
        AttemptItem.objects.filter(
            attempt__user=user, attempt__paper=paper, score__isnull=False, answered_at__gte=now - WINDOW
        )
        .values("chapter_id")
        .annotate(earned=Sum("score"), possible=Sum("points"))
    )
    earned = {row["chapter_id"]: (row["earned"] or ZERO, row["possible"] or ZERO) for row in rows}
    result = []
    for chapter in chapters:
        got, possible = earned.get(chapter.pk, (ZERO, ZERO))
        mastery = (got + PRIOR_WEIGHT / 2) / (possible + PRIOR_WEIGHT)
        result.append({"chapter": chapter, "mastery": mastery, "answered_points": possible})
    if blueprint:
        weights = {row.chapter_id: row.weight for row in blueprint.chapter_weights.all()}
        total_points, pass_score = blueprint.total_points, blueprint.pass_score
    else:
        weights, total_points, pass_score = {}, Decimal("100"), Decimal("60")
    if not weights:
        weights = {row["chapter"].pk: 1 for row in result}
    weight_sum = sum(weights.get(row["chapter"].pk, 0) for row in result) or 1
    overall = sum((row["mastery"] * weights.get(row["chapter"].pk, 0) for row in result), ZERO) / weight_sum
    predicted = (overall * total_points).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)
    practised = [row for row in result if row["answered_points"]]
    weakest = min(practised or result, key=lambda row: row["mastery"], default=None)
    return {
        "paper": paper,
        "blueprint": blueprint,
        "chapters": result,
        "mastery": overall,
        "predicted_score": predicted,
        "total_points": total_points,
        "pass_score": pass_score,
        "likely_to_pass": predicted >= pass_score,
        "weakest": weakest["chapter"] if weakest else None,
        "evidence_points": sum((row["answered_points"] for row in result), ZERO),
    }


def snapshot_readiness(*, user, paper, now=None):
    now = now or timezone.now()
    figures = readiness(user=user, paper=paper, now=now)
    ReadinessSnapshot.objects.update_or_create(
        user=user,
        paper=paper,
        day=timezone.localtime(now).date(),
        defaults={
            "mastery": figures["mastery"].quantize(Decimal("0.001")),
            "predicted_score": figures["predicted_score"],
            "pass_score": figures["pass_score"],
        },
    )
    return figures


def exam_plan_status(*, user, today=None):
    """Each plan with its papers: passed (and until which year it counts) or still to pass before the
    window of the earliest valid pass closes; whether every paper is passed; and the passes that stop
    counting before the planned exam's year (the plan then means sitting those papers again)."""
    today = today or timezone.localdate()
    plans = list(ExamPlan.objects.filter(user=user).select_related("exam").prefetch_related("exam__papers"))
    passes = {(p.exam_id, p.paper_id): p for p in PaperPass.objects.filter(user=user).select_related("exam")}
    result = []
    for plan in plans:
        papers = []
        valid_passes = []
        for paper in plan.exam.papers.all():
            passed = passes.get((plan.exam_id, paper.pk))
            valid = passed is not None and passed.is_valid(today)
            if valid:
                valid_passes.append(passed)
            papers.append({"paper": paper, "pass": passed, "valid": valid})
        window_closes = min((p.last_valid_year for p in valid_passes), default=None)
        remaining = [row["paper"] for row in papers if not row["valid"]]
        result.append(
            {
                "plan": plan,
                "papers": papers,
                "window_closes": window_closes,
                "days_left": (plan.target_date - today).days,
                "complete": bool(papers) and not remaining,
                "remaining": remaining,
                # passes that stop counting before the planned exam: those papers must be sat again then
                "expiring": [
                    row for row in papers if row["valid"] and row["pass"].last_valid_year < plan.target_date.year
                ],
                # a later year's exam still falls in the window (this year's may already be over)
                "window_open_later": window_closes is not None and window_closes > today.year,
            }
        )
    return result
