"""PIKE-B: branching search. Phase 0 spends one COA query per brainstormed idea (in waves, when
the agent learns from its repairs); each later phase takes the top-k verified solutions and splits
its COA queries among them; every failed child goes to the EFA for up to ``fix_rounds`` rounds, one
query from the budget each."""

from __future__ import annotations

from dataclasses import dataclass

from .agent import Idea, OptimizeRequest
from .engine import Engine, Task
from .library import Solution

SPLITS = ("even", "rank")


@dataclass
class PikeBConfig:
    ideas: int = 10  # IBA ideas asked for; phase 0 spends one COA query on each
    branches: int = 10  # COA queries per later phase
    top_k: int = 3  # seeds per later phase
    split: str = "even"  # even: the same share for every seed; rank: better seeds get more
    fix_rounds: int = 3  # EFA rounds per failed child (0: no EFA)
    carry_elites: bool = True  # seeds from everything so far, not only the last phase's children
    max_phases: int | None = None
    # phase 0's ideas in waves of this many, each wave's failures repaired before the next starts,
    # so that what the EFA learns steers the ideas still to come; 0: the agent's ``first_wave``
    # (the offline agent's: 1) times the evaluations a device runs at once (``Engine.parallel``),
    # else all ideas in one wave (an LLM agent's queries run concurrently)
    first_wave: int = 0

    def __post_init__(self) -> None:
        for name in ("ideas", "branches", "top_k"):
            if getattr(self, name) < 1:
                raise ValueError(f"pike-b {name} must be at least 1, got {getattr(self, name)}")
        if self.first_wave < 0:
            raise ValueError(f"pike-b first_wave must be 0 (the agent's choice) or more, got {self.first_wave}")
        if self.fix_rounds < 0:
            raise ValueError(f"pike-b fix_rounds must be 0 or more, got {self.fix_rounds}")
        if self.split not in SPLITS:
            raise ValueError(f"pike-b split {self.split!r} is not one of {', '.join(SPLITS)}")


def split_queries(total: int, seeds: int, how: str) -> list[int]:
    """How many of ``total`` queries each of ``seeds`` ranked seeds gets (largest remainder)."""
    weights = [1.0] * seeds if how == "even" else [float(seeds - rank) for rank in range(seeds)]
    shares = [total * w / sum(weights) for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(seeds), key=lambda i: (-(shares[i] - counts[i]), i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


class PikeB:
    name = "pike-b"

    def __init__(self, config: PikeBConfig):
        self.config = config
        self.phases: list[dict] = []  # per phase: seeds and how many queries each got

    def state(self) -> dict:
        return {"strategy": self.name, "phases": self.phases}

    def _fresh_tasks(self, engine: Engine, ideas: list[Idea | None], count: int, phase: int) -> list[Task]:
        picked = [ideas[i % len(ideas)] for i in range(count)]
        return [
            Task("coa", OptimizeRequest(engine.problem, None, idea=idea), phase=phase, idea=idea)
            for idea in picked
        ]

    def _seeded_tasks(self, engine: Engine, seeds: list[Solution], phase: int) -> list[Task]:
        counts = split_queries(self.config.branches, len(seeds), self.config.split)
        self.phases.append({"phase": phase, "seeds": [s.id for s in seeds], "queries": counts})
        return [
            Task(
                "coa",
                OptimizeRequest(engine.problem, seed.source, parent_ms=seed.verdict.new_ms, ref_ms=seed.verdict.ref_ms),
                parent=seed.id, phase=phase, kind=seed.kind,
            )
            for seed, count in zip(seeds, counts)
            for _ in range(count)
        ]

    def _run_phase(self, engine: Engine, tasks: list[Task]) -> list[Solution]:
        chains = engine.run_chains(tasks, self.config.fix_rounds)
        return [o.solution for chain in chains for o in chain if o.solution is not None]

    def run(self, engine: Engine) -> None:
        cfg = self.config
        ideas: list[Idea | None] = engine.brainstorm(cfg.ideas)[: cfg.ideas] or [None]
        self.phases.append({"phase": 0, "seeds": [], "queries": [len(ideas)]})
        wave = cfg.first_wave or getattr(engine.agent, "first_wave", 0) * engine.parallel or len(ideas)
        last = []
        for start in range(0, len(ideas), wave):
            chunk = ideas[start:start + wave]
            last += self._run_phase(engine, self._fresh_tasks(engine, chunk, len(chunk), 0))
            if engine.exhausted():
                break
        phase = 1
        while not engine.exhausted() and (cfg.max_phases is None or phase < cfg.max_phases):
            seeds = engine.library.top_k(cfg.top_k, among=None if cfg.carry_elites else last)
            if not seeds:
                seeds = engine.library.top_k(cfg.top_k)  # the last phase found nothing: fall back
            if seeds:
                tasks = self._seeded_tasks(engine, seeds, phase)
            else:  # nothing verified yet: more first solutions, cycling through the ideas
                self.phases.append({"phase": phase, "seeds": [], "queries": [cfg.branches]})
                tasks = self._fresh_tasks(engine, ideas, cfg.branches, phase)
            last = self._run_phase(engine, tasks)
            if not last and getattr(engine.agent, "deterministic", False):
                break  # no code came back, and the same requests would bring none again
            phase += 1
