"""Start-up of a deployment: seconds from ``torch.compile(backend="pike")`` (cache-only, the paper
protocol's options) to the end of the model's first call, in a fresh process, and the second call's
time; one JSON line. Eager runs first, so CUDA's initialization is not counted.

    PIKE_KERNELS=$PWD/kernels_cache PIKE_CACHE_DIR=$(mktemp -d) python benchmarks/gpu/first_call.py benchmarks/level3/10_resnet101.py

Put another checkout's root first on PYTHONPATH to time its code on the same entries ("code" in
the output says which ran).
"""
import json
import sys
import time

import torch

import pike_backend.backend as backend
from pike_backend.bench.protocols import get_protocol, pike_options
from pike_backend.problem import init_inputs, load_problem_file, load_source_module

problem = load_problem_file(sys.argv[1])
module = load_source_module(problem.source)
torch.manual_seed(0)
model = module.Model(*init_inputs(module)).cuda().eval()
inputs = [x.cuda() if isinstance(x, torch.Tensor) else x for x in module.get_inputs()]
with torch.no_grad():
    reference = model(*inputs)
    torch.cuda.synchronize()
    start = time.perf_counter()
    fn = torch.compile(model, backend="pike", options=pike_options(get_protocol("paper"), "cache-only"))
    out = fn(*inputs)
    torch.cuda.synchronize()
    first = time.perf_counter() - start
    start = time.perf_counter()
    fn(*inputs)
    torch.cuda.synchronize()
    second = time.perf_counter() - start
print(json.dumps({"task": problem.name, "code": backend.__file__.split("/pike_backend")[0], "first_call_s": round(first, 2),
                  "second_call_ms": round(second * 1e3, 2), "max_abs_diff": (out.float() - reference.float()).abs().max().item(),
                  "events": [(e["outcome"], e["origin"]) for e in backend.compile_events()]}))
