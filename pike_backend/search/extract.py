"""Getting Solution source out of an LLM reply: fenced blocks (with or without a language tag,
several of them, prose around them), bare code, and SEARCH/REPLACE diffs against a parent."""

from __future__ import annotations

import ast
import re

FENCE = re.compile(r"^[ \t]*(```|~~~)[ \t]*([\w+.-]*)[^\n]*\n(.*?)(?:^[ \t]*\1[ \t]*$|\Z)", re.S | re.M)
NOT_PYTHON = {"json", "bash", "sh", "shell", "console", "text", "diff", "cpp", "c", "cuda", "yaml", "toml", "txt", "output"}
DIFF_BLOCK = re.compile(r"<{5,}\s*SEARCH[^\n]*\n(.*?)\n?={5,}[^\n]*\n(.*?)\n?>{5,}\s*REPLACE", re.S)
MODEL_NEW = re.compile(r"^class\s+ModelNew\b", re.M)
NO_CODE = "reply had no code defining class ModelNew"


def fenced_blocks(reply: str) -> list[tuple[str, str]]:
    """(language tag, body) of each fenced block, in order; an unclosed last block runs to the end."""
    return [(m.group(2).lower(), m.group(3)) for m in FENCE.finditer(reply)]


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except SyntaxError:
        return False
    return True


def _defines_model_new(code: str) -> bool:
    return bool(MODEL_NEW.search(code))


def _defined(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def _with_helpers(module: str, blocks: list[str]) -> str:
    """``module`` preceded by the other blocks that define names it uses but does not define
    (kernels in one block, the module in the next)."""
    tree = ast.parse(module)
    missing = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - _defined(tree)
    helpers = [b.strip() for b in blocks if b is not module and _parses(b) and _defined(ast.parse(b)) & missing]
    return "\n\n".join(helpers + [module.strip()]) + "\n"


def _from_first_import(text: str) -> str | None:
    match = re.search(r"^(import |from \S+ import )", text, re.M)
    return text[match.start():].strip() + "\n" if match else None


def extract_code(reply: str) -> tuple[str | None, str]:
    """(source, "") or (None, why). Prefers a block that parses and defines ModelNew (the last such
    one: replies often show a draft first), with the blocks that define what it uses (kernels and
    module in separate blocks); then a block that defines ModelNew but does not parse, so the evaluator's
    syntax error reaches the EFA; then bare code without fences."""
    blocks = [body for lang, body in fenced_blocks(reply) if lang not in NOT_PYTHON]
    complete = [b for b in blocks if _defines_model_new(b) and _parses(b)]
    if complete:
        return _with_helpers(complete[-1], blocks), ""
    broken = [b for b in blocks if _defines_model_new(b)]
    if broken:
        return broken[-1].strip() + "\n", ""
    if not blocks:
        bare = _from_first_import(reply)
        if bare and _defines_model_new(bare):
            return bare, ""
    return None, NO_CODE


def _replace_lines(text: str, search: str, replace: str) -> str | None:
    """Replace ``search`` matched line by line ignoring trailing whitespace; None when absent."""
    lines, wanted = text.split("\n"), [line.rstrip() for line in search.split("\n")]
    for start in range(len(lines) - len(wanted) + 1):
        if [line.rstrip() for line in lines[start:start + len(wanted)]] == wanted:
            return "\n".join(lines[:start] + replace.split("\n") + lines[start + len(wanted):])
    return None


def apply_diff(parent: str, reply: str) -> tuple[str | None, str]:
    """Apply the reply's SEARCH/REPLACE blocks to ``parent`` in order. A reply with no diff blocks
    but a full module is taken as a full rewrite."""
    edits = DIFF_BLOCK.findall(reply)
    if not edits:
        return extract_code(reply)
    source = parent
    for number, (search, replace) in enumerate(edits, 1):
        if search and search in source:
            source = source.replace(search, replace, 1)
            continue
        changed = _replace_lines(source, search, replace) if search.strip() else None
        if changed is None:
            return None, f"diff block {number} does not match the parent (its SEARCH text is not in it)"
        source = changed
    if not _defines_model_new(source):
        return None, "the diff removed class ModelNew"
    return source, ""


def parse_ideas(reply: str, limit: int) -> list[dict]:
    """Ideas from an IBA reply: a JSON list of {title, detail, kind} (fenced or not), else one idea
    per numbered or bulleted line."""
    import json

    candidates = [body for lang, body in fenced_blocks(reply) if lang in ("json", "")] + [reply]
    for text in candidates:
        match = re.search(r"\[.*\]", text, re.S)
        if not match:
            continue
        try:
            items = json.loads(match.group(0))
        except json.JSONDecodeError:
            continue
        ideas = [
            {"title": str(i.get("title", "")).strip(), "detail": str(i.get("detail", "")).strip(), "kind": str(i.get("kind", "")).strip()}
            for i in items if isinstance(i, dict) and str(i.get("title", "")).strip()
        ]
        if ideas:
            return ideas[:limit]
    lines = re.findall(r"^\s*(?:\d+[.)]|[-*•])\s+(.+)$", reply, re.M)
    ideas = []
    for line in lines:
        title, _, detail = line.strip().partition(":")
        ideas.append({"title": title.strip("* "), "detail": detail.strip(), "kind": ""})
    return ideas[:limit]
