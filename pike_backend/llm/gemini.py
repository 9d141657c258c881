"""Gemini through google-genai."""

from __future__ import annotations

import os
import time

from .base import LLMCall, LLMError, LLMReply, MissingKeyError, TransientLLMError
from .pricing import cost_usd
from .retry import RetryPolicy, call_with_retries

KEY_VARIABLES = ("GEMINI_API_KEY", "GOOGLE_API_KEY")
RETRY_STATUS = {408, 429, 500, 502, 503, 504}


def gemini_key() -> str:
    for name in KEY_VARIABLES:
        if os.environ.get(name):
            return os.environ[name]
    raise MissingKeyError("agent 'gemini' needs an API key: set GEMINI_API_KEY (or GOOGLE_API_KEY), or use --agent offline")


def _is_network_error(error: BaseException) -> bool:
    # google-genai raises httpx (or httpx2) exceptions for transport faults; match by name so
    # either transport library is covered without importing it.
    names = {cls.__name__ for cls in type(error).__mro__}
    return bool(names & {"TimeoutException", "TransportError", "NetworkError", "TimeoutError", "ConnectionError"})


class GeminiClient:
    provider = "gemini"

    def __init__(self, model: str, base_url: str | None = None, timeout_s: float = 600.0,
                 retry: RetryPolicy | None = None, api_key: str | None = None):
        from google import genai
        from google.genai import types

        self.model = model
        self.retry = retry or RetryPolicy()
        # v1beta pinned: google-genai's default moved between releases, and v1beta is the
        # protocol proxies and our test server speak
        http_options = types.HttpOptions(base_url=base_url, api_version="v1beta", timeout=int(timeout_s * 1000))
        self._types = types
        self._client = genai.Client(api_key=api_key or gemini_key(), http_options=http_options)

    def _once(self, call: LLMCall):
        from google.genai import errors

        config = self._types.GenerateContentConfig(
            system_instruction=call.system or None,
            temperature=call.temperature,
            max_output_tokens=call.max_tokens,
        )
        try:
            return self._client.models.generate_content(model=self.model, contents=call.prompt, config=config)
        except errors.APIError as error:
            message = f"gemini HTTP {error.code}: {str(error)[:300]}"
            if error.code in RETRY_STATUS:
                retry_after = None
                response = getattr(error, "response", None)
                header = getattr(response, "headers", {}).get("retry-after") if response is not None else None
                if header:
                    try:
                        retry_after = float(header)
                    except ValueError:
                        pass
                raise TransientLLMError(message, retry_after) from None
            raise LLMError(message) from None
        except Exception as error:
            if _is_network_error(error):
                raise TransientLLMError(f"gemini: {type(error).__name__}: {error}") from None
            raise

    def complete(self, call: LLMCall) -> LLMReply:
        start = time.monotonic()
        response, tries = call_with_retries(lambda: self._once(call), self.retry, f"gemini {self.model}")
        usage = response.usage_metadata
        input_tokens = (usage.prompt_token_count or 0) if usage else 0
        # thinking tokens are billed as output
        output_tokens = ((usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0)) if usage else 0
        try:
            text = response.text or ""
        except ValueError:  # a blocked or empty candidate: no text, which the caller treats as no code
            text = ""
        return LLMReply(
            text=text,
            model=self.model,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=cost_usd(self.model, input_tokens, output_tokens),
            latency_s=time.monotonic() - start,
            tries=tries,
        )
