"""Source of one fused region: the @triton.jit kernel and its host launcher.

Three shapes of kernel share the value emission: ``flat`` (pointwise only: a 1-D block of the
space), ``rows`` (reductions: a [ROWS, BLOCK_N] tile, row dims on axis 0 and reduced dims on
axis 1; one pass when a row fits, otherwise a loop over column blocks per reduction level that
recomputes the cheap pointwise prologue rather than storing it) and ``gemm`` (the epilogue over
the output tile of the GEMM template). Every value is computed in fp32 (fp64 when the region
touches fp64) and stored in its tensor's dtype.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch

from ..kernels import settings as ks
from ..kernels.gemm import dot_accumulator, dot_operands, gemm_grid, gemm_source
from .ir import Val
from .layout import contiguous_strides, dense_strides, offset_expr, view_strides
from .partition import FULL, ROW, Region, gemm_geometry
from .pointwise import emit as emit_pointwise
from .pointwise import lit

TL_DTYPES = {
    torch.float16: "float16", torch.bfloat16: "bfloat16", torch.float32: "float32",
    torch.float64: "float64", torch.bool: "int1",
}


def torch_dtype(dtype: torch.dtype) -> str:
    return str(dtype)  # "torch.float16"


@dataclass
class KernelSource:
    name: str
    ops: list[str]
    kernel: str  # @triton.jit source
    launcher: str  # def _launch_<name>(...) source
    inputs: list[Val]  # launcher arguments, in order
    outputs: list[Val]  # launcher results, in order
    tunables: dict[str, list] = field(default_factory=dict)


@dataclass
class _Load:
    var: str
    ptr: str
    offset_rows: str
    offset_cols: str
    is_row: bool
    is_bool: bool
    text: str = ""  # the whole load expression, where it is not one tl.load (a concatenation)


class RegionEmitter:
    def __init__(self, region: Region, name: str, loads: list[Val], outputs: list[Val], *, safe: bool,
                 tuning: dict, allow_low_precision: bool, allow_tf32: bool, loop_order: list[int] | None = None,
                 into: dict[int, tuple[int, ...]] | None = None,
                 concats: dict[int, tuple[int, list[tuple[Val, int]]]] | None = None):
        self.region = region
        self.name = name
        self.inputs = loads
        self.outputs = outputs
        self.safe = safe
        self.tuning = tuning
        self.low = allow_low_precision
        self.tf32 = allow_tf32
        self.members = {m.id: m for m in region.members}
        # outputs stored into a tensor the caller passes (a slice of a concatenation's buffer): id ->
        # that tensor's strides over the space; the launcher takes it instead of allocating
        self.into = into or {}
        # concatenations read from their inputs, never materialized (flat regions only): id ->
        # (dim, [(input, offset along dim)]); the inputs are among ``loads``
        self.concats = concats or {}
        if region.kind == "gemm":
            # A and B feed the K loop; only what the epilogue reads becomes an epilogue pointer
            epilogue = region.members[1:]
            self.inputs = loads = [v for v in loads if any(v in m.val_args for m in epilogue)]
        self.ptr = {v.id: f"in{i}" for i, v in enumerate(loads)}
        self.out_ptr = {v.id: f"out{i}" for i, v in enumerate(outputs)}
        self.load_cache: dict[tuple, _Load] = {}
        self.acc = "tl.float64" if any(
            v.dtype == torch.float64 for v in list(region.members) + loads) else "tl.float32"
        if region.kind == "gemm":
            self.mode = "gemm"
            self.row_dims = list(range(len(region.space) - 1))
            self.col_dims = [len(region.space) - 1]
        elif region.red:
            self.mode = "rows"
            self.row_dims, self.col_dims = region.row_dims, sorted(region.red)
        else:
            # a flat block walks the space in ``loop_order`` (the outputs' memory order) if given
            self.mode = "flat"
            self.row_dims, self.col_dims = list(loop_order or range(len(region.space))), []
        self.n_rows = math.prod(region.space[d] for d in self.row_dims)
        self.n_cols = math.prod(region.space[d] for d in self.col_dims)
        self.big = region.full_numel >= 2**31 - 1

    # -- tuning ----------------------------------------------------------------------------

    def knob(self, key: str, default, allowed: list) -> int:
        full = f"{self.name}.{key}"
        self.tunables[full] = allowed
        value = self.tuning.get(full, default)
        if value not in allowed:
            raise ValueError(f"tuning {full}={value!r} is not one of {allowed}")
        return value

    # -- index arithmetic --------------------------------------------------------------------

    def split(self, strides) -> tuple[str, str]:
        space = self.region.space
        rows = offset_expr("rows", [space[d] for d in self.row_dims], [strides[d] for d in self.row_dims])
        cols = offset_expr("cols", [space[d] for d in self.col_dims], [strides[d] for d in self.col_dims])
        return rows, cols

    def load(self, val: Val, consumer: Val, level: str) -> str:
        if val.id in self.concats:
            return self.concat_load(val, consumer)
        stride = val.strides()
        target = val.shape if consumer.op == "reduce" else consumer.shape  # a reduction reads its input as is
        strides = view_strides(val.shape, stride, target, self.region.level_space(level))
        if level == ROW:
            strides = tuple(0 if d in self.region.red else s for d, s in enumerate(strides))
        key = (val.id, strides)
        if key not in self.load_cache:
            rows, cols = self.split(strides)
            is_row = self.mode != "flat" and cols == "0"
            self.load_cache[key] = _Load(f"l{len(self.load_cache)}", self.ptr[val.id], rows, cols, is_row,
                                         val.dtype == torch.bool)
        return self.load_cache[key].var

    def concat_load(self, val: Val, consumer: Val) -> str:
        """One element of a concatenation, loaded from the input that holds it: a masked load per
        input (only the one whose slice holds the element touches memory), picked by the element's
        index along the concatenated dim."""
        key = (val.id, "concat")
        if key not in self.load_cache:
            dim, parts = self.concats[val.id]
            space = self.region.level_space(FULL)

            def over_space(strides) -> str:
                return self.split(view_strides(val.shape, strides, consumer.shape, space))[0].replace("rows", "offs")

            index = over_space(tuple(int(d == dim) for d in range(len(val.shape))))
            text = None
            for source, offset in reversed(parts):  # innermost: the last input
                stride = source.strides()
                address = f"{self.ptr[source.id]} + {over_space(stride)} - {offset * stride[dim]}"
                end = offset + source.shape[dim]
                load = f"tl.load({address}, mask=mask & ({index} >= {offset}) & ({index} < {end}), other=0)"
                text = load if text is None else f"tl.where(({index}) < {end}, {load}, {text})"
            self.load_cache[key] = _Load(f"l{len(self.load_cache)}", "", "", "", False, val.dtype == torch.bool, text)
        return self.load_cache[key].var

    def load_line(self, ld: _Load) -> str:
        if ld.text:
            return f"{ld.var} = ({ld.text})" + ("" if ld.is_bool else f".to({self.acc})")
        if self.mode == "flat":
            offset = ld.offset_rows.replace("rows", "offs")
            mask = "mask"
        else:
            offset = ld.offset_rows if ld.offset_cols == "0" else (
                ld.offset_cols if ld.offset_rows == "0" else f"{ld.offset_rows} + {ld.offset_cols}")
            mask = "row_mask" if ld.is_row else "mask"
        if offset == "0":
            text = f"tl.load({ld.ptr})"
        else:
            text = f"tl.load({ld.ptr} + {offset}, mask={mask}, other=0)"
        return f"{ld.var} = {text}" + ("" if ld.is_bool else f".to({self.acc})")

    # -- values ------------------------------------------------------------------------------

    def level(self, val: Val) -> str:
        return self.region.level[val.id]

    def operand(self, arg, consumer: Val) -> str:
        if not isinstance(arg, Val):
            return lit(arg)
        if arg.id in self.members:
            return f"x{arg.id}"
        source_level = FULL if consumer.op == "reduce" else self.level(consumer)
        return self.load(arg, consumer, source_level)

    def value_line(self, val: Val) -> str:
        if val.op == "gemm":
            return f"x{val.id} = acc"
        if val.op == "view":
            return f"x{val.id} = {self.operand(val.args[0], val)}"
        if val.op == "reduce":
            src = self.operand(val.args[0], val)
            kind = val.params["kind"]
            neutral = {"sum": "0.0", "max": '-float("inf")', "min": 'float("inf")'}[kind]
            return f"x{val.id} = tl.{kind}(tl.where(mask, {src}, {neutral}), axis=1, keep_dims=True)"
        args = [self.operand(a, val) for a in val.args]
        return f"x{val.id} = {emit_pointwise(val.op, args, val.params, self.safe)}"

    def store_line(self, val: Val) -> str:
        ptr = self.out_ptr[val.id]
        if self.mode == "flat":
            strides = self.into.get(val.id) or dense_strides(self.region.space, self.row_dims)
        else:
            strides = self.region.rep_strides(self.level(val))
        rows, cols = self.split(strides)
        if self.mode == "flat":
            offset, mask = rows.replace("rows", "offs"), "mask"
        elif self.level(val) == ROW:
            offset, mask = rows, "row_mask"
        else:
            # A store's pointer must have the full tile shape (Triton broadcasts the value and mask
            # to the pointer, never the pointer up): a missing row or column part becomes a zero
            # of that shape, e.g. a single-row GEMM output.
            offset = f"{'rows * 0' if rows == '0' else rows} + {'cols * 0' if cols == '0' else cols}"
            mask = "mask"
        if offset == "0":
            offset = "rows * 0"  # a single row: the pointer must still be a block
        value = f"x{val.id}"
        if self.level(val) == FULL and self.mode != "flat":
            value = f"tl.where(mask, {value}, 0)"  # broadcast row-shaped values to the tile
        return f"tl.store({ptr} + {offset}, ({value}).to({ptr}.dtype.element_ty), mask={mask})"

    # -- bodies ------------------------------------------------------------------------------

    def emit_values(self, vals: list[Val], out: list[str], emitted_loads: set[str]) -> None:
        for val in vals:
            line = self.value_line(val)
            self.flush_loads(out, emitted_loads)
            out.append(line)

    def flush_loads(self, out: list[str], emitted: set[str]) -> None:
        for ld in self.load_cache.values():
            if ld.var not in emitted:
                emitted.add(ld.var)
                out.append(self.load_line(ld))

    def single_pass_body(self) -> list[str]:
        lines: list[str] = []
        emitted: set[str] = set()
        self.emit_values(self.region.members, lines, emitted)
        lines.extend(self.store_line(v) for v in self.outputs)
        return lines

    def stages(self) -> dict[int, int]:
        stage: dict[int, int] = {}
        for val in self.region.members:
            inner = [stage[a.id] for a in val.val_args if a.id in self.members]
            base = max(inner, default=0)
            stage[val.id] = base + 1 if val.op == "reduce" else base
        return stage

    def closure(self, targets: list[Val], available: set[int]) -> list[Val]:
        """Members needed to compute ``targets`` given ``available`` ones, in program order."""
        need: set[int] = set()
        stack = [t for t in targets]
        while stack:
            val = stack.pop()
            if val.id in need or val.id in available:
                continue
            need.add(val.id)
            stack.extend(a for a in val.val_args if a.id in self.members)
        return [m for m in self.region.members if m.id in need]

    def looped_body(self, block_n: int) -> list[str]:
        stage = self.stages()
        reduces = [m for m in self.region.members if m.op == "reduce"]
        n_loops = max((stage[r.args[0].id] if r.args[0].id in self.members else 0) + 1 for r in reduces)
        lines: list[str] = []
        available: set[int] = set()
        row_vals = [m for m in self.region.members if self.level(m) == ROW and m.op != "reduce"]

        def emit_rows(out: list[str]) -> None:
            # row values computable from what is available, emitted once outside the loops
            for val in row_vals:
                if val.id in available:
                    continue
                if all(a.id in available for a in val.val_args if a.id in self.members):
                    saved = dict(self.load_cache)
                    line = self.value_line(val)
                    for key, ld in self.load_cache.items():
                        if key not in saved:
                            out.append(self.load_line(ld))
                    out.append(line)
                    available.add(val.id)

        emit_rows(lines)
        for k in range(n_loops):
            group = [r for r in reduces if (stage[r.args[0].id] if r.args[0].id in self.members else 0) == k]
            for r in group:
                init = {"sum": "tl.zeros", "max": "tl.full", "min": "tl.full"}[r.params["kind"]]
                fill = {"sum": "", "max": ', -float("inf")', "min": ', float("inf")'}[r.params["kind"]]
                lines.append(f"acc{r.id} = {init}([ROWS, BLOCK_N]{fill}, {self.acc})")
            body = ["cols = start + tl.arange(0, BLOCK_N)[None, :]", f"mask = row_mask & (cols < {self.n_cols})"]
            hoist: list[str] = []
            self.loop_values([r.args[0] for r in group if r.args[0].id in self.members], available, body, hoist)
            for r in group:
                known = set(self.load_cache)
                src = self.operand(r.args[0], r)
                for key, ld in self.load_cache.items():
                    if ld.var == src and (key not in known or not ld.is_row):
                        target = hoist if ld.is_row else body
                        if self.load_line(ld) not in target:
                            target.append(self.load_line(ld))
                kind = r.params["kind"]
                if kind == "sum":
                    body.append(f"acc{r.id} += tl.where(mask, {src}, 0.0)")
                else:
                    neutral = '-float("inf")' if kind == "max" else 'float("inf")'
                    body.append(f"acc{r.id} = tl.{'maximum' if kind == 'max' else 'minimum'}"
                                f"(acc{r.id}, tl.where(mask, {src}, {neutral}))")
            lines.extend(hoist)
            lines.append(f"for start in range(0, {self.n_cols}, BLOCK_N):")
            lines.extend("    " + line for line in body)
            for r in group:
                lines.append(f"x{r.id} = tl.{r.params['kind']}(acc{r.id}, axis=1, keep_dims=True)")
                available.add(r.id)
            emit_rows(lines)
        full_out = [v for v in self.outputs if self.level(v) == FULL]
        if full_out:
            body = ["cols = start + tl.arange(0, BLOCK_N)[None, :]", f"mask = row_mask & (cols < {self.n_cols})"]
            hoist = []
            self.loop_values(full_out, available, body, hoist)
            body.extend(self.store_line(v) for v in full_out)
            lines.extend(hoist)
            lines.append(f"for start in range(0, {self.n_cols}, BLOCK_N):")
            lines.extend("    " + line for line in body)
        lines.extend(self.store_line(v) for v in self.outputs if self.level(v) == ROW)
        return lines

    def loop_values(self, targets: list[Val], available: set[int], body: list[str], hoist: list[str]) -> None:
        """Emit (into a loop body) the full values ``targets`` need, with fresh full loads. A row
        load met for the first time goes to ``hoist``, emitted before the loop: later loops and
        the row values after them read it too, and the compiler (unlike the interpreter, which
        runs the kernel as Python) scopes a name first assigned in a loop body to that body."""
        before = set(self.load_cache)
        emitted = {ld.var for ld in self.load_cache.values() if ld.is_row}  # already at the top level
        for val in self.closure(targets, available):
            line = self.value_line(val)
            for key, ld in self.load_cache.items():
                if ld.var not in emitted and (key not in before or not ld.is_row):
                    emitted.add(ld.var)
                    (hoist if ld.is_row else body).append(self.load_line(ld))
            body.append(line)

    # -- kernel + launcher -------------------------------------------------------------------

    def build(self) -> KernelSource:
        self.tunables: dict[str, list] = {}
        if self.mode == "gemm":
            return self.build_gemm()
        params = [self.ptr[v.id] for v in self.inputs] + [self.out_ptr[v.id] for v in self.outputs]
        if self.mode == "flat":
            block0, warps0 = ks.pointwise_settings(self.region.full_numel)
            block = self.knob("BLOCK", block0, ks.around(block0, 64, 8192))
            warps = self.knob("num_warps", warps0, [1, 2, 4, 8, 16])
            offs = "tl.program_id(0).to(tl.int64) * BLOCK" if self.big else "tl.program_id(0) * BLOCK"
            head = [f"offs = {offs} + tl.arange(0, BLOCK)", f"mask = offs < {self.region.full_numel}"]
            body = self.single_pass_body()
            meta = {"BLOCK": block}
            grid = f"(triton.cdiv({self.region.full_numel}, {block}),)"
        else:
            st = ks.row_settings(self.n_cols, self.n_rows)
            block_default = st.block_n
            allowed_n = sorted({block_default, *ks.around(block_default, 64, ks.MAX_SINGLE_PASS)}
                               | ({ks.next_pow2(self.n_cols)} if self.n_cols <= ks.MAX_SINGLE_PASS else set()))
            block_n = self.knob("BLOCK_N", block_default, allowed_n)
            rows = self.knob("ROWS", st.rows, sorted({st.rows, *ks.around(st.rows, 1, 128)}))
            warps = self.knob("num_warps", st.num_warps, [1, 2, 4, 8, 16, 32])
            pid = "tl.program_id(0).to(tl.int64)" if self.big else "tl.program_id(0)"
            head = [f"rows = {pid} * ROWS + tl.arange(0, ROWS)[:, None]", f"row_mask = rows < {self.n_rows}"]
            if block_n >= self.n_cols:
                head += ["cols = tl.arange(0, BLOCK_N)[None, :]", f"mask = row_mask & (cols < {self.n_cols})"]
                body = self.single_pass_body()
            else:
                body = self.looped_body(block_n)
            meta = {"ROWS": rows, "BLOCK_N": block_n}
            grid = f"(triton.cdiv({self.n_rows}, {rows}),)"
        constexprs = "".join(f", {k}: tl.constexpr" for k in meta)
        kernel = (f"@triton.jit\ndef {self.name}({', '.join(params)}{constexprs}):\n"
                  + "\n".join("    " + line for line in head + body) + "\n")
        launch_meta = ", ".join(f"{k}={v}" for k, v in meta.items())
        launcher = self.launcher(grid, f"{launch_meta}, num_warps={warps}", [])
        return KernelSource(self.name, self.op_names(), kernel, launcher, self.inputs, self.outputs, self.tunables)

    def op_names(self) -> list[str]:
        out = []
        for m in self.region.members:
            label = m.params.get("kind", m.op) if m.op in ("reduce",) else m.op
            if m.op == "gemm":
                label = m.params["kind"]
            out.append(label)
        return out

    def launcher(self, grid: str, meta: str, pre_args: list[str]) -> str:
        args = [f"a{i}" for i in range(len(self.inputs))]
        given = [f"o{i}" for i, val in enumerate(self.outputs) if val.id in self.into]
        lines = [f"def _launch_{self.name}({', '.join(args + given)}):"]
        for i, val in enumerate(self.inputs):
            stride = val.strides()
            lines.append(f"    a{i} = _pike_strided(a{i}, {tuple(stride)!r})")
        device = "a0.device"
        outs = []
        for i, val in enumerate(self.outputs):
            dtype = torch_dtype(val.dtype)
            if val.id in self.into:
                pass  # the caller's tensor
            elif val.strides() == contiguous_strides(val.shape):
                lines.append(f"    o{i} = torch.empty({tuple(val.shape)!r}, dtype={dtype}, device={device})")
            else:
                lines.append(f"    o{i} = torch.empty_strided({tuple(val.shape)!r}, {tuple(val.stride)!r}, "
                             f"dtype={dtype}, device={device})")
            outs.append(f"o{i}")
        call_args = ", ".join(pre_args + args + outs)
        lines.append(f"    {self.name}[{grid}]({call_args}, {meta})")
        lines.append(f"    return {', '.join(outs)}{',' if len(outs) == 1 else ''}")
        return "\n".join(lines) + "\n"

    def build_gemm(self) -> KernelSource:
        gemm = self.region.members[0]
        geometry = gemm_geometry(gemm)
        a, b = gemm.args
        cfg = ks.gemm_settings(geometry.m, geometry.n, geometry.k)
        bm = self.knob("BLOCK_M", cfg.block_m, sorted({cfg.block_m, 16, 32, 64, 128}))
        bn = self.knob("BLOCK_N", cfg.block_n, sorted({cfg.block_n, 16, 32, 64, 128, 256}))
        bk = self.knob("BLOCK_K", cfg.block_k, sorted({cfg.block_k, 16, 32, 64, 128}))
        warps = self.knob("num_warps", cfg.num_warps, [2, 4, 8])
        stages = self.knob("num_stages", cfg.num_stages, [1, 2, 3, 4, 5])
        lines: list[str] = []
        emitted: set[str] = set()
        self.emit_values(self.region.members, lines, emitted)
        lines.extend(self.store_line(v) for v in self.outputs)
        a_dtype = TL_DTYPES.get(a.dtype, "float32")
        cast, precision = dot_operands(a_dtype, self.safe, self.low, self.tf32)
        params = [self.ptr[v.id] for v in self.inputs] + [self.out_ptr[v.id] for v in self.outputs]
        kernel = gemm_source(self.name, geometry, params, lines, cast, precision,
                             dot_accumulator(a_dtype, cast)).lstrip("\n")
        grid = gemm_grid(geometry, bm, bn)
        meta = f"BLOCK_M={bm}, BLOCK_N={bn}, BLOCK_K={bk}, GROUP_M=8, num_warps={warps}, num_stages={stages}"
        launcher = self.gemm_launcher(a, b, grid, meta)
        return KernelSource(self.name, self.op_names(), kernel, launcher, [a, b] + self.inputs, self.outputs,
                            self.tunables)

    def gemm_launcher(self, a: Val, b: Val, grid: str, meta: str) -> str:
        text = self.launcher(grid, meta, ["ga", "gb"])
        head, rest = text.split("\n", 1)
        params = head[len(f"def _launch_{self.name}("):-2]
        sig = f"def _launch_{self.name}(ga, gb{', ' if params else ''}{params}):"
        prep = []
        for var, val in (("ga", a), ("gb", b)):
            stride = val.strides()
            prep.append(f"    {var} = _pike_strided({var}, {tuple(stride)!r})")
        return sig + "\n" + "\n".join(prep) + "\n" + rest.replace("device=a0.device", "device=ga.device")
