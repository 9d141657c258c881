import math

import torch
import torch.nn as nn

# A 2-layer LSTM written out cell by cell (nn.LSTM itself is not traced by Dynamo, so a compiler
# would never see it), with a linear head on the last time step. The loops unroll into one graph.


class LSTMLayer(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        bound = 1.0 / math.sqrt(hidden_size)
        self.w_ih = nn.Parameter(torch.empty(4 * hidden_size, input_size).uniform_(-bound, bound))
        self.w_hh = nn.Parameter(torch.empty(4 * hidden_size, hidden_size).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.empty(4 * hidden_size).uniform_(-bound, bound))

    def forward(self, x, h, c):
        outputs = []
        for step in range(x.shape[1]):
            gates = x[:, step] @ self.w_ih.t() + h @ self.w_hh.t() + self.bias
            i, f, g, o = gates.chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            outputs.append(h)
        return torch.stack(outputs, dim=1), h, c


class Model(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, output_size):
        super().__init__()
        self.layers = nn.ModuleList(
            LSTMLayer(input_size if i == 0 else hidden_size, hidden_size) for i in range(num_layers)
        )
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x, h0, c0):
        for index, layer in enumerate(self.layers):
            x, _, _ = layer(x, h0[index], c0[index])
        return self.fc(x[:, -1])


batch_size = 10
seq_len = 32
input_size = 128
hidden_size = 256
num_layers = 2
output_size = 10


def get_inputs():
    return [
        torch.randn(batch_size, seq_len, input_size),
        torch.randn(num_layers, batch_size, hidden_size),
        torch.randn(num_layers, batch_size, hidden_size),
    ]


def get_init_inputs():
    return [input_size, hidden_size, num_layers, output_size]
