import torch
import torch.nn as nn
import torch.nn.functional as F
NoneType = type(None)
from torch import device as device
inf = float('inf')
nan = float('nan')

DEVICE = 'cuda'


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer('w0_l_self_modules_squeeze_parameters_weight_', _pike_tensor((32, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', -0.000838100619148463, 0.05079079791903496))
        self.register_buffer('w1_l_self_modules_squeeze_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.003752906806766987, 0.05550527572631836))
        self.register_buffer('w2_l_self_modules_expand1x1_parameters_weight_', _pike_tensor((128, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0008182568708434701, 0.10167910158634186))
        self.register_buffer('w3_l_self_modules_expand1x1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.004334211349487305, 0.10083591192960739))
        self.register_buffer('w4_l_self_modules_expand3x3_parameters_weight_', _pike_tensor((128, 32, 3, 3), (288, 9, 3, 1), torch.float32, 'normal', 0.0001901653449749574, 0.033917006105184555))
        self.register_buffer('w5_l_self_modules_expand3x3_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0008335745660588145, 0.03451358154416084))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_squeeze_parameters_weight_ = self.w0_l_self_modules_squeeze_parameters_weight_
        w1_l_self_modules_squeeze_parameters_bias_ = self.w1_l_self_modules_squeeze_parameters_bias_
        w2_l_self_modules_expand1x1_parameters_weight_ = self.w2_l_self_modules_expand1x1_parameters_weight_
        w3_l_self_modules_expand1x1_parameters_bias_ = self.w3_l_self_modules_expand1x1_parameters_bias_
        w4_l_self_modules_expand3x3_parameters_weight_ = self.w4_l_self_modules_expand3x3_parameters_weight_
        w5_l_self_modules_expand3x3_parameters_bias_ = self.w5_l_self_modules_expand3x3_parameters_bias_
        conv2d = torch.conv2d(l_x_, w0_l_self_modules_squeeze_parameters_weight_, w1_l_self_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  l_x_ = w0_l_self_modules_squeeze_parameters_weight_ = w1_l_self_modules_squeeze_parameters_bias_ = None
        x = torch.nn.functional.relu(conv2d, inplace = True);  conv2d = None
        conv2d_1 = torch.conv2d(x, w2_l_self_modules_expand1x1_parameters_weight_, w3_l_self_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w2_l_self_modules_expand1x1_parameters_weight_ = w3_l_self_modules_expand1x1_parameters_bias_ = None
        conv2d_2 = torch.conv2d(x, w4_l_self_modules_expand3x3_parameters_weight_, w5_l_self_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x = w4_l_self_modules_expand3x3_parameters_weight_ = w5_l_self_modules_expand3x3_parameters_bias_ = None
        relu_1 = torch.nn.functional.relu(conv2d_1, inplace = True);  conv2d_1 = None
        relu_2 = torch.nn.functional.relu(conv2d_2, inplace = True);  conv2d_2 = None
        cat = torch.cat([relu_1, relu_2], 1);  relu_1 = relu_2 = None
        return cat



def _pike_tensor(shape, stride, dtype, domain, low, high):
    """A fresh random tensor with the given layout, drawn on the CPU so seeds reproduce anywhere."""
    if domain == "bool":
        values = torch.rand(shape) < 0.5
    elif domain == "int":
        values = torch.randint(int(low), int(high) + 1, shape)
    elif domain == "binary":
        values = (torch.rand(shape) < 0.5).float()
    elif domain in ("positive", "negative"):
        values = torch.rand(shape) * (high - low) + low
    else:
        values = torch.randn(shape) * high + low
    out = torch.empty_strided(shape, stride, dtype=dtype, device=DEVICE)
    out.copy_(values)
    return out


def get_inputs():
    return [
        _pike_tensor((10, 128, 55, 55), (387200, 3025, 55, 1), torch.float32, 'normal', -0.000347827939549461, 0.9998317360877991),
    ]


def get_init_inputs():
    return []


class ModelNew(Model):
    pass
