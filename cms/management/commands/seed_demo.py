from django.core.management.base import BaseCommand

from cms import demo as cms_demo
from courses import demo as courses_demo
from learning.accounts import demo as accounts_demo
from learning.enrolment import demo as enrolment_demo
from learning.exams import demo as exams_demo
from learning.outreach import demo as outreach_demo
from learning.talent import demo as talent_demo


class Command(BaseCommand):
    help = "Build the demo site: pages, site settings and demo accounts. Safe to run again."

    def handle(self, *args, **options):
        cms_demo.build(stdout=self.stdout)
        courses_demo.build(stdout=self.stdout)
        accounts = accounts_demo.build(stdout=self.stdout)
        accounts += talent_demo.build(stdout=self.stdout)
        courses_demo.build_hub(stdout=self.stdout)
        accounts += outreach_demo.build(stdout=self.stdout)
        exams_demo.build(stdout=self.stdout)
        enrolment_demo.build(stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(f"Demo site ready. Demo accounts (password: {accounts_demo.DEMO_PASSWORD}):")
        )
        for email, purpose in accounts:
            self.stdout.write(f"  {email:<22} {purpose}")
