"""The one small interface every LLM provider implements, and its errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class LLMError(RuntimeError):
    """A call that failed for good (after retries): the attempt fails, the search goes on."""


class TransientLLMError(LLMError):
    """A call worth retrying: 429, 5xx, a timeout or a dropped connection."""

    def __init__(self, message: str, retry_after_s: float | None = None):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class MissingKeyError(ValueError):
    """No API key for the chosen provider; the message names the variable to set."""


@dataclass
class LLMCall:
    system: str
    prompt: str
    temperature: float
    max_tokens: int
    role: str = ""  # iba / coa / efa: lets recorded replies be served by role
    tag: str = ""  # the request's place in the run, so identical prompts get their own replies


@dataclass
class LLMReply:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    latency_s: float = 0.0
    tries: int = 1
    source: str = "live"  # live / journal (answered before a resume) / replay (recorded run)
    extra: dict[str, Any] = field(default_factory=dict)

    def usage(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": self.cost_usd,
            "latency_s": round(self.latency_s, 3),
            "tries": self.tries,
            "source": self.source,
        }


class LLMClient(Protocol):
    provider: str
    model: str

    def complete(self, call: LLMCall) -> LLMReply: ...
