import torch
import torch.nn as nn

# A vanilla (Elman) RNN written out step by step: h_t = tanh(W [x_t, h_{t-1}] + b), with a
# linear readout at every step. The sequence loop unrolls into one graph.


class Model(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.i2h = nn.Linear(input_size + hidden_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)

    def forward(self, x, h0):
        hidden = h0
        outputs = []
        for step in range(x.shape[0]):
            hidden = torch.tanh(self.i2h(torch.cat([x[step], hidden], dim=1)))
            outputs.append(self.h2o(hidden))
        return torch.stack(outputs), hidden


seq_len = 32
batch_size = 8
input_size = 1024
hidden_size = 256
output_size = 128


def get_inputs():
    return [torch.randn(seq_len, batch_size, input_size), torch.randn(batch_size, hidden_size)]


def get_init_inputs():
    return [input_size, hidden_size, output_size]
