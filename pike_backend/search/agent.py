"""The agent roles of the PIKE search, shared by LLM-driven and offline agents.

IBA (brainstorm) lists ideas for a problem, COA (optimize) rewrites a parent solution into a child,
EFA (fix) repairs a child that the evaluator rejected. Every proposal is Solution source text (or
None with the reason); only the evaluator decides whether it is correct.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..evaluate.verdict import Verdict
from ..problem import Problem


@dataclass
class Idea:
    title: str
    detail: str = ""
    kind: str = ""  # a short label of the rewrite, e.g. "cuda-graph", "fused-pointwise", "bf16"


@dataclass
class OptimizeRequest:
    problem: Problem
    parent_source: str | None  # None: write a first solution from the problem itself
    idea: Idea | None = None
    parent_ms: float | None = None
    ref_ms: float | None = None
    inspirations: list[str] = field(default_factory=list)  # other good solutions (PIKE-O)
    diff_mode: bool = False  # ask for a diff against the parent instead of a full rewrite
    tag: str = ""  # this request's place in the run (e.g. "a0007"): recorded replies are keyed by it


@dataclass
class FixRequest:
    problem: Problem
    source: str
    verdict: Verdict
    round: int = 1
    tag: str = ""  # this request's place in the run (e.g. "a0007"): recorded replies are keyed by it


@dataclass
class Proposal:
    source: str | None  # Solution source defining ModelNew, or None when nothing usable came back
    kind: str = ""  # what sort of candidate this is, reported as the winner kind
    idea: Idea | None = None
    prompt: str = ""
    reply: str = ""
    error: str = ""  # why there is no source (e.g. "reply had no code block")
    usage: dict[str, Any] = field(default_factory=dict)  # tokens, cost, model, latency
    llm_call: bool = False  # whether an LLM query was spent on it
    # no source because the agent has nothing new for this request, and asking again would not
    # change that (a rule-based agent that has proposed every rewrite): no attempt is spent on it
    exhausted: bool = False


class Agent(Protocol):
    name: str

    def brainstorm(self, problem: Problem, max_ideas: int) -> list[Idea]: ...

    def optimize(self, request: OptimizeRequest) -> Proposal: ...

    def fix(self, request: FixRequest) -> Proposal: ...
