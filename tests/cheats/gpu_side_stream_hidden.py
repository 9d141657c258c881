"""GPU cheat: the answer on the default stream (correct), plus a millisecond of extra work on a side
stream that a default-stream timer would not count. It passes, but its time must include that work."""

import torch
import torch.nn as nn

HIDDEN_CYCLES = 2_000_000


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()
        self.side = torch.cuda.Stream()

    def forward(self, x, y):
        with torch.cuda.stream(self.side):
            torch.cuda._sleep(HIDDEN_CYCLES)
        return torch.relu(x) * y + 1.0
