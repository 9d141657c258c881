"""The kernel cache: a local store of verified winners, and bundles to ship them in.

    cache = KernelCache.from_options(options)
    entry = cache.lookup(key)          # local store, then `kernels` bundles, then kernels_cache/
    cache.store(CacheEntry.create(key, source, key_parts=..., verdict=verdict.to_json(), ...))
"""

from .bundle import BUNDLE_KEY_ENV, Bundle, BundleError, write_bundle
from .entry import CacheEntry, EntryError
from .kernel_cache import KernelCache, shipped_bundle_dir
from .store import LocalStore, PrunePolicy, StoreUnavailable

__all__ = [
    "BUNDLE_KEY_ENV",
    "Bundle",
    "BundleError",
    "CacheEntry",
    "EntryError",
    "KernelCache",
    "LocalStore",
    "PrunePolicy",
    "StoreUnavailable",
    "shipped_bundle_dir",
    "write_bundle",
]
