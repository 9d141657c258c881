"""A local HTTP server of ours that speaks the Gemini REST protocol and OpenAI chat completions.

Tests start it in-process on 127.0.0.1 and point the real clients (google-genai, our OpenAI client)
at it, so everything between the search and the wire is the production code. A ``responder``
decides each reply from the request; ``faults`` makes the next requests fail (429, 500) or stall;
``hang`` blocks chosen requests forever (to kill a run mid-call).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

GEMINI_PATH = re.compile(r"^/v1beta/models/([^/:]+):generateContent$")
OPENAI_PATH = "/v1/chat/completions"


@dataclass
class Request:
    protocol: str  # gemini / openai
    model: str
    system: str
    prompt: str
    temperature: float | None
    max_tokens: int | None
    headers: dict = field(default_factory=dict)


@dataclass
class Fault:
    status: int | None = None  # reply with this HTTP status instead of an answer
    retry_after: float | None = None
    delay_s: float = 0.0  # stall this long first (longer than the client's timeout: a timeout)


def _gemini_request(model: str, body: dict, headers: dict) -> Request:
    prompt = "".join(p.get("text", "") for c in body.get("contents", []) for p in c.get("parts", []))
    system = "".join(p.get("text", "") for p in (body.get("systemInstruction") or {}).get("parts", []))
    config = body.get("generationConfig") or {}
    return Request("gemini", model, system, prompt, config.get("temperature"), config.get("maxOutputTokens"), headers)


def _openai_request(body: dict, headers: dict) -> Request:
    messages = body.get("messages", [])
    system = "".join(m["content"] for m in messages if m.get("role") == "system")
    prompt = "".join(m["content"] for m in messages if m.get("role") == "user")
    return Request("openai", body.get("model", ""), system, prompt, body.get("temperature"), body.get("max_tokens"), headers)


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def _gemini_answer(request: Request, text: str) -> dict:
    return {
        "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {
            "promptTokenCount": _tokens(request.prompt),
            "candidatesTokenCount": _tokens(text),
            "totalTokenCount": _tokens(request.prompt) + _tokens(text),
        },
        "modelVersion": request.model,
    }


def _openai_answer(request: Request, text: str) -> dict:
    return {
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "model": request.model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": _tokens(request.prompt), "completion_tokens": _tokens(text)},
    }


class LLMServer:
    def __init__(self, responder: Callable[[Request], str]):
        self.responder = responder
        self.requests: list[Request] = []  # every request that arrived, faults included
        self.answered: list[Request] = []  # requests that got an answer
        self.faults: deque[Fault] = deque()
        self.hang: Callable[[Request], bool] = lambda request: False
        self.hung = threading.Event()  # set when a request is being held by ``hang``
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def gemini_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def openai_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> "LLMServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self.faults.popleft() if self.faults else None

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length", 0))
        body = json.loads(handler.rfile.read(length) or b"{}")
        headers = {k.lower(): v for k, v in handler.headers.items()}
        match = GEMINI_PATH.match(handler.path.split("?")[0])
        if match:
            request, answer = _gemini_request(match.group(1), body, headers), _gemini_answer
        elif handler.path.split("?")[0] == OPENAI_PATH:
            request, answer = _openai_request(body, headers), _openai_answer
        else:
            self._send(handler, 404, {"error": {"code": 404, "message": f"no route {handler.path}"}})
            return
        with self._lock:
            self.requests.append(request)
        fault = self._next_fault()
        if fault and fault.delay_s:
            time.sleep(fault.delay_s)
        if fault and fault.status:
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            self._send(handler, fault.status, {"error": {"code": fault.status, "message": "injected fault", "status": "UNAVAILABLE"}}, extra)
            return
        if self.hang(request):
            self.hung.set()
            self._release.wait()
            return
        text = self.responder(request)
        with self._lock:
            self.answered.append(request)
        self._send(handler, 200, answer(request, text))

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, payload: dict, headers: dict | None = None) -> None:
        data = json.dumps(payload).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                handler.send_header(key, value)
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802 (http.server naming)
                server._handle(self)

            def log_message(self, *args):
                pass

        return Handler
