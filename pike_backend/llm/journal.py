"""Recorded replies: the journal that makes a run resumable, and the ``replay`` provider.

Every answered call is written at once to ``<run>/llm/<prompt sha>-<tag>.json``, before the reply
is used. A resumed run re-issues the same requests in the same order, so each one is answered from
the journal instead of the provider. The ``replay`` provider serves a recorded run (or a hand-made
``replies.jsonl``) for free: by exact prompt first, then by the same prompt, then the next unused
reply of the same role, so a replay still runs where timings (and so prompts) differ.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
from pathlib import Path

from .base import LLMCall, LLMClient, LLMError, LLMReply

log = logging.getLogger("pike_backend.llm.journal")


def prompt_sha(call: LLMCall) -> str:
    return hashlib.sha256(f"{call.role}\0{call.system}\0{call.prompt}".encode()).hexdigest()


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text) or "untagged"


def write_json_atomic(path: Path, data) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(data, indent=1))
    os.replace(tmp, path)


class ReplyJournal:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)

    def _path(self, call: LLMCall) -> Path:
        return self.directory / f"{prompt_sha(call)[:16]}-{_safe(call.tag or call.role)}.json"

    def get(self, call: LLMCall) -> LLMReply | None:
        path = self._path(call)
        try:
            data = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            return None
        return LLMReply(**{**data["reply"], "source": "journal"})

    def put(self, call: LLMCall, reply: LLMReply) -> None:
        record = {
            "role": call.role,
            "tag": call.tag,
            "prompt_sha": prompt_sha(call),
            "system": call.system,
            "prompt": call.prompt,
            "temperature": call.temperature,
            "created": time.time(),
            "reply": {k: v for k, v in vars(reply).items() if k != "source"},
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        write_json_atomic(self._path(call), record)


class JournaledClient:
    """A provider behind the run's journal: a call answered before is never sent again."""

    def __init__(self, client: LLMClient, journal: ReplyJournal):
        self.client = client
        self.journal = journal
        self.provider = client.provider
        self.model = client.model

    def complete(self, call: LLMCall) -> LLMReply:
        recorded = self.journal.get(call)
        if recorded is not None:
            return recorded
        reply = self.client.complete(call)
        self.journal.put(call, reply)
        return reply


class ReplayClient:
    provider = "replay"

    def __init__(self, replay_dir: str | os.PathLike, model: str = "replay"):
        self.directory = Path(replay_dir)
        self.model = model
        self._lock = threading.Lock()
        self._records = self._load()
        if not self._records:
            raise ValueError(
                f"replay_dir {self.directory} holds no recorded replies; point it at a search run folder "
                "(or a folder with replies.jsonl)"
            )
        self._used: set[int] = set()

    def _load(self) -> list[dict]:
        if not self.directory.is_dir():
            raise ValueError(f"replay_dir {self.directory} is not a folder; set replay_dir / PIKE_REPLAY_DIR to a search run")
        folder = self.directory / "llm" if (self.directory / "llm").is_dir() else self.directory
        records = []
        for path in sorted(folder.glob("*.json")):
            try:
                records.append(json.loads(path.read_text()))
            except (OSError, json.JSONDecodeError):
                log.warning("replay: skipping unreadable %s", path)
        records.sort(key=lambda r: (r.get("created", 0), r.get("tag", "")))
        hand_made = self.directory / "replies.jsonl"
        if hand_made.exists():
            for number, line in enumerate(hand_made.read_text().splitlines(), 1):
                if line.strip():
                    try:
                        entry = json.loads(line)
                        records.append({"role": entry["role"], "tag": "", "prompt_sha": "", "reply": {"text": entry["reply"]}})
                    except (json.JSONDecodeError, KeyError):
                        raise ValueError(f"{hand_made}:{number}: expected {{\"role\": ..., \"reply\": ...}}") from None
        return records

    def _pick(self, call: LLMCall) -> int | None:
        sha = prompt_sha(call)
        free = [i for i in range(len(self._records)) if i not in self._used]
        for match in (
            lambda r: r.get("prompt_sha") == sha and r.get("tag") == call.tag,
            lambda r: r.get("prompt_sha") == sha,
            lambda r: r.get("role") == call.role,
        ):
            for index in free:
                if match(self._records[index]):
                    return index
        return None

    def complete(self, call: LLMCall) -> LLMReply:
        with self._lock:
            index = self._pick(call)
            if index is None:
                raise LLMError(f"replay: no recorded {call.role or 'reply'} left in {self.directory}")
            self._used.add(index)
        recorded = self._records[index]["reply"]
        return LLMReply(
            text=recorded.get("text", ""),
            model=recorded.get("model", self.model),
            input_tokens=recorded.get("input_tokens", 0),
            output_tokens=recorded.get("output_tokens", 0),
            cost_usd=0.0,  # a replay costs nothing; the recorded run's cost stays in its own files
            source="replay",
        )
