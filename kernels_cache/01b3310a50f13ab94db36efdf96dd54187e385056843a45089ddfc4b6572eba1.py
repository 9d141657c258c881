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
        self.register_buffer('w0_l_self_modules_downsample_modules_0_parameters_weight_', _pike_tensor((128, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 4.111045564059168e-05, 0.07250889390707016))
        self.register_buffer('w1_l_self_modules_conv1_parameters_weight_', _pike_tensor((128, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', 3.532025220920332e-05, 0.023988250643014908))
        self.register_buffer('w2_l_self_modules_downsample_modules_1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w3_l_self_modules_downsample_modules_1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w4_l_self_modules_downsample_modules_1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w5_l_self_modules_downsample_modules_1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w6_l_self_modules_bn1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w7_l_self_modules_bn1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w8_l_self_modules_bn1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_bn1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w10_l_self_modules_conv2_parameters_weight_', _pike_tensor((128, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 5.408728975453414e-05, 0.017035944387316704))
        self.register_buffer('w11_l_self_modules_bn2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w12_l_self_modules_bn2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w13_l_self_modules_bn2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w14_l_self_modules_bn2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_downsample_modules_0_parameters_weight_ = self.w0_l_self_modules_downsample_modules_0_parameters_weight_
        w1_l_self_modules_conv1_parameters_weight_ = self.w1_l_self_modules_conv1_parameters_weight_
        w2_l_self_modules_downsample_modules_1_buffers_running_mean_ = self.w2_l_self_modules_downsample_modules_1_buffers_running_mean_
        w3_l_self_modules_downsample_modules_1_buffers_running_var_ = self.w3_l_self_modules_downsample_modules_1_buffers_running_var_
        w4_l_self_modules_downsample_modules_1_parameters_weight_ = self.w4_l_self_modules_downsample_modules_1_parameters_weight_
        w5_l_self_modules_downsample_modules_1_parameters_bias_ = self.w5_l_self_modules_downsample_modules_1_parameters_bias_
        w6_l_self_modules_bn1_buffers_running_mean_ = self.w6_l_self_modules_bn1_buffers_running_mean_
        w7_l_self_modules_bn1_buffers_running_var_ = self.w7_l_self_modules_bn1_buffers_running_var_
        w8_l_self_modules_bn1_parameters_weight_ = self.w8_l_self_modules_bn1_parameters_weight_
        w9_l_self_modules_bn1_parameters_bias_ = self.w9_l_self_modules_bn1_parameters_bias_
        w10_l_self_modules_conv2_parameters_weight_ = self.w10_l_self_modules_conv2_parameters_weight_
        w11_l_self_modules_bn2_buffers_running_mean_ = self.w11_l_self_modules_bn2_buffers_running_mean_
        w12_l_self_modules_bn2_buffers_running_var_ = self.w12_l_self_modules_bn2_buffers_running_var_
        w13_l_self_modules_bn2_parameters_weight_ = self.w13_l_self_modules_bn2_parameters_weight_
        w14_l_self_modules_bn2_parameters_bias_ = self.w14_l_self_modules_bn2_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_downsample_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w0_l_self_modules_downsample_modules_0_parameters_weight_ = None
        conv2d_1 = torch.conv2d(l_x_, w1_l_self_modules_conv1_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_x_ = w1_l_self_modules_conv1_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w2_l_self_modules_downsample_modules_1_buffers_running_mean_, w3_l_self_modules_downsample_modules_1_buffers_running_var_, w4_l_self_modules_downsample_modules_1_parameters_weight_, w5_l_self_modules_downsample_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w2_l_self_modules_downsample_modules_1_buffers_running_mean_ = w3_l_self_modules_downsample_modules_1_buffers_running_var_ = w4_l_self_modules_downsample_modules_1_parameters_weight_ = w5_l_self_modules_downsample_modules_1_parameters_bias_ = None
        batch_norm_1 = torch.nn.functional.batch_norm(conv2d_1, w6_l_self_modules_bn1_buffers_running_mean_, w7_l_self_modules_bn1_buffers_running_var_, w8_l_self_modules_bn1_parameters_weight_, w9_l_self_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_1 = w6_l_self_modules_bn1_buffers_running_mean_ = w7_l_self_modules_bn1_buffers_running_var_ = w8_l_self_modules_bn1_parameters_weight_ = w9_l_self_modules_bn1_parameters_bias_ = None
        out = torch.nn.functional.relu(batch_norm_1, inplace = True);  batch_norm_1 = None
        conv2d_2 = torch.conv2d(out, w10_l_self_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out = w10_l_self_modules_conv2_parameters_weight_ = None
        out_1 = torch.nn.functional.batch_norm(conv2d_2, w11_l_self_modules_bn2_buffers_running_mean_, w12_l_self_modules_bn2_buffers_running_var_, w13_l_self_modules_bn2_parameters_weight_, w14_l_self_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_2 = w11_l_self_modules_bn2_buffers_running_mean_ = w12_l_self_modules_bn2_buffers_running_var_ = w13_l_self_modules_bn2_parameters_weight_ = w14_l_self_modules_bn2_parameters_bias_ = None
        add = out_1 + input_2;  out_1 = input_2 = None
        relu_1 = torch.nn.functional.relu(add, inplace = True);  add = None
        return relu_1



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
        _pike_tensor((10, 64, 56, 56), (200704, 3136, 56, 1), torch.float32, 'normal', -0.0010518354829400778, 0.9998176097869873),
    ]


def get_init_inputs():
    return []


class ModelNew(Model):
    pass
