"""One difference in an SDK's public surface, and whether it breaks a caller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ChangeKind = Literal[
    "package_renamed",
    "resource_added",
    "resource_removed",
    "method_added",
    "method_removed",
    "response_type_changed",
    "parameter_added",
    "parameter_removed",
    "parameter_renamed",
    "parameter_made_required",
    "parameter_made_optional",
    "parameter_type_narrowed",
    "parameter_type_widened",
    "parameter_type_changed",
    "enum_values_added",
    "enum_values_removed",
    "request_field_added",
    "request_field_removed",
    "request_field_made_required",
    "request_field_made_optional",
    "request_field_type_narrowed",
    "request_field_type_widened",
    "request_field_type_changed",
    "response_field_added",
    "response_field_removed",
    "response_field_made_optional",
    "response_field_made_required",
    "response_field_made_nullable",
    "response_field_type_narrowed",
    "response_field_type_widened",
    "response_field_type_changed",
    "model_added",
    "model_removed",
    "model_renamed",
]


@dataclass(frozen=True)
class Change:
    """One difference in the SDK's public surface."""

    kind: ChangeKind
    where: str  # what the caller writes: `client.v1.lip_sync.create(height=...)`
    detail: str  # markdown
    breaking: bool

    @property
    def label(self) -> str:
        """The kind in words: `parameter_made_required` → "Parameter made required"."""
        return self.kind.replace("_", " ").capitalize()


# Non-breaking changes that give the caller something new: they make the bump at least "minor".
# Every other non-breaking change (an output that promises less) is a "patch".
_ADDITIONS: frozenset[ChangeKind] = frozenset(
    {
        "resource_added",
        "method_added",
        "response_type_changed",
        "parameter_added",
        "parameter_made_optional",
        "parameter_type_widened",
        "enum_values_added",
        "request_field_added",
        "request_field_made_optional",
        "request_field_type_widened",
        "response_field_added",
        "model_added",
    }
)


def is_addition(change: Change) -> bool:
    return not change.breaking and change.kind in _ADDITIONS
