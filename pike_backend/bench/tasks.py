"""Benchmark tasks: KernelBench-format files (``class Model``, ``get_inputs``, ``get_init_inputs``)."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Iterable

from ..problem import Problem, ProblemError, load_problem_file, load_source_module


def _task_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.glob("*.py") if not p.name.startswith("_"))
        if not files:
            raise ProblemError(f"directory {path} holds no task files; pass a directory of KernelBench .py files")
        return files
    if path.is_file():
        if path.suffix != ".py":
            raise ProblemError(f"{path} is not a .py file; pass KernelBench task files or directories of them")
        return [path]
    raise ProblemError(f"no such file or directory: {path}; pass a task .py file or a directory of them")


def discover_tasks(paths: Iterable[str | os.PathLike]) -> list[Problem]:
    """Every task named by ``paths`` (files, or directories of files, in name order), validated.

    A task is named by its file stem; where two stems collide (two suites with the same file
    name), the directory name is put in front of each.
    """
    files: list[Path] = []
    for path in paths:
        for file in _task_files(Path(path)):
            if file.resolve() not in {f.resolve() for f in files}:
                files.append(file)
    if not files:
        raise ProblemError("no tasks given; pass task .py files or directories of them")
    stems = [f.stem for f in files]
    problems = []
    for file in files:
        problem = load_problem_file(file)
        name = file.stem if stems.count(file.stem) == 1 else f"{file.parent.name}/{file.stem}"
        problems.append(Problem(name=name, source=problem.source, meta={"path": str(file)}))
    return problems


def load_task_module(task: Problem) -> ModuleType:
    """A fresh import of the task: each system gets its own ``Model`` class and code objects, so
    Dynamo's per-code-object cache never sees several systems' compiles of one function."""
    return load_source_module(task.source, prefix="pike_bench_task")
