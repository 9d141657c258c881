"""IBA, COA and EFA driven by an LLM provider (gemini, openai or replay)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from ..llm import LLMCall, LLMClient, LLMError, LLMReply
from ..problem import Problem
from .agent import FixRequest, Idea, OptimizeRequest, Proposal
from .extract import apply_diff, extract_code, parse_ideas
from .prompts import SYSTEM, brainstorm_prompt, fix_prompt, optimize_prompt

log = logging.getLogger("pike_backend.search.llm_agent")


@dataclass
class RoleSettings:
    """Model, temperature and reply length of one agent role (model None: the run's model)."""

    model: str | None = None
    temperature: float = 0.8
    max_tokens: int = 16384


@dataclass
class LLMAgentConfig:
    iba: RoleSettings = field(default_factory=lambda: RoleSettings(max_tokens=8192))
    coa: RoleSettings = field(default_factory=RoleSettings)
    efa: RoleSettings = field(default_factory=RoleSettings)
    show_timings: bool = True  # tell the COA the parent's and the reference's runtimes
    timeout_s: float = 600.0
    retry_tries: int = 6
    retry_base_delay_s: float = 2.0
    concurrency: int = 8  # LLM calls in flight at once


class LLMAgent:
    def __init__(self, provider: str, clients: dict[str, LLMClient], config: LLMAgentConfig, tolerance_meta: dict):
        self.provider = provider
        self.clients = clients  # role -> client
        self.config = config
        self.meta = tolerance_meta
        self.name = f"{provider}:{clients['coa'].model}"
        self.max_concurrency = config.concurrency
        self._lock = threading.Lock()
        self.calls: list[dict] = []  # usage of every call, IBA included

    def spent(self) -> tuple[int, float]:
        with self._lock:
            return len(self.calls), sum(c["cost_usd"] for c in self.calls)

    def _ask(self, role: str, prompt: str, tag: str) -> LLMReply:
        settings: RoleSettings = getattr(self.config, role)
        call = LLMCall(SYSTEM, prompt, settings.temperature, settings.max_tokens, role=role, tag=tag)
        reply = self.clients[role].complete(call)
        with self._lock:
            self.calls.append({"role": role, "tag": tag, **reply.usage()})
        return reply

    def brainstorm(self, problem: Problem, max_ideas: int) -> list[Idea]:
        try:
            reply = self._ask("iba", brainstorm_prompt(problem.source, max_ideas, self.meta), "iba")
        except LLMError as error:
            log.warning("IBA call failed (%s); the search goes on without ideas", error)
            return []
        return [Idea(**idea) for idea in parse_ideas(reply.text, max_ideas)]

    def _proposal(self, role: str, prompt: str, tag: str, parse, idea: Idea | None, kind: str) -> Proposal:
        try:
            reply = self._ask(role, prompt, tag)
        except LLMError as error:
            return Proposal(None, idea=idea, prompt=prompt, error=f"LLM call failed: {error}", llm_call=True)
        source, why = parse(reply.text)
        return Proposal(
            source, kind=kind, idea=idea, prompt=prompt, reply=reply.text,
            error=why, usage=reply.usage(), llm_call=True,
        )

    def optimize(self, request: OptimizeRequest) -> Proposal:
        if not self.config.show_timings:
            request = OptimizeRequest(**{**vars(request), "parent_ms": None, "ref_ms": None})
        prompt = optimize_prompt(request, self.meta)
        kind = (request.idea.kind if request.idea else "") or "llm"
        if request.diff_mode and request.parent_source:
            parent = request.parent_source
            return self._proposal("coa", prompt, request.tag, lambda text: apply_diff(parent, text), request.idea, kind)
        return self._proposal("coa", prompt, request.tag, extract_code, request.idea, kind)

    def fix(self, request: FixRequest) -> Proposal:
        # kind "": a fix keeps the label of the rewrite it repairs
        return self._proposal("efa", fix_prompt(request, self.meta), request.tag, extract_code, None, "")
