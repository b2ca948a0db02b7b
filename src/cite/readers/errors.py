"""The readers' one error type."""


class ReadError(Exception):
    """A file that cannot be read or decoded; the message names the file and the cause."""


class NotFollowed(ReadError):
    """Something a directory walk leaves out on purpose (a symbolic link to a folder): a warning, not an error."""
