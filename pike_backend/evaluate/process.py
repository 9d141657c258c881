"""One worker process seen from the evaluator: start, request with a deadline, kill, read its log."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from .codec import CodecError, decode, encode

log = logging.getLogger("pike_backend.evaluate")

ERROR_CHARS = 10_000  # how much of a candidate's output the error-fixing agent gets
STARTUP_TIMEOUT_S = 300.0
_POLL_S = 0.5
_STACK_DUMP_S = 0.3
# Names of variables a worker must not see: LLM keys and any other credential.
_SECRET = re.compile(r"KEY|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|COOKIE|SESSION", re.IGNORECASE)
_ENTRY = "import sys; from pike_backend.evaluate.worker import main; main(sys.argv[1:])"


class WorkerDied(RuntimeError):
    """The worker exited, crashed or sent something that is not a reply."""


class WorkerTimeout(RuntimeError):
    """The worker did not answer in time (it has been killed)."""


def worker_env(gpu: str | None, module_dir: Path) -> dict[str, str]:
    """The parent's environment without credentials, pinned to one GPU (or none)."""
    env = {name: value for name, value in os.environ.items() if not _SECRET.search(name)}
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"  # a candidate's last prints reach the log even if it then crashes
    env["PIKE_MODULE_DIR"] = str(module_dir)
    if gpu is not None:
        env["CUDA_VISIBLE_DEVICES"] = gpu
    return env


class WorkerProcess:
    def __init__(self, role: str, gpu: str | None, workdir: Path, name: str):
        self.role = role
        self.log_path = workdir / f"{name}.log"
        module_dir = workdir / f"{name}-modules"
        module_dir.mkdir(parents=True, exist_ok=True)
        parent_read, child_write = os.pipe()
        child_read, parent_write = os.pipe()
        with open(self.log_path, "wb") as log_file:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _ENTRY, role, str(child_read), str(child_write)],
                pass_fds=(child_read, child_write),
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=worker_env(gpu, module_dir),
                cwd=workdir,
                start_new_session=True,  # its own process group: a kill takes its children too
            )
        os.close(child_read)
        os.close(child_write)
        self._recv = Connection(parent_read, writable=False)
        self._send = Connection(parent_write, readable=False)
        self.pid = self.proc.pid
        log.debug("started %s worker pid %d (gpu %s)", role, self.pid, gpu)

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT_S) -> None:
        reply = self._receive(timeout, "starting")
        if not reply.get("ok"):
            raise WorkerDied(f"{self.role} worker failed to start:\n{self.log_tail(0)}")

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def request(self, msg: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send ``msg`` and wait for the reply; on a timeout the worker is killed."""
        data = encode(msg)
        guard = threading.Timer(timeout, self.kill)  # a worker that stops reading must not block us
        guard.start()
        try:
            self._send.send_bytes(data)
        except OSError:
            raise WorkerDied(f"{self.role} worker is gone ({self._exit_text()})") from None
        finally:
            guard.cancel()
        return self._receive(timeout, msg.get("op", "?"))

    def _receive(self, timeout: float, what: str) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while not wait([self._recv], timeout=min(_POLL_S, max(0.0, deadline - time.monotonic()))):
            if not self.alive:
                raise WorkerDied(f"{self.role} worker died during {what!r} ({self._exit_text()})")
            if time.monotonic() >= deadline:
                self._dump_stacks()
                self.kill()
                raise WorkerTimeout(f"{what!r} did not finish within {timeout:g} s")
        guard = threading.Timer(max(1.0, deadline - time.monotonic()), self.kill)
        guard.start()  # a reply that starts but never ends (a forged partial message)
        try:
            data = self._recv.recv_bytes()
        except (EOFError, OSError):
            self.kill()
            raise WorkerDied(f"{self.role} worker died during {what!r} ({self._exit_text()})") from None
        finally:
            guard.cancel()
        try:
            reply = decode(data)
        except CodecError as error:
            self.kill()
            raise WorkerDied(f"{self.role} worker sent a malformed reply to {what!r}: {error}") from None
        if not isinstance(reply, dict):
            self.kill()
            raise WorkerDied(f"{self.role} worker sent a {type(reply).__name__} instead of a reply to {what!r}")
        return reply

    def _exit_text(self) -> str:
        code = self.proc.poll()
        if code is None:
            return "still running"
        if code < 0:
            try:
                return f"killed by signal {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

    def _dump_stacks(self) -> None:
        """Ask a hung worker for its Python stacks (faulthandler, into its log) before the kill."""
        try:
            os.kill(self.proc.pid, signal.SIGUSR1)
        except ProcessLookupError:
            return
        time.sleep(_STACK_DUMP_S)

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                self.proc.kill()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.warning("%s worker pid %d did not exit after SIGKILL", self.role, self.pid)

    def close(self) -> None:
        self.kill()
        for conn in (self._recv, self._send):
            conn.close()

    def log_mark(self) -> int:
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def log_tail(self, since: int) -> str:
        """The last ERROR_CHARS of what the worker printed after offset ``since``."""
        try:
            with open(self.log_path, "rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(since, size - 4 * ERROR_CHARS))
                text = handle.read().decode("utf-8", errors="replace")
        except OSError:
            return ""
        return text[-ERROR_CHARS:]
