"""A safe YAML loader that refuses a key written twice in one mapping: YAML keeps the last silently, so a word
list's entry written again further on would drop the first one's words without a word of warning."""

from __future__ import annotations

import yaml

# libyaml's loader where PyYAML was built with it (reading the intents is ~4x faster); the same safe constructors
# and the same marks (lines) either way
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_unique_keys(loader: yaml.SafeLoader, node: yaml.MappingNode) -> None:
    """A ConstructorError at the second of two equal keys of a mapping."""
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark, f"found the key {key!r} twice", key_node.start_mark
            )
        seen.add(key)


class UniqueKeyLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_unique(loader: UniqueKeyLoader, node: yaml.MappingNode) -> dict[object, object]:
    check_unique_keys(loader, node)
    return loader.construct_mapping(node, deep=True)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique)
