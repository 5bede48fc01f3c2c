"""Errors that carry the input they are about; at the edges they become one report line."""
from __future__ import annotations


class InputError(Exception):
    """A document that cannot be read: `location` names the file or URL, `reason` says why."""

    def __init__(self, location: str, reason: str):
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason
