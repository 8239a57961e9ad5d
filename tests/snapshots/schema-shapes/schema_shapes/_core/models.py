"""The base of every response model: pydantic, plus ``to_dict()`` and ``to_json()``.

Both speak the API's language by default: keys are the wire names (``createdAt``,
not ``created_at``), and only the fields that were set are included
(``exclude_unset``): a field the response left out stays out, rather than coming
back as ``null``, so ``Model.model_validate(model.to_dict())`` and the JSON the
server sent hold the same keys. Fields the spec does not list (kept because models
allow extra fields) are included too.
"""

from __future__ import annotations

from typing import Any, Literal

import pydantic

__all__ = ["SDKModel"]


class SDKModel(pydantic.BaseModel):
    """A response model of the API."""

    # Validators are built when a model is first used, not as its module is imported:
    # a response whose model refers to dozens of others builds one validator for all
    # of them, rather than one for each model on the way.
    model_config = pydantic.ConfigDict(defer_build=True)

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """This model as a dictionary.

        Args:
            mode: ``"python"`` keeps Python values (``datetime``, nested models as
                dictionaries); ``"json"`` gives only JSON types (dates as strings).
            use_api_names: Keys as the API writes them (the default), or the
                attribute names.
            exclude_unset: Leave out the fields that were not set: not in the
                response, nor given when the model was built (the default).
            exclude_defaults: Leave out the fields equal to their default.
            exclude_none: Leave out the fields that are ``None``.
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """This model as JSON text, with the keys and the fields of ``to_dict()``.

        Args:
            indent: Spaces per level of indentation; ``None`` for one line.
            use_api_names: Keys as the API writes them (the default), or the
                attribute names.
            exclude_unset: Leave out the fields that were not set (the default).
            exclude_defaults: Leave out the fields equal to their default.
            exclude_none: Leave out the fields that are ``None``.
        """
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
