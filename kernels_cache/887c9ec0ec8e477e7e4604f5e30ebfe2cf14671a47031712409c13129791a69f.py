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
        self.register_buffer('w0_l_self_modules_stem_modules_0_parameters_weight_', _pike_tensor((24, 3, 3, 3), (27, 9, 3, 1), torch.float32, 'normal', -0.0015864023007452488, 0.11301721632480621))
        self.register_buffer('w1_l_self_modules_stem_modules_1_buffers_running_mean_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w2_l_self_modules_stem_modules_1_buffers_running_var_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w3_l_self_modules_stem_modules_1_parameters_weight_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w4_l_self_modules_stem_modules_1_parameters_bias_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w5_l_self_modules_units_modules_0_modules_conv1_parameters_weight_', _pike_tensor((60, 24, 1, 1), (24, 1, 1, 1), torch.float32, 'normal', 0.00020495321950875223, 0.11801871657371521))
        self.register_buffer('w6_l_self_modules_units_modules_0_modules_bn1_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w7_l_self_modules_units_modules_0_modules_bn1_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w8_l_self_modules_units_modules_0_modules_bn1_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_units_modules_0_modules_bn1_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w10_l_self_modules_units_modules_0_modules_conv2_parameters_weight_', _pike_tensor((60, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.00900057889521122, 0.19053667783737183))
        self.register_buffer('w11_l_self_modules_units_modules_0_modules_bn2_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w12_l_self_modules_units_modules_0_modules_bn2_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w13_l_self_modules_units_modules_0_modules_bn2_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w14_l_self_modules_units_modules_0_modules_bn2_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w15_l_self_modules_units_modules_0_modules_conv3_parameters_weight_', _pike_tensor((216, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', -0.000724344456102699, 0.12819437682628632))
        self.register_buffer('w16_l_self_modules_units_modules_0_modules_bn3_buffers_running_mean_', _pike_tensor((216,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w17_l_self_modules_units_modules_0_modules_bn3_buffers_running_var_', _pike_tensor((216,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w18_l_self_modules_units_modules_0_modules_bn3_parameters_weight_', _pike_tensor((216,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w19_l_self_modules_units_modules_0_modules_bn3_parameters_bias_', _pike_tensor((216,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w20_l_self_modules_units_modules_1_modules_conv1_parameters_weight_', _pike_tensor((60, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 0.0011377267073839903, 0.0643298476934433))
        self.register_buffer('w21_l_self_modules_units_modules_1_modules_bn1_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w22_l_self_modules_units_modules_1_modules_bn1_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w23_l_self_modules_units_modules_1_modules_bn1_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w24_l_self_modules_units_modules_1_modules_bn1_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w25_l_self_modules_units_modules_1_modules_conv2_parameters_weight_', _pike_tensor((60, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.013190112076699734, 0.20060381293296814))
        self.register_buffer('w26_l_self_modules_units_modules_1_modules_bn2_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w27_l_self_modules_units_modules_1_modules_bn2_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w28_l_self_modules_units_modules_1_modules_bn2_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w29_l_self_modules_units_modules_1_modules_bn2_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w30_l_self_modules_units_modules_1_modules_conv3_parameters_weight_', _pike_tensor((240, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', 0.0014768189284950495, 0.12933428585529327))
        self.register_buffer('w31_l_self_modules_units_modules_1_modules_bn3_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w32_l_self_modules_units_modules_1_modules_bn3_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w33_l_self_modules_units_modules_1_modules_bn3_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w34_l_self_modules_units_modules_1_modules_bn3_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w35_l_self_modules_units_modules_2_modules_conv1_parameters_weight_', _pike_tensor((60, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', -2.617935388116166e-05, 0.06449083983898163))
        self.register_buffer('w36_l_self_modules_units_modules_2_modules_bn1_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w37_l_self_modules_units_modules_2_modules_bn1_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w38_l_self_modules_units_modules_2_modules_bn1_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w39_l_self_modules_units_modules_2_modules_bn1_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w40_l_self_modules_units_modules_2_modules_conv2_parameters_weight_', _pike_tensor((60, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.0029007152188569307, 0.1944299042224884))
        self.register_buffer('w41_l_self_modules_units_modules_2_modules_bn2_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w42_l_self_modules_units_modules_2_modules_bn2_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w43_l_self_modules_units_modules_2_modules_bn2_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w44_l_self_modules_units_modules_2_modules_bn2_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w45_l_self_modules_units_modules_2_modules_conv3_parameters_weight_', _pike_tensor((240, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', 0.002559910761192441, 0.12784650921821594))
        self.register_buffer('w46_l_self_modules_units_modules_2_modules_bn3_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w47_l_self_modules_units_modules_2_modules_bn3_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w48_l_self_modules_units_modules_2_modules_bn3_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w49_l_self_modules_units_modules_2_modules_bn3_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w50_l_self_modules_units_modules_3_modules_conv1_parameters_weight_', _pike_tensor((60, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 0.0004829785320907831, 0.06427562981843948))
        self.register_buffer('w51_l_self_modules_units_modules_3_modules_bn1_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w52_l_self_modules_units_modules_3_modules_bn1_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w53_l_self_modules_units_modules_3_modules_bn1_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w54_l_self_modules_units_modules_3_modules_bn1_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w55_l_self_modules_units_modules_3_modules_conv2_parameters_weight_', _pike_tensor((60, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0081164026632905, 0.1954686939716339))
        self.register_buffer('w56_l_self_modules_units_modules_3_modules_bn2_buffers_running_mean_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w57_l_self_modules_units_modules_3_modules_bn2_buffers_running_var_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w58_l_self_modules_units_modules_3_modules_bn2_parameters_weight_', _pike_tensor((60,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w59_l_self_modules_units_modules_3_modules_bn2_parameters_bias_', _pike_tensor((60,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w60_l_self_modules_units_modules_3_modules_conv3_parameters_weight_', _pike_tensor((240, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', -0.0015468894271180034, 0.1287035346031189))
        self.register_buffer('w61_l_self_modules_units_modules_3_modules_bn3_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w62_l_self_modules_units_modules_3_modules_bn3_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w63_l_self_modules_units_modules_3_modules_bn3_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w64_l_self_modules_units_modules_3_modules_bn3_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w65_l_self_modules_units_modules_4_modules_conv1_parameters_weight_', _pike_tensor((120, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', -0.00025306682800874114, 0.06417182087898254))
        self.register_buffer('w66_l_self_modules_units_modules_4_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w67_l_self_modules_units_modules_4_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w68_l_self_modules_units_modules_4_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w69_l_self_modules_units_modules_4_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w70_l_self_modules_units_modules_4_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.002516069682314992, 0.19601035118103027))
        self.register_buffer('w71_l_self_modules_units_modules_4_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w72_l_self_modules_units_modules_4_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w73_l_self_modules_units_modules_4_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w74_l_self_modules_units_modules_4_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w75_l_self_modules_units_modules_4_modules_conv3_parameters_weight_', _pike_tensor((240, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', 0.00024154942366294563, 0.09087743610143661))
        self.register_buffer('w76_l_self_modules_units_modules_4_modules_bn3_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w77_l_self_modules_units_modules_4_modules_bn3_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w78_l_self_modules_units_modules_4_modules_bn3_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w79_l_self_modules_units_modules_4_modules_bn3_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w80_l_self_modules_units_modules_5_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.00019333641103003174, 0.045625824481248856))
        self.register_buffer('w81_l_self_modules_units_modules_5_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w82_l_self_modules_units_modules_5_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w83_l_self_modules_units_modules_5_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w84_l_self_modules_units_modules_5_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w85_l_self_modules_units_modules_5_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -7.120061491150409e-05, 0.19261838495731354))
        self.register_buffer('w86_l_self_modules_units_modules_5_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w87_l_self_modules_units_modules_5_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w88_l_self_modules_units_modules_5_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w89_l_self_modules_units_modules_5_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w90_l_self_modules_units_modules_5_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', 0.0002934702206403017, 0.09135612845420837))
        self.register_buffer('w91_l_self_modules_units_modules_5_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w92_l_self_modules_units_modules_5_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w93_l_self_modules_units_modules_5_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w94_l_self_modules_units_modules_5_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w95_l_self_modules_units_modules_6_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 7.49734026612714e-05, 0.04574839025735855))
        self.register_buffer('w96_l_self_modules_units_modules_6_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w97_l_self_modules_units_modules_6_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w98_l_self_modules_units_modules_6_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w99_l_self_modules_units_modules_6_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w100_l_self_modules_units_modules_6_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0010377488797530532, 0.19634206593036652))
        self.register_buffer('w101_l_self_modules_units_modules_6_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w102_l_self_modules_units_modules_6_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w103_l_self_modules_units_modules_6_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w104_l_self_modules_units_modules_6_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w105_l_self_modules_units_modules_6_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', 0.0006513503030873835, 0.09103924036026001))
        self.register_buffer('w106_l_self_modules_units_modules_6_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w107_l_self_modules_units_modules_6_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w108_l_self_modules_units_modules_6_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w109_l_self_modules_units_modules_6_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w110_l_self_modules_units_modules_7_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -4.328899012762122e-05, 0.04598516598343849))
        self.register_buffer('w111_l_self_modules_units_modules_7_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w112_l_self_modules_units_modules_7_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w113_l_self_modules_units_modules_7_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w114_l_self_modules_units_modules_7_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w115_l_self_modules_units_modules_7_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.00750934612005949, 0.19054153561592102))
        self.register_buffer('w116_l_self_modules_units_modules_7_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w117_l_self_modules_units_modules_7_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w118_l_self_modules_units_modules_7_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w119_l_self_modules_units_modules_7_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w120_l_self_modules_units_modules_7_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', 0.0015450152568519115, 0.09143577516078949))
        self.register_buffer('w121_l_self_modules_units_modules_7_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w122_l_self_modules_units_modules_7_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w123_l_self_modules_units_modules_7_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w124_l_self_modules_units_modules_7_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w125_l_self_modules_units_modules_8_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.0001077319320756942, 0.045527249574661255))
        self.register_buffer('w126_l_self_modules_units_modules_8_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w127_l_self_modules_units_modules_8_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w128_l_self_modules_units_modules_8_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w129_l_self_modules_units_modules_8_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w130_l_self_modules_units_modules_8_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.0012480923905968666, 0.19206812977790833))
        self.register_buffer('w131_l_self_modules_units_modules_8_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w132_l_self_modules_units_modules_8_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w133_l_self_modules_units_modules_8_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w134_l_self_modules_units_modules_8_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w135_l_self_modules_units_modules_8_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', -3.6665700463345274e-05, 0.09127022325992584))
        self.register_buffer('w136_l_self_modules_units_modules_8_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w137_l_self_modules_units_modules_8_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w138_l_self_modules_units_modules_8_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w139_l_self_modules_units_modules_8_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w140_l_self_modules_units_modules_9_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.00015381962293758988, 0.04586915671825409))
        self.register_buffer('w141_l_self_modules_units_modules_9_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w142_l_self_modules_units_modules_9_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w143_l_self_modules_units_modules_9_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w144_l_self_modules_units_modules_9_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w145_l_self_modules_units_modules_9_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0025182515382766724, 0.19288761913776398))
        self.register_buffer('w146_l_self_modules_units_modules_9_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w147_l_self_modules_units_modules_9_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w148_l_self_modules_units_modules_9_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w149_l_self_modules_units_modules_9_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w150_l_self_modules_units_modules_9_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', -0.0011298194294795394, 0.09108476340770721))
        self.register_buffer('w151_l_self_modules_units_modules_9_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w152_l_self_modules_units_modules_9_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w153_l_self_modules_units_modules_9_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w154_l_self_modules_units_modules_9_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w155_l_self_modules_units_modules_10_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.0006264669355005026, 0.04564613848924637))
        self.register_buffer('w156_l_self_modules_units_modules_10_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w157_l_self_modules_units_modules_10_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w158_l_self_modules_units_modules_10_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w159_l_self_modules_units_modules_10_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w160_l_self_modules_units_modules_10_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.005702704656869173, 0.19361035525798798))
        self.register_buffer('w161_l_self_modules_units_modules_10_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w162_l_self_modules_units_modules_10_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w163_l_self_modules_units_modules_10_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w164_l_self_modules_units_modules_10_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w165_l_self_modules_units_modules_10_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', 0.0005486497539095581, 0.09147535264492035))
        self.register_buffer('w166_l_self_modules_units_modules_10_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w167_l_self_modules_units_modules_10_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w168_l_self_modules_units_modules_10_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w169_l_self_modules_units_modules_10_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w170_l_self_modules_units_modules_11_modules_conv1_parameters_weight_', _pike_tensor((120, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 8.601790614193305e-05, 0.045681219547986984))
        self.register_buffer('w171_l_self_modules_units_modules_11_modules_bn1_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w172_l_self_modules_units_modules_11_modules_bn1_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w173_l_self_modules_units_modules_11_modules_bn1_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w174_l_self_modules_units_modules_11_modules_bn1_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w175_l_self_modules_units_modules_11_modules_conv2_parameters_weight_', _pike_tensor((120, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.00503055565059185, 0.19461151957511902))
        self.register_buffer('w176_l_self_modules_units_modules_11_modules_bn2_buffers_running_mean_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w177_l_self_modules_units_modules_11_modules_bn2_buffers_running_var_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w178_l_self_modules_units_modules_11_modules_bn2_parameters_weight_', _pike_tensor((120,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w179_l_self_modules_units_modules_11_modules_bn2_parameters_bias_', _pike_tensor((120,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w180_l_self_modules_units_modules_11_modules_conv3_parameters_weight_', _pike_tensor((480, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', 0.0006613171426579356, 0.09096192568540573))
        self.register_buffer('w181_l_self_modules_units_modules_11_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w182_l_self_modules_units_modules_11_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w183_l_self_modules_units_modules_11_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w184_l_self_modules_units_modules_11_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w185_l_self_modules_units_modules_12_modules_conv1_parameters_weight_', _pike_tensor((240, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.0001567923027323559, 0.04555882513523102))
        self.register_buffer('w186_l_self_modules_units_modules_12_modules_bn1_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w187_l_self_modules_units_modules_12_modules_bn1_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w188_l_self_modules_units_modules_12_modules_bn1_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w189_l_self_modules_units_modules_12_modules_bn1_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w190_l_self_modules_units_modules_12_modules_conv2_parameters_weight_', _pike_tensor((240, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.006189065054059029, 0.19227242469787598))
        self.register_buffer('w191_l_self_modules_units_modules_12_modules_bn2_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w192_l_self_modules_units_modules_12_modules_bn2_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w193_l_self_modules_units_modules_12_modules_bn2_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w194_l_self_modules_units_modules_12_modules_bn2_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w195_l_self_modules_units_modules_12_modules_conv3_parameters_weight_', _pike_tensor((480, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 0.0005096084787510335, 0.06454206258058548))
        self.register_buffer('w196_l_self_modules_units_modules_12_modules_bn3_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w197_l_self_modules_units_modules_12_modules_bn3_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w198_l_self_modules_units_modules_12_modules_bn3_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w199_l_self_modules_units_modules_12_modules_bn3_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w200_l_self_modules_units_modules_13_modules_conv1_parameters_weight_', _pike_tensor((240, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', 7.291873771464452e-05, 0.032337822020053864))
        self.register_buffer('w201_l_self_modules_units_modules_13_modules_bn1_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w202_l_self_modules_units_modules_13_modules_bn1_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w203_l_self_modules_units_modules_13_modules_bn1_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w204_l_self_modules_units_modules_13_modules_bn1_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w205_l_self_modules_units_modules_13_modules_conv2_parameters_weight_', _pike_tensor((240, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0004149960004724562, 0.19554604589939117))
        self.register_buffer('w206_l_self_modules_units_modules_13_modules_bn2_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w207_l_self_modules_units_modules_13_modules_bn2_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w208_l_self_modules_units_modules_13_modules_bn2_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w209_l_self_modules_units_modules_13_modules_bn2_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w210_l_self_modules_units_modules_13_modules_conv3_parameters_weight_', _pike_tensor((960, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', -4.783214535564184e-05, 0.06435461342334747))
        self.register_buffer('w211_l_self_modules_units_modules_13_modules_bn3_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w212_l_self_modules_units_modules_13_modules_bn3_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w213_l_self_modules_units_modules_13_modules_bn3_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w214_l_self_modules_units_modules_13_modules_bn3_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w215_l_self_modules_units_modules_14_modules_conv1_parameters_weight_', _pike_tensor((240, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', 4.41922520622029e-06, 0.032273225486278534))
        self.register_buffer('w216_l_self_modules_units_modules_14_modules_bn1_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w217_l_self_modules_units_modules_14_modules_bn1_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w218_l_self_modules_units_modules_14_modules_bn1_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w219_l_self_modules_units_modules_14_modules_bn1_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w220_l_self_modules_units_modules_14_modules_conv2_parameters_weight_', _pike_tensor((240, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.001881736214272678, 0.1918315291404724))
        self.register_buffer('w221_l_self_modules_units_modules_14_modules_bn2_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w222_l_self_modules_units_modules_14_modules_bn2_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w223_l_self_modules_units_modules_14_modules_bn2_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w224_l_self_modules_units_modules_14_modules_bn2_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w225_l_self_modules_units_modules_14_modules_conv3_parameters_weight_', _pike_tensor((960, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 0.00015585310757160187, 0.0646202564239502))
        self.register_buffer('w226_l_self_modules_units_modules_14_modules_bn3_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w227_l_self_modules_units_modules_14_modules_bn3_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w228_l_self_modules_units_modules_14_modules_bn3_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w229_l_self_modules_units_modules_14_modules_bn3_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w230_l_self_modules_units_modules_15_modules_conv1_parameters_weight_', _pike_tensor((240, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', -1.9574901671148837e-05, 0.032188501209020615))
        self.register_buffer('w231_l_self_modules_units_modules_15_modules_bn1_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w232_l_self_modules_units_modules_15_modules_bn1_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w233_l_self_modules_units_modules_15_modules_bn1_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w234_l_self_modules_units_modules_15_modules_bn1_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w235_l_self_modules_units_modules_15_modules_conv2_parameters_weight_', _pike_tensor((240, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.005234030541032553, 0.19350488483905792))
        self.register_buffer('w236_l_self_modules_units_modules_15_modules_bn2_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w237_l_self_modules_units_modules_15_modules_bn2_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w238_l_self_modules_units_modules_15_modules_bn2_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w239_l_self_modules_units_modules_15_modules_bn2_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w240_l_self_modules_units_modules_15_modules_conv3_parameters_weight_', _pike_tensor((960, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 9.548894013278186e-06, 0.06463570892810822))
        self.register_buffer('w241_l_self_modules_units_modules_15_modules_bn3_buffers_running_mean_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w242_l_self_modules_units_modules_15_modules_bn3_buffers_running_var_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w243_l_self_modules_units_modules_15_modules_bn3_parameters_weight_', _pike_tensor((960,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w244_l_self_modules_units_modules_15_modules_bn3_parameters_bias_', _pike_tensor((960,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w245_l_self_modules_fc_parameters_weight_', _pike_tensor((1000, 960), (960, 1), torch.float32, 'normal', -9.187127943732776e-06, 0.018638277426362038))
        self.register_buffer('w246_l_self_modules_fc_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.0004869235272053629, 0.018591534346342087))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_stem_modules_0_parameters_weight_ = self.w0_l_self_modules_stem_modules_0_parameters_weight_
        w1_l_self_modules_stem_modules_1_buffers_running_mean_ = self.w1_l_self_modules_stem_modules_1_buffers_running_mean_
        w2_l_self_modules_stem_modules_1_buffers_running_var_ = self.w2_l_self_modules_stem_modules_1_buffers_running_var_
        w3_l_self_modules_stem_modules_1_parameters_weight_ = self.w3_l_self_modules_stem_modules_1_parameters_weight_
        w4_l_self_modules_stem_modules_1_parameters_bias_ = self.w4_l_self_modules_stem_modules_1_parameters_bias_
        w5_l_self_modules_units_modules_0_modules_conv1_parameters_weight_ = self.w5_l_self_modules_units_modules_0_modules_conv1_parameters_weight_
        w6_l_self_modules_units_modules_0_modules_bn1_buffers_running_mean_ = self.w6_l_self_modules_units_modules_0_modules_bn1_buffers_running_mean_
        w7_l_self_modules_units_modules_0_modules_bn1_buffers_running_var_ = self.w7_l_self_modules_units_modules_0_modules_bn1_buffers_running_var_
        w8_l_self_modules_units_modules_0_modules_bn1_parameters_weight_ = self.w8_l_self_modules_units_modules_0_modules_bn1_parameters_weight_
        w9_l_self_modules_units_modules_0_modules_bn1_parameters_bias_ = self.w9_l_self_modules_units_modules_0_modules_bn1_parameters_bias_
        w10_l_self_modules_units_modules_0_modules_conv2_parameters_weight_ = self.w10_l_self_modules_units_modules_0_modules_conv2_parameters_weight_
        w11_l_self_modules_units_modules_0_modules_bn2_buffers_running_mean_ = self.w11_l_self_modules_units_modules_0_modules_bn2_buffers_running_mean_
        w12_l_self_modules_units_modules_0_modules_bn2_buffers_running_var_ = self.w12_l_self_modules_units_modules_0_modules_bn2_buffers_running_var_
        w13_l_self_modules_units_modules_0_modules_bn2_parameters_weight_ = self.w13_l_self_modules_units_modules_0_modules_bn2_parameters_weight_
        w14_l_self_modules_units_modules_0_modules_bn2_parameters_bias_ = self.w14_l_self_modules_units_modules_0_modules_bn2_parameters_bias_
        w15_l_self_modules_units_modules_0_modules_conv3_parameters_weight_ = self.w15_l_self_modules_units_modules_0_modules_conv3_parameters_weight_
        w16_l_self_modules_units_modules_0_modules_bn3_buffers_running_mean_ = self.w16_l_self_modules_units_modules_0_modules_bn3_buffers_running_mean_
        w17_l_self_modules_units_modules_0_modules_bn3_buffers_running_var_ = self.w17_l_self_modules_units_modules_0_modules_bn3_buffers_running_var_
        w18_l_self_modules_units_modules_0_modules_bn3_parameters_weight_ = self.w18_l_self_modules_units_modules_0_modules_bn3_parameters_weight_
        w19_l_self_modules_units_modules_0_modules_bn3_parameters_bias_ = self.w19_l_self_modules_units_modules_0_modules_bn3_parameters_bias_
        w20_l_self_modules_units_modules_1_modules_conv1_parameters_weight_ = self.w20_l_self_modules_units_modules_1_modules_conv1_parameters_weight_
        w21_l_self_modules_units_modules_1_modules_bn1_buffers_running_mean_ = self.w21_l_self_modules_units_modules_1_modules_bn1_buffers_running_mean_
        w22_l_self_modules_units_modules_1_modules_bn1_buffers_running_var_ = self.w22_l_self_modules_units_modules_1_modules_bn1_buffers_running_var_
        w23_l_self_modules_units_modules_1_modules_bn1_parameters_weight_ = self.w23_l_self_modules_units_modules_1_modules_bn1_parameters_weight_
        w24_l_self_modules_units_modules_1_modules_bn1_parameters_bias_ = self.w24_l_self_modules_units_modules_1_modules_bn1_parameters_bias_
        w25_l_self_modules_units_modules_1_modules_conv2_parameters_weight_ = self.w25_l_self_modules_units_modules_1_modules_conv2_parameters_weight_
        w26_l_self_modules_units_modules_1_modules_bn2_buffers_running_mean_ = self.w26_l_self_modules_units_modules_1_modules_bn2_buffers_running_mean_
        w27_l_self_modules_units_modules_1_modules_bn2_buffers_running_var_ = self.w27_l_self_modules_units_modules_1_modules_bn2_buffers_running_var_
        w28_l_self_modules_units_modules_1_modules_bn2_parameters_weight_ = self.w28_l_self_modules_units_modules_1_modules_bn2_parameters_weight_
        w29_l_self_modules_units_modules_1_modules_bn2_parameters_bias_ = self.w29_l_self_modules_units_modules_1_modules_bn2_parameters_bias_
        w30_l_self_modules_units_modules_1_modules_conv3_parameters_weight_ = self.w30_l_self_modules_units_modules_1_modules_conv3_parameters_weight_
        w31_l_self_modules_units_modules_1_modules_bn3_buffers_running_mean_ = self.w31_l_self_modules_units_modules_1_modules_bn3_buffers_running_mean_
        w32_l_self_modules_units_modules_1_modules_bn3_buffers_running_var_ = self.w32_l_self_modules_units_modules_1_modules_bn3_buffers_running_var_
        w33_l_self_modules_units_modules_1_modules_bn3_parameters_weight_ = self.w33_l_self_modules_units_modules_1_modules_bn3_parameters_weight_
        w34_l_self_modules_units_modules_1_modules_bn3_parameters_bias_ = self.w34_l_self_modules_units_modules_1_modules_bn3_parameters_bias_
        w35_l_self_modules_units_modules_2_modules_conv1_parameters_weight_ = self.w35_l_self_modules_units_modules_2_modules_conv1_parameters_weight_
        w36_l_self_modules_units_modules_2_modules_bn1_buffers_running_mean_ = self.w36_l_self_modules_units_modules_2_modules_bn1_buffers_running_mean_
        w37_l_self_modules_units_modules_2_modules_bn1_buffers_running_var_ = self.w37_l_self_modules_units_modules_2_modules_bn1_buffers_running_var_
        w38_l_self_modules_units_modules_2_modules_bn1_parameters_weight_ = self.w38_l_self_modules_units_modules_2_modules_bn1_parameters_weight_
        w39_l_self_modules_units_modules_2_modules_bn1_parameters_bias_ = self.w39_l_self_modules_units_modules_2_modules_bn1_parameters_bias_
        w40_l_self_modules_units_modules_2_modules_conv2_parameters_weight_ = self.w40_l_self_modules_units_modules_2_modules_conv2_parameters_weight_
        w41_l_self_modules_units_modules_2_modules_bn2_buffers_running_mean_ = self.w41_l_self_modules_units_modules_2_modules_bn2_buffers_running_mean_
        w42_l_self_modules_units_modules_2_modules_bn2_buffers_running_var_ = self.w42_l_self_modules_units_modules_2_modules_bn2_buffers_running_var_
        w43_l_self_modules_units_modules_2_modules_bn2_parameters_weight_ = self.w43_l_self_modules_units_modules_2_modules_bn2_parameters_weight_
        w44_l_self_modules_units_modules_2_modules_bn2_parameters_bias_ = self.w44_l_self_modules_units_modules_2_modules_bn2_parameters_bias_
        w45_l_self_modules_units_modules_2_modules_conv3_parameters_weight_ = self.w45_l_self_modules_units_modules_2_modules_conv3_parameters_weight_
        w46_l_self_modules_units_modules_2_modules_bn3_buffers_running_mean_ = self.w46_l_self_modules_units_modules_2_modules_bn3_buffers_running_mean_
        w47_l_self_modules_units_modules_2_modules_bn3_buffers_running_var_ = self.w47_l_self_modules_units_modules_2_modules_bn3_buffers_running_var_
        w48_l_self_modules_units_modules_2_modules_bn3_parameters_weight_ = self.w48_l_self_modules_units_modules_2_modules_bn3_parameters_weight_
        w49_l_self_modules_units_modules_2_modules_bn3_parameters_bias_ = self.w49_l_self_modules_units_modules_2_modules_bn3_parameters_bias_
        w50_l_self_modules_units_modules_3_modules_conv1_parameters_weight_ = self.w50_l_self_modules_units_modules_3_modules_conv1_parameters_weight_
        w51_l_self_modules_units_modules_3_modules_bn1_buffers_running_mean_ = self.w51_l_self_modules_units_modules_3_modules_bn1_buffers_running_mean_
        w52_l_self_modules_units_modules_3_modules_bn1_buffers_running_var_ = self.w52_l_self_modules_units_modules_3_modules_bn1_buffers_running_var_
        w53_l_self_modules_units_modules_3_modules_bn1_parameters_weight_ = self.w53_l_self_modules_units_modules_3_modules_bn1_parameters_weight_
        w54_l_self_modules_units_modules_3_modules_bn1_parameters_bias_ = self.w54_l_self_modules_units_modules_3_modules_bn1_parameters_bias_
        w55_l_self_modules_units_modules_3_modules_conv2_parameters_weight_ = self.w55_l_self_modules_units_modules_3_modules_conv2_parameters_weight_
        w56_l_self_modules_units_modules_3_modules_bn2_buffers_running_mean_ = self.w56_l_self_modules_units_modules_3_modules_bn2_buffers_running_mean_
        w57_l_self_modules_units_modules_3_modules_bn2_buffers_running_var_ = self.w57_l_self_modules_units_modules_3_modules_bn2_buffers_running_var_
        w58_l_self_modules_units_modules_3_modules_bn2_parameters_weight_ = self.w58_l_self_modules_units_modules_3_modules_bn2_parameters_weight_
        w59_l_self_modules_units_modules_3_modules_bn2_parameters_bias_ = self.w59_l_self_modules_units_modules_3_modules_bn2_parameters_bias_
        w60_l_self_modules_units_modules_3_modules_conv3_parameters_weight_ = self.w60_l_self_modules_units_modules_3_modules_conv3_parameters_weight_
        w61_l_self_modules_units_modules_3_modules_bn3_buffers_running_mean_ = self.w61_l_self_modules_units_modules_3_modules_bn3_buffers_running_mean_
        w62_l_self_modules_units_modules_3_modules_bn3_buffers_running_var_ = self.w62_l_self_modules_units_modules_3_modules_bn3_buffers_running_var_
        w63_l_self_modules_units_modules_3_modules_bn3_parameters_weight_ = self.w63_l_self_modules_units_modules_3_modules_bn3_parameters_weight_
        w64_l_self_modules_units_modules_3_modules_bn3_parameters_bias_ = self.w64_l_self_modules_units_modules_3_modules_bn3_parameters_bias_
        w65_l_self_modules_units_modules_4_modules_conv1_parameters_weight_ = self.w65_l_self_modules_units_modules_4_modules_conv1_parameters_weight_
        w66_l_self_modules_units_modules_4_modules_bn1_buffers_running_mean_ = self.w66_l_self_modules_units_modules_4_modules_bn1_buffers_running_mean_
        w67_l_self_modules_units_modules_4_modules_bn1_buffers_running_var_ = self.w67_l_self_modules_units_modules_4_modules_bn1_buffers_running_var_
        w68_l_self_modules_units_modules_4_modules_bn1_parameters_weight_ = self.w68_l_self_modules_units_modules_4_modules_bn1_parameters_weight_
        w69_l_self_modules_units_modules_4_modules_bn1_parameters_bias_ = self.w69_l_self_modules_units_modules_4_modules_bn1_parameters_bias_
        w70_l_self_modules_units_modules_4_modules_conv2_parameters_weight_ = self.w70_l_self_modules_units_modules_4_modules_conv2_parameters_weight_
        w71_l_self_modules_units_modules_4_modules_bn2_buffers_running_mean_ = self.w71_l_self_modules_units_modules_4_modules_bn2_buffers_running_mean_
        w72_l_self_modules_units_modules_4_modules_bn2_buffers_running_var_ = self.w72_l_self_modules_units_modules_4_modules_bn2_buffers_running_var_
        w73_l_self_modules_units_modules_4_modules_bn2_parameters_weight_ = self.w73_l_self_modules_units_modules_4_modules_bn2_parameters_weight_
        w74_l_self_modules_units_modules_4_modules_bn2_parameters_bias_ = self.w74_l_self_modules_units_modules_4_modules_bn2_parameters_bias_
        w75_l_self_modules_units_modules_4_modules_conv3_parameters_weight_ = self.w75_l_self_modules_units_modules_4_modules_conv3_parameters_weight_
        w76_l_self_modules_units_modules_4_modules_bn3_buffers_running_mean_ = self.w76_l_self_modules_units_modules_4_modules_bn3_buffers_running_mean_
        w77_l_self_modules_units_modules_4_modules_bn3_buffers_running_var_ = self.w77_l_self_modules_units_modules_4_modules_bn3_buffers_running_var_
        w78_l_self_modules_units_modules_4_modules_bn3_parameters_weight_ = self.w78_l_self_modules_units_modules_4_modules_bn3_parameters_weight_
        w79_l_self_modules_units_modules_4_modules_bn3_parameters_bias_ = self.w79_l_self_modules_units_modules_4_modules_bn3_parameters_bias_
        w80_l_self_modules_units_modules_5_modules_conv1_parameters_weight_ = self.w80_l_self_modules_units_modules_5_modules_conv1_parameters_weight_
        w81_l_self_modules_units_modules_5_modules_bn1_buffers_running_mean_ = self.w81_l_self_modules_units_modules_5_modules_bn1_buffers_running_mean_
        w82_l_self_modules_units_modules_5_modules_bn1_buffers_running_var_ = self.w82_l_self_modules_units_modules_5_modules_bn1_buffers_running_var_
        w83_l_self_modules_units_modules_5_modules_bn1_parameters_weight_ = self.w83_l_self_modules_units_modules_5_modules_bn1_parameters_weight_
        w84_l_self_modules_units_modules_5_modules_bn1_parameters_bias_ = self.w84_l_self_modules_units_modules_5_modules_bn1_parameters_bias_
        w85_l_self_modules_units_modules_5_modules_conv2_parameters_weight_ = self.w85_l_self_modules_units_modules_5_modules_conv2_parameters_weight_
        w86_l_self_modules_units_modules_5_modules_bn2_buffers_running_mean_ = self.w86_l_self_modules_units_modules_5_modules_bn2_buffers_running_mean_
        w87_l_self_modules_units_modules_5_modules_bn2_buffers_running_var_ = self.w87_l_self_modules_units_modules_5_modules_bn2_buffers_running_var_
        w88_l_self_modules_units_modules_5_modules_bn2_parameters_weight_ = self.w88_l_self_modules_units_modules_5_modules_bn2_parameters_weight_
        w89_l_self_modules_units_modules_5_modules_bn2_parameters_bias_ = self.w89_l_self_modules_units_modules_5_modules_bn2_parameters_bias_
        w90_l_self_modules_units_modules_5_modules_conv3_parameters_weight_ = self.w90_l_self_modules_units_modules_5_modules_conv3_parameters_weight_
        w91_l_self_modules_units_modules_5_modules_bn3_buffers_running_mean_ = self.w91_l_self_modules_units_modules_5_modules_bn3_buffers_running_mean_
        w92_l_self_modules_units_modules_5_modules_bn3_buffers_running_var_ = self.w92_l_self_modules_units_modules_5_modules_bn3_buffers_running_var_
        w93_l_self_modules_units_modules_5_modules_bn3_parameters_weight_ = self.w93_l_self_modules_units_modules_5_modules_bn3_parameters_weight_
        w94_l_self_modules_units_modules_5_modules_bn3_parameters_bias_ = self.w94_l_self_modules_units_modules_5_modules_bn3_parameters_bias_
        w95_l_self_modules_units_modules_6_modules_conv1_parameters_weight_ = self.w95_l_self_modules_units_modules_6_modules_conv1_parameters_weight_
        w96_l_self_modules_units_modules_6_modules_bn1_buffers_running_mean_ = self.w96_l_self_modules_units_modules_6_modules_bn1_buffers_running_mean_
        w97_l_self_modules_units_modules_6_modules_bn1_buffers_running_var_ = self.w97_l_self_modules_units_modules_6_modules_bn1_buffers_running_var_
        w98_l_self_modules_units_modules_6_modules_bn1_parameters_weight_ = self.w98_l_self_modules_units_modules_6_modules_bn1_parameters_weight_
        w99_l_self_modules_units_modules_6_modules_bn1_parameters_bias_ = self.w99_l_self_modules_units_modules_6_modules_bn1_parameters_bias_
        w100_l_self_modules_units_modules_6_modules_conv2_parameters_weight_ = self.w100_l_self_modules_units_modules_6_modules_conv2_parameters_weight_
        w101_l_self_modules_units_modules_6_modules_bn2_buffers_running_mean_ = self.w101_l_self_modules_units_modules_6_modules_bn2_buffers_running_mean_
        w102_l_self_modules_units_modules_6_modules_bn2_buffers_running_var_ = self.w102_l_self_modules_units_modules_6_modules_bn2_buffers_running_var_
        w103_l_self_modules_units_modules_6_modules_bn2_parameters_weight_ = self.w103_l_self_modules_units_modules_6_modules_bn2_parameters_weight_
        w104_l_self_modules_units_modules_6_modules_bn2_parameters_bias_ = self.w104_l_self_modules_units_modules_6_modules_bn2_parameters_bias_
        w105_l_self_modules_units_modules_6_modules_conv3_parameters_weight_ = self.w105_l_self_modules_units_modules_6_modules_conv3_parameters_weight_
        w106_l_self_modules_units_modules_6_modules_bn3_buffers_running_mean_ = self.w106_l_self_modules_units_modules_6_modules_bn3_buffers_running_mean_
        w107_l_self_modules_units_modules_6_modules_bn3_buffers_running_var_ = self.w107_l_self_modules_units_modules_6_modules_bn3_buffers_running_var_
        w108_l_self_modules_units_modules_6_modules_bn3_parameters_weight_ = self.w108_l_self_modules_units_modules_6_modules_bn3_parameters_weight_
        w109_l_self_modules_units_modules_6_modules_bn3_parameters_bias_ = self.w109_l_self_modules_units_modules_6_modules_bn3_parameters_bias_
        w110_l_self_modules_units_modules_7_modules_conv1_parameters_weight_ = self.w110_l_self_modules_units_modules_7_modules_conv1_parameters_weight_
        w111_l_self_modules_units_modules_7_modules_bn1_buffers_running_mean_ = self.w111_l_self_modules_units_modules_7_modules_bn1_buffers_running_mean_
        w112_l_self_modules_units_modules_7_modules_bn1_buffers_running_var_ = self.w112_l_self_modules_units_modules_7_modules_bn1_buffers_running_var_
        w113_l_self_modules_units_modules_7_modules_bn1_parameters_weight_ = self.w113_l_self_modules_units_modules_7_modules_bn1_parameters_weight_
        w114_l_self_modules_units_modules_7_modules_bn1_parameters_bias_ = self.w114_l_self_modules_units_modules_7_modules_bn1_parameters_bias_
        w115_l_self_modules_units_modules_7_modules_conv2_parameters_weight_ = self.w115_l_self_modules_units_modules_7_modules_conv2_parameters_weight_
        w116_l_self_modules_units_modules_7_modules_bn2_buffers_running_mean_ = self.w116_l_self_modules_units_modules_7_modules_bn2_buffers_running_mean_
        w117_l_self_modules_units_modules_7_modules_bn2_buffers_running_var_ = self.w117_l_self_modules_units_modules_7_modules_bn2_buffers_running_var_
        w118_l_self_modules_units_modules_7_modules_bn2_parameters_weight_ = self.w118_l_self_modules_units_modules_7_modules_bn2_parameters_weight_
        w119_l_self_modules_units_modules_7_modules_bn2_parameters_bias_ = self.w119_l_self_modules_units_modules_7_modules_bn2_parameters_bias_
        w120_l_self_modules_units_modules_7_modules_conv3_parameters_weight_ = self.w120_l_self_modules_units_modules_7_modules_conv3_parameters_weight_
        w121_l_self_modules_units_modules_7_modules_bn3_buffers_running_mean_ = self.w121_l_self_modules_units_modules_7_modules_bn3_buffers_running_mean_
        w122_l_self_modules_units_modules_7_modules_bn3_buffers_running_var_ = self.w122_l_self_modules_units_modules_7_modules_bn3_buffers_running_var_
        w123_l_self_modules_units_modules_7_modules_bn3_parameters_weight_ = self.w123_l_self_modules_units_modules_7_modules_bn3_parameters_weight_
        w124_l_self_modules_units_modules_7_modules_bn3_parameters_bias_ = self.w124_l_self_modules_units_modules_7_modules_bn3_parameters_bias_
        w125_l_self_modules_units_modules_8_modules_conv1_parameters_weight_ = self.w125_l_self_modules_units_modules_8_modules_conv1_parameters_weight_
        w126_l_self_modules_units_modules_8_modules_bn1_buffers_running_mean_ = self.w126_l_self_modules_units_modules_8_modules_bn1_buffers_running_mean_
        w127_l_self_modules_units_modules_8_modules_bn1_buffers_running_var_ = self.w127_l_self_modules_units_modules_8_modules_bn1_buffers_running_var_
        w128_l_self_modules_units_modules_8_modules_bn1_parameters_weight_ = self.w128_l_self_modules_units_modules_8_modules_bn1_parameters_weight_
        w129_l_self_modules_units_modules_8_modules_bn1_parameters_bias_ = self.w129_l_self_modules_units_modules_8_modules_bn1_parameters_bias_
        w130_l_self_modules_units_modules_8_modules_conv2_parameters_weight_ = self.w130_l_self_modules_units_modules_8_modules_conv2_parameters_weight_
        w131_l_self_modules_units_modules_8_modules_bn2_buffers_running_mean_ = self.w131_l_self_modules_units_modules_8_modules_bn2_buffers_running_mean_
        w132_l_self_modules_units_modules_8_modules_bn2_buffers_running_var_ = self.w132_l_self_modules_units_modules_8_modules_bn2_buffers_running_var_
        w133_l_self_modules_units_modules_8_modules_bn2_parameters_weight_ = self.w133_l_self_modules_units_modules_8_modules_bn2_parameters_weight_
        w134_l_self_modules_units_modules_8_modules_bn2_parameters_bias_ = self.w134_l_self_modules_units_modules_8_modules_bn2_parameters_bias_
        w135_l_self_modules_units_modules_8_modules_conv3_parameters_weight_ = self.w135_l_self_modules_units_modules_8_modules_conv3_parameters_weight_
        w136_l_self_modules_units_modules_8_modules_bn3_buffers_running_mean_ = self.w136_l_self_modules_units_modules_8_modules_bn3_buffers_running_mean_
        w137_l_self_modules_units_modules_8_modules_bn3_buffers_running_var_ = self.w137_l_self_modules_units_modules_8_modules_bn3_buffers_running_var_
        w138_l_self_modules_units_modules_8_modules_bn3_parameters_weight_ = self.w138_l_self_modules_units_modules_8_modules_bn3_parameters_weight_
        w139_l_self_modules_units_modules_8_modules_bn3_parameters_bias_ = self.w139_l_self_modules_units_modules_8_modules_bn3_parameters_bias_
        w140_l_self_modules_units_modules_9_modules_conv1_parameters_weight_ = self.w140_l_self_modules_units_modules_9_modules_conv1_parameters_weight_
        w141_l_self_modules_units_modules_9_modules_bn1_buffers_running_mean_ = self.w141_l_self_modules_units_modules_9_modules_bn1_buffers_running_mean_
        w142_l_self_modules_units_modules_9_modules_bn1_buffers_running_var_ = self.w142_l_self_modules_units_modules_9_modules_bn1_buffers_running_var_
        w143_l_self_modules_units_modules_9_modules_bn1_parameters_weight_ = self.w143_l_self_modules_units_modules_9_modules_bn1_parameters_weight_
        w144_l_self_modules_units_modules_9_modules_bn1_parameters_bias_ = self.w144_l_self_modules_units_modules_9_modules_bn1_parameters_bias_
        w145_l_self_modules_units_modules_9_modules_conv2_parameters_weight_ = self.w145_l_self_modules_units_modules_9_modules_conv2_parameters_weight_
        w146_l_self_modules_units_modules_9_modules_bn2_buffers_running_mean_ = self.w146_l_self_modules_units_modules_9_modules_bn2_buffers_running_mean_
        w147_l_self_modules_units_modules_9_modules_bn2_buffers_running_var_ = self.w147_l_self_modules_units_modules_9_modules_bn2_buffers_running_var_
        w148_l_self_modules_units_modules_9_modules_bn2_parameters_weight_ = self.w148_l_self_modules_units_modules_9_modules_bn2_parameters_weight_
        w149_l_self_modules_units_modules_9_modules_bn2_parameters_bias_ = self.w149_l_self_modules_units_modules_9_modules_bn2_parameters_bias_
        w150_l_self_modules_units_modules_9_modules_conv3_parameters_weight_ = self.w150_l_self_modules_units_modules_9_modules_conv3_parameters_weight_
        w151_l_self_modules_units_modules_9_modules_bn3_buffers_running_mean_ = self.w151_l_self_modules_units_modules_9_modules_bn3_buffers_running_mean_
        w152_l_self_modules_units_modules_9_modules_bn3_buffers_running_var_ = self.w152_l_self_modules_units_modules_9_modules_bn3_buffers_running_var_
        w153_l_self_modules_units_modules_9_modules_bn3_parameters_weight_ = self.w153_l_self_modules_units_modules_9_modules_bn3_parameters_weight_
        w154_l_self_modules_units_modules_9_modules_bn3_parameters_bias_ = self.w154_l_self_modules_units_modules_9_modules_bn3_parameters_bias_
        w155_l_self_modules_units_modules_10_modules_conv1_parameters_weight_ = self.w155_l_self_modules_units_modules_10_modules_conv1_parameters_weight_
        w156_l_self_modules_units_modules_10_modules_bn1_buffers_running_mean_ = self.w156_l_self_modules_units_modules_10_modules_bn1_buffers_running_mean_
        w157_l_self_modules_units_modules_10_modules_bn1_buffers_running_var_ = self.w157_l_self_modules_units_modules_10_modules_bn1_buffers_running_var_
        w158_l_self_modules_units_modules_10_modules_bn1_parameters_weight_ = self.w158_l_self_modules_units_modules_10_modules_bn1_parameters_weight_
        w159_l_self_modules_units_modules_10_modules_bn1_parameters_bias_ = self.w159_l_self_modules_units_modules_10_modules_bn1_parameters_bias_
        w160_l_self_modules_units_modules_10_modules_conv2_parameters_weight_ = self.w160_l_self_modules_units_modules_10_modules_conv2_parameters_weight_
        w161_l_self_modules_units_modules_10_modules_bn2_buffers_running_mean_ = self.w161_l_self_modules_units_modules_10_modules_bn2_buffers_running_mean_
        w162_l_self_modules_units_modules_10_modules_bn2_buffers_running_var_ = self.w162_l_self_modules_units_modules_10_modules_bn2_buffers_running_var_
        w163_l_self_modules_units_modules_10_modules_bn2_parameters_weight_ = self.w163_l_self_modules_units_modules_10_modules_bn2_parameters_weight_
        w164_l_self_modules_units_modules_10_modules_bn2_parameters_bias_ = self.w164_l_self_modules_units_modules_10_modules_bn2_parameters_bias_
        w165_l_self_modules_units_modules_10_modules_conv3_parameters_weight_ = self.w165_l_self_modules_units_modules_10_modules_conv3_parameters_weight_
        w166_l_self_modules_units_modules_10_modules_bn3_buffers_running_mean_ = self.w166_l_self_modules_units_modules_10_modules_bn3_buffers_running_mean_
        w167_l_self_modules_units_modules_10_modules_bn3_buffers_running_var_ = self.w167_l_self_modules_units_modules_10_modules_bn3_buffers_running_var_
        w168_l_self_modules_units_modules_10_modules_bn3_parameters_weight_ = self.w168_l_self_modules_units_modules_10_modules_bn3_parameters_weight_
        w169_l_self_modules_units_modules_10_modules_bn3_parameters_bias_ = self.w169_l_self_modules_units_modules_10_modules_bn3_parameters_bias_
        w170_l_self_modules_units_modules_11_modules_conv1_parameters_weight_ = self.w170_l_self_modules_units_modules_11_modules_conv1_parameters_weight_
        w171_l_self_modules_units_modules_11_modules_bn1_buffers_running_mean_ = self.w171_l_self_modules_units_modules_11_modules_bn1_buffers_running_mean_
        w172_l_self_modules_units_modules_11_modules_bn1_buffers_running_var_ = self.w172_l_self_modules_units_modules_11_modules_bn1_buffers_running_var_
        w173_l_self_modules_units_modules_11_modules_bn1_parameters_weight_ = self.w173_l_self_modules_units_modules_11_modules_bn1_parameters_weight_
        w174_l_self_modules_units_modules_11_modules_bn1_parameters_bias_ = self.w174_l_self_modules_units_modules_11_modules_bn1_parameters_bias_
        w175_l_self_modules_units_modules_11_modules_conv2_parameters_weight_ = self.w175_l_self_modules_units_modules_11_modules_conv2_parameters_weight_
        w176_l_self_modules_units_modules_11_modules_bn2_buffers_running_mean_ = self.w176_l_self_modules_units_modules_11_modules_bn2_buffers_running_mean_
        w177_l_self_modules_units_modules_11_modules_bn2_buffers_running_var_ = self.w177_l_self_modules_units_modules_11_modules_bn2_buffers_running_var_
        w178_l_self_modules_units_modules_11_modules_bn2_parameters_weight_ = self.w178_l_self_modules_units_modules_11_modules_bn2_parameters_weight_
        w179_l_self_modules_units_modules_11_modules_bn2_parameters_bias_ = self.w179_l_self_modules_units_modules_11_modules_bn2_parameters_bias_
        w180_l_self_modules_units_modules_11_modules_conv3_parameters_weight_ = self.w180_l_self_modules_units_modules_11_modules_conv3_parameters_weight_
        w181_l_self_modules_units_modules_11_modules_bn3_buffers_running_mean_ = self.w181_l_self_modules_units_modules_11_modules_bn3_buffers_running_mean_
        w182_l_self_modules_units_modules_11_modules_bn3_buffers_running_var_ = self.w182_l_self_modules_units_modules_11_modules_bn3_buffers_running_var_
        w183_l_self_modules_units_modules_11_modules_bn3_parameters_weight_ = self.w183_l_self_modules_units_modules_11_modules_bn3_parameters_weight_
        w184_l_self_modules_units_modules_11_modules_bn3_parameters_bias_ = self.w184_l_self_modules_units_modules_11_modules_bn3_parameters_bias_
        w185_l_self_modules_units_modules_12_modules_conv1_parameters_weight_ = self.w185_l_self_modules_units_modules_12_modules_conv1_parameters_weight_
        w186_l_self_modules_units_modules_12_modules_bn1_buffers_running_mean_ = self.w186_l_self_modules_units_modules_12_modules_bn1_buffers_running_mean_
        w187_l_self_modules_units_modules_12_modules_bn1_buffers_running_var_ = self.w187_l_self_modules_units_modules_12_modules_bn1_buffers_running_var_
        w188_l_self_modules_units_modules_12_modules_bn1_parameters_weight_ = self.w188_l_self_modules_units_modules_12_modules_bn1_parameters_weight_
        w189_l_self_modules_units_modules_12_modules_bn1_parameters_bias_ = self.w189_l_self_modules_units_modules_12_modules_bn1_parameters_bias_
        w190_l_self_modules_units_modules_12_modules_conv2_parameters_weight_ = self.w190_l_self_modules_units_modules_12_modules_conv2_parameters_weight_
        w191_l_self_modules_units_modules_12_modules_bn2_buffers_running_mean_ = self.w191_l_self_modules_units_modules_12_modules_bn2_buffers_running_mean_
        w192_l_self_modules_units_modules_12_modules_bn2_buffers_running_var_ = self.w192_l_self_modules_units_modules_12_modules_bn2_buffers_running_var_
        w193_l_self_modules_units_modules_12_modules_bn2_parameters_weight_ = self.w193_l_self_modules_units_modules_12_modules_bn2_parameters_weight_
        w194_l_self_modules_units_modules_12_modules_bn2_parameters_bias_ = self.w194_l_self_modules_units_modules_12_modules_bn2_parameters_bias_
        w195_l_self_modules_units_modules_12_modules_conv3_parameters_weight_ = self.w195_l_self_modules_units_modules_12_modules_conv3_parameters_weight_
        w196_l_self_modules_units_modules_12_modules_bn3_buffers_running_mean_ = self.w196_l_self_modules_units_modules_12_modules_bn3_buffers_running_mean_
        w197_l_self_modules_units_modules_12_modules_bn3_buffers_running_var_ = self.w197_l_self_modules_units_modules_12_modules_bn3_buffers_running_var_
        w198_l_self_modules_units_modules_12_modules_bn3_parameters_weight_ = self.w198_l_self_modules_units_modules_12_modules_bn3_parameters_weight_
        w199_l_self_modules_units_modules_12_modules_bn3_parameters_bias_ = self.w199_l_self_modules_units_modules_12_modules_bn3_parameters_bias_
        w200_l_self_modules_units_modules_13_modules_conv1_parameters_weight_ = self.w200_l_self_modules_units_modules_13_modules_conv1_parameters_weight_
        w201_l_self_modules_units_modules_13_modules_bn1_buffers_running_mean_ = self.w201_l_self_modules_units_modules_13_modules_bn1_buffers_running_mean_
        w202_l_self_modules_units_modules_13_modules_bn1_buffers_running_var_ = self.w202_l_self_modules_units_modules_13_modules_bn1_buffers_running_var_
        w203_l_self_modules_units_modules_13_modules_bn1_parameters_weight_ = self.w203_l_self_modules_units_modules_13_modules_bn1_parameters_weight_
        w204_l_self_modules_units_modules_13_modules_bn1_parameters_bias_ = self.w204_l_self_modules_units_modules_13_modules_bn1_parameters_bias_
        w205_l_self_modules_units_modules_13_modules_conv2_parameters_weight_ = self.w205_l_self_modules_units_modules_13_modules_conv2_parameters_weight_
        w206_l_self_modules_units_modules_13_modules_bn2_buffers_running_mean_ = self.w206_l_self_modules_units_modules_13_modules_bn2_buffers_running_mean_
        w207_l_self_modules_units_modules_13_modules_bn2_buffers_running_var_ = self.w207_l_self_modules_units_modules_13_modules_bn2_buffers_running_var_
        w208_l_self_modules_units_modules_13_modules_bn2_parameters_weight_ = self.w208_l_self_modules_units_modules_13_modules_bn2_parameters_weight_
        w209_l_self_modules_units_modules_13_modules_bn2_parameters_bias_ = self.w209_l_self_modules_units_modules_13_modules_bn2_parameters_bias_
        w210_l_self_modules_units_modules_13_modules_conv3_parameters_weight_ = self.w210_l_self_modules_units_modules_13_modules_conv3_parameters_weight_
        w211_l_self_modules_units_modules_13_modules_bn3_buffers_running_mean_ = self.w211_l_self_modules_units_modules_13_modules_bn3_buffers_running_mean_
        w212_l_self_modules_units_modules_13_modules_bn3_buffers_running_var_ = self.w212_l_self_modules_units_modules_13_modules_bn3_buffers_running_var_
        w213_l_self_modules_units_modules_13_modules_bn3_parameters_weight_ = self.w213_l_self_modules_units_modules_13_modules_bn3_parameters_weight_
        w214_l_self_modules_units_modules_13_modules_bn3_parameters_bias_ = self.w214_l_self_modules_units_modules_13_modules_bn3_parameters_bias_
        w215_l_self_modules_units_modules_14_modules_conv1_parameters_weight_ = self.w215_l_self_modules_units_modules_14_modules_conv1_parameters_weight_
        w216_l_self_modules_units_modules_14_modules_bn1_buffers_running_mean_ = self.w216_l_self_modules_units_modules_14_modules_bn1_buffers_running_mean_
        w217_l_self_modules_units_modules_14_modules_bn1_buffers_running_var_ = self.w217_l_self_modules_units_modules_14_modules_bn1_buffers_running_var_
        w218_l_self_modules_units_modules_14_modules_bn1_parameters_weight_ = self.w218_l_self_modules_units_modules_14_modules_bn1_parameters_weight_
        w219_l_self_modules_units_modules_14_modules_bn1_parameters_bias_ = self.w219_l_self_modules_units_modules_14_modules_bn1_parameters_bias_
        w220_l_self_modules_units_modules_14_modules_conv2_parameters_weight_ = self.w220_l_self_modules_units_modules_14_modules_conv2_parameters_weight_
        w221_l_self_modules_units_modules_14_modules_bn2_buffers_running_mean_ = self.w221_l_self_modules_units_modules_14_modules_bn2_buffers_running_mean_
        w222_l_self_modules_units_modules_14_modules_bn2_buffers_running_var_ = self.w222_l_self_modules_units_modules_14_modules_bn2_buffers_running_var_
        w223_l_self_modules_units_modules_14_modules_bn2_parameters_weight_ = self.w223_l_self_modules_units_modules_14_modules_bn2_parameters_weight_
        w224_l_self_modules_units_modules_14_modules_bn2_parameters_bias_ = self.w224_l_self_modules_units_modules_14_modules_bn2_parameters_bias_
        w225_l_self_modules_units_modules_14_modules_conv3_parameters_weight_ = self.w225_l_self_modules_units_modules_14_modules_conv3_parameters_weight_
        w226_l_self_modules_units_modules_14_modules_bn3_buffers_running_mean_ = self.w226_l_self_modules_units_modules_14_modules_bn3_buffers_running_mean_
        w227_l_self_modules_units_modules_14_modules_bn3_buffers_running_var_ = self.w227_l_self_modules_units_modules_14_modules_bn3_buffers_running_var_
        w228_l_self_modules_units_modules_14_modules_bn3_parameters_weight_ = self.w228_l_self_modules_units_modules_14_modules_bn3_parameters_weight_
        w229_l_self_modules_units_modules_14_modules_bn3_parameters_bias_ = self.w229_l_self_modules_units_modules_14_modules_bn3_parameters_bias_
        w230_l_self_modules_units_modules_15_modules_conv1_parameters_weight_ = self.w230_l_self_modules_units_modules_15_modules_conv1_parameters_weight_
        w231_l_self_modules_units_modules_15_modules_bn1_buffers_running_mean_ = self.w231_l_self_modules_units_modules_15_modules_bn1_buffers_running_mean_
        w232_l_self_modules_units_modules_15_modules_bn1_buffers_running_var_ = self.w232_l_self_modules_units_modules_15_modules_bn1_buffers_running_var_
        w233_l_self_modules_units_modules_15_modules_bn1_parameters_weight_ = self.w233_l_self_modules_units_modules_15_modules_bn1_parameters_weight_
        w234_l_self_modules_units_modules_15_modules_bn1_parameters_bias_ = self.w234_l_self_modules_units_modules_15_modules_bn1_parameters_bias_
        w235_l_self_modules_units_modules_15_modules_conv2_parameters_weight_ = self.w235_l_self_modules_units_modules_15_modules_conv2_parameters_weight_
        w236_l_self_modules_units_modules_15_modules_bn2_buffers_running_mean_ = self.w236_l_self_modules_units_modules_15_modules_bn2_buffers_running_mean_
        w237_l_self_modules_units_modules_15_modules_bn2_buffers_running_var_ = self.w237_l_self_modules_units_modules_15_modules_bn2_buffers_running_var_
        w238_l_self_modules_units_modules_15_modules_bn2_parameters_weight_ = self.w238_l_self_modules_units_modules_15_modules_bn2_parameters_weight_
        w239_l_self_modules_units_modules_15_modules_bn2_parameters_bias_ = self.w239_l_self_modules_units_modules_15_modules_bn2_parameters_bias_
        w240_l_self_modules_units_modules_15_modules_conv3_parameters_weight_ = self.w240_l_self_modules_units_modules_15_modules_conv3_parameters_weight_
        w241_l_self_modules_units_modules_15_modules_bn3_buffers_running_mean_ = self.w241_l_self_modules_units_modules_15_modules_bn3_buffers_running_mean_
        w242_l_self_modules_units_modules_15_modules_bn3_buffers_running_var_ = self.w242_l_self_modules_units_modules_15_modules_bn3_buffers_running_var_
        w243_l_self_modules_units_modules_15_modules_bn3_parameters_weight_ = self.w243_l_self_modules_units_modules_15_modules_bn3_parameters_weight_
        w244_l_self_modules_units_modules_15_modules_bn3_parameters_bias_ = self.w244_l_self_modules_units_modules_15_modules_bn3_parameters_bias_
        w245_l_self_modules_fc_parameters_weight_ = self.w245_l_self_modules_fc_parameters_weight_
        w246_l_self_modules_fc_parameters_bias_ = self.w246_l_self_modules_fc_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_stem_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_x_ = w0_l_self_modules_stem_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w1_l_self_modules_stem_modules_1_buffers_running_mean_, w2_l_self_modules_stem_modules_1_buffers_running_var_, w3_l_self_modules_stem_modules_1_parameters_weight_, w4_l_self_modules_stem_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w1_l_self_modules_stem_modules_1_buffers_running_mean_ = w2_l_self_modules_stem_modules_1_buffers_running_var_ = w3_l_self_modules_stem_modules_1_parameters_weight_ = w4_l_self_modules_stem_modules_1_parameters_bias_ = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        input_4 = torch.nn.functional.max_pool2d(input_3, 3, 2, 1, 1, ceil_mode = False, return_indices = False);  input_3 = None
        conv2d_1 = torch.conv2d(input_4, w5_l_self_modules_units_modules_0_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w5_l_self_modules_units_modules_0_modules_conv1_parameters_weight_ = None
        avg_pool2d = torch._C._nn.avg_pool2d(input_4, 3, 2, 1);  input_4 = None
        batch_norm_1 = torch.nn.functional.batch_norm(conv2d_1, w6_l_self_modules_units_modules_0_modules_bn1_buffers_running_mean_, w7_l_self_modules_units_modules_0_modules_bn1_buffers_running_var_, w8_l_self_modules_units_modules_0_modules_bn1_parameters_weight_, w9_l_self_modules_units_modules_0_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_1 = w6_l_self_modules_units_modules_0_modules_bn1_buffers_running_mean_ = w7_l_self_modules_units_modules_0_modules_bn1_buffers_running_var_ = w8_l_self_modules_units_modules_0_modules_bn1_parameters_weight_ = w9_l_self_modules_units_modules_0_modules_bn1_parameters_bias_ = None
        out = torch.nn.functional.relu(batch_norm_1);  batch_norm_1 = None
        view = out.view(10, 3, 20, 56, 56);  out = None
        x = view.transpose(1, 2);  view = None
        out_1 = x.reshape(10, 60, 56, 56);  x = None
        conv2d_2 = torch.conv2d(out_1, w10_l_self_modules_units_modules_0_modules_conv2_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 60);  out_1 = w10_l_self_modules_units_modules_0_modules_conv2_parameters_weight_ = None
        batch_norm_2 = torch.nn.functional.batch_norm(conv2d_2, w11_l_self_modules_units_modules_0_modules_bn2_buffers_running_mean_, w12_l_self_modules_units_modules_0_modules_bn2_buffers_running_var_, w13_l_self_modules_units_modules_0_modules_bn2_parameters_weight_, w14_l_self_modules_units_modules_0_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_2 = w11_l_self_modules_units_modules_0_modules_bn2_buffers_running_mean_ = w12_l_self_modules_units_modules_0_modules_bn2_buffers_running_var_ = w13_l_self_modules_units_modules_0_modules_bn2_parameters_weight_ = w14_l_self_modules_units_modules_0_modules_bn2_parameters_bias_ = None
        conv2d_3 = torch.conv2d(batch_norm_2, w15_l_self_modules_units_modules_0_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_2 = w15_l_self_modules_units_modules_0_modules_conv3_parameters_weight_ = None
        out_2 = torch.nn.functional.batch_norm(conv2d_3, w16_l_self_modules_units_modules_0_modules_bn3_buffers_running_mean_, w17_l_self_modules_units_modules_0_modules_bn3_buffers_running_var_, w18_l_self_modules_units_modules_0_modules_bn3_parameters_weight_, w19_l_self_modules_units_modules_0_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_3 = w16_l_self_modules_units_modules_0_modules_bn3_buffers_running_mean_ = w17_l_self_modules_units_modules_0_modules_bn3_buffers_running_var_ = w18_l_self_modules_units_modules_0_modules_bn3_parameters_weight_ = w19_l_self_modules_units_modules_0_modules_bn3_parameters_bias_ = None
        cat = torch.cat([avg_pool2d, out_2], 1);  avg_pool2d = out_2 = None
        input_5 = torch.nn.functional.relu(cat);  cat = None
        conv2d_4 = torch.conv2d(input_5, w20_l_self_modules_units_modules_1_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w20_l_self_modules_units_modules_1_modules_conv1_parameters_weight_ = None
        batch_norm_4 = torch.nn.functional.batch_norm(conv2d_4, w21_l_self_modules_units_modules_1_modules_bn1_buffers_running_mean_, w22_l_self_modules_units_modules_1_modules_bn1_buffers_running_var_, w23_l_self_modules_units_modules_1_modules_bn1_parameters_weight_, w24_l_self_modules_units_modules_1_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_4 = w21_l_self_modules_units_modules_1_modules_bn1_buffers_running_mean_ = w22_l_self_modules_units_modules_1_modules_bn1_buffers_running_var_ = w23_l_self_modules_units_modules_1_modules_bn1_parameters_weight_ = w24_l_self_modules_units_modules_1_modules_bn1_parameters_bias_ = None
        out_3 = torch.nn.functional.relu(batch_norm_4);  batch_norm_4 = None
        view_1 = out_3.view(10, 3, 20, 28, 28);  out_3 = None
        x_1 = view_1.transpose(1, 2);  view_1 = None
        out_4 = x_1.reshape(10, 60, 28, 28);  x_1 = None
        conv2d_5 = torch.conv2d(out_4, w25_l_self_modules_units_modules_1_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 60);  out_4 = w25_l_self_modules_units_modules_1_modules_conv2_parameters_weight_ = None
        batch_norm_5 = torch.nn.functional.batch_norm(conv2d_5, w26_l_self_modules_units_modules_1_modules_bn2_buffers_running_mean_, w27_l_self_modules_units_modules_1_modules_bn2_buffers_running_var_, w28_l_self_modules_units_modules_1_modules_bn2_parameters_weight_, w29_l_self_modules_units_modules_1_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_5 = w26_l_self_modules_units_modules_1_modules_bn2_buffers_running_mean_ = w27_l_self_modules_units_modules_1_modules_bn2_buffers_running_var_ = w28_l_self_modules_units_modules_1_modules_bn2_parameters_weight_ = w29_l_self_modules_units_modules_1_modules_bn2_parameters_bias_ = None
        conv2d_6 = torch.conv2d(batch_norm_5, w30_l_self_modules_units_modules_1_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_5 = w30_l_self_modules_units_modules_1_modules_conv3_parameters_weight_ = None
        out_5 = torch.nn.functional.batch_norm(conv2d_6, w31_l_self_modules_units_modules_1_modules_bn3_buffers_running_mean_, w32_l_self_modules_units_modules_1_modules_bn3_buffers_running_var_, w33_l_self_modules_units_modules_1_modules_bn3_parameters_weight_, w34_l_self_modules_units_modules_1_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_6 = w31_l_self_modules_units_modules_1_modules_bn3_buffers_running_mean_ = w32_l_self_modules_units_modules_1_modules_bn3_buffers_running_var_ = w33_l_self_modules_units_modules_1_modules_bn3_parameters_weight_ = w34_l_self_modules_units_modules_1_modules_bn3_parameters_bias_ = None
        add = out_5 + input_5;  out_5 = input_5 = None
        input_6 = torch.nn.functional.relu(add);  add = None
        conv2d_7 = torch.conv2d(input_6, w35_l_self_modules_units_modules_2_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w35_l_self_modules_units_modules_2_modules_conv1_parameters_weight_ = None
        batch_norm_7 = torch.nn.functional.batch_norm(conv2d_7, w36_l_self_modules_units_modules_2_modules_bn1_buffers_running_mean_, w37_l_self_modules_units_modules_2_modules_bn1_buffers_running_var_, w38_l_self_modules_units_modules_2_modules_bn1_parameters_weight_, w39_l_self_modules_units_modules_2_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_7 = w36_l_self_modules_units_modules_2_modules_bn1_buffers_running_mean_ = w37_l_self_modules_units_modules_2_modules_bn1_buffers_running_var_ = w38_l_self_modules_units_modules_2_modules_bn1_parameters_weight_ = w39_l_self_modules_units_modules_2_modules_bn1_parameters_bias_ = None
        out_6 = torch.nn.functional.relu(batch_norm_7);  batch_norm_7 = None
        view_2 = out_6.view(10, 3, 20, 28, 28);  out_6 = None
        x_2 = view_2.transpose(1, 2);  view_2 = None
        out_7 = x_2.reshape(10, 60, 28, 28);  x_2 = None
        conv2d_8 = torch.conv2d(out_7, w40_l_self_modules_units_modules_2_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 60);  out_7 = w40_l_self_modules_units_modules_2_modules_conv2_parameters_weight_ = None
        batch_norm_8 = torch.nn.functional.batch_norm(conv2d_8, w41_l_self_modules_units_modules_2_modules_bn2_buffers_running_mean_, w42_l_self_modules_units_modules_2_modules_bn2_buffers_running_var_, w43_l_self_modules_units_modules_2_modules_bn2_parameters_weight_, w44_l_self_modules_units_modules_2_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_8 = w41_l_self_modules_units_modules_2_modules_bn2_buffers_running_mean_ = w42_l_self_modules_units_modules_2_modules_bn2_buffers_running_var_ = w43_l_self_modules_units_modules_2_modules_bn2_parameters_weight_ = w44_l_self_modules_units_modules_2_modules_bn2_parameters_bias_ = None
        conv2d_9 = torch.conv2d(batch_norm_8, w45_l_self_modules_units_modules_2_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_8 = w45_l_self_modules_units_modules_2_modules_conv3_parameters_weight_ = None
        out_8 = torch.nn.functional.batch_norm(conv2d_9, w46_l_self_modules_units_modules_2_modules_bn3_buffers_running_mean_, w47_l_self_modules_units_modules_2_modules_bn3_buffers_running_var_, w48_l_self_modules_units_modules_2_modules_bn3_parameters_weight_, w49_l_self_modules_units_modules_2_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_9 = w46_l_self_modules_units_modules_2_modules_bn3_buffers_running_mean_ = w47_l_self_modules_units_modules_2_modules_bn3_buffers_running_var_ = w48_l_self_modules_units_modules_2_modules_bn3_parameters_weight_ = w49_l_self_modules_units_modules_2_modules_bn3_parameters_bias_ = None
        add_1 = out_8 + input_6;  out_8 = input_6 = None
        input_7 = torch.nn.functional.relu(add_1);  add_1 = None
        conv2d_10 = torch.conv2d(input_7, w50_l_self_modules_units_modules_3_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w50_l_self_modules_units_modules_3_modules_conv1_parameters_weight_ = None
        batch_norm_10 = torch.nn.functional.batch_norm(conv2d_10, w51_l_self_modules_units_modules_3_modules_bn1_buffers_running_mean_, w52_l_self_modules_units_modules_3_modules_bn1_buffers_running_var_, w53_l_self_modules_units_modules_3_modules_bn1_parameters_weight_, w54_l_self_modules_units_modules_3_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_10 = w51_l_self_modules_units_modules_3_modules_bn1_buffers_running_mean_ = w52_l_self_modules_units_modules_3_modules_bn1_buffers_running_var_ = w53_l_self_modules_units_modules_3_modules_bn1_parameters_weight_ = w54_l_self_modules_units_modules_3_modules_bn1_parameters_bias_ = None
        out_9 = torch.nn.functional.relu(batch_norm_10);  batch_norm_10 = None
        view_3 = out_9.view(10, 3, 20, 28, 28);  out_9 = None
        x_3 = view_3.transpose(1, 2);  view_3 = None
        out_10 = x_3.reshape(10, 60, 28, 28);  x_3 = None
        conv2d_11 = torch.conv2d(out_10, w55_l_self_modules_units_modules_3_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 60);  out_10 = w55_l_self_modules_units_modules_3_modules_conv2_parameters_weight_ = None
        batch_norm_11 = torch.nn.functional.batch_norm(conv2d_11, w56_l_self_modules_units_modules_3_modules_bn2_buffers_running_mean_, w57_l_self_modules_units_modules_3_modules_bn2_buffers_running_var_, w58_l_self_modules_units_modules_3_modules_bn2_parameters_weight_, w59_l_self_modules_units_modules_3_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_11 = w56_l_self_modules_units_modules_3_modules_bn2_buffers_running_mean_ = w57_l_self_modules_units_modules_3_modules_bn2_buffers_running_var_ = w58_l_self_modules_units_modules_3_modules_bn2_parameters_weight_ = w59_l_self_modules_units_modules_3_modules_bn2_parameters_bias_ = None
        conv2d_12 = torch.conv2d(batch_norm_11, w60_l_self_modules_units_modules_3_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_11 = w60_l_self_modules_units_modules_3_modules_conv3_parameters_weight_ = None
        out_11 = torch.nn.functional.batch_norm(conv2d_12, w61_l_self_modules_units_modules_3_modules_bn3_buffers_running_mean_, w62_l_self_modules_units_modules_3_modules_bn3_buffers_running_var_, w63_l_self_modules_units_modules_3_modules_bn3_parameters_weight_, w64_l_self_modules_units_modules_3_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_12 = w61_l_self_modules_units_modules_3_modules_bn3_buffers_running_mean_ = w62_l_self_modules_units_modules_3_modules_bn3_buffers_running_var_ = w63_l_self_modules_units_modules_3_modules_bn3_parameters_weight_ = w64_l_self_modules_units_modules_3_modules_bn3_parameters_bias_ = None
        add_2 = out_11 + input_7;  out_11 = input_7 = None
        input_8 = torch.nn.functional.relu(add_2);  add_2 = None
        conv2d_13 = torch.conv2d(input_8, w65_l_self_modules_units_modules_4_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w65_l_self_modules_units_modules_4_modules_conv1_parameters_weight_ = None
        avg_pool2d_1 = torch._C._nn.avg_pool2d(input_8, 3, 2, 1);  input_8 = None
        batch_norm_13 = torch.nn.functional.batch_norm(conv2d_13, w66_l_self_modules_units_modules_4_modules_bn1_buffers_running_mean_, w67_l_self_modules_units_modules_4_modules_bn1_buffers_running_var_, w68_l_self_modules_units_modules_4_modules_bn1_parameters_weight_, w69_l_self_modules_units_modules_4_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_13 = w66_l_self_modules_units_modules_4_modules_bn1_buffers_running_mean_ = w67_l_self_modules_units_modules_4_modules_bn1_buffers_running_var_ = w68_l_self_modules_units_modules_4_modules_bn1_parameters_weight_ = w69_l_self_modules_units_modules_4_modules_bn1_parameters_bias_ = None
        out_12 = torch.nn.functional.relu(batch_norm_13);  batch_norm_13 = None
        view_4 = out_12.view(10, 3, 40, 28, 28);  out_12 = None
        x_4 = view_4.transpose(1, 2);  view_4 = None
        out_13 = x_4.reshape(10, 120, 28, 28);  x_4 = None
        conv2d_14 = torch.conv2d(out_13, w70_l_self_modules_units_modules_4_modules_conv2_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 120);  out_13 = w70_l_self_modules_units_modules_4_modules_conv2_parameters_weight_ = None
        batch_norm_14 = torch.nn.functional.batch_norm(conv2d_14, w71_l_self_modules_units_modules_4_modules_bn2_buffers_running_mean_, w72_l_self_modules_units_modules_4_modules_bn2_buffers_running_var_, w73_l_self_modules_units_modules_4_modules_bn2_parameters_weight_, w74_l_self_modules_units_modules_4_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_14 = w71_l_self_modules_units_modules_4_modules_bn2_buffers_running_mean_ = w72_l_self_modules_units_modules_4_modules_bn2_buffers_running_var_ = w73_l_self_modules_units_modules_4_modules_bn2_parameters_weight_ = w74_l_self_modules_units_modules_4_modules_bn2_parameters_bias_ = None
        conv2d_15 = torch.conv2d(batch_norm_14, w75_l_self_modules_units_modules_4_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_14 = w75_l_self_modules_units_modules_4_modules_conv3_parameters_weight_ = None
        out_14 = torch.nn.functional.batch_norm(conv2d_15, w76_l_self_modules_units_modules_4_modules_bn3_buffers_running_mean_, w77_l_self_modules_units_modules_4_modules_bn3_buffers_running_var_, w78_l_self_modules_units_modules_4_modules_bn3_parameters_weight_, w79_l_self_modules_units_modules_4_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_15 = w76_l_self_modules_units_modules_4_modules_bn3_buffers_running_mean_ = w77_l_self_modules_units_modules_4_modules_bn3_buffers_running_var_ = w78_l_self_modules_units_modules_4_modules_bn3_parameters_weight_ = w79_l_self_modules_units_modules_4_modules_bn3_parameters_bias_ = None
        cat_1 = torch.cat([avg_pool2d_1, out_14], 1);  avg_pool2d_1 = out_14 = None
        input_9 = torch.nn.functional.relu(cat_1);  cat_1 = None
        conv2d_16 = torch.conv2d(input_9, w80_l_self_modules_units_modules_5_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w80_l_self_modules_units_modules_5_modules_conv1_parameters_weight_ = None
        batch_norm_16 = torch.nn.functional.batch_norm(conv2d_16, w81_l_self_modules_units_modules_5_modules_bn1_buffers_running_mean_, w82_l_self_modules_units_modules_5_modules_bn1_buffers_running_var_, w83_l_self_modules_units_modules_5_modules_bn1_parameters_weight_, w84_l_self_modules_units_modules_5_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_16 = w81_l_self_modules_units_modules_5_modules_bn1_buffers_running_mean_ = w82_l_self_modules_units_modules_5_modules_bn1_buffers_running_var_ = w83_l_self_modules_units_modules_5_modules_bn1_parameters_weight_ = w84_l_self_modules_units_modules_5_modules_bn1_parameters_bias_ = None
        out_15 = torch.nn.functional.relu(batch_norm_16);  batch_norm_16 = None
        view_5 = out_15.view(10, 3, 40, 14, 14);  out_15 = None
        x_5 = view_5.transpose(1, 2);  view_5 = None
        out_16 = x_5.reshape(10, 120, 14, 14);  x_5 = None
        conv2d_17 = torch.conv2d(out_16, w85_l_self_modules_units_modules_5_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_16 = w85_l_self_modules_units_modules_5_modules_conv2_parameters_weight_ = None
        batch_norm_17 = torch.nn.functional.batch_norm(conv2d_17, w86_l_self_modules_units_modules_5_modules_bn2_buffers_running_mean_, w87_l_self_modules_units_modules_5_modules_bn2_buffers_running_var_, w88_l_self_modules_units_modules_5_modules_bn2_parameters_weight_, w89_l_self_modules_units_modules_5_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_17 = w86_l_self_modules_units_modules_5_modules_bn2_buffers_running_mean_ = w87_l_self_modules_units_modules_5_modules_bn2_buffers_running_var_ = w88_l_self_modules_units_modules_5_modules_bn2_parameters_weight_ = w89_l_self_modules_units_modules_5_modules_bn2_parameters_bias_ = None
        conv2d_18 = torch.conv2d(batch_norm_17, w90_l_self_modules_units_modules_5_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_17 = w90_l_self_modules_units_modules_5_modules_conv3_parameters_weight_ = None
        out_17 = torch.nn.functional.batch_norm(conv2d_18, w91_l_self_modules_units_modules_5_modules_bn3_buffers_running_mean_, w92_l_self_modules_units_modules_5_modules_bn3_buffers_running_var_, w93_l_self_modules_units_modules_5_modules_bn3_parameters_weight_, w94_l_self_modules_units_modules_5_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_18 = w91_l_self_modules_units_modules_5_modules_bn3_buffers_running_mean_ = w92_l_self_modules_units_modules_5_modules_bn3_buffers_running_var_ = w93_l_self_modules_units_modules_5_modules_bn3_parameters_weight_ = w94_l_self_modules_units_modules_5_modules_bn3_parameters_bias_ = None
        add_3 = out_17 + input_9;  out_17 = input_9 = None
        input_10 = torch.nn.functional.relu(add_3);  add_3 = None
        conv2d_19 = torch.conv2d(input_10, w95_l_self_modules_units_modules_6_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w95_l_self_modules_units_modules_6_modules_conv1_parameters_weight_ = None
        batch_norm_19 = torch.nn.functional.batch_norm(conv2d_19, w96_l_self_modules_units_modules_6_modules_bn1_buffers_running_mean_, w97_l_self_modules_units_modules_6_modules_bn1_buffers_running_var_, w98_l_self_modules_units_modules_6_modules_bn1_parameters_weight_, w99_l_self_modules_units_modules_6_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_19 = w96_l_self_modules_units_modules_6_modules_bn1_buffers_running_mean_ = w97_l_self_modules_units_modules_6_modules_bn1_buffers_running_var_ = w98_l_self_modules_units_modules_6_modules_bn1_parameters_weight_ = w99_l_self_modules_units_modules_6_modules_bn1_parameters_bias_ = None
        out_18 = torch.nn.functional.relu(batch_norm_19);  batch_norm_19 = None
        view_6 = out_18.view(10, 3, 40, 14, 14);  out_18 = None
        x_6 = view_6.transpose(1, 2);  view_6 = None
        out_19 = x_6.reshape(10, 120, 14, 14);  x_6 = None
        conv2d_20 = torch.conv2d(out_19, w100_l_self_modules_units_modules_6_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_19 = w100_l_self_modules_units_modules_6_modules_conv2_parameters_weight_ = None
        batch_norm_20 = torch.nn.functional.batch_norm(conv2d_20, w101_l_self_modules_units_modules_6_modules_bn2_buffers_running_mean_, w102_l_self_modules_units_modules_6_modules_bn2_buffers_running_var_, w103_l_self_modules_units_modules_6_modules_bn2_parameters_weight_, w104_l_self_modules_units_modules_6_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_20 = w101_l_self_modules_units_modules_6_modules_bn2_buffers_running_mean_ = w102_l_self_modules_units_modules_6_modules_bn2_buffers_running_var_ = w103_l_self_modules_units_modules_6_modules_bn2_parameters_weight_ = w104_l_self_modules_units_modules_6_modules_bn2_parameters_bias_ = None
        conv2d_21 = torch.conv2d(batch_norm_20, w105_l_self_modules_units_modules_6_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_20 = w105_l_self_modules_units_modules_6_modules_conv3_parameters_weight_ = None
        out_20 = torch.nn.functional.batch_norm(conv2d_21, w106_l_self_modules_units_modules_6_modules_bn3_buffers_running_mean_, w107_l_self_modules_units_modules_6_modules_bn3_buffers_running_var_, w108_l_self_modules_units_modules_6_modules_bn3_parameters_weight_, w109_l_self_modules_units_modules_6_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_21 = w106_l_self_modules_units_modules_6_modules_bn3_buffers_running_mean_ = w107_l_self_modules_units_modules_6_modules_bn3_buffers_running_var_ = w108_l_self_modules_units_modules_6_modules_bn3_parameters_weight_ = w109_l_self_modules_units_modules_6_modules_bn3_parameters_bias_ = None
        add_4 = out_20 + input_10;  out_20 = input_10 = None
        input_11 = torch.nn.functional.relu(add_4);  add_4 = None
        conv2d_22 = torch.conv2d(input_11, w110_l_self_modules_units_modules_7_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w110_l_self_modules_units_modules_7_modules_conv1_parameters_weight_ = None
        batch_norm_22 = torch.nn.functional.batch_norm(conv2d_22, w111_l_self_modules_units_modules_7_modules_bn1_buffers_running_mean_, w112_l_self_modules_units_modules_7_modules_bn1_buffers_running_var_, w113_l_self_modules_units_modules_7_modules_bn1_parameters_weight_, w114_l_self_modules_units_modules_7_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_22 = w111_l_self_modules_units_modules_7_modules_bn1_buffers_running_mean_ = w112_l_self_modules_units_modules_7_modules_bn1_buffers_running_var_ = w113_l_self_modules_units_modules_7_modules_bn1_parameters_weight_ = w114_l_self_modules_units_modules_7_modules_bn1_parameters_bias_ = None
        out_21 = torch.nn.functional.relu(batch_norm_22);  batch_norm_22 = None
        view_7 = out_21.view(10, 3, 40, 14, 14);  out_21 = None
        x_7 = view_7.transpose(1, 2);  view_7 = None
        out_22 = x_7.reshape(10, 120, 14, 14);  x_7 = None
        conv2d_23 = torch.conv2d(out_22, w115_l_self_modules_units_modules_7_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_22 = w115_l_self_modules_units_modules_7_modules_conv2_parameters_weight_ = None
        batch_norm_23 = torch.nn.functional.batch_norm(conv2d_23, w116_l_self_modules_units_modules_7_modules_bn2_buffers_running_mean_, w117_l_self_modules_units_modules_7_modules_bn2_buffers_running_var_, w118_l_self_modules_units_modules_7_modules_bn2_parameters_weight_, w119_l_self_modules_units_modules_7_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_23 = w116_l_self_modules_units_modules_7_modules_bn2_buffers_running_mean_ = w117_l_self_modules_units_modules_7_modules_bn2_buffers_running_var_ = w118_l_self_modules_units_modules_7_modules_bn2_parameters_weight_ = w119_l_self_modules_units_modules_7_modules_bn2_parameters_bias_ = None
        conv2d_24 = torch.conv2d(batch_norm_23, w120_l_self_modules_units_modules_7_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_23 = w120_l_self_modules_units_modules_7_modules_conv3_parameters_weight_ = None
        out_23 = torch.nn.functional.batch_norm(conv2d_24, w121_l_self_modules_units_modules_7_modules_bn3_buffers_running_mean_, w122_l_self_modules_units_modules_7_modules_bn3_buffers_running_var_, w123_l_self_modules_units_modules_7_modules_bn3_parameters_weight_, w124_l_self_modules_units_modules_7_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_24 = w121_l_self_modules_units_modules_7_modules_bn3_buffers_running_mean_ = w122_l_self_modules_units_modules_7_modules_bn3_buffers_running_var_ = w123_l_self_modules_units_modules_7_modules_bn3_parameters_weight_ = w124_l_self_modules_units_modules_7_modules_bn3_parameters_bias_ = None
        add_5 = out_23 + input_11;  out_23 = input_11 = None
        input_12 = torch.nn.functional.relu(add_5);  add_5 = None
        conv2d_25 = torch.conv2d(input_12, w125_l_self_modules_units_modules_8_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w125_l_self_modules_units_modules_8_modules_conv1_parameters_weight_ = None
        batch_norm_25 = torch.nn.functional.batch_norm(conv2d_25, w126_l_self_modules_units_modules_8_modules_bn1_buffers_running_mean_, w127_l_self_modules_units_modules_8_modules_bn1_buffers_running_var_, w128_l_self_modules_units_modules_8_modules_bn1_parameters_weight_, w129_l_self_modules_units_modules_8_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_25 = w126_l_self_modules_units_modules_8_modules_bn1_buffers_running_mean_ = w127_l_self_modules_units_modules_8_modules_bn1_buffers_running_var_ = w128_l_self_modules_units_modules_8_modules_bn1_parameters_weight_ = w129_l_self_modules_units_modules_8_modules_bn1_parameters_bias_ = None
        out_24 = torch.nn.functional.relu(batch_norm_25);  batch_norm_25 = None
        view_8 = out_24.view(10, 3, 40, 14, 14);  out_24 = None
        x_8 = view_8.transpose(1, 2);  view_8 = None
        out_25 = x_8.reshape(10, 120, 14, 14);  x_8 = None
        conv2d_26 = torch.conv2d(out_25, w130_l_self_modules_units_modules_8_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_25 = w130_l_self_modules_units_modules_8_modules_conv2_parameters_weight_ = None
        batch_norm_26 = torch.nn.functional.batch_norm(conv2d_26, w131_l_self_modules_units_modules_8_modules_bn2_buffers_running_mean_, w132_l_self_modules_units_modules_8_modules_bn2_buffers_running_var_, w133_l_self_modules_units_modules_8_modules_bn2_parameters_weight_, w134_l_self_modules_units_modules_8_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_26 = w131_l_self_modules_units_modules_8_modules_bn2_buffers_running_mean_ = w132_l_self_modules_units_modules_8_modules_bn2_buffers_running_var_ = w133_l_self_modules_units_modules_8_modules_bn2_parameters_weight_ = w134_l_self_modules_units_modules_8_modules_bn2_parameters_bias_ = None
        conv2d_27 = torch.conv2d(batch_norm_26, w135_l_self_modules_units_modules_8_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_26 = w135_l_self_modules_units_modules_8_modules_conv3_parameters_weight_ = None
        out_26 = torch.nn.functional.batch_norm(conv2d_27, w136_l_self_modules_units_modules_8_modules_bn3_buffers_running_mean_, w137_l_self_modules_units_modules_8_modules_bn3_buffers_running_var_, w138_l_self_modules_units_modules_8_modules_bn3_parameters_weight_, w139_l_self_modules_units_modules_8_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_27 = w136_l_self_modules_units_modules_8_modules_bn3_buffers_running_mean_ = w137_l_self_modules_units_modules_8_modules_bn3_buffers_running_var_ = w138_l_self_modules_units_modules_8_modules_bn3_parameters_weight_ = w139_l_self_modules_units_modules_8_modules_bn3_parameters_bias_ = None
        add_6 = out_26 + input_12;  out_26 = input_12 = None
        input_13 = torch.nn.functional.relu(add_6);  add_6 = None
        conv2d_28 = torch.conv2d(input_13, w140_l_self_modules_units_modules_9_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w140_l_self_modules_units_modules_9_modules_conv1_parameters_weight_ = None
        batch_norm_28 = torch.nn.functional.batch_norm(conv2d_28, w141_l_self_modules_units_modules_9_modules_bn1_buffers_running_mean_, w142_l_self_modules_units_modules_9_modules_bn1_buffers_running_var_, w143_l_self_modules_units_modules_9_modules_bn1_parameters_weight_, w144_l_self_modules_units_modules_9_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_28 = w141_l_self_modules_units_modules_9_modules_bn1_buffers_running_mean_ = w142_l_self_modules_units_modules_9_modules_bn1_buffers_running_var_ = w143_l_self_modules_units_modules_9_modules_bn1_parameters_weight_ = w144_l_self_modules_units_modules_9_modules_bn1_parameters_bias_ = None
        out_27 = torch.nn.functional.relu(batch_norm_28);  batch_norm_28 = None
        view_9 = out_27.view(10, 3, 40, 14, 14);  out_27 = None
        x_9 = view_9.transpose(1, 2);  view_9 = None
        out_28 = x_9.reshape(10, 120, 14, 14);  x_9 = None
        conv2d_29 = torch.conv2d(out_28, w145_l_self_modules_units_modules_9_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_28 = w145_l_self_modules_units_modules_9_modules_conv2_parameters_weight_ = None
        batch_norm_29 = torch.nn.functional.batch_norm(conv2d_29, w146_l_self_modules_units_modules_9_modules_bn2_buffers_running_mean_, w147_l_self_modules_units_modules_9_modules_bn2_buffers_running_var_, w148_l_self_modules_units_modules_9_modules_bn2_parameters_weight_, w149_l_self_modules_units_modules_9_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_29 = w146_l_self_modules_units_modules_9_modules_bn2_buffers_running_mean_ = w147_l_self_modules_units_modules_9_modules_bn2_buffers_running_var_ = w148_l_self_modules_units_modules_9_modules_bn2_parameters_weight_ = w149_l_self_modules_units_modules_9_modules_bn2_parameters_bias_ = None
        conv2d_30 = torch.conv2d(batch_norm_29, w150_l_self_modules_units_modules_9_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_29 = w150_l_self_modules_units_modules_9_modules_conv3_parameters_weight_ = None
        out_29 = torch.nn.functional.batch_norm(conv2d_30, w151_l_self_modules_units_modules_9_modules_bn3_buffers_running_mean_, w152_l_self_modules_units_modules_9_modules_bn3_buffers_running_var_, w153_l_self_modules_units_modules_9_modules_bn3_parameters_weight_, w154_l_self_modules_units_modules_9_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_30 = w151_l_self_modules_units_modules_9_modules_bn3_buffers_running_mean_ = w152_l_self_modules_units_modules_9_modules_bn3_buffers_running_var_ = w153_l_self_modules_units_modules_9_modules_bn3_parameters_weight_ = w154_l_self_modules_units_modules_9_modules_bn3_parameters_bias_ = None
        add_7 = out_29 + input_13;  out_29 = input_13 = None
        input_14 = torch.nn.functional.relu(add_7);  add_7 = None
        conv2d_31 = torch.conv2d(input_14, w155_l_self_modules_units_modules_10_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w155_l_self_modules_units_modules_10_modules_conv1_parameters_weight_ = None
        batch_norm_31 = torch.nn.functional.batch_norm(conv2d_31, w156_l_self_modules_units_modules_10_modules_bn1_buffers_running_mean_, w157_l_self_modules_units_modules_10_modules_bn1_buffers_running_var_, w158_l_self_modules_units_modules_10_modules_bn1_parameters_weight_, w159_l_self_modules_units_modules_10_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_31 = w156_l_self_modules_units_modules_10_modules_bn1_buffers_running_mean_ = w157_l_self_modules_units_modules_10_modules_bn1_buffers_running_var_ = w158_l_self_modules_units_modules_10_modules_bn1_parameters_weight_ = w159_l_self_modules_units_modules_10_modules_bn1_parameters_bias_ = None
        out_30 = torch.nn.functional.relu(batch_norm_31);  batch_norm_31 = None
        view_10 = out_30.view(10, 3, 40, 14, 14);  out_30 = None
        x_10 = view_10.transpose(1, 2);  view_10 = None
        out_31 = x_10.reshape(10, 120, 14, 14);  x_10 = None
        conv2d_32 = torch.conv2d(out_31, w160_l_self_modules_units_modules_10_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_31 = w160_l_self_modules_units_modules_10_modules_conv2_parameters_weight_ = None
        batch_norm_32 = torch.nn.functional.batch_norm(conv2d_32, w161_l_self_modules_units_modules_10_modules_bn2_buffers_running_mean_, w162_l_self_modules_units_modules_10_modules_bn2_buffers_running_var_, w163_l_self_modules_units_modules_10_modules_bn2_parameters_weight_, w164_l_self_modules_units_modules_10_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_32 = w161_l_self_modules_units_modules_10_modules_bn2_buffers_running_mean_ = w162_l_self_modules_units_modules_10_modules_bn2_buffers_running_var_ = w163_l_self_modules_units_modules_10_modules_bn2_parameters_weight_ = w164_l_self_modules_units_modules_10_modules_bn2_parameters_bias_ = None
        conv2d_33 = torch.conv2d(batch_norm_32, w165_l_self_modules_units_modules_10_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_32 = w165_l_self_modules_units_modules_10_modules_conv3_parameters_weight_ = None
        out_32 = torch.nn.functional.batch_norm(conv2d_33, w166_l_self_modules_units_modules_10_modules_bn3_buffers_running_mean_, w167_l_self_modules_units_modules_10_modules_bn3_buffers_running_var_, w168_l_self_modules_units_modules_10_modules_bn3_parameters_weight_, w169_l_self_modules_units_modules_10_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_33 = w166_l_self_modules_units_modules_10_modules_bn3_buffers_running_mean_ = w167_l_self_modules_units_modules_10_modules_bn3_buffers_running_var_ = w168_l_self_modules_units_modules_10_modules_bn3_parameters_weight_ = w169_l_self_modules_units_modules_10_modules_bn3_parameters_bias_ = None
        add_8 = out_32 + input_14;  out_32 = input_14 = None
        input_15 = torch.nn.functional.relu(add_8);  add_8 = None
        conv2d_34 = torch.conv2d(input_15, w170_l_self_modules_units_modules_11_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w170_l_self_modules_units_modules_11_modules_conv1_parameters_weight_ = None
        batch_norm_34 = torch.nn.functional.batch_norm(conv2d_34, w171_l_self_modules_units_modules_11_modules_bn1_buffers_running_mean_, w172_l_self_modules_units_modules_11_modules_bn1_buffers_running_var_, w173_l_self_modules_units_modules_11_modules_bn1_parameters_weight_, w174_l_self_modules_units_modules_11_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_34 = w171_l_self_modules_units_modules_11_modules_bn1_buffers_running_mean_ = w172_l_self_modules_units_modules_11_modules_bn1_buffers_running_var_ = w173_l_self_modules_units_modules_11_modules_bn1_parameters_weight_ = w174_l_self_modules_units_modules_11_modules_bn1_parameters_bias_ = None
        out_33 = torch.nn.functional.relu(batch_norm_34);  batch_norm_34 = None
        view_11 = out_33.view(10, 3, 40, 14, 14);  out_33 = None
        x_11 = view_11.transpose(1, 2);  view_11 = None
        out_34 = x_11.reshape(10, 120, 14, 14);  x_11 = None
        conv2d_35 = torch.conv2d(out_34, w175_l_self_modules_units_modules_11_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 120);  out_34 = w175_l_self_modules_units_modules_11_modules_conv2_parameters_weight_ = None
        batch_norm_35 = torch.nn.functional.batch_norm(conv2d_35, w176_l_self_modules_units_modules_11_modules_bn2_buffers_running_mean_, w177_l_self_modules_units_modules_11_modules_bn2_buffers_running_var_, w178_l_self_modules_units_modules_11_modules_bn2_parameters_weight_, w179_l_self_modules_units_modules_11_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_35 = w176_l_self_modules_units_modules_11_modules_bn2_buffers_running_mean_ = w177_l_self_modules_units_modules_11_modules_bn2_buffers_running_var_ = w178_l_self_modules_units_modules_11_modules_bn2_parameters_weight_ = w179_l_self_modules_units_modules_11_modules_bn2_parameters_bias_ = None
        conv2d_36 = torch.conv2d(batch_norm_35, w180_l_self_modules_units_modules_11_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_35 = w180_l_self_modules_units_modules_11_modules_conv3_parameters_weight_ = None
        out_35 = torch.nn.functional.batch_norm(conv2d_36, w181_l_self_modules_units_modules_11_modules_bn3_buffers_running_mean_, w182_l_self_modules_units_modules_11_modules_bn3_buffers_running_var_, w183_l_self_modules_units_modules_11_modules_bn3_parameters_weight_, w184_l_self_modules_units_modules_11_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_36 = w181_l_self_modules_units_modules_11_modules_bn3_buffers_running_mean_ = w182_l_self_modules_units_modules_11_modules_bn3_buffers_running_var_ = w183_l_self_modules_units_modules_11_modules_bn3_parameters_weight_ = w184_l_self_modules_units_modules_11_modules_bn3_parameters_bias_ = None
        add_9 = out_35 + input_15;  out_35 = input_15 = None
        input_16 = torch.nn.functional.relu(add_9);  add_9 = None
        conv2d_37 = torch.conv2d(input_16, w185_l_self_modules_units_modules_12_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w185_l_self_modules_units_modules_12_modules_conv1_parameters_weight_ = None
        avg_pool2d_2 = torch._C._nn.avg_pool2d(input_16, 3, 2, 1);  input_16 = None
        batch_norm_37 = torch.nn.functional.batch_norm(conv2d_37, w186_l_self_modules_units_modules_12_modules_bn1_buffers_running_mean_, w187_l_self_modules_units_modules_12_modules_bn1_buffers_running_var_, w188_l_self_modules_units_modules_12_modules_bn1_parameters_weight_, w189_l_self_modules_units_modules_12_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_37 = w186_l_self_modules_units_modules_12_modules_bn1_buffers_running_mean_ = w187_l_self_modules_units_modules_12_modules_bn1_buffers_running_var_ = w188_l_self_modules_units_modules_12_modules_bn1_parameters_weight_ = w189_l_self_modules_units_modules_12_modules_bn1_parameters_bias_ = None
        out_36 = torch.nn.functional.relu(batch_norm_37);  batch_norm_37 = None
        view_12 = out_36.view(10, 3, 80, 14, 14);  out_36 = None
        x_12 = view_12.transpose(1, 2);  view_12 = None
        out_37 = x_12.reshape(10, 240, 14, 14);  x_12 = None
        conv2d_38 = torch.conv2d(out_37, w190_l_self_modules_units_modules_12_modules_conv2_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 240);  out_37 = w190_l_self_modules_units_modules_12_modules_conv2_parameters_weight_ = None
        batch_norm_38 = torch.nn.functional.batch_norm(conv2d_38, w191_l_self_modules_units_modules_12_modules_bn2_buffers_running_mean_, w192_l_self_modules_units_modules_12_modules_bn2_buffers_running_var_, w193_l_self_modules_units_modules_12_modules_bn2_parameters_weight_, w194_l_self_modules_units_modules_12_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_38 = w191_l_self_modules_units_modules_12_modules_bn2_buffers_running_mean_ = w192_l_self_modules_units_modules_12_modules_bn2_buffers_running_var_ = w193_l_self_modules_units_modules_12_modules_bn2_parameters_weight_ = w194_l_self_modules_units_modules_12_modules_bn2_parameters_bias_ = None
        conv2d_39 = torch.conv2d(batch_norm_38, w195_l_self_modules_units_modules_12_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_38 = w195_l_self_modules_units_modules_12_modules_conv3_parameters_weight_ = None
        out_38 = torch.nn.functional.batch_norm(conv2d_39, w196_l_self_modules_units_modules_12_modules_bn3_buffers_running_mean_, w197_l_self_modules_units_modules_12_modules_bn3_buffers_running_var_, w198_l_self_modules_units_modules_12_modules_bn3_parameters_weight_, w199_l_self_modules_units_modules_12_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_39 = w196_l_self_modules_units_modules_12_modules_bn3_buffers_running_mean_ = w197_l_self_modules_units_modules_12_modules_bn3_buffers_running_var_ = w198_l_self_modules_units_modules_12_modules_bn3_parameters_weight_ = w199_l_self_modules_units_modules_12_modules_bn3_parameters_bias_ = None
        cat_2 = torch.cat([avg_pool2d_2, out_38], 1);  avg_pool2d_2 = out_38 = None
        input_17 = torch.nn.functional.relu(cat_2);  cat_2 = None
        conv2d_40 = torch.conv2d(input_17, w200_l_self_modules_units_modules_13_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w200_l_self_modules_units_modules_13_modules_conv1_parameters_weight_ = None
        batch_norm_40 = torch.nn.functional.batch_norm(conv2d_40, w201_l_self_modules_units_modules_13_modules_bn1_buffers_running_mean_, w202_l_self_modules_units_modules_13_modules_bn1_buffers_running_var_, w203_l_self_modules_units_modules_13_modules_bn1_parameters_weight_, w204_l_self_modules_units_modules_13_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_40 = w201_l_self_modules_units_modules_13_modules_bn1_buffers_running_mean_ = w202_l_self_modules_units_modules_13_modules_bn1_buffers_running_var_ = w203_l_self_modules_units_modules_13_modules_bn1_parameters_weight_ = w204_l_self_modules_units_modules_13_modules_bn1_parameters_bias_ = None
        out_39 = torch.nn.functional.relu(batch_norm_40);  batch_norm_40 = None
        view_13 = out_39.view(10, 3, 80, 7, 7);  out_39 = None
        x_13 = view_13.transpose(1, 2);  view_13 = None
        out_40 = x_13.reshape(10, 240, 7, 7);  x_13 = None
        conv2d_41 = torch.conv2d(out_40, w205_l_self_modules_units_modules_13_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 240);  out_40 = w205_l_self_modules_units_modules_13_modules_conv2_parameters_weight_ = None
        batch_norm_41 = torch.nn.functional.batch_norm(conv2d_41, w206_l_self_modules_units_modules_13_modules_bn2_buffers_running_mean_, w207_l_self_modules_units_modules_13_modules_bn2_buffers_running_var_, w208_l_self_modules_units_modules_13_modules_bn2_parameters_weight_, w209_l_self_modules_units_modules_13_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_41 = w206_l_self_modules_units_modules_13_modules_bn2_buffers_running_mean_ = w207_l_self_modules_units_modules_13_modules_bn2_buffers_running_var_ = w208_l_self_modules_units_modules_13_modules_bn2_parameters_weight_ = w209_l_self_modules_units_modules_13_modules_bn2_parameters_bias_ = None
        conv2d_42 = torch.conv2d(batch_norm_41, w210_l_self_modules_units_modules_13_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_41 = w210_l_self_modules_units_modules_13_modules_conv3_parameters_weight_ = None
        out_41 = torch.nn.functional.batch_norm(conv2d_42, w211_l_self_modules_units_modules_13_modules_bn3_buffers_running_mean_, w212_l_self_modules_units_modules_13_modules_bn3_buffers_running_var_, w213_l_self_modules_units_modules_13_modules_bn3_parameters_weight_, w214_l_self_modules_units_modules_13_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_42 = w211_l_self_modules_units_modules_13_modules_bn3_buffers_running_mean_ = w212_l_self_modules_units_modules_13_modules_bn3_buffers_running_var_ = w213_l_self_modules_units_modules_13_modules_bn3_parameters_weight_ = w214_l_self_modules_units_modules_13_modules_bn3_parameters_bias_ = None
        add_10 = out_41 + input_17;  out_41 = input_17 = None
        input_18 = torch.nn.functional.relu(add_10);  add_10 = None
        conv2d_43 = torch.conv2d(input_18, w215_l_self_modules_units_modules_14_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w215_l_self_modules_units_modules_14_modules_conv1_parameters_weight_ = None
        batch_norm_43 = torch.nn.functional.batch_norm(conv2d_43, w216_l_self_modules_units_modules_14_modules_bn1_buffers_running_mean_, w217_l_self_modules_units_modules_14_modules_bn1_buffers_running_var_, w218_l_self_modules_units_modules_14_modules_bn1_parameters_weight_, w219_l_self_modules_units_modules_14_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_43 = w216_l_self_modules_units_modules_14_modules_bn1_buffers_running_mean_ = w217_l_self_modules_units_modules_14_modules_bn1_buffers_running_var_ = w218_l_self_modules_units_modules_14_modules_bn1_parameters_weight_ = w219_l_self_modules_units_modules_14_modules_bn1_parameters_bias_ = None
        out_42 = torch.nn.functional.relu(batch_norm_43);  batch_norm_43 = None
        view_14 = out_42.view(10, 3, 80, 7, 7);  out_42 = None
        x_14 = view_14.transpose(1, 2);  view_14 = None
        out_43 = x_14.reshape(10, 240, 7, 7);  x_14 = None
        conv2d_44 = torch.conv2d(out_43, w220_l_self_modules_units_modules_14_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 240);  out_43 = w220_l_self_modules_units_modules_14_modules_conv2_parameters_weight_ = None
        batch_norm_44 = torch.nn.functional.batch_norm(conv2d_44, w221_l_self_modules_units_modules_14_modules_bn2_buffers_running_mean_, w222_l_self_modules_units_modules_14_modules_bn2_buffers_running_var_, w223_l_self_modules_units_modules_14_modules_bn2_parameters_weight_, w224_l_self_modules_units_modules_14_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_44 = w221_l_self_modules_units_modules_14_modules_bn2_buffers_running_mean_ = w222_l_self_modules_units_modules_14_modules_bn2_buffers_running_var_ = w223_l_self_modules_units_modules_14_modules_bn2_parameters_weight_ = w224_l_self_modules_units_modules_14_modules_bn2_parameters_bias_ = None
        conv2d_45 = torch.conv2d(batch_norm_44, w225_l_self_modules_units_modules_14_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_44 = w225_l_self_modules_units_modules_14_modules_conv3_parameters_weight_ = None
        out_44 = torch.nn.functional.batch_norm(conv2d_45, w226_l_self_modules_units_modules_14_modules_bn3_buffers_running_mean_, w227_l_self_modules_units_modules_14_modules_bn3_buffers_running_var_, w228_l_self_modules_units_modules_14_modules_bn3_parameters_weight_, w229_l_self_modules_units_modules_14_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_45 = w226_l_self_modules_units_modules_14_modules_bn3_buffers_running_mean_ = w227_l_self_modules_units_modules_14_modules_bn3_buffers_running_var_ = w228_l_self_modules_units_modules_14_modules_bn3_parameters_weight_ = w229_l_self_modules_units_modules_14_modules_bn3_parameters_bias_ = None
        add_11 = out_44 + input_18;  out_44 = input_18 = None
        input_19 = torch.nn.functional.relu(add_11);  add_11 = None
        conv2d_46 = torch.conv2d(input_19, w230_l_self_modules_units_modules_15_modules_conv1_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  w230_l_self_modules_units_modules_15_modules_conv1_parameters_weight_ = None
        batch_norm_46 = torch.nn.functional.batch_norm(conv2d_46, w231_l_self_modules_units_modules_15_modules_bn1_buffers_running_mean_, w232_l_self_modules_units_modules_15_modules_bn1_buffers_running_var_, w233_l_self_modules_units_modules_15_modules_bn1_parameters_weight_, w234_l_self_modules_units_modules_15_modules_bn1_parameters_bias_, False, 0.1, 1e-05);  conv2d_46 = w231_l_self_modules_units_modules_15_modules_bn1_buffers_running_mean_ = w232_l_self_modules_units_modules_15_modules_bn1_buffers_running_var_ = w233_l_self_modules_units_modules_15_modules_bn1_parameters_weight_ = w234_l_self_modules_units_modules_15_modules_bn1_parameters_bias_ = None
        out_45 = torch.nn.functional.relu(batch_norm_46);  batch_norm_46 = None
        view_15 = out_45.view(10, 3, 80, 7, 7);  out_45 = None
        x_15 = view_15.transpose(1, 2);  view_15 = None
        out_46 = x_15.reshape(10, 240, 7, 7);  x_15 = None
        conv2d_47 = torch.conv2d(out_46, w235_l_self_modules_units_modules_15_modules_conv2_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 240);  out_46 = w235_l_self_modules_units_modules_15_modules_conv2_parameters_weight_ = None
        batch_norm_47 = torch.nn.functional.batch_norm(conv2d_47, w236_l_self_modules_units_modules_15_modules_bn2_buffers_running_mean_, w237_l_self_modules_units_modules_15_modules_bn2_buffers_running_var_, w238_l_self_modules_units_modules_15_modules_bn2_parameters_weight_, w239_l_self_modules_units_modules_15_modules_bn2_parameters_bias_, False, 0.1, 1e-05);  conv2d_47 = w236_l_self_modules_units_modules_15_modules_bn2_buffers_running_mean_ = w237_l_self_modules_units_modules_15_modules_bn2_buffers_running_var_ = w238_l_self_modules_units_modules_15_modules_bn2_parameters_weight_ = w239_l_self_modules_units_modules_15_modules_bn2_parameters_bias_ = None
        conv2d_48 = torch.conv2d(batch_norm_47, w240_l_self_modules_units_modules_15_modules_conv3_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 3);  batch_norm_47 = w240_l_self_modules_units_modules_15_modules_conv3_parameters_weight_ = None
        out_47 = torch.nn.functional.batch_norm(conv2d_48, w241_l_self_modules_units_modules_15_modules_bn3_buffers_running_mean_, w242_l_self_modules_units_modules_15_modules_bn3_buffers_running_var_, w243_l_self_modules_units_modules_15_modules_bn3_parameters_weight_, w244_l_self_modules_units_modules_15_modules_bn3_parameters_bias_, False, 0.1, 1e-05);  conv2d_48 = w241_l_self_modules_units_modules_15_modules_bn3_buffers_running_mean_ = w242_l_self_modules_units_modules_15_modules_bn3_buffers_running_var_ = w243_l_self_modules_units_modules_15_modules_bn3_parameters_weight_ = w244_l_self_modules_units_modules_15_modules_bn3_parameters_bias_ = None
        add_12 = out_47 + input_19;  out_47 = input_19 = None
        input_20 = torch.nn.functional.relu(add_12);  add_12 = None
        mean = input_20.mean((2, 3));  input_20 = None
        linear = torch._C._nn.linear(mean, w245_l_self_modules_fc_parameters_weight_, w246_l_self_modules_fc_parameters_bias_);  mean = w245_l_self_modules_fc_parameters_weight_ = w246_l_self_modules_fc_parameters_bias_ = None
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
