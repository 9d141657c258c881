import math

import torch
import torch.nn as nn

# A 2-layer GRU written out cell by cell (nn.GRU itself is not traced by Dynamo), returning the
# full output sequence of the last layer and the final hidden state of each layer.


class GRULayer(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        bound = 1.0 / math.sqrt(hidden_size)
        self.w_ih = nn.Parameter(torch.empty(3 * hidden_size, input_size).uniform_(-bound, bound))
        self.w_hh = nn.Parameter(torch.empty(3 * hidden_size, hidden_size).uniform_(-bound, bound))
        self.b_ih = nn.Parameter(torch.empty(3 * hidden_size).uniform_(-bound, bound))
        self.b_hh = nn.Parameter(torch.empty(3 * hidden_size).uniform_(-bound, bound))

    def forward(self, x, h):
        outputs = []
        for step in range(x.shape[0]):
            r_x, z_x, n_x = (x[step] @ self.w_ih.t() + self.b_ih).chunk(3, dim=1)
            r_h, z_h, n_h = (h @ self.w_hh.t() + self.b_hh).chunk(3, dim=1)
            r = torch.sigmoid(r_x + r_h)
            z = torch.sigmoid(z_x + z_h)
            n = torch.tanh(n_x + r * n_h)
            h = (1 - z) * n + z * h
            outputs.append(h)
        return torch.stack(outputs), h


class Model(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.layers = nn.ModuleList(
            GRULayer(input_size if i == 0 else hidden_size, hidden_size) for i in range(num_layers)
        )

    def forward(self, x, h0):
        finals = []
        for index, layer in enumerate(self.layers):
            x, h = layer(x, h0[index])
            finals.append(h)
        return x, torch.stack(finals)


seq_len = 32
batch_size = 10
input_size = 128
hidden_size = 256
num_layers = 2


def get_inputs():
    return [torch.randn(seq_len, batch_size, input_size), torch.randn(num_layers, batch_size, hidden_size)]


def get_init_inputs():
    return [input_size, hidden_size, num_layers]
