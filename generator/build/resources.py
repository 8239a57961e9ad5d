"""The resource tree: operations grouped by the non-parameter segments of their paths."""

from __future__ import annotations

from collections import defaultdict

from ..model import naming, runtime
from ..model.api import Operation, Resource
from .operations import resource_key


def resource_tree(
    operations: dict[tuple[str, ...], list[Operation]],
    package: str,
    client_names: tuple[str, str] = ("Client", "AsyncClient"),
) -> tuple[Resource, ...]:
    """The top-level resources, each holding its children; `operations` is keyed by the raw
    segments of the paths (`("v1", "lip-sync")`)."""
    keyed: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
    for segments, ops in sorted(operations.items()):
        keyed[resource_key(segments)].extend(ops)
    # The spelling a class name is made from: per key, the raw segments seen last; per prefix,
    # those of the first key (in key order) below it.
    raw_by_key = {resource_key(segments): segments for segments in operations}
    spelling: dict[tuple[str, ...], str] = {}
    for key, segments in sorted(raw_by_key.items()):
        for depth in range(1, len(key) + 1):
            spelling.setdefault(key[:depth], segments[depth - 1])

    def build(
        prefix: tuple[str, ...], module_path: tuple[str, ...], own_classes: tuple[str, ...]
    ) -> tuple[Resource, ...]:
        child_keys = sorted(
            {
                key[len(prefix)]
                for key in keyed
                if key[: len(prefix)] == prefix and len(key) > len(prefix)
            }
        )
        taken = {op.method for op in keyed.get(prefix, [])} | naming.RESERVED_RESOURCE_ATTRS
        attrs = naming.unique(child_keys, taken=taken)
        # A resource's module defines its own classes and imports its children's and the
        # runtime's: they must differ (`/items` beside `/items/items/{id}`: the child is
        # `ItemsItemsClient`; `/base` cannot be `AsyncBaseClient`).
        names_in_module = {*own_classes, *runtime.exported_names(), "Environment"}
        children = []
        for key, attr in zip(child_keys, attrs, strict=True):
            path = (*prefix, key)
            folder = (*module_path, attr)
            class_names = class_names_for(path, names_in_module)
            names_in_module.update((*class_names, *naming.twin_names(class_names)))
            children.append(
                Resource(
                    attr=attr,
                    path=folder,
                    qualified_name=".".join(folder),
                    class_names=class_names,
                    raw_class_names=naming.raw_response_names(class_names),
                    streaming_class_names=naming.streaming_response_names(class_names),
                    accessor=naming.accessor(folder),
                    module=naming.resource_module(package, folder),
                    doc_path=naming.resource_doc_path(package, folder),
                    operations=tuple(keyed.get(path, [])),
                    children=build(
                        path, folder, (*class_names, *naming.twin_names(class_names))
                    ),
                )
            )
        return tuple(children)

    def class_names_for(path: tuple[str, ...], taken: set[str]) -> tuple[str, str]:
        """From the last segment (`ItemsClient`); from the whole path when that is taken in the
        module where the class is imported; then with a counter."""
        for depth in (1, len(path)):
            words = " ".join(spelling[path[:i]] for i in range(len(path) - depth + 1, len(path) + 1))
            class_names = naming.client_names(naming.pascal(words) + "Client")
            if not set(class_names) & taken:
                return class_names
        base, counter = class_names[0], 1
        while set(class_names) & taken:
            counter += 1
            class_names = naming.client_names(f"{base}{counter}")
        return class_names

    # The root module defines the root clients (named by the configuration).
    return build((), (), client_names)
