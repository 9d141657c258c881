"""Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Ollama, gateways), over stdlib HTTP."""

from __future__ import annotations

import json
import os
import socket
import time
import urllib.error
import urllib.request

from .base import LLMCall, LLMError, LLMReply, MissingKeyError, TransientLLMError
from .pricing import cost_usd
from .retry import RetryPolicy, call_with_retries

DEFAULT_BASE_URL = "https://api.openai.com/v1"
RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _retry_after(headers) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class OpenAIClient:
    provider = "openai"

    def __init__(self, model: str, base_url: str | None = None, timeout_s: float = 600.0,
                 retry: RetryPolicy | None = None, api_key: str | None = None):
        self.model = model
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.timeout_s = timeout_s
        self.retry = retry or RetryPolicy()
        self.api_key = api_key or os.environ.get("OPENAI_API_KEY")
        # local servers (vLLM, Ollama) take no key; OpenAI's own endpoint always does
        if not self.api_key and self.base_url == DEFAULT_BASE_URL:
            raise MissingKeyError(
                "agent 'openai' needs an API key: set OPENAI_API_KEY (or point llm_base_url at a server that needs none)"
            )

    def _once(self, call: LLMCall) -> dict:
        body = {
            "model": self.model,
            "messages": ([{"role": "system", "content": call.system}] if call.system else [])
            + [{"role": "user", "content": call.prompt}],
            "temperature": call.temperature,
            "max_tokens": call.max_tokens,
        }
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions", data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            detail = error.read()[:300].decode(errors="replace")
            message = f"openai HTTP {error.code}: {detail}"
            if error.code in RETRY_STATUS:
                raise TransientLLMError(message, _retry_after(error.headers)) from None
            raise LLMError(message) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as error:
            raise TransientLLMError(f"openai: {type(error).__name__}: {error}") from None
        except json.JSONDecodeError as error:
            raise TransientLLMError(f"openai: reply is not JSON ({error})") from None

    def complete(self, call: LLMCall) -> LLMReply:
        start = time.monotonic()
        data, tries = call_with_retries(lambda: self._once(call), self.retry, f"openai {self.model}")
        choices = data.get("choices") or []
        if not choices:
            raise LLMError(f"openai: reply has no choices: {json.dumps(data)[:300]}")
        text = (choices[0].get("message") or {}).get("content") or ""
        usage = data.get("usage") or {}
        input_tokens, output_tokens = int(usage.get("prompt_tokens", 0)), int(usage.get("completion_tokens", 0))
        return LLMReply(
            text=text,
            model=data.get("model") or self.model,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=cost_usd(self.model, input_tokens, output_tokens),
            latency_s=time.monotonic() - start,
            tries=tries,
        )
