"""Signals other areas listen to.

``final_quiz_passed`` is sent (``sender=None, user=..., course=...``) after the transaction commits
when a learner passes a course's final quiz for the first time; enrolment completion connects to it.
"""

from django.dispatch import Signal

final_quiz_passed = Signal()
