"""Triton expressions of pointwise ops, computed in fp32 (fp64 when an input is fp64).

Each emitter takes the operands' expressions and the op's parameters and returns an expression.
``safe`` selects the interpreter-safe forms (no libdevice); the GPU forms may use fast intrinsics.
"""

from __future__ import annotations

import math
from typing import Callable

Emitter = Callable[[list[str], dict, bool], str]

SQRT1_2 = 0.7071067811865476
SQRT_2_OVER_PI = 0.7978845608028654


def lit(value) -> str:
    """A Python scalar as Triton source."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return f"{value}.0" if abs(value) < (1 << 53) else repr(float(value))
    value = float(value)
    if math.isnan(value):
        return 'float("nan")'
    if math.isinf(value):
        return 'float("inf")' if value > 0 else '-float("inf")'
    return repr(value)


def _sigmoid(x: str) -> str:
    return f"(1.0 / (1.0 + tl.exp(-({x}))))"


def _tanh(x: str, safe: bool) -> str:
    if not safe:
        return f"libdevice.tanh({x})"
    # 1 - 2/(exp(2x)+1): exact at both tails (exp overflow gives 1, underflow gives -1)
    return f"(1.0 - 2.0 / (tl.exp(2.0 * ({x})) + 1.0))"


def _softplus(x: str, beta: float, threshold: float) -> str:
    bx = f"({x})" if beta == 1 else f"({x}) * {lit(beta)}"
    soft = f"tl.log(1.0 + tl.exp({bx}))" if beta == 1 else f"tl.log(1.0 + tl.exp({bx})) / {lit(beta)}"
    return f"tl.where({bx} > {lit(threshold)}, ({x}), {soft})"


def _gelu(a: list[str], p: dict, safe: bool) -> str:
    x = a[0]
    if p.get("approximate", "none") == "tanh":
        inner = f"{SQRT_2_OVER_PI!r} * (({x}) + 0.044715 * ({x}) * ({x}) * ({x}))"
        return f"(0.5 * ({x}) * (1.0 + {_tanh(inner, safe)}))"
    return f"(0.5 * ({x}) * (1.0 + tl.erf(({x}) * {SQRT1_2!r})))"


def _pow(a: list[str], p: dict, safe: bool) -> str:
    base, exponent = a
    value = p.get("exponent")
    if value is not None:
        if value == 2:
            return f"(({base}) * ({base}))"
        if value == 3:
            return f"(({base}) * ({base}) * ({base}))"
        if value == 1:
            return f"({base})"
        if value == 0.5:
            return f"tl.sqrt({base})"
        if value == -0.5:
            return f"tl.rsqrt({base})"
        if value == -1:
            return f"(1.0 / ({base}))"
        if value == 0:
            return f"(({base}) * 0.0 + 1.0)"
        if float(value).is_integer():
            # sign-correct integer powers of negative bases
            mag = f"tl.exp({lit(value)} * tl.log(tl.abs({base})))"
            sign = f"tl.where((({base}) < 0) & {bool(int(value) % 2)}, -1.0, 1.0)"
            return f"({sign} * {mag})"
    return f"tl.exp(({exponent}) * tl.log({base}))"


def _clamp(a: list[str], p: dict, safe: bool) -> str:
    x = a[0]
    lo = p.get("min_expr")
    hi = p.get("max_expr")
    if lo is not None:
        x = f"tl.maximum({x}, {lo})"
    if hi is not None:
        x = f"tl.minimum({x}, {hi})"
    return x


def _hardtanh(a, p, safe):
    return f"tl.minimum(tl.maximum({a[0]}, {lit(p['min_val'])}), {lit(p['max_val'])})"


def _cast(a: list[str], p: dict, safe: bool) -> str:
    # values live in fp32 registers; a cast to a narrower float rounds like eager does
    target = p["to"]
    if target in ("float16", "bfloat16"):
        return f"({a[0]}).to(tl.{target}).to(tl.float32)"
    if target in ("int32", "int64", "int16", "int8", "uint8"):
        return f"({a[0]}).to(tl.{target})"
    if target == "bool":
        return f"(({a[0]}) != 0)"
    return f"({a[0]}).to(tl.{target})" if target == "float64" else f"({a[0]}).to(tl.float32)"


UNARY: dict[str, Emitter] = {
    "identity": lambda a, p, s: a[0],
    "neg": lambda a, p, s: f"(-({a[0]}))",
    "abs": lambda a, p, s: f"tl.abs({a[0]})",
    "exp": lambda a, p, s: f"tl.exp({a[0]})",
    "exp2": lambda a, p, s: f"tl.exp2({a[0]})",
    "expm1": lambda a, p, s: f"(tl.exp({a[0]}) - 1.0)",
    "log": lambda a, p, s: f"tl.log({a[0]})",
    "log2": lambda a, p, s: f"tl.log2({a[0]})",
    "log1p": lambda a, p, s: f"tl.log(1.0 + ({a[0]}))",
    "sqrt": lambda a, p, s: f"tl.sqrt({a[0]})",
    "rsqrt": lambda a, p, s: f"tl.rsqrt({a[0]})",
    "sin": lambda a, p, s: f"tl.sin({a[0]})",
    "cos": lambda a, p, s: f"tl.cos({a[0]})",
    "erf": lambda a, p, s: f"tl.erf({a[0]})",
    "floor": lambda a, p, s: f"tl.floor({a[0]})",
    "ceil": lambda a, p, s: f"tl.ceil({a[0]})",
    "reciprocal": lambda a, p, s: f"(1.0 / ({a[0]}))",
    "square": lambda a, p, s: f"(({a[0]}) * ({a[0]}))",
    "sign": lambda a, p, s: f"tl.where(({a[0]}) > 0, 1.0, tl.where(({a[0]}) < 0, -1.0, 0.0))",
    "relu": lambda a, p, s: f"tl.where(({a[0]}) > 0, ({a[0]}), 0.0)",
    "relu6": lambda a, p, s: f"tl.minimum(tl.maximum({a[0]}, 0.0), 6.0)",
    "sigmoid": lambda a, p, s: _sigmoid(a[0]),
    "logsigmoid": lambda a, p, s: f"(-{_softplus(f'-({a[0]})', 1.0, 20.0)})",
    "tanh": lambda a, p, s: _tanh(a[0], s),
    "silu": lambda a, p, s: f"(({a[0]}) * {_sigmoid(a[0])})",
    "gelu": _gelu,
    "softplus": lambda a, p, s: _softplus(a[0], p.get("beta", 1.0), p.get("threshold", 20.0)),
    "mish": lambda a, p, s: f"(({a[0]}) * {_tanh(_softplus(a[0], 1.0, 20.0), s)})",
    "elu": lambda a, p, s: (
        f"tl.where(({a[0]}) > 0, ({a[0]}) * {lit(p.get('scale', 1.0))}, "
        f"{lit(p.get('alpha', 1.0) * p.get('scale', 1.0))} * (tl.exp(({a[0]}) * {lit(p.get('input_scale', 1.0))}) - 1.0))"
    ),
    "leaky_relu": lambda a, p, s: f"tl.where(({a[0]}) > 0, ({a[0]}), ({a[0]}) * {lit(p.get('negative_slope', 0.01))})",
    "hardtanh": _hardtanh,
    "hardswish": lambda a, p, s: f"(({a[0]}) * tl.minimum(tl.maximum(({a[0]}) + 3.0, 0.0), 6.0) / 6.0)",
    "hardsigmoid": lambda a, p, s: f"tl.minimum(tl.maximum(({a[0]}) / 6.0 + 0.5, 0.0), 1.0)",
    "softsign": lambda a, p, s: f"(({a[0]}) / (1.0 + tl.abs({a[0]})))",
    "tanhshrink": lambda a, p, s: f"(({a[0]}) - {_tanh(a[0], s)})",
    "threshold": lambda a, p, s: f"tl.where(({a[0]}) > {lit(p['threshold'])}, ({a[0]}), {lit(p['value'])})",
    "logical_not": lambda a, p, s: f"(({a[0]}) == 0)",
    "cast": _cast,
}

BINARY: dict[str, Emitter] = {
    "add": lambda a, p, s: f"(({a[0]}) + ({a[1]}))",
    "sub": lambda a, p, s: f"(({a[0]}) - ({a[1]}))",
    "mul": lambda a, p, s: f"(({a[0]}) * ({a[1]}))",
    "div": lambda a, p, s: f"(({a[0]}) / ({a[1]}))",
    "pow": _pow,
    "maximum": lambda a, p, s: f"tl.maximum({a[0]}, {a[1]})",
    "minimum": lambda a, p, s: f"tl.minimum({a[0]}, {a[1]})",
    "gt": lambda a, p, s: f"(({a[0]}) > ({a[1]}))",
    "lt": lambda a, p, s: f"(({a[0]}) < ({a[1]}))",
    "ge": lambda a, p, s: f"(({a[0]}) >= ({a[1]}))",
    "le": lambda a, p, s: f"(({a[0]}) <= ({a[1]}))",
    "eq": lambda a, p, s: f"(({a[0]}) == ({a[1]}))",
    "ne": lambda a, p, s: f"(({a[0]}) != ({a[1]}))",
    "logical_and": lambda a, p, s: f"((({a[0]}) != 0) & (({a[1]}) != 0))",
    "logical_or": lambda a, p, s: f"((({a[0]}) != 0) | (({a[1]}) != 0))",
}

TERNARY: dict[str, Emitter] = {
    # where(cond, a, b)
    "where": lambda a, p, s: f"tl.where(({a[0]}) != 0, {a[1]}, {a[2]})",
    "clamp": lambda a, p, s: _clamp([a[0]], {"min_expr": a[1], "max_expr": a[2]}, s),
}

COMPARISONS = {"gt", "lt", "ge", "le", "eq", "ne", "logical_and", "logical_or", "logical_not"}


def emit(op: str, args: list[str], params: dict, safe: bool) -> str:
    for table in (UNARY, BINARY, TERNARY):
        if op in table:
            return table[op](args, params, safe)
    raise KeyError(op)


def is_pointwise(op: str) -> bool:
    return op in UNARY or op in BINARY or op in TERNARY
