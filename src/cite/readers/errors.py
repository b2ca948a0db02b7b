"""The readers' one error type."""


class ReadError(Exception):
    """A file that cannot be read or decoded; the message names the file and the cause."""
