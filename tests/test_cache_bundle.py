"""Bundles and the ``pike cache`` verbs: export, verify, import, signing, tampering, ls/show/prune."""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from pike_backend.cache import Bundle, BundleError, CacheEntry, KernelCache, LocalStore, shipped_bundle_dir
from pike_backend.cli import main
from pike_backend.problem import sha256_text

SOURCE = "import torch.nn as nn\n\n\nclass ModelNew(nn.Module):\n    def forward(self, x):\n        return x + 1\n"


def make_entry(key: str, source: str = SOURCE, speedup: float = 1.5, **meta) -> CacheEntry:
    entry = CacheEntry.create(key, source, problem_name=f"p_{key}", winner_kind="triton",
                              verdict={"correct": True, "speedup": speedup, "ref_ms": 3.0, "new_ms": 2.0})
    entry.meta.update(meta)
    return entry


@pytest.fixture
def warm(pike_env, monkeypatch):
    """A local store with two entries, and the path of a second, empty cache dir."""
    with LocalStore(pike_env / "cache") as store:
        store.put(make_entry("aaa111"))
        store.put(make_entry("bbb222", source=SOURCE.replace("+ 1", "+ 2"), speedup=2.5))
    return pike_env


def pike(*argv: str) -> int:
    return main(list(argv))


def use_cache(monkeypatch, path: Path) -> None:
    monkeypatch.setenv("PIKE_CACHE_DIR", str(path))


def fresh_lookup(bundle: Path, key: str, cache_dir: Path) -> CacheEntry | None:
    return KernelCache.from_paths(cache_dir, [str(bundle)], shipped=cache_dir / "none").lookup(key)


def test_export_verify_import_into_a_fresh_store_then_hit(warm, monkeypatch, capsys):
    out = warm / "bundle"
    assert pike("cache", "export", str(out)) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "aaa111.json", "aaa111.py", "bbb222.json", "bbb222.py", "manifest.json"]
    assert (out / "aaa111.py").read_text() == SOURCE  # plain text, exactly the verified source
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["files"]["aaa111.py"] == hashlib.sha256(SOURCE.encode()).hexdigest()
    assert "signature" not in manifest
    assert pike("cache", "verify", str(out)) == 0

    fresh = warm / "fresh"
    use_cache(monkeypatch, fresh)
    assert fresh_lookup(out, "aaa111", fresh).origin == f"bundle:{out.resolve()}"  # used in place
    assert pike("cache", "import", str(out)) == 0
    assert "imported 2, kept 0 faster existing, refused 0" in capsys.readouterr().out
    hit = KernelCache.from_paths(fresh, shipped=fresh / "none").lookup("bbb222")
    assert hit is not None and hit.origin == "local" and hit.speedup == 2.5 and "+ 2" in hit.source
    assert pike("cache", "verify") == 0


def test_tampered_entry_is_named_refused_and_the_rest_still_used(warm, monkeypatch, capsys, caplog):
    out = warm / "bundle"
    assert pike("cache", "export", str(out)) == 0
    (out / "aaa111.py").write_text(SOURCE + "open('/tmp/pwned', 'w')\n")
    capsys.readouterr()
    assert pike("cache", "verify", str(out)) == 1
    report = capsys.readouterr().out
    assert "BAD aaa111: aaa111.py does not match its sha256" in report and "bbb222" not in report

    fresh = warm / "fresh"
    with caplog.at_level(logging.WARNING, logger="pike_backend.cache"):
        assert fresh_lookup(out, "aaa111", fresh) is None
        assert fresh_lookup(out, "bbb222", fresh) is not None
    assert "refusing entry aaa111" in caplog.text and "falls back" in caplog.text

    use_cache(monkeypatch, fresh)
    assert pike("cache", "import", str(out)) == 1
    captured = capsys.readouterr()
    assert "refused aaa111" in captured.err and "imported 1," in captured.out
    assert LocalStore(fresh).keys() == ["bbb222"]


def test_edited_metadata_and_unlisted_files_are_caught(warm, capsys):
    out = warm / "bundle"
    assert pike("cache", "export", str(out)) == 0
    meta = json.loads((out / "bbb222.json").read_text())
    meta["meta"]["speedup"] = 100.0
    (out / "bbb222.json").write_text(json.dumps(meta))
    (out / "ccc333.py").write_text(SOURCE)  # slipped in after export
    capsys.readouterr()
    assert pike("cache", "verify", str(out)) == 1
    report = capsys.readouterr().out
    assert "BAD bbb222: bbb222.json does not match" in report
    assert "BAD ccc333.py: ccc333.py is not listed" in report
    assert fresh_lookup(out, "ccc333", warm / "fresh") is None


def _retamper_consistently(out: Path, key: str, source: str) -> None:
    """What an attacker who can write the bundle does: change the source and fix every hash."""
    record = json.loads((out / f"{key}.json").read_text())
    record["meta"]["source_sha256"] = hashlib.sha256(source.encode()).hexdigest()
    (out / f"{key}.py").write_text(source)
    (out / f"{key}.json").write_text(json.dumps(record))
    manifest = json.loads((out / "manifest.json").read_text())
    for name in (f"{key}.py", f"{key}.json"):
        manifest["files"][name] = hashlib.sha256((out / name).read_bytes()).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest))


def test_signed_bundles_refuse_consistent_tampering_and_wrong_keys(warm, monkeypatch, capsys):
    monkeypatch.setenv("PIKE_BUNDLE_KEY", "s3cret")
    out = warm / "bundle"
    assert pike("cache", "export", str(out)) == 0
    assert "(signed)" in capsys.readouterr().out
    assert json.loads((out / "manifest.json").read_text())["signature"].startswith("hmac-sha256:")
    assert pike("cache", "verify", str(out)) == 0
    assert fresh_lookup(out, "aaa111", warm / "fresh") is not None

    monkeypatch.setenv("PIKE_BUNDLE_KEY", "another")
    with pytest.raises(BundleError, match="bad signature"):
        Bundle.open(out, b"another")
    assert fresh_lookup(out, "aaa111", warm / "fresh2") is None
    monkeypatch.setenv("PIKE_BUNDLE_KEY", "s3cret")
    _retamper_consistently(out, "aaa111", SOURCE + "open('/tmp/pwned', 'w')\n")
    capsys.readouterr()
    assert pike("cache", "verify", str(out)) == 1
    assert "bad signature" in capsys.readouterr().out
    assert pike("cache", "import", str(out)) == 2  # refused whole, nothing merged
    assert fresh_lookup(out, "bbb222", warm / "fresh3") is None
    # without a key only the hashes protect a bundle, and consistent tampering passes them:
    # that is what signing is for
    monkeypatch.delenv("PIKE_BUNDLE_KEY")
    assert pike("cache", "verify", str(out)) == 0


def test_unsigned_bundle_is_refused_when_a_key_is_set(warm, monkeypatch, caplog):
    out = warm / "bundle"
    assert pike("cache", "export", str(out)) == 0
    monkeypatch.setenv("PIKE_BUNDLE_KEY", "s3cret")
    with caplog.at_level(logging.WARNING, logger="pike_backend.cache"):
        assert fresh_lookup(out, "aaa111", warm / "fresh") is None
    assert "unsigned" in caplog.text
    assert pike("cache", "verify", str(out)) == 1


def test_the_shipped_bundle_is_valid_and_last_in_lookup_order(warm, monkeypatch):
    shipped = shipped_bundle_dir()
    assert (shipped / "manifest.json").exists()
    assert pike("cache", "verify", str(shipped)) == 0
    # local store first, then `kernels` bundles in order, then the shipped one
    first, second = warm / "b1", warm / "b2"
    assert pike("cache", "export", str(first)) == 0
    with LocalStore(warm / "other") as other:
        other.put(make_entry("aaa111", source=SOURCE.replace("+ 1", "+ 1.0")))
    use_cache(monkeypatch, warm / "other")
    assert pike("cache", "export", str(second)) == 0
    cache = KernelCache.from_paths(warm / "empty", [str(second), str(first)], shipped=first)
    assert cache.lookup("aaa111").origin == f"bundle:{second.resolve()}"
    assert cache.lookup("bbb222").origin == f"bundle:{first.resolve()}"
    assert KernelCache.from_paths(warm / "empty", [], shipped=first).lookup("bbb222").origin == "shipped"
    assert KernelCache.from_paths(warm / "other", [str(first)]).lookup("aaa111").origin == "local"


def test_ls_show_and_prune(warm, capsys):
    with LocalStore(warm / "cache") as store:
        store.put(make_entry("ccc333", capability="9.0", gpu="NVIDIA H100 80GB HBM3"), force=True)
    capsys.readouterr()
    assert pike("cache", "ls", "--json") == 0
    rows = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert [r["key"] for r in rows] == ["aaa111", "bbb222", "ccc333"]
    assert all({"key", "source_sha256", "gpu", "speedup"} <= set(r) for r in rows)
    assert rows[1]["speedup"] == 2.5 and rows[2]["status"].startswith("incompatible: capability 9.0")

    assert pike("cache", "show", "bbb") == 0
    shown = capsys.readouterr().out
    assert "key     bbb222" in shown and "+ 2" in shown
    assert pike("cache", "show", "zzz") == 2
    assert pike("cache", "show", "ccc333", "--json") == 0
    assert json.loads(capsys.readouterr().out)["meta"]["gpu"] == "NVIDIA H100 80GB HBM3"

    assert pike("cache", "prune", "--dry-run") == 0
    assert "would remove ccc333: incompatible" in capsys.readouterr().out
    assert pike("cache", "prune") == 0
    assert LocalStore(warm / "cache").keys() == ["aaa111", "bbb222"]
    assert pike("cache", "prune", "--older-than", "-1") == 2


def test_export_refuses_a_directory_that_is_not_a_bundle(warm):
    target = warm / "project"
    target.mkdir()
    (target / "main.py").write_text("print('mine')\n")
    assert pike("cache", "export", str(target)) == 2
    assert sorted(p.name for p in target.iterdir()) == ["main.py"]


def test_cli_exit_codes_as_a_real_command(warm):
    out = warm / "bundle"
    assert pike("cache", "export", str(out)) == 0
    (out / "bbb222.py").write_text("class ModelNew: pass\n")
    verify = subprocess.run([sys.executable, "-m", "pike_backend.cli", "cache", "verify", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert verify.returncode == 1 and "BAD bbb222" in verify.stdout
    missing = subprocess.run([sys.executable, "-m", "pike_backend.cli", "cache", "import", str(warm / "nope")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def _table(path: Path, date: str, rows: dict[str, tuple], origin: str = "pike (local, triton)") -> None:
    """A ``pike bench`` table written as ``pike bench`` writes it: task -> (ratio to the best
    torch.compile configuration, speedup over eager, correct, the key its pike events name[, the
    source_sha256 they name: tables from before events named it have none]), every event from
    ``origin``."""
    from pike_backend.bench.results import BenchResult, SystemResult, TaskResult

    tasks = [TaskResult(task, f"benchmarks/level3/{task}.py", pike_over_best_compile=ratio,
                        pike_events=[{"key": key, "origin": origin} | ({"source_sha256": sha[0]} if sha else {})],
                        systems={"pike": SystemResult("pike", ms=1.0, speedup=speedup, correct=correct)})
             for task, (ratio, speedup, correct, key, *sha) in rows.items()]
    BenchResult("paper", "bf16", "cuda", {}, True, date, ["eager", "pike"], [], 3, "cache-only", tasks=tasks).write_json(path)


def test_refresh_kernels_cache_takes_a_task_only_at_or_above_the_bar_of_earlier_tables(tmp_path):
    """benchmarks/refresh_kernels_cache.py, run as a command: a task's new entry replaces the
    bundle's only where pike was correct, no slower than eager and at or above the bar earlier
    tables set: the shipped entry's own best where a table timed it as it is now (served from the
    shipped bundle after it last changed, a runtime swap included), else the best of any table. The
    bundle's own search result is not taken again; a dry run writes nothing."""
    from pike_backend.cache.bundle import write_bundle

    shipped, export, history = tmp_path / "shipped", tmp_path / "export", tmp_path / "results"
    keys = ("aaa111", "bbb222", "ccc333", "ddd444", "eee555", "fff666", "ggg777")
    old = {key: SOURCE.replace("+ 1", f"+ {n}") for n, key in enumerate(keys, 2)}
    searched = "2026-01-01T00:00:00+00:00"
    write_bundle(shipped, [make_entry(key, source, created=searched) for key, source in old.items() if key != "fff666"]
                 + [make_entry("fff666", old["fff666"], created=searched,
                               runtime_swapped={"at": "2026-02-15T00:00:00+00:00", "from": "a", "to": "b"})])
    write_bundle(export, [make_entry(key, source.replace("x +", "x * 2 +"),
                                     created=searched if key == "eee555" else "2026-03-01T00:00:00+00:00")
                          for key, source in old.items()])
    _table(history / "level3-paper-a.json", "2025-12-01T00:00:00+00:00",
           {"up": (1.2, 2.0, True, "aaa111"), "down": (1.5, 2.0, True, "bbb222"), "late": (1.6, 2.0, True, "fff666")})
    _table(history / "level3-paper-b.json", "2025-12-02T00:00:00+00:00", {"up": (1.1, 2.0, True, "aaa111")})
    # the shipped entries timed as shipped after their search: "down"'s bar is its own 1.0x; "late"'s
    # runtime was swapped after this table, which therefore timed another entry
    _table(history / "level3-paper-c.json", "2026-02-01T00:00:00+00:00",
           {"down": (1.0, 2.0, True, "bbb222"), "late": (0.9, 2.0, True, "fff666")}, origin="pike (shipped, triton)")
    # where events name the source that ran, that decides: "exact"'s entry timed 1.0x by the table
    # that searched it (local, dated before the entry), a lucky 1.7x of another source not counted
    _table(history / "level3-paper-d.json", "2025-12-31T00:00:00+00:00",
           {"exact": (1.0, 2.0, True, "ggg777", sha256_text(old["ggg777"]))})
    _table(history / "level3-paper-e.json", "2026-02-02T00:00:00+00:00",
           {"exact": (1.7, 2.0, True, "ggg777", sha256_text("another source"))}, origin="pike (shipped, triton)")
    new = {"up": (1.3, 2.5, True, "aaa111"), "down": (1.4, 2.5, True, "bbb222"),
           "slow": (1.6, 0.9, True, "ccc333"), "wrong": (1.9, 3.0, False, "ddd444"),
           "same": (2.0, 3.0, True, "eee555"), "late": (1.5, 2.5, True, "fff666"), "exact": (1.2, 2.5, True, "ggg777")}
    _table(history / "level3-paper-now.json", "2026-03-02T00:00:00+00:00", new)  # the run itself, once copied
    results = tmp_path / "new.json"
    _table(results, "2026-03-02T00:00:00+00:00", new)
    command = [sys.executable, str(Path(__file__).resolve().parents[1] / "benchmarks" / "refresh_kernels_cache.py"),
               str(results), str(export), "--bundle", str(shipped), "--history", str(history / "level3-paper*.json")]

    dry = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0, dry.stderr
    lines = {line.split()[0]: line for line in dry.stdout.splitlines() if line.split()}
    assert lines["up"].endswith("take 1") and "earlier best 1.20x" in lines["up"]
    assert lines["down"].endswith("take 1") and "shipped entry's best 1.00x" in lines["down"]
    assert lines["late"].endswith("below 1.60x") and "earlier best" in lines["late"]
    assert lines["slow"].endswith("slower than eager") and "pike failed" in lines["wrong"]
    assert lines["same"].endswith("already shipped")
    assert lines["exact"].endswith("take 1") and "shipped entry's best 1.00x" in lines["exact"]
    assert "3 entries to take" in dry.stdout
    assert Bundle.open(shipped, require_signature=False).read("aaa111").source == old["aaa111"]

    done = subprocess.run(command + ["--apply"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "7 entries, all verified" in done.stdout
    bundle = Bundle.open(shipped, require_signature=False)
    taken = ("aaa111", "bbb222", "ggg777")
    assert [bundle.read(key).source for key in taken] == [old[k].replace("x +", "x * 2 +") for k in taken]
    assert [bundle.read(key).source for key in keys if key not in taken] == [old[k] for k in keys if k not in taken]
    assert bundle.verify() == []


def test_swap_kernels_runtime_gives_entries_of_an_earlier_runtime_the_current_one(tmp_path):
    """benchmarks/swap_kernels_runtime.py, run as a command: an entry holding one of the earlier
    runtimes given becomes exactly the Solution the current code builds, records the swap and is
    sealed again; an entry of another runtime stays; a dry run writes nothing."""
    from pike_backend.cache.bundle import write_bundle
    from pike_backend.offline.recipe import Recipe
    from pike_backend.offline.solution import build, inlined_runtime
    from pike_backend.offline.trace import trace_problem
    from pike_backend.problem import load_problem_file, sha256_text

    root = Path(__file__).resolve().parents[1]
    current = (root / "pike_backend" / "offline" / "runtime.py").read_text()
    built = build(trace_problem(load_problem_file(root / "benchmarks" / "level3" / "01_mlp.py")),
                  Recipe(path="module", cuda_graph=True)).source
    assert built.count(inlined_runtime()) == 1 and inlined_runtime() == inlined_runtime(current)
    earlier = [current.replace("_PK_MAX_SHAPES = 8", f"_PK_MAX_SHAPES = {n}") for n in (4, 6)]
    other = current.replace("_PK_MAX_SHAPES = 8", "_PK_MAX_SHAPES = 2")
    files = []
    for n, text in enumerate(earlier):
        files.append(tmp_path / f"runtime_{n}.py")
        files[-1].write_text(text)

    def holding(text: str) -> str:
        return built.replace(inlined_runtime(), inlined_runtime(text))

    shipped = tmp_path / "shipped"
    write_bundle(shipped, [make_entry("aaa111", holding(earlier[0])), make_entry("bbb222", holding(earlier[1])),
                           make_entry("ccc333", holding(other))])
    command = [sys.executable, str(root / "benchmarks" / "swap_kernels_runtime.py"), *map(str, files),
               "--bundle", str(shipped)]

    dry = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0, dry.stderr
    assert "2 of 3 entries hold one of the 2 earlier runtimes; 1 hold another" in dry.stdout
    assert Bundle.open(shipped, require_signature=False).read("aaa111").source == holding(earlier[0])

    done = subprocess.run(command + ["--apply"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "3 entries, all verified" in done.stdout
    bundle = Bundle.open(shipped, require_signature=False)
    for key, text in (("aaa111", earlier[0]), ("bbb222", earlier[1])):
        entry = bundle.read(key)
        assert entry.source == built
        assert entry.meta["runtime_swapped"]["from"] == sha256_text(inlined_runtime(text))
        assert entry.meta["runtime_swapped"]["to"] == sha256_text(inlined_runtime())
    assert bundle.read("ccc333").source == holding(other) and "runtime_swapped" not in bundle.read("ccc333").meta
    assert bundle.verify() == []

    # swapped again (the runtime changed since): the entry still names the runtime it was verified with
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        from swap_kernels_runtime import swapped
    finally:
        sys.path.remove(str(root / "benchmarks"))
    again = swapped(bundle.read("aaa111"), [inlined_runtime()], inlined_runtime(other))
    assert again.meta["runtime_swapped"]["from"] == sha256_text(inlined_runtime(earlier[0]))
    assert again.meta["runtime_swapped"]["to"] == sha256_text(inlined_runtime(other)) and again.source == holding(other)

    (tmp_path / "now.py").write_text(current)
    refused = subprocess.run(command[:2] + [str(tmp_path / "now.py"), "--bundle", str(shipped)],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "is the current runtime" in refused.stderr
