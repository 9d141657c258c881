"""What a call costs: a per-model price table in USD per million tokens, editable.

The built-in table covers common models; a JSON file named by ``PIKE_LLM_PRICES`` adds or overrides
entries, e.g. ``{"my-model": {"input": 0.5, "output": 1.5}}``. A model missing from both costs 0
(right for local vLLM/Ollama servers) and is logged once.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from pathlib import Path

log = logging.getLogger("pike_backend.llm.pricing")

# USD per 1M tokens; thinking tokens bill as output. "long" prices apply above long_context tokens.
DEFAULT_PRICES: dict[str, dict[str, float]] = {
    "gemini-2.5-pro": {"input": 1.25, "output": 10.0, "long_context": 200_000, "input_long": 2.5, "output_long": 15.0},
    "gemini-2.5-flash": {"input": 0.30, "output": 2.50},
    "gemini-2.5-flash-lite": {"input": 0.10, "output": 0.40},
    "gemini-2.0-flash": {"input": 0.10, "output": 0.40},
    "gemini-3-pro-preview": {"input": 2.0, "output": 12.0, "long_context": 200_000, "input_long": 4.0, "output_long": 18.0},
    "gpt-4o": {"input": 2.50, "output": 10.0},
    "gpt-4o-mini": {"input": 0.15, "output": 0.60},
    "gpt-4.1": {"input": 2.0, "output": 8.0},
    "gpt-4.1-mini": {"input": 0.40, "output": 1.60},
    "o3": {"input": 2.0, "output": 8.0},
    "o4-mini": {"input": 1.10, "output": 4.40},
    "gpt-5": {"input": 1.25, "output": 10.0},
    "gpt-5-mini": {"input": 0.25, "output": 2.0},
}


@functools.lru_cache(maxsize=None)
def _load_overrides(path: str) -> dict[str, dict[str, float]]:
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"PIKE_LLM_PRICES={path}: cannot read a JSON price table ({error})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) and "input" in v and "output" in v for v in data.values()):
        raise ValueError(f'PIKE_LLM_PRICES={path}: expected {{"model": {{"input": usd_per_mtok, "output": usd_per_mtok}}}}')
    return data


def price_table() -> dict[str, dict[str, float]]:
    table = dict(DEFAULT_PRICES)
    path = os.environ.get("PIKE_LLM_PRICES")
    if path:
        table.update(_load_overrides(path))
    return table


@functools.lru_cache(maxsize=None)
def _warn_unpriced(model: str) -> None:
    log.info("no price known for model %r: its calls are counted as free (set PIKE_LLM_PRICES to price it)", model)


def _entry(model: str, table: dict[str, dict[str, float]]) -> dict[str, float] | None:
    name = model.split("/")[-1]  # "models/gemini-2.5-pro", "openai/gpt-4o"
    if name in table:
        return table[name]
    # dated or suffixed variants ("gemini-2.5-pro-preview-06-05") price like their family
    prefixes = [key for key in table if name.startswith(key)]
    return table[max(prefixes, key=len)] if prefixes else None


def cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    entry = _entry(model, price_table())
    if entry is None:
        _warn_unpriced(model)
        return 0.0
    long_ctx = entry.get("long_context")
    if long_ctx and input_tokens > long_ctx:
        rate_in, rate_out = entry.get("input_long", entry["input"]), entry.get("output_long", entry["output"])
    else:
        rate_in, rate_out = entry["input"], entry["output"]
    return (input_tokens * rate_in + output_tokens * rate_out) / 1e6
