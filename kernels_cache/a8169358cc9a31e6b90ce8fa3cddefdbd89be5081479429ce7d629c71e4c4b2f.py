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
        self.register_buffer('w5_l_self_modules_blocks_modules_0_modules_downsample_modules_0_parameters_weight_', _pike_tensor((256, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', -6.232690066099167e-05, 0.07226536422967911))
        self.register_buffer('w6_l_self_modules_blocks_modules_0_modules_conv1_parameters_weight_', _pike_tensor((64, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0008677608566358685, 0.07287804782390594))
        self.register_buffer('w7_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w8_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w10_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w11_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w12_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w13_l_self_modules_blocks_modules_0_modules_bn1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w14_l_self_modules_blocks_modules_0_modules_bn1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w15_l_self_modules_blocks_modules_0_modules_conv2_parameters_weight_', _pike_tensor((64, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', -9.508609764452558e-06, 0.02397722378373146))
        self.register_buffer('w16_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w17_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w18_l_self_modules_blocks_modules_0_modules_bn2_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w19_l_self_modules_blocks_modules_0_modules_bn2_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w20_l_self_modules_blocks_modules_0_modules_conv3_parameters_weight_', _pike_tensor((256, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 5.2793926442973316e-05, 0.07182622700929642))
        self.register_buffer('w21_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w22_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w23_l_self_modules_blocks_modules_0_modules_bn3_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w24_l_self_modules_blocks_modules_0_modules_bn3_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w25_l_self_modules_blocks_modules_1_modules_conv1_parameters_weight_', _pike_tensor((64, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 8.268151577794924e-05, 0.03611207753419876))
        self.register_buffer('w26_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w27_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w28_l_self_modules_blocks_modules_1_modules_bn1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w29_l_self_modules_blocks_modules_1_modules_bn1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w30_l_self_modules_blocks_modules_1_modules_conv2_parameters_weight_', _pike_tensor((64, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', 0.00015158968744799495, 0.02406725287437439))
        self.register_buffer('w31_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w32_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w33_l_self_modules_blocks_modules_1_modules_bn2_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w34_l_self_modules_blocks_modules_1_modules_bn2_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w35_l_self_modules_blocks_modules_1_modules_conv3_parameters_weight_', _pike_tensor((256, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', -9.288691217079759e-05, 0.07272335141897202))
        self.register_buffer('w36_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w37_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w38_l_self_modules_blocks_modules_1_modules_bn3_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w39_l_self_modules_blocks_modules_1_modules_bn3_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w40_l_self_modules_blocks_modules_2_modules_conv1_parameters_weight_', _pike_tensor((64, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 0.00039885405567474663, 0.03610966354608536))
        self.register_buffer('w41_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w42_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w43_l_self_modules_blocks_modules_2_modules_bn1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w44_l_self_modules_blocks_modules_2_modules_bn1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w45_l_self_modules_blocks_modules_2_modules_conv2_parameters_weight_', _pike_tensor((64, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', 5.058336319052614e-05, 0.02402385324239731))
        self.register_buffer('w46_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w47_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w48_l_self_modules_blocks_modules_2_modules_bn2_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w49_l_self_modules_blocks_modules_2_modules_bn2_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w50_l_self_modules_blocks_modules_2_modules_conv3_parameters_weight_', _pike_tensor((256, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.00014659034786745906, 0.07252734899520874))
        self.register_buffer('w51_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w52_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w53_l_self_modules_blocks_modules_2_modules_bn3_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w54_l_self_modules_blocks_modules_2_modules_bn3_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w55_l_self_modules_blocks_modules_3_modules_downsample_modules_0_parameters_weight_', _pike_tensor((512, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -2.3578613763675094e-05, 0.03601837903261185))
        self.register_buffer('w56_l_self_modules_blocks_modules_3_modules_conv1_parameters_weight_', _pike_tensor((128, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -0.00036743696546182036, 0.036074474453926086))
        self.register_buffer('w57_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w58_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w59_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w60_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w61_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w62_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w63_l_self_modules_blocks_modules_3_modules_bn1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w64_l_self_modules_blocks_modules_3_modules_bn1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w65_l_self_modules_blocks_modules_3_modules_conv2_parameters_weight_', _pike_tensor((128, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', 5.522225546883419e-05, 0.017004529014229774))
        self.register_buffer('w66_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w67_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w68_l_self_modules_blocks_modules_3_modules_bn2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w69_l_self_modules_blocks_modules_3_modules_bn2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w70_l_self_modules_blocks_modules_3_modules_conv3_parameters_weight_', _pike_tensor((512, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 9.288900037063286e-05, 0.051112256944179535))
        self.register_buffer('w71_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w72_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w73_l_self_modules_blocks_modules_3_modules_bn3_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w74_l_self_modules_blocks_modules_3_modules_bn3_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w75_l_self_modules_blocks_modules_4_modules_conv1_parameters_weight_', _pike_tensor((128, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 9.32527836994268e-05, 0.0255484227091074))
        self.register_buffer('w76_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w77_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w78_l_self_modules_blocks_modules_4_modules_bn1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w79_l_self_modules_blocks_modules_4_modules_bn1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w80_l_self_modules_blocks_modules_4_modules_conv2_parameters_weight_', _pike_tensor((128, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -2.4490331270499155e-05, 0.017000293359160423))
        self.register_buffer('w81_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w82_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w83_l_self_modules_blocks_modules_4_modules_bn2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w84_l_self_modules_blocks_modules_4_modules_bn2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w85_l_self_modules_blocks_modules_4_modules_conv3_parameters_weight_', _pike_tensor((512, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 0.00011096788512077183, 0.05111297592520714))
        self.register_buffer('w86_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w87_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w88_l_self_modules_blocks_modules_4_modules_bn3_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w89_l_self_modules_blocks_modules_4_modules_bn3_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w90_l_self_modules_blocks_modules_5_modules_conv1_parameters_weight_', _pike_tensor((128, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', -7.210778130684048e-05, 0.025482019409537315))
        self.register_buffer('w91_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w92_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w93_l_self_modules_blocks_modules_5_modules_bn1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w94_l_self_modules_blocks_modules_5_modules_bn1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w95_l_self_modules_blocks_modules_5_modules_conv2_parameters_weight_', _pike_tensor((128, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -1.1342359357513487e-05, 0.01701873354613781))
        self.register_buffer('w96_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w97_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w98_l_self_modules_blocks_modules_5_modules_bn2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w99_l_self_modules_blocks_modules_5_modules_bn2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w100_l_self_modules_blocks_modules_5_modules_conv3_parameters_weight_', _pike_tensor((512, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', -0.0002641574537847191, 0.05099046975374222))
        self.register_buffer('w101_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w102_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w103_l_self_modules_blocks_modules_5_modules_bn3_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w104_l_self_modules_blocks_modules_5_modules_bn3_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w105_l_self_modules_blocks_modules_6_modules_conv1_parameters_weight_', _pike_tensor((128, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', -0.00017660853336565197, 0.025533046573400497))
        self.register_buffer('w106_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w107_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w108_l_self_modules_blocks_modules_6_modules_bn1_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w109_l_self_modules_blocks_modules_6_modules_bn1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w110_l_self_modules_blocks_modules_6_modules_conv2_parameters_weight_', _pike_tensor((128, 128, 3, 3), (1152, 9, 3, 1), torch.float32, 'normal', -3.373933941475116e-05, 0.017010513693094254))
        self.register_buffer('w111_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_mean_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w112_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_var_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w113_l_self_modules_blocks_modules_6_modules_bn2_parameters_weight_', _pike_tensor((128,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w114_l_self_modules_blocks_modules_6_modules_bn2_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w115_l_self_modules_blocks_modules_6_modules_conv3_parameters_weight_', _pike_tensor((512, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 0.0003899307921528816, 0.05091729015111923))
        self.register_buffer('w116_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w117_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w118_l_self_modules_blocks_modules_6_modules_bn3_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w119_l_self_modules_blocks_modules_6_modules_bn3_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w120_l_self_modules_blocks_modules_7_modules_downsample_modules_0_parameters_weight_', _pike_tensor((1024, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 3.768068563658744e-05, 0.02550479583442211))
        self.register_buffer('w121_l_self_modules_blocks_modules_7_modules_conv1_parameters_weight_', _pike_tensor((256, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', -4.439407348399982e-05, 0.025514226406812668))
        self.register_buffer('w122_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w123_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w124_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w125_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w126_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w127_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w128_l_self_modules_blocks_modules_7_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w129_l_self_modules_blocks_modules_7_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w130_l_self_modules_blocks_modules_7_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 2.2645701392320916e-05, 0.012042840011417866))
        self.register_buffer('w131_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w132_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w133_l_self_modules_blocks_modules_7_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w134_l_self_modules_blocks_modules_7_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w135_l_self_modules_blocks_modules_7_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -2.368164132349193e-06, 0.036109648644924164))
        self.register_buffer('w136_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w137_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w138_l_self_modules_blocks_modules_7_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w139_l_self_modules_blocks_modules_7_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w140_l_self_modules_blocks_modules_8_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -6.591544661205262e-05, 0.018012547865509987))
        self.register_buffer('w141_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w142_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w143_l_self_modules_blocks_modules_8_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w144_l_self_modules_blocks_modules_8_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w145_l_self_modules_blocks_modules_8_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 1.0957563063129783e-05, 0.012045495212078094))
        self.register_buffer('w146_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w147_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w148_l_self_modules_blocks_modules_8_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w149_l_self_modules_blocks_modules_8_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w150_l_self_modules_blocks_modules_8_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 8.732537025935017e-06, 0.036070816218853))
        self.register_buffer('w151_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w152_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w153_l_self_modules_blocks_modules_8_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w154_l_self_modules_blocks_modules_8_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w155_l_self_modules_blocks_modules_9_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -3.723475674632937e-05, 0.01805732399225235))
        self.register_buffer('w156_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w157_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w158_l_self_modules_blocks_modules_9_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w159_l_self_modules_blocks_modules_9_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w160_l_self_modules_blocks_modules_9_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 2.5348255803692155e-05, 0.012034646235406399))
        self.register_buffer('w161_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w162_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w163_l_self_modules_blocks_modules_9_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w164_l_self_modules_blocks_modules_9_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w165_l_self_modules_blocks_modules_9_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 3.292605106253177e-05, 0.036104511469602585))
        self.register_buffer('w166_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w167_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w168_l_self_modules_blocks_modules_9_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w169_l_self_modules_blocks_modules_9_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w170_l_self_modules_blocks_modules_10_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -1.6863608834682964e-05, 0.018021224066615105))
        self.register_buffer('w171_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w172_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w173_l_self_modules_blocks_modules_10_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w174_l_self_modules_blocks_modules_10_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w175_l_self_modules_blocks_modules_10_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.1791531505878083e-05, 0.01203665416687727))
        self.register_buffer('w176_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w177_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w178_l_self_modules_blocks_modules_10_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w179_l_self_modules_blocks_modules_10_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w180_l_self_modules_blocks_modules_10_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 1.852494096965529e-05, 0.0360720232129097))
        self.register_buffer('w181_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w182_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w183_l_self_modules_blocks_modules_10_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w184_l_self_modules_blocks_modules_10_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w185_l_self_modules_blocks_modules_11_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -1.9889483155566268e-05, 0.018030239269137383))
        self.register_buffer('w186_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w187_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w188_l_self_modules_blocks_modules_11_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w189_l_self_modules_blocks_modules_11_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w190_l_self_modules_blocks_modules_11_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.4164320418785792e-05, 0.01202327385544777))
        self.register_buffer('w191_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w192_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w193_l_self_modules_blocks_modules_11_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w194_l_self_modules_blocks_modules_11_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w195_l_self_modules_blocks_modules_11_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -4.66116689494811e-05, 0.03613962605595589))
        self.register_buffer('w196_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w197_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w198_l_self_modules_blocks_modules_11_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w199_l_self_modules_blocks_modules_11_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w200_l_self_modules_blocks_modules_12_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -2.5807177735259756e-05, 0.018045175820589066))
        self.register_buffer('w201_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w202_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w203_l_self_modules_blocks_modules_12_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w204_l_self_modules_blocks_modules_12_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w205_l_self_modules_blocks_modules_12_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -3.776572839342407e-06, 0.012031931430101395))
        self.register_buffer('w206_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w207_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w208_l_self_modules_blocks_modules_12_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w209_l_self_modules_blocks_modules_12_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w210_l_self_modules_blocks_modules_12_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 8.536295354133472e-05, 0.036106694489717484))
        self.register_buffer('w211_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w212_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w213_l_self_modules_blocks_modules_12_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w214_l_self_modules_blocks_modules_12_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w215_l_self_modules_blocks_modules_13_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -2.3682703613303602e-05, 0.01803283952176571))
        self.register_buffer('w216_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w217_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w218_l_self_modules_blocks_modules_13_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w219_l_self_modules_blocks_modules_13_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w220_l_self_modules_blocks_modules_13_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -8.106324457912706e-06, 0.012029306963086128))
        self.register_buffer('w221_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w222_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w223_l_self_modules_blocks_modules_13_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w224_l_self_modules_blocks_modules_13_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w225_l_self_modules_blocks_modules_13_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -3.098850720562041e-05, 0.03613154590129852))
        self.register_buffer('w226_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w227_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w228_l_self_modules_blocks_modules_13_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w229_l_self_modules_blocks_modules_13_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w230_l_self_modules_blocks_modules_14_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 3.523746272549033e-07, 0.01802787557244301))
        self.register_buffer('w231_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w232_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w233_l_self_modules_blocks_modules_14_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w234_l_self_modules_blocks_modules_14_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w235_l_self_modules_blocks_modules_14_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 1.3800066653857357e-06, 0.012026338838040829))
        self.register_buffer('w236_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w237_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w238_l_self_modules_blocks_modules_14_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w239_l_self_modules_blocks_modules_14_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w240_l_self_modules_blocks_modules_14_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 6.950285751372576e-05, 0.036091048270463943))
        self.register_buffer('w241_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w242_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w243_l_self_modules_blocks_modules_14_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w244_l_self_modules_blocks_modules_14_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w245_l_self_modules_blocks_modules_15_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -1.0666831258276943e-05, 0.018014954403042793))
        self.register_buffer('w246_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w247_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w248_l_self_modules_blocks_modules_15_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w249_l_self_modules_blocks_modules_15_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w250_l_self_modules_blocks_modules_15_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 9.264859727409203e-06, 0.012029742822051048))
        self.register_buffer('w251_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w252_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w253_l_self_modules_blocks_modules_15_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w254_l_self_modules_blocks_modules_15_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w255_l_self_modules_blocks_modules_15_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -0.00010322268644813448, 0.03608778491616249))
        self.register_buffer('w256_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w257_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w258_l_self_modules_blocks_modules_15_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w259_l_self_modules_blocks_modules_15_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w260_l_self_modules_blocks_modules_16_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 4.26958613388706e-05, 0.018021512776613235))
        self.register_buffer('w261_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w262_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w263_l_self_modules_blocks_modules_16_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w264_l_self_modules_blocks_modules_16_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w265_l_self_modules_blocks_modules_16_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 2.3628430426470004e-05, 0.01203925907611847))
        self.register_buffer('w266_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w267_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w268_l_self_modules_blocks_modules_16_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w269_l_self_modules_blocks_modules_16_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w270_l_self_modules_blocks_modules_16_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 0.00010045152885140851, 0.03612424433231354))
        self.register_buffer('w271_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w272_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w273_l_self_modules_blocks_modules_16_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w274_l_self_modules_blocks_modules_16_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w275_l_self_modules_blocks_modules_17_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -7.5574771472020075e-06, 0.01801162026822567))
        self.register_buffer('w276_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w277_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w278_l_self_modules_blocks_modules_17_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w279_l_self_modules_blocks_modules_17_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w280_l_self_modules_blocks_modules_17_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 4.095478743693093e-06, 0.012038118205964565))
        self.register_buffer('w281_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w282_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w283_l_self_modules_blocks_modules_17_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w284_l_self_modules_blocks_modules_17_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w285_l_self_modules_blocks_modules_17_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -4.452162465895526e-05, 0.03607971966266632))
        self.register_buffer('w286_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w287_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w288_l_self_modules_blocks_modules_17_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w289_l_self_modules_blocks_modules_17_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w290_l_self_modules_blocks_modules_18_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -2.480586408637464e-05, 0.01804177276790142))
        self.register_buffer('w291_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w292_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w293_l_self_modules_blocks_modules_18_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w294_l_self_modules_blocks_modules_18_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w295_l_self_modules_blocks_modules_18_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 2.6189456548308954e-05, 0.012029502540826797))
        self.register_buffer('w296_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w297_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w298_l_self_modules_blocks_modules_18_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w299_l_self_modules_blocks_modules_18_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w300_l_self_modules_blocks_modules_18_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 5.7096520322375e-05, 0.036133814603090286))
        self.register_buffer('w301_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w302_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w303_l_self_modules_blocks_modules_18_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w304_l_self_modules_blocks_modules_18_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w305_l_self_modules_blocks_modules_19_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 1.3453567589749582e-05, 0.018029693514108658))
        self.register_buffer('w306_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w307_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w308_l_self_modules_blocks_modules_19_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w309_l_self_modules_blocks_modules_19_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w310_l_self_modules_blocks_modules_19_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 1.0318296517652925e-05, 0.012032389640808105))
        self.register_buffer('w311_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w312_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w313_l_self_modules_blocks_modules_19_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w314_l_self_modules_blocks_modules_19_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w315_l_self_modules_blocks_modules_19_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -1.0725852916948497e-06, 0.03602968901395798))
        self.register_buffer('w316_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w317_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w318_l_self_modules_blocks_modules_19_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w319_l_self_modules_blocks_modules_19_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w320_l_self_modules_blocks_modules_20_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 5.350397259462625e-06, 0.018048394471406937))
        self.register_buffer('w321_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w322_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w323_l_self_modules_blocks_modules_20_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w324_l_self_modules_blocks_modules_20_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w325_l_self_modules_blocks_modules_20_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -3.0774906917940825e-05, 0.012020357884466648))
        self.register_buffer('w326_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w327_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w328_l_self_modules_blocks_modules_20_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w329_l_self_modules_blocks_modules_20_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w330_l_self_modules_blocks_modules_20_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -5.057766611571424e-05, 0.03607999533414841))
        self.register_buffer('w331_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w332_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w333_l_self_modules_blocks_modules_20_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w334_l_self_modules_blocks_modules_20_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w335_l_self_modules_blocks_modules_21_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -1.6160900486283936e-05, 0.018030261620879173))
        self.register_buffer('w336_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w337_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w338_l_self_modules_blocks_modules_21_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w339_l_self_modules_blocks_modules_21_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w340_l_self_modules_blocks_modules_21_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.0942456356133334e-05, 0.012022556737065315))
        self.register_buffer('w341_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w342_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w343_l_self_modules_blocks_modules_21_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w344_l_self_modules_blocks_modules_21_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w345_l_self_modules_blocks_modules_21_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 5.184323526918888e-06, 0.03611968085169792))
        self.register_buffer('w346_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w347_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w348_l_self_modules_blocks_modules_21_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w349_l_self_modules_blocks_modules_21_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w350_l_self_modules_blocks_modules_22_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 4.6279674279503524e-05, 0.018005046993494034))
        self.register_buffer('w351_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w352_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w353_l_self_modules_blocks_modules_22_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w354_l_self_modules_blocks_modules_22_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w355_l_self_modules_blocks_modules_22_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 7.862203347031027e-06, 0.012025665491819382))
        self.register_buffer('w356_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w357_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w358_l_self_modules_blocks_modules_22_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w359_l_self_modules_blocks_modules_22_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w360_l_self_modules_blocks_modules_22_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 4.992038520867936e-05, 0.03614206612110138))
        self.register_buffer('w361_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w362_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w363_l_self_modules_blocks_modules_22_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w364_l_self_modules_blocks_modules_22_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w365_l_self_modules_blocks_modules_23_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 2.0798848709091544e-05, 0.0180549044162035))
        self.register_buffer('w366_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w367_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w368_l_self_modules_blocks_modules_23_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w369_l_self_modules_blocks_modules_23_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w370_l_self_modules_blocks_modules_23_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.757285644998774e-05, 0.012039423920214176))
        self.register_buffer('w371_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w372_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w373_l_self_modules_blocks_modules_23_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w374_l_self_modules_blocks_modules_23_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w375_l_self_modules_blocks_modules_23_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -8.842692477628589e-05, 0.03608754277229309))
        self.register_buffer('w376_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w377_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w378_l_self_modules_blocks_modules_23_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w379_l_self_modules_blocks_modules_23_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w380_l_self_modules_blocks_modules_24_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -3.9194521377794445e-05, 0.018044359982013702))
        self.register_buffer('w381_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w382_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w383_l_self_modules_blocks_modules_24_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w384_l_self_modules_blocks_modules_24_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w385_l_self_modules_blocks_modules_24_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -8.400007573072799e-06, 0.012017316184937954))
        self.register_buffer('w386_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w387_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w388_l_self_modules_blocks_modules_24_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w389_l_self_modules_blocks_modules_24_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w390_l_self_modules_blocks_modules_24_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -4.6507426304742694e-05, 0.03603818640112877))
        self.register_buffer('w391_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w392_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w393_l_self_modules_blocks_modules_24_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w394_l_self_modules_blocks_modules_24_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w395_l_self_modules_blocks_modules_25_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 2.0750756448251195e-05, 0.01805136352777481))
        self.register_buffer('w396_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w397_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w398_l_self_modules_blocks_modules_25_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w399_l_self_modules_blocks_modules_25_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w400_l_self_modules_blocks_modules_25_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 8.178071766451467e-06, 0.012027040123939514))
        self.register_buffer('w401_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w402_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w403_l_self_modules_blocks_modules_25_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w404_l_self_modules_blocks_modules_25_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w405_l_self_modules_blocks_modules_25_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -3.769824616028927e-05, 0.03611788898706436))
        self.register_buffer('w406_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w407_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w408_l_self_modules_blocks_modules_25_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w409_l_self_modules_blocks_modules_25_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w410_l_self_modules_blocks_modules_26_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -1.0460657904332038e-05, 0.01803259737789631))
        self.register_buffer('w411_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w412_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w413_l_self_modules_blocks_modules_26_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w414_l_self_modules_blocks_modules_26_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w415_l_self_modules_blocks_modules_26_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.5937810530886054e-05, 0.012019633315503597))
        self.register_buffer('w416_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w417_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w418_l_self_modules_blocks_modules_26_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w419_l_self_modules_blocks_modules_26_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w420_l_self_modules_blocks_modules_26_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 9.568659879732877e-05, 0.03606037795543671))
        self.register_buffer('w421_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w422_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w423_l_self_modules_blocks_modules_26_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w424_l_self_modules_blocks_modules_26_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w425_l_self_modules_blocks_modules_27_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 5.135263563715853e-05, 0.018051380291581154))
        self.register_buffer('w426_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w427_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w428_l_self_modules_blocks_modules_27_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w429_l_self_modules_blocks_modules_27_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w430_l_self_modules_blocks_modules_27_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 3.6144323530606925e-05, 0.012028917670249939))
        self.register_buffer('w431_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w432_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w433_l_self_modules_blocks_modules_27_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w434_l_self_modules_blocks_modules_27_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w435_l_self_modules_blocks_modules_27_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 7.489150448236614e-05, 0.03607489541172981))
        self.register_buffer('w436_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w437_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w438_l_self_modules_blocks_modules_27_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w439_l_self_modules_blocks_modules_27_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w440_l_self_modules_blocks_modules_28_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -4.133920083404519e-05, 0.018049834296107292))
        self.register_buffer('w441_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w442_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w443_l_self_modules_blocks_modules_28_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w444_l_self_modules_blocks_modules_28_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w445_l_self_modules_blocks_modules_28_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', -1.8913568055722862e-05, 0.012029606848955154))
        self.register_buffer('w446_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w447_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w448_l_self_modules_blocks_modules_28_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w449_l_self_modules_blocks_modules_28_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w450_l_self_modules_blocks_modules_28_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -6.457174458773807e-05, 0.03608560189604759))
        self.register_buffer('w451_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w452_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w453_l_self_modules_blocks_modules_28_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w454_l_self_modules_blocks_modules_28_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w455_l_self_modules_blocks_modules_29_modules_conv1_parameters_weight_', _pike_tensor((256, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 2.863190820789896e-05, 0.018049119040369987))
        self.register_buffer('w456_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w457_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w458_l_self_modules_blocks_modules_29_modules_bn1_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w459_l_self_modules_blocks_modules_29_modules_bn1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w460_l_self_modules_blocks_modules_29_modules_conv2_parameters_weight_', _pike_tensor((256, 256, 3, 3), (2304, 9, 3, 1), torch.float32, 'normal', 2.592877353890799e-05, 0.012020177207887173))
        self.register_buffer('w461_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_mean_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w462_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_var_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w463_l_self_modules_blocks_modules_29_modules_bn2_parameters_weight_', _pike_tensor((256,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w464_l_self_modules_blocks_modules_29_modules_bn2_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w465_l_self_modules_blocks_modules_29_modules_conv3_parameters_weight_', _pike_tensor((1024, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 0.00014510826440528035, 0.0361202135682106))
        self.register_buffer('w466_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_mean_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w467_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_var_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w468_l_self_modules_blocks_modules_29_modules_bn3_parameters_weight_', _pike_tensor((1024,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w469_l_self_modules_blocks_modules_29_modules_bn3_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w470_l_self_modules_blocks_modules_30_modules_downsample_modules_0_parameters_weight_', _pike_tensor((2048, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', 1.9041402993025258e-05, 0.01804473251104355))
        self.register_buffer('w471_l_self_modules_blocks_modules_30_modules_conv1_parameters_weight_', _pike_tensor((512, 1024, 1, 1), (1024, 1, 1, 1), torch.float32, 'normal', -1.8674818420549855e-05, 0.0180473905056715))
        self.register_buffer('w472_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_mean_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w473_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_var_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w474_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_weight_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w475_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_bias_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w476_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w477_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w478_l_self_modules_blocks_modules_30_modules_bn1_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w479_l_self_modules_blocks_modules_30_modules_bn1_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w480_l_self_modules_blocks_modules_30_modules_conv2_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', -4.830743364436785e-06, 0.008505736477673054))
        self.register_buffer('w481_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w482_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w483_l_self_modules_blocks_modules_30_modules_bn2_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w484_l_self_modules_blocks_modules_30_modules_bn2_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w485_l_self_modules_blocks_modules_30_modules_conv3_parameters_weight_', _pike_tensor((2048, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', -4.072649608133361e-05, 0.025523340329527855))
        self.register_buffer('w486_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_mean_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w487_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_var_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w488_l_self_modules_blocks_modules_30_modules_bn3_parameters_weight_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w489_l_self_modules_blocks_modules_30_modules_bn3_parameters_bias_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w490_l_self_modules_blocks_modules_31_modules_conv1_parameters_weight_', _pike_tensor((512, 2048, 1, 1), (2048, 1, 1, 1), torch.float32, 'normal', -1.098720713343937e-05, 0.012759481556713581))
        self.register_buffer('w491_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w492_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w493_l_self_modules_blocks_modules_31_modules_bn1_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w494_l_self_modules_blocks_modules_31_modules_bn1_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w495_l_self_modules_blocks_modules_31_modules_conv2_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', 9.412015970156062e-06, 0.00850347988307476))
        self.register_buffer('w496_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w497_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w498_l_self_modules_blocks_modules_31_modules_bn2_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w499_l_self_modules_blocks_modules_31_modules_bn2_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w500_l_self_modules_blocks_modules_31_modules_conv3_parameters_weight_', _pike_tensor((2048, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 2.8338481570244767e-05, 0.02551104500889778))
        self.register_buffer('w501_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_mean_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w502_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_var_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w503_l_self_modules_blocks_modules_31_modules_bn3_parameters_weight_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w504_l_self_modules_blocks_modules_31_modules_bn3_parameters_bias_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w505_l_self_modules_blocks_modules_32_modules_conv1_parameters_weight_', _pike_tensor((512, 2048, 1, 1), (2048, 1, 1, 1), torch.float32, 'normal', 1.3320854122866876e-05, 0.012753656134009361))
        self.register_buffer('w506_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w507_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w508_l_self_modules_blocks_modules_32_modules_bn1_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w509_l_self_modules_blocks_modules_32_modules_bn1_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w510_l_self_modules_blocks_modules_32_modules_conv2_parameters_weight_', _pike_tensor((512, 512, 3, 3), (4608, 9, 3, 1), torch.float32, 'normal', 2.046293957391754e-06, 0.008504334837198257))
        self.register_buffer('w511_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_mean_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w512_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_var_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w513_l_self_modules_blocks_modules_32_modules_bn2_parameters_weight_', _pike_tensor((512,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w514_l_self_modules_blocks_modules_32_modules_bn2_parameters_bias_', _pike_tensor((512,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w515_l_self_modules_blocks_modules_32_modules_conv3_parameters_weight_', _pike_tensor((2048, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 3.4996199246961623e-05, 0.02552289143204689))
        self.register_buffer('w516_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_mean_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w517_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_var_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w518_l_self_modules_blocks_modules_32_modules_bn3_parameters_weight_', _pike_tensor((2048,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w519_l_self_modules_blocks_modules_32_modules_bn3_parameters_bias_', _pike_tensor((2048,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w520_l_self_modules_fc_parameters_weight_', _pike_tensor((1000, 2048), (2048, 1), torch.float32, 'normal', -2.7350183700036723e-06, 0.012758052907884121))
        self.register_buffer('w521_l_self_modules_fc_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.0002861164102796465, 0.012484025210142136))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_stem_modules_0_parameters_weight_ = self.w0_l_self_modules_stem_modules_0_parameters_weight_
        w1_l_self_modules_stem_modules_1_buffers_running_mean_ = self.w1_l_self_modules_stem_modules_1_buffers_running_mean_
        w2_l_self_modules_stem_modules_1_buffers_running_var_ = self.w2_l_self_modules_stem_modules_1_buffers_running_var_
        w3_l_self_modules_stem_modules_1_parameters_weight_ = self.w3_l_self_modules_stem_modules_1_parameters_weight_
        w4_l_self_modules_stem_modules_1_parameters_bias_ = self.w4_l_self_modules_stem_modules_1_parameters_bias_
        w5_l_self_modules_blocks_modules_0_modules_downsample_modules_0_parameters_weight_ = self.w5_l_self_modules_blocks_modules_0_modules_downsample_modules_0_parameters_weight_
        w6_l_self_modules_blocks_modules_0_modules_conv1_parameters_weight_ = self.w6_l_self_modules_blocks_modules_0_modules_conv1_parameters_weight_
        w7_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_mean_ = self.w7_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_mean_
        w8_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_var_ = self.w8_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_var_
        w9_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_weight_ = self.w9_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_weight_
        w10_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_bias_ = self.w10_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_bias_
        w11_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_mean_ = self.w11_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_mean_
        w12_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_var_ = self.w12_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_var_
        w13_l_self_modules_blocks_modules_0_modules_bn1_parameters_weight_ = self.w13_l_self_modules_blocks_modules_0_modules_bn1_parameters_weight_
        w14_l_self_modules_blocks_modules_0_modules_bn1_parameters_bias_ = self.w14_l_self_modules_blocks_modules_0_modules_bn1_parameters_bias_
        w15_l_self_modules_blocks_modules_0_modules_conv2_parameters_weight_ = self.w15_l_self_modules_blocks_modules_0_modules_conv2_parameters_weight_
        w16_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_mean_ = self.w16_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_mean_
        w17_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_var_ = self.w17_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_var_
        w18_l_self_modules_blocks_modules_0_modules_bn2_parameters_weight_ = self.w18_l_self_modules_blocks_modules_0_modules_bn2_parameters_weight_
        w19_l_self_modules_blocks_modules_0_modules_bn2_parameters_bias_ = self.w19_l_self_modules_blocks_modules_0_modules_bn2_parameters_bias_
        w20_l_self_modules_blocks_modules_0_modules_conv3_parameters_weight_ = self.w20_l_self_modules_blocks_modules_0_modules_conv3_parameters_weight_
        w21_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_mean_ = self.w21_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_mean_
        w22_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_var_ = self.w22_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_var_
        w23_l_self_modules_blocks_modules_0_modules_bn3_parameters_weight_ = self.w23_l_self_modules_blocks_modules_0_modules_bn3_parameters_weight_
        w24_l_self_modules_blocks_modules_0_modules_bn3_parameters_bias_ = self.w24_l_self_modules_blocks_modules_0_modules_bn3_parameters_bias_
        w25_l_self_modules_blocks_modules_1_modules_conv1_parameters_weight_ = self.w25_l_self_modules_blocks_modules_1_modules_conv1_parameters_weight_
        w26_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_mean_ = self.w26_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_mean_
        w27_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_var_ = self.w27_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_var_
        w28_l_self_modules_blocks_modules_1_modules_bn1_parameters_weight_ = self.w28_l_self_modules_blocks_modules_1_modules_bn1_parameters_weight_
        w29_l_self_modules_blocks_modules_1_modules_bn1_parameters_bias_ = self.w29_l_self_modules_blocks_modules_1_modules_bn1_parameters_bias_
        w30_l_self_modules_blocks_modules_1_modules_conv2_parameters_weight_ = self.w30_l_self_modules_blocks_modules_1_modules_conv2_parameters_weight_
        w31_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_mean_ = self.w31_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_mean_
        w32_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_var_ = self.w32_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_var_
        w33_l_self_modules_blocks_modules_1_modules_bn2_parameters_weight_ = self.w33_l_self_modules_blocks_modules_1_modules_bn2_parameters_weight_
        w34_l_self_modules_blocks_modules_1_modules_bn2_parameters_bias_ = self.w34_l_self_modules_blocks_modules_1_modules_bn2_parameters_bias_
        w35_l_self_modules_blocks_modules_1_modules_conv3_parameters_weight_ = self.w35_l_self_modules_blocks_modules_1_modules_conv3_parameters_weight_
        w36_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_mean_ = self.w36_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_mean_
        w37_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_var_ = self.w37_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_var_
        w38_l_self_modules_blocks_modules_1_modules_bn3_parameters_weight_ = self.w38_l_self_modules_blocks_modules_1_modules_bn3_parameters_weight_
        w39_l_self_modules_blocks_modules_1_modules_bn3_parameters_bias_ = self.w39_l_self_modules_blocks_modules_1_modules_bn3_parameters_bias_
        w40_l_self_modules_blocks_modules_2_modules_conv1_parameters_weight_ = self.w40_l_self_modules_blocks_modules_2_modules_conv1_parameters_weight_
        w41_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_mean_ = self.w41_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_mean_
        w42_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_var_ = self.w42_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_var_
        w43_l_self_modules_blocks_modules_2_modules_bn1_parameters_weight_ = self.w43_l_self_modules_blocks_modules_2_modules_bn1_parameters_weight_
        w44_l_self_modules_blocks_modules_2_modules_bn1_parameters_bias_ = self.w44_l_self_modules_blocks_modules_2_modules_bn1_parameters_bias_
        w45_l_self_modules_blocks_modules_2_modules_conv2_parameters_weight_ = self.w45_l_self_modules_blocks_modules_2_modules_conv2_parameters_weight_
        w46_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_mean_ = self.w46_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_mean_
        w47_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_var_ = self.w47_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_var_
        w48_l_self_modules_blocks_modules_2_modules_bn2_parameters_weight_ = self.w48_l_self_modules_blocks_modules_2_modules_bn2_parameters_weight_
        w49_l_self_modules_blocks_modules_2_modules_bn2_parameters_bias_ = self.w49_l_self_modules_blocks_modules_2_modules_bn2_parameters_bias_
        w50_l_self_modules_blocks_modules_2_modules_conv3_parameters_weight_ = self.w50_l_self_modules_blocks_modules_2_modules_conv3_parameters_weight_
        w51_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_mean_ = self.w51_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_mean_
        w52_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_var_ = self.w52_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_var_
        w53_l_self_modules_blocks_modules_2_modules_bn3_parameters_weight_ = self.w53_l_self_modules_blocks_modules_2_modules_bn3_parameters_weight_
        w54_l_self_modules_blocks_modules_2_modules_bn3_parameters_bias_ = self.w54_l_self_modules_blocks_modules_2_modules_bn3_parameters_bias_
        w55_l_self_modules_blocks_modules_3_modules_downsample_modules_0_parameters_weight_ = self.w55_l_self_modules_blocks_modules_3_modules_downsample_modules_0_parameters_weight_
        w56_l_self_modules_blocks_modules_3_modules_conv1_parameters_weight_ = self.w56_l_self_modules_blocks_modules_3_modules_conv1_parameters_weight_
        w57_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_mean_ = self.w57_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_mean_
        w58_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_var_ = self.w58_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_var_
        w59_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_weight_ = self.w59_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_weight_
        w60_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_bias_ = self.w60_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_bias_
        w61_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_mean_ = self.w61_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_mean_
        w62_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_var_ = self.w62_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_var_
        w63_l_self_modules_blocks_modules_3_modules_bn1_parameters_weight_ = self.w63_l_self_modules_blocks_modules_3_modules_bn1_parameters_weight_
        w64_l_self_modules_blocks_modules_3_modules_bn1_parameters_bias_ = self.w64_l_self_modules_blocks_modules_3_modules_bn1_parameters_bias_
        w65_l_self_modules_blocks_modules_3_modules_conv2_parameters_weight_ = self.w65_l_self_modules_blocks_modules_3_modules_conv2_parameters_weight_
        w66_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_mean_ = self.w66_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_mean_
        w67_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_var_ = self.w67_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_var_
        w68_l_self_modules_blocks_modules_3_modules_bn2_parameters_weight_ = self.w68_l_self_modules_blocks_modules_3_modules_bn2_parameters_weight_
        w69_l_self_modules_blocks_modules_3_modules_bn2_parameters_bias_ = self.w69_l_self_modules_blocks_modules_3_modules_bn2_parameters_bias_
        w70_l_self_modules_blocks_modules_3_modules_conv3_parameters_weight_ = self.w70_l_self_modules_blocks_modules_3_modules_conv3_parameters_weight_
        w71_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_mean_ = self.w71_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_mean_
        w72_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_var_ = self.w72_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_var_
        w73_l_self_modules_blocks_modules_3_modules_bn3_parameters_weight_ = self.w73_l_self_modules_blocks_modules_3_modules_bn3_parameters_weight_
        w74_l_self_modules_blocks_modules_3_modules_bn3_parameters_bias_ = self.w74_l_self_modules_blocks_modules_3_modules_bn3_parameters_bias_
        w75_l_self_modules_blocks_modules_4_modules_conv1_parameters_weight_ = self.w75_l_self_modules_blocks_modules_4_modules_conv1_parameters_weight_
        w76_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_mean_ = self.w76_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_mean_
        w77_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_var_ = self.w77_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_var_
        w78_l_self_modules_blocks_modules_4_modules_bn1_parameters_weight_ = self.w78_l_self_modules_blocks_modules_4_modules_bn1_parameters_weight_
        w79_l_self_modules_blocks_modules_4_modules_bn1_parameters_bias_ = self.w79_l_self_modules_blocks_modules_4_modules_bn1_parameters_bias_
        w80_l_self_modules_blocks_modules_4_modules_conv2_parameters_weight_ = self.w80_l_self_modules_blocks_modules_4_modules_conv2_parameters_weight_
        w81_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_mean_ = self.w81_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_mean_
        w82_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_var_ = self.w82_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_var_
        w83_l_self_modules_blocks_modules_4_modules_bn2_parameters_weight_ = self.w83_l_self_modules_blocks_modules_4_modules_bn2_parameters_weight_
        w84_l_self_modules_blocks_modules_4_modules_bn2_parameters_bias_ = self.w84_l_self_modules_blocks_modules_4_modules_bn2_parameters_bias_
        w85_l_self_modules_blocks_modules_4_modules_conv3_parameters_weight_ = self.w85_l_self_modules_blocks_modules_4_modules_conv3_parameters_weight_
        w86_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_mean_ = self.w86_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_mean_
        w87_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_var_ = self.w87_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_var_
        w88_l_self_modules_blocks_modules_4_modules_bn3_parameters_weight_ = self.w88_l_self_modules_blocks_modules_4_modules_bn3_parameters_weight_
        w89_l_self_modules_blocks_modules_4_modules_bn3_parameters_bias_ = self.w89_l_self_modules_blocks_modules_4_modules_bn3_parameters_bias_
        w90_l_self_modules_blocks_modules_5_modules_conv1_parameters_weight_ = self.w90_l_self_modules_blocks_modules_5_modules_conv1_parameters_weight_
        w91_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_mean_ = self.w91_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_mean_
        w92_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_var_ = self.w92_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_var_
        w93_l_self_modules_blocks_modules_5_modules_bn1_parameters_weight_ = self.w93_l_self_modules_blocks_modules_5_modules_bn1_parameters_weight_
        w94_l_self_modules_blocks_modules_5_modules_bn1_parameters_bias_ = self.w94_l_self_modules_blocks_modules_5_modules_bn1_parameters_bias_
        w95_l_self_modules_blocks_modules_5_modules_conv2_parameters_weight_ = self.w95_l_self_modules_blocks_modules_5_modules_conv2_parameters_weight_
        w96_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_mean_ = self.w96_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_mean_
        w97_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_var_ = self.w97_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_var_
        w98_l_self_modules_blocks_modules_5_modules_bn2_parameters_weight_ = self.w98_l_self_modules_blocks_modules_5_modules_bn2_parameters_weight_
        w99_l_self_modules_blocks_modules_5_modules_bn2_parameters_bias_ = self.w99_l_self_modules_blocks_modules_5_modules_bn2_parameters_bias_
        w100_l_self_modules_blocks_modules_5_modules_conv3_parameters_weight_ = self.w100_l_self_modules_blocks_modules_5_modules_conv3_parameters_weight_
        w101_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_mean_ = self.w101_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_mean_
        w102_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_var_ = self.w102_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_var_
        w103_l_self_modules_blocks_modules_5_modules_bn3_parameters_weight_ = self.w103_l_self_modules_blocks_modules_5_modules_bn3_parameters_weight_
        w104_l_self_modules_blocks_modules_5_modules_bn3_parameters_bias_ = self.w104_l_self_modules_blocks_modules_5_modules_bn3_parameters_bias_
        w105_l_self_modules_blocks_modules_6_modules_conv1_parameters_weight_ = self.w105_l_self_modules_blocks_modules_6_modules_conv1_parameters_weight_
        w106_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_mean_ = self.w106_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_mean_
        w107_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_var_ = self.w107_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_var_
        w108_l_self_modules_blocks_modules_6_modules_bn1_parameters_weight_ = self.w108_l_self_modules_blocks_modules_6_modules_bn1_parameters_weight_
        w109_l_self_modules_blocks_modules_6_modules_bn1_parameters_bias_ = self.w109_l_self_modules_blocks_modules_6_modules_bn1_parameters_bias_
        w110_l_self_modules_blocks_modules_6_modules_conv2_parameters_weight_ = self.w110_l_self_modules_blocks_modules_6_modules_conv2_parameters_weight_
        w111_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_mean_ = self.w111_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_mean_
        w112_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_var_ = self.w112_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_var_
        w113_l_self_modules_blocks_modules_6_modules_bn2_parameters_weight_ = self.w113_l_self_modules_blocks_modules_6_modules_bn2_parameters_weight_
        w114_l_self_modules_blocks_modules_6_modules_bn2_parameters_bias_ = self.w114_l_self_modules_blocks_modules_6_modules_bn2_parameters_bias_
        w115_l_self_modules_blocks_modules_6_modules_conv3_parameters_weight_ = self.w115_l_self_modules_blocks_modules_6_modules_conv3_parameters_weight_
        w116_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_mean_ = self.w116_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_mean_
        w117_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_var_ = self.w117_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_var_
        w118_l_self_modules_blocks_modules_6_modules_bn3_parameters_weight_ = self.w118_l_self_modules_blocks_modules_6_modules_bn3_parameters_weight_
        w119_l_self_modules_blocks_modules_6_modules_bn3_parameters_bias_ = self.w119_l_self_modules_blocks_modules_6_modules_bn3_parameters_bias_
        w120_l_self_modules_blocks_modules_7_modules_downsample_modules_0_parameters_weight_ = self.w120_l_self_modules_blocks_modules_7_modules_downsample_modules_0_parameters_weight_
        w121_l_self_modules_blocks_modules_7_modules_conv1_parameters_weight_ = self.w121_l_self_modules_blocks_modules_7_modules_conv1_parameters_weight_
        w122_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_mean_ = self.w122_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_mean_
        w123_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_var_ = self.w123_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_var_
        w124_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_weight_ = self.w124_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_weight_
        w125_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_bias_ = self.w125_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_bias_
        w126_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_mean_ = self.w126_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_mean_
        w127_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_var_ = self.w127_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_var_
        w128_l_self_modules_blocks_modules_7_modules_bn1_parameters_weight_ = self.w128_l_self_modules_blocks_modules_7_modules_bn1_parameters_weight_
        w129_l_self_modules_blocks_modules_7_modules_bn1_parameters_bias_ = self.w129_l_self_modules_blocks_modules_7_modules_bn1_parameters_bias_
        w130_l_self_modules_blocks_modules_7_modules_conv2_parameters_weight_ = self.w130_l_self_modules_blocks_modules_7_modules_conv2_parameters_weight_
        w131_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_mean_ = self.w131_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_mean_
        w132_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_var_ = self.w132_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_var_
        w133_l_self_modules_blocks_modules_7_modules_bn2_parameters_weight_ = self.w133_l_self_modules_blocks_modules_7_modules_bn2_parameters_weight_
        w134_l_self_modules_blocks_modules_7_modules_bn2_parameters_bias_ = self.w134_l_self_modules_blocks_modules_7_modules_bn2_parameters_bias_
        w135_l_self_modules_blocks_modules_7_modules_conv3_parameters_weight_ = self.w135_l_self_modules_blocks_modules_7_modules_conv3_parameters_weight_
        w136_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_mean_ = self.w136_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_mean_
        w137_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_var_ = self.w137_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_var_
        w138_l_self_modules_blocks_modules_7_modules_bn3_parameters_weight_ = self.w138_l_self_modules_blocks_modules_7_modules_bn3_parameters_weight_
        w139_l_self_modules_blocks_modules_7_modules_bn3_parameters_bias_ = self.w139_l_self_modules_blocks_modules_7_modules_bn3_parameters_bias_
        w140_l_self_modules_blocks_modules_8_modules_conv1_parameters_weight_ = self.w140_l_self_modules_blocks_modules_8_modules_conv1_parameters_weight_
        w141_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_mean_ = self.w141_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_mean_
        w142_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_var_ = self.w142_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_var_
        w143_l_self_modules_blocks_modules_8_modules_bn1_parameters_weight_ = self.w143_l_self_modules_blocks_modules_8_modules_bn1_parameters_weight_
        w144_l_self_modules_blocks_modules_8_modules_bn1_parameters_bias_ = self.w144_l_self_modules_blocks_modules_8_modules_bn1_parameters_bias_
        w145_l_self_modules_blocks_modules_8_modules_conv2_parameters_weight_ = self.w145_l_self_modules_blocks_modules_8_modules_conv2_parameters_weight_
        w146_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_mean_ = self.w146_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_mean_
        w147_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_var_ = self.w147_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_var_
        w148_l_self_modules_blocks_modules_8_modules_bn2_parameters_weight_ = self.w148_l_self_modules_blocks_modules_8_modules_bn2_parameters_weight_
        w149_l_self_modules_blocks_modules_8_modules_bn2_parameters_bias_ = self.w149_l_self_modules_blocks_modules_8_modules_bn2_parameters_bias_
        w150_l_self_modules_blocks_modules_8_modules_conv3_parameters_weight_ = self.w150_l_self_modules_blocks_modules_8_modules_conv3_parameters_weight_
        w151_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_mean_ = self.w151_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_mean_
        w152_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_var_ = self.w152_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_var_
        w153_l_self_modules_blocks_modules_8_modules_bn3_parameters_weight_ = self.w153_l_self_modules_blocks_modules_8_modules_bn3_parameters_weight_
        w154_l_self_modules_blocks_modules_8_modules_bn3_parameters_bias_ = self.w154_l_self_modules_blocks_modules_8_modules_bn3_parameters_bias_
        w155_l_self_modules_blocks_modules_9_modules_conv1_parameters_weight_ = self.w155_l_self_modules_blocks_modules_9_modules_conv1_parameters_weight_
        w156_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_mean_ = self.w156_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_mean_
        w157_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_var_ = self.w157_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_var_
        w158_l_self_modules_blocks_modules_9_modules_bn1_parameters_weight_ = self.w158_l_self_modules_blocks_modules_9_modules_bn1_parameters_weight_
        w159_l_self_modules_blocks_modules_9_modules_bn1_parameters_bias_ = self.w159_l_self_modules_blocks_modules_9_modules_bn1_parameters_bias_
        w160_l_self_modules_blocks_modules_9_modules_conv2_parameters_weight_ = self.w160_l_self_modules_blocks_modules_9_modules_conv2_parameters_weight_
        w161_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_mean_ = self.w161_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_mean_
        w162_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_var_ = self.w162_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_var_
        w163_l_self_modules_blocks_modules_9_modules_bn2_parameters_weight_ = self.w163_l_self_modules_blocks_modules_9_modules_bn2_parameters_weight_
        w164_l_self_modules_blocks_modules_9_modules_bn2_parameters_bias_ = self.w164_l_self_modules_blocks_modules_9_modules_bn2_parameters_bias_
        w165_l_self_modules_blocks_modules_9_modules_conv3_parameters_weight_ = self.w165_l_self_modules_blocks_modules_9_modules_conv3_parameters_weight_
        w166_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_mean_ = self.w166_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_mean_
        w167_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_var_ = self.w167_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_var_
        w168_l_self_modules_blocks_modules_9_modules_bn3_parameters_weight_ = self.w168_l_self_modules_blocks_modules_9_modules_bn3_parameters_weight_
        w169_l_self_modules_blocks_modules_9_modules_bn3_parameters_bias_ = self.w169_l_self_modules_blocks_modules_9_modules_bn3_parameters_bias_
        w170_l_self_modules_blocks_modules_10_modules_conv1_parameters_weight_ = self.w170_l_self_modules_blocks_modules_10_modules_conv1_parameters_weight_
        w171_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_mean_ = self.w171_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_mean_
        w172_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_var_ = self.w172_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_var_
        w173_l_self_modules_blocks_modules_10_modules_bn1_parameters_weight_ = self.w173_l_self_modules_blocks_modules_10_modules_bn1_parameters_weight_
        w174_l_self_modules_blocks_modules_10_modules_bn1_parameters_bias_ = self.w174_l_self_modules_blocks_modules_10_modules_bn1_parameters_bias_
        w175_l_self_modules_blocks_modules_10_modules_conv2_parameters_weight_ = self.w175_l_self_modules_blocks_modules_10_modules_conv2_parameters_weight_
        w176_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_mean_ = self.w176_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_mean_
        w177_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_var_ = self.w177_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_var_
        w178_l_self_modules_blocks_modules_10_modules_bn2_parameters_weight_ = self.w178_l_self_modules_blocks_modules_10_modules_bn2_parameters_weight_
        w179_l_self_modules_blocks_modules_10_modules_bn2_parameters_bias_ = self.w179_l_self_modules_blocks_modules_10_modules_bn2_parameters_bias_
        w180_l_self_modules_blocks_modules_10_modules_conv3_parameters_weight_ = self.w180_l_self_modules_blocks_modules_10_modules_conv3_parameters_weight_
        w181_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_mean_ = self.w181_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_mean_
        w182_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_var_ = self.w182_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_var_
        w183_l_self_modules_blocks_modules_10_modules_bn3_parameters_weight_ = self.w183_l_self_modules_blocks_modules_10_modules_bn3_parameters_weight_
        w184_l_self_modules_blocks_modules_10_modules_bn3_parameters_bias_ = self.w184_l_self_modules_blocks_modules_10_modules_bn3_parameters_bias_
        w185_l_self_modules_blocks_modules_11_modules_conv1_parameters_weight_ = self.w185_l_self_modules_blocks_modules_11_modules_conv1_parameters_weight_
        w186_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_mean_ = self.w186_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_mean_
        w187_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_var_ = self.w187_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_var_
        w188_l_self_modules_blocks_modules_11_modules_bn1_parameters_weight_ = self.w188_l_self_modules_blocks_modules_11_modules_bn1_parameters_weight_
        w189_l_self_modules_blocks_modules_11_modules_bn1_parameters_bias_ = self.w189_l_self_modules_blocks_modules_11_modules_bn1_parameters_bias_
        w190_l_self_modules_blocks_modules_11_modules_conv2_parameters_weight_ = self.w190_l_self_modules_blocks_modules_11_modules_conv2_parameters_weight_
        w191_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_mean_ = self.w191_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_mean_
        w192_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_var_ = self.w192_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_var_
        w193_l_self_modules_blocks_modules_11_modules_bn2_parameters_weight_ = self.w193_l_self_modules_blocks_modules_11_modules_bn2_parameters_weight_
        w194_l_self_modules_blocks_modules_11_modules_bn2_parameters_bias_ = self.w194_l_self_modules_blocks_modules_11_modules_bn2_parameters_bias_
        w195_l_self_modules_blocks_modules_11_modules_conv3_parameters_weight_ = self.w195_l_self_modules_blocks_modules_11_modules_conv3_parameters_weight_
        w196_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_mean_ = self.w196_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_mean_
        w197_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_var_ = self.w197_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_var_
        w198_l_self_modules_blocks_modules_11_modules_bn3_parameters_weight_ = self.w198_l_self_modules_blocks_modules_11_modules_bn3_parameters_weight_
        w199_l_self_modules_blocks_modules_11_modules_bn3_parameters_bias_ = self.w199_l_self_modules_blocks_modules_11_modules_bn3_parameters_bias_
        w200_l_self_modules_blocks_modules_12_modules_conv1_parameters_weight_ = self.w200_l_self_modules_blocks_modules_12_modules_conv1_parameters_weight_
        w201_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_mean_ = self.w201_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_mean_
        w202_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_var_ = self.w202_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_var_
        w203_l_self_modules_blocks_modules_12_modules_bn1_parameters_weight_ = self.w203_l_self_modules_blocks_modules_12_modules_bn1_parameters_weight_
        w204_l_self_modules_blocks_modules_12_modules_bn1_parameters_bias_ = self.w204_l_self_modules_blocks_modules_12_modules_bn1_parameters_bias_
        w205_l_self_modules_blocks_modules_12_modules_conv2_parameters_weight_ = self.w205_l_self_modules_blocks_modules_12_modules_conv2_parameters_weight_
        w206_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_mean_ = self.w206_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_mean_
        w207_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_var_ = self.w207_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_var_
        w208_l_self_modules_blocks_modules_12_modules_bn2_parameters_weight_ = self.w208_l_self_modules_blocks_modules_12_modules_bn2_parameters_weight_
        w209_l_self_modules_blocks_modules_12_modules_bn2_parameters_bias_ = self.w209_l_self_modules_blocks_modules_12_modules_bn2_parameters_bias_
        w210_l_self_modules_blocks_modules_12_modules_conv3_parameters_weight_ = self.w210_l_self_modules_blocks_modules_12_modules_conv3_parameters_weight_
        w211_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_mean_ = self.w211_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_mean_
        w212_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_var_ = self.w212_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_var_
        w213_l_self_modules_blocks_modules_12_modules_bn3_parameters_weight_ = self.w213_l_self_modules_blocks_modules_12_modules_bn3_parameters_weight_
        w214_l_self_modules_blocks_modules_12_modules_bn3_parameters_bias_ = self.w214_l_self_modules_blocks_modules_12_modules_bn3_parameters_bias_
        w215_l_self_modules_blocks_modules_13_modules_conv1_parameters_weight_ = self.w215_l_self_modules_blocks_modules_13_modules_conv1_parameters_weight_
        w216_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_mean_ = self.w216_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_mean_
        w217_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_var_ = self.w217_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_var_
        w218_l_self_modules_blocks_modules_13_modules_bn1_parameters_weight_ = self.w218_l_self_modules_blocks_modules_13_modules_bn1_parameters_weight_
        w219_l_self_modules_blocks_modules_13_modules_bn1_parameters_bias_ = self.w219_l_self_modules_blocks_modules_13_modules_bn1_parameters_bias_
        w220_l_self_modules_blocks_modules_13_modules_conv2_parameters_weight_ = self.w220_l_self_modules_blocks_modules_13_modules_conv2_parameters_weight_
        w221_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_mean_ = self.w221_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_mean_
        w222_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_var_ = self.w222_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_var_
        w223_l_self_modules_blocks_modules_13_modules_bn2_parameters_weight_ = self.w223_l_self_modules_blocks_modules_13_modules_bn2_parameters_weight_
        w224_l_self_modules_blocks_modules_13_modules_bn2_parameters_bias_ = self.w224_l_self_modules_blocks_modules_13_modules_bn2_parameters_bias_
        w225_l_self_modules_blocks_modules_13_modules_conv3_parameters_weight_ = self.w225_l_self_modules_blocks_modules_13_modules_conv3_parameters_weight_
        w226_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_mean_ = self.w226_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_mean_
        w227_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_var_ = self.w227_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_var_
        w228_l_self_modules_blocks_modules_13_modules_bn3_parameters_weight_ = self.w228_l_self_modules_blocks_modules_13_modules_bn3_parameters_weight_
        w229_l_self_modules_blocks_modules_13_modules_bn3_parameters_bias_ = self.w229_l_self_modules_blocks_modules_13_modules_bn3_parameters_bias_
        w230_l_self_modules_blocks_modules_14_modules_conv1_parameters_weight_ = self.w230_l_self_modules_blocks_modules_14_modules_conv1_parameters_weight_
        w231_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_mean_ = self.w231_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_mean_
        w232_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_var_ = self.w232_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_var_
        w233_l_self_modules_blocks_modules_14_modules_bn1_parameters_weight_ = self.w233_l_self_modules_blocks_modules_14_modules_bn1_parameters_weight_
        w234_l_self_modules_blocks_modules_14_modules_bn1_parameters_bias_ = self.w234_l_self_modules_blocks_modules_14_modules_bn1_parameters_bias_
        w235_l_self_modules_blocks_modules_14_modules_conv2_parameters_weight_ = self.w235_l_self_modules_blocks_modules_14_modules_conv2_parameters_weight_
        w236_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_mean_ = self.w236_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_mean_
        w237_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_var_ = self.w237_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_var_
        w238_l_self_modules_blocks_modules_14_modules_bn2_parameters_weight_ = self.w238_l_self_modules_blocks_modules_14_modules_bn2_parameters_weight_
        w239_l_self_modules_blocks_modules_14_modules_bn2_parameters_bias_ = self.w239_l_self_modules_blocks_modules_14_modules_bn2_parameters_bias_
        w240_l_self_modules_blocks_modules_14_modules_conv3_parameters_weight_ = self.w240_l_self_modules_blocks_modules_14_modules_conv3_parameters_weight_
        w241_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_mean_ = self.w241_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_mean_
        w242_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_var_ = self.w242_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_var_
        w243_l_self_modules_blocks_modules_14_modules_bn3_parameters_weight_ = self.w243_l_self_modules_blocks_modules_14_modules_bn3_parameters_weight_
        w244_l_self_modules_blocks_modules_14_modules_bn3_parameters_bias_ = self.w244_l_self_modules_blocks_modules_14_modules_bn3_parameters_bias_
        w245_l_self_modules_blocks_modules_15_modules_conv1_parameters_weight_ = self.w245_l_self_modules_blocks_modules_15_modules_conv1_parameters_weight_
        w246_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_mean_ = self.w246_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_mean_
        w247_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_var_ = self.w247_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_var_
        w248_l_self_modules_blocks_modules_15_modules_bn1_parameters_weight_ = self.w248_l_self_modules_blocks_modules_15_modules_bn1_parameters_weight_
        w249_l_self_modules_blocks_modules_15_modules_bn1_parameters_bias_ = self.w249_l_self_modules_blocks_modules_15_modules_bn1_parameters_bias_
        w250_l_self_modules_blocks_modules_15_modules_conv2_parameters_weight_ = self.w250_l_self_modules_blocks_modules_15_modules_conv2_parameters_weight_
        w251_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_mean_ = self.w251_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_mean_
        w252_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_var_ = self.w252_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_var_
        w253_l_self_modules_blocks_modules_15_modules_bn2_parameters_weight_ = self.w253_l_self_modules_blocks_modules_15_modules_bn2_parameters_weight_
        w254_l_self_modules_blocks_modules_15_modules_bn2_parameters_bias_ = self.w254_l_self_modules_blocks_modules_15_modules_bn2_parameters_bias_
        w255_l_self_modules_blocks_modules_15_modules_conv3_parameters_weight_ = self.w255_l_self_modules_blocks_modules_15_modules_conv3_parameters_weight_
        w256_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_mean_ = self.w256_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_mean_
        w257_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_var_ = self.w257_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_var_
        w258_l_self_modules_blocks_modules_15_modules_bn3_parameters_weight_ = self.w258_l_self_modules_blocks_modules_15_modules_bn3_parameters_weight_
        w259_l_self_modules_blocks_modules_15_modules_bn3_parameters_bias_ = self.w259_l_self_modules_blocks_modules_15_modules_bn3_parameters_bias_
        w260_l_self_modules_blocks_modules_16_modules_conv1_parameters_weight_ = self.w260_l_self_modules_blocks_modules_16_modules_conv1_parameters_weight_
        w261_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_mean_ = self.w261_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_mean_
        w262_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_var_ = self.w262_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_var_
        w263_l_self_modules_blocks_modules_16_modules_bn1_parameters_weight_ = self.w263_l_self_modules_blocks_modules_16_modules_bn1_parameters_weight_
        w264_l_self_modules_blocks_modules_16_modules_bn1_parameters_bias_ = self.w264_l_self_modules_blocks_modules_16_modules_bn1_parameters_bias_
        w265_l_self_modules_blocks_modules_16_modules_conv2_parameters_weight_ = self.w265_l_self_modules_blocks_modules_16_modules_conv2_parameters_weight_
        w266_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_mean_ = self.w266_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_mean_
        w267_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_var_ = self.w267_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_var_
        w268_l_self_modules_blocks_modules_16_modules_bn2_parameters_weight_ = self.w268_l_self_modules_blocks_modules_16_modules_bn2_parameters_weight_
        w269_l_self_modules_blocks_modules_16_modules_bn2_parameters_bias_ = self.w269_l_self_modules_blocks_modules_16_modules_bn2_parameters_bias_
        w270_l_self_modules_blocks_modules_16_modules_conv3_parameters_weight_ = self.w270_l_self_modules_blocks_modules_16_modules_conv3_parameters_weight_
        w271_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_mean_ = self.w271_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_mean_
        w272_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_var_ = self.w272_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_var_
        w273_l_self_modules_blocks_modules_16_modules_bn3_parameters_weight_ = self.w273_l_self_modules_blocks_modules_16_modules_bn3_parameters_weight_
        w274_l_self_modules_blocks_modules_16_modules_bn3_parameters_bias_ = self.w274_l_self_modules_blocks_modules_16_modules_bn3_parameters_bias_
        w275_l_self_modules_blocks_modules_17_modules_conv1_parameters_weight_ = self.w275_l_self_modules_blocks_modules_17_modules_conv1_parameters_weight_
        w276_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_mean_ = self.w276_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_mean_
        w277_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_var_ = self.w277_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_var_
        w278_l_self_modules_blocks_modules_17_modules_bn1_parameters_weight_ = self.w278_l_self_modules_blocks_modules_17_modules_bn1_parameters_weight_
        w279_l_self_modules_blocks_modules_17_modules_bn1_parameters_bias_ = self.w279_l_self_modules_blocks_modules_17_modules_bn1_parameters_bias_
        w280_l_self_modules_blocks_modules_17_modules_conv2_parameters_weight_ = self.w280_l_self_modules_blocks_modules_17_modules_conv2_parameters_weight_
        w281_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_mean_ = self.w281_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_mean_
        w282_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_var_ = self.w282_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_var_
        w283_l_self_modules_blocks_modules_17_modules_bn2_parameters_weight_ = self.w283_l_self_modules_blocks_modules_17_modules_bn2_parameters_weight_
        w284_l_self_modules_blocks_modules_17_modules_bn2_parameters_bias_ = self.w284_l_self_modules_blocks_modules_17_modules_bn2_parameters_bias_
        w285_l_self_modules_blocks_modules_17_modules_conv3_parameters_weight_ = self.w285_l_self_modules_blocks_modules_17_modules_conv3_parameters_weight_
        w286_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_mean_ = self.w286_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_mean_
        w287_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_var_ = self.w287_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_var_
        w288_l_self_modules_blocks_modules_17_modules_bn3_parameters_weight_ = self.w288_l_self_modules_blocks_modules_17_modules_bn3_parameters_weight_
        w289_l_self_modules_blocks_modules_17_modules_bn3_parameters_bias_ = self.w289_l_self_modules_blocks_modules_17_modules_bn3_parameters_bias_
        w290_l_self_modules_blocks_modules_18_modules_conv1_parameters_weight_ = self.w290_l_self_modules_blocks_modules_18_modules_conv1_parameters_weight_
        w291_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_mean_ = self.w291_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_mean_
        w292_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_var_ = self.w292_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_var_
        w293_l_self_modules_blocks_modules_18_modules_bn1_parameters_weight_ = self.w293_l_self_modules_blocks_modules_18_modules_bn1_parameters_weight_
        w294_l_self_modules_blocks_modules_18_modules_bn1_parameters_bias_ = self.w294_l_self_modules_blocks_modules_18_modules_bn1_parameters_bias_
        w295_l_self_modules_blocks_modules_18_modules_conv2_parameters_weight_ = self.w295_l_self_modules_blocks_modules_18_modules_conv2_parameters_weight_
        w296_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_mean_ = self.w296_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_mean_
        w297_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_var_ = self.w297_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_var_
        w298_l_self_modules_blocks_modules_18_modules_bn2_parameters_weight_ = self.w298_l_self_modules_blocks_modules_18_modules_bn2_parameters_weight_
        w299_l_self_modules_blocks_modules_18_modules_bn2_parameters_bias_ = self.w299_l_self_modules_blocks_modules_18_modules_bn2_parameters_bias_
        w300_l_self_modules_blocks_modules_18_modules_conv3_parameters_weight_ = self.w300_l_self_modules_blocks_modules_18_modules_conv3_parameters_weight_
        w301_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_mean_ = self.w301_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_mean_
        w302_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_var_ = self.w302_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_var_
        w303_l_self_modules_blocks_modules_18_modules_bn3_parameters_weight_ = self.w303_l_self_modules_blocks_modules_18_modules_bn3_parameters_weight_
        w304_l_self_modules_blocks_modules_18_modules_bn3_parameters_bias_ = self.w304_l_self_modules_blocks_modules_18_modules_bn3_parameters_bias_
        w305_l_self_modules_blocks_modules_19_modules_conv1_parameters_weight_ = self.w305_l_self_modules_blocks_modules_19_modules_conv1_parameters_weight_
        w306_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_mean_ = self.w306_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_mean_
        w307_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_var_ = self.w307_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_var_
        w308_l_self_modules_blocks_modules_19_modules_bn1_parameters_weight_ = self.w308_l_self_modules_blocks_modules_19_modules_bn1_parameters_weight_
        w309_l_self_modules_blocks_modules_19_modules_bn1_parameters_bias_ = self.w309_l_self_modules_blocks_modules_19_modules_bn1_parameters_bias_
        w310_l_self_modules_blocks_modules_19_modules_conv2_parameters_weight_ = self.w310_l_self_modules_blocks_modules_19_modules_conv2_parameters_weight_
        w311_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_mean_ = self.w311_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_mean_
        w312_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_var_ = self.w312_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_var_
        w313_l_self_modules_blocks_modules_19_modules_bn2_parameters_weight_ = self.w313_l_self_modules_blocks_modules_19_modules_bn2_parameters_weight_
        w314_l_self_modules_blocks_modules_19_modules_bn2_parameters_bias_ = self.w314_l_self_modules_blocks_modules_19_modules_bn2_parameters_bias_
        w315_l_self_modules_blocks_modules_19_modules_conv3_parameters_weight_ = self.w315_l_self_modules_blocks_modules_19_modules_conv3_parameters_weight_
        w316_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_mean_ = self.w316_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_mean_
        w317_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_var_ = self.w317_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_var_
        w318_l_self_modules_blocks_modules_19_modules_bn3_parameters_weight_ = self.w318_l_self_modules_blocks_modules_19_modules_bn3_parameters_weight_
        w319_l_self_modules_blocks_modules_19_modules_bn3_parameters_bias_ = self.w319_l_self_modules_blocks_modules_19_modules_bn3_parameters_bias_
        w320_l_self_modules_blocks_modules_20_modules_conv1_parameters_weight_ = self.w320_l_self_modules_blocks_modules_20_modules_conv1_parameters_weight_
        w321_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_mean_ = self.w321_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_mean_
        w322_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_var_ = self.w322_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_var_
        w323_l_self_modules_blocks_modules_20_modules_bn1_parameters_weight_ = self.w323_l_self_modules_blocks_modules_20_modules_bn1_parameters_weight_
        w324_l_self_modules_blocks_modules_20_modules_bn1_parameters_bias_ = self.w324_l_self_modules_blocks_modules_20_modules_bn1_parameters_bias_
        w325_l_self_modules_blocks_modules_20_modules_conv2_parameters_weight_ = self.w325_l_self_modules_blocks_modules_20_modules_conv2_parameters_weight_
        w326_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_mean_ = self.w326_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_mean_
        w327_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_var_ = self.w327_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_var_
        w328_l_self_modules_blocks_modules_20_modules_bn2_parameters_weight_ = self.w328_l_self_modules_blocks_modules_20_modules_bn2_parameters_weight_
        w329_l_self_modules_blocks_modules_20_modules_bn2_parameters_bias_ = self.w329_l_self_modules_blocks_modules_20_modules_bn2_parameters_bias_
        w330_l_self_modules_blocks_modules_20_modules_conv3_parameters_weight_ = self.w330_l_self_modules_blocks_modules_20_modules_conv3_parameters_weight_
        w331_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_mean_ = self.w331_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_mean_
        w332_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_var_ = self.w332_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_var_
        w333_l_self_modules_blocks_modules_20_modules_bn3_parameters_weight_ = self.w333_l_self_modules_blocks_modules_20_modules_bn3_parameters_weight_
        w334_l_self_modules_blocks_modules_20_modules_bn3_parameters_bias_ = self.w334_l_self_modules_blocks_modules_20_modules_bn3_parameters_bias_
        w335_l_self_modules_blocks_modules_21_modules_conv1_parameters_weight_ = self.w335_l_self_modules_blocks_modules_21_modules_conv1_parameters_weight_
        w336_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_mean_ = self.w336_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_mean_
        w337_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_var_ = self.w337_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_var_
        w338_l_self_modules_blocks_modules_21_modules_bn1_parameters_weight_ = self.w338_l_self_modules_blocks_modules_21_modules_bn1_parameters_weight_
        w339_l_self_modules_blocks_modules_21_modules_bn1_parameters_bias_ = self.w339_l_self_modules_blocks_modules_21_modules_bn1_parameters_bias_
        w340_l_self_modules_blocks_modules_21_modules_conv2_parameters_weight_ = self.w340_l_self_modules_blocks_modules_21_modules_conv2_parameters_weight_
        w341_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_mean_ = self.w341_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_mean_
        w342_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_var_ = self.w342_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_var_
        w343_l_self_modules_blocks_modules_21_modules_bn2_parameters_weight_ = self.w343_l_self_modules_blocks_modules_21_modules_bn2_parameters_weight_
        w344_l_self_modules_blocks_modules_21_modules_bn2_parameters_bias_ = self.w344_l_self_modules_blocks_modules_21_modules_bn2_parameters_bias_
        w345_l_self_modules_blocks_modules_21_modules_conv3_parameters_weight_ = self.w345_l_self_modules_blocks_modules_21_modules_conv3_parameters_weight_
        w346_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_mean_ = self.w346_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_mean_
        w347_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_var_ = self.w347_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_var_
        w348_l_self_modules_blocks_modules_21_modules_bn3_parameters_weight_ = self.w348_l_self_modules_blocks_modules_21_modules_bn3_parameters_weight_
        w349_l_self_modules_blocks_modules_21_modules_bn3_parameters_bias_ = self.w349_l_self_modules_blocks_modules_21_modules_bn3_parameters_bias_
        w350_l_self_modules_blocks_modules_22_modules_conv1_parameters_weight_ = self.w350_l_self_modules_blocks_modules_22_modules_conv1_parameters_weight_
        w351_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_mean_ = self.w351_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_mean_
        w352_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_var_ = self.w352_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_var_
        w353_l_self_modules_blocks_modules_22_modules_bn1_parameters_weight_ = self.w353_l_self_modules_blocks_modules_22_modules_bn1_parameters_weight_
        w354_l_self_modules_blocks_modules_22_modules_bn1_parameters_bias_ = self.w354_l_self_modules_blocks_modules_22_modules_bn1_parameters_bias_
        w355_l_self_modules_blocks_modules_22_modules_conv2_parameters_weight_ = self.w355_l_self_modules_blocks_modules_22_modules_conv2_parameters_weight_
        w356_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_mean_ = self.w356_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_mean_
        w357_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_var_ = self.w357_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_var_
        w358_l_self_modules_blocks_modules_22_modules_bn2_parameters_weight_ = self.w358_l_self_modules_blocks_modules_22_modules_bn2_parameters_weight_
        w359_l_self_modules_blocks_modules_22_modules_bn2_parameters_bias_ = self.w359_l_self_modules_blocks_modules_22_modules_bn2_parameters_bias_
        w360_l_self_modules_blocks_modules_22_modules_conv3_parameters_weight_ = self.w360_l_self_modules_blocks_modules_22_modules_conv3_parameters_weight_
        w361_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_mean_ = self.w361_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_mean_
        w362_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_var_ = self.w362_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_var_
        w363_l_self_modules_blocks_modules_22_modules_bn3_parameters_weight_ = self.w363_l_self_modules_blocks_modules_22_modules_bn3_parameters_weight_
        w364_l_self_modules_blocks_modules_22_modules_bn3_parameters_bias_ = self.w364_l_self_modules_blocks_modules_22_modules_bn3_parameters_bias_
        w365_l_self_modules_blocks_modules_23_modules_conv1_parameters_weight_ = self.w365_l_self_modules_blocks_modules_23_modules_conv1_parameters_weight_
        w366_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_mean_ = self.w366_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_mean_
        w367_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_var_ = self.w367_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_var_
        w368_l_self_modules_blocks_modules_23_modules_bn1_parameters_weight_ = self.w368_l_self_modules_blocks_modules_23_modules_bn1_parameters_weight_
        w369_l_self_modules_blocks_modules_23_modules_bn1_parameters_bias_ = self.w369_l_self_modules_blocks_modules_23_modules_bn1_parameters_bias_
        w370_l_self_modules_blocks_modules_23_modules_conv2_parameters_weight_ = self.w370_l_self_modules_blocks_modules_23_modules_conv2_parameters_weight_
        w371_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_mean_ = self.w371_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_mean_
        w372_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_var_ = self.w372_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_var_
        w373_l_self_modules_blocks_modules_23_modules_bn2_parameters_weight_ = self.w373_l_self_modules_blocks_modules_23_modules_bn2_parameters_weight_
        w374_l_self_modules_blocks_modules_23_modules_bn2_parameters_bias_ = self.w374_l_self_modules_blocks_modules_23_modules_bn2_parameters_bias_
        w375_l_self_modules_blocks_modules_23_modules_conv3_parameters_weight_ = self.w375_l_self_modules_blocks_modules_23_modules_conv3_parameters_weight_
        w376_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_mean_ = self.w376_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_mean_
        w377_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_var_ = self.w377_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_var_
        w378_l_self_modules_blocks_modules_23_modules_bn3_parameters_weight_ = self.w378_l_self_modules_blocks_modules_23_modules_bn3_parameters_weight_
        w379_l_self_modules_blocks_modules_23_modules_bn3_parameters_bias_ = self.w379_l_self_modules_blocks_modules_23_modules_bn3_parameters_bias_
        w380_l_self_modules_blocks_modules_24_modules_conv1_parameters_weight_ = self.w380_l_self_modules_blocks_modules_24_modules_conv1_parameters_weight_
        w381_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_mean_ = self.w381_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_mean_
        w382_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_var_ = self.w382_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_var_
        w383_l_self_modules_blocks_modules_24_modules_bn1_parameters_weight_ = self.w383_l_self_modules_blocks_modules_24_modules_bn1_parameters_weight_
        w384_l_self_modules_blocks_modules_24_modules_bn1_parameters_bias_ = self.w384_l_self_modules_blocks_modules_24_modules_bn1_parameters_bias_
        w385_l_self_modules_blocks_modules_24_modules_conv2_parameters_weight_ = self.w385_l_self_modules_blocks_modules_24_modules_conv2_parameters_weight_
        w386_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_mean_ = self.w386_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_mean_
        w387_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_var_ = self.w387_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_var_
        w388_l_self_modules_blocks_modules_24_modules_bn2_parameters_weight_ = self.w388_l_self_modules_blocks_modules_24_modules_bn2_parameters_weight_
        w389_l_self_modules_blocks_modules_24_modules_bn2_parameters_bias_ = self.w389_l_self_modules_blocks_modules_24_modules_bn2_parameters_bias_
        w390_l_self_modules_blocks_modules_24_modules_conv3_parameters_weight_ = self.w390_l_self_modules_blocks_modules_24_modules_conv3_parameters_weight_
        w391_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_mean_ = self.w391_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_mean_
        w392_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_var_ = self.w392_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_var_
        w393_l_self_modules_blocks_modules_24_modules_bn3_parameters_weight_ = self.w393_l_self_modules_blocks_modules_24_modules_bn3_parameters_weight_
        w394_l_self_modules_blocks_modules_24_modules_bn3_parameters_bias_ = self.w394_l_self_modules_blocks_modules_24_modules_bn3_parameters_bias_
        w395_l_self_modules_blocks_modules_25_modules_conv1_parameters_weight_ = self.w395_l_self_modules_blocks_modules_25_modules_conv1_parameters_weight_
        w396_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_mean_ = self.w396_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_mean_
        w397_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_var_ = self.w397_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_var_
        w398_l_self_modules_blocks_modules_25_modules_bn1_parameters_weight_ = self.w398_l_self_modules_blocks_modules_25_modules_bn1_parameters_weight_
        w399_l_self_modules_blocks_modules_25_modules_bn1_parameters_bias_ = self.w399_l_self_modules_blocks_modules_25_modules_bn1_parameters_bias_
        w400_l_self_modules_blocks_modules_25_modules_conv2_parameters_weight_ = self.w400_l_self_modules_blocks_modules_25_modules_conv2_parameters_weight_
        w401_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_mean_ = self.w401_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_mean_
        w402_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_var_ = self.w402_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_var_
        w403_l_self_modules_blocks_modules_25_modules_bn2_parameters_weight_ = self.w403_l_self_modules_blocks_modules_25_modules_bn2_parameters_weight_
        w404_l_self_modules_blocks_modules_25_modules_bn2_parameters_bias_ = self.w404_l_self_modules_blocks_modules_25_modules_bn2_parameters_bias_
        w405_l_self_modules_blocks_modules_25_modules_conv3_parameters_weight_ = self.w405_l_self_modules_blocks_modules_25_modules_conv3_parameters_weight_
        w406_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_mean_ = self.w406_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_mean_
        w407_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_var_ = self.w407_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_var_
        w408_l_self_modules_blocks_modules_25_modules_bn3_parameters_weight_ = self.w408_l_self_modules_blocks_modules_25_modules_bn3_parameters_weight_
        w409_l_self_modules_blocks_modules_25_modules_bn3_parameters_bias_ = self.w409_l_self_modules_blocks_modules_25_modules_bn3_parameters_bias_
        w410_l_self_modules_blocks_modules_26_modules_conv1_parameters_weight_ = self.w410_l_self_modules_blocks_modules_26_modules_conv1_parameters_weight_
        w411_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_mean_ = self.w411_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_mean_
        w412_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_var_ = self.w412_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_var_
        w413_l_self_modules_blocks_modules_26_modules_bn1_parameters_weight_ = self.w413_l_self_modules_blocks_modules_26_modules_bn1_parameters_weight_
        w414_l_self_modules_blocks_modules_26_modules_bn1_parameters_bias_ = self.w414_l_self_modules_blocks_modules_26_modules_bn1_parameters_bias_
        w415_l_self_modules_blocks_modules_26_modules_conv2_parameters_weight_ = self.w415_l_self_modules_blocks_modules_26_modules_conv2_parameters_weight_
        w416_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_mean_ = self.w416_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_mean_
        w417_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_var_ = self.w417_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_var_
        w418_l_self_modules_blocks_modules_26_modules_bn2_parameters_weight_ = self.w418_l_self_modules_blocks_modules_26_modules_bn2_parameters_weight_
        w419_l_self_modules_blocks_modules_26_modules_bn2_parameters_bias_ = self.w419_l_self_modules_blocks_modules_26_modules_bn2_parameters_bias_
        w420_l_self_modules_blocks_modules_26_modules_conv3_parameters_weight_ = self.w420_l_self_modules_blocks_modules_26_modules_conv3_parameters_weight_
        w421_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_mean_ = self.w421_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_mean_
        w422_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_var_ = self.w422_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_var_
        w423_l_self_modules_blocks_modules_26_modules_bn3_parameters_weight_ = self.w423_l_self_modules_blocks_modules_26_modules_bn3_parameters_weight_
        w424_l_self_modules_blocks_modules_26_modules_bn3_parameters_bias_ = self.w424_l_self_modules_blocks_modules_26_modules_bn3_parameters_bias_
        w425_l_self_modules_blocks_modules_27_modules_conv1_parameters_weight_ = self.w425_l_self_modules_blocks_modules_27_modules_conv1_parameters_weight_
        w426_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_mean_ = self.w426_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_mean_
        w427_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_var_ = self.w427_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_var_
        w428_l_self_modules_blocks_modules_27_modules_bn1_parameters_weight_ = self.w428_l_self_modules_blocks_modules_27_modules_bn1_parameters_weight_
        w429_l_self_modules_blocks_modules_27_modules_bn1_parameters_bias_ = self.w429_l_self_modules_blocks_modules_27_modules_bn1_parameters_bias_
        w430_l_self_modules_blocks_modules_27_modules_conv2_parameters_weight_ = self.w430_l_self_modules_blocks_modules_27_modules_conv2_parameters_weight_
        w431_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_mean_ = self.w431_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_mean_
        w432_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_var_ = self.w432_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_var_
        w433_l_self_modules_blocks_modules_27_modules_bn2_parameters_weight_ = self.w433_l_self_modules_blocks_modules_27_modules_bn2_parameters_weight_
        w434_l_self_modules_blocks_modules_27_modules_bn2_parameters_bias_ = self.w434_l_self_modules_blocks_modules_27_modules_bn2_parameters_bias_
        w435_l_self_modules_blocks_modules_27_modules_conv3_parameters_weight_ = self.w435_l_self_modules_blocks_modules_27_modules_conv3_parameters_weight_
        w436_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_mean_ = self.w436_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_mean_
        w437_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_var_ = self.w437_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_var_
        w438_l_self_modules_blocks_modules_27_modules_bn3_parameters_weight_ = self.w438_l_self_modules_blocks_modules_27_modules_bn3_parameters_weight_
        w439_l_self_modules_blocks_modules_27_modules_bn3_parameters_bias_ = self.w439_l_self_modules_blocks_modules_27_modules_bn3_parameters_bias_
        w440_l_self_modules_blocks_modules_28_modules_conv1_parameters_weight_ = self.w440_l_self_modules_blocks_modules_28_modules_conv1_parameters_weight_
        w441_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_mean_ = self.w441_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_mean_
        w442_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_var_ = self.w442_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_var_
        w443_l_self_modules_blocks_modules_28_modules_bn1_parameters_weight_ = self.w443_l_self_modules_blocks_modules_28_modules_bn1_parameters_weight_
        w444_l_self_modules_blocks_modules_28_modules_bn1_parameters_bias_ = self.w444_l_self_modules_blocks_modules_28_modules_bn1_parameters_bias_
        w445_l_self_modules_blocks_modules_28_modules_conv2_parameters_weight_ = self.w445_l_self_modules_blocks_modules_28_modules_conv2_parameters_weight_
        w446_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_mean_ = self.w446_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_mean_
        w447_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_var_ = self.w447_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_var_
        w448_l_self_modules_blocks_modules_28_modules_bn2_parameters_weight_ = self.w448_l_self_modules_blocks_modules_28_modules_bn2_parameters_weight_
        w449_l_self_modules_blocks_modules_28_modules_bn2_parameters_bias_ = self.w449_l_self_modules_blocks_modules_28_modules_bn2_parameters_bias_
        w450_l_self_modules_blocks_modules_28_modules_conv3_parameters_weight_ = self.w450_l_self_modules_blocks_modules_28_modules_conv3_parameters_weight_
        w451_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_mean_ = self.w451_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_mean_
        w452_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_var_ = self.w452_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_var_
        w453_l_self_modules_blocks_modules_28_modules_bn3_parameters_weight_ = self.w453_l_self_modules_blocks_modules_28_modules_bn3_parameters_weight_
        w454_l_self_modules_blocks_modules_28_modules_bn3_parameters_bias_ = self.w454_l_self_modules_blocks_modules_28_modules_bn3_parameters_bias_
        w455_l_self_modules_blocks_modules_29_modules_conv1_parameters_weight_ = self.w455_l_self_modules_blocks_modules_29_modules_conv1_parameters_weight_
        w456_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_mean_ = self.w456_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_mean_
        w457_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_var_ = self.w457_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_var_
        w458_l_self_modules_blocks_modules_29_modules_bn1_parameters_weight_ = self.w458_l_self_modules_blocks_modules_29_modules_bn1_parameters_weight_
        w459_l_self_modules_blocks_modules_29_modules_bn1_parameters_bias_ = self.w459_l_self_modules_blocks_modules_29_modules_bn1_parameters_bias_
        w460_l_self_modules_blocks_modules_29_modules_conv2_parameters_weight_ = self.w460_l_self_modules_blocks_modules_29_modules_conv2_parameters_weight_
        w461_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_mean_ = self.w461_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_mean_
        w462_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_var_ = self.w462_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_var_
        w463_l_self_modules_blocks_modules_29_modules_bn2_parameters_weight_ = self.w463_l_self_modules_blocks_modules_29_modules_bn2_parameters_weight_
        w464_l_self_modules_blocks_modules_29_modules_bn2_parameters_bias_ = self.w464_l_self_modules_blocks_modules_29_modules_bn2_parameters_bias_
        w465_l_self_modules_blocks_modules_29_modules_conv3_parameters_weight_ = self.w465_l_self_modules_blocks_modules_29_modules_conv3_parameters_weight_
        w466_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_mean_ = self.w466_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_mean_
        w467_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_var_ = self.w467_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_var_
        w468_l_self_modules_blocks_modules_29_modules_bn3_parameters_weight_ = self.w468_l_self_modules_blocks_modules_29_modules_bn3_parameters_weight_
        w469_l_self_modules_blocks_modules_29_modules_bn3_parameters_bias_ = self.w469_l_self_modules_blocks_modules_29_modules_bn3_parameters_bias_
        w470_l_self_modules_blocks_modules_30_modules_downsample_modules_0_parameters_weight_ = self.w470_l_self_modules_blocks_modules_30_modules_downsample_modules_0_parameters_weight_
        w471_l_self_modules_blocks_modules_30_modules_conv1_parameters_weight_ = self.w471_l_self_modules_blocks_modules_30_modules_conv1_parameters_weight_
        w472_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_mean_ = self.w472_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_mean_
        w473_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_var_ = self.w473_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_var_
        w474_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_weight_ = self.w474_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_weight_
        w475_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_bias_ = self.w475_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_bias_
        w476_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_mean_ = self.w476_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_mean_
        w477_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_var_ = self.w477_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_var_
        w478_l_self_modules_blocks_modules_30_modules_bn1_parameters_weight_ = self.w478_l_self_modules_blocks_modules_30_modules_bn1_parameters_weight_
        w479_l_self_modules_blocks_modules_30_modules_bn1_parameters_bias_ = self.w479_l_self_modules_blocks_modules_30_modules_bn1_parameters_bias_
        w480_l_self_modules_blocks_modules_30_modules_conv2_parameters_weight_ = self.w480_l_self_modules_blocks_modules_30_modules_conv2_parameters_weight_
        w481_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_mean_ = self.w481_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_mean_
        w482_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_var_ = self.w482_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_var_
        w483_l_self_modules_blocks_modules_30_modules_bn2_parameters_weight_ = self.w483_l_self_modules_blocks_modules_30_modules_bn2_parameters_weight_
        w484_l_self_modules_blocks_modules_30_modules_bn2_parameters_bias_ = self.w484_l_self_modules_blocks_modules_30_modules_bn2_parameters_bias_
        w485_l_self_modules_blocks_modules_30_modules_conv3_parameters_weight_ = self.w485_l_self_modules_blocks_modules_30_modules_conv3_parameters_weight_
        w486_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_mean_ = self.w486_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_mean_
        w487_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_var_ = self.w487_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_var_
        w488_l_self_modules_blocks_modules_30_modules_bn3_parameters_weight_ = self.w488_l_self_modules_blocks_modules_30_modules_bn3_parameters_weight_
        w489_l_self_modules_blocks_modules_30_modules_bn3_parameters_bias_ = self.w489_l_self_modules_blocks_modules_30_modules_bn3_parameters_bias_
        w490_l_self_modules_blocks_modules_31_modules_conv1_parameters_weight_ = self.w490_l_self_modules_blocks_modules_31_modules_conv1_parameters_weight_
        w491_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_mean_ = self.w491_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_mean_
        w492_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_var_ = self.w492_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_var_
        w493_l_self_modules_blocks_modules_31_modules_bn1_parameters_weight_ = self.w493_l_self_modules_blocks_modules_31_modules_bn1_parameters_weight_
        w494_l_self_modules_blocks_modules_31_modules_bn1_parameters_bias_ = self.w494_l_self_modules_blocks_modules_31_modules_bn1_parameters_bias_
        w495_l_self_modules_blocks_modules_31_modules_conv2_parameters_weight_ = self.w495_l_self_modules_blocks_modules_31_modules_conv2_parameters_weight_
        w496_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_mean_ = self.w496_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_mean_
        w497_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_var_ = self.w497_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_var_
        w498_l_self_modules_blocks_modules_31_modules_bn2_parameters_weight_ = self.w498_l_self_modules_blocks_modules_31_modules_bn2_parameters_weight_
        w499_l_self_modules_blocks_modules_31_modules_bn2_parameters_bias_ = self.w499_l_self_modules_blocks_modules_31_modules_bn2_parameters_bias_
        w500_l_self_modules_blocks_modules_31_modules_conv3_parameters_weight_ = self.w500_l_self_modules_blocks_modules_31_modules_conv3_parameters_weight_
        w501_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_mean_ = self.w501_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_mean_
        w502_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_var_ = self.w502_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_var_
        w503_l_self_modules_blocks_modules_31_modules_bn3_parameters_weight_ = self.w503_l_self_modules_blocks_modules_31_modules_bn3_parameters_weight_
        w504_l_self_modules_blocks_modules_31_modules_bn3_parameters_bias_ = self.w504_l_self_modules_blocks_modules_31_modules_bn3_parameters_bias_
        w505_l_self_modules_blocks_modules_32_modules_conv1_parameters_weight_ = self.w505_l_self_modules_blocks_modules_32_modules_conv1_parameters_weight_
        w506_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_mean_ = self.w506_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_mean_
        w507_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_var_ = self.w507_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_var_
        w508_l_self_modules_blocks_modules_32_modules_bn1_parameters_weight_ = self.w508_l_self_modules_blocks_modules_32_modules_bn1_parameters_weight_
        w509_l_self_modules_blocks_modules_32_modules_bn1_parameters_bias_ = self.w509_l_self_modules_blocks_modules_32_modules_bn1_parameters_bias_
        w510_l_self_modules_blocks_modules_32_modules_conv2_parameters_weight_ = self.w510_l_self_modules_blocks_modules_32_modules_conv2_parameters_weight_
        w511_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_mean_ = self.w511_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_mean_
        w512_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_var_ = self.w512_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_var_
        w513_l_self_modules_blocks_modules_32_modules_bn2_parameters_weight_ = self.w513_l_self_modules_blocks_modules_32_modules_bn2_parameters_weight_
        w514_l_self_modules_blocks_modules_32_modules_bn2_parameters_bias_ = self.w514_l_self_modules_blocks_modules_32_modules_bn2_parameters_bias_
        w515_l_self_modules_blocks_modules_32_modules_conv3_parameters_weight_ = self.w515_l_self_modules_blocks_modules_32_modules_conv3_parameters_weight_
        w516_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_mean_ = self.w516_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_mean_
        w517_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_var_ = self.w517_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_var_
        w518_l_self_modules_blocks_modules_32_modules_bn3_parameters_weight_ = self.w518_l_self_modules_blocks_modules_32_modules_bn3_parameters_weight_
        w519_l_self_modules_blocks_modules_32_modules_bn3_parameters_bias_ = self.w519_l_self_modules_blocks_modules_32_modules_bn3_parameters_bias_
        w520_l_self_modules_fc_parameters_weight_ = self.w520_l_self_modules_fc_parameters_weight_
        w521_l_self_modules_fc_parameters_bias_ = self.w521_l_self_modules_fc_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_stem_modules_0_parameters_weight_, None, (2, 2), (3, 3), (1, 1), 1);  l_x_ = w0_l_self_modules_stem_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w1_l_self_modules_stem_modules_1_buffers_running_mean_, w2_l_self_modules_stem_modules_1_buffers_running_var_, w3_l_self_modules_stem_modules_1_parameters_weight_, w4_l_self_modules_stem_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w1_l_self_modules_stem_modules_1_buffers_running_mean_ = w2_l_self_modules_stem_modules_1_buffers_running_var_ = w3_l_self_modules_stem_modules_1_parameters_weight_ = w4_l_self_modules_stem_modules_1_parameters_bias_ = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        input_4 = torch.nn.functional.max_pool2d(input_3, 3, 2, 1, 1, ceil_mode = False, return_indices = False);  input_3 = None
        input_5 = torch.conv2d(input_4, w5_l_self_modules_blocks_modules_0_modules_downsample_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w5_l_self_modules_blocks_modules_0_modules_downsample_modules_0_parameters_weight_ = None
        conv2d_2 = torch.conv2d(input_4, w6_l_self_modules_blocks_modules_0_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_4 = w6_l_self_modules_blocks_modules_0_modules_conv1_parameters_weight_ = None
        input_6 = torch.nn.functional.batch_norm(input_5, w7_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_mean_, w8_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_var_, w9_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_weight_, w10_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_5 = w7_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_mean_ = w8_l_self_modules_blocks_modules_0_modules_downsample_modules_1_buffers_running_var_ = w9_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_weight_ = w10_l_self_modules_blocks_modules_0_modules_downsample_modules_1_parameters_bias_ = None
        batch_norm_2 = torch.nn.functional.batch_norm(conv2d_2, w11_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_mean_, w12_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_var_, w13_l_self_modules_blocks_modules_0_modules_bn1_parameters_weight_, w14_l_self_modules_blocks_modules_0_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_2 = w11_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_mean_ = w12_l_self_modules_blocks_modules_0_modules_bn1_buffers_running_var_ = w13_l_self_modules_blocks_modules_0_modules_bn1_parameters_weight_ = w14_l_self_modules_blocks_modules_0_modules_bn1_parameters_bias_ = None
        out = torch.nn.functional.relu(batch_norm_2, inplace = True);  batch_norm_2 = None
        conv2d_3 = torch.conv2d(out, w15_l_self_modules_blocks_modules_0_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out = w15_l_self_modules_blocks_modules_0_modules_conv2_parameters_weight_ = None
        batch_norm_3 = torch.nn.functional.batch_norm(conv2d_3, w16_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_mean_, w17_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_var_, w18_l_self_modules_blocks_modules_0_modules_bn2_parameters_weight_, w19_l_self_modules_blocks_modules_0_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_3 = w16_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_mean_ = w17_l_self_modules_blocks_modules_0_modules_bn2_buffers_running_var_ = w18_l_self_modules_blocks_modules_0_modules_bn2_parameters_weight_ = w19_l_self_modules_blocks_modules_0_modules_bn2_parameters_bias_ = None
        out_1 = torch.nn.functional.relu(batch_norm_3, inplace = True);  batch_norm_3 = None
        conv2d_4 = torch.conv2d(out_1, w20_l_self_modules_blocks_modules_0_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_1 = w20_l_self_modules_blocks_modules_0_modules_conv3_parameters_weight_ = None
        out_2 = torch.nn.functional.batch_norm(conv2d_4, w21_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_mean_, w22_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_var_, w23_l_self_modules_blocks_modules_0_modules_bn3_parameters_weight_, w24_l_self_modules_blocks_modules_0_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_4 = w21_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_mean_ = w22_l_self_modules_blocks_modules_0_modules_bn3_buffers_running_var_ = w23_l_self_modules_blocks_modules_0_modules_bn3_parameters_weight_ = w24_l_self_modules_blocks_modules_0_modules_bn3_parameters_bias_ = None
        add = out_2 + input_6;  out_2 = input_6 = None
        input_7 = torch.nn.functional.relu(add, inplace = True);  add = None
        conv2d_5 = torch.conv2d(input_7, w25_l_self_modules_blocks_modules_1_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w25_l_self_modules_blocks_modules_1_modules_conv1_parameters_weight_ = None
        batch_norm_5 = torch.nn.functional.batch_norm(conv2d_5, w26_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_mean_, w27_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_var_, w28_l_self_modules_blocks_modules_1_modules_bn1_parameters_weight_, w29_l_self_modules_blocks_modules_1_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_5 = w26_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_mean_ = w27_l_self_modules_blocks_modules_1_modules_bn1_buffers_running_var_ = w28_l_self_modules_blocks_modules_1_modules_bn1_parameters_weight_ = w29_l_self_modules_blocks_modules_1_modules_bn1_parameters_bias_ = None
        out_3 = torch.nn.functional.relu(batch_norm_5, inplace = True);  batch_norm_5 = None
        conv2d_6 = torch.conv2d(out_3, w30_l_self_modules_blocks_modules_1_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_3 = w30_l_self_modules_blocks_modules_1_modules_conv2_parameters_weight_ = None
        batch_norm_6 = torch.nn.functional.batch_norm(conv2d_6, w31_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_mean_, w32_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_var_, w33_l_self_modules_blocks_modules_1_modules_bn2_parameters_weight_, w34_l_self_modules_blocks_modules_1_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_6 = w31_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_mean_ = w32_l_self_modules_blocks_modules_1_modules_bn2_buffers_running_var_ = w33_l_self_modules_blocks_modules_1_modules_bn2_parameters_weight_ = w34_l_self_modules_blocks_modules_1_modules_bn2_parameters_bias_ = None
        out_4 = torch.nn.functional.relu(batch_norm_6, inplace = True);  batch_norm_6 = None
        conv2d_7 = torch.conv2d(out_4, w35_l_self_modules_blocks_modules_1_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_4 = w35_l_self_modules_blocks_modules_1_modules_conv3_parameters_weight_ = None
        out_5 = torch.nn.functional.batch_norm(conv2d_7, w36_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_mean_, w37_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_var_, w38_l_self_modules_blocks_modules_1_modules_bn3_parameters_weight_, w39_l_self_modules_blocks_modules_1_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_7 = w36_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_mean_ = w37_l_self_modules_blocks_modules_1_modules_bn3_buffers_running_var_ = w38_l_self_modules_blocks_modules_1_modules_bn3_parameters_weight_ = w39_l_self_modules_blocks_modules_1_modules_bn3_parameters_bias_ = None
        add_1 = out_5 + input_7;  out_5 = input_7 = None
        input_8 = torch.nn.functional.relu(add_1, inplace = True);  add_1 = None
        conv2d_8 = torch.conv2d(input_8, w40_l_self_modules_blocks_modules_2_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w40_l_self_modules_blocks_modules_2_modules_conv1_parameters_weight_ = None
        batch_norm_8 = torch.nn.functional.batch_norm(conv2d_8, w41_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_mean_, w42_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_var_, w43_l_self_modules_blocks_modules_2_modules_bn1_parameters_weight_, w44_l_self_modules_blocks_modules_2_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_8 = w41_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_mean_ = w42_l_self_modules_blocks_modules_2_modules_bn1_buffers_running_var_ = w43_l_self_modules_blocks_modules_2_modules_bn1_parameters_weight_ = w44_l_self_modules_blocks_modules_2_modules_bn1_parameters_bias_ = None
        out_6 = torch.nn.functional.relu(batch_norm_8, inplace = True);  batch_norm_8 = None
        conv2d_9 = torch.conv2d(out_6, w45_l_self_modules_blocks_modules_2_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_6 = w45_l_self_modules_blocks_modules_2_modules_conv2_parameters_weight_ = None
        batch_norm_9 = torch.nn.functional.batch_norm(conv2d_9, w46_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_mean_, w47_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_var_, w48_l_self_modules_blocks_modules_2_modules_bn2_parameters_weight_, w49_l_self_modules_blocks_modules_2_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_9 = w46_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_mean_ = w47_l_self_modules_blocks_modules_2_modules_bn2_buffers_running_var_ = w48_l_self_modules_blocks_modules_2_modules_bn2_parameters_weight_ = w49_l_self_modules_blocks_modules_2_modules_bn2_parameters_bias_ = None
        out_7 = torch.nn.functional.relu(batch_norm_9, inplace = True);  batch_norm_9 = None
        conv2d_10 = torch.conv2d(out_7, w50_l_self_modules_blocks_modules_2_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_7 = w50_l_self_modules_blocks_modules_2_modules_conv3_parameters_weight_ = None
        out_8 = torch.nn.functional.batch_norm(conv2d_10, w51_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_mean_, w52_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_var_, w53_l_self_modules_blocks_modules_2_modules_bn3_parameters_weight_, w54_l_self_modules_blocks_modules_2_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_10 = w51_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_mean_ = w52_l_self_modules_blocks_modules_2_modules_bn3_buffers_running_var_ = w53_l_self_modules_blocks_modules_2_modules_bn3_parameters_weight_ = w54_l_self_modules_blocks_modules_2_modules_bn3_parameters_bias_ = None
        add_2 = out_8 + input_8;  out_8 = input_8 = None
        input_9 = torch.nn.functional.relu(add_2, inplace = True);  add_2 = None
        input_10 = torch.conv2d(input_9, w55_l_self_modules_blocks_modules_3_modules_downsample_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w55_l_self_modules_blocks_modules_3_modules_downsample_modules_0_parameters_weight_ = None
        conv2d_12 = torch.conv2d(input_9, w56_l_self_modules_blocks_modules_3_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_9 = w56_l_self_modules_blocks_modules_3_modules_conv1_parameters_weight_ = None
        input_11 = torch.nn.functional.batch_norm(input_10, w57_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_mean_, w58_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_var_, w59_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_weight_, w60_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_10 = w57_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_mean_ = w58_l_self_modules_blocks_modules_3_modules_downsample_modules_1_buffers_running_var_ = w59_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_weight_ = w60_l_self_modules_blocks_modules_3_modules_downsample_modules_1_parameters_bias_ = None
        batch_norm_12 = torch.nn.functional.batch_norm(conv2d_12, w61_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_mean_, w62_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_var_, w63_l_self_modules_blocks_modules_3_modules_bn1_parameters_weight_, w64_l_self_modules_blocks_modules_3_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_12 = w61_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_mean_ = w62_l_self_modules_blocks_modules_3_modules_bn1_buffers_running_var_ = w63_l_self_modules_blocks_modules_3_modules_bn1_parameters_weight_ = w64_l_self_modules_blocks_modules_3_modules_bn1_parameters_bias_ = None
        out_9 = torch.nn.functional.relu(batch_norm_12, inplace = True);  batch_norm_12 = None
        conv2d_13 = torch.conv2d(out_9, w65_l_self_modules_blocks_modules_3_modules_conv2_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  out_9 = w65_l_self_modules_blocks_modules_3_modules_conv2_parameters_weight_ = None
        batch_norm_13 = torch.nn.functional.batch_norm(conv2d_13, w66_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_mean_, w67_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_var_, w68_l_self_modules_blocks_modules_3_modules_bn2_parameters_weight_, w69_l_self_modules_blocks_modules_3_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_13 = w66_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_mean_ = w67_l_self_modules_blocks_modules_3_modules_bn2_buffers_running_var_ = w68_l_self_modules_blocks_modules_3_modules_bn2_parameters_weight_ = w69_l_self_modules_blocks_modules_3_modules_bn2_parameters_bias_ = None
        out_10 = torch.nn.functional.relu(batch_norm_13, inplace = True);  batch_norm_13 = None
        conv2d_14 = torch.conv2d(out_10, w70_l_self_modules_blocks_modules_3_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_10 = w70_l_self_modules_blocks_modules_3_modules_conv3_parameters_weight_ = None
        out_11 = torch.nn.functional.batch_norm(conv2d_14, w71_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_mean_, w72_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_var_, w73_l_self_modules_blocks_modules_3_modules_bn3_parameters_weight_, w74_l_self_modules_blocks_modules_3_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_14 = w71_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_mean_ = w72_l_self_modules_blocks_modules_3_modules_bn3_buffers_running_var_ = w73_l_self_modules_blocks_modules_3_modules_bn3_parameters_weight_ = w74_l_self_modules_blocks_modules_3_modules_bn3_parameters_bias_ = None
        add_3 = out_11 + input_11;  out_11 = input_11 = None
        input_12 = torch.nn.functional.relu(add_3, inplace = True);  add_3 = None
        conv2d_15 = torch.conv2d(input_12, w75_l_self_modules_blocks_modules_4_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w75_l_self_modules_blocks_modules_4_modules_conv1_parameters_weight_ = None
        batch_norm_15 = torch.nn.functional.batch_norm(conv2d_15, w76_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_mean_, w77_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_var_, w78_l_self_modules_blocks_modules_4_modules_bn1_parameters_weight_, w79_l_self_modules_blocks_modules_4_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_15 = w76_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_mean_ = w77_l_self_modules_blocks_modules_4_modules_bn1_buffers_running_var_ = w78_l_self_modules_blocks_modules_4_modules_bn1_parameters_weight_ = w79_l_self_modules_blocks_modules_4_modules_bn1_parameters_bias_ = None
        out_12 = torch.nn.functional.relu(batch_norm_15, inplace = True);  batch_norm_15 = None
        conv2d_16 = torch.conv2d(out_12, w80_l_self_modules_blocks_modules_4_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_12 = w80_l_self_modules_blocks_modules_4_modules_conv2_parameters_weight_ = None
        batch_norm_16 = torch.nn.functional.batch_norm(conv2d_16, w81_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_mean_, w82_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_var_, w83_l_self_modules_blocks_modules_4_modules_bn2_parameters_weight_, w84_l_self_modules_blocks_modules_4_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_16 = w81_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_mean_ = w82_l_self_modules_blocks_modules_4_modules_bn2_buffers_running_var_ = w83_l_self_modules_blocks_modules_4_modules_bn2_parameters_weight_ = w84_l_self_modules_blocks_modules_4_modules_bn2_parameters_bias_ = None
        out_13 = torch.nn.functional.relu(batch_norm_16, inplace = True);  batch_norm_16 = None
        conv2d_17 = torch.conv2d(out_13, w85_l_self_modules_blocks_modules_4_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_13 = w85_l_self_modules_blocks_modules_4_modules_conv3_parameters_weight_ = None
        out_14 = torch.nn.functional.batch_norm(conv2d_17, w86_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_mean_, w87_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_var_, w88_l_self_modules_blocks_modules_4_modules_bn3_parameters_weight_, w89_l_self_modules_blocks_modules_4_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_17 = w86_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_mean_ = w87_l_self_modules_blocks_modules_4_modules_bn3_buffers_running_var_ = w88_l_self_modules_blocks_modules_4_modules_bn3_parameters_weight_ = w89_l_self_modules_blocks_modules_4_modules_bn3_parameters_bias_ = None
        add_4 = out_14 + input_12;  out_14 = input_12 = None
        input_13 = torch.nn.functional.relu(add_4, inplace = True);  add_4 = None
        conv2d_18 = torch.conv2d(input_13, w90_l_self_modules_blocks_modules_5_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w90_l_self_modules_blocks_modules_5_modules_conv1_parameters_weight_ = None
        batch_norm_18 = torch.nn.functional.batch_norm(conv2d_18, w91_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_mean_, w92_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_var_, w93_l_self_modules_blocks_modules_5_modules_bn1_parameters_weight_, w94_l_self_modules_blocks_modules_5_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_18 = w91_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_mean_ = w92_l_self_modules_blocks_modules_5_modules_bn1_buffers_running_var_ = w93_l_self_modules_blocks_modules_5_modules_bn1_parameters_weight_ = w94_l_self_modules_blocks_modules_5_modules_bn1_parameters_bias_ = None
        out_15 = torch.nn.functional.relu(batch_norm_18, inplace = True);  batch_norm_18 = None
        conv2d_19 = torch.conv2d(out_15, w95_l_self_modules_blocks_modules_5_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_15 = w95_l_self_modules_blocks_modules_5_modules_conv2_parameters_weight_ = None
        batch_norm_19 = torch.nn.functional.batch_norm(conv2d_19, w96_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_mean_, w97_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_var_, w98_l_self_modules_blocks_modules_5_modules_bn2_parameters_weight_, w99_l_self_modules_blocks_modules_5_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_19 = w96_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_mean_ = w97_l_self_modules_blocks_modules_5_modules_bn2_buffers_running_var_ = w98_l_self_modules_blocks_modules_5_modules_bn2_parameters_weight_ = w99_l_self_modules_blocks_modules_5_modules_bn2_parameters_bias_ = None
        out_16 = torch.nn.functional.relu(batch_norm_19, inplace = True);  batch_norm_19 = None
        conv2d_20 = torch.conv2d(out_16, w100_l_self_modules_blocks_modules_5_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_16 = w100_l_self_modules_blocks_modules_5_modules_conv3_parameters_weight_ = None
        out_17 = torch.nn.functional.batch_norm(conv2d_20, w101_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_mean_, w102_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_var_, w103_l_self_modules_blocks_modules_5_modules_bn3_parameters_weight_, w104_l_self_modules_blocks_modules_5_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_20 = w101_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_mean_ = w102_l_self_modules_blocks_modules_5_modules_bn3_buffers_running_var_ = w103_l_self_modules_blocks_modules_5_modules_bn3_parameters_weight_ = w104_l_self_modules_blocks_modules_5_modules_bn3_parameters_bias_ = None
        add_5 = out_17 + input_13;  out_17 = input_13 = None
        input_14 = torch.nn.functional.relu(add_5, inplace = True);  add_5 = None
        conv2d_21 = torch.conv2d(input_14, w105_l_self_modules_blocks_modules_6_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w105_l_self_modules_blocks_modules_6_modules_conv1_parameters_weight_ = None
        batch_norm_21 = torch.nn.functional.batch_norm(conv2d_21, w106_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_mean_, w107_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_var_, w108_l_self_modules_blocks_modules_6_modules_bn1_parameters_weight_, w109_l_self_modules_blocks_modules_6_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_21 = w106_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_mean_ = w107_l_self_modules_blocks_modules_6_modules_bn1_buffers_running_var_ = w108_l_self_modules_blocks_modules_6_modules_bn1_parameters_weight_ = w109_l_self_modules_blocks_modules_6_modules_bn1_parameters_bias_ = None
        out_18 = torch.nn.functional.relu(batch_norm_21, inplace = True);  batch_norm_21 = None
        conv2d_22 = torch.conv2d(out_18, w110_l_self_modules_blocks_modules_6_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_18 = w110_l_self_modules_blocks_modules_6_modules_conv2_parameters_weight_ = None
        batch_norm_22 = torch.nn.functional.batch_norm(conv2d_22, w111_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_mean_, w112_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_var_, w113_l_self_modules_blocks_modules_6_modules_bn2_parameters_weight_, w114_l_self_modules_blocks_modules_6_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_22 = w111_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_mean_ = w112_l_self_modules_blocks_modules_6_modules_bn2_buffers_running_var_ = w113_l_self_modules_blocks_modules_6_modules_bn2_parameters_weight_ = w114_l_self_modules_blocks_modules_6_modules_bn2_parameters_bias_ = None
        out_19 = torch.nn.functional.relu(batch_norm_22, inplace = True);  batch_norm_22 = None
        conv2d_23 = torch.conv2d(out_19, w115_l_self_modules_blocks_modules_6_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_19 = w115_l_self_modules_blocks_modules_6_modules_conv3_parameters_weight_ = None
        out_20 = torch.nn.functional.batch_norm(conv2d_23, w116_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_mean_, w117_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_var_, w118_l_self_modules_blocks_modules_6_modules_bn3_parameters_weight_, w119_l_self_modules_blocks_modules_6_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_23 = w116_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_mean_ = w117_l_self_modules_blocks_modules_6_modules_bn3_buffers_running_var_ = w118_l_self_modules_blocks_modules_6_modules_bn3_parameters_weight_ = w119_l_self_modules_blocks_modules_6_modules_bn3_parameters_bias_ = None
        add_6 = out_20 + input_14;  out_20 = input_14 = None
        input_15 = torch.nn.functional.relu(add_6, inplace = True);  add_6 = None
        input_16 = torch.conv2d(input_15, w120_l_self_modules_blocks_modules_7_modules_downsample_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w120_l_self_modules_blocks_modules_7_modules_downsample_modules_0_parameters_weight_ = None
        conv2d_25 = torch.conv2d(input_15, w121_l_self_modules_blocks_modules_7_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_15 = w121_l_self_modules_blocks_modules_7_modules_conv1_parameters_weight_ = None
        input_17 = torch.nn.functional.batch_norm(input_16, w122_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_mean_, w123_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_var_, w124_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_weight_, w125_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_16 = w122_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_mean_ = w123_l_self_modules_blocks_modules_7_modules_downsample_modules_1_buffers_running_var_ = w124_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_weight_ = w125_l_self_modules_blocks_modules_7_modules_downsample_modules_1_parameters_bias_ = None
        batch_norm_25 = torch.nn.functional.batch_norm(conv2d_25, w126_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_mean_, w127_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_var_, w128_l_self_modules_blocks_modules_7_modules_bn1_parameters_weight_, w129_l_self_modules_blocks_modules_7_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_25 = w126_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_mean_ = w127_l_self_modules_blocks_modules_7_modules_bn1_buffers_running_var_ = w128_l_self_modules_blocks_modules_7_modules_bn1_parameters_weight_ = w129_l_self_modules_blocks_modules_7_modules_bn1_parameters_bias_ = None
        out_21 = torch.nn.functional.relu(batch_norm_25, inplace = True);  batch_norm_25 = None
        conv2d_26 = torch.conv2d(out_21, w130_l_self_modules_blocks_modules_7_modules_conv2_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  out_21 = w130_l_self_modules_blocks_modules_7_modules_conv2_parameters_weight_ = None
        batch_norm_26 = torch.nn.functional.batch_norm(conv2d_26, w131_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_mean_, w132_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_var_, w133_l_self_modules_blocks_modules_7_modules_bn2_parameters_weight_, w134_l_self_modules_blocks_modules_7_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_26 = w131_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_mean_ = w132_l_self_modules_blocks_modules_7_modules_bn2_buffers_running_var_ = w133_l_self_modules_blocks_modules_7_modules_bn2_parameters_weight_ = w134_l_self_modules_blocks_modules_7_modules_bn2_parameters_bias_ = None
        out_22 = torch.nn.functional.relu(batch_norm_26, inplace = True);  batch_norm_26 = None
        conv2d_27 = torch.conv2d(out_22, w135_l_self_modules_blocks_modules_7_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_22 = w135_l_self_modules_blocks_modules_7_modules_conv3_parameters_weight_ = None
        out_23 = torch.nn.functional.batch_norm(conv2d_27, w136_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_mean_, w137_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_var_, w138_l_self_modules_blocks_modules_7_modules_bn3_parameters_weight_, w139_l_self_modules_blocks_modules_7_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_27 = w136_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_mean_ = w137_l_self_modules_blocks_modules_7_modules_bn3_buffers_running_var_ = w138_l_self_modules_blocks_modules_7_modules_bn3_parameters_weight_ = w139_l_self_modules_blocks_modules_7_modules_bn3_parameters_bias_ = None
        add_7 = out_23 + input_17;  out_23 = input_17 = None
        input_18 = torch.nn.functional.relu(add_7, inplace = True);  add_7 = None
        conv2d_28 = torch.conv2d(input_18, w140_l_self_modules_blocks_modules_8_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w140_l_self_modules_blocks_modules_8_modules_conv1_parameters_weight_ = None
        batch_norm_28 = torch.nn.functional.batch_norm(conv2d_28, w141_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_mean_, w142_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_var_, w143_l_self_modules_blocks_modules_8_modules_bn1_parameters_weight_, w144_l_self_modules_blocks_modules_8_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_28 = w141_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_mean_ = w142_l_self_modules_blocks_modules_8_modules_bn1_buffers_running_var_ = w143_l_self_modules_blocks_modules_8_modules_bn1_parameters_weight_ = w144_l_self_modules_blocks_modules_8_modules_bn1_parameters_bias_ = None
        out_24 = torch.nn.functional.relu(batch_norm_28, inplace = True);  batch_norm_28 = None
        conv2d_29 = torch.conv2d(out_24, w145_l_self_modules_blocks_modules_8_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_24 = w145_l_self_modules_blocks_modules_8_modules_conv2_parameters_weight_ = None
        batch_norm_29 = torch.nn.functional.batch_norm(conv2d_29, w146_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_mean_, w147_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_var_, w148_l_self_modules_blocks_modules_8_modules_bn2_parameters_weight_, w149_l_self_modules_blocks_modules_8_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_29 = w146_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_mean_ = w147_l_self_modules_blocks_modules_8_modules_bn2_buffers_running_var_ = w148_l_self_modules_blocks_modules_8_modules_bn2_parameters_weight_ = w149_l_self_modules_blocks_modules_8_modules_bn2_parameters_bias_ = None
        out_25 = torch.nn.functional.relu(batch_norm_29, inplace = True);  batch_norm_29 = None
        conv2d_30 = torch.conv2d(out_25, w150_l_self_modules_blocks_modules_8_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_25 = w150_l_self_modules_blocks_modules_8_modules_conv3_parameters_weight_ = None
        out_26 = torch.nn.functional.batch_norm(conv2d_30, w151_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_mean_, w152_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_var_, w153_l_self_modules_blocks_modules_8_modules_bn3_parameters_weight_, w154_l_self_modules_blocks_modules_8_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_30 = w151_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_mean_ = w152_l_self_modules_blocks_modules_8_modules_bn3_buffers_running_var_ = w153_l_self_modules_blocks_modules_8_modules_bn3_parameters_weight_ = w154_l_self_modules_blocks_modules_8_modules_bn3_parameters_bias_ = None
        add_8 = out_26 + input_18;  out_26 = input_18 = None
        input_19 = torch.nn.functional.relu(add_8, inplace = True);  add_8 = None
        conv2d_31 = torch.conv2d(input_19, w155_l_self_modules_blocks_modules_9_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w155_l_self_modules_blocks_modules_9_modules_conv1_parameters_weight_ = None
        batch_norm_31 = torch.nn.functional.batch_norm(conv2d_31, w156_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_mean_, w157_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_var_, w158_l_self_modules_blocks_modules_9_modules_bn1_parameters_weight_, w159_l_self_modules_blocks_modules_9_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_31 = w156_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_mean_ = w157_l_self_modules_blocks_modules_9_modules_bn1_buffers_running_var_ = w158_l_self_modules_blocks_modules_9_modules_bn1_parameters_weight_ = w159_l_self_modules_blocks_modules_9_modules_bn1_parameters_bias_ = None
        out_27 = torch.nn.functional.relu(batch_norm_31, inplace = True);  batch_norm_31 = None
        conv2d_32 = torch.conv2d(out_27, w160_l_self_modules_blocks_modules_9_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_27 = w160_l_self_modules_blocks_modules_9_modules_conv2_parameters_weight_ = None
        batch_norm_32 = torch.nn.functional.batch_norm(conv2d_32, w161_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_mean_, w162_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_var_, w163_l_self_modules_blocks_modules_9_modules_bn2_parameters_weight_, w164_l_self_modules_blocks_modules_9_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_32 = w161_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_mean_ = w162_l_self_modules_blocks_modules_9_modules_bn2_buffers_running_var_ = w163_l_self_modules_blocks_modules_9_modules_bn2_parameters_weight_ = w164_l_self_modules_blocks_modules_9_modules_bn2_parameters_bias_ = None
        out_28 = torch.nn.functional.relu(batch_norm_32, inplace = True);  batch_norm_32 = None
        conv2d_33 = torch.conv2d(out_28, w165_l_self_modules_blocks_modules_9_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_28 = w165_l_self_modules_blocks_modules_9_modules_conv3_parameters_weight_ = None
        out_29 = torch.nn.functional.batch_norm(conv2d_33, w166_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_mean_, w167_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_var_, w168_l_self_modules_blocks_modules_9_modules_bn3_parameters_weight_, w169_l_self_modules_blocks_modules_9_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_33 = w166_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_mean_ = w167_l_self_modules_blocks_modules_9_modules_bn3_buffers_running_var_ = w168_l_self_modules_blocks_modules_9_modules_bn3_parameters_weight_ = w169_l_self_modules_blocks_modules_9_modules_bn3_parameters_bias_ = None
        add_9 = out_29 + input_19;  out_29 = input_19 = None
        input_20 = torch.nn.functional.relu(add_9, inplace = True);  add_9 = None
        conv2d_34 = torch.conv2d(input_20, w170_l_self_modules_blocks_modules_10_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w170_l_self_modules_blocks_modules_10_modules_conv1_parameters_weight_ = None
        batch_norm_34 = torch.nn.functional.batch_norm(conv2d_34, w171_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_mean_, w172_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_var_, w173_l_self_modules_blocks_modules_10_modules_bn1_parameters_weight_, w174_l_self_modules_blocks_modules_10_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_34 = w171_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_mean_ = w172_l_self_modules_blocks_modules_10_modules_bn1_buffers_running_var_ = w173_l_self_modules_blocks_modules_10_modules_bn1_parameters_weight_ = w174_l_self_modules_blocks_modules_10_modules_bn1_parameters_bias_ = None
        out_30 = torch.nn.functional.relu(batch_norm_34, inplace = True);  batch_norm_34 = None
        conv2d_35 = torch.conv2d(out_30, w175_l_self_modules_blocks_modules_10_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_30 = w175_l_self_modules_blocks_modules_10_modules_conv2_parameters_weight_ = None
        batch_norm_35 = torch.nn.functional.batch_norm(conv2d_35, w176_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_mean_, w177_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_var_, w178_l_self_modules_blocks_modules_10_modules_bn2_parameters_weight_, w179_l_self_modules_blocks_modules_10_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_35 = w176_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_mean_ = w177_l_self_modules_blocks_modules_10_modules_bn2_buffers_running_var_ = w178_l_self_modules_blocks_modules_10_modules_bn2_parameters_weight_ = w179_l_self_modules_blocks_modules_10_modules_bn2_parameters_bias_ = None
        out_31 = torch.nn.functional.relu(batch_norm_35, inplace = True);  batch_norm_35 = None
        conv2d_36 = torch.conv2d(out_31, w180_l_self_modules_blocks_modules_10_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_31 = w180_l_self_modules_blocks_modules_10_modules_conv3_parameters_weight_ = None
        out_32 = torch.nn.functional.batch_norm(conv2d_36, w181_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_mean_, w182_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_var_, w183_l_self_modules_blocks_modules_10_modules_bn3_parameters_weight_, w184_l_self_modules_blocks_modules_10_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_36 = w181_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_mean_ = w182_l_self_modules_blocks_modules_10_modules_bn3_buffers_running_var_ = w183_l_self_modules_blocks_modules_10_modules_bn3_parameters_weight_ = w184_l_self_modules_blocks_modules_10_modules_bn3_parameters_bias_ = None
        add_10 = out_32 + input_20;  out_32 = input_20 = None
        input_21 = torch.nn.functional.relu(add_10, inplace = True);  add_10 = None
        conv2d_37 = torch.conv2d(input_21, w185_l_self_modules_blocks_modules_11_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w185_l_self_modules_blocks_modules_11_modules_conv1_parameters_weight_ = None
        batch_norm_37 = torch.nn.functional.batch_norm(conv2d_37, w186_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_mean_, w187_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_var_, w188_l_self_modules_blocks_modules_11_modules_bn1_parameters_weight_, w189_l_self_modules_blocks_modules_11_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_37 = w186_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_mean_ = w187_l_self_modules_blocks_modules_11_modules_bn1_buffers_running_var_ = w188_l_self_modules_blocks_modules_11_modules_bn1_parameters_weight_ = w189_l_self_modules_blocks_modules_11_modules_bn1_parameters_bias_ = None
        out_33 = torch.nn.functional.relu(batch_norm_37, inplace = True);  batch_norm_37 = None
        conv2d_38 = torch.conv2d(out_33, w190_l_self_modules_blocks_modules_11_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_33 = w190_l_self_modules_blocks_modules_11_modules_conv2_parameters_weight_ = None
        batch_norm_38 = torch.nn.functional.batch_norm(conv2d_38, w191_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_mean_, w192_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_var_, w193_l_self_modules_blocks_modules_11_modules_bn2_parameters_weight_, w194_l_self_modules_blocks_modules_11_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_38 = w191_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_mean_ = w192_l_self_modules_blocks_modules_11_modules_bn2_buffers_running_var_ = w193_l_self_modules_blocks_modules_11_modules_bn2_parameters_weight_ = w194_l_self_modules_blocks_modules_11_modules_bn2_parameters_bias_ = None
        out_34 = torch.nn.functional.relu(batch_norm_38, inplace = True);  batch_norm_38 = None
        conv2d_39 = torch.conv2d(out_34, w195_l_self_modules_blocks_modules_11_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_34 = w195_l_self_modules_blocks_modules_11_modules_conv3_parameters_weight_ = None
        out_35 = torch.nn.functional.batch_norm(conv2d_39, w196_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_mean_, w197_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_var_, w198_l_self_modules_blocks_modules_11_modules_bn3_parameters_weight_, w199_l_self_modules_blocks_modules_11_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_39 = w196_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_mean_ = w197_l_self_modules_blocks_modules_11_modules_bn3_buffers_running_var_ = w198_l_self_modules_blocks_modules_11_modules_bn3_parameters_weight_ = w199_l_self_modules_blocks_modules_11_modules_bn3_parameters_bias_ = None
        add_11 = out_35 + input_21;  out_35 = input_21 = None
        input_22 = torch.nn.functional.relu(add_11, inplace = True);  add_11 = None
        conv2d_40 = torch.conv2d(input_22, w200_l_self_modules_blocks_modules_12_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w200_l_self_modules_blocks_modules_12_modules_conv1_parameters_weight_ = None
        batch_norm_40 = torch.nn.functional.batch_norm(conv2d_40, w201_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_mean_, w202_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_var_, w203_l_self_modules_blocks_modules_12_modules_bn1_parameters_weight_, w204_l_self_modules_blocks_modules_12_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_40 = w201_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_mean_ = w202_l_self_modules_blocks_modules_12_modules_bn1_buffers_running_var_ = w203_l_self_modules_blocks_modules_12_modules_bn1_parameters_weight_ = w204_l_self_modules_blocks_modules_12_modules_bn1_parameters_bias_ = None
        out_36 = torch.nn.functional.relu(batch_norm_40, inplace = True);  batch_norm_40 = None
        conv2d_41 = torch.conv2d(out_36, w205_l_self_modules_blocks_modules_12_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_36 = w205_l_self_modules_blocks_modules_12_modules_conv2_parameters_weight_ = None
        batch_norm_41 = torch.nn.functional.batch_norm(conv2d_41, w206_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_mean_, w207_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_var_, w208_l_self_modules_blocks_modules_12_modules_bn2_parameters_weight_, w209_l_self_modules_blocks_modules_12_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_41 = w206_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_mean_ = w207_l_self_modules_blocks_modules_12_modules_bn2_buffers_running_var_ = w208_l_self_modules_blocks_modules_12_modules_bn2_parameters_weight_ = w209_l_self_modules_blocks_modules_12_modules_bn2_parameters_bias_ = None
        out_37 = torch.nn.functional.relu(batch_norm_41, inplace = True);  batch_norm_41 = None
        conv2d_42 = torch.conv2d(out_37, w210_l_self_modules_blocks_modules_12_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_37 = w210_l_self_modules_blocks_modules_12_modules_conv3_parameters_weight_ = None
        out_38 = torch.nn.functional.batch_norm(conv2d_42, w211_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_mean_, w212_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_var_, w213_l_self_modules_blocks_modules_12_modules_bn3_parameters_weight_, w214_l_self_modules_blocks_modules_12_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_42 = w211_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_mean_ = w212_l_self_modules_blocks_modules_12_modules_bn3_buffers_running_var_ = w213_l_self_modules_blocks_modules_12_modules_bn3_parameters_weight_ = w214_l_self_modules_blocks_modules_12_modules_bn3_parameters_bias_ = None
        add_12 = out_38 + input_22;  out_38 = input_22 = None
        input_23 = torch.nn.functional.relu(add_12, inplace = True);  add_12 = None
        conv2d_43 = torch.conv2d(input_23, w215_l_self_modules_blocks_modules_13_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w215_l_self_modules_blocks_modules_13_modules_conv1_parameters_weight_ = None
        batch_norm_43 = torch.nn.functional.batch_norm(conv2d_43, w216_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_mean_, w217_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_var_, w218_l_self_modules_blocks_modules_13_modules_bn1_parameters_weight_, w219_l_self_modules_blocks_modules_13_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_43 = w216_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_mean_ = w217_l_self_modules_blocks_modules_13_modules_bn1_buffers_running_var_ = w218_l_self_modules_blocks_modules_13_modules_bn1_parameters_weight_ = w219_l_self_modules_blocks_modules_13_modules_bn1_parameters_bias_ = None
        out_39 = torch.nn.functional.relu(batch_norm_43, inplace = True);  batch_norm_43 = None
        conv2d_44 = torch.conv2d(out_39, w220_l_self_modules_blocks_modules_13_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_39 = w220_l_self_modules_blocks_modules_13_modules_conv2_parameters_weight_ = None
        batch_norm_44 = torch.nn.functional.batch_norm(conv2d_44, w221_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_mean_, w222_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_var_, w223_l_self_modules_blocks_modules_13_modules_bn2_parameters_weight_, w224_l_self_modules_blocks_modules_13_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_44 = w221_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_mean_ = w222_l_self_modules_blocks_modules_13_modules_bn2_buffers_running_var_ = w223_l_self_modules_blocks_modules_13_modules_bn2_parameters_weight_ = w224_l_self_modules_blocks_modules_13_modules_bn2_parameters_bias_ = None
        out_40 = torch.nn.functional.relu(batch_norm_44, inplace = True);  batch_norm_44 = None
        conv2d_45 = torch.conv2d(out_40, w225_l_self_modules_blocks_modules_13_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_40 = w225_l_self_modules_blocks_modules_13_modules_conv3_parameters_weight_ = None
        out_41 = torch.nn.functional.batch_norm(conv2d_45, w226_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_mean_, w227_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_var_, w228_l_self_modules_blocks_modules_13_modules_bn3_parameters_weight_, w229_l_self_modules_blocks_modules_13_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_45 = w226_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_mean_ = w227_l_self_modules_blocks_modules_13_modules_bn3_buffers_running_var_ = w228_l_self_modules_blocks_modules_13_modules_bn3_parameters_weight_ = w229_l_self_modules_blocks_modules_13_modules_bn3_parameters_bias_ = None
        add_13 = out_41 + input_23;  out_41 = input_23 = None
        input_24 = torch.nn.functional.relu(add_13, inplace = True);  add_13 = None
        conv2d_46 = torch.conv2d(input_24, w230_l_self_modules_blocks_modules_14_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w230_l_self_modules_blocks_modules_14_modules_conv1_parameters_weight_ = None
        batch_norm_46 = torch.nn.functional.batch_norm(conv2d_46, w231_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_mean_, w232_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_var_, w233_l_self_modules_blocks_modules_14_modules_bn1_parameters_weight_, w234_l_self_modules_blocks_modules_14_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_46 = w231_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_mean_ = w232_l_self_modules_blocks_modules_14_modules_bn1_buffers_running_var_ = w233_l_self_modules_blocks_modules_14_modules_bn1_parameters_weight_ = w234_l_self_modules_blocks_modules_14_modules_bn1_parameters_bias_ = None
        out_42 = torch.nn.functional.relu(batch_norm_46, inplace = True);  batch_norm_46 = None
        conv2d_47 = torch.conv2d(out_42, w235_l_self_modules_blocks_modules_14_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_42 = w235_l_self_modules_blocks_modules_14_modules_conv2_parameters_weight_ = None
        batch_norm_47 = torch.nn.functional.batch_norm(conv2d_47, w236_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_mean_, w237_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_var_, w238_l_self_modules_blocks_modules_14_modules_bn2_parameters_weight_, w239_l_self_modules_blocks_modules_14_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_47 = w236_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_mean_ = w237_l_self_modules_blocks_modules_14_modules_bn2_buffers_running_var_ = w238_l_self_modules_blocks_modules_14_modules_bn2_parameters_weight_ = w239_l_self_modules_blocks_modules_14_modules_bn2_parameters_bias_ = None
        out_43 = torch.nn.functional.relu(batch_norm_47, inplace = True);  batch_norm_47 = None
        conv2d_48 = torch.conv2d(out_43, w240_l_self_modules_blocks_modules_14_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_43 = w240_l_self_modules_blocks_modules_14_modules_conv3_parameters_weight_ = None
        out_44 = torch.nn.functional.batch_norm(conv2d_48, w241_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_mean_, w242_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_var_, w243_l_self_modules_blocks_modules_14_modules_bn3_parameters_weight_, w244_l_self_modules_blocks_modules_14_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_48 = w241_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_mean_ = w242_l_self_modules_blocks_modules_14_modules_bn3_buffers_running_var_ = w243_l_self_modules_blocks_modules_14_modules_bn3_parameters_weight_ = w244_l_self_modules_blocks_modules_14_modules_bn3_parameters_bias_ = None
        add_14 = out_44 + input_24;  out_44 = input_24 = None
        input_25 = torch.nn.functional.relu(add_14, inplace = True);  add_14 = None
        conv2d_49 = torch.conv2d(input_25, w245_l_self_modules_blocks_modules_15_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w245_l_self_modules_blocks_modules_15_modules_conv1_parameters_weight_ = None
        batch_norm_49 = torch.nn.functional.batch_norm(conv2d_49, w246_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_mean_, w247_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_var_, w248_l_self_modules_blocks_modules_15_modules_bn1_parameters_weight_, w249_l_self_modules_blocks_modules_15_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_49 = w246_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_mean_ = w247_l_self_modules_blocks_modules_15_modules_bn1_buffers_running_var_ = w248_l_self_modules_blocks_modules_15_modules_bn1_parameters_weight_ = w249_l_self_modules_blocks_modules_15_modules_bn1_parameters_bias_ = None
        out_45 = torch.nn.functional.relu(batch_norm_49, inplace = True);  batch_norm_49 = None
        conv2d_50 = torch.conv2d(out_45, w250_l_self_modules_blocks_modules_15_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_45 = w250_l_self_modules_blocks_modules_15_modules_conv2_parameters_weight_ = None
        batch_norm_50 = torch.nn.functional.batch_norm(conv2d_50, w251_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_mean_, w252_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_var_, w253_l_self_modules_blocks_modules_15_modules_bn2_parameters_weight_, w254_l_self_modules_blocks_modules_15_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_50 = w251_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_mean_ = w252_l_self_modules_blocks_modules_15_modules_bn2_buffers_running_var_ = w253_l_self_modules_blocks_modules_15_modules_bn2_parameters_weight_ = w254_l_self_modules_blocks_modules_15_modules_bn2_parameters_bias_ = None
        out_46 = torch.nn.functional.relu(batch_norm_50, inplace = True);  batch_norm_50 = None
        conv2d_51 = torch.conv2d(out_46, w255_l_self_modules_blocks_modules_15_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_46 = w255_l_self_modules_blocks_modules_15_modules_conv3_parameters_weight_ = None
        out_47 = torch.nn.functional.batch_norm(conv2d_51, w256_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_mean_, w257_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_var_, w258_l_self_modules_blocks_modules_15_modules_bn3_parameters_weight_, w259_l_self_modules_blocks_modules_15_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_51 = w256_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_mean_ = w257_l_self_modules_blocks_modules_15_modules_bn3_buffers_running_var_ = w258_l_self_modules_blocks_modules_15_modules_bn3_parameters_weight_ = w259_l_self_modules_blocks_modules_15_modules_bn3_parameters_bias_ = None
        add_15 = out_47 + input_25;  out_47 = input_25 = None
        input_26 = torch.nn.functional.relu(add_15, inplace = True);  add_15 = None
        conv2d_52 = torch.conv2d(input_26, w260_l_self_modules_blocks_modules_16_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w260_l_self_modules_blocks_modules_16_modules_conv1_parameters_weight_ = None
        batch_norm_52 = torch.nn.functional.batch_norm(conv2d_52, w261_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_mean_, w262_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_var_, w263_l_self_modules_blocks_modules_16_modules_bn1_parameters_weight_, w264_l_self_modules_blocks_modules_16_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_52 = w261_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_mean_ = w262_l_self_modules_blocks_modules_16_modules_bn1_buffers_running_var_ = w263_l_self_modules_blocks_modules_16_modules_bn1_parameters_weight_ = w264_l_self_modules_blocks_modules_16_modules_bn1_parameters_bias_ = None
        out_48 = torch.nn.functional.relu(batch_norm_52, inplace = True);  batch_norm_52 = None
        conv2d_53 = torch.conv2d(out_48, w265_l_self_modules_blocks_modules_16_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_48 = w265_l_self_modules_blocks_modules_16_modules_conv2_parameters_weight_ = None
        batch_norm_53 = torch.nn.functional.batch_norm(conv2d_53, w266_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_mean_, w267_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_var_, w268_l_self_modules_blocks_modules_16_modules_bn2_parameters_weight_, w269_l_self_modules_blocks_modules_16_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_53 = w266_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_mean_ = w267_l_self_modules_blocks_modules_16_modules_bn2_buffers_running_var_ = w268_l_self_modules_blocks_modules_16_modules_bn2_parameters_weight_ = w269_l_self_modules_blocks_modules_16_modules_bn2_parameters_bias_ = None
        out_49 = torch.nn.functional.relu(batch_norm_53, inplace = True);  batch_norm_53 = None
        conv2d_54 = torch.conv2d(out_49, w270_l_self_modules_blocks_modules_16_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_49 = w270_l_self_modules_blocks_modules_16_modules_conv3_parameters_weight_ = None
        out_50 = torch.nn.functional.batch_norm(conv2d_54, w271_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_mean_, w272_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_var_, w273_l_self_modules_blocks_modules_16_modules_bn3_parameters_weight_, w274_l_self_modules_blocks_modules_16_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_54 = w271_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_mean_ = w272_l_self_modules_blocks_modules_16_modules_bn3_buffers_running_var_ = w273_l_self_modules_blocks_modules_16_modules_bn3_parameters_weight_ = w274_l_self_modules_blocks_modules_16_modules_bn3_parameters_bias_ = None
        add_16 = out_50 + input_26;  out_50 = input_26 = None
        input_27 = torch.nn.functional.relu(add_16, inplace = True);  add_16 = None
        conv2d_55 = torch.conv2d(input_27, w275_l_self_modules_blocks_modules_17_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w275_l_self_modules_blocks_modules_17_modules_conv1_parameters_weight_ = None
        batch_norm_55 = torch.nn.functional.batch_norm(conv2d_55, w276_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_mean_, w277_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_var_, w278_l_self_modules_blocks_modules_17_modules_bn1_parameters_weight_, w279_l_self_modules_blocks_modules_17_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_55 = w276_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_mean_ = w277_l_self_modules_blocks_modules_17_modules_bn1_buffers_running_var_ = w278_l_self_modules_blocks_modules_17_modules_bn1_parameters_weight_ = w279_l_self_modules_blocks_modules_17_modules_bn1_parameters_bias_ = None
        out_51 = torch.nn.functional.relu(batch_norm_55, inplace = True);  batch_norm_55 = None
        conv2d_56 = torch.conv2d(out_51, w280_l_self_modules_blocks_modules_17_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_51 = w280_l_self_modules_blocks_modules_17_modules_conv2_parameters_weight_ = None
        batch_norm_56 = torch.nn.functional.batch_norm(conv2d_56, w281_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_mean_, w282_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_var_, w283_l_self_modules_blocks_modules_17_modules_bn2_parameters_weight_, w284_l_self_modules_blocks_modules_17_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_56 = w281_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_mean_ = w282_l_self_modules_blocks_modules_17_modules_bn2_buffers_running_var_ = w283_l_self_modules_blocks_modules_17_modules_bn2_parameters_weight_ = w284_l_self_modules_blocks_modules_17_modules_bn2_parameters_bias_ = None
        out_52 = torch.nn.functional.relu(batch_norm_56, inplace = True);  batch_norm_56 = None
        conv2d_57 = torch.conv2d(out_52, w285_l_self_modules_blocks_modules_17_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_52 = w285_l_self_modules_blocks_modules_17_modules_conv3_parameters_weight_ = None
        out_53 = torch.nn.functional.batch_norm(conv2d_57, w286_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_mean_, w287_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_var_, w288_l_self_modules_blocks_modules_17_modules_bn3_parameters_weight_, w289_l_self_modules_blocks_modules_17_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_57 = w286_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_mean_ = w287_l_self_modules_blocks_modules_17_modules_bn3_buffers_running_var_ = w288_l_self_modules_blocks_modules_17_modules_bn3_parameters_weight_ = w289_l_self_modules_blocks_modules_17_modules_bn3_parameters_bias_ = None
        add_17 = out_53 + input_27;  out_53 = input_27 = None
        input_28 = torch.nn.functional.relu(add_17, inplace = True);  add_17 = None
        conv2d_58 = torch.conv2d(input_28, w290_l_self_modules_blocks_modules_18_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w290_l_self_modules_blocks_modules_18_modules_conv1_parameters_weight_ = None
        batch_norm_58 = torch.nn.functional.batch_norm(conv2d_58, w291_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_mean_, w292_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_var_, w293_l_self_modules_blocks_modules_18_modules_bn1_parameters_weight_, w294_l_self_modules_blocks_modules_18_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_58 = w291_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_mean_ = w292_l_self_modules_blocks_modules_18_modules_bn1_buffers_running_var_ = w293_l_self_modules_blocks_modules_18_modules_bn1_parameters_weight_ = w294_l_self_modules_blocks_modules_18_modules_bn1_parameters_bias_ = None
        out_54 = torch.nn.functional.relu(batch_norm_58, inplace = True);  batch_norm_58 = None
        conv2d_59 = torch.conv2d(out_54, w295_l_self_modules_blocks_modules_18_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_54 = w295_l_self_modules_blocks_modules_18_modules_conv2_parameters_weight_ = None
        batch_norm_59 = torch.nn.functional.batch_norm(conv2d_59, w296_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_mean_, w297_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_var_, w298_l_self_modules_blocks_modules_18_modules_bn2_parameters_weight_, w299_l_self_modules_blocks_modules_18_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_59 = w296_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_mean_ = w297_l_self_modules_blocks_modules_18_modules_bn2_buffers_running_var_ = w298_l_self_modules_blocks_modules_18_modules_bn2_parameters_weight_ = w299_l_self_modules_blocks_modules_18_modules_bn2_parameters_bias_ = None
        out_55 = torch.nn.functional.relu(batch_norm_59, inplace = True);  batch_norm_59 = None
        conv2d_60 = torch.conv2d(out_55, w300_l_self_modules_blocks_modules_18_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_55 = w300_l_self_modules_blocks_modules_18_modules_conv3_parameters_weight_ = None
        out_56 = torch.nn.functional.batch_norm(conv2d_60, w301_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_mean_, w302_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_var_, w303_l_self_modules_blocks_modules_18_modules_bn3_parameters_weight_, w304_l_self_modules_blocks_modules_18_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_60 = w301_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_mean_ = w302_l_self_modules_blocks_modules_18_modules_bn3_buffers_running_var_ = w303_l_self_modules_blocks_modules_18_modules_bn3_parameters_weight_ = w304_l_self_modules_blocks_modules_18_modules_bn3_parameters_bias_ = None
        add_18 = out_56 + input_28;  out_56 = input_28 = None
        input_29 = torch.nn.functional.relu(add_18, inplace = True);  add_18 = None
        conv2d_61 = torch.conv2d(input_29, w305_l_self_modules_blocks_modules_19_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w305_l_self_modules_blocks_modules_19_modules_conv1_parameters_weight_ = None
        batch_norm_61 = torch.nn.functional.batch_norm(conv2d_61, w306_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_mean_, w307_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_var_, w308_l_self_modules_blocks_modules_19_modules_bn1_parameters_weight_, w309_l_self_modules_blocks_modules_19_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_61 = w306_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_mean_ = w307_l_self_modules_blocks_modules_19_modules_bn1_buffers_running_var_ = w308_l_self_modules_blocks_modules_19_modules_bn1_parameters_weight_ = w309_l_self_modules_blocks_modules_19_modules_bn1_parameters_bias_ = None
        out_57 = torch.nn.functional.relu(batch_norm_61, inplace = True);  batch_norm_61 = None
        conv2d_62 = torch.conv2d(out_57, w310_l_self_modules_blocks_modules_19_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_57 = w310_l_self_modules_blocks_modules_19_modules_conv2_parameters_weight_ = None
        batch_norm_62 = torch.nn.functional.batch_norm(conv2d_62, w311_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_mean_, w312_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_var_, w313_l_self_modules_blocks_modules_19_modules_bn2_parameters_weight_, w314_l_self_modules_blocks_modules_19_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_62 = w311_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_mean_ = w312_l_self_modules_blocks_modules_19_modules_bn2_buffers_running_var_ = w313_l_self_modules_blocks_modules_19_modules_bn2_parameters_weight_ = w314_l_self_modules_blocks_modules_19_modules_bn2_parameters_bias_ = None
        out_58 = torch.nn.functional.relu(batch_norm_62, inplace = True);  batch_norm_62 = None
        conv2d_63 = torch.conv2d(out_58, w315_l_self_modules_blocks_modules_19_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_58 = w315_l_self_modules_blocks_modules_19_modules_conv3_parameters_weight_ = None
        out_59 = torch.nn.functional.batch_norm(conv2d_63, w316_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_mean_, w317_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_var_, w318_l_self_modules_blocks_modules_19_modules_bn3_parameters_weight_, w319_l_self_modules_blocks_modules_19_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_63 = w316_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_mean_ = w317_l_self_modules_blocks_modules_19_modules_bn3_buffers_running_var_ = w318_l_self_modules_blocks_modules_19_modules_bn3_parameters_weight_ = w319_l_self_modules_blocks_modules_19_modules_bn3_parameters_bias_ = None
        add_19 = out_59 + input_29;  out_59 = input_29 = None
        input_30 = torch.nn.functional.relu(add_19, inplace = True);  add_19 = None
        conv2d_64 = torch.conv2d(input_30, w320_l_self_modules_blocks_modules_20_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w320_l_self_modules_blocks_modules_20_modules_conv1_parameters_weight_ = None
        batch_norm_64 = torch.nn.functional.batch_norm(conv2d_64, w321_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_mean_, w322_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_var_, w323_l_self_modules_blocks_modules_20_modules_bn1_parameters_weight_, w324_l_self_modules_blocks_modules_20_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_64 = w321_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_mean_ = w322_l_self_modules_blocks_modules_20_modules_bn1_buffers_running_var_ = w323_l_self_modules_blocks_modules_20_modules_bn1_parameters_weight_ = w324_l_self_modules_blocks_modules_20_modules_bn1_parameters_bias_ = None
        out_60 = torch.nn.functional.relu(batch_norm_64, inplace = True);  batch_norm_64 = None
        conv2d_65 = torch.conv2d(out_60, w325_l_self_modules_blocks_modules_20_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_60 = w325_l_self_modules_blocks_modules_20_modules_conv2_parameters_weight_ = None
        batch_norm_65 = torch.nn.functional.batch_norm(conv2d_65, w326_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_mean_, w327_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_var_, w328_l_self_modules_blocks_modules_20_modules_bn2_parameters_weight_, w329_l_self_modules_blocks_modules_20_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_65 = w326_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_mean_ = w327_l_self_modules_blocks_modules_20_modules_bn2_buffers_running_var_ = w328_l_self_modules_blocks_modules_20_modules_bn2_parameters_weight_ = w329_l_self_modules_blocks_modules_20_modules_bn2_parameters_bias_ = None
        out_61 = torch.nn.functional.relu(batch_norm_65, inplace = True);  batch_norm_65 = None
        conv2d_66 = torch.conv2d(out_61, w330_l_self_modules_blocks_modules_20_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_61 = w330_l_self_modules_blocks_modules_20_modules_conv3_parameters_weight_ = None
        out_62 = torch.nn.functional.batch_norm(conv2d_66, w331_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_mean_, w332_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_var_, w333_l_self_modules_blocks_modules_20_modules_bn3_parameters_weight_, w334_l_self_modules_blocks_modules_20_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_66 = w331_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_mean_ = w332_l_self_modules_blocks_modules_20_modules_bn3_buffers_running_var_ = w333_l_self_modules_blocks_modules_20_modules_bn3_parameters_weight_ = w334_l_self_modules_blocks_modules_20_modules_bn3_parameters_bias_ = None
        add_20 = out_62 + input_30;  out_62 = input_30 = None
        input_31 = torch.nn.functional.relu(add_20, inplace = True);  add_20 = None
        conv2d_67 = torch.conv2d(input_31, w335_l_self_modules_blocks_modules_21_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w335_l_self_modules_blocks_modules_21_modules_conv1_parameters_weight_ = None
        batch_norm_67 = torch.nn.functional.batch_norm(conv2d_67, w336_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_mean_, w337_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_var_, w338_l_self_modules_blocks_modules_21_modules_bn1_parameters_weight_, w339_l_self_modules_blocks_modules_21_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_67 = w336_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_mean_ = w337_l_self_modules_blocks_modules_21_modules_bn1_buffers_running_var_ = w338_l_self_modules_blocks_modules_21_modules_bn1_parameters_weight_ = w339_l_self_modules_blocks_modules_21_modules_bn1_parameters_bias_ = None
        out_63 = torch.nn.functional.relu(batch_norm_67, inplace = True);  batch_norm_67 = None
        conv2d_68 = torch.conv2d(out_63, w340_l_self_modules_blocks_modules_21_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_63 = w340_l_self_modules_blocks_modules_21_modules_conv2_parameters_weight_ = None
        batch_norm_68 = torch.nn.functional.batch_norm(conv2d_68, w341_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_mean_, w342_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_var_, w343_l_self_modules_blocks_modules_21_modules_bn2_parameters_weight_, w344_l_self_modules_blocks_modules_21_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_68 = w341_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_mean_ = w342_l_self_modules_blocks_modules_21_modules_bn2_buffers_running_var_ = w343_l_self_modules_blocks_modules_21_modules_bn2_parameters_weight_ = w344_l_self_modules_blocks_modules_21_modules_bn2_parameters_bias_ = None
        out_64 = torch.nn.functional.relu(batch_norm_68, inplace = True);  batch_norm_68 = None
        conv2d_69 = torch.conv2d(out_64, w345_l_self_modules_blocks_modules_21_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_64 = w345_l_self_modules_blocks_modules_21_modules_conv3_parameters_weight_ = None
        out_65 = torch.nn.functional.batch_norm(conv2d_69, w346_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_mean_, w347_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_var_, w348_l_self_modules_blocks_modules_21_modules_bn3_parameters_weight_, w349_l_self_modules_blocks_modules_21_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_69 = w346_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_mean_ = w347_l_self_modules_blocks_modules_21_modules_bn3_buffers_running_var_ = w348_l_self_modules_blocks_modules_21_modules_bn3_parameters_weight_ = w349_l_self_modules_blocks_modules_21_modules_bn3_parameters_bias_ = None
        add_21 = out_65 + input_31;  out_65 = input_31 = None
        input_32 = torch.nn.functional.relu(add_21, inplace = True);  add_21 = None
        conv2d_70 = torch.conv2d(input_32, w350_l_self_modules_blocks_modules_22_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w350_l_self_modules_blocks_modules_22_modules_conv1_parameters_weight_ = None
        batch_norm_70 = torch.nn.functional.batch_norm(conv2d_70, w351_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_mean_, w352_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_var_, w353_l_self_modules_blocks_modules_22_modules_bn1_parameters_weight_, w354_l_self_modules_blocks_modules_22_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_70 = w351_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_mean_ = w352_l_self_modules_blocks_modules_22_modules_bn1_buffers_running_var_ = w353_l_self_modules_blocks_modules_22_modules_bn1_parameters_weight_ = w354_l_self_modules_blocks_modules_22_modules_bn1_parameters_bias_ = None
        out_66 = torch.nn.functional.relu(batch_norm_70, inplace = True);  batch_norm_70 = None
        conv2d_71 = torch.conv2d(out_66, w355_l_self_modules_blocks_modules_22_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_66 = w355_l_self_modules_blocks_modules_22_modules_conv2_parameters_weight_ = None
        batch_norm_71 = torch.nn.functional.batch_norm(conv2d_71, w356_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_mean_, w357_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_var_, w358_l_self_modules_blocks_modules_22_modules_bn2_parameters_weight_, w359_l_self_modules_blocks_modules_22_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_71 = w356_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_mean_ = w357_l_self_modules_blocks_modules_22_modules_bn2_buffers_running_var_ = w358_l_self_modules_blocks_modules_22_modules_bn2_parameters_weight_ = w359_l_self_modules_blocks_modules_22_modules_bn2_parameters_bias_ = None
        out_67 = torch.nn.functional.relu(batch_norm_71, inplace = True);  batch_norm_71 = None
        conv2d_72 = torch.conv2d(out_67, w360_l_self_modules_blocks_modules_22_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_67 = w360_l_self_modules_blocks_modules_22_modules_conv3_parameters_weight_ = None
        out_68 = torch.nn.functional.batch_norm(conv2d_72, w361_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_mean_, w362_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_var_, w363_l_self_modules_blocks_modules_22_modules_bn3_parameters_weight_, w364_l_self_modules_blocks_modules_22_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_72 = w361_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_mean_ = w362_l_self_modules_blocks_modules_22_modules_bn3_buffers_running_var_ = w363_l_self_modules_blocks_modules_22_modules_bn3_parameters_weight_ = w364_l_self_modules_blocks_modules_22_modules_bn3_parameters_bias_ = None
        add_22 = out_68 + input_32;  out_68 = input_32 = None
        input_33 = torch.nn.functional.relu(add_22, inplace = True);  add_22 = None
        conv2d_73 = torch.conv2d(input_33, w365_l_self_modules_blocks_modules_23_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w365_l_self_modules_blocks_modules_23_modules_conv1_parameters_weight_ = None
        batch_norm_73 = torch.nn.functional.batch_norm(conv2d_73, w366_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_mean_, w367_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_var_, w368_l_self_modules_blocks_modules_23_modules_bn1_parameters_weight_, w369_l_self_modules_blocks_modules_23_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_73 = w366_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_mean_ = w367_l_self_modules_blocks_modules_23_modules_bn1_buffers_running_var_ = w368_l_self_modules_blocks_modules_23_modules_bn1_parameters_weight_ = w369_l_self_modules_blocks_modules_23_modules_bn1_parameters_bias_ = None
        out_69 = torch.nn.functional.relu(batch_norm_73, inplace = True);  batch_norm_73 = None
        conv2d_74 = torch.conv2d(out_69, w370_l_self_modules_blocks_modules_23_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_69 = w370_l_self_modules_blocks_modules_23_modules_conv2_parameters_weight_ = None
        batch_norm_74 = torch.nn.functional.batch_norm(conv2d_74, w371_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_mean_, w372_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_var_, w373_l_self_modules_blocks_modules_23_modules_bn2_parameters_weight_, w374_l_self_modules_blocks_modules_23_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_74 = w371_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_mean_ = w372_l_self_modules_blocks_modules_23_modules_bn2_buffers_running_var_ = w373_l_self_modules_blocks_modules_23_modules_bn2_parameters_weight_ = w374_l_self_modules_blocks_modules_23_modules_bn2_parameters_bias_ = None
        out_70 = torch.nn.functional.relu(batch_norm_74, inplace = True);  batch_norm_74 = None
        conv2d_75 = torch.conv2d(out_70, w375_l_self_modules_blocks_modules_23_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_70 = w375_l_self_modules_blocks_modules_23_modules_conv3_parameters_weight_ = None
        out_71 = torch.nn.functional.batch_norm(conv2d_75, w376_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_mean_, w377_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_var_, w378_l_self_modules_blocks_modules_23_modules_bn3_parameters_weight_, w379_l_self_modules_blocks_modules_23_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_75 = w376_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_mean_ = w377_l_self_modules_blocks_modules_23_modules_bn3_buffers_running_var_ = w378_l_self_modules_blocks_modules_23_modules_bn3_parameters_weight_ = w379_l_self_modules_blocks_modules_23_modules_bn3_parameters_bias_ = None
        add_23 = out_71 + input_33;  out_71 = input_33 = None
        input_34 = torch.nn.functional.relu(add_23, inplace = True);  add_23 = None
        conv2d_76 = torch.conv2d(input_34, w380_l_self_modules_blocks_modules_24_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w380_l_self_modules_blocks_modules_24_modules_conv1_parameters_weight_ = None
        batch_norm_76 = torch.nn.functional.batch_norm(conv2d_76, w381_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_mean_, w382_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_var_, w383_l_self_modules_blocks_modules_24_modules_bn1_parameters_weight_, w384_l_self_modules_blocks_modules_24_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_76 = w381_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_mean_ = w382_l_self_modules_blocks_modules_24_modules_bn1_buffers_running_var_ = w383_l_self_modules_blocks_modules_24_modules_bn1_parameters_weight_ = w384_l_self_modules_blocks_modules_24_modules_bn1_parameters_bias_ = None
        out_72 = torch.nn.functional.relu(batch_norm_76, inplace = True);  batch_norm_76 = None
        conv2d_77 = torch.conv2d(out_72, w385_l_self_modules_blocks_modules_24_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_72 = w385_l_self_modules_blocks_modules_24_modules_conv2_parameters_weight_ = None
        batch_norm_77 = torch.nn.functional.batch_norm(conv2d_77, w386_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_mean_, w387_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_var_, w388_l_self_modules_blocks_modules_24_modules_bn2_parameters_weight_, w389_l_self_modules_blocks_modules_24_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_77 = w386_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_mean_ = w387_l_self_modules_blocks_modules_24_modules_bn2_buffers_running_var_ = w388_l_self_modules_blocks_modules_24_modules_bn2_parameters_weight_ = w389_l_self_modules_blocks_modules_24_modules_bn2_parameters_bias_ = None
        out_73 = torch.nn.functional.relu(batch_norm_77, inplace = True);  batch_norm_77 = None
        conv2d_78 = torch.conv2d(out_73, w390_l_self_modules_blocks_modules_24_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_73 = w390_l_self_modules_blocks_modules_24_modules_conv3_parameters_weight_ = None
        out_74 = torch.nn.functional.batch_norm(conv2d_78, w391_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_mean_, w392_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_var_, w393_l_self_modules_blocks_modules_24_modules_bn3_parameters_weight_, w394_l_self_modules_blocks_modules_24_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_78 = w391_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_mean_ = w392_l_self_modules_blocks_modules_24_modules_bn3_buffers_running_var_ = w393_l_self_modules_blocks_modules_24_modules_bn3_parameters_weight_ = w394_l_self_modules_blocks_modules_24_modules_bn3_parameters_bias_ = None
        add_24 = out_74 + input_34;  out_74 = input_34 = None
        input_35 = torch.nn.functional.relu(add_24, inplace = True);  add_24 = None
        conv2d_79 = torch.conv2d(input_35, w395_l_self_modules_blocks_modules_25_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w395_l_self_modules_blocks_modules_25_modules_conv1_parameters_weight_ = None
        batch_norm_79 = torch.nn.functional.batch_norm(conv2d_79, w396_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_mean_, w397_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_var_, w398_l_self_modules_blocks_modules_25_modules_bn1_parameters_weight_, w399_l_self_modules_blocks_modules_25_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_79 = w396_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_mean_ = w397_l_self_modules_blocks_modules_25_modules_bn1_buffers_running_var_ = w398_l_self_modules_blocks_modules_25_modules_bn1_parameters_weight_ = w399_l_self_modules_blocks_modules_25_modules_bn1_parameters_bias_ = None
        out_75 = torch.nn.functional.relu(batch_norm_79, inplace = True);  batch_norm_79 = None
        conv2d_80 = torch.conv2d(out_75, w400_l_self_modules_blocks_modules_25_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_75 = w400_l_self_modules_blocks_modules_25_modules_conv2_parameters_weight_ = None
        batch_norm_80 = torch.nn.functional.batch_norm(conv2d_80, w401_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_mean_, w402_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_var_, w403_l_self_modules_blocks_modules_25_modules_bn2_parameters_weight_, w404_l_self_modules_blocks_modules_25_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_80 = w401_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_mean_ = w402_l_self_modules_blocks_modules_25_modules_bn2_buffers_running_var_ = w403_l_self_modules_blocks_modules_25_modules_bn2_parameters_weight_ = w404_l_self_modules_blocks_modules_25_modules_bn2_parameters_bias_ = None
        out_76 = torch.nn.functional.relu(batch_norm_80, inplace = True);  batch_norm_80 = None
        conv2d_81 = torch.conv2d(out_76, w405_l_self_modules_blocks_modules_25_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_76 = w405_l_self_modules_blocks_modules_25_modules_conv3_parameters_weight_ = None
        out_77 = torch.nn.functional.batch_norm(conv2d_81, w406_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_mean_, w407_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_var_, w408_l_self_modules_blocks_modules_25_modules_bn3_parameters_weight_, w409_l_self_modules_blocks_modules_25_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_81 = w406_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_mean_ = w407_l_self_modules_blocks_modules_25_modules_bn3_buffers_running_var_ = w408_l_self_modules_blocks_modules_25_modules_bn3_parameters_weight_ = w409_l_self_modules_blocks_modules_25_modules_bn3_parameters_bias_ = None
        add_25 = out_77 + input_35;  out_77 = input_35 = None
        input_36 = torch.nn.functional.relu(add_25, inplace = True);  add_25 = None
        conv2d_82 = torch.conv2d(input_36, w410_l_self_modules_blocks_modules_26_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w410_l_self_modules_blocks_modules_26_modules_conv1_parameters_weight_ = None
        batch_norm_82 = torch.nn.functional.batch_norm(conv2d_82, w411_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_mean_, w412_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_var_, w413_l_self_modules_blocks_modules_26_modules_bn1_parameters_weight_, w414_l_self_modules_blocks_modules_26_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_82 = w411_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_mean_ = w412_l_self_modules_blocks_modules_26_modules_bn1_buffers_running_var_ = w413_l_self_modules_blocks_modules_26_modules_bn1_parameters_weight_ = w414_l_self_modules_blocks_modules_26_modules_bn1_parameters_bias_ = None
        out_78 = torch.nn.functional.relu(batch_norm_82, inplace = True);  batch_norm_82 = None
        conv2d_83 = torch.conv2d(out_78, w415_l_self_modules_blocks_modules_26_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_78 = w415_l_self_modules_blocks_modules_26_modules_conv2_parameters_weight_ = None
        batch_norm_83 = torch.nn.functional.batch_norm(conv2d_83, w416_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_mean_, w417_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_var_, w418_l_self_modules_blocks_modules_26_modules_bn2_parameters_weight_, w419_l_self_modules_blocks_modules_26_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_83 = w416_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_mean_ = w417_l_self_modules_blocks_modules_26_modules_bn2_buffers_running_var_ = w418_l_self_modules_blocks_modules_26_modules_bn2_parameters_weight_ = w419_l_self_modules_blocks_modules_26_modules_bn2_parameters_bias_ = None
        out_79 = torch.nn.functional.relu(batch_norm_83, inplace = True);  batch_norm_83 = None
        conv2d_84 = torch.conv2d(out_79, w420_l_self_modules_blocks_modules_26_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_79 = w420_l_self_modules_blocks_modules_26_modules_conv3_parameters_weight_ = None
        out_80 = torch.nn.functional.batch_norm(conv2d_84, w421_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_mean_, w422_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_var_, w423_l_self_modules_blocks_modules_26_modules_bn3_parameters_weight_, w424_l_self_modules_blocks_modules_26_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_84 = w421_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_mean_ = w422_l_self_modules_blocks_modules_26_modules_bn3_buffers_running_var_ = w423_l_self_modules_blocks_modules_26_modules_bn3_parameters_weight_ = w424_l_self_modules_blocks_modules_26_modules_bn3_parameters_bias_ = None
        add_26 = out_80 + input_36;  out_80 = input_36 = None
        input_37 = torch.nn.functional.relu(add_26, inplace = True);  add_26 = None
        conv2d_85 = torch.conv2d(input_37, w425_l_self_modules_blocks_modules_27_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w425_l_self_modules_blocks_modules_27_modules_conv1_parameters_weight_ = None
        batch_norm_85 = torch.nn.functional.batch_norm(conv2d_85, w426_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_mean_, w427_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_var_, w428_l_self_modules_blocks_modules_27_modules_bn1_parameters_weight_, w429_l_self_modules_blocks_modules_27_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_85 = w426_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_mean_ = w427_l_self_modules_blocks_modules_27_modules_bn1_buffers_running_var_ = w428_l_self_modules_blocks_modules_27_modules_bn1_parameters_weight_ = w429_l_self_modules_blocks_modules_27_modules_bn1_parameters_bias_ = None
        out_81 = torch.nn.functional.relu(batch_norm_85, inplace = True);  batch_norm_85 = None
        conv2d_86 = torch.conv2d(out_81, w430_l_self_modules_blocks_modules_27_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_81 = w430_l_self_modules_blocks_modules_27_modules_conv2_parameters_weight_ = None
        batch_norm_86 = torch.nn.functional.batch_norm(conv2d_86, w431_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_mean_, w432_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_var_, w433_l_self_modules_blocks_modules_27_modules_bn2_parameters_weight_, w434_l_self_modules_blocks_modules_27_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_86 = w431_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_mean_ = w432_l_self_modules_blocks_modules_27_modules_bn2_buffers_running_var_ = w433_l_self_modules_blocks_modules_27_modules_bn2_parameters_weight_ = w434_l_self_modules_blocks_modules_27_modules_bn2_parameters_bias_ = None
        out_82 = torch.nn.functional.relu(batch_norm_86, inplace = True);  batch_norm_86 = None
        conv2d_87 = torch.conv2d(out_82, w435_l_self_modules_blocks_modules_27_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_82 = w435_l_self_modules_blocks_modules_27_modules_conv3_parameters_weight_ = None
        out_83 = torch.nn.functional.batch_norm(conv2d_87, w436_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_mean_, w437_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_var_, w438_l_self_modules_blocks_modules_27_modules_bn3_parameters_weight_, w439_l_self_modules_blocks_modules_27_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_87 = w436_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_mean_ = w437_l_self_modules_blocks_modules_27_modules_bn3_buffers_running_var_ = w438_l_self_modules_blocks_modules_27_modules_bn3_parameters_weight_ = w439_l_self_modules_blocks_modules_27_modules_bn3_parameters_bias_ = None
        add_27 = out_83 + input_37;  out_83 = input_37 = None
        input_38 = torch.nn.functional.relu(add_27, inplace = True);  add_27 = None
        conv2d_88 = torch.conv2d(input_38, w440_l_self_modules_blocks_modules_28_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w440_l_self_modules_blocks_modules_28_modules_conv1_parameters_weight_ = None
        batch_norm_88 = torch.nn.functional.batch_norm(conv2d_88, w441_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_mean_, w442_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_var_, w443_l_self_modules_blocks_modules_28_modules_bn1_parameters_weight_, w444_l_self_modules_blocks_modules_28_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_88 = w441_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_mean_ = w442_l_self_modules_blocks_modules_28_modules_bn1_buffers_running_var_ = w443_l_self_modules_blocks_modules_28_modules_bn1_parameters_weight_ = w444_l_self_modules_blocks_modules_28_modules_bn1_parameters_bias_ = None
        out_84 = torch.nn.functional.relu(batch_norm_88, inplace = True);  batch_norm_88 = None
        conv2d_89 = torch.conv2d(out_84, w445_l_self_modules_blocks_modules_28_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_84 = w445_l_self_modules_blocks_modules_28_modules_conv2_parameters_weight_ = None
        batch_norm_89 = torch.nn.functional.batch_norm(conv2d_89, w446_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_mean_, w447_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_var_, w448_l_self_modules_blocks_modules_28_modules_bn2_parameters_weight_, w449_l_self_modules_blocks_modules_28_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_89 = w446_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_mean_ = w447_l_self_modules_blocks_modules_28_modules_bn2_buffers_running_var_ = w448_l_self_modules_blocks_modules_28_modules_bn2_parameters_weight_ = w449_l_self_modules_blocks_modules_28_modules_bn2_parameters_bias_ = None
        out_85 = torch.nn.functional.relu(batch_norm_89, inplace = True);  batch_norm_89 = None
        conv2d_90 = torch.conv2d(out_85, w450_l_self_modules_blocks_modules_28_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_85 = w450_l_self_modules_blocks_modules_28_modules_conv3_parameters_weight_ = None
        out_86 = torch.nn.functional.batch_norm(conv2d_90, w451_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_mean_, w452_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_var_, w453_l_self_modules_blocks_modules_28_modules_bn3_parameters_weight_, w454_l_self_modules_blocks_modules_28_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_90 = w451_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_mean_ = w452_l_self_modules_blocks_modules_28_modules_bn3_buffers_running_var_ = w453_l_self_modules_blocks_modules_28_modules_bn3_parameters_weight_ = w454_l_self_modules_blocks_modules_28_modules_bn3_parameters_bias_ = None
        add_28 = out_86 + input_38;  out_86 = input_38 = None
        input_39 = torch.nn.functional.relu(add_28, inplace = True);  add_28 = None
        conv2d_91 = torch.conv2d(input_39, w455_l_self_modules_blocks_modules_29_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w455_l_self_modules_blocks_modules_29_modules_conv1_parameters_weight_ = None
        batch_norm_91 = torch.nn.functional.batch_norm(conv2d_91, w456_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_mean_, w457_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_var_, w458_l_self_modules_blocks_modules_29_modules_bn1_parameters_weight_, w459_l_self_modules_blocks_modules_29_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_91 = w456_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_mean_ = w457_l_self_modules_blocks_modules_29_modules_bn1_buffers_running_var_ = w458_l_self_modules_blocks_modules_29_modules_bn1_parameters_weight_ = w459_l_self_modules_blocks_modules_29_modules_bn1_parameters_bias_ = None
        out_87 = torch.nn.functional.relu(batch_norm_91, inplace = True);  batch_norm_91 = None
        conv2d_92 = torch.conv2d(out_87, w460_l_self_modules_blocks_modules_29_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_87 = w460_l_self_modules_blocks_modules_29_modules_conv2_parameters_weight_ = None
        batch_norm_92 = torch.nn.functional.batch_norm(conv2d_92, w461_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_mean_, w462_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_var_, w463_l_self_modules_blocks_modules_29_modules_bn2_parameters_weight_, w464_l_self_modules_blocks_modules_29_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_92 = w461_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_mean_ = w462_l_self_modules_blocks_modules_29_modules_bn2_buffers_running_var_ = w463_l_self_modules_blocks_modules_29_modules_bn2_parameters_weight_ = w464_l_self_modules_blocks_modules_29_modules_bn2_parameters_bias_ = None
        out_88 = torch.nn.functional.relu(batch_norm_92, inplace = True);  batch_norm_92 = None
        conv2d_93 = torch.conv2d(out_88, w465_l_self_modules_blocks_modules_29_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_88 = w465_l_self_modules_blocks_modules_29_modules_conv3_parameters_weight_ = None
        out_89 = torch.nn.functional.batch_norm(conv2d_93, w466_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_mean_, w467_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_var_, w468_l_self_modules_blocks_modules_29_modules_bn3_parameters_weight_, w469_l_self_modules_blocks_modules_29_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_93 = w466_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_mean_ = w467_l_self_modules_blocks_modules_29_modules_bn3_buffers_running_var_ = w468_l_self_modules_blocks_modules_29_modules_bn3_parameters_weight_ = w469_l_self_modules_blocks_modules_29_modules_bn3_parameters_bias_ = None
        add_29 = out_89 + input_39;  out_89 = input_39 = None
        input_40 = torch.nn.functional.relu(add_29, inplace = True);  add_29 = None
        input_41 = torch.conv2d(input_40, w470_l_self_modules_blocks_modules_30_modules_downsample_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w470_l_self_modules_blocks_modules_30_modules_downsample_modules_0_parameters_weight_ = None
        conv2d_95 = torch.conv2d(input_40, w471_l_self_modules_blocks_modules_30_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_40 = w471_l_self_modules_blocks_modules_30_modules_conv1_parameters_weight_ = None
        input_42 = torch.nn.functional.batch_norm(input_41, w472_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_mean_, w473_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_var_, w474_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_weight_, w475_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_41 = w472_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_mean_ = w473_l_self_modules_blocks_modules_30_modules_downsample_modules_1_buffers_running_var_ = w474_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_weight_ = w475_l_self_modules_blocks_modules_30_modules_downsample_modules_1_parameters_bias_ = None
        batch_norm_95 = torch.nn.functional.batch_norm(conv2d_95, w476_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_mean_, w477_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_var_, w478_l_self_modules_blocks_modules_30_modules_bn1_parameters_weight_, w479_l_self_modules_blocks_modules_30_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_95 = w476_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_mean_ = w477_l_self_modules_blocks_modules_30_modules_bn1_buffers_running_var_ = w478_l_self_modules_blocks_modules_30_modules_bn1_parameters_weight_ = w479_l_self_modules_blocks_modules_30_modules_bn1_parameters_bias_ = None
        out_90 = torch.nn.functional.relu(batch_norm_95, inplace = True);  batch_norm_95 = None
        conv2d_96 = torch.conv2d(out_90, w480_l_self_modules_blocks_modules_30_modules_conv2_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  out_90 = w480_l_self_modules_blocks_modules_30_modules_conv2_parameters_weight_ = None
        batch_norm_96 = torch.nn.functional.batch_norm(conv2d_96, w481_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_mean_, w482_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_var_, w483_l_self_modules_blocks_modules_30_modules_bn2_parameters_weight_, w484_l_self_modules_blocks_modules_30_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_96 = w481_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_mean_ = w482_l_self_modules_blocks_modules_30_modules_bn2_buffers_running_var_ = w483_l_self_modules_blocks_modules_30_modules_bn2_parameters_weight_ = w484_l_self_modules_blocks_modules_30_modules_bn2_parameters_bias_ = None
        out_91 = torch.nn.functional.relu(batch_norm_96, inplace = True);  batch_norm_96 = None
        conv2d_97 = torch.conv2d(out_91, w485_l_self_modules_blocks_modules_30_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_91 = w485_l_self_modules_blocks_modules_30_modules_conv3_parameters_weight_ = None
        out_92 = torch.nn.functional.batch_norm(conv2d_97, w486_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_mean_, w487_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_var_, w488_l_self_modules_blocks_modules_30_modules_bn3_parameters_weight_, w489_l_self_modules_blocks_modules_30_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_97 = w486_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_mean_ = w487_l_self_modules_blocks_modules_30_modules_bn3_buffers_running_var_ = w488_l_self_modules_blocks_modules_30_modules_bn3_parameters_weight_ = w489_l_self_modules_blocks_modules_30_modules_bn3_parameters_bias_ = None
        add_30 = out_92 + input_42;  out_92 = input_42 = None
        input_43 = torch.nn.functional.relu(add_30, inplace = True);  add_30 = None
        conv2d_98 = torch.conv2d(input_43, w490_l_self_modules_blocks_modules_31_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w490_l_self_modules_blocks_modules_31_modules_conv1_parameters_weight_ = None
        batch_norm_98 = torch.nn.functional.batch_norm(conv2d_98, w491_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_mean_, w492_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_var_, w493_l_self_modules_blocks_modules_31_modules_bn1_parameters_weight_, w494_l_self_modules_blocks_modules_31_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_98 = w491_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_mean_ = w492_l_self_modules_blocks_modules_31_modules_bn1_buffers_running_var_ = w493_l_self_modules_blocks_modules_31_modules_bn1_parameters_weight_ = w494_l_self_modules_blocks_modules_31_modules_bn1_parameters_bias_ = None
        out_93 = torch.nn.functional.relu(batch_norm_98, inplace = True);  batch_norm_98 = None
        conv2d_99 = torch.conv2d(out_93, w495_l_self_modules_blocks_modules_31_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_93 = w495_l_self_modules_blocks_modules_31_modules_conv2_parameters_weight_ = None
        batch_norm_99 = torch.nn.functional.batch_norm(conv2d_99, w496_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_mean_, w497_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_var_, w498_l_self_modules_blocks_modules_31_modules_bn2_parameters_weight_, w499_l_self_modules_blocks_modules_31_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_99 = w496_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_mean_ = w497_l_self_modules_blocks_modules_31_modules_bn2_buffers_running_var_ = w498_l_self_modules_blocks_modules_31_modules_bn2_parameters_weight_ = w499_l_self_modules_blocks_modules_31_modules_bn2_parameters_bias_ = None
        out_94 = torch.nn.functional.relu(batch_norm_99, inplace = True);  batch_norm_99 = None
        conv2d_100 = torch.conv2d(out_94, w500_l_self_modules_blocks_modules_31_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_94 = w500_l_self_modules_blocks_modules_31_modules_conv3_parameters_weight_ = None
        out_95 = torch.nn.functional.batch_norm(conv2d_100, w501_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_mean_, w502_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_var_, w503_l_self_modules_blocks_modules_31_modules_bn3_parameters_weight_, w504_l_self_modules_blocks_modules_31_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_100 = w501_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_mean_ = w502_l_self_modules_blocks_modules_31_modules_bn3_buffers_running_var_ = w503_l_self_modules_blocks_modules_31_modules_bn3_parameters_weight_ = w504_l_self_modules_blocks_modules_31_modules_bn3_parameters_bias_ = None
        add_31 = out_95 + input_43;  out_95 = input_43 = None
        input_44 = torch.nn.functional.relu(add_31, inplace = True);  add_31 = None
        conv2d_101 = torch.conv2d(input_44, w505_l_self_modules_blocks_modules_32_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w505_l_self_modules_blocks_modules_32_modules_conv1_parameters_weight_ = None
        batch_norm_101 = torch.nn.functional.batch_norm(conv2d_101, w506_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_mean_, w507_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_var_, w508_l_self_modules_blocks_modules_32_modules_bn1_parameters_weight_, w509_l_self_modules_blocks_modules_32_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_101 = w506_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_mean_ = w507_l_self_modules_blocks_modules_32_modules_bn1_buffers_running_var_ = w508_l_self_modules_blocks_modules_32_modules_bn1_parameters_weight_ = w509_l_self_modules_blocks_modules_32_modules_bn1_parameters_bias_ = None
        out_96 = torch.nn.functional.relu(batch_norm_101, inplace = True);  batch_norm_101 = None
        conv2d_102 = torch.conv2d(out_96, w510_l_self_modules_blocks_modules_32_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1);  out_96 = w510_l_self_modules_blocks_modules_32_modules_conv2_parameters_weight_ = None
        batch_norm_102 = torch.nn.functional.batch_norm(conv2d_102, w511_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_mean_, w512_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_var_, w513_l_self_modules_blocks_modules_32_modules_bn2_parameters_weight_, w514_l_self_modules_blocks_modules_32_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_102 = w511_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_mean_ = w512_l_self_modules_blocks_modules_32_modules_bn2_buffers_running_var_ = w513_l_self_modules_blocks_modules_32_modules_bn2_parameters_weight_ = w514_l_self_modules_blocks_modules_32_modules_bn2_parameters_bias_ = None
        out_97 = torch.nn.functional.relu(batch_norm_102, inplace = True);  batch_norm_102 = None
        conv2d_103 = torch.conv2d(out_97, w515_l_self_modules_blocks_modules_32_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  out_97 = w515_l_self_modules_blocks_modules_32_modules_conv3_parameters_weight_ = None
        out_98 = torch.nn.functional.batch_norm(conv2d_103, w516_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_mean_, w517_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_var_, w518_l_self_modules_blocks_modules_32_modules_bn3_parameters_weight_, w519_l_self_modules_blocks_modules_32_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_103 = w516_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_mean_ = w517_l_self_modules_blocks_modules_32_modules_bn3_buffers_running_var_ = w518_l_self_modules_blocks_modules_32_modules_bn3_parameters_weight_ = w519_l_self_modules_blocks_modules_32_modules_bn3_parameters_bias_ = None
        add_32 = out_98 + input_44;  out_98 = input_44 = None
        input_45 = torch.nn.functional.relu(add_32, inplace = True);  add_32 = None
        adaptive_avg_pool2d = torch.nn.functional.adaptive_avg_pool2d(input_45, 1);  input_45 = None
        flatten = adaptive_avg_pool2d.flatten(1);  adaptive_avg_pool2d = None
        linear = torch._C._nn.linear(flatten, w520_l_self_modules_fc_parameters_weight_, w521_l_self_modules_fc_parameters_bias_);  flatten = w520_l_self_modules_fc_parameters_weight_ = w521_l_self_modules_fc_parameters_bias_ = None
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
