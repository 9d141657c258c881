"""``pike cache ls|show|export|import|verify|prune`` and ``pike warmup``.

The store and bundles are found as the backend finds them: ``PIKE_CACHE_DIR`` (``cache_dir``),
``PIKE_KERNELS`` (``kernels``) and the shipped ``kernels_cache/``; ``PIKE_BUNDLE_KEY`` signs exports
and is required of imported bundles when set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from ..options import PikeOptions
from ..problem import ProblemError, check_solution_source
from .bundle import Bundle, BundleError, bundle_key, write_bundle
from .entry import CacheEntry, EntryError
from .kernel_cache import KernelCache
from .store import LocalStore, PrunePolicy


def register(subparsers) -> None:
    cache = subparsers.add_parser("cache", help="inspect, ship and prune the kernel cache")
    verbs = cache.add_subparsers(dest="cache_command", metavar="VERB", required=True)

    ls = verbs.add_parser("ls", help="list the entries of the local store")
    ls.add_argument("--all", action="store_true", help="also list the entries of every bundle in the lookup path")
    ls.add_argument("--json", action="store_true", help="print a JSON list, one object per entry")
    ls.set_defaults(func=run_ls)

    show = verbs.add_parser("show", help="print one entry's metadata and source")
    show.add_argument("key", help="a cache key, or a unique prefix of one")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    export = verbs.add_parser("export", help="write the local store as a bundle (signed when PIKE_BUNDLE_KEY is set)")
    export.add_argument("out", help="a new or empty directory, or an existing bundle to replace")
    export.set_defaults(func=run_export)

    imp = verbs.add_parser("import", help="verify a bundle and merge it into the local store")
    imp.add_argument("bundle")
    imp.set_defaults(func=run_import)

    verify = verbs.add_parser("verify", help="check a bundle (or the local store); exit 1 naming each bad entry")
    verify.add_argument("bundle", nargs="?", help="a bundle directory; the local store when left out")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=run_verify)

    prune = verbs.add_parser(
        "prune", help="remove entries; corrupt ones always, incompatible ones when no other criterion is given"
    )
    prune.add_argument("--older-than", type=float, metavar="DAYS", help="entries created more than DAYS ago")
    prune.add_argument("--max-size", type=float, metavar="MB", help="keep only the newest entries that fit in MB")
    prune.add_argument("--incompatible", action="store_true", help="entries for another GPU or torch/triton version")
    prune.add_argument("--dry-run", action="store_true", help="only say what would be removed")
    prune.set_defaults(func=run_prune)

    warmup = subparsers.add_parser(
        "warmup", help="run a script so every pike-compiled graph is searched and cached, then report"
    )
    warmup.add_argument("--json", action="store_true", help="print the report as JSON on the last line")
    warmup.add_argument("script", help="the Python script to run")
    warmup.add_argument("args", nargs=argparse.REMAINDER, help="arguments passed to the script")
    warmup.set_defaults(func=run_warmup)


def _store() -> LocalStore:
    return LocalStore(PikeOptions.from_sources().cache_dir)


def _status(entry: CacheEntry) -> str:
    why = entry.incompatibility()
    return "ok" if why is None else f"incompatible: {why}"


def _listing(include_bundles: bool) -> Iterator[dict[str, Any]]:
    with _store() as store:
        for item in store.items():
            if item.entry is None:
                yield {"key": item.key, "source_sha256": None, "gpu": None, "speedup": None,
                       "origin": "local", "status": f"corrupt: {item.problem}"}
            else:
                yield {**item.entry.summary(), "status": _status(item.entry)}
    if include_bundles:
        cache = KernelCache.from_options(PikeOptions.from_sources())
        for bundle in cache.bundles():
            for key in bundle.keys:
                try:
                    entry = bundle.read(key)
                except EntryError as error:
                    yield {"key": key, "source_sha256": None, "gpu": None, "speedup": None,
                           "origin": bundle.origin, "status": f"corrupt: {error}"}
                    continue
                yield {**entry.summary(), "status": _status(entry)}


def _table(rows: list[dict[str, Any]]) -> str:
    columns = (("key", 16), ("speedup", 8), ("gpu", 22), ("winner_kind", 16), ("problem_name", 24),
               ("created", 25), ("origin", 10), ("status", 40))
    lines = ["  ".join(name.upper().ljust(width) for name, width in columns).rstrip()]
    for row in rows:
        cells = []
        for name, width in columns:
            value = row.get(name)
            text = "-" if value in (None, "") else f"{value:.2f}x" if name == "speedup" else str(value)
            cells.append((text if len(text) <= width else text[: width - 1] + "…").ljust(width))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def run_ls(args) -> int:
    rows = list(_listing(args.all))
    if args.json:
        print(json.dumps(rows))
    elif rows:
        print(_table(rows))
    else:
        print(f"no entries in {_store().directory}")
    return 0


def _find(prefix: str) -> CacheEntry:
    """The entry whose key is ``prefix`` or starts with it, from the store or any bundle."""
    cache = KernelCache.from_options(PikeOptions.from_sources())
    candidates: dict[str, list] = {}
    if cache.local is not None:
        for key in cache.local.keys():
            if key.startswith(prefix):
                candidates.setdefault(key, []).append(lambda key=key: cache.local.read(key))
    for bundle in cache.bundles():
        for key in bundle.keys:
            if key.startswith(prefix):
                candidates.setdefault(key, []).append(lambda key=key, bundle=bundle: bundle.read(key))
    if not candidates:
        raise ValueError(f"no cache entry has a key starting with {prefix!r}; list them with `pike cache ls --all`")
    if len(candidates) > 1:
        raise ValueError(f"{len(candidates)} keys start with {prefix!r}; give more of the key")
    entry = candidates.popitem()[1][0]()  # the first layer in lookup order
    entry.check_integrity()
    return entry


def run_show(args) -> int:
    try:
        entry = _find(args.key)
    except EntryError as error:
        print(f"pike cache show: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"key": entry.key, "origin": entry.origin, "status": _status(entry),
                          "meta": entry.meta, "source": entry.source}))
        return 0
    meta = {k: v for k, v in entry.meta.items() if k not in ("key_parts", "verdict")}
    print(f"key     {entry.key}\norigin  {entry.origin}\nstatus  {_status(entry)}")
    for name, value in sorted(meta.items()):
        print(f"{name:14s}{value}")
    print("\n# ---- source ----")
    print(entry.source)
    return 0


def run_export(args) -> int:
    good, bad = [], []
    with _store() as store:
        for item in store.items():
            (good if item.entry is not None else bad).append(item)
    key = bundle_key()
    write_bundle(args.out, [item.entry for item in good], key)
    for item in bad:
        print(f"pike cache export: skipped {item.key}: {item.problem}", file=sys.stderr)
    print(f"exported {len(good)} entr{'y' if len(good) == 1 else 'ies'} to {args.out} "
          f"({'signed' if key else 'unsigned'})")
    return 1 if bad else 0


def run_import(args) -> int:
    path = Path(args.bundle)
    if not path.exists():
        raise ValueError(f"bundle {path} does not exist; give a directory made by `pike cache export`")
    bundle = Bundle.open(path, bundle_key())
    imported = kept = 0
    refused = []
    with _store() as store:
        for key in bundle.keys:
            try:
                entry = bundle.read(key)
            except EntryError as error:
                refused.append((key, str(error)))
                continue
            entry.meta["imported_from"] = str(path.resolve())
            held = store.put(entry)
            if held is not None and held.source_sha256 == entry.source_sha256:
                imported += 1
            else:
                kept += 1
    for key, problem in refused:
        print(f"pike cache import: refused {key}: {problem}", file=sys.stderr)
    print(f"imported {imported}, kept {kept} faster existing, refused {len(refused)} from {path}")
    return 1 if refused else 0


def _verify_store() -> tuple[str, int, list[tuple[str, str]]]:
    problems, count = [], 0
    with _store() as store:
        for item in store.items():
            count += 1
            if item.entry is None:
                problems.append((item.key, item.problem))
                continue
            try:
                check_solution_source(item.entry.source, what=f"entry {item.key}")
            except ProblemError as error:
                problems.append((item.key, str(error)))
        return str(store.directory), count, problems


def _verify_bundle(path: Path) -> tuple[str, int, list[tuple[str, str]]]:
    if not path.exists():
        raise ValueError(f"bundle {path} does not exist; give a bundle directory, or nothing for the local store")
    try:
        bundle = Bundle.open(path, bundle_key())
    except BundleError as error:
        return str(path), 0, [(str(path), str(error))]
    return str(path), len(bundle.keys), bundle.verify()


def run_verify(args) -> int:
    where, count, problems = _verify_bundle(Path(args.bundle)) if args.bundle else _verify_store()
    if args.json:
        print(json.dumps({"path": where, "entries": count, "ok": not problems,
                          "bad": [{"name": n, "problem": p} for n, p in problems]}))
    else:
        for name, problem in problems:
            print(f"BAD {name}: {problem}")
        print(f"{where}: {count} entr{'y' if count == 1 else 'ies'}, " + ("all verified" if not problems else f"{len(problems)} bad"))
    return 1 if problems else 0


def run_prune(args) -> int:
    if args.older_than is not None and args.older_than < 0:
        raise ValueError(f"--older-than {args.older_than}: give a number of days >= 0")
    if args.max_size is not None and args.max_size < 0:
        raise ValueError(f"--max-size {args.max_size}: give a size in MB >= 0")
    no_criterion = args.older_than is None and args.max_size is None and not args.incompatible
    policy = PrunePolicy(
        older_than_days=args.older_than,
        max_bytes=None if args.max_size is None else int(args.max_size * 2**20),
        incompatible=args.incompatible or no_criterion,
    )
    with _store() as store:
        removed = store.prune(policy, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for key, why in removed:
        print(f"{verb} {key}: {why}")
    print(f"{verb} {len(removed)} entr{'y' if len(removed) == 1 else 'ies'}")
    return 0


def run_warmup(args) -> int:
    from .warmup import format_events, run_script

    result = run_script(args.script, args.args)
    print(format_events(result))
    if args.json:
        print(json.dumps(result.to_json(), default=str))
    return result.exit_code
