"""The ``pike`` command. Each verb lives with the part of pike it drives; this file only routes.

Exit codes: 0 success, 1 a negative verdict or failed run, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

# Modules that add verbs: each has ``register(subparsers)``, whose parsers set ``func(args) -> int``.
COMMAND_MODULES = (
    "pike_backend.evaluate.cli",
    "pike_backend.cache.cli",
    "pike_backend.search.cli",
    "pike_backend.bench.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pike", description="pike: searched, verified, cached Triton kernels for torch.compile")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .problem import ProblemError

    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("pike_backend").setLevel(level)
    try:
        return int(args.func(args) or 0)
    except (ProblemError, ValueError) as error:
        print(f"pike {args.command}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"pike {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
