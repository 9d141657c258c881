"""LLM providers behind one small interface: gemini (google-genai), openai (any OpenAI-compatible
endpoint) and replay (recorded replies). ``make_client`` picks one; keys come from the environment."""

from __future__ import annotations

from .base import LLMCall, LLMClient, LLMError, LLMReply, MissingKeyError, TransientLLMError
from .retry import RetryPolicy

PROVIDERS = ("gemini", "openai", "replay")


def make_client(provider: str, model: str, base_url: str | None = None, timeout_s: float = 600.0,
                retry: RetryPolicy | None = None, replay_dir: str | None = None) -> LLMClient:
    """A client for ``provider``; raises MissingKeyError / ValueError naming what to set."""
    if provider == "gemini":
        from .gemini import GeminiClient

        return GeminiClient(model, base_url=base_url, timeout_s=timeout_s, retry=retry)
    if provider == "openai":
        from .openai_compat import OpenAIClient

        return OpenAIClient(model, base_url=base_url, timeout_s=timeout_s, retry=retry)
    if provider == "replay":
        from .journal import ReplayClient

        if not replay_dir:
            raise ValueError("agent 'replay' needs recorded replies: set replay_dir (or PIKE_REPLAY_DIR) to a search run folder")
        return ReplayClient(replay_dir, model=model)
    raise ValueError(f"unknown LLM provider {provider!r}; use one of {', '.join(PROVIDERS)}")


__all__ = [
    "LLMCall", "LLMClient", "LLMError", "LLMReply", "MissingKeyError", "TransientLLMError",
    "RetryPolicy", "PROVIDERS", "make_client",
]
