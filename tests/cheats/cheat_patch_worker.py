"""Cheat: patch the evaluator's own modules inside the worker (comparison, encoding), return zeros."""

import importlib

import torch
import torch.nn as nn

for name in ("pike_backend.evaluate.compare", "pike_backend.evaluate.codec"):
    module = importlib.import_module(name)
    if hasattr(module, "compare_outputs"):
        module.compare_outputs = lambda *args, **kwargs: module.Comparison()
    if hasattr(module, "encode"):
        real = module.encode
        module.encode = lambda obj: real({"ok": True, "outputs": None, "tampering": []})


class ModelNew(nn.Module):
    def forward(self, x, y):
        return torch.zeros_like(x)
