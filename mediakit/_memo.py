"""Bounded per-key caches: the memoisation patterns the hot loops share."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def lookup_all(cache: dict[K, V], keys: Sequence[K], compute: Callable[[K], V], *, limit: int) -> list[V]:
    """``[cache[k] for k in keys]`` with one dictionary lookup per key at C speed.

    Keys met for the first time make the fast pass raise ``KeyError``; they are computed once
    with ``compute`` and the pass is redone. Past ``limit`` keys the cache starts afresh, so it
    stays bounded over a stream of documents. ``compute`` must be pure: when another thread
    starts the cache afresh meanwhile (Dask's threaded scheduler runs partitions side by side),
    the keys it dropped are computed again rather than looked up.

    >>> cache = {}
    >>> lookup_all(cache, ["a", "bb", "a"], len, limit=10), sorted(cache)
    ([1, 2, 1], ['a', 'bb'])
    """
    try:
        return list(map(cache.__getitem__, keys))
    except KeyError:
        unseen = set(keys).difference(cache)
        if len(cache) + len(unseen) > limit:
            cache.clear()
            unseen = set(keys)
        fresh = {key: compute(key) for key in unseen}
        cache.update(fresh)
        try:
            return list(map(cache.__getitem__, keys))
        except KeyError:  # started afresh by another thread in between
            return [fresh[key] if key in fresh else cache.get(key) or compute(key) for key in keys]


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
