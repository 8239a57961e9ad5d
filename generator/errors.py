"""Errors the generator reports to its user: each one says what went wrong and where."""

from __future__ import annotations

from dataclasses import dataclass

_MAX_POINTER = 240


@dataclass(frozen=True)
class Location:
    """A place in a spec: the file, the JSON pointer, and the line/column when the loader saw it."""

    file: str
    pointer: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        if self.pointer:
            pointer = self.pointer
            if len(pointer) > _MAX_POINTER:  # a hostile depth must not flood the terminal
                pointer = pointer[: _MAX_POINTER // 2] + " … " + pointer[-_MAX_POINTER // 2 :]
            place += f" (at {pointer})"
        return place


class GeneratorError(Exception):
    """Base of every error the command line turns into a message and an exit code."""

    exit_code = 1

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class SpecError(GeneratorError):
    """The spec cannot be read, is not valid OpenAPI, or asks for something the generator refuses."""


class UsageError(GeneratorError):
    """The command was called wrongly (bad flags, an output folder we must not touch)."""

    exit_code = 2
