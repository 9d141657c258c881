"""The local store: one entry per cache key in a diskcache (SQLite) under ``cache_dir``.

SQLite transactions make it safe for several processes warming up the same model at once: a
writer re-reads the key inside its transaction, so two winners for one key never clobber each
other blindly (the faster stays) and nothing is half written. Records are JSON text and the disk
layer refuses pickles, so even a tampered store cannot run code when it is read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

from .entry import CacheEntry, EntryError, better, check_key, parse_created

log = logging.getLogger("pike_backend.cache.store")

STORE_SUBDIR = "kernels"


class StoreUnavailable(ValueError):
    """The local store cannot be opened (diskcache missing, or cache_dir unwritable). A ValueError
    so that the ``pike`` command reports it as one line with exit 2; the backend's lookups skip it."""


def _text_only_disk():
    import diskcache

    class TextOnlyDisk(diskcache.Disk):
        """diskcache's Disk minus pickle: unpickling a tampered row would run its code."""

        def put(self, key):
            if not isinstance(key, str):
                raise TypeError("pike store keys are str")
            return super().put(key)

        def get(self, key, raw):
            if not raw:
                raise EntryError("store row has a pickled key (tampered store); refusing to unpickle it")
            return super().get(key, raw)

        def store(self, value, read, key=diskcache.core.UNKNOWN):
            if not isinstance(value, str):
                raise TypeError("pike store values are JSON text")
            return super().store(value, read, key)

        def fetch(self, mode, filename, value, read):
            if mode == diskcache.core.MODE_PICKLE:
                raise EntryError("store row holds a pickle (tampered store); refusing to unpickle it")
            return super().fetch(mode, filename, value, read)

    return TextOnlyDisk


@dataclass(frozen=True)
class PrunePolicy:
    """What ``prune`` removes. Corrupt entries always go."""

    older_than_days: float | None = None
    max_bytes: int | None = None  # keep the newest entries whose sources fit in this many bytes
    incompatible: bool = False  # entries for another GPU architecture or torch/triton version


@dataclass
class StoredItem:
    """One row of the store as read back: the entry, or why it could not be used."""

    key: str
    entry: CacheEntry | None
    problem: str | None  # set when the row is corrupt or tampered


class LocalStore:
    def __init__(self, cache_dir: str | Path):
        self.directory = Path(cache_dir).expanduser() / STORE_SUBDIR
        self._cache = None

    def __repr__(self) -> str:
        return f"LocalStore({str(self.directory)!r})"

    @property
    def exists(self) -> bool:
        return (self.directory / "cache.db").exists()

    def _open(self):
        if self._cache is None:
            try:
                import diskcache
            except ImportError as error:
                raise StoreUnavailable(f"the local store needs diskcache ({error}); pip install diskcache") from None
            try:
                self._cache = diskcache.Cache(
                    str(self.directory),
                    disk=_text_only_disk(),
                    eviction_policy="none",  # entries leave only through prune, never silently
                    size_limit=2**62,
                    timeout=120,  # wait for other writers instead of failing a warm-up
                )
            except Exception as error:  # OSError, sqlite3 errors: an unusable directory
                raise StoreUnavailable(f"cannot open the local store {self.directory}: {error}") from None
        return self._cache

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    def __enter__(self) -> "LocalStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def read(self, key: str) -> CacheEntry | None:
        """The entry under ``key`` exactly as stored (not yet checked), None when absent.
        Raises EntryError for a row that is not a readable entry for that key."""
        check_key(key)
        if not self.exists and self._cache is None:
            return None  # a lookup must not create the store
        record = self._open().get(key)
        if record is None:
            return None
        entry = CacheEntry.from_record(record, origin="local")
        if entry.key != key:
            raise EntryError(f"store row {key} holds the entry of key {entry.key} (tampered store)")
        return entry

    def keys(self) -> list[str]:
        if not self.exists and self._cache is None:
            return []
        return sorted(self._open().iterkeys())

    def items(self) -> Iterator[StoredItem]:
        """Every row, each verified: corrupt or tampered rows come with the problem named."""
        for key in self.keys():
            try:
                entry = self.read(key)
                if entry is None:  # removed by another process meanwhile
                    continue
                entry.check_integrity()
            except (EntryError, OSError) as error:
                yield StoredItem(key, None, str(error))
                continue
            yield StoredItem(key, entry, None)

    # -- writing ---------------------------------------------------------------------------

    def put(self, entry: CacheEntry, *, force: bool = False) -> CacheEntry:
        """Store ``entry`` (sealed with its source hash) unless a faster valid entry for the same
        key is already there; returns the entry that the store holds afterwards."""
        entry = entry.sealed()
        entry.origin = "local"
        cache = self._open()
        with cache.transact():
            try:
                current = self.read(entry.key)
                if current is not None:
                    current.check_integrity()
                    if current.incompatibility() is not None:
                        current = None  # a stale entry never blocks a usable one
            except EntryError:
                current = None  # a corrupt row is always replaced
            if force or better(entry, current):
                cache.set(entry.key, entry.to_record())
                return entry
        log.info("kept the faster entry already stored for %s", entry.key)
        return current

    def delete(self, key: str) -> bool:
        return bool(self._open().delete(check_key(key)))

    def prune(self, policy: PrunePolicy, dry_run: bool = False) -> list[tuple[str, str]]:
        """Remove what ``policy`` names; returns (key, why) for each removed entry."""
        doomed: dict[str, str] = {}
        kept: list[tuple[datetime, str, int]] = []
        cutoff = None
        if policy.older_than_days is not None:
            cutoff = datetime.now(timezone.utc) - timedelta(days=policy.older_than_days)
        for item in self.items():
            if item.entry is None:
                doomed[item.key] = f"corrupt: {item.problem}"
                continue
            created = parse_created(item.entry.meta) or datetime.min.replace(tzinfo=timezone.utc)
            why = item.entry.incompatibility() if policy.incompatible else None
            if why is not None:
                doomed[item.key] = f"incompatible: {why}"
            elif cutoff is not None and created < cutoff:
                doomed[item.key] = f"older than {policy.older_than_days:g} days"
            else:
                kept.append((created, item.key, len(item.entry.to_record().encode("utf-8"))))
        if policy.max_bytes is not None:
            total = 0
            for created, key, size in sorted(kept, reverse=True):  # the newest keep their place first
                if total + size > policy.max_bytes:
                    doomed[key] = f"does not fit the size limit of {policy.max_bytes} bytes"
                else:
                    total += size
        if not dry_run:
            for key in doomed:
                self._open().delete(key)
        return sorted(doomed.items())
