"""Give the shipped entries built with earlier offline runtimes the current one:

    git show REV:pike_backend/offline/runtime.py > earlier_runtime.py     # one file per earlier REV
    python benchmarks/swap_kernels_runtime.py EARLIER_RUNTIME... [--bundle kernels_cache] [--apply]

Every offline-agent Solution carries ``pike_backend/offline/runtime.py`` inlined as text, so a
faster runtime reaches the shipped bundle only when its tasks are searched again. Where the
runtime's changes since REV keep what every spec means (REV's runtime and ours read the same
``_PK_SPEC`` fields the same way), an entry built with REV's runtime differs from the one the
current code writes by that text alone; this swaps it. Only entries whose inlined runtime is
exactly one of the given ones are touched: the others are counted and left. Each swapped entry
records the runtime it was verified with (``runtime_swapped``: the sha256 of that runtime text,
kept through later swaps, and of ours) and is sealed with its new source hash, as every entry is.

Prints what it would swap; ``--apply`` writes the bundle and verifies it, as
``refresh_kernels_cache.py`` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pike_backend.cache.entry import CacheEntry, now_iso  # noqa: E402
from pike_backend.offline.solution import inlined_runtime  # noqa: E402
from pike_backend.problem import sha256_text  # noqa: E402
from refresh_kernels_cache import read_all, write_verified  # noqa: E402  (this folder)


def swapped(entry: CacheEntry, earlier_texts: list[str], current: str) -> CacheEntry | None:
    """The entry with ``current`` in place of the earlier runtime it holds, or None where it holds none."""
    earlier = next((text for text in earlier_texts if entry.source.count(text) == 1), None)
    if earlier is None:
        return None
    meta = dict(entry.meta)
    verified_with = meta.get("runtime_swapped", {}).get("from") or sha256_text(earlier)  # across swaps
    meta["runtime_swapped"] = {"from": verified_with, "to": sha256_text(current), "at": now_iso()}
    return CacheEntry(entry.key, entry.source.replace(earlier, current), meta, entry.origin)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("earlier", nargs="+", help="earlier runtime.py files (git show REV:pike_backend/offline/runtime.py)")
    parser.add_argument("--bundle", default=str(ROOT / "kernels_cache"), help="the bundle to update")
    parser.add_argument("--apply", action="store_true", help="write the bundle (default: only print)")
    args = parser.parse_args(argv)

    current = inlined_runtime()
    earlier = [inlined_runtime(Path(path).read_text()) for path in args.earlier]
    if current in earlier:
        sys.exit("swap_kernels_runtime.py: one of the files given is the current runtime; give earlier ones only")
    entries = read_all(args.bundle)
    changed = {key: new for key, entry in entries.items() if (new := swapped(entry, earlier, current)) is not None}
    for key, entry in sorted(changed.items(), key=lambda item: item[1].meta.get("problem_name", "")):
        print(f"{entry.meta.get('problem_name', '?'):40s} {entry.meta.get('winner_kind', '')}  swap ({key[:12]})")
    print(f"{len(changed)} of {len(entries)} entries hold one of the {len(earlier)} earlier runtimes; "
          f"{len(entries) - len(changed)} hold another and stay as they are")
    if not args.apply or not changed:
        return 0
    entries.update(changed)
    return write_verified(args.bundle, entries)


if __name__ == "__main__":
    sys.exit(main())
