"""Bounded per-key caches: the memoisation patterns the hot loops share."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dictionary that computes a missing value with ``compute`` and keeps it.

    ``memo[key]`` is a plain dictionary lookup when the key is present. A missing key calls
    ``compute`` once and stores the result (``dict.__missing__``), so one pass over a document's
    keys is enough even when some of them are new, as in almost every document of a real corpus.
    Past ``limit`` keys the memo starts afresh, so it stays bounded over a stream of documents.
    ``compute`` must be pure: when another thread starts the memo afresh meanwhile (Dask's threaded
    scheduler runs partitions side by side), the keys it dropped are computed again.

    >>> memo = Memo(len, limit=2)
    >>> memo.lookup_all(["a", "bb", "a"]), sorted(memo)
    ([1, 2, 1], ['a', 'bb'])
    >>> memo["ccc"], sorted(memo)  # a third key: the memo started afresh
    (3, ['ccc'])
    """

    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[K], V], *, limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        value = self.compute(key)
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value

    def lookup_all(self, keys: Iterable[K]) -> list[V]:
        """``[self[k] for k in keys]``, with one dictionary lookup per key at C speed."""
        return list(map(self.__getitem__, keys))


def remember(cache: dict[K, V], key: K, value: V, *, limit: int) -> V:
    """Store ``value`` under ``key`` and return it; a cache already holding ``limit`` keys starts
    afresh first, so it stays bounded over a stream of documents.

    >>> cache = {"a": 1}
    >>> remember(cache, "b", 2, limit=1), cache
    (2, {'b': 2})
    """
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value
