"""The benchmark suite runner: eager vs torch.compile modes vs pike, on KernelBench-format tasks."""

from .protocols import PROTOCOLS, Protocol, System, get_protocol, parse_systems
from .results import BenchResult, SystemResult, TaskResult
from .runner import BenchConfig, run_bench

__all__ = [
    "PROTOCOLS",
    "BenchConfig",
    "BenchResult",
    "Protocol",
    "System",
    "SystemResult",
    "TaskResult",
    "get_protocol",
    "parse_systems",
    "run_bench",
]
