"""Code extraction from LLM replies and SEARCH/REPLACE diffs."""

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from pike_backend.search.extract import NO_CODE, apply_diff, extract_code, parse_ideas

MODULE = textwrap.dedent("""\
    import torch
    import torch.nn as nn


    class ModelNew(nn.Module):
        def forward(self, x):
            return torch.relu(x)
    """)
KERNEL = textwrap.dedent("""\
    import triton
    import triton.language as tl


    @triton.jit
    def relu_kernel(x_ptr, n, BLOCK: tl.constexpr):
        pass
    """)


def fenced(code, tag="python", fence="```"):
    return f"{fence}{tag}\n{code.rstrip()}\n{fence}\n"


def test_fenced_with_and_without_language_tag():
    for reply in (fenced(MODULE), fenced(MODULE, ""), fenced(MODULE, "py"), fenced(MODULE, "", "~~~")):
        assert extract_code(f"Here you go:\n\n{reply}\nThis fuses nothing.") == (MODULE, "")


def test_several_blocks_take_the_last_complete_module():
    draft = MODULE.replace("torch.relu(x)", "x.clamp(min=0)")
    reply = f"A first try:\n{fenced(draft)}\nBetter:\n{fenced(MODULE)}\nAnd a test:\n{fenced('print(1)')}"
    assert extract_code(reply) == (MODULE, "")


def test_kernels_and_module_in_separate_blocks_are_joined():
    module = MODULE.replace("return torch.relu(x)", "relu_kernel[(1,)](x, x.numel(), BLOCK=1024)\n        return x")
    unrelated = "def plot_results():\n    pass\n"
    source, error = extract_code(f"Kernel:\n{fenced(KERNEL)}\n{fenced(unrelated)}Module:\n{fenced(module)}")
    assert error == "" and source == KERNEL.strip() + "\n\n" + module
    compile(source, "joined", "exec")


def test_non_python_blocks_are_ignored_and_bare_code_is_accepted():
    assert extract_code(fenced('{"a": 1}', "json") + fenced("pip install x", "bash") + fenced(MODULE)) == (MODULE, "")
    assert extract_code("Sure. " + "\n" + MODULE) == (MODULE, "")


def test_a_module_that_does_not_parse_still_reaches_the_evaluator():
    broken = MODULE.replace("return torch.relu(x)", "return torch.relu(x")
    source, error = extract_code(fenced(broken))
    assert source == broken and error == ""
    truncated = "```python\n" + MODULE  # reply cut off at max tokens: no closing fence
    assert extract_code(truncated) == (MODULE, "")


def test_no_usable_code():
    for reply in ("", "I cannot help with that.", fenced("def helper():\n    return 1\n"), fenced("{}", "json")):
        assert extract_code(reply) == (None, NO_CODE)


@settings(max_examples=60, deadline=None)
@given(
    before=st.text(alphabet=st.characters(blacklist_characters="`~<>="), max_size=80),
    after=st.text(alphabet=st.characters(blacklist_characters="`~<>="), max_size=80),
    tag=st.sampled_from(["python", "", "py", "Python"]),
)
def test_prose_around_a_block_never_changes_the_code(before, after, tag):
    reply = f"{before}\n{fenced(MODULE, tag)}{after}"
    assert extract_code(reply) == (MODULE, "")


def test_diff_applies_in_order_and_tolerates_trailing_whitespace():
    reply = (
        "<<<<<<< SEARCH\n        return torch.relu(x)   \n=======\n        return x.clamp(min=0)\n>>>>>>> REPLACE\n"
        "<<<<<<< SEARCH\nimport torch\n=======\nimport torch  # fused\n>>>>>>> REPLACE\n"
    )
    source, error = apply_diff(MODULE, reply)
    assert error == ""
    assert source == MODULE.replace("torch.relu(x)", "x.clamp(min=0)").replace("import torch\n", "import torch  # fused\n", 1)


def test_diff_that_does_not_match_fails_and_a_full_rewrite_is_accepted():
    source, error = apply_diff(MODULE, "<<<<<<< SEARCH\nreturn x * 3\n=======\nreturn x\n>>>>>>> REPLACE")
    assert source is None and "does not match" in error
    rewrite = MODULE.replace("torch.relu(x)", "x.relu()")
    assert apply_diff(MODULE, fenced(rewrite)) == (rewrite, "")


def test_ideas_from_json_or_a_list():
    reply = 'Ideas:\n```json\n[{"title": "fuse", "detail": "one kernel", "kind": "fused-pointwise"}, {"title": "graph"}]\n```'
    assert parse_ideas(reply, 5) == [
        {"title": "fuse", "detail": "one kernel", "kind": "fused-pointwise"},
        {"title": "graph", "detail": "", "kind": ""},
    ]
    assert parse_ideas("1. Fuse: all pointwise ops\n2. CUDA graphs\n3. bf16", 2) == [
        {"title": "Fuse", "detail": "all pointwise ops", "kind": ""},
        {"title": "CUDA graphs", "detail": "", "kind": ""},
    ]
