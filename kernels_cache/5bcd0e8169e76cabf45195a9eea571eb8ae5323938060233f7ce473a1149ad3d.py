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
        self.register_buffer('w0_l_self_modules_features_modules_0_parameters_weight_', _pike_tensor((64, 3, 3, 3), (27, 9, 3, 1), torch.float32, 'normal', -0.0011538586113601923, 0.11269164085388184))
        self.register_buffer('w1_l_self_modules_features_modules_0_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0034494816791266203, 0.10639268904924393))
        self.register_buffer('w2_l_self_modules_features_modules_2_parameters_weight_', _pike_tensor((64, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', 0.0001397463056491688, 0.02397693321108818))
        self.register_buffer('w3_l_self_modules_features_modules_2_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0006450340733863413, 0.02436123788356781))
        self.register_buffer('w4_l_self_modules_features_modules_5_parameters_weight_', _pike_tensor((128, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', -9.656663678470068e-06, 0.024055268615484238))
        self.register_buffer('w5_l_self_modules_features_modules_5_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', -0.0007346950005739927, 0.024086561053991318))
        self.register_buffer('w6_l_self_modules_features_modules_7_parameters_weight_', _pike_tensor((128, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 2.821827365551144e-06, 0.017027560621500015))
        self.register_buffer('w7_l_self_modules_features_modules_7_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', -0.0011276552686467767, 0.01703507825732231))
        self.register_buffer('w8_l_self_modules_features_modules_10_parameters_weight_', _pike_tensor((256, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 3.39825710398145e-05, 0.017006266862154007))
        self.register_buffer('w9_l_self_modules_features_modules_10_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', -0.00010629958705976605, 0.01659686677157879))
        self.register_buffer('w10_l_self_modules_features_modules_12_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -7.656843990844209e-06, 0.012025903910398483))
        self.register_buffer('w11_l_self_modules_features_modules_12_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.00019261467969045043, 0.01206367090344429))
        self.register_buffer('w12_l_self_modules_features_modules_14_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.0910707715083845e-05, 0.012029247358441353))
        self.register_buffer('w13_l_self_modules_features_modules_14_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0005203242180868983, 0.011979700066149235))
        self.register_buffer('w14_l_self_modules_features_modules_17_parameters_weight_', _pike_tensor((512, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 1.8494794858270325e-05, 0.012034653685986996))
        self.register_buffer('w15_l_self_modules_features_modules_17_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0006894649704918265, 0.011956822127103806))
        self.register_buffer('w16_l_self_modules_features_modules_19_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', 1.6439468026874238e-06, 0.00850857887417078))
        self.register_buffer('w17_l_self_modules_features_modules_19_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0004622458654921502, 0.008399281650781631))
        self.register_buffer('w18_l_self_modules_features_modules_21_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', -7.899864613136742e-06, 0.008505021221935749))
        self.register_buffer('w19_l_self_modules_features_modules_21_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', -0.0003641397343017161, 0.008579078130424023))
        self.register_buffer('w20_l_self_modules_features_modules_24_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', -2.716904418775812e-06, 0.008507012389600277))
        self.register_buffer('w21_l_self_modules_features_modules_24_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0002858679217752069, 0.008510204032063484))
        self.register_buffer('w22_l_self_modules_features_modules_26_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', 3.4669239994400414e-06, 0.008503067307174206))
        self.register_buffer('w23_l_self_modules_features_modules_26_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', -0.0008093066280707717, 0.0084565794095397))
        self.register_buffer('w24_l_self_modules_features_modules_28_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', 6.024033609719481e-06, 0.008507427759468555))
        self.register_buffer('w25_l_self_modules_features_modules_28_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.00022358703427016735, 0.008463078178465366))
        self.register_buffer('w26_l_self_modules_classifier_modules_0_parameters_weight_', _pike_tensor((4096, 25088), (25088, 1), torch.float32, 'normal', 1.8663721235157027e-08, 0.003645069431513548))
        self.register_buffer('w27_l_self_modules_classifier_modules_0_parameters_bias_', _pike_tensor((4096,), (1,), torch.float32, 'normal', -3.515578282531351e-05, 0.0036023857537657022))
        self.register_buffer('w28_l_self_modules_classifier_modules_3_parameters_weight_', _pike_tensor((4096, 4096), (4096, 1), torch.float32, 'normal', 1.0968432206936995e-07, 0.009020662866532803))
        self.register_buffer('w29_l_self_modules_classifier_modules_3_parameters_bias_', _pike_tensor((4096,), (1,), torch.float32, 'normal', -6.542345363413915e-05, 0.008959534578025341))
        self.register_buffer('w30_l_self_modules_classifier_modules_6_parameters_weight_', _pike_tensor((1000, 4096), (4096, 1), torch.float32, 'normal', 2.0519394183793338e-07, 0.009020050056278706))
        self.register_buffer('w31_l_self_modules_classifier_modules_6_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.00020090614270884544, 0.008893183432519436))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_features_modules_0_parameters_weight_ = self.w0_l_self_modules_features_modules_0_parameters_weight_
        w1_l_self_modules_features_modules_0_parameters_bias_ = self.w1_l_self_modules_features_modules_0_parameters_bias_
        w2_l_self_modules_features_modules_2_parameters_weight_ = self.w2_l_self_modules_features_modules_2_parameters_weight_
        w3_l_self_modules_features_modules_2_parameters_bias_ = self.w3_l_self_modules_features_modules_2_parameters_bias_
        w4_l_self_modules_features_modules_5_parameters_weight_ = self.w4_l_self_modules_features_modules_5_parameters_weight_
        w5_l_self_modules_features_modules_5_parameters_bias_ = self.w5_l_self_modules_features_modules_5_parameters_bias_
        w6_l_self_modules_features_modules_7_parameters_weight_ = self.w6_l_self_modules_features_modules_7_parameters_weight_
        w7_l_self_modules_features_modules_7_parameters_bias_ = self.w7_l_self_modules_features_modules_7_parameters_bias_
        w8_l_self_modules_features_modules_10_parameters_weight_ = self.w8_l_self_modules_features_modules_10_parameters_weight_
        w9_l_self_modules_features_modules_10_parameters_bias_ = self.w9_l_self_modules_features_modules_10_parameters_bias_
        w10_l_self_modules_features_modules_12_parameters_weight_ = self.w10_l_self_modules_features_modules_12_parameters_weight_
        w11_l_self_modules_features_modules_12_parameters_bias_ = self.w11_l_self_modules_features_modules_12_parameters_bias_
        w12_l_self_modules_features_modules_14_parameters_weight_ = self.w12_l_self_modules_features_modules_14_parameters_weight_
        w13_l_self_modules_features_modules_14_parameters_bias_ = self.w13_l_self_modules_features_modules_14_parameters_bias_
        w14_l_self_modules_features_modules_17_parameters_weight_ = self.w14_l_self_modules_features_modules_17_parameters_weight_
        w15_l_self_modules_features_modules_17_parameters_bias_ = self.w15_l_self_modules_features_modules_17_parameters_bias_
        w16_l_self_modules_features_modules_19_parameters_weight_ = self.w16_l_self_modules_features_modules_19_parameters_weight_
        w17_l_self_modules_features_modules_19_parameters_bias_ = self.w17_l_self_modules_features_modules_19_parameters_bias_
        w18_l_self_modules_features_modules_21_parameters_weight_ = self.w18_l_self_modules_features_modules_21_parameters_weight_
        w19_l_self_modules_features_modules_21_parameters_bias_ = self.w19_l_self_modules_features_modules_21_parameters_bias_
        w20_l_self_modules_features_modules_24_parameters_weight_ = self.w20_l_self_modules_features_modules_24_parameters_weight_
        w21_l_self_modules_features_modules_24_parameters_bias_ = self.w21_l_self_modules_features_modules_24_parameters_bias_
        w22_l_self_modules_features_modules_26_parameters_weight_ = self.w22_l_self_modules_features_modules_26_parameters_weight_
        w23_l_self_modules_features_modules_26_parameters_bias_ = self.w23_l_self_modules_features_modules_26_parameters_bias_
        w24_l_self_modules_features_modules_28_parameters_weight_ = self.w24_l_self_modules_features_modules_28_parameters_weight_
        w25_l_self_modules_features_modules_28_parameters_bias_ = self.w25_l_self_modules_features_modules_28_parameters_bias_
        w26_l_self_modules_classifier_modules_0_parameters_weight_ = self.w26_l_self_modules_classifier_modules_0_parameters_weight_
        w27_l_self_modules_classifier_modules_0_parameters_bias_ = self.w27_l_self_modules_classifier_modules_0_parameters_bias_
        w28_l_self_modules_classifier_modules_3_parameters_weight_ = self.w28_l_self_modules_classifier_modules_3_parameters_weight_
        w29_l_self_modules_classifier_modules_3_parameters_bias_ = self.w29_l_self_modules_classifier_modules_3_parameters_bias_
        w30_l_self_modules_classifier_modules_6_parameters_weight_ = self.w30_l_self_modules_classifier_modules_6_parameters_weight_
        w31_l_self_modules_classifier_modules_6_parameters_bias_ = self.w31_l_self_modules_classifier_modules_6_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_features_modules_0_parameters_weight_, w1_l_self_modules_features_modules_0_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  l_x_ = w0_l_self_modules_features_modules_0_parameters_weight_ = w1_l_self_modules_features_modules_0_parameters_bias_ = None
        input_2 = torch.nn.functional.relu(input_1, inplace = True);  input_1 = None
        input_3 = torch.conv2d(input_2, w2_l_self_modules_features_modules_2_parameters_weight_, w3_l_self_modules_features_modules_2_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_2 = w2_l_self_modules_features_modules_2_parameters_weight_ = w3_l_self_modules_features_modules_2_parameters_bias_ = None
        input_4 = torch.nn.functional.relu(input_3, inplace = True);  input_3 = None
        input_5 = torch.nn.functional.max_pool2d(input_4, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_4 = None
        input_6 = torch.conv2d(input_5, w4_l_self_modules_features_modules_5_parameters_weight_, w5_l_self_modules_features_modules_5_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_5 = w4_l_self_modules_features_modules_5_parameters_weight_ = w5_l_self_modules_features_modules_5_parameters_bias_ = None
        input_7 = torch.nn.functional.relu(input_6, inplace = True);  input_6 = None
        input_8 = torch.conv2d(input_7, w6_l_self_modules_features_modules_7_parameters_weight_, w7_l_self_modules_features_modules_7_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_7 = w6_l_self_modules_features_modules_7_parameters_weight_ = w7_l_self_modules_features_modules_7_parameters_bias_ = None
        input_9 = torch.nn.functional.relu(input_8, inplace = True);  input_8 = None
        input_10 = torch.nn.functional.max_pool2d(input_9, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_9 = None
        input_11 = torch.conv2d(input_10, w8_l_self_modules_features_modules_10_parameters_weight_, w9_l_self_modules_features_modules_10_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_10 = w8_l_self_modules_features_modules_10_parameters_weight_ = w9_l_self_modules_features_modules_10_parameters_bias_ = None
        input_12 = torch.nn.functional.relu(input_11, inplace = True);  input_11 = None
        input_13 = torch.conv2d(input_12, w10_l_self_modules_features_modules_12_parameters_weight_, w11_l_self_modules_features_modules_12_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_12 = w10_l_self_modules_features_modules_12_parameters_weight_ = w11_l_self_modules_features_modules_12_parameters_bias_ = None
        input_14 = torch.nn.functional.relu(input_13, inplace = True);  input_13 = None
        input_15 = torch.conv2d(input_14, w12_l_self_modules_features_modules_14_parameters_weight_, w13_l_self_modules_features_modules_14_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_14 = w12_l_self_modules_features_modules_14_parameters_weight_ = w13_l_self_modules_features_modules_14_parameters_bias_ = None
        input_16 = torch.nn.functional.relu(input_15, inplace = True);  input_15 = None
        input_17 = torch.nn.functional.max_pool2d(input_16, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_16 = None
        input_18 = torch.conv2d(input_17, w14_l_self_modules_features_modules_17_parameters_weight_, w15_l_self_modules_features_modules_17_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_17 = w14_l_self_modules_features_modules_17_parameters_weight_ = w15_l_self_modules_features_modules_17_parameters_bias_ = None
        input_19 = torch.nn.functional.relu(input_18, inplace = True);  input_18 = None
        input_20 = torch.conv2d(input_19, w16_l_self_modules_features_modules_19_parameters_weight_, w17_l_self_modules_features_modules_19_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_19 = w16_l_self_modules_features_modules_19_parameters_weight_ = w17_l_self_modules_features_modules_19_parameters_bias_ = None
        input_21 = torch.nn.functional.relu(input_20, inplace = True);  input_20 = None
        input_22 = torch.conv2d(input_21, w18_l_self_modules_features_modules_21_parameters_weight_, w19_l_self_modules_features_modules_21_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_21 = w18_l_self_modules_features_modules_21_parameters_weight_ = w19_l_self_modules_features_modules_21_parameters_bias_ = None
        input_23 = torch.nn.functional.relu(input_22, inplace = True);  input_22 = None
        input_24 = torch.nn.functional.max_pool2d(input_23, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_23 = None
        input_25 = torch.conv2d(input_24, w20_l_self_modules_features_modules_24_parameters_weight_, w21_l_self_modules_features_modules_24_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_24 = w20_l_self_modules_features_modules_24_parameters_weight_ = w21_l_self_modules_features_modules_24_parameters_bias_ = None
        input_26 = torch.nn.functional.relu(input_25, inplace = True);  input_25 = None
        input_27 = torch.conv2d(input_26, w22_l_self_modules_features_modules_26_parameters_weight_, w23_l_self_modules_features_modules_26_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_26 = w22_l_self_modules_features_modules_26_parameters_weight_ = w23_l_self_modules_features_modules_26_parameters_bias_ = None
        input_28 = torch.nn.functional.relu(input_27, inplace = True);  input_27 = None
        input_29 = torch.conv2d(input_28, w24_l_self_modules_features_modules_28_parameters_weight_, w25_l_self_modules_features_modules_28_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  input_28 = w24_l_self_modules_features_modules_28_parameters_weight_ = w25_l_self_modules_features_modules_28_parameters_bias_ = None
        input_30 = torch.nn.functional.relu(input_29, inplace = True);  input_29 = None
        input_31 = torch.nn.functional.max_pool2d(input_30, 2, 2, 0, 1, ceil_mode = False, return_indices = False);  input_30 = None
        flatten = input_31.flatten(1);  input_31 = None
        input_32 = torch._C._nn.linear(flatten, w26_l_self_modules_classifier_modules_0_parameters_weight_, w27_l_self_modules_classifier_modules_0_parameters_bias_);  flatten = w26_l_self_modules_classifier_modules_0_parameters_weight_ = w27_l_self_modules_classifier_modules_0_parameters_bias_ = None
        input_33 = torch.nn.functional.relu(input_32, inplace = True);  input_32 = None
        input_34 = torch.nn.functional.dropout(input_33, 0.0, False, False);  input_33 = None
        input_35 = torch._C._nn.linear(input_34, w28_l_self_modules_classifier_modules_3_parameters_weight_, w29_l_self_modules_classifier_modules_3_parameters_bias_);  input_34 = w28_l_self_modules_classifier_modules_3_parameters_weight_ = w29_l_self_modules_classifier_modules_3_parameters_bias_ = None
        input_36 = torch.nn.functional.relu(input_35, inplace = True);  input_35 = None
        input_37 = torch.nn.functional.dropout(input_36, 0.0, False, False);  input_36 = None
        input_38 = torch._C._nn.linear(input_37, w30_l_self_modules_classifier_modules_6_parameters_weight_, w31_l_self_modules_classifier_modules_6_parameters_bias_);  input_37 = w30_l_self_modules_classifier_modules_6_parameters_weight_ = w31_l_self_modules_classifier_modules_6_parameters_bias_ = None
        return input_38



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
        _pike_tensor((4, 3, 224, 224), (150528, 50176, 224, 1), torch.float32, 'normal', -0.0020422330126166344, 1.000364065170288),
    ]


def get_init_inputs():
    return []


# ------------------------------------------------------------------------------------------------
# pike offline agent: cuda-graph+fp16+channels-last+triton-fused+tuned
# pike-offline-recipe: {"applied": ["cuda-graph", "fp16", "channels-last", "triton-fused", "tuned"], "channels_last": true, "contiguous": false, "cuda_graph": true, "fold_bn": false, "inductor_mode": "", "kernel_fp32": false, "path": "graph", "precision": "fp16", "triton": true, "tuning": [["gemm_input_32.impl", "torch"], ["gemm_input_38.impl", "torch"]]}
# ------------------------------------------------------------------------------------------------

import math
import operator

import torch
import triton
import triton.language as tl

try:  # fast intrinsics on the GPU path; the interpreter-safe path never calls them
    from triton.language.extra import libdevice
except ImportError:  # pragma: no cover - older triton
    libdevice = None

# get_attr tensors and submodules of the traced module, filled by FusedProgram.bind()
ATTRS = {}
MODULES = {}


def _pike_strided(t, stride):
    """``t`` with the strides the kernels were generated for (a copy only when they differ)."""
    if all(a == b for a, b, n in zip(t.stride(), stride, t.shape) if n > 1):
        return t
    if 0 in stride:
        raise RuntimeError(f"pike kernel expects a broadcast input with strides {stride}, got {t.stride()}")
    out = torch.empty_strided(t.shape, stride, dtype=t.dtype, device=t.device)
    out.copy_(t)
    return out


@triton.jit
def pk_to(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 602112
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x33 = (l0).to(tl.float16).to(tl.float32)
    tl.store(out0 + offs, (x33).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to(a0):
    a0 = _pike_strided(a0, (150528, 1, 672, 3))
    o0 = torch.empty_strided((4, 3, 224, 224), (150528, 1, 672, 3), dtype=torch.float16, device=a0.device)
    pk_to[(triton.cdiv(602112, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 12845056
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x36 = ((l0) + (l1))
    x37 = tl.where((x36) > 0, (x36), 0.0)
    x38 = x37
    tl.store(out0 + offs, (x38).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add(a0, a1):
    a0 = _pike_strided(a0, (3211264, 1, 14336, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 64, 224, 224), (3211264, 1, 14336, 64), dtype=torch.float16, device=a0.device)
    pk_add[(triton.cdiv(12845056, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_1(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 12845056
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x41 = ((l0) + (l1))
    x42 = tl.where((x41) > 0, (x41), 0.0)
    tl.store(out0 + offs, (x42).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_1(a0, a1):
    a0 = _pike_strided(a0, (3211264, 1, 14336, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 64, 224, 224), (3211264, 1, 14336, 64), dtype=torch.float16, device=a0.device)
    pk_add_1[(triton.cdiv(12845056, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_2(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 6422528
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x47 = ((l0) + (l1))
    x48 = tl.where((x47) > 0, (x47), 0.0)
    x49 = x48
    tl.store(out0 + offs, (x49).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_2(a0, a1):
    a0 = _pike_strided(a0, (1605632, 1, 14336, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 128, 112, 112), (1605632, 1, 14336, 128), dtype=torch.float16, device=a0.device)
    pk_add_2[(triton.cdiv(6422528, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_3(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 6422528
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x52 = ((l0) + (l1))
    x53 = tl.where((x52) > 0, (x52), 0.0)
    tl.store(out0 + offs, (x53).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_3(a0, a1):
    a0 = _pike_strided(a0, (1605632, 1, 14336, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 128, 112, 112), (1605632, 1, 14336, 128), dtype=torch.float16, device=a0.device)
    pk_add_3[(triton.cdiv(6422528, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_4(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3211264
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x58 = ((l0) + (l1))
    x59 = tl.where((x58) > 0, (x58), 0.0)
    x60 = x59
    tl.store(out0 + offs, (x60).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_4(a0, a1):
    a0 = _pike_strided(a0, (802816, 1, 14336, 256))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 256, 56, 56), (802816, 1, 14336, 256), dtype=torch.float16, device=a0.device)
    pk_add_4[(triton.cdiv(3211264, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_6(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3211264
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x68 = ((l0) + (l1))
    x69 = tl.where((x68) > 0, (x68), 0.0)
    tl.store(out0 + offs, (x69).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_6(a0, a1):
    a0 = _pike_strided(a0, (802816, 1, 14336, 256))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 256, 56, 56), (802816, 1, 14336, 256), dtype=torch.float16, device=a0.device)
    pk_add_6[(triton.cdiv(3211264, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_7(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1605632
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x74 = ((l0) + (l1))
    x75 = tl.where((x74) > 0, (x74), 0.0)
    x76 = x75
    tl.store(out0 + offs, (x76).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_7(a0, a1):
    a0 = _pike_strided(a0, (401408, 1, 14336, 512))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 512, 28, 28), (401408, 1, 14336, 512), dtype=torch.float16, device=a0.device)
    pk_add_7[(triton.cdiv(1605632, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_9(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1605632
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x84 = ((l0) + (l1))
    x85 = tl.where((x84) > 0, (x84), 0.0)
    tl.store(out0 + offs, (x85).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_9(a0, a1):
    a0 = _pike_strided(a0, (401408, 1, 14336, 512))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 512, 28, 28), (401408, 1, 14336, 512), dtype=torch.float16, device=a0.device)
    pk_add_9[(triton.cdiv(1605632, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_10(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 401408
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x90 = ((l0) + (l1))
    x91 = tl.where((x90) > 0, (x90), 0.0)
    x92 = x91
    tl.store(out0 + offs, (x92).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_10(a0, a1):
    a0 = _pike_strided(a0, (100352, 1, 7168, 512))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 512, 14, 14), (100352, 1, 7168, 512), dtype=torch.float16, device=a0.device)
    pk_add_10[(triton.cdiv(401408, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_12(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 401408
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x100 = ((l0) + (l1))
    x101 = tl.where((x100) > 0, (x100), 0.0)
    tl.store(out0 + offs, (x101).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_12(a0, a1):
    a0 = _pike_strided(a0, (100352, 1, 7168, 512))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((4, 512, 14, 14), (100352, 1, 7168, 512), dtype=torch.float16, device=a0.device)
    pk_add_12[(triton.cdiv(401408, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_input_33(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 16384
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x106 = tl.where((l0) > 0, (l0), 0.0)
    x107 = x106
    x108 = x107
    tl.store(out0 + offs, (x108).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_33(a0):
    a0 = _pike_strided(a0, (4096, 1))
    o0 = torch.empty((4, 4096), dtype=torch.float16, device=a0.device)
    pk_input_33[(triton.cdiv(16384, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_input_35(a_ptr, b_ptr, in0, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(4, BLOCK_M)
    num_pid_n = tl.cdiv(4096, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 4096
    b_base = b_ptr + 0 + offs_n[None, :] * 4096
    m_ok = offs_m[:, None] < 4
    n_ok = offs_n[None, :] < 4096
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 4096, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 4096), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 4096) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 4 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x109 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x110 = ((x109) + (l0))
    x111 = tl.where((x110) > 0, (x110), 0.0)
    x112 = x111
    tl.store(out0 + rows * 4096 + cols, (tl.where(mask, x112, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_35(ga, gb, a0):
    ga = _pike_strided(ga, (4096, 1))
    gb = _pike_strided(gb, (4096, 1))
    a0 = _pike_strided(a0, (1,))
    o0 = torch.empty((4, 4096), dtype=torch.float16, device=ga.device)
    pk_input_35[(triton.cdiv(4, 16) * triton.cdiv(4096, 128), 1)](ga, gb, a0, o0, BLOCK_M=16, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=3)
    return o0,


@triton.jit
def pk_float_1(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 4000
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x115 = (l0).to(tl.float32)
    tl.store(out0 + offs, (x115).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_float_1(a0):
    a0 = _pike_strided(a0, (1000, 1))
    o0 = torch.empty((4, 1000), dtype=torch.float32, device=a0.device)
    pk_float_1[(triton.cdiv(4000, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


def fused_forward(*inputs):
    (in_0, in_1, in_2, in_3, in_4, in_5, in_6, in_7, in_8, in_9, in_10, in_11, in_12, in_13, in_14, in_15, in_16, in_17, in_18, in_19, in_20, in_21, in_22, in_23, in_24, in_25, in_26, in_27, in_28, in_29, in_30, in_31, in_32,) = inputs
    v33, = _launch_pk_to(in_32)
    v34 = torch.conv2d(v33, in_0, None, (1, 1), (1, 1), (1, 1), 1)
    v35 = in_1.reshape((-1, 1, 1))
    v38, = _launch_pk_add(v34, v35)
    v39 = torch.conv2d(v38, in_2, None, (1, 1), (1, 1), (1, 1), 1)
    v40 = in_3.reshape((-1, 1, 1))
    v42, = _launch_pk_add_1(v39, v40)
    v43 = torch.nn.functional.max_pool2d(v42, 2, 2, 0, 1, ceil_mode=False, return_indices=False)
    v44 = v43.to(torch.float16)
    v45 = torch.conv2d(v44, in_4, None, (1, 1), (1, 1), (1, 1), 1)
    v46 = in_5.reshape((-1, 1, 1))
    v49, = _launch_pk_add_2(v45, v46)
    v50 = torch.conv2d(v49, in_6, None, (1, 1), (1, 1), (1, 1), 1)
    v51 = in_7.reshape((-1, 1, 1))
    v53, = _launch_pk_add_3(v50, v51)
    v54 = torch.nn.functional.max_pool2d(v53, 2, 2, 0, 1, ceil_mode=False, return_indices=False)
    v55 = v54.to(torch.float16)
    v56 = torch.conv2d(v55, in_8, None, (1, 1), (1, 1), (1, 1), 1)
    v57 = in_9.reshape((-1, 1, 1))
    v60, = _launch_pk_add_4(v56, v57)
    v61 = torch.conv2d(v60, in_10, None, (1, 1), (1, 1), (1, 1), 1)
    v62 = in_11.reshape((-1, 1, 1))
    v65, = _launch_pk_add_4(v61, v62)
    v66 = torch.conv2d(v65, in_12, None, (1, 1), (1, 1), (1, 1), 1)
    v67 = in_13.reshape((-1, 1, 1))
    v69, = _launch_pk_add_6(v66, v67)
    v70 = torch.nn.functional.max_pool2d(v69, 2, 2, 0, 1, ceil_mode=False, return_indices=False)
    v71 = v70.to(torch.float16)
    v72 = torch.conv2d(v71, in_14, None, (1, 1), (1, 1), (1, 1), 1)
    v73 = in_15.reshape((-1, 1, 1))
    v76, = _launch_pk_add_7(v72, v73)
    v77 = torch.conv2d(v76, in_16, None, (1, 1), (1, 1), (1, 1), 1)
    v78 = in_17.reshape((-1, 1, 1))
    v81, = _launch_pk_add_7(v77, v78)
    v82 = torch.conv2d(v81, in_18, None, (1, 1), (1, 1), (1, 1), 1)
    v83 = in_19.reshape((-1, 1, 1))
    v85, = _launch_pk_add_9(v82, v83)
    v86 = torch.nn.functional.max_pool2d(v85, 2, 2, 0, 1, ceil_mode=False, return_indices=False)
    v87 = v86.to(torch.float16)
    v88 = torch.conv2d(v87, in_20, None, (1, 1), (1, 1), (1, 1), 1)
    v89 = in_21.reshape((-1, 1, 1))
    v92, = _launch_pk_add_10(v88, v89)
    v93 = torch.conv2d(v92, in_22, None, (1, 1), (1, 1), (1, 1), 1)
    v94 = in_23.reshape((-1, 1, 1))
    v97, = _launch_pk_add_10(v93, v94)
    v98 = torch.conv2d(v97, in_24, None, (1, 1), (1, 1), (1, 1), 1)
    v99 = in_25.reshape((-1, 1, 1))
    v101, = _launch_pk_add_12(v98, v99)
    v102 = torch.nn.functional.max_pool2d(v101, 2, 2, 0, 1, ceil_mode=False, return_indices=False)
    v103 = v102.flatten(1)
    v104 = v103.to(torch.float16)
    v105 = torch._C._nn.linear(v104, in_26, in_27)
    v108, = _launch_pk_input_33(v105)
    v112, = _launch_pk_input_35(v108, in_28, in_29)
    v113 = v112.to(torch.float16)
    v114 = torch._C._nn.linear(v113, in_30, in_31)
    v115, = _launch_pk_float_1(v114)
    return (v115,)

"""The run-time part of every offline-agent Solution, inlined into the Solution's source as text.

A Solution must be self-contained (it is cached, shipped and loaded where pike may not be
installed), so this module imports nothing from pike and every name starts with ``_pk``. It is also
a real module so that it can be tested and linted like any other.

``_PkRunner`` runs one of three bodies, chosen by the Solution's spec:

* ``graph``: the problem's forward as a functional graph (``fused_forward``, our Triton kernels or
  plain torch ops) whose weight arguments are derived from the module's own tensors: batch norm
  folded into the conv/linear before it, pre-cast to bf16/fp16, channels_last. Derived tensors are
  cached keyed on each source tensor's identity, ``data_ptr`` and ``_version``, so an in-place update (as
  ``load_state_dict`` does) is seen at the next call.
* ``module``: the problem's own forward, under autocast when reduced precision is allowed.
* ``inductor``: ``torch.compile`` of the problem's own forward (a seed: pike never loses to it).

and may capture the whole body into a CUDA graph. Capture happens on the caller's own input
tensors, and a call with those same tensors replays the graph directly (replay re-reads their
memory, so new values are seen); a call with other tensors copies them into static buffers that a
second graph was captured on. Every call returns fresh output tensors, as eager does.

Per-call host time decides small problems (a few microseconds of kernel time), so the runner picks
its call path once, from the spec: a graph with nothing derived and no CUDA graph calls
``fused_forward`` after one shape/dtype check (``_lean_call``); a CUDA-graph spec called with the
tensors of its last replay replays after one layout comparison (``_replay_call``); everything else
takes ``_full_call``. No ``torch.no_grad()`` context is entered when grad is already off.
"""

import collections

import torch

_PK_DTYPES = {
    "float32": torch.float32,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "float64": torch.float64,
}
_PK_MAX_SHAPES = 8  # captured graphs kept per runner (one per input shape signature)


def _pk_locate(module, path):
    """(dict, key) holding the tensor at ``path``: parameters, buffers or plain attributes."""
    *parents, name = path.split(".")
    owner = module
    for part in parents:
        owner = getattr(owner, part)
    for table in (owner._parameters, owner._buffers):
        if name in table:
            return table, name
    return owner.__dict__, name


def _pk_version(tensor):
    try:
        return tensor._version
    except RuntimeError:  # inference tensors keep no version counter and cannot be changed in place
        return 0


def _pk_fold_scale(tensors, arg):
    scale = torch.rsqrt(tensors[arg["var"]].float() + arg["eps"])
    if arg.get("gamma"):
        scale = scale * tensors[arg["gamma"]].float()
    return scale


def _pk_derive(tensors, arg):
    """The tensor a graph argument takes, built from the module's tensors (by path)."""
    kind = arg["from"]
    if kind == "tensor":
        value = tensors[arg["name"]].detach()
    elif kind == "fold_weight":
        weight = tensors[arg["weight"]].detach()
        scale = _pk_fold_scale(tensors, arg).reshape(-1, *([1] * (weight.dim() - 1)))
        value = (weight.float() * scale).to(weight.dtype)
    elif kind == "fold_bias":
        mean = tensors[arg["mean"]].float()
        bias = tensors[arg["bias"]].float() if arg.get("bias") else torch.zeros_like(mean)
        value = (bias - mean) * _pk_fold_scale(tensors, arg)
        if arg.get("beta"):
            value = value + tensors[arg["beta"]].float()
        value = value.to(tensors[arg["weight"]].dtype)
    else:
        raise ValueError(f"unknown graph argument kind {kind!r}")
    if arg.get("dtype"):
        value = value.to(_PK_DTYPES[arg["dtype"]])
    if arg.get("channels_last") and value.dim() == 4:
        value = value.contiguous(memory_format=torch.channels_last)
    return value


def _pk_sources(arg):
    """Paths of the module tensors an argument is derived from."""
    keys = ("name", "weight", "bias", "mean", "var", "gamma", "beta")
    return [arg[k] for k in keys if arg.get(k)] if arg["from"] != "input" else []


def _pk_clone(out):
    """Fresh outputs: a replayed graph or cudagraph-tree output buffer is overwritten next call."""
    if isinstance(out, torch.Tensor):
        return out.clone()
    if isinstance(out, (tuple, list)):
        return type(out)(_pk_clone(o) for o in out)
    return out


def _pk_cast(out, dtypes):
    """Outputs cast back to the reference's dtypes (reduced precision stays inside)."""
    if isinstance(out, torch.Tensor):
        return out.to(_PK_DTYPES[dtypes[0]]) if dtypes and dtypes[0] in _PK_DTYPES else out
    if isinstance(out, (tuple, list)):
        return type(out)(_pk_cast(o, [d]) for o, d in zip(out, dtypes))
    return out


def _pk_pick(out, kind):
    """The graph's output tuple as the problem returns it."""
    if kind == "tensor":
        return out[0]
    return list(out) if kind == "list" else tuple(out)


def _pk_plain(arg):
    """Whether a graph argument is an input or a module tensor taken as it is (nothing derived)."""
    return arg["from"] == "input" or (arg["from"] == "tensor" and not arg.get("dtype") and not arg.get("channels_last"))


def _pk_dtype(name):
    return getattr(torch, name.rpartition(".")[2])


def _pk_layout(inputs):
    """What a captured graph reads: each tensor's memory, shape, strides and dtype; other values as they are.

    Equal layouts mean the very same memory viewed the same way (the captured graph holds its input
    tensors, so no other tensor can live at those addresses): replaying the graph reads these inputs.
    """
    return tuple([(t.data_ptr(), t.shape, t.stride(), t.dtype) if isinstance(t, torch.Tensor) else t for t in inputs])


def _pk_shape_key(inputs):
    return tuple(
        (t.shape, t.stride(), t.dtype, t.device) if isinstance(t, torch.Tensor) else ("value", repr(t))
        for t in inputs
    )


class _PkCaptured:
    """One CUDA graph of the body, reading ``inputs`` (held here so their memory stays theirs)."""

    def __init__(self, body, inputs):
        self.inputs = list(inputs)
        self.layout = _pk_layout(self.inputs)
        side = torch.cuda.Stream()
        side.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(side):  # warm-up off the capture: kernel compilation, cuBLAS/cuDNN setup
            for _ in range(2):
                body(self.inputs)
        torch.cuda.current_stream().wait_stream(side)
        self.graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(self.graph):
            self.outputs = body(self.inputs)

    def replay(self):
        self.graph.replay()
        return self.outputs


class _PkGraphCache:
    """Captured graphs per input shape signature: direct (caller's tensors) and staged (buffers)."""

    def __init__(self):
        self.entries = collections.OrderedDict()
        self.last = None  # the direct graph run last: a call on the same tensors replays it at once

    def clear(self):
        self.entries.clear()
        self.last = None

    def run(self, body, inputs):
        key = _pk_shape_key(inputs)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = {"direct": _PkCaptured(body, inputs), "staged": None}
            while len(self.entries) > _PK_MAX_SHAPES:
                self.entries.popitem(last=False)
            self.last = entry["direct"]
            return self.last.replay()
        self.entries.move_to_end(key)
        if _pk_layout(inputs) == entry["direct"].layout:
            self.last = entry["direct"]
            return self.last.replay()
        staged = entry["staged"]
        if staged is None:
            buffers = [
                torch.empty_strided(t.shape, t.stride(), dtype=t.dtype, device=t.device)
                if isinstance(t, torch.Tensor) else t
                for t in inputs
            ]
            for buffer, t in zip(buffers, inputs):
                if isinstance(t, torch.Tensor):
                    buffer.copy_(t)
            staged = entry["staged"] = _PkCaptured(body, buffers)
        else:
            for buffer, t in zip(staged.inputs, inputs):
                if isinstance(t, torch.Tensor):
                    buffer.copy_(t)
        return staged.replay()


class _PkTf32:
    """TF32 for matmuls and convolutions only while our body runs (the flags are process-wide);
    a no-op when not ``enabled``."""

    def __init__(self, enabled):
        self.enabled = enabled

    def __enter__(self):
        if self.enabled:
            self.previous = torch.get_float32_matmul_precision(), torch.backends.cudnn.allow_tf32
            torch.set_float32_matmul_precision("high")
            torch.backends.cudnn.allow_tf32 = True

    def __exit__(self, *exc):
        if self.enabled:
            torch.set_float32_matmul_precision(self.previous[0])
            torch.backends.cudnn.allow_tf32 = self.previous[1]


class _PkRunner:
    """Runs a Solution's body. Everything that can be decided from the spec is decided here, once:
    ``self.call`` is the shortest path this spec allows (see ``_lean_call``, ``_replay_call``)."""

    def __init__(self, spec, base_forward, graph_fn=None):
        self.spec = spec
        self.base_forward = base_forward
        self.graph_fn = graph_fn
        self.args = None  # derived graph arguments
        self.watch = None  # (table, key) of every source tensor
        self.watch_state = None  # their (_version, data_ptr) when the derived tensors were made
        self.graphs = _PkGraphCache()
        self.compiled = None
        self.body = None
        self.out_kind = spec["out_kind"]
        self.traced = [  # (shape, dtype) per traced tensor input, None for other values
            None if want is None else (torch.Size(want[0]), _pk_dtype(want[1])) for want in spec.get("inputs") or []
        ]
        args = spec["args"]
        # lean: a graph whose arguments are the inputs and the module's own tensors, run as they are
        self.lean = (
            spec["path"] == "graph" and not spec.get("cuda_graph") and not spec.get("tf32")
            and not spec.get("channels_last_inputs") and all(_pk_plain(arg) for arg in args)
        )
        self.passthrough = [arg.get("index") for arg in args] == list(range(len(self.traced)))
        # lean: (None, input index) or (table, key) per graph argument; tables are found at the first call
        self.feed = [(None, arg["index"]) for arg in args] if all(arg["from"] == "input" for arg in args) else None
        if spec.get("cuda_graph"):
            self.call = self._replay_call
        else:
            self.call = self._lean_call if self.lean else self._full_call

    def __deepcopy__(self, memo):
        # captured graphs and derived tensors belong to one module instance: a copy starts afresh
        return _PkRunner(self.spec, self.base_forward, self.graph_fn)

    def __call__(self, module, inputs):
        if torch.is_grad_enabled():  # the evaluator and the backend call with grad off: no context then
            with torch.no_grad():
                return self.call(module, inputs)
        return self.call(module, inputs)

    # -- derived weights -----------------------------------------------------------------------

    def _watched_state(self):
        """(_version, data_ptr) of every source tensor: one list comprehension, as it runs per call."""
        tensors = [table.get(key) for table, key in self.watch]
        try:
            return [(t._version, t.data_ptr()) for t in tensors]
        except (RuntimeError, AttributeError):  # inference tensors have no version; a tensor was removed
            return [(_pk_version(t), t.data_ptr()) if isinstance(t, torch.Tensor) else None for t in tensors]

    def _stale(self):
        return self.watch is None or self._watched_state() != self.watch_state

    def _refresh(self, module):
        paths = sorted({p for arg in self.spec["args"] for p in _pk_sources(arg)})
        located = {p: _pk_locate(module, p) for p in paths}
        tensors = {p: table[key] for p, (table, key) in located.items()}
        with torch.no_grad():
            fresh = [None if arg["from"] == "input" else _pk_derive(tensors, arg) for arg in self.spec["args"]]
            if self.args is not None:
                self._reuse_addresses(fresh, tensors)
        self.args = fresh
        self.watch = list(located.values())
        self.watch_state = self._watched_state()

    def _reuse_addresses(self, fresh, tensors):
        """Write new derived values into the old tensors, so captured graphs stay valid."""
        for i, (arg, old, new) in enumerate(zip(self.spec["args"], self.args, fresh)):
            if old is None:
                continue
            aliased = any(new.data_ptr() == tensors[p].data_ptr() for p in _pk_sources(arg))
            if not aliased and (old.shape, old.dtype, old.stride()) == (new.shape, new.dtype, new.stride()):
                old.copy_(new)
                fresh[i] = old
        if any(old is not None and old.data_ptr() != new.data_ptr() for old, new in zip(self.args, fresh)):
            self.graphs.clear()

    # -- bodies ----------------------------------------------------------------------------------

    def _graph_args(self, inputs):
        if self.lean:  # the module's tensors as they are now: a replaced parameter is seen at once
            return [inputs[key] if table is None else table[key] for table, key in self.feed]
        specs = self.spec["args"]
        args = [inputs[arg["index"]] if arg["from"] == "input" else value for arg, value in zip(specs, self.args)]
        if self.spec.get("channels_last_inputs"):
            args = [
                a.contiguous(memory_format=torch.channels_last)
                if isinstance(a, torch.Tensor) and a.dim() == 4 and a.is_floating_point() else a
                for a in args
            ]
        return args

    def _graph_body(self, inputs):
        return _pk_pick(self.graph_fn(*self._graph_args(inputs)), self.out_kind)

    def _autocast(self, inputs):
        dtype = _PK_DTYPES.get(self.spec.get("autocast") or "")
        device = next((t.device.type for t in inputs if isinstance(t, torch.Tensor)), "cpu")
        return torch.autocast(device, dtype=dtype or torch.bfloat16, enabled=dtype is not None)

    def _module_body(self, module):
        def body(inputs):
            with self._autocast(inputs):
                out = self.base_forward(module, *inputs)
            return _pk_cast(out, self.spec["out_dtypes"])

        return body

    def _inductor_body(self, module):
        if self.compiled is None:
            eager = self._module_body(module)
            self.compiled = torch.compile(lambda *inputs: eager(inputs), mode=self.spec["inductor_mode"], dynamic=False)
        compiled = self.compiled
        if self.spec["inductor_mode"] == "reduce-overhead":
            def body(inputs):
                torch.compiler.cudagraph_mark_step_begin()
                return _pk_clone(compiled(*inputs))

            return body
        return lambda inputs: compiled(*inputs)

    def _body(self, module):
        if self.body is None:
            path = self.spec["path"]
            if path == "graph":
                self.body = self._graph_body
            else:
                self.body = self._module_body(module) if path == "module" else self._inductor_body(module)
        return self.body

    def _traced_inputs(self, inputs):
        """Whether the inputs have the shapes and dtypes the graph was traced (and baked) for."""
        if len(inputs) != len(self.traced):
            return False
        for value, want in zip(inputs, self.traced):
            if want is not None and (
                not isinstance(value, torch.Tensor) or value.shape != want[0] or value.dtype != want[1]
            ):
                return False
        return True

    # -- call paths --------------------------------------------------------------------------------

    def _lean_call(self, module, inputs):
        """Nothing derived, no CUDA graph: the generated graph on the inputs, nothing else per call."""
        if not self._traced_inputs(inputs):
            # the graph specialised on the traced shapes: anything else runs the problem's own code
            return self.base_forward(module, *inputs)
        if self.passthrough:
            return _pk_pick(self.graph_fn(*inputs), self.out_kind)
        if self.feed is None:
            self.feed = [
                (None, arg["index"]) if arg["from"] == "input" else _pk_locate(module, arg["name"])
                for arg in self.spec["args"]
            ]
        return _pk_pick(self.graph_fn(*self._graph_args(inputs)), self.out_kind)

    def _replay_call(self, module, inputs):
        """CUDA-graph specs: the tensors of the last replay, weights unchanged, replay at once.

        A layout match implies the traced shapes and dtypes and a CUDA device (the graph was
        captured on these very tensors). The outputs are cloned: the next replay overwrites them.
        TF32 needs no switching here: the kernels were chosen when the graph was captured.
        """
        last = self.graphs.last
        if last is not None and _pk_layout(inputs) == last.layout and not (self.watch and self._stale()):
            return _pk_clone(last.replay())
        return self._full_call(module, inputs)

    def _full_call(self, module, inputs):
        if self.spec["path"] == "graph":
            if not self._traced_inputs(inputs):
                return self.base_forward(module, *inputs)
            if self._stale():
                self._refresh(module)
        body = self._body(module)
        with _PkTf32(self.spec.get("tf32")):
            if self.spec.get("cuda_graph") and any(isinstance(t, torch.Tensor) and t.is_cuda for t in inputs):
                return _pk_clone(self.graphs.run(body, inputs))
            return body(inputs)

_PK_SPEC = {'path': 'graph', 'args': [{'from': 'tensor', 'name': 'w0_l_self_modules_features_modules_0_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w1_l_self_modules_features_modules_0_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w2_l_self_modules_features_modules_2_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w3_l_self_modules_features_modules_2_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w4_l_self_modules_features_modules_5_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w5_l_self_modules_features_modules_5_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w6_l_self_modules_features_modules_7_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w7_l_self_modules_features_modules_7_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w8_l_self_modules_features_modules_10_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w9_l_self_modules_features_modules_10_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w10_l_self_modules_features_modules_12_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w11_l_self_modules_features_modules_12_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w12_l_self_modules_features_modules_14_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w13_l_self_modules_features_modules_14_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w14_l_self_modules_features_modules_17_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w15_l_self_modules_features_modules_17_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w16_l_self_modules_features_modules_19_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w17_l_self_modules_features_modules_19_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w18_l_self_modules_features_modules_21_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w19_l_self_modules_features_modules_21_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w20_l_self_modules_features_modules_24_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w21_l_self_modules_features_modules_24_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w22_l_self_modules_features_modules_26_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w23_l_self_modules_features_modules_26_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w24_l_self_modules_features_modules_28_parameters_weight_', 'dtype': 'float16', 'channels_last': True}, {'from': 'tensor', 'name': 'w25_l_self_modules_features_modules_28_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w26_l_self_modules_classifier_modules_0_parameters_weight_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w27_l_self_modules_classifier_modules_0_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w28_l_self_modules_classifier_modules_3_parameters_weight_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w29_l_self_modules_classifier_modules_3_parameters_bias_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w30_l_self_modules_classifier_modules_6_parameters_weight_', 'dtype': 'float16'}, {'from': 'tensor', 'name': 'w31_l_self_modules_classifier_modules_6_parameters_bias_', 'dtype': 'float16'}, {'from': 'input', 'index': 0}], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': True, 'autocast': None, 'inductor_mode': '', 'inputs': [[[4, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """cuda-graph+fp16+channels-last+triton-fused+tuned: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, fused_forward)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
