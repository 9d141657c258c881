"""Did a candidate tamper with the worker it ran in?

The verdict never depends on the worker's torch (comparisons run in the evaluator's process and
the clocks are captured early), but a warm worker is reused across candidates, so a candidate that
patches torch, installs a trace hook, pushes a torch function/dispatch mode or leaves a thread
running could affect the candidates after it. A snapshot taken before any candidate is compared
after each one; any difference rejects that candidate and the worker is replaced.
"""

from __future__ import annotations

import importlib
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

import torch

# Namespaces whose callables a cheat would replace: the comparison, RNG and timing functions, the
# tensor methods and the evaluator's own worker-side modules.
WATCHED_MODULES = (
    "builtins",
    "time",
    "gc",
    "math",
    "random",
    "torch",
    "torch.nn.functional",
    "torch.cuda",
    "torch.testing",
    "torch.linalg",
    "torch.backends.cuda",
    "torch.backends.cudnn",
    "triton",
    "triton.testing",
    "pike_backend.problem",
    "pike_backend.evaluate.codec",
    "pike_backend.evaluate.timing",
    "pike_backend.evaluate.worker",
    "multiprocessing.connection",
)
WATCHED_CLASSES = (
    ("torch.Tensor", lambda: torch.Tensor),
    ("torch._C.TensorBase", lambda: torch._C.TensorBase),
    ("torch.nn.Module", lambda: torch.nn.Module),
    ("torch.cuda.Event", lambda: torch.cuda.Event),
)


def _namespace_items(name: str, namespace: dict[str, Any]) -> dict[str, Any]:
    return {
        f"{name}.{attr}": value
        for attr, value in namespace.items()
        if callable(value) or isinstance(value, type(sys))
    }


def precision_flags() -> dict[str, Any]:
    return {
        "torch.backends.cuda.matmul.allow_tf32": torch.backends.cuda.matmul.allow_tf32,
        "torch.backends.cudnn.allow_tf32": torch.backends.cudnn.allow_tf32,
        "torch.backends.cuda.matmul.allow_fp16_reduced_precision_reduction": (
            torch.backends.cuda.matmul.allow_fp16_reduced_precision_reduction
        ),
        "torch.backends.cuda.matmul.allow_bf16_reduced_precision_reduction": (
            torch.backends.cuda.matmul.allow_bf16_reduced_precision_reduction
        ),
        "float32_matmul_precision": torch.get_float32_matmul_precision(),
    }


@dataclass
class Snapshot:
    objects: dict[str, Any] = field(default_factory=dict)
    meta_path: list[Any] = field(default_factory=list)
    threads: set[int] = field(default_factory=set)

    @classmethod
    def take(cls) -> "Snapshot":
        objects: dict[str, Any] = {}
        for name in WATCHED_MODULES:
            module = sys.modules.get(name)
            if module is None:
                try:
                    module = importlib.import_module(name)
                except ImportError:  # e.g. no triton: nothing there to patch
                    continue
            objects.update(_namespace_items(name, vars(module)))
        for name, get in WATCHED_CLASSES:
            objects.update(_namespace_items(name, dict(vars(get()))))
        return cls(objects, list(sys.meta_path), {t.ident for t in threading.enumerate()})

    def tampering(self) -> list[str]:
        """What differs now from this snapshot, one line each (empty when nothing does), less what
        torch.compile itself changes (see ``differences``)."""
        return self.differences()[0]

    def differences(self) -> tuple[list[str], list[str]]:
        """(tampering, torch.compile's own changes) since this snapshot, from one look at the
        worker. Either makes the worker unfit for the next candidate; only the first rejects."""
        now = Snapshot.take()
        found, benign = [], []
        for name, value in self.objects.items():
            current = now.objects.get(name, _MISSING)
            if current is not value:
                (benign if _from_torch_compile(current) else found).append(f"replaced {name}")
        if len(now.meta_path) != len(self.meta_path) or any(a is not b for a, b in zip(now.meta_path, self.meta_path)):
            found.append("changed sys.meta_path (an import hook)")
        if sys.gettrace() is not None or sys.getprofile() is not None:
            found.append("installed a trace or profile hook (sys.settrace / sys.setprofile)")
        if torch._C._len_torch_function_stack() > 0:
            found.append("left a torch function mode active")
        if torch._C._len_torch_dispatch_stack() > 0:
            found.append("left a torch dispatch mode active")
        new_threads = [t.name for t in threading.enumerate() if t.ident not in self.threads and t.is_alive()]
        benign += [name for name in new_threads if name.startswith(_COMPILE_THREADS)]
        new_threads = [name for name in new_threads if not name.startswith(_COMPILE_THREADS)]
        if new_threads:
            found.append(f"left threads running ({', '.join(sorted(new_threads))})")
        return found, benign


# torch.compile (a legitimate candidate: the inductor seeds are just that) wraps a few torch
# functions on first use (torch.manual_seed, nn.Module.__init__ for generation tagging) and leaves
# its compile pool (with the pool's idle timer) and tqdm's monitor thread running. Those changes cannot reach the verdict (the
# comparison runs in the evaluator's process, the clocks were captured before the candidate), so
# they do not reject a candidate; the worker is replaced after it all the same.
_COMPILE_MODULES = ("torch._dynamo", "torch._inductor", "torch._functorch", "torch.fx", "torch._subclasses")
_COMPILE_THREADS = ("ThreadPoolExecutor", "tqdm_monitor", "InductorSubproc", "subproc_worker_timer")


def _from_torch_compile(value: Any) -> bool:
    module = getattr(value, "__module__", None) or ""
    return module.startswith(_COMPILE_MODULES)


_MISSING = object()
