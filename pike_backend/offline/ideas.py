"""IBA: the rewrites that apply to a problem, best first.

The big wins come first (the whole forward in one CUDA graph, the lowest precision the tolerance
allows, batch norm folded, channels_last for convnets, then our fused Triton kernels on top), then
torch.compile's kernels as a seed so pike never loses to it (second, so a search stopped early by
its time limit has it; first on a whole network, ``ProblemGraph.deep``, where it ran faster than our
stack in every search that timed both, and a big model's search may time only two): inductor's
default-mode output captured in pike's own CUDA graph, which replays with less host time per call
than torch.compile's reduce-overhead (a second Dynamo frame's guards, then cudagraph trees' checks
of their inputs: 20-130 us per call on launch-bound level-3 models on an H200), compiled frozen: the
module's tensors as constants, so batch norm is folded and every weight is cast to 16 bits and laid
out channels_last once, not at every call as torch.compile does for a module's parameters (a failure
drops the freezing first: see repair.py). Where the graph has a conv -> [residual add] -> ReLU and
16-bit operands are allowed, the same seed with cuDNN's fused epilogues comes just ahead of it
(``cudnn-fused``: ResNet-101 1.25x faster than the plain frozen seed at fp16 on an H200, SqueezeNet
0.63x; the search times both). Inductor at TF32 in pike's CUDA graph comes a few ideas
later, then reduce-overhead as torch.compile runs it (also the repair where pike's own capture of
inductor's output fails) and the seed not frozen: the TF32 seed won five level-3 tasks of the paper
table and two more of the six measured again, reduce-overhead none since searches rank by time, and
a search cut short by its time limit reaches only the ideas ahead (ShuffleNet's reached two), so
where 16-bit convolutions run slower (groups of channels not in eights:
``ProblemGraph.narrow_groups``) the TF32 seeds, frozen and not, come first. Then a per-shape tuning
pass over our kernels' block sizes and warps, then the same stacks at the other allowed precisions
and in full precision (one full-precision stack comes early: where reduced precision breaks a
problem's numerics, a search stopped by its time limit still has a CUDA graph of it).

On a small problem (a few microseconds of memory traffic) per-call host time decides, so the plain
CUDA graph (no derived weights) comes early; in full precision on a problem that convolves it comes
first (cuDNN's timed fp32 algorithms make it a contender, and it is the cheapest to evaluate). Our
kernels with no CUDA graph around them come last: in every level-3 and level-5 search on an H200
they timed at 0.5-0.9x eager, and none won a task; but where the inputs alone are large, copying
them into a graph's static buffers may cost as much as the work, and our kernels without a graph
come third.
"""

from __future__ import annotations

from ..options import Tolerance
from ..search.agent import Idea
from .recipe import SIXTEEN_BIT, parse_tokens
from .trace import ProblemGraph

_DETAILS = {
    "cuda-graph": "capture the whole forward in one CUDA graph (inputs replayed in place or copied into static buffers)",
    "bf16": "bf16 operands for conv/linear/matmul/attention with weights pre-cast once, fp32 norms and softmax",
    "fp16": "fp16 operands for conv/linear/matmul/attention with weights pre-cast once, fp32 norms and softmax",
    "tf32": "TF32 tensor-core matmuls",
    "fold-bn": "fold eval-mode batch norm into the conv/linear before it",
    "channels-last": "channels_last activations and conv weights",
    "triton-fused": "our generated Triton kernels for every fusible region (pointwise chains, reductions, norms, softmax, GEMM epilogues, attention, Mamba-2's SSD scan)",
    "tuned": "per-shape tuning of our kernels' block sizes and warps",
    "inductor-default": "torch.compile (inductor) as a seed",
    "inductor-reduce-overhead": "torch.compile mode=reduce-overhead (inductor + CUDA graphs) as a seed",
    "freeze": "inductor compiles the module's tensors as constants (batch norm folded, weights cast and laid out once)",
    "cudnn-fused": "each convolution's bias, residual add and ReLU fused into one cuDNN call in inductor's output",
}

# Below this many bytes read per call (inputs and weights), a call's memory traffic takes a few
# microseconds on a current GPU, no more than launching a kernel or replaying a graph.
SMALL_BYTES = 32 << 20


def allowed_precisions(tolerance: Tolerance, device: str) -> list[str]:
    """Reduced precisions to try, best first (only on a GPU: on CPU they would only be slower).

    fp16 before bf16: tensor cores run both at the same rate, and fp16's 3 more mantissa bits keep
    deep models inside a 1e-2 tolerance where bf16's rounding, compounded over 50-100 layers, does
    not (ResNet-101, RegNet, ShuffleNet on an H200: every bf16 candidate, inductor's too, failed).
    Where fp16 overflows, the EFA moves to bf16 (see repair.py)."""
    if device != "cuda":
        return []
    out = []
    if tolerance.allow_low_precision:
        out += ["fp16", "bf16"]
    if tolerance.allow_tf32:
        out.append("tf32")
    return out


def _idea(kind: str) -> Idea:
    tokens = parse_tokens(kind)
    names = [t.split(":")[0] for t in tokens]
    detail = "; ".join(_DETAILS.get(t, t) for t in names)
    return Idea(title=kind, detail=detail, kind=kind)


def _stack(tokens: list[str]) -> str:
    return "+".join(t for t in tokens if t)


def _seed(mode: str, precision: str) -> str:
    return f"inductor-{mode}:{precision}" if precision else f"inductor-{mode}"


def idea_kinds(pg: ProblemGraph, tolerance: Tolerance, *, inductor_seeds: bool, codegen: bool, foldable: int) -> list[str]:
    cuda = pg.device == "cuda"
    precisions = allowed_precisions(tolerance, pg.device)
    best = precisions[0] if precisions else ""
    graph = pg.traced
    fused = graph and codegen and pg.fusible > 0
    layout = ["fold-bn" if graph and foldable else "", "channels-last" if graph and cuda and pg.has_conv2d else ""]

    def stack(precision: str, *extra: str) -> str:
        return _stack(["cuda-graph" if cuda else "", precision, *layout, *extra])

    small = cuda and pg.nbytes < SMALL_BYTES
    # large inputs: a CUDA graph called with new tensors copies them into its static buffers, a
    # pass over them as long as a pointwise kernel's (a 64 MiB relu(2x + y): eager 3 passes, a
    # graphed fused kernel 1 plus the copy and the output's clone), so our kernels without one come
    # third (cheap: the same kernels, compiled already; where the work is heavier, S4D's, the graph still wins)
    streaming = cuda and fused and pg.input_bytes >= SMALL_BYTES
    ungraphed = _stack([best, *layout, "triton-fused"]) if cuda and fused else ""  # our kernels, no CUDA graph
    seeds = cuda and inductor_seeds
    tf32_seed = _seed("default+cuda-graph+freeze", "tf32") if seeds and best != "tf32" and "tf32" in precisions else ""
    # 16 bits run slower on narrow groups: torch.compile at TF32 first, frozen and not (ShuffleNet
    # on an H200: frozen 1.045 ms, reduce-overhead:tf32 0.913, our fp16 stack 0.97 and 74 s to evaluate)
    kinds = [tf32_seed, _seed("default+cuda-graph", "tf32")] if tf32_seed and pg.narrow_groups else []
    ours = [stack(best, "triton-fused") if fused else stack(best)]
    if fused and not best and "channels-last" in layout:
        # in fp32 channels_last buys cuDNN little (no tensor cores), and a pool over a channels_last
        # tensor stays out of the kernel before it: the DenseNet transition layer on an H200 ran
        # our kernels in 0.086 ms, the plain CUDA graph in 0.131, our channels_last ones 0.19-0.21
        # in its searches, where nothing else had tried ours without it
        ours.append(_stack(["cuda-graph", *[t for t in layout if t != "channels-last"], "triton-fused"]))
    # second (a search cut short by its time limit still has it), or first on a whole network,
    # where it has run faster than our stack every time both were timed (``ProblemGraph.deep``)
    frozen = [_seed("default+cuda-graph+freeze", best)] if seeds else []
    if seeds and pg.conv_relus and best in SIXTEEN_BIT:
        # the same with cuDNN's fused epilogues, ahead of it (its repair drops them). 16 bits only:
        # on an H200 they ran ResNet-101 1.25x and ResNet-18 1.06x faster at fp16, both 0.97-0.99x in fp32
        frozen.insert(0, _seed("default+cuda-graph+freeze+cudnn-fused", best))
    kinds += frozen + ours if pg.deep else ours + frozen
    if streaming:
        kinds.append(ungraphed)
    kinds.append(stack(best))
    if small:
        kinds.append("cuda-graph")
    elif best:  # early, in full precision: some numerics take none reduced (Mamba's decays, MoE routing)
        kinds.append(stack(""))
    # in the first phase too: where 16-bit operands fail the tolerance (Swin V2, Mamba-2) or run
    # slower (ShuffleNet's narrow groups: second there), torch.compile at TF32 was the best configuration
    kinds.append(tf32_seed)
    if seeds:  # torch.compile's reduce-overhead exactly as a user would run it, then not frozen
        kinds += [_seed("reduce-overhead", best), _seed("default+cuda-graph", best)]
    if fused:
        kinds.append("tuned")
    for precision in precisions[1:]:
        if fused:
            kinds.append(stack(precision, "triton-fused"))
        kinds.append(stack(precision))
    if best and fused:
        kinds.append(stack("", "triton-fused"))
    if seeds:
        kinds.append(_seed("default", best))
        kinds += [_seed("default+cuda-graph", p) for p in precisions[1:]]
    if cuda:  # the stacks without our layout rewrites, in case those lose here
        kinds.append(_stack(["cuda-graph", best, "triton-fused" if fused else ""]))
    if seeds and best:
        kinds += [_seed("default+cuda-graph", ""), _seed("reduce-overhead", "")]
    kinds.append(ungraphed)  # otherwise last but one
    if graph:  # last: the traced graph as plain torch ops (no module calls), all a plain CPU allows
        kinds.append("eager-graph")
    if cuda and not best and pg.convolves:
        # in full precision only, first: the plain CUDA graph with cuDNN timing its fp32 algorithms
        # (the agent adds that) costs 1-4 s to evaluate against 18-60 s for a frozen seed, and won
        # 5 of the 36 rows of the strict level-3 table on 4x H200 (RegNet 2.29 ms, the frozen seed
        # 3.33); ResNet-101's 75 s search timed one candidate, the frozen seed, and kept eager
        kinds.insert(0, "cuda-graph")
    seen: set[str] = set()
    return [k for k in kinds if k and not (k in seen or seen.add(k))]


def brainstorm_ideas(
    pg: ProblemGraph, tolerance: Tolerance, max_ideas: int, *, inductor_seeds: bool, codegen: bool, foldable: int
) -> list[Idea]:
    kinds = idea_kinds(pg, tolerance, inductor_seeds=inductor_seeds, codegen=codegen, foldable=foldable)
    return [_idea(k) for k in kinds[:max_ideas]]
