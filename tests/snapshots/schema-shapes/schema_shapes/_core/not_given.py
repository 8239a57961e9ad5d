"""The ``NOT_GIVEN`` sentinel: "argument omitted", unlike an explicit ``None``."""

from __future__ import annotations

from typing import Any, Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven:
    """Marks an argument the caller did not pass.

    ``None`` is a real value in many APIs (it is sent as JSON ``null``), so omission
    needs its own marker. There is exactly one instance, ``NOT_GIVEN``; it is falsy
    so ``if value:`` checks treat it like an absent value.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # A singleton, so identity checks (``value is NOT_GIVEN``) always work.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        # Unpickles to the module-level singleton rather than a new instance.
        return "NOT_GIVEN"


NOT_GIVEN: Final[NotGiven] = NotGiven()
