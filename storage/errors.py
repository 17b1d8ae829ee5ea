"""Errors the command line reports in one line, importable without the database layer."""


class MasterKeyError(Exception):
    """The master key is missing or wrong; the message is one line for the operator."""
