"""CPU tests run the real Triton kernels under the interpreter; GPU tests skip without a GPU."""

import os

# Must be set before any @triton.jit kernel is defined, so before pike_backend is imported.
if not os.environ.get("PIKE_TEST_GPU"):
    os.environ.setdefault("TRITON_INTERPRET", "1")

import pytest  # noqa: E402
import torch  # noqa: E402


def pytest_collection_modifyitems(config, items):
    if torch.cuda.is_available() and os.environ.get("TRITON_INTERPRET", "0") == "0":
        return
    skip = pytest.mark.skip(reason="needs a CUDA GPU (run with PIKE_TEST_GPU=1 on a GPU machine)")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def pike_env(tmp_path, monkeypatch):
    """An isolated cache, module dir and run dir, and no PIKE_* settings leaking in."""
    for name in list(os.environ):
        if name.startswith("PIKE_") and name != "PIKE_TEST_GPU":
            monkeypatch.delenv(name)
    monkeypatch.setenv("PIKE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PIKE_MODULE_DIR", str(tmp_path / "modules"))
    return tmp_path


_HOLDER = """
import sys, time
from pike_backend.evaluate.exclusive import exclusive_timing
with exclusive_timing(sys.argv[1], 5.0) as hold:
    print("held" if hold.acquired else "busy", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def lock_holder():
    """``hold(key, seconds)``: another process holds a device's timing lock for that long."""
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)}
    procs = []

    def hold(key: str, seconds: float) -> None:
        proc = subprocess.Popen([sys.executable, "-c", _HOLDER, key, str(seconds)], stdout=subprocess.PIPE, text=True, env=env)
        procs.append(proc)
        assert proc.stdout.readline().strip() == "held"

    yield hold
    for proc in procs:
        proc.kill()
        proc.wait()
