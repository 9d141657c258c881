"""``make_agent(options)``: the agent the options name, LLM-driven or offline."""

from __future__ import annotations

import os

from ..llm import RetryPolicy, make_client
from ..llm.journal import JournaledClient, ReplyJournal
from ..options import PikeOptions
from .agent import Agent
from .llm_agent import LLMAgent, LLMAgentConfig

ROLES = ("iba", "coa", "efa")


def tolerance_meta(options: PikeOptions) -> dict:
    tolerance = options.tolerance
    return {
        "atol": tolerance.atol,
        "rtol": tolerance.rtol,
        "allow_tf32": tolerance.allow_tf32,
        "allow_low_precision": tolerance.allow_low_precision,
    }


def make_agent(options: PikeOptions, config: LLMAgentConfig | None = None,
               journal_dir: str | os.PathLike | None = None) -> Agent:
    """The agent of ``options.agent``. LLM agents get one client per model their roles use; with
    ``journal_dir`` every reply is recorded there first and a recorded call is never sent again."""
    if options.agent == "offline":
        from ..offline import OfflineAgent  # written separately; imported only when asked for

        return OfflineAgent(options)
    config = config or LLMAgentConfig()
    retry = RetryPolicy(max_tries=config.retry_tries, base_delay_s=config.retry_base_delay_s)
    journal = ReplyJournal(journal_dir) if journal_dir else None
    default_model = options.effective_model or options.agent
    clients: dict[str, object] = {}
    by_model: dict[str, object] = {}
    for role in ROLES:
        # replay serves every role from one recording, whatever the model names
        model = default_model if options.agent == "replay" else (getattr(config, role).model or default_model)
        if model not in by_model:
            client = make_client(options.agent, model, base_url=options.llm_base_url, timeout_s=config.timeout_s,
                                 retry=retry, replay_dir=options.replay_dir)
            by_model[model] = JournaledClient(client, journal) if journal else client
        clients[role] = by_model[model]
    return LLMAgent(options.agent, clients, config, tolerance_meta(options))
