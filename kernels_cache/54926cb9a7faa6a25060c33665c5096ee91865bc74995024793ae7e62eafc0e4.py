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
        self.register_buffer('w0_l_self_modules_stem_modules_0_parameters_weight_', _pike_tensor((32, 3, 3, 3), (27, 9, 3, 1), torch.float32, 'normal', -8.6695232312195e-05, 0.11187711358070374))
        self.register_buffer('w1_l_self_modules_stem_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w2_l_self_modules_stem_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w3_l_self_modules_stem_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w4_l_self_modules_stem_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w5_l_self_modules_blocks_modules_0_modules_shortcut_modules_0_parameters_weight_', _pike_tensor((32, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0009732642211019993, 0.10183551907539368))
        self.register_buffer('w6_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((32, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', -0.000767494086176157, 0.10372186452150345))
        self.register_buffer('w7_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w8_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w9_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w10_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w11_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w12_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w13_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w14_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w15_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((32, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.0005175492260605097, 0.04761220142245293))
        self.register_buffer('w16_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w17_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w18_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w19_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w20_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((32, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.002908238908275962, 0.10193992406129837))
        self.register_buffer('w21_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w22_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w23_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((32,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w24_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((32,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w25_l_self_modules_blocks_modules_1_modules_shortcut_modules_0_parameters_weight_', _pike_tensor((64, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 0.0013044362422078848, 0.100049689412117))
        self.register_buffer('w26_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((64, 32, 1, 1), (32, 1, 1, 1), torch.float32, 'normal', 3.197183832526207e-05, 0.10295674204826355))
        self.register_buffer('w27_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w28_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w29_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w30_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w31_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w32_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w33_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w34_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w35_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((64, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0007151471800170839, 0.04806897044181824))
        self.register_buffer('w36_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w37_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w38_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w39_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w40_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((64, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0006316071376204491, 0.0723382979631424))
        self.register_buffer('w41_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w42_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w43_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w44_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w45_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((64, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0017343400977551937, 0.07156497985124588))
        self.register_buffer('w46_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w47_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w48_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w49_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w50_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((64, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.000337099889293313, 0.04803857579827309))
        self.register_buffer('w51_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w52_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w53_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w54_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w55_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((64, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0002714200527407229, 0.07237699627876282))
        self.register_buffer('w56_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w57_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w58_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((64,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w59_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((64,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w60_l_self_modules_blocks_modules_3_modules_shortcut_modules_0_parameters_weight_', _pike_tensor((160, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', 0.0003969215031247586, 0.07263857126235962))
        self.register_buffer('w61_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 64, 1, 1), (64, 1, 1, 1), torch.float32, 'normal', -0.00046802908764220774, 0.07211145013570786))
        self.register_buffer('w62_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w63_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w64_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w65_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w66_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w67_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w68_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w69_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w70_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.0001904439995996654, 0.04798819124698639))
        self.register_buffer('w71_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w72_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w73_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w74_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w75_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 7.377019210252911e-05, 0.04562249407172203))
        self.register_buffer('w76_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w77_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w78_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w79_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w80_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.00013908256369177252, 0.04556446522474289))
        self.register_buffer('w81_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w82_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w83_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w84_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w85_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.00021683114755433053, 0.04845542088150978))
        self.register_buffer('w86_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w87_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w88_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w89_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w90_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.0005284512881189585, 0.045595355331897736))
        self.register_buffer('w91_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w92_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w93_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w94_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w95_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.00018872103828471154, 0.04557162895798683))
        self.register_buffer('w96_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w97_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w98_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w99_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w100_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -7.362262113019824e-05, 0.04837697371840477))
        self.register_buffer('w101_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w102_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w103_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w104_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w105_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.0005803299136459827, 0.04560849815607071))
        self.register_buffer('w106_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w107_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w108_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w109_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w110_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -0.00035323487827554345, 0.04563355818390846))
        self.register_buffer('w111_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w112_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w113_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w114_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w115_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0004880300839431584, 0.04828919842839241))
        self.register_buffer('w116_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w117_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w118_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w119_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w120_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.00010165666753891855, 0.04545813798904419))
        self.register_buffer('w121_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w122_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w123_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w124_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w125_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 9.773736383067444e-05, 0.04557528346776962))
        self.register_buffer('w126_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w127_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w128_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w129_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w130_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0004910584539175034, 0.04795786738395691))
        self.register_buffer('w131_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w132_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w133_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w134_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w135_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 0.00023596175014972687, 0.04570214822888374))
        self.register_buffer('w136_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w137_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w138_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w139_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w140_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -3.69073823094368e-05, 0.04570229724049568))
        self.register_buffer('w141_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w142_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w143_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w144_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w145_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0002974719391204417, 0.04838771000504494))
        self.register_buffer('w146_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w147_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w148_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w149_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w150_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 4.7464927774854004e-05, 0.04554344341158867))
        self.register_buffer('w151_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w152_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w153_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w154_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w155_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 1.7548036339576356e-05, 0.04574791342020035))
        self.register_buffer('w156_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w157_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w158_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w159_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w160_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((160, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.00011842692038044333, 0.04794628545641899))
        self.register_buffer('w161_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w162_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w163_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w164_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w165_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((160, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', -5.633002001559362e-05, 0.045532505959272385))
        self.register_buffer('w166_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w167_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w168_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((160,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w169_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((160,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w170_l_self_modules_blocks_modules_10_modules_shortcut_modules_0_parameters_weight_', _pike_tensor((384, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 1.730907752062194e-05, 0.04569564759731293))
        self.register_buffer('w171_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 160, 1, 1), (160, 1, 1, 1), torch.float32, 'normal', 8.024629642022774e-05, 0.04552469030022621))
        self.register_buffer('w172_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w173_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w174_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w175_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w176_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w177_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w178_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w179_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w180_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.00024088696227408946, 0.04821639135479927))
        self.register_buffer('w181_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w182_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w183_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w184_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w185_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -6.360051338560879e-05, 0.029442382976412773))
        self.register_buffer('w186_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w187_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w188_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w189_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w190_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -1.7754893633536994e-05, 0.02944621816277504))
        self.register_buffer('w191_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w192_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w193_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w194_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w195_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -6.730597669957206e-05, 0.048187609761953354))
        self.register_buffer('w196_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w197_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w198_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w199_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w200_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -0.00014602812007069588, 0.02946990355849266))
        self.register_buffer('w201_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w202_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w203_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w204_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w205_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -4.790917955688201e-05, 0.029453692957758904))
        self.register_buffer('w206_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w207_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w208_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w209_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w210_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0002920904371421784, 0.047980744391679764))
        self.register_buffer('w211_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w212_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w213_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w214_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w215_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -1.1865352462336887e-05, 0.029460716992616653))
        self.register_buffer('w216_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w217_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w218_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w219_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w220_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -4.6095301513560116e-05, 0.02949056588113308))
        self.register_buffer('w221_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w222_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w223_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w224_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w225_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.00026277810684405267, 0.04814302548766136))
        self.register_buffer('w226_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w227_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w228_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w229_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w230_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 0.00010545453551458195, 0.029488306492567062))
        self.register_buffer('w231_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w232_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w233_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w234_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w235_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 5.014874113840051e-05, 0.029517242684960365))
        self.register_buffer('w236_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w237_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w238_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w239_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w240_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 7.3667356446094345e-06, 0.04823034629225731))
        self.register_buffer('w241_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w242_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w243_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w244_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w245_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 5.76529091631528e-05, 0.029490144923329353))
        self.register_buffer('w246_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w247_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w248_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w249_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w250_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -3.578492032829672e-05, 0.02948433719575405))
        self.register_buffer('w251_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w252_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w253_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w254_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w255_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -5.369337486627046e-06, 0.04828645661473274))
        self.register_buffer('w256_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w257_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w258_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w259_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w260_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -5.099819190945709e-06, 0.029467232525348663))
        self.register_buffer('w261_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w262_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w263_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w264_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w265_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 6.872048288641963e-06, 0.029421363025903702))
        self.register_buffer('w266_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w267_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w268_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w269_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w270_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', 0.0002592142845969647, 0.04814090207219124))
        self.register_buffer('w271_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w272_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w273_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w274_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w275_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 0.00015135262219700962, 0.029381917789578438))
        self.register_buffer('w276_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w277_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w278_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w279_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w280_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -0.0002146209153579548, 0.02943561226129532))
        self.register_buffer('w281_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w282_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w283_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w284_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w285_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -6.830485654063523e-05, 0.0479731485247612))
        self.register_buffer('w286_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w287_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w288_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w289_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w290_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 4.250778874848038e-05, 0.029549479484558105))
        self.register_buffer('w291_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w292_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w293_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w294_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w295_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 5.664618220180273e-05, 0.02946612238883972))
        self.register_buffer('w296_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w297_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w298_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w299_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w300_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.00016547233099117875, 0.04809136688709259))
        self.register_buffer('w301_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w302_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w303_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w304_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w305_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 6.067709546186961e-05, 0.02949703298509121))
        self.register_buffer('w306_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w307_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w308_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w309_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w310_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -2.6794874429469928e-05, 0.029486140236258507))
        self.register_buffer('w311_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w312_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w313_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w314_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w315_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.0001513129100203514, 0.04813968390226364))
        self.register_buffer('w316_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w317_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w318_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w319_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w320_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -5.783624601463089e-06, 0.029437420889735222))
        self.register_buffer('w321_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w322_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w323_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w324_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w325_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', -3.7765377783216536e-05, 0.02954481914639473))
        self.register_buffer('w326_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w327_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w328_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w329_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w330_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.0001516728225396946, 0.04808126017451286))
        self.register_buffer('w331_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w332_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w333_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w334_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w335_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 7.516324694734067e-05, 0.02947404608130455))
        self.register_buffer('w336_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w337_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w338_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w339_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w340_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 1.745383815432433e-05, 0.02953277714550495))
        self.register_buffer('w341_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w342_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w343_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w344_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w345_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_0_parameters_weight_', _pike_tensor((384, 16, 3, 3), (144, 9, 3, 1), torch.float32, 'normal', -0.00016805491759441793, 0.04818371683359146))
        self.register_buffer('w346_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w347_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w348_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w349_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w350_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_0_parameters_weight_', _pike_tensor((384, 384, 1, 1), (384, 1, 1, 1), torch.float32, 'normal', 6.26865730737336e-05, 0.029451334848999977))
        self.register_buffer('w351_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_mean_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w352_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_var_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w353_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_weight_', _pike_tensor((384,), (1,), torch.float32, 'positive', 0.5, 1.5))
        self.register_buffer('w354_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_bias_', _pike_tensor((384,), (1,), torch.float32, 'normal', 0.0, 1.0))
        self.register_buffer('w355_l_self_modules_fc_parameters_weight_', _pike_tensor((1000, 384), (384, 1), torch.float32, 'normal', 7.361478492384776e-05, 0.029475899413228035))
        self.register_buffer('w356_l_self_modules_fc_parameters_bias_', _pike_tensor((1000,), (1,), torch.float32, 'normal', 0.0005866354331374168, 0.029697418212890625))

    def forward(self, l_x_ : torch.Tensor):
        w0_l_self_modules_stem_modules_0_parameters_weight_ = self.w0_l_self_modules_stem_modules_0_parameters_weight_
        w1_l_self_modules_stem_modules_1_buffers_running_mean_ = self.w1_l_self_modules_stem_modules_1_buffers_running_mean_
        w2_l_self_modules_stem_modules_1_buffers_running_var_ = self.w2_l_self_modules_stem_modules_1_buffers_running_var_
        w3_l_self_modules_stem_modules_1_parameters_weight_ = self.w3_l_self_modules_stem_modules_1_parameters_weight_
        w4_l_self_modules_stem_modules_1_parameters_bias_ = self.w4_l_self_modules_stem_modules_1_parameters_bias_
        w5_l_self_modules_blocks_modules_0_modules_shortcut_modules_0_parameters_weight_ = self.w5_l_self_modules_blocks_modules_0_modules_shortcut_modules_0_parameters_weight_
        w6_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_0_parameters_weight_ = self.w6_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_0_parameters_weight_
        w7_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_mean_ = self.w7_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_mean_
        w8_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_var_ = self.w8_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_var_
        w9_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_weight_ = self.w9_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_weight_
        w10_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_bias_ = self.w10_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_bias_
        w11_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w11_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_mean_
        w12_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_var_ = self.w12_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_var_
        w13_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_weight_ = self.w13_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_weight_
        w14_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_bias_ = self.w14_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_bias_
        w15_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_0_parameters_weight_ = self.w15_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_0_parameters_weight_
        w16_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w16_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_mean_
        w17_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_var_ = self.w17_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_var_
        w18_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_weight_ = self.w18_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_weight_
        w19_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_bias_ = self.w19_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_bias_
        w20_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_0_parameters_weight_ = self.w20_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_0_parameters_weight_
        w21_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w21_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_mean_
        w22_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_var_ = self.w22_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_var_
        w23_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_weight_ = self.w23_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_weight_
        w24_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_bias_ = self.w24_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_bias_
        w25_l_self_modules_blocks_modules_1_modules_shortcut_modules_0_parameters_weight_ = self.w25_l_self_modules_blocks_modules_1_modules_shortcut_modules_0_parameters_weight_
        w26_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_0_parameters_weight_ = self.w26_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_0_parameters_weight_
        w27_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_mean_ = self.w27_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_mean_
        w28_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_var_ = self.w28_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_var_
        w29_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_weight_ = self.w29_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_weight_
        w30_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_bias_ = self.w30_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_bias_
        w31_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w31_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_mean_
        w32_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_var_ = self.w32_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_var_
        w33_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_weight_ = self.w33_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_weight_
        w34_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_bias_ = self.w34_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_bias_
        w35_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_0_parameters_weight_ = self.w35_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_0_parameters_weight_
        w36_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w36_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_mean_
        w37_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_var_ = self.w37_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_var_
        w38_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_weight_ = self.w38_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_weight_
        w39_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_bias_ = self.w39_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_bias_
        w40_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_0_parameters_weight_ = self.w40_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_0_parameters_weight_
        w41_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w41_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_mean_
        w42_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_var_ = self.w42_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_var_
        w43_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_weight_ = self.w43_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_weight_
        w44_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_bias_ = self.w44_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_bias_
        w45_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_0_parameters_weight_ = self.w45_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_0_parameters_weight_
        w46_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w46_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_mean_
        w47_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_var_ = self.w47_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_var_
        w48_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_weight_ = self.w48_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_weight_
        w49_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_bias_ = self.w49_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_bias_
        w50_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_0_parameters_weight_ = self.w50_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_0_parameters_weight_
        w51_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w51_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_mean_
        w52_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_var_ = self.w52_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_var_
        w53_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_weight_ = self.w53_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_weight_
        w54_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_bias_ = self.w54_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_bias_
        w55_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_0_parameters_weight_ = self.w55_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_0_parameters_weight_
        w56_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w56_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_mean_
        w57_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_var_ = self.w57_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_var_
        w58_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_weight_ = self.w58_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_weight_
        w59_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_bias_ = self.w59_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_bias_
        w60_l_self_modules_blocks_modules_3_modules_shortcut_modules_0_parameters_weight_ = self.w60_l_self_modules_blocks_modules_3_modules_shortcut_modules_0_parameters_weight_
        w61_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_0_parameters_weight_ = self.w61_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_0_parameters_weight_
        w62_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_mean_ = self.w62_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_mean_
        w63_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_var_ = self.w63_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_var_
        w64_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_weight_ = self.w64_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_weight_
        w65_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_bias_ = self.w65_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_bias_
        w66_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w66_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_mean_
        w67_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_var_ = self.w67_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_var_
        w68_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_weight_ = self.w68_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_weight_
        w69_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_bias_ = self.w69_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_bias_
        w70_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_0_parameters_weight_ = self.w70_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_0_parameters_weight_
        w71_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w71_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_mean_
        w72_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_var_ = self.w72_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_var_
        w73_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_weight_ = self.w73_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_weight_
        w74_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_bias_ = self.w74_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_bias_
        w75_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_0_parameters_weight_ = self.w75_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_0_parameters_weight_
        w76_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w76_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_mean_
        w77_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_var_ = self.w77_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_var_
        w78_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_weight_ = self.w78_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_weight_
        w79_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_bias_ = self.w79_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_bias_
        w80_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_0_parameters_weight_ = self.w80_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_0_parameters_weight_
        w81_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w81_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_mean_
        w82_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_var_ = self.w82_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_var_
        w83_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_weight_ = self.w83_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_weight_
        w84_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_bias_ = self.w84_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_bias_
        w85_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_0_parameters_weight_ = self.w85_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_0_parameters_weight_
        w86_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w86_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_mean_
        w87_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_var_ = self.w87_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_var_
        w88_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_weight_ = self.w88_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_weight_
        w89_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_bias_ = self.w89_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_bias_
        w90_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_0_parameters_weight_ = self.w90_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_0_parameters_weight_
        w91_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w91_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_mean_
        w92_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_var_ = self.w92_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_var_
        w93_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_weight_ = self.w93_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_weight_
        w94_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_bias_ = self.w94_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_bias_
        w95_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_0_parameters_weight_ = self.w95_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_0_parameters_weight_
        w96_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w96_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_mean_
        w97_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_var_ = self.w97_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_var_
        w98_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_weight_ = self.w98_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_weight_
        w99_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_bias_ = self.w99_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_bias_
        w100_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_0_parameters_weight_ = self.w100_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_0_parameters_weight_
        w101_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w101_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_mean_
        w102_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_var_ = self.w102_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_var_
        w103_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_weight_ = self.w103_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_weight_
        w104_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_bias_ = self.w104_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_bias_
        w105_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_0_parameters_weight_ = self.w105_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_0_parameters_weight_
        w106_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w106_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_mean_
        w107_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_var_ = self.w107_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_var_
        w108_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_weight_ = self.w108_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_weight_
        w109_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_bias_ = self.w109_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_bias_
        w110_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_0_parameters_weight_ = self.w110_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_0_parameters_weight_
        w111_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w111_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_mean_
        w112_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_var_ = self.w112_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_var_
        w113_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_weight_ = self.w113_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_weight_
        w114_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_bias_ = self.w114_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_bias_
        w115_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_0_parameters_weight_ = self.w115_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_0_parameters_weight_
        w116_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w116_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_mean_
        w117_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_var_ = self.w117_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_var_
        w118_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_weight_ = self.w118_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_weight_
        w119_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_bias_ = self.w119_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_bias_
        w120_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_0_parameters_weight_ = self.w120_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_0_parameters_weight_
        w121_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w121_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_mean_
        w122_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_var_ = self.w122_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_var_
        w123_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_weight_ = self.w123_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_weight_
        w124_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_bias_ = self.w124_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_bias_
        w125_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_0_parameters_weight_ = self.w125_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_0_parameters_weight_
        w126_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w126_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_mean_
        w127_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_var_ = self.w127_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_var_
        w128_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_weight_ = self.w128_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_weight_
        w129_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_bias_ = self.w129_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_bias_
        w130_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_0_parameters_weight_ = self.w130_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_0_parameters_weight_
        w131_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w131_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_mean_
        w132_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_var_ = self.w132_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_var_
        w133_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_weight_ = self.w133_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_weight_
        w134_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_bias_ = self.w134_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_bias_
        w135_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_0_parameters_weight_ = self.w135_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_0_parameters_weight_
        w136_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w136_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_mean_
        w137_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_var_ = self.w137_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_var_
        w138_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_weight_ = self.w138_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_weight_
        w139_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_bias_ = self.w139_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_bias_
        w140_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_0_parameters_weight_ = self.w140_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_0_parameters_weight_
        w141_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w141_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_mean_
        w142_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_var_ = self.w142_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_var_
        w143_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_weight_ = self.w143_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_weight_
        w144_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_bias_ = self.w144_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_bias_
        w145_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_0_parameters_weight_ = self.w145_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_0_parameters_weight_
        w146_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w146_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_mean_
        w147_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_var_ = self.w147_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_var_
        w148_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_weight_ = self.w148_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_weight_
        w149_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_bias_ = self.w149_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_bias_
        w150_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_0_parameters_weight_ = self.w150_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_0_parameters_weight_
        w151_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w151_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_mean_
        w152_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_var_ = self.w152_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_var_
        w153_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_weight_ = self.w153_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_weight_
        w154_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_bias_ = self.w154_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_bias_
        w155_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_0_parameters_weight_ = self.w155_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_0_parameters_weight_
        w156_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w156_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_mean_
        w157_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_var_ = self.w157_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_var_
        w158_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_weight_ = self.w158_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_weight_
        w159_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_bias_ = self.w159_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_bias_
        w160_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_0_parameters_weight_ = self.w160_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_0_parameters_weight_
        w161_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w161_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_mean_
        w162_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_var_ = self.w162_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_var_
        w163_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_weight_ = self.w163_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_weight_
        w164_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_bias_ = self.w164_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_bias_
        w165_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_0_parameters_weight_ = self.w165_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_0_parameters_weight_
        w166_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w166_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_mean_
        w167_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_var_ = self.w167_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_var_
        w168_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_weight_ = self.w168_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_weight_
        w169_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_bias_ = self.w169_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_bias_
        w170_l_self_modules_blocks_modules_10_modules_shortcut_modules_0_parameters_weight_ = self.w170_l_self_modules_blocks_modules_10_modules_shortcut_modules_0_parameters_weight_
        w171_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_0_parameters_weight_ = self.w171_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_0_parameters_weight_
        w172_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_mean_ = self.w172_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_mean_
        w173_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_var_ = self.w173_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_var_
        w174_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_weight_ = self.w174_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_weight_
        w175_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_bias_ = self.w175_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_bias_
        w176_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w176_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_mean_
        w177_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_var_ = self.w177_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_var_
        w178_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_weight_ = self.w178_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_weight_
        w179_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_bias_ = self.w179_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_bias_
        w180_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_0_parameters_weight_ = self.w180_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_0_parameters_weight_
        w181_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w181_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_mean_
        w182_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_var_ = self.w182_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_var_
        w183_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_weight_ = self.w183_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_weight_
        w184_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_bias_ = self.w184_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_bias_
        w185_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_0_parameters_weight_ = self.w185_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_0_parameters_weight_
        w186_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w186_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_mean_
        w187_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_var_ = self.w187_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_var_
        w188_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_weight_ = self.w188_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_weight_
        w189_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_bias_ = self.w189_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_bias_
        w190_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_0_parameters_weight_ = self.w190_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_0_parameters_weight_
        w191_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w191_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_mean_
        w192_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_var_ = self.w192_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_var_
        w193_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_weight_ = self.w193_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_weight_
        w194_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_bias_ = self.w194_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_bias_
        w195_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_0_parameters_weight_ = self.w195_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_0_parameters_weight_
        w196_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w196_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_mean_
        w197_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_var_ = self.w197_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_var_
        w198_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_weight_ = self.w198_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_weight_
        w199_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_bias_ = self.w199_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_bias_
        w200_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_0_parameters_weight_ = self.w200_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_0_parameters_weight_
        w201_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w201_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_mean_
        w202_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_var_ = self.w202_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_var_
        w203_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_weight_ = self.w203_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_weight_
        w204_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_bias_ = self.w204_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_bias_
        w205_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_0_parameters_weight_ = self.w205_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_0_parameters_weight_
        w206_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w206_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_mean_
        w207_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_var_ = self.w207_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_var_
        w208_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_weight_ = self.w208_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_weight_
        w209_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_bias_ = self.w209_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_bias_
        w210_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_0_parameters_weight_ = self.w210_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_0_parameters_weight_
        w211_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w211_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_mean_
        w212_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_var_ = self.w212_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_var_
        w213_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_weight_ = self.w213_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_weight_
        w214_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_bias_ = self.w214_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_bias_
        w215_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_0_parameters_weight_ = self.w215_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_0_parameters_weight_
        w216_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w216_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_mean_
        w217_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_var_ = self.w217_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_var_
        w218_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_weight_ = self.w218_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_weight_
        w219_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_bias_ = self.w219_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_bias_
        w220_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_0_parameters_weight_ = self.w220_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_0_parameters_weight_
        w221_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w221_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_mean_
        w222_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_var_ = self.w222_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_var_
        w223_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_weight_ = self.w223_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_weight_
        w224_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_bias_ = self.w224_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_bias_
        w225_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_0_parameters_weight_ = self.w225_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_0_parameters_weight_
        w226_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w226_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_mean_
        w227_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_var_ = self.w227_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_var_
        w228_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_weight_ = self.w228_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_weight_
        w229_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_bias_ = self.w229_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_bias_
        w230_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_0_parameters_weight_ = self.w230_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_0_parameters_weight_
        w231_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w231_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_mean_
        w232_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_var_ = self.w232_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_var_
        w233_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_weight_ = self.w233_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_weight_
        w234_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_bias_ = self.w234_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_bias_
        w235_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_0_parameters_weight_ = self.w235_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_0_parameters_weight_
        w236_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w236_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_mean_
        w237_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_var_ = self.w237_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_var_
        w238_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_weight_ = self.w238_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_weight_
        w239_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_bias_ = self.w239_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_bias_
        w240_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_0_parameters_weight_ = self.w240_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_0_parameters_weight_
        w241_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w241_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_mean_
        w242_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_var_ = self.w242_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_var_
        w243_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_weight_ = self.w243_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_weight_
        w244_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_bias_ = self.w244_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_bias_
        w245_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_0_parameters_weight_ = self.w245_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_0_parameters_weight_
        w246_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w246_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_mean_
        w247_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_var_ = self.w247_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_var_
        w248_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_weight_ = self.w248_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_weight_
        w249_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_bias_ = self.w249_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_bias_
        w250_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_0_parameters_weight_ = self.w250_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_0_parameters_weight_
        w251_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w251_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_mean_
        w252_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_var_ = self.w252_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_var_
        w253_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_weight_ = self.w253_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_weight_
        w254_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_bias_ = self.w254_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_bias_
        w255_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_0_parameters_weight_ = self.w255_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_0_parameters_weight_
        w256_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w256_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_mean_
        w257_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_var_ = self.w257_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_var_
        w258_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_weight_ = self.w258_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_weight_
        w259_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_bias_ = self.w259_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_bias_
        w260_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_0_parameters_weight_ = self.w260_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_0_parameters_weight_
        w261_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w261_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_mean_
        w262_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_var_ = self.w262_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_var_
        w263_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_weight_ = self.w263_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_weight_
        w264_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_bias_ = self.w264_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_bias_
        w265_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_0_parameters_weight_ = self.w265_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_0_parameters_weight_
        w266_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w266_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_mean_
        w267_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_var_ = self.w267_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_var_
        w268_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_weight_ = self.w268_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_weight_
        w269_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_bias_ = self.w269_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_bias_
        w270_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_0_parameters_weight_ = self.w270_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_0_parameters_weight_
        w271_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w271_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_mean_
        w272_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_var_ = self.w272_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_var_
        w273_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_weight_ = self.w273_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_weight_
        w274_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_bias_ = self.w274_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_bias_
        w275_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_0_parameters_weight_ = self.w275_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_0_parameters_weight_
        w276_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w276_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_mean_
        w277_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_var_ = self.w277_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_var_
        w278_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_weight_ = self.w278_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_weight_
        w279_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_bias_ = self.w279_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_bias_
        w280_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_0_parameters_weight_ = self.w280_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_0_parameters_weight_
        w281_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w281_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_mean_
        w282_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_var_ = self.w282_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_var_
        w283_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_weight_ = self.w283_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_weight_
        w284_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_bias_ = self.w284_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_bias_
        w285_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_0_parameters_weight_ = self.w285_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_0_parameters_weight_
        w286_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w286_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_mean_
        w287_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_var_ = self.w287_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_var_
        w288_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_weight_ = self.w288_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_weight_
        w289_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_bias_ = self.w289_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_bias_
        w290_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_0_parameters_weight_ = self.w290_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_0_parameters_weight_
        w291_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w291_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_mean_
        w292_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_var_ = self.w292_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_var_
        w293_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_weight_ = self.w293_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_weight_
        w294_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_bias_ = self.w294_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_bias_
        w295_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_0_parameters_weight_ = self.w295_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_0_parameters_weight_
        w296_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w296_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_mean_
        w297_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_var_ = self.w297_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_var_
        w298_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_weight_ = self.w298_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_weight_
        w299_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_bias_ = self.w299_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_bias_
        w300_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_0_parameters_weight_ = self.w300_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_0_parameters_weight_
        w301_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w301_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_mean_
        w302_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_var_ = self.w302_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_var_
        w303_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_weight_ = self.w303_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_weight_
        w304_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_bias_ = self.w304_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_bias_
        w305_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_0_parameters_weight_ = self.w305_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_0_parameters_weight_
        w306_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w306_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_mean_
        w307_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_var_ = self.w307_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_var_
        w308_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_weight_ = self.w308_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_weight_
        w309_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_bias_ = self.w309_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_bias_
        w310_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_0_parameters_weight_ = self.w310_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_0_parameters_weight_
        w311_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w311_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_mean_
        w312_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_var_ = self.w312_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_var_
        w313_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_weight_ = self.w313_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_weight_
        w314_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_bias_ = self.w314_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_bias_
        w315_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_0_parameters_weight_ = self.w315_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_0_parameters_weight_
        w316_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w316_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_mean_
        w317_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_var_ = self.w317_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_var_
        w318_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_weight_ = self.w318_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_weight_
        w319_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_bias_ = self.w319_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_bias_
        w320_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_0_parameters_weight_ = self.w320_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_0_parameters_weight_
        w321_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w321_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_mean_
        w322_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_var_ = self.w322_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_var_
        w323_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_weight_ = self.w323_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_weight_
        w324_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_bias_ = self.w324_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_bias_
        w325_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_0_parameters_weight_ = self.w325_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_0_parameters_weight_
        w326_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w326_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_mean_
        w327_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_var_ = self.w327_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_var_
        w328_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_weight_ = self.w328_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_weight_
        w329_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_bias_ = self.w329_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_bias_
        w330_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_0_parameters_weight_ = self.w330_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_0_parameters_weight_
        w331_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w331_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_mean_
        w332_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_var_ = self.w332_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_var_
        w333_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_weight_ = self.w333_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_weight_
        w334_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_bias_ = self.w334_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_bias_
        w335_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_0_parameters_weight_ = self.w335_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_0_parameters_weight_
        w336_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w336_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_mean_
        w337_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_var_ = self.w337_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_var_
        w338_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_weight_ = self.w338_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_weight_
        w339_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_bias_ = self.w339_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_bias_
        w340_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_0_parameters_weight_ = self.w340_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_0_parameters_weight_
        w341_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_mean_ = self.w341_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_mean_
        w342_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_var_ = self.w342_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_var_
        w343_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_weight_ = self.w343_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_weight_
        w344_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_bias_ = self.w344_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_bias_
        w345_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_0_parameters_weight_ = self.w345_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_0_parameters_weight_
        w346_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_mean_ = self.w346_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_mean_
        w347_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_var_ = self.w347_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_var_
        w348_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_weight_ = self.w348_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_weight_
        w349_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_bias_ = self.w349_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_bias_
        w350_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_0_parameters_weight_ = self.w350_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_0_parameters_weight_
        w351_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_mean_ = self.w351_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_mean_
        w352_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_var_ = self.w352_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_var_
        w353_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_weight_ = self.w353_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_weight_
        w354_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_bias_ = self.w354_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_bias_
        w355_l_self_modules_fc_parameters_weight_ = self.w355_l_self_modules_fc_parameters_weight_
        w356_l_self_modules_fc_parameters_bias_ = self.w356_l_self_modules_fc_parameters_bias_
        input_1 = torch.conv2d(l_x_, w0_l_self_modules_stem_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 1);  l_x_ = w0_l_self_modules_stem_modules_0_parameters_weight_ = None
        input_2 = torch.nn.functional.batch_norm(input_1, w1_l_self_modules_stem_modules_1_buffers_running_mean_, w2_l_self_modules_stem_modules_1_buffers_running_var_, w3_l_self_modules_stem_modules_1_parameters_weight_, w4_l_self_modules_stem_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_1 = w1_l_self_modules_stem_modules_1_buffers_running_mean_ = w2_l_self_modules_stem_modules_1_buffers_running_var_ = w3_l_self_modules_stem_modules_1_parameters_weight_ = w4_l_self_modules_stem_modules_1_parameters_bias_ = None
        input_3 = torch.nn.functional.relu(input_2, inplace = True);  input_2 = None
        input_4 = torch.conv2d(input_3, w5_l_self_modules_blocks_modules_0_modules_shortcut_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w5_l_self_modules_blocks_modules_0_modules_shortcut_modules_0_parameters_weight_ = None
        input_6 = torch.conv2d(input_3, w6_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_3 = w6_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_5 = torch.nn.functional.batch_norm(input_4, w7_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_mean_, w8_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_var_, w9_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_weight_, w10_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_4 = w7_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_mean_ = w8_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_buffers_running_var_ = w9_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_weight_ = w10_l_self_modules_blocks_modules_0_modules_shortcut_modules_1_parameters_bias_ = None
        input_7 = torch.nn.functional.batch_norm(input_6, w11_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_mean_, w12_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_var_, w13_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_weight_, w14_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_6 = w11_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_mean_ = w12_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_buffers_running_var_ = w13_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_weight_ = w14_l_self_modules_blocks_modules_0_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_8 = torch.nn.functional.relu(input_7, inplace = True);  input_7 = None
        input_9 = torch.conv2d(input_8, w15_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 2);  input_8 = w15_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_10 = torch.nn.functional.batch_norm(input_9, w16_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_mean_, w17_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_var_, w18_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_weight_, w19_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_9 = w16_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_mean_ = w17_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_buffers_running_var_ = w18_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_weight_ = w19_l_self_modules_blocks_modules_0_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_11 = torch.nn.functional.relu(input_10, inplace = True);  input_10 = None
        input_12 = torch.conv2d(input_11, w20_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_11 = w20_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_13 = torch.nn.functional.batch_norm(input_12, w21_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_mean_, w22_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_var_, w23_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_weight_, w24_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_12 = w21_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_mean_ = w22_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_buffers_running_var_ = w23_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_weight_ = w24_l_self_modules_blocks_modules_0_modules_body_modules_2_modules_1_parameters_bias_ = None
        add = input_13 + input_5;  input_13 = input_5 = None
        input_14 = torch.nn.functional.relu(add, inplace = True);  add = None
        input_15 = torch.conv2d(input_14, w25_l_self_modules_blocks_modules_1_modules_shortcut_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w25_l_self_modules_blocks_modules_1_modules_shortcut_modules_0_parameters_weight_ = None
        input_17 = torch.conv2d(input_14, w26_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_14 = w26_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_16 = torch.nn.functional.batch_norm(input_15, w27_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_mean_, w28_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_var_, w29_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_weight_, w30_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_15 = w27_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_mean_ = w28_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_buffers_running_var_ = w29_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_weight_ = w30_l_self_modules_blocks_modules_1_modules_shortcut_modules_1_parameters_bias_ = None
        input_18 = torch.nn.functional.batch_norm(input_17, w31_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_mean_, w32_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_var_, w33_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_weight_, w34_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_17 = w31_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_mean_ = w32_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_buffers_running_var_ = w33_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_weight_ = w34_l_self_modules_blocks_modules_1_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_19 = torch.nn.functional.relu(input_18, inplace = True);  input_18 = None
        input_20 = torch.conv2d(input_19, w35_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 4);  input_19 = w35_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_21 = torch.nn.functional.batch_norm(input_20, w36_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_mean_, w37_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_var_, w38_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_weight_, w39_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_20 = w36_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_mean_ = w37_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_buffers_running_var_ = w38_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_weight_ = w39_l_self_modules_blocks_modules_1_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_22 = torch.nn.functional.relu(input_21, inplace = True);  input_21 = None
        input_23 = torch.conv2d(input_22, w40_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_22 = w40_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_24 = torch.nn.functional.batch_norm(input_23, w41_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_mean_, w42_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_var_, w43_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_weight_, w44_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_23 = w41_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_mean_ = w42_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_buffers_running_var_ = w43_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_weight_ = w44_l_self_modules_blocks_modules_1_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_1 = input_24 + input_16;  input_24 = input_16 = None
        input_25 = torch.nn.functional.relu(add_1, inplace = True);  add_1 = None
        input_26 = torch.conv2d(input_25, w45_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w45_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_27 = torch.nn.functional.batch_norm(input_26, w46_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_mean_, w47_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_var_, w48_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_weight_, w49_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_26 = w46_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_mean_ = w47_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_buffers_running_var_ = w48_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_weight_ = w49_l_self_modules_blocks_modules_2_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_28 = torch.nn.functional.relu(input_27, inplace = True);  input_27 = None
        input_29 = torch.conv2d(input_28, w50_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 4);  input_28 = w50_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_30 = torch.nn.functional.batch_norm(input_29, w51_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_mean_, w52_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_var_, w53_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_weight_, w54_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_29 = w51_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_mean_ = w52_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_buffers_running_var_ = w53_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_weight_ = w54_l_self_modules_blocks_modules_2_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_31 = torch.nn.functional.relu(input_30, inplace = True);  input_30 = None
        input_32 = torch.conv2d(input_31, w55_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_31 = w55_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_33 = torch.nn.functional.batch_norm(input_32, w56_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_mean_, w57_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_var_, w58_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_weight_, w59_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_32 = w56_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_mean_ = w57_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_buffers_running_var_ = w58_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_weight_ = w59_l_self_modules_blocks_modules_2_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_2 = input_33 + input_25;  input_33 = input_25 = None
        input_34 = torch.nn.functional.relu(add_2, inplace = True);  add_2 = None
        input_35 = torch.conv2d(input_34, w60_l_self_modules_blocks_modules_3_modules_shortcut_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w60_l_self_modules_blocks_modules_3_modules_shortcut_modules_0_parameters_weight_ = None
        input_37 = torch.conv2d(input_34, w61_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_34 = w61_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_36 = torch.nn.functional.batch_norm(input_35, w62_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_mean_, w63_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_var_, w64_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_weight_, w65_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_35 = w62_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_mean_ = w63_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_buffers_running_var_ = w64_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_weight_ = w65_l_self_modules_blocks_modules_3_modules_shortcut_modules_1_parameters_bias_ = None
        input_38 = torch.nn.functional.batch_norm(input_37, w66_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_mean_, w67_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_var_, w68_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_weight_, w69_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_37 = w66_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_mean_ = w67_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_buffers_running_var_ = w68_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_weight_ = w69_l_self_modules_blocks_modules_3_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_39 = torch.nn.functional.relu(input_38, inplace = True);  input_38 = None
        input_40 = torch.conv2d(input_39, w70_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 10);  input_39 = w70_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_41 = torch.nn.functional.batch_norm(input_40, w71_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_mean_, w72_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_var_, w73_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_weight_, w74_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_40 = w71_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_mean_ = w72_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_buffers_running_var_ = w73_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_weight_ = w74_l_self_modules_blocks_modules_3_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_42 = torch.nn.functional.relu(input_41, inplace = True);  input_41 = None
        input_43 = torch.conv2d(input_42, w75_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_42 = w75_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_44 = torch.nn.functional.batch_norm(input_43, w76_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_mean_, w77_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_var_, w78_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_weight_, w79_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_43 = w76_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_mean_ = w77_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_buffers_running_var_ = w78_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_weight_ = w79_l_self_modules_blocks_modules_3_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_3 = input_44 + input_36;  input_44 = input_36 = None
        input_45 = torch.nn.functional.relu(add_3, inplace = True);  add_3 = None
        input_46 = torch.conv2d(input_45, w80_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w80_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_47 = torch.nn.functional.batch_norm(input_46, w81_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_mean_, w82_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_var_, w83_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_weight_, w84_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_46 = w81_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_mean_ = w82_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_buffers_running_var_ = w83_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_weight_ = w84_l_self_modules_blocks_modules_4_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_48 = torch.nn.functional.relu(input_47, inplace = True);  input_47 = None
        input_49 = torch.conv2d(input_48, w85_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 10);  input_48 = w85_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_50 = torch.nn.functional.batch_norm(input_49, w86_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_mean_, w87_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_var_, w88_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_weight_, w89_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_49 = w86_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_mean_ = w87_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_buffers_running_var_ = w88_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_weight_ = w89_l_self_modules_blocks_modules_4_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_51 = torch.nn.functional.relu(input_50, inplace = True);  input_50 = None
        input_52 = torch.conv2d(input_51, w90_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_51 = w90_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_53 = torch.nn.functional.batch_norm(input_52, w91_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_mean_, w92_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_var_, w93_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_weight_, w94_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_52 = w91_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_mean_ = w92_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_buffers_running_var_ = w93_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_weight_ = w94_l_self_modules_blocks_modules_4_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_4 = input_53 + input_45;  input_53 = input_45 = None
        input_54 = torch.nn.functional.relu(add_4, inplace = True);  add_4 = None
        input_55 = torch.conv2d(input_54, w95_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w95_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_56 = torch.nn.functional.batch_norm(input_55, w96_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_mean_, w97_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_var_, w98_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_weight_, w99_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_55 = w96_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_mean_ = w97_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_buffers_running_var_ = w98_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_weight_ = w99_l_self_modules_blocks_modules_5_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_57 = torch.nn.functional.relu(input_56, inplace = True);  input_56 = None
        input_58 = torch.conv2d(input_57, w100_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 10);  input_57 = w100_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_59 = torch.nn.functional.batch_norm(input_58, w101_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_mean_, w102_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_var_, w103_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_weight_, w104_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_58 = w101_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_mean_ = w102_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_buffers_running_var_ = w103_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_weight_ = w104_l_self_modules_blocks_modules_5_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_60 = torch.nn.functional.relu(input_59, inplace = True);  input_59 = None
        input_61 = torch.conv2d(input_60, w105_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_60 = w105_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_62 = torch.nn.functional.batch_norm(input_61, w106_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_mean_, w107_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_var_, w108_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_weight_, w109_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_61 = w106_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_mean_ = w107_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_buffers_running_var_ = w108_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_weight_ = w109_l_self_modules_blocks_modules_5_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_5 = input_62 + input_54;  input_62 = input_54 = None
        input_63 = torch.nn.functional.relu(add_5, inplace = True);  add_5 = None
        input_64 = torch.conv2d(input_63, w110_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w110_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_65 = torch.nn.functional.batch_norm(input_64, w111_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_mean_, w112_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_var_, w113_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_weight_, w114_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_64 = w111_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_mean_ = w112_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_buffers_running_var_ = w113_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_weight_ = w114_l_self_modules_blocks_modules_6_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_66 = torch.nn.functional.relu(input_65, inplace = True);  input_65 = None
        input_67 = torch.conv2d(input_66, w115_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 10);  input_66 = w115_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_68 = torch.nn.functional.batch_norm(input_67, w116_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_mean_, w117_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_var_, w118_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_weight_, w119_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_67 = w116_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_mean_ = w117_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_buffers_running_var_ = w118_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_weight_ = w119_l_self_modules_blocks_modules_6_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_69 = torch.nn.functional.relu(input_68, inplace = True);  input_68 = None
        input_70 = torch.conv2d(input_69, w120_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_69 = w120_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_71 = torch.nn.functional.batch_norm(input_70, w121_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_mean_, w122_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_var_, w123_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_weight_, w124_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_70 = w121_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_mean_ = w122_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_buffers_running_var_ = w123_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_weight_ = w124_l_self_modules_blocks_modules_6_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_6 = input_71 + input_63;  input_71 = input_63 = None
        input_72 = torch.nn.functional.relu(add_6, inplace = True);  add_6 = None
        input_73 = torch.conv2d(input_72, w125_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w125_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_74 = torch.nn.functional.batch_norm(input_73, w126_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_mean_, w127_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_var_, w128_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_weight_, w129_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_73 = w126_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_mean_ = w127_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_buffers_running_var_ = w128_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_weight_ = w129_l_self_modules_blocks_modules_7_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_75 = torch.nn.functional.relu(input_74, inplace = True);  input_74 = None
        input_76 = torch.conv2d(input_75, w130_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 10);  input_75 = w130_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_77 = torch.nn.functional.batch_norm(input_76, w131_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_mean_, w132_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_var_, w133_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_weight_, w134_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_76 = w131_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_mean_ = w132_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_buffers_running_var_ = w133_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_weight_ = w134_l_self_modules_blocks_modules_7_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_78 = torch.nn.functional.relu(input_77, inplace = True);  input_77 = None
        input_79 = torch.conv2d(input_78, w135_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_78 = w135_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_80 = torch.nn.functional.batch_norm(input_79, w136_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_mean_, w137_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_var_, w138_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_weight_, w139_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_79 = w136_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_mean_ = w137_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_buffers_running_var_ = w138_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_weight_ = w139_l_self_modules_blocks_modules_7_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_7 = input_80 + input_72;  input_80 = input_72 = None
        input_81 = torch.nn.functional.relu(add_7, inplace = True);  add_7 = None
        input_82 = torch.conv2d(input_81, w140_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w140_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_83 = torch.nn.functional.batch_norm(input_82, w141_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_mean_, w142_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_var_, w143_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_weight_, w144_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_82 = w141_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_mean_ = w142_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_buffers_running_var_ = w143_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_weight_ = w144_l_self_modules_blocks_modules_8_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_84 = torch.nn.functional.relu(input_83, inplace = True);  input_83 = None
        input_85 = torch.conv2d(input_84, w145_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 10);  input_84 = w145_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_86 = torch.nn.functional.batch_norm(input_85, w146_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_mean_, w147_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_var_, w148_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_weight_, w149_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_85 = w146_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_mean_ = w147_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_buffers_running_var_ = w148_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_weight_ = w149_l_self_modules_blocks_modules_8_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_87 = torch.nn.functional.relu(input_86, inplace = True);  input_86 = None
        input_88 = torch.conv2d(input_87, w150_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_87 = w150_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_89 = torch.nn.functional.batch_norm(input_88, w151_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_mean_, w152_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_var_, w153_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_weight_, w154_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_88 = w151_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_mean_ = w152_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_buffers_running_var_ = w153_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_weight_ = w154_l_self_modules_blocks_modules_8_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_8 = input_89 + input_81;  input_89 = input_81 = None
        input_90 = torch.nn.functional.relu(add_8, inplace = True);  add_8 = None
        input_91 = torch.conv2d(input_90, w155_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w155_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_92 = torch.nn.functional.batch_norm(input_91, w156_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_mean_, w157_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_var_, w158_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_weight_, w159_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_91 = w156_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_mean_ = w157_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_buffers_running_var_ = w158_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_weight_ = w159_l_self_modules_blocks_modules_9_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_93 = torch.nn.functional.relu(input_92, inplace = True);  input_92 = None
        input_94 = torch.conv2d(input_93, w160_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 10);  input_93 = w160_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_95 = torch.nn.functional.batch_norm(input_94, w161_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_mean_, w162_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_var_, w163_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_weight_, w164_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_94 = w161_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_mean_ = w162_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_buffers_running_var_ = w163_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_weight_ = w164_l_self_modules_blocks_modules_9_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_96 = torch.nn.functional.relu(input_95, inplace = True);  input_95 = None
        input_97 = torch.conv2d(input_96, w165_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_96 = w165_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_98 = torch.nn.functional.batch_norm(input_97, w166_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_mean_, w167_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_var_, w168_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_weight_, w169_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_97 = w166_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_mean_ = w167_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_buffers_running_var_ = w168_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_weight_ = w169_l_self_modules_blocks_modules_9_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_9 = input_98 + input_90;  input_98 = input_90 = None
        input_99 = torch.nn.functional.relu(add_9, inplace = True);  add_9 = None
        input_100 = torch.conv2d(input_99, w170_l_self_modules_blocks_modules_10_modules_shortcut_modules_0_parameters_weight_, None, (2, 2), (0, 0), (1, 1), 1);  w170_l_self_modules_blocks_modules_10_modules_shortcut_modules_0_parameters_weight_ = None
        input_102 = torch.conv2d(input_99, w171_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_99 = w171_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_101 = torch.nn.functional.batch_norm(input_100, w172_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_mean_, w173_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_var_, w174_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_weight_, w175_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_100 = w172_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_mean_ = w173_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_buffers_running_var_ = w174_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_weight_ = w175_l_self_modules_blocks_modules_10_modules_shortcut_modules_1_parameters_bias_ = None
        input_103 = torch.nn.functional.batch_norm(input_102, w176_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_mean_, w177_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_var_, w178_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_weight_, w179_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_102 = w176_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_mean_ = w177_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_buffers_running_var_ = w178_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_weight_ = w179_l_self_modules_blocks_modules_10_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_104 = torch.nn.functional.relu(input_103, inplace = True);  input_103 = None
        input_105 = torch.conv2d(input_104, w180_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_0_parameters_weight_, None, (2, 2), (1, 1), (1, 1), 24);  input_104 = w180_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_106 = torch.nn.functional.batch_norm(input_105, w181_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_mean_, w182_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_var_, w183_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_weight_, w184_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_105 = w181_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_mean_ = w182_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_buffers_running_var_ = w183_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_weight_ = w184_l_self_modules_blocks_modules_10_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_107 = torch.nn.functional.relu(input_106, inplace = True);  input_106 = None
        input_108 = torch.conv2d(input_107, w185_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_107 = w185_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_109 = torch.nn.functional.batch_norm(input_108, w186_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_mean_, w187_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_var_, w188_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_weight_, w189_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_108 = w186_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_mean_ = w187_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_buffers_running_var_ = w188_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_weight_ = w189_l_self_modules_blocks_modules_10_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_10 = input_109 + input_101;  input_109 = input_101 = None
        input_110 = torch.nn.functional.relu(add_10, inplace = True);  add_10 = None
        input_111 = torch.conv2d(input_110, w190_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w190_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_112 = torch.nn.functional.batch_norm(input_111, w191_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_mean_, w192_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_var_, w193_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_weight_, w194_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_111 = w191_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_mean_ = w192_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_buffers_running_var_ = w193_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_weight_ = w194_l_self_modules_blocks_modules_11_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_113 = torch.nn.functional.relu(input_112, inplace = True);  input_112 = None
        input_114 = torch.conv2d(input_113, w195_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_113 = w195_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_115 = torch.nn.functional.batch_norm(input_114, w196_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_mean_, w197_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_var_, w198_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_weight_, w199_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_114 = w196_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_mean_ = w197_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_buffers_running_var_ = w198_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_weight_ = w199_l_self_modules_blocks_modules_11_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_116 = torch.nn.functional.relu(input_115, inplace = True);  input_115 = None
        input_117 = torch.conv2d(input_116, w200_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_116 = w200_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_118 = torch.nn.functional.batch_norm(input_117, w201_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_mean_, w202_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_var_, w203_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_weight_, w204_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_117 = w201_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_mean_ = w202_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_buffers_running_var_ = w203_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_weight_ = w204_l_self_modules_blocks_modules_11_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_11 = input_118 + input_110;  input_118 = input_110 = None
        input_119 = torch.nn.functional.relu(add_11, inplace = True);  add_11 = None
        input_120 = torch.conv2d(input_119, w205_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w205_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_121 = torch.nn.functional.batch_norm(input_120, w206_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_mean_, w207_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_var_, w208_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_weight_, w209_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_120 = w206_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_mean_ = w207_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_buffers_running_var_ = w208_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_weight_ = w209_l_self_modules_blocks_modules_12_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_122 = torch.nn.functional.relu(input_121, inplace = True);  input_121 = None
        input_123 = torch.conv2d(input_122, w210_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_122 = w210_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_124 = torch.nn.functional.batch_norm(input_123, w211_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_mean_, w212_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_var_, w213_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_weight_, w214_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_123 = w211_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_mean_ = w212_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_buffers_running_var_ = w213_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_weight_ = w214_l_self_modules_blocks_modules_12_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_125 = torch.nn.functional.relu(input_124, inplace = True);  input_124 = None
        input_126 = torch.conv2d(input_125, w215_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_125 = w215_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_127 = torch.nn.functional.batch_norm(input_126, w216_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_mean_, w217_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_var_, w218_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_weight_, w219_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_126 = w216_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_mean_ = w217_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_buffers_running_var_ = w218_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_weight_ = w219_l_self_modules_blocks_modules_12_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_12 = input_127 + input_119;  input_127 = input_119 = None
        input_128 = torch.nn.functional.relu(add_12, inplace = True);  add_12 = None
        input_129 = torch.conv2d(input_128, w220_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w220_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_130 = torch.nn.functional.batch_norm(input_129, w221_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_mean_, w222_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_var_, w223_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_weight_, w224_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_129 = w221_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_mean_ = w222_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_buffers_running_var_ = w223_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_weight_ = w224_l_self_modules_blocks_modules_13_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_131 = torch.nn.functional.relu(input_130, inplace = True);  input_130 = None
        input_132 = torch.conv2d(input_131, w225_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_131 = w225_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_133 = torch.nn.functional.batch_norm(input_132, w226_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_mean_, w227_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_var_, w228_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_weight_, w229_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_132 = w226_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_mean_ = w227_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_buffers_running_var_ = w228_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_weight_ = w229_l_self_modules_blocks_modules_13_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_134 = torch.nn.functional.relu(input_133, inplace = True);  input_133 = None
        input_135 = torch.conv2d(input_134, w230_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_134 = w230_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_136 = torch.nn.functional.batch_norm(input_135, w231_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_mean_, w232_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_var_, w233_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_weight_, w234_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_135 = w231_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_mean_ = w232_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_buffers_running_var_ = w233_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_weight_ = w234_l_self_modules_blocks_modules_13_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_13 = input_136 + input_128;  input_136 = input_128 = None
        input_137 = torch.nn.functional.relu(add_13, inplace = True);  add_13 = None
        input_138 = torch.conv2d(input_137, w235_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w235_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_139 = torch.nn.functional.batch_norm(input_138, w236_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_mean_, w237_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_var_, w238_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_weight_, w239_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_138 = w236_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_mean_ = w237_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_buffers_running_var_ = w238_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_weight_ = w239_l_self_modules_blocks_modules_14_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_140 = torch.nn.functional.relu(input_139, inplace = True);  input_139 = None
        input_141 = torch.conv2d(input_140, w240_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_140 = w240_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_142 = torch.nn.functional.batch_norm(input_141, w241_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_mean_, w242_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_var_, w243_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_weight_, w244_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_141 = w241_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_mean_ = w242_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_buffers_running_var_ = w243_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_weight_ = w244_l_self_modules_blocks_modules_14_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_143 = torch.nn.functional.relu(input_142, inplace = True);  input_142 = None
        input_144 = torch.conv2d(input_143, w245_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_143 = w245_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_145 = torch.nn.functional.batch_norm(input_144, w246_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_mean_, w247_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_var_, w248_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_weight_, w249_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_144 = w246_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_mean_ = w247_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_buffers_running_var_ = w248_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_weight_ = w249_l_self_modules_blocks_modules_14_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_14 = input_145 + input_137;  input_145 = input_137 = None
        input_146 = torch.nn.functional.relu(add_14, inplace = True);  add_14 = None
        input_147 = torch.conv2d(input_146, w250_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w250_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_148 = torch.nn.functional.batch_norm(input_147, w251_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_mean_, w252_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_var_, w253_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_weight_, w254_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_147 = w251_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_mean_ = w252_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_buffers_running_var_ = w253_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_weight_ = w254_l_self_modules_blocks_modules_15_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_149 = torch.nn.functional.relu(input_148, inplace = True);  input_148 = None
        input_150 = torch.conv2d(input_149, w255_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_149 = w255_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_151 = torch.nn.functional.batch_norm(input_150, w256_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_mean_, w257_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_var_, w258_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_weight_, w259_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_150 = w256_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_mean_ = w257_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_buffers_running_var_ = w258_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_weight_ = w259_l_self_modules_blocks_modules_15_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_152 = torch.nn.functional.relu(input_151, inplace = True);  input_151 = None
        input_153 = torch.conv2d(input_152, w260_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_152 = w260_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_154 = torch.nn.functional.batch_norm(input_153, w261_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_mean_, w262_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_var_, w263_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_weight_, w264_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_153 = w261_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_mean_ = w262_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_buffers_running_var_ = w263_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_weight_ = w264_l_self_modules_blocks_modules_15_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_15 = input_154 + input_146;  input_154 = input_146 = None
        input_155 = torch.nn.functional.relu(add_15, inplace = True);  add_15 = None
        input_156 = torch.conv2d(input_155, w265_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w265_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_157 = torch.nn.functional.batch_norm(input_156, w266_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_mean_, w267_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_var_, w268_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_weight_, w269_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_156 = w266_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_mean_ = w267_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_buffers_running_var_ = w268_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_weight_ = w269_l_self_modules_blocks_modules_16_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_158 = torch.nn.functional.relu(input_157, inplace = True);  input_157 = None
        input_159 = torch.conv2d(input_158, w270_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_158 = w270_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_160 = torch.nn.functional.batch_norm(input_159, w271_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_mean_, w272_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_var_, w273_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_weight_, w274_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_159 = w271_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_mean_ = w272_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_buffers_running_var_ = w273_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_weight_ = w274_l_self_modules_blocks_modules_16_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_161 = torch.nn.functional.relu(input_160, inplace = True);  input_160 = None
        input_162 = torch.conv2d(input_161, w275_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_161 = w275_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_163 = torch.nn.functional.batch_norm(input_162, w276_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_mean_, w277_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_var_, w278_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_weight_, w279_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_162 = w276_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_mean_ = w277_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_buffers_running_var_ = w278_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_weight_ = w279_l_self_modules_blocks_modules_16_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_16 = input_163 + input_155;  input_163 = input_155 = None
        input_164 = torch.nn.functional.relu(add_16, inplace = True);  add_16 = None
        input_165 = torch.conv2d(input_164, w280_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w280_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_166 = torch.nn.functional.batch_norm(input_165, w281_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_mean_, w282_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_var_, w283_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_weight_, w284_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_165 = w281_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_mean_ = w282_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_buffers_running_var_ = w283_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_weight_ = w284_l_self_modules_blocks_modules_17_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_167 = torch.nn.functional.relu(input_166, inplace = True);  input_166 = None
        input_168 = torch.conv2d(input_167, w285_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_167 = w285_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_169 = torch.nn.functional.batch_norm(input_168, w286_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_mean_, w287_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_var_, w288_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_weight_, w289_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_168 = w286_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_mean_ = w287_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_buffers_running_var_ = w288_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_weight_ = w289_l_self_modules_blocks_modules_17_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_170 = torch.nn.functional.relu(input_169, inplace = True);  input_169 = None
        input_171 = torch.conv2d(input_170, w290_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_170 = w290_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_172 = torch.nn.functional.batch_norm(input_171, w291_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_mean_, w292_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_var_, w293_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_weight_, w294_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_171 = w291_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_mean_ = w292_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_buffers_running_var_ = w293_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_weight_ = w294_l_self_modules_blocks_modules_17_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_17 = input_172 + input_164;  input_172 = input_164 = None
        input_173 = torch.nn.functional.relu(add_17, inplace = True);  add_17 = None
        input_174 = torch.conv2d(input_173, w295_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w295_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_175 = torch.nn.functional.batch_norm(input_174, w296_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_mean_, w297_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_var_, w298_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_weight_, w299_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_174 = w296_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_mean_ = w297_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_buffers_running_var_ = w298_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_weight_ = w299_l_self_modules_blocks_modules_18_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_176 = torch.nn.functional.relu(input_175, inplace = True);  input_175 = None
        input_177 = torch.conv2d(input_176, w300_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_176 = w300_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_178 = torch.nn.functional.batch_norm(input_177, w301_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_mean_, w302_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_var_, w303_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_weight_, w304_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_177 = w301_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_mean_ = w302_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_buffers_running_var_ = w303_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_weight_ = w304_l_self_modules_blocks_modules_18_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_179 = torch.nn.functional.relu(input_178, inplace = True);  input_178 = None
        input_180 = torch.conv2d(input_179, w305_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_179 = w305_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_181 = torch.nn.functional.batch_norm(input_180, w306_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_mean_, w307_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_var_, w308_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_weight_, w309_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_180 = w306_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_mean_ = w307_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_buffers_running_var_ = w308_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_weight_ = w309_l_self_modules_blocks_modules_18_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_18 = input_181 + input_173;  input_181 = input_173 = None
        input_182 = torch.nn.functional.relu(add_18, inplace = True);  add_18 = None
        input_183 = torch.conv2d(input_182, w310_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w310_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_184 = torch.nn.functional.batch_norm(input_183, w311_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_mean_, w312_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_var_, w313_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_weight_, w314_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_183 = w311_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_mean_ = w312_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_buffers_running_var_ = w313_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_weight_ = w314_l_self_modules_blocks_modules_19_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_185 = torch.nn.functional.relu(input_184, inplace = True);  input_184 = None
        input_186 = torch.conv2d(input_185, w315_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_185 = w315_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_187 = torch.nn.functional.batch_norm(input_186, w316_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_mean_, w317_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_var_, w318_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_weight_, w319_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_186 = w316_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_mean_ = w317_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_buffers_running_var_ = w318_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_weight_ = w319_l_self_modules_blocks_modules_19_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_188 = torch.nn.functional.relu(input_187, inplace = True);  input_187 = None
        input_189 = torch.conv2d(input_188, w320_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_188 = w320_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_190 = torch.nn.functional.batch_norm(input_189, w321_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_mean_, w322_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_var_, w323_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_weight_, w324_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_189 = w321_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_mean_ = w322_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_buffers_running_var_ = w323_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_weight_ = w324_l_self_modules_blocks_modules_19_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_19 = input_190 + input_182;  input_190 = input_182 = None
        input_191 = torch.nn.functional.relu(add_19, inplace = True);  add_19 = None
        input_192 = torch.conv2d(input_191, w325_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w325_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_193 = torch.nn.functional.batch_norm(input_192, w326_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_mean_, w327_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_var_, w328_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_weight_, w329_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_192 = w326_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_mean_ = w327_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_buffers_running_var_ = w328_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_weight_ = w329_l_self_modules_blocks_modules_20_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_194 = torch.nn.functional.relu(input_193, inplace = True);  input_193 = None
        input_195 = torch.conv2d(input_194, w330_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_194 = w330_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_196 = torch.nn.functional.batch_norm(input_195, w331_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_mean_, w332_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_var_, w333_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_weight_, w334_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_195 = w331_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_mean_ = w332_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_buffers_running_var_ = w333_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_weight_ = w334_l_self_modules_blocks_modules_20_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_197 = torch.nn.functional.relu(input_196, inplace = True);  input_196 = None
        input_198 = torch.conv2d(input_197, w335_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_197 = w335_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_199 = torch.nn.functional.batch_norm(input_198, w336_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_mean_, w337_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_var_, w338_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_weight_, w339_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_198 = w336_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_mean_ = w337_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_buffers_running_var_ = w338_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_weight_ = w339_l_self_modules_blocks_modules_20_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_20 = input_199 + input_191;  input_199 = input_191 = None
        input_200 = torch.nn.functional.relu(add_20, inplace = True);  add_20 = None
        input_201 = torch.conv2d(input_200, w340_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  w340_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_0_parameters_weight_ = None
        input_202 = torch.nn.functional.batch_norm(input_201, w341_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_mean_, w342_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_var_, w343_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_weight_, w344_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_201 = w341_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_mean_ = w342_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_buffers_running_var_ = w343_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_weight_ = w344_l_self_modules_blocks_modules_21_modules_body_modules_0_modules_1_parameters_bias_ = None
        input_203 = torch.nn.functional.relu(input_202, inplace = True);  input_202 = None
        input_204 = torch.conv2d(input_203, w345_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_0_parameters_weight_, None, (1, 1), (1, 1), (1, 1), 24);  input_203 = w345_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_0_parameters_weight_ = None
        input_205 = torch.nn.functional.batch_norm(input_204, w346_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_mean_, w347_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_var_, w348_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_weight_, w349_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_204 = w346_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_mean_ = w347_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_buffers_running_var_ = w348_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_weight_ = w349_l_self_modules_blocks_modules_21_modules_body_modules_1_modules_1_parameters_bias_ = None
        input_206 = torch.nn.functional.relu(input_205, inplace = True);  input_205 = None
        input_207 = torch.conv2d(input_206, w350_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_0_parameters_weight_, None, (1, 1), (0, 0), (1, 1), 1);  input_206 = w350_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_0_parameters_weight_ = None
        input_208 = torch.nn.functional.batch_norm(input_207, w351_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_mean_, w352_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_var_, w353_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_weight_, w354_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_bias_, False, 0.1, 1e-05);  input_207 = w351_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_mean_ = w352_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_buffers_running_var_ = w353_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_weight_ = w354_l_self_modules_blocks_modules_21_modules_body_modules_2_modules_1_parameters_bias_ = None
        add_21 = input_208 + input_200;  input_208 = input_200 = None
        input_209 = torch.nn.functional.relu(add_21, inplace = True);  add_21 = None
        mean = input_209.mean((2, 3));  input_209 = None
        linear = torch._C._nn.linear(mean, w355_l_self_modules_fc_parameters_weight_, w356_l_self_modules_fc_parameters_bias_);  mean = w355_l_self_modules_fc_parameters_weight_ = w356_l_self_modules_fc_parameters_bias_ = None
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
        _pike_tensor((8, 3, 224, 224), (150528, 50176, 224, 1), torch.float32, 'normal', -0.0010572827886790037, 0.9998416304588318),
    ]


def get_init_inputs():
    return []


# ------------------------------------------------------------------------------------------------
# pike offline agent: inductor-default+cuda-graph+freeze
# pike-offline-recipe: {"applied": ["inductor-default", "cuda-graph", "freeze"], "channels_last": false, "contiguous": false, "cuda_graph": true, "fold_bn": false, "freeze": true, "inductor_mode": "default", "kernel_fp32": false, "path": "inductor", "precision": "fp32", "triton": false, "tuning": []}
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

_PK_SPEC = {'path': 'inductor', 'args': [], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': False, 'autocast': None, 'inductor_mode': 'default', 'freeze': True, 'tune_convs': False, 'inputs': [[[8, 3, 224, 224], 'torch.float32']]}


class ModelNew(Model):
    """inductor-default+cuda-graph+freeze: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, None)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
