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
        self.register_buffer('w0_l_self_modules_features_modules_0_modules_0_parameters_weight_', _pike_tensor((32, 3, 3, 3), (27, 9, 3, 1), torch.float32, 'normal', -8.6695232312195e-05, 0.11187711358070374))
        self.register_buffer('w1_l_self_modules_features_modules_0_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w2_l_self_modules_features_modules_0_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w3_l_self_modules_features_modules_0_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w4_l_self_modules_features_modules_0_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w5_l_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((32, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.013534784317016602, 0.19867976009845734))
        self.register_buffer('w6_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w7_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w8_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w10_l_self_modules_features_modules_1_modules_block_modules_1_parameters_weight_', _pike_tensor((16, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 3.0939700081944466e-05, 0.1037759780883789))
        self.register_buffer('w11_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_mean_', _pike_tensor((16,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w12_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_var_', _pike_tensor((16,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w13_l_self_modules_features_modules_1_modules_block_modules_2_parameters_weight_', _pike_tensor((16,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w14_l_self_modules_features_modules_1_modules_block_modules_2_parameters_bias_', _pike_tensor((16,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w15_l_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((96, 16, 1, 1), (16, 1, 1, 1), torch.float32, 'normal', -0.0002270642144139856, 0.14033715426921844))
        self.register_buffer('w16_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w17_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w18_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w19_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w20_l_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((96, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.009475124068558216, 0.19165386259555817))
        self.register_buffer('w21_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w22_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w23_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w24_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w25_l_self_modules_features_modules_2_modules_block_modules_2_parameters_weight_', _pike_tensor((24, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', 0.0002577556006144732, 0.05881723761558533))
        self.register_buffer('w26_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_mean_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w27_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_var_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w28_l_self_modules_features_modules_2_modules_block_modules_3_parameters_weight_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w29_l_self_modules_features_modules_2_modules_block_modules_3_parameters_bias_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w30_l_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((144, 24, 1, 1), (24, 1, 1, 1), torch.float32, 'normal', 0.0025879661552608013, 0.11799626052379608))
        self.register_buffer('w31_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w32_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w33_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w34_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w35_l_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((144, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0010778529103845358, 0.19363820552825928))
        self.register_buffer('w36_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w37_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w38_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w39_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w40_l_self_modules_features_modules_3_modules_block_modules_2_parameters_weight_', _pike_tensor((24, 144, 1, 1), (144, 1, 1, 1), torch.float32, 'normal', 0.0012199997436255217, 0.048446133732795715))
        self.register_buffer('w41_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_mean_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w42_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_var_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w43_l_self_modules_features_modules_3_modules_block_modules_3_parameters_weight_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w44_l_self_modules_features_modules_3_modules_block_modules_3_parameters_bias_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w45_l_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((144, 24, 1, 1), (24, 1, 1, 1), torch.float32, 'normal', 0.0007419273024424911, 0.11716855317354202))
        self.register_buffer('w46_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w47_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w48_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w49_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w50_l_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((144, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.0009294755873270333, 0.19227708876132965))
        self.register_buffer('w51_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w52_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w53_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w54_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w55_l_self_modules_features_modules_4_modules_block_modules_2_parameters_weight_', _pike_tensor((32, 144, 1, 1), (144, 1, 1, 1), torch.float32, 'normal', 0.0002809442230500281, 0.04813851788640022))
        self.register_buffer('w56_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w57_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w58_l_self_modules_features_modules_4_modules_block_modules_3_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w59_l_self_modules_features_modules_4_modules_block_modules_3_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w60_l_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((192, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0018763465341180563, 0.10081230103969574))
        self.register_buffer('w61_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w62_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w63_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w64_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w65_l_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((192, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.003051717998459935, 0.19418886303901672))
        self.register_buffer('w66_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w67_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w68_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w69_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w70_l_self_modules_features_modules_5_modules_block_modules_2_parameters_weight_', _pike_tensor((32, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -0.0005803491221740842, 0.041524484753608704))
        self.register_buffer('w71_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w72_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w73_l_self_modules_features_modules_5_modules_block_modules_3_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w74_l_self_modules_features_modules_5_modules_block_modules_3_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w75_l_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((192, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0005003997357562184, 0.10166972130537033))
        self.register_buffer('w76_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w77_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w78_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w79_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w80_l_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((192, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.010882397182285786, 0.19035638868808746))
        self.register_buffer('w81_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w82_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w83_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w84_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w85_l_self_modules_features_modules_6_modules_block_modules_2_parameters_weight_', _pike_tensor((32, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -0.00032876370823942125, 0.041769012808799744))
        self.register_buffer('w86_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w87_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w88_l_self_modules_features_modules_6_modules_block_modules_3_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w89_l_self_modules_features_modules_6_modules_block_modules_3_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w90_l_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((192, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', -4.02257637688308e-06, 0.10132654011249542))
        self.register_buffer('w91_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w92_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w93_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w94_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w95_l_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((192, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.0031697775702923536, 0.18836285173892975))
        self.register_buffer('w96_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w97_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w98_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w99_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w100_l_self_modules_features_modules_7_modules_block_modules_2_parameters_weight_', _pike_tensor((64, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -0.00031651684548705816, 0.04169936850667))
        self.register_buffer('w101_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w102_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w103_l_self_modules_features_modules_7_modules_block_modules_3_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w104_l_self_modules_features_modules_7_modules_block_modules_3_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w105_l_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.00034860329469665885, 0.07225685566663742))
        self.register_buffer('w106_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w107_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w108_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w109_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w110_l_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.002375975251197815, 0.19266121089458466))
        self.register_buffer('w111_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w112_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w113_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w114_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w115_l_self_modules_features_modules_8_modules_block_modules_2_parameters_weight_', _pike_tensor((64, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 0.00012584675278048962, 0.029564060270786285))
        self.register_buffer('w116_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w117_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w118_l_self_modules_features_modules_8_modules_block_modules_3_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w119_l_self_modules_features_modules_8_modules_block_modules_3_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w120_l_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0003096848085988313, 0.07227210700511932))
        self.register_buffer('w121_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w122_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w123_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w124_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w125_l_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.00019099591008853167, 0.1937742382287979))
        self.register_buffer('w126_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w127_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w128_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w129_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w130_l_self_modules_features_modules_9_modules_block_modules_2_parameters_weight_', _pike_tensor((64, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 0.0004818057350348681, 0.02950170636177063))
        self.register_buffer('w131_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w132_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w133_l_self_modules_features_modules_9_modules_block_modules_3_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w134_l_self_modules_features_modules_9_modules_block_modules_3_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w135_l_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', -0.0006146155064925551, 0.07199796289205551))
        self.register_buffer('w136_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w137_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w138_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w139_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w140_l_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.0038119235541671515, 0.19206424057483673))
        self.register_buffer('w141_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w142_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w143_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w144_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w145_l_self_modules_features_modules_10_modules_block_modules_2_parameters_weight_', _pike_tensor((64, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -3.302039112895727e-05, 0.0295840036123991))
        self.register_buffer('w146_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w147_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w148_l_self_modules_features_modules_10_modules_block_modules_3_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w149_l_self_modules_features_modules_10_modules_block_modules_3_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w150_l_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', -0.000801952788606286, 0.0720677450299263))
        self.register_buffer('w151_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w152_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w153_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w154_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w155_l_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.000630886759608984, 0.19469033181667328))
        self.register_buffer('w156_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w157_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w158_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w159_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w160_l_self_modules_features_modules_11_modules_block_modules_2_parameters_weight_', _pike_tensor((96, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -0.00013045228843111545, 0.02947367914021015))
        self.register_buffer('w161_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w162_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w163_l_self_modules_features_modules_11_modules_block_modules_3_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w164_l_self_modules_features_modules_11_modules_block_modules_3_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w165_l_self_modules_features_modules_12_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((576, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', 0.00037119517219252884, 0.05884793773293495))
        self.register_buffer('w166_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w167_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w168_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w169_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w170_l_self_modules_features_modules_12_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((576, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0007091023726388812, 0.19280652701854706))
        self.register_buffer('w171_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w172_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w173_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w174_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w175_l_self_modules_features_modules_12_modules_block_modules_2_parameters_weight_', _pike_tensor((96, 576, 1, 1), (576, 1, 1, 1), torch.float32, 'normal', 0.00011930397158721462, 0.02403140999376774))
        self.register_buffer('w176_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w177_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w178_l_self_modules_features_modules_12_modules_block_modules_3_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w179_l_self_modules_features_modules_12_modules_block_modules_3_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w180_l_self_modules_features_modules_13_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((576, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', 0.0001296609261771664, 0.059057608246803284))
        self.register_buffer('w181_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w182_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w183_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w184_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w185_l_self_modules_features_modules_13_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((576, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 8.022545807762071e-05, 0.19051164388656616))
        self.register_buffer('w186_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w187_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w188_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w189_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w190_l_self_modules_features_modules_13_modules_block_modules_2_parameters_weight_', _pike_tensor((96, 576, 1, 1), (576, 1, 1, 1), torch.float32, 'normal', -2.7549087462830357e-05, 0.024065406993031502))
        self.register_buffer('w191_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w192_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w193_l_self_modules_features_modules_13_modules_block_modules_3_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w194_l_self_modules_features_modules_13_modules_block_modules_3_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w195_l_self_modules_features_modules_14_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((576, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', 9.098830196307972e-05, 0.05874103307723999))
        self.register_buffer('w196_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w197_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w198_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w199_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w200_l_self_modules_features_modules_14_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((576, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.00256361230276525, 0.19214870035648346))
        self.register_buffer('w201_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w202_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w203_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((576,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w204_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((576,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w205_l_self_modules_features_modules_14_modules_block_modules_2_parameters_weight_', _pike_tensor((160, 576, 1, 1), (576, 1, 1, 1), torch.float32, 'normal', 9.686256089480594e-05, 0.024084599688649178))
        self.register_buffer('w206_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w207_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w208_l_self_modules_features_modules_14_modules_block_modules_3_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w209_l_self_modules_features_modules_14_modules_block_modules_3_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w210_l_self_modules_features_modules_15_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((960, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.00011545804591150954, 0.04559345543384552))
        self.register_buffer('w211_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w212_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w213_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w214_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w215_l_self_modules_features_modules_15_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((960, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.002323742024600506, 0.19194768369197845))
        self.register_buffer('w216_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w217_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w218_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w219_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w220_l_self_modules_features_modules_15_modules_block_modules_2_parameters_weight_', _pike_tensor((160, 960, 1, 1), (960, 1, 1, 1), torch.float32, 'normal', 1.8355804058955982e-05, 0.018637649714946747))
        self.register_buffer('w221_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w222_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w223_l_self_modules_features_modules_15_modules_block_modules_3_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w224_l_self_modules_features_modules_15_modules_block_modules_3_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w225_l_self_modules_features_modules_16_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((960, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.00017286396177951247, 0.045661892741918564))
        self.register_buffer('w226_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w227_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w228_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w229_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w230_l_self_modules_features_modules_16_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((960, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0021783332340419292, 0.19221168756484985))
        self.register_buffer('w231_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w232_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w233_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w234_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w235_l_self_modules_features_modules_16_modules_block_modules_2_parameters_weight_', _pike_tensor((160, 960, 1, 1), (960, 1, 1, 1), torch.float32, 'normal', -7.21136893844232e-05, 0.01862117275595665))
        self.register_buffer('w236_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w237_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w238_l_self_modules_features_modules_16_modules_block_modules_3_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w239_l_self_modules_features_modules_16_modules_block_modules_3_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w240_l_self_modules_features_modules_17_modules_block_modules_0_modules_0_parameters_weight_', _pike_tensor((960, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.00017325223598163575, 0.045594703406095505))
        self.register_buffer('w241_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w242_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w243_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w244_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w245_l_self_modules_features_modules_17_modules_block_modules_1_modules_0_parameters_weight_', _pike_tensor((960, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.002898258389905095, 0.1930401772260666))
        self.register_buffer('w246_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w247_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w248_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w249_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w250_l_self_modules_features_modules_17_modules_block_modules_2_parameters_weight_', _pike_tensor((320, 960, 1, 1), (960, 1, 1, 1), torch.float32, 'normal', -4.8908964345173445e-06, 0.018651504069566727))
        self.register_buffer('w251_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_mean_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w252_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_var_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w253_l_self_modules_features_modules_17_modules_block_modules_3_parameters_weight_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w254_l_self_modules_features_modules_17_modules_block_modules_3_parameters_bias_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w255_l_self_modules_features_modules_18_modules_0_parameters_weight_', _pike_tensor((1280, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', 5.708637399948202e-05, 0.03232467547059059))
        self.register_buffer('w256_l_self_modules_features_modules_18_modules_1_buffers_running_mean_', _pike_tensor((1280,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w257_l_self_modules_features_modules_18_modules_1_buffers_running_var_', _pike_tensor((1280,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w258_l_self_modules_features_modules_18_modules_1_parameters_weight_', _pike_tensor((1280,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w259_l_self_modules_features_modules_18_modules_1_parameters_bias_', _pike_tensor((1280,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w260_l_self_modules_classifier_modules_1_parameters_weight_', _pike_tensor((1000, 1280), (1280, 1), torch.float32, 'normal', 5.03973296872573e-06, 0.01613680273294449))
        self.register_buffer('w261_l_self_modules_classifier_modules_1_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.0007450425764545798, 0.01623554341495037))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_features_modules_0_modules_0_parameters_weight_ = self.w0_l_self_modules_features_modules_0_modules_0_parameters_weight_
        w1_l_self_modules_features_modules_0_modules_1_buffers_running_mean_ = self.w1_l_self_modules_features_modules_0_modules_1_buffers_running_mean_
        w2_l_self_modules_features_modules_0_modules_1_buffers_running_var_ = self.w2_l_self_modules_features_modules_0_modules_1_buffers_running_var_
        w3_l_self_modules_features_modules_0_modules_1_parameters_weight_ = self.w3_l_self_modules_features_modules_0_modules_1_parameters_weight_
        w4_l_self_modules_features_modules_0_modules_1_parameters_bias_ = self.w4_l_self_modules_features_modules_0_modules_1_parameters_bias_
        w5_l_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_ = self.w5_l_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_
        w6_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w6_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_
        w7_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_ = self.w7_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_
        w8_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_ = self.w8_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_
        w9_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_ = self.w9_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_
        w10_l_self_modules_features_modules_1_modules_block_modules_1_parameters_weight_ = self.w10_l_self_modules_features_modules_1_modules_block_modules_1_parameters_weight_
        w11_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_mean_ = self.w11_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_mean_
        w12_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_var_ = self.w12_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_var_
        w13_l_self_modules_features_modules_1_modules_block_modules_2_parameters_weight_ = self.w13_l_self_modules_features_modules_1_modules_block_modules_2_parameters_weight_
        w14_l_self_modules_features_modules_1_modules_block_modules_2_parameters_bias_ = self.w14_l_self_modules_features_modules_1_modules_block_modules_2_parameters_bias_
        w15_l_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_ = self.w15_l_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_
        w16_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w16_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_
        w17_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_ = self.w17_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_
        w18_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_ = self.w18_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_
        w19_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_ = self.w19_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_
        w20_l_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_ = self.w20_l_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_
        w21_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w21_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_
        w22_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_ = self.w22_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_
        w23_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_ = self.w23_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_
        w24_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_ = self.w24_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_
        w25_l_self_modules_features_modules_2_modules_block_modules_2_parameters_weight_ = self.w25_l_self_modules_features_modules_2_modules_block_modules_2_parameters_weight_
        w26_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_mean_ = self.w26_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_mean_
        w27_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_var_ = self.w27_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_var_
        w28_l_self_modules_features_modules_2_modules_block_modules_3_parameters_weight_ = self.w28_l_self_modules_features_modules_2_modules_block_modules_3_parameters_weight_
        w29_l_self_modules_features_modules_2_modules_block_modules_3_parameters_bias_ = self.w29_l_self_modules_features_modules_2_modules_block_modules_3_parameters_bias_
        w30_l_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_ = self.w30_l_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_
        w31_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w31_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_
        w32_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_ = self.w32_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_
        w33_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_ = self.w33_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_
        w34_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_ = self.w34_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_
        w35_l_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_ = self.w35_l_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_
        w36_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w36_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_
        w37_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_ = self.w37_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_
        w38_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_ = self.w38_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_
        w39_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_ = self.w39_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_
        w40_l_self_modules_features_modules_3_modules_block_modules_2_parameters_weight_ = self.w40_l_self_modules_features_modules_3_modules_block_modules_2_parameters_weight_
        w41_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_mean_ = self.w41_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_mean_
        w42_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_var_ = self.w42_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_var_
        w43_l_self_modules_features_modules_3_modules_block_modules_3_parameters_weight_ = self.w43_l_self_modules_features_modules_3_modules_block_modules_3_parameters_weight_
        w44_l_self_modules_features_modules_3_modules_block_modules_3_parameters_bias_ = self.w44_l_self_modules_features_modules_3_modules_block_modules_3_parameters_bias_
        w45_l_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_ = self.w45_l_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_
        w46_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w46_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_
        w47_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_ = self.w47_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_
        w48_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_ = self.w48_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_
        w49_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_ = self.w49_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_
        w50_l_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_ = self.w50_l_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_
        w51_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w51_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_
        w52_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_ = self.w52_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_
        w53_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_ = self.w53_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_
        w54_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_ = self.w54_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_
        w55_l_self_modules_features_modules_4_modules_block_modules_2_parameters_weight_ = self.w55_l_self_modules_features_modules_4_modules_block_modules_2_parameters_weight_
        w56_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_mean_ = self.w56_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_mean_
        w57_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_var_ = self.w57_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_var_
        w58_l_self_modules_features_modules_4_modules_block_modules_3_parameters_weight_ = self.w58_l_self_modules_features_modules_4_modules_block_modules_3_parameters_weight_
        w59_l_self_modules_features_modules_4_modules_block_modules_3_parameters_bias_ = self.w59_l_self_modules_features_modules_4_modules_block_modules_3_parameters_bias_
        w60_l_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_ = self.w60_l_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_
        w61_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w61_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_
        w62_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_ = self.w62_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_
        w63_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_ = self.w63_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_
        w64_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_ = self.w64_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_
        w65_l_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_ = self.w65_l_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_
        w66_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w66_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_
        w67_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_ = self.w67_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_
        w68_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_ = self.w68_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_
        w69_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_ = self.w69_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_
        w70_l_self_modules_features_modules_5_modules_block_modules_2_parameters_weight_ = self.w70_l_self_modules_features_modules_5_modules_block_modules_2_parameters_weight_
        w71_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_mean_ = self.w71_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_mean_
        w72_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_var_ = self.w72_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_var_
        w73_l_self_modules_features_modules_5_modules_block_modules_3_parameters_weight_ = self.w73_l_self_modules_features_modules_5_modules_block_modules_3_parameters_weight_
        w74_l_self_modules_features_modules_5_modules_block_modules_3_parameters_bias_ = self.w74_l_self_modules_features_modules_5_modules_block_modules_3_parameters_bias_
        w75_l_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_ = self.w75_l_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_
        w76_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w76_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_
        w77_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_ = self.w77_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_
        w78_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_ = self.w78_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_
        w79_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_ = self.w79_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_
        w80_l_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_ = self.w80_l_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_
        w81_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w81_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_
        w82_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_ = self.w82_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_
        w83_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_ = self.w83_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_
        w84_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_ = self.w84_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_
        w85_l_self_modules_features_modules_6_modules_block_modules_2_parameters_weight_ = self.w85_l_self_modules_features_modules_6_modules_block_modules_2_parameters_weight_
        w86_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_mean_ = self.w86_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_mean_
        w87_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_var_ = self.w87_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_var_
        w88_l_self_modules_features_modules_6_modules_block_modules_3_parameters_weight_ = self.w88_l_self_modules_features_modules_6_modules_block_modules_3_parameters_weight_
        w89_l_self_modules_features_modules_6_modules_block_modules_3_parameters_bias_ = self.w89_l_self_modules_features_modules_6_modules_block_modules_3_parameters_bias_
        w90_l_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_ = self.w90_l_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_
        w91_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w91_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_
        w92_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_ = self.w92_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_
        w93_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_ = self.w93_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_
        w94_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_ = self.w94_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_
        w95_l_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_ = self.w95_l_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_
        w96_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w96_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_
        w97_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_ = self.w97_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_
        w98_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_ = self.w98_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_
        w99_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_ = self.w99_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_
        w100_l_self_modules_features_modules_7_modules_block_modules_2_parameters_weight_ = self.w100_l_self_modules_features_modules_7_modules_block_modules_2_parameters_weight_
        w101_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_mean_ = self.w101_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_mean_
        w102_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_var_ = self.w102_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_var_
        w103_l_self_modules_features_modules_7_modules_block_modules_3_parameters_weight_ = self.w103_l_self_modules_features_modules_7_modules_block_modules_3_parameters_weight_
        w104_l_self_modules_features_modules_7_modules_block_modules_3_parameters_bias_ = self.w104_l_self_modules_features_modules_7_modules_block_modules_3_parameters_bias_
        w105_l_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_ = self.w105_l_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_
        w106_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w106_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_
        w107_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_ = self.w107_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_
        w108_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_ = self.w108_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_
        w109_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_ = self.w109_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_
        w110_l_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_ = self.w110_l_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_
        w111_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w111_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_
        w112_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_ = self.w112_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_
        w113_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_ = self.w113_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_
        w114_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_ = self.w114_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_
        w115_l_self_modules_features_modules_8_modules_block_modules_2_parameters_weight_ = self.w115_l_self_modules_features_modules_8_modules_block_modules_2_parameters_weight_
        w116_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_mean_ = self.w116_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_mean_
        w117_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_var_ = self.w117_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_var_
        w118_l_self_modules_features_modules_8_modules_block_modules_3_parameters_weight_ = self.w118_l_self_modules_features_modules_8_modules_block_modules_3_parameters_weight_
        w119_l_self_modules_features_modules_8_modules_block_modules_3_parameters_bias_ = self.w119_l_self_modules_features_modules_8_modules_block_modules_3_parameters_bias_
        w120_l_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_ = self.w120_l_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_
        w121_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w121_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_
        w122_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_ = self.w122_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_
        w123_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_ = self.w123_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_
        w124_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_ = self.w124_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_
        w125_l_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_ = self.w125_l_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_
        w126_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w126_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_
        w127_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_ = self.w127_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_
        w128_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_ = self.w128_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_
        w129_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_ = self.w129_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_
        w130_l_self_modules_features_modules_9_modules_block_modules_2_parameters_weight_ = self.w130_l_self_modules_features_modules_9_modules_block_modules_2_parameters_weight_
        w131_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_mean_ = self.w131_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_mean_
        w132_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_var_ = self.w132_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_var_
        w133_l_self_modules_features_modules_9_modules_block_modules_3_parameters_weight_ = self.w133_l_self_modules_features_modules_9_modules_block_modules_3_parameters_weight_
        w134_l_self_modules_features_modules_9_modules_block_modules_3_parameters_bias_ = self.w134_l_self_modules_features_modules_9_modules_block_modules_3_parameters_bias_
        w135_l_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_ = self.w135_l_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_
        w136_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w136_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_
        w137_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_ = self.w137_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_
        w138_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_ = self.w138_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_
        w139_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_ = self.w139_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_
        w140_l_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_ = self.w140_l_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_
        w141_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w141_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_
        w142_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_ = self.w142_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_
        w143_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_ = self.w143_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_
        w144_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_ = self.w144_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_
        w145_l_self_modules_features_modules_10_modules_block_modules_2_parameters_weight_ = self.w145_l_self_modules_features_modules_10_modules_block_modules_2_parameters_weight_
        w146_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_mean_ = self.w146_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_mean_
        w147_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_var_ = self.w147_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_var_
        w148_l_self_modules_features_modules_10_modules_block_modules_3_parameters_weight_ = self.w148_l_self_modules_features_modules_10_modules_block_modules_3_parameters_weight_
        w149_l_self_modules_features_modules_10_modules_block_modules_3_parameters_bias_ = self.w149_l_self_modules_features_modules_10_modules_block_modules_3_parameters_bias_
        w150_l_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_ = self.w150_l_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_
        w151_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w151_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_
        w152_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_ = self.w152_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_
        w153_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_ = self.w153_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_
        w154_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_ = self.w154_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_
        w155_l_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_ = self.w155_l_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_
        w156_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w156_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_
        w157_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_ = self.w157_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_
        w158_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_ = self.w158_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_
        w159_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_ = self.w159_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_
        w160_l_self_modules_features_modules_11_modules_block_modules_2_parameters_weight_ = self.w160_l_self_modules_features_modules_11_modules_block_modules_2_parameters_weight_
        w161_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_mean_ = self.w161_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_mean_
        w162_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_var_ = self.w162_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_var_
        w163_l_self_modules_features_modules_11_modules_block_modules_3_parameters_weight_ = self.w163_l_self_modules_features_modules_11_modules_block_modules_3_parameters_weight_
        w164_l_self_modules_features_modules_11_modules_block_modules_3_parameters_bias_ = self.w164_l_self_modules_features_modules_11_modules_block_modules_3_parameters_bias_
        w165_l_self_modules_features_modules_12_modules_block_modules_0_modules_0_parameters_weight_ = self.w165_l_self_modules_features_modules_12_modules_block_modules_0_modules_0_parameters_weight_
        w166_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w166_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_
        w167_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_var_ = self.w167_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_var_
        w168_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_weight_ = self.w168_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_weight_
        w169_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_bias_ = self.w169_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_bias_
        w170_l_self_modules_features_modules_12_modules_block_modules_1_modules_0_parameters_weight_ = self.w170_l_self_modules_features_modules_12_modules_block_modules_1_modules_0_parameters_weight_
        w171_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w171_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_
        w172_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_var_ = self.w172_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_var_
        w173_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_weight_ = self.w173_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_weight_
        w174_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_bias_ = self.w174_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_bias_
        w175_l_self_modules_features_modules_12_modules_block_modules_2_parameters_weight_ = self.w175_l_self_modules_features_modules_12_modules_block_modules_2_parameters_weight_
        w176_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_mean_ = self.w176_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_mean_
        w177_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_var_ = self.w177_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_var_
        w178_l_self_modules_features_modules_12_modules_block_modules_3_parameters_weight_ = self.w178_l_self_modules_features_modules_12_modules_block_modules_3_parameters_weight_
        w179_l_self_modules_features_modules_12_modules_block_modules_3_parameters_bias_ = self.w179_l_self_modules_features_modules_12_modules_block_modules_3_parameters_bias_
        w180_l_self_modules_features_modules_13_modules_block_modules_0_modules_0_parameters_weight_ = self.w180_l_self_modules_features_modules_13_modules_block_modules_0_modules_0_parameters_weight_
        w181_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w181_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_
        w182_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_var_ = self.w182_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_var_
        w183_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_weight_ = self.w183_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_weight_
        w184_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_bias_ = self.w184_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_bias_
        w185_l_self_modules_features_modules_13_modules_block_modules_1_modules_0_parameters_weight_ = self.w185_l_self_modules_features_modules_13_modules_block_modules_1_modules_0_parameters_weight_
        w186_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w186_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_
        w187_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_var_ = self.w187_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_var_
        w188_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_weight_ = self.w188_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_weight_
        w189_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_bias_ = self.w189_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_bias_
        w190_l_self_modules_features_modules_13_modules_block_modules_2_parameters_weight_ = self.w190_l_self_modules_features_modules_13_modules_block_modules_2_parameters_weight_
        w191_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_mean_ = self.w191_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_mean_
        w192_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_var_ = self.w192_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_var_
        w193_l_self_modules_features_modules_13_modules_block_modules_3_parameters_weight_ = self.w193_l_self_modules_features_modules_13_modules_block_modules_3_parameters_weight_
        w194_l_self_modules_features_modules_13_modules_block_modules_3_parameters_bias_ = self.w194_l_self_modules_features_modules_13_modules_block_modules_3_parameters_bias_
        w195_l_self_modules_features_modules_14_modules_block_modules_0_modules_0_parameters_weight_ = self.w195_l_self_modules_features_modules_14_modules_block_modules_0_modules_0_parameters_weight_
        w196_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w196_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_
        w197_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_var_ = self.w197_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_var_
        w198_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_weight_ = self.w198_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_weight_
        w199_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_bias_ = self.w199_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_bias_
        w200_l_self_modules_features_modules_14_modules_block_modules_1_modules_0_parameters_weight_ = self.w200_l_self_modules_features_modules_14_modules_block_modules_1_modules_0_parameters_weight_
        w201_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w201_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_
        w202_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_var_ = self.w202_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_var_
        w203_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_weight_ = self.w203_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_weight_
        w204_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_bias_ = self.w204_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_bias_
        w205_l_self_modules_features_modules_14_modules_block_modules_2_parameters_weight_ = self.w205_l_self_modules_features_modules_14_modules_block_modules_2_parameters_weight_
        w206_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_mean_ = self.w206_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_mean_
        w207_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_var_ = self.w207_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_var_
        w208_l_self_modules_features_modules_14_modules_block_modules_3_parameters_weight_ = self.w208_l_self_modules_features_modules_14_modules_block_modules_3_parameters_weight_
        w209_l_self_modules_features_modules_14_modules_block_modules_3_parameters_bias_ = self.w209_l_self_modules_features_modules_14_modules_block_modules_3_parameters_bias_
        w210_l_self_modules_features_modules_15_modules_block_modules_0_modules_0_parameters_weight_ = self.w210_l_self_modules_features_modules_15_modules_block_modules_0_modules_0_parameters_weight_
        w211_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w211_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_
        w212_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_var_ = self.w212_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_var_
        w213_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_weight_ = self.w213_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_weight_
        w214_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_bias_ = self.w214_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_bias_
        w215_l_self_modules_features_modules_15_modules_block_modules_1_modules_0_parameters_weight_ = self.w215_l_self_modules_features_modules_15_modules_block_modules_1_modules_0_parameters_weight_
        w216_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w216_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_
        w217_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_var_ = self.w217_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_var_
        w218_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_weight_ = self.w218_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_weight_
        w219_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_bias_ = self.w219_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_bias_
        w220_l_self_modules_features_modules_15_modules_block_modules_2_parameters_weight_ = self.w220_l_self_modules_features_modules_15_modules_block_modules_2_parameters_weight_
        w221_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_mean_ = self.w221_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_mean_
        w222_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_var_ = self.w222_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_var_
        w223_l_self_modules_features_modules_15_modules_block_modules_3_parameters_weight_ = self.w223_l_self_modules_features_modules_15_modules_block_modules_3_parameters_weight_
        w224_l_self_modules_features_modules_15_modules_block_modules_3_parameters_bias_ = self.w224_l_self_modules_features_modules_15_modules_block_modules_3_parameters_bias_
        w225_l_self_modules_features_modules_16_modules_block_modules_0_modules_0_parameters_weight_ = self.w225_l_self_modules_features_modules_16_modules_block_modules_0_modules_0_parameters_weight_
        w226_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w226_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_mean_
        w227_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_var_ = self.w227_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_var_
        w228_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_weight_ = self.w228_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_weight_
        w229_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_bias_ = self.w229_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_bias_
        w230_l_self_modules_features_modules_16_modules_block_modules_1_modules_0_parameters_weight_ = self.w230_l_self_modules_features_modules_16_modules_block_modules_1_modules_0_parameters_weight_
        w231_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w231_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_mean_
        w232_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_var_ = self.w232_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_var_
        w233_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_weight_ = self.w233_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_weight_
        w234_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_bias_ = self.w234_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_bias_
        w235_l_self_modules_features_modules_16_modules_block_modules_2_parameters_weight_ = self.w235_l_self_modules_features_modules_16_modules_block_modules_2_parameters_weight_
        w236_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_mean_ = self.w236_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_mean_
        w237_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_var_ = self.w237_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_var_
        w238_l_self_modules_features_modules_16_modules_block_modules_3_parameters_weight_ = self.w238_l_self_modules_features_modules_16_modules_block_modules_3_parameters_weight_
        w239_l_self_modules_features_modules_16_modules_block_modules_3_parameters_bias_ = self.w239_l_self_modules_features_modules_16_modules_block_modules_3_parameters_bias_
        w240_l_self_modules_features_modules_17_modules_block_modules_0_modules_0_parameters_weight_ = self.w240_l_self_modules_features_modules_17_modules_block_modules_0_modules_0_parameters_weight_
        w241_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_mean_ = self.w241_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_mean_
        w242_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_var_ = self.w242_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_var_
        w243_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_weight_ = self.w243_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_weight_
        w244_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_bias_ = self.w244_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_bias_
        w245_l_self_modules_features_modules_17_modules_block_modules_1_modules_0_parameters_weight_ = self.w245_l_self_modules_features_modules_17_modules_block_modules_1_modules_0_parameters_weight_
        w246_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_mean_ = self.w246_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_mean_
        w247_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_var_ = self.w247_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_var_
        w248_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_weight_ = self.w248_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_weight_
        w249_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_bias_ = self.w249_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_bias_
        w250_l_self_modules_features_modules_17_modules_block_modules_2_parameters_weight_ = self.w250_l_self_modules_features_modules_17_modules_block_modules_2_parameters_weight_
        w251_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_mean_ = self.w251_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_mean_
        w252_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_var_ = self.w252_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_var_
        w253_l_self_modules_features_modules_17_modules_block_modules_3_parameters_weight_ = self.w253_l_self_modules_features_modules_17_modules_block_modules_3_parameters_weight_
        w254_l_self_modules_features_modules_17_modules_block_modules_3_parameters_bias_ = self.w254_l_self_modules_features_modules_17_modules_block_modules_3_parameters_bias_
        w255_l_self_modules_features_modules_18_modules_0_parameters_weight_ = self.w255_l_self_modules_features_modules_18_modules_0_parameters_weight_
        w256_l_self_modules_features_modules_18_modules_1_buffers_running_mean_ = self.w256_l_self_modules_features_modules_18_modules_1_buffers_running_mean_
        w257_l_self_modules_features_modules_18_modules_1_buffers_running_var_ = self.w257_l_self_modules_features_modules_18_modules_1_buffers_running_var_
        w258_l_self_modules_features_modules_18_modules_1_parameters_weight_ = self.w258_l_self_modules_features_modules_18_modules_1_parameters_weight_
        w259_l_self_modules_features_modules_18_modules_1_parameters_bias_ = self.w259_l_self_modules_features_modules_18_modules_1_parameters_bias_
        w260_l_self_modules_classifier_modules_1_parameters_weight_ = self.w260_l_self_modules_classifier_modules_1_parameters_weight_
        w261_l_self_modules_classifier_modules_1_parameters_bias_ = self.w261_l_self_modules_classifier_modules_1_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_features_modules_0_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_x_ = w0_l_self_modules_features_modules_0_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w1_l_self_modules_features_modules_0_modules_1_buffers_running_mean_, w2_l_self_modules_features_modules_0_modules_1_buffers_running_var_, w3_l_self_modules_features_modules_0_modules_1_parameters_weight_, w4_l_self_modules_features_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w1_l_self_modules_features_modules_0_modules_1_buffers_running_mean_ = w2_l_self_modules_features_modules_0_modules_1_buffers_running_var_ = w3_l_self_modules_features_modules_0_modules_1_parameters_weight_ = w4_l_self_modules_features_modules_0_modules_1_parameters_bias_ = None
        input_3 = torch.nn.functional.hardtanh(input_2, 0.0, 6.0, True);  input_2 = None
        input_4 = torch.conv2d(input_3, w5_l_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 32);  input_3 = w5_l_self_modules_features_modules_1_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_5 = torch.nn.functional.batch_norm(input_4, w6_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_, w7_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_, w8_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_, w9_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_4 = w6_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_mean_ = w7_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_buffers_running_var_ = w8_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_weight_ = w9_l_self_modules_features_modules_1_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_6 = torch.nn.functional.hardtanh(input_5, 0.0, 6.0, True);  input_5 = None
        input_7 = torch.conv2d(input_6, w10_l_self_modules_features_modules_1_modules_block_modules_1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_6 = w10_l_self_modules_features_modules_1_modules_block_modules_1_parameters_weight_ = None
        input_8 = torch.nn.functional.batch_norm(input_7, w11_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_mean_, w12_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_var_, w13_l_self_modules_features_modules_1_modules_block_modules_2_parameters_weight_, w14_l_self_modules_features_modules_1_modules_block_modules_2_parameters_bias_, False, 0.1, 1e-05);  input_7 = w11_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_mean_ = w12_l_self_modules_features_modules_1_modules_block_modules_2_buffers_running_var_ = w13_l_self_modules_features_modules_1_modules_block_modules_2_parameters_weight_ = w14_l_self_modules_features_modules_1_modules_block_modules_2_parameters_bias_ = None
        input_9 = torch.conv2d(input_8, w15_l_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_8 = w15_l_self_modules_features_modules_2_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_10 = torch.nn.functional.batch_norm(input_9, w16_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_, w17_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_, w18_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_, w19_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_9 = w16_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_mean_ = w17_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_buffers_running_var_ = w18_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_weight_ = w19_l_self_modules_features_modules_2_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_11 = torch.nn.functional.hardtanh(input_10, 0.0, 6.0, True);  input_10 = None
        input_12 = torch.conv2d(input_11, w20_l_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 96);  input_11 = w20_l_self_modules_features_modules_2_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_13 = torch.nn.functional.batch_norm(input_12, w21_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_, w22_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_, w23_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_, w24_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_12 = w21_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_mean_ = w22_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_buffers_running_var_ = w23_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_weight_ = w24_l_self_modules_features_modules_2_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_14 = torch.nn.functional.hardtanh(input_13, 0.0, 6.0, True);  input_13 = None
        input_15 = torch.conv2d(input_14, w25_l_self_modules_features_modules_2_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_14 = w25_l_self_modules_features_modules_2_modules_block_modules_2_parameters_weight_ = None
        input_16 = torch.nn.functional.batch_norm(input_15, w26_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_mean_, w27_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_var_, w28_l_self_modules_features_modules_2_modules_block_modules_3_parameters_weight_, w29_l_self_modules_features_modules_2_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_15 = w26_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_mean_ = w27_l_self_modules_features_modules_2_modules_block_modules_3_buffers_running_var_ = w28_l_self_modules_features_modules_2_modules_block_modules_3_parameters_weight_ = w29_l_self_modules_features_modules_2_modules_block_modules_3_parameters_bias_ = None
        input_17 = torch.conv2d(input_16, w30_l_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w30_l_self_modules_features_modules_3_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_18 = torch.nn.functional.batch_norm(input_17, w31_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_, w32_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_, w33_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_, w34_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_17 = w31_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_mean_ = w32_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_buffers_running_var_ = w33_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_weight_ = w34_l_self_modules_features_modules_3_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_19 = torch.nn.functional.hardtanh(input_18, 0.0, 6.0, True);  input_18 = None
        input_20 = torch.conv2d(input_19, w35_l_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 144);  input_19 = w35_l_self_modules_features_modules_3_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_21 = torch.nn.functional.batch_norm(input_20, w36_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_, w37_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_, w38_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_, w39_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_20 = w36_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_mean_ = w37_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_buffers_running_var_ = w38_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_weight_ = w39_l_self_modules_features_modules_3_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_22 = torch.nn.functional.hardtanh(input_21, 0.0, 6.0, True);  input_21 = None
        input_23 = torch.conv2d(input_22, w40_l_self_modules_features_modules_3_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_22 = w40_l_self_modules_features_modules_3_modules_block_modules_2_parameters_weight_ = None
        input_24 = torch.nn.functional.batch_norm(input_23, w41_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_mean_, w42_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_var_, w43_l_self_modules_features_modules_3_modules_block_modules_3_parameters_weight_, w44_l_self_modules_features_modules_3_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_23 = w41_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_mean_ = w42_l_self_modules_features_modules_3_modules_block_modules_3_buffers_running_var_ = w43_l_self_modules_features_modules_3_modules_block_modules_3_parameters_weight_ = w44_l_self_modules_features_modules_3_modules_block_modules_3_parameters_bias_ = None
        input_25 = input_16 + input_24;  input_16 = input_24 = None
        input_26 = torch.conv2d(input_25, w45_l_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_25 = w45_l_self_modules_features_modules_4_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_27 = torch.nn.functional.batch_norm(input_26, w46_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_, w47_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_, w48_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_, w49_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_26 = w46_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_mean_ = w47_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_buffers_running_var_ = w48_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_weight_ = w49_l_self_modules_features_modules_4_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_28 = torch.nn.functional.hardtanh(input_27, 0.0, 6.0, True);  input_27 = None
        input_29 = torch.conv2d(input_28, w50_l_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 144);  input_28 = w50_l_self_modules_features_modules_4_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_30 = torch.nn.functional.batch_norm(input_29, w51_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_, w52_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_, w53_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_, w54_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_29 = w51_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_mean_ = w52_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_buffers_running_var_ = w53_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_weight_ = w54_l_self_modules_features_modules_4_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_31 = torch.nn.functional.hardtanh(input_30, 0.0, 6.0, True);  input_30 = None
        input_32 = torch.conv2d(input_31, w55_l_self_modules_features_modules_4_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_31 = w55_l_self_modules_features_modules_4_modules_block_modules_2_parameters_weight_ = None
        input_33 = torch.nn.functional.batch_norm(input_32, w56_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_mean_, w57_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_var_, w58_l_self_modules_features_modules_4_modules_block_modules_3_parameters_weight_, w59_l_self_modules_features_modules_4_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_32 = w56_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_mean_ = w57_l_self_modules_features_modules_4_modules_block_modules_3_buffers_running_var_ = w58_l_self_modules_features_modules_4_modules_block_modules_3_parameters_weight_ = w59_l_self_modules_features_modules_4_modules_block_modules_3_parameters_bias_ = None
        input_34 = torch.conv2d(input_33, w60_l_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w60_l_self_modules_features_modules_5_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_35 = torch.nn.functional.batch_norm(input_34, w61_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_, w62_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_, w63_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_, w64_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_34 = w61_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_mean_ = w62_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_buffers_running_var_ = w63_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_weight_ = w64_l_self_modules_features_modules_5_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_36 = torch.nn.functional.hardtanh(input_35, 0.0, 6.0, True);  input_35 = None
        input_37 = torch.conv2d(input_36, w65_l_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 192);  input_36 = w65_l_self_modules_features_modules_5_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_38 = torch.nn.functional.batch_norm(input_37, w66_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_, w67_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_, w68_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_, w69_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_37 = w66_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_mean_ = w67_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_buffers_running_var_ = w68_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_weight_ = w69_l_self_modules_features_modules_5_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_39 = torch.nn.functional.hardtanh(input_38, 0.0, 6.0, True);  input_38 = None
        input_40 = torch.conv2d(input_39, w70_l_self_modules_features_modules_5_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_39 = w70_l_self_modules_features_modules_5_modules_block_modules_2_parameters_weight_ = None
        input_41 = torch.nn.functional.batch_norm(input_40, w71_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_mean_, w72_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_var_, w73_l_self_modules_features_modules_5_modules_block_modules_3_parameters_weight_, w74_l_self_modules_features_modules_5_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_40 = w71_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_mean_ = w72_l_self_modules_features_modules_5_modules_block_modules_3_buffers_running_var_ = w73_l_self_modules_features_modules_5_modules_block_modules_3_parameters_weight_ = w74_l_self_modules_features_modules_5_modules_block_modules_3_parameters_bias_ = None
        input_42 = input_33 + input_41;  input_33 = input_41 = None
        input_43 = torch.conv2d(input_42, w75_l_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w75_l_self_modules_features_modules_6_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_44 = torch.nn.functional.batch_norm(input_43, w76_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_, w77_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_, w78_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_, w79_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_43 = w76_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_mean_ = w77_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_buffers_running_var_ = w78_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_weight_ = w79_l_self_modules_features_modules_6_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_45 = torch.nn.functional.hardtanh(input_44, 0.0, 6.0, True);  input_44 = None
        input_46 = torch.conv2d(input_45, w80_l_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 192);  input_45 = w80_l_self_modules_features_modules_6_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_47 = torch.nn.functional.batch_norm(input_46, w81_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_, w82_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_, w83_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_, w84_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_46 = w81_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_mean_ = w82_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_buffers_running_var_ = w83_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_weight_ = w84_l_self_modules_features_modules_6_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_48 = torch.nn.functional.hardtanh(input_47, 0.0, 6.0, True);  input_47 = None
        input_49 = torch.conv2d(input_48, w85_l_self_modules_features_modules_6_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_48 = w85_l_self_modules_features_modules_6_modules_block_modules_2_parameters_weight_ = None
        input_50 = torch.nn.functional.batch_norm(input_49, w86_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_mean_, w87_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_var_, w88_l_self_modules_features_modules_6_modules_block_modules_3_parameters_weight_, w89_l_self_modules_features_modules_6_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_49 = w86_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_mean_ = w87_l_self_modules_features_modules_6_modules_block_modules_3_buffers_running_var_ = w88_l_self_modules_features_modules_6_modules_block_modules_3_parameters_weight_ = w89_l_self_modules_features_modules_6_modules_block_modules_3_parameters_bias_ = None
        input_51 = input_42 + input_50;  input_42 = input_50 = None
        input_52 = torch.conv2d(input_51, w90_l_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_51 = w90_l_self_modules_features_modules_7_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_53 = torch.nn.functional.batch_norm(input_52, w91_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_, w92_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_, w93_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_, w94_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_52 = w91_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_mean_ = w92_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_buffers_running_var_ = w93_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_weight_ = w94_l_self_modules_features_modules_7_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_54 = torch.nn.functional.hardtanh(input_53, 0.0, 6.0, True);  input_53 = None
        input_55 = torch.conv2d(input_54, w95_l_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 192);  input_54 = w95_l_self_modules_features_modules_7_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_56 = torch.nn.functional.batch_norm(input_55, w96_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_, w97_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_, w98_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_, w99_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_55 = w96_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_mean_ = w97_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_buffers_running_var_ = w98_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_weight_ = w99_l_self_modules_features_modules_7_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_57 = torch.nn.functional.hardtanh(input_56, 0.0, 6.0, True);  input_56 = None
        input_58 = torch.conv2d(input_57, w100_l_self_modules_features_modules_7_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_57 = w100_l_self_modules_features_modules_7_modules_block_modules_2_parameters_weight_ = None
        input_59 = torch.nn.functional.batch_norm(input_58, w101_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_mean_, w102_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_var_, w103_l_self_modules_features_modules_7_modules_block_modules_3_parameters_weight_, w104_l_self_modules_features_modules_7_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_58 = w101_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_mean_ = w102_l_self_modules_features_modules_7_modules_block_modules_3_buffers_running_var_ = w103_l_self_modules_features_modules_7_modules_block_modules_3_parameters_weight_ = w104_l_self_modules_features_modules_7_modules_block_modules_3_parameters_bias_ = None
        input_60 = torch.conv2d(input_59, w105_l_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w105_l_self_modules_features_modules_8_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_61 = torch.nn.functional.batch_norm(input_60, w106_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_, w107_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_, w108_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_, w109_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_60 = w106_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_mean_ = w107_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_buffers_running_var_ = w108_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_weight_ = w109_l_self_modules_features_modules_8_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_62 = torch.nn.functional.hardtanh(input_61, 0.0, 6.0, True);  input_61 = None
        input_63 = torch.conv2d(input_62, w110_l_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 384);  input_62 = w110_l_self_modules_features_modules_8_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_64 = torch.nn.functional.batch_norm(input_63, w111_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_, w112_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_, w113_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_, w114_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_63 = w111_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_mean_ = w112_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_buffers_running_var_ = w113_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_weight_ = w114_l_self_modules_features_modules_8_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_65 = torch.nn.functional.hardtanh(input_64, 0.0, 6.0, True);  input_64 = None
        input_66 = torch.conv2d(input_65, w115_l_self_modules_features_modules_8_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_65 = w115_l_self_modules_features_modules_8_modules_block_modules_2_parameters_weight_ = None
        input_67 = torch.nn.functional.batch_norm(input_66, w116_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_mean_, w117_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_var_, w118_l_self_modules_features_modules_8_modules_block_modules_3_parameters_weight_, w119_l_self_modules_features_modules_8_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_66 = w116_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_mean_ = w117_l_self_modules_features_modules_8_modules_block_modules_3_buffers_running_var_ = w118_l_self_modules_features_modules_8_modules_block_modules_3_parameters_weight_ = w119_l_self_modules_features_modules_8_modules_block_modules_3_parameters_bias_ = None
        input_68 = input_59 + input_67;  input_59 = input_67 = None
        input_69 = torch.conv2d(input_68, w120_l_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w120_l_self_modules_features_modules_9_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_70 = torch.nn.functional.batch_norm(input_69, w121_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_, w122_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_, w123_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_, w124_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_69 = w121_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_mean_ = w122_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_buffers_running_var_ = w123_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_weight_ = w124_l_self_modules_features_modules_9_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_71 = torch.nn.functional.hardtanh(input_70, 0.0, 6.0, True);  input_70 = None
        input_72 = torch.conv2d(input_71, w125_l_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 384);  input_71 = w125_l_self_modules_features_modules_9_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_73 = torch.nn.functional.batch_norm(input_72, w126_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_, w127_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_, w128_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_, w129_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_72 = w126_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_mean_ = w127_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_buffers_running_var_ = w128_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_weight_ = w129_l_self_modules_features_modules_9_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_74 = torch.nn.functional.hardtanh(input_73, 0.0, 6.0, True);  input_73 = None
        input_75 = torch.conv2d(input_74, w130_l_self_modules_features_modules_9_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_74 = w130_l_self_modules_features_modules_9_modules_block_modules_2_parameters_weight_ = None
        input_76 = torch.nn.functional.batch_norm(input_75, w131_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_mean_, w132_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_var_, w133_l_self_modules_features_modules_9_modules_block_modules_3_parameters_weight_, w134_l_self_modules_features_modules_9_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_75 = w131_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_mean_ = w132_l_self_modules_features_modules_9_modules_block_modules_3_buffers_running_var_ = w133_l_self_modules_features_modules_9_modules_block_modules_3_parameters_weight_ = w134_l_self_modules_features_modules_9_modules_block_modules_3_parameters_bias_ = None
        input_77 = input_68 + input_76;  input_68 = input_76 = None
        input_78 = torch.conv2d(input_77, w135_l_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w135_l_self_modules_features_modules_10_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_79 = torch.nn.functional.batch_norm(input_78, w136_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_, w137_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_, w138_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_, w139_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_78 = w136_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_mean_ = w137_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_buffers_running_var_ = w138_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_weight_ = w139_l_self_modules_features_modules_10_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_80 = torch.nn.functional.hardtanh(input_79, 0.0, 6.0, True);  input_79 = None
        input_81 = torch.conv2d(input_80, w140_l_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 384);  input_80 = w140_l_self_modules_features_modules_10_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_82 = torch.nn.functional.batch_norm(input_81, w141_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_, w142_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_, w143_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_, w144_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_81 = w141_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_mean_ = w142_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_buffers_running_var_ = w143_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_weight_ = w144_l_self_modules_features_modules_10_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_83 = torch.nn.functional.hardtanh(input_82, 0.0, 6.0, True);  input_82 = None
        input_84 = torch.conv2d(input_83, w145_l_self_modules_features_modules_10_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_83 = w145_l_self_modules_features_modules_10_modules_block_modules_2_parameters_weight_ = None
        input_85 = torch.nn.functional.batch_norm(input_84, w146_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_mean_, w147_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_var_, w148_l_self_modules_features_modules_10_modules_block_modules_3_parameters_weight_, w149_l_self_modules_features_modules_10_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_84 = w146_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_mean_ = w147_l_self_modules_features_modules_10_modules_block_modules_3_buffers_running_var_ = w148_l_self_modules_features_modules_10_modules_block_modules_3_parameters_weight_ = w149_l_self_modules_features_modules_10_modules_block_modules_3_parameters_bias_ = None
        input_86 = input_77 + input_85;  input_77 = input_85 = None
        input_87 = torch.conv2d(input_86, w150_l_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_86 = w150_l_self_modules_features_modules_11_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_88 = torch.nn.functional.batch_norm(input_87, w151_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_, w152_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_, w153_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_, w154_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_87 = w151_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_mean_ = w152_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_buffers_running_var_ = w153_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_weight_ = w154_l_self_modules_features_modules_11_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_89 = torch.nn.functional.hardtanh(input_88, 0.0, 6.0, True);  input_88 = None
        input_90 = torch.conv2d(input_89, w155_l_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 384);  input_89 = w155_l_self_modules_features_modules_11_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_91 = torch.nn.functional.batch_norm(input_90, w156_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_, w157_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_, w158_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_, w159_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_90 = w156_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_mean_ = w157_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_buffers_running_var_ = w158_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_weight_ = w159_l_self_modules_features_modules_11_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_92 = torch.nn.functional.hardtanh(input_91, 0.0, 6.0, True);  input_91 = None
        input_93 = torch.conv2d(input_92, w160_l_self_modules_features_modules_11_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_92 = w160_l_self_modules_features_modules_11_modules_block_modules_2_parameters_weight_ = None
        input_94 = torch.nn.functional.batch_norm(input_93, w161_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_mean_, w162_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_var_, w163_l_self_modules_features_modules_11_modules_block_modules_3_parameters_weight_, w164_l_self_modules_features_modules_11_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_93 = w161_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_mean_ = w162_l_self_modules_features_modules_11_modules_block_modules_3_buffers_running_var_ = w163_l_self_modules_features_modules_11_modules_block_modules_3_parameters_weight_ = w164_l_self_modules_features_modules_11_modules_block_modules_3_parameters_bias_ = None
        input_95 = torch.conv2d(input_94, w165_l_self_modules_features_modules_12_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w165_l_self_modules_features_modules_12_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_96 = torch.nn.functional.batch_norm(input_95, w166_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_, w167_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_var_, w168_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_weight_, w169_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_95 = w166_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_mean_ = w167_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_buffers_running_var_ = w168_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_weight_ = w169_l_self_modules_features_modules_12_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_97 = torch.nn.functional.hardtanh(input_96, 0.0, 6.0, True);  input_96 = None
        input_98 = torch.conv2d(input_97, w170_l_self_modules_features_modules_12_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 576);  input_97 = w170_l_self_modules_features_modules_12_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_99 = torch.nn.functional.batch_norm(input_98, w171_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_, w172_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_var_, w173_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_weight_, w174_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_98 = w171_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_mean_ = w172_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_buffers_running_var_ = w173_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_weight_ = w174_l_self_modules_features_modules_12_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_100 = torch.nn.functional.hardtanh(input_99, 0.0, 6.0, True);  input_99 = None
        input_101 = torch.conv2d(input_100, w175_l_self_modules_features_modules_12_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_100 = w175_l_self_modules_features_modules_12_modules_block_modules_2_parameters_weight_ = None
        input_102 = torch.nn.functional.batch_norm(input_101, w176_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_mean_, w177_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_var_, w178_l_self_modules_features_modules_12_modules_block_modules_3_parameters_weight_, w179_l_self_modules_features_modules_12_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_101 = w176_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_mean_ = w177_l_self_modules_features_modules_12_modules_block_modules_3_buffers_running_var_ = w178_l_self_modules_features_modules_12_modules_block_modules_3_parameters_weight_ = w179_l_self_modules_features_modules_12_modules_block_modules_3_parameters_bias_ = None
        input_103 = input_94 + input_102;  input_94 = input_102 = None
        input_104 = torch.conv2d(input_103, w180_l_self_modules_features_modules_13_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w180_l_self_modules_features_modules_13_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_105 = torch.nn.functional.batch_norm(input_104, w181_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_, w182_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_var_, w183_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_weight_, w184_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_104 = w181_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_mean_ = w182_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_buffers_running_var_ = w183_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_weight_ = w184_l_self_modules_features_modules_13_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_106 = torch.nn.functional.hardtanh(input_105, 0.0, 6.0, True);  input_105 = None
        input_107 = torch.conv2d(input_106, w185_l_self_modules_features_modules_13_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 576);  input_106 = w185_l_self_modules_features_modules_13_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_108 = torch.nn.functional.batch_norm(input_107, w186_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_, w187_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_var_, w188_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_weight_, w189_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_107 = w186_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_mean_ = w187_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_buffers_running_var_ = w188_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_weight_ = w189_l_self_modules_features_modules_13_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_109 = torch.nn.functional.hardtanh(input_108, 0.0, 6.0, True);  input_108 = None
        input_110 = torch.conv2d(input_109, w190_l_self_modules_features_modules_13_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_109 = w190_l_self_modules_features_modules_13_modules_block_modules_2_parameters_weight_ = None
        input_111 = torch.nn.functional.batch_norm(input_110, w191_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_mean_, w192_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_var_, w193_l_self_modules_features_modules_13_modules_block_modules_3_parameters_weight_, w194_l_self_modules_features_modules_13_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_110 = w191_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_mean_ = w192_l_self_modules_features_modules_13_modules_block_modules_3_buffers_running_var_ = w193_l_self_modules_features_modules_13_modules_block_modules_3_parameters_weight_ = w194_l_self_modules_features_modules_13_modules_block_modules_3_parameters_bias_ = None
        input_112 = input_103 + input_111;  input_103 = input_111 = None
        input_113 = torch.conv2d(input_112, w195_l_self_modules_features_modules_14_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_112 = w195_l_self_modules_features_modules_14_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_114 = torch.nn.functional.batch_norm(input_113, w196_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_, w197_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_var_, w198_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_weight_, w199_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_113 = w196_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_mean_ = w197_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_buffers_running_var_ = w198_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_weight_ = w199_l_self_modules_features_modules_14_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_115 = torch.nn.functional.hardtanh(input_114, 0.0, 6.0, True);  input_114 = None
        input_116 = torch.conv2d(input_115, w200_l_self_modules_features_modules_14_modules_block_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 576);  input_115 = w200_l_self_modules_features_modules_14_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_117 = torch.nn.functional.batch_norm(input_116, w201_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_, w202_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_var_, w203_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_weight_, w204_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_116 = w201_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_mean_ = w202_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_buffers_running_var_ = w203_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_weight_ = w204_l_self_modules_features_modules_14_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_118 = torch.nn.functional.hardtanh(input_117, 0.0, 6.0, True);  input_117 = None
        input_119 = torch.conv2d(input_118, w205_l_self_modules_features_modules_14_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_118 = w205_l_self_modules_features_modules_14_modules_block_modules_2_parameters_weight_ = None
        input_120 = torch.nn.functional.batch_norm(input_119, w206_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_mean_, w207_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_var_, w208_l_self_modules_features_modules_14_modules_block_modules_3_parameters_weight_, w209_l_self_modules_features_modules_14_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_119 = w206_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_mean_ = w207_l_self_modules_features_modules_14_modules_block_modules_3_buffers_running_var_ = w208_l_self_modules_features_modules_14_modules_block_modules_3_parameters_weight_ = w209_l_self_modules_features_modules_14_modules_block_modules_3_parameters_bias_ = None
        input_121 = torch.conv2d(input_120, w210_l_self_modules_features_modules_15_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w210_l_self_modules_features_modules_15_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_122 = torch.nn.functional.batch_norm(input_121, w211_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_, w212_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_var_, w213_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_weight_, w214_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_121 = w211_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_mean_ = w212_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_buffers_running_var_ = w213_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_weight_ = w214_l_self_modules_features_modules_15_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_123 = torch.nn.functional.hardtanh(input_122, 0.0, 6.0, True);  input_122 = None
        input_124 = torch.conv2d(input_123, w215_l_self_modules_features_modules_15_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 960);  input_123 = w215_l_self_modules_features_modules_15_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_125 = torch.nn.functional.batch_norm(input_124, w216_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_, w217_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_var_, w218_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_weight_, w219_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_124 = w216_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_mean_ = w217_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_buffers_running_var_ = w218_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_weight_ = w219_l_self_modules_features_modules_15_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_126 = torch.nn.functional.hardtanh(input_125, 0.0, 6.0, True);  input_125 = None
        input_127 = torch.conv2d(input_126, w220_l_self_modules_features_modules_15_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_126 = w220_l_self_modules_features_modules_15_modules_block_modules_2_parameters_weight_ = None
        input_128 = torch.nn.functional.batch_norm(input_127, w221_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_mean_, w222_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_var_, w223_l_self_modules_features_modules_15_modules_block_modules_3_parameters_weight_, w224_l_self_modules_features_modules_15_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_127 = w221_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_mean_ = w222_l_self_modules_features_modules_15_modules_block_modules_3_buffers_running_var_ = w223_l_self_modules_features_modules_15_modules_block_modules_3_parameters_weight_ = w224_l_self_modules_features_modules_15_modules_block_modules_3_parameters_bias_ = None
        input_129 = input_120 + input_128;  input_120 = input_128 = None
        input_130 = torch.conv2d(input_129, w225_l_self_modules_features_modules_16_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w225_l_self_modules_features_modules_16_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_131 = torch.nn.functional.batch_norm(input_130, w226_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_mean_, w227_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_var_, w228_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_weight_, w229_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_130 = w226_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_mean_ = w227_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_buffers_running_var_ = w228_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_weight_ = w229_l_self_modules_features_modules_16_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_132 = torch.nn.functional.hardtanh(input_131, 0.0, 6.0, True);  input_131 = None
        input_133 = torch.conv2d(input_132, w230_l_self_modules_features_modules_16_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 960);  input_132 = w230_l_self_modules_features_modules_16_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_134 = torch.nn.functional.batch_norm(input_133, w231_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_mean_, w232_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_var_, w233_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_weight_, w234_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_133 = w231_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_mean_ = w232_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_buffers_running_var_ = w233_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_weight_ = w234_l_self_modules_features_modules_16_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_135 = torch.nn.functional.hardtanh(input_134, 0.0, 6.0, True);  input_134 = None
        input_136 = torch.conv2d(input_135, w235_l_self_modules_features_modules_16_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_135 = w235_l_self_modules_features_modules_16_modules_block_modules_2_parameters_weight_ = None
        input_137 = torch.nn.functional.batch_norm(input_136, w236_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_mean_, w237_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_var_, w238_l_self_modules_features_modules_16_modules_block_modules_3_parameters_weight_, w239_l_self_modules_features_modules_16_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_136 = w236_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_mean_ = w237_l_self_modules_features_modules_16_modules_block_modules_3_buffers_running_var_ = w238_l_self_modules_features_modules_16_modules_block_modules_3_parameters_weight_ = w239_l_self_modules_features_modules_16_modules_block_modules_3_parameters_bias_ = None
        input_138 = input_129 + input_137;  input_129 = input_137 = None
        input_139 = torch.conv2d(input_138, w240_l_self_modules_features_modules_17_modules_block_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_138 = w240_l_self_modules_features_modules_17_modules_block_modules_0_modules_0_parameters_weight_ = None
        input_140 = torch.nn.functional.batch_norm(input_139, w241_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_mean_, w242_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_var_, w243_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_weight_, w244_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_139 = w241_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_mean_ = w242_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_buffers_running_var_ = w243_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_weight_ = w244_l_self_modules_features_modules_17_modules_block_modules_0_modules_1_parameters_bias_ = None
        input_141 = torch.nn.functional.hardtanh(input_140, 0.0, 6.0, True);  input_140 = None
        input_142 = torch.conv2d(input_141, w245_l_self_modules_features_modules_17_modules_block_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 960);  input_141 = w245_l_self_modules_features_modules_17_modules_block_modules_1_modules_0_parameters_weight_ = None
        input_143 = torch.nn.functional.batch_norm(input_142, w246_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_mean_, w247_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_var_, w248_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_weight_, w249_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_142 = w246_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_mean_ = w247_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_buffers_running_var_ = w248_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_weight_ = w249_l_self_modules_features_modules_17_modules_block_modules_1_modules_1_parameters_bias_ = None
        input_144 = torch.nn.functional.hardtanh(input_143, 0.0, 6.0, True);  input_143 = None
        input_145 = torch.conv2d(input_144, w250_l_self_modules_features_modules_17_modules_block_modules_2_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_144 = w250_l_self_modules_features_modules_17_modules_block_modules_2_parameters_weight_ = None
        input_146 = torch.nn.functional.batch_norm(input_145, w251_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_mean_, w252_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_var_, w253_l_self_modules_features_modules_17_modules_block_modules_3_parameters_weight_, w254_l_self_modules_features_modules_17_modules_block_modules_3_parameters_bias_, False, 0.1, 1e-05);  input_145 = w251_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_mean_ = w252_l_self_modules_features_modules_17_modules_block_modules_3_buffers_running_var_ = w253_l_self_modules_features_modules_17_modules_block_modules_3_parameters_weight_ = w254_l_self_modules_features_modules_17_modules_block_modules_3_parameters_bias_ = None
        input_147 = torch.conv2d(input_146, w255_l_self_modules_features_modules_18_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_146 = w255_l_self_modules_features_modules_18_modules_0_parameters_weight_ = None
        input_148 = torch.nn.functional.batch_norm(input_147, w256_l_self_modules_features_modules_18_modules_1_buffers_running_mean_, w257_l_self_modules_features_modules_18_modules_1_buffers_running_var_, w258_l_self_modules_features_modules_18_modules_1_parameters_weight_, w259_l_self_modules_features_modules_18_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_147 = w256_l_self_modules_features_modules_18_modules_1_buffers_running_mean_ = w257_l_self_modules_features_modules_18_modules_1_buffers_running_var_ = w258_l_self_modules_features_modules_18_modules_1_parameters_weight_ = w259_l_self_modules_features_modules_18_modules_1_parameters_bias_ = None
        input_149 = torch.nn.functional.hardtanh(input_148, 0.0, 6.0, True);  input_148 = None
        adaptive_avg_pool2d = torch.nn.functional.adaptive_avg_pool2d(input_149, 1);  input_149 = None
        x = adaptive_avg_pool2d.flatten(1);  adaptive_avg_pool2d = None
        input_150 = torch.nn.functional.dropout(x, 0.0, False, False);  x = None
        input_151 = torch._C._nn.linear(input_150, w260_l_self_modules_classifier_modules_1_parameters_weight_, w261_l_self_modules_classifier_modules_1_parameters_bias_);  input_150 = w260_l_self_modules_classifier_modules_1_parameters_weight_ = w261_l_self_modules_classifier_modules_1_parameters_bias_ = None
        return input_151



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
# pike offline agent: inductor-default+cuda-graph+freeze+cudnn-tuned
# pike-offline-recipe: {"applied": ["inductor-default", "cuda-graph", "freeze", "cudnn-tuned"], "channels_last": false, "contiguous": false, "cuda_graph": true, "cudnn_fused": false, "cudnn_tuned": true, "fold_bn": false, "freeze": true, "inductor_mode": "default", "kernel_fp32": false, "path": "inductor", "precision": "fp32", "triton": false, "tuning": []}
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

_PK_SPEC = {'path': 'inductor', 'args': [], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': False, 'autocast': None, 'inductor_mode': 'default', 'freeze': True, 'cudnn_fused': False, 'tune_convs': True, 'inputs': [[[10, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """inductor-default+cuda-graph+freeze+cudnn-tuned: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, None)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
