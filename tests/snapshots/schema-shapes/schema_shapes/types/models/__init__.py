"""Pydantic models of responses."""

import typing

from ..._core.lazy import lazy_exports

if typing.TYPE_CHECKING:
    from .check import Check as Check
    from .document import Document as Document
    from .document_input import DocumentInput as DocumentInput
    from .error_details import ErrorDetails as ErrorDetails
    from .inner_errors import InnerErrors as InnerErrors
    from .json import Json as Json
    from .keys_list_response import KeysListResponse as KeysListResponse
    from .meta import Meta as Meta
    from .outline import Outline as Outline
    from .page_links import PageLinks as PageLinks
    from .source_generic import SourceGeneric as SourceGeneric
    from .source_github import SourceGithub as SourceGithub
    from .source_input_generic import SourceInputGeneric as SourceInputGeneric
    from .source_input_github import SourceInputGithub as SourceInputGithub
    from .updatable import Updatable as Updatable
    from .window import Window as Window

__all__ = [
    "Check",
    "Document",
    "DocumentInput",
    "ErrorDetails",
    "InnerErrors",
    "Json",
    "KeysListResponse",
    "Meta",
    "Outline",
    "PageLinks",
    "SourceGeneric",
    "SourceGithub",
    "SourceInputGeneric",
    "SourceInputGithub",
    "Updatable",
    "Window",
]

# Imported on first use, so that importing the package does not import every module.
if not typing.TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__,
        {
            "Check": ".check",
            "Document": ".document",
            "DocumentInput": ".document_input",
            "ErrorDetails": ".error_details",
            "InnerErrors": ".inner_errors",
            "Json": ".json",
            "KeysListResponse": ".keys_list_response",
            "Meta": ".meta",
            "Outline": ".outline",
            "PageLinks": ".page_links",
            "SourceGeneric": ".source_generic",
            "SourceGithub": ".source_github",
            "SourceInputGeneric": ".source_input_generic",
            "SourceInputGithub": ".source_input_github",
            "Updatable": ".updatable",
            "Window": ".window",
        },
    )
