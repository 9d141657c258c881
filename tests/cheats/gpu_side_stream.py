"""GPU cheat: compute on a side stream and return without making the caller's stream wait, so a
timer on the default stream sees an instant call (and a caller may read an unfinished output)."""

import torch
import torch.nn as nn


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()
        self.side = torch.cuda.Stream()

    def forward(self, x, y):
        out = torch.empty_like(x)
        self.side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(self.side):
            torch.cuda._sleep(2_000_000)  # the expensive part, about a millisecond
            torch.mul(torch.relu(x), y, out=out).add_(1.0)
        return out
