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
        self.register_buffer('w0_l_self_modules_stem_modules_0_parameters_weight_', _pike_tensor((64, 3, 7, 7), (147, 49, 7, 1), torch.float32, 'normal', 0.0001564448029967025, 0.04747772589325905))
        self.register_buffer('w1_l_self_modules_stem_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w2_l_self_modules_stem_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w3_l_self_modules_stem_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w4_l_self_modules_stem_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w5_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w6_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w7_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w8_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_', _pike_tensor((128, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0006448617787100375, 0.07225357741117477))
        self.register_buffer('w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w14_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 3.909080260200426e-05, 0.01696598529815674))
        self.register_buffer('w15_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w16_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w17_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w18_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_', _pike_tensor((128, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', -0.0005334862507879734, 0.05857782065868378))
        self.register_buffer('w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w24_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 7.330187941079203e-07, 0.017030810937285423))
        self.register_buffer('w25_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w26_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w27_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w28_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_', _pike_tensor((128, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 0.00046219865907914937, 0.05125027149915695))
        self.register_buffer('w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w34_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 4.2425712308613583e-05, 0.017041875049471855))
        self.register_buffer('w35_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w36_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w37_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w38_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_', _pike_tensor((128, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.0008793704328127205, 0.04570126533508301))
        self.register_buffer('w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w44_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -7.859795732656494e-05, 0.01697501540184021))
        self.register_buffer('w45_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w46_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w47_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w48_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_', _pike_tensor((128, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -8.038546366151422e-05, 0.04191508889198303))
        self.register_buffer('w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w54_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.0002407958818366751, 0.016985109075903893))
        self.register_buffer('w55_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_mean_', _pike_tensor((224,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w56_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_var_', _pike_tensor((224,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w57_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_weight_', _pike_tensor((224,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w58_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_bias_', _pike_tensor((224,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_', _pike_tensor((128, 224, 1, 1), (224, 1, 1, 1), torch.float32, 'normal', 0.000319645885610953, 0.038630083203315735))
        self.register_buffer('w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w64_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 7.707291661063209e-05, 0.016985511407256126))
        self.register_buffer('w65_l_self_modules_stages_modules_1_modules_norm_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w66_l_self_modules_stages_modules_1_modules_norm_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w67_l_self_modules_stages_modules_1_modules_norm_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w68_l_self_modules_stages_modules_1_modules_norm_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w69_l_self_modules_stages_modules_1_modules_conv_parameters_weight_', _pike_tensor((128, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 3.5081720852758735e-05, 0.03599182888865471))
        self.register_buffer('w70_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w71_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w72_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w73_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_', _pike_tensor((128, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 0.000395537877921015, 0.05101678892970085))
        self.register_buffer('w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w79_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 2.438418596284464e-05, 0.017053529620170593))
        self.register_buffer('w80_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w81_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w82_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w83_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_', _pike_tensor((128, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 9.241937368642539e-05, 0.04570452868938446))
        self.register_buffer('w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w89_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 0.00011509305477375165, 0.01701641082763672))
        self.register_buffer('w90_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w91_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w92_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w93_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_', _pike_tensor((128, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', 2.9234797693789005e-06, 0.04175527021288872))
        self.register_buffer('w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w99_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -7.611190085299313e-05, 0.016955040395259857))
        self.register_buffer('w100_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_mean_', _pike_tensor((224,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w101_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_var_', _pike_tensor((224,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w102_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_weight_', _pike_tensor((224,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w103_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_bias_', _pike_tensor((224,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_', _pike_tensor((128, 224, 1, 1), (224, 1, 1, 1), torch.float32, 'normal', 0.00011497235391288996, 0.03846054896712303))
        self.register_buffer('w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w109_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -4.262466245563701e-05, 0.016965549439191818))
        self.register_buffer('w110_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w111_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w112_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w113_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_', _pike_tensor((128, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 0.00019432007684372365, 0.03615930303931236))
        self.register_buffer('w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w119_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 0.00011644771439023316, 0.017060549929738045))
        self.register_buffer('w120_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_mean_', _pike_tensor((288,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w121_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_var_', _pike_tensor((288,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w122_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_weight_', _pike_tensor((288,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w123_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_bias_', _pike_tensor((288,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_', _pike_tensor((128, 288, 1, 1), (288, 1, 1, 1), torch.float32, 'normal', -0.00022715821978636086, 0.03399970754981041))
        self.register_buffer('w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w129_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 3.513749561534496e-06, 0.01696905493736267))
        self.register_buffer('w130_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_mean_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w131_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_var_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w132_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_weight_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w133_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_bias_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_', _pike_tensor((128, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', 3.820758865913376e-05, 0.032186154276132584))
        self.register_buffer('w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w139_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -8.669321687193587e-05, 0.01702890358865261))
        self.register_buffer('w140_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_mean_', _pike_tensor((352,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w141_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_var_', _pike_tensor((352,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w142_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_weight_', _pike_tensor((352,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w143_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_bias_', _pike_tensor((352,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_', _pike_tensor((128, 352, 1, 1), (352, 1, 1, 1), torch.float32, 'normal', 0.00012979458551853895, 0.03085792437195778))
        self.register_buffer('w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w149_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -5.5545307986903936e-05, 0.016950199380517006))
        self.register_buffer('w150_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w151_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w152_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w153_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_', _pike_tensor((128, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 6.909707008162513e-05, 0.029472829774022102))
        self.register_buffer('w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w159_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -3.0401761250686832e-05, 0.017022766172885895))
        self.register_buffer('w160_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_mean_', _pike_tensor((416,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w161_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_var_', _pike_tensor((416,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w162_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_weight_', _pike_tensor((416,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w163_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_bias_', _pike_tensor((416,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_', _pike_tensor((128, 416, 1, 1), (416, 1, 1, 1), torch.float32, 'normal', -0.00013730580394621938, 0.028319526463747025))
        self.register_buffer('w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w169_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 2.1107478460180573e-05, 0.01703350618481636))
        self.register_buffer('w170_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_mean_', _pike_tensor((448,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w171_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_var_', _pike_tensor((448,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w172_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_weight_', _pike_tensor((448,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w173_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_bias_', _pike_tensor((448,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_', _pike_tensor((128, 448, 1, 1), (448, 1, 1, 1), torch.float32, 'normal', -0.00011481954425107688, 0.02725110948085785))
        self.register_buffer('w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w179_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.00010750609362730756, 0.017040126025676727))
        self.register_buffer('w180_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w181_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w182_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w183_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_', _pike_tensor((128, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', -0.00013878633035346866, 0.026329243555665016))
        self.register_buffer('w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w189_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -6.395046511897817e-05, 0.017033476382493973))
        self.register_buffer('w190_l_self_modules_stages_modules_3_modules_norm_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w191_l_self_modules_stages_modules_3_modules_norm_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w192_l_self_modules_stages_modules_3_modules_norm_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w193_l_self_modules_stages_modules_3_modules_norm_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w194_l_self_modules_stages_modules_3_modules_conv_parameters_weight_', _pike_tensor((256, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 5.044537101639435e-05, 0.02549697458744049))
        self.register_buffer('w195_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w196_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w197_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w198_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_', _pike_tensor((128, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 0.00013027212116867304, 0.03593139350414276))
        self.register_buffer('w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w204_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 6.723190017510206e-05, 0.0169791579246521))
        self.register_buffer('w205_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_mean_', _pike_tensor((288,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w206_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_var_', _pike_tensor((288,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w207_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_weight_', _pike_tensor((288,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w208_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_bias_', _pike_tensor((288,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_', _pike_tensor((128, 288, 1, 1), (288, 1, 1, 1), torch.float32, 'normal', -0.00022985832765698433, 0.034036360681056976))
        self.register_buffer('w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w214_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -8.862295362632722e-05, 0.017079977318644524))
        self.register_buffer('w215_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_mean_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w216_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_var_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w217_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_weight_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w218_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_bias_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_', _pike_tensor((128, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', 0.00015896042168606073, 0.03229353204369545))
        self.register_buffer('w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w224_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 8.290241385111585e-05, 0.01704680360853672))
        self.register_buffer('w225_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_mean_', _pike_tensor((352,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w226_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_var_', _pike_tensor((352,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w227_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_weight_', _pike_tensor((352,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w228_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_bias_', _pike_tensor((352,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_', _pike_tensor((128, 352, 1, 1), (352, 1, 1, 1), torch.float32, 'normal', -0.00018212039140053093, 0.030810881406068802))
        self.register_buffer('w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w234_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -9.63481143116951e-05, 0.016990704461932182))
        self.register_buffer('w235_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w236_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w237_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w238_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_', _pike_tensor((128, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 0.00017425976693630219, 0.029493937268853188))
        self.register_buffer('w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w244_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 5.545042222365737e-05, 0.017008015885949135))
        self.register_buffer('w245_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_mean_', _pike_tensor((416,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w246_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_var_', _pike_tensor((416,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w247_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_weight_', _pike_tensor((416,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w248_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_bias_', _pike_tensor((416,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_', _pike_tensor((128, 416, 1, 1), (416, 1, 1, 1), torch.float32, 'normal', 0.00017629418289288878, 0.028368597850203514))
        self.register_buffer('w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w254_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -9.746795512910467e-06, 0.017003947868943214))
        self.register_buffer('w255_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_mean_', _pike_tensor((448,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w256_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_var_', _pike_tensor((448,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w257_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_weight_', _pike_tensor((448,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w258_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_bias_', _pike_tensor((448,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_', _pike_tensor((128, 448, 1, 1), (448, 1, 1, 1), torch.float32, 'normal', 6.010436482029036e-05, 0.027261260896921158))
        self.register_buffer('w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w264_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -9.453229722566903e-05, 0.017023565247654915))
        self.register_buffer('w265_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w266_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w267_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w268_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_', _pike_tensor((128, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', 7.870039553381503e-05, 0.026461968198418617))
        self.register_buffer('w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w274_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 0.00017480329552199692, 0.017026152461767197))
        self.register_buffer('w275_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w276_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w277_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w278_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_', _pike_tensor((128, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 1.3971388398203999e-05, 0.02556539513170719))
        self.register_buffer('w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w284_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -5.859708835487254e-05, 0.017026547342538834))
        self.register_buffer('w285_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_mean_', _pike_tensor((544,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w286_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_var_', _pike_tensor((544,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w287_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_weight_', _pike_tensor((544,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w288_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_bias_', _pike_tensor((544,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_', _pike_tensor((128, 544, 1, 1), (544, 1, 1, 1), torch.float32, 'normal', 6.587866664631292e-05, 0.024731798097491264))
        self.register_buffer('w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w294_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 6.721149111399427e-05, 0.017091592773795128))
        self.register_buffer('w295_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w296_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w297_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w298_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_', _pike_tensor((128, 576, 1, 1), (576, 1, 1, 1), torch.float32, 'normal', -5.85088346269913e-05, 0.024049991741776466))
        self.register_buffer('w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w304_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -7.168671436375007e-05, 0.017009632661938667))
        self.register_buffer('w305_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_mean_', _pike_tensor((608,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w306_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_var_', _pike_tensor((608,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w307_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_weight_', _pike_tensor((608,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w308_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_bias_', _pike_tensor((608,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_', _pike_tensor((128, 608, 1, 1), (608, 1, 1, 1), torch.float32, 'normal', 4.468193947104737e-05, 0.02350468933582306))
        self.register_buffer('w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w314_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 7.766366616124287e-05, 0.017075227573513985))
        self.register_buffer('w315_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_mean_', _pike_tensor((640,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w316_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_var_', _pike_tensor((640,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w317_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_weight_', _pike_tensor((640,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w318_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_bias_', _pike_tensor((640,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_', _pike_tensor((128, 640, 1, 1), (640, 1, 1, 1), torch.float32, 'normal', -3.028846731467638e-05, 0.022821122780442238))
        self.register_buffer('w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w324_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -2.8485856091720052e-05, 0.016935056075453758))
        self.register_buffer('w325_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w326_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w327_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w328_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_', _pike_tensor((128, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', 4.15974463976454e-05, 0.02225535176694393))
        self.register_buffer('w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w334_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -9.85367369139567e-05, 0.016959231346845627))
        self.register_buffer('w335_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_mean_', _pike_tensor((704,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w336_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_var_', _pike_tensor((704,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w337_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_weight_', _pike_tensor((704,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w338_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_bias_', _pike_tensor((704,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_', _pike_tensor((128, 704, 1, 1), (704, 1, 1, 1), torch.float32, 'normal', 0.00015994497516658157, 0.021792331710457802))
        self.register_buffer('w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w344_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -4.7202502173604444e-05, 0.016958802938461304))
        self.register_buffer('w345_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_mean_', _pike_tensor((736,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w346_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_var_', _pike_tensor((736,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w347_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_weight_', _pike_tensor((736,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w348_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_bias_', _pike_tensor((736,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_', _pike_tensor((128, 736, 1, 1), (736, 1, 1, 1), torch.float32, 'normal', 0.0001070516009349376, 0.02119036577641964))
        self.register_buffer('w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w354_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.00011099370749434456, 0.017009830102324486))
        self.register_buffer('w355_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_mean_', _pike_tensor((768,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w356_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_var_', _pike_tensor((768,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w357_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_weight_', _pike_tensor((768,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w358_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_bias_', _pike_tensor((768,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_', _pike_tensor((128, 768, 1, 1), (768, 1, 1, 1), torch.float32, 'normal', -0.0001741981686791405, 0.020807558670639992))
        self.register_buffer('w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w364_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -1.935902764671482e-05, 0.016995040699839592))
        self.register_buffer('w365_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_mean_', _pike_tensor((800,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w366_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_var_', _pike_tensor((800,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w367_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_weight_', _pike_tensor((800,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w368_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_bias_', _pike_tensor((800,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_', _pike_tensor((128, 800, 1, 1), (800, 1, 1, 1), torch.float32, 'normal', -2.2899819668964483e-05, 0.020425895228981972))
        self.register_buffer('w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w374_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -3.6931141949025914e-05, 0.017011133953928947))
        self.register_buffer('w375_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_mean_', _pike_tensor((832,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w376_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_var_', _pike_tensor((832,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w377_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_weight_', _pike_tensor((832,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w378_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_bias_', _pike_tensor((832,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_', _pike_tensor((128, 832, 1, 1), (832, 1, 1, 1), torch.float32, 'normal', 6.836401007603854e-05, 0.020050132647156715))
        self.register_buffer('w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w384_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -5.855688141309656e-05, 0.01698930561542511))
        self.register_buffer('w385_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_mean_', _pike_tensor((864,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w386_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_var_', _pike_tensor((864,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w387_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_weight_', _pike_tensor((864,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w388_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_bias_', _pike_tensor((864,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_', _pike_tensor((128, 864, 1, 1), (864, 1, 1, 1), torch.float32, 'normal', 2.62265184574062e-05, 0.019659465178847313))
        self.register_buffer('w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w394_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 7.625663420185447e-05, 0.01702265627682209))
        self.register_buffer('w395_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_mean_', _pike_tensor((896,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w396_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_var_', _pike_tensor((896,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w397_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_weight_', _pike_tensor((896,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w398_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_bias_', _pike_tensor((896,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_', _pike_tensor((128, 896, 1, 1), (896, 1, 1, 1), torch.float32, 'normal', 6.989067333051935e-05, 0.019320789724588394))
        self.register_buffer('w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w404_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -6.371704512275755e-05, 0.017014583572745323))
        self.register_buffer('w405_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_mean_', _pike_tensor((928,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w406_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_var_', _pike_tensor((928,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w407_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_weight_', _pike_tensor((928,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w408_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_bias_', _pike_tensor((928,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_', _pike_tensor((128, 928, 1, 1), (928, 1, 1, 1), torch.float32, 'normal', -5.974276427878067e-05, 0.018963439390063286))
        self.register_buffer('w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w414_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 9.250678886019159e-06, 0.01700703613460064))
        self.register_buffer('w415_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w416_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w417_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w418_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_', _pike_tensor((128, 960, 1, 1), (960, 1, 1, 1), torch.float32, 'normal', -2.881386535591446e-05, 0.018619146198034286))
        self.register_buffer('w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w424_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 0.0001432010467397049, 0.0170443132519722))
        self.register_buffer('w425_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_mean_', _pike_tensor((992,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w426_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_var_', _pike_tensor((992,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w427_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_weight_', _pike_tensor((992,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w428_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_bias_', _pike_tensor((992,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_', _pike_tensor((128, 992, 1, 1), (992, 1, 1, 1), torch.float32, 'normal', -4.208787504467182e-05, 0.01837851107120514))
        self.register_buffer('w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w434_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -8.118087862385437e-05, 0.01703258790075779))
        self.register_buffer('w435_l_self_modules_stages_modules_5_modules_norm_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w436_l_self_modules_stages_modules_5_modules_norm_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w437_l_self_modules_stages_modules_5_modules_norm_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w438_l_self_modules_stages_modules_5_modules_norm_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w439_l_self_modules_stages_modules_5_modules_conv_parameters_weight_', _pike_tensor((512, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 1.819878161768429e-05, 0.018052956089377403))
        self.register_buffer('w440_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w441_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w442_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w443_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_', _pike_tensor((128, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 4.065876055392437e-05, 0.025494268164038658))
        self.register_buffer('w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w449_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 5.723044523620047e-05, 0.016968827694654465))
        self.register_buffer('w450_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_mean_', _pike_tensor((544,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w451_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_var_', _pike_tensor((544,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w452_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_weight_', _pike_tensor((544,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w453_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_bias_', _pike_tensor((544,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_', _pike_tensor((128, 544, 1, 1), (544, 1, 1, 1), torch.float32, 'normal', 0.00020504614803940058, 0.02475581504404545))
        self.register_buffer('w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w459_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -5.240208702161908e-05, 0.01709953136742115))
        self.register_buffer('w460_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w461_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w462_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w463_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_', _pike_tensor((128, 576, 1, 1), (576, 1, 1, 1), torch.float32, 'normal', -1.955829247890506e-05, 0.024050064384937286))
        self.register_buffer('w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w469_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 6.223926902748644e-05, 0.017095474526286125))
        self.register_buffer('w470_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_mean_', _pike_tensor((608,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w471_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_var_', _pike_tensor((608,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w472_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_weight_', _pike_tensor((608,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w473_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_bias_', _pike_tensor((608,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_', _pike_tensor((128, 608, 1, 1), (608, 1, 1, 1), torch.float32, 'normal', 0.00016344567120540887, 0.023361869156360626))
        self.register_buffer('w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w479_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.00015348281885962933, 0.01699494943022728))
        self.register_buffer('w480_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_mean_', _pike_tensor((640,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w481_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_var_', _pike_tensor((640,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w482_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_weight_', _pike_tensor((640,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w483_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_bias_', _pike_tensor((640,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_', _pike_tensor((128, 640, 1, 1), (640, 1, 1, 1), torch.float32, 'normal', -3.615442619775422e-05, 0.022842274978756905))
        self.register_buffer('w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w489_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.00013671642227564007, 0.01696072705090046))
        self.register_buffer('w490_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w491_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w492_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w493_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_', _pike_tensor((128, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', 2.1446494429255836e-05, 0.02221687324345112))
        self.register_buffer('w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w499_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -1.1239349987590685e-05, 0.01700068637728691))
        self.register_buffer('w500_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_mean_', _pike_tensor((704,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w501_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_var_', _pike_tensor((704,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w502_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_weight_', _pike_tensor((704,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w503_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_bias_', _pike_tensor((704,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_', _pike_tensor((128, 704, 1, 1), (704, 1, 1, 1), torch.float32, 'normal', 3.0266519388533197e-05, 0.021741608157753944))
        self.register_buffer('w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w509_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.00011795180034823716, 0.017015952616930008))
        self.register_buffer('w510_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_mean_', _pike_tensor((736,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w511_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_var_', _pike_tensor((736,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w512_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_weight_', _pike_tensor((736,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w513_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_bias_', _pike_tensor((736,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_', _pike_tensor((128, 736, 1, 1), (736, 1, 1, 1), torch.float32, 'normal', -8.897592488210648e-05, 0.02129785530269146))
        self.register_buffer('w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w519_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -2.5692406779853627e-05, 0.016997868195176125))
        self.register_buffer('w520_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_mean_', _pike_tensor((768,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w521_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_var_', _pike_tensor((768,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w522_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_weight_', _pike_tensor((768,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w523_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_bias_', _pike_tensor((768,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_', _pike_tensor((128, 768, 1, 1), (768, 1, 1, 1), torch.float32, 'normal', 0.00012096796854166314, 0.020876066759228706))
        self.register_buffer('w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w529_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -8.005692507140338e-05, 0.016988102346658707))
        self.register_buffer('w530_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_mean_', _pike_tensor((800,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w531_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_var_', _pike_tensor((800,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w532_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_weight_', _pike_tensor((800,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w533_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_bias_', _pike_tensor((800,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_', _pike_tensor((128, 800, 1, 1), (800, 1, 1, 1), torch.float32, 'normal', -3.787268360611051e-05, 0.020452288910746574))
        self.register_buffer('w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w539_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 0.0001325359771726653, 0.017032410949468613))
        self.register_buffer('w540_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_mean_', _pike_tensor((832,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w541_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_var_', _pike_tensor((832,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w542_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_weight_', _pike_tensor((832,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w543_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_bias_', _pike_tensor((832,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_', _pike_tensor((128, 832, 1, 1), (832, 1, 1, 1), torch.float32, 'normal', -2.452516127959825e-05, 0.02001877874135971))
        self.register_buffer('w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w549_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 4.600923784892075e-05, 0.01700589619576931))
        self.register_buffer('w550_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_mean_', _pike_tensor((864,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w551_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_var_', _pike_tensor((864,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w552_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_weight_', _pike_tensor((864,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w553_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_bias_', _pike_tensor((864,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_', _pike_tensor((128, 864, 1, 1), (864, 1, 1, 1), torch.float32, 'normal', 5.971332029730547e-06, 0.019593212753534317))
        self.register_buffer('w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w559_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 4.181573604000732e-05, 0.01696595922112465))
        self.register_buffer('w560_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_mean_', _pike_tensor((896,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w561_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_var_', _pike_tensor((896,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w562_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_weight_', _pike_tensor((896,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w563_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_bias_', _pike_tensor((896,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_', _pike_tensor((128, 896, 1, 1), (896, 1, 1, 1), torch.float32, 'normal', -7.1883769123815e-05, 0.019341111183166504))
        self.register_buffer('w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w569_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -9.046599734574556e-05, 0.016958506777882576))
        self.register_buffer('w570_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_mean_', _pike_tensor((928,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w571_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_var_', _pike_tensor((928,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w572_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_weight_', _pike_tensor((928,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w573_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_bias_', _pike_tensor((928,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_', _pike_tensor((128, 928, 1, 1), (928, 1, 1, 1), torch.float32, 'normal', -2.3610062271472998e-05, 0.018940018489956856))
        self.register_buffer('w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w579_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 7.877228927100077e-05, 0.017000330612063408))
        self.register_buffer('w580_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w581_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w582_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w583_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_', _pike_tensor((128, 960, 1, 1), (960, 1, 1, 1), torch.float32, 'normal', 3.44223044521641e-05, 0.01866128295660019))
        self.register_buffer('w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w589_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -0.00016030350525397807, 0.01700151339173317))
        self.register_buffer('w590_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_mean_', _pike_tensor((992,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w591_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_var_', _pike_tensor((992,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w592_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_weight_', _pike_tensor((992,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w593_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_bias_', _pike_tensor((992,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_', _pike_tensor((128, 992, 1, 1), (992, 1, 1, 1), torch.float32, 'normal', -5.3310337534639984e-05, 0.018322382122278214))
        self.register_buffer('w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w599_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv2_parameters_weight_', _pike_tensor((32, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -2.1460908101289533e-05, 0.017101924866437912))
        self.register_buffer('w600_l_self_modules_final_norm_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w601_l_self_modules_final_norm_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w602_l_self_modules_final_norm_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w603_l_self_modules_final_norm_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w604_l_self_modules_classifier_parameters_weight_', _pike_tensor((1000, 1024), (1024, 1), torch.float32, 'normal', -1.0067830771731678e-05, 0.01803884468972683))
        self.register_buffer('w605_l_self_modules_classifier_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', -0.0008593415259383619, 0.018335681408643723))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_stem_modules_0_parameters_weight_ = self.w0_l_self_modules_stem_modules_0_parameters_weight_
        w1_l_self_modules_stem_modules_1_buffers_running_mean_ = self.w1_l_self_modules_stem_modules_1_buffers_running_mean_
        w2_l_self_modules_stem_modules_1_buffers_running_var_ = self.w2_l_self_modules_stem_modules_1_buffers_running_var_
        w3_l_self_modules_stem_modules_1_parameters_weight_ = self.w3_l_self_modules_stem_modules_1_parameters_weight_
        w4_l_self_modules_stem_modules_1_parameters_bias_ = self.w4_l_self_modules_stem_modules_1_parameters_bias_
        w5_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = self.w5_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_mean_
        w6_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_var_ = self.w6_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_var_
        w7_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_weight_ = self.w7_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_weight_
        w8_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_bias_ = self.w8_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_bias_
        w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_ = self.w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_
        w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = self.w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_
        w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_ = self.w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_
        w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_ = self.w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_
        w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_ = self.w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_
        w14_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv2_parameters_weight_ = self.w14_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv2_parameters_weight_
        w15_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = self.w15_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_mean_
        w16_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_var_ = self.w16_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_var_
        w17_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_weight_ = self.w17_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_weight_
        w18_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_bias_ = self.w18_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_bias_
        w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_ = self.w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_
        w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = self.w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_
        w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_ = self.w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_
        w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_ = self.w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_
        w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_ = self.w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_
        w24_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv2_parameters_weight_ = self.w24_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv2_parameters_weight_
        w25_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = self.w25_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_mean_
        w26_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_var_ = self.w26_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_var_
        w27_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_weight_ = self.w27_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_weight_
        w28_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_bias_ = self.w28_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_bias_
        w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_ = self.w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_
        w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = self.w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_
        w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_ = self.w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_
        w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_ = self.w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_
        w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_ = self.w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_
        w34_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv2_parameters_weight_ = self.w34_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv2_parameters_weight_
        w35_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = self.w35_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_mean_
        w36_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_var_ = self.w36_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_var_
        w37_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_weight_ = self.w37_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_weight_
        w38_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_bias_ = self.w38_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_bias_
        w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_ = self.w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_
        w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = self.w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_
        w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_ = self.w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_
        w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_ = self.w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_
        w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_ = self.w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_
        w44_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv2_parameters_weight_ = self.w44_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv2_parameters_weight_
        w45_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = self.w45_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_mean_
        w46_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_var_ = self.w46_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_var_
        w47_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_weight_ = self.w47_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_weight_
        w48_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_bias_ = self.w48_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_bias_
        w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_ = self.w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_
        w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = self.w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_
        w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_ = self.w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_
        w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_ = self.w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_
        w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_ = self.w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_
        w54_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv2_parameters_weight_ = self.w54_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv2_parameters_weight_
        w55_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = self.w55_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_mean_
        w56_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_var_ = self.w56_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_var_
        w57_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_weight_ = self.w57_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_weight_
        w58_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_bias_ = self.w58_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_bias_
        w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_ = self.w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_
        w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = self.w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_
        w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_ = self.w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_
        w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_ = self.w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_
        w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_ = self.w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_
        w64_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv2_parameters_weight_ = self.w64_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv2_parameters_weight_
        w65_l_self_modules_stages_modules_1_modules_norm_buffers_running_mean_ = self.w65_l_self_modules_stages_modules_1_modules_norm_buffers_running_mean_
        w66_l_self_modules_stages_modules_1_modules_norm_buffers_running_var_ = self.w66_l_self_modules_stages_modules_1_modules_norm_buffers_running_var_
        w67_l_self_modules_stages_modules_1_modules_norm_parameters_weight_ = self.w67_l_self_modules_stages_modules_1_modules_norm_parameters_weight_
        w68_l_self_modules_stages_modules_1_modules_norm_parameters_bias_ = self.w68_l_self_modules_stages_modules_1_modules_norm_parameters_bias_
        w69_l_self_modules_stages_modules_1_modules_conv_parameters_weight_ = self.w69_l_self_modules_stages_modules_1_modules_conv_parameters_weight_
        w70_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = self.w70_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_mean_
        w71_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_var_ = self.w71_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_var_
        w72_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_weight_ = self.w72_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_weight_
        w73_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_bias_ = self.w73_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_bias_
        w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_ = self.w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_
        w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = self.w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_
        w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_ = self.w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_
        w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_ = self.w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_
        w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_ = self.w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_
        w79_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv2_parameters_weight_ = self.w79_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv2_parameters_weight_
        w80_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = self.w80_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_mean_
        w81_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_var_ = self.w81_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_var_
        w82_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_weight_ = self.w82_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_weight_
        w83_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_bias_ = self.w83_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_bias_
        w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_ = self.w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_
        w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = self.w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_
        w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_ = self.w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_
        w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_ = self.w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_
        w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_ = self.w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_
        w89_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv2_parameters_weight_ = self.w89_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv2_parameters_weight_
        w90_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = self.w90_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_mean_
        w91_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_var_ = self.w91_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_var_
        w92_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_weight_ = self.w92_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_weight_
        w93_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_bias_ = self.w93_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_bias_
        w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_ = self.w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_
        w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = self.w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_
        w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_ = self.w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_
        w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_ = self.w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_
        w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_ = self.w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_
        w99_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv2_parameters_weight_ = self.w99_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv2_parameters_weight_
        w100_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = self.w100_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_mean_
        w101_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_var_ = self.w101_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_var_
        w102_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_weight_ = self.w102_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_weight_
        w103_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_bias_ = self.w103_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_bias_
        w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_ = self.w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_
        w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = self.w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_
        w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_ = self.w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_
        w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_ = self.w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_
        w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_ = self.w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_
        w109_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv2_parameters_weight_ = self.w109_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv2_parameters_weight_
        w110_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = self.w110_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_mean_
        w111_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_var_ = self.w111_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_var_
        w112_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_weight_ = self.w112_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_weight_
        w113_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_bias_ = self.w113_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_bias_
        w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_ = self.w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_
        w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = self.w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_
        w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_ = self.w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_
        w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_ = self.w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_
        w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_ = self.w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_
        w119_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv2_parameters_weight_ = self.w119_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv2_parameters_weight_
        w120_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = self.w120_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_mean_
        w121_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_var_ = self.w121_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_var_
        w122_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_weight_ = self.w122_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_weight_
        w123_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_bias_ = self.w123_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_bias_
        w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_ = self.w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_
        w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = self.w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_
        w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_ = self.w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_
        w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_ = self.w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_
        w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_ = self.w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_
        w129_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv2_parameters_weight_ = self.w129_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv2_parameters_weight_
        w130_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_mean_ = self.w130_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_mean_
        w131_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_var_ = self.w131_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_var_
        w132_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_weight_ = self.w132_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_weight_
        w133_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_bias_ = self.w133_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_bias_
        w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_ = self.w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_
        w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_ = self.w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_
        w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_ = self.w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_
        w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_ = self.w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_
        w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_ = self.w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_
        w139_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv2_parameters_weight_ = self.w139_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv2_parameters_weight_
        w140_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_mean_ = self.w140_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_mean_
        w141_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_var_ = self.w141_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_var_
        w142_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_weight_ = self.w142_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_weight_
        w143_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_bias_ = self.w143_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_bias_
        w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_ = self.w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_
        w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_ = self.w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_
        w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_ = self.w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_
        w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_ = self.w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_
        w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_ = self.w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_
        w149_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv2_parameters_weight_ = self.w149_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv2_parameters_weight_
        w150_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_mean_ = self.w150_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_mean_
        w151_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_var_ = self.w151_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_var_
        w152_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_weight_ = self.w152_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_weight_
        w153_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_bias_ = self.w153_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_bias_
        w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_ = self.w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_
        w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_ = self.w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_
        w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_ = self.w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_
        w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_ = self.w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_
        w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_ = self.w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_
        w159_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv2_parameters_weight_ = self.w159_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv2_parameters_weight_
        w160_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_mean_ = self.w160_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_mean_
        w161_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_var_ = self.w161_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_var_
        w162_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_weight_ = self.w162_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_weight_
        w163_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_bias_ = self.w163_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_bias_
        w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_ = self.w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_
        w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_ = self.w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_
        w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_ = self.w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_
        w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_ = self.w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_
        w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_ = self.w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_
        w169_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv2_parameters_weight_ = self.w169_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv2_parameters_weight_
        w170_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_mean_ = self.w170_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_mean_
        w171_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_var_ = self.w171_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_var_
        w172_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_weight_ = self.w172_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_weight_
        w173_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_bias_ = self.w173_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_bias_
        w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_ = self.w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_
        w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_ = self.w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_
        w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_ = self.w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_
        w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_ = self.w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_
        w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_ = self.w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_
        w179_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv2_parameters_weight_ = self.w179_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv2_parameters_weight_
        w180_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_mean_ = self.w180_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_mean_
        w181_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_var_ = self.w181_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_var_
        w182_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_weight_ = self.w182_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_weight_
        w183_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_bias_ = self.w183_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_bias_
        w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_ = self.w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_
        w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_ = self.w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_
        w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_ = self.w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_
        w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_ = self.w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_
        w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_ = self.w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_
        w189_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv2_parameters_weight_ = self.w189_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv2_parameters_weight_
        w190_l_self_modules_stages_modules_3_modules_norm_buffers_running_mean_ = self.w190_l_self_modules_stages_modules_3_modules_norm_buffers_running_mean_
        w191_l_self_modules_stages_modules_3_modules_norm_buffers_running_var_ = self.w191_l_self_modules_stages_modules_3_modules_norm_buffers_running_var_
        w192_l_self_modules_stages_modules_3_modules_norm_parameters_weight_ = self.w192_l_self_modules_stages_modules_3_modules_norm_parameters_weight_
        w193_l_self_modules_stages_modules_3_modules_norm_parameters_bias_ = self.w193_l_self_modules_stages_modules_3_modules_norm_parameters_bias_
        w194_l_self_modules_stages_modules_3_modules_conv_parameters_weight_ = self.w194_l_self_modules_stages_modules_3_modules_conv_parameters_weight_
        w195_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = self.w195_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_mean_
        w196_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_var_ = self.w196_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_var_
        w197_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_weight_ = self.w197_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_weight_
        w198_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_bias_ = self.w198_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_bias_
        w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_ = self.w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_
        w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = self.w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_
        w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_ = self.w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_
        w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_ = self.w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_
        w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_ = self.w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_
        w204_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv2_parameters_weight_ = self.w204_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv2_parameters_weight_
        w205_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = self.w205_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_mean_
        w206_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_var_ = self.w206_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_var_
        w207_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_weight_ = self.w207_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_weight_
        w208_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_bias_ = self.w208_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_bias_
        w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_ = self.w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_
        w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = self.w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_
        w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_ = self.w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_
        w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_ = self.w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_
        w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_ = self.w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_
        w214_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv2_parameters_weight_ = self.w214_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv2_parameters_weight_
        w215_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = self.w215_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_mean_
        w216_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_var_ = self.w216_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_var_
        w217_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_weight_ = self.w217_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_weight_
        w218_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_bias_ = self.w218_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_bias_
        w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_ = self.w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_
        w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = self.w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_
        w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_ = self.w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_
        w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_ = self.w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_
        w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_ = self.w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_
        w224_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv2_parameters_weight_ = self.w224_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv2_parameters_weight_
        w225_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = self.w225_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_mean_
        w226_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_var_ = self.w226_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_var_
        w227_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_weight_ = self.w227_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_weight_
        w228_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_bias_ = self.w228_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_bias_
        w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_ = self.w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_
        w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = self.w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_
        w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_ = self.w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_
        w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_ = self.w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_
        w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_ = self.w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_
        w234_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv2_parameters_weight_ = self.w234_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv2_parameters_weight_
        w235_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = self.w235_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_mean_
        w236_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_var_ = self.w236_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_var_
        w237_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_weight_ = self.w237_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_weight_
        w238_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_bias_ = self.w238_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_bias_
        w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_ = self.w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_
        w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = self.w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_
        w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_ = self.w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_
        w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_ = self.w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_
        w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_ = self.w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_
        w244_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv2_parameters_weight_ = self.w244_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv2_parameters_weight_
        w245_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = self.w245_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_mean_
        w246_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_var_ = self.w246_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_var_
        w247_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_weight_ = self.w247_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_weight_
        w248_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_bias_ = self.w248_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_bias_
        w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_ = self.w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_
        w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = self.w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_
        w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_ = self.w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_
        w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_ = self.w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_
        w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_ = self.w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_
        w254_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv2_parameters_weight_ = self.w254_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv2_parameters_weight_
        w255_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_mean_ = self.w255_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_mean_
        w256_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_var_ = self.w256_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_var_
        w257_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_weight_ = self.w257_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_weight_
        w258_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_bias_ = self.w258_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_bias_
        w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_ = self.w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_
        w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_ = self.w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_
        w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_ = self.w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_
        w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_ = self.w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_
        w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_ = self.w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_
        w264_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv2_parameters_weight_ = self.w264_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv2_parameters_weight_
        w265_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_mean_ = self.w265_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_mean_
        w266_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_var_ = self.w266_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_var_
        w267_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_weight_ = self.w267_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_weight_
        w268_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_bias_ = self.w268_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_bias_
        w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_ = self.w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_
        w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_ = self.w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_
        w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_ = self.w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_
        w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_ = self.w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_
        w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_ = self.w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_
        w274_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv2_parameters_weight_ = self.w274_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv2_parameters_weight_
        w275_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_mean_ = self.w275_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_mean_
        w276_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_var_ = self.w276_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_var_
        w277_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_weight_ = self.w277_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_weight_
        w278_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_bias_ = self.w278_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_bias_
        w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_ = self.w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_
        w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_ = self.w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_
        w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_ = self.w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_
        w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_ = self.w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_
        w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_ = self.w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_
        w284_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv2_parameters_weight_ = self.w284_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv2_parameters_weight_
        w285_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_mean_ = self.w285_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_mean_
        w286_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_var_ = self.w286_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_var_
        w287_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_weight_ = self.w287_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_weight_
        w288_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_bias_ = self.w288_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_bias_
        w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_ = self.w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_
        w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_ = self.w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_
        w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_ = self.w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_
        w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_ = self.w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_
        w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_ = self.w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_
        w294_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv2_parameters_weight_ = self.w294_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv2_parameters_weight_
        w295_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_mean_ = self.w295_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_mean_
        w296_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_var_ = self.w296_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_var_
        w297_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_weight_ = self.w297_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_weight_
        w298_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_bias_ = self.w298_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_bias_
        w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_ = self.w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_
        w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_ = self.w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_
        w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_ = self.w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_
        w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_ = self.w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_
        w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_ = self.w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_
        w304_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv2_parameters_weight_ = self.w304_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv2_parameters_weight_
        w305_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_mean_ = self.w305_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_mean_
        w306_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_var_ = self.w306_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_var_
        w307_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_weight_ = self.w307_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_weight_
        w308_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_bias_ = self.w308_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_bias_
        w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_ = self.w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_
        w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_ = self.w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_
        w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_ = self.w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_
        w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_ = self.w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_
        w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_ = self.w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_
        w314_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv2_parameters_weight_ = self.w314_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv2_parameters_weight_
        w315_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_mean_ = self.w315_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_mean_
        w316_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_var_ = self.w316_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_var_
        w317_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_weight_ = self.w317_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_weight_
        w318_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_bias_ = self.w318_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_bias_
        w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_ = self.w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_
        w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_ = self.w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_
        w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_ = self.w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_
        w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_ = self.w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_
        w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_ = self.w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_
        w324_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv2_parameters_weight_ = self.w324_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv2_parameters_weight_
        w325_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_mean_ = self.w325_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_mean_
        w326_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_var_ = self.w326_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_var_
        w327_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_weight_ = self.w327_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_weight_
        w328_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_bias_ = self.w328_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_bias_
        w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_ = self.w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_
        w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_ = self.w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_
        w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_ = self.w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_
        w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_ = self.w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_
        w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_ = self.w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_
        w334_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv2_parameters_weight_ = self.w334_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv2_parameters_weight_
        w335_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_mean_ = self.w335_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_mean_
        w336_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_var_ = self.w336_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_var_
        w337_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_weight_ = self.w337_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_weight_
        w338_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_bias_ = self.w338_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_bias_
        w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_ = self.w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_
        w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_ = self.w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_
        w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_ = self.w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_
        w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_ = self.w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_
        w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_ = self.w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_
        w344_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv2_parameters_weight_ = self.w344_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv2_parameters_weight_
        w345_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_mean_ = self.w345_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_mean_
        w346_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_var_ = self.w346_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_var_
        w347_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_weight_ = self.w347_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_weight_
        w348_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_bias_ = self.w348_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_bias_
        w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_ = self.w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_
        w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_ = self.w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_
        w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_ = self.w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_
        w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_ = self.w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_
        w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_ = self.w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_
        w354_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv2_parameters_weight_ = self.w354_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv2_parameters_weight_
        w355_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_mean_ = self.w355_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_mean_
        w356_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_var_ = self.w356_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_var_
        w357_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_weight_ = self.w357_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_weight_
        w358_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_bias_ = self.w358_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_bias_
        w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_ = self.w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_
        w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_ = self.w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_
        w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_ = self.w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_
        w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_ = self.w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_
        w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_ = self.w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_
        w364_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv2_parameters_weight_ = self.w364_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv2_parameters_weight_
        w365_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_mean_ = self.w365_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_mean_
        w366_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_var_ = self.w366_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_var_
        w367_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_weight_ = self.w367_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_weight_
        w368_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_bias_ = self.w368_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_bias_
        w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_ = self.w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_
        w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_ = self.w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_
        w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_ = self.w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_
        w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_ = self.w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_
        w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_ = self.w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_
        w374_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv2_parameters_weight_ = self.w374_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv2_parameters_weight_
        w375_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_mean_ = self.w375_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_mean_
        w376_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_var_ = self.w376_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_var_
        w377_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_weight_ = self.w377_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_weight_
        w378_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_bias_ = self.w378_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_bias_
        w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_ = self.w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_
        w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_ = self.w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_
        w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_ = self.w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_
        w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_ = self.w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_
        w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_ = self.w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_
        w384_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv2_parameters_weight_ = self.w384_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv2_parameters_weight_
        w385_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_mean_ = self.w385_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_mean_
        w386_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_var_ = self.w386_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_var_
        w387_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_weight_ = self.w387_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_weight_
        w388_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_bias_ = self.w388_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_bias_
        w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_ = self.w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_
        w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_ = self.w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_
        w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_ = self.w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_
        w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_ = self.w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_
        w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_ = self.w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_
        w394_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv2_parameters_weight_ = self.w394_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv2_parameters_weight_
        w395_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_mean_ = self.w395_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_mean_
        w396_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_var_ = self.w396_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_var_
        w397_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_weight_ = self.w397_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_weight_
        w398_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_bias_ = self.w398_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_bias_
        w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_ = self.w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_
        w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_ = self.w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_
        w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_ = self.w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_
        w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_ = self.w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_
        w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_ = self.w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_
        w404_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv2_parameters_weight_ = self.w404_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv2_parameters_weight_
        w405_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_mean_ = self.w405_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_mean_
        w406_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_var_ = self.w406_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_var_
        w407_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_weight_ = self.w407_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_weight_
        w408_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_bias_ = self.w408_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_bias_
        w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_ = self.w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_
        w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_ = self.w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_
        w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_ = self.w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_
        w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_ = self.w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_
        w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_ = self.w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_
        w414_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv2_parameters_weight_ = self.w414_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv2_parameters_weight_
        w415_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_mean_ = self.w415_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_mean_
        w416_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_var_ = self.w416_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_var_
        w417_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_weight_ = self.w417_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_weight_
        w418_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_bias_ = self.w418_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_bias_
        w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_ = self.w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_
        w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_ = self.w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_
        w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_ = self.w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_
        w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_ = self.w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_
        w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_ = self.w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_
        w424_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv2_parameters_weight_ = self.w424_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv2_parameters_weight_
        w425_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_mean_ = self.w425_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_mean_
        w426_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_var_ = self.w426_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_var_
        w427_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_weight_ = self.w427_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_weight_
        w428_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_bias_ = self.w428_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_bias_
        w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_ = self.w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_
        w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_ = self.w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_
        w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_ = self.w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_
        w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_ = self.w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_
        w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_ = self.w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_
        w434_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv2_parameters_weight_ = self.w434_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv2_parameters_weight_
        w435_l_self_modules_stages_modules_5_modules_norm_buffers_running_mean_ = self.w435_l_self_modules_stages_modules_5_modules_norm_buffers_running_mean_
        w436_l_self_modules_stages_modules_5_modules_norm_buffers_running_var_ = self.w436_l_self_modules_stages_modules_5_modules_norm_buffers_running_var_
        w437_l_self_modules_stages_modules_5_modules_norm_parameters_weight_ = self.w437_l_self_modules_stages_modules_5_modules_norm_parameters_weight_
        w438_l_self_modules_stages_modules_5_modules_norm_parameters_bias_ = self.w438_l_self_modules_stages_modules_5_modules_norm_parameters_bias_
        w439_l_self_modules_stages_modules_5_modules_conv_parameters_weight_ = self.w439_l_self_modules_stages_modules_5_modules_conv_parameters_weight_
        w440_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = self.w440_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_mean_
        w441_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_var_ = self.w441_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_var_
        w442_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_weight_ = self.w442_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_weight_
        w443_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_bias_ = self.w443_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_bias_
        w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_ = self.w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_
        w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = self.w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_
        w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_ = self.w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_
        w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_ = self.w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_
        w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_ = self.w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_
        w449_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv2_parameters_weight_ = self.w449_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv2_parameters_weight_
        w450_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = self.w450_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_mean_
        w451_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_var_ = self.w451_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_var_
        w452_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_weight_ = self.w452_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_weight_
        w453_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_bias_ = self.w453_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_bias_
        w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_ = self.w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_
        w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = self.w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_
        w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_ = self.w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_
        w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_ = self.w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_
        w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_ = self.w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_
        w459_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv2_parameters_weight_ = self.w459_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv2_parameters_weight_
        w460_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = self.w460_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_mean_
        w461_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_var_ = self.w461_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_var_
        w462_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_weight_ = self.w462_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_weight_
        w463_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_bias_ = self.w463_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_bias_
        w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_ = self.w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_
        w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = self.w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_
        w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_ = self.w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_
        w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_ = self.w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_
        w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_ = self.w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_
        w469_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv2_parameters_weight_ = self.w469_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv2_parameters_weight_
        w470_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = self.w470_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_mean_
        w471_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_var_ = self.w471_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_var_
        w472_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_weight_ = self.w472_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_weight_
        w473_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_bias_ = self.w473_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_bias_
        w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_ = self.w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_
        w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = self.w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_
        w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_ = self.w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_
        w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_ = self.w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_
        w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_ = self.w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_
        w479_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv2_parameters_weight_ = self.w479_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv2_parameters_weight_
        w480_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = self.w480_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_mean_
        w481_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_var_ = self.w481_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_var_
        w482_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_weight_ = self.w482_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_weight_
        w483_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_bias_ = self.w483_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_bias_
        w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_ = self.w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_
        w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = self.w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_
        w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_ = self.w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_
        w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_ = self.w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_
        w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_ = self.w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_
        w489_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv2_parameters_weight_ = self.w489_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv2_parameters_weight_
        w490_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = self.w490_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_mean_
        w491_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_var_ = self.w491_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_var_
        w492_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_weight_ = self.w492_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_weight_
        w493_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_bias_ = self.w493_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_bias_
        w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_ = self.w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_
        w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = self.w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_
        w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_ = self.w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_
        w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_ = self.w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_
        w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_ = self.w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_
        w499_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv2_parameters_weight_ = self.w499_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv2_parameters_weight_
        w500_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_mean_ = self.w500_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_mean_
        w501_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_var_ = self.w501_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_var_
        w502_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_weight_ = self.w502_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_weight_
        w503_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_bias_ = self.w503_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_bias_
        w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_ = self.w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_
        w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_ = self.w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_
        w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_ = self.w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_
        w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_ = self.w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_
        w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_ = self.w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_
        w509_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv2_parameters_weight_ = self.w509_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv2_parameters_weight_
        w510_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_mean_ = self.w510_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_mean_
        w511_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_var_ = self.w511_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_var_
        w512_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_weight_ = self.w512_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_weight_
        w513_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_bias_ = self.w513_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_bias_
        w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_ = self.w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_
        w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_ = self.w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_
        w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_ = self.w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_
        w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_ = self.w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_
        w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_ = self.w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_
        w519_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv2_parameters_weight_ = self.w519_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv2_parameters_weight_
        w520_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_mean_ = self.w520_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_mean_
        w521_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_var_ = self.w521_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_var_
        w522_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_weight_ = self.w522_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_weight_
        w523_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_bias_ = self.w523_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_bias_
        w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_ = self.w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_
        w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_ = self.w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_
        w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_ = self.w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_
        w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_ = self.w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_
        w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_ = self.w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_
        w529_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv2_parameters_weight_ = self.w529_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv2_parameters_weight_
        w530_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_mean_ = self.w530_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_mean_
        w531_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_var_ = self.w531_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_var_
        w532_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_weight_ = self.w532_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_weight_
        w533_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_bias_ = self.w533_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_bias_
        w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_ = self.w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_
        w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_ = self.w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_
        w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_ = self.w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_
        w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_ = self.w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_
        w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_ = self.w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_
        w539_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv2_parameters_weight_ = self.w539_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv2_parameters_weight_
        w540_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_mean_ = self.w540_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_mean_
        w541_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_var_ = self.w541_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_var_
        w542_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_weight_ = self.w542_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_weight_
        w543_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_bias_ = self.w543_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_bias_
        w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_ = self.w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_
        w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_ = self.w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_
        w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_ = self.w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_
        w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_ = self.w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_
        w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_ = self.w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_
        w549_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv2_parameters_weight_ = self.w549_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv2_parameters_weight_
        w550_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_mean_ = self.w550_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_mean_
        w551_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_var_ = self.w551_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_var_
        w552_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_weight_ = self.w552_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_weight_
        w553_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_bias_ = self.w553_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_bias_
        w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_ = self.w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_
        w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_ = self.w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_
        w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_ = self.w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_
        w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_ = self.w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_
        w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_ = self.w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_
        w559_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv2_parameters_weight_ = self.w559_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv2_parameters_weight_
        w560_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_mean_ = self.w560_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_mean_
        w561_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_var_ = self.w561_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_var_
        w562_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_weight_ = self.w562_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_weight_
        w563_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_bias_ = self.w563_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_bias_
        w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_ = self.w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_
        w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_ = self.w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_
        w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_ = self.w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_
        w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_ = self.w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_
        w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_ = self.w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_
        w569_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv2_parameters_weight_ = self.w569_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv2_parameters_weight_
        w570_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_mean_ = self.w570_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_mean_
        w571_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_var_ = self.w571_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_var_
        w572_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_weight_ = self.w572_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_weight_
        w573_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_bias_ = self.w573_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_bias_
        w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_ = self.w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_
        w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_ = self.w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_
        w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_ = self.w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_
        w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_ = self.w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_
        w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_ = self.w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_
        w579_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv2_parameters_weight_ = self.w579_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv2_parameters_weight_
        w580_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_mean_ = self.w580_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_mean_
        w581_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_var_ = self.w581_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_var_
        w582_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_weight_ = self.w582_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_weight_
        w583_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_bias_ = self.w583_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_bias_
        w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_ = self.w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_
        w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_ = self.w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_
        w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_ = self.w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_
        w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_ = self.w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_
        w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_ = self.w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_
        w589_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv2_parameters_weight_ = self.w589_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv2_parameters_weight_
        w590_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_mean_ = self.w590_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_mean_
        w591_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_var_ = self.w591_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_var_
        w592_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_weight_ = self.w592_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_weight_
        w593_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_bias_ = self.w593_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_bias_
        w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_ = self.w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_
        w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_ = self.w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_
        w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_ = self.w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_
        w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_ = self.w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_
        w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_ = self.w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_
        w599_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv2_parameters_weight_ = self.w599_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv2_parameters_weight_
        w600_l_self_modules_final_norm_buffers_running_mean_ = self.w600_l_self_modules_final_norm_buffers_running_mean_
        w601_l_self_modules_final_norm_buffers_running_var_ = self.w601_l_self_modules_final_norm_buffers_running_var_
        w602_l_self_modules_final_norm_parameters_weight_ = self.w602_l_self_modules_final_norm_parameters_weight_
        w603_l_self_modules_final_norm_parameters_bias_ = self.w603_l_self_modules_final_norm_parameters_bias_
        w604_l_self_modules_classifier_parameters_weight_ = self.w604_l_self_modules_classifier_parameters_weight_
        w605_l_self_modules_classifier_parameters_bias_ = self.w605_l_self_modules_classifier_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_stem_modules_0_parameters_weight_, None, (2, 2), (3, 3), (1, 1), 1);  l_x_ = w0_l_self_modules_stem_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w1_l_self_modules_stem_modules_1_buffers_running_mean_, w2_l_self_modules_stem_modules_1_buffers_running_var_, w3_l_self_modules_stem_modules_1_parameters_weight_, w4_l_self_modules_stem_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w1_l_self_modules_stem_modules_1_buffers_running_mean_ = w2_l_self_modules_stem_modules_1_buffers_running_var_ = w3_l_self_modules_stem_modules_1_parameters_weight_ = w4_l_self_modules_stem_modules_1_parameters_bias_ = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        input_4 = torch.nn.functional.max_pool2d(input_3, 3, 2, 1, 1, ceil_mode = False, return_indices = False);  input_3 = None
        cat = torch.cat([input_4], 1)
        batch_norm_1 = torch.nn.functional.batch_norm(cat, w5_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_mean_, w6_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_var_, w7_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_weight_, w8_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat = w5_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = w6_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_var_ = w7_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_weight_ = w8_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_bias_ = None
        relu_1 = torch.nn.functional.relu(batch_norm_1);  batch_norm_1 = None
        out = torch.conv2d(relu_1, w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_1 = w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_ = None
        batch_norm_2 = torch.nn.functional.batch_norm(out, w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_, w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_, w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_, w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out = w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_ = w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_ = w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_ = None
        relu_2 = torch.nn.functional.relu(batch_norm_2);  batch_norm_2 = None
        conv2d_2 = torch.conv2d(relu_2, w14_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_2 = w14_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv2_parameters_weight_ = None
        cat_1 = torch.cat([input_4, conv2d_2], 1)
        batch_norm_3 = torch.nn.functional.batch_norm(cat_1, w15_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_mean_, w16_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_var_, w17_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_weight_, w18_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_1 = w15_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = w16_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_var_ = w17_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_weight_ = w18_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_bias_ = None
        relu_3 = torch.nn.functional.relu(batch_norm_3);  batch_norm_3 = None
        out_1 = torch.conv2d(relu_3, w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_3 = w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_ = None
        batch_norm_4 = torch.nn.functional.batch_norm(out_1, w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_, w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_, w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_, w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_1 = w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_ = w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_ = w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_ = None
        relu_4 = torch.nn.functional.relu(batch_norm_4);  batch_norm_4 = None
        conv2d_4 = torch.conv2d(relu_4, w24_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_4 = w24_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv2_parameters_weight_ = None
        cat_2 = torch.cat([input_4, conv2d_2, conv2d_4], 1)
        batch_norm_5 = torch.nn.functional.batch_norm(cat_2, w25_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_mean_, w26_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_var_, w27_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_weight_, w28_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_2 = w25_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = w26_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_var_ = w27_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_weight_ = w28_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_bias_ = None
        relu_5 = torch.nn.functional.relu(batch_norm_5);  batch_norm_5 = None
        out_2 = torch.conv2d(relu_5, w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_5 = w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_ = None
        batch_norm_6 = torch.nn.functional.batch_norm(out_2, w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_, w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_, w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_, w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_2 = w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_ = w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_ = w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_ = None
        relu_6 = torch.nn.functional.relu(batch_norm_6);  batch_norm_6 = None
        conv2d_6 = torch.conv2d(relu_6, w34_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_6 = w34_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv2_parameters_weight_ = None
        cat_3 = torch.cat([input_4, conv2d_2, conv2d_4, conv2d_6], 1)
        batch_norm_7 = torch.nn.functional.batch_norm(cat_3, w35_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_mean_, w36_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_var_, w37_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_weight_, w38_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_3 = w35_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = w36_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_var_ = w37_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_weight_ = w38_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_bias_ = None
        relu_7 = torch.nn.functional.relu(batch_norm_7);  batch_norm_7 = None
        out_3 = torch.conv2d(relu_7, w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_7 = w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_ = None
        batch_norm_8 = torch.nn.functional.batch_norm(out_3, w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_, w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_, w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_, w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_3 = w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_ = w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_ = w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_ = None
        relu_8 = torch.nn.functional.relu(batch_norm_8);  batch_norm_8 = None
        conv2d_8 = torch.conv2d(relu_8, w44_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_8 = w44_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv2_parameters_weight_ = None
        cat_4 = torch.cat([input_4, conv2d_2, conv2d_4, conv2d_6, conv2d_8], 1)
        batch_norm_9 = torch.nn.functional.batch_norm(cat_4, w45_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_mean_, w46_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_var_, w47_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_weight_, w48_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_4 = w45_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = w46_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_var_ = w47_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_weight_ = w48_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_bias_ = None
        relu_9 = torch.nn.functional.relu(batch_norm_9);  batch_norm_9 = None
        out_4 = torch.conv2d(relu_9, w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_9 = w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_ = None
        batch_norm_10 = torch.nn.functional.batch_norm(out_4, w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_, w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_, w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_, w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_4 = w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_ = w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_ = w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_ = None
        relu_10 = torch.nn.functional.relu(batch_norm_10);  batch_norm_10 = None
        conv2d_10 = torch.conv2d(relu_10, w54_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_10 = w54_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv2_parameters_weight_ = None
        cat_5 = torch.cat([input_4, conv2d_2, conv2d_4, conv2d_6, conv2d_8, conv2d_10], 1)
        batch_norm_11 = torch.nn.functional.batch_norm(cat_5, w55_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_mean_, w56_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_var_, w57_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_weight_, w58_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_5 = w55_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = w56_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_var_ = w57_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_weight_ = w58_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_bias_ = None
        relu_11 = torch.nn.functional.relu(batch_norm_11);  batch_norm_11 = None
        out_5 = torch.conv2d(relu_11, w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_11 = w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_ = None
        batch_norm_12 = torch.nn.functional.batch_norm(out_5, w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_, w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_, w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_, w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_5 = w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_ = w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_ = w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_ = None
        relu_12 = torch.nn.functional.relu(batch_norm_12);  batch_norm_12 = None
        conv2d_12 = torch.conv2d(relu_12, w64_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_12 = w64_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv2_parameters_weight_ = None
        input_5 = torch.cat([input_4, conv2d_2, conv2d_4, conv2d_6, conv2d_8, conv2d_10, conv2d_12], 1);  input_4 = conv2d_2 = conv2d_4 = conv2d_6 = conv2d_8 = conv2d_10 = conv2d_12 = None
        batch_norm_13 = torch.nn.functional.batch_norm(input_5, w65_l_self_modules_stages_modules_1_modules_norm_buffers_running_mean_, w66_l_self_modules_stages_modules_1_modules_norm_buffers_running_var_, w67_l_self_modules_stages_modules_1_modules_norm_parameters_weight_, w68_l_self_modules_stages_modules_1_modules_norm_parameters_bias_, False, 0.1, 1e-05);  input_5 = w65_l_self_modules_stages_modules_1_modules_norm_buffers_running_mean_ = w66_l_self_modules_stages_modules_1_modules_norm_buffers_running_var_ = w67_l_self_modules_stages_modules_1_modules_norm_parameters_weight_ = w68_l_self_modules_stages_modules_1_modules_norm_parameters_bias_ = None
        relu_13 = torch.nn.functional.relu(batch_norm_13);  batch_norm_13 = None
        conv2d_13 = torch.conv2d(relu_13, w69_l_self_modules_stages_modules_1_modules_conv_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_13 = w69_l_self_modules_stages_modules_1_modules_conv_parameters_weight_ = None
        input_6 = torch._C._nn.avg_pool2d(conv2d_13, 2);  conv2d_13 = None
        cat_7 = torch.cat([input_6], 1)
        batch_norm_14 = torch.nn.functional.batch_norm(cat_7, w70_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_mean_, w71_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_var_, w72_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_weight_, w73_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_7 = w70_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = w71_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_var_ = w72_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_weight_ = w73_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_bias_ = None
        relu_14 = torch.nn.functional.relu(batch_norm_14);  batch_norm_14 = None
        out_6 = torch.conv2d(relu_14, w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_14 = w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_ = None
        batch_norm_15 = torch.nn.functional.batch_norm(out_6, w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_, w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_, w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_, w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_6 = w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_ = w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_ = w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_ = None
        relu_15 = torch.nn.functional.relu(batch_norm_15);  batch_norm_15 = None
        conv2d_15 = torch.conv2d(relu_15, w79_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_15 = w79_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv2_parameters_weight_ = None
        cat_8 = torch.cat([input_6, conv2d_15], 1)
        batch_norm_16 = torch.nn.functional.batch_norm(cat_8, w80_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_mean_, w81_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_var_, w82_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_weight_, w83_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_8 = w80_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = w81_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_var_ = w82_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_weight_ = w83_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_bias_ = None
        relu_16 = torch.nn.functional.relu(batch_norm_16);  batch_norm_16 = None
        out_7 = torch.conv2d(relu_16, w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_16 = w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_ = None
        batch_norm_17 = torch.nn.functional.batch_norm(out_7, w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_, w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_, w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_, w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_7 = w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_ = w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_ = w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_ = None
        relu_17 = torch.nn.functional.relu(batch_norm_17);  batch_norm_17 = None
        conv2d_17 = torch.conv2d(relu_17, w89_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_17 = w89_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv2_parameters_weight_ = None
        cat_9 = torch.cat([input_6, conv2d_15, conv2d_17], 1)
        batch_norm_18 = torch.nn.functional.batch_norm(cat_9, w90_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_mean_, w91_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_var_, w92_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_weight_, w93_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_9 = w90_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = w91_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_var_ = w92_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_weight_ = w93_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_bias_ = None
        relu_18 = torch.nn.functional.relu(batch_norm_18);  batch_norm_18 = None
        out_8 = torch.conv2d(relu_18, w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_18 = w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_ = None
        batch_norm_19 = torch.nn.functional.batch_norm(out_8, w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_, w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_, w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_, w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_8 = w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_ = w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_ = w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_ = None
        relu_19 = torch.nn.functional.relu(batch_norm_19);  batch_norm_19 = None
        conv2d_19 = torch.conv2d(relu_19, w99_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_19 = w99_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv2_parameters_weight_ = None
        cat_10 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19], 1)
        batch_norm_20 = torch.nn.functional.batch_norm(cat_10, w100_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_mean_, w101_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_var_, w102_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_weight_, w103_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_10 = w100_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = w101_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_var_ = w102_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_weight_ = w103_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_bias_ = None
        relu_20 = torch.nn.functional.relu(batch_norm_20);  batch_norm_20 = None
        out_9 = torch.conv2d(relu_20, w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_20 = w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_ = None
        batch_norm_21 = torch.nn.functional.batch_norm(out_9, w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_, w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_, w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_, w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_9 = w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_ = w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_ = w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_ = None
        relu_21 = torch.nn.functional.relu(batch_norm_21);  batch_norm_21 = None
        conv2d_21 = torch.conv2d(relu_21, w109_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_21 = w109_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv2_parameters_weight_ = None
        cat_11 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21], 1)
        batch_norm_22 = torch.nn.functional.batch_norm(cat_11, w110_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_mean_, w111_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_var_, w112_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_weight_, w113_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_11 = w110_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = w111_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_var_ = w112_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_weight_ = w113_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_bias_ = None
        relu_22 = torch.nn.functional.relu(batch_norm_22);  batch_norm_22 = None
        out_10 = torch.conv2d(relu_22, w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_22 = w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_ = None
        batch_norm_23 = torch.nn.functional.batch_norm(out_10, w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_, w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_, w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_, w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_10 = w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_ = w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_ = w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_ = None
        relu_23 = torch.nn.functional.relu(batch_norm_23);  batch_norm_23 = None
        conv2d_23 = torch.conv2d(relu_23, w119_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_23 = w119_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv2_parameters_weight_ = None
        cat_12 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23], 1)
        batch_norm_24 = torch.nn.functional.batch_norm(cat_12, w120_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_mean_, w121_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_var_, w122_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_weight_, w123_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_12 = w120_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = w121_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_var_ = w122_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_weight_ = w123_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_bias_ = None
        relu_24 = torch.nn.functional.relu(batch_norm_24);  batch_norm_24 = None
        out_11 = torch.conv2d(relu_24, w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_24 = w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_ = None
        batch_norm_25 = torch.nn.functional.batch_norm(out_11, w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_, w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_, w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_, w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_11 = w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_ = w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_ = w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_ = None
        relu_25 = torch.nn.functional.relu(batch_norm_25);  batch_norm_25 = None
        conv2d_25 = torch.conv2d(relu_25, w129_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_25 = w129_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv2_parameters_weight_ = None
        cat_13 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25], 1)
        batch_norm_26 = torch.nn.functional.batch_norm(cat_13, w130_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_mean_, w131_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_var_, w132_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_weight_, w133_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_13 = w130_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_mean_ = w131_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_var_ = w132_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_weight_ = w133_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_bias_ = None
        relu_26 = torch.nn.functional.relu(batch_norm_26);  batch_norm_26 = None
        out_12 = torch.conv2d(relu_26, w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_26 = w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_ = None
        batch_norm_27 = torch.nn.functional.batch_norm(out_12, w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_, w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_, w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_, w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_12 = w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_ = w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_ = w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_ = w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_ = None
        relu_27 = torch.nn.functional.relu(batch_norm_27);  batch_norm_27 = None
        conv2d_27 = torch.conv2d(relu_27, w139_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_27 = w139_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv2_parameters_weight_ = None
        cat_14 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25, conv2d_27], 1)
        batch_norm_28 = torch.nn.functional.batch_norm(cat_14, w140_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_mean_, w141_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_var_, w142_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_weight_, w143_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_14 = w140_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_mean_ = w141_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_var_ = w142_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_weight_ = w143_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_bias_ = None
        relu_28 = torch.nn.functional.relu(batch_norm_28);  batch_norm_28 = None
        out_13 = torch.conv2d(relu_28, w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_28 = w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_ = None
        batch_norm_29 = torch.nn.functional.batch_norm(out_13, w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_, w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_, w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_, w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_13 = w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_ = w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_ = w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_ = w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_ = None
        relu_29 = torch.nn.functional.relu(batch_norm_29);  batch_norm_29 = None
        conv2d_29 = torch.conv2d(relu_29, w149_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_29 = w149_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv2_parameters_weight_ = None
        cat_15 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25, conv2d_27, conv2d_29], 1)
        batch_norm_30 = torch.nn.functional.batch_norm(cat_15, w150_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_mean_, w151_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_var_, w152_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_weight_, w153_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_15 = w150_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_mean_ = w151_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_var_ = w152_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_weight_ = w153_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_bias_ = None
        relu_30 = torch.nn.functional.relu(batch_norm_30);  batch_norm_30 = None
        out_14 = torch.conv2d(relu_30, w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_30 = w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_ = None
        batch_norm_31 = torch.nn.functional.batch_norm(out_14, w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_, w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_, w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_, w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_14 = w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_ = w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_ = w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_ = w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_ = None
        relu_31 = torch.nn.functional.relu(batch_norm_31);  batch_norm_31 = None
        conv2d_31 = torch.conv2d(relu_31, w159_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_31 = w159_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv2_parameters_weight_ = None
        cat_16 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25, conv2d_27, conv2d_29, conv2d_31], 1)
        batch_norm_32 = torch.nn.functional.batch_norm(cat_16, w160_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_mean_, w161_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_var_, w162_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_weight_, w163_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_16 = w160_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_mean_ = w161_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_var_ = w162_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_weight_ = w163_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_bias_ = None
        relu_32 = torch.nn.functional.relu(batch_norm_32);  batch_norm_32 = None
        out_15 = torch.conv2d(relu_32, w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_32 = w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_ = None
        batch_norm_33 = torch.nn.functional.batch_norm(out_15, w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_, w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_, w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_, w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_15 = w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_ = w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_ = w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_ = w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_ = None
        relu_33 = torch.nn.functional.relu(batch_norm_33);  batch_norm_33 = None
        conv2d_33 = torch.conv2d(relu_33, w169_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_33 = w169_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv2_parameters_weight_ = None
        cat_17 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25, conv2d_27, conv2d_29, conv2d_31, conv2d_33], 1)
        batch_norm_34 = torch.nn.functional.batch_norm(cat_17, w170_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_mean_, w171_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_var_, w172_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_weight_, w173_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_17 = w170_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_mean_ = w171_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_var_ = w172_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_weight_ = w173_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_bias_ = None
        relu_34 = torch.nn.functional.relu(batch_norm_34);  batch_norm_34 = None
        out_16 = torch.conv2d(relu_34, w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_34 = w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_ = None
        batch_norm_35 = torch.nn.functional.batch_norm(out_16, w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_, w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_, w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_, w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_16 = w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_ = w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_ = w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_ = w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_ = None
        relu_35 = torch.nn.functional.relu(batch_norm_35);  batch_norm_35 = None
        conv2d_35 = torch.conv2d(relu_35, w179_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_35 = w179_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv2_parameters_weight_ = None
        cat_18 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25, conv2d_27, conv2d_29, conv2d_31, conv2d_33, conv2d_35], 1)
        batch_norm_36 = torch.nn.functional.batch_norm(cat_18, w180_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_mean_, w181_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_var_, w182_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_weight_, w183_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_18 = w180_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_mean_ = w181_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_var_ = w182_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_weight_ = w183_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_bias_ = None
        relu_36 = torch.nn.functional.relu(batch_norm_36);  batch_norm_36 = None
        out_17 = torch.conv2d(relu_36, w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_36 = w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_ = None
        batch_norm_37 = torch.nn.functional.batch_norm(out_17, w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_, w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_, w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_, w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_17 = w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_ = w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_ = w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_ = w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_ = None
        relu_37 = torch.nn.functional.relu(batch_norm_37);  batch_norm_37 = None
        conv2d_37 = torch.conv2d(relu_37, w189_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_37 = w189_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv2_parameters_weight_ = None
        input_7 = torch.cat([input_6, conv2d_15, conv2d_17, conv2d_19, conv2d_21, conv2d_23, conv2d_25, conv2d_27, conv2d_29, conv2d_31, conv2d_33, conv2d_35, conv2d_37], 1);  input_6 = conv2d_15 = conv2d_17 = conv2d_19 = conv2d_21 = conv2d_23 = conv2d_25 = conv2d_27 = conv2d_29 = conv2d_31 = conv2d_33 = conv2d_35 = conv2d_37 = None
        batch_norm_38 = torch.nn.functional.batch_norm(input_7, w190_l_self_modules_stages_modules_3_modules_norm_buffers_running_mean_, w191_l_self_modules_stages_modules_3_modules_norm_buffers_running_var_, w192_l_self_modules_stages_modules_3_modules_norm_parameters_weight_, w193_l_self_modules_stages_modules_3_modules_norm_parameters_bias_, False, 0.1, 1e-05);  input_7 = w190_l_self_modules_stages_modules_3_modules_norm_buffers_running_mean_ = w191_l_self_modules_stages_modules_3_modules_norm_buffers_running_var_ = w192_l_self_modules_stages_modules_3_modules_norm_parameters_weight_ = w193_l_self_modules_stages_modules_3_modules_norm_parameters_bias_ = None
        relu_38 = torch.nn.functional.relu(batch_norm_38);  batch_norm_38 = None
        conv2d_38 = torch.conv2d(relu_38, w194_l_self_modules_stages_modules_3_modules_conv_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_38 = w194_l_self_modules_stages_modules_3_modules_conv_parameters_weight_ = None
        input_8 = torch._C._nn.avg_pool2d(conv2d_38, 2);  conv2d_38 = None
        cat_20 = torch.cat([input_8], 1)
        batch_norm_39 = torch.nn.functional.batch_norm(cat_20, w195_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_mean_, w196_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_var_, w197_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_weight_, w198_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_20 = w195_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = w196_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_var_ = w197_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_weight_ = w198_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_bias_ = None
        relu_39 = torch.nn.functional.relu(batch_norm_39);  batch_norm_39 = None
        out_18 = torch.conv2d(relu_39, w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_39 = w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_ = None
        batch_norm_40 = torch.nn.functional.batch_norm(out_18, w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_, w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_, w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_, w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_18 = w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_ = w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_ = w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_ = None
        relu_40 = torch.nn.functional.relu(batch_norm_40);  batch_norm_40 = None
        conv2d_40 = torch.conv2d(relu_40, w204_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_40 = w204_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv2_parameters_weight_ = None
        cat_21 = torch.cat([input_8, conv2d_40], 1)
        batch_norm_41 = torch.nn.functional.batch_norm(cat_21, w205_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_mean_, w206_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_var_, w207_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_weight_, w208_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_21 = w205_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = w206_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_var_ = w207_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_weight_ = w208_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_bias_ = None
        relu_41 = torch.nn.functional.relu(batch_norm_41);  batch_norm_41 = None
        out_19 = torch.conv2d(relu_41, w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_41 = w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_ = None
        batch_norm_42 = torch.nn.functional.batch_norm(out_19, w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_, w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_, w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_, w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_19 = w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_ = w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_ = w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_ = None
        relu_42 = torch.nn.functional.relu(batch_norm_42);  batch_norm_42 = None
        conv2d_42 = torch.conv2d(relu_42, w214_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_42 = w214_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv2_parameters_weight_ = None
        cat_22 = torch.cat([input_8, conv2d_40, conv2d_42], 1)
        batch_norm_43 = torch.nn.functional.batch_norm(cat_22, w215_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_mean_, w216_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_var_, w217_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_weight_, w218_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_22 = w215_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = w216_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_var_ = w217_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_weight_ = w218_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_bias_ = None
        relu_43 = torch.nn.functional.relu(batch_norm_43);  batch_norm_43 = None
        out_20 = torch.conv2d(relu_43, w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_43 = w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_ = None
        batch_norm_44 = torch.nn.functional.batch_norm(out_20, w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_, w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_, w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_, w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_20 = w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_ = w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_ = w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_ = None
        relu_44 = torch.nn.functional.relu(batch_norm_44);  batch_norm_44 = None
        conv2d_44 = torch.conv2d(relu_44, w224_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_44 = w224_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv2_parameters_weight_ = None
        cat_23 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44], 1)
        batch_norm_45 = torch.nn.functional.batch_norm(cat_23, w225_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_mean_, w226_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_var_, w227_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_weight_, w228_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_23 = w225_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = w226_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_var_ = w227_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_weight_ = w228_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_bias_ = None
        relu_45 = torch.nn.functional.relu(batch_norm_45);  batch_norm_45 = None
        out_21 = torch.conv2d(relu_45, w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_45 = w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_ = None
        batch_norm_46 = torch.nn.functional.batch_norm(out_21, w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_, w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_, w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_, w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_21 = w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_ = w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_ = w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_ = None
        relu_46 = torch.nn.functional.relu(batch_norm_46);  batch_norm_46 = None
        conv2d_46 = torch.conv2d(relu_46, w234_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_46 = w234_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv2_parameters_weight_ = None
        cat_24 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46], 1)
        batch_norm_47 = torch.nn.functional.batch_norm(cat_24, w235_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_mean_, w236_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_var_, w237_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_weight_, w238_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_24 = w235_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = w236_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_var_ = w237_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_weight_ = w238_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_bias_ = None
        relu_47 = torch.nn.functional.relu(batch_norm_47);  batch_norm_47 = None
        out_22 = torch.conv2d(relu_47, w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_47 = w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_ = None
        batch_norm_48 = torch.nn.functional.batch_norm(out_22, w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_, w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_, w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_, w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_22 = w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_ = w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_ = w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_ = None
        relu_48 = torch.nn.functional.relu(batch_norm_48);  batch_norm_48 = None
        conv2d_48 = torch.conv2d(relu_48, w244_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_48 = w244_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv2_parameters_weight_ = None
        cat_25 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48], 1)
        batch_norm_49 = torch.nn.functional.batch_norm(cat_25, w245_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_mean_, w246_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_var_, w247_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_weight_, w248_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_25 = w245_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = w246_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_var_ = w247_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_weight_ = w248_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_bias_ = None
        relu_49 = torch.nn.functional.relu(batch_norm_49);  batch_norm_49 = None
        out_23 = torch.conv2d(relu_49, w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_49 = w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_ = None
        batch_norm_50 = torch.nn.functional.batch_norm(out_23, w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_, w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_, w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_, w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_23 = w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_ = w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_ = w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_ = None
        relu_50 = torch.nn.functional.relu(batch_norm_50);  batch_norm_50 = None
        conv2d_50 = torch.conv2d(relu_50, w254_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_50 = w254_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv2_parameters_weight_ = None
        cat_26 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50], 1)
        batch_norm_51 = torch.nn.functional.batch_norm(cat_26, w255_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_mean_, w256_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_var_, w257_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_weight_, w258_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_26 = w255_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_mean_ = w256_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_var_ = w257_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_weight_ = w258_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_bias_ = None
        relu_51 = torch.nn.functional.relu(batch_norm_51);  batch_norm_51 = None
        out_24 = torch.conv2d(relu_51, w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_51 = w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_ = None
        batch_norm_52 = torch.nn.functional.batch_norm(out_24, w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_, w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_, w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_, w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_24 = w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_ = w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_ = w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_ = w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_ = None
        relu_52 = torch.nn.functional.relu(batch_norm_52);  batch_norm_52 = None
        conv2d_52 = torch.conv2d(relu_52, w264_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_52 = w264_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv2_parameters_weight_ = None
        cat_27 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52], 1)
        batch_norm_53 = torch.nn.functional.batch_norm(cat_27, w265_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_mean_, w266_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_var_, w267_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_weight_, w268_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_27 = w265_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_mean_ = w266_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_var_ = w267_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_weight_ = w268_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_bias_ = None
        relu_53 = torch.nn.functional.relu(batch_norm_53);  batch_norm_53 = None
        out_25 = torch.conv2d(relu_53, w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_53 = w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_ = None
        batch_norm_54 = torch.nn.functional.batch_norm(out_25, w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_, w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_, w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_, w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_25 = w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_ = w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_ = w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_ = w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_ = None
        relu_54 = torch.nn.functional.relu(batch_norm_54);  batch_norm_54 = None
        conv2d_54 = torch.conv2d(relu_54, w274_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_54 = w274_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv2_parameters_weight_ = None
        cat_28 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54], 1)
        batch_norm_55 = torch.nn.functional.batch_norm(cat_28, w275_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_mean_, w276_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_var_, w277_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_weight_, w278_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_28 = w275_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_mean_ = w276_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_var_ = w277_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_weight_ = w278_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_bias_ = None
        relu_55 = torch.nn.functional.relu(batch_norm_55);  batch_norm_55 = None
        out_26 = torch.conv2d(relu_55, w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_55 = w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_ = None
        batch_norm_56 = torch.nn.functional.batch_norm(out_26, w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_, w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_, w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_, w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_26 = w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_ = w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_ = w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_ = w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_ = None
        relu_56 = torch.nn.functional.relu(batch_norm_56);  batch_norm_56 = None
        conv2d_56 = torch.conv2d(relu_56, w284_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_56 = w284_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv2_parameters_weight_ = None
        cat_29 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56], 1)
        batch_norm_57 = torch.nn.functional.batch_norm(cat_29, w285_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_mean_, w286_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_var_, w287_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_weight_, w288_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_29 = w285_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_mean_ = w286_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_var_ = w287_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_weight_ = w288_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_bias_ = None
        relu_57 = torch.nn.functional.relu(batch_norm_57);  batch_norm_57 = None
        out_27 = torch.conv2d(relu_57, w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_57 = w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_ = None
        batch_norm_58 = torch.nn.functional.batch_norm(out_27, w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_, w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_, w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_, w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_27 = w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_ = w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_ = w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_ = w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_ = None
        relu_58 = torch.nn.functional.relu(batch_norm_58);  batch_norm_58 = None
        conv2d_58 = torch.conv2d(relu_58, w294_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_58 = w294_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv2_parameters_weight_ = None
        cat_30 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58], 1)
        batch_norm_59 = torch.nn.functional.batch_norm(cat_30, w295_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_mean_, w296_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_var_, w297_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_weight_, w298_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_30 = w295_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_mean_ = w296_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_var_ = w297_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_weight_ = w298_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_bias_ = None
        relu_59 = torch.nn.functional.relu(batch_norm_59);  batch_norm_59 = None
        out_28 = torch.conv2d(relu_59, w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_59 = w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_ = None
        batch_norm_60 = torch.nn.functional.batch_norm(out_28, w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_, w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_, w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_, w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_28 = w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_ = w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_ = w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_ = w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_ = None
        relu_60 = torch.nn.functional.relu(batch_norm_60);  batch_norm_60 = None
        conv2d_60 = torch.conv2d(relu_60, w304_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_60 = w304_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv2_parameters_weight_ = None
        cat_31 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60], 1)
        batch_norm_61 = torch.nn.functional.batch_norm(cat_31, w305_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_mean_, w306_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_var_, w307_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_weight_, w308_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_31 = w305_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_mean_ = w306_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_var_ = w307_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_weight_ = w308_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_bias_ = None
        relu_61 = torch.nn.functional.relu(batch_norm_61);  batch_norm_61 = None
        out_29 = torch.conv2d(relu_61, w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_61 = w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_ = None
        batch_norm_62 = torch.nn.functional.batch_norm(out_29, w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_, w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_, w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_, w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_29 = w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_ = w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_ = w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_ = w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_ = None
        relu_62 = torch.nn.functional.relu(batch_norm_62);  batch_norm_62 = None
        conv2d_62 = torch.conv2d(relu_62, w314_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_62 = w314_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv2_parameters_weight_ = None
        cat_32 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62], 1)
        batch_norm_63 = torch.nn.functional.batch_norm(cat_32, w315_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_mean_, w316_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_var_, w317_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_weight_, w318_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_32 = w315_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_mean_ = w316_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_var_ = w317_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_weight_ = w318_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_bias_ = None
        relu_63 = torch.nn.functional.relu(batch_norm_63);  batch_norm_63 = None
        out_30 = torch.conv2d(relu_63, w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_63 = w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_ = None
        batch_norm_64 = torch.nn.functional.batch_norm(out_30, w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_, w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_, w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_, w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_30 = w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_ = w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_ = w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_ = w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_ = None
        relu_64 = torch.nn.functional.relu(batch_norm_64);  batch_norm_64 = None
        conv2d_64 = torch.conv2d(relu_64, w324_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_64 = w324_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv2_parameters_weight_ = None
        cat_33 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64], 1)
        batch_norm_65 = torch.nn.functional.batch_norm(cat_33, w325_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_mean_, w326_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_var_, w327_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_weight_, w328_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_33 = w325_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_mean_ = w326_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_var_ = w327_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_weight_ = w328_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_bias_ = None
        relu_65 = torch.nn.functional.relu(batch_norm_65);  batch_norm_65 = None
        out_31 = torch.conv2d(relu_65, w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_65 = w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_ = None
        batch_norm_66 = torch.nn.functional.batch_norm(out_31, w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_, w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_, w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_, w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_31 = w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_ = w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_ = w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_ = w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_ = None
        relu_66 = torch.nn.functional.relu(batch_norm_66);  batch_norm_66 = None
        conv2d_66 = torch.conv2d(relu_66, w334_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_66 = w334_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv2_parameters_weight_ = None
        cat_34 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66], 1)
        batch_norm_67 = torch.nn.functional.batch_norm(cat_34, w335_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_mean_, w336_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_var_, w337_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_weight_, w338_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_34 = w335_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_mean_ = w336_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_var_ = w337_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_weight_ = w338_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_bias_ = None
        relu_67 = torch.nn.functional.relu(batch_norm_67);  batch_norm_67 = None
        out_32 = torch.conv2d(relu_67, w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_67 = w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_ = None
        batch_norm_68 = torch.nn.functional.batch_norm(out_32, w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_, w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_, w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_, w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_32 = w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_ = w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_ = w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_ = w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_ = None
        relu_68 = torch.nn.functional.relu(batch_norm_68);  batch_norm_68 = None
        conv2d_68 = torch.conv2d(relu_68, w344_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_68 = w344_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv2_parameters_weight_ = None
        cat_35 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68], 1)
        batch_norm_69 = torch.nn.functional.batch_norm(cat_35, w345_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_mean_, w346_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_var_, w347_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_weight_, w348_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_35 = w345_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_mean_ = w346_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_var_ = w347_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_weight_ = w348_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_bias_ = None
        relu_69 = torch.nn.functional.relu(batch_norm_69);  batch_norm_69 = None
        out_33 = torch.conv2d(relu_69, w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_69 = w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_ = None
        batch_norm_70 = torch.nn.functional.batch_norm(out_33, w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_, w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_, w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_, w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_33 = w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_ = w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_ = w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_ = w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_ = None
        relu_70 = torch.nn.functional.relu(batch_norm_70);  batch_norm_70 = None
        conv2d_70 = torch.conv2d(relu_70, w354_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_70 = w354_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv2_parameters_weight_ = None
        cat_36 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70], 1)
        batch_norm_71 = torch.nn.functional.batch_norm(cat_36, w355_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_mean_, w356_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_var_, w357_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_weight_, w358_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_36 = w355_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_mean_ = w356_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_var_ = w357_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_weight_ = w358_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_bias_ = None
        relu_71 = torch.nn.functional.relu(batch_norm_71);  batch_norm_71 = None
        out_34 = torch.conv2d(relu_71, w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_71 = w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_ = None
        batch_norm_72 = torch.nn.functional.batch_norm(out_34, w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_, w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_, w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_, w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_34 = w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_ = w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_ = w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_ = w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_ = None
        relu_72 = torch.nn.functional.relu(batch_norm_72);  batch_norm_72 = None
        conv2d_72 = torch.conv2d(relu_72, w364_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_72 = w364_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv2_parameters_weight_ = None
        cat_37 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72], 1)
        batch_norm_73 = torch.nn.functional.batch_norm(cat_37, w365_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_mean_, w366_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_var_, w367_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_weight_, w368_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_37 = w365_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_mean_ = w366_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_var_ = w367_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_weight_ = w368_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_bias_ = None
        relu_73 = torch.nn.functional.relu(batch_norm_73);  batch_norm_73 = None
        out_35 = torch.conv2d(relu_73, w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_73 = w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_ = None
        batch_norm_74 = torch.nn.functional.batch_norm(out_35, w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_, w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_, w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_, w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_35 = w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_ = w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_ = w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_ = w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_ = None
        relu_74 = torch.nn.functional.relu(batch_norm_74);  batch_norm_74 = None
        conv2d_74 = torch.conv2d(relu_74, w374_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_74 = w374_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv2_parameters_weight_ = None
        cat_38 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74], 1)
        batch_norm_75 = torch.nn.functional.batch_norm(cat_38, w375_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_mean_, w376_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_var_, w377_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_weight_, w378_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_38 = w375_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_mean_ = w376_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_var_ = w377_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_weight_ = w378_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_bias_ = None
        relu_75 = torch.nn.functional.relu(batch_norm_75);  batch_norm_75 = None
        out_36 = torch.conv2d(relu_75, w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_75 = w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_ = None
        batch_norm_76 = torch.nn.functional.batch_norm(out_36, w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_, w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_, w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_, w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_36 = w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_ = w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_ = w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_ = w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_ = None
        relu_76 = torch.nn.functional.relu(batch_norm_76);  batch_norm_76 = None
        conv2d_76 = torch.conv2d(relu_76, w384_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_76 = w384_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv2_parameters_weight_ = None
        cat_39 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74, conv2d_76], 1)
        batch_norm_77 = torch.nn.functional.batch_norm(cat_39, w385_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_mean_, w386_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_var_, w387_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_weight_, w388_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_39 = w385_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_mean_ = w386_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_var_ = w387_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_weight_ = w388_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_bias_ = None
        relu_77 = torch.nn.functional.relu(batch_norm_77);  batch_norm_77 = None
        out_37 = torch.conv2d(relu_77, w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_77 = w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_ = None
        batch_norm_78 = torch.nn.functional.batch_norm(out_37, w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_, w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_, w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_, w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_37 = w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_ = w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_ = w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_ = w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_ = None
        relu_78 = torch.nn.functional.relu(batch_norm_78);  batch_norm_78 = None
        conv2d_78 = torch.conv2d(relu_78, w394_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_78 = w394_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv2_parameters_weight_ = None
        cat_40 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74, conv2d_76, conv2d_78], 1)
        batch_norm_79 = torch.nn.functional.batch_norm(cat_40, w395_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_mean_, w396_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_var_, w397_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_weight_, w398_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_40 = w395_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_mean_ = w396_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_var_ = w397_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_weight_ = w398_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_bias_ = None
        relu_79 = torch.nn.functional.relu(batch_norm_79);  batch_norm_79 = None
        out_38 = torch.conv2d(relu_79, w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_79 = w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_ = None
        batch_norm_80 = torch.nn.functional.batch_norm(out_38, w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_, w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_, w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_, w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_38 = w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_ = w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_ = w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_ = w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_ = None
        relu_80 = torch.nn.functional.relu(batch_norm_80);  batch_norm_80 = None
        conv2d_80 = torch.conv2d(relu_80, w404_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_80 = w404_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv2_parameters_weight_ = None
        cat_41 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74, conv2d_76, conv2d_78, conv2d_80], 1)
        batch_norm_81 = torch.nn.functional.batch_norm(cat_41, w405_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_mean_, w406_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_var_, w407_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_weight_, w408_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_41 = w405_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_mean_ = w406_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_var_ = w407_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_weight_ = w408_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_bias_ = None
        relu_81 = torch.nn.functional.relu(batch_norm_81);  batch_norm_81 = None
        out_39 = torch.conv2d(relu_81, w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_81 = w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_ = None
        batch_norm_82 = torch.nn.functional.batch_norm(out_39, w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_, w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_, w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_, w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_39 = w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_ = w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_ = w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_ = w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_ = None
        relu_82 = torch.nn.functional.relu(batch_norm_82);  batch_norm_82 = None
        conv2d_82 = torch.conv2d(relu_82, w414_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_82 = w414_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv2_parameters_weight_ = None
        cat_42 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74, conv2d_76, conv2d_78, conv2d_80, conv2d_82], 1)
        batch_norm_83 = torch.nn.functional.batch_norm(cat_42, w415_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_mean_, w416_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_var_, w417_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_weight_, w418_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_42 = w415_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_mean_ = w416_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_var_ = w417_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_weight_ = w418_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_bias_ = None
        relu_83 = torch.nn.functional.relu(batch_norm_83);  batch_norm_83 = None
        out_40 = torch.conv2d(relu_83, w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_83 = w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_ = None
        batch_norm_84 = torch.nn.functional.batch_norm(out_40, w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_, w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_, w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_, w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_40 = w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_ = w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_ = w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_ = w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_ = None
        relu_84 = torch.nn.functional.relu(batch_norm_84);  batch_norm_84 = None
        conv2d_84 = torch.conv2d(relu_84, w424_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_84 = w424_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv2_parameters_weight_ = None
        cat_43 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74, conv2d_76, conv2d_78, conv2d_80, conv2d_82, conv2d_84], 1)
        batch_norm_85 = torch.nn.functional.batch_norm(cat_43, w425_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_mean_, w426_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_var_, w427_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_weight_, w428_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_43 = w425_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_mean_ = w426_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_var_ = w427_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_weight_ = w428_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_bias_ = None
        relu_85 = torch.nn.functional.relu(batch_norm_85);  batch_norm_85 = None
        out_41 = torch.conv2d(relu_85, w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_85 = w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_ = None
        batch_norm_86 = torch.nn.functional.batch_norm(out_41, w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_, w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_, w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_, w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_41 = w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_ = w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_ = w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_ = w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_ = None
        relu_86 = torch.nn.functional.relu(batch_norm_86);  batch_norm_86 = None
        conv2d_86 = torch.conv2d(relu_86, w434_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_86 = w434_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv2_parameters_weight_ = None
        input_9 = torch.cat([input_8, conv2d_40, conv2d_42, conv2d_44, conv2d_46, conv2d_48, conv2d_50, conv2d_52, conv2d_54, conv2d_56, conv2d_58, conv2d_60, conv2d_62, conv2d_64, conv2d_66, conv2d_68, conv2d_70, conv2d_72, conv2d_74, conv2d_76, conv2d_78, conv2d_80, conv2d_82, conv2d_84, conv2d_86], 1);  input_8 = conv2d_40 = conv2d_42 = conv2d_44 = conv2d_46 = conv2d_48 = conv2d_50 = conv2d_52 = conv2d_54 = conv2d_56 = conv2d_58 = conv2d_60 = conv2d_62 = conv2d_64 = conv2d_66 = conv2d_68 = conv2d_70 = conv2d_72 = conv2d_74 = conv2d_76 = conv2d_78 = conv2d_80 = conv2d_82 = conv2d_84 = conv2d_86 = None
        batch_norm_87 = torch.nn.functional.batch_norm(input_9, w435_l_self_modules_stages_modules_5_modules_norm_buffers_running_mean_, w436_l_self_modules_stages_modules_5_modules_norm_buffers_running_var_, w437_l_self_modules_stages_modules_5_modules_norm_parameters_weight_, w438_l_self_modules_stages_modules_5_modules_norm_parameters_bias_, False, 0.1, 1e-05);  input_9 = w435_l_self_modules_stages_modules_5_modules_norm_buffers_running_mean_ = w436_l_self_modules_stages_modules_5_modules_norm_buffers_running_var_ = w437_l_self_modules_stages_modules_5_modules_norm_parameters_weight_ = w438_l_self_modules_stages_modules_5_modules_norm_parameters_bias_ = None
        relu_87 = torch.nn.functional.relu(batch_norm_87);  batch_norm_87 = None
        conv2d_87 = torch.conv2d(relu_87, w439_l_self_modules_stages_modules_5_modules_conv_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_87 = w439_l_self_modules_stages_modules_5_modules_conv_parameters_weight_ = None
        input_10 = torch._C._nn.avg_pool2d(conv2d_87, 2);  conv2d_87 = None
        cat_45 = torch.cat([input_10], 1)
        batch_norm_88 = torch.nn.functional.batch_norm(cat_45, w440_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_mean_, w441_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_var_, w442_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_weight_, w443_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_45 = w440_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_mean_ = w441_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_var_ = w442_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_weight_ = w443_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_bias_ = None
        relu_88 = torch.nn.functional.relu(batch_norm_88);  batch_norm_88 = None
        out_42 = torch.conv2d(relu_88, w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_88 = w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_ = None
        batch_norm_89 = torch.nn.functional.batch_norm(out_42, w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_, w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_, w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_, w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_42 = w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_ = w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_ = w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_ = w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_ = None
        relu_89 = torch.nn.functional.relu(batch_norm_89);  batch_norm_89 = None
        conv2d_89 = torch.conv2d(relu_89, w449_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_89 = w449_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv2_parameters_weight_ = None
        cat_46 = torch.cat([input_10, conv2d_89], 1)
        batch_norm_90 = torch.nn.functional.batch_norm(cat_46, w450_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_mean_, w451_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_var_, w452_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_weight_, w453_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_46 = w450_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_mean_ = w451_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_var_ = w452_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_weight_ = w453_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_bias_ = None
        relu_90 = torch.nn.functional.relu(batch_norm_90);  batch_norm_90 = None
        out_43 = torch.conv2d(relu_90, w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_90 = w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_ = None
        batch_norm_91 = torch.nn.functional.batch_norm(out_43, w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_, w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_, w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_, w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_43 = w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_ = w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_ = w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_ = w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_ = None
        relu_91 = torch.nn.functional.relu(batch_norm_91);  batch_norm_91 = None
        conv2d_91 = torch.conv2d(relu_91, w459_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_91 = w459_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv2_parameters_weight_ = None
        cat_47 = torch.cat([input_10, conv2d_89, conv2d_91], 1)
        batch_norm_92 = torch.nn.functional.batch_norm(cat_47, w460_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_mean_, w461_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_var_, w462_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_weight_, w463_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_47 = w460_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_mean_ = w461_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_var_ = w462_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_weight_ = w463_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_bias_ = None
        relu_92 = torch.nn.functional.relu(batch_norm_92);  batch_norm_92 = None
        out_44 = torch.conv2d(relu_92, w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_92 = w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_ = None
        batch_norm_93 = torch.nn.functional.batch_norm(out_44, w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_, w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_, w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_, w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_44 = w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_ = w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_ = w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_ = w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_ = None
        relu_93 = torch.nn.functional.relu(batch_norm_93);  batch_norm_93 = None
        conv2d_93 = torch.conv2d(relu_93, w469_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_93 = w469_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv2_parameters_weight_ = None
        cat_48 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93], 1)
        batch_norm_94 = torch.nn.functional.batch_norm(cat_48, w470_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_mean_, w471_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_var_, w472_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_weight_, w473_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_48 = w470_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_mean_ = w471_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_var_ = w472_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_weight_ = w473_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_bias_ = None
        relu_94 = torch.nn.functional.relu(batch_norm_94);  batch_norm_94 = None
        out_45 = torch.conv2d(relu_94, w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_94 = w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_ = None
        batch_norm_95 = torch.nn.functional.batch_norm(out_45, w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_, w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_, w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_, w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_45 = w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_ = w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_ = w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_ = w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_ = None
        relu_95 = torch.nn.functional.relu(batch_norm_95);  batch_norm_95 = None
        conv2d_95 = torch.conv2d(relu_95, w479_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_95 = w479_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv2_parameters_weight_ = None
        cat_49 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95], 1)
        batch_norm_96 = torch.nn.functional.batch_norm(cat_49, w480_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_mean_, w481_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_var_, w482_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_weight_, w483_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_49 = w480_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_mean_ = w481_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_var_ = w482_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_weight_ = w483_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_bias_ = None
        relu_96 = torch.nn.functional.relu(batch_norm_96);  batch_norm_96 = None
        out_46 = torch.conv2d(relu_96, w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_96 = w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_ = None
        batch_norm_97 = torch.nn.functional.batch_norm(out_46, w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_, w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_, w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_, w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_46 = w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_ = w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_ = w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_ = w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_ = None
        relu_97 = torch.nn.functional.relu(batch_norm_97);  batch_norm_97 = None
        conv2d_97 = torch.conv2d(relu_97, w489_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_97 = w489_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv2_parameters_weight_ = None
        cat_50 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97], 1)
        batch_norm_98 = torch.nn.functional.batch_norm(cat_50, w490_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_mean_, w491_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_var_, w492_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_weight_, w493_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_50 = w490_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_mean_ = w491_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_var_ = w492_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_weight_ = w493_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_bias_ = None
        relu_98 = torch.nn.functional.relu(batch_norm_98);  batch_norm_98 = None
        out_47 = torch.conv2d(relu_98, w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_98 = w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_ = None
        batch_norm_99 = torch.nn.functional.batch_norm(out_47, w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_, w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_, w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_, w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_47 = w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_ = w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_ = w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_ = w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_ = None
        relu_99 = torch.nn.functional.relu(batch_norm_99);  batch_norm_99 = None
        conv2d_99 = torch.conv2d(relu_99, w499_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_99 = w499_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv2_parameters_weight_ = None
        cat_51 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99], 1)
        batch_norm_100 = torch.nn.functional.batch_norm(cat_51, w500_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_mean_, w501_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_var_, w502_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_weight_, w503_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_51 = w500_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_mean_ = w501_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_var_ = w502_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_weight_ = w503_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_bias_ = None
        relu_100 = torch.nn.functional.relu(batch_norm_100);  batch_norm_100 = None
        out_48 = torch.conv2d(relu_100, w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_100 = w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_ = None
        batch_norm_101 = torch.nn.functional.batch_norm(out_48, w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_, w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_, w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_, w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_48 = w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_ = w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_ = w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_ = w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_ = None
        relu_101 = torch.nn.functional.relu(batch_norm_101);  batch_norm_101 = None
        conv2d_101 = torch.conv2d(relu_101, w509_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_101 = w509_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv2_parameters_weight_ = None
        cat_52 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101], 1)
        batch_norm_102 = torch.nn.functional.batch_norm(cat_52, w510_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_mean_, w511_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_var_, w512_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_weight_, w513_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_52 = w510_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_mean_ = w511_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_var_ = w512_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_weight_ = w513_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_bias_ = None
        relu_102 = torch.nn.functional.relu(batch_norm_102);  batch_norm_102 = None
        out_49 = torch.conv2d(relu_102, w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_102 = w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_ = None
        batch_norm_103 = torch.nn.functional.batch_norm(out_49, w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_, w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_, w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_, w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_49 = w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_ = w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_ = w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_ = w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_ = None
        relu_103 = torch.nn.functional.relu(batch_norm_103);  batch_norm_103 = None
        conv2d_103 = torch.conv2d(relu_103, w519_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_103 = w519_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv2_parameters_weight_ = None
        cat_53 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103], 1)
        batch_norm_104 = torch.nn.functional.batch_norm(cat_53, w520_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_mean_, w521_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_var_, w522_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_weight_, w523_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_53 = w520_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_mean_ = w521_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_var_ = w522_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_weight_ = w523_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_bias_ = None
        relu_104 = torch.nn.functional.relu(batch_norm_104);  batch_norm_104 = None
        out_50 = torch.conv2d(relu_104, w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_104 = w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_ = None
        batch_norm_105 = torch.nn.functional.batch_norm(out_50, w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_, w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_, w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_, w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_50 = w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_ = w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_ = w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_ = w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_ = None
        relu_105 = torch.nn.functional.relu(batch_norm_105);  batch_norm_105 = None
        conv2d_105 = torch.conv2d(relu_105, w529_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_105 = w529_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv2_parameters_weight_ = None
        cat_54 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105], 1)
        batch_norm_106 = torch.nn.functional.batch_norm(cat_54, w530_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_mean_, w531_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_var_, w532_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_weight_, w533_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_54 = w530_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_mean_ = w531_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_var_ = w532_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_weight_ = w533_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_bias_ = None
        relu_106 = torch.nn.functional.relu(batch_norm_106);  batch_norm_106 = None
        out_51 = torch.conv2d(relu_106, w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_106 = w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_ = None
        batch_norm_107 = torch.nn.functional.batch_norm(out_51, w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_, w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_, w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_, w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_51 = w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_ = w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_ = w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_ = w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_ = None
        relu_107 = torch.nn.functional.relu(batch_norm_107);  batch_norm_107 = None
        conv2d_107 = torch.conv2d(relu_107, w539_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_107 = w539_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv2_parameters_weight_ = None
        cat_55 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107], 1)
        batch_norm_108 = torch.nn.functional.batch_norm(cat_55, w540_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_mean_, w541_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_var_, w542_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_weight_, w543_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_55 = w540_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_mean_ = w541_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_var_ = w542_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_weight_ = w543_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_bias_ = None
        relu_108 = torch.nn.functional.relu(batch_norm_108);  batch_norm_108 = None
        out_52 = torch.conv2d(relu_108, w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_108 = w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_ = None
        batch_norm_109 = torch.nn.functional.batch_norm(out_52, w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_, w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_, w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_, w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_52 = w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_ = w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_ = w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_ = w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_ = None
        relu_109 = torch.nn.functional.relu(batch_norm_109);  batch_norm_109 = None
        conv2d_109 = torch.conv2d(relu_109, w549_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_109 = w549_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv2_parameters_weight_ = None
        cat_56 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107, conv2d_109], 1)
        batch_norm_110 = torch.nn.functional.batch_norm(cat_56, w550_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_mean_, w551_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_var_, w552_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_weight_, w553_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_56 = w550_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_mean_ = w551_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_var_ = w552_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_weight_ = w553_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_bias_ = None
        relu_110 = torch.nn.functional.relu(batch_norm_110);  batch_norm_110 = None
        out_53 = torch.conv2d(relu_110, w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_110 = w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_ = None
        batch_norm_111 = torch.nn.functional.batch_norm(out_53, w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_, w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_, w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_, w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_53 = w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_ = w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_ = w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_ = w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_ = None
        relu_111 = torch.nn.functional.relu(batch_norm_111);  batch_norm_111 = None
        conv2d_111 = torch.conv2d(relu_111, w559_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_111 = w559_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv2_parameters_weight_ = None
        cat_57 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107, conv2d_109, conv2d_111], 1)
        batch_norm_112 = torch.nn.functional.batch_norm(cat_57, w560_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_mean_, w561_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_var_, w562_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_weight_, w563_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_57 = w560_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_mean_ = w561_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_var_ = w562_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_weight_ = w563_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_bias_ = None
        relu_112 = torch.nn.functional.relu(batch_norm_112);  batch_norm_112 = None
        out_54 = torch.conv2d(relu_112, w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_112 = w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_ = None
        batch_norm_113 = torch.nn.functional.batch_norm(out_54, w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_, w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_, w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_, w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_54 = w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_ = w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_ = w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_ = w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_ = None
        relu_113 = torch.nn.functional.relu(batch_norm_113);  batch_norm_113 = None
        conv2d_113 = torch.conv2d(relu_113, w569_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_113 = w569_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv2_parameters_weight_ = None
        cat_58 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107, conv2d_109, conv2d_111, conv2d_113], 1)
        batch_norm_114 = torch.nn.functional.batch_norm(cat_58, w570_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_mean_, w571_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_var_, w572_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_weight_, w573_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_58 = w570_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_mean_ = w571_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_var_ = w572_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_weight_ = w573_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_bias_ = None
        relu_114 = torch.nn.functional.relu(batch_norm_114);  batch_norm_114 = None
        out_55 = torch.conv2d(relu_114, w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_114 = w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_ = None
        batch_norm_115 = torch.nn.functional.batch_norm(out_55, w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_, w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_, w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_, w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_55 = w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_ = w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_ = w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_ = w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_ = None
        relu_115 = torch.nn.functional.relu(batch_norm_115);  batch_norm_115 = None
        conv2d_115 = torch.conv2d(relu_115, w579_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_115 = w579_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv2_parameters_weight_ = None
        cat_59 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107, conv2d_109, conv2d_111, conv2d_113, conv2d_115], 1)
        batch_norm_116 = torch.nn.functional.batch_norm(cat_59, w580_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_mean_, w581_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_var_, w582_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_weight_, w583_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_59 = w580_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_mean_ = w581_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_var_ = w582_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_weight_ = w583_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_bias_ = None
        relu_116 = torch.nn.functional.relu(batch_norm_116);  batch_norm_116 = None
        out_56 = torch.conv2d(relu_116, w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_116 = w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_ = None
        batch_norm_117 = torch.nn.functional.batch_norm(out_56, w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_, w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_, w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_, w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_56 = w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_ = w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_ = w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_ = w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_ = None
        relu_117 = torch.nn.functional.relu(batch_norm_117);  batch_norm_117 = None
        conv2d_117 = torch.conv2d(relu_117, w589_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_117 = w589_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv2_parameters_weight_ = None
        cat_60 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107, conv2d_109, conv2d_111, conv2d_113, conv2d_115, conv2d_117], 1)
        batch_norm_118 = torch.nn.functional.batch_norm(cat_60, w590_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_mean_, w591_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_var_, w592_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_weight_, w593_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_bias_, False, 0.1, 1e-05);  cat_60 = w590_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_mean_ = w591_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_var_ = w592_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_weight_ = w593_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_bias_ = None
        relu_118 = torch.nn.functional.relu(batch_norm_118);  batch_norm_118 = None
        out_57 = torch.conv2d(relu_118, w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  relu_118 = w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_ = None
        batch_norm_119 = torch.nn.functional.batch_norm(out_57, w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_, w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_, w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_, w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_, False, 0.1, 1e-05);  out_57 = w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_ = w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_ = w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_ = w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_ = None
        relu_119 = torch.nn.functional.relu(batch_norm_119);  batch_norm_119 = None
        conv2d_119 = torch.conv2d(relu_119, w599_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  relu_119 = w599_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv2_parameters_weight_ = None
        input_11 = torch.cat([input_10, conv2d_89, conv2d_91, conv2d_93, conv2d_95, conv2d_97, conv2d_99, conv2d_101, conv2d_103, conv2d_105, conv2d_107, conv2d_109, conv2d_111, conv2d_113, conv2d_115, conv2d_117, conv2d_119], 1);  input_10 = conv2d_89 = conv2d_91 = conv2d_93 = conv2d_95 = conv2d_97 = conv2d_99 = conv2d_101 = conv2d_103 = conv2d_105 = conv2d_107 = conv2d_109 = conv2d_111 = conv2d_113 = conv2d_115 = conv2d_117 = conv2d_119 = None
        batch_norm_120 = torch.nn.functional.batch_norm(input_11, w600_l_self_modules_final_norm_buffers_running_mean_, w601_l_self_modules_final_norm_buffers_running_var_, w602_l_self_modules_final_norm_parameters_weight_, w603_l_self_modules_final_norm_parameters_bias_, False, 0.1, 1e-05);  input_11 = w600_l_self_modules_final_norm_buffers_running_mean_ = w601_l_self_modules_final_norm_buffers_running_var_ = w602_l_self_modules_final_norm_parameters_weight_ = w603_l_self_modules_final_norm_parameters_bias_ = None
        x = torch.nn.functional.relu(batch_norm_120);  batch_norm_120 = None
        adaptive_avg_pool2d = torch.nn.functional.adaptive_avg_pool2d(x, 1);  x = None
        flatten = adaptive_avg_pool2d.flatten(1);  adaptive_avg_pool2d = None
        linear = torch._C._nn.linear(flatten, w604_l_self_modules_classifier_parameters_weight_, w605_l_self_modules_classifier_parameters_bias_);  flatten = w604_l_self_modules_classifier_parameters_weight_ = w605_l_self_modules_classifier_parameters_bias_ = None
        return linear



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
        _pike_tensor((10, 3, 224, 224), (150528, 50176, 224, 1), torch.float32, 'normal', -0.0007798747974447906, 0.999765932559967),
    ]


def get_init_inputs():
    return []


# ------------------------------------------------------------------------------------------------
# pike offline agent: cuda-graph+fold-bn+channels-last+triton-fused
# pike-offline-recipe: {"applied": ["cuda-graph", "fold-bn", "channels-last", "triton-fused"], "channels_last": true, "contiguous": false, "cuda_graph": true, "fold_bn": true, "freeze": false, "inductor_mode": "", "kernel_fp32": false, "path": "graph", "precision": "fp32", "triton": true, "tuning": []}
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
def pk_add(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2007040
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x433 = ((l0) + (l1))
    x434 = tl.where((x433) > 0, (x433), 0.0)
    tl.store(out0 + offs, (x434).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add(a0, a1):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((10, 64, 56, 56), (200704, 1, 3584, 64), dtype=torch.float32, device=a0.device)
    pk_add[(triton.cdiv(2007040, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v439(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 64
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x439 = ((l0) + (1e-05))
    x440 = tl.rsqrt(x439)
    tl.store(out0 + offs, (x440).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v439(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((64, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v439[(triton.cdiv(64, 64),)](a0, o0, BLOCK=64, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_1(in0, in1, in2, in3, in4, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2007040
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x438 = ((l0) - (l1))
    l2 = tl.load(in2 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x441 = ((x438) * (l2))
    l3 = tl.load(in3 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x444 = ((x441) * (l3))
    l4 = tl.load(in4 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x445 = ((x444) + (l4))
    x446 = tl.where((x445) > 0, (x445), 0.0)
    tl.store(out0 + offs, (x446).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_1(a0, a1, a2, a3, a4):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    o0 = torch.empty_strided((10, 64, 56, 56), (200704, 1, 3584, 64), dtype=torch.float32, device=a0.device)
    pk_batch_norm_1[(triton.cdiv(2007040, 2048),)](a0, a1, a2, a3, a4, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_add_1(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 4014080
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x449 = ((l0) + (l1))
    x450 = tl.where((x449) > 0, (x449), 0.0)
    tl.store(out0 + offs, (x450).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_1(a0, a1):
    a0 = _pike_strided(a0, (401408, 1, 7168, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((10, 128, 56, 56), (401408, 1, 7168, 128), dtype=torch.float32, device=a0.device)
    pk_add_1[(triton.cdiv(4014080, 2048),)](a0, a1, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v456(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 96
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x456 = ((l0) + (1e-05))
    x457 = tl.rsqrt(x456)
    tl.store(out0 + offs, (x457).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v456(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((96, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v456[(triton.cdiv(96, 128),)](a0, o0, BLOCK=128, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_3(in0, in1, in2, in3, in4, in5, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3010560
    l0 = (tl.where(((offs % 96)) < 64, tl.load(in0 + (offs % 96) + (offs // 96) * 64 - 0, mask=mask & ((offs % 96) >= 0) & ((offs % 96) < 64), other=0), tl.load(in1 + (offs % 96) + (offs // 96) * 32 - 64, mask=mask & ((offs % 96) >= 64) & ((offs % 96) < 96), other=0))).to(tl.float32)
    l1 = tl.load(in2 + (offs % 96), mask=mask, other=0).to(tl.float32)
    x455 = ((l0) - (l1))
    l2 = tl.load(in3 + (offs % 96), mask=mask, other=0).to(tl.float32)
    x458 = ((x455) * (l2))
    l3 = tl.load(in4 + (offs % 96), mask=mask, other=0).to(tl.float32)
    x461 = ((x458) * (l3))
    l4 = tl.load(in5 + (offs % 96), mask=mask, other=0).to(tl.float32)
    x462 = ((x461) + (l4))
    x463 = tl.where((x462) > 0, (x462), 0.0)
    tl.store(out0 + offs, (x463).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_3(a0, a1, a2, a3, a4, a5):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (100352, 1, 1792, 32))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    o0 = torch.empty_strided((10, 96, 56, 56), (301056, 1, 5376, 96), dtype=torch.float32, device=a0.device)
    pk_batch_norm_3[(triton.cdiv(3010560, 2048),)](a0, a1, a2, a3, a4, a5, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v473(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 128
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x473 = ((l0) + (1e-05))
    x474 = tl.rsqrt(x473)
    tl.store(out0 + offs, (x474).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v473(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((128, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v473[(triton.cdiv(128, 128),)](a0, o0, BLOCK=128, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_5(in0, in1, in2, in3, in4, in5, in6, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 4014080
    l0 = (tl.where(((offs % 128)) < 64, tl.load(in0 + (offs % 128) + (offs // 128) * 64 - 0, mask=mask & ((offs % 128) >= 0) & ((offs % 128) < 64), other=0), tl.where(((offs % 128)) < 96, tl.load(in1 + (offs % 128) + (offs // 128) * 32 - 64, mask=mask & ((offs % 128) >= 64) & ((offs % 128) < 96), other=0), tl.load(in2 + (offs % 128) + (offs // 128) * 32 - 96, mask=mask & ((offs % 128) >= 96) & ((offs % 128) < 128), other=0)))).to(tl.float32)
    l1 = tl.load(in3 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x472 = ((l0) - (l1))
    l2 = tl.load(in4 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x475 = ((x472) * (l2))
    l3 = tl.load(in5 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x478 = ((x475) * (l3))
    l4 = tl.load(in6 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x479 = ((x478) + (l4))
    x480 = tl.where((x479) > 0, (x479), 0.0)
    tl.store(out0 + offs, (x480).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_5(a0, a1, a2, a3, a4, a5, a6):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (100352, 1, 1792, 32))
    a2 = _pike_strided(a2, (100352, 1, 1792, 32))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    o0 = torch.empty_strided((10, 128, 56, 56), (401408, 1, 7168, 128), dtype=torch.float32, device=a0.device)
    pk_batch_norm_5[(triton.cdiv(4014080, 2048),)](a0, a1, a2, a3, a4, a5, a6, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v490(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 160
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x490 = ((l0) + (1e-05))
    x491 = tl.rsqrt(x490)
    tl.store(out0 + offs, (x491).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v490(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((160, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v490[(triton.cdiv(160, 256),)](a0, o0, BLOCK=256, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_7(in0, in1, in2, in3, in4, in5, in6, in7, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 5017600
    l0 = (tl.where(((offs % 160)) < 64, tl.load(in0 + (offs % 160) + (offs // 160) * 64 - 0, mask=mask & ((offs % 160) >= 0) & ((offs % 160) < 64), other=0), tl.where(((offs % 160)) < 96, tl.load(in1 + (offs % 160) + (offs // 160) * 32 - 64, mask=mask & ((offs % 160) >= 64) & ((offs % 160) < 96), other=0), tl.where(((offs % 160)) < 128, tl.load(in2 + (offs % 160) + (offs // 160) * 32 - 96, mask=mask & ((offs % 160) >= 96) & ((offs % 160) < 128), other=0), tl.load(in3 + (offs % 160) + (offs // 160) * 32 - 128, mask=mask & ((offs % 160) >= 128) & ((offs % 160) < 160), other=0))))).to(tl.float32)
    l1 = tl.load(in4 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x489 = ((l0) - (l1))
    l2 = tl.load(in5 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x492 = ((x489) * (l2))
    l3 = tl.load(in6 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x495 = ((x492) * (l3))
    l4 = tl.load(in7 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x496 = ((x495) + (l4))
    x497 = tl.where((x496) > 0, (x496), 0.0)
    tl.store(out0 + offs, (x497).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_7(a0, a1, a2, a3, a4, a5, a6, a7):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (100352, 1, 1792, 32))
    a2 = _pike_strided(a2, (100352, 1, 1792, 32))
    a3 = _pike_strided(a3, (100352, 1, 1792, 32))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    o0 = torch.empty_strided((10, 160, 56, 56), (501760, 1, 8960, 160), dtype=torch.float32, device=a0.device)
    pk_batch_norm_7[(triton.cdiv(5017600, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v507(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 192
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x507 = ((l0) + (1e-05))
    x508 = tl.rsqrt(x507)
    tl.store(out0 + offs, (x508).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v507(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((192, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v507[(triton.cdiv(192, 256),)](a0, o0, BLOCK=256, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_9(in0, in1, in2, in3, in4, in5, in6, in7, in8, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 6021120
    l0 = (tl.where(((offs % 192)) < 64, tl.load(in0 + (offs % 192) + (offs // 192) * 64 - 0, mask=mask & ((offs % 192) >= 0) & ((offs % 192) < 64), other=0), tl.where(((offs % 192)) < 96, tl.load(in1 + (offs % 192) + (offs // 192) * 32 - 64, mask=mask & ((offs % 192) >= 64) & ((offs % 192) < 96), other=0), tl.where(((offs % 192)) < 128, tl.load(in2 + (offs % 192) + (offs // 192) * 32 - 96, mask=mask & ((offs % 192) >= 96) & ((offs % 192) < 128), other=0), tl.where(((offs % 192)) < 160, tl.load(in3 + (offs % 192) + (offs // 192) * 32 - 128, mask=mask & ((offs % 192) >= 128) & ((offs % 192) < 160), other=0), tl.load(in4 + (offs % 192) + (offs // 192) * 32 - 160, mask=mask & ((offs % 192) >= 160) & ((offs % 192) < 192), other=0)))))).to(tl.float32)
    l1 = tl.load(in5 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x506 = ((l0) - (l1))
    l2 = tl.load(in6 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x509 = ((x506) * (l2))
    l3 = tl.load(in7 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x512 = ((x509) * (l3))
    l4 = tl.load(in8 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x513 = ((x512) + (l4))
    x514 = tl.where((x513) > 0, (x513), 0.0)
    tl.store(out0 + offs, (x514).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_9(a0, a1, a2, a3, a4, a5, a6, a7, a8):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (100352, 1, 1792, 32))
    a2 = _pike_strided(a2, (100352, 1, 1792, 32))
    a3 = _pike_strided(a3, (100352, 1, 1792, 32))
    a4 = _pike_strided(a4, (100352, 1, 1792, 32))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    o0 = torch.empty_strided((10, 192, 56, 56), (602112, 1, 10752, 192), dtype=torch.float32, device=a0.device)
    pk_batch_norm_9[(triton.cdiv(6021120, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v524(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 224
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x524 = ((l0) + (1e-05))
    x525 = tl.rsqrt(x524)
    tl.store(out0 + offs, (x525).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v524(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((224, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v524[(triton.cdiv(224, 256),)](a0, o0, BLOCK=256, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_11(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 7024640
    l0 = (tl.where(((offs % 224)) < 64, tl.load(in0 + (offs % 224) + (offs // 224) * 64 - 0, mask=mask & ((offs % 224) >= 0) & ((offs % 224) < 64), other=0), tl.where(((offs % 224)) < 96, tl.load(in1 + (offs % 224) + (offs // 224) * 32 - 64, mask=mask & ((offs % 224) >= 64) & ((offs % 224) < 96), other=0), tl.where(((offs % 224)) < 128, tl.load(in2 + (offs % 224) + (offs // 224) * 32 - 96, mask=mask & ((offs % 224) >= 96) & ((offs % 224) < 128), other=0), tl.where(((offs % 224)) < 160, tl.load(in3 + (offs % 224) + (offs // 224) * 32 - 128, mask=mask & ((offs % 224) >= 128) & ((offs % 224) < 160), other=0), tl.where(((offs % 224)) < 192, tl.load(in4 + (offs % 224) + (offs // 224) * 32 - 160, mask=mask & ((offs % 224) >= 160) & ((offs % 224) < 192), other=0), tl.load(in5 + (offs % 224) + (offs // 224) * 32 - 192, mask=mask & ((offs % 224) >= 192) & ((offs % 224) < 224), other=0))))))).to(tl.float32)
    l1 = tl.load(in6 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x523 = ((l0) - (l1))
    l2 = tl.load(in7 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x526 = ((x523) * (l2))
    l3 = tl.load(in8 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x529 = ((x526) * (l3))
    l4 = tl.load(in9 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x530 = ((x529) + (l4))
    x531 = tl.where((x530) > 0, (x530), 0.0)
    tl.store(out0 + offs, (x531).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_11(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (100352, 1, 1792, 32))
    a2 = _pike_strided(a2, (100352, 1, 1792, 32))
    a3 = _pike_strided(a3, (100352, 1, 1792, 32))
    a4 = _pike_strided(a4, (100352, 1, 1792, 32))
    a5 = _pike_strided(a5, (100352, 1, 1792, 32))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    o0 = torch.empty_strided((10, 224, 56, 56), (702464, 1, 12544, 224), dtype=torch.float32, device=a0.device)
    pk_batch_norm_11[(triton.cdiv(7024640, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v541(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 256
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x541 = ((l0) + (1e-05))
    x542 = tl.rsqrt(x541)
    tl.store(out0 + offs, (x542).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v541(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((256, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v541[(triton.cdiv(256, 256),)](a0, o0, BLOCK=256, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_13(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 8028160
    l0 = (tl.where(((offs % 256)) < 64, tl.load(in0 + (offs % 256) + (offs // 256) * 64 - 0, mask=mask & ((offs % 256) >= 0) & ((offs % 256) < 64), other=0), tl.where(((offs % 256)) < 96, tl.load(in1 + (offs % 256) + (offs // 256) * 32 - 64, mask=mask & ((offs % 256) >= 64) & ((offs % 256) < 96), other=0), tl.where(((offs % 256)) < 128, tl.load(in2 + (offs % 256) + (offs // 256) * 32 - 96, mask=mask & ((offs % 256) >= 96) & ((offs % 256) < 128), other=0), tl.where(((offs % 256)) < 160, tl.load(in3 + (offs % 256) + (offs // 256) * 32 - 128, mask=mask & ((offs % 256) >= 128) & ((offs % 256) < 160), other=0), tl.where(((offs % 256)) < 192, tl.load(in4 + (offs % 256) + (offs // 256) * 32 - 160, mask=mask & ((offs % 256) >= 160) & ((offs % 256) < 192), other=0), tl.where(((offs % 256)) < 224, tl.load(in5 + (offs % 256) + (offs // 256) * 32 - 192, mask=mask & ((offs % 256) >= 192) & ((offs % 256) < 224), other=0), tl.load(in6 + (offs % 256) + (offs // 256) * 32 - 224, mask=mask & ((offs % 256) >= 224) & ((offs % 256) < 256), other=0)))))))).to(tl.float32)
    l1 = tl.load(in7 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x540 = ((l0) - (l1))
    l2 = tl.load(in8 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x543 = ((x540) * (l2))
    l3 = tl.load(in9 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x546 = ((x543) * (l3))
    l4 = tl.load(in10 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x547 = ((x546) + (l4))
    x548 = tl.where((x547) > 0, (x547), 0.0)
    tl.store(out0 + offs, (x548).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_13(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10):
    a0 = _pike_strided(a0, (200704, 1, 3584, 64))
    a1 = _pike_strided(a1, (100352, 1, 1792, 32))
    a2 = _pike_strided(a2, (100352, 1, 1792, 32))
    a3 = _pike_strided(a3, (100352, 1, 1792, 32))
    a4 = _pike_strided(a4, (100352, 1, 1792, 32))
    a5 = _pike_strided(a5, (100352, 1, 1792, 32))
    a6 = _pike_strided(a6, (100352, 1, 1792, 32))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    o0 = torch.empty_strided((10, 256, 56, 56), (802816, 1, 14336, 256), dtype=torch.float32, device=a0.device)
    pk_batch_norm_13[(triton.cdiv(8028160, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_batch_norm_14(in0, in1, in2, in3, in4, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1003520
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x554 = ((l0) - (l1))
    l2 = tl.load(in2 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x557 = ((x554) * (l2))
    l3 = tl.load(in3 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x560 = ((x557) * (l3))
    l4 = tl.load(in4 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x561 = ((x560) + (l4))
    x562 = tl.where((x561) > 0, (x561), 0.0)
    tl.store(out0 + offs, (x562).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_14(a0, a1, a2, a3, a4):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    o0 = torch.empty_strided((10, 128, 28, 28), (100352, 1, 3584, 128), dtype=torch.float32, device=a0.device)
    pk_batch_norm_14[(triton.cdiv(1003520, 1024),)](a0, a1, a2, a3, a4, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_7(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1003520
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x565 = ((l0) + (l1))
    x566 = tl.where((x565) > 0, (x565), 0.0)
    tl.store(out0 + offs, (x566).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_7(a0, a1):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((10, 128, 28, 28), (100352, 1, 3584, 128), dtype=torch.float32, device=a0.device)
    pk_add_7[(triton.cdiv(1003520, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_16(in0, in1, in2, in3, in4, in5, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1254400
    l0 = (tl.where(((offs % 160)) < 128, tl.load(in0 + (offs % 160) + (offs // 160) * 128 - 0, mask=mask & ((offs % 160) >= 0) & ((offs % 160) < 128), other=0), tl.load(in1 + (offs % 160) + (offs // 160) * 32 - 128, mask=mask & ((offs % 160) >= 128) & ((offs % 160) < 160), other=0))).to(tl.float32)
    l1 = tl.load(in2 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x571 = ((l0) - (l1))
    l2 = tl.load(in3 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x574 = ((x571) * (l2))
    l3 = tl.load(in4 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x577 = ((x574) * (l3))
    l4 = tl.load(in5 + (offs % 160), mask=mask, other=0).to(tl.float32)
    x578 = ((x577) + (l4))
    x579 = tl.where((x578) > 0, (x578), 0.0)
    tl.store(out0 + offs, (x579).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_16(a0, a1, a2, a3, a4, a5):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    o0 = torch.empty_strided((10, 160, 28, 28), (125440, 1, 4480, 160), dtype=torch.float32, device=a0.device)
    pk_batch_norm_16[(triton.cdiv(1254400, 2048),)](a0, a1, a2, a3, a4, a5, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_batch_norm_18(in0, in1, in2, in3, in4, in5, in6, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1505280
    l0 = (tl.where(((offs % 192)) < 128, tl.load(in0 + (offs % 192) + (offs // 192) * 128 - 0, mask=mask & ((offs % 192) >= 0) & ((offs % 192) < 128), other=0), tl.where(((offs % 192)) < 160, tl.load(in1 + (offs % 192) + (offs // 192) * 32 - 128, mask=mask & ((offs % 192) >= 128) & ((offs % 192) < 160), other=0), tl.load(in2 + (offs % 192) + (offs // 192) * 32 - 160, mask=mask & ((offs % 192) >= 160) & ((offs % 192) < 192), other=0)))).to(tl.float32)
    l1 = tl.load(in3 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x588 = ((l0) - (l1))
    l2 = tl.load(in4 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x591 = ((x588) * (l2))
    l3 = tl.load(in5 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x594 = ((x591) * (l3))
    l4 = tl.load(in6 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x595 = ((x594) + (l4))
    x596 = tl.where((x595) > 0, (x595), 0.0)
    tl.store(out0 + offs, (x596).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_18(a0, a1, a2, a3, a4, a5, a6):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    o0 = torch.empty_strided((10, 192, 28, 28), (150528, 1, 5376, 192), dtype=torch.float32, device=a0.device)
    pk_batch_norm_18[(triton.cdiv(1505280, 2048),)](a0, a1, a2, a3, a4, a5, a6, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_batch_norm_20(in0, in1, in2, in3, in4, in5, in6, in7, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1756160
    l0 = (tl.where(((offs % 224)) < 128, tl.load(in0 + (offs % 224) + (offs // 224) * 128 - 0, mask=mask & ((offs % 224) >= 0) & ((offs % 224) < 128), other=0), tl.where(((offs % 224)) < 160, tl.load(in1 + (offs % 224) + (offs // 224) * 32 - 128, mask=mask & ((offs % 224) >= 128) & ((offs % 224) < 160), other=0), tl.where(((offs % 224)) < 192, tl.load(in2 + (offs % 224) + (offs // 224) * 32 - 160, mask=mask & ((offs % 224) >= 160) & ((offs % 224) < 192), other=0), tl.load(in3 + (offs % 224) + (offs // 224) * 32 - 192, mask=mask & ((offs % 224) >= 192) & ((offs % 224) < 224), other=0))))).to(tl.float32)
    l1 = tl.load(in4 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x605 = ((l0) - (l1))
    l2 = tl.load(in5 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x608 = ((x605) * (l2))
    l3 = tl.load(in6 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x611 = ((x608) * (l3))
    l4 = tl.load(in7 + (offs % 224), mask=mask, other=0).to(tl.float32)
    x612 = ((x611) + (l4))
    x613 = tl.where((x612) > 0, (x612), 0.0)
    tl.store(out0 + offs, (x613).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_20(a0, a1, a2, a3, a4, a5, a6, a7):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    o0 = torch.empty_strided((10, 224, 28, 28), (175616, 1, 6272, 224), dtype=torch.float32, device=a0.device)
    pk_batch_norm_20[(triton.cdiv(1756160, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_batch_norm_22(in0, in1, in2, in3, in4, in5, in6, in7, in8, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2007040
    l0 = (tl.where(((offs % 256)) < 128, tl.load(in0 + (offs % 256) + (offs // 256) * 128 - 0, mask=mask & ((offs % 256) >= 0) & ((offs % 256) < 128), other=0), tl.where(((offs % 256)) < 160, tl.load(in1 + (offs % 256) + (offs // 256) * 32 - 128, mask=mask & ((offs % 256) >= 128) & ((offs % 256) < 160), other=0), tl.where(((offs % 256)) < 192, tl.load(in2 + (offs % 256) + (offs // 256) * 32 - 160, mask=mask & ((offs % 256) >= 160) & ((offs % 256) < 192), other=0), tl.where(((offs % 256)) < 224, tl.load(in3 + (offs % 256) + (offs // 256) * 32 - 192, mask=mask & ((offs % 256) >= 192) & ((offs % 256) < 224), other=0), tl.load(in4 + (offs % 256) + (offs // 256) * 32 - 224, mask=mask & ((offs % 256) >= 224) & ((offs % 256) < 256), other=0)))))).to(tl.float32)
    l1 = tl.load(in5 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x622 = ((l0) - (l1))
    l2 = tl.load(in6 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x625 = ((x622) * (l2))
    l3 = tl.load(in7 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x628 = ((x625) * (l3))
    l4 = tl.load(in8 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x629 = ((x628) + (l4))
    x630 = tl.where((x629) > 0, (x629), 0.0)
    tl.store(out0 + offs, (x630).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_22(a0, a1, a2, a3, a4, a5, a6, a7, a8):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    o0 = torch.empty_strided((10, 256, 28, 28), (200704, 1, 7168, 256), dtype=torch.float32, device=a0.device)
    pk_batch_norm_22[(triton.cdiv(2007040, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v640(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 288
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x640 = ((l0) + (1e-05))
    x641 = tl.rsqrt(x640)
    tl.store(out0 + offs, (x641).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v640(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((288, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v640[(triton.cdiv(288, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_24(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2257920
    l0 = (tl.where(((offs % 288)) < 128, tl.load(in0 + (offs % 288) + (offs // 288) * 128 - 0, mask=mask & ((offs % 288) >= 0) & ((offs % 288) < 128), other=0), tl.where(((offs % 288)) < 160, tl.load(in1 + (offs % 288) + (offs // 288) * 32 - 128, mask=mask & ((offs % 288) >= 128) & ((offs % 288) < 160), other=0), tl.where(((offs % 288)) < 192, tl.load(in2 + (offs % 288) + (offs // 288) * 32 - 160, mask=mask & ((offs % 288) >= 160) & ((offs % 288) < 192), other=0), tl.where(((offs % 288)) < 224, tl.load(in3 + (offs % 288) + (offs // 288) * 32 - 192, mask=mask & ((offs % 288) >= 192) & ((offs % 288) < 224), other=0), tl.where(((offs % 288)) < 256, tl.load(in4 + (offs % 288) + (offs // 288) * 32 - 224, mask=mask & ((offs % 288) >= 224) & ((offs % 288) < 256), other=0), tl.load(in5 + (offs % 288) + (offs // 288) * 32 - 256, mask=mask & ((offs % 288) >= 256) & ((offs % 288) < 288), other=0))))))).to(tl.float32)
    l1 = tl.load(in6 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x639 = ((l0) - (l1))
    l2 = tl.load(in7 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x642 = ((x639) * (l2))
    l3 = tl.load(in8 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x645 = ((x642) * (l3))
    l4 = tl.load(in9 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x646 = ((x645) + (l4))
    x647 = tl.where((x646) > 0, (x646), 0.0)
    tl.store(out0 + offs, (x647).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_24(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    o0 = torch.empty_strided((10, 288, 28, 28), (225792, 1, 8064, 288), dtype=torch.float32, device=a0.device)
    pk_batch_norm_24[(triton.cdiv(2257920, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v657(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 320
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x657 = ((l0) + (1e-05))
    x658 = tl.rsqrt(x657)
    tl.store(out0 + offs, (x658).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v657(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((320, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v657[(triton.cdiv(320, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_26(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2508800
    l0 = (tl.where(((offs % 320)) < 128, tl.load(in0 + (offs % 320) + (offs // 320) * 128 - 0, mask=mask & ((offs % 320) >= 0) & ((offs % 320) < 128), other=0), tl.where(((offs % 320)) < 160, tl.load(in1 + (offs % 320) + (offs // 320) * 32 - 128, mask=mask & ((offs % 320) >= 128) & ((offs % 320) < 160), other=0), tl.where(((offs % 320)) < 192, tl.load(in2 + (offs % 320) + (offs // 320) * 32 - 160, mask=mask & ((offs % 320) >= 160) & ((offs % 320) < 192), other=0), tl.where(((offs % 320)) < 224, tl.load(in3 + (offs % 320) + (offs // 320) * 32 - 192, mask=mask & ((offs % 320) >= 192) & ((offs % 320) < 224), other=0), tl.where(((offs % 320)) < 256, tl.load(in4 + (offs % 320) + (offs // 320) * 32 - 224, mask=mask & ((offs % 320) >= 224) & ((offs % 320) < 256), other=0), tl.where(((offs % 320)) < 288, tl.load(in5 + (offs % 320) + (offs // 320) * 32 - 256, mask=mask & ((offs % 320) >= 256) & ((offs % 320) < 288), other=0), tl.load(in6 + (offs % 320) + (offs // 320) * 32 - 288, mask=mask & ((offs % 320) >= 288) & ((offs % 320) < 320), other=0)))))))).to(tl.float32)
    l1 = tl.load(in7 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x656 = ((l0) - (l1))
    l2 = tl.load(in8 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x659 = ((x656) * (l2))
    l3 = tl.load(in9 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x662 = ((x659) * (l3))
    l4 = tl.load(in10 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x663 = ((x662) + (l4))
    x664 = tl.where((x663) > 0, (x663), 0.0)
    tl.store(out0 + offs, (x664).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_26(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    o0 = torch.empty_strided((10, 320, 28, 28), (250880, 1, 8960, 320), dtype=torch.float32, device=a0.device)
    pk_batch_norm_26[(triton.cdiv(2508800, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v674(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 352
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x674 = ((l0) + (1e-05))
    x675 = tl.rsqrt(x674)
    tl.store(out0 + offs, (x675).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v674(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((352, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v674[(triton.cdiv(352, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_28(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2759680
    l0 = (tl.where(((offs % 352)) < 128, tl.load(in0 + (offs % 352) + (offs // 352) * 128 - 0, mask=mask & ((offs % 352) >= 0) & ((offs % 352) < 128), other=0), tl.where(((offs % 352)) < 160, tl.load(in1 + (offs % 352) + (offs // 352) * 32 - 128, mask=mask & ((offs % 352) >= 128) & ((offs % 352) < 160), other=0), tl.where(((offs % 352)) < 192, tl.load(in2 + (offs % 352) + (offs // 352) * 32 - 160, mask=mask & ((offs % 352) >= 160) & ((offs % 352) < 192), other=0), tl.where(((offs % 352)) < 224, tl.load(in3 + (offs % 352) + (offs // 352) * 32 - 192, mask=mask & ((offs % 352) >= 192) & ((offs % 352) < 224), other=0), tl.where(((offs % 352)) < 256, tl.load(in4 + (offs % 352) + (offs // 352) * 32 - 224, mask=mask & ((offs % 352) >= 224) & ((offs % 352) < 256), other=0), tl.where(((offs % 352)) < 288, tl.load(in5 + (offs % 352) + (offs // 352) * 32 - 256, mask=mask & ((offs % 352) >= 256) & ((offs % 352) < 288), other=0), tl.where(((offs % 352)) < 320, tl.load(in6 + (offs % 352) + (offs // 352) * 32 - 288, mask=mask & ((offs % 352) >= 288) & ((offs % 352) < 320), other=0), tl.load(in7 + (offs % 352) + (offs // 352) * 32 - 320, mask=mask & ((offs % 352) >= 320) & ((offs % 352) < 352), other=0))))))))).to(tl.float32)
    l1 = tl.load(in8 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x673 = ((l0) - (l1))
    l2 = tl.load(in9 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x676 = ((x673) * (l2))
    l3 = tl.load(in10 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x679 = ((x676) * (l3))
    l4 = tl.load(in11 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x680 = ((x679) + (l4))
    x681 = tl.where((x680) > 0, (x680), 0.0)
    tl.store(out0 + offs, (x681).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_28(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (25088, 1, 896, 32))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    o0 = torch.empty_strided((10, 352, 28, 28), (275968, 1, 9856, 352), dtype=torch.float32, device=a0.device)
    pk_batch_norm_28[(triton.cdiv(2759680, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v691(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 384
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x691 = ((l0) + (1e-05))
    x692 = tl.rsqrt(x691)
    tl.store(out0 + offs, (x692).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v691(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((384, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v691[(triton.cdiv(384, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_30(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3010560
    l0 = (tl.where(((offs % 384)) < 128, tl.load(in0 + (offs % 384) + (offs // 384) * 128 - 0, mask=mask & ((offs % 384) >= 0) & ((offs % 384) < 128), other=0), tl.where(((offs % 384)) < 160, tl.load(in1 + (offs % 384) + (offs // 384) * 32 - 128, mask=mask & ((offs % 384) >= 128) & ((offs % 384) < 160), other=0), tl.where(((offs % 384)) < 192, tl.load(in2 + (offs % 384) + (offs // 384) * 32 - 160, mask=mask & ((offs % 384) >= 160) & ((offs % 384) < 192), other=0), tl.where(((offs % 384)) < 224, tl.load(in3 + (offs % 384) + (offs // 384) * 32 - 192, mask=mask & ((offs % 384) >= 192) & ((offs % 384) < 224), other=0), tl.where(((offs % 384)) < 256, tl.load(in4 + (offs % 384) + (offs // 384) * 32 - 224, mask=mask & ((offs % 384) >= 224) & ((offs % 384) < 256), other=0), tl.where(((offs % 384)) < 288, tl.load(in5 + (offs % 384) + (offs // 384) * 32 - 256, mask=mask & ((offs % 384) >= 256) & ((offs % 384) < 288), other=0), tl.where(((offs % 384)) < 320, tl.load(in6 + (offs % 384) + (offs // 384) * 32 - 288, mask=mask & ((offs % 384) >= 288) & ((offs % 384) < 320), other=0), tl.where(((offs % 384)) < 352, tl.load(in7 + (offs % 384) + (offs // 384) * 32 - 320, mask=mask & ((offs % 384) >= 320) & ((offs % 384) < 352), other=0), tl.load(in8 + (offs % 384) + (offs // 384) * 32 - 352, mask=mask & ((offs % 384) >= 352) & ((offs % 384) < 384), other=0)))))))))).to(tl.float32)
    l1 = tl.load(in9 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x690 = ((l0) - (l1))
    l2 = tl.load(in10 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x693 = ((x690) * (l2))
    l3 = tl.load(in11 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x696 = ((x693) * (l3))
    l4 = tl.load(in12 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x697 = ((x696) + (l4))
    x698 = tl.where((x697) > 0, (x697), 0.0)
    tl.store(out0 + offs, (x698).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_30(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (25088, 1, 896, 32))
    a8 = _pike_strided(a8, (25088, 1, 896, 32))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    o0 = torch.empty_strided((10, 384, 28, 28), (301056, 1, 10752, 384), dtype=torch.float32, device=a0.device)
    pk_batch_norm_30[(triton.cdiv(3010560, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v708(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 416
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x708 = ((l0) + (1e-05))
    x709 = tl.rsqrt(x708)
    tl.store(out0 + offs, (x709).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v708(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((416, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v708[(triton.cdiv(416, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_32(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3261440
    l0 = (tl.where(((offs % 416)) < 128, tl.load(in0 + (offs % 416) + (offs // 416) * 128 - 0, mask=mask & ((offs % 416) >= 0) & ((offs % 416) < 128), other=0), tl.where(((offs % 416)) < 160, tl.load(in1 + (offs % 416) + (offs // 416) * 32 - 128, mask=mask & ((offs % 416) >= 128) & ((offs % 416) < 160), other=0), tl.where(((offs % 416)) < 192, tl.load(in2 + (offs % 416) + (offs // 416) * 32 - 160, mask=mask & ((offs % 416) >= 160) & ((offs % 416) < 192), other=0), tl.where(((offs % 416)) < 224, tl.load(in3 + (offs % 416) + (offs // 416) * 32 - 192, mask=mask & ((offs % 416) >= 192) & ((offs % 416) < 224), other=0), tl.where(((offs % 416)) < 256, tl.load(in4 + (offs % 416) + (offs // 416) * 32 - 224, mask=mask & ((offs % 416) >= 224) & ((offs % 416) < 256), other=0), tl.where(((offs % 416)) < 288, tl.load(in5 + (offs % 416) + (offs // 416) * 32 - 256, mask=mask & ((offs % 416) >= 256) & ((offs % 416) < 288), other=0), tl.where(((offs % 416)) < 320, tl.load(in6 + (offs % 416) + (offs // 416) * 32 - 288, mask=mask & ((offs % 416) >= 288) & ((offs % 416) < 320), other=0), tl.where(((offs % 416)) < 352, tl.load(in7 + (offs % 416) + (offs // 416) * 32 - 320, mask=mask & ((offs % 416) >= 320) & ((offs % 416) < 352), other=0), tl.where(((offs % 416)) < 384, tl.load(in8 + (offs % 416) + (offs // 416) * 32 - 352, mask=mask & ((offs % 416) >= 352) & ((offs % 416) < 384), other=0), tl.load(in9 + (offs % 416) + (offs // 416) * 32 - 384, mask=mask & ((offs % 416) >= 384) & ((offs % 416) < 416), other=0))))))))))).to(tl.float32)
    l1 = tl.load(in10 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x707 = ((l0) - (l1))
    l2 = tl.load(in11 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x710 = ((x707) * (l2))
    l3 = tl.load(in12 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x713 = ((x710) * (l3))
    l4 = tl.load(in13 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x714 = ((x713) + (l4))
    x715 = tl.where((x714) > 0, (x714), 0.0)
    tl.store(out0 + offs, (x715).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_32(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (25088, 1, 896, 32))
    a8 = _pike_strided(a8, (25088, 1, 896, 32))
    a9 = _pike_strided(a9, (25088, 1, 896, 32))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    o0 = torch.empty_strided((10, 416, 28, 28), (326144, 1, 11648, 416), dtype=torch.float32, device=a0.device)
    pk_batch_norm_32[(triton.cdiv(3261440, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v725(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 448
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x725 = ((l0) + (1e-05))
    x726 = tl.rsqrt(x725)
    tl.store(out0 + offs, (x726).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v725(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((448, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v725[(triton.cdiv(448, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_34(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3512320
    l0 = (tl.where(((offs % 448)) < 128, tl.load(in0 + (offs % 448) + (offs // 448) * 128 - 0, mask=mask & ((offs % 448) >= 0) & ((offs % 448) < 128), other=0), tl.where(((offs % 448)) < 160, tl.load(in1 + (offs % 448) + (offs // 448) * 32 - 128, mask=mask & ((offs % 448) >= 128) & ((offs % 448) < 160), other=0), tl.where(((offs % 448)) < 192, tl.load(in2 + (offs % 448) + (offs // 448) * 32 - 160, mask=mask & ((offs % 448) >= 160) & ((offs % 448) < 192), other=0), tl.where(((offs % 448)) < 224, tl.load(in3 + (offs % 448) + (offs // 448) * 32 - 192, mask=mask & ((offs % 448) >= 192) & ((offs % 448) < 224), other=0), tl.where(((offs % 448)) < 256, tl.load(in4 + (offs % 448) + (offs // 448) * 32 - 224, mask=mask & ((offs % 448) >= 224) & ((offs % 448) < 256), other=0), tl.where(((offs % 448)) < 288, tl.load(in5 + (offs % 448) + (offs // 448) * 32 - 256, mask=mask & ((offs % 448) >= 256) & ((offs % 448) < 288), other=0), tl.where(((offs % 448)) < 320, tl.load(in6 + (offs % 448) + (offs // 448) * 32 - 288, mask=mask & ((offs % 448) >= 288) & ((offs % 448) < 320), other=0), tl.where(((offs % 448)) < 352, tl.load(in7 + (offs % 448) + (offs // 448) * 32 - 320, mask=mask & ((offs % 448) >= 320) & ((offs % 448) < 352), other=0), tl.where(((offs % 448)) < 384, tl.load(in8 + (offs % 448) + (offs // 448) * 32 - 352, mask=mask & ((offs % 448) >= 352) & ((offs % 448) < 384), other=0), tl.where(((offs % 448)) < 416, tl.load(in9 + (offs % 448) + (offs // 448) * 32 - 384, mask=mask & ((offs % 448) >= 384) & ((offs % 448) < 416), other=0), tl.load(in10 + (offs % 448) + (offs // 448) * 32 - 416, mask=mask & ((offs % 448) >= 416) & ((offs % 448) < 448), other=0)))))))))))).to(tl.float32)
    l1 = tl.load(in11 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x724 = ((l0) - (l1))
    l2 = tl.load(in12 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x727 = ((x724) * (l2))
    l3 = tl.load(in13 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x730 = ((x727) * (l3))
    l4 = tl.load(in14 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x731 = ((x730) + (l4))
    x732 = tl.where((x731) > 0, (x731), 0.0)
    tl.store(out0 + offs, (x732).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_34(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (25088, 1, 896, 32))
    a8 = _pike_strided(a8, (25088, 1, 896, 32))
    a9 = _pike_strided(a9, (25088, 1, 896, 32))
    a10 = _pike_strided(a10, (25088, 1, 896, 32))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    o0 = torch.empty_strided((10, 448, 28, 28), (351232, 1, 12544, 448), dtype=torch.float32, device=a0.device)
    pk_batch_norm_34[(triton.cdiv(3512320, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v742(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 480
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x742 = ((l0) + (1e-05))
    x743 = tl.rsqrt(x742)
    tl.store(out0 + offs, (x743).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v742(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((480, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v742[(triton.cdiv(480, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_36(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 3763200
    l0 = (tl.where(((offs % 480)) < 128, tl.load(in0 + (offs % 480) + (offs // 480) * 128 - 0, mask=mask & ((offs % 480) >= 0) & ((offs % 480) < 128), other=0), tl.where(((offs % 480)) < 160, tl.load(in1 + (offs % 480) + (offs // 480) * 32 - 128, mask=mask & ((offs % 480) >= 128) & ((offs % 480) < 160), other=0), tl.where(((offs % 480)) < 192, tl.load(in2 + (offs % 480) + (offs // 480) * 32 - 160, mask=mask & ((offs % 480) >= 160) & ((offs % 480) < 192), other=0), tl.where(((offs % 480)) < 224, tl.load(in3 + (offs % 480) + (offs // 480) * 32 - 192, mask=mask & ((offs % 480) >= 192) & ((offs % 480) < 224), other=0), tl.where(((offs % 480)) < 256, tl.load(in4 + (offs % 480) + (offs // 480) * 32 - 224, mask=mask & ((offs % 480) >= 224) & ((offs % 480) < 256), other=0), tl.where(((offs % 480)) < 288, tl.load(in5 + (offs % 480) + (offs // 480) * 32 - 256, mask=mask & ((offs % 480) >= 256) & ((offs % 480) < 288), other=0), tl.where(((offs % 480)) < 320, tl.load(in6 + (offs % 480) + (offs // 480) * 32 - 288, mask=mask & ((offs % 480) >= 288) & ((offs % 480) < 320), other=0), tl.where(((offs % 480)) < 352, tl.load(in7 + (offs % 480) + (offs // 480) * 32 - 320, mask=mask & ((offs % 480) >= 320) & ((offs % 480) < 352), other=0), tl.where(((offs % 480)) < 384, tl.load(in8 + (offs % 480) + (offs // 480) * 32 - 352, mask=mask & ((offs % 480) >= 352) & ((offs % 480) < 384), other=0), tl.where(((offs % 480)) < 416, tl.load(in9 + (offs % 480) + (offs // 480) * 32 - 384, mask=mask & ((offs % 480) >= 384) & ((offs % 480) < 416), other=0), tl.where(((offs % 480)) < 448, tl.load(in10 + (offs % 480) + (offs // 480) * 32 - 416, mask=mask & ((offs % 480) >= 416) & ((offs % 480) < 448), other=0), tl.load(in11 + (offs % 480) + (offs // 480) * 32 - 448, mask=mask & ((offs % 480) >= 448) & ((offs % 480) < 480), other=0))))))))))))).to(tl.float32)
    l1 = tl.load(in12 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x741 = ((l0) - (l1))
    l2 = tl.load(in13 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x744 = ((x741) * (l2))
    l3 = tl.load(in14 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x747 = ((x744) * (l3))
    l4 = tl.load(in15 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x748 = ((x747) + (l4))
    x749 = tl.where((x748) > 0, (x748), 0.0)
    tl.store(out0 + offs, (x749).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_36(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (25088, 1, 896, 32))
    a8 = _pike_strided(a8, (25088, 1, 896, 32))
    a9 = _pike_strided(a9, (25088, 1, 896, 32))
    a10 = _pike_strided(a10, (25088, 1, 896, 32))
    a11 = _pike_strided(a11, (25088, 1, 896, 32))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    o0 = torch.empty_strided((10, 480, 28, 28), (376320, 1, 13440, 480), dtype=torch.float32, device=a0.device)
    pk_batch_norm_36[(triton.cdiv(3763200, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v759(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 512
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x759 = ((l0) + (1e-05))
    x760 = tl.rsqrt(x759)
    tl.store(out0 + offs, (x760).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v759(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((512, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v759[(triton.cdiv(512, 512),)](a0, o0, BLOCK=512, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_38(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 4014080
    l0 = (tl.where(((offs % 512)) < 128, tl.load(in0 + (offs % 512) + (offs // 512) * 128 - 0, mask=mask & ((offs % 512) >= 0) & ((offs % 512) < 128), other=0), tl.where(((offs % 512)) < 160, tl.load(in1 + (offs % 512) + (offs // 512) * 32 - 128, mask=mask & ((offs % 512) >= 128) & ((offs % 512) < 160), other=0), tl.where(((offs % 512)) < 192, tl.load(in2 + (offs % 512) + (offs // 512) * 32 - 160, mask=mask & ((offs % 512) >= 160) & ((offs % 512) < 192), other=0), tl.where(((offs % 512)) < 224, tl.load(in3 + (offs % 512) + (offs // 512) * 32 - 192, mask=mask & ((offs % 512) >= 192) & ((offs % 512) < 224), other=0), tl.where(((offs % 512)) < 256, tl.load(in4 + (offs % 512) + (offs // 512) * 32 - 224, mask=mask & ((offs % 512) >= 224) & ((offs % 512) < 256), other=0), tl.where(((offs % 512)) < 288, tl.load(in5 + (offs % 512) + (offs // 512) * 32 - 256, mask=mask & ((offs % 512) >= 256) & ((offs % 512) < 288), other=0), tl.where(((offs % 512)) < 320, tl.load(in6 + (offs % 512) + (offs // 512) * 32 - 288, mask=mask & ((offs % 512) >= 288) & ((offs % 512) < 320), other=0), tl.where(((offs % 512)) < 352, tl.load(in7 + (offs % 512) + (offs // 512) * 32 - 320, mask=mask & ((offs % 512) >= 320) & ((offs % 512) < 352), other=0), tl.where(((offs % 512)) < 384, tl.load(in8 + (offs % 512) + (offs // 512) * 32 - 352, mask=mask & ((offs % 512) >= 352) & ((offs % 512) < 384), other=0), tl.where(((offs % 512)) < 416, tl.load(in9 + (offs % 512) + (offs // 512) * 32 - 384, mask=mask & ((offs % 512) >= 384) & ((offs % 512) < 416), other=0), tl.where(((offs % 512)) < 448, tl.load(in10 + (offs % 512) + (offs // 512) * 32 - 416, mask=mask & ((offs % 512) >= 416) & ((offs % 512) < 448), other=0), tl.where(((offs % 512)) < 480, tl.load(in11 + (offs % 512) + (offs // 512) * 32 - 448, mask=mask & ((offs % 512) >= 448) & ((offs % 512) < 480), other=0), tl.load(in12 + (offs % 512) + (offs // 512) * 32 - 480, mask=mask & ((offs % 512) >= 480) & ((offs % 512) < 512), other=0)))))))))))))).to(tl.float32)
    l1 = tl.load(in13 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x758 = ((l0) - (l1))
    l2 = tl.load(in14 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x761 = ((x758) * (l2))
    l3 = tl.load(in15 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x764 = ((x761) * (l3))
    l4 = tl.load(in16 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x765 = ((x764) + (l4))
    x766 = tl.where((x765) > 0, (x765), 0.0)
    tl.store(out0 + offs, (x766).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_38(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16):
    a0 = _pike_strided(a0, (100352, 1, 3584, 128))
    a1 = _pike_strided(a1, (25088, 1, 896, 32))
    a2 = _pike_strided(a2, (25088, 1, 896, 32))
    a3 = _pike_strided(a3, (25088, 1, 896, 32))
    a4 = _pike_strided(a4, (25088, 1, 896, 32))
    a5 = _pike_strided(a5, (25088, 1, 896, 32))
    a6 = _pike_strided(a6, (25088, 1, 896, 32))
    a7 = _pike_strided(a7, (25088, 1, 896, 32))
    a8 = _pike_strided(a8, (25088, 1, 896, 32))
    a9 = _pike_strided(a9, (25088, 1, 896, 32))
    a10 = _pike_strided(a10, (25088, 1, 896, 32))
    a11 = _pike_strided(a11, (25088, 1, 896, 32))
    a12 = _pike_strided(a12, (25088, 1, 896, 32))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    o0 = torch.empty_strided((10, 512, 28, 28), (401408, 1, 14336, 512), dtype=torch.float32, device=a0.device)
    pk_batch_norm_38[(triton.cdiv(4014080, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_batch_norm_39(in0, in1, in2, in3, in4, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 501760
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x772 = ((l0) - (l1))
    l2 = tl.load(in2 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x775 = ((x772) * (l2))
    l3 = tl.load(in3 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x778 = ((x775) * (l3))
    l4 = tl.load(in4 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x779 = ((x778) + (l4))
    x780 = tl.where((x779) > 0, (x779), 0.0)
    tl.store(out0 + offs, (x780).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_39(a0, a1, a2, a3, a4):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    o0 = torch.empty_strided((10, 256, 14, 14), (50176, 1, 3584, 256), dtype=torch.float32, device=a0.device)
    pk_batch_norm_39[(triton.cdiv(501760, 1024),)](a0, a1, a2, a3, a4, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_19(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 250880
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x783 = ((l0) + (l1))
    x784 = tl.where((x783) > 0, (x783), 0.0)
    tl.store(out0 + offs, (x784).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_19(a0, a1):
    a0 = _pike_strided(a0, (25088, 1, 1792, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((10, 128, 14, 14), (25088, 1, 1792, 128), dtype=torch.float32, device=a0.device)
    pk_add_19[(triton.cdiv(250880, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_41(in0, in1, in2, in3, in4, in5, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 564480
    l0 = (tl.where(((offs % 288)) < 256, tl.load(in0 + (offs % 288) + (offs // 288) * 256 - 0, mask=mask & ((offs % 288) >= 0) & ((offs % 288) < 256), other=0), tl.load(in1 + (offs % 288) + (offs // 288) * 32 - 256, mask=mask & ((offs % 288) >= 256) & ((offs % 288) < 288), other=0))).to(tl.float32)
    l1 = tl.load(in2 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x789 = ((l0) - (l1))
    l2 = tl.load(in3 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x792 = ((x789) * (l2))
    l3 = tl.load(in4 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x795 = ((x792) * (l3))
    l4 = tl.load(in5 + (offs % 288), mask=mask, other=0).to(tl.float32)
    x796 = ((x795) + (l4))
    x797 = tl.where((x796) > 0, (x796), 0.0)
    tl.store(out0 + offs, (x797).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_41(a0, a1, a2, a3, a4, a5):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    o0 = torch.empty_strided((10, 288, 14, 14), (56448, 1, 4032, 288), dtype=torch.float32, device=a0.device)
    pk_batch_norm_41[(triton.cdiv(564480, 1024),)](a0, a1, a2, a3, a4, a5, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_43(in0, in1, in2, in3, in4, in5, in6, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 627200
    l0 = (tl.where(((offs % 320)) < 256, tl.load(in0 + (offs % 320) + (offs // 320) * 256 - 0, mask=mask & ((offs % 320) >= 0) & ((offs % 320) < 256), other=0), tl.where(((offs % 320)) < 288, tl.load(in1 + (offs % 320) + (offs // 320) * 32 - 256, mask=mask & ((offs % 320) >= 256) & ((offs % 320) < 288), other=0), tl.load(in2 + (offs % 320) + (offs // 320) * 32 - 288, mask=mask & ((offs % 320) >= 288) & ((offs % 320) < 320), other=0)))).to(tl.float32)
    l1 = tl.load(in3 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x806 = ((l0) - (l1))
    l2 = tl.load(in4 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x809 = ((x806) * (l2))
    l3 = tl.load(in5 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x812 = ((x809) * (l3))
    l4 = tl.load(in6 + (offs % 320), mask=mask, other=0).to(tl.float32)
    x813 = ((x812) + (l4))
    x814 = tl.where((x813) > 0, (x813), 0.0)
    tl.store(out0 + offs, (x814).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_43(a0, a1, a2, a3, a4, a5, a6):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    o0 = torch.empty_strided((10, 320, 14, 14), (62720, 1, 4480, 320), dtype=torch.float32, device=a0.device)
    pk_batch_norm_43[(triton.cdiv(627200, 1024),)](a0, a1, a2, a3, a4, a5, a6, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_45(in0, in1, in2, in3, in4, in5, in6, in7, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 689920
    l0 = (tl.where(((offs % 352)) < 256, tl.load(in0 + (offs % 352) + (offs // 352) * 256 - 0, mask=mask & ((offs % 352) >= 0) & ((offs % 352) < 256), other=0), tl.where(((offs % 352)) < 288, tl.load(in1 + (offs % 352) + (offs // 352) * 32 - 256, mask=mask & ((offs % 352) >= 256) & ((offs % 352) < 288), other=0), tl.where(((offs % 352)) < 320, tl.load(in2 + (offs % 352) + (offs // 352) * 32 - 288, mask=mask & ((offs % 352) >= 288) & ((offs % 352) < 320), other=0), tl.load(in3 + (offs % 352) + (offs // 352) * 32 - 320, mask=mask & ((offs % 352) >= 320) & ((offs % 352) < 352), other=0))))).to(tl.float32)
    l1 = tl.load(in4 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x823 = ((l0) - (l1))
    l2 = tl.load(in5 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x826 = ((x823) * (l2))
    l3 = tl.load(in6 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x829 = ((x826) * (l3))
    l4 = tl.load(in7 + (offs % 352), mask=mask, other=0).to(tl.float32)
    x830 = ((x829) + (l4))
    x831 = tl.where((x830) > 0, (x830), 0.0)
    tl.store(out0 + offs, (x831).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_45(a0, a1, a2, a3, a4, a5, a6, a7):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    o0 = torch.empty_strided((10, 352, 14, 14), (68992, 1, 4928, 352), dtype=torch.float32, device=a0.device)
    pk_batch_norm_45[(triton.cdiv(689920, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_47(in0, in1, in2, in3, in4, in5, in6, in7, in8, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 752640
    l0 = (tl.where(((offs % 384)) < 256, tl.load(in0 + (offs % 384) + (offs // 384) * 256 - 0, mask=mask & ((offs % 384) >= 0) & ((offs % 384) < 256), other=0), tl.where(((offs % 384)) < 288, tl.load(in1 + (offs % 384) + (offs // 384) * 32 - 256, mask=mask & ((offs % 384) >= 256) & ((offs % 384) < 288), other=0), tl.where(((offs % 384)) < 320, tl.load(in2 + (offs % 384) + (offs // 384) * 32 - 288, mask=mask & ((offs % 384) >= 288) & ((offs % 384) < 320), other=0), tl.where(((offs % 384)) < 352, tl.load(in3 + (offs % 384) + (offs // 384) * 32 - 320, mask=mask & ((offs % 384) >= 320) & ((offs % 384) < 352), other=0), tl.load(in4 + (offs % 384) + (offs // 384) * 32 - 352, mask=mask & ((offs % 384) >= 352) & ((offs % 384) < 384), other=0)))))).to(tl.float32)
    l1 = tl.load(in5 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x840 = ((l0) - (l1))
    l2 = tl.load(in6 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x843 = ((x840) * (l2))
    l3 = tl.load(in7 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x846 = ((x843) * (l3))
    l4 = tl.load(in8 + (offs % 384), mask=mask, other=0).to(tl.float32)
    x847 = ((x846) + (l4))
    x848 = tl.where((x847) > 0, (x847), 0.0)
    tl.store(out0 + offs, (x848).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_47(a0, a1, a2, a3, a4, a5, a6, a7, a8):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    o0 = torch.empty_strided((10, 384, 14, 14), (75264, 1, 5376, 384), dtype=torch.float32, device=a0.device)
    pk_batch_norm_47[(triton.cdiv(752640, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_49(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 815360
    l0 = (tl.where(((offs % 416)) < 256, tl.load(in0 + (offs % 416) + (offs // 416) * 256 - 0, mask=mask & ((offs % 416) >= 0) & ((offs % 416) < 256), other=0), tl.where(((offs % 416)) < 288, tl.load(in1 + (offs % 416) + (offs // 416) * 32 - 256, mask=mask & ((offs % 416) >= 256) & ((offs % 416) < 288), other=0), tl.where(((offs % 416)) < 320, tl.load(in2 + (offs % 416) + (offs // 416) * 32 - 288, mask=mask & ((offs % 416) >= 288) & ((offs % 416) < 320), other=0), tl.where(((offs % 416)) < 352, tl.load(in3 + (offs % 416) + (offs // 416) * 32 - 320, mask=mask & ((offs % 416) >= 320) & ((offs % 416) < 352), other=0), tl.where(((offs % 416)) < 384, tl.load(in4 + (offs % 416) + (offs // 416) * 32 - 352, mask=mask & ((offs % 416) >= 352) & ((offs % 416) < 384), other=0), tl.load(in5 + (offs % 416) + (offs // 416) * 32 - 384, mask=mask & ((offs % 416) >= 384) & ((offs % 416) < 416), other=0))))))).to(tl.float32)
    l1 = tl.load(in6 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x857 = ((l0) - (l1))
    l2 = tl.load(in7 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x860 = ((x857) * (l2))
    l3 = tl.load(in8 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x863 = ((x860) * (l3))
    l4 = tl.load(in9 + (offs % 416), mask=mask, other=0).to(tl.float32)
    x864 = ((x863) + (l4))
    x865 = tl.where((x864) > 0, (x864), 0.0)
    tl.store(out0 + offs, (x865).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_49(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    o0 = torch.empty_strided((10, 416, 14, 14), (81536, 1, 5824, 416), dtype=torch.float32, device=a0.device)
    pk_batch_norm_49[(triton.cdiv(815360, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_51(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 878080
    l0 = (tl.where(((offs % 448)) < 256, tl.load(in0 + (offs % 448) + (offs // 448) * 256 - 0, mask=mask & ((offs % 448) >= 0) & ((offs % 448) < 256), other=0), tl.where(((offs % 448)) < 288, tl.load(in1 + (offs % 448) + (offs // 448) * 32 - 256, mask=mask & ((offs % 448) >= 256) & ((offs % 448) < 288), other=0), tl.where(((offs % 448)) < 320, tl.load(in2 + (offs % 448) + (offs // 448) * 32 - 288, mask=mask & ((offs % 448) >= 288) & ((offs % 448) < 320), other=0), tl.where(((offs % 448)) < 352, tl.load(in3 + (offs % 448) + (offs // 448) * 32 - 320, mask=mask & ((offs % 448) >= 320) & ((offs % 448) < 352), other=0), tl.where(((offs % 448)) < 384, tl.load(in4 + (offs % 448) + (offs // 448) * 32 - 352, mask=mask & ((offs % 448) >= 352) & ((offs % 448) < 384), other=0), tl.where(((offs % 448)) < 416, tl.load(in5 + (offs % 448) + (offs // 448) * 32 - 384, mask=mask & ((offs % 448) >= 384) & ((offs % 448) < 416), other=0), tl.load(in6 + (offs % 448) + (offs // 448) * 32 - 416, mask=mask & ((offs % 448) >= 416) & ((offs % 448) < 448), other=0)))))))).to(tl.float32)
    l1 = tl.load(in7 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x874 = ((l0) - (l1))
    l2 = tl.load(in8 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x877 = ((x874) * (l2))
    l3 = tl.load(in9 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x880 = ((x877) * (l3))
    l4 = tl.load(in10 + (offs % 448), mask=mask, other=0).to(tl.float32)
    x881 = ((x880) + (l4))
    x882 = tl.where((x881) > 0, (x881), 0.0)
    tl.store(out0 + offs, (x882).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_51(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    o0 = torch.empty_strided((10, 448, 14, 14), (87808, 1, 6272, 448), dtype=torch.float32, device=a0.device)
    pk_batch_norm_51[(triton.cdiv(878080, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_53(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 940800
    l0 = (tl.where(((offs % 480)) < 256, tl.load(in0 + (offs % 480) + (offs // 480) * 256 - 0, mask=mask & ((offs % 480) >= 0) & ((offs % 480) < 256), other=0), tl.where(((offs % 480)) < 288, tl.load(in1 + (offs % 480) + (offs // 480) * 32 - 256, mask=mask & ((offs % 480) >= 256) & ((offs % 480) < 288), other=0), tl.where(((offs % 480)) < 320, tl.load(in2 + (offs % 480) + (offs // 480) * 32 - 288, mask=mask & ((offs % 480) >= 288) & ((offs % 480) < 320), other=0), tl.where(((offs % 480)) < 352, tl.load(in3 + (offs % 480) + (offs // 480) * 32 - 320, mask=mask & ((offs % 480) >= 320) & ((offs % 480) < 352), other=0), tl.where(((offs % 480)) < 384, tl.load(in4 + (offs % 480) + (offs // 480) * 32 - 352, mask=mask & ((offs % 480) >= 352) & ((offs % 480) < 384), other=0), tl.where(((offs % 480)) < 416, tl.load(in5 + (offs % 480) + (offs // 480) * 32 - 384, mask=mask & ((offs % 480) >= 384) & ((offs % 480) < 416), other=0), tl.where(((offs % 480)) < 448, tl.load(in6 + (offs % 480) + (offs // 480) * 32 - 416, mask=mask & ((offs % 480) >= 416) & ((offs % 480) < 448), other=0), tl.load(in7 + (offs % 480) + (offs // 480) * 32 - 448, mask=mask & ((offs % 480) >= 448) & ((offs % 480) < 480), other=0))))))))).to(tl.float32)
    l1 = tl.load(in8 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x891 = ((l0) - (l1))
    l2 = tl.load(in9 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x894 = ((x891) * (l2))
    l3 = tl.load(in10 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x897 = ((x894) * (l3))
    l4 = tl.load(in11 + (offs % 480), mask=mask, other=0).to(tl.float32)
    x898 = ((x897) + (l4))
    x899 = tl.where((x898) > 0, (x898), 0.0)
    tl.store(out0 + offs, (x899).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_53(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    o0 = torch.empty_strided((10, 480, 14, 14), (94080, 1, 6720, 480), dtype=torch.float32, device=a0.device)
    pk_batch_norm_53[(triton.cdiv(940800, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_55(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1003520
    l0 = (tl.where(((offs % 512)) < 256, tl.load(in0 + (offs % 512) + (offs // 512) * 256 - 0, mask=mask & ((offs % 512) >= 0) & ((offs % 512) < 256), other=0), tl.where(((offs % 512)) < 288, tl.load(in1 + (offs % 512) + (offs // 512) * 32 - 256, mask=mask & ((offs % 512) >= 256) & ((offs % 512) < 288), other=0), tl.where(((offs % 512)) < 320, tl.load(in2 + (offs % 512) + (offs // 512) * 32 - 288, mask=mask & ((offs % 512) >= 288) & ((offs % 512) < 320), other=0), tl.where(((offs % 512)) < 352, tl.load(in3 + (offs % 512) + (offs // 512) * 32 - 320, mask=mask & ((offs % 512) >= 320) & ((offs % 512) < 352), other=0), tl.where(((offs % 512)) < 384, tl.load(in4 + (offs % 512) + (offs // 512) * 32 - 352, mask=mask & ((offs % 512) >= 352) & ((offs % 512) < 384), other=0), tl.where(((offs % 512)) < 416, tl.load(in5 + (offs % 512) + (offs // 512) * 32 - 384, mask=mask & ((offs % 512) >= 384) & ((offs % 512) < 416), other=0), tl.where(((offs % 512)) < 448, tl.load(in6 + (offs % 512) + (offs // 512) * 32 - 416, mask=mask & ((offs % 512) >= 416) & ((offs % 512) < 448), other=0), tl.where(((offs % 512)) < 480, tl.load(in7 + (offs % 512) + (offs // 512) * 32 - 448, mask=mask & ((offs % 512) >= 448) & ((offs % 512) < 480), other=0), tl.load(in8 + (offs % 512) + (offs // 512) * 32 - 480, mask=mask & ((offs % 512) >= 480) & ((offs % 512) < 512), other=0)))))))))).to(tl.float32)
    l1 = tl.load(in9 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x908 = ((l0) - (l1))
    l2 = tl.load(in10 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x911 = ((x908) * (l2))
    l3 = tl.load(in11 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x914 = ((x911) * (l3))
    l4 = tl.load(in12 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x915 = ((x914) + (l4))
    x916 = tl.where((x915) > 0, (x915), 0.0)
    tl.store(out0 + offs, (x916).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_55(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    o0 = torch.empty_strided((10, 512, 14, 14), (100352, 1, 7168, 512), dtype=torch.float32, device=a0.device)
    pk_batch_norm_55[(triton.cdiv(1003520, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_v926(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 544
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x926 = ((l0) + (1e-05))
    x927 = tl.rsqrt(x926)
    tl.store(out0 + offs, (x927).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v926(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((544, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v926[(triton.cdiv(544, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_57(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1066240
    l0 = (tl.where(((offs % 544)) < 256, tl.load(in0 + (offs % 544) + (offs // 544) * 256 - 0, mask=mask & ((offs % 544) >= 0) & ((offs % 544) < 256), other=0), tl.where(((offs % 544)) < 288, tl.load(in1 + (offs % 544) + (offs // 544) * 32 - 256, mask=mask & ((offs % 544) >= 256) & ((offs % 544) < 288), other=0), tl.where(((offs % 544)) < 320, tl.load(in2 + (offs % 544) + (offs // 544) * 32 - 288, mask=mask & ((offs % 544) >= 288) & ((offs % 544) < 320), other=0), tl.where(((offs % 544)) < 352, tl.load(in3 + (offs % 544) + (offs // 544) * 32 - 320, mask=mask & ((offs % 544) >= 320) & ((offs % 544) < 352), other=0), tl.where(((offs % 544)) < 384, tl.load(in4 + (offs % 544) + (offs // 544) * 32 - 352, mask=mask & ((offs % 544) >= 352) & ((offs % 544) < 384), other=0), tl.where(((offs % 544)) < 416, tl.load(in5 + (offs % 544) + (offs // 544) * 32 - 384, mask=mask & ((offs % 544) >= 384) & ((offs % 544) < 416), other=0), tl.where(((offs % 544)) < 448, tl.load(in6 + (offs % 544) + (offs // 544) * 32 - 416, mask=mask & ((offs % 544) >= 416) & ((offs % 544) < 448), other=0), tl.where(((offs % 544)) < 480, tl.load(in7 + (offs % 544) + (offs // 544) * 32 - 448, mask=mask & ((offs % 544) >= 448) & ((offs % 544) < 480), other=0), tl.where(((offs % 544)) < 512, tl.load(in8 + (offs % 544) + (offs // 544) * 32 - 480, mask=mask & ((offs % 544) >= 480) & ((offs % 544) < 512), other=0), tl.load(in9 + (offs % 544) + (offs // 544) * 32 - 512, mask=mask & ((offs % 544) >= 512) & ((offs % 544) < 544), other=0))))))))))).to(tl.float32)
    l1 = tl.load(in10 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x925 = ((l0) - (l1))
    l2 = tl.load(in11 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x928 = ((x925) * (l2))
    l3 = tl.load(in12 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x931 = ((x928) * (l3))
    l4 = tl.load(in13 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x932 = ((x931) + (l4))
    x933 = tl.where((x932) > 0, (x932), 0.0)
    tl.store(out0 + offs, (x933).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_57(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    o0 = torch.empty_strided((10, 544, 14, 14), (106624, 1, 7616, 544), dtype=torch.float32, device=a0.device)
    pk_batch_norm_57[(triton.cdiv(1066240, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v943(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 576
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x943 = ((l0) + (1e-05))
    x944 = tl.rsqrt(x943)
    tl.store(out0 + offs, (x944).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v943(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((576, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v943[(triton.cdiv(576, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_59(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1128960
    l0 = (tl.where(((offs % 576)) < 256, tl.load(in0 + (offs % 576) + (offs // 576) * 256 - 0, mask=mask & ((offs % 576) >= 0) & ((offs % 576) < 256), other=0), tl.where(((offs % 576)) < 288, tl.load(in1 + (offs % 576) + (offs // 576) * 32 - 256, mask=mask & ((offs % 576) >= 256) & ((offs % 576) < 288), other=0), tl.where(((offs % 576)) < 320, tl.load(in2 + (offs % 576) + (offs // 576) * 32 - 288, mask=mask & ((offs % 576) >= 288) & ((offs % 576) < 320), other=0), tl.where(((offs % 576)) < 352, tl.load(in3 + (offs % 576) + (offs // 576) * 32 - 320, mask=mask & ((offs % 576) >= 320) & ((offs % 576) < 352), other=0), tl.where(((offs % 576)) < 384, tl.load(in4 + (offs % 576) + (offs // 576) * 32 - 352, mask=mask & ((offs % 576) >= 352) & ((offs % 576) < 384), other=0), tl.where(((offs % 576)) < 416, tl.load(in5 + (offs % 576) + (offs // 576) * 32 - 384, mask=mask & ((offs % 576) >= 384) & ((offs % 576) < 416), other=0), tl.where(((offs % 576)) < 448, tl.load(in6 + (offs % 576) + (offs // 576) * 32 - 416, mask=mask & ((offs % 576) >= 416) & ((offs % 576) < 448), other=0), tl.where(((offs % 576)) < 480, tl.load(in7 + (offs % 576) + (offs // 576) * 32 - 448, mask=mask & ((offs % 576) >= 448) & ((offs % 576) < 480), other=0), tl.where(((offs % 576)) < 512, tl.load(in8 + (offs % 576) + (offs // 576) * 32 - 480, mask=mask & ((offs % 576) >= 480) & ((offs % 576) < 512), other=0), tl.where(((offs % 576)) < 544, tl.load(in9 + (offs % 576) + (offs // 576) * 32 - 512, mask=mask & ((offs % 576) >= 512) & ((offs % 576) < 544), other=0), tl.load(in10 + (offs % 576) + (offs // 576) * 32 - 544, mask=mask & ((offs % 576) >= 544) & ((offs % 576) < 576), other=0)))))))))))).to(tl.float32)
    l1 = tl.load(in11 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x942 = ((l0) - (l1))
    l2 = tl.load(in12 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x945 = ((x942) * (l2))
    l3 = tl.load(in13 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x948 = ((x945) * (l3))
    l4 = tl.load(in14 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x949 = ((x948) + (l4))
    x950 = tl.where((x949) > 0, (x949), 0.0)
    tl.store(out0 + offs, (x950).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_59(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    o0 = torch.empty_strided((10, 576, 14, 14), (112896, 1, 8064, 576), dtype=torch.float32, device=a0.device)
    pk_batch_norm_59[(triton.cdiv(1128960, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v960(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 608
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x960 = ((l0) + (1e-05))
    x961 = tl.rsqrt(x960)
    tl.store(out0 + offs, (x961).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v960(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((608, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v960[(triton.cdiv(608, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_61(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1191680
    l0 = (tl.where(((offs % 608)) < 256, tl.load(in0 + (offs % 608) + (offs // 608) * 256 - 0, mask=mask & ((offs % 608) >= 0) & ((offs % 608) < 256), other=0), tl.where(((offs % 608)) < 288, tl.load(in1 + (offs % 608) + (offs // 608) * 32 - 256, mask=mask & ((offs % 608) >= 256) & ((offs % 608) < 288), other=0), tl.where(((offs % 608)) < 320, tl.load(in2 + (offs % 608) + (offs // 608) * 32 - 288, mask=mask & ((offs % 608) >= 288) & ((offs % 608) < 320), other=0), tl.where(((offs % 608)) < 352, tl.load(in3 + (offs % 608) + (offs // 608) * 32 - 320, mask=mask & ((offs % 608) >= 320) & ((offs % 608) < 352), other=0), tl.where(((offs % 608)) < 384, tl.load(in4 + (offs % 608) + (offs // 608) * 32 - 352, mask=mask & ((offs % 608) >= 352) & ((offs % 608) < 384), other=0), tl.where(((offs % 608)) < 416, tl.load(in5 + (offs % 608) + (offs // 608) * 32 - 384, mask=mask & ((offs % 608) >= 384) & ((offs % 608) < 416), other=0), tl.where(((offs % 608)) < 448, tl.load(in6 + (offs % 608) + (offs // 608) * 32 - 416, mask=mask & ((offs % 608) >= 416) & ((offs % 608) < 448), other=0), tl.where(((offs % 608)) < 480, tl.load(in7 + (offs % 608) + (offs // 608) * 32 - 448, mask=mask & ((offs % 608) >= 448) & ((offs % 608) < 480), other=0), tl.where(((offs % 608)) < 512, tl.load(in8 + (offs % 608) + (offs // 608) * 32 - 480, mask=mask & ((offs % 608) >= 480) & ((offs % 608) < 512), other=0), tl.where(((offs % 608)) < 544, tl.load(in9 + (offs % 608) + (offs // 608) * 32 - 512, mask=mask & ((offs % 608) >= 512) & ((offs % 608) < 544), other=0), tl.where(((offs % 608)) < 576, tl.load(in10 + (offs % 608) + (offs // 608) * 32 - 544, mask=mask & ((offs % 608) >= 544) & ((offs % 608) < 576), other=0), tl.load(in11 + (offs % 608) + (offs // 608) * 32 - 576, mask=mask & ((offs % 608) >= 576) & ((offs % 608) < 608), other=0))))))))))))).to(tl.float32)
    l1 = tl.load(in12 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x959 = ((l0) - (l1))
    l2 = tl.load(in13 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x962 = ((x959) * (l2))
    l3 = tl.load(in14 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x965 = ((x962) * (l3))
    l4 = tl.load(in15 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x966 = ((x965) + (l4))
    x967 = tl.where((x966) > 0, (x966), 0.0)
    tl.store(out0 + offs, (x967).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_61(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    o0 = torch.empty_strided((10, 608, 14, 14), (119168, 1, 8512, 608), dtype=torch.float32, device=a0.device)
    pk_batch_norm_61[(triton.cdiv(1191680, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v977(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 640
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x977 = ((l0) + (1e-05))
    x978 = tl.rsqrt(x977)
    tl.store(out0 + offs, (x978).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v977(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((640, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v977[(triton.cdiv(640, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_63(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1254400
    l0 = (tl.where(((offs % 640)) < 256, tl.load(in0 + (offs % 640) + (offs // 640) * 256 - 0, mask=mask & ((offs % 640) >= 0) & ((offs % 640) < 256), other=0), tl.where(((offs % 640)) < 288, tl.load(in1 + (offs % 640) + (offs // 640) * 32 - 256, mask=mask & ((offs % 640) >= 256) & ((offs % 640) < 288), other=0), tl.where(((offs % 640)) < 320, tl.load(in2 + (offs % 640) + (offs // 640) * 32 - 288, mask=mask & ((offs % 640) >= 288) & ((offs % 640) < 320), other=0), tl.where(((offs % 640)) < 352, tl.load(in3 + (offs % 640) + (offs // 640) * 32 - 320, mask=mask & ((offs % 640) >= 320) & ((offs % 640) < 352), other=0), tl.where(((offs % 640)) < 384, tl.load(in4 + (offs % 640) + (offs // 640) * 32 - 352, mask=mask & ((offs % 640) >= 352) & ((offs % 640) < 384), other=0), tl.where(((offs % 640)) < 416, tl.load(in5 + (offs % 640) + (offs // 640) * 32 - 384, mask=mask & ((offs % 640) >= 384) & ((offs % 640) < 416), other=0), tl.where(((offs % 640)) < 448, tl.load(in6 + (offs % 640) + (offs // 640) * 32 - 416, mask=mask & ((offs % 640) >= 416) & ((offs % 640) < 448), other=0), tl.where(((offs % 640)) < 480, tl.load(in7 + (offs % 640) + (offs // 640) * 32 - 448, mask=mask & ((offs % 640) >= 448) & ((offs % 640) < 480), other=0), tl.where(((offs % 640)) < 512, tl.load(in8 + (offs % 640) + (offs // 640) * 32 - 480, mask=mask & ((offs % 640) >= 480) & ((offs % 640) < 512), other=0), tl.where(((offs % 640)) < 544, tl.load(in9 + (offs % 640) + (offs // 640) * 32 - 512, mask=mask & ((offs % 640) >= 512) & ((offs % 640) < 544), other=0), tl.where(((offs % 640)) < 576, tl.load(in10 + (offs % 640) + (offs // 640) * 32 - 544, mask=mask & ((offs % 640) >= 544) & ((offs % 640) < 576), other=0), tl.where(((offs % 640)) < 608, tl.load(in11 + (offs % 640) + (offs // 640) * 32 - 576, mask=mask & ((offs % 640) >= 576) & ((offs % 640) < 608), other=0), tl.load(in12 + (offs % 640) + (offs // 640) * 32 - 608, mask=mask & ((offs % 640) >= 608) & ((offs % 640) < 640), other=0)))))))))))))).to(tl.float32)
    l1 = tl.load(in13 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x976 = ((l0) - (l1))
    l2 = tl.load(in14 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x979 = ((x976) * (l2))
    l3 = tl.load(in15 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x982 = ((x979) * (l3))
    l4 = tl.load(in16 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x983 = ((x982) + (l4))
    x984 = tl.where((x983) > 0, (x983), 0.0)
    tl.store(out0 + offs, (x984).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_63(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    o0 = torch.empty_strided((10, 640, 14, 14), (125440, 1, 8960, 640), dtype=torch.float32, device=a0.device)
    pk_batch_norm_63[(triton.cdiv(1254400, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v994(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 672
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x994 = ((l0) + (1e-05))
    x995 = tl.rsqrt(x994)
    tl.store(out0 + offs, (x995).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v994(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((672, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v994[(triton.cdiv(672, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_65(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1317120
    l0 = (tl.where(((offs % 672)) < 256, tl.load(in0 + (offs % 672) + (offs // 672) * 256 - 0, mask=mask & ((offs % 672) >= 0) & ((offs % 672) < 256), other=0), tl.where(((offs % 672)) < 288, tl.load(in1 + (offs % 672) + (offs // 672) * 32 - 256, mask=mask & ((offs % 672) >= 256) & ((offs % 672) < 288), other=0), tl.where(((offs % 672)) < 320, tl.load(in2 + (offs % 672) + (offs // 672) * 32 - 288, mask=mask & ((offs % 672) >= 288) & ((offs % 672) < 320), other=0), tl.where(((offs % 672)) < 352, tl.load(in3 + (offs % 672) + (offs // 672) * 32 - 320, mask=mask & ((offs % 672) >= 320) & ((offs % 672) < 352), other=0), tl.where(((offs % 672)) < 384, tl.load(in4 + (offs % 672) + (offs // 672) * 32 - 352, mask=mask & ((offs % 672) >= 352) & ((offs % 672) < 384), other=0), tl.where(((offs % 672)) < 416, tl.load(in5 + (offs % 672) + (offs // 672) * 32 - 384, mask=mask & ((offs % 672) >= 384) & ((offs % 672) < 416), other=0), tl.where(((offs % 672)) < 448, tl.load(in6 + (offs % 672) + (offs // 672) * 32 - 416, mask=mask & ((offs % 672) >= 416) & ((offs % 672) < 448), other=0), tl.where(((offs % 672)) < 480, tl.load(in7 + (offs % 672) + (offs // 672) * 32 - 448, mask=mask & ((offs % 672) >= 448) & ((offs % 672) < 480), other=0), tl.where(((offs % 672)) < 512, tl.load(in8 + (offs % 672) + (offs // 672) * 32 - 480, mask=mask & ((offs % 672) >= 480) & ((offs % 672) < 512), other=0), tl.where(((offs % 672)) < 544, tl.load(in9 + (offs % 672) + (offs // 672) * 32 - 512, mask=mask & ((offs % 672) >= 512) & ((offs % 672) < 544), other=0), tl.where(((offs % 672)) < 576, tl.load(in10 + (offs % 672) + (offs // 672) * 32 - 544, mask=mask & ((offs % 672) >= 544) & ((offs % 672) < 576), other=0), tl.where(((offs % 672)) < 608, tl.load(in11 + (offs % 672) + (offs // 672) * 32 - 576, mask=mask & ((offs % 672) >= 576) & ((offs % 672) < 608), other=0), tl.where(((offs % 672)) < 640, tl.load(in12 + (offs % 672) + (offs // 672) * 32 - 608, mask=mask & ((offs % 672) >= 608) & ((offs % 672) < 640), other=0), tl.load(in13 + (offs % 672) + (offs // 672) * 32 - 640, mask=mask & ((offs % 672) >= 640) & ((offs % 672) < 672), other=0))))))))))))))).to(tl.float32)
    l1 = tl.load(in14 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x993 = ((l0) - (l1))
    l2 = tl.load(in15 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x996 = ((x993) * (l2))
    l3 = tl.load(in16 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x999 = ((x996) * (l3))
    l4 = tl.load(in17 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x1000 = ((x999) + (l4))
    x1001 = tl.where((x1000) > 0, (x1000), 0.0)
    tl.store(out0 + offs, (x1001).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_65(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    a17 = _pike_strided(a17, (1, 1, 1))
    o0 = torch.empty_strided((10, 672, 14, 14), (131712, 1, 9408, 672), dtype=torch.float32, device=a0.device)
    pk_batch_norm_65[(triton.cdiv(1317120, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1011(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 704
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1011 = ((l0) + (1e-05))
    x1012 = tl.rsqrt(x1011)
    tl.store(out0 + offs, (x1012).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1011(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((704, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1011[(triton.cdiv(704, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_67(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1379840
    l0 = (tl.where(((offs % 704)) < 256, tl.load(in0 + (offs % 704) + (offs // 704) * 256 - 0, mask=mask & ((offs % 704) >= 0) & ((offs % 704) < 256), other=0), tl.where(((offs % 704)) < 288, tl.load(in1 + (offs % 704) + (offs // 704) * 32 - 256, mask=mask & ((offs % 704) >= 256) & ((offs % 704) < 288), other=0), tl.where(((offs % 704)) < 320, tl.load(in2 + (offs % 704) + (offs // 704) * 32 - 288, mask=mask & ((offs % 704) >= 288) & ((offs % 704) < 320), other=0), tl.where(((offs % 704)) < 352, tl.load(in3 + (offs % 704) + (offs // 704) * 32 - 320, mask=mask & ((offs % 704) >= 320) & ((offs % 704) < 352), other=0), tl.where(((offs % 704)) < 384, tl.load(in4 + (offs % 704) + (offs // 704) * 32 - 352, mask=mask & ((offs % 704) >= 352) & ((offs % 704) < 384), other=0), tl.where(((offs % 704)) < 416, tl.load(in5 + (offs % 704) + (offs // 704) * 32 - 384, mask=mask & ((offs % 704) >= 384) & ((offs % 704) < 416), other=0), tl.where(((offs % 704)) < 448, tl.load(in6 + (offs % 704) + (offs // 704) * 32 - 416, mask=mask & ((offs % 704) >= 416) & ((offs % 704) < 448), other=0), tl.where(((offs % 704)) < 480, tl.load(in7 + (offs % 704) + (offs // 704) * 32 - 448, mask=mask & ((offs % 704) >= 448) & ((offs % 704) < 480), other=0), tl.where(((offs % 704)) < 512, tl.load(in8 + (offs % 704) + (offs // 704) * 32 - 480, mask=mask & ((offs % 704) >= 480) & ((offs % 704) < 512), other=0), tl.where(((offs % 704)) < 544, tl.load(in9 + (offs % 704) + (offs // 704) * 32 - 512, mask=mask & ((offs % 704) >= 512) & ((offs % 704) < 544), other=0), tl.where(((offs % 704)) < 576, tl.load(in10 + (offs % 704) + (offs // 704) * 32 - 544, mask=mask & ((offs % 704) >= 544) & ((offs % 704) < 576), other=0), tl.where(((offs % 704)) < 608, tl.load(in11 + (offs % 704) + (offs // 704) * 32 - 576, mask=mask & ((offs % 704) >= 576) & ((offs % 704) < 608), other=0), tl.where(((offs % 704)) < 640, tl.load(in12 + (offs % 704) + (offs // 704) * 32 - 608, mask=mask & ((offs % 704) >= 608) & ((offs % 704) < 640), other=0), tl.where(((offs % 704)) < 672, tl.load(in13 + (offs % 704) + (offs // 704) * 32 - 640, mask=mask & ((offs % 704) >= 640) & ((offs % 704) < 672), other=0), tl.load(in14 + (offs % 704) + (offs // 704) * 32 - 672, mask=mask & ((offs % 704) >= 672) & ((offs % 704) < 704), other=0)))))))))))))))).to(tl.float32)
    l1 = tl.load(in15 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1010 = ((l0) - (l1))
    l2 = tl.load(in16 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1013 = ((x1010) * (l2))
    l3 = tl.load(in17 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1016 = ((x1013) * (l3))
    l4 = tl.load(in18 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1017 = ((x1016) + (l4))
    x1018 = tl.where((x1017) > 0, (x1017), 0.0)
    tl.store(out0 + offs, (x1018).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_67(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    a17 = _pike_strided(a17, (1, 1, 1))
    a18 = _pike_strided(a18, (1, 1, 1))
    o0 = torch.empty_strided((10, 704, 14, 14), (137984, 1, 9856, 704), dtype=torch.float32, device=a0.device)
    pk_batch_norm_67[(triton.cdiv(1379840, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1028(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 736
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1028 = ((l0) + (1e-05))
    x1029 = tl.rsqrt(x1028)
    tl.store(out0 + offs, (x1029).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1028(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((736, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1028[(triton.cdiv(736, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_69(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1442560
    l0 = (tl.where(((offs % 736)) < 256, tl.load(in0 + (offs % 736) + (offs // 736) * 256 - 0, mask=mask & ((offs % 736) >= 0) & ((offs % 736) < 256), other=0), tl.where(((offs % 736)) < 288, tl.load(in1 + (offs % 736) + (offs // 736) * 32 - 256, mask=mask & ((offs % 736) >= 256) & ((offs % 736) < 288), other=0), tl.where(((offs % 736)) < 320, tl.load(in2 + (offs % 736) + (offs // 736) * 32 - 288, mask=mask & ((offs % 736) >= 288) & ((offs % 736) < 320), other=0), tl.where(((offs % 736)) < 352, tl.load(in3 + (offs % 736) + (offs // 736) * 32 - 320, mask=mask & ((offs % 736) >= 320) & ((offs % 736) < 352), other=0), tl.where(((offs % 736)) < 384, tl.load(in4 + (offs % 736) + (offs // 736) * 32 - 352, mask=mask & ((offs % 736) >= 352) & ((offs % 736) < 384), other=0), tl.where(((offs % 736)) < 416, tl.load(in5 + (offs % 736) + (offs // 736) * 32 - 384, mask=mask & ((offs % 736) >= 384) & ((offs % 736) < 416), other=0), tl.where(((offs % 736)) < 448, tl.load(in6 + (offs % 736) + (offs // 736) * 32 - 416, mask=mask & ((offs % 736) >= 416) & ((offs % 736) < 448), other=0), tl.where(((offs % 736)) < 480, tl.load(in7 + (offs % 736) + (offs // 736) * 32 - 448, mask=mask & ((offs % 736) >= 448) & ((offs % 736) < 480), other=0), tl.where(((offs % 736)) < 512, tl.load(in8 + (offs % 736) + (offs // 736) * 32 - 480, mask=mask & ((offs % 736) >= 480) & ((offs % 736) < 512), other=0), tl.where(((offs % 736)) < 544, tl.load(in9 + (offs % 736) + (offs // 736) * 32 - 512, mask=mask & ((offs % 736) >= 512) & ((offs % 736) < 544), other=0), tl.where(((offs % 736)) < 576, tl.load(in10 + (offs % 736) + (offs // 736) * 32 - 544, mask=mask & ((offs % 736) >= 544) & ((offs % 736) < 576), other=0), tl.where(((offs % 736)) < 608, tl.load(in11 + (offs % 736) + (offs // 736) * 32 - 576, mask=mask & ((offs % 736) >= 576) & ((offs % 736) < 608), other=0), tl.where(((offs % 736)) < 640, tl.load(in12 + (offs % 736) + (offs // 736) * 32 - 608, mask=mask & ((offs % 736) >= 608) & ((offs % 736) < 640), other=0), tl.where(((offs % 736)) < 672, tl.load(in13 + (offs % 736) + (offs // 736) * 32 - 640, mask=mask & ((offs % 736) >= 640) & ((offs % 736) < 672), other=0), tl.where(((offs % 736)) < 704, tl.load(in14 + (offs % 736) + (offs // 736) * 32 - 672, mask=mask & ((offs % 736) >= 672) & ((offs % 736) < 704), other=0), tl.load(in15 + (offs % 736) + (offs // 736) * 32 - 704, mask=mask & ((offs % 736) >= 704) & ((offs % 736) < 736), other=0))))))))))))))))).to(tl.float32)
    l1 = tl.load(in16 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1027 = ((l0) - (l1))
    l2 = tl.load(in17 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1030 = ((x1027) * (l2))
    l3 = tl.load(in18 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1033 = ((x1030) * (l3))
    l4 = tl.load(in19 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1034 = ((x1033) + (l4))
    x1035 = tl.where((x1034) > 0, (x1034), 0.0)
    tl.store(out0 + offs, (x1035).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_69(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (1, 1, 1))
    a17 = _pike_strided(a17, (1, 1, 1))
    a18 = _pike_strided(a18, (1, 1, 1))
    a19 = _pike_strided(a19, (1, 1, 1))
    o0 = torch.empty_strided((10, 736, 14, 14), (144256, 1, 10304, 736), dtype=torch.float32, device=a0.device)
    pk_batch_norm_69[(triton.cdiv(1442560, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1045(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 768
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1045 = ((l0) + (1e-05))
    x1046 = tl.rsqrt(x1045)
    tl.store(out0 + offs, (x1046).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1045(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((768, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1045[(triton.cdiv(768, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_71(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1505280
    l0 = (tl.where(((offs % 768)) < 256, tl.load(in0 + (offs % 768) + (offs // 768) * 256 - 0, mask=mask & ((offs % 768) >= 0) & ((offs % 768) < 256), other=0), tl.where(((offs % 768)) < 288, tl.load(in1 + (offs % 768) + (offs // 768) * 32 - 256, mask=mask & ((offs % 768) >= 256) & ((offs % 768) < 288), other=0), tl.where(((offs % 768)) < 320, tl.load(in2 + (offs % 768) + (offs // 768) * 32 - 288, mask=mask & ((offs % 768) >= 288) & ((offs % 768) < 320), other=0), tl.where(((offs % 768)) < 352, tl.load(in3 + (offs % 768) + (offs // 768) * 32 - 320, mask=mask & ((offs % 768) >= 320) & ((offs % 768) < 352), other=0), tl.where(((offs % 768)) < 384, tl.load(in4 + (offs % 768) + (offs // 768) * 32 - 352, mask=mask & ((offs % 768) >= 352) & ((offs % 768) < 384), other=0), tl.where(((offs % 768)) < 416, tl.load(in5 + (offs % 768) + (offs // 768) * 32 - 384, mask=mask & ((offs % 768) >= 384) & ((offs % 768) < 416), other=0), tl.where(((offs % 768)) < 448, tl.load(in6 + (offs % 768) + (offs // 768) * 32 - 416, mask=mask & ((offs % 768) >= 416) & ((offs % 768) < 448), other=0), tl.where(((offs % 768)) < 480, tl.load(in7 + (offs % 768) + (offs // 768) * 32 - 448, mask=mask & ((offs % 768) >= 448) & ((offs % 768) < 480), other=0), tl.where(((offs % 768)) < 512, tl.load(in8 + (offs % 768) + (offs // 768) * 32 - 480, mask=mask & ((offs % 768) >= 480) & ((offs % 768) < 512), other=0), tl.where(((offs % 768)) < 544, tl.load(in9 + (offs % 768) + (offs // 768) * 32 - 512, mask=mask & ((offs % 768) >= 512) & ((offs % 768) < 544), other=0), tl.where(((offs % 768)) < 576, tl.load(in10 + (offs % 768) + (offs // 768) * 32 - 544, mask=mask & ((offs % 768) >= 544) & ((offs % 768) < 576), other=0), tl.where(((offs % 768)) < 608, tl.load(in11 + (offs % 768) + (offs // 768) * 32 - 576, mask=mask & ((offs % 768) >= 576) & ((offs % 768) < 608), other=0), tl.where(((offs % 768)) < 640, tl.load(in12 + (offs % 768) + (offs // 768) * 32 - 608, mask=mask & ((offs % 768) >= 608) & ((offs % 768) < 640), other=0), tl.where(((offs % 768)) < 672, tl.load(in13 + (offs % 768) + (offs // 768) * 32 - 640, mask=mask & ((offs % 768) >= 640) & ((offs % 768) < 672), other=0), tl.where(((offs % 768)) < 704, tl.load(in14 + (offs % 768) + (offs // 768) * 32 - 672, mask=mask & ((offs % 768) >= 672) & ((offs % 768) < 704), other=0), tl.where(((offs % 768)) < 736, tl.load(in15 + (offs % 768) + (offs // 768) * 32 - 704, mask=mask & ((offs % 768) >= 704) & ((offs % 768) < 736), other=0), tl.load(in16 + (offs % 768) + (offs // 768) * 32 - 736, mask=mask & ((offs % 768) >= 736) & ((offs % 768) < 768), other=0)))))))))))))))))).to(tl.float32)
    l1 = tl.load(in17 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1044 = ((l0) - (l1))
    l2 = tl.load(in18 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1047 = ((x1044) * (l2))
    l3 = tl.load(in19 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1050 = ((x1047) * (l3))
    l4 = tl.load(in20 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1051 = ((x1050) + (l4))
    x1052 = tl.where((x1051) > 0, (x1051), 0.0)
    tl.store(out0 + offs, (x1052).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_71(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (1, 1, 1))
    a18 = _pike_strided(a18, (1, 1, 1))
    a19 = _pike_strided(a19, (1, 1, 1))
    a20 = _pike_strided(a20, (1, 1, 1))
    o0 = torch.empty_strided((10, 768, 14, 14), (150528, 1, 10752, 768), dtype=torch.float32, device=a0.device)
    pk_batch_norm_71[(triton.cdiv(1505280, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1062(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 800
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1062 = ((l0) + (1e-05))
    x1063 = tl.rsqrt(x1062)
    tl.store(out0 + offs, (x1063).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1062(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((800, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1062[(triton.cdiv(800, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_73(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1568000
    l0 = (tl.where(((offs % 800)) < 256, tl.load(in0 + (offs % 800) + (offs // 800) * 256 - 0, mask=mask & ((offs % 800) >= 0) & ((offs % 800) < 256), other=0), tl.where(((offs % 800)) < 288, tl.load(in1 + (offs % 800) + (offs // 800) * 32 - 256, mask=mask & ((offs % 800) >= 256) & ((offs % 800) < 288), other=0), tl.where(((offs % 800)) < 320, tl.load(in2 + (offs % 800) + (offs // 800) * 32 - 288, mask=mask & ((offs % 800) >= 288) & ((offs % 800) < 320), other=0), tl.where(((offs % 800)) < 352, tl.load(in3 + (offs % 800) + (offs // 800) * 32 - 320, mask=mask & ((offs % 800) >= 320) & ((offs % 800) < 352), other=0), tl.where(((offs % 800)) < 384, tl.load(in4 + (offs % 800) + (offs // 800) * 32 - 352, mask=mask & ((offs % 800) >= 352) & ((offs % 800) < 384), other=0), tl.where(((offs % 800)) < 416, tl.load(in5 + (offs % 800) + (offs // 800) * 32 - 384, mask=mask & ((offs % 800) >= 384) & ((offs % 800) < 416), other=0), tl.where(((offs % 800)) < 448, tl.load(in6 + (offs % 800) + (offs // 800) * 32 - 416, mask=mask & ((offs % 800) >= 416) & ((offs % 800) < 448), other=0), tl.where(((offs % 800)) < 480, tl.load(in7 + (offs % 800) + (offs // 800) * 32 - 448, mask=mask & ((offs % 800) >= 448) & ((offs % 800) < 480), other=0), tl.where(((offs % 800)) < 512, tl.load(in8 + (offs % 800) + (offs // 800) * 32 - 480, mask=mask & ((offs % 800) >= 480) & ((offs % 800) < 512), other=0), tl.where(((offs % 800)) < 544, tl.load(in9 + (offs % 800) + (offs // 800) * 32 - 512, mask=mask & ((offs % 800) >= 512) & ((offs % 800) < 544), other=0), tl.where(((offs % 800)) < 576, tl.load(in10 + (offs % 800) + (offs // 800) * 32 - 544, mask=mask & ((offs % 800) >= 544) & ((offs % 800) < 576), other=0), tl.where(((offs % 800)) < 608, tl.load(in11 + (offs % 800) + (offs // 800) * 32 - 576, mask=mask & ((offs % 800) >= 576) & ((offs % 800) < 608), other=0), tl.where(((offs % 800)) < 640, tl.load(in12 + (offs % 800) + (offs // 800) * 32 - 608, mask=mask & ((offs % 800) >= 608) & ((offs % 800) < 640), other=0), tl.where(((offs % 800)) < 672, tl.load(in13 + (offs % 800) + (offs // 800) * 32 - 640, mask=mask & ((offs % 800) >= 640) & ((offs % 800) < 672), other=0), tl.where(((offs % 800)) < 704, tl.load(in14 + (offs % 800) + (offs // 800) * 32 - 672, mask=mask & ((offs % 800) >= 672) & ((offs % 800) < 704), other=0), tl.where(((offs % 800)) < 736, tl.load(in15 + (offs % 800) + (offs // 800) * 32 - 704, mask=mask & ((offs % 800) >= 704) & ((offs % 800) < 736), other=0), tl.where(((offs % 800)) < 768, tl.load(in16 + (offs % 800) + (offs // 800) * 32 - 736, mask=mask & ((offs % 800) >= 736) & ((offs % 800) < 768), other=0), tl.load(in17 + (offs % 800) + (offs // 800) * 32 - 768, mask=mask & ((offs % 800) >= 768) & ((offs % 800) < 800), other=0))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in18 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1061 = ((l0) - (l1))
    l2 = tl.load(in19 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1064 = ((x1061) * (l2))
    l3 = tl.load(in20 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1067 = ((x1064) * (l3))
    l4 = tl.load(in21 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1068 = ((x1067) + (l4))
    x1069 = tl.where((x1068) > 0, (x1068), 0.0)
    tl.store(out0 + offs, (x1069).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_73(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (1, 1, 1))
    a19 = _pike_strided(a19, (1, 1, 1))
    a20 = _pike_strided(a20, (1, 1, 1))
    a21 = _pike_strided(a21, (1, 1, 1))
    o0 = torch.empty_strided((10, 800, 14, 14), (156800, 1, 11200, 800), dtype=torch.float32, device=a0.device)
    pk_batch_norm_73[(triton.cdiv(1568000, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1079(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 832
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1079 = ((l0) + (1e-05))
    x1080 = tl.rsqrt(x1079)
    tl.store(out0 + offs, (x1080).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1079(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((832, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1079[(triton.cdiv(832, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_75(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1630720
    l0 = (tl.where(((offs % 832)) < 256, tl.load(in0 + (offs % 832) + (offs // 832) * 256 - 0, mask=mask & ((offs % 832) >= 0) & ((offs % 832) < 256), other=0), tl.where(((offs % 832)) < 288, tl.load(in1 + (offs % 832) + (offs // 832) * 32 - 256, mask=mask & ((offs % 832) >= 256) & ((offs % 832) < 288), other=0), tl.where(((offs % 832)) < 320, tl.load(in2 + (offs % 832) + (offs // 832) * 32 - 288, mask=mask & ((offs % 832) >= 288) & ((offs % 832) < 320), other=0), tl.where(((offs % 832)) < 352, tl.load(in3 + (offs % 832) + (offs // 832) * 32 - 320, mask=mask & ((offs % 832) >= 320) & ((offs % 832) < 352), other=0), tl.where(((offs % 832)) < 384, tl.load(in4 + (offs % 832) + (offs // 832) * 32 - 352, mask=mask & ((offs % 832) >= 352) & ((offs % 832) < 384), other=0), tl.where(((offs % 832)) < 416, tl.load(in5 + (offs % 832) + (offs // 832) * 32 - 384, mask=mask & ((offs % 832) >= 384) & ((offs % 832) < 416), other=0), tl.where(((offs % 832)) < 448, tl.load(in6 + (offs % 832) + (offs // 832) * 32 - 416, mask=mask & ((offs % 832) >= 416) & ((offs % 832) < 448), other=0), tl.where(((offs % 832)) < 480, tl.load(in7 + (offs % 832) + (offs // 832) * 32 - 448, mask=mask & ((offs % 832) >= 448) & ((offs % 832) < 480), other=0), tl.where(((offs % 832)) < 512, tl.load(in8 + (offs % 832) + (offs // 832) * 32 - 480, mask=mask & ((offs % 832) >= 480) & ((offs % 832) < 512), other=0), tl.where(((offs % 832)) < 544, tl.load(in9 + (offs % 832) + (offs // 832) * 32 - 512, mask=mask & ((offs % 832) >= 512) & ((offs % 832) < 544), other=0), tl.where(((offs % 832)) < 576, tl.load(in10 + (offs % 832) + (offs // 832) * 32 - 544, mask=mask & ((offs % 832) >= 544) & ((offs % 832) < 576), other=0), tl.where(((offs % 832)) < 608, tl.load(in11 + (offs % 832) + (offs // 832) * 32 - 576, mask=mask & ((offs % 832) >= 576) & ((offs % 832) < 608), other=0), tl.where(((offs % 832)) < 640, tl.load(in12 + (offs % 832) + (offs // 832) * 32 - 608, mask=mask & ((offs % 832) >= 608) & ((offs % 832) < 640), other=0), tl.where(((offs % 832)) < 672, tl.load(in13 + (offs % 832) + (offs // 832) * 32 - 640, mask=mask & ((offs % 832) >= 640) & ((offs % 832) < 672), other=0), tl.where(((offs % 832)) < 704, tl.load(in14 + (offs % 832) + (offs // 832) * 32 - 672, mask=mask & ((offs % 832) >= 672) & ((offs % 832) < 704), other=0), tl.where(((offs % 832)) < 736, tl.load(in15 + (offs % 832) + (offs // 832) * 32 - 704, mask=mask & ((offs % 832) >= 704) & ((offs % 832) < 736), other=0), tl.where(((offs % 832)) < 768, tl.load(in16 + (offs % 832) + (offs // 832) * 32 - 736, mask=mask & ((offs % 832) >= 736) & ((offs % 832) < 768), other=0), tl.where(((offs % 832)) < 800, tl.load(in17 + (offs % 832) + (offs // 832) * 32 - 768, mask=mask & ((offs % 832) >= 768) & ((offs % 832) < 800), other=0), tl.load(in18 + (offs % 832) + (offs // 832) * 32 - 800, mask=mask & ((offs % 832) >= 800) & ((offs % 832) < 832), other=0)))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in19 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1078 = ((l0) - (l1))
    l2 = tl.load(in20 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1081 = ((x1078) * (l2))
    l3 = tl.load(in21 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1084 = ((x1081) * (l3))
    l4 = tl.load(in22 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1085 = ((x1084) + (l4))
    x1086 = tl.where((x1085) > 0, (x1085), 0.0)
    tl.store(out0 + offs, (x1086).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_75(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (1, 1, 1))
    a20 = _pike_strided(a20, (1, 1, 1))
    a21 = _pike_strided(a21, (1, 1, 1))
    a22 = _pike_strided(a22, (1, 1, 1))
    o0 = torch.empty_strided((10, 832, 14, 14), (163072, 1, 11648, 832), dtype=torch.float32, device=a0.device)
    pk_batch_norm_75[(triton.cdiv(1630720, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1096(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 864
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1096 = ((l0) + (1e-05))
    x1097 = tl.rsqrt(x1096)
    tl.store(out0 + offs, (x1097).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1096(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((864, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1096[(triton.cdiv(864, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_77(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, in23, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1693440
    l0 = (tl.where(((offs % 864)) < 256, tl.load(in0 + (offs % 864) + (offs // 864) * 256 - 0, mask=mask & ((offs % 864) >= 0) & ((offs % 864) < 256), other=0), tl.where(((offs % 864)) < 288, tl.load(in1 + (offs % 864) + (offs // 864) * 32 - 256, mask=mask & ((offs % 864) >= 256) & ((offs % 864) < 288), other=0), tl.where(((offs % 864)) < 320, tl.load(in2 + (offs % 864) + (offs // 864) * 32 - 288, mask=mask & ((offs % 864) >= 288) & ((offs % 864) < 320), other=0), tl.where(((offs % 864)) < 352, tl.load(in3 + (offs % 864) + (offs // 864) * 32 - 320, mask=mask & ((offs % 864) >= 320) & ((offs % 864) < 352), other=0), tl.where(((offs % 864)) < 384, tl.load(in4 + (offs % 864) + (offs // 864) * 32 - 352, mask=mask & ((offs % 864) >= 352) & ((offs % 864) < 384), other=0), tl.where(((offs % 864)) < 416, tl.load(in5 + (offs % 864) + (offs // 864) * 32 - 384, mask=mask & ((offs % 864) >= 384) & ((offs % 864) < 416), other=0), tl.where(((offs % 864)) < 448, tl.load(in6 + (offs % 864) + (offs // 864) * 32 - 416, mask=mask & ((offs % 864) >= 416) & ((offs % 864) < 448), other=0), tl.where(((offs % 864)) < 480, tl.load(in7 + (offs % 864) + (offs // 864) * 32 - 448, mask=mask & ((offs % 864) >= 448) & ((offs % 864) < 480), other=0), tl.where(((offs % 864)) < 512, tl.load(in8 + (offs % 864) + (offs // 864) * 32 - 480, mask=mask & ((offs % 864) >= 480) & ((offs % 864) < 512), other=0), tl.where(((offs % 864)) < 544, tl.load(in9 + (offs % 864) + (offs // 864) * 32 - 512, mask=mask & ((offs % 864) >= 512) & ((offs % 864) < 544), other=0), tl.where(((offs % 864)) < 576, tl.load(in10 + (offs % 864) + (offs // 864) * 32 - 544, mask=mask & ((offs % 864) >= 544) & ((offs % 864) < 576), other=0), tl.where(((offs % 864)) < 608, tl.load(in11 + (offs % 864) + (offs // 864) * 32 - 576, mask=mask & ((offs % 864) >= 576) & ((offs % 864) < 608), other=0), tl.where(((offs % 864)) < 640, tl.load(in12 + (offs % 864) + (offs // 864) * 32 - 608, mask=mask & ((offs % 864) >= 608) & ((offs % 864) < 640), other=0), tl.where(((offs % 864)) < 672, tl.load(in13 + (offs % 864) + (offs // 864) * 32 - 640, mask=mask & ((offs % 864) >= 640) & ((offs % 864) < 672), other=0), tl.where(((offs % 864)) < 704, tl.load(in14 + (offs % 864) + (offs // 864) * 32 - 672, mask=mask & ((offs % 864) >= 672) & ((offs % 864) < 704), other=0), tl.where(((offs % 864)) < 736, tl.load(in15 + (offs % 864) + (offs // 864) * 32 - 704, mask=mask & ((offs % 864) >= 704) & ((offs % 864) < 736), other=0), tl.where(((offs % 864)) < 768, tl.load(in16 + (offs % 864) + (offs // 864) * 32 - 736, mask=mask & ((offs % 864) >= 736) & ((offs % 864) < 768), other=0), tl.where(((offs % 864)) < 800, tl.load(in17 + (offs % 864) + (offs // 864) * 32 - 768, mask=mask & ((offs % 864) >= 768) & ((offs % 864) < 800), other=0), tl.where(((offs % 864)) < 832, tl.load(in18 + (offs % 864) + (offs // 864) * 32 - 800, mask=mask & ((offs % 864) >= 800) & ((offs % 864) < 832), other=0), tl.load(in19 + (offs % 864) + (offs // 864) * 32 - 832, mask=mask & ((offs % 864) >= 832) & ((offs % 864) < 864), other=0))))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in20 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1095 = ((l0) - (l1))
    l2 = tl.load(in21 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1098 = ((x1095) * (l2))
    l3 = tl.load(in22 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1101 = ((x1098) * (l3))
    l4 = tl.load(in23 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1102 = ((x1101) + (l4))
    x1103 = tl.where((x1102) > 0, (x1102), 0.0)
    tl.store(out0 + offs, (x1103).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_77(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (6272, 1, 448, 32))
    a20 = _pike_strided(a20, (1, 1, 1))
    a21 = _pike_strided(a21, (1, 1, 1))
    a22 = _pike_strided(a22, (1, 1, 1))
    a23 = _pike_strided(a23, (1, 1, 1))
    o0 = torch.empty_strided((10, 864, 14, 14), (169344, 1, 12096, 864), dtype=torch.float32, device=a0.device)
    pk_batch_norm_77[(triton.cdiv(1693440, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1113(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 896
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1113 = ((l0) + (1e-05))
    x1114 = tl.rsqrt(x1113)
    tl.store(out0 + offs, (x1114).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1113(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((896, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1113[(triton.cdiv(896, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_79(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, in23, in24, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1756160
    l0 = (tl.where(((offs % 896)) < 256, tl.load(in0 + (offs % 896) + (offs // 896) * 256 - 0, mask=mask & ((offs % 896) >= 0) & ((offs % 896) < 256), other=0), tl.where(((offs % 896)) < 288, tl.load(in1 + (offs % 896) + (offs // 896) * 32 - 256, mask=mask & ((offs % 896) >= 256) & ((offs % 896) < 288), other=0), tl.where(((offs % 896)) < 320, tl.load(in2 + (offs % 896) + (offs // 896) * 32 - 288, mask=mask & ((offs % 896) >= 288) & ((offs % 896) < 320), other=0), tl.where(((offs % 896)) < 352, tl.load(in3 + (offs % 896) + (offs // 896) * 32 - 320, mask=mask & ((offs % 896) >= 320) & ((offs % 896) < 352), other=0), tl.where(((offs % 896)) < 384, tl.load(in4 + (offs % 896) + (offs // 896) * 32 - 352, mask=mask & ((offs % 896) >= 352) & ((offs % 896) < 384), other=0), tl.where(((offs % 896)) < 416, tl.load(in5 + (offs % 896) + (offs // 896) * 32 - 384, mask=mask & ((offs % 896) >= 384) & ((offs % 896) < 416), other=0), tl.where(((offs % 896)) < 448, tl.load(in6 + (offs % 896) + (offs // 896) * 32 - 416, mask=mask & ((offs % 896) >= 416) & ((offs % 896) < 448), other=0), tl.where(((offs % 896)) < 480, tl.load(in7 + (offs % 896) + (offs // 896) * 32 - 448, mask=mask & ((offs % 896) >= 448) & ((offs % 896) < 480), other=0), tl.where(((offs % 896)) < 512, tl.load(in8 + (offs % 896) + (offs // 896) * 32 - 480, mask=mask & ((offs % 896) >= 480) & ((offs % 896) < 512), other=0), tl.where(((offs % 896)) < 544, tl.load(in9 + (offs % 896) + (offs // 896) * 32 - 512, mask=mask & ((offs % 896) >= 512) & ((offs % 896) < 544), other=0), tl.where(((offs % 896)) < 576, tl.load(in10 + (offs % 896) + (offs // 896) * 32 - 544, mask=mask & ((offs % 896) >= 544) & ((offs % 896) < 576), other=0), tl.where(((offs % 896)) < 608, tl.load(in11 + (offs % 896) + (offs // 896) * 32 - 576, mask=mask & ((offs % 896) >= 576) & ((offs % 896) < 608), other=0), tl.where(((offs % 896)) < 640, tl.load(in12 + (offs % 896) + (offs // 896) * 32 - 608, mask=mask & ((offs % 896) >= 608) & ((offs % 896) < 640), other=0), tl.where(((offs % 896)) < 672, tl.load(in13 + (offs % 896) + (offs // 896) * 32 - 640, mask=mask & ((offs % 896) >= 640) & ((offs % 896) < 672), other=0), tl.where(((offs % 896)) < 704, tl.load(in14 + (offs % 896) + (offs // 896) * 32 - 672, mask=mask & ((offs % 896) >= 672) & ((offs % 896) < 704), other=0), tl.where(((offs % 896)) < 736, tl.load(in15 + (offs % 896) + (offs // 896) * 32 - 704, mask=mask & ((offs % 896) >= 704) & ((offs % 896) < 736), other=0), tl.where(((offs % 896)) < 768, tl.load(in16 + (offs % 896) + (offs // 896) * 32 - 736, mask=mask & ((offs % 896) >= 736) & ((offs % 896) < 768), other=0), tl.where(((offs % 896)) < 800, tl.load(in17 + (offs % 896) + (offs // 896) * 32 - 768, mask=mask & ((offs % 896) >= 768) & ((offs % 896) < 800), other=0), tl.where(((offs % 896)) < 832, tl.load(in18 + (offs % 896) + (offs // 896) * 32 - 800, mask=mask & ((offs % 896) >= 800) & ((offs % 896) < 832), other=0), tl.where(((offs % 896)) < 864, tl.load(in19 + (offs % 896) + (offs // 896) * 32 - 832, mask=mask & ((offs % 896) >= 832) & ((offs % 896) < 864), other=0), tl.load(in20 + (offs % 896) + (offs // 896) * 32 - 864, mask=mask & ((offs % 896) >= 864) & ((offs % 896) < 896), other=0)))))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in21 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1112 = ((l0) - (l1))
    l2 = tl.load(in22 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1115 = ((x1112) * (l2))
    l3 = tl.load(in23 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1118 = ((x1115) * (l3))
    l4 = tl.load(in24 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1119 = ((x1118) + (l4))
    x1120 = tl.where((x1119) > 0, (x1119), 0.0)
    tl.store(out0 + offs, (x1120).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_79(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (6272, 1, 448, 32))
    a20 = _pike_strided(a20, (6272, 1, 448, 32))
    a21 = _pike_strided(a21, (1, 1, 1))
    a22 = _pike_strided(a22, (1, 1, 1))
    a23 = _pike_strided(a23, (1, 1, 1))
    a24 = _pike_strided(a24, (1, 1, 1))
    o0 = torch.empty_strided((10, 896, 14, 14), (175616, 1, 12544, 896), dtype=torch.float32, device=a0.device)
    pk_batch_norm_79[(triton.cdiv(1756160, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1130(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 928
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1130 = ((l0) + (1e-05))
    x1131 = tl.rsqrt(x1130)
    tl.store(out0 + offs, (x1131).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1130(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((928, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1130[(triton.cdiv(928, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_81(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, in23, in24, in25, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1818880
    l0 = (tl.where(((offs % 928)) < 256, tl.load(in0 + (offs % 928) + (offs // 928) * 256 - 0, mask=mask & ((offs % 928) >= 0) & ((offs % 928) < 256), other=0), tl.where(((offs % 928)) < 288, tl.load(in1 + (offs % 928) + (offs // 928) * 32 - 256, mask=mask & ((offs % 928) >= 256) & ((offs % 928) < 288), other=0), tl.where(((offs % 928)) < 320, tl.load(in2 + (offs % 928) + (offs // 928) * 32 - 288, mask=mask & ((offs % 928) >= 288) & ((offs % 928) < 320), other=0), tl.where(((offs % 928)) < 352, tl.load(in3 + (offs % 928) + (offs // 928) * 32 - 320, mask=mask & ((offs % 928) >= 320) & ((offs % 928) < 352), other=0), tl.where(((offs % 928)) < 384, tl.load(in4 + (offs % 928) + (offs // 928) * 32 - 352, mask=mask & ((offs % 928) >= 352) & ((offs % 928) < 384), other=0), tl.where(((offs % 928)) < 416, tl.load(in5 + (offs % 928) + (offs // 928) * 32 - 384, mask=mask & ((offs % 928) >= 384) & ((offs % 928) < 416), other=0), tl.where(((offs % 928)) < 448, tl.load(in6 + (offs % 928) + (offs // 928) * 32 - 416, mask=mask & ((offs % 928) >= 416) & ((offs % 928) < 448), other=0), tl.where(((offs % 928)) < 480, tl.load(in7 + (offs % 928) + (offs // 928) * 32 - 448, mask=mask & ((offs % 928) >= 448) & ((offs % 928) < 480), other=0), tl.where(((offs % 928)) < 512, tl.load(in8 + (offs % 928) + (offs // 928) * 32 - 480, mask=mask & ((offs % 928) >= 480) & ((offs % 928) < 512), other=0), tl.where(((offs % 928)) < 544, tl.load(in9 + (offs % 928) + (offs // 928) * 32 - 512, mask=mask & ((offs % 928) >= 512) & ((offs % 928) < 544), other=0), tl.where(((offs % 928)) < 576, tl.load(in10 + (offs % 928) + (offs // 928) * 32 - 544, mask=mask & ((offs % 928) >= 544) & ((offs % 928) < 576), other=0), tl.where(((offs % 928)) < 608, tl.load(in11 + (offs % 928) + (offs // 928) * 32 - 576, mask=mask & ((offs % 928) >= 576) & ((offs % 928) < 608), other=0), tl.where(((offs % 928)) < 640, tl.load(in12 + (offs % 928) + (offs // 928) * 32 - 608, mask=mask & ((offs % 928) >= 608) & ((offs % 928) < 640), other=0), tl.where(((offs % 928)) < 672, tl.load(in13 + (offs % 928) + (offs // 928) * 32 - 640, mask=mask & ((offs % 928) >= 640) & ((offs % 928) < 672), other=0), tl.where(((offs % 928)) < 704, tl.load(in14 + (offs % 928) + (offs // 928) * 32 - 672, mask=mask & ((offs % 928) >= 672) & ((offs % 928) < 704), other=0), tl.where(((offs % 928)) < 736, tl.load(in15 + (offs % 928) + (offs // 928) * 32 - 704, mask=mask & ((offs % 928) >= 704) & ((offs % 928) < 736), other=0), tl.where(((offs % 928)) < 768, tl.load(in16 + (offs % 928) + (offs // 928) * 32 - 736, mask=mask & ((offs % 928) >= 736) & ((offs % 928) < 768), other=0), tl.where(((offs % 928)) < 800, tl.load(in17 + (offs % 928) + (offs // 928) * 32 - 768, mask=mask & ((offs % 928) >= 768) & ((offs % 928) < 800), other=0), tl.where(((offs % 928)) < 832, tl.load(in18 + (offs % 928) + (offs // 928) * 32 - 800, mask=mask & ((offs % 928) >= 800) & ((offs % 928) < 832), other=0), tl.where(((offs % 928)) < 864, tl.load(in19 + (offs % 928) + (offs // 928) * 32 - 832, mask=mask & ((offs % 928) >= 832) & ((offs % 928) < 864), other=0), tl.where(((offs % 928)) < 896, tl.load(in20 + (offs % 928) + (offs // 928) * 32 - 864, mask=mask & ((offs % 928) >= 864) & ((offs % 928) < 896), other=0), tl.load(in21 + (offs % 928) + (offs // 928) * 32 - 896, mask=mask & ((offs % 928) >= 896) & ((offs % 928) < 928), other=0))))))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in22 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1129 = ((l0) - (l1))
    l2 = tl.load(in23 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1132 = ((x1129) * (l2))
    l3 = tl.load(in24 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1135 = ((x1132) * (l3))
    l4 = tl.load(in25 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1136 = ((x1135) + (l4))
    x1137 = tl.where((x1136) > 0, (x1136), 0.0)
    tl.store(out0 + offs, (x1137).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_81(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (6272, 1, 448, 32))
    a20 = _pike_strided(a20, (6272, 1, 448, 32))
    a21 = _pike_strided(a21, (6272, 1, 448, 32))
    a22 = _pike_strided(a22, (1, 1, 1))
    a23 = _pike_strided(a23, (1, 1, 1))
    a24 = _pike_strided(a24, (1, 1, 1))
    a25 = _pike_strided(a25, (1, 1, 1))
    o0 = torch.empty_strided((10, 928, 14, 14), (181888, 1, 12992, 928), dtype=torch.float32, device=a0.device)
    pk_batch_norm_81[(triton.cdiv(1818880, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1147(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 960
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1147 = ((l0) + (1e-05))
    x1148 = tl.rsqrt(x1147)
    tl.store(out0 + offs, (x1148).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1147(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((960, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1147[(triton.cdiv(960, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_83(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, in23, in24, in25, in26, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1881600
    l0 = (tl.where(((offs % 960)) < 256, tl.load(in0 + (offs % 960) + (offs // 960) * 256 - 0, mask=mask & ((offs % 960) >= 0) & ((offs % 960) < 256), other=0), tl.where(((offs % 960)) < 288, tl.load(in1 + (offs % 960) + (offs // 960) * 32 - 256, mask=mask & ((offs % 960) >= 256) & ((offs % 960) < 288), other=0), tl.where(((offs % 960)) < 320, tl.load(in2 + (offs % 960) + (offs // 960) * 32 - 288, mask=mask & ((offs % 960) >= 288) & ((offs % 960) < 320), other=0), tl.where(((offs % 960)) < 352, tl.load(in3 + (offs % 960) + (offs // 960) * 32 - 320, mask=mask & ((offs % 960) >= 320) & ((offs % 960) < 352), other=0), tl.where(((offs % 960)) < 384, tl.load(in4 + (offs % 960) + (offs // 960) * 32 - 352, mask=mask & ((offs % 960) >= 352) & ((offs % 960) < 384), other=0), tl.where(((offs % 960)) < 416, tl.load(in5 + (offs % 960) + (offs // 960) * 32 - 384, mask=mask & ((offs % 960) >= 384) & ((offs % 960) < 416), other=0), tl.where(((offs % 960)) < 448, tl.load(in6 + (offs % 960) + (offs // 960) * 32 - 416, mask=mask & ((offs % 960) >= 416) & ((offs % 960) < 448), other=0), tl.where(((offs % 960)) < 480, tl.load(in7 + (offs % 960) + (offs // 960) * 32 - 448, mask=mask & ((offs % 960) >= 448) & ((offs % 960) < 480), other=0), tl.where(((offs % 960)) < 512, tl.load(in8 + (offs % 960) + (offs // 960) * 32 - 480, mask=mask & ((offs % 960) >= 480) & ((offs % 960) < 512), other=0), tl.where(((offs % 960)) < 544, tl.load(in9 + (offs % 960) + (offs // 960) * 32 - 512, mask=mask & ((offs % 960) >= 512) & ((offs % 960) < 544), other=0), tl.where(((offs % 960)) < 576, tl.load(in10 + (offs % 960) + (offs // 960) * 32 - 544, mask=mask & ((offs % 960) >= 544) & ((offs % 960) < 576), other=0), tl.where(((offs % 960)) < 608, tl.load(in11 + (offs % 960) + (offs // 960) * 32 - 576, mask=mask & ((offs % 960) >= 576) & ((offs % 960) < 608), other=0), tl.where(((offs % 960)) < 640, tl.load(in12 + (offs % 960) + (offs // 960) * 32 - 608, mask=mask & ((offs % 960) >= 608) & ((offs % 960) < 640), other=0), tl.where(((offs % 960)) < 672, tl.load(in13 + (offs % 960) + (offs // 960) * 32 - 640, mask=mask & ((offs % 960) >= 640) & ((offs % 960) < 672), other=0), tl.where(((offs % 960)) < 704, tl.load(in14 + (offs % 960) + (offs // 960) * 32 - 672, mask=mask & ((offs % 960) >= 672) & ((offs % 960) < 704), other=0), tl.where(((offs % 960)) < 736, tl.load(in15 + (offs % 960) + (offs // 960) * 32 - 704, mask=mask & ((offs % 960) >= 704) & ((offs % 960) < 736), other=0), tl.where(((offs % 960)) < 768, tl.load(in16 + (offs % 960) + (offs // 960) * 32 - 736, mask=mask & ((offs % 960) >= 736) & ((offs % 960) < 768), other=0), tl.where(((offs % 960)) < 800, tl.load(in17 + (offs % 960) + (offs // 960) * 32 - 768, mask=mask & ((offs % 960) >= 768) & ((offs % 960) < 800), other=0), tl.where(((offs % 960)) < 832, tl.load(in18 + (offs % 960) + (offs // 960) * 32 - 800, mask=mask & ((offs % 960) >= 800) & ((offs % 960) < 832), other=0), tl.where(((offs % 960)) < 864, tl.load(in19 + (offs % 960) + (offs // 960) * 32 - 832, mask=mask & ((offs % 960) >= 832) & ((offs % 960) < 864), other=0), tl.where(((offs % 960)) < 896, tl.load(in20 + (offs % 960) + (offs // 960) * 32 - 864, mask=mask & ((offs % 960) >= 864) & ((offs % 960) < 896), other=0), tl.where(((offs % 960)) < 928, tl.load(in21 + (offs % 960) + (offs // 960) * 32 - 896, mask=mask & ((offs % 960) >= 896) & ((offs % 960) < 928), other=0), tl.load(in22 + (offs % 960) + (offs // 960) * 32 - 928, mask=mask & ((offs % 960) >= 928) & ((offs % 960) < 960), other=0)))))))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in23 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1146 = ((l0) - (l1))
    l2 = tl.load(in24 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1149 = ((x1146) * (l2))
    l3 = tl.load(in25 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1152 = ((x1149) * (l3))
    l4 = tl.load(in26 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1153 = ((x1152) + (l4))
    x1154 = tl.where((x1153) > 0, (x1153), 0.0)
    tl.store(out0 + offs, (x1154).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_83(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (6272, 1, 448, 32))
    a20 = _pike_strided(a20, (6272, 1, 448, 32))
    a21 = _pike_strided(a21, (6272, 1, 448, 32))
    a22 = _pike_strided(a22, (6272, 1, 448, 32))
    a23 = _pike_strided(a23, (1, 1, 1))
    a24 = _pike_strided(a24, (1, 1, 1))
    a25 = _pike_strided(a25, (1, 1, 1))
    a26 = _pike_strided(a26, (1, 1, 1))
    o0 = torch.empty_strided((10, 960, 14, 14), (188160, 1, 13440, 960), dtype=torch.float32, device=a0.device)
    pk_batch_norm_83[(triton.cdiv(1881600, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1164(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 992
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1164 = ((l0) + (1e-05))
    x1165 = tl.rsqrt(x1164)
    tl.store(out0 + offs, (x1165).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1164(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((992, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1164[(triton.cdiv(992, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_85(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, in23, in24, in25, in26, in27, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1944320
    l0 = (tl.where(((offs % 992)) < 256, tl.load(in0 + (offs % 992) + (offs // 992) * 256 - 0, mask=mask & ((offs % 992) >= 0) & ((offs % 992) < 256), other=0), tl.where(((offs % 992)) < 288, tl.load(in1 + (offs % 992) + (offs // 992) * 32 - 256, mask=mask & ((offs % 992) >= 256) & ((offs % 992) < 288), other=0), tl.where(((offs % 992)) < 320, tl.load(in2 + (offs % 992) + (offs // 992) * 32 - 288, mask=mask & ((offs % 992) >= 288) & ((offs % 992) < 320), other=0), tl.where(((offs % 992)) < 352, tl.load(in3 + (offs % 992) + (offs // 992) * 32 - 320, mask=mask & ((offs % 992) >= 320) & ((offs % 992) < 352), other=0), tl.where(((offs % 992)) < 384, tl.load(in4 + (offs % 992) + (offs // 992) * 32 - 352, mask=mask & ((offs % 992) >= 352) & ((offs % 992) < 384), other=0), tl.where(((offs % 992)) < 416, tl.load(in5 + (offs % 992) + (offs // 992) * 32 - 384, mask=mask & ((offs % 992) >= 384) & ((offs % 992) < 416), other=0), tl.where(((offs % 992)) < 448, tl.load(in6 + (offs % 992) + (offs // 992) * 32 - 416, mask=mask & ((offs % 992) >= 416) & ((offs % 992) < 448), other=0), tl.where(((offs % 992)) < 480, tl.load(in7 + (offs % 992) + (offs // 992) * 32 - 448, mask=mask & ((offs % 992) >= 448) & ((offs % 992) < 480), other=0), tl.where(((offs % 992)) < 512, tl.load(in8 + (offs % 992) + (offs // 992) * 32 - 480, mask=mask & ((offs % 992) >= 480) & ((offs % 992) < 512), other=0), tl.where(((offs % 992)) < 544, tl.load(in9 + (offs % 992) + (offs // 992) * 32 - 512, mask=mask & ((offs % 992) >= 512) & ((offs % 992) < 544), other=0), tl.where(((offs % 992)) < 576, tl.load(in10 + (offs % 992) + (offs // 992) * 32 - 544, mask=mask & ((offs % 992) >= 544) & ((offs % 992) < 576), other=0), tl.where(((offs % 992)) < 608, tl.load(in11 + (offs % 992) + (offs // 992) * 32 - 576, mask=mask & ((offs % 992) >= 576) & ((offs % 992) < 608), other=0), tl.where(((offs % 992)) < 640, tl.load(in12 + (offs % 992) + (offs // 992) * 32 - 608, mask=mask & ((offs % 992) >= 608) & ((offs % 992) < 640), other=0), tl.where(((offs % 992)) < 672, tl.load(in13 + (offs % 992) + (offs // 992) * 32 - 640, mask=mask & ((offs % 992) >= 640) & ((offs % 992) < 672), other=0), tl.where(((offs % 992)) < 704, tl.load(in14 + (offs % 992) + (offs // 992) * 32 - 672, mask=mask & ((offs % 992) >= 672) & ((offs % 992) < 704), other=0), tl.where(((offs % 992)) < 736, tl.load(in15 + (offs % 992) + (offs // 992) * 32 - 704, mask=mask & ((offs % 992) >= 704) & ((offs % 992) < 736), other=0), tl.where(((offs % 992)) < 768, tl.load(in16 + (offs % 992) + (offs // 992) * 32 - 736, mask=mask & ((offs % 992) >= 736) & ((offs % 992) < 768), other=0), tl.where(((offs % 992)) < 800, tl.load(in17 + (offs % 992) + (offs // 992) * 32 - 768, mask=mask & ((offs % 992) >= 768) & ((offs % 992) < 800), other=0), tl.where(((offs % 992)) < 832, tl.load(in18 + (offs % 992) + (offs // 992) * 32 - 800, mask=mask & ((offs % 992) >= 800) & ((offs % 992) < 832), other=0), tl.where(((offs % 992)) < 864, tl.load(in19 + (offs % 992) + (offs // 992) * 32 - 832, mask=mask & ((offs % 992) >= 832) & ((offs % 992) < 864), other=0), tl.where(((offs % 992)) < 896, tl.load(in20 + (offs % 992) + (offs // 992) * 32 - 864, mask=mask & ((offs % 992) >= 864) & ((offs % 992) < 896), other=0), tl.where(((offs % 992)) < 928, tl.load(in21 + (offs % 992) + (offs // 992) * 32 - 896, mask=mask & ((offs % 992) >= 896) & ((offs % 992) < 928), other=0), tl.where(((offs % 992)) < 960, tl.load(in22 + (offs % 992) + (offs // 992) * 32 - 928, mask=mask & ((offs % 992) >= 928) & ((offs % 992) < 960), other=0), tl.load(in23 + (offs % 992) + (offs // 992) * 32 - 960, mask=mask & ((offs % 992) >= 960) & ((offs % 992) < 992), other=0))))))))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in24 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1163 = ((l0) - (l1))
    l2 = tl.load(in25 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1166 = ((x1163) * (l2))
    l3 = tl.load(in26 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1169 = ((x1166) * (l3))
    l4 = tl.load(in27 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1170 = ((x1169) + (l4))
    x1171 = tl.where((x1170) > 0, (x1170), 0.0)
    tl.store(out0 + offs, (x1171).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_85(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (6272, 1, 448, 32))
    a20 = _pike_strided(a20, (6272, 1, 448, 32))
    a21 = _pike_strided(a21, (6272, 1, 448, 32))
    a22 = _pike_strided(a22, (6272, 1, 448, 32))
    a23 = _pike_strided(a23, (6272, 1, 448, 32))
    a24 = _pike_strided(a24, (1, 1, 1))
    a25 = _pike_strided(a25, (1, 1, 1))
    a26 = _pike_strided(a26, (1, 1, 1))
    a27 = _pike_strided(a27, (1, 1, 1))
    o0 = torch.empty_strided((10, 992, 14, 14), (194432, 1, 13888, 992), dtype=torch.float32, device=a0.device)
    pk_batch_norm_85[(triton.cdiv(1944320, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_v1181(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1024
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x1181 = ((l0) + (1e-05))
    x1182 = tl.rsqrt(x1181)
    tl.store(out0 + offs, (x1182).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_v1181(a0):
    a0 = _pike_strided(a0, (1, 1, 1))
    o0 = torch.empty((1024, 1, 1), dtype=torch.float32, device=a0.device)
    pk_v1181[(triton.cdiv(1024, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_87(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, in21, in22, in23, in24, in25, in26, in27, in28, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 2007040
    l0 = (tl.where(((offs % 1024)) < 256, tl.load(in0 + (offs % 1024) + (offs // 1024) * 256 - 0, mask=mask & ((offs % 1024) >= 0) & ((offs % 1024) < 256), other=0), tl.where(((offs % 1024)) < 288, tl.load(in1 + (offs % 1024) + (offs // 1024) * 32 - 256, mask=mask & ((offs % 1024) >= 256) & ((offs % 1024) < 288), other=0), tl.where(((offs % 1024)) < 320, tl.load(in2 + (offs % 1024) + (offs // 1024) * 32 - 288, mask=mask & ((offs % 1024) >= 288) & ((offs % 1024) < 320), other=0), tl.where(((offs % 1024)) < 352, tl.load(in3 + (offs % 1024) + (offs // 1024) * 32 - 320, mask=mask & ((offs % 1024) >= 320) & ((offs % 1024) < 352), other=0), tl.where(((offs % 1024)) < 384, tl.load(in4 + (offs % 1024) + (offs // 1024) * 32 - 352, mask=mask & ((offs % 1024) >= 352) & ((offs % 1024) < 384), other=0), tl.where(((offs % 1024)) < 416, tl.load(in5 + (offs % 1024) + (offs // 1024) * 32 - 384, mask=mask & ((offs % 1024) >= 384) & ((offs % 1024) < 416), other=0), tl.where(((offs % 1024)) < 448, tl.load(in6 + (offs % 1024) + (offs // 1024) * 32 - 416, mask=mask & ((offs % 1024) >= 416) & ((offs % 1024) < 448), other=0), tl.where(((offs % 1024)) < 480, tl.load(in7 + (offs % 1024) + (offs // 1024) * 32 - 448, mask=mask & ((offs % 1024) >= 448) & ((offs % 1024) < 480), other=0), tl.where(((offs % 1024)) < 512, tl.load(in8 + (offs % 1024) + (offs // 1024) * 32 - 480, mask=mask & ((offs % 1024) >= 480) & ((offs % 1024) < 512), other=0), tl.where(((offs % 1024)) < 544, tl.load(in9 + (offs % 1024) + (offs // 1024) * 32 - 512, mask=mask & ((offs % 1024) >= 512) & ((offs % 1024) < 544), other=0), tl.where(((offs % 1024)) < 576, tl.load(in10 + (offs % 1024) + (offs // 1024) * 32 - 544, mask=mask & ((offs % 1024) >= 544) & ((offs % 1024) < 576), other=0), tl.where(((offs % 1024)) < 608, tl.load(in11 + (offs % 1024) + (offs // 1024) * 32 - 576, mask=mask & ((offs % 1024) >= 576) & ((offs % 1024) < 608), other=0), tl.where(((offs % 1024)) < 640, tl.load(in12 + (offs % 1024) + (offs // 1024) * 32 - 608, mask=mask & ((offs % 1024) >= 608) & ((offs % 1024) < 640), other=0), tl.where(((offs % 1024)) < 672, tl.load(in13 + (offs % 1024) + (offs // 1024) * 32 - 640, mask=mask & ((offs % 1024) >= 640) & ((offs % 1024) < 672), other=0), tl.where(((offs % 1024)) < 704, tl.load(in14 + (offs % 1024) + (offs // 1024) * 32 - 672, mask=mask & ((offs % 1024) >= 672) & ((offs % 1024) < 704), other=0), tl.where(((offs % 1024)) < 736, tl.load(in15 + (offs % 1024) + (offs // 1024) * 32 - 704, mask=mask & ((offs % 1024) >= 704) & ((offs % 1024) < 736), other=0), tl.where(((offs % 1024)) < 768, tl.load(in16 + (offs % 1024) + (offs // 1024) * 32 - 736, mask=mask & ((offs % 1024) >= 736) & ((offs % 1024) < 768), other=0), tl.where(((offs % 1024)) < 800, tl.load(in17 + (offs % 1024) + (offs // 1024) * 32 - 768, mask=mask & ((offs % 1024) >= 768) & ((offs % 1024) < 800), other=0), tl.where(((offs % 1024)) < 832, tl.load(in18 + (offs % 1024) + (offs // 1024) * 32 - 800, mask=mask & ((offs % 1024) >= 800) & ((offs % 1024) < 832), other=0), tl.where(((offs % 1024)) < 864, tl.load(in19 + (offs % 1024) + (offs // 1024) * 32 - 832, mask=mask & ((offs % 1024) >= 832) & ((offs % 1024) < 864), other=0), tl.where(((offs % 1024)) < 896, tl.load(in20 + (offs % 1024) + (offs // 1024) * 32 - 864, mask=mask & ((offs % 1024) >= 864) & ((offs % 1024) < 896), other=0), tl.where(((offs % 1024)) < 928, tl.load(in21 + (offs % 1024) + (offs // 1024) * 32 - 896, mask=mask & ((offs % 1024) >= 896) & ((offs % 1024) < 928), other=0), tl.where(((offs % 1024)) < 960, tl.load(in22 + (offs % 1024) + (offs // 1024) * 32 - 928, mask=mask & ((offs % 1024) >= 928) & ((offs % 1024) < 960), other=0), tl.where(((offs % 1024)) < 992, tl.load(in23 + (offs % 1024) + (offs // 1024) * 32 - 960, mask=mask & ((offs % 1024) >= 960) & ((offs % 1024) < 992), other=0), tl.load(in24 + (offs % 1024) + (offs // 1024) * 32 - 992, mask=mask & ((offs % 1024) >= 992) & ((offs % 1024) < 1024), other=0)))))))))))))))))))))))))).to(tl.float32)
    l1 = tl.load(in25 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1180 = ((l0) - (l1))
    l2 = tl.load(in26 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1183 = ((x1180) * (l2))
    l3 = tl.load(in27 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1186 = ((x1183) * (l3))
    l4 = tl.load(in28 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1187 = ((x1186) + (l4))
    x1188 = tl.where((x1187) > 0, (x1187), 0.0)
    tl.store(out0 + offs, (x1188).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_87(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28):
    a0 = _pike_strided(a0, (50176, 1, 3584, 256))
    a1 = _pike_strided(a1, (6272, 1, 448, 32))
    a2 = _pike_strided(a2, (6272, 1, 448, 32))
    a3 = _pike_strided(a3, (6272, 1, 448, 32))
    a4 = _pike_strided(a4, (6272, 1, 448, 32))
    a5 = _pike_strided(a5, (6272, 1, 448, 32))
    a6 = _pike_strided(a6, (6272, 1, 448, 32))
    a7 = _pike_strided(a7, (6272, 1, 448, 32))
    a8 = _pike_strided(a8, (6272, 1, 448, 32))
    a9 = _pike_strided(a9, (6272, 1, 448, 32))
    a10 = _pike_strided(a10, (6272, 1, 448, 32))
    a11 = _pike_strided(a11, (6272, 1, 448, 32))
    a12 = _pike_strided(a12, (6272, 1, 448, 32))
    a13 = _pike_strided(a13, (6272, 1, 448, 32))
    a14 = _pike_strided(a14, (6272, 1, 448, 32))
    a15 = _pike_strided(a15, (6272, 1, 448, 32))
    a16 = _pike_strided(a16, (6272, 1, 448, 32))
    a17 = _pike_strided(a17, (6272, 1, 448, 32))
    a18 = _pike_strided(a18, (6272, 1, 448, 32))
    a19 = _pike_strided(a19, (6272, 1, 448, 32))
    a20 = _pike_strided(a20, (6272, 1, 448, 32))
    a21 = _pike_strided(a21, (6272, 1, 448, 32))
    a22 = _pike_strided(a22, (6272, 1, 448, 32))
    a23 = _pike_strided(a23, (6272, 1, 448, 32))
    a24 = _pike_strided(a24, (6272, 1, 448, 32))
    a25 = _pike_strided(a25, (1, 1, 1))
    a26 = _pike_strided(a26, (1, 1, 1))
    a27 = _pike_strided(a27, (1, 1, 1))
    a28 = _pike_strided(a28, (1, 1, 1))
    o0 = torch.empty_strided((10, 1024, 14, 14), (200704, 1, 14336, 1024), dtype=torch.float32, device=a0.device)
    pk_batch_norm_87[(triton.cdiv(2007040, 2048),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, o0, BLOCK=2048, num_warps=8)
    return o0,


@triton.jit
def pk_batch_norm_88(in0, in1, in2, in3, in4, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 250880
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x1194 = ((l0) - (l1))
    l2 = tl.load(in2 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x1197 = ((x1194) * (l2))
    l3 = tl.load(in3 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x1200 = ((x1197) * (l3))
    l4 = tl.load(in4 + (offs % 512), mask=mask, other=0).to(tl.float32)
    x1201 = ((x1200) + (l4))
    x1202 = tl.where((x1201) > 0, (x1201), 0.0)
    tl.store(out0 + offs, (x1202).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_88(a0, a1, a2, a3, a4):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    o0 = torch.empty_strided((10, 512, 7, 7), (25088, 1, 3584, 512), dtype=torch.float32, device=a0.device)
    pk_batch_norm_88[(triton.cdiv(250880, 1024),)](a0, a1, a2, a3, a4, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_43(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 62720
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x1205 = ((l0) + (l1))
    x1206 = tl.where((x1205) > 0, (x1205), 0.0)
    tl.store(out0 + offs, (x1206).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_43(a0, a1):
    a0 = _pike_strided(a0, (6272, 1, 896, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((10, 128, 7, 7), (6272, 1, 896, 128), dtype=torch.float32, device=a0.device)
    pk_add_43[(triton.cdiv(62720, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_90(in0, in1, in2, in3, in4, in5, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 266560
    l0 = (tl.where(((offs % 544)) < 512, tl.load(in0 + (offs % 544) + (offs // 544) * 512 - 0, mask=mask & ((offs % 544) >= 0) & ((offs % 544) < 512), other=0), tl.load(in1 + (offs % 544) + (offs // 544) * 32 - 512, mask=mask & ((offs % 544) >= 512) & ((offs % 544) < 544), other=0))).to(tl.float32)
    l1 = tl.load(in2 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x1211 = ((l0) - (l1))
    l2 = tl.load(in3 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x1214 = ((x1211) * (l2))
    l3 = tl.load(in4 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x1217 = ((x1214) * (l3))
    l4 = tl.load(in5 + (offs % 544), mask=mask, other=0).to(tl.float32)
    x1218 = ((x1217) + (l4))
    x1219 = tl.where((x1218) > 0, (x1218), 0.0)
    tl.store(out0 + offs, (x1219).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_90(a0, a1, a2, a3, a4, a5):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1, 1, 1))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    o0 = torch.empty_strided((10, 544, 7, 7), (26656, 1, 3808, 544), dtype=torch.float32, device=a0.device)
    pk_batch_norm_90[(triton.cdiv(266560, 1024),)](a0, a1, a2, a3, a4, a5, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_92(in0, in1, in2, in3, in4, in5, in6, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 282240
    l0 = (tl.where(((offs % 576)) < 512, tl.load(in0 + (offs % 576) + (offs // 576) * 512 - 0, mask=mask & ((offs % 576) >= 0) & ((offs % 576) < 512), other=0), tl.where(((offs % 576)) < 544, tl.load(in1 + (offs % 576) + (offs // 576) * 32 - 512, mask=mask & ((offs % 576) >= 512) & ((offs % 576) < 544), other=0), tl.load(in2 + (offs % 576) + (offs // 576) * 32 - 544, mask=mask & ((offs % 576) >= 544) & ((offs % 576) < 576), other=0)))).to(tl.float32)
    l1 = tl.load(in3 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x1228 = ((l0) - (l1))
    l2 = tl.load(in4 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x1231 = ((x1228) * (l2))
    l3 = tl.load(in5 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x1234 = ((x1231) * (l3))
    l4 = tl.load(in6 + (offs % 576), mask=mask, other=0).to(tl.float32)
    x1235 = ((x1234) + (l4))
    x1236 = tl.where((x1235) > 0, (x1235), 0.0)
    tl.store(out0 + offs, (x1236).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_92(a0, a1, a2, a3, a4, a5, a6):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1, 1, 1))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    o0 = torch.empty_strided((10, 576, 7, 7), (28224, 1, 4032, 576), dtype=torch.float32, device=a0.device)
    pk_batch_norm_92[(triton.cdiv(282240, 1024),)](a0, a1, a2, a3, a4, a5, a6, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_94(in0, in1, in2, in3, in4, in5, in6, in7, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 297920
    l0 = (tl.where(((offs % 608)) < 512, tl.load(in0 + (offs % 608) + (offs // 608) * 512 - 0, mask=mask & ((offs % 608) >= 0) & ((offs % 608) < 512), other=0), tl.where(((offs % 608)) < 544, tl.load(in1 + (offs % 608) + (offs // 608) * 32 - 512, mask=mask & ((offs % 608) >= 512) & ((offs % 608) < 544), other=0), tl.where(((offs % 608)) < 576, tl.load(in2 + (offs % 608) + (offs // 608) * 32 - 544, mask=mask & ((offs % 608) >= 544) & ((offs % 608) < 576), other=0), tl.load(in3 + (offs % 608) + (offs // 608) * 32 - 576, mask=mask & ((offs % 608) >= 576) & ((offs % 608) < 608), other=0))))).to(tl.float32)
    l1 = tl.load(in4 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x1245 = ((l0) - (l1))
    l2 = tl.load(in5 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x1248 = ((x1245) * (l2))
    l3 = tl.load(in6 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x1251 = ((x1248) * (l3))
    l4 = tl.load(in7 + (offs % 608), mask=mask, other=0).to(tl.float32)
    x1252 = ((x1251) + (l4))
    x1253 = tl.where((x1252) > 0, (x1252), 0.0)
    tl.store(out0 + offs, (x1253).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_94(a0, a1, a2, a3, a4, a5, a6, a7):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1, 1, 1))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    o0 = torch.empty_strided((10, 608, 7, 7), (29792, 1, 4256, 608), dtype=torch.float32, device=a0.device)
    pk_batch_norm_94[(triton.cdiv(297920, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_96(in0, in1, in2, in3, in4, in5, in6, in7, in8, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 313600
    l0 = (tl.where(((offs % 640)) < 512, tl.load(in0 + (offs % 640) + (offs // 640) * 512 - 0, mask=mask & ((offs % 640) >= 0) & ((offs % 640) < 512), other=0), tl.where(((offs % 640)) < 544, tl.load(in1 + (offs % 640) + (offs // 640) * 32 - 512, mask=mask & ((offs % 640) >= 512) & ((offs % 640) < 544), other=0), tl.where(((offs % 640)) < 576, tl.load(in2 + (offs % 640) + (offs // 640) * 32 - 544, mask=mask & ((offs % 640) >= 544) & ((offs % 640) < 576), other=0), tl.where(((offs % 640)) < 608, tl.load(in3 + (offs % 640) + (offs // 640) * 32 - 576, mask=mask & ((offs % 640) >= 576) & ((offs % 640) < 608), other=0), tl.load(in4 + (offs % 640) + (offs // 640) * 32 - 608, mask=mask & ((offs % 640) >= 608) & ((offs % 640) < 640), other=0)))))).to(tl.float32)
    l1 = tl.load(in5 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x1262 = ((l0) - (l1))
    l2 = tl.load(in6 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x1265 = ((x1262) * (l2))
    l3 = tl.load(in7 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x1268 = ((x1265) * (l3))
    l4 = tl.load(in8 + (offs % 640), mask=mask, other=0).to(tl.float32)
    x1269 = ((x1268) + (l4))
    x1270 = tl.where((x1269) > 0, (x1269), 0.0)
    tl.store(out0 + offs, (x1270).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_96(a0, a1, a2, a3, a4, a5, a6, a7, a8):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1, 1, 1))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    o0 = torch.empty_strided((10, 640, 7, 7), (31360, 1, 4480, 640), dtype=torch.float32, device=a0.device)
    pk_batch_norm_96[(triton.cdiv(313600, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_98(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 329280
    l0 = (tl.where(((offs % 672)) < 512, tl.load(in0 + (offs % 672) + (offs // 672) * 512 - 0, mask=mask & ((offs % 672) >= 0) & ((offs % 672) < 512), other=0), tl.where(((offs % 672)) < 544, tl.load(in1 + (offs % 672) + (offs // 672) * 32 - 512, mask=mask & ((offs % 672) >= 512) & ((offs % 672) < 544), other=0), tl.where(((offs % 672)) < 576, tl.load(in2 + (offs % 672) + (offs // 672) * 32 - 544, mask=mask & ((offs % 672) >= 544) & ((offs % 672) < 576), other=0), tl.where(((offs % 672)) < 608, tl.load(in3 + (offs % 672) + (offs // 672) * 32 - 576, mask=mask & ((offs % 672) >= 576) & ((offs % 672) < 608), other=0), tl.where(((offs % 672)) < 640, tl.load(in4 + (offs % 672) + (offs // 672) * 32 - 608, mask=mask & ((offs % 672) >= 608) & ((offs % 672) < 640), other=0), tl.load(in5 + (offs % 672) + (offs // 672) * 32 - 640, mask=mask & ((offs % 672) >= 640) & ((offs % 672) < 672), other=0))))))).to(tl.float32)
    l1 = tl.load(in6 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x1279 = ((l0) - (l1))
    l2 = tl.load(in7 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x1282 = ((x1279) * (l2))
    l3 = tl.load(in8 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x1285 = ((x1282) * (l3))
    l4 = tl.load(in9 + (offs % 672), mask=mask, other=0).to(tl.float32)
    x1286 = ((x1285) + (l4))
    x1287 = tl.where((x1286) > 0, (x1286), 0.0)
    tl.store(out0 + offs, (x1287).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_98(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1, 1, 1))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    o0 = torch.empty_strided((10, 672, 7, 7), (32928, 1, 4704, 672), dtype=torch.float32, device=a0.device)
    pk_batch_norm_98[(triton.cdiv(329280, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_100(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 344960
    l0 = (tl.where(((offs % 704)) < 512, tl.load(in0 + (offs % 704) + (offs // 704) * 512 - 0, mask=mask & ((offs % 704) >= 0) & ((offs % 704) < 512), other=0), tl.where(((offs % 704)) < 544, tl.load(in1 + (offs % 704) + (offs // 704) * 32 - 512, mask=mask & ((offs % 704) >= 512) & ((offs % 704) < 544), other=0), tl.where(((offs % 704)) < 576, tl.load(in2 + (offs % 704) + (offs // 704) * 32 - 544, mask=mask & ((offs % 704) >= 544) & ((offs % 704) < 576), other=0), tl.where(((offs % 704)) < 608, tl.load(in3 + (offs % 704) + (offs // 704) * 32 - 576, mask=mask & ((offs % 704) >= 576) & ((offs % 704) < 608), other=0), tl.where(((offs % 704)) < 640, tl.load(in4 + (offs % 704) + (offs // 704) * 32 - 608, mask=mask & ((offs % 704) >= 608) & ((offs % 704) < 640), other=0), tl.where(((offs % 704)) < 672, tl.load(in5 + (offs % 704) + (offs // 704) * 32 - 640, mask=mask & ((offs % 704) >= 640) & ((offs % 704) < 672), other=0), tl.load(in6 + (offs % 704) + (offs // 704) * 32 - 672, mask=mask & ((offs % 704) >= 672) & ((offs % 704) < 704), other=0)))))))).to(tl.float32)
    l1 = tl.load(in7 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1296 = ((l0) - (l1))
    l2 = tl.load(in8 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1299 = ((x1296) * (l2))
    l3 = tl.load(in9 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1302 = ((x1299) * (l3))
    l4 = tl.load(in10 + (offs % 704), mask=mask, other=0).to(tl.float32)
    x1303 = ((x1302) + (l4))
    x1304 = tl.where((x1303) > 0, (x1303), 0.0)
    tl.store(out0 + offs, (x1304).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_100(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1, 1, 1))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    o0 = torch.empty_strided((10, 704, 7, 7), (34496, 1, 4928, 704), dtype=torch.float32, device=a0.device)
    pk_batch_norm_100[(triton.cdiv(344960, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_102(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 360640
    l0 = (tl.where(((offs % 736)) < 512, tl.load(in0 + (offs % 736) + (offs // 736) * 512 - 0, mask=mask & ((offs % 736) >= 0) & ((offs % 736) < 512), other=0), tl.where(((offs % 736)) < 544, tl.load(in1 + (offs % 736) + (offs // 736) * 32 - 512, mask=mask & ((offs % 736) >= 512) & ((offs % 736) < 544), other=0), tl.where(((offs % 736)) < 576, tl.load(in2 + (offs % 736) + (offs // 736) * 32 - 544, mask=mask & ((offs % 736) >= 544) & ((offs % 736) < 576), other=0), tl.where(((offs % 736)) < 608, tl.load(in3 + (offs % 736) + (offs // 736) * 32 - 576, mask=mask & ((offs % 736) >= 576) & ((offs % 736) < 608), other=0), tl.where(((offs % 736)) < 640, tl.load(in4 + (offs % 736) + (offs // 736) * 32 - 608, mask=mask & ((offs % 736) >= 608) & ((offs % 736) < 640), other=0), tl.where(((offs % 736)) < 672, tl.load(in5 + (offs % 736) + (offs // 736) * 32 - 640, mask=mask & ((offs % 736) >= 640) & ((offs % 736) < 672), other=0), tl.where(((offs % 736)) < 704, tl.load(in6 + (offs % 736) + (offs // 736) * 32 - 672, mask=mask & ((offs % 736) >= 672) & ((offs % 736) < 704), other=0), tl.load(in7 + (offs % 736) + (offs // 736) * 32 - 704, mask=mask & ((offs % 736) >= 704) & ((offs % 736) < 736), other=0))))))))).to(tl.float32)
    l1 = tl.load(in8 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1313 = ((l0) - (l1))
    l2 = tl.load(in9 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1316 = ((x1313) * (l2))
    l3 = tl.load(in10 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1319 = ((x1316) * (l3))
    l4 = tl.load(in11 + (offs % 736), mask=mask, other=0).to(tl.float32)
    x1320 = ((x1319) + (l4))
    x1321 = tl.where((x1320) > 0, (x1320), 0.0)
    tl.store(out0 + offs, (x1321).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_102(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1, 1, 1))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    o0 = torch.empty_strided((10, 736, 7, 7), (36064, 1, 5152, 736), dtype=torch.float32, device=a0.device)
    pk_batch_norm_102[(triton.cdiv(360640, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_104(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 376320
    l0 = (tl.where(((offs % 768)) < 512, tl.load(in0 + (offs % 768) + (offs // 768) * 512 - 0, mask=mask & ((offs % 768) >= 0) & ((offs % 768) < 512), other=0), tl.where(((offs % 768)) < 544, tl.load(in1 + (offs % 768) + (offs // 768) * 32 - 512, mask=mask & ((offs % 768) >= 512) & ((offs % 768) < 544), other=0), tl.where(((offs % 768)) < 576, tl.load(in2 + (offs % 768) + (offs // 768) * 32 - 544, mask=mask & ((offs % 768) >= 544) & ((offs % 768) < 576), other=0), tl.where(((offs % 768)) < 608, tl.load(in3 + (offs % 768) + (offs // 768) * 32 - 576, mask=mask & ((offs % 768) >= 576) & ((offs % 768) < 608), other=0), tl.where(((offs % 768)) < 640, tl.load(in4 + (offs % 768) + (offs // 768) * 32 - 608, mask=mask & ((offs % 768) >= 608) & ((offs % 768) < 640), other=0), tl.where(((offs % 768)) < 672, tl.load(in5 + (offs % 768) + (offs // 768) * 32 - 640, mask=mask & ((offs % 768) >= 640) & ((offs % 768) < 672), other=0), tl.where(((offs % 768)) < 704, tl.load(in6 + (offs % 768) + (offs // 768) * 32 - 672, mask=mask & ((offs % 768) >= 672) & ((offs % 768) < 704), other=0), tl.where(((offs % 768)) < 736, tl.load(in7 + (offs % 768) + (offs // 768) * 32 - 704, mask=mask & ((offs % 768) >= 704) & ((offs % 768) < 736), other=0), tl.load(in8 + (offs % 768) + (offs // 768) * 32 - 736, mask=mask & ((offs % 768) >= 736) & ((offs % 768) < 768), other=0)))))))))).to(tl.float32)
    l1 = tl.load(in9 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1330 = ((l0) - (l1))
    l2 = tl.load(in10 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1333 = ((x1330) * (l2))
    l3 = tl.load(in11 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1336 = ((x1333) * (l3))
    l4 = tl.load(in12 + (offs % 768), mask=mask, other=0).to(tl.float32)
    x1337 = ((x1336) + (l4))
    x1338 = tl.where((x1337) > 0, (x1337), 0.0)
    tl.store(out0 + offs, (x1338).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_104(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1, 1, 1))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    o0 = torch.empty_strided((10, 768, 7, 7), (37632, 1, 5376, 768), dtype=torch.float32, device=a0.device)
    pk_batch_norm_104[(triton.cdiv(376320, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_106(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 392000
    l0 = (tl.where(((offs % 800)) < 512, tl.load(in0 + (offs % 800) + (offs // 800) * 512 - 0, mask=mask & ((offs % 800) >= 0) & ((offs % 800) < 512), other=0), tl.where(((offs % 800)) < 544, tl.load(in1 + (offs % 800) + (offs // 800) * 32 - 512, mask=mask & ((offs % 800) >= 512) & ((offs % 800) < 544), other=0), tl.where(((offs % 800)) < 576, tl.load(in2 + (offs % 800) + (offs // 800) * 32 - 544, mask=mask & ((offs % 800) >= 544) & ((offs % 800) < 576), other=0), tl.where(((offs % 800)) < 608, tl.load(in3 + (offs % 800) + (offs // 800) * 32 - 576, mask=mask & ((offs % 800) >= 576) & ((offs % 800) < 608), other=0), tl.where(((offs % 800)) < 640, tl.load(in4 + (offs % 800) + (offs // 800) * 32 - 608, mask=mask & ((offs % 800) >= 608) & ((offs % 800) < 640), other=0), tl.where(((offs % 800)) < 672, tl.load(in5 + (offs % 800) + (offs // 800) * 32 - 640, mask=mask & ((offs % 800) >= 640) & ((offs % 800) < 672), other=0), tl.where(((offs % 800)) < 704, tl.load(in6 + (offs % 800) + (offs // 800) * 32 - 672, mask=mask & ((offs % 800) >= 672) & ((offs % 800) < 704), other=0), tl.where(((offs % 800)) < 736, tl.load(in7 + (offs % 800) + (offs // 800) * 32 - 704, mask=mask & ((offs % 800) >= 704) & ((offs % 800) < 736), other=0), tl.where(((offs % 800)) < 768, tl.load(in8 + (offs % 800) + (offs // 800) * 32 - 736, mask=mask & ((offs % 800) >= 736) & ((offs % 800) < 768), other=0), tl.load(in9 + (offs % 800) + (offs // 800) * 32 - 768, mask=mask & ((offs % 800) >= 768) & ((offs % 800) < 800), other=0))))))))))).to(tl.float32)
    l1 = tl.load(in10 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1347 = ((l0) - (l1))
    l2 = tl.load(in11 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1350 = ((x1347) * (l2))
    l3 = tl.load(in12 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1353 = ((x1350) * (l3))
    l4 = tl.load(in13 + (offs % 800), mask=mask, other=0).to(tl.float32)
    x1354 = ((x1353) + (l4))
    x1355 = tl.where((x1354) > 0, (x1354), 0.0)
    tl.store(out0 + offs, (x1355).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_106(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1, 1, 1))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    o0 = torch.empty_strided((10, 800, 7, 7), (39200, 1, 5600, 800), dtype=torch.float32, device=a0.device)
    pk_batch_norm_106[(triton.cdiv(392000, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_108(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 407680
    l0 = (tl.where(((offs % 832)) < 512, tl.load(in0 + (offs % 832) + (offs // 832) * 512 - 0, mask=mask & ((offs % 832) >= 0) & ((offs % 832) < 512), other=0), tl.where(((offs % 832)) < 544, tl.load(in1 + (offs % 832) + (offs // 832) * 32 - 512, mask=mask & ((offs % 832) >= 512) & ((offs % 832) < 544), other=0), tl.where(((offs % 832)) < 576, tl.load(in2 + (offs % 832) + (offs // 832) * 32 - 544, mask=mask & ((offs % 832) >= 544) & ((offs % 832) < 576), other=0), tl.where(((offs % 832)) < 608, tl.load(in3 + (offs % 832) + (offs // 832) * 32 - 576, mask=mask & ((offs % 832) >= 576) & ((offs % 832) < 608), other=0), tl.where(((offs % 832)) < 640, tl.load(in4 + (offs % 832) + (offs // 832) * 32 - 608, mask=mask & ((offs % 832) >= 608) & ((offs % 832) < 640), other=0), tl.where(((offs % 832)) < 672, tl.load(in5 + (offs % 832) + (offs // 832) * 32 - 640, mask=mask & ((offs % 832) >= 640) & ((offs % 832) < 672), other=0), tl.where(((offs % 832)) < 704, tl.load(in6 + (offs % 832) + (offs // 832) * 32 - 672, mask=mask & ((offs % 832) >= 672) & ((offs % 832) < 704), other=0), tl.where(((offs % 832)) < 736, tl.load(in7 + (offs % 832) + (offs // 832) * 32 - 704, mask=mask & ((offs % 832) >= 704) & ((offs % 832) < 736), other=0), tl.where(((offs % 832)) < 768, tl.load(in8 + (offs % 832) + (offs // 832) * 32 - 736, mask=mask & ((offs % 832) >= 736) & ((offs % 832) < 768), other=0), tl.where(((offs % 832)) < 800, tl.load(in9 + (offs % 832) + (offs // 832) * 32 - 768, mask=mask & ((offs % 832) >= 768) & ((offs % 832) < 800), other=0), tl.load(in10 + (offs % 832) + (offs // 832) * 32 - 800, mask=mask & ((offs % 832) >= 800) & ((offs % 832) < 832), other=0)))))))))))).to(tl.float32)
    l1 = tl.load(in11 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1364 = ((l0) - (l1))
    l2 = tl.load(in12 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1367 = ((x1364) * (l2))
    l3 = tl.load(in13 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1370 = ((x1367) * (l3))
    l4 = tl.load(in14 + (offs % 832), mask=mask, other=0).to(tl.float32)
    x1371 = ((x1370) + (l4))
    x1372 = tl.where((x1371) > 0, (x1371), 0.0)
    tl.store(out0 + offs, (x1372).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_108(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1, 1, 1))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    o0 = torch.empty_strided((10, 832, 7, 7), (40768, 1, 5824, 832), dtype=torch.float32, device=a0.device)
    pk_batch_norm_108[(triton.cdiv(407680, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_110(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 423360
    l0 = (tl.where(((offs % 864)) < 512, tl.load(in0 + (offs % 864) + (offs // 864) * 512 - 0, mask=mask & ((offs % 864) >= 0) & ((offs % 864) < 512), other=0), tl.where(((offs % 864)) < 544, tl.load(in1 + (offs % 864) + (offs // 864) * 32 - 512, mask=mask & ((offs % 864) >= 512) & ((offs % 864) < 544), other=0), tl.where(((offs % 864)) < 576, tl.load(in2 + (offs % 864) + (offs // 864) * 32 - 544, mask=mask & ((offs % 864) >= 544) & ((offs % 864) < 576), other=0), tl.where(((offs % 864)) < 608, tl.load(in3 + (offs % 864) + (offs // 864) * 32 - 576, mask=mask & ((offs % 864) >= 576) & ((offs % 864) < 608), other=0), tl.where(((offs % 864)) < 640, tl.load(in4 + (offs % 864) + (offs // 864) * 32 - 608, mask=mask & ((offs % 864) >= 608) & ((offs % 864) < 640), other=0), tl.where(((offs % 864)) < 672, tl.load(in5 + (offs % 864) + (offs // 864) * 32 - 640, mask=mask & ((offs % 864) >= 640) & ((offs % 864) < 672), other=0), tl.where(((offs % 864)) < 704, tl.load(in6 + (offs % 864) + (offs // 864) * 32 - 672, mask=mask & ((offs % 864) >= 672) & ((offs % 864) < 704), other=0), tl.where(((offs % 864)) < 736, tl.load(in7 + (offs % 864) + (offs // 864) * 32 - 704, mask=mask & ((offs % 864) >= 704) & ((offs % 864) < 736), other=0), tl.where(((offs % 864)) < 768, tl.load(in8 + (offs % 864) + (offs // 864) * 32 - 736, mask=mask & ((offs % 864) >= 736) & ((offs % 864) < 768), other=0), tl.where(((offs % 864)) < 800, tl.load(in9 + (offs % 864) + (offs // 864) * 32 - 768, mask=mask & ((offs % 864) >= 768) & ((offs % 864) < 800), other=0), tl.where(((offs % 864)) < 832, tl.load(in10 + (offs % 864) + (offs // 864) * 32 - 800, mask=mask & ((offs % 864) >= 800) & ((offs % 864) < 832), other=0), tl.load(in11 + (offs % 864) + (offs // 864) * 32 - 832, mask=mask & ((offs % 864) >= 832) & ((offs % 864) < 864), other=0))))))))))))).to(tl.float32)
    l1 = tl.load(in12 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1381 = ((l0) - (l1))
    l2 = tl.load(in13 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1384 = ((x1381) * (l2))
    l3 = tl.load(in14 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1387 = ((x1384) * (l3))
    l4 = tl.load(in15 + (offs % 864), mask=mask, other=0).to(tl.float32)
    x1388 = ((x1387) + (l4))
    x1389 = tl.where((x1388) > 0, (x1388), 0.0)
    tl.store(out0 + offs, (x1389).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_110(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1568, 1, 224, 32))
    a12 = _pike_strided(a12, (1, 1, 1))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    o0 = torch.empty_strided((10, 864, 7, 7), (42336, 1, 6048, 864), dtype=torch.float32, device=a0.device)
    pk_batch_norm_110[(triton.cdiv(423360, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_112(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 439040
    l0 = (tl.where(((offs % 896)) < 512, tl.load(in0 + (offs % 896) + (offs // 896) * 512 - 0, mask=mask & ((offs % 896) >= 0) & ((offs % 896) < 512), other=0), tl.where(((offs % 896)) < 544, tl.load(in1 + (offs % 896) + (offs // 896) * 32 - 512, mask=mask & ((offs % 896) >= 512) & ((offs % 896) < 544), other=0), tl.where(((offs % 896)) < 576, tl.load(in2 + (offs % 896) + (offs // 896) * 32 - 544, mask=mask & ((offs % 896) >= 544) & ((offs % 896) < 576), other=0), tl.where(((offs % 896)) < 608, tl.load(in3 + (offs % 896) + (offs // 896) * 32 - 576, mask=mask & ((offs % 896) >= 576) & ((offs % 896) < 608), other=0), tl.where(((offs % 896)) < 640, tl.load(in4 + (offs % 896) + (offs // 896) * 32 - 608, mask=mask & ((offs % 896) >= 608) & ((offs % 896) < 640), other=0), tl.where(((offs % 896)) < 672, tl.load(in5 + (offs % 896) + (offs // 896) * 32 - 640, mask=mask & ((offs % 896) >= 640) & ((offs % 896) < 672), other=0), tl.where(((offs % 896)) < 704, tl.load(in6 + (offs % 896) + (offs // 896) * 32 - 672, mask=mask & ((offs % 896) >= 672) & ((offs % 896) < 704), other=0), tl.where(((offs % 896)) < 736, tl.load(in7 + (offs % 896) + (offs // 896) * 32 - 704, mask=mask & ((offs % 896) >= 704) & ((offs % 896) < 736), other=0), tl.where(((offs % 896)) < 768, tl.load(in8 + (offs % 896) + (offs // 896) * 32 - 736, mask=mask & ((offs % 896) >= 736) & ((offs % 896) < 768), other=0), tl.where(((offs % 896)) < 800, tl.load(in9 + (offs % 896) + (offs // 896) * 32 - 768, mask=mask & ((offs % 896) >= 768) & ((offs % 896) < 800), other=0), tl.where(((offs % 896)) < 832, tl.load(in10 + (offs % 896) + (offs // 896) * 32 - 800, mask=mask & ((offs % 896) >= 800) & ((offs % 896) < 832), other=0), tl.where(((offs % 896)) < 864, tl.load(in11 + (offs % 896) + (offs // 896) * 32 - 832, mask=mask & ((offs % 896) >= 832) & ((offs % 896) < 864), other=0), tl.load(in12 + (offs % 896) + (offs // 896) * 32 - 864, mask=mask & ((offs % 896) >= 864) & ((offs % 896) < 896), other=0)))))))))))))).to(tl.float32)
    l1 = tl.load(in13 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1398 = ((l0) - (l1))
    l2 = tl.load(in14 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1401 = ((x1398) * (l2))
    l3 = tl.load(in15 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1404 = ((x1401) * (l3))
    l4 = tl.load(in16 + (offs % 896), mask=mask, other=0).to(tl.float32)
    x1405 = ((x1404) + (l4))
    x1406 = tl.where((x1405) > 0, (x1405), 0.0)
    tl.store(out0 + offs, (x1406).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_112(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1568, 1, 224, 32))
    a12 = _pike_strided(a12, (1568, 1, 224, 32))
    a13 = _pike_strided(a13, (1, 1, 1))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    o0 = torch.empty_strided((10, 896, 7, 7), (43904, 1, 6272, 896), dtype=torch.float32, device=a0.device)
    pk_batch_norm_112[(triton.cdiv(439040, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_114(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 454720
    l0 = (tl.where(((offs % 928)) < 512, tl.load(in0 + (offs % 928) + (offs // 928) * 512 - 0, mask=mask & ((offs % 928) >= 0) & ((offs % 928) < 512), other=0), tl.where(((offs % 928)) < 544, tl.load(in1 + (offs % 928) + (offs // 928) * 32 - 512, mask=mask & ((offs % 928) >= 512) & ((offs % 928) < 544), other=0), tl.where(((offs % 928)) < 576, tl.load(in2 + (offs % 928) + (offs // 928) * 32 - 544, mask=mask & ((offs % 928) >= 544) & ((offs % 928) < 576), other=0), tl.where(((offs % 928)) < 608, tl.load(in3 + (offs % 928) + (offs // 928) * 32 - 576, mask=mask & ((offs % 928) >= 576) & ((offs % 928) < 608), other=0), tl.where(((offs % 928)) < 640, tl.load(in4 + (offs % 928) + (offs // 928) * 32 - 608, mask=mask & ((offs % 928) >= 608) & ((offs % 928) < 640), other=0), tl.where(((offs % 928)) < 672, tl.load(in5 + (offs % 928) + (offs // 928) * 32 - 640, mask=mask & ((offs % 928) >= 640) & ((offs % 928) < 672), other=0), tl.where(((offs % 928)) < 704, tl.load(in6 + (offs % 928) + (offs // 928) * 32 - 672, mask=mask & ((offs % 928) >= 672) & ((offs % 928) < 704), other=0), tl.where(((offs % 928)) < 736, tl.load(in7 + (offs % 928) + (offs // 928) * 32 - 704, mask=mask & ((offs % 928) >= 704) & ((offs % 928) < 736), other=0), tl.where(((offs % 928)) < 768, tl.load(in8 + (offs % 928) + (offs // 928) * 32 - 736, mask=mask & ((offs % 928) >= 736) & ((offs % 928) < 768), other=0), tl.where(((offs % 928)) < 800, tl.load(in9 + (offs % 928) + (offs // 928) * 32 - 768, mask=mask & ((offs % 928) >= 768) & ((offs % 928) < 800), other=0), tl.where(((offs % 928)) < 832, tl.load(in10 + (offs % 928) + (offs // 928) * 32 - 800, mask=mask & ((offs % 928) >= 800) & ((offs % 928) < 832), other=0), tl.where(((offs % 928)) < 864, tl.load(in11 + (offs % 928) + (offs // 928) * 32 - 832, mask=mask & ((offs % 928) >= 832) & ((offs % 928) < 864), other=0), tl.where(((offs % 928)) < 896, tl.load(in12 + (offs % 928) + (offs // 928) * 32 - 864, mask=mask & ((offs % 928) >= 864) & ((offs % 928) < 896), other=0), tl.load(in13 + (offs % 928) + (offs // 928) * 32 - 896, mask=mask & ((offs % 928) >= 896) & ((offs % 928) < 928), other=0))))))))))))))).to(tl.float32)
    l1 = tl.load(in14 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1415 = ((l0) - (l1))
    l2 = tl.load(in15 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1418 = ((x1415) * (l2))
    l3 = tl.load(in16 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1421 = ((x1418) * (l3))
    l4 = tl.load(in17 + (offs % 928), mask=mask, other=0).to(tl.float32)
    x1422 = ((x1421) + (l4))
    x1423 = tl.where((x1422) > 0, (x1422), 0.0)
    tl.store(out0 + offs, (x1423).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_114(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1568, 1, 224, 32))
    a12 = _pike_strided(a12, (1568, 1, 224, 32))
    a13 = _pike_strided(a13, (1568, 1, 224, 32))
    a14 = _pike_strided(a14, (1, 1, 1))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    a17 = _pike_strided(a17, (1, 1, 1))
    o0 = torch.empty_strided((10, 928, 7, 7), (45472, 1, 6496, 928), dtype=torch.float32, device=a0.device)
    pk_batch_norm_114[(triton.cdiv(454720, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_116(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 470400
    l0 = (tl.where(((offs % 960)) < 512, tl.load(in0 + (offs % 960) + (offs // 960) * 512 - 0, mask=mask & ((offs % 960) >= 0) & ((offs % 960) < 512), other=0), tl.where(((offs % 960)) < 544, tl.load(in1 + (offs % 960) + (offs // 960) * 32 - 512, mask=mask & ((offs % 960) >= 512) & ((offs % 960) < 544), other=0), tl.where(((offs % 960)) < 576, tl.load(in2 + (offs % 960) + (offs // 960) * 32 - 544, mask=mask & ((offs % 960) >= 544) & ((offs % 960) < 576), other=0), tl.where(((offs % 960)) < 608, tl.load(in3 + (offs % 960) + (offs // 960) * 32 - 576, mask=mask & ((offs % 960) >= 576) & ((offs % 960) < 608), other=0), tl.where(((offs % 960)) < 640, tl.load(in4 + (offs % 960) + (offs // 960) * 32 - 608, mask=mask & ((offs % 960) >= 608) & ((offs % 960) < 640), other=0), tl.where(((offs % 960)) < 672, tl.load(in5 + (offs % 960) + (offs // 960) * 32 - 640, mask=mask & ((offs % 960) >= 640) & ((offs % 960) < 672), other=0), tl.where(((offs % 960)) < 704, tl.load(in6 + (offs % 960) + (offs // 960) * 32 - 672, mask=mask & ((offs % 960) >= 672) & ((offs % 960) < 704), other=0), tl.where(((offs % 960)) < 736, tl.load(in7 + (offs % 960) + (offs // 960) * 32 - 704, mask=mask & ((offs % 960) >= 704) & ((offs % 960) < 736), other=0), tl.where(((offs % 960)) < 768, tl.load(in8 + (offs % 960) + (offs // 960) * 32 - 736, mask=mask & ((offs % 960) >= 736) & ((offs % 960) < 768), other=0), tl.where(((offs % 960)) < 800, tl.load(in9 + (offs % 960) + (offs // 960) * 32 - 768, mask=mask & ((offs % 960) >= 768) & ((offs % 960) < 800), other=0), tl.where(((offs % 960)) < 832, tl.load(in10 + (offs % 960) + (offs // 960) * 32 - 800, mask=mask & ((offs % 960) >= 800) & ((offs % 960) < 832), other=0), tl.where(((offs % 960)) < 864, tl.load(in11 + (offs % 960) + (offs // 960) * 32 - 832, mask=mask & ((offs % 960) >= 832) & ((offs % 960) < 864), other=0), tl.where(((offs % 960)) < 896, tl.load(in12 + (offs % 960) + (offs // 960) * 32 - 864, mask=mask & ((offs % 960) >= 864) & ((offs % 960) < 896), other=0), tl.where(((offs % 960)) < 928, tl.load(in13 + (offs % 960) + (offs // 960) * 32 - 896, mask=mask & ((offs % 960) >= 896) & ((offs % 960) < 928), other=0), tl.load(in14 + (offs % 960) + (offs // 960) * 32 - 928, mask=mask & ((offs % 960) >= 928) & ((offs % 960) < 960), other=0)))))))))))))))).to(tl.float32)
    l1 = tl.load(in15 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1432 = ((l0) - (l1))
    l2 = tl.load(in16 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1435 = ((x1432) * (l2))
    l3 = tl.load(in17 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1438 = ((x1435) * (l3))
    l4 = tl.load(in18 + (offs % 960), mask=mask, other=0).to(tl.float32)
    x1439 = ((x1438) + (l4))
    x1440 = tl.where((x1439) > 0, (x1439), 0.0)
    tl.store(out0 + offs, (x1440).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_116(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1568, 1, 224, 32))
    a12 = _pike_strided(a12, (1568, 1, 224, 32))
    a13 = _pike_strided(a13, (1568, 1, 224, 32))
    a14 = _pike_strided(a14, (1568, 1, 224, 32))
    a15 = _pike_strided(a15, (1, 1, 1))
    a16 = _pike_strided(a16, (1, 1, 1))
    a17 = _pike_strided(a17, (1, 1, 1))
    a18 = _pike_strided(a18, (1, 1, 1))
    o0 = torch.empty_strided((10, 960, 7, 7), (47040, 1, 6720, 960), dtype=torch.float32, device=a0.device)
    pk_batch_norm_116[(triton.cdiv(470400, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_118(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 486080
    l0 = (tl.where(((offs % 992)) < 512, tl.load(in0 + (offs % 992) + (offs // 992) * 512 - 0, mask=mask & ((offs % 992) >= 0) & ((offs % 992) < 512), other=0), tl.where(((offs % 992)) < 544, tl.load(in1 + (offs % 992) + (offs // 992) * 32 - 512, mask=mask & ((offs % 992) >= 512) & ((offs % 992) < 544), other=0), tl.where(((offs % 992)) < 576, tl.load(in2 + (offs % 992) + (offs // 992) * 32 - 544, mask=mask & ((offs % 992) >= 544) & ((offs % 992) < 576), other=0), tl.where(((offs % 992)) < 608, tl.load(in3 + (offs % 992) + (offs // 992) * 32 - 576, mask=mask & ((offs % 992) >= 576) & ((offs % 992) < 608), other=0), tl.where(((offs % 992)) < 640, tl.load(in4 + (offs % 992) + (offs // 992) * 32 - 608, mask=mask & ((offs % 992) >= 608) & ((offs % 992) < 640), other=0), tl.where(((offs % 992)) < 672, tl.load(in5 + (offs % 992) + (offs // 992) * 32 - 640, mask=mask & ((offs % 992) >= 640) & ((offs % 992) < 672), other=0), tl.where(((offs % 992)) < 704, tl.load(in6 + (offs % 992) + (offs // 992) * 32 - 672, mask=mask & ((offs % 992) >= 672) & ((offs % 992) < 704), other=0), tl.where(((offs % 992)) < 736, tl.load(in7 + (offs % 992) + (offs // 992) * 32 - 704, mask=mask & ((offs % 992) >= 704) & ((offs % 992) < 736), other=0), tl.where(((offs % 992)) < 768, tl.load(in8 + (offs % 992) + (offs // 992) * 32 - 736, mask=mask & ((offs % 992) >= 736) & ((offs % 992) < 768), other=0), tl.where(((offs % 992)) < 800, tl.load(in9 + (offs % 992) + (offs // 992) * 32 - 768, mask=mask & ((offs % 992) >= 768) & ((offs % 992) < 800), other=0), tl.where(((offs % 992)) < 832, tl.load(in10 + (offs % 992) + (offs // 992) * 32 - 800, mask=mask & ((offs % 992) >= 800) & ((offs % 992) < 832), other=0), tl.where(((offs % 992)) < 864, tl.load(in11 + (offs % 992) + (offs // 992) * 32 - 832, mask=mask & ((offs % 992) >= 832) & ((offs % 992) < 864), other=0), tl.where(((offs % 992)) < 896, tl.load(in12 + (offs % 992) + (offs // 992) * 32 - 864, mask=mask & ((offs % 992) >= 864) & ((offs % 992) < 896), other=0), tl.where(((offs % 992)) < 928, tl.load(in13 + (offs % 992) + (offs // 992) * 32 - 896, mask=mask & ((offs % 992) >= 896) & ((offs % 992) < 928), other=0), tl.where(((offs % 992)) < 960, tl.load(in14 + (offs % 992) + (offs // 992) * 32 - 928, mask=mask & ((offs % 992) >= 928) & ((offs % 992) < 960), other=0), tl.load(in15 + (offs % 992) + (offs // 992) * 32 - 960, mask=mask & ((offs % 992) >= 960) & ((offs % 992) < 992), other=0))))))))))))))))).to(tl.float32)
    l1 = tl.load(in16 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1449 = ((l0) - (l1))
    l2 = tl.load(in17 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1452 = ((x1449) * (l2))
    l3 = tl.load(in18 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1455 = ((x1452) * (l3))
    l4 = tl.load(in19 + (offs % 992), mask=mask, other=0).to(tl.float32)
    x1456 = ((x1455) + (l4))
    x1457 = tl.where((x1456) > 0, (x1456), 0.0)
    tl.store(out0 + offs, (x1457).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_118(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1568, 1, 224, 32))
    a12 = _pike_strided(a12, (1568, 1, 224, 32))
    a13 = _pike_strided(a13, (1568, 1, 224, 32))
    a14 = _pike_strided(a14, (1568, 1, 224, 32))
    a15 = _pike_strided(a15, (1568, 1, 224, 32))
    a16 = _pike_strided(a16, (1, 1, 1))
    a17 = _pike_strided(a17, (1, 1, 1))
    a18 = _pike_strided(a18, (1, 1, 1))
    a19 = _pike_strided(a19, (1, 1, 1))
    o0 = torch.empty_strided((10, 992, 7, 7), (48608, 1, 6944, 992), dtype=torch.float32, device=a0.device)
    pk_batch_norm_118[(triton.cdiv(486080, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_batch_norm_120(in0, in1, in2, in3, in4, in5, in6, in7, in8, in9, in10, in11, in12, in13, in14, in15, in16, in17, in18, in19, in20, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 501760
    l0 = (tl.where(((offs % 1024)) < 512, tl.load(in0 + (offs % 1024) + (offs // 1024) * 512 - 0, mask=mask & ((offs % 1024) >= 0) & ((offs % 1024) < 512), other=0), tl.where(((offs % 1024)) < 544, tl.load(in1 + (offs % 1024) + (offs // 1024) * 32 - 512, mask=mask & ((offs % 1024) >= 512) & ((offs % 1024) < 544), other=0), tl.where(((offs % 1024)) < 576, tl.load(in2 + (offs % 1024) + (offs // 1024) * 32 - 544, mask=mask & ((offs % 1024) >= 544) & ((offs % 1024) < 576), other=0), tl.where(((offs % 1024)) < 608, tl.load(in3 + (offs % 1024) + (offs // 1024) * 32 - 576, mask=mask & ((offs % 1024) >= 576) & ((offs % 1024) < 608), other=0), tl.where(((offs % 1024)) < 640, tl.load(in4 + (offs % 1024) + (offs // 1024) * 32 - 608, mask=mask & ((offs % 1024) >= 608) & ((offs % 1024) < 640), other=0), tl.where(((offs % 1024)) < 672, tl.load(in5 + (offs % 1024) + (offs // 1024) * 32 - 640, mask=mask & ((offs % 1024) >= 640) & ((offs % 1024) < 672), other=0), tl.where(((offs % 1024)) < 704, tl.load(in6 + (offs % 1024) + (offs // 1024) * 32 - 672, mask=mask & ((offs % 1024) >= 672) & ((offs % 1024) < 704), other=0), tl.where(((offs % 1024)) < 736, tl.load(in7 + (offs % 1024) + (offs // 1024) * 32 - 704, mask=mask & ((offs % 1024) >= 704) & ((offs % 1024) < 736), other=0), tl.where(((offs % 1024)) < 768, tl.load(in8 + (offs % 1024) + (offs // 1024) * 32 - 736, mask=mask & ((offs % 1024) >= 736) & ((offs % 1024) < 768), other=0), tl.where(((offs % 1024)) < 800, tl.load(in9 + (offs % 1024) + (offs // 1024) * 32 - 768, mask=mask & ((offs % 1024) >= 768) & ((offs % 1024) < 800), other=0), tl.where(((offs % 1024)) < 832, tl.load(in10 + (offs % 1024) + (offs // 1024) * 32 - 800, mask=mask & ((offs % 1024) >= 800) & ((offs % 1024) < 832), other=0), tl.where(((offs % 1024)) < 864, tl.load(in11 + (offs % 1024) + (offs // 1024) * 32 - 832, mask=mask & ((offs % 1024) >= 832) & ((offs % 1024) < 864), other=0), tl.where(((offs % 1024)) < 896, tl.load(in12 + (offs % 1024) + (offs // 1024) * 32 - 864, mask=mask & ((offs % 1024) >= 864) & ((offs % 1024) < 896), other=0), tl.where(((offs % 1024)) < 928, tl.load(in13 + (offs % 1024) + (offs // 1024) * 32 - 896, mask=mask & ((offs % 1024) >= 896) & ((offs % 1024) < 928), other=0), tl.where(((offs % 1024)) < 960, tl.load(in14 + (offs % 1024) + (offs // 1024) * 32 - 928, mask=mask & ((offs % 1024) >= 928) & ((offs % 1024) < 960), other=0), tl.where(((offs % 1024)) < 992, tl.load(in15 + (offs % 1024) + (offs // 1024) * 32 - 960, mask=mask & ((offs % 1024) >= 960) & ((offs % 1024) < 992), other=0), tl.load(in16 + (offs % 1024) + (offs // 1024) * 32 - 992, mask=mask & ((offs % 1024) >= 992) & ((offs % 1024) < 1024), other=0)))))))))))))))))).to(tl.float32)
    l1 = tl.load(in17 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1466 = ((l0) - (l1))
    l2 = tl.load(in18 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1469 = ((x1466) * (l2))
    l3 = tl.load(in19 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1472 = ((x1469) * (l3))
    l4 = tl.load(in20 + (offs % 1024), mask=mask, other=0).to(tl.float32)
    x1473 = ((x1472) + (l4))
    x1474 = tl.where((x1473) > 0, (x1473), 0.0)
    tl.store(out0 + offs, (x1474).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_batch_norm_120(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20):
    a0 = _pike_strided(a0, (25088, 1, 3584, 512))
    a1 = _pike_strided(a1, (1568, 1, 224, 32))
    a2 = _pike_strided(a2, (1568, 1, 224, 32))
    a3 = _pike_strided(a3, (1568, 1, 224, 32))
    a4 = _pike_strided(a4, (1568, 1, 224, 32))
    a5 = _pike_strided(a5, (1568, 1, 224, 32))
    a6 = _pike_strided(a6, (1568, 1, 224, 32))
    a7 = _pike_strided(a7, (1568, 1, 224, 32))
    a8 = _pike_strided(a8, (1568, 1, 224, 32))
    a9 = _pike_strided(a9, (1568, 1, 224, 32))
    a10 = _pike_strided(a10, (1568, 1, 224, 32))
    a11 = _pike_strided(a11, (1568, 1, 224, 32))
    a12 = _pike_strided(a12, (1568, 1, 224, 32))
    a13 = _pike_strided(a13, (1568, 1, 224, 32))
    a14 = _pike_strided(a14, (1568, 1, 224, 32))
    a15 = _pike_strided(a15, (1568, 1, 224, 32))
    a16 = _pike_strided(a16, (1568, 1, 224, 32))
    a17 = _pike_strided(a17, (1, 1, 1))
    a18 = _pike_strided(a18, (1, 1, 1))
    a19 = _pike_strided(a19, (1, 1, 1))
    a20 = _pike_strided(a20, (1, 1, 1))
    o0 = torch.empty_strided((10, 1024, 7, 7), (50176, 1, 7168, 1024), dtype=torch.float32, device=a0.device)
    pk_batch_norm_120[(triton.cdiv(501760, 1024),)](a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, o0, BLOCK=1024, num_warps=4)
    return o0,


def fused_forward(*inputs):
    (in_0, in_1, in_2, in_3, in_4, in_5, in_6, in_7, in_8, in_9, in_10, in_11, in_12, in_13, in_14, in_15, in_16, in_17, in_18, in_19, in_20, in_21, in_22, in_23, in_24, in_25, in_26, in_27, in_28, in_29, in_30, in_31, in_32, in_33, in_34, in_35, in_36, in_37, in_38, in_39, in_40, in_41, in_42, in_43, in_44, in_45, in_46, in_47, in_48, in_49, in_50, in_51, in_52, in_53, in_54, in_55, in_56, in_57, in_58, in_59, in_60, in_61, in_62, in_63, in_64, in_65, in_66, in_67, in_68, in_69, in_70, in_71, in_72, in_73, in_74, in_75, in_76, in_77, in_78, in_79, in_80, in_81, in_82, in_83, in_84, in_85, in_86, in_87, in_88, in_89, in_90, in_91, in_92, in_93, in_94, in_95, in_96, in_97, in_98, in_99, in_100, in_101, in_102, in_103, in_104, in_105, in_106, in_107, in_108, in_109, in_110, in_111, in_112, in_113, in_114, in_115, in_116, in_117, in_118, in_119, in_120, in_121, in_122, in_123, in_124, in_125, in_126, in_127, in_128, in_129, in_130, in_131, in_132, in_133, in_134, in_135, in_136, in_137, in_138, in_139, in_140, in_141, in_142, in_143, in_144, in_145, in_146, in_147, in_148, in_149, in_150, in_151, in_152, in_153, in_154, in_155, in_156, in_157, in_158, in_159, in_160, in_161, in_162, in_163, in_164, in_165, in_166, in_167, in_168, in_169, in_170, in_171, in_172, in_173, in_174, in_175, in_176, in_177, in_178, in_179, in_180, in_181, in_182, in_183, in_184, in_185, in_186, in_187, in_188, in_189, in_190, in_191, in_192, in_193, in_194, in_195, in_196, in_197, in_198, in_199, in_200, in_201, in_202, in_203, in_204, in_205, in_206, in_207, in_208, in_209, in_210, in_211, in_212, in_213, in_214, in_215, in_216, in_217, in_218, in_219, in_220, in_221, in_222, in_223, in_224, in_225, in_226, in_227, in_228, in_229, in_230, in_231, in_232, in_233, in_234, in_235, in_236, in_237, in_238, in_239, in_240, in_241, in_242, in_243, in_244, in_245, in_246, in_247, in_248, in_249, in_250, in_251, in_252, in_253, in_254, in_255, in_256, in_257, in_258, in_259, in_260, in_261, in_262, in_263, in_264, in_265, in_266, in_267, in_268, in_269, in_270, in_271, in_272, in_273, in_274, in_275, in_276, in_277, in_278, in_279, in_280, in_281, in_282, in_283, in_284, in_285, in_286, in_287, in_288, in_289, in_290, in_291, in_292, in_293, in_294, in_295, in_296, in_297, in_298, in_299, in_300, in_301, in_302, in_303, in_304, in_305, in_306, in_307, in_308, in_309, in_310, in_311, in_312, in_313, in_314, in_315, in_316, in_317, in_318, in_319, in_320, in_321, in_322, in_323, in_324, in_325, in_326, in_327, in_328, in_329, in_330, in_331, in_332, in_333, in_334, in_335, in_336, in_337, in_338, in_339, in_340, in_341, in_342, in_343, in_344, in_345, in_346, in_347, in_348, in_349, in_350, in_351, in_352, in_353, in_354, in_355, in_356, in_357, in_358, in_359, in_360, in_361, in_362, in_363, in_364, in_365, in_366, in_367, in_368, in_369, in_370, in_371, in_372, in_373, in_374, in_375, in_376, in_377, in_378, in_379, in_380, in_381, in_382, in_383, in_384, in_385, in_386, in_387, in_388, in_389, in_390, in_391, in_392, in_393, in_394, in_395, in_396, in_397, in_398, in_399, in_400, in_401, in_402, in_403, in_404, in_405, in_406, in_407, in_408, in_409, in_410, in_411, in_412, in_413, in_414, in_415, in_416, in_417, in_418, in_419, in_420, in_421, in_422, in_423, in_424, in_425, in_426, in_427, in_428, in_429,) = inputs
    v430 = torch.conv2d(in_311, in_312, None, (2, 2), (3, 3), (1, 1), 1)
    v431 = in_313.reshape((-1, 1, 1))
    v432 = torch.nn.functional.max_pool2d(v430, 3, 2, 1, 1, ceil_mode=False, return_indices=False)
    v434, = _launch_pk_add(v432, v431)
    v435 = torch.cat([v434], 1)
    v436 = in_0.reshape((64, 1, 1))
    v437 = in_1.reshape((64, 1, 1))
    v440, = _launch_pk_v439(v437)
    v442 = in_2.reshape((64, 1, 1))
    v443 = in_3.reshape((64, 1, 1))
    v446, = _launch_pk_batch_norm_1(v435, v436, v440, v442, v443)
    v447 = torch.conv2d(v446, in_314, None, (1, 1), (0, 0), (1, 1), 1)
    v448 = in_315.reshape((-1, 1, 1))
    v450, = _launch_pk_add_1(v447, v448)
    v451 = torch.conv2d(v450, in_4, None, (1, 1), (1, 1), (1, 1), 1)
    v453 = in_5.reshape((96, 1, 1))
    v454 = in_6.reshape((96, 1, 1))
    v457, = _launch_pk_v456(v454)
    v459 = in_7.reshape((96, 1, 1))
    v460 = in_8.reshape((96, 1, 1))
    v463, = _launch_pk_batch_norm_3(v434, v451, v453, v457, v459, v460)
    v464 = torch.conv2d(v463, in_316, None, (1, 1), (0, 0), (1, 1), 1)
    v465 = in_317.reshape((-1, 1, 1))
    v467, = _launch_pk_add_1(v464, v465)
    v468 = torch.conv2d(v467, in_9, None, (1, 1), (1, 1), (1, 1), 1)
    v470 = in_10.reshape((128, 1, 1))
    v471 = in_11.reshape((128, 1, 1))
    v474, = _launch_pk_v473(v471)
    v476 = in_12.reshape((128, 1, 1))
    v477 = in_13.reshape((128, 1, 1))
    v480, = _launch_pk_batch_norm_5(v434, v451, v468, v470, v474, v476, v477)
    v481 = torch.conv2d(v480, in_318, None, (1, 1), (0, 0), (1, 1), 1)
    v482 = in_319.reshape((-1, 1, 1))
    v484, = _launch_pk_add_1(v481, v482)
    v485 = torch.conv2d(v484, in_14, None, (1, 1), (1, 1), (1, 1), 1)
    v487 = in_15.reshape((160, 1, 1))
    v488 = in_16.reshape((160, 1, 1))
    v491, = _launch_pk_v490(v488)
    v493 = in_17.reshape((160, 1, 1))
    v494 = in_18.reshape((160, 1, 1))
    v497, = _launch_pk_batch_norm_7(v434, v451, v468, v485, v487, v491, v493, v494)
    v498 = torch.conv2d(v497, in_320, None, (1, 1), (0, 0), (1, 1), 1)
    v499 = in_321.reshape((-1, 1, 1))
    v501, = _launch_pk_add_1(v498, v499)
    v502 = torch.conv2d(v501, in_19, None, (1, 1), (1, 1), (1, 1), 1)
    v504 = in_20.reshape((192, 1, 1))
    v505 = in_21.reshape((192, 1, 1))
    v508, = _launch_pk_v507(v505)
    v510 = in_22.reshape((192, 1, 1))
    v511 = in_23.reshape((192, 1, 1))
    v514, = _launch_pk_batch_norm_9(v434, v451, v468, v485, v502, v504, v508, v510, v511)
    v515 = torch.conv2d(v514, in_322, None, (1, 1), (0, 0), (1, 1), 1)
    v516 = in_323.reshape((-1, 1, 1))
    v518, = _launch_pk_add_1(v515, v516)
    v519 = torch.conv2d(v518, in_24, None, (1, 1), (1, 1), (1, 1), 1)
    v521 = in_25.reshape((224, 1, 1))
    v522 = in_26.reshape((224, 1, 1))
    v525, = _launch_pk_v524(v522)
    v527 = in_27.reshape((224, 1, 1))
    v528 = in_28.reshape((224, 1, 1))
    v531, = _launch_pk_batch_norm_11(v434, v451, v468, v485, v502, v519, v521, v525, v527, v528)
    v532 = torch.conv2d(v531, in_324, None, (1, 1), (0, 0), (1, 1), 1)
    v533 = in_325.reshape((-1, 1, 1))
    v535, = _launch_pk_add_1(v532, v533)
    v536 = torch.conv2d(v535, in_29, None, (1, 1), (1, 1), (1, 1), 1)
    v538 = in_30.reshape((256, 1, 1))
    v539 = in_31.reshape((256, 1, 1))
    v542, = _launch_pk_v541(v539)
    v544 = in_32.reshape((256, 1, 1))
    v545 = in_33.reshape((256, 1, 1))
    v548, = _launch_pk_batch_norm_13(v434, v451, v468, v485, v502, v519, v536, v538, v542, v544, v545)
    v549 = torch.conv2d(v548, in_34, None, (1, 1), (0, 0), (1, 1), 1)
    v550 = torch._C._nn.avg_pool2d(v549, 2)
    v551 = torch.cat([v550], 1)
    v552 = in_35.reshape((128, 1, 1))
    v553 = in_36.reshape((128, 1, 1))
    v556, = _launch_pk_v473(v553)
    v558 = in_37.reshape((128, 1, 1))
    v559 = in_38.reshape((128, 1, 1))
    v562, = _launch_pk_batch_norm_14(v551, v552, v556, v558, v559)
    v563 = torch.conv2d(v562, in_326, None, (1, 1), (0, 0), (1, 1), 1)
    v564 = in_327.reshape((-1, 1, 1))
    v566, = _launch_pk_add_7(v563, v564)
    v567 = torch.conv2d(v566, in_39, None, (1, 1), (1, 1), (1, 1), 1)
    v569 = in_40.reshape((160, 1, 1))
    v570 = in_41.reshape((160, 1, 1))
    v573, = _launch_pk_v490(v570)
    v575 = in_42.reshape((160, 1, 1))
    v576 = in_43.reshape((160, 1, 1))
    v579, = _launch_pk_batch_norm_16(v550, v567, v569, v573, v575, v576)
    v580 = torch.conv2d(v579, in_328, None, (1, 1), (0, 0), (1, 1), 1)
    v581 = in_329.reshape((-1, 1, 1))
    v583, = _launch_pk_add_7(v580, v581)
    v584 = torch.conv2d(v583, in_44, None, (1, 1), (1, 1), (1, 1), 1)
    v586 = in_45.reshape((192, 1, 1))
    v587 = in_46.reshape((192, 1, 1))
    v590, = _launch_pk_v507(v587)
    v592 = in_47.reshape((192, 1, 1))
    v593 = in_48.reshape((192, 1, 1))
    v596, = _launch_pk_batch_norm_18(v550, v567, v584, v586, v590, v592, v593)
    v597 = torch.conv2d(v596, in_330, None, (1, 1), (0, 0), (1, 1), 1)
    v598 = in_331.reshape((-1, 1, 1))
    v600, = _launch_pk_add_7(v597, v598)
    v601 = torch.conv2d(v600, in_49, None, (1, 1), (1, 1), (1, 1), 1)
    v603 = in_50.reshape((224, 1, 1))
    v604 = in_51.reshape((224, 1, 1))
    v607, = _launch_pk_v524(v604)
    v609 = in_52.reshape((224, 1, 1))
    v610 = in_53.reshape((224, 1, 1))
    v613, = _launch_pk_batch_norm_20(v550, v567, v584, v601, v603, v607, v609, v610)
    v614 = torch.conv2d(v613, in_332, None, (1, 1), (0, 0), (1, 1), 1)
    v615 = in_333.reshape((-1, 1, 1))
    v617, = _launch_pk_add_7(v614, v615)
    v618 = torch.conv2d(v617, in_54, None, (1, 1), (1, 1), (1, 1), 1)
    v620 = in_55.reshape((256, 1, 1))
    v621 = in_56.reshape((256, 1, 1))
    v624, = _launch_pk_v541(v621)
    v626 = in_57.reshape((256, 1, 1))
    v627 = in_58.reshape((256, 1, 1))
    v630, = _launch_pk_batch_norm_22(v550, v567, v584, v601, v618, v620, v624, v626, v627)
    v631 = torch.conv2d(v630, in_334, None, (1, 1), (0, 0), (1, 1), 1)
    v632 = in_335.reshape((-1, 1, 1))
    v634, = _launch_pk_add_7(v631, v632)
    v635 = torch.conv2d(v634, in_59, None, (1, 1), (1, 1), (1, 1), 1)
    v637 = in_60.reshape((288, 1, 1))
    v638 = in_61.reshape((288, 1, 1))
    v641, = _launch_pk_v640(v638)
    v643 = in_62.reshape((288, 1, 1))
    v644 = in_63.reshape((288, 1, 1))
    v647, = _launch_pk_batch_norm_24(v550, v567, v584, v601, v618, v635, v637, v641, v643, v644)
    v648 = torch.conv2d(v647, in_336, None, (1, 1), (0, 0), (1, 1), 1)
    v649 = in_337.reshape((-1, 1, 1))
    v651, = _launch_pk_add_7(v648, v649)
    v652 = torch.conv2d(v651, in_64, None, (1, 1), (1, 1), (1, 1), 1)
    v654 = in_65.reshape((320, 1, 1))
    v655 = in_66.reshape((320, 1, 1))
    v658, = _launch_pk_v657(v655)
    v660 = in_67.reshape((320, 1, 1))
    v661 = in_68.reshape((320, 1, 1))
    v664, = _launch_pk_batch_norm_26(v550, v567, v584, v601, v618, v635, v652, v654, v658, v660, v661)
    v665 = torch.conv2d(v664, in_338, None, (1, 1), (0, 0), (1, 1), 1)
    v666 = in_339.reshape((-1, 1, 1))
    v668, = _launch_pk_add_7(v665, v666)
    v669 = torch.conv2d(v668, in_69, None, (1, 1), (1, 1), (1, 1), 1)
    v671 = in_70.reshape((352, 1, 1))
    v672 = in_71.reshape((352, 1, 1))
    v675, = _launch_pk_v674(v672)
    v677 = in_72.reshape((352, 1, 1))
    v678 = in_73.reshape((352, 1, 1))
    v681, = _launch_pk_batch_norm_28(v550, v567, v584, v601, v618, v635, v652, v669, v671, v675, v677, v678)
    v682 = torch.conv2d(v681, in_340, None, (1, 1), (0, 0), (1, 1), 1)
    v683 = in_341.reshape((-1, 1, 1))
    v685, = _launch_pk_add_7(v682, v683)
    v686 = torch.conv2d(v685, in_74, None, (1, 1), (1, 1), (1, 1), 1)
    v688 = in_75.reshape((384, 1, 1))
    v689 = in_76.reshape((384, 1, 1))
    v692, = _launch_pk_v691(v689)
    v694 = in_77.reshape((384, 1, 1))
    v695 = in_78.reshape((384, 1, 1))
    v698, = _launch_pk_batch_norm_30(v550, v567, v584, v601, v618, v635, v652, v669, v686, v688, v692, v694, v695)
    v699 = torch.conv2d(v698, in_342, None, (1, 1), (0, 0), (1, 1), 1)
    v700 = in_343.reshape((-1, 1, 1))
    v702, = _launch_pk_add_7(v699, v700)
    v703 = torch.conv2d(v702, in_79, None, (1, 1), (1, 1), (1, 1), 1)
    v705 = in_80.reshape((416, 1, 1))
    v706 = in_81.reshape((416, 1, 1))
    v709, = _launch_pk_v708(v706)
    v711 = in_82.reshape((416, 1, 1))
    v712 = in_83.reshape((416, 1, 1))
    v715, = _launch_pk_batch_norm_32(v550, v567, v584, v601, v618, v635, v652, v669, v686, v703, v705, v709, v711, v712)
    v716 = torch.conv2d(v715, in_344, None, (1, 1), (0, 0), (1, 1), 1)
    v717 = in_345.reshape((-1, 1, 1))
    v719, = _launch_pk_add_7(v716, v717)
    v720 = torch.conv2d(v719, in_84, None, (1, 1), (1, 1), (1, 1), 1)
    v722 = in_85.reshape((448, 1, 1))
    v723 = in_86.reshape((448, 1, 1))
    v726, = _launch_pk_v725(v723)
    v728 = in_87.reshape((448, 1, 1))
    v729 = in_88.reshape((448, 1, 1))
    v732, = _launch_pk_batch_norm_34(v550, v567, v584, v601, v618, v635, v652, v669, v686, v703, v720, v722, v726, v728, v729)
    v733 = torch.conv2d(v732, in_346, None, (1, 1), (0, 0), (1, 1), 1)
    v734 = in_347.reshape((-1, 1, 1))
    v736, = _launch_pk_add_7(v733, v734)
    v737 = torch.conv2d(v736, in_89, None, (1, 1), (1, 1), (1, 1), 1)
    v739 = in_90.reshape((480, 1, 1))
    v740 = in_91.reshape((480, 1, 1))
    v743, = _launch_pk_v742(v740)
    v745 = in_92.reshape((480, 1, 1))
    v746 = in_93.reshape((480, 1, 1))
    v749, = _launch_pk_batch_norm_36(v550, v567, v584, v601, v618, v635, v652, v669, v686, v703, v720, v737, v739, v743, v745, v746)
    v750 = torch.conv2d(v749, in_348, None, (1, 1), (0, 0), (1, 1), 1)
    v751 = in_349.reshape((-1, 1, 1))
    v753, = _launch_pk_add_7(v750, v751)
    v754 = torch.conv2d(v753, in_94, None, (1, 1), (1, 1), (1, 1), 1)
    v756 = in_95.reshape((512, 1, 1))
    v757 = in_96.reshape((512, 1, 1))
    v760, = _launch_pk_v759(v757)
    v762 = in_97.reshape((512, 1, 1))
    v763 = in_98.reshape((512, 1, 1))
    v766, = _launch_pk_batch_norm_38(v550, v567, v584, v601, v618, v635, v652, v669, v686, v703, v720, v737, v754, v756, v760, v762, v763)
    v767 = torch.conv2d(v766, in_99, None, (1, 1), (0, 0), (1, 1), 1)
    v768 = torch._C._nn.avg_pool2d(v767, 2)
    v769 = torch.cat([v768], 1)
    v770 = in_100.reshape((256, 1, 1))
    v771 = in_101.reshape((256, 1, 1))
    v774, = _launch_pk_v541(v771)
    v776 = in_102.reshape((256, 1, 1))
    v777 = in_103.reshape((256, 1, 1))
    v780, = _launch_pk_batch_norm_39(v769, v770, v774, v776, v777)
    v781 = torch.conv2d(v780, in_350, None, (1, 1), (0, 0), (1, 1), 1)
    v782 = in_351.reshape((-1, 1, 1))
    v784, = _launch_pk_add_19(v781, v782)
    v785 = torch.conv2d(v784, in_104, None, (1, 1), (1, 1), (1, 1), 1)
    v787 = in_105.reshape((288, 1, 1))
    v788 = in_106.reshape((288, 1, 1))
    v791, = _launch_pk_v640(v788)
    v793 = in_107.reshape((288, 1, 1))
    v794 = in_108.reshape((288, 1, 1))
    v797, = _launch_pk_batch_norm_41(v768, v785, v787, v791, v793, v794)
    v798 = torch.conv2d(v797, in_352, None, (1, 1), (0, 0), (1, 1), 1)
    v799 = in_353.reshape((-1, 1, 1))
    v801, = _launch_pk_add_19(v798, v799)
    v802 = torch.conv2d(v801, in_109, None, (1, 1), (1, 1), (1, 1), 1)
    v804 = in_110.reshape((320, 1, 1))
    v805 = in_111.reshape((320, 1, 1))
    v808, = _launch_pk_v657(v805)
    v810 = in_112.reshape((320, 1, 1))
    v811 = in_113.reshape((320, 1, 1))
    v814, = _launch_pk_batch_norm_43(v768, v785, v802, v804, v808, v810, v811)
    v815 = torch.conv2d(v814, in_354, None, (1, 1), (0, 0), (1, 1), 1)
    v816 = in_355.reshape((-1, 1, 1))
    v818, = _launch_pk_add_19(v815, v816)
    v819 = torch.conv2d(v818, in_114, None, (1, 1), (1, 1), (1, 1), 1)
    v821 = in_115.reshape((352, 1, 1))
    v822 = in_116.reshape((352, 1, 1))
    v825, = _launch_pk_v674(v822)
    v827 = in_117.reshape((352, 1, 1))
    v828 = in_118.reshape((352, 1, 1))
    v831, = _launch_pk_batch_norm_45(v768, v785, v802, v819, v821, v825, v827, v828)
    v832 = torch.conv2d(v831, in_356, None, (1, 1), (0, 0), (1, 1), 1)
    v833 = in_357.reshape((-1, 1, 1))
    v835, = _launch_pk_add_19(v832, v833)
    v836 = torch.conv2d(v835, in_119, None, (1, 1), (1, 1), (1, 1), 1)
    v838 = in_120.reshape((384, 1, 1))
    v839 = in_121.reshape((384, 1, 1))
    v842, = _launch_pk_v691(v839)
    v844 = in_122.reshape((384, 1, 1))
    v845 = in_123.reshape((384, 1, 1))
    v848, = _launch_pk_batch_norm_47(v768, v785, v802, v819, v836, v838, v842, v844, v845)
    v849 = torch.conv2d(v848, in_358, None, (1, 1), (0, 0), (1, 1), 1)
    v850 = in_359.reshape((-1, 1, 1))
    v852, = _launch_pk_add_19(v849, v850)
    v853 = torch.conv2d(v852, in_124, None, (1, 1), (1, 1), (1, 1), 1)
    v855 = in_125.reshape((416, 1, 1))
    v856 = in_126.reshape((416, 1, 1))
    v859, = _launch_pk_v708(v856)
    v861 = in_127.reshape((416, 1, 1))
    v862 = in_128.reshape((416, 1, 1))
    v865, = _launch_pk_batch_norm_49(v768, v785, v802, v819, v836, v853, v855, v859, v861, v862)
    v866 = torch.conv2d(v865, in_360, None, (1, 1), (0, 0), (1, 1), 1)
    v867 = in_361.reshape((-1, 1, 1))
    v869, = _launch_pk_add_19(v866, v867)
    v870 = torch.conv2d(v869, in_129, None, (1, 1), (1, 1), (1, 1), 1)
    v872 = in_130.reshape((448, 1, 1))
    v873 = in_131.reshape((448, 1, 1))
    v876, = _launch_pk_v725(v873)
    v878 = in_132.reshape((448, 1, 1))
    v879 = in_133.reshape((448, 1, 1))
    v882, = _launch_pk_batch_norm_51(v768, v785, v802, v819, v836, v853, v870, v872, v876, v878, v879)
    v883 = torch.conv2d(v882, in_362, None, (1, 1), (0, 0), (1, 1), 1)
    v884 = in_363.reshape((-1, 1, 1))
    v886, = _launch_pk_add_19(v883, v884)
    v887 = torch.conv2d(v886, in_134, None, (1, 1), (1, 1), (1, 1), 1)
    v889 = in_135.reshape((480, 1, 1))
    v890 = in_136.reshape((480, 1, 1))
    v893, = _launch_pk_v742(v890)
    v895 = in_137.reshape((480, 1, 1))
    v896 = in_138.reshape((480, 1, 1))
    v899, = _launch_pk_batch_norm_53(v768, v785, v802, v819, v836, v853, v870, v887, v889, v893, v895, v896)
    v900 = torch.conv2d(v899, in_364, None, (1, 1), (0, 0), (1, 1), 1)
    v901 = in_365.reshape((-1, 1, 1))
    v903, = _launch_pk_add_19(v900, v901)
    v904 = torch.conv2d(v903, in_139, None, (1, 1), (1, 1), (1, 1), 1)
    v906 = in_140.reshape((512, 1, 1))
    v907 = in_141.reshape((512, 1, 1))
    v910, = _launch_pk_v759(v907)
    v912 = in_142.reshape((512, 1, 1))
    v913 = in_143.reshape((512, 1, 1))
    v916, = _launch_pk_batch_norm_55(v768, v785, v802, v819, v836, v853, v870, v887, v904, v906, v910, v912, v913)
    v917 = torch.conv2d(v916, in_366, None, (1, 1), (0, 0), (1, 1), 1)
    v918 = in_367.reshape((-1, 1, 1))
    v920, = _launch_pk_add_19(v917, v918)
    v921 = torch.conv2d(v920, in_144, None, (1, 1), (1, 1), (1, 1), 1)
    v923 = in_145.reshape((544, 1, 1))
    v924 = in_146.reshape((544, 1, 1))
    v927, = _launch_pk_v926(v924)
    v929 = in_147.reshape((544, 1, 1))
    v930 = in_148.reshape((544, 1, 1))
    v933, = _launch_pk_batch_norm_57(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v923, v927, v929, v930)
    v934 = torch.conv2d(v933, in_368, None, (1, 1), (0, 0), (1, 1), 1)
    v935 = in_369.reshape((-1, 1, 1))
    v937, = _launch_pk_add_19(v934, v935)
    v938 = torch.conv2d(v937, in_149, None, (1, 1), (1, 1), (1, 1), 1)
    v940 = in_150.reshape((576, 1, 1))
    v941 = in_151.reshape((576, 1, 1))
    v944, = _launch_pk_v943(v941)
    v946 = in_152.reshape((576, 1, 1))
    v947 = in_153.reshape((576, 1, 1))
    v950, = _launch_pk_batch_norm_59(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v940, v944, v946, v947)
    v951 = torch.conv2d(v950, in_370, None, (1, 1), (0, 0), (1, 1), 1)
    v952 = in_371.reshape((-1, 1, 1))
    v954, = _launch_pk_add_19(v951, v952)
    v955 = torch.conv2d(v954, in_154, None, (1, 1), (1, 1), (1, 1), 1)
    v957 = in_155.reshape((608, 1, 1))
    v958 = in_156.reshape((608, 1, 1))
    v961, = _launch_pk_v960(v958)
    v963 = in_157.reshape((608, 1, 1))
    v964 = in_158.reshape((608, 1, 1))
    v967, = _launch_pk_batch_norm_61(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v957, v961, v963, v964)
    v968 = torch.conv2d(v967, in_372, None, (1, 1), (0, 0), (1, 1), 1)
    v969 = in_373.reshape((-1, 1, 1))
    v971, = _launch_pk_add_19(v968, v969)
    v972 = torch.conv2d(v971, in_159, None, (1, 1), (1, 1), (1, 1), 1)
    v974 = in_160.reshape((640, 1, 1))
    v975 = in_161.reshape((640, 1, 1))
    v978, = _launch_pk_v977(v975)
    v980 = in_162.reshape((640, 1, 1))
    v981 = in_163.reshape((640, 1, 1))
    v984, = _launch_pk_batch_norm_63(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v974, v978, v980, v981)
    v985 = torch.conv2d(v984, in_374, None, (1, 1), (0, 0), (1, 1), 1)
    v986 = in_375.reshape((-1, 1, 1))
    v988, = _launch_pk_add_19(v985, v986)
    v989 = torch.conv2d(v988, in_164, None, (1, 1), (1, 1), (1, 1), 1)
    v991 = in_165.reshape((672, 1, 1))
    v992 = in_166.reshape((672, 1, 1))
    v995, = _launch_pk_v994(v992)
    v997 = in_167.reshape((672, 1, 1))
    v998 = in_168.reshape((672, 1, 1))
    v1001, = _launch_pk_batch_norm_65(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v991, v995, v997, v998)
    v1002 = torch.conv2d(v1001, in_376, None, (1, 1), (0, 0), (1, 1), 1)
    v1003 = in_377.reshape((-1, 1, 1))
    v1005, = _launch_pk_add_19(v1002, v1003)
    v1006 = torch.conv2d(v1005, in_169, None, (1, 1), (1, 1), (1, 1), 1)
    v1008 = in_170.reshape((704, 1, 1))
    v1009 = in_171.reshape((704, 1, 1))
    v1012, = _launch_pk_v1011(v1009)
    v1014 = in_172.reshape((704, 1, 1))
    v1015 = in_173.reshape((704, 1, 1))
    v1018, = _launch_pk_batch_norm_67(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1008, v1012, v1014, v1015)
    v1019 = torch.conv2d(v1018, in_378, None, (1, 1), (0, 0), (1, 1), 1)
    v1020 = in_379.reshape((-1, 1, 1))
    v1022, = _launch_pk_add_19(v1019, v1020)
    v1023 = torch.conv2d(v1022, in_174, None, (1, 1), (1, 1), (1, 1), 1)
    v1025 = in_175.reshape((736, 1, 1))
    v1026 = in_176.reshape((736, 1, 1))
    v1029, = _launch_pk_v1028(v1026)
    v1031 = in_177.reshape((736, 1, 1))
    v1032 = in_178.reshape((736, 1, 1))
    v1035, = _launch_pk_batch_norm_69(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1025, v1029, v1031, v1032)
    v1036 = torch.conv2d(v1035, in_380, None, (1, 1), (0, 0), (1, 1), 1)
    v1037 = in_381.reshape((-1, 1, 1))
    v1039, = _launch_pk_add_19(v1036, v1037)
    v1040 = torch.conv2d(v1039, in_179, None, (1, 1), (1, 1), (1, 1), 1)
    v1042 = in_180.reshape((768, 1, 1))
    v1043 = in_181.reshape((768, 1, 1))
    v1046, = _launch_pk_v1045(v1043)
    v1048 = in_182.reshape((768, 1, 1))
    v1049 = in_183.reshape((768, 1, 1))
    v1052, = _launch_pk_batch_norm_71(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1042, v1046, v1048, v1049)
    v1053 = torch.conv2d(v1052, in_382, None, (1, 1), (0, 0), (1, 1), 1)
    v1054 = in_383.reshape((-1, 1, 1))
    v1056, = _launch_pk_add_19(v1053, v1054)
    v1057 = torch.conv2d(v1056, in_184, None, (1, 1), (1, 1), (1, 1), 1)
    v1059 = in_185.reshape((800, 1, 1))
    v1060 = in_186.reshape((800, 1, 1))
    v1063, = _launch_pk_v1062(v1060)
    v1065 = in_187.reshape((800, 1, 1))
    v1066 = in_188.reshape((800, 1, 1))
    v1069, = _launch_pk_batch_norm_73(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1059, v1063, v1065, v1066)
    v1070 = torch.conv2d(v1069, in_384, None, (1, 1), (0, 0), (1, 1), 1)
    v1071 = in_385.reshape((-1, 1, 1))
    v1073, = _launch_pk_add_19(v1070, v1071)
    v1074 = torch.conv2d(v1073, in_189, None, (1, 1), (1, 1), (1, 1), 1)
    v1076 = in_190.reshape((832, 1, 1))
    v1077 = in_191.reshape((832, 1, 1))
    v1080, = _launch_pk_v1079(v1077)
    v1082 = in_192.reshape((832, 1, 1))
    v1083 = in_193.reshape((832, 1, 1))
    v1086, = _launch_pk_batch_norm_75(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1076, v1080, v1082, v1083)
    v1087 = torch.conv2d(v1086, in_386, None, (1, 1), (0, 0), (1, 1), 1)
    v1088 = in_387.reshape((-1, 1, 1))
    v1090, = _launch_pk_add_19(v1087, v1088)
    v1091 = torch.conv2d(v1090, in_194, None, (1, 1), (1, 1), (1, 1), 1)
    v1093 = in_195.reshape((864, 1, 1))
    v1094 = in_196.reshape((864, 1, 1))
    v1097, = _launch_pk_v1096(v1094)
    v1099 = in_197.reshape((864, 1, 1))
    v1100 = in_198.reshape((864, 1, 1))
    v1103, = _launch_pk_batch_norm_77(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1091, v1093, v1097, v1099, v1100)
    v1104 = torch.conv2d(v1103, in_388, None, (1, 1), (0, 0), (1, 1), 1)
    v1105 = in_389.reshape((-1, 1, 1))
    v1107, = _launch_pk_add_19(v1104, v1105)
    v1108 = torch.conv2d(v1107, in_199, None, (1, 1), (1, 1), (1, 1), 1)
    v1110 = in_200.reshape((896, 1, 1))
    v1111 = in_201.reshape((896, 1, 1))
    v1114, = _launch_pk_v1113(v1111)
    v1116 = in_202.reshape((896, 1, 1))
    v1117 = in_203.reshape((896, 1, 1))
    v1120, = _launch_pk_batch_norm_79(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1091, v1108, v1110, v1114, v1116, v1117)
    v1121 = torch.conv2d(v1120, in_390, None, (1, 1), (0, 0), (1, 1), 1)
    v1122 = in_391.reshape((-1, 1, 1))
    v1124, = _launch_pk_add_19(v1121, v1122)
    v1125 = torch.conv2d(v1124, in_204, None, (1, 1), (1, 1), (1, 1), 1)
    v1127 = in_205.reshape((928, 1, 1))
    v1128 = in_206.reshape((928, 1, 1))
    v1131, = _launch_pk_v1130(v1128)
    v1133 = in_207.reshape((928, 1, 1))
    v1134 = in_208.reshape((928, 1, 1))
    v1137, = _launch_pk_batch_norm_81(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1091, v1108, v1125, v1127, v1131, v1133, v1134)
    v1138 = torch.conv2d(v1137, in_392, None, (1, 1), (0, 0), (1, 1), 1)
    v1139 = in_393.reshape((-1, 1, 1))
    v1141, = _launch_pk_add_19(v1138, v1139)
    v1142 = torch.conv2d(v1141, in_209, None, (1, 1), (1, 1), (1, 1), 1)
    v1144 = in_210.reshape((960, 1, 1))
    v1145 = in_211.reshape((960, 1, 1))
    v1148, = _launch_pk_v1147(v1145)
    v1150 = in_212.reshape((960, 1, 1))
    v1151 = in_213.reshape((960, 1, 1))
    v1154, = _launch_pk_batch_norm_83(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1091, v1108, v1125, v1142, v1144, v1148, v1150, v1151)
    v1155 = torch.conv2d(v1154, in_394, None, (1, 1), (0, 0), (1, 1), 1)
    v1156 = in_395.reshape((-1, 1, 1))
    v1158, = _launch_pk_add_19(v1155, v1156)
    v1159 = torch.conv2d(v1158, in_214, None, (1, 1), (1, 1), (1, 1), 1)
    v1161 = in_215.reshape((992, 1, 1))
    v1162 = in_216.reshape((992, 1, 1))
    v1165, = _launch_pk_v1164(v1162)
    v1167 = in_217.reshape((992, 1, 1))
    v1168 = in_218.reshape((992, 1, 1))
    v1171, = _launch_pk_batch_norm_85(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1091, v1108, v1125, v1142, v1159, v1161, v1165, v1167, v1168)
    v1172 = torch.conv2d(v1171, in_396, None, (1, 1), (0, 0), (1, 1), 1)
    v1173 = in_397.reshape((-1, 1, 1))
    v1175, = _launch_pk_add_19(v1172, v1173)
    v1176 = torch.conv2d(v1175, in_219, None, (1, 1), (1, 1), (1, 1), 1)
    v1178 = in_220.reshape((1024, 1, 1))
    v1179 = in_221.reshape((1024, 1, 1))
    v1182, = _launch_pk_v1181(v1179)
    v1184 = in_222.reshape((1024, 1, 1))
    v1185 = in_223.reshape((1024, 1, 1))
    v1188, = _launch_pk_batch_norm_87(v768, v785, v802, v819, v836, v853, v870, v887, v904, v921, v938, v955, v972, v989, v1006, v1023, v1040, v1057, v1074, v1091, v1108, v1125, v1142, v1159, v1176, v1178, v1182, v1184, v1185)
    v1189 = torch.conv2d(v1188, in_224, None, (1, 1), (0, 0), (1, 1), 1)
    v1190 = torch._C._nn.avg_pool2d(v1189, 2)
    v1191 = torch.cat([v1190], 1)
    v1192 = in_225.reshape((512, 1, 1))
    v1193 = in_226.reshape((512, 1, 1))
    v1196, = _launch_pk_v759(v1193)
    v1198 = in_227.reshape((512, 1, 1))
    v1199 = in_228.reshape((512, 1, 1))
    v1202, = _launch_pk_batch_norm_88(v1191, v1192, v1196, v1198, v1199)
    v1203 = torch.conv2d(v1202, in_398, None, (1, 1), (0, 0), (1, 1), 1)
    v1204 = in_399.reshape((-1, 1, 1))
    v1206, = _launch_pk_add_43(v1203, v1204)
    v1207 = torch.conv2d(v1206, in_229, None, (1, 1), (1, 1), (1, 1), 1)
    v1209 = in_230.reshape((544, 1, 1))
    v1210 = in_231.reshape((544, 1, 1))
    v1213, = _launch_pk_v926(v1210)
    v1215 = in_232.reshape((544, 1, 1))
    v1216 = in_233.reshape((544, 1, 1))
    v1219, = _launch_pk_batch_norm_90(v1190, v1207, v1209, v1213, v1215, v1216)
    v1220 = torch.conv2d(v1219, in_400, None, (1, 1), (0, 0), (1, 1), 1)
    v1221 = in_401.reshape((-1, 1, 1))
    v1223, = _launch_pk_add_43(v1220, v1221)
    v1224 = torch.conv2d(v1223, in_234, None, (1, 1), (1, 1), (1, 1), 1)
    v1226 = in_235.reshape((576, 1, 1))
    v1227 = in_236.reshape((576, 1, 1))
    v1230, = _launch_pk_v943(v1227)
    v1232 = in_237.reshape((576, 1, 1))
    v1233 = in_238.reshape((576, 1, 1))
    v1236, = _launch_pk_batch_norm_92(v1190, v1207, v1224, v1226, v1230, v1232, v1233)
    v1237 = torch.conv2d(v1236, in_402, None, (1, 1), (0, 0), (1, 1), 1)
    v1238 = in_403.reshape((-1, 1, 1))
    v1240, = _launch_pk_add_43(v1237, v1238)
    v1241 = torch.conv2d(v1240, in_239, None, (1, 1), (1, 1), (1, 1), 1)
    v1243 = in_240.reshape((608, 1, 1))
    v1244 = in_241.reshape((608, 1, 1))
    v1247, = _launch_pk_v960(v1244)
    v1249 = in_242.reshape((608, 1, 1))
    v1250 = in_243.reshape((608, 1, 1))
    v1253, = _launch_pk_batch_norm_94(v1190, v1207, v1224, v1241, v1243, v1247, v1249, v1250)
    v1254 = torch.conv2d(v1253, in_404, None, (1, 1), (0, 0), (1, 1), 1)
    v1255 = in_405.reshape((-1, 1, 1))
    v1257, = _launch_pk_add_43(v1254, v1255)
    v1258 = torch.conv2d(v1257, in_244, None, (1, 1), (1, 1), (1, 1), 1)
    v1260 = in_245.reshape((640, 1, 1))
    v1261 = in_246.reshape((640, 1, 1))
    v1264, = _launch_pk_v977(v1261)
    v1266 = in_247.reshape((640, 1, 1))
    v1267 = in_248.reshape((640, 1, 1))
    v1270, = _launch_pk_batch_norm_96(v1190, v1207, v1224, v1241, v1258, v1260, v1264, v1266, v1267)
    v1271 = torch.conv2d(v1270, in_406, None, (1, 1), (0, 0), (1, 1), 1)
    v1272 = in_407.reshape((-1, 1, 1))
    v1274, = _launch_pk_add_43(v1271, v1272)
    v1275 = torch.conv2d(v1274, in_249, None, (1, 1), (1, 1), (1, 1), 1)
    v1277 = in_250.reshape((672, 1, 1))
    v1278 = in_251.reshape((672, 1, 1))
    v1281, = _launch_pk_v994(v1278)
    v1283 = in_252.reshape((672, 1, 1))
    v1284 = in_253.reshape((672, 1, 1))
    v1287, = _launch_pk_batch_norm_98(v1190, v1207, v1224, v1241, v1258, v1275, v1277, v1281, v1283, v1284)
    v1288 = torch.conv2d(v1287, in_408, None, (1, 1), (0, 0), (1, 1), 1)
    v1289 = in_409.reshape((-1, 1, 1))
    v1291, = _launch_pk_add_43(v1288, v1289)
    v1292 = torch.conv2d(v1291, in_254, None, (1, 1), (1, 1), (1, 1), 1)
    v1294 = in_255.reshape((704, 1, 1))
    v1295 = in_256.reshape((704, 1, 1))
    v1298, = _launch_pk_v1011(v1295)
    v1300 = in_257.reshape((704, 1, 1))
    v1301 = in_258.reshape((704, 1, 1))
    v1304, = _launch_pk_batch_norm_100(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1294, v1298, v1300, v1301)
    v1305 = torch.conv2d(v1304, in_410, None, (1, 1), (0, 0), (1, 1), 1)
    v1306 = in_411.reshape((-1, 1, 1))
    v1308, = _launch_pk_add_43(v1305, v1306)
    v1309 = torch.conv2d(v1308, in_259, None, (1, 1), (1, 1), (1, 1), 1)
    v1311 = in_260.reshape((736, 1, 1))
    v1312 = in_261.reshape((736, 1, 1))
    v1315, = _launch_pk_v1028(v1312)
    v1317 = in_262.reshape((736, 1, 1))
    v1318 = in_263.reshape((736, 1, 1))
    v1321, = _launch_pk_batch_norm_102(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1311, v1315, v1317, v1318)
    v1322 = torch.conv2d(v1321, in_412, None, (1, 1), (0, 0), (1, 1), 1)
    v1323 = in_413.reshape((-1, 1, 1))
    v1325, = _launch_pk_add_43(v1322, v1323)
    v1326 = torch.conv2d(v1325, in_264, None, (1, 1), (1, 1), (1, 1), 1)
    v1328 = in_265.reshape((768, 1, 1))
    v1329 = in_266.reshape((768, 1, 1))
    v1332, = _launch_pk_v1045(v1329)
    v1334 = in_267.reshape((768, 1, 1))
    v1335 = in_268.reshape((768, 1, 1))
    v1338, = _launch_pk_batch_norm_104(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1328, v1332, v1334, v1335)
    v1339 = torch.conv2d(v1338, in_414, None, (1, 1), (0, 0), (1, 1), 1)
    v1340 = in_415.reshape((-1, 1, 1))
    v1342, = _launch_pk_add_43(v1339, v1340)
    v1343 = torch.conv2d(v1342, in_269, None, (1, 1), (1, 1), (1, 1), 1)
    v1345 = in_270.reshape((800, 1, 1))
    v1346 = in_271.reshape((800, 1, 1))
    v1349, = _launch_pk_v1062(v1346)
    v1351 = in_272.reshape((800, 1, 1))
    v1352 = in_273.reshape((800, 1, 1))
    v1355, = _launch_pk_batch_norm_106(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1345, v1349, v1351, v1352)
    v1356 = torch.conv2d(v1355, in_416, None, (1, 1), (0, 0), (1, 1), 1)
    v1357 = in_417.reshape((-1, 1, 1))
    v1359, = _launch_pk_add_43(v1356, v1357)
    v1360 = torch.conv2d(v1359, in_274, None, (1, 1), (1, 1), (1, 1), 1)
    v1362 = in_275.reshape((832, 1, 1))
    v1363 = in_276.reshape((832, 1, 1))
    v1366, = _launch_pk_v1079(v1363)
    v1368 = in_277.reshape((832, 1, 1))
    v1369 = in_278.reshape((832, 1, 1))
    v1372, = _launch_pk_batch_norm_108(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1362, v1366, v1368, v1369)
    v1373 = torch.conv2d(v1372, in_418, None, (1, 1), (0, 0), (1, 1), 1)
    v1374 = in_419.reshape((-1, 1, 1))
    v1376, = _launch_pk_add_43(v1373, v1374)
    v1377 = torch.conv2d(v1376, in_279, None, (1, 1), (1, 1), (1, 1), 1)
    v1379 = in_280.reshape((864, 1, 1))
    v1380 = in_281.reshape((864, 1, 1))
    v1383, = _launch_pk_v1096(v1380)
    v1385 = in_282.reshape((864, 1, 1))
    v1386 = in_283.reshape((864, 1, 1))
    v1389, = _launch_pk_batch_norm_110(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1377, v1379, v1383, v1385, v1386)
    v1390 = torch.conv2d(v1389, in_420, None, (1, 1), (0, 0), (1, 1), 1)
    v1391 = in_421.reshape((-1, 1, 1))
    v1393, = _launch_pk_add_43(v1390, v1391)
    v1394 = torch.conv2d(v1393, in_284, None, (1, 1), (1, 1), (1, 1), 1)
    v1396 = in_285.reshape((896, 1, 1))
    v1397 = in_286.reshape((896, 1, 1))
    v1400, = _launch_pk_v1113(v1397)
    v1402 = in_287.reshape((896, 1, 1))
    v1403 = in_288.reshape((896, 1, 1))
    v1406, = _launch_pk_batch_norm_112(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1377, v1394, v1396, v1400, v1402, v1403)
    v1407 = torch.conv2d(v1406, in_422, None, (1, 1), (0, 0), (1, 1), 1)
    v1408 = in_423.reshape((-1, 1, 1))
    v1410, = _launch_pk_add_43(v1407, v1408)
    v1411 = torch.conv2d(v1410, in_289, None, (1, 1), (1, 1), (1, 1), 1)
    v1413 = in_290.reshape((928, 1, 1))
    v1414 = in_291.reshape((928, 1, 1))
    v1417, = _launch_pk_v1130(v1414)
    v1419 = in_292.reshape((928, 1, 1))
    v1420 = in_293.reshape((928, 1, 1))
    v1423, = _launch_pk_batch_norm_114(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1377, v1394, v1411, v1413, v1417, v1419, v1420)
    v1424 = torch.conv2d(v1423, in_424, None, (1, 1), (0, 0), (1, 1), 1)
    v1425 = in_425.reshape((-1, 1, 1))
    v1427, = _launch_pk_add_43(v1424, v1425)
    v1428 = torch.conv2d(v1427, in_294, None, (1, 1), (1, 1), (1, 1), 1)
    v1430 = in_295.reshape((960, 1, 1))
    v1431 = in_296.reshape((960, 1, 1))
    v1434, = _launch_pk_v1147(v1431)
    v1436 = in_297.reshape((960, 1, 1))
    v1437 = in_298.reshape((960, 1, 1))
    v1440, = _launch_pk_batch_norm_116(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1377, v1394, v1411, v1428, v1430, v1434, v1436, v1437)
    v1441 = torch.conv2d(v1440, in_426, None, (1, 1), (0, 0), (1, 1), 1)
    v1442 = in_427.reshape((-1, 1, 1))
    v1444, = _launch_pk_add_43(v1441, v1442)
    v1445 = torch.conv2d(v1444, in_299, None, (1, 1), (1, 1), (1, 1), 1)
    v1447 = in_300.reshape((992, 1, 1))
    v1448 = in_301.reshape((992, 1, 1))
    v1451, = _launch_pk_v1164(v1448)
    v1453 = in_302.reshape((992, 1, 1))
    v1454 = in_303.reshape((992, 1, 1))
    v1457, = _launch_pk_batch_norm_118(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1377, v1394, v1411, v1428, v1445, v1447, v1451, v1453, v1454)
    v1458 = torch.conv2d(v1457, in_428, None, (1, 1), (0, 0), (1, 1), 1)
    v1459 = in_429.reshape((-1, 1, 1))
    v1461, = _launch_pk_add_43(v1458, v1459)
    v1462 = torch.conv2d(v1461, in_304, None, (1, 1), (1, 1), (1, 1), 1)
    v1464 = in_305.reshape((1024, 1, 1))
    v1465 = in_306.reshape((1024, 1, 1))
    v1468, = _launch_pk_v1181(v1465)
    v1470 = in_307.reshape((1024, 1, 1))
    v1471 = in_308.reshape((1024, 1, 1))
    v1474, = _launch_pk_batch_norm_120(v1190, v1207, v1224, v1241, v1258, v1275, v1292, v1309, v1326, v1343, v1360, v1377, v1394, v1411, v1428, v1445, v1462, v1464, v1468, v1470, v1471)
    v1475 = torch.nn.functional.adaptive_avg_pool2d(v1474, 1)
    v1476 = v1475.flatten(1)
    v1477 = torch._C._nn.linear(v1476, in_309, in_310)
    return (v1477,)

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
* ``inductor``: ``torch.compile`` of the problem's own forward (a seed: pike never loses to it);
  in ``default`` mode with ``cuda_graph`` its kernels are captured in the runner's own CUDA graph.
  With ``freeze`` inductor compiles with the module's tensors as constants (batch norm folded,
  weights pre-cast and laid out once); a changed tensor then compiles it again, up to
  ``_PK_MAX_FREEZES`` times, and then without freezing.

and may capture the whole body into a CUDA graph. Capture happens on the caller's own input
tensors, and a call with those same tensors replays the graph directly (replay re-reads their
memory, so new values are seen); a call with other tensors copies them into static buffers that a
second graph was captured on. Every call returns fresh output tensors, as eager does.

Per-call host time decides small problems (a few microseconds of kernel time), so the runner picks
its call path once, from the spec: a graph with nothing derived and no CUDA graph calls
``fused_forward`` after one shape/dtype check (``_lean_call``); a CUDA-graph spec called with the
tensors of its last replay replays after one layout comparison and a look at the module's tensors it
reads (``_replay_call``); everything else takes ``_full_call``. No ``torch.no_grad()`` context is
entered when grad is already off.
"""

import collections
import operator
import types

import torch

_PK_DTYPES = {
    "float32": torch.float32,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "float64": torch.float64,
}
_PK_MAX_SHAPES = 8  # captured graphs kept per runner (one per input shape signature)
# Frozen compiles per runner. Inductor keeps every compiled module, frozen constants included, for
# the life of the process: weights that keep changing are compiled as inputs after this many.
_PK_MAX_FREEZES = 3
_PK_DATA_PTR = torch.Tensor.data_ptr
_PK_VERSION_OF = operator.attrgetter("_version")


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


def _pk_watch(located):
    """([table], [key]) of (table, key) pairs: what ``_watched_state`` maps over per call."""
    return [table for table, _ in located], [key for _, key in located]


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


def _pk_fresh(fn):
    """``fn`` with a code object of its own. Dynamo keeps compiled code per code object, at most
    ``recompile_limit`` (8) entries of it: runners compiling one shared lambda would share that
    cache, and the ninth would silently run uncompiled (a frozen body would also hit the old constants)."""
    return types.FunctionType(fn.__code__.replace(), fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)


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
    """One CUDA graph of the body, reading ``inputs`` (held here so their memory stays theirs).

    With ``tune_convs`` cuDNN times its convolution algorithms for each shape in the warm-up
    (``cudnn.benchmark``, for the warm-up and the capture only: the flag is process-wide) and the
    graph keeps the fastest. The spec asks for it at reduced precision only, where the tolerance is
    far above what tells one algorithm's rounding from another's."""

    def __init__(self, body, inputs, tune_convs=False):
        self.inputs = list(inputs)
        self.layout = _pk_layout(self.inputs)
        previous = torch.backends.cudnn.benchmark
        torch.backends.cudnn.benchmark = previous or tune_convs
        try:
            side = torch.cuda.Stream()
            side.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(side):  # warm-up off the capture: kernel compilation, cuBLAS/cuDNN setup
                for _ in range(2):
                    body(self.inputs)
            torch.cuda.current_stream().wait_stream(side)
            self.graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(self.graph):
                self.outputs = body(self.inputs)
        finally:
            torch.backends.cudnn.benchmark = previous

    def replay(self):
        self.graph.replay()
        return self.outputs


class _PkGraphCache:
    """Captured graphs per input shape signature: direct (caller's tensors) and staged (buffers)."""

    def __init__(self, tune_convs=False):
        self.entries = collections.OrderedDict()
        self.last = None  # the direct graph run last: a call on the same tensors replays it at once
        self.tune_convs = tune_convs

    def clear(self):
        self.entries.clear()
        self.last = None

    def run(self, body, inputs):
        key = _pk_shape_key(inputs)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = {"direct": _PkCaptured(body, inputs, self.tune_convs), "staged": None}
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
            staged = entry["staged"] = _PkCaptured(body, buffers, self.tune_convs)
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
        self.watch = None  # ([table], [key]) of every source tensor
        self.watch_state = None  # their (_version, data_ptr) when the derived tensors were made
        # a module or inductor body in a CUDA graph reads the module's tensors at the addresses they
        # had when it was captured: replacing one (or swapping its .data) needs a new capture, while
        # an in-place update is read by the replay itself. A frozen inductor body holds their values
        # as constants: any change compiles it again. (`pinned` says which bodies watch them.)
        self.frozen = spec["path"] == "inductor" and bool(spec.get("freeze"))
        self.graphs = _PkGraphCache(bool(spec.get("tune_convs")))
        self.compiled = None
        self.body = None
        self.freezes = 0  # frozen compiles so far (see _PK_MAX_FREEZES)
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

    @property
    def pinned(self):
        """Whether every module tensor is watched: a module or inductor body in a CUDA graph, or frozen."""
        return self.spec["path"] != "graph" and (bool(self.spec.get("cuda_graph")) or self.frozen)

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
        """(_version, data_ptr) of every source tensor (data_ptr alone when pinned and not frozen).
        It runs per call, over hundreds of tensors on a deep CNN: the loops are C-level ``map``s where
        they can be."""
        tensors = list(map(dict.get, *self.watch))
        try:
            if self.pinned and not self.frozen:
                return list(map(_PK_DATA_PTR, tensors))
            return list(map(_PK_VERSION_OF, tensors)), list(map(_PK_DATA_PTR, tensors))
        except (RuntimeError, AttributeError, TypeError):  # inference tensors have no version; a tensor was removed
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
        self.watch = _pk_watch(located.values())
        self.watch_state = self._watched_state()

    def _pin(self, module):
        """Watch where the module's tensors are (and, frozen, what they hold), and drop the graphs
        captured on other addresses and the body compiled with other constants."""
        if self.frozen:
            self.compiled = self.body = None
            if self.freezes >= _PK_MAX_FREEZES:  # from now on the weights are the body's inputs
                self.frozen = False
        paths = [name for name, _ in module.named_parameters()] + [name for name, _ in module.named_buffers()]
        self.watch = _pk_watch([_pk_locate(module, p) for p in paths])
        self.watch_state = self._watched_state()
        self.graphs.clear()

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
            forward = _pk_fresh(lambda *inputs: eager(inputs))
            self.compiled = torch.compile(forward, mode=self.spec["inductor_mode"], dynamic=False)
            self.freezes += self.frozen
        compiled = self.compiled
        if self.spec["inductor_mode"] == "reduce-overhead":
            def body(inputs):
                torch.compiler.cudagraph_mark_step_begin()
                return _pk_clone(compiled(*inputs))

            return body
        if self.frozen:
            import torch._inductor.config as inductor_config

            def frozen(inputs):
                # inductor reads the flag when it compiles, at the first call (torch.compile's
                # options= does not reach it); a captured graph's replays never come here
                with inductor_config.patch(freezing=True):
                    return compiled(*inputs)

            return frozen
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
        elif self.pinned and self._stale():
            self._pin(module)
        body = self._body(module)
        with _PkTf32(self.spec.get("tf32")):
            if self.spec.get("cuda_graph") and any(isinstance(t, torch.Tensor) and t.is_cuda for t in inputs):
                return _pk_clone(self.graphs.run(body, inputs))
            return body(inputs)

_PK_SPEC = {'path': 'graph', 'args': [{'from': 'tensor', 'name': 'w5_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w6_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w7_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w8_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w14_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w15_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w16_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w17_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w18_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w24_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w25_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w26_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w27_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w28_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w34_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w35_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w36_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w37_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w38_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w44_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w45_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w46_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w47_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w48_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w54_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w55_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w56_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w57_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w58_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w64_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w65_l_self_modules_stages_modules_1_modules_norm_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w66_l_self_modules_stages_modules_1_modules_norm_buffers_running_var_'}, {'from': 'tensor', 'name': 'w67_l_self_modules_stages_modules_1_modules_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w68_l_self_modules_stages_modules_1_modules_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w69_l_self_modules_stages_modules_1_modules_conv_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w70_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w71_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w72_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w73_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w79_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w80_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w81_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w82_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w83_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w89_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w90_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w91_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w92_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w93_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w99_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w100_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w101_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w102_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w103_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w109_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w110_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w111_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w112_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w113_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w119_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w120_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w121_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w122_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w123_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w129_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w130_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w131_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w132_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w133_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w139_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w140_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w141_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w142_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w143_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w149_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w150_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w151_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w152_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w153_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w159_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w160_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w161_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w162_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w163_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w169_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w170_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w171_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w172_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w173_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w179_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w180_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w181_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w182_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w183_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w189_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w190_l_self_modules_stages_modules_3_modules_norm_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w191_l_self_modules_stages_modules_3_modules_norm_buffers_running_var_'}, {'from': 'tensor', 'name': 'w192_l_self_modules_stages_modules_3_modules_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w193_l_self_modules_stages_modules_3_modules_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w194_l_self_modules_stages_modules_3_modules_conv_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w195_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w196_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w197_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w198_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w204_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w205_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w206_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w207_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w208_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w214_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w215_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w216_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w217_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w218_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w224_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w225_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w226_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w227_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w228_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w234_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w235_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w236_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w237_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w238_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w244_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w245_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w246_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w247_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w248_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w254_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w255_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w256_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w257_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w258_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w264_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w265_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w266_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w267_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w268_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w274_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w275_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w276_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w277_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w278_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w284_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w285_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w286_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w287_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w288_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w294_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w295_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w296_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w297_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w298_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w304_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w305_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w306_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w307_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w308_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w314_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w315_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w316_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w317_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w318_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w324_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w325_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w326_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w327_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w328_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w334_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w335_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w336_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w337_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w338_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w344_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w345_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w346_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w347_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w348_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w354_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w355_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w356_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w357_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w358_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w364_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w365_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w366_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w367_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w368_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w374_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w375_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w376_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w377_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w378_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w384_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w385_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w386_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w387_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w388_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w394_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w395_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w396_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w397_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w398_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w404_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w405_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w406_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w407_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w408_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w414_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w415_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w416_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w417_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w418_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w424_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w425_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w426_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w427_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w428_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w434_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w435_l_self_modules_stages_modules_5_modules_norm_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w436_l_self_modules_stages_modules_5_modules_norm_buffers_running_var_'}, {'from': 'tensor', 'name': 'w437_l_self_modules_stages_modules_5_modules_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w438_l_self_modules_stages_modules_5_modules_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w439_l_self_modules_stages_modules_5_modules_conv_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w440_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w441_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w442_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w443_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w449_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w450_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w451_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w452_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w453_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w459_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w460_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w461_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w462_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w463_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w469_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w470_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w471_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w472_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w473_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w479_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w480_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w481_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w482_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w483_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w489_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w490_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w491_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w492_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w493_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w499_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w500_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w501_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w502_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w503_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w509_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w510_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w511_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w512_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w513_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w519_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w520_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w521_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w522_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w523_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w529_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w530_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w531_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w532_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w533_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w539_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w540_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w541_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w542_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w543_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w549_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w550_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w551_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w552_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w553_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w559_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w560_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w561_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w562_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w563_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w569_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w570_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w571_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w572_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w573_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w579_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w580_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w581_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w582_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w583_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w589_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w590_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w591_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_buffers_running_var_'}, {'from': 'tensor', 'name': 'w592_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_weight_'}, {'from': 'tensor', 'name': 'w593_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm1_parameters_bias_'}, {'from': 'tensor', 'name': 'w599_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv2_parameters_weight_', 'channels_last': True}, {'from': 'tensor', 'name': 'w600_l_self_modules_final_norm_buffers_running_mean_'}, {'from': 'tensor', 'name': 'w601_l_self_modules_final_norm_buffers_running_var_'}, {'from': 'tensor', 'name': 'w602_l_self_modules_final_norm_parameters_weight_'}, {'from': 'tensor', 'name': 'w603_l_self_modules_final_norm_parameters_bias_'}, {'from': 'tensor', 'name': 'w604_l_self_modules_classifier_parameters_weight_'}, {'from': 'tensor', 'name': 'w605_l_self_modules_classifier_parameters_bias_'}, {'from': 'input', 'index': 0}, {'from': 'fold_weight', 'weight': 'w0_l_self_modules_stem_modules_0_parameters_weight_', 'bias': '', 'mean': 'w1_l_self_modules_stem_modules_1_buffers_running_mean_', 'var': 'w2_l_self_modules_stem_modules_1_buffers_running_var_', 'gamma': 'w3_l_self_modules_stem_modules_1_parameters_weight_', 'beta': 'w4_l_self_modules_stem_modules_1_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w0_l_self_modules_stem_modules_0_parameters_weight_', 'bias': '', 'mean': 'w1_l_self_modules_stem_modules_1_buffers_running_mean_', 'var': 'w2_l_self_modules_stem_modules_1_buffers_running_var_', 'gamma': 'w3_l_self_modules_stem_modules_1_parameters_weight_', 'beta': 'w4_l_self_modules_stem_modules_1_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w9_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w10_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w11_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w12_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w13_l_self_modules_stages_modules_0_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w19_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w20_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w21_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w22_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w23_l_self_modules_stages_modules_0_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w29_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w30_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w31_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w32_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w33_l_self_modules_stages_modules_0_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w39_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w40_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w41_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w42_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w43_l_self_modules_stages_modules_0_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w49_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w50_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w51_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w52_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w53_l_self_modules_stages_modules_0_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w59_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w60_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w61_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w62_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w63_l_self_modules_stages_modules_0_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w74_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w75_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w76_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w77_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w78_l_self_modules_stages_modules_2_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w84_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w85_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w86_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w87_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w88_l_self_modules_stages_modules_2_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w94_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w95_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w96_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w97_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w98_l_self_modules_stages_modules_2_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w104_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w105_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w106_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w107_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w108_l_self_modules_stages_modules_2_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w114_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w115_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w116_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w117_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w118_l_self_modules_stages_modules_2_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w124_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w125_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w126_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w127_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w128_l_self_modules_stages_modules_2_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_', 'var': 'w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_', 'gamma': 'w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_', 'beta': 'w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w134_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w135_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_mean_', 'var': 'w136_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_buffers_running_var_', 'gamma': 'w137_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_weight_', 'beta': 'w138_l_self_modules_stages_modules_2_modules_layers_modules_6_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_', 'var': 'w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_', 'gamma': 'w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_', 'beta': 'w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w144_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w145_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_mean_', 'var': 'w146_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_buffers_running_var_', 'gamma': 'w147_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_weight_', 'beta': 'w148_l_self_modules_stages_modules_2_modules_layers_modules_7_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_', 'var': 'w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_', 'gamma': 'w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_', 'beta': 'w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w154_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w155_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_mean_', 'var': 'w156_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_buffers_running_var_', 'gamma': 'w157_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_weight_', 'beta': 'w158_l_self_modules_stages_modules_2_modules_layers_modules_8_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_', 'var': 'w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_', 'gamma': 'w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_', 'beta': 'w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w164_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w165_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_mean_', 'var': 'w166_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_buffers_running_var_', 'gamma': 'w167_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_weight_', 'beta': 'w168_l_self_modules_stages_modules_2_modules_layers_modules_9_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_', 'var': 'w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_', 'gamma': 'w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_', 'beta': 'w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w174_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w175_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_mean_', 'var': 'w176_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_buffers_running_var_', 'gamma': 'w177_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_weight_', 'beta': 'w178_l_self_modules_stages_modules_2_modules_layers_modules_10_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_', 'var': 'w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_', 'gamma': 'w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_', 'beta': 'w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w184_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w185_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_mean_', 'var': 'w186_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_buffers_running_var_', 'gamma': 'w187_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_weight_', 'beta': 'w188_l_self_modules_stages_modules_2_modules_layers_modules_11_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w199_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w200_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w201_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w202_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w203_l_self_modules_stages_modules_4_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w209_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w210_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w211_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w212_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w213_l_self_modules_stages_modules_4_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w219_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w220_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w221_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w222_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w223_l_self_modules_stages_modules_4_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w229_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w230_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w231_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w232_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w233_l_self_modules_stages_modules_4_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w239_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w240_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w241_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w242_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w243_l_self_modules_stages_modules_4_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w249_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w250_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w251_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w252_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w253_l_self_modules_stages_modules_4_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_', 'var': 'w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_', 'gamma': 'w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_', 'beta': 'w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w259_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w260_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_mean_', 'var': 'w261_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_buffers_running_var_', 'gamma': 'w262_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_weight_', 'beta': 'w263_l_self_modules_stages_modules_4_modules_layers_modules_6_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_', 'var': 'w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_', 'gamma': 'w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_', 'beta': 'w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w269_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w270_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_mean_', 'var': 'w271_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_buffers_running_var_', 'gamma': 'w272_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_weight_', 'beta': 'w273_l_self_modules_stages_modules_4_modules_layers_modules_7_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_', 'var': 'w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_', 'gamma': 'w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_', 'beta': 'w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w279_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w280_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_mean_', 'var': 'w281_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_buffers_running_var_', 'gamma': 'w282_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_weight_', 'beta': 'w283_l_self_modules_stages_modules_4_modules_layers_modules_8_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_', 'var': 'w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_', 'gamma': 'w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_', 'beta': 'w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w289_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w290_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_mean_', 'var': 'w291_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_buffers_running_var_', 'gamma': 'w292_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_weight_', 'beta': 'w293_l_self_modules_stages_modules_4_modules_layers_modules_9_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_', 'var': 'w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_', 'gamma': 'w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_', 'beta': 'w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w299_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w300_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_mean_', 'var': 'w301_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_buffers_running_var_', 'gamma': 'w302_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_weight_', 'beta': 'w303_l_self_modules_stages_modules_4_modules_layers_modules_10_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_', 'var': 'w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_', 'gamma': 'w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_', 'beta': 'w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w309_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w310_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_mean_', 'var': 'w311_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_buffers_running_var_', 'gamma': 'w312_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_weight_', 'beta': 'w313_l_self_modules_stages_modules_4_modules_layers_modules_11_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_', 'var': 'w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_', 'gamma': 'w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_', 'beta': 'w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w319_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w320_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_mean_', 'var': 'w321_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_buffers_running_var_', 'gamma': 'w322_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_weight_', 'beta': 'w323_l_self_modules_stages_modules_4_modules_layers_modules_12_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_', 'var': 'w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_', 'gamma': 'w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_', 'beta': 'w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w329_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w330_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_mean_', 'var': 'w331_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_buffers_running_var_', 'gamma': 'w332_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_weight_', 'beta': 'w333_l_self_modules_stages_modules_4_modules_layers_modules_13_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_', 'var': 'w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_', 'gamma': 'w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_', 'beta': 'w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w339_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w340_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_mean_', 'var': 'w341_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_buffers_running_var_', 'gamma': 'w342_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_weight_', 'beta': 'w343_l_self_modules_stages_modules_4_modules_layers_modules_14_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_', 'var': 'w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_', 'gamma': 'w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_', 'beta': 'w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w349_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w350_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_mean_', 'var': 'w351_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_buffers_running_var_', 'gamma': 'w352_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_weight_', 'beta': 'w353_l_self_modules_stages_modules_4_modules_layers_modules_15_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_', 'var': 'w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_', 'gamma': 'w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_', 'beta': 'w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w359_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w360_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_mean_', 'var': 'w361_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_buffers_running_var_', 'gamma': 'w362_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_weight_', 'beta': 'w363_l_self_modules_stages_modules_4_modules_layers_modules_16_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_', 'var': 'w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_', 'gamma': 'w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_', 'beta': 'w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w369_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w370_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_mean_', 'var': 'w371_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_buffers_running_var_', 'gamma': 'w372_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_weight_', 'beta': 'w373_l_self_modules_stages_modules_4_modules_layers_modules_17_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_', 'var': 'w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_', 'gamma': 'w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_', 'beta': 'w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w379_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w380_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_mean_', 'var': 'w381_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_buffers_running_var_', 'gamma': 'w382_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_weight_', 'beta': 'w383_l_self_modules_stages_modules_4_modules_layers_modules_18_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_', 'var': 'w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_', 'gamma': 'w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_', 'beta': 'w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w389_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w390_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_mean_', 'var': 'w391_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_buffers_running_var_', 'gamma': 'w392_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_weight_', 'beta': 'w393_l_self_modules_stages_modules_4_modules_layers_modules_19_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_', 'var': 'w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_', 'gamma': 'w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_', 'beta': 'w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w399_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w400_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_mean_', 'var': 'w401_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_buffers_running_var_', 'gamma': 'w402_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_weight_', 'beta': 'w403_l_self_modules_stages_modules_4_modules_layers_modules_20_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_', 'var': 'w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_', 'gamma': 'w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_', 'beta': 'w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w409_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w410_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_mean_', 'var': 'w411_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_buffers_running_var_', 'gamma': 'w412_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_weight_', 'beta': 'w413_l_self_modules_stages_modules_4_modules_layers_modules_21_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_', 'var': 'w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_', 'gamma': 'w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_', 'beta': 'w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w419_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w420_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_mean_', 'var': 'w421_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_buffers_running_var_', 'gamma': 'w422_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_weight_', 'beta': 'w423_l_self_modules_stages_modules_4_modules_layers_modules_22_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_', 'var': 'w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_', 'gamma': 'w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_', 'beta': 'w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w429_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w430_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_mean_', 'var': 'w431_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_buffers_running_var_', 'gamma': 'w432_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_weight_', 'beta': 'w433_l_self_modules_stages_modules_4_modules_layers_modules_23_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w444_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w445_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_mean_', 'var': 'w446_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_buffers_running_var_', 'gamma': 'w447_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_weight_', 'beta': 'w448_l_self_modules_stages_modules_6_modules_layers_modules_0_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w454_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w455_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_mean_', 'var': 'w456_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_buffers_running_var_', 'gamma': 'w457_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_weight_', 'beta': 'w458_l_self_modules_stages_modules_6_modules_layers_modules_1_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w464_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w465_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_mean_', 'var': 'w466_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_buffers_running_var_', 'gamma': 'w467_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_weight_', 'beta': 'w468_l_self_modules_stages_modules_6_modules_layers_modules_2_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w474_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w475_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_mean_', 'var': 'w476_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_buffers_running_var_', 'gamma': 'w477_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_weight_', 'beta': 'w478_l_self_modules_stages_modules_6_modules_layers_modules_3_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w484_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w485_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_mean_', 'var': 'w486_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_buffers_running_var_', 'gamma': 'w487_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_weight_', 'beta': 'w488_l_self_modules_stages_modules_6_modules_layers_modules_4_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w494_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w495_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_mean_', 'var': 'w496_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_buffers_running_var_', 'gamma': 'w497_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_weight_', 'beta': 'w498_l_self_modules_stages_modules_6_modules_layers_modules_5_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_', 'var': 'w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_', 'gamma': 'w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_', 'beta': 'w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w504_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w505_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_mean_', 'var': 'w506_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_buffers_running_var_', 'gamma': 'w507_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_weight_', 'beta': 'w508_l_self_modules_stages_modules_6_modules_layers_modules_6_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_', 'var': 'w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_', 'gamma': 'w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_', 'beta': 'w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w514_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w515_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_mean_', 'var': 'w516_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_buffers_running_var_', 'gamma': 'w517_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_weight_', 'beta': 'w518_l_self_modules_stages_modules_6_modules_layers_modules_7_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_', 'var': 'w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_', 'gamma': 'w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_', 'beta': 'w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w524_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w525_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_mean_', 'var': 'w526_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_buffers_running_var_', 'gamma': 'w527_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_weight_', 'beta': 'w528_l_self_modules_stages_modules_6_modules_layers_modules_8_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_', 'var': 'w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_', 'gamma': 'w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_', 'beta': 'w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w534_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w535_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_mean_', 'var': 'w536_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_buffers_running_var_', 'gamma': 'w537_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_weight_', 'beta': 'w538_l_self_modules_stages_modules_6_modules_layers_modules_9_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_', 'var': 'w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_', 'gamma': 'w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_', 'beta': 'w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w544_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w545_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_mean_', 'var': 'w546_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_buffers_running_var_', 'gamma': 'w547_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_weight_', 'beta': 'w548_l_self_modules_stages_modules_6_modules_layers_modules_10_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_', 'var': 'w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_', 'gamma': 'w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_', 'beta': 'w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w554_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w555_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_mean_', 'var': 'w556_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_buffers_running_var_', 'gamma': 'w557_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_weight_', 'beta': 'w558_l_self_modules_stages_modules_6_modules_layers_modules_11_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_', 'var': 'w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_', 'gamma': 'w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_', 'beta': 'w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w564_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w565_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_mean_', 'var': 'w566_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_buffers_running_var_', 'gamma': 'w567_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_weight_', 'beta': 'w568_l_self_modules_stages_modules_6_modules_layers_modules_12_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_', 'var': 'w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_', 'gamma': 'w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_', 'beta': 'w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w574_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w575_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_mean_', 'var': 'w576_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_buffers_running_var_', 'gamma': 'w577_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_weight_', 'beta': 'w578_l_self_modules_stages_modules_6_modules_layers_modules_13_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_', 'var': 'w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_', 'gamma': 'w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_', 'beta': 'w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w584_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w585_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_mean_', 'var': 'w586_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_buffers_running_var_', 'gamma': 'w587_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_weight_', 'beta': 'w588_l_self_modules_stages_modules_6_modules_layers_modules_14_modules_norm2_parameters_bias_', 'eps': 1e-05}, {'from': 'fold_weight', 'weight': 'w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_', 'var': 'w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_', 'gamma': 'w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_', 'beta': 'w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_', 'eps': 1e-05, 'channels_last': True}, {'from': 'fold_bias', 'weight': 'w594_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_conv1_parameters_weight_', 'bias': '', 'mean': 'w595_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_mean_', 'var': 'w596_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_buffers_running_var_', 'gamma': 'w597_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_weight_', 'beta': 'w598_l_self_modules_stages_modules_6_modules_layers_modules_15_modules_norm2_parameters_bias_', 'eps': 1e-05}], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': True, 'autocast': None, 'inductor_mode': '', 'freeze': False, 'tune_convs': False, 'inputs': [[[10, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """cuda-graph+fold-bn+channels-last+triton-fused: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, fused_forward)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
