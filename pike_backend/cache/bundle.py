"""Bundles: the shippable form of the cache, in plain text.

A bundle is a directory with ``<key>.py`` (the Solution source) and ``<key>.json`` (``{"key", "meta"}``)
per entry, and ``manifest.json`` listing the sha256 of every one of those files. With a key in
``PIKE_BUNDLE_KEY`` the manifest carries an HMAC-SHA256 signature over its canonical JSON, and
bundles that are unsigned or badly signed are refused whole. Every entry read from a bundle is
checked against the manifest and against its own ``source_sha256`` before it is returned, so code
changed after it was verified is never handed to the loader.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..problem import ProblemError, check_solution_source
from .entry import CacheEntry, EntryError, check_key, now_iso

log = logging.getLogger("pike_backend.cache.bundle")

MANIFEST = "manifest.json"
FORMAT = "pike-kernels/1"
BUNDLE_KEY_ENV = "PIKE_BUNDLE_KEY"
_ENTRY_SUFFIXES = (".py", ".json")


class BundleError(ValueError):
    """A whole bundle is unusable: no manifest, an unknown format, or a missing or bad signature."""


def bundle_key(environ: Mapping[str, str] | None = None) -> bytes | None:
    value = (os.environ if environ is None else environ).get(BUNDLE_KEY_ENV, "")
    return value.encode("utf-8") if value else None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical(manifest: Mapping[str, Any]) -> bytes:
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(manifest: Mapping[str, Any], key: bytes) -> str:
    return "hmac-sha256:" + hmac.new(key, _canonical(manifest), hashlib.sha256).hexdigest()


def _check_signature(manifest: Mapping[str, Any], key: bytes, path: Path) -> None:
    signature = manifest.get("signature")
    if not signature:
        raise BundleError(
            f"bundle {path} is unsigned; {BUNDLE_KEY_ENV} is set, so only bundles signed with it are accepted "
            f"(re-export it with {BUNDLE_KEY_ENV} set)"
        )
    if not isinstance(signature, str) or not hmac.compare_digest(signature, sign(manifest, key)):
        raise BundleError(
            f"bundle {path} has a bad signature (tampered, or signed with another {BUNDLE_KEY_ENV}); refusing all of it"
        )


def _read_manifest(path: Path) -> dict[str, Any]:
    manifest_path = path / MANIFEST
    if not path.is_dir():
        raise BundleError(f"bundle {path} is not a directory; give the directory that holds {MANIFEST}")
    try:
        manifest = json.loads(manifest_path.read_bytes())
    except FileNotFoundError:
        raise BundleError(f"bundle {path} has no {MANIFEST}; export bundles with `pike cache export`") from None
    except (OSError, ValueError) as error:
        raise BundleError(f"bundle {path}: {MANIFEST} is unreadable ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"bundle {path}: {MANIFEST} is not a {FORMAT} manifest")
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise BundleError(f"bundle {path}: {MANIFEST} has no valid 'files' table of sha256 digests")
    return manifest


@dataclass
class Bundle:
    """An opened bundle: its manifest was read (and its signature checked) once, at open."""

    path: Path
    manifest: dict[str, Any]
    origin: str
    keys: list[str] = field(default_factory=list)

    @classmethod
    def open(
        cls, path: str | Path, key: bytes | None = None, *, require_signature: bool = True, origin: str | None = None
    ) -> "Bundle":
        path = Path(path).expanduser()
        manifest = _read_manifest(path)
        if key is not None and require_signature:
            _check_signature(manifest, key, path)
        files = manifest["files"]
        keys = sorted(name[: -len(".py")] for name in files if name.endswith(".py"))
        return cls(path, manifest, origin or f"bundle:{path}", keys)

    @property
    def signed(self) -> bool:
        return bool(self.manifest.get("signature"))

    def _read_checked(self, name: str) -> bytes:
        expected = self.manifest["files"].get(name)
        if expected is None:
            raise EntryError(f"{name} is not listed in {MANIFEST}")
        try:
            data = (self.path / name).read_bytes()
        except OSError as error:
            raise EntryError(f"{name} is unreadable ({error.strerror})") from None
        if _sha256(data) != expected:
            raise EntryError(f"{name} does not match its sha256 in {MANIFEST} (tampered or corrupt)")
        return data

    def read(self, key: str) -> CacheEntry:
        """The entry for ``key``, verified against the manifest and its own source hash.
        Raises EntryError naming what is wrong; KeyError when the bundle has no such entry."""
        check_key(key)
        if key not in self.keys:
            raise KeyError(key)
        source_bytes = self._read_checked(f"{key}.py")
        meta_bytes = self._read_checked(f"{key}.json")
        try:
            record = json.loads(meta_bytes)
            source = source_bytes.decode("utf-8")
        except ValueError as error:
            raise EntryError(f"{key}: unreadable entry ({error})") from None
        if not isinstance(record, dict) or record.get("key") != key:
            raise EntryError(f"{key}.json describes key {record.get('key') if isinstance(record, dict) else None!r}, not {key}")
        entry = CacheEntry(key, source, record.get("meta"), self.origin)
        entry.check_integrity()
        return entry

    def verify(self) -> list[tuple[str, str]]:
        """(name, problem) for every bad entry and every entry file the manifest does not list."""
        problems: list[tuple[str, str]] = []
        listed = set(self.manifest["files"])
        for name in sorted(listed):
            stem, suffix = os.path.splitext(name)
            if suffix not in _ENTRY_SUFFIXES or os.path.basename(name) != name:
                problems.append((name, f"unexpected file name {name!r} in {MANIFEST}"))
            elif f"{stem}.py" not in listed or f"{stem}.json" not in listed:
                problems.append((stem, f"{MANIFEST} lists only one of {stem}.py and {stem}.json"))
        for key in self.keys:
            try:
                entry = self.read(key)
                check_solution_source(entry.source, what=f"{key}.py")
            except (EntryError, ProblemError) as error:
                problems.append((key, str(error)))
        for child in sorted(self.path.iterdir()):
            if child.suffix in _ENTRY_SUFFIXES and child.name != MANIFEST and child.name not in listed:
                problems.append((child.name, f"{child.name} is not listed in {MANIFEST} (added after export)"))
        return problems


def _write_bytes_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _prepare_out_dir(out: Path) -> set[str]:
    """Make ``out`` ready for a bundle; returns the entry files of the bundle it replaces."""
    if out.exists() and not out.is_dir():
        raise ValueError(f"export target {out} is a file; give a directory (new, empty, or an existing bundle)")
    out.mkdir(parents=True, exist_ok=True)
    if (out / MANIFEST).exists():
        try:
            return set(_read_manifest(out)["files"])
        except BundleError:
            return set()
    if any(out.iterdir()):
        raise ValueError(f"export target {out} is a non-empty directory without {MANIFEST}; give a new or empty directory")
    return set()


def write_bundle(out: str | Path, entries: Iterable[CacheEntry], key: bytes | None = None) -> dict[str, Any]:
    """Write ``entries`` as a bundle in ``out`` (replacing the bundle there, if any); returns the
    manifest. The manifest is written last, so a reader never sees files it does not list."""
    out = Path(out).expanduser()
    previous = _prepare_out_dir(out)
    files: dict[str, str] = {}
    for entry in entries:
        entry = entry.sealed()
        source = entry.source.encode("utf-8")
        meta = json.dumps({"key": entry.key, "meta": entry.meta}, indent=1, sort_keys=True).encode("utf-8") + b"\n"
        for name, data in ((f"{entry.key}.py", source), (f"{entry.key}.json", meta)):
            _write_bytes_atomic(out / name, data)
            files[name] = _sha256(data)
    manifest: dict[str, Any] = {"format": FORMAT, "created": now_iso(), "files": files}
    if key is not None:
        manifest["signature"] = sign(manifest, key)
    _write_bytes_atomic(out / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8") + b"\n")
    for stale in previous - set(files):
        if os.path.basename(stale) == stale:
            (out / stale).unlink(missing_ok=True)
    return manifest
