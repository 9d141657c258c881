"""Problems (what to optimize) and the loading of problem and solution source.

A Problem is KernelBench-format source: ``class Model(nn.Module)``, ``get_inputs()`` and
``get_init_inputs()``. ``get_inputs()`` is the sampler: called after seeding torch it draws a fresh
valid input set, so the evaluator never relies on one fixed input. A Solution is source that
defines ``class ModelNew(nn.Module)`` with the same call signature. Both are plain text: they are
what is cached, shipped, shown to LLMs and loaded at run time.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any


class ProblemError(ValueError):
    """Bad problem or solution input; the message is one line naming the problem and the fix."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Problem:
    name: str
    source: str
    # extra facts the agents may use (e.g. the FX ops of an extracted subgraph); never needed
    # to evaluate: everything the evaluator needs is in ``source``.
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def sha256(self) -> str:
        return sha256_text(self.source)


def _defined_names(source: str, what: str) -> set[str]:
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise ProblemError(f"{what} is not valid Python (line {error.lineno}: {error.msg}); fix the syntax") from None
    return {
        node.name
        for node in tree.body
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
    } | {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def check_problem_source(source: str, what: str = "problem") -> None:
    names = _defined_names(source, what)
    missing = [n for n in ("Model", "get_inputs") if n not in names]
    if missing:
        raise ProblemError(
            f"{what} defines no {' and no '.join(missing)}; a KernelBench problem needs "
            "class Model(nn.Module), get_inputs() and get_init_inputs()"
        )


def check_solution_source(source: str, what: str = "candidate") -> None:
    if "ModelNew" not in _defined_names(source, what):
        raise ProblemError(f"{what} defines no class ModelNew; a solution must define class ModelNew(nn.Module)")


def load_problem_file(path: str | os.PathLike) -> Problem:
    path = Path(path)
    try:
        source = path.read_text()
    except OSError as error:
        raise ProblemError(f"cannot read problem file {path}: {error.strerror}") from None
    check_problem_source(source, what=f"problem file {path}")
    return Problem(name=path.stem, source=source)


def read_solution_file(path: str | os.PathLike) -> str:
    path = Path(path)
    try:
        source = path.read_text()
    except OSError as error:
        raise ProblemError(f"cannot read candidate file {path}: {error.strerror}") from None
    check_solution_source(source, what=f"candidate file {path}")
    return source


def _module_dir() -> Path:
    # Triton and inspect read kernel source back from the file a function was defined in,
    # so generated source is imported from a real file, one per content hash.
    base = os.environ.get("PIKE_MODULE_DIR") or os.path.join(tempfile.gettempdir(), f"pike-modules-{os.getuid()}")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_source_module(source: str, prefix: str = "pike_src") -> ModuleType:
    """Import ``source`` as a module from a file named by its hash (a fresh module each call)."""
    digest = sha256_text(source)[:20]
    path = _module_dir() / f"{prefix}_{digest}.py"
    if not path.exists() or path.read_text() != source:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(source)
        os.replace(tmp, path)
    name = f"{prefix}_{digest}_{id(source):x}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses, pickling and triton look modules up by name
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def seeded_inputs(module: ModuleType, seed: int, device: str) -> list[Any]:
    """A fresh input set from the problem's own sampler, moved to ``device``."""
    import torch

    torch.manual_seed(seed)
    inputs = list(module.get_inputs())
    return [x.to(device) if isinstance(x, torch.Tensor) else x for x in inputs]


def init_inputs(module: ModuleType) -> list[Any]:
    getter = getattr(module, "get_init_inputs", None)
    return list(getter()) if getter is not None else []


def build_reference(module: ModuleType, seed: int, device: str):
    import torch

    torch.manual_seed(seed)
    return module.Model(*init_inputs(module)).to(device).eval()


def build_candidate(module: ModuleType, problem_module: ModuleType, reference, seed: int, device: str):
    """ModelNew built like KernelBench does (same seed), then given the reference's weights where
    names and shapes agree, so a candidate never passes or fails on its own random init."""
    import torch

    torch.manual_seed(seed)
    candidate = module.ModelNew(*init_inputs(problem_module)).to(device).eval()
    ref_state = reference.state_dict()
    own = candidate.state_dict()
    shared = {k: v for k, v in ref_state.items() if k in own and own[k].shape == v.shape}
    if shared:
        candidate.load_state_dict(shared, strict=False)
    return candidate
