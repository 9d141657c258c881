"""The evaluator: the only judge of whether a candidate is correct, and how fast it is.

``Evaluator(workers)`` runs candidates in worker processes (see pool.py for who does what and
why), ``EvalConfig`` holds the settings and ``Verdict`` is the result.
"""

from .config import EvalConfig, caller_flags
from .pool import Evaluator
from .verdict import OutputDiff, Verdict

__all__ = ["EvalConfig", "Evaluator", "OutputDiff", "Verdict", "caller_flags"]
