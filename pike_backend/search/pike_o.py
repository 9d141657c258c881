"""PIKE-O: an OpenEvolve-style evolutionary search. Islands of verified programs evolve apart and
exchange their best by ring migration; each island keeps MAP-Elites style cells (by kernel count
and code size) so different approaches survive; a global elite archive feeds exploitation. Parents
are picked by explore (random from the island) / exploit (from the archive) / random (from all)
ratios; prompts carry the island's top programs and diverse inspirations; children are full
rewrites or SEARCH/REPLACE diffs, and failed children go to the EFA.

Defaults follow the paper's best setting: exploit-heavy with the EFA on, and one island (its
ablations found parallel islands tilt the search toward exploration).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .agent import Idea, OptimizeRequest
from .engine import Engine, Task
from .library import Solution


@dataclass
class PikeOConfig:
    islands: int = 1
    children_per_island: int = 4  # COA queries per island per generation
    population_size: int = 40  # programs kept per island
    archive_size: int = 8  # global elites (the exploit pool)
    feature_bins: int = 4  # MAP-Elites bins per feature
    migration_interval: int = 5  # generations between migrations
    migration_rate: float = 0.2  # fraction of an island's best sent to the next island
    exploration_ratio: float = 0.1
    exploitation_ratio: float = 0.8  # the rest picks a parent at random from all programs
    num_top_programs: int = 2  # the island's best shown in the prompt
    num_inspirations: int = 1  # diverse programs (other cells) shown in the prompt
    diff_mode: bool = False  # ask for SEARCH/REPLACE diffs instead of full rewrites
    fix_rounds: int = 3  # EFA rounds per failed child (0: no EFA)
    ideas: int = 4  # IBA ideas for the first children (0: no brainstorming)
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("islands", "children_per_island", "population_size", "archive_size", "feature_bins", "migration_interval"):
            if getattr(self, name) < 1:
                raise ValueError(f"pike-o {name} must be at least 1, got {getattr(self, name)}")
        ratios = (self.exploration_ratio, self.exploitation_ratio, self.migration_rate)
        if any(not 0.0 <= r <= 1.0 for r in ratios) or self.exploration_ratio + self.exploitation_ratio > 1.0:
            raise ValueError("pike-o ratios must lie in [0, 1], with exploration_ratio + exploitation_ratio <= 1")
        if self.fix_rounds < 0 or self.ideas < 0 or self.num_top_programs < 0 or self.num_inspirations < 0:
            raise ValueError("pike-o fix_rounds, ideas, num_top_programs and num_inspirations must be 0 or more")


class PikeO:
    name = "pike-o"

    def __init__(self, config: PikeOConfig):
        self.config = config
        self.rng = random.Random(config.seed)
        self.islands: list[list[int]] = [[] for _ in range(config.islands)]
        self.cells: list[dict[tuple[int, int], int]] = [{} for _ in range(config.islands)]
        self.archive: list[int] = []
        self.migrations: list[dict] = []
        self.generation = 0

    def state(self) -> dict:
        return {
            "strategy": self.name,
            "generation": self.generation,
            "islands": self.islands,
            "cells": [{f"{k[0]},{k[1]}": v for k, v in cells.items()} for cells in self.cells],
            "archive": self.archive,
            "migrations": self.migrations,
        }

    # -- the database -----------------------------------------------------------------------

    def cell(self, solution: Solution) -> tuple[int, int]:
        bins = self.config.feature_bins
        kernels = solution.source.count("@triton.jit")
        size = int(math.log2(max(1.0, len(solution.source) / 500)))
        return min(kernels, bins - 1), min(size, bins - 1)

    def _ranked(self, ids: list[int], engine: Engine) -> list[Solution]:
        return sorted((engine.library.get(i) for i in ids), key=lambda s: (s.ms, s.id))  # fastest first, see library.py

    def insert(self, island: int, solution: Solution, engine: Engine) -> None:
        if solution.id not in self.islands[island]:
            self.islands[island].append(solution.id)
        cells, key = self.cells[island], self.cell(solution)
        if key not in cells or solution.ms < engine.library.get(cells[key]).ms:
            cells[key] = solution.id
        if solution.id not in self.archive:
            self.archive = [s.id for s in self._ranked(self.archive + [solution.id], engine)][: self.config.archive_size]
        self._trim(island, engine)

    def _trim(self, island: int, engine: Engine) -> None:
        protected = set(self.cells[island].values()) | set(self.archive)
        while len(self.islands[island]) > self.config.population_size:
            removable = [s for s in self._ranked(self.islands[island], engine) if s.id not in protected]
            if not removable:
                return
            self.islands[island].remove(removable[-1].id)

    def migrate(self, engine: Engine) -> None:
        """Ring migration: each island sends its best ``migration_rate`` share to the next one."""
        n = self.config.islands
        outgoing = []
        for island in range(n):
            ranked = self._ranked(self.islands[island], engine)
            count = max(1, round(self.config.migration_rate * len(ranked))) if ranked else 0
            outgoing.append(ranked[:count])
        for island, migrants in enumerate(outgoing):
            target = (island + 1) % n
            for solution in migrants:
                if solution.id not in self.islands[target]:
                    self.insert(target, solution, engine)
                    self.migrations.append({"generation": self.generation, "from": island, "to": target, "solution": solution.id})

    # -- choosing parents and inspirations --------------------------------------------------

    def select_parent(self, island: int, engine: Engine) -> Solution | None:
        everything = [s.id for s in engine.library.verified()]
        if not everything:
            return None
        draw = self.rng.random()
        if draw < self.config.exploration_ratio:
            pools = [self.islands[island], self.archive, everything]
        elif draw < self.config.exploration_ratio + self.config.exploitation_ratio:
            pools = [self.archive, self.islands[island], everything]
        else:
            pools = [everything]
        pool = next(p for p in pools if p)
        return engine.library.get(self.rng.choice(sorted(pool)))

    def inspirations(self, island: int, parent: Solution, engine: Engine) -> list[str]:
        top = [s for s in self._ranked(self.islands[island], engine) if s.id != parent.id][: self.config.num_top_programs]
        chosen = {parent.id} | {s.id for s in top}
        others = sorted(i for i in self.cells[island].values() if i not in chosen)
        diverse = self.rng.sample(others, min(self.config.num_inspirations, len(others)))
        return [s.source for s in top] + [engine.library.get(i).source for i in diverse]

    # -- the loop ---------------------------------------------------------------------------

    def _tasks(self, engine: Engine, ideas: list[Idea | None]) -> list[Task]:
        cfg, tasks = self.config, []
        for island in range(cfg.islands):
            for child in range(cfg.children_per_island):
                parent = self.select_parent(island, engine)
                if parent is None:
                    idea = ideas[(island * cfg.children_per_island + child + self.generation) % len(ideas)]
                    request = OptimizeRequest(engine.problem, None, idea=idea)
                    tasks.append(Task("coa", request, phase=self.generation, island=island, idea=idea))
                    continue
                request = OptimizeRequest(
                    engine.problem, parent.source, parent_ms=parent.verdict.new_ms, ref_ms=parent.verdict.ref_ms,
                    inspirations=self.inspirations(island, parent, engine), diff_mode=cfg.diff_mode,
                )
                tasks.append(Task("coa", request, parent=parent.id, phase=self.generation, island=island, kind=parent.kind))
        return tasks

    def run(self, engine: Engine) -> None:
        cfg = self.config
        ideas: list[Idea | None] = engine.brainstorm(cfg.ideas)[: cfg.ideas] if cfg.ideas else []
        ideas = ideas or [None]
        while not engine.exhausted():
            chains = engine.run_chains(self._tasks(engine, ideas), cfg.fix_rounds)
            if not chains:
                break
            for chain in chains:
                winner = next((o.solution for o in chain if o.correct), None)
                if winner is not None:
                    self.insert(chain[0].task.island, winner, engine)
            self.generation += 1
            if cfg.islands > 1 and self.generation % cfg.migration_interval == 0:
                self.migrate(engine)
