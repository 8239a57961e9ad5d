"""TypedDicts for request arguments."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .checks_create_body import ChecksCreateBody as ChecksCreateBody
    from .document_input import DocumentInput as DocumentInput
    from .json import Json as Json
    from .outline import Outline as Outline
    from .source_input_generic import SourceInputGeneric as SourceInputGeneric
    from .source_input_github import SourceInputGithub as SourceInputGithub

__all__ = [
    "ChecksCreateBody",
    "DocumentInput",
    "Json",
    "Outline",
    "SourceInputGeneric",
    "SourceInputGithub",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "ChecksCreateBody": ".checks_create_body",
            "DocumentInput": ".document_input",
            "Json": ".json",
            "Outline": ".outline",
            "SourceInputGeneric": ".source_input_generic",
            "SourceInputGithub": ".source_input_github",
        },
    )
