"""Broken at import: the error text must reach the error-fixing agent."""

import torch.nn as nn

raise RuntimeError("candidate import failed: BLOCK_SIZE must be a power of 2")


class ModelNew(nn.Module):
    pass
