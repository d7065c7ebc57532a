class EnrolmentError(Exception):
    """A rule of enrolment or attendance was broken; the message is written for the person who tried."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)
