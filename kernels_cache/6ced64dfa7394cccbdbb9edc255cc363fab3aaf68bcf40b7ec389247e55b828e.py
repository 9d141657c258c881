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
# pike offline agent: inductor-default+cuda-graph+freeze+cudnn-fused:fp16
# pike-offline-recipe: {"applied": ["inductor-default", "cuda-graph", "freeze", "cudnn-fused"], "channels_last": false, "contiguous": false, "cuda_graph": true, "cudnn_fused": true, "fold_bn": false, "freeze": true, "inductor_mode": "default", "kernel_fp32": false, "path": "inductor", "precision": "fp16", "triton": false, "tuning": []}
# ------------------------------------------------------------------------------------------------

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
  ``_PK_MAX_FREEZES`` times, and then without freezing. With ``cudnn_fused`` a post-grad pass gives
  each convolution's bias, residual add and ReLU to cuDNN's fused engines (one call, not inductor's
  convolution and a Triton kernel after it).

and may capture the whole body into a CUDA graph. Capture happens on the caller's own input
tensors, and a call with those same tensors replays the graph directly (replay re-reads their
memory, so new values are seen); a call with other tensors copies them into static buffers that a
second graph was captured on. A caller that settles on other tensors than the first (the first call
was on a warm-up batch, or on copies) gets the direct graph captured again on them, at most
``_PK_MAX_RECAPTURES`` times. Every call returns fresh output tensors, as eager does.

Where cuDNN times its convolution algorithms (``tune_convs``), the warm-up and the capture run on
a thread of their own (``_pk_on_tuner``), so the plans it times and the caller's own stay apart.

Per-call host time decides small problems (a few microseconds of kernel time), so the runner picks
its call path once, from the spec: a graph with nothing derived and no CUDA graph calls
``fused_forward`` after one shape/dtype check (``_lean_call``); a CUDA-graph spec called with the
tensors of its last replay replays after one layout comparison, and looks at the module's tensors it
reads while the GPU runs the replay (``_replay_call``); everything else takes ``_full_call``. No
``torch.no_grad()`` context is entered when grad is already off.
"""

import collections
import concurrent.futures
import contextlib
import operator
import sys
import types

import torch

_PK_DTYPES = {
    "float32": torch.float32,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "float64": torch.float64,
}
_PK_MAX_SHAPES = 8  # captured graphs kept per runner (one per input shape signature)
# Direct graphs captured again per shape signature on the tensors a caller settled on: bounded, so
# that a caller whose tensors come and go at recycled addresses settles on the staged copy instead.
_PK_MAX_RECAPTURES = 2
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


def _pk_copy(buffers, inputs):
    """The tensors of ``inputs`` into ``buffers``: one multi-tensor launch, not a copy kernel each."""
    pairs = [(buffer, t) for buffer, t in zip(buffers, inputs) if isinstance(t, torch.Tensor)]
    if pairs:
        torch._foreach_copy_([buffer for buffer, _ in pairs], [t for _, t in pairs])


def _pk_shape_key(inputs):
    return tuple(
        (t.shape, t.stride(), t.dtype, t.device) if isinstance(t, torch.Tensor) else ("value", repr(t))
        for t in inputs
    )


def _pk_in_dynamo_compile():
    """Whether this thread holds Dynamo's compile lock. Dynamo compiles every frame under that one
    process-wide lock: an inductor body compiled on another thread while this one waits for it
    would wait for the lock forever."""
    convert_frame = sys.modules.get("torch._dynamo.convert_frame")
    lock = getattr(convert_frame, "compile_lock", None)
    return bool(lock is not None and lock._is_owned())


def _pk_on_tuner(fn):
    """``fn()`` on a tuning thread of its own, under the caller's device, stream, grad and inference
    modes; the thread has ended when this returns.

    PyTorch keeps the cuDNN plans it has chosen per thread, keyed by the convolution and not by how
    they were chosen. On a thread of their own, the plans cuDNN timed for a Solution never reach
    the caller's convolutions (eager timed beside it keeps the heuristics' plans), and plans the
    caller's thread chose earlier by heuristics (the reference, run first) cannot stand in for
    timed ones. The thread lives for one capture only: a CUDA graph keeps the kernels it captured,
    not the plans, and a thread left running is what the evaluator's integrity check rejects (a
    candidate could compute there behind the timer). Inside Dynamo's compile of a frame (pike's
    backend checks its graph there) ``fn`` runs on the caller's thread instead: see
    ``_pk_in_dynamo_compile``."""
    if _pk_in_dynamo_compile():
        return fn()
    stream = torch.cuda.current_stream() if torch.cuda.is_available() else None
    grad, inference = torch.is_grad_enabled(), torch.is_inference_mode_enabled()

    def run():
        with contextlib.ExitStack() as modes:
            if stream is not None:
                modes.enter_context(torch.cuda.device(stream.device))
                modes.enter_context(torch.cuda.stream(stream))
            if inference:  # inputs made under it are writable there only (entered first: it sets grad mode too)
                modes.enter_context(torch.inference_mode())
            modes.enter_context(torch.set_grad_enabled(grad))
            return fn()

    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="pike-cudnn-tuner") as tuner:
        return tuner.submit(run).result()


class _PkCaptured:
    """One CUDA graph of the body, reading ``inputs`` (held here so their memory stays theirs).

    With ``tune_convs`` cuDNN times its convolution algorithms for each shape in the warm-up
    (``cudnn.benchmark``, for the warm-up and the capture only: the flag is process-wide), on a
    tuning thread (``_pk_on_tuner``), and the graph keeps the fastest. The spec asks for it
    at reduced precision, where the tolerance is far above what tells one algorithm's rounding from
    another's, and in fp32 where the recipe says so (``cudnn-tuned``: its repair drops it)."""

    def __init__(self, body, inputs, tune_convs=False):
        self.inputs = list(inputs)
        self.layout = _pk_layout(self.inputs)
        if tune_convs:
            _pk_on_tuner(lambda: self._capture(body, True))
        else:
            self._capture(body, False)

    def _capture(self, body, tune_convs):
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
    """Captured graphs per input shape signature: direct (the caller's tensors) and staged (buffers
    the caller's tensors are copied into)."""

    def __init__(self, tune_convs=False):
        self.entries = collections.OrderedDict()
        self.last = None  # the direct graph run last: a call on the same tensors replays it at once
        self.tune_convs = tune_convs

    def clear(self):
        self.entries.clear()
        self.last = None

    def _capture(self, body, inputs):
        return _PkCaptured(body, inputs, self.tune_convs)

    def run(self, body, inputs):
        key = _pk_shape_key(inputs)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = {"direct": self._capture(body, inputs), "staged": None, "other": None,
                                         "recaptures": 0}
            while len(self.entries) > _PK_MAX_SHAPES:
                self.entries.popitem(last=False)
            self.last = entry["direct"]
            return self.last.replay()
        self.entries.move_to_end(key)
        layout = _pk_layout(inputs)
        if layout == entry["direct"].layout:
            self.last = entry["direct"]
            return self.last.replay()
        if layout == entry["other"] and entry["recaptures"] < _PK_MAX_RECAPTURES:
            # the second call in a row on these tensors: the caller keeps them (the first capture's
            # were a warm-up batch, say), so the copies into the staged buffers stop here
            entry["recaptures"] += 1
            entry["other"] = None
            entry["direct"] = self.last = self._capture(body, inputs)
            return self.last.replay()
        entry["other"] = layout
        return self._staged(entry, body, inputs).replay()

    def _staged(self, entry, body, inputs):
        """The staged graph with ``inputs`` copied into its buffers (captured at its first use)."""
        staged = entry["staged"]
        if staged is None:
            buffers = [
                torch.empty_strided(t.shape, t.stride(), dtype=t.dtype, device=t.device)
                if isinstance(t, torch.Tensor) else t
                for t in inputs
            ]
            _pk_copy(buffers, inputs)
            staged = entry["staged"] = self._capture(body, buffers)
        else:
            _pk_copy(staged.inputs, inputs)
        return staged


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


# -- cuDNN's fused convolution epilogues (inductor path, ``cudnn_fused``) -----------------------
#
# Inductor runs a convolution as cuDNN's kernel and its bias, residual add and ReLU as a Triton
# kernel after it: one more pass over the activation, which at 16 bits costs more than the
# convolution (an H200, 10x64x56x56 -> 256 channels 1x1, channels_last fp16: 6.6 us the
# convolution, 32 us with eager's epilogue; cuDNN's runtime-fused call 8.1 us). A post-grad pass
# hands each conv -> [add] -> relu to cuDNN's fused engines as one op, after inductor's freezing
# has folded batch norm into the convolution's weight and bias.

_PK_CONV_RELU = "pike::cudnn_conv2d_relu"
_PK_CONV_RELU_SCHEMA = (
    "(Tensor x, Tensor weight, Tensor? bias, Tensor? residual, int[] stride, int[] padding, int[] dilation) -> Tensor"
)
# inductor's FX graph cache keys on it: a new value whenever the pass or the op changes
_PK_CONV_RELU_VERSION = "pike-cudnn-conv2d-relu-1"
_PK_FUSED_DTYPES = (torch.float16, torch.bfloat16, torch.float32)


def _pk_channels_last(t):
    return t.dim() == 4 and t.is_contiguous(memory_format=torch.channels_last) and not t.is_contiguous()


def _pk_conv_format(x, weight):
    """The output layout, cuDNN's own rule: channels_last where the input or the weight is (inductor's
    freezing lays a convnet's weights out so, and the activations then follow), else contiguous. The
    op returns exactly this, so that inductor's view of the output (the fake kernel's) and the real
    one agree."""
    return torch.channels_last if _pk_channels_last(x) or _pk_channels_last(weight) else torch.contiguous_format


def _pk_conv_relu(x, weight, bias, residual, stride, padding, dilation):
    """relu(conv2d(x, weight) + bias [+ residual]): one cuDNN call on a GPU, the plain ops elsewhere."""
    if x.is_cuda and torch.backends.cudnn.is_acceptable(x):
        if residual is None:
            out = torch.cudnn_convolution_relu(x, weight, bias, stride, padding, dilation, 1)
        else:
            out = torch.cudnn_convolution_add_relu(x, weight, residual, 1.0, bias, stride, padding, dilation, 1)
    else:
        out = torch.nn.functional.conv2d(x, weight, bias, stride, padding, dilation)
        out = torch.relu(out if residual is None else out + residual)
    return out.contiguous(memory_format=_pk_conv_format(x, weight))


def _pk_conv_relu_fake(x, weight, bias, residual, stride, padding, dilation):
    sizes = [
        (size + 2 * p - d * (k - 1) - 1) // s + 1
        for size, k, s, p, d in zip(x.shape[2:], weight.shape[2:], stride, padding, dilation)
    ]
    shape = [x.shape[0], weight.shape[0], *sizes]
    return torch.empty(shape, dtype=x.dtype, device=x.device, memory_format=_pk_conv_format(x, weight))


def _pk_conv_relu_op():
    """The op, defined once per process (every Solution inlines this runtime: the first defines it).
    ``flexible_layout``: inductor passes its inputs in the layout it chose (channels_last in a
    convnet) rather than copying them back to the traced strides."""
    namespace, name = _PK_CONV_RELU.split("::")
    if not hasattr(getattr(torch.ops, namespace), name):
        torch.library.define(_PK_CONV_RELU, _PK_CONV_RELU_SCHEMA, tags=(torch.Tag.flexible_layout,))
        torch.library.impl(_PK_CONV_RELU, "default")(_pk_conv_relu)
        torch.library.register_fake(_PK_CONV_RELU)(_pk_conv_relu_fake)
    return getattr(getattr(torch.ops, namespace), name).default


def _pk_val(node):
    """The example value (a fake tensor) inductor keeps on an FX node; None where it kept none."""
    return getattr(node, "meta", {}).get("val")


def _pk_fusable_conv(node):
    """A 2-d convolution (not transposed, one group: cuDNN's fused engines run grouped ones many
    times slower) whose only user is the epilogue, with its weight and bias in its own dtype."""
    if getattr(node, "target", None) is not torch.ops.aten.convolution.default or len(node.users) != 1:
        return False
    x, weight, bias, stride, _, _, transposed, _, groups = node.args
    val = _pk_val(node)
    if transposed or groups != 1 or len(stride) != 2 or not isinstance(val, torch.Tensor) or val.dtype not in _PK_FUSED_DTYPES:
        return False
    operands = [x, weight] if bias is None else [x, weight, bias]
    return all(isinstance(_pk_val(t), torch.Tensor) and _pk_val(t).dtype == val.dtype for t in operands)


def _pk_fuse_conv_epilogues(graph):
    """Each relu(conv2d(...)) and relu(conv2d(...) + residual) of a post-grad FX graph as one
    ``_PK_CONV_RELU`` op; returns how many."""
    aten = torch.ops.aten
    fused = 0
    for relu in list(graph.nodes):
        if relu.op != "call_function" or relu.target is not aten.relu.default:
            continue
        source, residual = relu.args[0], None
        if getattr(source, "target", None) is aten.add.Tensor and len(source.users) == 1 and not source.kwargs:
            a, b = source.args
            conv, residual = (a, b) if _pk_fusable_conv(a) else (b, a)
            want, got = _pk_val(conv), _pk_val(residual)
            if not (_pk_fusable_conv(conv) and isinstance(got, torch.Tensor) and residual is not conv
                    and got.shape == want.shape and got.dtype == want.dtype):
                continue
            dead = [source, conv]
        elif _pk_fusable_conv(source):
            conv, dead = source, [source]
        else:
            continue
        x, weight, bias, stride, padding, dilation = conv.args[:6]
        with graph.inserting_before(relu):
            node = graph.call_function(
                _pk_conv_relu_op(), (x, weight, bias, residual, list(stride), list(padding), list(dilation))
            )
        node.meta.update(relu.meta)
        relu.replace_all_uses_with(node)
        for old in [relu, *dead]:
            graph.erase_node(old)
        fused += 1
    return fused


def _pk_conv_epilogue_pass():
    """``_pk_fuse_conv_epilogues`` as inductor's post-grad custom pass (imported here: inductor is
    loaded only by the inductor path). The op is defined now, before any compile: code that
    inductor loads from its disk cache calls it without running the pass."""
    from torch._inductor.custom_graph_pass import CustomGraphPass

    _pk_conv_relu_op()

    class _PkConvEpilogues(CustomGraphPass):
        def __call__(self, graph):
            _pk_fuse_conv_epilogues(graph)

        def uuid(self):
            return _PK_CONV_RELU_VERSION

    return _PkConvEpilogues()


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
        self.held = ()  # their storages then: memory a captured graph reads stays allocated (_replay_call)
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
        self._watch(located.values())

    def _pin(self, module):
        """Watch where the module's tensors are (and, frozen, what they hold), and drop the graphs
        captured on other addresses and the body compiled with other constants."""
        if self.frozen:
            self.compiled = self.body = None
            if self.freezes >= _PK_MAX_FREEZES:  # from now on the weights are the body's inputs
                self.frozen = False
        paths = [name for name, _ in module.named_parameters()] + [name for name, _ in module.named_buffers()]
        self._watch([_pk_locate(module, p) for p in paths])
        self.graphs.clear()

    def _watch(self, located):
        self.watch = _pk_watch(located)
        self.watch_state = self._watched_state()
        self.held = [t.untyped_storage() for t in map(dict.get, *self.watch) if isinstance(t, torch.Tensor)]

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
        patches = {}
        if self.frozen:
            patches["freezing"] = True
        if self.spec.get("cudnn_fused"):
            patches["post_grad_custom_post_pass"] = _pk_conv_epilogue_pass()
        if patches:
            import torch._inductor.config as inductor_config

            def patched(inputs):
                # inductor reads its config when it compiles, at the first call (torch.compile's
                # options= does not reach freezing); a captured graph's replays never come here
                with inductor_config.patch(patches):
                    return compiled(*inputs)

            return patched
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
        """CUDA-graph specs: the tensors of the last replay, replayed at once.

        A layout match implies the traced shapes and dtypes and a CUDA device (the graph was
        captured on these very tensors). The outputs are cloned: the next replay overwrites them.
        TF32 needs no switching here: the kernels were chosen when the graph was captured.

        The module's tensors are looked at after the replay is queued, while the GPU runs it: on a
        deep network that look (a version and an address for each of hundreds of tensors) took a
        quarter of the call when it came first (ResNet-101, fp16). If one of them changed, the
        replay's outputs are dropped and the call answered afresh. The replay reads valid memory
        even then: the storages the runner last looked at are held (``self.held``) until it takes
        the new ones.
        """
        last = self.graphs.last
        if last is None or _pk_layout(inputs) != last.layout:
            return self._full_call(module, inputs)
        out = _pk_clone(last.replay())
        if self.watch and self._stale():
            torch.cuda.current_stream().synchronize()  # the replay ends before its graph may be dropped
            return self._full_call(module, inputs)
        return out

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

_PK_SPEC = {'path': 'inductor', 'args': [], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': False, 'autocast': 'float16', 'inductor_mode': 'default', 'freeze': True, 'cudnn_fused': True, 'tune_convs': True, 'inputs': [[[10, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """inductor-default+cuda-graph+freeze+cudnn-fused:fp16: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, None)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
