"""Honest GPU candidate: one CUDA graph per set of input addresses, replayed on every call; a replay
re-reads the input memory, so new values in the same buffers give new answers."""

import torch
import torch.nn as nn


def _compute(x, y):
    return torch.relu(x) * y + 1.0


class ModelNew(nn.Module):
    def __init__(self):
        super().__init__()
        self.graphs = {}

    def _capture(self, x, y):
        side = torch.cuda.Stream()
        side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(side):
            _compute(x, y)  # warm-up outside the capture, as torch.cuda.graphs requires
        torch.cuda.current_stream().wait_stream(side)
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            out = _compute(x, y)
        return graph, out, (x, y)

    def forward(self, x, y):
        key = (x.data_ptr(), y.data_ptr(), tuple(x.shape), tuple(y.shape))
        if key not in self.graphs:
            self.graphs[key] = self._capture(x, y)
        graph, out, _ = self.graphs[key]
        graph.replay()
        return out
