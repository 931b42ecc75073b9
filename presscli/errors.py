"""The exceptions presscli raises on purpose; their messages are safe to show a user as one line."""

from __future__ import annotations


class PresscliError(Exception):
    """Base class: a problem with the input or the environment, not a bug."""


class InputError(PresscliError):
    """The input cannot be read: missing, a directory, empty, binary or undecodable."""
