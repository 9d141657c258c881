"""One cached kernel: a verified Solution's source and the facts about where and how it was verified.

An entry is trusted only while its source still hashes to the ``source_sha256`` recorded when it
was verified, and used only on a machine whose GPU capability and torch/triton versions match the
ones it was verified with.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping

from ..env import environment
from ..problem import sha256_text

# Keys become file names in bundles, so they are restricted to characters that cannot form a path.
_KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")

# What must match between the machine that verified an entry and the machine that uses it.
COMPAT_FIELDS = ("capability", "torch", "triton")


class EntryError(ValueError):
    """An entry that must not be used: malformed, tampered with or corrupt."""


def check_key(key: Any) -> str:
    if not isinstance(key, str) or not _KEY_PATTERN.match(key) or ".." in key:
        raise EntryError(
            f"bad cache key {key!r}: keys are 1-128 letters, digits, '_', '-' or '.' "
            "(as produced by pike_backend.graph.fingerprint)"
        )
    return key


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def parse_created(meta: Mapping[str, Any]) -> datetime | None:
    try:
        created = datetime.fromisoformat(str(meta.get("created", "")))
    except ValueError:
        return None
    return created if created.tzinfo else created.replace(tzinfo=timezone.utc)


@dataclass
class CacheEntry:
    """``meta`` holds key_parts, verdict, ref_ms, new_ms, speedup, gpu, capability, torch, triton,
    agent, model, created, problem_name, winner_kind and source_sha256.

    ``origin`` says where a looked-up entry came from: ``local``, ``bundle:<path>`` or ``shipped``.
    """

    key: str
    source: str
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str = "local"

    def __post_init__(self) -> None:
        check_key(self.key)
        if not isinstance(self.source, str) or not self.source.strip():
            raise EntryError(f"cache entry {self.key}: source is empty; an entry needs Solution source")
        if not isinstance(self.meta, dict):
            raise EntryError(f"cache entry {self.key}: meta must be a JSON object, not {type(self.meta).__name__}")

    @classmethod
    def create(
        cls,
        key: str,
        source: str,
        *,
        key_parts: Mapping[str, Any] | None = None,
        verdict: Mapping[str, Any] | None = None,
        problem_name: str = "",
        winner_kind: str = "",
        agent: str = "",
        model: str | None = None,
        **extra: Any,
    ) -> "CacheEntry":
        """An entry for a freshly verified winner, stamped with this machine's environment and time.

        ``verdict`` is ``Verdict.to_json()``; ref_ms, new_ms and speedup are taken from it.
        """
        verdict = dict(verdict or {})
        meta: dict[str, Any] = {
            "key_parts": dict(key_parts or {}),
            "verdict": verdict,
            "ref_ms": verdict.get("ref_ms"),
            "new_ms": verdict.get("new_ms"),
            "speedup": verdict.get("speedup"),
            **environment(),
            "agent": agent,
            "model": model,
            "created": now_iso(),
            "problem_name": problem_name,
            "winner_kind": winner_kind,
            **extra,
        }
        return cls(key, source, meta).sealed()

    @property
    def source_sha256(self) -> str:
        return sha256_text(self.source)

    @property
    def speedup(self) -> float | None:
        value = self.meta.get("speedup")
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def sealed(self) -> "CacheEntry":
        """The entry with ``source_sha256`` recorded, as stored; the hash is what every lookup checks."""
        meta = dict(self.meta)
        meta["source_sha256"] = self.source_sha256
        return CacheEntry(self.key, self.source, meta, self.origin)

    def check_integrity(self) -> None:
        """Raise EntryError unless the source is exactly what was verified."""
        recorded = self.meta.get("source_sha256")
        if not recorded:
            raise EntryError(f"cache entry {self.key}: no source_sha256 in its metadata, so it cannot be trusted")
        if recorded != self.source_sha256:
            raise EntryError(
                f"cache entry {self.key}: source sha256 {self.source_sha256[:12]} does not match the "
                f"verified {str(recorded)[:12]} (changed after it was verified)"
            )

    def incompatibility(self, env: Mapping[str, str] | None = None) -> str | None:
        """Why this entry must not be used here (another GPU architecture or torch/triton version),
        or None when it fits ``env`` (this machine by default)."""
        env = environment() if env is None else env
        parts = self.meta.get("key_parts") if isinstance(self.meta.get("key_parts"), dict) else {}
        for name in COMPAT_FIELDS:
            for where, value in (("meta", self.meta.get(name)), ("key_parts", parts.get(name))):
                if value is not None and str(value) != str(env.get(name)):
                    return f"{name} {value} ({where}) but this machine has {env.get(name)}"
            if self.meta.get(name) is None:
                return f"no {name} recorded"
        return None

    def to_record(self) -> str:
        """The entry as one JSON text (how the local store keeps it: text, never pickles)."""
        return json.dumps({"key": self.key, "source": self.source, "meta": self.meta}, sort_keys=True)

    @classmethod
    def from_record(cls, text: Any, origin: str = "local") -> "CacheEntry":
        if not isinstance(text, str):
            raise EntryError(f"cache record is {type(text).__name__}, not JSON text (corrupt store)")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise EntryError(f"cache record is not valid JSON ({error.msg}; corrupt store)") from None
        if not isinstance(data, dict) or not {"key", "source", "meta"} <= set(data):
            raise EntryError("cache record lacks key, source or meta (corrupt store)")
        return cls(data["key"], data["source"], data["meta"], origin)

    def summary(self) -> dict[str, Any]:
        """What ``pike cache ls --json`` prints for this entry."""
        meta = self.meta
        return {
            "key": self.key,
            "source_sha256": meta.get("source_sha256"),
            "gpu": meta.get("gpu"),
            "capability": meta.get("capability"),
            "torch": meta.get("torch"),
            "triton": meta.get("triton"),
            "speedup": self.speedup,
            "ref_ms": meta.get("ref_ms"),
            "new_ms": meta.get("new_ms"),
            "problem_name": meta.get("problem_name"),
            "winner_kind": meta.get("winner_kind"),
            "agent": meta.get("agent"),
            "model": meta.get("model"),
            "created": meta.get("created"),
            "origin": self.origin,
            "size": len(self.source.encode("utf-8")),
        }


def better(new: CacheEntry, old: CacheEntry | None) -> bool:
    """Whether ``new`` should replace ``old`` under one key: the faster verified winner stays."""
    if old is None:
        return True
    if new.speedup is None:
        return old.speedup is None
    return old.speedup is None or new.speedup >= old.speedup
