"""The local store: entries, integrity checks on every lookup, compatibility, pruning, and two
processes writing one store at once."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pike_backend.cache import CacheEntry, EntryError, KernelCache, LocalStore, PrunePolicy
from pike_backend.cli import main
from pike_backend.env import environment

SOURCE = "import torch.nn as nn\n\n\nclass ModelNew(nn.Module):\n    def forward(self, x):\n        return x * 2\n"


def make_entry(key: str, source: str = SOURCE, speedup: float | None = 1.5, **meta) -> CacheEntry:
    entry = CacheEntry.create(key, source, problem_name=f"p_{key}", winner_kind="triton",
                              verdict={"correct": True, "speedup": speedup, "ref_ms": 2.0, "new_ms": 1.0})
    entry.meta.update(meta)
    return entry


@pytest.fixture
def cache_dir(pike_env) -> Path:
    return pike_env / "cache"


def lookup(cache_dir: Path, key: str) -> CacheEntry | None:
    return KernelCache.from_paths(cache_dir, shipped=cache_dir / "no-shipped-bundle").lookup(key)


def test_entry_metadata_names_environment_and_hash():
    entry = make_entry("k1")
    env = environment()
    assert {entry.meta[name] for name in ("gpu", "capability", "torch", "triton")} == {
        env["gpu"], env["capability"], env["torch"], env["triton"]}
    assert entry.meta["source_sha256"] == entry.source_sha256
    assert entry.speedup == 1.5 and entry.meta["created"]
    entry.check_integrity()
    changed = CacheEntry("k1", SOURCE + "# changed\n", entry.meta)
    with pytest.raises(EntryError, match="does not match"):
        changed.check_integrity()


@pytest.mark.parametrize("key", ["../evil", "a/b", "", ".hidden", "x" * 200, 12])
def test_keys_that_could_form_paths_are_rejected(key):
    with pytest.raises(EntryError, match="bad cache key"):
        CacheEntry(key, SOURCE, {})


def test_store_round_trip_across_instances(cache_dir):
    with LocalStore(cache_dir) as store:
        store.put(make_entry("k1"))
    found = lookup(cache_dir, "k1")
    assert found is not None and found.source == SOURCE and found.origin == "local"
    assert lookup(cache_dir, "other") is None


def test_lookup_does_not_create_the_store(cache_dir):
    assert lookup(cache_dir, "k1") is None
    assert not cache_dir.exists()


def test_faster_entry_stays_and_corrupt_or_stale_is_replaced(cache_dir):
    with LocalStore(cache_dir) as store:
        store.put(make_entry("k1", speedup=3.0))
        held = store.put(make_entry("k1", source=SOURCE + "# slower\n", speedup=2.0))
        assert held.speedup == 3.0 and store.read("k1").speedup == 3.0
        store.put(make_entry("k1", source=SOURCE + "# faster\n", speedup=4.0))
        assert store.read("k1").source.endswith("# faster\n")
        # an entry from another GPU does not block one that runs here, even if "faster"
        store.put(make_entry("k2", speedup=9.0, capability="9.0"), force=True)
        store.put(make_entry("k2", speedup=1.2))
        assert store.read("k2").speedup == 1.2


def test_tampered_source_in_store_is_refused_every_lookup(cache_dir, caplog, capsys):
    import diskcache

    with LocalStore(cache_dir) as store:
        store.put(make_entry("k1"))
    assert lookup(cache_dir, "k1") is not None
    record = json.loads(diskcache.Cache(str(cache_dir / "kernels")).get("k1"))
    record["source"] += "open('/tmp/should-not-run', 'w')\n"
    with diskcache.Cache(str(cache_dir / "kernels")) as raw:
        raw.set("k1", json.dumps(record))
    with caplog.at_level(logging.WARNING, logger="pike_backend.cache"):
        assert lookup(cache_dir, "k1") is None
    assert "refusing entry k1" in caplog.text and "does not match" in caplog.text
    capsys.readouterr()
    assert main(["cache", "verify"]) == 1
    assert "BAD k1: cache entry k1: source sha256" in capsys.readouterr().out


class _Canary:
    """Unpickling this opens (creates) the canary file: proof that pickled data was executed."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return (open, (str(self.path), "w"))


def test_pickled_row_is_never_unpickled(cache_dir, tmp_path, caplog):
    import diskcache

    canary = tmp_path / "canary"
    with LocalStore(cache_dir) as store:
        store.put(make_entry("k0"))
    with diskcache.Cache(str(cache_dir / "kernels")) as raw:
        raw.set("k1", _Canary(canary))  # what an attacker with write access to the store could plant
    with caplog.at_level(logging.WARNING, logger="pike_backend.cache"):
        assert lookup(cache_dir, "k1") is None
    assert not canary.exists()
    assert "refusing to unpickle" in caplog.text
    with LocalStore(cache_dir) as store:
        bad = {item.key: item.problem for item in store.items() if item.entry is None}
    assert list(bad) == ["k1"] and not canary.exists()
    # control: plain diskcache would have run it, so the canary above does detect execution
    with diskcache.Cache(str(cache_dir / "kernels")) as raw:
        raw.get("k1").close()
    assert canary.exists()


def test_entry_of_another_gpu_or_version_is_not_used(cache_dir, caplog):
    with LocalStore(cache_dir) as store:
        store.put(make_entry("arch", capability="9.0", gpu="NVIDIA H100 80GB HBM3"))
        store.put(make_entry("torch", torch="1.0"))
        parts = dict(make_entry("x").meta, key_parts={"capability": "8.0"})
        store.put(CacheEntry("parts", SOURCE, parts))
    with caplog.at_level(logging.WARNING, logger="pike_backend.cache"):
        for key in ("arch", "torch", "parts"):
            assert lookup(cache_dir, key) is None
    assert "capability 9.0" in caplog.text and "torch 1.0" in caplog.text and "key_parts" in caplog.text


def test_prune_by_age_size_and_compatibility(cache_dir):
    with LocalStore(cache_dir) as store:
        store.put(make_entry("old", created="2020-01-01T00:00:00+00:00"))
        store.put(make_entry("new1"))
        store.put(make_entry("new2", source=SOURCE + "#" * 4000, created="2999-01-01T00:00:00+00:00"))
        store.put(make_entry("alien", capability="9.0"), force=True)
        assert [k for k, _ in store.prune(PrunePolicy(incompatible=True), dry_run=True)] == ["alien"]
        assert "alien" in store.keys()
        assert [k for k, _ in store.prune(PrunePolicy(incompatible=True))] == ["alien"]
        assert [k for k, _ in store.prune(PrunePolicy(older_than_days=30))] == ["old"]
        size_one = len(store.read("new1").to_record().encode())
        removed = store.prune(PrunePolicy(max_bytes=size_one + 10))
        assert [k for k, _ in removed] == ["new2"] and store.keys() == ["new1"]  # the newest did not fit
        assert store.prune(PrunePolicy(max_bytes=0))
        assert store.keys() == []


_WRITER = """
import sys, time
from pathlib import Path
from pike_backend.cache import CacheEntry, LocalStore

cache_dir, who, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
src = "class ModelNew:\\n    pass\\n# writer %d\\n" % who
entries = [CacheEntry.create("own%d-%d" % (who, i), src, verdict={"speedup": 1.0}) for i in range(40)]
shared = [CacheEntry.create("shared-%d" % i, src, verdict={"speedup": 1.0 + who}) for i in range(40)]
(go.parent / ("ready%d" % who)).touch()
while not go.exists():
    time.sleep(0.002)
store = LocalStore(cache_dir)
for mine, both in zip(entries, shared):
    store.put(mine)
    store.put(both)
store.close()
"""


def test_two_processes_writing_one_store_lose_and_corrupt_nothing(cache_dir, tmp_path):
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(cache_dir), str(who), str(go)])
               for who in (0, 1)]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready{w}").exists() for w in (0, 1)):  # both at the barrier, so
        assert time.monotonic() < deadline and all(w.poll() is None for w in writers)  # writes interleave
        time.sleep(0.01)
    go.touch()
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with LocalStore(cache_dir) as store:
        items = list(store.items())
    assert all(item.entry is not None for item in items), [i.problem for i in items if i.entry is None]
    entries = {item.key: item.entry for item in items}
    assert len(entries) == 120
    assert all(entries[f"shared-{i}"].source.endswith("# writer 1\n") for i in range(40))  # the faster won
    assert {entries[f"own{w}-{i}"].source for w in (0, 1) for i in range(40)} == {
        f"class ModelNew:\n    pass\n# writer {w}\n" for w in (0, 1)}
