import torch
import torch.nn as nn

# A deep, narrow MLP: 16 hidden layers of width 50. Sixteen tiny GEMMs, so launches dominate.


class Model(nn.Module):
    def __init__(self, input_size, hidden_layer_sizes, output_size):
        super().__init__()
        layers = []
        current = input_size
        for width in hidden_layer_sizes:
            layers += [nn.Linear(current, width), nn.ReLU()]
            current = width
        layers.append(nn.Linear(current, output_size))
        self.network = nn.Sequential(*layers)

    def forward(self, x):
        return self.network(x)


batch_size = 1
input_size = 1000
hidden_layer_sizes = [50] * 16
output_size = 10


def get_inputs():
    return [torch.randn(batch_size, input_size)]


def get_init_inputs():
    return [input_size, hidden_layer_sizes, output_size]
