"""KernelCache: where the backend looks kernels up and stores new winners.

Lookup order: the local store (``cache_dir``), then the bundles in ``kernels`` in the order given,
then the package's own ``kernels_cache/``. An entry that is tampered with, corrupt, or verified on
another GPU architecture or torch/triton version is refused with one warning (per process) and the
next layer is tried; when none has a usable entry the subgraph falls back.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

from .bundle import Bundle, BundleError, bundle_key
from .entry import CacheEntry, EntryError
from .store import LocalStore, StoreUnavailable

log = logging.getLogger("pike_backend.cache")

SHIPPED_ORIGIN = "shipped"

# (where, key or None, problem) already warned about in this process: one warning each.
_warned: set[tuple[str, str | None, str]] = set()


def _warn_once(where: str, key: str | None, problem: str) -> None:
    if (where, key, problem) in _warned:
        return
    _warned.add((where, key, problem))
    if key:
        log.warning("pike cache: refusing entry %s from %s: %s; its subgraph falls back", key, where, problem)
    else:
        log.warning("pike cache: refusing %s: %s; its subgraphs fall back", where, problem)


def shipped_bundle_dir() -> Path:
    """The ``kernels_cache/`` bundle that ships with the package: next to ``pike_backend/`` in a
    checkout (editable installs), else where a wheel installs it (``<prefix>/share/pike``)."""
    beside = Path(__file__).resolve().parents[2] / "kernels_cache"
    installed = Path(sys.prefix) / "share" / "pike" / "kernels_cache"
    return beside if beside.is_dir() or not installed.is_dir() else installed


@dataclass
class _BundleSlot:
    """A bundle path, opened on first use; ``bundle`` stays None when it cannot be used."""

    path: Path
    origin: str
    require_signature: bool
    opened: bool = False
    bundle: Bundle | None = None


@dataclass
class KernelCache:
    local: LocalStore | None
    slots: list[_BundleSlot] = field(default_factory=list)
    key: bytes | None = None  # PIKE_BUNDLE_KEY

    @classmethod
    def from_options(cls, options, environ: Mapping[str, str] | None = None) -> "KernelCache":
        """The cache that ``options`` (a PikeOptions) name: its cache_dir, kernels and the shipped bundle."""
        return cls.from_paths(options.cache_dir, options.kernel_bundles, environ=environ)

    @classmethod
    def from_paths(
        cls,
        cache_dir: str | Path | None,
        bundles: list[str] | tuple[str, ...] = (),
        *,
        shipped: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> "KernelCache":
        shipped = shipped_bundle_dir() if shipped is None else shipped
        slots: list[_BundleSlot] = []
        seen: set[Path] = set()
        for raw, origin, signed in [(p, None, True) for p in bundles] + [(shipped, SHIPPED_ORIGIN, False)]:
            path = Path(raw).expanduser().resolve()
            if path in seen:
                continue
            seen.add(path)
            # The shipped bundle is installed with pike's own code and trusted as that code is:
            # its manifest hashes are checked, a signature is not required.
            slots.append(_BundleSlot(path, origin or f"bundle:{path}", require_signature=signed))
        store = LocalStore(cache_dir) if cache_dir else None
        return cls(store, slots, bundle_key(environ))

    # -- lookup ----------------------------------------------------------------------------

    def _open(self, slot: _BundleSlot) -> Bundle | None:
        if not slot.opened:
            slot.opened = True
            if not slot.path.exists():
                if slot.origin != SHIPPED_ORIGIN:
                    _warn_once(f"kernels bundle {slot.path}", None, "it does not exist")
                return None
            try:
                slot.bundle = Bundle.open(
                    slot.path, self.key, require_signature=slot.require_signature, origin=slot.origin
                )
            except BundleError as error:
                _warn_once(slot.origin, None, str(error))
        return slot.bundle

    @staticmethod
    def _usable(entry: CacheEntry, where: str) -> CacheEntry | None:
        why = entry.incompatibility()
        if why is not None:
            _warn_once(where, entry.key, f"verified on another machine ({why})")
            return None
        return entry

    def _from_store(self, key: str) -> CacheEntry | None:
        if self.local is None:
            return None
        try:
            entry = self.local.read(key)
            if entry is None:
                return None
            entry.check_integrity()
        except (StoreUnavailable, sqlite3.Error) as error:
            _warn_once(f"local store {self.local.directory}", None, str(error))
            self.local = None
            return None
        except (EntryError, OSError) as error:
            _warn_once(f"local store {self.local.directory}", key, str(error))
            return None
        return self._usable(entry, f"local store {self.local.directory}")

    def _from_bundles(self, key: str) -> Iterator[CacheEntry]:
        for slot in self.slots:
            bundle = self._open(slot)
            if bundle is None or key not in bundle.keys:
                continue
            try:
                entry = bundle.read(key)
            except EntryError as error:
                _warn_once(slot.origin, key, str(error))
                continue
            if self._usable(entry, slot.origin) is not None:
                yield entry

    def lookup(self, key: str) -> CacheEntry | None:
        """The first usable entry for ``key``: integrity and compatibility checked on every call."""
        entry = self._from_store(key)
        if entry is None:
            entry = next(self._from_bundles(key), None)
        if entry is not None:
            log.debug("cache hit %s from %s", key, entry.origin)
        return entry

    # -- storing ---------------------------------------------------------------------------

    def store(self, entry: CacheEntry) -> CacheEntry | None:
        """Keep ``entry`` in the local store (the faster of it and an existing entry stays).
        Returns what the store holds for the key, or None when there is no writable store."""
        if self.local is None:
            log.warning("pike cache: no local store; the winner for %s is not kept", entry.key)
            return None
        try:
            return self.local.put(entry)
        except (StoreUnavailable, OSError, sqlite3.Error) as error:
            log.warning("pike cache: cannot keep the winner for %s: %s", entry.key, error)
            return None

    def bundles(self) -> Iterator[Bundle]:
        """The usable bundles, in lookup order."""
        for slot in self.slots:
            bundle = self._open(slot)
            if bundle is not None:
                yield bundle

    def close(self) -> None:
        if self.local is not None:
            self.local.close()
