"""GPU crash: a Triton kernel stores far out of bounds (an illegal address that leaves the CUDA
context unusable); the worker must be replaced and the next candidate evaluated normally."""

import torch
import torch.nn as nn
import triton
import triton.language as tl


@triton.jit
def _wild_store(x_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offsets = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offsets < n
    x = tl.load(x_ptr + offsets, mask=mask)
    tl.store(out_ptr + offsets.to(tl.int64) + (1 << 40), x, mask=mask)


class ModelNew(nn.Module):
    def forward(self, x, y):
        out = torch.empty_like(x)
        _wild_store[(triton.cdiv(x.numel(), 1024),)](x, out, x.numel(), BLOCK=1024)
        return out
