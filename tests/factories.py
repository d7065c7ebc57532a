import factory
from allauth.account.models import EmailAddress

from learning.accounts.models import User, UserKind

DEFAULT_PASSWORD = "correct-horse-battery-9"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.cn")
    display_name = factory.Sequence(lambda n: f"学员{n}")
    kind = UserKind.STAFF
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Verified by default; UserFactory(verified=False) leaves the address unconfirmed."""
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=extracted is not False)
