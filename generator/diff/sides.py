"""One side of a comparison: an API indexed by the names a caller writes."""

from __future__ import annotations

from ..model.api import Api, Flavour, ObjectType, Resource


class Side:
    """One API indexed by what a caller names."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.resources: dict[tuple[str, ...], Resource] = {}
        self.types: dict[tuple[Flavour, str], ObjectType] = {
            (object_type.flavour, object_type.name): object_type for object_type in api.object_types
        }
        # TypedDicts of bodies flattened into keyword arguments: their changes are parameter changes
        self.flattened: set[str] = set()
        for resource in api.all_resources():
            self.resources[resource.path] = resource
            for op in resource.operations:
                if op.body is not None and op.body.flattened and op.body.type.kind == "named":
                    self.flattened.add(op.body.type.name)

    def type_names(self, flavour: Flavour) -> set[str]:
        return {name for type_flavour, name in self.types if type_flavour == flavour}
