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
        self.register_buffer('w2_l_self_modules_features_modules_3_modules_squeeze_parameters_weight_', _pike_tensor((16, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', -0.001278079580515623, 0.0705815926194191))
        self.register_buffer('w3_l_self_modules_features_modules_3_modules_squeeze_parameters_bias_', _pike_tensor((16,), (1,), torch.float32, 'normal', -0.02052692323923111, 0.056844696402549744))
        self.register_buffer('w4_l_self_modules_features_modules_3_modules_expand1x1_parameters_weight_', _pike_tensor((64, 16, 1, 1), (16, 1, 1, 1), torch.float32, 'normal', -0.004867133684456348, 0.14191938936710358))
        self.register_buffer('w5_l_self_modules_features_modules_3_modules_expand1x1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.03176778554916382, 0.13690759241580963))
        self.register_buffer('w6_l_self_modules_features_modules_3_modules_expand3x3_parameters_weight_', _pike_tensor((64, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0006667760317213833, 0.04825691506266594))
        self.register_buffer('w7_l_self_modules_features_modules_3_modules_expand3x3_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.007625488564372063, 0.047904789447784424))
        self.register_buffer('w8_l_self_modules_features_modules_4_modules_squeeze_parameters_weight_', _pike_tensor((16, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 5.080393748357892e-05, 0.051134541630744934))
        self.register_buffer('w9_l_self_modules_features_modules_4_modules_squeeze_parameters_bias_', _pike_tensor((16,), (1,), torch.float32, 'normal', 0.01359580084681511, 0.04448510333895683))
        self.register_buffer('w10_l_self_modules_features_modules_4_modules_expand1x1_parameters_weight_', _pike_tensor((64, 16, 1, 1), (16, 1, 1, 1), torch.float32, 'normal', 0.00121002783998847, 0.14401733875274658))
        self.register_buffer('w11_l_self_modules_features_modules_4_modules_expand1x1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0049078138545155525, 0.1669706106185913))
        self.register_buffer('w12_l_self_modules_features_modules_4_modules_expand3x3_parameters_weight_', _pike_tensor((64, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.000313187571009621, 0.04780276119709015))
        self.register_buffer('w13_l_self_modules_features_modules_4_modules_expand3x3_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0037080449983477592, 0.05098569393157959))
        self.register_buffer('w14_l_self_modules_features_modules_6_modules_squeeze_parameters_weight_', _pike_tensor((32, 128, 1, 1), (128, 1, 1, 1), torch.float32, 'normal', 0.0013796457787975669, 0.05051390454173088))
        self.register_buffer('w15_l_self_modules_features_modules_6_modules_squeeze_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', -0.00033480837009847164, 0.05168404057621956))
        self.register_buffer('w16_l_self_modules_features_modules_6_modules_expand1x1_parameters_weight_', _pike_tensor((128, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', -0.00016378494910895824, 0.10210047662258148))
        self.register_buffer('w17_l_self_modules_features_modules_6_modules_expand1x1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.007345161400735378, 0.10770013183355331))
        self.register_buffer('w18_l_self_modules_features_modules_6_modules_expand3x3_parameters_weight_', _pike_tensor((128, 32, 3, 3), (288, 9, 3, 1), torch.float32, 'normal', -0.0002223891206085682, 0.0339224599301815))
        self.register_buffer('w19_l_self_modules_features_modules_6_modules_expand3x3_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.0005699315806850791, 0.032992325723171234))
        self.register_buffer('w20_l_self_modules_features_modules_7_modules_squeeze_parameters_weight_', _pike_tensor((32, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', -4.654997610487044e-05, 0.03612292930483818))
        self.register_buffer('w21_l_self_modules_features_modules_7_modules_squeeze_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.004571824800223112, 0.04077186807990074))
        self.register_buffer('w22_l_self_modules_features_modules_7_modules_expand1x1_parameters_weight_', _pike_tensor((128, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0012469659559428692, 0.10229223966598511))
        self.register_buffer('w23_l_self_modules_features_modules_7_modules_expand1x1_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.009759141132235527, 0.10246741026639938))
        self.register_buffer('w24_l_self_modules_features_modules_7_modules_expand3x3_parameters_weight_', _pike_tensor((128, 32, 3, 3), (288, 9, 3, 1), torch.float32, 'normal', 0.0001247598702320829, 0.03411261364817619))
        self.register_buffer('w25_l_self_modules_features_modules_7_modules_expand3x3_parameters_bias_', _pike_tensor((128,), (1,), torch.float32, 'normal', 0.002115066861733794, 0.03487290069460869))
        self.register_buffer('w26_l_self_modules_features_modules_9_modules_squeeze_parameters_weight_', _pike_tensor((48, 256, 1, 1), (256, 1, 1, 1), torch.float32, 'normal', 0.0005873438203707337, 0.035874344408512115))
        self.register_buffer('w27_l_self_modules_features_modules_9_modules_squeeze_parameters_bias_', _pike_tensor((48,), (1,), torch.float32, 'normal', -0.004331051371991634, 0.035932790488004684))
        self.register_buffer('w28_l_self_modules_features_modules_9_modules_expand1x1_parameters_weight_', _pike_tensor((192, 48, 1, 1), (48, 1, 1, 1), torch.float32, 'normal', -0.001315936679020524, 0.08331631869077682))
        self.register_buffer('w29_l_self_modules_features_modules_9_modules_expand1x1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0017764824442565441, 0.08531811088323593))
        self.register_buffer('w30_l_self_modules_features_modules_9_modules_expand3x3_parameters_weight_', _pike_tensor((192, 48, 3, 3), (432, 9, 3, 1), torch.float32, 'normal', 8.933885692385957e-05, 0.02782653272151947))
        self.register_buffer('w31_l_self_modules_features_modules_9_modules_expand3x3_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', -0.0040504964999854565, 0.02752123400568962))
        self.register_buffer('w32_l_self_modules_features_modules_10_modules_squeeze_parameters_weight_', _pike_tensor((48, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -0.00021485780598595738, 0.02954421378672123))
        self.register_buffer('w33_l_self_modules_features_modules_10_modules_squeeze_parameters_bias_', _pike_tensor((48,), (1,), torch.float32, 'normal', -0.002145144622772932, 0.03354460373520851))
        self.register_buffer('w34_l_self_modules_features_modules_10_modules_expand1x1_parameters_weight_', _pike_tensor((192, 48, 1, 1), (48, 1, 1, 1), torch.float32, 'normal', -0.0013178938534110785, 0.08299356698989868))
        self.register_buffer('w35_l_self_modules_features_modules_10_modules_expand1x1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.006269874982535839, 0.08647144585847855))
        self.register_buffer('w36_l_self_modules_features_modules_10_modules_expand3x3_parameters_weight_', _pike_tensor((192, 48, 3, 3), (432, 9, 3, 1), torch.float32, 'normal', 1.708088348095771e-05, 0.027773991227149963))
        self.register_buffer('w37_l_self_modules_features_modules_10_modules_expand3x3_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', -0.00029934500344097614, 0.028226962313055992))
        self.register_buffer('w38_l_self_modules_features_modules_11_modules_squeeze_parameters_weight_', _pike_tensor((64, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 2.0581064745783806e-05, 0.029412362724542618))
        self.register_buffer('w39_l_self_modules_features_modules_11_modules_squeeze_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', -0.0010027579264715314, 0.02911960519850254))
        self.register_buffer('w40_l_self_modules_features_modules_11_modules_expand1x1_parameters_weight_', _pike_tensor((256, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0007334669353440404, 0.07202800363302231))
        self.register_buffer('w41_l_self_modules_features_modules_11_modules_expand1x1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.0010068712290376425, 0.07152304798364639))
        self.register_buffer('w42_l_self_modules_features_modules_11_modules_expand3x3_parameters_weight_', _pike_tensor((256, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', 4.7290424845414236e-05, 0.024075662717223167))
        self.register_buffer('w43_l_self_modules_features_modules_11_modules_expand3x3_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', -0.003479903331026435, 0.023109372705221176))
        self.register_buffer('w44_l_self_modules_features_modules_12_modules_squeeze_parameters_weight_', _pike_tensor((64, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', 2.393336035311222e-05, 0.02544538676738739))
        self.register_buffer('w45_l_self_modules_features_modules_12_modules_squeeze_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', -0.0020509744063019753, 0.02691272459924221))
        self.register_buffer('w46_l_self_modules_features_modules_12_modules_expand1x1_parameters_weight_', _pike_tensor((256, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.000221341906581074, 0.0718841701745987))
        self.register_buffer('w47_l_self_modules_features_modules_12_modules_expand1x1_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', -0.0007844970095902681, 0.06984564661979675))
        self.register_buffer('w48_l_self_modules_features_modules_12_modules_expand3x3_parameters_weight_', _pike_tensor((256, 64, 3, 3), (576, 9, 3, 1), torch.float32, 'normal', 3.26804474752862e-05, 0.024067053571343422))
        self.register_buffer('w49_l_self_modules_features_modules_12_modules_expand3x3_parameters_bias_', _pike_tensor((256,), (1,), torch.float32, 'normal', 0.000747133104596287, 0.024258935824036598))
        self.register_buffer('w50_l_self_modules_classifier_modules_1_parameters_weight_', _pike_tensor((1000, 512, 1, 1), (512, 1, 1, 1), torch.float32, 'normal', -5.1151066145394e-05, 0.025512784719467163))
        self.register_buffer('w51_l_self_modules_classifier_modules_1_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.0005167134804651141, 0.025346437469124794))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_features_modules_0_parameters_weight_ = self.w0_l_self_modules_features_modules_0_parameters_weight_
        w1_l_self_modules_features_modules_0_parameters_bias_ = self.w1_l_self_modules_features_modules_0_parameters_bias_
        w2_l_self_modules_features_modules_3_modules_squeeze_parameters_weight_ = self.w2_l_self_modules_features_modules_3_modules_squeeze_parameters_weight_
        w3_l_self_modules_features_modules_3_modules_squeeze_parameters_bias_ = self.w3_l_self_modules_features_modules_3_modules_squeeze_parameters_bias_
        w4_l_self_modules_features_modules_3_modules_expand1x1_parameters_weight_ = self.w4_l_self_modules_features_modules_3_modules_expand1x1_parameters_weight_
        w5_l_self_modules_features_modules_3_modules_expand1x1_parameters_bias_ = self.w5_l_self_modules_features_modules_3_modules_expand1x1_parameters_bias_
        w6_l_self_modules_features_modules_3_modules_expand3x3_parameters_weight_ = self.w6_l_self_modules_features_modules_3_modules_expand3x3_parameters_weight_
        w7_l_self_modules_features_modules_3_modules_expand3x3_parameters_bias_ = self.w7_l_self_modules_features_modules_3_modules_expand3x3_parameters_bias_
        w8_l_self_modules_features_modules_4_modules_squeeze_parameters_weight_ = self.w8_l_self_modules_features_modules_4_modules_squeeze_parameters_weight_
        w9_l_self_modules_features_modules_4_modules_squeeze_parameters_bias_ = self.w9_l_self_modules_features_modules_4_modules_squeeze_parameters_bias_
        w10_l_self_modules_features_modules_4_modules_expand1x1_parameters_weight_ = self.w10_l_self_modules_features_modules_4_modules_expand1x1_parameters_weight_
        w11_l_self_modules_features_modules_4_modules_expand1x1_parameters_bias_ = self.w11_l_self_modules_features_modules_4_modules_expand1x1_parameters_bias_
        w12_l_self_modules_features_modules_4_modules_expand3x3_parameters_weight_ = self.w12_l_self_modules_features_modules_4_modules_expand3x3_parameters_weight_
        w13_l_self_modules_features_modules_4_modules_expand3x3_parameters_bias_ = self.w13_l_self_modules_features_modules_4_modules_expand3x3_parameters_bias_
        w14_l_self_modules_features_modules_6_modules_squeeze_parameters_weight_ = self.w14_l_self_modules_features_modules_6_modules_squeeze_parameters_weight_
        w15_l_self_modules_features_modules_6_modules_squeeze_parameters_bias_ = self.w15_l_self_modules_features_modules_6_modules_squeeze_parameters_bias_
        w16_l_self_modules_features_modules_6_modules_expand1x1_parameters_weight_ = self.w16_l_self_modules_features_modules_6_modules_expand1x1_parameters_weight_
        w17_l_self_modules_features_modules_6_modules_expand1x1_parameters_bias_ = self.w17_l_self_modules_features_modules_6_modules_expand1x1_parameters_bias_
        w18_l_self_modules_features_modules_6_modules_expand3x3_parameters_weight_ = self.w18_l_self_modules_features_modules_6_modules_expand3x3_parameters_weight_
        w19_l_self_modules_features_modules_6_modules_expand3x3_parameters_bias_ = self.w19_l_self_modules_features_modules_6_modules_expand3x3_parameters_bias_
        w20_l_self_modules_features_modules_7_modules_squeeze_parameters_weight_ = self.w20_l_self_modules_features_modules_7_modules_squeeze_parameters_weight_
        w21_l_self_modules_features_modules_7_modules_squeeze_parameters_bias_ = self.w21_l_self_modules_features_modules_7_modules_squeeze_parameters_bias_
        w22_l_self_modules_features_modules_7_modules_expand1x1_parameters_weight_ = self.w22_l_self_modules_features_modules_7_modules_expand1x1_parameters_weight_
        w23_l_self_modules_features_modules_7_modules_expand1x1_parameters_bias_ = self.w23_l_self_modules_features_modules_7_modules_expand1x1_parameters_bias_
        w24_l_self_modules_features_modules_7_modules_expand3x3_parameters_weight_ = self.w24_l_self_modules_features_modules_7_modules_expand3x3_parameters_weight_
        w25_l_self_modules_features_modules_7_modules_expand3x3_parameters_bias_ = self.w25_l_self_modules_features_modules_7_modules_expand3x3_parameters_bias_
        w26_l_self_modules_features_modules_9_modules_squeeze_parameters_weight_ = self.w26_l_self_modules_features_modules_9_modules_squeeze_parameters_weight_
        w27_l_self_modules_features_modules_9_modules_squeeze_parameters_bias_ = self.w27_l_self_modules_features_modules_9_modules_squeeze_parameters_bias_
        w28_l_self_modules_features_modules_9_modules_expand1x1_parameters_weight_ = self.w28_l_self_modules_features_modules_9_modules_expand1x1_parameters_weight_
        w29_l_self_modules_features_modules_9_modules_expand1x1_parameters_bias_ = self.w29_l_self_modules_features_modules_9_modules_expand1x1_parameters_bias_
        w30_l_self_modules_features_modules_9_modules_expand3x3_parameters_weight_ = self.w30_l_self_modules_features_modules_9_modules_expand3x3_parameters_weight_
        w31_l_self_modules_features_modules_9_modules_expand3x3_parameters_bias_ = self.w31_l_self_modules_features_modules_9_modules_expand3x3_parameters_bias_
        w32_l_self_modules_features_modules_10_modules_squeeze_parameters_weight_ = self.w32_l_self_modules_features_modules_10_modules_squeeze_parameters_weight_
        w33_l_self_modules_features_modules_10_modules_squeeze_parameters_bias_ = self.w33_l_self_modules_features_modules_10_modules_squeeze_parameters_bias_
        w34_l_self_modules_features_modules_10_modules_expand1x1_parameters_weight_ = self.w34_l_self_modules_features_modules_10_modules_expand1x1_parameters_weight_
        w35_l_self_modules_features_modules_10_modules_expand1x1_parameters_bias_ = self.w35_l_self_modules_features_modules_10_modules_expand1x1_parameters_bias_
        w36_l_self_modules_features_modules_10_modules_expand3x3_parameters_weight_ = self.w36_l_self_modules_features_modules_10_modules_expand3x3_parameters_weight_
        w37_l_self_modules_features_modules_10_modules_expand3x3_parameters_bias_ = self.w37_l_self_modules_features_modules_10_modules_expand3x3_parameters_bias_
        w38_l_self_modules_features_modules_11_modules_squeeze_parameters_weight_ = self.w38_l_self_modules_features_modules_11_modules_squeeze_parameters_weight_
        w39_l_self_modules_features_modules_11_modules_squeeze_parameters_bias_ = self.w39_l_self_modules_features_modules_11_modules_squeeze_parameters_bias_
        w40_l_self_modules_features_modules_11_modules_expand1x1_parameters_weight_ = self.w40_l_self_modules_features_modules_11_modules_expand1x1_parameters_weight_
        w41_l_self_modules_features_modules_11_modules_expand1x1_parameters_bias_ = self.w41_l_self_modules_features_modules_11_modules_expand1x1_parameters_bias_
        w42_l_self_modules_features_modules_11_modules_expand3x3_parameters_weight_ = self.w42_l_self_modules_features_modules_11_modules_expand3x3_parameters_weight_
        w43_l_self_modules_features_modules_11_modules_expand3x3_parameters_bias_ = self.w43_l_self_modules_features_modules_11_modules_expand3x3_parameters_bias_
        w44_l_self_modules_features_modules_12_modules_squeeze_parameters_weight_ = self.w44_l_self_modules_features_modules_12_modules_squeeze_parameters_weight_
        w45_l_self_modules_features_modules_12_modules_squeeze_parameters_bias_ = self.w45_l_self_modules_features_modules_12_modules_squeeze_parameters_bias_
        w46_l_self_modules_features_modules_12_modules_expand1x1_parameters_weight_ = self.w46_l_self_modules_features_modules_12_modules_expand1x1_parameters_weight_
        w47_l_self_modules_features_modules_12_modules_expand1x1_parameters_bias_ = self.w47_l_self_modules_features_modules_12_modules_expand1x1_parameters_bias_
        w48_l_self_modules_features_modules_12_modules_expand3x3_parameters_weight_ = self.w48_l_self_modules_features_modules_12_modules_expand3x3_parameters_weight_
        w49_l_self_modules_features_modules_12_modules_expand3x3_parameters_bias_ = self.w49_l_self_modules_features_modules_12_modules_expand3x3_parameters_bias_
        w50_l_self_modules_classifier_modules_1_parameters_weight_ = self.w50_l_self_modules_classifier_modules_1_parameters_weight_
        w51_l_self_modules_classifier_modules_1_parameters_bias_ = self.w51_l_self_modules_classifier_modules_1_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_features_modules_0_parameters_weight_, w1_l_self_modules_features_modules_0_parameters_bias_, (2, 2), (0, 0), (1, 1), 1);  l_x_ = w0_l_self_modules_features_modules_0_parameters_weight_ = w1_l_self_modules_features_modules_0_parameters_bias_ = None
        input_2 = torch.nn.functional.relu(input_1, inplace = True);  input_1 = None
        input_3 = torch.nn.functional.max_pool2d(input_2, 3, 2, 0, 1, ceil_mode = True, return_indices = False);  input_2 = None
        conv2d_1 = torch.conv2d(input_3, w2_l_self_modules_features_modules_3_modules_squeeze_parameters_weight_, w3_l_self_modules_features_modules_3_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_3 = w2_l_self_modules_features_modules_3_modules_squeeze_parameters_weight_ = w3_l_self_modules_features_modules_3_modules_squeeze_parameters_bias_ = None
        x = torch.nn.functional.relu(conv2d_1, inplace = True);  conv2d_1 = None
        conv2d_2 = torch.conv2d(x, w4_l_self_modules_features_modules_3_modules_expand1x1_parameters_weight_, w5_l_self_modules_features_modules_3_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w4_l_self_modules_features_modules_3_modules_expand1x1_parameters_weight_ = w5_l_self_modules_features_modules_3_modules_expand1x1_parameters_bias_ = None
        conv2d_3 = torch.conv2d(x, w6_l_self_modules_features_modules_3_modules_expand3x3_parameters_weight_, w7_l_self_modules_features_modules_3_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x = w6_l_self_modules_features_modules_3_modules_expand3x3_parameters_weight_ = w7_l_self_modules_features_modules_3_modules_expand3x3_parameters_bias_ = None
        relu_2 = torch.nn.functional.relu(conv2d_2, inplace = True);  conv2d_2 = None
        relu_3 = torch.nn.functional.relu(conv2d_3, inplace = True);  conv2d_3 = None
        input_4 = torch.cat([relu_2, relu_3], 1);  relu_2 = relu_3 = None
        conv2d_4 = torch.conv2d(input_4, w8_l_self_modules_features_modules_4_modules_squeeze_parameters_weight_, w9_l_self_modules_features_modules_4_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_4 = w8_l_self_modules_features_modules_4_modules_squeeze_parameters_weight_ = w9_l_self_modules_features_modules_4_modules_squeeze_parameters_bias_ = None
        x_1 = torch.nn.functional.relu(conv2d_4, inplace = True);  conv2d_4 = None
        conv2d_5 = torch.conv2d(x_1, w10_l_self_modules_features_modules_4_modules_expand1x1_parameters_weight_, w11_l_self_modules_features_modules_4_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w10_l_self_modules_features_modules_4_modules_expand1x1_parameters_weight_ = w11_l_self_modules_features_modules_4_modules_expand1x1_parameters_bias_ = None
        conv2d_6 = torch.conv2d(x_1, w12_l_self_modules_features_modules_4_modules_expand3x3_parameters_weight_, w13_l_self_modules_features_modules_4_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_1 = w12_l_self_modules_features_modules_4_modules_expand3x3_parameters_weight_ = w13_l_self_modules_features_modules_4_modules_expand3x3_parameters_bias_ = None
        relu_5 = torch.nn.functional.relu(conv2d_5, inplace = True);  conv2d_5 = None
        relu_6 = torch.nn.functional.relu(conv2d_6, inplace = True);  conv2d_6 = None
        input_5 = torch.cat([relu_5, relu_6], 1);  relu_5 = relu_6 = None
        input_6 = torch.nn.functional.max_pool2d(input_5, 3, 2, 0, 1, ceil_mode = True, return_indices = False);  input_5 = None
        conv2d_7 = torch.conv2d(input_6, w14_l_self_modules_features_modules_6_modules_squeeze_parameters_weight_, w15_l_self_modules_features_modules_6_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_6 = w14_l_self_modules_features_modules_6_modules_squeeze_parameters_weight_ = w15_l_self_modules_features_modules_6_modules_squeeze_parameters_bias_ = None
        x_2 = torch.nn.functional.relu(conv2d_7, inplace = True);  conv2d_7 = None
        conv2d_8 = torch.conv2d(x_2, w16_l_self_modules_features_modules_6_modules_expand1x1_parameters_weight_, w17_l_self_modules_features_modules_6_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w16_l_self_modules_features_modules_6_modules_expand1x1_parameters_weight_ = w17_l_self_modules_features_modules_6_modules_expand1x1_parameters_bias_ = None
        conv2d_9 = torch.conv2d(x_2, w18_l_self_modules_features_modules_6_modules_expand3x3_parameters_weight_, w19_l_self_modules_features_modules_6_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_2 = w18_l_self_modules_features_modules_6_modules_expand3x3_parameters_weight_ = w19_l_self_modules_features_modules_6_modules_expand3x3_parameters_bias_ = None
        relu_8 = torch.nn.functional.relu(conv2d_8, inplace = True);  conv2d_8 = None
        relu_9 = torch.nn.functional.relu(conv2d_9, inplace = True);  conv2d_9 = None
        input_7 = torch.cat([relu_8, relu_9], 1);  relu_8 = relu_9 = None
        conv2d_10 = torch.conv2d(input_7, w20_l_self_modules_features_modules_7_modules_squeeze_parameters_weight_, w21_l_self_modules_features_modules_7_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_7 = w20_l_self_modules_features_modules_7_modules_squeeze_parameters_weight_ = w21_l_self_modules_features_modules_7_modules_squeeze_parameters_bias_ = None
        x_3 = torch.nn.functional.relu(conv2d_10, inplace = True);  conv2d_10 = None
        conv2d_11 = torch.conv2d(x_3, w22_l_self_modules_features_modules_7_modules_expand1x1_parameters_weight_, w23_l_self_modules_features_modules_7_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w22_l_self_modules_features_modules_7_modules_expand1x1_parameters_weight_ = w23_l_self_modules_features_modules_7_modules_expand1x1_parameters_bias_ = None
        conv2d_12 = torch.conv2d(x_3, w24_l_self_modules_features_modules_7_modules_expand3x3_parameters_weight_, w25_l_self_modules_features_modules_7_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_3 = w24_l_self_modules_features_modules_7_modules_expand3x3_parameters_weight_ = w25_l_self_modules_features_modules_7_modules_expand3x3_parameters_bias_ = None
        relu_11 = torch.nn.functional.relu(conv2d_11, inplace = True);  conv2d_11 = None
        relu_12 = torch.nn.functional.relu(conv2d_12, inplace = True);  conv2d_12 = None
        input_8 = torch.cat([relu_11, relu_12], 1);  relu_11 = relu_12 = None
        input_9 = torch.nn.functional.max_pool2d(input_8, 3, 2, 0, 1, ceil_mode = True, return_indices = False);  input_8 = None
        conv2d_13 = torch.conv2d(input_9, w26_l_self_modules_features_modules_9_modules_squeeze_parameters_weight_, w27_l_self_modules_features_modules_9_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_9 = w26_l_self_modules_features_modules_9_modules_squeeze_parameters_weight_ = w27_l_self_modules_features_modules_9_modules_squeeze_parameters_bias_ = None
        x_4 = torch.nn.functional.relu(conv2d_13, inplace = True);  conv2d_13 = None
        conv2d_14 = torch.conv2d(x_4, w28_l_self_modules_features_modules_9_modules_expand1x1_parameters_weight_, w29_l_self_modules_features_modules_9_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w28_l_self_modules_features_modules_9_modules_expand1x1_parameters_weight_ = w29_l_self_modules_features_modules_9_modules_expand1x1_parameters_bias_ = None
        conv2d_15 = torch.conv2d(x_4, w30_l_self_modules_features_modules_9_modules_expand3x3_parameters_weight_, w31_l_self_modules_features_modules_9_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_4 = w30_l_self_modules_features_modules_9_modules_expand3x3_parameters_weight_ = w31_l_self_modules_features_modules_9_modules_expand3x3_parameters_bias_ = None
        relu_14 = torch.nn.functional.relu(conv2d_14, inplace = True);  conv2d_14 = None
        relu_15 = torch.nn.functional.relu(conv2d_15, inplace = True);  conv2d_15 = None
        input_10 = torch.cat([relu_14, relu_15], 1);  relu_14 = relu_15 = None
        conv2d_16 = torch.conv2d(input_10, w32_l_self_modules_features_modules_10_modules_squeeze_parameters_weight_, w33_l_self_modules_features_modules_10_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_10 = w32_l_self_modules_features_modules_10_modules_squeeze_parameters_weight_ = w33_l_self_modules_features_modules_10_modules_squeeze_parameters_bias_ = None
        x_5 = torch.nn.functional.relu(conv2d_16, inplace = True);  conv2d_16 = None
        conv2d_17 = torch.conv2d(x_5, w34_l_self_modules_features_modules_10_modules_expand1x1_parameters_weight_, w35_l_self_modules_features_modules_10_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w34_l_self_modules_features_modules_10_modules_expand1x1_parameters_weight_ = w35_l_self_modules_features_modules_10_modules_expand1x1_parameters_bias_ = None
        conv2d_18 = torch.conv2d(x_5, w36_l_self_modules_features_modules_10_modules_expand3x3_parameters_weight_, w37_l_self_modules_features_modules_10_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_5 = w36_l_self_modules_features_modules_10_modules_expand3x3_parameters_weight_ = w37_l_self_modules_features_modules_10_modules_expand3x3_parameters_bias_ = None
        relu_17 = torch.nn.functional.relu(conv2d_17, inplace = True);  conv2d_17 = None
        relu_18 = torch.nn.functional.relu(conv2d_18, inplace = True);  conv2d_18 = None
        input_11 = torch.cat([relu_17, relu_18], 1);  relu_17 = relu_18 = None
        conv2d_19 = torch.conv2d(input_11, w38_l_self_modules_features_modules_11_modules_squeeze_parameters_weight_, w39_l_self_modules_features_modules_11_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_11 = w38_l_self_modules_features_modules_11_modules_squeeze_parameters_weight_ = w39_l_self_modules_features_modules_11_modules_squeeze_parameters_bias_ = None
        x_6 = torch.nn.functional.relu(conv2d_19, inplace = True);  conv2d_19 = None
        conv2d_20 = torch.conv2d(x_6, w40_l_self_modules_features_modules_11_modules_expand1x1_parameters_weight_, w41_l_self_modules_features_modules_11_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w40_l_self_modules_features_modules_11_modules_expand1x1_parameters_weight_ = w41_l_self_modules_features_modules_11_modules_expand1x1_parameters_bias_ = None
        conv2d_21 = torch.conv2d(x_6, w42_l_self_modules_features_modules_11_modules_expand3x3_parameters_weight_, w43_l_self_modules_features_modules_11_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_6 = w42_l_self_modules_features_modules_11_modules_expand3x3_parameters_weight_ = w43_l_self_modules_features_modules_11_modules_expand3x3_parameters_bias_ = None
        relu_20 = torch.nn.functional.relu(conv2d_20, inplace = True);  conv2d_20 = None
        relu_21 = torch.nn.functional.relu(conv2d_21, inplace = True);  conv2d_21 = None
        input_12 = torch.cat([relu_20, relu_21], 1);  relu_20 = relu_21 = None
        conv2d_22 = torch.conv2d(input_12, w44_l_self_modules_features_modules_12_modules_squeeze_parameters_weight_, w45_l_self_modules_features_modules_12_modules_squeeze_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_12 = w44_l_self_modules_features_modules_12_modules_squeeze_parameters_weight_ = w45_l_self_modules_features_modules_12_modules_squeeze_parameters_bias_ = None
        x_7 = torch.nn.functional.relu(conv2d_22, inplace = True);  conv2d_22 = None
        conv2d_23 = torch.conv2d(x_7, w46_l_self_modules_features_modules_12_modules_expand1x1_parameters_weight_, w47_l_self_modules_features_modules_12_modules_expand1x1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  w46_l_self_modules_features_modules_12_modules_expand1x1_parameters_weight_ = w47_l_self_modules_features_modules_12_modules_expand1x1_parameters_bias_ = None
        conv2d_24 = torch.conv2d(x_7, w48_l_self_modules_features_modules_12_modules_expand3x3_parameters_weight_, w49_l_self_modules_features_modules_12_modules_expand3x3_parameters_bias_, (1, 1), (1, 1), (1, 1), 1);  x_7 = w48_l_self_modules_features_modules_12_modules_expand3x3_parameters_weight_ = w49_l_self_modules_features_modules_12_modules_expand3x3_parameters_bias_ = None
        relu_23 = torch.nn.functional.relu(conv2d_23, inplace = True);  conv2d_23 = None
        relu_24 = torch.nn.functional.relu(conv2d_24, inplace = True);  conv2d_24 = None
        input_13 = torch.cat([relu_23, relu_24], 1);  relu_23 = relu_24 = None
        input_14 = torch.nn.functional.dropout(input_13, 0.0, False, False);  input_13 = None
        input_15 = torch.conv2d(input_14, w50_l_self_modules_classifier_modules_1_parameters_weight_, w51_l_self_modules_classifier_modules_1_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  input_14 = w50_l_self_modules_classifier_modules_1_parameters_weight_ = w51_l_self_modules_classifier_modules_1_parameters_bias_ = None
        input_16 = torch.nn.functional.relu(input_15, inplace = True);  input_15 = None
        input_17 = torch.nn.functional.adaptive_avg_pool2d(input_16, 1);  input_16 = None
        flatten = input_17.flatten(1);  input_17 = None
        return flatten



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
        _pike_tensor((1, 3, 224, 224), (150528, 50176, 224, 1), torch.float32, 'normal', -0.002065725391730666, 1.000386118888855),
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


@triton.jit
def pk_to(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 150528
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x53 = (l0).to(tl.bfloat16).to(tl.float32)
    tl.store(out0 + offs, (x53).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_to(a0):
    a0 = _pike_strided(a0, (150528, 1, 672, 3))
    o0 = torch.empty_strided((1, 3, 224, 224), (150528, 1, 672, 3), dtype=torch.bfloat16, device=a0.device)
    pk_to[(triton.cdiv(150528, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 788544
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x56 = ((l0) + (l1))
    x57 = tl.where((x56) > 0, (x56), 0.0)
    tl.store(out0 + offs, (x57).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add(a0, a1):
    a0 = _pike_strided(a0, (788544, 1, 7104, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((1, 64, 111, 111), (788544, 1, 7104, 64), dtype=torch.bfloat16, device=a0.device)
    pk_add[(triton.cdiv(788544, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_1(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 48400
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 16), mask=mask, other=0).to(tl.float32)
    x62 = ((l0) + (l1))
    x63 = tl.where((x62) > 0, (x62), 0.0)
    x64 = x63
    tl.store(out0 + offs, (x64).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_1(a0, a1):
    a0 = _pike_strided(a0, (48400, 1, 880, 16))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((1, 16, 55, 55), (48400, 1, 880, 16), dtype=torch.bfloat16, device=a0.device)
    pk_add_1[(triton.cdiv(48400, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_2(in0, in1, in2, in3, out0, out1, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 193600
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x67 = ((l0) + (l1))
    l2 = tl.load(in2 + offs, mask=mask, other=0).to(tl.float32)
    l3 = tl.load(in3 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x70 = ((l2) + (l3))
    x71 = tl.where((x67) > 0, (x67), 0.0)
    x72 = tl.where((x70) > 0, (x70), 0.0)
    tl.store(out0 + offs, (x71).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + offs, (x72).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_add_2(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (193600, 1, 3520, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (193600, 1, 3520, 64))
    a3 = _pike_strided(a3, (1, 1, 1))
    o0 = torch.empty_strided((1, 64, 55, 55), (193600, 1, 3520, 64), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty_strided((1, 64, 55, 55), (193600, 1, 3520, 64), dtype=torch.bfloat16, device=a0.device)
    pk_add_2[(triton.cdiv(193600, 1024),)](a0, a1, a2, a3, o0, o1, BLOCK=1024, num_warps=4)
    return o0, o1


@triton.jit
def pk_add_7(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 23328
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 32), mask=mask, other=0).to(tl.float32)
    x93 = ((l0) + (l1))
    x94 = tl.where((x93) > 0, (x93), 0.0)
    x95 = x94
    tl.store(out0 + offs, (x95).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_7(a0, a1):
    a0 = _pike_strided(a0, (23328, 1, 864, 32))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((1, 32, 27, 27), (23328, 1, 864, 32), dtype=torch.bfloat16, device=a0.device)
    pk_add_7[(triton.cdiv(23328, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_8(in0, in1, in2, in3, out0, out1, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 93312
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x98 = ((l0) + (l1))
    l2 = tl.load(in2 + offs, mask=mask, other=0).to(tl.float32)
    l3 = tl.load(in3 + (offs % 128), mask=mask, other=0).to(tl.float32)
    x101 = ((l2) + (l3))
    x102 = tl.where((x98) > 0, (x98), 0.0)
    x103 = tl.where((x101) > 0, (x101), 0.0)
    tl.store(out0 + offs, (x102).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + offs, (x103).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_add_8(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (93312, 1, 3456, 128))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (93312, 1, 3456, 128))
    a3 = _pike_strided(a3, (1, 1, 1))
    o0 = torch.empty_strided((1, 128, 27, 27), (93312, 1, 3456, 128), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty_strided((1, 128, 27, 27), (93312, 1, 3456, 128), dtype=torch.bfloat16, device=a0.device)
    pk_add_8[(triton.cdiv(93312, 1024),)](a0, a1, a2, a3, o0, o1, BLOCK=1024, num_warps=4)
    return o0, o1


@triton.jit
def pk_add_13(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 8112
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 48), mask=mask, other=0).to(tl.float32)
    x124 = ((l0) + (l1))
    x125 = tl.where((x124) > 0, (x124), 0.0)
    x126 = x125
    tl.store(out0 + offs, (x126).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_13(a0, a1):
    a0 = _pike_strided(a0, (8112, 1, 624, 48))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((1, 48, 13, 13), (8112, 1, 624, 48), dtype=torch.bfloat16, device=a0.device)
    pk_add_13[(triton.cdiv(8112, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_14(in0, in1, in2, in3, out0, out1, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 32448
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x129 = ((l0) + (l1))
    l2 = tl.load(in2 + offs, mask=mask, other=0).to(tl.float32)
    l3 = tl.load(in3 + (offs % 192), mask=mask, other=0).to(tl.float32)
    x132 = ((l2) + (l3))
    x133 = tl.where((x129) > 0, (x129), 0.0)
    x134 = tl.where((x132) > 0, (x132), 0.0)
    tl.store(out0 + offs, (x133).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + offs, (x134).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_add_14(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (32448, 1, 2496, 192))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (32448, 1, 2496, 192))
    a3 = _pike_strided(a3, (1, 1, 1))
    o0 = torch.empty_strided((1, 192, 13, 13), (32448, 1, 2496, 192), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty_strided((1, 192, 13, 13), (32448, 1, 2496, 192), dtype=torch.bfloat16, device=a0.device)
    pk_add_14[(triton.cdiv(32448, 1024),)](a0, a1, a2, a3, o0, o1, BLOCK=1024, num_warps=4)
    return o0, o1


@triton.jit
def pk_add_19(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 10816
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 64), mask=mask, other=0).to(tl.float32)
    x154 = ((l0) + (l1))
    x155 = tl.where((x154) > 0, (x154), 0.0)
    x156 = x155
    tl.store(out0 + offs, (x156).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_19(a0, a1):
    a0 = _pike_strided(a0, (10816, 1, 832, 64))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((1, 64, 13, 13), (10816, 1, 832, 64), dtype=torch.bfloat16, device=a0.device)
    pk_add_19[(triton.cdiv(10816, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_20(in0, in1, in2, in3, out0, out1, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 43264
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x159 = ((l0) + (l1))
    l2 = tl.load(in2 + offs, mask=mask, other=0).to(tl.float32)
    l3 = tl.load(in3 + (offs % 256), mask=mask, other=0).to(tl.float32)
    x162 = ((l2) + (l3))
    x163 = tl.where((x159) > 0, (x159), 0.0)
    x164 = tl.where((x162) > 0, (x162), 0.0)
    tl.store(out0 + offs, (x163).to(out0.dtype.element_ty), mask=mask)
    tl.store(out1 + offs, (x164).to(out1.dtype.element_ty), mask=mask)


def _launch_pk_add_20(a0, a1, a2, a3):
    a0 = _pike_strided(a0, (43264, 1, 3328, 256))
    a1 = _pike_strided(a1, (1, 1, 1))
    a2 = _pike_strided(a2, (43264, 1, 3328, 256))
    a3 = _pike_strided(a3, (1, 1, 1))
    o0 = torch.empty_strided((1, 256, 13, 13), (43264, 1, 3328, 256), dtype=torch.bfloat16, device=a0.device)
    o1 = torch.empty_strided((1, 256, 13, 13), (43264, 1, 3328, 256), dtype=torch.bfloat16, device=a0.device)
    pk_add_20[(triton.cdiv(43264, 1024),)](a0, a1, a2, a3, o0, o1, BLOCK=1024, num_warps=4)
    return o0, o1


@triton.jit
def pk_input_14(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 86528
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x181 = l0
    x182 = x181
    tl.store(out0 + offs, (x182).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_input_14(a0):
    a0 = _pike_strided(a0, (86528, 1, 6656, 512))
    o0 = torch.empty_strided((1, 512, 13, 13), (86528, 1, 6656, 512), dtype=torch.bfloat16, device=a0.device)
    pk_input_14[(triton.cdiv(86528, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_add_25(in0, in1, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 169000
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    l1 = tl.load(in1 + (offs % 1000), mask=mask, other=0).to(tl.float32)
    x185 = ((l0) + (l1))
    x186 = tl.where((x185) > 0, (x185), 0.0)
    tl.store(out0 + offs, (x186).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_add_25(a0, a1):
    a0 = _pike_strided(a0, (169000, 1, 13000, 1000))
    a1 = _pike_strided(a1, (1, 1, 1))
    o0 = torch.empty_strided((1, 1000, 13, 13), (169000, 1, 13000, 1000), dtype=torch.bfloat16, device=a0.device)
    pk_add_25[(triton.cdiv(169000, 1024),)](a0, a1, o0, BLOCK=1024, num_warps=4)
    return o0,


@triton.jit
def pk_float_1(in0, out0, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < 1000
    l0 = tl.load(in0 + offs, mask=mask, other=0).to(tl.float32)
    x189 = (l0).to(tl.float32)
    tl.store(out0 + offs, (x189).to(out0.dtype.element_ty), mask=mask)


def _launch_pk_float_1(a0):
    a0 = _pike_strided(a0, (1000, 1))
    o0 = torch.empty((1, 1000), dtype=torch.float32, device=a0.device)
    pk_float_1[(triton.cdiv(1000, 1024),)](a0, o0, BLOCK=1024, num_warps=4)
    return o0,


def fused_forward(*inputs):
    (in_0, in_1, in_2, in_3, in_4, in_5, in_6, in_7, in_8, in_9, in_10, in_11, in_12, in_13, in_14, in_15, in_16, in_17, in_18, in_19, in_20, in_21, in_22, in_23, in_24, in_25, in_26, in_27, in_28, in_29, in_30, in_31, in_32, in_33, in_34, in_35, in_36, in_37, in_38, in_39, in_40, in_41, in_42, in_43, in_44, in_45, in_46, in_47, in_48, in_49, in_50, in_51, in_52,) = inputs
    v53, = _launch_pk_to(in_52)
    v54 = torch.conv2d(v53, in_0, None, (2, 2), (0, 0), (1, 1), 1)
    v55 = in_1.reshape((-1, 1, 1))
    v57, = _launch_pk_add(v54, v55)
    v58 = torch.nn.functional.max_pool2d(v57, 3, 2, 0, 1, ceil_mode=True, return_indices=False)
    v59 = v58.to(torch.bfloat16)
    v60 = torch.conv2d(v59, in_2, None, (1, 1), (0, 0), (1, 1), 1)
    v61 = in_3.reshape((-1, 1, 1))
    v64, = _launch_pk_add_1(v60, v61)
    v65 = torch.conv2d(v64, in_4, None, (1, 1), (0, 0), (1, 1), 1)
    v66 = in_5.reshape((-1, 1, 1))
    v68 = torch.conv2d(v64, in_6, None, (1, 1), (1, 1), (1, 1), 1)
    v69 = in_7.reshape((-1, 1, 1))
    v71, v72 = _launch_pk_add_2(v65, v66, v68, v69)
    v73 = torch.cat([v71, v72], 1)
    v74 = v73.to(torch.bfloat16)
    v75 = torch.conv2d(v74, in_8, None, (1, 1), (0, 0), (1, 1), 1)
    v76 = in_9.reshape((-1, 1, 1))
    v79, = _launch_pk_add_1(v75, v76)
    v80 = torch.conv2d(v79, in_10, None, (1, 1), (0, 0), (1, 1), 1)
    v81 = in_11.reshape((-1, 1, 1))
    v83 = torch.conv2d(v79, in_12, None, (1, 1), (1, 1), (1, 1), 1)
    v84 = in_13.reshape((-1, 1, 1))
    v86, v87 = _launch_pk_add_2(v80, v81, v83, v84)
    v88 = torch.cat([v86, v87], 1)
    v89 = torch.nn.functional.max_pool2d(v88, 3, 2, 0, 1, ceil_mode=True, return_indices=False)
    v90 = v89.to(torch.bfloat16)
    v91 = torch.conv2d(v90, in_14, None, (1, 1), (0, 0), (1, 1), 1)
    v92 = in_15.reshape((-1, 1, 1))
    v95, = _launch_pk_add_7(v91, v92)
    v96 = torch.conv2d(v95, in_16, None, (1, 1), (0, 0), (1, 1), 1)
    v97 = in_17.reshape((-1, 1, 1))
    v99 = torch.conv2d(v95, in_18, None, (1, 1), (1, 1), (1, 1), 1)
    v100 = in_19.reshape((-1, 1, 1))
    v102, v103 = _launch_pk_add_8(v96, v97, v99, v100)
    v104 = torch.cat([v102, v103], 1)
    v105 = v104.to(torch.bfloat16)
    v106 = torch.conv2d(v105, in_20, None, (1, 1), (0, 0), (1, 1), 1)
    v107 = in_21.reshape((-1, 1, 1))
    v110, = _launch_pk_add_7(v106, v107)
    v111 = torch.conv2d(v110, in_22, None, (1, 1), (0, 0), (1, 1), 1)
    v112 = in_23.reshape((-1, 1, 1))
    v114 = torch.conv2d(v110, in_24, None, (1, 1), (1, 1), (1, 1), 1)
    v115 = in_25.reshape((-1, 1, 1))
    v117, v118 = _launch_pk_add_8(v111, v112, v114, v115)
    v119 = torch.cat([v117, v118], 1)
    v120 = torch.nn.functional.max_pool2d(v119, 3, 2, 0, 1, ceil_mode=True, return_indices=False)
    v121 = v120.to(torch.bfloat16)
    v122 = torch.conv2d(v121, in_26, None, (1, 1), (0, 0), (1, 1), 1)
    v123 = in_27.reshape((-1, 1, 1))
    v126, = _launch_pk_add_13(v122, v123)
    v127 = torch.conv2d(v126, in_28, None, (1, 1), (0, 0), (1, 1), 1)
    v128 = in_29.reshape((-1, 1, 1))
    v130 = torch.conv2d(v126, in_30, None, (1, 1), (1, 1), (1, 1), 1)
    v131 = in_31.reshape((-1, 1, 1))
    v133, v134 = _launch_pk_add_14(v127, v128, v130, v131)
    v135 = torch.cat([v133, v134], 1)
    v136 = v135.to(torch.bfloat16)
    v137 = torch.conv2d(v136, in_32, None, (1, 1), (0, 0), (1, 1), 1)
    v138 = in_33.reshape((-1, 1, 1))
    v141, = _launch_pk_add_13(v137, v138)
    v142 = torch.conv2d(v141, in_34, None, (1, 1), (0, 0), (1, 1), 1)
    v143 = in_35.reshape((-1, 1, 1))
    v145 = torch.conv2d(v141, in_36, None, (1, 1), (1, 1), (1, 1), 1)
    v146 = in_37.reshape((-1, 1, 1))
    v148, v149 = _launch_pk_add_14(v142, v143, v145, v146)
    v150 = torch.cat([v148, v149], 1)
    v151 = v150.to(torch.bfloat16)
    v152 = torch.conv2d(v151, in_38, None, (1, 1), (0, 0), (1, 1), 1)
    v153 = in_39.reshape((-1, 1, 1))
    v156, = _launch_pk_add_19(v152, v153)
    v157 = torch.conv2d(v156, in_40, None, (1, 1), (0, 0), (1, 1), 1)
    v158 = in_41.reshape((-1, 1, 1))
    v160 = torch.conv2d(v156, in_42, None, (1, 1), (1, 1), (1, 1), 1)
    v161 = in_43.reshape((-1, 1, 1))
    v163, v164 = _launch_pk_add_20(v157, v158, v160, v161)
    v165 = torch.cat([v163, v164], 1)
    v166 = v165.to(torch.bfloat16)
    v167 = torch.conv2d(v166, in_44, None, (1, 1), (0, 0), (1, 1), 1)
    v168 = in_45.reshape((-1, 1, 1))
    v171, = _launch_pk_add_19(v167, v168)
    v172 = torch.conv2d(v171, in_46, None, (1, 1), (0, 0), (1, 1), 1)
    v173 = in_47.reshape((-1, 1, 1))
    v175 = torch.conv2d(v171, in_48, None, (1, 1), (1, 1), (1, 1), 1)
    v176 = in_49.reshape((-1, 1, 1))
    v178, v179 = _launch_pk_add_20(v172, v173, v175, v176)
    v180 = torch.cat([v178, v179], 1)
    v182, = _launch_pk_input_14(v180)
    v183 = torch.conv2d(v182, in_50, None, (1, 1), (0, 0), (1, 1), 1)
    v184 = in_51.reshape((-1, 1, 1))
    v186, = _launch_pk_add_25(v183, v184)
    v187 = torch.nn.functional.adaptive_avg_pool2d(v186, 1)
    v188 = v187.flatten(1)
    v189, = _launch_pk_float_1(v188)
    return (v189,)

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

_PK_SPEC = {'path': 'graph', 'args': [{'from': 'tensor', 'name': 'w0_l_self_modules_features_modules_0_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w1_l_self_modules_features_modules_0_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w2_l_self_modules_features_modules_3_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w3_l_self_modules_features_modules_3_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w4_l_self_modules_features_modules_3_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w5_l_self_modules_features_modules_3_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w6_l_self_modules_features_modules_3_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w7_l_self_modules_features_modules_3_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w8_l_self_modules_features_modules_4_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w9_l_self_modules_features_modules_4_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w10_l_self_modules_features_modules_4_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w11_l_self_modules_features_modules_4_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w12_l_self_modules_features_modules_4_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w13_l_self_modules_features_modules_4_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w14_l_self_modules_features_modules_6_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w15_l_self_modules_features_modules_6_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w16_l_self_modules_features_modules_6_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w17_l_self_modules_features_modules_6_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w18_l_self_modules_features_modules_6_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w19_l_self_modules_features_modules_6_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w20_l_self_modules_features_modules_7_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w21_l_self_modules_features_modules_7_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w22_l_self_modules_features_modules_7_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w23_l_self_modules_features_modules_7_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w24_l_self_modules_features_modules_7_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w25_l_self_modules_features_modules_7_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w26_l_self_modules_features_modules_9_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w27_l_self_modules_features_modules_9_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w28_l_self_modules_features_modules_9_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w29_l_self_modules_features_modules_9_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w30_l_self_modules_features_modules_9_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w31_l_self_modules_features_modules_9_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w32_l_self_modules_features_modules_10_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w33_l_self_modules_features_modules_10_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w34_l_self_modules_features_modules_10_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w35_l_self_modules_features_modules_10_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w36_l_self_modules_features_modules_10_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w37_l_self_modules_features_modules_10_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w38_l_self_modules_features_modules_11_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w39_l_self_modules_features_modules_11_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w40_l_self_modules_features_modules_11_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w41_l_self_modules_features_modules_11_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w42_l_self_modules_features_modules_11_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w43_l_self_modules_features_modules_11_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w44_l_self_modules_features_modules_12_modules_squeeze_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w45_l_self_modules_features_modules_12_modules_squeeze_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w46_l_self_modules_features_modules_12_modules_expand1x1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w47_l_self_modules_features_modules_12_modules_expand1x1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w48_l_self_modules_features_modules_12_modules_expand3x3_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w49_l_self_modules_features_modules_12_modules_expand3x3_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'tensor', 'name': 'w50_l_self_modules_classifier_modules_1_parameters_weight_', 'dtype': 'bfloat16', 'channels_last': True}, {'from': 'tensor', 'name': 'w51_l_self_modules_classifier_modules_1_parameters_bias_', 'dtype': 'bfloat16'}, {'from': 'input', 'index': 0}], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': True, 'autocast': None, 'inductor_mode': '', 'inputs': [[[1, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """cuda-graph+bf16+channels-last+triton-fused: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, fused_forward)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
