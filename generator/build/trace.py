"""What each step of the build read from, and wrote to, the state the whole build shares.

Names are decided across the whole model (a class takes the first free name, a schema typed
by one operation is not typed again by the next), so a step's result depends on its own part
of the document and on that shared state. Every container of it is a `Traced` one: while the
`Ledger` records a step, the first read of each entry (before the step writes it) is kept with
the value it found, and every write with the value written. Building is deterministic: a step
whose part of the document is unchanged (see `reuse.py`) and that finds every entry it read as
it read it takes the same path, so its writes, replayed, leave the state exactly as building
it would, and its result is the one remembered. A step that reads a whole container (iterates
it) cannot be checked entry by entry: its recording says so.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, Generic, TypeVar, cast

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
# Entries by container name, then by key: how reads and writes are kept and compared.
Entries = dict[str, dict[Any, Any]]


class Absent(enum.Enum):
    """The value of an entry that is not there (pickled by name: the same on every run)."""

    ABSENT = "absent"


ABSENT = Absent.ABSENT
_WRITTEN = object()  # while recording: an entry the step wrote before it read it


class Ledger:
    """The shared state's containers, by name, and the recording of the step under way."""

    def __init__(self) -> None:
        self.containers: dict[str, Traced[Any, Any]] = {}
        # State made before the steps and never written by them: not traced (it is read most
        # often); a run whose fixed state differs from the last run's takes no step from it.
        self.fixed_state: dict[str, dict[Any, Any]] = {}
        self.whole = False  # the step under way read a container whole
        self._keys: dict[Any, Any] = {}

    def fixed(self, name: str) -> dict[Any, Any]:
        assert name not in self.fixed_state, name
        self.fixed_state[name] = {}
        return self.fixed_state[name]

    def dict(
        self,
        name: str,
        *,
        encode: Callable[[Any, Any], Any] | None = None,
        decode: Callable[[Any, Any], Any] | None = None,
    ) -> Traced[Any, Any]:
        """A new traced container. `encode` turns a value into what is kept (and compared) for
        it, `decode` a kept value back into one to store (both default to the value itself)."""
        assert name not in self.containers, name
        container: Traced[Any, Any] = Traced(name, self, encode, decode)
        self.containers[name] = container
        return container

    def record(self) -> None:
        self.whole = False
        for container in self.containers.values():
            container.reads, container.writes = {}, {}

    def stop(self) -> tuple[Entries, Entries, bool]:
        """The reads and writes recorded since `record`, encoded, and whether a container was
        read whole (then the reads do not say all the step depends on). An entry the step
        found absent and then wrote is kept as a write only: `differing` reads every entry a
        step wrote as found absent, unless it says otherwise (most entries a step reads, it
        writes: the schemas it types first)."""
        reads: Entries = {}
        writes: Entries = {}
        # Equal keys of all steps as one object: a trace is pickled, and shared, once.
        one = self._keys.setdefault
        for name, container in self.containers.items():
            found, written = container.reads, container.writes
            if found:
                kept = {
                    one(key, key): value
                    for key, value in found.items()
                    if value is not _WRITTEN and not (value is ABSENT and key in written)
                }
                if kept:
                    reads[name] = container.encoded_all(kept)
            if written:
                writes[name] = container.encoded_all({one(k, k): v for k, v in written.items()})
            container.reads, container.writes = None, {}
        return reads, writes, self.whole

    def differing(self, reads: Entries, writes: Entries, only: Entries | None = None) -> bool:
        """Whether an entry a step read (`reads`) or wrote (`writes`: found absent, unless
        `reads` says otherwise) holds another value now than the one it found; of those
        entries `only` names, if given. An entry written without being read first counts as
        found absent: when it is not, the step is built again, which is never wrong."""
        names = reads.keys() | writes.keys()
        for name in names if only is None else names & only.keys():
            container = self.containers.get(name)
            if container is None:
                return True
            kept, written = reads.get(name, {}), writes.get(name, {})
            every = kept.keys() | written.keys()
            keys: Iterable[Any] = every
            if only is not None:
                named = only[name]
                if len(named) < len(every):  # the fewer looked for in the more
                    keys = [key for key in named if key in every]
                else:
                    keys = named.keys() & every
            for key in keys:
                if container.encoded(key, container.data.get(key, ABSENT)) != kept.get(key, ABSENT):
                    return True
        return False

    def replay(self, writes: Entries) -> None:
        """Write what a step wrote (its reads found as they were)."""
        for name, kept in writes.items():
            self.containers[name].restore(kept)

    def now(self, name: str, key: Any) -> Any:
        """What an entry holds now, encoded as a recording keeps it."""
        container = self.containers[name]
        return container.encoded(key, container.data.get(key, ABSENT))


class Traced(Generic[K, V]):
    """A mapping (a set is a mapping to True) whose reads and writes the ledger records."""

    __slots__ = ("name", "data", "reads", "writes", "_ledger", "_encode", "_decode")

    def __init__(
        self,
        name: str,
        ledger: Ledger,
        encode: Callable[[Any, Any], Any] | None,
        decode: Callable[[Any, Any], Any] | None,
    ) -> None:
        self.name = name
        self.data: dict[Any, Any] = {}  # K → V
        # While a step is recorded: the first reads (before its own writes), and its writes.
        self.reads: dict[Any, Any] | None = None
        self.writes: dict[Any, Any] = {}
        self._ledger = ledger
        self._encode = encode
        self._decode = decode

    def encoded(self, key: Any, value: Any) -> Any:
        if value is ABSENT or self._encode is None:
            return value
        return self._encode(key, value)

    def encoded_all(self, values: dict[Any, Any]) -> dict[Any, Any]:
        if self._encode is None:
            return values
        return {key: self.encoded(key, value) for key, value in values.items()}

    def restore(self, kept: dict[Any, Any]) -> None:
        if self._decode is None:
            self.data.update(kept)
        else:
            decode = self._decode
            self.data.update({key: decode(key, value) for key, value in kept.items()})

    def _read(self, key: Any) -> Any:
        value = self.data.get(key, ABSENT)
        reads = self.reads
        if reads is not None and key not in reads:
            reads[key] = value
        return value

    # `_read` written out in each: these run hundreds of thousands of times in a large build.
    def get(self, key: K) -> V | None:
        value = self.data.get(key, ABSENT)
        reads = self.reads
        if reads is not None and key not in reads:
            reads[key] = value
        return None if value is ABSENT else cast(V, value)

    def __getitem__(self, key: K) -> V:
        value = self._read(key)
        if value is ABSENT:
            raise KeyError(key)
        return cast(V, value)

    def __contains__(self, key: object) -> bool:
        value = self.data.get(key, ABSENT)
        reads = self.reads
        if reads is not None and key not in reads:
            reads[key] = value
        return value is not ABSENT

    def __setitem__(self, key: K, value: V) -> None:
        self.data[key] = value
        reads = self.reads
        if reads is not None:
            self.writes[key] = value
            if key not in reads:
                reads[key] = _WRITTEN

    def add(self, key: K) -> None:
        """As a set: `key` is in."""
        self[key] = True  # type: ignore[assignment]

    def values(self) -> Iterator[V]:
        if self.reads is not None:
            self._ledger.whole = True
        return iter(list(self.data.values()))
