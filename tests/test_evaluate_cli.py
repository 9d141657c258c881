"""``pike verify``: exit codes, one-line errors on bad input, and the JSON verdict on the last line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHEATS = Path(__file__).parent / "cheats"


def verify(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pike_backend.cli", "verify", *args],
        capture_output=True, text=True, timeout=600, cwd=cwd,
    )


def test_bad_input_exits_2_with_one_line(tmp_path, pike_env):
    no_model = tmp_path / "no_model.py"
    no_model.write_text("import torch\n\ndef get_inputs():\n    return []\n")
    result = verify(str(no_model), str(CHEATS / "honest_torch.py"), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "defines no Model" in result.stderr

    no_modelnew = tmp_path / "no_modelnew.py"
    no_modelnew.write_text("import torch\n\nclass Model:\n    pass\n")
    result = verify(str(CHEATS / "problem_pointwise.py"), str(no_modelnew), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "defines no class ModelNew" in result.stderr

    result = verify(str(CHEATS / "problem_pointwise.py"), str(CHEATS / "honest_torch.py"), "--atol", "-1", cwd=tmp_path)
    assert result.returncode == 2 and "must be a positive number" in result.stderr


def test_accepted_and_rejected_verdicts_as_json(tmp_path, pike_env):
    problem = str(CHEATS / "problem_pointwise.py")
    accepted = verify(problem, str(CHEATS / "honest_triton.py"), "--json", cwd=tmp_path)
    assert accepted.returncode == 0, accepted.stderr
    data = json.loads(accepted.stdout.strip().splitlines()[-1])
    assert data["correct"] is True and data["reasons"] == []
    assert data["ref_ms"] > 0 and data["new_ms"] > 0 and data["timing_meaningful"] is False
    assert data["tolerance"].startswith("strict")

    # the candidate prints a passing verdict; the command's own last line says otherwise
    rejected = verify(problem, str(CHEATS / "cheat_print_verdict.py"), "--json", "--no-timing", cwd=tmp_path)
    assert rejected.returncode == 1, rejected.stderr
    data = json.loads(rejected.stdout.strip().splitlines()[-1])
    assert data["correct"] is False and data["ref_ms"] is None and data["new_ms"] is None
    assert any("relative error" in reason for reason in data["reasons"])
    assert '"correct": true' not in rejected.stdout.replace(rejected.stdout.strip().splitlines()[-1], "")


def test_human_readable_report(tmp_path, pike_env):
    result = verify(str(CHEATS / "problem_tiny.py"), str(CHEATS / "cheat_zeros_tiny.py"), "--no-timing", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("REJECTED at stage correctness")
    assert "relative error 1 over the limit 0.0001" in result.stdout
