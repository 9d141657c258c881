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
        self.register_buffer('w0_l_self_modules_patch_embed_parameters_weight_', _pike_tensor((96, 3, 4, 4), (48, 16, 4, 1), torch.float32, 'normal', -0.0013781810412183404, 0.0828666165471077))
        self.register_buffer('w1_l_self_modules_patch_embed_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', -0.001023910823278129, 0.08002175390720367))
        self.register_buffer('w2_l_self_modules_embed_norm_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w3_l_self_modules_embed_norm_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w4_l_self_modules_layers_modules_0_modules_norm1_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w5_l_self_modules_layers_modules_0_modules_norm1_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w6_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_weight_', _pike_tensor((147, 49, 1), (49, 1, 1), torch.float32, 'normal', 0.0011619223514571786, 0.08248822391033173))
        self.register_buffer('w7_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_bias_', _pike_tensor((147,), (1,), torch.float32, 'normal', 0.010555218905210495, 0.08865535259246826))
        self.register_buffer('w8_l_self_modules_layers_modules_0_modules_norm2_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_layers_modules_0_modules_norm2_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w10_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_weight_', _pike_tensor((384, 96), (96, 1), torch.float32, 'normal', 8.027037983993068e-05, 0.05877217650413513))
        self.register_buffer('w11_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', -0.00443883053958416, 0.0607302226126194))
        self.register_buffer('w12_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_weight_', _pike_tensor((96, 384), (384, 1), torch.float32, 'normal', 1.9709987100213766e-05, 0.02940700761973858))
        self.register_buffer('w13_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0004645122098736465, 0.029886558651924133))
        self.register_buffer('w14_l_self_modules_layers_modules_1_modules_norm1_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w15_l_self_modules_layers_modules_1_modules_norm1_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w16_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_weight_', _pike_tensor((147, 49, 1), (49, 1, 1), torch.float32, 'normal', 0.001522265374660492, 0.08253837376832962))
        self.register_buffer('w17_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_bias_', _pike_tensor((147,), (1,), torch.float32, 'normal', -0.00636248430237174, 0.08608542382717133))
        self.register_buffer('w18_l_self_modules_layers_modules_1_modules_norm2_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w19_l_self_modules_layers_modules_1_modules_norm2_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w20_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_weight_', _pike_tensor((384, 96), (96, 1), torch.float32, 'normal', 0.00023185448662843555, 0.05896657705307007))
        self.register_buffer('w21_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.002927985740825534, 0.0602518767118454))
        self.register_buffer('w22_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_weight_', _pike_tensor((96, 384), (384, 1), torch.float32, 'normal', 3.644662501756102e-05, 0.02955348789691925))
        self.register_buffer('w23_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 6.674385804217309e-05, 0.02917412295937538))
        self.register_buffer('w24_l_self_modules_layers_modules_2_modules_norm_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w25_l_self_modules_layers_modules_2_modules_norm_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w26_l_self_modules_layers_modules_2_modules_reduction_parameters_weight_', _pike_tensor((192, 384), (384, 1), torch.float32, 'normal', 1.2732150025840383e-05, 0.029502660036087036))
        self.register_buffer('w27_l_self_modules_layers_modules_3_modules_norm1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w28_l_self_modules_layers_modules_3_modules_norm1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w29_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_weight_', _pike_tensor((294, 49, 1), (49, 1, 1), torch.float32, 'normal', -0.0009114205604419112, 0.08227241784334183))
        self.register_buffer('w30_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_bias_', _pike_tensor((294,), (1,), torch.float32, 'normal', 0.0036552785895764828, 0.07906655967235565))
        self.register_buffer('w31_l_self_modules_layers_modules_3_modules_norm2_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w32_l_self_modules_layers_modules_3_modules_norm2_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w33_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_weight_', _pike_tensor((768, 192), (192, 1), torch.float32, 'normal', 0.00011093405191786587, 0.041647378355264664))
        self.register_buffer('w34_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_bias_', _pike_tensor((768,), (1,), torch.float32, 'normal', -0.00020189955830574036, 0.04173800349235535))
        self.register_buffer('w35_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_weight_', _pike_tensor((192, 768), (768, 1), torch.float32, 'normal', 6.696083346469095e-06, 0.02083722874522209))
        self.register_buffer('w36_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', -0.00015251533477567136, 0.020800085738301277))
        self.register_buffer('w37_l_self_modules_layers_modules_4_modules_norm1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w38_l_self_modules_layers_modules_4_modules_norm1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w39_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_weight_', _pike_tensor((294, 49, 1), (49, 1, 1), torch.float32, 'normal', 0.0006431538495235145, 0.08210049569606781))
        self.register_buffer('w40_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_bias_', _pike_tensor((294,), (1,), torch.float32, 'normal', -0.0003778068639803678, 0.08259175717830658))
        self.register_buffer('w41_l_self_modules_layers_modules_4_modules_norm2_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w42_l_self_modules_layers_modules_4_modules_norm2_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w43_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_weight_', _pike_tensor((768, 192), (192, 1), torch.float32, 'normal', 2.3156455426942557e-05, 0.04168221354484558))
        self.register_buffer('w44_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_bias_', _pike_tensor((768,), (1,), torch.float32, 'normal', -0.0013897878816351295, 0.0423567108809948))
        self.register_buffer('w45_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_weight_', _pike_tensor((192, 768), (768, 1), torch.float32, 'normal', -6.456844857893884e-06, 0.020816190168261528))
        self.register_buffer('w46_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', -0.003000990953296423, 0.021143412217497826))
        self.register_buffer('w47_l_self_modules_norm_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w48_l_self_modules_norm_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w49_l_self_modules_head_parameters_weight_', _pike_tensor((1000, 192), (192, 1), torch.float32, 'normal', -4.808188896276988e-05, 0.04166066274046898))
        self.register_buffer('w50_l_self_modules_head_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.0014323785435408354, 0.04137855023145676))

    def forward(self, l_images_ : torch.Tensor):
        w0_l_self_modules_patch_embed_parameters_weight_ = self.w0_l_self_modules_patch_embed_parameters_weight_
        w1_l_self_modules_patch_embed_parameters_bias_ = self.w1_l_self_modules_patch_embed_parameters_bias_
        w2_l_self_modules_embed_norm_parameters_weight_ = self.w2_l_self_modules_embed_norm_parameters_weight_
        w3_l_self_modules_embed_norm_parameters_bias_ = self.w3_l_self_modules_embed_norm_parameters_bias_
        w4_l_self_modules_layers_modules_0_modules_norm1_parameters_weight_ = self.w4_l_self_modules_layers_modules_0_modules_norm1_parameters_weight_
        w5_l_self_modules_layers_modules_0_modules_norm1_parameters_bias_ = self.w5_l_self_modules_layers_modules_0_modules_norm1_parameters_bias_
        w6_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_weight_ = self.w6_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_weight_
        w7_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_bias_ = self.w7_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_bias_
        w8_l_self_modules_layers_modules_0_modules_norm2_parameters_weight_ = self.w8_l_self_modules_layers_modules_0_modules_norm2_parameters_weight_
        w9_l_self_modules_layers_modules_0_modules_norm2_parameters_bias_ = self.w9_l_self_modules_layers_modules_0_modules_norm2_parameters_bias_
        w10_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_weight_ = self.w10_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_weight_
        w11_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_bias_ = self.w11_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_bias_
        w12_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_weight_ = self.w12_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_weight_
        w13_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_bias_ = self.w13_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_bias_
        w14_l_self_modules_layers_modules_1_modules_norm1_parameters_weight_ = self.w14_l_self_modules_layers_modules_1_modules_norm1_parameters_weight_
        w15_l_self_modules_layers_modules_1_modules_norm1_parameters_bias_ = self.w15_l_self_modules_layers_modules_1_modules_norm1_parameters_bias_
        w16_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_weight_ = self.w16_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_weight_
        w17_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_bias_ = self.w17_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_bias_
        w18_l_self_modules_layers_modules_1_modules_norm2_parameters_weight_ = self.w18_l_self_modules_layers_modules_1_modules_norm2_parameters_weight_
        w19_l_self_modules_layers_modules_1_modules_norm2_parameters_bias_ = self.w19_l_self_modules_layers_modules_1_modules_norm2_parameters_bias_
        w20_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_weight_ = self.w20_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_weight_
        w21_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_bias_ = self.w21_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_bias_
        w22_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_weight_ = self.w22_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_weight_
        w23_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_bias_ = self.w23_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_bias_
        w24_l_self_modules_layers_modules_2_modules_norm_parameters_weight_ = self.w24_l_self_modules_layers_modules_2_modules_norm_parameters_weight_
        w25_l_self_modules_layers_modules_2_modules_norm_parameters_bias_ = self.w25_l_self_modules_layers_modules_2_modules_norm_parameters_bias_
        w26_l_self_modules_layers_modules_2_modules_reduction_parameters_weight_ = self.w26_l_self_modules_layers_modules_2_modules_reduction_parameters_weight_
        w27_l_self_modules_layers_modules_3_modules_norm1_parameters_weight_ = self.w27_l_self_modules_layers_modules_3_modules_norm1_parameters_weight_
        w28_l_self_modules_layers_modules_3_modules_norm1_parameters_bias_ = self.w28_l_self_modules_layers_modules_3_modules_norm1_parameters_bias_
        w29_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_weight_ = self.w29_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_weight_
        w30_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_bias_ = self.w30_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_bias_
        w31_l_self_modules_layers_modules_3_modules_norm2_parameters_weight_ = self.w31_l_self_modules_layers_modules_3_modules_norm2_parameters_weight_
        w32_l_self_modules_layers_modules_3_modules_norm2_parameters_bias_ = self.w32_l_self_modules_layers_modules_3_modules_norm2_parameters_bias_
        w33_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_weight_ = self.w33_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_weight_
        w34_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_bias_ = self.w34_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_bias_
        w35_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_weight_ = self.w35_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_weight_
        w36_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_bias_ = self.w36_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_bias_
        w37_l_self_modules_layers_modules_4_modules_norm1_parameters_weight_ = self.w37_l_self_modules_layers_modules_4_modules_norm1_parameters_weight_
        w38_l_self_modules_layers_modules_4_modules_norm1_parameters_bias_ = self.w38_l_self_modules_layers_modules_4_modules_norm1_parameters_bias_
        w39_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_weight_ = self.w39_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_weight_
        w40_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_bias_ = self.w40_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_bias_
        w41_l_self_modules_layers_modules_4_modules_norm2_parameters_weight_ = self.w41_l_self_modules_layers_modules_4_modules_norm2_parameters_weight_
        w42_l_self_modules_layers_modules_4_modules_norm2_parameters_bias_ = self.w42_l_self_modules_layers_modules_4_modules_norm2_parameters_bias_
        w43_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_weight_ = self.w43_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_weight_
        w44_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_bias_ = self.w44_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_bias_
        w45_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_weight_ = self.w45_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_weight_
        w46_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_bias_ = self.w46_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_bias_
        w47_l_self_modules_norm_parameters_weight_ = self.w47_l_self_modules_norm_parameters_weight_
        w48_l_self_modules_norm_parameters_bias_ = self.w48_l_self_modules_norm_parameters_bias_
        w49_l_self_modules_head_parameters_weight_ = self.w49_l_self_modules_head_parameters_weight_
        w50_l_self_modules_head_parameters_bias_ = self.w50_l_self_modules_head_parameters_bias_
        conv2d = torch.conv2d(l_images_, w0_l_self_modules_patch_embed_parameters_weight_, w1_l_self_modules_patch_embed_parameters_bias_, (4, 4), (0, 0), (1, 1), 1);  l_images_ = w0_l_self_modules_patch_embed_parameters_weight_ = w1_l_self_modules_patch_embed_parameters_bias_ = None
        flatten = conv2d.flatten(2);  conv2d = None
        transpose = flatten.transpose(1, 2);  flatten = None
        x = torch.nn.functional.layer_norm(transpose, (96,), w2_l_self_modules_embed_norm_parameters_weight_, w3_l_self_modules_embed_norm_parameters_bias_, 1e-05);  transpose = w2_l_self_modules_embed_norm_parameters_weight_ = w3_l_self_modules_embed_norm_parameters_bias_ = None
        layer_norm_1 = torch.nn.functional.layer_norm(x, (96,), w4_l_self_modules_layers_modules_0_modules_norm1_parameters_weight_, w5_l_self_modules_layers_modules_0_modules_norm1_parameters_bias_, 1e-05);  w4_l_self_modules_layers_modules_0_modules_norm1_parameters_weight_ = w5_l_self_modules_layers_modules_0_modules_norm1_parameters_bias_ = None
        x_1 = layer_norm_1.view(10, 56, 56, 96);  layer_norm_1 = None
        x_2 = torch._C._nn.pad(x_1, [0, 0, 0, 0, 0, 0], 'constant', None);  x_1 = None
        x_3 = x_2.view(10, 8, 7, 8, 7, 96);  x_2 = None
        permute = x_3.permute(0, 1, 3, 2, 4, 5);  x_3 = None
        windows = permute.reshape(-1, 49, 96);  permute = None
        view_2 = windows.view(-1, 49, 3, 32);  windows = None
        per_head = view_2.transpose(1, 2);  view_2 = None
        reshape_1 = per_head.reshape(-1, 147, 32);  per_head = None
        mixed = torch.conv1d(reshape_1, w6_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_weight_, w7_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_bias_, (1,), (0,), (1,), 3);  reshape_1 = w6_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_weight_ = w7_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_bias_ = None
        view_3 = mixed.view(-1, 3, 49, 32);  mixed = None
        transpose_2 = view_3.transpose(1, 2);  view_3 = None
        mixed_1 = transpose_2.reshape(-1, 49, 96);  transpose_2 = None
        x_4 = mixed_1.view(10, 8, 8, 7, 7, 96);  mixed_1 = None
        permute_1 = x_4.permute(0, 1, 3, 2, 4, 5);  x_4 = None
        x_5 = permute_1.reshape(10, 56, 56, 96);  permute_1 = None
        getitem = x_5[(slice(None, None, None), slice(0, 56, None), slice(0, 56, None), slice(None, None, None))];  x_5 = None
        x_6 = getitem.reshape(10, 3136, 96);  getitem = None
        x_7 = x + x_6;  x = x_6 = None
        layer_norm_2 = torch.nn.functional.layer_norm(x_7, (96,), w8_l_self_modules_layers_modules_0_modules_norm2_parameters_weight_, w9_l_self_modules_layers_modules_0_modules_norm2_parameters_bias_, 1e-05);  w8_l_self_modules_layers_modules_0_modules_norm2_parameters_weight_ = w9_l_self_modules_layers_modules_0_modules_norm2_parameters_bias_ = None
        input_1 = torch._C._nn.linear(layer_norm_2, w10_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_weight_, w11_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_bias_);  layer_norm_2 = w10_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_weight_ = w11_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_bias_ = None
        input_2 = torch._C._nn.gelu(input_1, approximate = 'none');  input_1 = None
        input_3 = torch._C._nn.linear(input_2, w12_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_weight_, w13_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_bias_);  input_2 = w12_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_weight_ = w13_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_bias_ = None
        input_4 = x_7 + input_3;  x_7 = input_3 = None
        layer_norm_3 = torch.nn.functional.layer_norm(input_4, (96,), w14_l_self_modules_layers_modules_1_modules_norm1_parameters_weight_, w15_l_self_modules_layers_modules_1_modules_norm1_parameters_bias_, 1e-05);  w14_l_self_modules_layers_modules_1_modules_norm1_parameters_weight_ = w15_l_self_modules_layers_modules_1_modules_norm1_parameters_bias_ = None
        x_8 = layer_norm_3.view(10, 56, 56, 96);  layer_norm_3 = None
        x_9 = torch._C._nn.pad(x_8, [0, 0, 4, 3, 4, 3], 'constant', None);  x_8 = None
        x_10 = x_9.view(10, 9, 7, 9, 7, 96);  x_9 = None
        permute_2 = x_10.permute(0, 1, 3, 2, 4, 5);  x_10 = None
        windows_1 = permute_2.reshape(-1, 49, 96);  permute_2 = None
        view_7 = windows_1.view(-1, 49, 3, 32);  windows_1 = None
        per_head_1 = view_7.transpose(1, 2);  view_7 = None
        reshape_6 = per_head_1.reshape(-1, 147, 32);  per_head_1 = None
        mixed_2 = torch.conv1d(reshape_6, w16_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_weight_, w17_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_bias_, (1,), (0,), (1,), 3);  reshape_6 = w16_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_weight_ = w17_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_bias_ = None
        view_8 = mixed_2.view(-1, 3, 49, 32);  mixed_2 = None
        transpose_4 = view_8.transpose(1, 2);  view_8 = None
        mixed_3 = transpose_4.reshape(-1, 49, 96);  transpose_4 = None
        x_11 = mixed_3.view(10, 9, 9, 7, 7, 96);  mixed_3 = None
        permute_3 = x_11.permute(0, 1, 3, 2, 4, 5);  x_11 = None
        x_12 = permute_3.reshape(10, 63, 63, 96);  permute_3 = None
        getitem_1 = x_12[(slice(None, None, None), slice(4, 60, None), slice(4, 60, None), slice(None, None, None))];  x_12 = None
        x_13 = getitem_1.reshape(10, 3136, 96);  getitem_1 = None
        x_14 = input_4 + x_13;  input_4 = x_13 = None
        layer_norm_4 = torch.nn.functional.layer_norm(x_14, (96,), w18_l_self_modules_layers_modules_1_modules_norm2_parameters_weight_, w19_l_self_modules_layers_modules_1_modules_norm2_parameters_bias_, 1e-05);  w18_l_self_modules_layers_modules_1_modules_norm2_parameters_weight_ = w19_l_self_modules_layers_modules_1_modules_norm2_parameters_bias_ = None
        input_5 = torch._C._nn.linear(layer_norm_4, w20_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_weight_, w21_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_bias_);  layer_norm_4 = w20_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_weight_ = w21_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_bias_ = None
        input_6 = torch._C._nn.gelu(input_5, approximate = 'none');  input_5 = None
        input_7 = torch._C._nn.linear(input_6, w22_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_weight_, w23_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_bias_);  input_6 = w22_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_weight_ = w23_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_bias_ = None
        input_8 = x_14 + input_7;  x_14 = input_7 = None
        x_15 = input_8.view(10, 56, 56, 96);  input_8 = None
        getitem_2 = x_15[(slice(None, None, None), slice(0, None, 2), slice(0, None, 2))]
        getitem_3 = x_15[(slice(None, None, None), slice(1, None, 2), slice(0, None, 2))]
        getitem_4 = x_15[(slice(None, None, None), slice(0, None, 2), slice(1, None, 2))]
        getitem_5 = x_15[(slice(None, None, None), slice(1, None, 2), slice(1, None, 2))];  x_15 = None
        x_16 = torch.cat([getitem_2, getitem_3, getitem_4, getitem_5], -1);  getitem_2 = getitem_3 = getitem_4 = getitem_5 = None
        view_11 = x_16.view(10, -1, 384);  x_16 = None
        layer_norm_5 = torch.nn.functional.layer_norm(view_11, (384,), w24_l_self_modules_layers_modules_2_modules_norm_parameters_weight_, w25_l_self_modules_layers_modules_2_modules_norm_parameters_bias_, 1e-05);  view_11 = w24_l_self_modules_layers_modules_2_modules_norm_parameters_weight_ = w25_l_self_modules_layers_modules_2_modules_norm_parameters_bias_ = None
        input_9 = torch._C._nn.linear(layer_norm_5, w26_l_self_modules_layers_modules_2_modules_reduction_parameters_weight_, None);  layer_norm_5 = w26_l_self_modules_layers_modules_2_modules_reduction_parameters_weight_ = None
        layer_norm_6 = torch.nn.functional.layer_norm(input_9, (192,), w27_l_self_modules_layers_modules_3_modules_norm1_parameters_weight_, w28_l_self_modules_layers_modules_3_modules_norm1_parameters_bias_, 1e-05);  w27_l_self_modules_layers_modules_3_modules_norm1_parameters_weight_ = w28_l_self_modules_layers_modules_3_modules_norm1_parameters_bias_ = None
        x_17 = layer_norm_6.view(10, 28, 28, 192);  layer_norm_6 = None
        x_18 = torch._C._nn.pad(x_17, [0, 0, 0, 0, 0, 0], 'constant', None);  x_17 = None
        x_19 = x_18.view(10, 4, 7, 4, 7, 192);  x_18 = None
        permute_4 = x_19.permute(0, 1, 3, 2, 4, 5);  x_19 = None
        windows_2 = permute_4.reshape(-1, 49, 192);  permute_4 = None
        view_14 = windows_2.view(-1, 49, 6, 32);  windows_2 = None
        per_head_2 = view_14.transpose(1, 2);  view_14 = None
        reshape_11 = per_head_2.reshape(-1, 294, 32);  per_head_2 = None
        mixed_4 = torch.conv1d(reshape_11, w29_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_weight_, w30_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_bias_, (1,), (0,), (1,), 6);  reshape_11 = w29_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_weight_ = w30_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_bias_ = None
        view_15 = mixed_4.view(-1, 6, 49, 32);  mixed_4 = None
        transpose_6 = view_15.transpose(1, 2);  view_15 = None
        mixed_5 = transpose_6.reshape(-1, 49, 192);  transpose_6 = None
        x_20 = mixed_5.view(10, 4, 4, 7, 7, 192);  mixed_5 = None
        permute_5 = x_20.permute(0, 1, 3, 2, 4, 5);  x_20 = None
        x_21 = permute_5.reshape(10, 28, 28, 192);  permute_5 = None
        getitem_6 = x_21[(slice(None, None, None), slice(0, 28, None), slice(0, 28, None), slice(None, None, None))];  x_21 = None
        x_22 = getitem_6.reshape(10, 784, 192);  getitem_6 = None
        x_23 = input_9 + x_22;  input_9 = x_22 = None
        layer_norm_7 = torch.nn.functional.layer_norm(x_23, (192,), w31_l_self_modules_layers_modules_3_modules_norm2_parameters_weight_, w32_l_self_modules_layers_modules_3_modules_norm2_parameters_bias_, 1e-05);  w31_l_self_modules_layers_modules_3_modules_norm2_parameters_weight_ = w32_l_self_modules_layers_modules_3_modules_norm2_parameters_bias_ = None
        input_10 = torch._C._nn.linear(layer_norm_7, w33_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_weight_, w34_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_bias_);  layer_norm_7 = w33_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_weight_ = w34_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_bias_ = None
        input_11 = torch._C._nn.gelu(input_10, approximate = 'none');  input_10 = None
        input_12 = torch._C._nn.linear(input_11, w35_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_weight_, w36_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_bias_);  input_11 = w35_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_weight_ = w36_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_bias_ = None
        input_13 = x_23 + input_12;  x_23 = input_12 = None
        layer_norm_8 = torch.nn.functional.layer_norm(input_13, (192,), w37_l_self_modules_layers_modules_4_modules_norm1_parameters_weight_, w38_l_self_modules_layers_modules_4_modules_norm1_parameters_bias_, 1e-05);  w37_l_self_modules_layers_modules_4_modules_norm1_parameters_weight_ = w38_l_self_modules_layers_modules_4_modules_norm1_parameters_bias_ = None
        x_24 = layer_norm_8.view(10, 28, 28, 192);  layer_norm_8 = None
        x_25 = torch._C._nn.pad(x_24, [0, 0, 4, 3, 4, 3], 'constant', None);  x_24 = None
        x_26 = x_25.view(10, 5, 7, 5, 7, 192);  x_25 = None
        permute_6 = x_26.permute(0, 1, 3, 2, 4, 5);  x_26 = None
        windows_3 = permute_6.reshape(-1, 49, 192);  permute_6 = None
        view_19 = windows_3.view(-1, 49, 6, 32);  windows_3 = None
        per_head_3 = view_19.transpose(1, 2);  view_19 = None
        reshape_16 = per_head_3.reshape(-1, 294, 32);  per_head_3 = None
        mixed_6 = torch.conv1d(reshape_16, w39_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_weight_, w40_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_bias_, (1,), (0,), (1,), 6);  reshape_16 = w39_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_weight_ = w40_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_bias_ = None
        view_20 = mixed_6.view(-1, 6, 49, 32);  mixed_6 = None
        transpose_8 = view_20.transpose(1, 2);  view_20 = None
        mixed_7 = transpose_8.reshape(-1, 49, 192);  transpose_8 = None
        x_27 = mixed_7.view(10, 5, 5, 7, 7, 192);  mixed_7 = None
        permute_7 = x_27.permute(0, 1, 3, 2, 4, 5);  x_27 = None
        x_28 = permute_7.reshape(10, 35, 35, 192);  permute_7 = None
        getitem_7 = x_28[(slice(None, None, None), slice(4, 32, None), slice(4, 32, None), slice(None, None, None))];  x_28 = None
        x_29 = getitem_7.reshape(10, 784, 192);  getitem_7 = None
        x_30 = input_13 + x_29;  input_13 = x_29 = None
        layer_norm_9 = torch.nn.functional.layer_norm(x_30, (192,), w41_l_self_modules_layers_modules_4_modules_norm2_parameters_weight_, w42_l_self_modules_layers_modules_4_modules_norm2_parameters_bias_, 1e-05);  w41_l_self_modules_layers_modules_4_modules_norm2_parameters_weight_ = w42_l_self_modules_layers_modules_4_modules_norm2_parameters_bias_ = None
        input_14 = torch._C._nn.linear(layer_norm_9, w43_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_weight_, w44_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_bias_);  layer_norm_9 = w43_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_weight_ = w44_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_bias_ = None
        input_15 = torch._C._nn.gelu(input_14, approximate = 'none');  input_14 = None
        input_16 = torch._C._nn.linear(input_15, w45_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_weight_, w46_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_bias_);  input_15 = w45_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_weight_ = w46_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_bias_ = None
        input_17 = x_30 + input_16;  x_30 = input_16 = None
        x_31 = torch.nn.functional.layer_norm(input_17, (192,), w47_l_self_modules_norm_parameters_weight_, w48_l_self_modules_norm_parameters_bias_, 1e-05);  input_17 = w47_l_self_modules_norm_parameters_weight_ = w48_l_self_modules_norm_parameters_bias_ = None
        mean = x_31.mean(1);  x_31 = None
        linear_9 = torch._C._nn.linear(mean, w49_l_self_modules_head_parameters_weight_, w50_l_self_modules_head_parameters_bias_);  mean = w49_l_self_modules_head_parameters_weight_ = w50_l_self_modules_head_parameters_bias_ = None
        return linear_9



def _pike_tensor(shape, stride, dtype, domain, low, high):
    """A fresh random tensor with the given layout, drawn on the CPU so seeds reproduce anywhere."""
    if domain == "bool":
        values = torch.rand(shape) < 0.5
    elif domain == "int":
        values = torch.randint(int(low), int(high) + 1, shape)
    elif domain == "binary":
        values = (torch.rand(shape) < 0.5).float()
    elif domain == "positive":
        values = torch.rand(shape) * (high - low) + low
    else:
        values = torch.randn(shape) * high + low
    out = torch.empty_strided(shape, stride, dtype=dtype, device=DEVICE)
    out.copy_(values)
    return out


def get_inputs():
    return [
        _pike_tensor((10, 3, 224, 224), (150528, 50176, 224, 1), torch.float32, 'normal', -0.0007798747974447906, 0.999765932559967),
    ]


def get_init_inputs():
    return []


# ------------------------------------------------------------------------------------------------
# pike offline agent: cuda-graph+bf16+channels-last+triton-fused
# pike-offline-recipe: {"applied": ["cuda-graph", "bf16", "channels-last", "triton-fused"], "channels_last": true, "contiguous": false, "cuda_graph": true, "fold_bn": false, "inductor_mode": "", "kernel_fp32": false, "path": "graph", "precision": "bf16", "triton": true, "tuning": []}
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
import _operator


@triton.jit
def pk_to(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1505280
    l0 = tl.load(in0 + (offs % 50176) * 3 + ((offs // 50176) % 3) + (offs // 150528) * 150528, mask=mask, other=0).to(tl.float32)
    x52 = (l0).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + offs, (x52).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to(a0):
    a0 = _pike_strided(a0, (150528, 1, 672, 3))
    o0 = torch.empty((10, 3, 224, 224), dtype=torch.bfloat16, device=a0.device)
    pk_to[(triton.cdiv(1505280, 2048),)](a0, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_float_1(in0, in1, in2, in3, in4, out0, out1, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 31360
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 96)
    l0 = tl.load(in0 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    x56 = (l0).to(tl.float32)
    x57 = tl.sum(tl.where(mask, x56, 0.0), axis=1, keep_dims=True)
    x58 = ((x57) / (96.0))
    x59 = ((x56) - (x58))
    x60 = ((x59) * (x59))
    x61 = tl.sum(tl.where(mask, x60, 0.0), axis=1, keep_dims=True)
    x62 = ((x61) / (96.0))
    x63 = ((x62) + (1e-05))
    x64 = tl.rsqrt(x63)
    x65 = ((x59) * (x64))
    l1 = tl.load(in1 + cols, mask=mask, other=0).to(tl.float32)
    x66 = ((x65) * (l1))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x67 = ((x66) + (l2))
    x68 = x67
    x69 = tl.sum(tl.where(mask, x68, 0.0), axis=1, keep_dims=True)
    x70 = ((x69) / (96.0))
    x71 = ((x68) - (x70))
    x72 = ((x71) * (x71))
    x73 = tl.sum(tl.where(mask, x72, 0.0), axis=1, keep_dims=True)
    x74 = ((x73) / (96.0))
    x75 = ((x74) + (1e-05))
    x76 = tl.rsqrt(x75)
    x77 = ((x71) * (x76))
    l3 = tl.load(in3 + cols, mask=mask, other=0).to(tl.float32)
    x78 = ((x77) * (l3))
    l4 = tl.load(in4 + cols, mask=mask, other=0).to(tl.float32)
    x79 = ((x78) + (l4))
    x80 = x79
    tl.store(out0 + rows * 96 + cols, (tl.where(mask, x80, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 96 + cols, (tl.where(mask, x67, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_float_1(a0, a1, a2, a3, a4):
    a0 = _pike_strided(a0, (301056, 96, 1))
    a1 = _pike_strided(a1, (1,))
    a2 = _pike_strided(a2, (1,))
    a3 = _pike_strided(a3, (1,))
    a4 = _pike_strided(a4, (1,))
    o0 = torch.empty((10, 56, 56, 96), dtype=torch.float32, device=a0.device)
    o1 = torch.empty((10, 3136, 96), dtype=torch.float32, device=a0.device)
    pk_float_1[(triton.cdiv(31360, 32),)](a0, a1, a2, a3, a4, o0, o1, ROWS=32, BLOCK_N=128, num_warps=8)
    return o0, o1


@triton.jit
def pk_to_1(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3010560
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x88 = (l0).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + offs, (x88).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to_1(a0):
    a0 = _pike_strided(a0, (4704, 32, 1))
    o0 = torch.empty((640, 147, 32), dtype=torch.bfloat16, device=a0.device)
    pk_to_1[(triton.cdiv(3010560, 2048),)](a0, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_x_7(in0, in1, in2, in3, out0, out1, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 31360
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 96)
    l0 = tl.load(in0 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    x98 = ((l0) + (l1))
    x99 = x98
    x100 = tl.sum(tl.where(mask, x99, 0.0), axis=1, keep_dims=True)
    x101 = ((x100) / (96.0))
    x102 = ((x99) - (x101))
    x103 = ((x102) * (x102))
    x104 = tl.sum(tl.where(mask, x103, 0.0), axis=1, keep_dims=True)
    x105 = ((x104) / (96.0))
    x106 = ((x105) + (1e-05))
    x107 = tl.rsqrt(x106)
    x108 = ((x102) * (x107))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x109 = ((x108) * (l2))
    l3 = tl.load(in3 + cols, mask=mask, other=0).to(tl.float32)
    x110 = ((x109) + (l3))
    x111 = (x110).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + rows * 96 + cols, (tl.where(mask, x111, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 96 + cols, (tl.where(mask, x98, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_x_7(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (301056, 96, 1))
    a1 = _pike_strided(a1, (301056, 96, 1))
    a2 = _pike_strided(a2, (1,))
    a3 = _pike_strided(a3, (1,))
    o0 = torch.empty((10, 3136, 96), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty((10, 3136, 96), dtype=torch.float32, device=a0.device)
    pk_x_7[(triton.cdiv(31360, 32),)](a0, a1, a2, a3, o0, o1, ROWS=32, BLOCK_N=128, num_warps=8)
    return o0, o1


@triton.jit
def pk_input_1(a_ptr, b_ptr, in0, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(31360, BLOCK_M)
    num_pid_n = tl.cdiv(384, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 96
    b_base = b_ptr + 0 + offs_n[None, :] * 96
    m_ok = offs_m[:, None] < 31360
    n_ok = offs_n[None, :] < 384
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 96, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 96), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 96) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 31360 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x112 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x113 = ((x112) + (l0))
    x114 = (0.5 * (x113) * (1.0 + tl.erf((x113) * 0.7071067811865476)))
    tl.store(out0 + rows * 384 + cols, (tl.where(mask, x114, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_1(ga, gb, a0):
    ga = _pike_strided(ga, (301056, 96, 1))
    gb = _pike_strided(gb, (96, 1))
    a0 = _pike_strided(a0, (1,))
    o0 = torch.empty((10, 3136, 384), dtype=torch.bfloat16, device=ga.device)
    pk_input_1[(triton.cdiv(31360, 128) * triton.cdiv(384, 128), 1)](ga, gb, a0, o0, BLOCK_M=128, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, num_warps=8, num_stages=2)
    return o0,


@triton.jit
def pk_input_3(a_ptr, b_ptr, in0, in1, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(31360, BLOCK_M)
    num_pid_n = tl.cdiv(96, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 384
    b_base = b_ptr + 0 + offs_n[None, :] * 384
    m_ok = offs_m[:, None] < 31360
    n_ok = offs_n[None, :] < 96
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 384, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 384), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 384) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 31360 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x116 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x117 = ((x116) + (l0))
    l1 = tl.load(in1 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    x118 = ((l1) + (x117))
    tl.store(out0 + rows * 96 + cols, (tl.where(mask, x118, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_3(ga, gb, a0, a1):
    ga = _pike_strided(ga, (1204224, 384, 1))
    gb = _pike_strided(gb, (384, 1))
    a0 = _pike_strided(a0, (1,))
    a1 = _pike_strided(a1, (301056, 96, 1))
    o0 = torch.empty((10, 3136, 96), dtype=torch.float32, device=ga.device)
    pk_input_3[(triton.cdiv(31360, 128) * triton.cdiv(96, 64), 1)](ga, gb, a0, a1, o0, BLOCK_M=128, BLOCK_N=64, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=3)
    return o0,


@triton.jit
def pk_layer_norm_3(in0, in1, in2, out0, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 31360
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 96)
    l0 = tl.load(in0 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    x120 = tl.sum(tl.where(mask, l0, 0.0), axis=1, keep_dims=True)
    x121 = ((x120) / (96.0))
    x122 = ((l0) - (x121))
    x123 = ((x122) * (x122))
    x124 = tl.sum(tl.where(mask, x123, 0.0), axis=1, keep_dims=True)
    x125 = ((x124) / (96.0))
    x126 = ((x125) + (1e-05))
    x127 = tl.rsqrt(x126)
    x128 = ((x122) * (x127))
    l1 = tl.load(in1 + cols, mask=mask, other=0).to(tl.float32)
    x129 = ((x128) * (l1))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x130 = ((x129) + (l2))
    x131 = x130
    tl.store(out0 + rows * 96 + cols, (tl.where(mask, x131, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_layer_norm_3(a0, a1, a2):
    a0 = _pike_strided(a0, (301056, 96, 1))
    a1 = _pike_strided(a1, (1,))
    a2 = _pike_strided(a2, (1,))
    o0 = torch.empty((10, 56, 56, 96), dtype=torch.float32, device=a0.device)
    pk_layer_norm_3[(triton.cdiv(31360, 32),)](a0, a1, a2, o0, ROWS=32, BLOCK_N=128, num_warps=8)
    return o0,


@triton.jit
def pk_to_4(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3810240
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x139 = (l0).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + offs, (x139).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to_4(a0):
    a0 = _pike_strided(a0, (4704, 32, 1))
    o0 = torch.empty((810, 147, 32), dtype=torch.bfloat16, device=a0.device)
    pk_to_4[(triton.cdiv(3810240, 2048),)](a0, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_x_14(in0, in1, in2, in3, out0, out1, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 31360
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 96)
    l0 = tl.load(in0 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    x149 = ((l0) + (l1))
    x150 = x149
    x151 = tl.sum(tl.where(mask, x150, 0.0), axis=1, keep_dims=True)
    x152 = ((x151) / (96.0))
    x153 = ((x150) - (x152))
    x154 = ((x153) * (x153))
    x155 = tl.sum(tl.where(mask, x154, 0.0), axis=1, keep_dims=True)
    x156 = ((x155) / (96.0))
    x157 = ((x156) + (1e-05))
    x158 = tl.rsqrt(x157)
    x159 = ((x153) * (x158))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x160 = ((x159) * (l2))
    l3 = tl.load(in3 + cols, mask=mask, other=0).to(tl.float32)
    x161 = ((x160) + (l3))
    x162 = (x161).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + rows * 96 + cols, (tl.where(mask, x162, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 96 + cols, (tl.where(mask, x149, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_x_14(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (301056, 96, 1))
    a1 = _pike_strided(a1, (301056, 96, 1))
    a2 = _pike_strided(a2, (1,))
    a3 = _pike_strided(a3, (1,))
    o0 = torch.empty((10, 3136, 96), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty((10, 3136, 96), dtype=torch.float32, device=a0.device)
    pk_x_14[(triton.cdiv(31360, 32),)](a0, a1, a2, a3, o0, o1, ROWS=32, BLOCK_N=128, num_warps=8)
    return o0, o1


@triton.jit
def pk_input_5(a_ptr, b_ptr, in0, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(31360, BLOCK_M)
    num_pid_n = tl.cdiv(384, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 96
    b_base = b_ptr + 0 + offs_n[None, :] * 96
    m_ok = offs_m[:, None] < 31360
    n_ok = offs_n[None, :] < 384
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 96, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 96), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 96) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 31360 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x163 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x164 = ((x163) + (l0))
    x165 = (0.5 * (x164) * (1.0 + tl.erf((x164) * 0.7071067811865476)))
    tl.store(out0 + rows * 384 + cols, (tl.where(mask, x165, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_5(ga, gb, a0):
    ga = _pike_strided(ga, (301056, 96, 1))
    gb = _pike_strided(gb, (96, 1))
    a0 = _pike_strided(a0, (1,))
    o0 = torch.empty((10, 3136, 384), dtype=torch.bfloat16, device=ga.device)
    pk_input_5[(triton.cdiv(31360, 128) * triton.cdiv(384, 128), 1)](ga, gb, a0, o0, BLOCK_M=128, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, num_warps=8, num_stages=2)
    return o0,


@triton.jit
def pk_input_7(a_ptr, b_ptr, in0, in1, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(31360, BLOCK_M)
    num_pid_n = tl.cdiv(96, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 384
    b_base = b_ptr + 0 + offs_n[None, :] * 384
    m_ok = offs_m[:, None] < 31360
    n_ok = offs_n[None, :] < 96
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 384, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 384), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 384) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 31360 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x167 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x168 = ((x167) + (l0))
    l1 = tl.load(in1 + rows * 96 + cols, mask=mask, other=0).to(tl.float32)
    x169 = ((l1) + (x168))
    tl.store(out0 + rows * 96 + cols, (tl.where(mask, x169, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_7(ga, gb, a0, a1):
    ga = _pike_strided(ga, (1204224, 384, 1))
    gb = _pike_strided(gb, (384, 1))
    a0 = _pike_strided(a0, (1,))
    a1 = _pike_strided(a1, (301056, 96, 1))
    o0 = torch.empty((10, 3136, 96), dtype=torch.float32, device=ga.device)
    pk_input_7[(triton.cdiv(31360, 128) * triton.cdiv(96, 64), 1)](ga, gb, a0, a1, o0, BLOCK_M=128, BLOCK_N=64, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=3)
    return o0,


@triton.jit
def pk_layer_norm_5(in0, in1, in2, out0, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 7840
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 384)
    l0 = tl.load(in0 + rows * 384 + cols, mask=mask, other=0).to(tl.float32)
    x178 = tl.sum(tl.where(mask, l0, 0.0), axis=1, keep_dims=True)
    x179 = ((x178) / (384.0))
    x180 = ((l0) - (x179))
    x181 = ((x180) * (x180))
    x182 = tl.sum(tl.where(mask, x181, 0.0), axis=1, keep_dims=True)
    x183 = ((x182) / (384.0))
    x184 = ((x183) + (1e-05))
    x185 = tl.rsqrt(x184)
    x186 = ((x180) * (x185))
    l1 = tl.load(in1 + cols, mask=mask, other=0).to(tl.float32)
    x187 = ((x186) * (l1))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x188 = ((x187) + (l2))
    x189 = (x188).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + rows * 384 + cols, (tl.where(mask, x189, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_layer_norm_5(a0, a1, a2):
    a0 = _pike_strided(a0, (301056, 384, 1))
    a1 = _pike_strided(a1, (1,))
    a2 = _pike_strided(a2, (1,))
    o0 = torch.empty((10, 784, 384), dtype=torch.bfloat16, device=a0.device)
    pk_layer_norm_5[(triton.cdiv(7840, 8),)](a0, a1, a2, o0, ROWS=8, BLOCK_N=512, num_warps=8)
    return o0,


@triton.jit
def pk_input_9(a_ptr, b_ptr, out0, out1, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(7840, BLOCK_M)
    num_pid_n = tl.cdiv(192, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 384
    b_base = b_ptr + 0 + offs_n[None, :] * 384
    m_ok = offs_m[:, None] < 7840
    n_ok = offs_n[None, :] < 192
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 384, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 384), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 384) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 7840 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x190 = acc
    x191 = (x190).to(tl.float32)
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x191, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 192 + cols, (tl.where(mask, x190, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_input_9(ga, gb):
    ga = _pike_strided(ga, (301056, 384, 1))
    gb = _pike_strided(gb, (384, 1))
    o0 = torch.empty((10, 784, 192), dtype=torch.float32, device=ga.device)
    o1 = torch.empty((10, 784, 192), dtype=torch.bfloat16, device=ga.device)
    pk_input_9[(triton.cdiv(7840, 128) * triton.cdiv(192, 64), 1)](ga, gb, o0, o1, BLOCK_M=128, BLOCK_N=64, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=3)
    return o0, o1


@triton.jit
def pk_layer_norm_6(in0, in1, in2, out0, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 7840
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 192)
    l0 = tl.load(in0 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x192 = tl.sum(tl.where(mask, l0, 0.0), axis=1, keep_dims=True)
    x193 = ((x192) / (192.0))
    x194 = ((l0) - (x193))
    x195 = ((x194) * (x194))
    x196 = tl.sum(tl.where(mask, x195, 0.0), axis=1, keep_dims=True)
    x197 = ((x196) / (192.0))
    x198 = ((x197) + (1e-05))
    x199 = tl.rsqrt(x198)
    x200 = ((x194) * (x199))
    l1 = tl.load(in1 + cols, mask=mask, other=0).to(tl.float32)
    x201 = ((x200) * (l1))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x202 = ((x201) + (l2))
    x203 = x202
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x203, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_layer_norm_6(a0, a1, a2):
    a0 = _pike_strided(a0, (150528, 192, 1))
    a1 = _pike_strided(a1, (1,))
    a2 = _pike_strided(a2, (1,))
    o0 = torch.empty((10, 28, 28, 192), dtype=torch.float32, device=a0.device)
    pk_layer_norm_6[(triton.cdiv(7840, 16),)](a0, a1, a2, o0, ROWS=16, BLOCK_N=256, num_warps=8)
    return o0,


@triton.jit
def pk_to_8(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1505280
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x211 = (l0).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + offs, (x211).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to_8(a0):
    a0 = _pike_strided(a0, (9408, 32, 1))
    o0 = torch.empty((160, 294, 32), dtype=torch.bfloat16, device=a0.device)
    pk_to_8[(triton.cdiv(1505280, 2048),)](a0, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_x_23(in0, in1, in2, in3, out0, out1, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 7840
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 192)
    l0 = tl.load(in0 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x221 = ((l0) + (l1))
    x222 = (x221).to(tl.float32)
    x223 = tl.sum(tl.where(mask, x222, 0.0), axis=1, keep_dims=True)
    x224 = ((x223) / (192.0))
    x225 = ((x222) - (x224))
    x226 = ((x225) * (x225))
    x227 = tl.sum(tl.where(mask, x226, 0.0), axis=1, keep_dims=True)
    x228 = ((x227) / (192.0))
    x229 = ((x228) + (1e-05))
    x230 = tl.rsqrt(x229)
    x231 = ((x225) * (x230))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x232 = ((x231) * (l2))
    l3 = tl.load(in3 + cols, mask=mask, other=0).to(tl.float32)
    x233 = ((x232) + (l3))
    x234 = (x233).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x234, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 192 + cols, (tl.where(mask, x221, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_x_23(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (150528, 192, 1))
    a1 = _pike_strided(a1, (150528, 192, 1))
    a2 = _pike_strided(a2, (1,))
    a3 = _pike_strided(a3, (1,))
    o0 = torch.empty((10, 784, 192), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty((10, 784, 192), dtype=torch.bfloat16, device=a0.device)
    pk_x_23[(triton.cdiv(7840, 16),)](a0, a1, a2, a3, o0, o1, ROWS=16, BLOCK_N=256, num_warps=8)
    return o0, o1


@triton.jit
def pk_input_10(a_ptr, b_ptr, in0, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(7840, BLOCK_M)
    num_pid_n = tl.cdiv(768, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 192
    b_base = b_ptr + 0 + offs_n[None, :] * 192
    m_ok = offs_m[:, None] < 7840
    n_ok = offs_n[None, :] < 768
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 192, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 192), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 192) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 7840 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x235 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x236 = ((x235) + (l0))
    x237 = (0.5 * (x236) * (1.0 + tl.erf((x236) * 0.7071067811865476)))
    tl.store(out0 + rows * 768 + cols, (tl.where(mask, x237, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_10(ga, gb, a0):
    ga = _pike_strided(ga, (150528, 192, 1))
    gb = _pike_strided(gb, (192, 1))
    a0 = _pike_strided(a0, (1,))
    o0 = torch.empty((10, 784, 768), dtype=torch.bfloat16, device=ga.device)
    pk_input_10[(triton.cdiv(7840, 128) * triton.cdiv(768, 128), 1)](ga, gb, a0, o0, BLOCK_M=128, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, num_warps=8, num_stages=2)
    return o0,


@triton.jit
def pk_input_12(a_ptr, b_ptr, in0, in1, out0, out1, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(7840, BLOCK_M)
    num_pid_n = tl.cdiv(192, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 768
    b_base = b_ptr + 0 + offs_n[None, :] * 768
    m_ok = offs_m[:, None] < 7840
    n_ok = offs_n[None, :] < 192
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 768, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 768), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 768) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 7840 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x239 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x240 = ((x239) + (l0))
    l1 = tl.load(in1 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x241 = ((l1) + (x240))
    x242 = (x241).to(tl.float32)
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x242, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 192 + cols, (tl.where(mask, x241, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_input_12(ga, gb, a0, a1):
    ga = _pike_strided(ga, (602112, 768, 1))
    gb = _pike_strided(gb, (768, 1))
    a0 = _pike_strided(a0, (1,))
    a1 = _pike_strided(a1, (150528, 192, 1))
    o0 = torch.empty((10, 784, 192), dtype=torch.float32, device=ga.device)
    o1 = torch.empty((10, 784, 192), dtype=torch.bfloat16, device=ga.device)
    pk_input_12[(triton.cdiv(7840, 128) * triton.cdiv(192, 64), 1)](ga, gb, a0, a1, o0, o1, BLOCK_M=128, BLOCK_N=64, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=3)
    return o0, o1


@triton.jit
def pk_layer_norm_8(in0, in1, in2, out0, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 7840
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 192)
    l0 = tl.load(in0 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x243 = tl.sum(tl.where(mask, l0, 0.0), axis=1, keep_dims=True)
    x244 = ((x243) / (192.0))
    x245 = ((l0) - (x244))
    x246 = ((x245) * (x245))
    x247 = tl.sum(tl.where(mask, x246, 0.0), axis=1, keep_dims=True)
    x248 = ((x247) / (192.0))
    x249 = ((x248) + (1e-05))
    x250 = tl.rsqrt(x249)
    x251 = ((x245) * (x250))
    l1 = tl.load(in1 + cols, mask=mask, other=0).to(tl.float32)
    x252 = ((x251) * (l1))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x253 = ((x252) + (l2))
    x254 = x253
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x254, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_layer_norm_8(a0, a1, a2):
    a0 = _pike_strided(a0, (150528, 192, 1))
    a1 = _pike_strided(a1, (1,))
    a2 = _pike_strided(a2, (1,))
    o0 = torch.empty((10, 28, 28, 192), dtype=torch.float32, device=a0.device)
    pk_layer_norm_8[(triton.cdiv(7840, 16),)](a0, a1, a2, o0, ROWS=16, BLOCK_N=256, num_warps=8)
    return o0,


@triton.jit
def pk_to_11(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2352000
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x262 = (l0).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + offs, (x262).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to_11(a0):
    a0 = _pike_strided(a0, (9408, 32, 1))
    o0 = torch.empty((250, 294, 32), dtype=torch.bfloat16, device=a0.device)
    pk_to_11[(triton.cdiv(2352000, 2048),)](a0, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_x_30(in0, in1, in2, in3, out0, out1, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 7840
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 192)
    l0 = tl.load(in0 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x272 = ((l0) + (l1))
    x273 = (x272).to(tl.float32)
    x274 = tl.sum(tl.where(mask, x273, 0.0), axis=1, keep_dims=True)
    x275 = ((x274) / (192.0))
    x276 = ((x273) - (x275))
    x277 = ((x276) * (x276))
    x278 = tl.sum(tl.where(mask, x277, 0.0), axis=1, keep_dims=True)
    x279 = ((x278) / (192.0))
    x280 = ((x279) + (1e-05))
    x281 = tl.rsqrt(x280)
    x282 = ((x276) * (x281))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x283 = ((x282) * (l2))
    l3 = tl.load(in3 + cols, mask=mask, other=0).to(tl.float32)
    x284 = ((x283) + (l3))
    x285 = (x284).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x285, 0)).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + rows * 192 + cols, (tl.where(mask, x272, 0)).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_x_30(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (150528, 192, 1))
    a1 = _pike_strided(a1, (150528, 192, 1))
    a2 = _pike_strided(a2, (1,))
    a3 = _pike_strided(a3, (1,))
    o0 = torch.empty((10, 784, 192), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty((10, 784, 192), dtype=torch.bfloat16, device=a0.device)
    pk_x_30[(triton.cdiv(7840, 16),)](a0, a1, a2, a3, o0, o1, ROWS=16, BLOCK_N=256, num_warps=8)
    return o0, o1


@triton.jit
def pk_input_14(a_ptr, b_ptr, in0, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(7840, BLOCK_M)
    num_pid_n = tl.cdiv(768, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 192
    b_base = b_ptr + 0 + offs_n[None, :] * 192
    m_ok = offs_m[:, None] < 7840
    n_ok = offs_n[None, :] < 768
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 192, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 192), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 192) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 7840 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x286 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x287 = ((x286) + (l0))
    x288 = (0.5 * (x287) * (1.0 + tl.erf((x287) * 0.7071067811865476)))
    tl.store(out0 + rows * 768 + cols, (tl.where(mask, x288, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_14(ga, gb, a0):
    ga = _pike_strided(ga, (150528, 192, 1))
    gb = _pike_strided(gb, (192, 1))
    a0 = _pike_strided(a0, (1,))
    o0 = torch.empty((10, 784, 768), dtype=torch.bfloat16, device=ga.device)
    pk_input_14[(triton.cdiv(7840, 128) * triton.cdiv(768, 128), 1)](ga, gb, a0, o0, BLOCK_M=128, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, num_warps=8, num_stages=2)
    return o0,


@triton.jit
def pk_input_16(a_ptr, b_ptr, in0, in1, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(7840, BLOCK_M)
    num_pid_n = tl.cdiv(192, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 768
    b_base = b_ptr + 0 + offs_n[None, :] * 768
    m_ok = offs_m[:, None] < 7840
    n_ok = offs_n[None, :] < 192
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 768, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 768), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 768) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 7840 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x290 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x291 = ((x290) + (l0))
    l1 = tl.load(in1 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x292 = ((l1) + (x291))
    x293 = (x292).to(tl.float32)
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x293, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_16(ga, gb, a0, a1):
    ga = _pike_strided(ga, (602112, 768, 1))
    gb = _pike_strided(gb, (768, 1))
    a0 = _pike_strided(a0, (1,))
    a1 = _pike_strided(a1, (150528, 192, 1))
    o0 = torch.empty((10, 784, 192), dtype=torch.float32, device=ga.device)
    pk_input_16[(triton.cdiv(7840, 128) * triton.cdiv(192, 64), 1)](ga, gb, a0, a1, o0, BLOCK_M=128, BLOCK_N=64, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=3)
    return o0,


@triton.jit
def pk_x_31(in0, in1, in2, out0, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 7840
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 192)
    l0 = tl.load(in0 + rows * 192 + cols, mask=mask, other=0).to(tl.float32)
    x294 = tl.sum(tl.where(mask, l0, 0.0), axis=1, keep_dims=True)
    x295 = ((x294) / (192.0))
    x296 = ((l0) - (x295))
    x297 = ((x296) * (x296))
    x298 = tl.sum(tl.where(mask, x297, 0.0), axis=1, keep_dims=True)
    x299 = ((x298) / (192.0))
    x300 = ((x299) + (1e-05))
    x301 = tl.rsqrt(x300)
    x302 = ((x296) * (x301))
    l1 = tl.load(in1 + cols, mask=mask, other=0).to(tl.float32)
    x303 = ((x302) * (l1))
    l2 = tl.load(in2 + cols, mask=mask, other=0).to(tl.float32)
    x304 = ((x303) + (l2))
    tl.store(out0 + rows * 192 + cols, (tl.where(mask, x304, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_x_31(a0, a1, a2):
    a0 = _pike_strided(a0, (150528, 192, 1))
    a1 = _pike_strided(a1, (1,))
    a2 = _pike_strided(a2, (1,))
    o0 = torch.empty((10, 784, 192), dtype=torch.float32, device=a0.device)
    pk_x_31[(triton.cdiv(7840, 16),)](a0, a1, a2, o0, ROWS=16, BLOCK_N=256, num_warps=8)
    return o0,


@triton.jit
def pk_mean(in0, out0, ROWS: tl.constexpr, BLOCK_N: tl.constexpr):
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)[:, None]
    row_mask = rows < 1920
    cols = tl.arange(0, BLOCK_N)[None, :]
    mask = row_mask & (cols < 784)
    l0 = tl.load(in0 + (rows % 192) + (rows // 192) * 150528 + cols * 192, mask=mask, other=0).to(tl.float32)
    x305 = tl.sum(tl.where(mask, l0, 0.0), axis=1, keep_dims=True)
    x306 = ((x305) / (784.0))
    x307 = (x306).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + rows, (x307).to(out0.dtype.element_ty), mask=row_mask)


def _launch_pk_mean(a0):
    a0 = _pike_strided(a0, (150528, 192, 1))
    o0 = torch.empty((10, 192), dtype=torch.bfloat16, device=a0.device)
    pk_mean[(triton.cdiv(1920, 4),)](a0, o0, ROWS=4, BLOCK_N=1024, num_warps=8)
    return o0,


@triton.jit
def pk_linear_9(a_ptr, b_ptr, in0, out0, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr):
    pid = tl.program_id(0)
    bid = tl.program_id(1)
    num_pid_m = tl.cdiv(10, BLOCK_M)
    num_pid_n = tl.cdiv(1000, BLOCK_N)
    group = GROUP_M * num_pid_n
    first_m = (pid // group) * GROUP_M
    size_m = tl.minimum(num_pid_m - first_m, GROUP_M)
    pid_m = first_m + (pid % group) % size_m
    pid_n = (pid % group) // size_m
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_k = tl.arange(0, BLOCK_K)
    a_base = a_ptr + 0 + offs_m[:, None] * 192
    b_base = b_ptr + 0 + offs_n[None, :] * 192
    m_ok = offs_m[:, None] < 10
    n_ok = offs_n[None, :] < 1000
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k0 in range(0, 192, BLOCK_K):
        kk = k0 + offs_k
        a = tl.load(a_base + kk[None, :] * 1, mask=m_ok & (kk[None, :] < 192), other=0.0)
        b = tl.load(b_base + kk[:, None] * 1, mask=(kk[:, None] < 192) & n_ok, other=0.0)
        acc = tl.dot(a, b, acc)
    rows = bid * 10 + offs_m[:, None]
    cols = offs_n[None, :]
    mask = m_ok & n_ok
    row_mask = m_ok
    x308 = acc
    l0 = tl.load(in0 + cols, mask=mask, other=0).to(tl.float32)
    x309 = ((x308) + (l0))
    x310 = (x309).to(tl.float32)
    tl.store(out0 + rows * 1000 + cols, (tl.where(mask, x310, 0)).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_linear_9(ga, gb, a0):
    ga = _pike_strided(ga, (192, 1))
    gb = _pike_strided(gb, (192, 1))
    a0 = _pike_strided(a0, (1,))
    o0 = torch.empty((10, 1000), dtype=torch.float32, device=ga.device)
    pk_linear_9[(triton.cdiv(10, 16) * triton.cdiv(1000, 128), 1)](ga, gb, a0, o0, BLOCK_M=16, BLOCK_N=128, BLOCK_K=64, GROUP_M=8, num_warps=4, num_stages=2)
    return o0,


def fused_forward(*inputs):
    (in_0, in_1, in_2, in_3, in_4, in_5, in_6, in_7, in_8, in_9, in_10, in_11, in_12, in_13, in_14, in_15, in_16, in_17, in_18, in_19, in_20, in_21, in_22, in_23, in_24, in_25, in_26, in_27, in_28, in_29, in_30, in_31, in_32, in_33, in_34, in_35, in_36, in_37, in_38, in_39, in_40, in_41, in_42, in_43, in_44, in_45, in_46, in_47, in_48, in_49, in_50, in_51,) = inputs
    v52, = _launch_pk_to(in_51)
    v53 = torch.conv2d(v52, in_0, in_1, (4, 4), (0, 0), (1, 1), 1)
    v54 = v53.flatten(2)
    v55 = v54.transpose(1, 2)
    v80, v67 = _launch_pk_float_1(v55, in_2, in_3, in_4, in_5)
    v81 = torch._C._nn.pad(v80, [0, 0, 0, 0, 0, 0], 'constant', None)
    v82 = v81.view(10, 8, 7, 8, 7, 96)
    v83 = v82.permute(0, 1, 3, 2, 4, 5)
    v84 = v83.reshape(-1, 49, 96)
    v85 = v84.view(-1, 49, 3, 32)
    v86 = v85.transpose(1, 2)
    v87 = v86.reshape(-1, 147, 32)
    v88, = _launch_pk_to_1(v87)
    v89 = torch.conv1d(v88, in_6, in_7, (1,), (0,), (1,), 3)
    v90 = v89.view(-1, 3, 49, 32)
    v91 = v90.transpose(1, 2)
    v92 = v91.reshape(-1, 49, 96)
    v93 = v92.view(10, 8, 8, 7, 7, 96)
    v94 = v93.permute(0, 1, 3, 2, 4, 5)
    v95 = v94.reshape(10, 56, 56, 96)
    v96 = _operator.getitem(v95, (slice(None, None, None), slice(0, 56, None), slice(0, 56, None), slice(None, None, None)))
    v97 = v96.reshape(10, 3136, 96)
    v111, v98 = _launch_pk_x_7(v67, v97, in_8, in_9)
    v114, = _launch_pk_input_1(v111, in_10, in_11)
    v115 = v114.to(torch.bfloat16)
    v118, = _launch_pk_input_3(v115, in_12, in_13, v98)
    v119 = v118.float()
    v131, = _launch_pk_layer_norm_3(v119, in_14, in_15)
    v132 = torch._C._nn.pad(v131, [0, 0, 4, 3, 4, 3], 'constant', None)
    v133 = v132.view(10, 9, 7, 9, 7, 96)
    v134 = v133.permute(0, 1, 3, 2, 4, 5)
    v135 = v134.reshape(-1, 49, 96)
    v136 = v135.view(-1, 49, 3, 32)
    v137 = v136.transpose(1, 2)
    v138 = v137.reshape(-1, 147, 32)
    v139, = _launch_pk_to_4(v138)
    v140 = torch.conv1d(v139, in_16, in_17, (1,), (0,), (1,), 3)
    v141 = v140.view(-1, 3, 49, 32)
    v142 = v141.transpose(1, 2)
    v143 = v142.reshape(-1, 49, 96)
    v144 = v143.view(10, 9, 9, 7, 7, 96)
    v145 = v144.permute(0, 1, 3, 2, 4, 5)
    v146 = v145.reshape(10, 63, 63, 96)
    v147 = _operator.getitem(v146, (slice(None, None, None), slice(4, 60, None), slice(4, 60, None), slice(None, None, None)))
    v148 = v147.reshape(10, 3136, 96)
    v162, v149 = _launch_pk_x_14(v118, v148, in_18, in_19)
    v165, = _launch_pk_input_5(v162, in_20, in_21)
    v166 = v165.to(torch.bfloat16)
    v169, = _launch_pk_input_7(v166, in_22, in_23, v149)
    v170 = v169.view(10, 56, 56, 96)
    v171 = _operator.getitem(v170, (slice(None, None, None), slice(0, None, 2), slice(0, None, 2)))
    v172 = _operator.getitem(v170, (slice(None, None, None), slice(1, None, 2), slice(0, None, 2)))
    v173 = _operator.getitem(v170, (slice(None, None, None), slice(0, None, 2), slice(1, None, 2)))
    v174 = _operator.getitem(v170, (slice(None, None, None), slice(1, None, 2), slice(1, None, 2)))
    v175 = torch.cat([v171, v172, v173, v174], -1)
    v176 = v175.view(10, -1, 384)
    v177 = v176.float()
    v189, = _launch_pk_layer_norm_5(v177, in_24, in_25)
    v191, v190 = _launch_pk_input_9(v189, in_26)
    v203, = _launch_pk_layer_norm_6(v191, in_27, in_28)
    v204 = torch._C._nn.pad(v203, [0, 0, 0, 0, 0, 0], 'constant', None)
    v205 = v204.view(10, 4, 7, 4, 7, 192)
    v206 = v205.permute(0, 1, 3, 2, 4, 5)
    v207 = v206.reshape(-1, 49, 192)
    v208 = v207.view(-1, 49, 6, 32)
    v209 = v208.transpose(1, 2)
    v210 = v209.reshape(-1, 294, 32)
    v211, = _launch_pk_to_8(v210)
    v212 = torch.conv1d(v211, in_29, in_30, (1,), (0,), (1,), 6)
    v213 = v212.view(-1, 6, 49, 32)
    v214 = v213.transpose(1, 2)
    v215 = v214.reshape(-1, 49, 192)
    v216 = v215.view(10, 4, 4, 7, 7, 192)
    v217 = v216.permute(0, 1, 3, 2, 4, 5)
    v218 = v217.reshape(10, 28, 28, 192)
    v219 = _operator.getitem(v218, (slice(None, None, None), slice(0, 28, None), slice(0, 28, None), slice(None, None, None)))
    v220 = v219.reshape(10, 784, 192)
    v234, v221 = _launch_pk_x_23(v190, v220, in_31, in_32)
    v237, = _launch_pk_input_10(v234, in_33, in_34)
    v238 = v237.to(torch.bfloat16)
    v242, v241 = _launch_pk_input_12(v238, in_35, in_36, v221)
    v254, = _launch_pk_layer_norm_8(v242, in_37, in_38)
    v255 = torch._C._nn.pad(v254, [0, 0, 4, 3, 4, 3], 'constant', None)
    v256 = v255.view(10, 5, 7, 5, 7, 192)
    v257 = v256.permute(0, 1, 3, 2, 4, 5)
    v258 = v257.reshape(-1, 49, 192)
    v259 = v258.view(-1, 49, 6, 32)
    v260 = v259.transpose(1, 2)
    v261 = v260.reshape(-1, 294, 32)
    v262, = _launch_pk_to_11(v261)
    v263 = torch.conv1d(v262, in_39, in_40, (1,), (0,), (1,), 6)
    v264 = v263.view(-1, 6, 49, 32)
    v265 = v264.transpose(1, 2)
    v266 = v265.reshape(-1, 49, 192)
    v267 = v266.view(10, 5, 5, 7, 7, 192)
    v268 = v267.permute(0, 1, 3, 2, 4, 5)
    v269 = v268.reshape(10, 35, 35, 192)
    v270 = _operator.getitem(v269, (slice(None, None, None), slice(4, 32, None), slice(4, 32, None), slice(None, None, None)))
    v271 = v270.reshape(10, 784, 192)
    v285, v272 = _launch_pk_x_30(v241, v271, in_41, in_42)
    v288, = _launch_pk_input_14(v285, in_43, in_44)
    v289 = v288.to(torch.bfloat16)
    v293, = _launch_pk_input_16(v289, in_45, in_46, v272)
    v304, = _launch_pk_x_31(v293, in_47, in_48)
    v307, = _launch_pk_mean(v304)
    v310, = _launch_pk_linear_9(v307, in_49, in_50)
    return (v310,)

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
    """TF32 for matmuls only while our body runs (the flag is process-wide); a no-op when not ``enabled``."""

    def __init__(self, enabled):
        self.enabled = enabled

    def __enter__(self):
        if self.enabled:
            self.previous = torch.get_float32_matmul_precision()
            torch.set_float32_matmul_precision("high")

    def __exit__(self, *exc):
        if self.enabled:
            torch.set_float32_matmul_precision(self.previous)


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

_PK_SPEC = {'path': 'graph', 'args': [{'from': 'tensor', 'name': 'w0_l_self_modules_patch_embed_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w1_l_self_modules_patch_embed_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w2_l_self_modules_embed_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w3_l_self_modules_embed_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w4_l_self_modules_layers_modules_0_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w5_l_self_modules_layers_modules_0_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w6_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w7_l_self_modules_layers_modules_0_modules_spatial_mlp_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w8_l_self_modules_layers_modules_0_modules_norm2_parameters_weight_'}, {'from': 'tensor', 'name': 'w9_l_self_modules_layers_modules_0_modules_norm2_parameters_bias_'}, {'from': 'tensor', 'name': 'w10_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w11_l_self_modules_layers_modules_0_modules_mlp_modules_0_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w12_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w13_l_self_modules_layers_modules_0_modules_mlp_modules_2_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w14_l_self_modules_layers_modules_1_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w15_l_self_modules_layers_modules_1_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w16_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w17_l_self_modules_layers_modules_1_modules_spatial_mlp_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w18_l_self_modules_layers_modules_1_modules_norm2_parameters_weight_'}, {'from': 'tensor', 'name': 'w19_l_self_modules_layers_modules_1_modules_norm2_parameters_bias_'}, {'from': 'tensor', 'name': 'w20_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w21_l_self_modules_layers_modules_1_modules_mlp_modules_0_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w22_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w23_l_self_modules_layers_modules_1_modules_mlp_modules_2_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w24_l_self_modules_layers_modules_2_modules_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w25_l_self_modules_layers_modules_2_modules_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w26_l_self_modules_layers_modules_2_modules_reduction_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w27_l_self_modules_layers_modules_3_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w28_l_self_modules_layers_modules_3_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w29_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w30_l_self_modules_layers_modules_3_modules_spatial_mlp_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w31_l_self_modules_layers_modules_3_modules_norm2_parameters_weight_'}, {'from': 'tensor', 'name': 'w32_l_self_modules_layers_modules_3_modules_norm2_parameters_bias_'}, {'from': 'tensor', 'name': 'w33_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w34_l_self_modules_layers_modules_3_modules_mlp_modules_0_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w35_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w36_l_self_modules_layers_modules_3_modules_mlp_modules_2_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w37_l_self_modules_layers_modules_4_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w38_l_self_modules_layers_modules_4_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w39_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w40_l_self_modules_layers_modules_4_modules_spatial_mlp_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w41_l_self_modules_layers_modules_4_modules_norm2_parameters_weight_'}, {'from': 'tensor', 'name': 'w42_l_self_modules_layers_modules_4_modules_norm2_parameters_bias_'}, {'from': 'tensor', 'name': 'w43_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w44_l_self_modules_layers_modules_4_modules_mlp_modules_0_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w45_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w46_l_self_modules_layers_modules_4_modules_mlp_modules_2_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w47_l_self_modules_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w48_l_self_modules_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w49_l_self_modules_head_parameters_weight_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w50_l_self_modules_head_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'input', 'index': 0}], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': True, 'autocast': None, 'inductor_mode': '', 'inputs': [[[10, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """cuda-graph+bf16+channels-last+triton-fused: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, fused_forward)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
