"""The run folder: every attempt on disk as it happens, the journals that make a run resumable,
and the library state.

    run.json            problem, options, search config, status (running / interrupted / done)
    problem.py          the problem source
    llm/                every answered LLM call (prompt + reply), written before the reply is used
    evals/              every verdict, by candidate hash, written before the verdict is used
    attempts/NNNN/      prompt.txt, reply.txt, code.py, verdict.json, attempt.json
    library.json        the solutions and the strategy's state after each wave
    result.json         the final SearchResult
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from ..llm.journal import write_json_atomic
from ..problem import Problem, ProblemError


class RunStore:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.llm_dir = self.path / "llm"
        self.evals_dir = self.path / "evals"
        self.attempts_dir = self.path / "attempts"

    @staticmethod
    def holds_run(path: Path) -> bool:
        return (path / "run.json").exists()

    def create(self, problem: Problem, options: dict[str, Any], config: dict[str, Any]) -> None:
        for folder in (self.llm_dir, self.evals_dir, self.attempts_dir):
            folder.mkdir(parents=True, exist_ok=True)
        (self.path / "problem.py").write_text(problem.source)
        self.write_meta({
            "problem_name": problem.name,
            "problem_sha256": problem.sha256,
            "options": options,
            "config": config,
            "created": time.time(),
            "status": "running",
        })

    def read_meta(self) -> dict[str, Any]:
        try:
            return json.loads((self.path / "run.json").read_text())
        except (OSError, json.JSONDecodeError) as error:
            raise ProblemError(f"{self.path} is not a search run folder (no readable run.json: {error})") from None

    def write_meta(self, meta: dict[str, Any]) -> None:
        write_json_atomic(self.path / "run.json", meta)

    def open_for_resume(self, problem: Problem) -> dict[str, Any]:
        meta = self.read_meta()
        if meta.get("problem_sha256") != problem.sha256:
            raise ProblemError(f"run {self.path} was made for a different problem source; resume it with the same problem file")
        for folder in (self.llm_dir, self.evals_dir, self.attempts_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.set_status("running")
        return meta

    def set_status(self, status: str, **extra: Any) -> None:
        meta = self.read_meta()
        meta.update(status=status, **extra)
        self.write_meta(meta)

    # -- attempts ---------------------------------------------------------------------------

    def _attempt_path(self, number: int) -> Path:
        return self.attempts_dir / f"{number:04d}"

    def attempt_dir(self, number: int) -> Path:
        folder = self._attempt_path(number)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def write_text(self, number: int, name: str, text: str) -> None:
        path = self.attempt_dir(number) / name
        tmp = path.with_name(f".{name}.tmp")
        tmp.write_text(text)
        os.replace(tmp, path)

    def write_json(self, number: int, name: str, data: Any) -> None:
        write_json_atomic(self.attempt_dir(number) / name, data)

    def attempts(self) -> list[dict[str, Any]]:
        records = []
        for path in sorted(self.attempts_dir.glob("*/attempt.json")):
            try:
                records.append(json.loads(path.read_text()))
            except (OSError, json.JSONDecodeError):
                continue  # an attempt cut off before its record was written
        return sorted(records, key=lambda r: r["attempt"])

    def read_verdict(self, number: int) -> dict[str, Any] | None:
        """An attempt's verdict, or None where it has none (no code, not evaluated, cut off)."""
        try:
            return json.loads((self._attempt_path(number) / "verdict.json").read_text())
        except (OSError, json.JSONDecodeError):
            return None

    # -- state ------------------------------------------------------------------------------

    def save_library(self, library_json: list[dict[str, Any]], state: dict[str, Any]) -> None:
        write_json_atomic(self.path / "library.json", {"solutions": library_json, "strategy": state})

    def write_result(self, result: dict[str, Any]) -> None:
        write_json_atomic(self.path / "result.json", result)

    def read_result(self) -> dict[str, Any] | None:
        try:
            return json.loads((self.path / "result.json").read_text())
        except (OSError, json.JSONDecodeError):
            return None
