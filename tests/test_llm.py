"""LLM providers against our local Gemini/OpenAI server: replies, usage and cost, retries on 429,
5xx and timeouts, missing keys, and the reply journal / replay provider."""

import json

import pytest

from llm_server import Fault, LLMServer
from pike_backend.llm import LLMCall, LLMError, MissingKeyError, RetryPolicy, make_client
from pike_backend.llm.journal import JournaledClient, ReplayClient, ReplyJournal
from pike_backend.llm.pricing import cost_usd

FAST = RetryPolicy(max_tries=4, base_delay_s=0.01, max_delay_s=0.05)
CALL = LLMCall("be brief", "say hi", temperature=0.3, max_tokens=77, role="coa", tag="a0001")


@pytest.fixture
def server():
    with LLMServer(lambda request: f"reply to: {request.prompt}") as running:
        yield running


@pytest.fixture
def keys(monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.delenv("PIKE_LLM_PRICES", raising=False)


def _client(provider, server, **kwargs):
    url = server.gemini_url if provider == "gemini" else server.openai_url
    model = "gemini-2.5-flash" if provider == "gemini" else "gpt-4o-mini"
    return make_client(provider, model, base_url=url, retry=kwargs.pop("retry", FAST), **kwargs)


@pytest.mark.parametrize("provider", ["gemini", "openai"])
def test_reply_usage_and_cost(provider, server, keys):
    reply = _client(provider, server).complete(CALL)
    assert reply.text == "reply to: say hi"
    request = server.answered[-1]
    assert (request.protocol, request.system, request.temperature, request.max_tokens) == (provider, "be brief", 0.3, 77)
    assert reply.output_tokens == len("reply to: say hi") // 4 and reply.input_tokens >= 1
    assert reply.cost_usd == pytest.approx(cost_usd(reply.model, reply.input_tokens, reply.output_tokens))
    assert reply.cost_usd > 0 and reply.tries == 1


@pytest.mark.parametrize("provider", ["gemini", "openai"])
def test_429_and_500_are_retried(provider, server, keys):
    server.faults.extend([Fault(429, retry_after=0), Fault(500), Fault(503)])
    reply = _client(provider, server).complete(CALL)
    assert reply.text == "reply to: say hi"
    assert reply.tries == 4 and len(server.requests) == 4 and len(server.answered) == 1


@pytest.mark.parametrize("provider", ["gemini", "openai"])
def test_gives_up_after_max_tries_and_never_retries_a_bad_request(provider, server, keys):
    server.faults.extend([Fault(500)] * 4)
    with pytest.raises(LLMError, match="gave up after 4 tries"):
        _client(provider, server).complete(CALL)
    assert len(server.requests) == 4
    server.faults.append(Fault(400))
    with pytest.raises(LLMError, match="400"):
        _client(provider, server).complete(CALL)
    assert len(server.requests) == 5  # a 400 is final: not retried


@pytest.mark.parametrize("provider", ["gemini", "openai"])
def test_timeout_is_retried(provider, server, keys):
    server.faults.append(Fault(delay_s=3.0))
    reply = _client(provider, server, timeout_s=1.0).complete(CALL)
    assert reply.text == "reply to: say hi" and reply.tries == 2


def test_missing_keys_name_the_variable(monkeypatch):
    for name in ("GEMINI_API_KEY", "GOOGLE_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingKeyError, match="GEMINI_API_KEY.*GOOGLE_API_KEY"):
        make_client("gemini", "gemini-2.5-pro")
    with pytest.raises(MissingKeyError, match="OPENAI_API_KEY"):
        make_client("openai", "gpt-4o")
    monkeypatch.setenv("GOOGLE_API_KEY", "k")
    assert make_client("gemini", "gemini-2.5-pro").model == "gemini-2.5-pro"


def test_price_table_is_editable(tmp_path, monkeypatch):
    monkeypatch.delenv("PIKE_LLM_PRICES", raising=False)
    assert cost_usd("gemini-2.5-pro-preview-06-05", 100_000, 0) == pytest.approx(0.125)  # priced like its family
    assert cost_usd("gemini-2.5-pro", 300_000, 0) == pytest.approx(0.75)  # long-context rate
    assert cost_usd("my-local-model", 10**6, 10**6) == 0.0
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"my-local-model": {"input": 1.0, "output": 3.0}}))
    monkeypatch.setenv("PIKE_LLM_PRICES", str(prices))
    assert cost_usd("my-local-model", 10**6, 10**6) == pytest.approx(4.0)
    prices.with_name("bad.json").write_text("[1, 2]")
    monkeypatch.setenv("PIKE_LLM_PRICES", str(prices.with_name("bad.json")))
    with pytest.raises(ValueError, match="PIKE_LLM_PRICES"):
        cost_usd("gpt-4o", 1, 1)


def test_journal_answers_a_recorded_call_without_sending_it(server, keys, tmp_path):
    journal = ReplyJournal(tmp_path / "llm")
    first = JournaledClient(_client("gemini", server), journal).complete(CALL)
    again = JournaledClient(_client("gemini", server), ReplyJournal(tmp_path / "llm")).complete(CALL)
    assert len(server.requests) == 1
    assert again.text == first.text and again.source == "journal" and again.cost_usd == first.cost_usd
    other_tag = LLMCall(**{**vars(CALL), "tag": "a0002"})  # the same prompt at another place in the run
    JournaledClient(_client("gemini", server), journal).complete(other_tag)
    assert len(server.requests) == 2


def test_replay_serves_recorded_replies_then_by_role(server, keys, tmp_path):
    journal = ReplyJournal(tmp_path / "run" / "llm")
    JournaledClient(_client("gemini", server), journal).complete(CALL)
    fix_call = LLMCall("be brief", "fix this", 0.3, 77, role="efa", tag="a0002")
    JournaledClient(_client("gemini", server), journal).complete(fix_call)
    replay = make_client("replay", "replay", replay_dir=str(tmp_path / "run"))
    assert replay.complete(fix_call).text == "reply to: fix this"  # exact prompt, whatever the order
    changed = LLMCall(**{**vars(CALL), "prompt": "say hi, the parent now runs in 0.5 ms"})
    served = replay.complete(changed)  # a prompt never recorded: the next unused reply of its role
    assert served.text == "reply to: say hi" and served.source == "replay" and served.cost_usd == 0.0
    with pytest.raises(LLMError, match="no recorded coa"):
        replay.complete(changed)
    hand_made = tmp_path / "hand"
    hand_made.mkdir()
    (hand_made / "replies.jsonl").write_text(json.dumps({"role": "coa", "reply": "hand-written"}) + "\n")
    assert ReplayClient(hand_made).complete(CALL).text == "hand-written"
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no recorded replies"):
        ReplayClient(tmp_path / "empty")
