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
        self.register_buffer('w0_l_self_modules_features_modules_0_parameters_weight_', _pike_tensor((32, 3, 3, 3), (27, 9, 3, 1), torch.float32, 'normal', -8.6695232312195e-05, 0.11187711358070374))
        self.register_buffer('w1_l_self_modules_features_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w2_l_self_modules_features_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w3_l_self_modules_features_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w4_l_self_modules_features_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w5_l_self_modules_features_modules_3_modules_body_modules_0_parameters_weight_', _pike_tensor((32, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.013534784317016602, 0.19867976009845734))
        self.register_buffer('w6_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w7_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w8_l_self_modules_features_modules_3_modules_body_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_features_modules_3_modules_body_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w10_l_self_modules_features_modules_3_modules_se_reduce_parameters_weight_', _pike_tensor((8, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.00405229814350605, 0.1062421053647995))
        self.register_buffer('w11_l_self_modules_features_modules_3_modules_se_reduce_parameters_bias_', _pike_tensor((8,), (1,), torch.float32, 'normal', 0.05019215866923332, 0.09188033640384674))
        self.register_buffer('w12_l_self_modules_features_modules_3_modules_se_expand_parameters_weight_', _pike_tensor((32, 8, 1, 1), (8, 1, 1, 1), torch.float32, 'normal', -0.008089453913271427, 0.20254606008529663))
        self.register_buffer('w13_l_self_modules_features_modules_3_modules_se_expand_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', -0.020338155329227448, 0.22120802104473114))
        self.register_buffer('w14_l_self_modules_features_modules_3_modules_project_modules_0_parameters_weight_', _pike_tensor((16, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0014643404865637422, 0.0989469438791275))
        self.register_buffer('w15_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_mean_', _pike_tensor((16,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w16_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_var_', _pike_tensor((16,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w17_l_self_modules_features_modules_3_modules_project_modules_1_parameters_weight_', _pike_tensor((16,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w18_l_self_modules_features_modules_3_modules_project_modules_1_parameters_bias_', _pike_tensor((16,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w19_l_self_modules_features_modules_4_modules_body_modules_0_parameters_weight_', _pike_tensor((96, 16, 1, 1), (16, 1, 1, 1), torch.float32, 'normal', -0.0052880784496665, 0.14142252504825592))
        self.register_buffer('w20_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w21_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w22_l_self_modules_features_modules_4_modules_body_modules_1_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w23_l_self_modules_features_modules_4_modules_body_modules_1_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w24_l_self_modules_features_modules_4_modules_body_modules_3_parameters_weight_', _pike_tensor((96, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0008697360754013062, 0.19159498810768127))
        self.register_buffer('w25_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_mean_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w26_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_var_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w27_l_self_modules_features_modules_4_modules_body_modules_4_parameters_weight_', _pike_tensor((96,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w28_l_self_modules_features_modules_4_modules_body_modules_4_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w29_l_self_modules_features_modules_4_modules_se_reduce_parameters_weight_', _pike_tensor((4, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', -0.004008217249065638, 0.05822613835334778))
        self.register_buffer('w30_l_self_modules_features_modules_4_modules_se_reduce_parameters_bias_', _pike_tensor((4,), (1,), torch.float32, 'normal', -0.007554779760539532, 0.068234384059906))
        self.register_buffer('w31_l_self_modules_features_modules_4_modules_se_expand_parameters_weight_', _pike_tensor((96, 4, 1, 1), (4, 1, 1, 1), torch.float32, 'normal', 0.014643769711256027, 0.2877240777015686))
        self.register_buffer('w32_l_self_modules_features_modules_4_modules_se_expand_parameters_bias_', _pike_tensor((96,), (1,), torch.float32, 'normal', -0.014450806193053722, 0.29077616333961487))
        self.register_buffer('w33_l_self_modules_features_modules_4_modules_project_modules_0_parameters_weight_', _pike_tensor((24, 96, 1, 1), (96, 1, 1, 1), torch.float32, 'normal', 0.0008037477964535356, 0.05878201872110367))
        self.register_buffer('w34_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_mean_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w35_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_var_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w36_l_self_modules_features_modules_4_modules_project_modules_1_parameters_weight_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w37_l_self_modules_features_modules_4_modules_project_modules_1_parameters_bias_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w38_l_self_modules_features_modules_5_modules_body_modules_0_parameters_weight_', _pike_tensor((144, 24, 1, 1), (24, 1, 1, 1), torch.float32, 'normal', 0.0024245132226496935, 0.11815459281206131))
        self.register_buffer('w39_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w40_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w41_l_self_modules_features_modules_5_modules_body_modules_1_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w42_l_self_modules_features_modules_5_modules_body_modules_1_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w43_l_self_modules_features_modules_5_modules_body_modules_3_parameters_weight_', _pike_tensor((144, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.008139073848724365, 0.195260152220726))
        self.register_buffer('w44_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w45_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w46_l_self_modules_features_modules_5_modules_body_modules_4_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w47_l_self_modules_features_modules_5_modules_body_modules_4_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w48_l_self_modules_features_modules_5_modules_se_reduce_parameters_weight_', _pike_tensor((6, 144, 1, 1), (144, 1, 1, 1), torch.float32, 'normal', 0.0002617191057652235, 0.04905425012111664))
        self.register_buffer('w49_l_self_modules_features_modules_5_modules_se_reduce_parameters_bias_', _pike_tensor((6,), (1,), torch.float32, 'normal', 0.020435890182852745, 0.056574247777462006))
        self.register_buffer('w50_l_self_modules_features_modules_5_modules_se_expand_parameters_weight_', _pike_tensor((144, 6, 1, 1), (6, 1, 1, 1), torch.float32, 'normal', 0.005569801665842533, 0.23538196086883545))
        self.register_buffer('w51_l_self_modules_features_modules_5_modules_se_expand_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.01018155924975872, 0.24342049658298492))
        self.register_buffer('w52_l_self_modules_features_modules_5_modules_project_modules_0_parameters_weight_', _pike_tensor((24, 144, 1, 1), (144, 1, 1, 1), torch.float32, 'normal', 0.0005280128680169582, 0.047739215195178986))
        self.register_buffer('w53_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_mean_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w54_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_var_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w55_l_self_modules_features_modules_5_modules_project_modules_1_parameters_weight_', _pike_tensor((24,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w56_l_self_modules_features_modules_5_modules_project_modules_1_parameters_bias_', _pike_tensor((24,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w57_l_self_modules_features_modules_6_modules_body_modules_0_parameters_weight_', _pike_tensor((144, 24, 1, 1), (24, 1, 1, 1), torch.float32, 'normal', 6.573964492417872e-05, 0.11787489801645279))
        self.register_buffer('w58_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w59_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w60_l_self_modules_features_modules_6_modules_body_modules_1_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w61_l_self_modules_features_modules_6_modules_body_modules_1_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w62_l_self_modules_features_modules_6_modules_body_modules_3_parameters_weight_', _pike_tensor((144, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', 0.0006628789706155658, 0.1153646856546402))
        self.register_buffer('w63_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_mean_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w64_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_var_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w65_l_self_modules_features_modules_6_modules_body_modules_4_parameters_weight_', _pike_tensor((144,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w66_l_self_modules_features_modules_6_modules_body_modules_4_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w67_l_self_modules_features_modules_6_modules_se_reduce_parameters_weight_', _pike_tensor((6, 144, 1, 1), (144, 1, 1, 1), torch.float32, 'normal', -0.00036177749279886484, 0.04643797501921654))
        self.register_buffer('w68_l_self_modules_features_modules_6_modules_se_reduce_parameters_bias_', _pike_tensor((6,), (1,), torch.float32, 'normal', 0.012861895374953747, 0.05156076326966286))
        self.register_buffer('w69_l_self_modules_features_modules_6_modules_se_expand_parameters_weight_', _pike_tensor((144, 6, 1, 1), (6, 1, 1, 1), torch.float32, 'normal', 0.010453120805323124, 0.23519201576709747))
        self.register_buffer('w70_l_self_modules_features_modules_6_modules_se_expand_parameters_bias_', _pike_tensor((144,), (1,), torch.float32, 'normal', -0.010838274843990803, 0.22258023917675018))
        self.register_buffer('w71_l_self_modules_features_modules_6_modules_project_modules_0_parameters_weight_', _pike_tensor((40, 144, 1, 1), (144, 1, 1, 1), torch.float32, 'normal', 0.00034416309790685773, 0.04804575815796852))
        self.register_buffer('w72_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_mean_', _pike_tensor((40,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w73_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_var_', _pike_tensor((40,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w74_l_self_modules_features_modules_6_modules_project_modules_1_parameters_weight_', _pike_tensor((40,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w75_l_self_modules_features_modules_6_modules_project_modules_1_parameters_bias_', _pike_tensor((40,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w76_l_self_modules_features_modules_7_modules_body_modules_0_parameters_weight_', _pike_tensor((240, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', -0.00022356917907018214, 0.09099061787128448))
        self.register_buffer('w77_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w78_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w79_l_self_modules_features_modules_7_modules_body_modules_1_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w80_l_self_modules_features_modules_7_modules_body_modules_1_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w81_l_self_modules_features_modules_7_modules_body_modules_3_parameters_weight_', _pike_tensor((240, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', -0.0016046816017478704, 0.11511147022247314))
        self.register_buffer('w82_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w83_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w84_l_self_modules_features_modules_7_modules_body_modules_4_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w85_l_self_modules_features_modules_7_modules_body_modules_4_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w86_l_self_modules_features_modules_7_modules_se_reduce_parameters_weight_', _pike_tensor((10, 240, 1, 1), (240, 1, 1, 1), torch.float32, 'normal', -0.0008001592941582203, 0.03744330629706383))
        self.register_buffer('w87_l_self_modules_features_modules_7_modules_se_reduce_parameters_bias_', _pike_tensor((10,), (1,), torch.float32, 'normal', 0.01351930946111679, 0.024890007451176643))
        self.register_buffer('w88_l_self_modules_features_modules_7_modules_se_expand_parameters_weight_', _pike_tensor((240, 10, 1, 1), (10, 1, 1, 1), torch.float32, 'normal', 0.006054437253624201, 0.18333327770233154))
        self.register_buffer('w89_l_self_modules_features_modules_7_modules_se_expand_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.002238666173070669, 0.18237946927547455))
        self.register_buffer('w90_l_self_modules_features_modules_7_modules_project_modules_0_parameters_weight_', _pike_tensor((40, 240, 1, 1), (240, 1, 1, 1), torch.float32, 'normal', -0.0002255523722851649, 0.03698296099901199))
        self.register_buffer('w91_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_mean_', _pike_tensor((40,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w92_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_var_', _pike_tensor((40,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w93_l_self_modules_features_modules_7_modules_project_modules_1_parameters_weight_', _pike_tensor((40,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w94_l_self_modules_features_modules_7_modules_project_modules_1_parameters_bias_', _pike_tensor((40,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w95_l_self_modules_features_modules_8_modules_body_modules_0_parameters_weight_', _pike_tensor((240, 40, 1, 1), (40, 1, 1, 1), torch.float32, 'normal', -0.0004599938401952386, 0.09089308232069016))
        self.register_buffer('w96_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w97_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w98_l_self_modules_features_modules_8_modules_body_modules_1_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w99_l_self_modules_features_modules_8_modules_body_modules_1_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w100_l_self_modules_features_modules_8_modules_body_modules_3_parameters_weight_', _pike_tensor((240, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.007064275909215212, 0.19461959600448608))
        self.register_buffer('w101_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_mean_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w102_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_var_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w103_l_self_modules_features_modules_8_modules_body_modules_4_parameters_weight_', _pike_tensor((240,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w104_l_self_modules_features_modules_8_modules_body_modules_4_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w105_l_self_modules_features_modules_8_modules_se_reduce_parameters_weight_', _pike_tensor((10, 240, 1, 1), (240, 1, 1, 1), torch.float32, 'normal', -0.0009375044028274715, 0.03750121593475342))
        self.register_buffer('w106_l_self_modules_features_modules_8_modules_se_reduce_parameters_bias_', _pike_tensor((10,), (1,), torch.float32, 'normal', 0.01001169253140688, 0.036897145211696625))
        self.register_buffer('w107_l_self_modules_features_modules_8_modules_se_expand_parameters_weight_', _pike_tensor((240, 10, 1, 1), (10, 1, 1, 1), torch.float32, 'normal', -0.0023094634525477886, 0.18229001760482788))
        self.register_buffer('w108_l_self_modules_features_modules_8_modules_se_expand_parameters_bias_', _pike_tensor((240,), (1,), torch.float32, 'normal', 0.006085614673793316, 0.18162646889686584))
        self.register_buffer('w109_l_self_modules_features_modules_8_modules_project_modules_0_parameters_weight_', _pike_tensor((80, 240, 1, 1), (240, 1, 1, 1), torch.float32, 'normal', 0.00016191996110137552, 0.03730873391032219))
        self.register_buffer('w110_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_mean_', _pike_tensor((80,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w111_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_var_', _pike_tensor((80,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w112_l_self_modules_features_modules_8_modules_project_modules_1_parameters_weight_', _pike_tensor((80,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w113_l_self_modules_features_modules_8_modules_project_modules_1_parameters_bias_', _pike_tensor((80,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w114_l_self_modules_features_modules_9_modules_body_modules_0_parameters_weight_', _pike_tensor((480, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 0.00019079238700214773, 0.06455469876527786))
        self.register_buffer('w115_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w116_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w117_l_self_modules_features_modules_9_modules_body_modules_1_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w118_l_self_modules_features_modules_9_modules_body_modules_1_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w119_l_self_modules_features_modules_9_modules_body_modules_3_parameters_weight_', _pike_tensor((480, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', 0.0029060894157737494, 0.19320110976696014))
        self.register_buffer('w120_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w121_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w122_l_self_modules_features_modules_9_modules_body_modules_4_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w123_l_self_modules_features_modules_9_modules_body_modules_4_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w124_l_self_modules_features_modules_9_modules_se_reduce_parameters_weight_', _pike_tensor((20, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', 9.982766641769558e-06, 0.02662079408764839))
        self.register_buffer('w125_l_self_modules_features_modules_9_modules_se_reduce_parameters_bias_', _pike_tensor((20,), (1,), torch.float32, 'normal', -0.0035241437144577503, 0.027913182973861694))
        self.register_buffer('w126_l_self_modules_features_modules_9_modules_se_expand_parameters_weight_', _pike_tensor((480, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', 0.00014847418060526252, 0.12990052998065948))
        self.register_buffer('w127_l_self_modules_features_modules_9_modules_se_expand_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.010443009436130524, 0.12805426120758057))
        self.register_buffer('w128_l_self_modules_features_modules_9_modules_project_modules_0_parameters_weight_', _pike_tensor((80, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', 0.0001315846893703565, 0.026333807036280632))
        self.register_buffer('w129_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_mean_', _pike_tensor((80,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w130_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_var_', _pike_tensor((80,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w131_l_self_modules_features_modules_9_modules_project_modules_1_parameters_weight_', _pike_tensor((80,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w132_l_self_modules_features_modules_9_modules_project_modules_1_parameters_bias_', _pike_tensor((80,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w133_l_self_modules_features_modules_10_modules_body_modules_0_parameters_weight_', _pike_tensor((480, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', -0.00010658162500476465, 0.06471553444862366))
        self.register_buffer('w134_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w135_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w136_l_self_modules_features_modules_10_modules_body_modules_1_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w137_l_self_modules_features_modules_10_modules_body_modules_1_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w138_l_self_modules_features_modules_10_modules_body_modules_3_parameters_weight_', _pike_tensor((480, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.0039282264187932014, 0.19149315357208252))
        self.register_buffer('w139_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w140_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w141_l_self_modules_features_modules_10_modules_body_modules_4_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w142_l_self_modules_features_modules_10_modules_body_modules_4_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w143_l_self_modules_features_modules_10_modules_se_reduce_parameters_weight_', _pike_tensor((20, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', -0.00041179393883794546, 0.02629816345870495))
        self.register_buffer('w144_l_self_modules_features_modules_10_modules_se_reduce_parameters_bias_', _pike_tensor((20,), (1,), torch.float32, 'normal', -0.0026131230406463146, 0.020678825676441193))
        self.register_buffer('w145_l_self_modules_features_modules_10_modules_se_expand_parameters_weight_', _pike_tensor((480, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', -0.001273303758352995, 0.12938757240772247))
        self.register_buffer('w146_l_self_modules_features_modules_10_modules_se_expand_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.007008571643382311, 0.1278703808784485))
        self.register_buffer('w147_l_self_modules_features_modules_10_modules_project_modules_0_parameters_weight_', _pike_tensor((80, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', -3.9692993595963344e-05, 0.026365503668785095))
        self.register_buffer('w148_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_mean_', _pike_tensor((80,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w149_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_var_', _pike_tensor((80,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w150_l_self_modules_features_modules_10_modules_project_modules_1_parameters_weight_', _pike_tensor((80,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w151_l_self_modules_features_modules_10_modules_project_modules_1_parameters_bias_', _pike_tensor((80,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w152_l_self_modules_features_modules_11_modules_body_modules_0_parameters_weight_', _pike_tensor((480, 80, 1, 1), (80, 1, 1, 1), torch.float32, 'normal', 0.0003722578985616565, 0.06448091566562653))
        self.register_buffer('w153_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w154_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w155_l_self_modules_features_modules_11_modules_body_modules_1_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w156_l_self_modules_features_modules_11_modules_body_modules_1_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w157_l_self_modules_features_modules_11_modules_body_modules_3_parameters_weight_', _pike_tensor((480, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', 0.0005392221501097083, 0.11505932360887527))
        self.register_buffer('w158_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_mean_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w159_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_var_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w160_l_self_modules_features_modules_11_modules_body_modules_4_parameters_weight_', _pike_tensor((480,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w161_l_self_modules_features_modules_11_modules_body_modules_4_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w162_l_self_modules_features_modules_11_modules_se_reduce_parameters_weight_', _pike_tensor((20, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', -0.00021626308443956077, 0.026356730610132217))
        self.register_buffer('w163_l_self_modules_features_modules_11_modules_se_reduce_parameters_bias_', _pike_tensor((20,), (1,), torch.float32, 'normal', -0.0032909736037254333, 0.024732347577810287))
        self.register_buffer('w164_l_self_modules_features_modules_11_modules_se_expand_parameters_weight_', _pike_tensor((480, 20, 1, 1), (20, 1, 1, 1), torch.float32, 'normal', 0.0010661822743713856, 0.12919890880584717))
        self.register_buffer('w165_l_self_modules_features_modules_11_modules_se_expand_parameters_bias_', _pike_tensor((480,), (1,), torch.float32, 'normal', -0.001919819274917245, 0.12610644102096558))
        self.register_buffer('w166_l_self_modules_features_modules_11_modules_project_modules_0_parameters_weight_', _pike_tensor((112, 480, 1, 1), (480, 1, 1, 1), torch.float32, 'normal', 0.00011902528785867617, 0.02636411413550377))
        self.register_buffer('w167_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_mean_', _pike_tensor((112,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w168_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_var_', _pike_tensor((112,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w169_l_self_modules_features_modules_11_modules_project_modules_1_parameters_weight_', _pike_tensor((112,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w170_l_self_modules_features_modules_11_modules_project_modules_1_parameters_bias_', _pike_tensor((112,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w171_l_self_modules_features_modules_12_modules_body_modules_0_parameters_weight_', _pike_tensor((672, 112, 1, 1), (112, 1, 1, 1), torch.float32, 'normal', 0.0002960233832709491, 0.05462964251637459))
        self.register_buffer('w172_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w173_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w174_l_self_modules_features_modules_12_modules_body_modules_1_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w175_l_self_modules_features_modules_12_modules_body_modules_1_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w176_l_self_modules_features_modules_12_modules_body_modules_3_parameters_weight_', _pike_tensor((672, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', -0.0017430811421945691, 0.1152414083480835))
        self.register_buffer('w177_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w178_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w179_l_self_modules_features_modules_12_modules_body_modules_4_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w180_l_self_modules_features_modules_12_modules_body_modules_4_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w181_l_self_modules_features_modules_12_modules_se_reduce_parameters_weight_', _pike_tensor((28, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', 3.951259259338258e-06, 0.02215428091585636))
        self.register_buffer('w182_l_self_modules_features_modules_12_modules_se_reduce_parameters_bias_', _pike_tensor((28,), (1,), torch.float32, 'normal', 0.0009547339286655188, 0.02183416113257408))
        self.register_buffer('w183_l_self_modules_features_modules_12_modules_se_expand_parameters_weight_', _pike_tensor((672, 28, 1, 1), (28, 1, 1, 1), torch.float32, 'normal', 3.321448457427323e-05, 0.10917089134454727))
        self.register_buffer('w184_l_self_modules_features_modules_12_modules_se_expand_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', -0.0013854452408850193, 0.10608186572790146))
        self.register_buffer('w185_l_self_modules_features_modules_12_modules_project_modules_0_parameters_weight_', _pike_tensor((112, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', 3.491550887702033e-05, 0.022238541394472122))
        self.register_buffer('w186_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_mean_', _pike_tensor((112,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w187_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_var_', _pike_tensor((112,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w188_l_self_modules_features_modules_12_modules_project_modules_1_parameters_weight_', _pike_tensor((112,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w189_l_self_modules_features_modules_12_modules_project_modules_1_parameters_bias_', _pike_tensor((112,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w190_l_self_modules_features_modules_13_modules_body_modules_0_parameters_weight_', _pike_tensor((672, 112, 1, 1), (112, 1, 1, 1), torch.float32, 'normal', 0.00016540498472750187, 0.0546037033200264))
        self.register_buffer('w191_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w192_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w193_l_self_modules_features_modules_13_modules_body_modules_1_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w194_l_self_modules_features_modules_13_modules_body_modules_1_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w195_l_self_modules_features_modules_13_modules_body_modules_3_parameters_weight_', _pike_tensor((672, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', -0.0009175533778034151, 0.11573158949613571))
        self.register_buffer('w196_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w197_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w198_l_self_modules_features_modules_13_modules_body_modules_4_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w199_l_self_modules_features_modules_13_modules_body_modules_4_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w200_l_self_modules_features_modules_13_modules_se_reduce_parameters_weight_', _pike_tensor((28, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', -0.00013024233339820057, 0.022225765511393547))
        self.register_buffer('w201_l_self_modules_features_modules_13_modules_se_reduce_parameters_bias_', _pike_tensor((28,), (1,), torch.float32, 'normal', 0.005678967107087374, 0.019702740013599396))
        self.register_buffer('w202_l_self_modules_features_modules_13_modules_se_expand_parameters_weight_', _pike_tensor((672, 28, 1, 1), (28, 1, 1, 1), torch.float32, 'normal', -0.00029516604263335466, 0.10880187898874283))
        self.register_buffer('w203_l_self_modules_features_modules_13_modules_se_expand_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.000649572117254138, 0.10925305634737015))
        self.register_buffer('w204_l_self_modules_features_modules_13_modules_project_modules_0_parameters_weight_', _pike_tensor((112, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', -1.1285364053037483e-05, 0.02225489355623722))
        self.register_buffer('w205_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_mean_', _pike_tensor((112,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w206_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_var_', _pike_tensor((112,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w207_l_self_modules_features_modules_13_modules_project_modules_1_parameters_weight_', _pike_tensor((112,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w208_l_self_modules_features_modules_13_modules_project_modules_1_parameters_bias_', _pike_tensor((112,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w209_l_self_modules_features_modules_14_modules_body_modules_0_parameters_weight_', _pike_tensor((672, 112, 1, 1), (112, 1, 1, 1), torch.float32, 'normal', -2.5424973500776105e-05, 0.05454530194401741))
        self.register_buffer('w210_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w211_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w212_l_self_modules_features_modules_14_modules_body_modules_1_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w213_l_self_modules_features_modules_14_modules_body_modules_1_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w214_l_self_modules_features_modules_14_modules_body_modules_3_parameters_weight_', _pike_tensor((672, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', 0.00046726272557862103, 0.11542319506406784))
        self.register_buffer('w215_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_mean_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w216_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_var_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w217_l_self_modules_features_modules_14_modules_body_modules_4_parameters_weight_', _pike_tensor((672,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w218_l_self_modules_features_modules_14_modules_body_modules_4_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w219_l_self_modules_features_modules_14_modules_se_reduce_parameters_weight_', _pike_tensor((28, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', 1.66830541274976e-05, 0.022318027913570404))
        self.register_buffer('w220_l_self_modules_features_modules_14_modules_se_reduce_parameters_bias_', _pike_tensor((28,), (1,), torch.float32, 'normal', 0.0011984583688899875, 0.021728063002228737))
        self.register_buffer('w221_l_self_modules_features_modules_14_modules_se_expand_parameters_weight_', _pike_tensor((672, 28, 1, 1), (28, 1, 1, 1), torch.float32, 'normal', 0.0003641050134319812, 0.10887887328863144))
        self.register_buffer('w222_l_self_modules_features_modules_14_modules_se_expand_parameters_bias_', _pike_tensor((672,), (1,), torch.float32, 'normal', 0.004189901985228062, 0.11248033493757248))
        self.register_buffer('w223_l_self_modules_features_modules_14_modules_project_modules_0_parameters_weight_', _pike_tensor((192, 672, 1, 1), (672, 1, 1, 1), torch.float32, 'normal', -5.6853787100408226e-05, 0.02228853851556778))
        self.register_buffer('w224_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w225_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w226_l_self_modules_features_modules_14_modules_project_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w227_l_self_modules_features_modules_14_modules_project_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w228_l_self_modules_features_modules_15_modules_body_modules_0_parameters_weight_', _pike_tensor((1152, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -0.00016264841542579234, 0.04163544625043869))
        self.register_buffer('w229_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w230_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w231_l_self_modules_features_modules_15_modules_body_modules_1_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w232_l_self_modules_features_modules_15_modules_body_modules_1_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w233_l_self_modules_features_modules_15_modules_body_modules_3_parameters_weight_', _pike_tensor((1152, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', -3.015107722603716e-05, 0.11604321002960205))
        self.register_buffer('w234_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w235_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w236_l_self_modules_features_modules_15_modules_body_modules_4_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w237_l_self_modules_features_modules_15_modules_body_modules_4_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w238_l_self_modules_features_modules_15_modules_se_reduce_parameters_weight_', _pike_tensor((48, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', 3.556644878699444e-05, 0.017021117731928825))
        self.register_buffer('w239_l_self_modules_features_modules_15_modules_se_reduce_parameters_bias_', _pike_tensor((48,), (1,), torch.float32, 'normal', 0.004843592643737793, 0.015060331672430038))
        self.register_buffer('w240_l_self_modules_features_modules_15_modules_se_expand_parameters_weight_', _pike_tensor((1152, 48, 1, 1), (48, 1, 1, 1), torch.float32, 'normal', 0.0005361703806556761, 0.08297647535800934))
        self.register_buffer('w241_l_self_modules_features_modules_15_modules_se_expand_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', -0.004326550755649805, 0.08122928440570831))
        self.register_buffer('w242_l_self_modules_features_modules_15_modules_project_modules_0_parameters_weight_', _pike_tensor((192, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', -1.854922084021382e-05, 0.017031926661729813))
        self.register_buffer('w243_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w244_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w245_l_self_modules_features_modules_15_modules_project_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w246_l_self_modules_features_modules_15_modules_project_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w247_l_self_modules_features_modules_16_modules_body_modules_0_parameters_weight_', _pike_tensor((1152, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', 0.00011133536463603377, 0.04169643670320511))
        self.register_buffer('w248_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w249_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w250_l_self_modules_features_modules_16_modules_body_modules_1_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w251_l_self_modules_features_modules_16_modules_body_modules_1_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w252_l_self_modules_features_modules_16_modules_body_modules_3_parameters_weight_', _pike_tensor((1152, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', 0.00021379128156695515, 0.115226149559021))
        self.register_buffer('w253_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w254_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w255_l_self_modules_features_modules_16_modules_body_modules_4_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w256_l_self_modules_features_modules_16_modules_body_modules_4_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w257_l_self_modules_features_modules_16_modules_se_reduce_parameters_weight_', _pike_tensor((48, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', -6.43426610622555e-05, 0.017022592946887016))
        self.register_buffer('w258_l_self_modules_features_modules_16_modules_se_reduce_parameters_bias_', _pike_tensor((48,), (1,), torch.float32, 'normal', -0.00038966001011431217, 0.01750417798757553))
        self.register_buffer('w259_l_self_modules_features_modules_16_modules_se_expand_parameters_weight_', _pike_tensor((1152, 48, 1, 1), (48, 1, 1, 1), torch.float32, 'normal', 0.0004617394006345421, 0.0836106389760971))
        self.register_buffer('w260_l_self_modules_features_modules_16_modules_se_expand_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', -0.0016577846836298704, 0.08393320441246033))
        self.register_buffer('w261_l_self_modules_features_modules_16_modules_project_modules_0_parameters_weight_', _pike_tensor((192, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', 3.074706910410896e-05, 0.017024992033839226))
        self.register_buffer('w262_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w263_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w264_l_self_modules_features_modules_16_modules_project_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w265_l_self_modules_features_modules_16_modules_project_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w266_l_self_modules_features_modules_17_modules_body_modules_0_parameters_weight_', _pike_tensor((1152, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -2.0315990695962682e-05, 0.041746653616428375))
        self.register_buffer('w267_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w268_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w269_l_self_modules_features_modules_17_modules_body_modules_1_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w270_l_self_modules_features_modules_17_modules_body_modules_1_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w271_l_self_modules_features_modules_17_modules_body_modules_3_parameters_weight_', _pike_tensor((1152, 1, 5, 5), (25, 25, 5, 1), torch.float32, 'normal', -2.701229641388636e-05, 0.11582454293966293))
        self.register_buffer('w272_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w273_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w274_l_self_modules_features_modules_17_modules_body_modules_4_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w275_l_self_modules_features_modules_17_modules_body_modules_4_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w276_l_self_modules_features_modules_17_modules_se_reduce_parameters_weight_', _pike_tensor((48, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', -1.3493734513758682e-05, 0.0170311089605093))
        self.register_buffer('w277_l_self_modules_features_modules_17_modules_se_reduce_parameters_bias_', _pike_tensor((48,), (1,), torch.float32, 'normal', -0.000956202857196331, 0.01731453835964203))
        self.register_buffer('w278_l_self_modules_features_modules_17_modules_se_expand_parameters_weight_', _pike_tensor((1152, 48, 1, 1), (48, 1, 1, 1), torch.float32, 'normal', 0.0001838540774770081, 0.08320505917072296))
        self.register_buffer('w279_l_self_modules_features_modules_17_modules_se_expand_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', -0.0035371817648410797, 0.08354093879461288))
        self.register_buffer('w280_l_self_modules_features_modules_17_modules_project_modules_0_parameters_weight_', _pike_tensor((192, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', 4.278786582290195e-05, 0.016998842358589172))
        self.register_buffer('w281_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_mean_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w282_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_var_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w283_l_self_modules_features_modules_17_modules_project_modules_1_parameters_weight_', _pike_tensor((192,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w284_l_self_modules_features_modules_17_modules_project_modules_1_parameters_bias_', _pike_tensor((192,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w285_l_self_modules_features_modules_18_modules_body_modules_0_parameters_weight_', _pike_tensor((1152, 192, 1, 1), (192, 1, 1, 1), torch.float32, 'normal', -3.510757960611954e-05, 0.04155751317739487))
        self.register_buffer('w286_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w287_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w288_l_self_modules_features_modules_18_modules_body_modules_1_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w289_l_self_modules_features_modules_18_modules_body_modules_1_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w290_l_self_modules_features_modules_18_modules_body_modules_3_parameters_weight_', _pike_tensor((1152, 1, 3, 3), (9, 9, 3, 1), torch.float32, 'normal', -0.001284133642911911, 0.19108757376670837))
        self.register_buffer('w291_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_mean_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w292_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_var_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w293_l_self_modules_features_modules_18_modules_body_modules_4_parameters_weight_', _pike_tensor((1152,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w294_l_self_modules_features_modules_18_modules_body_modules_4_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w295_l_self_modules_features_modules_18_modules_se_reduce_parameters_weight_', _pike_tensor((48, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', -0.00012297798821236938, 0.01701609045267105))
        self.register_buffer('w296_l_self_modules_features_modules_18_modules_se_reduce_parameters_bias_', _pike_tensor((48,), (1,), torch.float32, 'normal', 0.002295268699526787, 0.016744961962103844))
        self.register_buffer('w297_l_self_modules_features_modules_18_modules_se_expand_parameters_weight_', _pike_tensor((1152, 48, 1, 1), (48, 1, 1, 1), torch.float32, 'normal', -4.7245357563951984e-05, 0.08307627588510513))
        self.register_buffer('w298_l_self_modules_features_modules_18_modules_se_expand_parameters_bias_', _pike_tensor((1152,), (1,), torch.float32, 'normal', 0.00262731802649796, 0.08599760383367538))
        self.register_buffer('w299_l_self_modules_features_modules_18_modules_project_modules_0_parameters_weight_', _pike_tensor((320, 1152, 1, 1), (1152, 1, 1, 1), torch.float32, 'normal', 6.94738446327392e-06, 0.017033036798238754))
        self.register_buffer('w300_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_mean_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w301_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_var_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w302_l_self_modules_features_modules_18_modules_project_modules_1_parameters_weight_', _pike_tensor((320,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w303_l_self_modules_features_modules_18_modules_project_modules_1_parameters_bias_', _pike_tensor((320,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w304_l_self_modules_features_modules_19_parameters_weight_', _pike_tensor((1280, 320, 1, 1), (320, 1, 1, 1), torch.float32, 'normal', 8.524069016857538e-06, 0.032286129891872406))
        self.register_buffer('w305_l_self_modules_features_modules_20_buffers_running_mean_', _pike_tensor((1280,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w306_l_self_modules_features_modules_20_buffers_running_var_', _pike_tensor((1280,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w307_l_self_modules_features_modules_20_parameters_weight_', _pike_tensor((1280,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w308_l_self_modules_features_modules_20_parameters_bias_', _pike_tensor((1280,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w309_l_self_modules_classifier_parameters_weight_', _pike_tensor((1000, 1280), (1280, 1), torch.float32, 'normal', 1.4034392734174617e-05, 0.016147708520293236))
        self.register_buffer('w310_l_self_modules_classifier_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 5.138486812938936e-06, 0.015934918075799942))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_features_modules_0_parameters_weight_ = self.w0_l_self_modules_features_modules_0_parameters_weight_
        w1_l_self_modules_features_modules_1_buffers_running_mean_ = self.w1_l_self_modules_features_modules_1_buffers_running_mean_
        w2_l_self_modules_features_modules_1_buffers_running_var_ = self.w2_l_self_modules_features_modules_1_buffers_running_var_
        w3_l_self_modules_features_modules_1_parameters_weight_ = self.w3_l_self_modules_features_modules_1_parameters_weight_
        w4_l_self_modules_features_modules_1_parameters_bias_ = self.w4_l_self_modules_features_modules_1_parameters_bias_
        w5_l_self_modules_features_modules_3_modules_body_modules_0_parameters_weight_ = self.w5_l_self_modules_features_modules_3_modules_body_modules_0_parameters_weight_
        w6_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_mean_ = self.w6_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_mean_
        w7_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_var_ = self.w7_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_var_
        w8_l_self_modules_features_modules_3_modules_body_modules_1_parameters_weight_ = self.w8_l_self_modules_features_modules_3_modules_body_modules_1_parameters_weight_
        w9_l_self_modules_features_modules_3_modules_body_modules_1_parameters_bias_ = self.w9_l_self_modules_features_modules_3_modules_body_modules_1_parameters_bias_
        w10_l_self_modules_features_modules_3_modules_se_reduce_parameters_weight_ = self.w10_l_self_modules_features_modules_3_modules_se_reduce_parameters_weight_
        w11_l_self_modules_features_modules_3_modules_se_reduce_parameters_bias_ = self.w11_l_self_modules_features_modules_3_modules_se_reduce_parameters_bias_
        w12_l_self_modules_features_modules_3_modules_se_expand_parameters_weight_ = self.w12_l_self_modules_features_modules_3_modules_se_expand_parameters_weight_
        w13_l_self_modules_features_modules_3_modules_se_expand_parameters_bias_ = self.w13_l_self_modules_features_modules_3_modules_se_expand_parameters_bias_
        w14_l_self_modules_features_modules_3_modules_project_modules_0_parameters_weight_ = self.w14_l_self_modules_features_modules_3_modules_project_modules_0_parameters_weight_
        w15_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_mean_ = self.w15_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_mean_
        w16_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_var_ = self.w16_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_var_
        w17_l_self_modules_features_modules_3_modules_project_modules_1_parameters_weight_ = self.w17_l_self_modules_features_modules_3_modules_project_modules_1_parameters_weight_
        w18_l_self_modules_features_modules_3_modules_project_modules_1_parameters_bias_ = self.w18_l_self_modules_features_modules_3_modules_project_modules_1_parameters_bias_
        w19_l_self_modules_features_modules_4_modules_body_modules_0_parameters_weight_ = self.w19_l_self_modules_features_modules_4_modules_body_modules_0_parameters_weight_
        w20_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_mean_ = self.w20_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_mean_
        w21_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_var_ = self.w21_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_var_
        w22_l_self_modules_features_modules_4_modules_body_modules_1_parameters_weight_ = self.w22_l_self_modules_features_modules_4_modules_body_modules_1_parameters_weight_
        w23_l_self_modules_features_modules_4_modules_body_modules_1_parameters_bias_ = self.w23_l_self_modules_features_modules_4_modules_body_modules_1_parameters_bias_
        w24_l_self_modules_features_modules_4_modules_body_modules_3_parameters_weight_ = self.w24_l_self_modules_features_modules_4_modules_body_modules_3_parameters_weight_
        w25_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_mean_ = self.w25_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_mean_
        w26_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_var_ = self.w26_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_var_
        w27_l_self_modules_features_modules_4_modules_body_modules_4_parameters_weight_ = self.w27_l_self_modules_features_modules_4_modules_body_modules_4_parameters_weight_
        w28_l_self_modules_features_modules_4_modules_body_modules_4_parameters_bias_ = self.w28_l_self_modules_features_modules_4_modules_body_modules_4_parameters_bias_
        w29_l_self_modules_features_modules_4_modules_se_reduce_parameters_weight_ = self.w29_l_self_modules_features_modules_4_modules_se_reduce_parameters_weight_
        w30_l_self_modules_features_modules_4_modules_se_reduce_parameters_bias_ = self.w30_l_self_modules_features_modules_4_modules_se_reduce_parameters_bias_
        w31_l_self_modules_features_modules_4_modules_se_expand_parameters_weight_ = self.w31_l_self_modules_features_modules_4_modules_se_expand_parameters_weight_
        w32_l_self_modules_features_modules_4_modules_se_expand_parameters_bias_ = self.w32_l_self_modules_features_modules_4_modules_se_expand_parameters_bias_
        w33_l_self_modules_features_modules_4_modules_project_modules_0_parameters_weight_ = self.w33_l_self_modules_features_modules_4_modules_project_modules_0_parameters_weight_
        w34_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_mean_ = self.w34_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_mean_
        w35_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_var_ = self.w35_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_var_
        w36_l_self_modules_features_modules_4_modules_project_modules_1_parameters_weight_ = self.w36_l_self_modules_features_modules_4_modules_project_modules_1_parameters_weight_
        w37_l_self_modules_features_modules_4_modules_project_modules_1_parameters_bias_ = self.w37_l_self_modules_features_modules_4_modules_project_modules_1_parameters_bias_
        w38_l_self_modules_features_modules_5_modules_body_modules_0_parameters_weight_ = self.w38_l_self_modules_features_modules_5_modules_body_modules_0_parameters_weight_
        w39_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_mean_ = self.w39_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_mean_
        w40_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_var_ = self.w40_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_var_
        w41_l_self_modules_features_modules_5_modules_body_modules_1_parameters_weight_ = self.w41_l_self_modules_features_modules_5_modules_body_modules_1_parameters_weight_
        w42_l_self_modules_features_modules_5_modules_body_modules_1_parameters_bias_ = self.w42_l_self_modules_features_modules_5_modules_body_modules_1_parameters_bias_
        w43_l_self_modules_features_modules_5_modules_body_modules_3_parameters_weight_ = self.w43_l_self_modules_features_modules_5_modules_body_modules_3_parameters_weight_
        w44_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_mean_ = self.w44_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_mean_
        w45_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_var_ = self.w45_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_var_
        w46_l_self_modules_features_modules_5_modules_body_modules_4_parameters_weight_ = self.w46_l_self_modules_features_modules_5_modules_body_modules_4_parameters_weight_
        w47_l_self_modules_features_modules_5_modules_body_modules_4_parameters_bias_ = self.w47_l_self_modules_features_modules_5_modules_body_modules_4_parameters_bias_
        w48_l_self_modules_features_modules_5_modules_se_reduce_parameters_weight_ = self.w48_l_self_modules_features_modules_5_modules_se_reduce_parameters_weight_
        w49_l_self_modules_features_modules_5_modules_se_reduce_parameters_bias_ = self.w49_l_self_modules_features_modules_5_modules_se_reduce_parameters_bias_
        w50_l_self_modules_features_modules_5_modules_se_expand_parameters_weight_ = self.w50_l_self_modules_features_modules_5_modules_se_expand_parameters_weight_
        w51_l_self_modules_features_modules_5_modules_se_expand_parameters_bias_ = self.w51_l_self_modules_features_modules_5_modules_se_expand_parameters_bias_
        w52_l_self_modules_features_modules_5_modules_project_modules_0_parameters_weight_ = self.w52_l_self_modules_features_modules_5_modules_project_modules_0_parameters_weight_
        w53_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_mean_ = self.w53_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_mean_
        w54_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_var_ = self.w54_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_var_
        w55_l_self_modules_features_modules_5_modules_project_modules_1_parameters_weight_ = self.w55_l_self_modules_features_modules_5_modules_project_modules_1_parameters_weight_
        w56_l_self_modules_features_modules_5_modules_project_modules_1_parameters_bias_ = self.w56_l_self_modules_features_modules_5_modules_project_modules_1_parameters_bias_
        w57_l_self_modules_features_modules_6_modules_body_modules_0_parameters_weight_ = self.w57_l_self_modules_features_modules_6_modules_body_modules_0_parameters_weight_
        w58_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_mean_ = self.w58_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_mean_
        w59_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_var_ = self.w59_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_var_
        w60_l_self_modules_features_modules_6_modules_body_modules_1_parameters_weight_ = self.w60_l_self_modules_features_modules_6_modules_body_modules_1_parameters_weight_
        w61_l_self_modules_features_modules_6_modules_body_modules_1_parameters_bias_ = self.w61_l_self_modules_features_modules_6_modules_body_modules_1_parameters_bias_
        w62_l_self_modules_features_modules_6_modules_body_modules_3_parameters_weight_ = self.w62_l_self_modules_features_modules_6_modules_body_modules_3_parameters_weight_
        w63_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_mean_ = self.w63_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_mean_
        w64_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_var_ = self.w64_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_var_
        w65_l_self_modules_features_modules_6_modules_body_modules_4_parameters_weight_ = self.w65_l_self_modules_features_modules_6_modules_body_modules_4_parameters_weight_
        w66_l_self_modules_features_modules_6_modules_body_modules_4_parameters_bias_ = self.w66_l_self_modules_features_modules_6_modules_body_modules_4_parameters_bias_
        w67_l_self_modules_features_modules_6_modules_se_reduce_parameters_weight_ = self.w67_l_self_modules_features_modules_6_modules_se_reduce_parameters_weight_
        w68_l_self_modules_features_modules_6_modules_se_reduce_parameters_bias_ = self.w68_l_self_modules_features_modules_6_modules_se_reduce_parameters_bias_
        w69_l_self_modules_features_modules_6_modules_se_expand_parameters_weight_ = self.w69_l_self_modules_features_modules_6_modules_se_expand_parameters_weight_
        w70_l_self_modules_features_modules_6_modules_se_expand_parameters_bias_ = self.w70_l_self_modules_features_modules_6_modules_se_expand_parameters_bias_
        w71_l_self_modules_features_modules_6_modules_project_modules_0_parameters_weight_ = self.w71_l_self_modules_features_modules_6_modules_project_modules_0_parameters_weight_
        w72_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_mean_ = self.w72_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_mean_
        w73_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_var_ = self.w73_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_var_
        w74_l_self_modules_features_modules_6_modules_project_modules_1_parameters_weight_ = self.w74_l_self_modules_features_modules_6_modules_project_modules_1_parameters_weight_
        w75_l_self_modules_features_modules_6_modules_project_modules_1_parameters_bias_ = self.w75_l_self_modules_features_modules_6_modules_project_modules_1_parameters_bias_
        w76_l_self_modules_features_modules_7_modules_body_modules_0_parameters_weight_ = self.w76_l_self_modules_features_modules_7_modules_body_modules_0_parameters_weight_
        w77_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_mean_ = self.w77_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_mean_
        w78_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_var_ = self.w78_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_var_
        w79_l_self_modules_features_modules_7_modules_body_modules_1_parameters_weight_ = self.w79_l_self_modules_features_modules_7_modules_body_modules_1_parameters_weight_
        w80_l_self_modules_features_modules_7_modules_body_modules_1_parameters_bias_ = self.w80_l_self_modules_features_modules_7_modules_body_modules_1_parameters_bias_
        w81_l_self_modules_features_modules_7_modules_body_modules_3_parameters_weight_ = self.w81_l_self_modules_features_modules_7_modules_body_modules_3_parameters_weight_
        w82_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_mean_ = self.w82_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_mean_
        w83_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_var_ = self.w83_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_var_
        w84_l_self_modules_features_modules_7_modules_body_modules_4_parameters_weight_ = self.w84_l_self_modules_features_modules_7_modules_body_modules_4_parameters_weight_
        w85_l_self_modules_features_modules_7_modules_body_modules_4_parameters_bias_ = self.w85_l_self_modules_features_modules_7_modules_body_modules_4_parameters_bias_
        w86_l_self_modules_features_modules_7_modules_se_reduce_parameters_weight_ = self.w86_l_self_modules_features_modules_7_modules_se_reduce_parameters_weight_
        w87_l_self_modules_features_modules_7_modules_se_reduce_parameters_bias_ = self.w87_l_self_modules_features_modules_7_modules_se_reduce_parameters_bias_
        w88_l_self_modules_features_modules_7_modules_se_expand_parameters_weight_ = self.w88_l_self_modules_features_modules_7_modules_se_expand_parameters_weight_
        w89_l_self_modules_features_modules_7_modules_se_expand_parameters_bias_ = self.w89_l_self_modules_features_modules_7_modules_se_expand_parameters_bias_
        w90_l_self_modules_features_modules_7_modules_project_modules_0_parameters_weight_ = self.w90_l_self_modules_features_modules_7_modules_project_modules_0_parameters_weight_
        w91_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_mean_ = self.w91_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_mean_
        w92_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_var_ = self.w92_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_var_
        w93_l_self_modules_features_modules_7_modules_project_modules_1_parameters_weight_ = self.w93_l_self_modules_features_modules_7_modules_project_modules_1_parameters_weight_
        w94_l_self_modules_features_modules_7_modules_project_modules_1_parameters_bias_ = self.w94_l_self_modules_features_modules_7_modules_project_modules_1_parameters_bias_
        w95_l_self_modules_features_modules_8_modules_body_modules_0_parameters_weight_ = self.w95_l_self_modules_features_modules_8_modules_body_modules_0_parameters_weight_
        w96_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_mean_ = self.w96_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_mean_
        w97_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_var_ = self.w97_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_var_
        w98_l_self_modules_features_modules_8_modules_body_modules_1_parameters_weight_ = self.w98_l_self_modules_features_modules_8_modules_body_modules_1_parameters_weight_
        w99_l_self_modules_features_modules_8_modules_body_modules_1_parameters_bias_ = self.w99_l_self_modules_features_modules_8_modules_body_modules_1_parameters_bias_
        w100_l_self_modules_features_modules_8_modules_body_modules_3_parameters_weight_ = self.w100_l_self_modules_features_modules_8_modules_body_modules_3_parameters_weight_
        w101_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_mean_ = self.w101_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_mean_
        w102_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_var_ = self.w102_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_var_
        w103_l_self_modules_features_modules_8_modules_body_modules_4_parameters_weight_ = self.w103_l_self_modules_features_modules_8_modules_body_modules_4_parameters_weight_
        w104_l_self_modules_features_modules_8_modules_body_modules_4_parameters_bias_ = self.w104_l_self_modules_features_modules_8_modules_body_modules_4_parameters_bias_
        w105_l_self_modules_features_modules_8_modules_se_reduce_parameters_weight_ = self.w105_l_self_modules_features_modules_8_modules_se_reduce_parameters_weight_
        w106_l_self_modules_features_modules_8_modules_se_reduce_parameters_bias_ = self.w106_l_self_modules_features_modules_8_modules_se_reduce_parameters_bias_
        w107_l_self_modules_features_modules_8_modules_se_expand_parameters_weight_ = self.w107_l_self_modules_features_modules_8_modules_se_expand_parameters_weight_
        w108_l_self_modules_features_modules_8_modules_se_expand_parameters_bias_ = self.w108_l_self_modules_features_modules_8_modules_se_expand_parameters_bias_
        w109_l_self_modules_features_modules_8_modules_project_modules_0_parameters_weight_ = self.w109_l_self_modules_features_modules_8_modules_project_modules_0_parameters_weight_
        w110_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_mean_ = self.w110_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_mean_
        w111_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_var_ = self.w111_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_var_
        w112_l_self_modules_features_modules_8_modules_project_modules_1_parameters_weight_ = self.w112_l_self_modules_features_modules_8_modules_project_modules_1_parameters_weight_
        w113_l_self_modules_features_modules_8_modules_project_modules_1_parameters_bias_ = self.w113_l_self_modules_features_modules_8_modules_project_modules_1_parameters_bias_
        w114_l_self_modules_features_modules_9_modules_body_modules_0_parameters_weight_ = self.w114_l_self_modules_features_modules_9_modules_body_modules_0_parameters_weight_
        w115_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_mean_ = self.w115_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_mean_
        w116_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_var_ = self.w116_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_var_
        w117_l_self_modules_features_modules_9_modules_body_modules_1_parameters_weight_ = self.w117_l_self_modules_features_modules_9_modules_body_modules_1_parameters_weight_
        w118_l_self_modules_features_modules_9_modules_body_modules_1_parameters_bias_ = self.w118_l_self_modules_features_modules_9_modules_body_modules_1_parameters_bias_
        w119_l_self_modules_features_modules_9_modules_body_modules_3_parameters_weight_ = self.w119_l_self_modules_features_modules_9_modules_body_modules_3_parameters_weight_
        w120_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_mean_ = self.w120_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_mean_
        w121_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_var_ = self.w121_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_var_
        w122_l_self_modules_features_modules_9_modules_body_modules_4_parameters_weight_ = self.w122_l_self_modules_features_modules_9_modules_body_modules_4_parameters_weight_
        w123_l_self_modules_features_modules_9_modules_body_modules_4_parameters_bias_ = self.w123_l_self_modules_features_modules_9_modules_body_modules_4_parameters_bias_
        w124_l_self_modules_features_modules_9_modules_se_reduce_parameters_weight_ = self.w124_l_self_modules_features_modules_9_modules_se_reduce_parameters_weight_
        w125_l_self_modules_features_modules_9_modules_se_reduce_parameters_bias_ = self.w125_l_self_modules_features_modules_9_modules_se_reduce_parameters_bias_
        w126_l_self_modules_features_modules_9_modules_se_expand_parameters_weight_ = self.w126_l_self_modules_features_modules_9_modules_se_expand_parameters_weight_
        w127_l_self_modules_features_modules_9_modules_se_expand_parameters_bias_ = self.w127_l_self_modules_features_modules_9_modules_se_expand_parameters_bias_
        w128_l_self_modules_features_modules_9_modules_project_modules_0_parameters_weight_ = self.w128_l_self_modules_features_modules_9_modules_project_modules_0_parameters_weight_
        w129_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_mean_ = self.w129_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_mean_
        w130_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_var_ = self.w130_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_var_
        w131_l_self_modules_features_modules_9_modules_project_modules_1_parameters_weight_ = self.w131_l_self_modules_features_modules_9_modules_project_modules_1_parameters_weight_
        w132_l_self_modules_features_modules_9_modules_project_modules_1_parameters_bias_ = self.w132_l_self_modules_features_modules_9_modules_project_modules_1_parameters_bias_
        w133_l_self_modules_features_modules_10_modules_body_modules_0_parameters_weight_ = self.w133_l_self_modules_features_modules_10_modules_body_modules_0_parameters_weight_
        w134_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_mean_ = self.w134_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_mean_
        w135_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_var_ = self.w135_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_var_
        w136_l_self_modules_features_modules_10_modules_body_modules_1_parameters_weight_ = self.w136_l_self_modules_features_modules_10_modules_body_modules_1_parameters_weight_
        w137_l_self_modules_features_modules_10_modules_body_modules_1_parameters_bias_ = self.w137_l_self_modules_features_modules_10_modules_body_modules_1_parameters_bias_
        w138_l_self_modules_features_modules_10_modules_body_modules_3_parameters_weight_ = self.w138_l_self_modules_features_modules_10_modules_body_modules_3_parameters_weight_
        w139_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_mean_ = self.w139_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_mean_
        w140_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_var_ = self.w140_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_var_
        w141_l_self_modules_features_modules_10_modules_body_modules_4_parameters_weight_ = self.w141_l_self_modules_features_modules_10_modules_body_modules_4_parameters_weight_
        w142_l_self_modules_features_modules_10_modules_body_modules_4_parameters_bias_ = self.w142_l_self_modules_features_modules_10_modules_body_modules_4_parameters_bias_
        w143_l_self_modules_features_modules_10_modules_se_reduce_parameters_weight_ = self.w143_l_self_modules_features_modules_10_modules_se_reduce_parameters_weight_
        w144_l_self_modules_features_modules_10_modules_se_reduce_parameters_bias_ = self.w144_l_self_modules_features_modules_10_modules_se_reduce_parameters_bias_
        w145_l_self_modules_features_modules_10_modules_se_expand_parameters_weight_ = self.w145_l_self_modules_features_modules_10_modules_se_expand_parameters_weight_
        w146_l_self_modules_features_modules_10_modules_se_expand_parameters_bias_ = self.w146_l_self_modules_features_modules_10_modules_se_expand_parameters_bias_
        w147_l_self_modules_features_modules_10_modules_project_modules_0_parameters_weight_ = self.w147_l_self_modules_features_modules_10_modules_project_modules_0_parameters_weight_
        w148_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_mean_ = self.w148_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_mean_
        w149_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_var_ = self.w149_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_var_
        w150_l_self_modules_features_modules_10_modules_project_modules_1_parameters_weight_ = self.w150_l_self_modules_features_modules_10_modules_project_modules_1_parameters_weight_
        w151_l_self_modules_features_modules_10_modules_project_modules_1_parameters_bias_ = self.w151_l_self_modules_features_modules_10_modules_project_modules_1_parameters_bias_
        w152_l_self_modules_features_modules_11_modules_body_modules_0_parameters_weight_ = self.w152_l_self_modules_features_modules_11_modules_body_modules_0_parameters_weight_
        w153_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_mean_ = self.w153_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_mean_
        w154_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_var_ = self.w154_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_var_
        w155_l_self_modules_features_modules_11_modules_body_modules_1_parameters_weight_ = self.w155_l_self_modules_features_modules_11_modules_body_modules_1_parameters_weight_
        w156_l_self_modules_features_modules_11_modules_body_modules_1_parameters_bias_ = self.w156_l_self_modules_features_modules_11_modules_body_modules_1_parameters_bias_
        w157_l_self_modules_features_modules_11_modules_body_modules_3_parameters_weight_ = self.w157_l_self_modules_features_modules_11_modules_body_modules_3_parameters_weight_
        w158_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_mean_ = self.w158_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_mean_
        w159_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_var_ = self.w159_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_var_
        w160_l_self_modules_features_modules_11_modules_body_modules_4_parameters_weight_ = self.w160_l_self_modules_features_modules_11_modules_body_modules_4_parameters_weight_
        w161_l_self_modules_features_modules_11_modules_body_modules_4_parameters_bias_ = self.w161_l_self_modules_features_modules_11_modules_body_modules_4_parameters_bias_
        w162_l_self_modules_features_modules_11_modules_se_reduce_parameters_weight_ = self.w162_l_self_modules_features_modules_11_modules_se_reduce_parameters_weight_
        w163_l_self_modules_features_modules_11_modules_se_reduce_parameters_bias_ = self.w163_l_self_modules_features_modules_11_modules_se_reduce_parameters_bias_
        w164_l_self_modules_features_modules_11_modules_se_expand_parameters_weight_ = self.w164_l_self_modules_features_modules_11_modules_se_expand_parameters_weight_
        w165_l_self_modules_features_modules_11_modules_se_expand_parameters_bias_ = self.w165_l_self_modules_features_modules_11_modules_se_expand_parameters_bias_
        w166_l_self_modules_features_modules_11_modules_project_modules_0_parameters_weight_ = self.w166_l_self_modules_features_modules_11_modules_project_modules_0_parameters_weight_
        w167_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_mean_ = self.w167_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_mean_
        w168_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_var_ = self.w168_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_var_
        w169_l_self_modules_features_modules_11_modules_project_modules_1_parameters_weight_ = self.w169_l_self_modules_features_modules_11_modules_project_modules_1_parameters_weight_
        w170_l_self_modules_features_modules_11_modules_project_modules_1_parameters_bias_ = self.w170_l_self_modules_features_modules_11_modules_project_modules_1_parameters_bias_
        w171_l_self_modules_features_modules_12_modules_body_modules_0_parameters_weight_ = self.w171_l_self_modules_features_modules_12_modules_body_modules_0_parameters_weight_
        w172_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_mean_ = self.w172_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_mean_
        w173_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_var_ = self.w173_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_var_
        w174_l_self_modules_features_modules_12_modules_body_modules_1_parameters_weight_ = self.w174_l_self_modules_features_modules_12_modules_body_modules_1_parameters_weight_
        w175_l_self_modules_features_modules_12_modules_body_modules_1_parameters_bias_ = self.w175_l_self_modules_features_modules_12_modules_body_modules_1_parameters_bias_
        w176_l_self_modules_features_modules_12_modules_body_modules_3_parameters_weight_ = self.w176_l_self_modules_features_modules_12_modules_body_modules_3_parameters_weight_
        w177_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_mean_ = self.w177_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_mean_
        w178_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_var_ = self.w178_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_var_
        w179_l_self_modules_features_modules_12_modules_body_modules_4_parameters_weight_ = self.w179_l_self_modules_features_modules_12_modules_body_modules_4_parameters_weight_
        w180_l_self_modules_features_modules_12_modules_body_modules_4_parameters_bias_ = self.w180_l_self_modules_features_modules_12_modules_body_modules_4_parameters_bias_
        w181_l_self_modules_features_modules_12_modules_se_reduce_parameters_weight_ = self.w181_l_self_modules_features_modules_12_modules_se_reduce_parameters_weight_
        w182_l_self_modules_features_modules_12_modules_se_reduce_parameters_bias_ = self.w182_l_self_modules_features_modules_12_modules_se_reduce_parameters_bias_
        w183_l_self_modules_features_modules_12_modules_se_expand_parameters_weight_ = self.w183_l_self_modules_features_modules_12_modules_se_expand_parameters_weight_
        w184_l_self_modules_features_modules_12_modules_se_expand_parameters_bias_ = self.w184_l_self_modules_features_modules_12_modules_se_expand_parameters_bias_
        w185_l_self_modules_features_modules_12_modules_project_modules_0_parameters_weight_ = self.w185_l_self_modules_features_modules_12_modules_project_modules_0_parameters_weight_
        w186_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_mean_ = self.w186_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_mean_
        w187_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_var_ = self.w187_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_var_
        w188_l_self_modules_features_modules_12_modules_project_modules_1_parameters_weight_ = self.w188_l_self_modules_features_modules_12_modules_project_modules_1_parameters_weight_
        w189_l_self_modules_features_modules_12_modules_project_modules_1_parameters_bias_ = self.w189_l_self_modules_features_modules_12_modules_project_modules_1_parameters_bias_
        w190_l_self_modules_features_modules_13_modules_body_modules_0_parameters_weight_ = self.w190_l_self_modules_features_modules_13_modules_body_modules_0_parameters_weight_
        w191_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_mean_ = self.w191_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_mean_
        w192_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_var_ = self.w192_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_var_
        w193_l_self_modules_features_modules_13_modules_body_modules_1_parameters_weight_ = self.w193_l_self_modules_features_modules_13_modules_body_modules_1_parameters_weight_
        w194_l_self_modules_features_modules_13_modules_body_modules_1_parameters_bias_ = self.w194_l_self_modules_features_modules_13_modules_body_modules_1_parameters_bias_
        w195_l_self_modules_features_modules_13_modules_body_modules_3_parameters_weight_ = self.w195_l_self_modules_features_modules_13_modules_body_modules_3_parameters_weight_
        w196_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_mean_ = self.w196_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_mean_
        w197_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_var_ = self.w197_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_var_
        w198_l_self_modules_features_modules_13_modules_body_modules_4_parameters_weight_ = self.w198_l_self_modules_features_modules_13_modules_body_modules_4_parameters_weight_
        w199_l_self_modules_features_modules_13_modules_body_modules_4_parameters_bias_ = self.w199_l_self_modules_features_modules_13_modules_body_modules_4_parameters_bias_
        w200_l_self_modules_features_modules_13_modules_se_reduce_parameters_weight_ = self.w200_l_self_modules_features_modules_13_modules_se_reduce_parameters_weight_
        w201_l_self_modules_features_modules_13_modules_se_reduce_parameters_bias_ = self.w201_l_self_modules_features_modules_13_modules_se_reduce_parameters_bias_
        w202_l_self_modules_features_modules_13_modules_se_expand_parameters_weight_ = self.w202_l_self_modules_features_modules_13_modules_se_expand_parameters_weight_
        w203_l_self_modules_features_modules_13_modules_se_expand_parameters_bias_ = self.w203_l_self_modules_features_modules_13_modules_se_expand_parameters_bias_
        w204_l_self_modules_features_modules_13_modules_project_modules_0_parameters_weight_ = self.w204_l_self_modules_features_modules_13_modules_project_modules_0_parameters_weight_
        w205_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_mean_ = self.w205_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_mean_
        w206_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_var_ = self.w206_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_var_
        w207_l_self_modules_features_modules_13_modules_project_modules_1_parameters_weight_ = self.w207_l_self_modules_features_modules_13_modules_project_modules_1_parameters_weight_
        w208_l_self_modules_features_modules_13_modules_project_modules_1_parameters_bias_ = self.w208_l_self_modules_features_modules_13_modules_project_modules_1_parameters_bias_
        w209_l_self_modules_features_modules_14_modules_body_modules_0_parameters_weight_ = self.w209_l_self_modules_features_modules_14_modules_body_modules_0_parameters_weight_
        w210_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_mean_ = self.w210_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_mean_
        w211_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_var_ = self.w211_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_var_
        w212_l_self_modules_features_modules_14_modules_body_modules_1_parameters_weight_ = self.w212_l_self_modules_features_modules_14_modules_body_modules_1_parameters_weight_
        w213_l_self_modules_features_modules_14_modules_body_modules_1_parameters_bias_ = self.w213_l_self_modules_features_modules_14_modules_body_modules_1_parameters_bias_
        w214_l_self_modules_features_modules_14_modules_body_modules_3_parameters_weight_ = self.w214_l_self_modules_features_modules_14_modules_body_modules_3_parameters_weight_
        w215_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_mean_ = self.w215_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_mean_
        w216_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_var_ = self.w216_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_var_
        w217_l_self_modules_features_modules_14_modules_body_modules_4_parameters_weight_ = self.w217_l_self_modules_features_modules_14_modules_body_modules_4_parameters_weight_
        w218_l_self_modules_features_modules_14_modules_body_modules_4_parameters_bias_ = self.w218_l_self_modules_features_modules_14_modules_body_modules_4_parameters_bias_
        w219_l_self_modules_features_modules_14_modules_se_reduce_parameters_weight_ = self.w219_l_self_modules_features_modules_14_modules_se_reduce_parameters_weight_
        w220_l_self_modules_features_modules_14_modules_se_reduce_parameters_bias_ = self.w220_l_self_modules_features_modules_14_modules_se_reduce_parameters_bias_
        w221_l_self_modules_features_modules_14_modules_se_expand_parameters_weight_ = self.w221_l_self_modules_features_modules_14_modules_se_expand_parameters_weight_
        w222_l_self_modules_features_modules_14_modules_se_expand_parameters_bias_ = self.w222_l_self_modules_features_modules_14_modules_se_expand_parameters_bias_
        w223_l_self_modules_features_modules_14_modules_project_modules_0_parameters_weight_ = self.w223_l_self_modules_features_modules_14_modules_project_modules_0_parameters_weight_
        w224_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_mean_ = self.w224_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_mean_
        w225_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_var_ = self.w225_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_var_
        w226_l_self_modules_features_modules_14_modules_project_modules_1_parameters_weight_ = self.w226_l_self_modules_features_modules_14_modules_project_modules_1_parameters_weight_
        w227_l_self_modules_features_modules_14_modules_project_modules_1_parameters_bias_ = self.w227_l_self_modules_features_modules_14_modules_project_modules_1_parameters_bias_
        w228_l_self_modules_features_modules_15_modules_body_modules_0_parameters_weight_ = self.w228_l_self_modules_features_modules_15_modules_body_modules_0_parameters_weight_
        w229_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_mean_ = self.w229_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_mean_
        w230_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_var_ = self.w230_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_var_
        w231_l_self_modules_features_modules_15_modules_body_modules_1_parameters_weight_ = self.w231_l_self_modules_features_modules_15_modules_body_modules_1_parameters_weight_
        w232_l_self_modules_features_modules_15_modules_body_modules_1_parameters_bias_ = self.w232_l_self_modules_features_modules_15_modules_body_modules_1_parameters_bias_
        w233_l_self_modules_features_modules_15_modules_body_modules_3_parameters_weight_ = self.w233_l_self_modules_features_modules_15_modules_body_modules_3_parameters_weight_
        w234_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_mean_ = self.w234_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_mean_
        w235_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_var_ = self.w235_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_var_
        w236_l_self_modules_features_modules_15_modules_body_modules_4_parameters_weight_ = self.w236_l_self_modules_features_modules_15_modules_body_modules_4_parameters_weight_
        w237_l_self_modules_features_modules_15_modules_body_modules_4_parameters_bias_ = self.w237_l_self_modules_features_modules_15_modules_body_modules_4_parameters_bias_
        w238_l_self_modules_features_modules_15_modules_se_reduce_parameters_weight_ = self.w238_l_self_modules_features_modules_15_modules_se_reduce_parameters_weight_
        w239_l_self_modules_features_modules_15_modules_se_reduce_parameters_bias_ = self.w239_l_self_modules_features_modules_15_modules_se_reduce_parameters_bias_
        w240_l_self_modules_features_modules_15_modules_se_expand_parameters_weight_ = self.w240_l_self_modules_features_modules_15_modules_se_expand_parameters_weight_
        w241_l_self_modules_features_modules_15_modules_se_expand_parameters_bias_ = self.w241_l_self_modules_features_modules_15_modules_se_expand_parameters_bias_
        w242_l_self_modules_features_modules_15_modules_project_modules_0_parameters_weight_ = self.w242_l_self_modules_features_modules_15_modules_project_modules_0_parameters_weight_
        w243_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_mean_ = self.w243_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_mean_
        w244_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_var_ = self.w244_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_var_
        w245_l_self_modules_features_modules_15_modules_project_modules_1_parameters_weight_ = self.w245_l_self_modules_features_modules_15_modules_project_modules_1_parameters_weight_
        w246_l_self_modules_features_modules_15_modules_project_modules_1_parameters_bias_ = self.w246_l_self_modules_features_modules_15_modules_project_modules_1_parameters_bias_
        w247_l_self_modules_features_modules_16_modules_body_modules_0_parameters_weight_ = self.w247_l_self_modules_features_modules_16_modules_body_modules_0_parameters_weight_
        w248_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_mean_ = self.w248_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_mean_
        w249_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_var_ = self.w249_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_var_
        w250_l_self_modules_features_modules_16_modules_body_modules_1_parameters_weight_ = self.w250_l_self_modules_features_modules_16_modules_body_modules_1_parameters_weight_
        w251_l_self_modules_features_modules_16_modules_body_modules_1_parameters_bias_ = self.w251_l_self_modules_features_modules_16_modules_body_modules_1_parameters_bias_
        w252_l_self_modules_features_modules_16_modules_body_modules_3_parameters_weight_ = self.w252_l_self_modules_features_modules_16_modules_body_modules_3_parameters_weight_
        w253_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_mean_ = self.w253_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_mean_
        w254_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_var_ = self.w254_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_var_
        w255_l_self_modules_features_modules_16_modules_body_modules_4_parameters_weight_ = self.w255_l_self_modules_features_modules_16_modules_body_modules_4_parameters_weight_
        w256_l_self_modules_features_modules_16_modules_body_modules_4_parameters_bias_ = self.w256_l_self_modules_features_modules_16_modules_body_modules_4_parameters_bias_
        w257_l_self_modules_features_modules_16_modules_se_reduce_parameters_weight_ = self.w257_l_self_modules_features_modules_16_modules_se_reduce_parameters_weight_
        w258_l_self_modules_features_modules_16_modules_se_reduce_parameters_bias_ = self.w258_l_self_modules_features_modules_16_modules_se_reduce_parameters_bias_
        w259_l_self_modules_features_modules_16_modules_se_expand_parameters_weight_ = self.w259_l_self_modules_features_modules_16_modules_se_expand_parameters_weight_
        w260_l_self_modules_features_modules_16_modules_se_expand_parameters_bias_ = self.w260_l_self_modules_features_modules_16_modules_se_expand_parameters_bias_
        w261_l_self_modules_features_modules_16_modules_project_modules_0_parameters_weight_ = self.w261_l_self_modules_features_modules_16_modules_project_modules_0_parameters_weight_
        w262_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_mean_ = self.w262_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_mean_
        w263_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_var_ = self.w263_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_var_
        w264_l_self_modules_features_modules_16_modules_project_modules_1_parameters_weight_ = self.w264_l_self_modules_features_modules_16_modules_project_modules_1_parameters_weight_
        w265_l_self_modules_features_modules_16_modules_project_modules_1_parameters_bias_ = self.w265_l_self_modules_features_modules_16_modules_project_modules_1_parameters_bias_
        w266_l_self_modules_features_modules_17_modules_body_modules_0_parameters_weight_ = self.w266_l_self_modules_features_modules_17_modules_body_modules_0_parameters_weight_
        w267_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_mean_ = self.w267_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_mean_
        w268_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_var_ = self.w268_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_var_
        w269_l_self_modules_features_modules_17_modules_body_modules_1_parameters_weight_ = self.w269_l_self_modules_features_modules_17_modules_body_modules_1_parameters_weight_
        w270_l_self_modules_features_modules_17_modules_body_modules_1_parameters_bias_ = self.w270_l_self_modules_features_modules_17_modules_body_modules_1_parameters_bias_
        w271_l_self_modules_features_modules_17_modules_body_modules_3_parameters_weight_ = self.w271_l_self_modules_features_modules_17_modules_body_modules_3_parameters_weight_
        w272_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_mean_ = self.w272_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_mean_
        w273_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_var_ = self.w273_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_var_
        w274_l_self_modules_features_modules_17_modules_body_modules_4_parameters_weight_ = self.w274_l_self_modules_features_modules_17_modules_body_modules_4_parameters_weight_
        w275_l_self_modules_features_modules_17_modules_body_modules_4_parameters_bias_ = self.w275_l_self_modules_features_modules_17_modules_body_modules_4_parameters_bias_
        w276_l_self_modules_features_modules_17_modules_se_reduce_parameters_weight_ = self.w276_l_self_modules_features_modules_17_modules_se_reduce_parameters_weight_
        w277_l_self_modules_features_modules_17_modules_se_reduce_parameters_bias_ = self.w277_l_self_modules_features_modules_17_modules_se_reduce_parameters_bias_
        w278_l_self_modules_features_modules_17_modules_se_expand_parameters_weight_ = self.w278_l_self_modules_features_modules_17_modules_se_expand_parameters_weight_
        w279_l_self_modules_features_modules_17_modules_se_expand_parameters_bias_ = self.w279_l_self_modules_features_modules_17_modules_se_expand_parameters_bias_
        w280_l_self_modules_features_modules_17_modules_project_modules_0_parameters_weight_ = self.w280_l_self_modules_features_modules_17_modules_project_modules_0_parameters_weight_
        w281_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_mean_ = self.w281_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_mean_
        w282_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_var_ = self.w282_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_var_
        w283_l_self_modules_features_modules_17_modules_project_modules_1_parameters_weight_ = self.w283_l_self_modules_features_modules_17_modules_project_modules_1_parameters_weight_
        w284_l_self_modules_features_modules_17_modules_project_modules_1_parameters_bias_ = self.w284_l_self_modules_features_modules_17_modules_project_modules_1_parameters_bias_
        w285_l_self_modules_features_modules_18_modules_body_modules_0_parameters_weight_ = self.w285_l_self_modules_features_modules_18_modules_body_modules_0_parameters_weight_
        w286_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_mean_ = self.w286_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_mean_
        w287_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_var_ = self.w287_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_var_
        w288_l_self_modules_features_modules_18_modules_body_modules_1_parameters_weight_ = self.w288_l_self_modules_features_modules_18_modules_body_modules_1_parameters_weight_
        w289_l_self_modules_features_modules_18_modules_body_modules_1_parameters_bias_ = self.w289_l_self_modules_features_modules_18_modules_body_modules_1_parameters_bias_
        w290_l_self_modules_features_modules_18_modules_body_modules_3_parameters_weight_ = self.w290_l_self_modules_features_modules_18_modules_body_modules_3_parameters_weight_
        w291_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_mean_ = self.w291_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_mean_
        w292_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_var_ = self.w292_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_var_
        w293_l_self_modules_features_modules_18_modules_body_modules_4_parameters_weight_ = self.w293_l_self_modules_features_modules_18_modules_body_modules_4_parameters_weight_
        w294_l_self_modules_features_modules_18_modules_body_modules_4_parameters_bias_ = self.w294_l_self_modules_features_modules_18_modules_body_modules_4_parameters_bias_
        w295_l_self_modules_features_modules_18_modules_se_reduce_parameters_weight_ = self.w295_l_self_modules_features_modules_18_modules_se_reduce_parameters_weight_
        w296_l_self_modules_features_modules_18_modules_se_reduce_parameters_bias_ = self.w296_l_self_modules_features_modules_18_modules_se_reduce_parameters_bias_
        w297_l_self_modules_features_modules_18_modules_se_expand_parameters_weight_ = self.w297_l_self_modules_features_modules_18_modules_se_expand_parameters_weight_
        w298_l_self_modules_features_modules_18_modules_se_expand_parameters_bias_ = self.w298_l_self_modules_features_modules_18_modules_se_expand_parameters_bias_
        w299_l_self_modules_features_modules_18_modules_project_modules_0_parameters_weight_ = self.w299_l_self_modules_features_modules_18_modules_project_modules_0_parameters_weight_
        w300_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_mean_ = self.w300_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_mean_
        w301_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_var_ = self.w301_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_var_
        w302_l_self_modules_features_modules_18_modules_project_modules_1_parameters_weight_ = self.w302_l_self_modules_features_modules_18_modules_project_modules_1_parameters_weight_
        w303_l_self_modules_features_modules_18_modules_project_modules_1_parameters_bias_ = self.w303_l_self_modules_features_modules_18_modules_project_modules_1_parameters_bias_
        w304_l_self_modules_features_modules_19_parameters_weight_ = self.w304_l_self_modules_features_modules_19_parameters_weight_
        w305_l_self_modules_features_modules_20_buffers_running_mean_ = self.w305_l_self_modules_features_modules_20_buffers_running_mean_
        w306_l_self_modules_features_modules_20_buffers_running_var_ = self.w306_l_self_modules_features_modules_20_buffers_running_var_
        w307_l_self_modules_features_modules_20_parameters_weight_ = self.w307_l_self_modules_features_modules_20_parameters_weight_
        w308_l_self_modules_features_modules_20_parameters_bias_ = self.w308_l_self_modules_features_modules_20_parameters_bias_
        w309_l_self_modules_classifier_parameters_weight_ = self.w309_l_self_modules_classifier_parameters_weight_
        w310_l_self_modules_classifier_parameters_bias_ = self.w310_l_self_modules_classifier_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_features_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_x_ = w0_l_self_modules_features_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w1_l_self_modules_features_modules_1_buffers_running_mean_, w2_l_self_modules_features_modules_1_buffers_running_var_, w3_l_self_modules_features_modules_1_parameters_weight_, w4_l_self_modules_features_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w1_l_self_modules_features_modules_1_buffers_running_mean_ = w2_l_self_modules_features_modules_1_buffers_running_var_ = w3_l_self_modules_features_modules_1_parameters_weight_ = w4_l_self_modules_features_modules_1_parameters_bias_ = None
        input_3 = torch.nn.functional.silu(input_2, inplace = False);  input_2 = None
        input_4 = torch.conv2d(input_3, w5_l_self_modules_features_modules_3_modules_body_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 32);  input_3 = w5_l_self_modules_features_modules_3_modules_body_modules_0_parameters_weight_ = None
        input_5 = torch.nn.functional.batch_norm(input_4, w6_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_mean_, w7_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_var_, w8_l_self_modules_features_modules_3_modules_body_modules_1_parameters_weight_, w9_l_self_modules_features_modules_3_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_4 = w6_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_mean_ = w7_l_self_modules_features_modules_3_modules_body_modules_1_buffers_running_var_ = w8_l_self_modules_features_modules_3_modules_body_modules_1_parameters_weight_ = w9_l_self_modules_features_modules_3_modules_body_modules_1_parameters_bias_ = None
        input_6 = torch.nn.functional.silu(input_5, inplace = False);  input_5 = None
        scale = input_6.mean((2, 3), keepdim = True)
        conv2d_2 = torch.conv2d(scale, w10_l_self_modules_features_modules_3_modules_se_reduce_parameters_weight_, w11_l_self_modules_features_modules_3_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale = w10_l_self_modules_features_modules_3_modules_se_reduce_parameters_weight_ = w11_l_self_modules_features_modules_3_modules_se_reduce_parameters_bias_ = None
        silu_2 = torch.nn.functional.silu(conv2d_2);  conv2d_2 = None
        conv2d_3 = torch.conv2d(silu_2, w12_l_self_modules_features_modules_3_modules_se_expand_parameters_weight_, w13_l_self_modules_features_modules_3_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_2 = w12_l_self_modules_features_modules_3_modules_se_expand_parameters_weight_ = w13_l_self_modules_features_modules_3_modules_se_expand_parameters_bias_ = None
        scale_1 = torch.sigmoid(conv2d_3);  conv2d_3 = None
        mul = input_6 * scale_1;  input_6 = scale_1 = None
        input_7 = torch.conv2d(mul, w14_l_self_modules_features_modules_3_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul = w14_l_self_modules_features_modules_3_modules_project_modules_0_parameters_weight_ = None
        input_8 = torch.nn.functional.batch_norm(input_7, w15_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_mean_, w16_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_var_, w17_l_self_modules_features_modules_3_modules_project_modules_1_parameters_weight_, w18_l_self_modules_features_modules_3_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_7 = w15_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_mean_ = w16_l_self_modules_features_modules_3_modules_project_modules_1_buffers_running_var_ = w17_l_self_modules_features_modules_3_modules_project_modules_1_parameters_weight_ = w18_l_self_modules_features_modules_3_modules_project_modules_1_parameters_bias_ = None
        input_9 = torch.conv2d(input_8, w19_l_self_modules_features_modules_4_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_8 = w19_l_self_modules_features_modules_4_modules_body_modules_0_parameters_weight_ = None
        input_10 = torch.nn.functional.batch_norm(input_9, w20_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_mean_, w21_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_var_, w22_l_self_modules_features_modules_4_modules_body_modules_1_parameters_weight_, w23_l_self_modules_features_modules_4_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_9 = w20_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_mean_ = w21_l_self_modules_features_modules_4_modules_body_modules_1_buffers_running_var_ = w22_l_self_modules_features_modules_4_modules_body_modules_1_parameters_weight_ = w23_l_self_modules_features_modules_4_modules_body_modules_1_parameters_bias_ = None
        input_11 = torch.nn.functional.silu(input_10, inplace = False);  input_10 = None
        input_12 = torch.conv2d(input_11, w24_l_self_modules_features_modules_4_modules_body_modules_3_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 96);  input_11 = w24_l_self_modules_features_modules_4_modules_body_modules_3_parameters_weight_ = None
        input_13 = torch.nn.functional.batch_norm(input_12, w25_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_mean_, w26_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_var_, w27_l_self_modules_features_modules_4_modules_body_modules_4_parameters_weight_, w28_l_self_modules_features_modules_4_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_12 = w25_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_mean_ = w26_l_self_modules_features_modules_4_modules_body_modules_4_buffers_running_var_ = w27_l_self_modules_features_modules_4_modules_body_modules_4_parameters_weight_ = w28_l_self_modules_features_modules_4_modules_body_modules_4_parameters_bias_ = None
        input_14 = torch.nn.functional.silu(input_13, inplace = False);  input_13 = None
        scale_2 = input_14.mean((2, 3), keepdim = True)
        conv2d_7 = torch.conv2d(scale_2, w29_l_self_modules_features_modules_4_modules_se_reduce_parameters_weight_, w30_l_self_modules_features_modules_4_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_2 = w29_l_self_modules_features_modules_4_modules_se_reduce_parameters_weight_ = w30_l_self_modules_features_modules_4_modules_se_reduce_parameters_bias_ = None
        silu_5 = torch.nn.functional.silu(conv2d_7);  conv2d_7 = None
        conv2d_8 = torch.conv2d(silu_5, w31_l_self_modules_features_modules_4_modules_se_expand_parameters_weight_, w32_l_self_modules_features_modules_4_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_5 = w31_l_self_modules_features_modules_4_modules_se_expand_parameters_weight_ = w32_l_self_modules_features_modules_4_modules_se_expand_parameters_bias_ = None
        scale_3 = torch.sigmoid(conv2d_8);  conv2d_8 = None
        mul_1 = input_14 * scale_3;  input_14 = scale_3 = None
        input_15 = torch.conv2d(mul_1, w33_l_self_modules_features_modules_4_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_1 = w33_l_self_modules_features_modules_4_modules_project_modules_0_parameters_weight_ = None
        input_16 = torch.nn.functional.batch_norm(input_15, w34_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_mean_, w35_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_var_, w36_l_self_modules_features_modules_4_modules_project_modules_1_parameters_weight_, w37_l_self_modules_features_modules_4_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_15 = w34_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_mean_ = w35_l_self_modules_features_modules_4_modules_project_modules_1_buffers_running_var_ = w36_l_self_modules_features_modules_4_modules_project_modules_1_parameters_weight_ = w37_l_self_modules_features_modules_4_modules_project_modules_1_parameters_bias_ = None
        input_17 = torch.conv2d(input_16, w38_l_self_modules_features_modules_5_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w38_l_self_modules_features_modules_5_modules_body_modules_0_parameters_weight_ = None
        input_18 = torch.nn.functional.batch_norm(input_17, w39_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_mean_, w40_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_var_, w41_l_self_modules_features_modules_5_modules_body_modules_1_parameters_weight_, w42_l_self_modules_features_modules_5_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_17 = w39_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_mean_ = w40_l_self_modules_features_modules_5_modules_body_modules_1_buffers_running_var_ = w41_l_self_modules_features_modules_5_modules_body_modules_1_parameters_weight_ = w42_l_self_modules_features_modules_5_modules_body_modules_1_parameters_bias_ = None
        input_19 = torch.nn.functional.silu(input_18, inplace = False);  input_18 = None
        input_20 = torch.conv2d(input_19, w43_l_self_modules_features_modules_5_modules_body_modules_3_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 144);  input_19 = w43_l_self_modules_features_modules_5_modules_body_modules_3_parameters_weight_ = None
        input_21 = torch.nn.functional.batch_norm(input_20, w44_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_mean_, w45_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_var_, w46_l_self_modules_features_modules_5_modules_body_modules_4_parameters_weight_, w47_l_self_modules_features_modules_5_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_20 = w44_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_mean_ = w45_l_self_modules_features_modules_5_modules_body_modules_4_buffers_running_var_ = w46_l_self_modules_features_modules_5_modules_body_modules_4_parameters_weight_ = w47_l_self_modules_features_modules_5_modules_body_modules_4_parameters_bias_ = None
        input_22 = torch.nn.functional.silu(input_21, inplace = False);  input_21 = None
        scale_4 = input_22.mean((2, 3), keepdim = True)
        conv2d_12 = torch.conv2d(scale_4, w48_l_self_modules_features_modules_5_modules_se_reduce_parameters_weight_, w49_l_self_modules_features_modules_5_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_4 = w48_l_self_modules_features_modules_5_modules_se_reduce_parameters_weight_ = w49_l_self_modules_features_modules_5_modules_se_reduce_parameters_bias_ = None
        silu_8 = torch.nn.functional.silu(conv2d_12);  conv2d_12 = None
        conv2d_13 = torch.conv2d(silu_8, w50_l_self_modules_features_modules_5_modules_se_expand_parameters_weight_, w51_l_self_modules_features_modules_5_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_8 = w50_l_self_modules_features_modules_5_modules_se_expand_parameters_weight_ = w51_l_self_modules_features_modules_5_modules_se_expand_parameters_bias_ = None
        scale_5 = torch.sigmoid(conv2d_13);  conv2d_13 = None
        mul_2 = input_22 * scale_5;  input_22 = scale_5 = None
        input_23 = torch.conv2d(mul_2, w52_l_self_modules_features_modules_5_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_2 = w52_l_self_modules_features_modules_5_modules_project_modules_0_parameters_weight_ = None
        input_24 = torch.nn.functional.batch_norm(input_23, w53_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_mean_, w54_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_var_, w55_l_self_modules_features_modules_5_modules_project_modules_1_parameters_weight_, w56_l_self_modules_features_modules_5_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_23 = w53_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_mean_ = w54_l_self_modules_features_modules_5_modules_project_modules_1_buffers_running_var_ = w55_l_self_modules_features_modules_5_modules_project_modules_1_parameters_weight_ = w56_l_self_modules_features_modules_5_modules_project_modules_1_parameters_bias_ = None
        input_25 = input_16 + input_24;  input_16 = input_24 = None
        input_26 = torch.conv2d(input_25, w57_l_self_modules_features_modules_6_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_25 = w57_l_self_modules_features_modules_6_modules_body_modules_0_parameters_weight_ = None
        input_27 = torch.nn.functional.batch_norm(input_26, w58_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_mean_, w59_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_var_, w60_l_self_modules_features_modules_6_modules_body_modules_1_parameters_weight_, w61_l_self_modules_features_modules_6_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_26 = w58_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_mean_ = w59_l_self_modules_features_modules_6_modules_body_modules_1_buffers_running_var_ = w60_l_self_modules_features_modules_6_modules_body_modules_1_parameters_weight_ = w61_l_self_modules_features_modules_6_modules_body_modules_1_parameters_bias_ = None
        input_28 = torch.nn.functional.silu(input_27, inplace = False);  input_27 = None
        input_29 = torch.conv2d(input_28, w62_l_self_modules_features_modules_6_modules_body_modules_3_parameters_weight_, None, (2, 2), (2, 2), (1, 1), 144);  input_28 = w62_l_self_modules_features_modules_6_modules_body_modules_3_parameters_weight_ = None
        input_30 = torch.nn.functional.batch_norm(input_29, w63_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_mean_, w64_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_var_, w65_l_self_modules_features_modules_6_modules_body_modules_4_parameters_weight_, w66_l_self_modules_features_modules_6_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_29 = w63_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_mean_ = w64_l_self_modules_features_modules_6_modules_body_modules_4_buffers_running_var_ = w65_l_self_modules_features_modules_6_modules_body_modules_4_parameters_weight_ = w66_l_self_modules_features_modules_6_modules_body_modules_4_parameters_bias_ = None
        input_31 = torch.nn.functional.silu(input_30, inplace = False);  input_30 = None
        scale_6 = input_31.mean((2, 3), keepdim = True)
        conv2d_17 = torch.conv2d(scale_6, w67_l_self_modules_features_modules_6_modules_se_reduce_parameters_weight_, w68_l_self_modules_features_modules_6_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_6 = w67_l_self_modules_features_modules_6_modules_se_reduce_parameters_weight_ = w68_l_self_modules_features_modules_6_modules_se_reduce_parameters_bias_ = None
        silu_11 = torch.nn.functional.silu(conv2d_17);  conv2d_17 = None
        conv2d_18 = torch.conv2d(silu_11, w69_l_self_modules_features_modules_6_modules_se_expand_parameters_weight_, w70_l_self_modules_features_modules_6_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_11 = w69_l_self_modules_features_modules_6_modules_se_expand_parameters_weight_ = w70_l_self_modules_features_modules_6_modules_se_expand_parameters_bias_ = None
        scale_7 = torch.sigmoid(conv2d_18);  conv2d_18 = None
        mul_3 = input_31 * scale_7;  input_31 = scale_7 = None
        input_32 = torch.conv2d(mul_3, w71_l_self_modules_features_modules_6_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_3 = w71_l_self_modules_features_modules_6_modules_project_modules_0_parameters_weight_ = None
        input_33 = torch.nn.functional.batch_norm(input_32, w72_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_mean_, w73_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_var_, w74_l_self_modules_features_modules_6_modules_project_modules_1_parameters_weight_, w75_l_self_modules_features_modules_6_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_32 = w72_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_mean_ = w73_l_self_modules_features_modules_6_modules_project_modules_1_buffers_running_var_ = w74_l_self_modules_features_modules_6_modules_project_modules_1_parameters_weight_ = w75_l_self_modules_features_modules_6_modules_project_modules_1_parameters_bias_ = None
        input_34 = torch.conv2d(input_33, w76_l_self_modules_features_modules_7_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w76_l_self_modules_features_modules_7_modules_body_modules_0_parameters_weight_ = None
        input_35 = torch.nn.functional.batch_norm(input_34, w77_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_mean_, w78_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_var_, w79_l_self_modules_features_modules_7_modules_body_modules_1_parameters_weight_, w80_l_self_modules_features_modules_7_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_34 = w77_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_mean_ = w78_l_self_modules_features_modules_7_modules_body_modules_1_buffers_running_var_ = w79_l_self_modules_features_modules_7_modules_body_modules_1_parameters_weight_ = w80_l_self_modules_features_modules_7_modules_body_modules_1_parameters_bias_ = None
        input_36 = torch.nn.functional.silu(input_35, inplace = False);  input_35 = None
        input_37 = torch.conv2d(input_36, w81_l_self_modules_features_modules_7_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 240);  input_36 = w81_l_self_modules_features_modules_7_modules_body_modules_3_parameters_weight_ = None
        input_38 = torch.nn.functional.batch_norm(input_37, w82_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_mean_, w83_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_var_, w84_l_self_modules_features_modules_7_modules_body_modules_4_parameters_weight_, w85_l_self_modules_features_modules_7_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_37 = w82_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_mean_ = w83_l_self_modules_features_modules_7_modules_body_modules_4_buffers_running_var_ = w84_l_self_modules_features_modules_7_modules_body_modules_4_parameters_weight_ = w85_l_self_modules_features_modules_7_modules_body_modules_4_parameters_bias_ = None
        input_39 = torch.nn.functional.silu(input_38, inplace = False);  input_38 = None
        scale_8 = input_39.mean((2, 3), keepdim = True)
        conv2d_22 = torch.conv2d(scale_8, w86_l_self_modules_features_modules_7_modules_se_reduce_parameters_weight_, w87_l_self_modules_features_modules_7_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_8 = w86_l_self_modules_features_modules_7_modules_se_reduce_parameters_weight_ = w87_l_self_modules_features_modules_7_modules_se_reduce_parameters_bias_ = None
        silu_14 = torch.nn.functional.silu(conv2d_22);  conv2d_22 = None
        conv2d_23 = torch.conv2d(silu_14, w88_l_self_modules_features_modules_7_modules_se_expand_parameters_weight_, w89_l_self_modules_features_modules_7_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_14 = w88_l_self_modules_features_modules_7_modules_se_expand_parameters_weight_ = w89_l_self_modules_features_modules_7_modules_se_expand_parameters_bias_ = None
        scale_9 = torch.sigmoid(conv2d_23);  conv2d_23 = None
        mul_4 = input_39 * scale_9;  input_39 = scale_9 = None
        input_40 = torch.conv2d(mul_4, w90_l_self_modules_features_modules_7_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_4 = w90_l_self_modules_features_modules_7_modules_project_modules_0_parameters_weight_ = None
        input_41 = torch.nn.functional.batch_norm(input_40, w91_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_mean_, w92_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_var_, w93_l_self_modules_features_modules_7_modules_project_modules_1_parameters_weight_, w94_l_self_modules_features_modules_7_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_40 = w91_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_mean_ = w92_l_self_modules_features_modules_7_modules_project_modules_1_buffers_running_var_ = w93_l_self_modules_features_modules_7_modules_project_modules_1_parameters_weight_ = w94_l_self_modules_features_modules_7_modules_project_modules_1_parameters_bias_ = None
        input_42 = input_33 + input_41;  input_33 = input_41 = None
        input_43 = torch.conv2d(input_42, w95_l_self_modules_features_modules_8_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_42 = w95_l_self_modules_features_modules_8_modules_body_modules_0_parameters_weight_ = None
        input_44 = torch.nn.functional.batch_norm(input_43, w96_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_mean_, w97_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_var_, w98_l_self_modules_features_modules_8_modules_body_modules_1_parameters_weight_, w99_l_self_modules_features_modules_8_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_43 = w96_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_mean_ = w97_l_self_modules_features_modules_8_modules_body_modules_1_buffers_running_var_ = w98_l_self_modules_features_modules_8_modules_body_modules_1_parameters_weight_ = w99_l_self_modules_features_modules_8_modules_body_modules_1_parameters_bias_ = None
        input_45 = torch.nn.functional.silu(input_44, inplace = False);  input_44 = None
        input_46 = torch.conv2d(input_45, w100_l_self_modules_features_modules_8_modules_body_modules_3_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 240);  input_45 = w100_l_self_modules_features_modules_8_modules_body_modules_3_parameters_weight_ = None
        input_47 = torch.nn.functional.batch_norm(input_46, w101_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_mean_, w102_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_var_, w103_l_self_modules_features_modules_8_modules_body_modules_4_parameters_weight_, w104_l_self_modules_features_modules_8_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_46 = w101_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_mean_ = w102_l_self_modules_features_modules_8_modules_body_modules_4_buffers_running_var_ = w103_l_self_modules_features_modules_8_modules_body_modules_4_parameters_weight_ = w104_l_self_modules_features_modules_8_modules_body_modules_4_parameters_bias_ = None
        input_48 = torch.nn.functional.silu(input_47, inplace = False);  input_47 = None
        scale_10 = input_48.mean((2, 3), keepdim = True)
        conv2d_27 = torch.conv2d(scale_10, w105_l_self_modules_features_modules_8_modules_se_reduce_parameters_weight_, w106_l_self_modules_features_modules_8_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_10 = w105_l_self_modules_features_modules_8_modules_se_reduce_parameters_weight_ = w106_l_self_modules_features_modules_8_modules_se_reduce_parameters_bias_ = None
        silu_17 = torch.nn.functional.silu(conv2d_27);  conv2d_27 = None
        conv2d_28 = torch.conv2d(silu_17, w107_l_self_modules_features_modules_8_modules_se_expand_parameters_weight_, w108_l_self_modules_features_modules_8_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_17 = w107_l_self_modules_features_modules_8_modules_se_expand_parameters_weight_ = w108_l_self_modules_features_modules_8_modules_se_expand_parameters_bias_ = None
        scale_11 = torch.sigmoid(conv2d_28);  conv2d_28 = None
        mul_5 = input_48 * scale_11;  input_48 = scale_11 = None
        input_49 = torch.conv2d(mul_5, w109_l_self_modules_features_modules_8_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_5 = w109_l_self_modules_features_modules_8_modules_project_modules_0_parameters_weight_ = None
        input_50 = torch.nn.functional.batch_norm(input_49, w110_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_mean_, w111_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_var_, w112_l_self_modules_features_modules_8_modules_project_modules_1_parameters_weight_, w113_l_self_modules_features_modules_8_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_49 = w110_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_mean_ = w111_l_self_modules_features_modules_8_modules_project_modules_1_buffers_running_var_ = w112_l_self_modules_features_modules_8_modules_project_modules_1_parameters_weight_ = w113_l_self_modules_features_modules_8_modules_project_modules_1_parameters_bias_ = None
        input_51 = torch.conv2d(input_50, w114_l_self_modules_features_modules_9_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w114_l_self_modules_features_modules_9_modules_body_modules_0_parameters_weight_ = None
        input_52 = torch.nn.functional.batch_norm(input_51, w115_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_mean_, w116_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_var_, w117_l_self_modules_features_modules_9_modules_body_modules_1_parameters_weight_, w118_l_self_modules_features_modules_9_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_51 = w115_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_mean_ = w116_l_self_modules_features_modules_9_modules_body_modules_1_buffers_running_var_ = w117_l_self_modules_features_modules_9_modules_body_modules_1_parameters_weight_ = w118_l_self_modules_features_modules_9_modules_body_modules_1_parameters_bias_ = None
        input_53 = torch.nn.functional.silu(input_52, inplace = False);  input_52 = None
        input_54 = torch.conv2d(input_53, w119_l_self_modules_features_modules_9_modules_body_modules_3_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 480);  input_53 = w119_l_self_modules_features_modules_9_modules_body_modules_3_parameters_weight_ = None
        input_55 = torch.nn.functional.batch_norm(input_54, w120_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_mean_, w121_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_var_, w122_l_self_modules_features_modules_9_modules_body_modules_4_parameters_weight_, w123_l_self_modules_features_modules_9_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_54 = w120_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_mean_ = w121_l_self_modules_features_modules_9_modules_body_modules_4_buffers_running_var_ = w122_l_self_modules_features_modules_9_modules_body_modules_4_parameters_weight_ = w123_l_self_modules_features_modules_9_modules_body_modules_4_parameters_bias_ = None
        input_56 = torch.nn.functional.silu(input_55, inplace = False);  input_55 = None
        scale_12 = input_56.mean((2, 3), keepdim = True)
        conv2d_32 = torch.conv2d(scale_12, w124_l_self_modules_features_modules_9_modules_se_reduce_parameters_weight_, w125_l_self_modules_features_modules_9_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_12 = w124_l_self_modules_features_modules_9_modules_se_reduce_parameters_weight_ = w125_l_self_modules_features_modules_9_modules_se_reduce_parameters_bias_ = None
        silu_20 = torch.nn.functional.silu(conv2d_32);  conv2d_32 = None
        conv2d_33 = torch.conv2d(silu_20, w126_l_self_modules_features_modules_9_modules_se_expand_parameters_weight_, w127_l_self_modules_features_modules_9_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_20 = w126_l_self_modules_features_modules_9_modules_se_expand_parameters_weight_ = w127_l_self_modules_features_modules_9_modules_se_expand_parameters_bias_ = None
        scale_13 = torch.sigmoid(conv2d_33);  conv2d_33 = None
        mul_6 = input_56 * scale_13;  input_56 = scale_13 = None
        input_57 = torch.conv2d(mul_6, w128_l_self_modules_features_modules_9_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_6 = w128_l_self_modules_features_modules_9_modules_project_modules_0_parameters_weight_ = None
        input_58 = torch.nn.functional.batch_norm(input_57, w129_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_mean_, w130_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_var_, w131_l_self_modules_features_modules_9_modules_project_modules_1_parameters_weight_, w132_l_self_modules_features_modules_9_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_57 = w129_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_mean_ = w130_l_self_modules_features_modules_9_modules_project_modules_1_buffers_running_var_ = w131_l_self_modules_features_modules_9_modules_project_modules_1_parameters_weight_ = w132_l_self_modules_features_modules_9_modules_project_modules_1_parameters_bias_ = None
        input_59 = input_50 + input_58;  input_50 = input_58 = None
        input_60 = torch.conv2d(input_59, w133_l_self_modules_features_modules_10_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w133_l_self_modules_features_modules_10_modules_body_modules_0_parameters_weight_ = None
        input_61 = torch.nn.functional.batch_norm(input_60, w134_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_mean_, w135_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_var_, w136_l_self_modules_features_modules_10_modules_body_modules_1_parameters_weight_, w137_l_self_modules_features_modules_10_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_60 = w134_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_mean_ = w135_l_self_modules_features_modules_10_modules_body_modules_1_buffers_running_var_ = w136_l_self_modules_features_modules_10_modules_body_modules_1_parameters_weight_ = w137_l_self_modules_features_modules_10_modules_body_modules_1_parameters_bias_ = None
        input_62 = torch.nn.functional.silu(input_61, inplace = False);  input_61 = None
        input_63 = torch.conv2d(input_62, w138_l_self_modules_features_modules_10_modules_body_modules_3_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 480);  input_62 = w138_l_self_modules_features_modules_10_modules_body_modules_3_parameters_weight_ = None
        input_64 = torch.nn.functional.batch_norm(input_63, w139_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_mean_, w140_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_var_, w141_l_self_modules_features_modules_10_modules_body_modules_4_parameters_weight_, w142_l_self_modules_features_modules_10_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_63 = w139_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_mean_ = w140_l_self_modules_features_modules_10_modules_body_modules_4_buffers_running_var_ = w141_l_self_modules_features_modules_10_modules_body_modules_4_parameters_weight_ = w142_l_self_modules_features_modules_10_modules_body_modules_4_parameters_bias_ = None
        input_65 = torch.nn.functional.silu(input_64, inplace = False);  input_64 = None
        scale_14 = input_65.mean((2, 3), keepdim = True)
        conv2d_37 = torch.conv2d(scale_14, w143_l_self_modules_features_modules_10_modules_se_reduce_parameters_weight_, w144_l_self_modules_features_modules_10_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_14 = w143_l_self_modules_features_modules_10_modules_se_reduce_parameters_weight_ = w144_l_self_modules_features_modules_10_modules_se_reduce_parameters_bias_ = None
        silu_23 = torch.nn.functional.silu(conv2d_37);  conv2d_37 = None
        conv2d_38 = torch.conv2d(silu_23, w145_l_self_modules_features_modules_10_modules_se_expand_parameters_weight_, w146_l_self_modules_features_modules_10_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_23 = w145_l_self_modules_features_modules_10_modules_se_expand_parameters_weight_ = w146_l_self_modules_features_modules_10_modules_se_expand_parameters_bias_ = None
        scale_15 = torch.sigmoid(conv2d_38);  conv2d_38 = None
        mul_7 = input_65 * scale_15;  input_65 = scale_15 = None
        input_66 = torch.conv2d(mul_7, w147_l_self_modules_features_modules_10_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_7 = w147_l_self_modules_features_modules_10_modules_project_modules_0_parameters_weight_ = None
        input_67 = torch.nn.functional.batch_norm(input_66, w148_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_mean_, w149_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_var_, w150_l_self_modules_features_modules_10_modules_project_modules_1_parameters_weight_, w151_l_self_modules_features_modules_10_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_66 = w148_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_mean_ = w149_l_self_modules_features_modules_10_modules_project_modules_1_buffers_running_var_ = w150_l_self_modules_features_modules_10_modules_project_modules_1_parameters_weight_ = w151_l_self_modules_features_modules_10_modules_project_modules_1_parameters_bias_ = None
        input_68 = input_59 + input_67;  input_59 = input_67 = None
        input_69 = torch.conv2d(input_68, w152_l_self_modules_features_modules_11_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_68 = w152_l_self_modules_features_modules_11_modules_body_modules_0_parameters_weight_ = None
        input_70 = torch.nn.functional.batch_norm(input_69, w153_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_mean_, w154_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_var_, w155_l_self_modules_features_modules_11_modules_body_modules_1_parameters_weight_, w156_l_self_modules_features_modules_11_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_69 = w153_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_mean_ = w154_l_self_modules_features_modules_11_modules_body_modules_1_buffers_running_var_ = w155_l_self_modules_features_modules_11_modules_body_modules_1_parameters_weight_ = w156_l_self_modules_features_modules_11_modules_body_modules_1_parameters_bias_ = None
        input_71 = torch.nn.functional.silu(input_70, inplace = False);  input_70 = None
        input_72 = torch.conv2d(input_71, w157_l_self_modules_features_modules_11_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 480);  input_71 = w157_l_self_modules_features_modules_11_modules_body_modules_3_parameters_weight_ = None
        input_73 = torch.nn.functional.batch_norm(input_72, w158_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_mean_, w159_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_var_, w160_l_self_modules_features_modules_11_modules_body_modules_4_parameters_weight_, w161_l_self_modules_features_modules_11_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_72 = w158_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_mean_ = w159_l_self_modules_features_modules_11_modules_body_modules_4_buffers_running_var_ = w160_l_self_modules_features_modules_11_modules_body_modules_4_parameters_weight_ = w161_l_self_modules_features_modules_11_modules_body_modules_4_parameters_bias_ = None
        input_74 = torch.nn.functional.silu(input_73, inplace = False);  input_73 = None
        scale_16 = input_74.mean((2, 3), keepdim = True)
        conv2d_42 = torch.conv2d(scale_16, w162_l_self_modules_features_modules_11_modules_se_reduce_parameters_weight_, w163_l_self_modules_features_modules_11_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_16 = w162_l_self_modules_features_modules_11_modules_se_reduce_parameters_weight_ = w163_l_self_modules_features_modules_11_modules_se_reduce_parameters_bias_ = None
        silu_26 = torch.nn.functional.silu(conv2d_42);  conv2d_42 = None
        conv2d_43 = torch.conv2d(silu_26, w164_l_self_modules_features_modules_11_modules_se_expand_parameters_weight_, w165_l_self_modules_features_modules_11_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_26 = w164_l_self_modules_features_modules_11_modules_se_expand_parameters_weight_ = w165_l_self_modules_features_modules_11_modules_se_expand_parameters_bias_ = None
        scale_17 = torch.sigmoid(conv2d_43);  conv2d_43 = None
        mul_8 = input_74 * scale_17;  input_74 = scale_17 = None
        input_75 = torch.conv2d(mul_8, w166_l_self_modules_features_modules_11_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_8 = w166_l_self_modules_features_modules_11_modules_project_modules_0_parameters_weight_ = None
        input_76 = torch.nn.functional.batch_norm(input_75, w167_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_mean_, w168_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_var_, w169_l_self_modules_features_modules_11_modules_project_modules_1_parameters_weight_, w170_l_self_modules_features_modules_11_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_75 = w167_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_mean_ = w168_l_self_modules_features_modules_11_modules_project_modules_1_buffers_running_var_ = w169_l_self_modules_features_modules_11_modules_project_modules_1_parameters_weight_ = w170_l_self_modules_features_modules_11_modules_project_modules_1_parameters_bias_ = None
        input_77 = torch.conv2d(input_76, w171_l_self_modules_features_modules_12_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w171_l_self_modules_features_modules_12_modules_body_modules_0_parameters_weight_ = None
        input_78 = torch.nn.functional.batch_norm(input_77, w172_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_mean_, w173_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_var_, w174_l_self_modules_features_modules_12_modules_body_modules_1_parameters_weight_, w175_l_self_modules_features_modules_12_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_77 = w172_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_mean_ = w173_l_self_modules_features_modules_12_modules_body_modules_1_buffers_running_var_ = w174_l_self_modules_features_modules_12_modules_body_modules_1_parameters_weight_ = w175_l_self_modules_features_modules_12_modules_body_modules_1_parameters_bias_ = None
        input_79 = torch.nn.functional.silu(input_78, inplace = False);  input_78 = None
        input_80 = torch.conv2d(input_79, w176_l_self_modules_features_modules_12_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 672);  input_79 = w176_l_self_modules_features_modules_12_modules_body_modules_3_parameters_weight_ = None
        input_81 = torch.nn.functional.batch_norm(input_80, w177_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_mean_, w178_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_var_, w179_l_self_modules_features_modules_12_modules_body_modules_4_parameters_weight_, w180_l_self_modules_features_modules_12_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_80 = w177_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_mean_ = w178_l_self_modules_features_modules_12_modules_body_modules_4_buffers_running_var_ = w179_l_self_modules_features_modules_12_modules_body_modules_4_parameters_weight_ = w180_l_self_modules_features_modules_12_modules_body_modules_4_parameters_bias_ = None
        input_82 = torch.nn.functional.silu(input_81, inplace = False);  input_81 = None
        scale_18 = input_82.mean((2, 3), keepdim = True)
        conv2d_47 = torch.conv2d(scale_18, w181_l_self_modules_features_modules_12_modules_se_reduce_parameters_weight_, w182_l_self_modules_features_modules_12_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_18 = w181_l_self_modules_features_modules_12_modules_se_reduce_parameters_weight_ = w182_l_self_modules_features_modules_12_modules_se_reduce_parameters_bias_ = None
        silu_29 = torch.nn.functional.silu(conv2d_47);  conv2d_47 = None
        conv2d_48 = torch.conv2d(silu_29, w183_l_self_modules_features_modules_12_modules_se_expand_parameters_weight_, w184_l_self_modules_features_modules_12_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_29 = w183_l_self_modules_features_modules_12_modules_se_expand_parameters_weight_ = w184_l_self_modules_features_modules_12_modules_se_expand_parameters_bias_ = None
        scale_19 = torch.sigmoid(conv2d_48);  conv2d_48 = None
        mul_9 = input_82 * scale_19;  input_82 = scale_19 = None
        input_83 = torch.conv2d(mul_9, w185_l_self_modules_features_modules_12_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_9 = w185_l_self_modules_features_modules_12_modules_project_modules_0_parameters_weight_ = None
        input_84 = torch.nn.functional.batch_norm(input_83, w186_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_mean_, w187_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_var_, w188_l_self_modules_features_modules_12_modules_project_modules_1_parameters_weight_, w189_l_self_modules_features_modules_12_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_83 = w186_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_mean_ = w187_l_self_modules_features_modules_12_modules_project_modules_1_buffers_running_var_ = w188_l_self_modules_features_modules_12_modules_project_modules_1_parameters_weight_ = w189_l_self_modules_features_modules_12_modules_project_modules_1_parameters_bias_ = None
        input_85 = input_76 + input_84;  input_76 = input_84 = None
        input_86 = torch.conv2d(input_85, w190_l_self_modules_features_modules_13_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w190_l_self_modules_features_modules_13_modules_body_modules_0_parameters_weight_ = None
        input_87 = torch.nn.functional.batch_norm(input_86, w191_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_mean_, w192_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_var_, w193_l_self_modules_features_modules_13_modules_body_modules_1_parameters_weight_, w194_l_self_modules_features_modules_13_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_86 = w191_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_mean_ = w192_l_self_modules_features_modules_13_modules_body_modules_1_buffers_running_var_ = w193_l_self_modules_features_modules_13_modules_body_modules_1_parameters_weight_ = w194_l_self_modules_features_modules_13_modules_body_modules_1_parameters_bias_ = None
        input_88 = torch.nn.functional.silu(input_87, inplace = False);  input_87 = None
        input_89 = torch.conv2d(input_88, w195_l_self_modules_features_modules_13_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 672);  input_88 = w195_l_self_modules_features_modules_13_modules_body_modules_3_parameters_weight_ = None
        input_90 = torch.nn.functional.batch_norm(input_89, w196_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_mean_, w197_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_var_, w198_l_self_modules_features_modules_13_modules_body_modules_4_parameters_weight_, w199_l_self_modules_features_modules_13_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_89 = w196_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_mean_ = w197_l_self_modules_features_modules_13_modules_body_modules_4_buffers_running_var_ = w198_l_self_modules_features_modules_13_modules_body_modules_4_parameters_weight_ = w199_l_self_modules_features_modules_13_modules_body_modules_4_parameters_bias_ = None
        input_91 = torch.nn.functional.silu(input_90, inplace = False);  input_90 = None
        scale_20 = input_91.mean((2, 3), keepdim = True)
        conv2d_52 = torch.conv2d(scale_20, w200_l_self_modules_features_modules_13_modules_se_reduce_parameters_weight_, w201_l_self_modules_features_modules_13_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_20 = w200_l_self_modules_features_modules_13_modules_se_reduce_parameters_weight_ = w201_l_self_modules_features_modules_13_modules_se_reduce_parameters_bias_ = None
        silu_32 = torch.nn.functional.silu(conv2d_52);  conv2d_52 = None
        conv2d_53 = torch.conv2d(silu_32, w202_l_self_modules_features_modules_13_modules_se_expand_parameters_weight_, w203_l_self_modules_features_modules_13_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_32 = w202_l_self_modules_features_modules_13_modules_se_expand_parameters_weight_ = w203_l_self_modules_features_modules_13_modules_se_expand_parameters_bias_ = None
        scale_21 = torch.sigmoid(conv2d_53);  conv2d_53 = None
        mul_10 = input_91 * scale_21;  input_91 = scale_21 = None
        input_92 = torch.conv2d(mul_10, w204_l_self_modules_features_modules_13_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_10 = w204_l_self_modules_features_modules_13_modules_project_modules_0_parameters_weight_ = None
        input_93 = torch.nn.functional.batch_norm(input_92, w205_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_mean_, w206_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_var_, w207_l_self_modules_features_modules_13_modules_project_modules_1_parameters_weight_, w208_l_self_modules_features_modules_13_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_92 = w205_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_mean_ = w206_l_self_modules_features_modules_13_modules_project_modules_1_buffers_running_var_ = w207_l_self_modules_features_modules_13_modules_project_modules_1_parameters_weight_ = w208_l_self_modules_features_modules_13_modules_project_modules_1_parameters_bias_ = None
        input_94 = input_85 + input_93;  input_85 = input_93 = None
        input_95 = torch.conv2d(input_94, w209_l_self_modules_features_modules_14_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_94 = w209_l_self_modules_features_modules_14_modules_body_modules_0_parameters_weight_ = None
        input_96 = torch.nn.functional.batch_norm(input_95, w210_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_mean_, w211_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_var_, w212_l_self_modules_features_modules_14_modules_body_modules_1_parameters_weight_, w213_l_self_modules_features_modules_14_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_95 = w210_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_mean_ = w211_l_self_modules_features_modules_14_modules_body_modules_1_buffers_running_var_ = w212_l_self_modules_features_modules_14_modules_body_modules_1_parameters_weight_ = w213_l_self_modules_features_modules_14_modules_body_modules_1_parameters_bias_ = None
        input_97 = torch.nn.functional.silu(input_96, inplace = False);  input_96 = None
        input_98 = torch.conv2d(input_97, w214_l_self_modules_features_modules_14_modules_body_modules_3_parameters_weight_, None, (2, 2), (2, 2), (1, 1), 672);  input_97 = w214_l_self_modules_features_modules_14_modules_body_modules_3_parameters_weight_ = None
        input_99 = torch.nn.functional.batch_norm(input_98, w215_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_mean_, w216_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_var_, w217_l_self_modules_features_modules_14_modules_body_modules_4_parameters_weight_, w218_l_self_modules_features_modules_14_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_98 = w215_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_mean_ = w216_l_self_modules_features_modules_14_modules_body_modules_4_buffers_running_var_ = w217_l_self_modules_features_modules_14_modules_body_modules_4_parameters_weight_ = w218_l_self_modules_features_modules_14_modules_body_modules_4_parameters_bias_ = None
        input_100 = torch.nn.functional.silu(input_99, inplace = False);  input_99 = None
        scale_22 = input_100.mean((2, 3), keepdim = True)
        conv2d_57 = torch.conv2d(scale_22, w219_l_self_modules_features_modules_14_modules_se_reduce_parameters_weight_, w220_l_self_modules_features_modules_14_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_22 = w219_l_self_modules_features_modules_14_modules_se_reduce_parameters_weight_ = w220_l_self_modules_features_modules_14_modules_se_reduce_parameters_bias_ = None
        silu_35 = torch.nn.functional.silu(conv2d_57);  conv2d_57 = None
        conv2d_58 = torch.conv2d(silu_35, w221_l_self_modules_features_modules_14_modules_se_expand_parameters_weight_, w222_l_self_modules_features_modules_14_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_35 = w221_l_self_modules_features_modules_14_modules_se_expand_parameters_weight_ = w222_l_self_modules_features_modules_14_modules_se_expand_parameters_bias_ = None
        scale_23 = torch.sigmoid(conv2d_58);  conv2d_58 = None
        mul_11 = input_100 * scale_23;  input_100 = scale_23 = None
        input_101 = torch.conv2d(mul_11, w223_l_self_modules_features_modules_14_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_11 = w223_l_self_modules_features_modules_14_modules_project_modules_0_parameters_weight_ = None
        input_102 = torch.nn.functional.batch_norm(input_101, w224_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_mean_, w225_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_var_, w226_l_self_modules_features_modules_14_modules_project_modules_1_parameters_weight_, w227_l_self_modules_features_modules_14_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_101 = w224_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_mean_ = w225_l_self_modules_features_modules_14_modules_project_modules_1_buffers_running_var_ = w226_l_self_modules_features_modules_14_modules_project_modules_1_parameters_weight_ = w227_l_self_modules_features_modules_14_modules_project_modules_1_parameters_bias_ = None
        input_103 = torch.conv2d(input_102, w228_l_self_modules_features_modules_15_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w228_l_self_modules_features_modules_15_modules_body_modules_0_parameters_weight_ = None
        input_104 = torch.nn.functional.batch_norm(input_103, w229_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_mean_, w230_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_var_, w231_l_self_modules_features_modules_15_modules_body_modules_1_parameters_weight_, w232_l_self_modules_features_modules_15_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_103 = w229_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_mean_ = w230_l_self_modules_features_modules_15_modules_body_modules_1_buffers_running_var_ = w231_l_self_modules_features_modules_15_modules_body_modules_1_parameters_weight_ = w232_l_self_modules_features_modules_15_modules_body_modules_1_parameters_bias_ = None
        input_105 = torch.nn.functional.silu(input_104, inplace = False);  input_104 = None
        input_106 = torch.conv2d(input_105, w233_l_self_modules_features_modules_15_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 1152);  input_105 = w233_l_self_modules_features_modules_15_modules_body_modules_3_parameters_weight_ = None
        input_107 = torch.nn.functional.batch_norm(input_106, w234_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_mean_, w235_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_var_, w236_l_self_modules_features_modules_15_modules_body_modules_4_parameters_weight_, w237_l_self_modules_features_modules_15_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_106 = w234_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_mean_ = w235_l_self_modules_features_modules_15_modules_body_modules_4_buffers_running_var_ = w236_l_self_modules_features_modules_15_modules_body_modules_4_parameters_weight_ = w237_l_self_modules_features_modules_15_modules_body_modules_4_parameters_bias_ = None
        input_108 = torch.nn.functional.silu(input_107, inplace = False);  input_107 = None
        scale_24 = input_108.mean((2, 3), keepdim = True)
        conv2d_62 = torch.conv2d(scale_24, w238_l_self_modules_features_modules_15_modules_se_reduce_parameters_weight_, w239_l_self_modules_features_modules_15_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_24 = w238_l_self_modules_features_modules_15_modules_se_reduce_parameters_weight_ = w239_l_self_modules_features_modules_15_modules_se_reduce_parameters_bias_ = None
        silu_38 = torch.nn.functional.silu(conv2d_62);  conv2d_62 = None
        conv2d_63 = torch.conv2d(silu_38, w240_l_self_modules_features_modules_15_modules_se_expand_parameters_weight_, w241_l_self_modules_features_modules_15_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_38 = w240_l_self_modules_features_modules_15_modules_se_expand_parameters_weight_ = w241_l_self_modules_features_modules_15_modules_se_expand_parameters_bias_ = None
        scale_25 = torch.sigmoid(conv2d_63);  conv2d_63 = None
        mul_12 = input_108 * scale_25;  input_108 = scale_25 = None
        input_109 = torch.conv2d(mul_12, w242_l_self_modules_features_modules_15_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_12 = w242_l_self_modules_features_modules_15_modules_project_modules_0_parameters_weight_ = None
        input_110 = torch.nn.functional.batch_norm(input_109, w243_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_mean_, w244_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_var_, w245_l_self_modules_features_modules_15_modules_project_modules_1_parameters_weight_, w246_l_self_modules_features_modules_15_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_109 = w243_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_mean_ = w244_l_self_modules_features_modules_15_modules_project_modules_1_buffers_running_var_ = w245_l_self_modules_features_modules_15_modules_project_modules_1_parameters_weight_ = w246_l_self_modules_features_modules_15_modules_project_modules_1_parameters_bias_ = None
        input_111 = input_102 + input_110;  input_102 = input_110 = None
        input_112 = torch.conv2d(input_111, w247_l_self_modules_features_modules_16_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w247_l_self_modules_features_modules_16_modules_body_modules_0_parameters_weight_ = None
        input_113 = torch.nn.functional.batch_norm(input_112, w248_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_mean_, w249_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_var_, w250_l_self_modules_features_modules_16_modules_body_modules_1_parameters_weight_, w251_l_self_modules_features_modules_16_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_112 = w248_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_mean_ = w249_l_self_modules_features_modules_16_modules_body_modules_1_buffers_running_var_ = w250_l_self_modules_features_modules_16_modules_body_modules_1_parameters_weight_ = w251_l_self_modules_features_modules_16_modules_body_modules_1_parameters_bias_ = None
        input_114 = torch.nn.functional.silu(input_113, inplace = False);  input_113 = None
        input_115 = torch.conv2d(input_114, w252_l_self_modules_features_modules_16_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 1152);  input_114 = w252_l_self_modules_features_modules_16_modules_body_modules_3_parameters_weight_ = None
        input_116 = torch.nn.functional.batch_norm(input_115, w253_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_mean_, w254_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_var_, w255_l_self_modules_features_modules_16_modules_body_modules_4_parameters_weight_, w256_l_self_modules_features_modules_16_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_115 = w253_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_mean_ = w254_l_self_modules_features_modules_16_modules_body_modules_4_buffers_running_var_ = w255_l_self_modules_features_modules_16_modules_body_modules_4_parameters_weight_ = w256_l_self_modules_features_modules_16_modules_body_modules_4_parameters_bias_ = None
        input_117 = torch.nn.functional.silu(input_116, inplace = False);  input_116 = None
        scale_26 = input_117.mean((2, 3), keepdim = True)
        conv2d_67 = torch.conv2d(scale_26, w257_l_self_modules_features_modules_16_modules_se_reduce_parameters_weight_, w258_l_self_modules_features_modules_16_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_26 = w257_l_self_modules_features_modules_16_modules_se_reduce_parameters_weight_ = w258_l_self_modules_features_modules_16_modules_se_reduce_parameters_bias_ = None
        silu_41 = torch.nn.functional.silu(conv2d_67);  conv2d_67 = None
        conv2d_68 = torch.conv2d(silu_41, w259_l_self_modules_features_modules_16_modules_se_expand_parameters_weight_, w260_l_self_modules_features_modules_16_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_41 = w259_l_self_modules_features_modules_16_modules_se_expand_parameters_weight_ = w260_l_self_modules_features_modules_16_modules_se_expand_parameters_bias_ = None
        scale_27 = torch.sigmoid(conv2d_68);  conv2d_68 = None
        mul_13 = input_117 * scale_27;  input_117 = scale_27 = None
        input_118 = torch.conv2d(mul_13, w261_l_self_modules_features_modules_16_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_13 = w261_l_self_modules_features_modules_16_modules_project_modules_0_parameters_weight_ = None
        input_119 = torch.nn.functional.batch_norm(input_118, w262_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_mean_, w263_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_var_, w264_l_self_modules_features_modules_16_modules_project_modules_1_parameters_weight_, w265_l_self_modules_features_modules_16_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_118 = w262_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_mean_ = w263_l_self_modules_features_modules_16_modules_project_modules_1_buffers_running_var_ = w264_l_self_modules_features_modules_16_modules_project_modules_1_parameters_weight_ = w265_l_self_modules_features_modules_16_modules_project_modules_1_parameters_bias_ = None
        input_120 = input_111 + input_119;  input_111 = input_119 = None
        input_121 = torch.conv2d(input_120, w266_l_self_modules_features_modules_17_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w266_l_self_modules_features_modules_17_modules_body_modules_0_parameters_weight_ = None
        input_122 = torch.nn.functional.batch_norm(input_121, w267_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_mean_, w268_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_var_, w269_l_self_modules_features_modules_17_modules_body_modules_1_parameters_weight_, w270_l_self_modules_features_modules_17_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_121 = w267_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_mean_ = w268_l_self_modules_features_modules_17_modules_body_modules_1_buffers_running_var_ = w269_l_self_modules_features_modules_17_modules_body_modules_1_parameters_weight_ = w270_l_self_modules_features_modules_17_modules_body_modules_1_parameters_bias_ = None
        input_123 = torch.nn.functional.silu(input_122, inplace = False);  input_122 = None
        input_124 = torch.conv2d(input_123, w271_l_self_modules_features_modules_17_modules_body_modules_3_parameters_weight_, None, (1, 1), (2, 2), (1, 1), 1152);  input_123 = w271_l_self_modules_features_modules_17_modules_body_modules_3_parameters_weight_ = None
        input_125 = torch.nn.functional.batch_norm(input_124, w272_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_mean_, w273_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_var_, w274_l_self_modules_features_modules_17_modules_body_modules_4_parameters_weight_, w275_l_self_modules_features_modules_17_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_124 = w272_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_mean_ = w273_l_self_modules_features_modules_17_modules_body_modules_4_buffers_running_var_ = w274_l_self_modules_features_modules_17_modules_body_modules_4_parameters_weight_ = w275_l_self_modules_features_modules_17_modules_body_modules_4_parameters_bias_ = None
        input_126 = torch.nn.functional.silu(input_125, inplace = False);  input_125 = None
        scale_28 = input_126.mean((2, 3), keepdim = True)
        conv2d_72 = torch.conv2d(scale_28, w276_l_self_modules_features_modules_17_modules_se_reduce_parameters_weight_, w277_l_self_modules_features_modules_17_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_28 = w276_l_self_modules_features_modules_17_modules_se_reduce_parameters_weight_ = w277_l_self_modules_features_modules_17_modules_se_reduce_parameters_bias_ = None
        silu_44 = torch.nn.functional.silu(conv2d_72);  conv2d_72 = None
        conv2d_73 = torch.conv2d(silu_44, w278_l_self_modules_features_modules_17_modules_se_expand_parameters_weight_, w279_l_self_modules_features_modules_17_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_44 = w278_l_self_modules_features_modules_17_modules_se_expand_parameters_weight_ = w279_l_self_modules_features_modules_17_modules_se_expand_parameters_bias_ = None
        scale_29 = torch.sigmoid(conv2d_73);  conv2d_73 = None
        mul_14 = input_126 * scale_29;  input_126 = scale_29 = None
        input_127 = torch.conv2d(mul_14, w280_l_self_modules_features_modules_17_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_14 = w280_l_self_modules_features_modules_17_modules_project_modules_0_parameters_weight_ = None
        input_128 = torch.nn.functional.batch_norm(input_127, w281_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_mean_, w282_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_var_, w283_l_self_modules_features_modules_17_modules_project_modules_1_parameters_weight_, w284_l_self_modules_features_modules_17_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_127 = w281_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_mean_ = w282_l_self_modules_features_modules_17_modules_project_modules_1_buffers_running_var_ = w283_l_self_modules_features_modules_17_modules_project_modules_1_parameters_weight_ = w284_l_self_modules_features_modules_17_modules_project_modules_1_parameters_bias_ = None
        input_129 = input_120 + input_128;  input_120 = input_128 = None
        input_130 = torch.conv2d(input_129, w285_l_self_modules_features_modules_18_modules_body_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_129 = w285_l_self_modules_features_modules_18_modules_body_modules_0_parameters_weight_ = None
        input_131 = torch.nn.functional.batch_norm(input_130, w286_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_mean_, w287_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_var_, w288_l_self_modules_features_modules_18_modules_body_modules_1_parameters_weight_, w289_l_self_modules_features_modules_18_modules_body_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_130 = w286_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_mean_ = w287_l_self_modules_features_modules_18_modules_body_modules_1_buffers_running_var_ = w288_l_self_modules_features_modules_18_modules_body_modules_1_parameters_weight_ = w289_l_self_modules_features_modules_18_modules_body_modules_1_parameters_bias_ = None
        input_132 = torch.nn.functional.silu(input_131, inplace = False);  input_131 = None
        input_133 = torch.conv2d(input_132, w290_l_self_modules_features_modules_18_modules_body_modules_3_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 1152);  input_132 = w290_l_self_modules_features_modules_18_modules_body_modules_3_parameters_weight_ = None
        input_134 = torch.nn.functional.batch_norm(input_133, w291_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_mean_, w292_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_var_, w293_l_self_modules_features_modules_18_modules_body_modules_4_parameters_weight_, w294_l_self_modules_features_modules_18_modules_body_modules_4_parameters_bias_, False, 0.1, 1e-05);  input_133 = w291_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_mean_ = w292_l_self_modules_features_modules_18_modules_body_modules_4_buffers_running_var_ = w293_l_self_modules_features_modules_18_modules_body_modules_4_parameters_weight_ = w294_l_self_modules_features_modules_18_modules_body_modules_4_parameters_bias_ = None
        input_135 = torch.nn.functional.silu(input_134, inplace = False);  input_134 = None
        scale_30 = input_135.mean((2, 3), keepdim = True)
        conv2d_77 = torch.conv2d(scale_30, w295_l_self_modules_features_modules_18_modules_se_reduce_parameters_weight_, w296_l_self_modules_features_modules_18_modules_se_reduce_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  scale_30 = w295_l_self_modules_features_modules_18_modules_se_reduce_parameters_weight_ = w296_l_self_modules_features_modules_18_modules_se_reduce_parameters_bias_ = None
        silu_47 = torch.nn.functional.silu(conv2d_77);  conv2d_77 = None
        conv2d_78 = torch.conv2d(silu_47, w297_l_self_modules_features_modules_18_modules_se_expand_parameters_weight_, w298_l_self_modules_features_modules_18_modules_se_expand_parameters_bias_, (1, 1), (0, 0), (1, 1), 1);  silu_47 = w297_l_self_modules_features_modules_18_modules_se_expand_parameters_weight_ = w298_l_self_modules_features_modules_18_modules_se_expand_parameters_bias_ = None
        scale_31 = torch.sigmoid(conv2d_78);  conv2d_78 = None
        mul_15 = input_135 * scale_31;  input_135 = scale_31 = None
        input_136 = torch.conv2d(mul_15, w299_l_self_modules_features_modules_18_modules_project_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  mul_15 = w299_l_self_modules_features_modules_18_modules_project_modules_0_parameters_weight_ = None
        input_137 = torch.nn.functional.batch_norm(input_136, w300_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_mean_, w301_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_var_, w302_l_self_modules_features_modules_18_modules_project_modules_1_parameters_weight_, w303_l_self_modules_features_modules_18_modules_project_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_136 = w300_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_mean_ = w301_l_self_modules_features_modules_18_modules_project_modules_1_buffers_running_var_ = w302_l_self_modules_features_modules_18_modules_project_modules_1_parameters_weight_ = w303_l_self_modules_features_modules_18_modules_project_modules_1_parameters_bias_ = None
        input_138 = torch.conv2d(input_137, w304_l_self_modules_features_modules_19_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_137 = w304_l_self_modules_features_modules_19_parameters_weight_ = None
        input_139 = torch.nn.functional.batch_norm(input_138, w305_l_self_modules_features_modules_20_buffers_running_mean_, w306_l_self_modules_features_modules_20_buffers_running_var_, w307_l_self_modules_features_modules_20_parameters_weight_, w308_l_self_modules_features_modules_20_parameters_bias_, False, 0.1, 1e-05);  input_138 = w305_l_self_modules_features_modules_20_buffers_running_mean_ = w306_l_self_modules_features_modules_20_buffers_running_var_ = w307_l_self_modules_features_modules_20_parameters_weight_ = w308_l_self_modules_features_modules_20_parameters_bias_ = None
        input_140 = torch.nn.functional.silu(input_139, inplace = False);  input_139 = None
        x = input_140.mean((2, 3));  input_140 = None
        linear = torch._C._nn.linear(x, w309_l_self_modules_classifier_parameters_weight_, w310_l_self_modules_classifier_parameters_bias_);  x = w309_l_self_modules_classifier_parameters_weight_ = w310_l_self_modules_classifier_parameters_bias_ = None
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
# pike offline agent: inductor-default+cuda-graph+freeze:fp16
# pike-offline-recipe: {"applied": ["inductor-default", "cuda-graph", "freeze"], "channels_last": false, "contiguous": false, "cuda_graph": true, "cudnn_fused": false, "fold_bn": false, "freeze": true, "inductor_mode": "default", "kernel_fp32": false, "path": "inductor", "precision": "fp16", "triton": false, "tuning": []}
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

_PK_SPEC = {'path': 'inductor', 'args': [], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': False, 'autocast': 'float16', 'inductor_mode': 'default', 'freeze': True, 'cudnn_fused': False, 'tune_convs': True, 'inputs': [[[10, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """inductor-default+cuda-graph+freeze:fp16: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, None)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
