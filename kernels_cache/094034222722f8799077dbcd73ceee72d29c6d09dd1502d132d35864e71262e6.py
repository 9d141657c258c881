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
        self.register_buffer('w0_l_self_modules_layers_modules_0_parameters_w_ih_', _pike_tensor((768, 128), (128, 1), torch.float32, 'normal', 4.48219507234171e-05, 0.036031220108270645))
        self.register_buffer('w1_l_self_modules_layers_modules_0_parameters_w_hh_', _pike_tensor((768, 256), (256, 1), torch.float32, 'normal', -6.963633495615795e-06, 0.03612666204571724))
        self.register_buffer('w2_l_self_modules_layers_modules_1_parameters_w_ih_', _pike_tensor((768, 256), (256, 1), torch.float32, 'normal', 0.0001639747351873666, 0.03610047698020935))
        self.register_buffer('w3_l_self_modules_layers_modules_1_parameters_w_hh_', _pike_tensor((768, 256), (256, 1), torch.float32, 'normal', 4.2658553866203874e-05, 0.036055997014045715))
        self.register_buffer('w4_l_self_modules_layers_modules_0_parameters_b_ih_', _pike_tensor((768,), (1,), torch.float32, 'normal', -0.0012791284825652838, 0.03446313366293907))
        self.register_buffer('w5_l_self_modules_layers_modules_0_parameters_b_hh_', _pike_tensor((768,), (1,), torch.float32, 'normal', -1.2520235031843185e-05, 0.036490365862846375))
        self.register_buffer('w6_l_self_modules_layers_modules_1_parameters_b_hh_', _pike_tensor((768,), (1,), torch.float32, 'normal', -0.0005097509711049497, 0.035751186311244965))
        self.register_buffer('w7_l_self_modules_layers_modules_1_parameters_b_ih_', _pike_tensor((768,), (1,), torch.float32, 'normal', -0.0024813502095639706, 0.03531492501497269))

    def forward(self, l_h0_ : torch.Tensor, l_x_ : torch.Tensor):
        w0_l_self_modules_layers_modules_0_parameters_w_ih_ = self.w0_l_self_modules_layers_modules_0_parameters_w_ih_
        w1_l_self_modules_layers_modules_0_parameters_w_hh_ = self.w1_l_self_modules_layers_modules_0_parameters_w_hh_
        w2_l_self_modules_layers_modules_1_parameters_w_ih_ = self.w2_l_self_modules_layers_modules_1_parameters_w_ih_
        w3_l_self_modules_layers_modules_1_parameters_w_hh_ = self.w3_l_self_modules_layers_modules_1_parameters_w_hh_
        w4_l_self_modules_layers_modules_0_parameters_b_ih_ = self.w4_l_self_modules_layers_modules_0_parameters_b_ih_
        w5_l_self_modules_layers_modules_0_parameters_b_hh_ = self.w5_l_self_modules_layers_modules_0_parameters_b_hh_
        w6_l_self_modules_layers_modules_1_parameters_b_hh_ = self.w6_l_self_modules_layers_modules_1_parameters_b_hh_
        w7_l_self_modules_layers_modules_1_parameters_b_ih_ = self.w7_l_self_modules_layers_modules_1_parameters_b_ih_
        getitem = l_h0_[0]
        getitem_1 = l_x_[0]
        t = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_1 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_8 = l_x_[1]
        t_2 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_3 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_15 = l_x_[2]
        t_4 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_5 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_22 = l_x_[3]
        t_6 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_7 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_29 = l_x_[4]
        t_8 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_9 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_36 = l_x_[5]
        t_10 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_11 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_43 = l_x_[6]
        t_12 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_13 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_50 = l_x_[7]
        t_14 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_15 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_57 = l_x_[8]
        t_16 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_17 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_64 = l_x_[9]
        t_18 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_19 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_71 = l_x_[10]
        t_20 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_21 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_78 = l_x_[11]
        t_22 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_23 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_85 = l_x_[12]
        t_24 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_25 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_92 = l_x_[13]
        t_26 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_27 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_99 = l_x_[14]
        t_28 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_29 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_106 = l_x_[15]
        t_30 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_31 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_113 = l_x_[16]
        t_32 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_33 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_120 = l_x_[17]
        t_34 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_35 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_127 = l_x_[18]
        t_36 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_37 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_134 = l_x_[19]
        t_38 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_39 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_141 = l_x_[20]
        t_40 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_41 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_148 = l_x_[21]
        t_42 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_43 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_155 = l_x_[22]
        t_44 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_45 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_162 = l_x_[23]
        t_46 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_47 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_169 = l_x_[24]
        t_48 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_49 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_176 = l_x_[25]
        t_50 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_51 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_183 = l_x_[26]
        t_52 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_53 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_190 = l_x_[27]
        t_54 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_55 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_197 = l_x_[28]
        t_56 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_57 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_204 = l_x_[29]
        t_58 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_59 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_211 = l_x_[30]
        t_60 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_61 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_218 = l_x_[31];  l_x_ = None
        t_62 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t();  w0_l_self_modules_layers_modules_0_parameters_w_ih_ = None
        t_63 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t();  w1_l_self_modules_layers_modules_0_parameters_w_hh_ = None
        getitem_225 = l_h0_[1];  l_h0_ = None
        t_64 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_65 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_66 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_67 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_68 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_69 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_70 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_71 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_72 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_73 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_74 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_75 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_76 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_77 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_78 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_79 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_80 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_81 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_82 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_83 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_84 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_85 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_86 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_87 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_88 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_89 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_90 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_91 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_92 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_93 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_94 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_95 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_96 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_97 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_98 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_99 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_100 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_101 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_102 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_103 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_104 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_105 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_106 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_107 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_108 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_109 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_110 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_111 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_112 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_113 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_114 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_115 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_116 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_117 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_118 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_119 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_120 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_121 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_122 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_123 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_124 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t()
        t_125 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t()
        t_126 = w2_l_self_modules_layers_modules_1_parameters_w_ih_.t();  w2_l_self_modules_layers_modules_1_parameters_w_ih_ = None
        t_127 = w3_l_self_modules_layers_modules_1_parameters_w_hh_.t();  w3_l_self_modules_layers_modules_1_parameters_w_hh_ = None
        matmul = getitem_1 @ t;  getitem_1 = t = None
        matmul_1 = getitem @ t_1;  t_1 = None
        matmul_2 = getitem_8 @ t_2;  getitem_8 = t_2 = None
        matmul_4 = getitem_15 @ t_4;  getitem_15 = t_4 = None
        matmul_6 = getitem_22 @ t_6;  getitem_22 = t_6 = None
        matmul_8 = getitem_29 @ t_8;  getitem_29 = t_8 = None
        matmul_10 = getitem_36 @ t_10;  getitem_36 = t_10 = None
        matmul_12 = getitem_43 @ t_12;  getitem_43 = t_12 = None
        matmul_14 = getitem_50 @ t_14;  getitem_50 = t_14 = None
        matmul_16 = getitem_57 @ t_16;  getitem_57 = t_16 = None
        matmul_18 = getitem_64 @ t_18;  getitem_64 = t_18 = None
        matmul_20 = getitem_71 @ t_20;  getitem_71 = t_20 = None
        matmul_22 = getitem_78 @ t_22;  getitem_78 = t_22 = None
        matmul_24 = getitem_85 @ t_24;  getitem_85 = t_24 = None
        matmul_26 = getitem_92 @ t_26;  getitem_92 = t_26 = None
        matmul_28 = getitem_99 @ t_28;  getitem_99 = t_28 = None
        matmul_30 = getitem_106 @ t_30;  getitem_106 = t_30 = None
        matmul_32 = getitem_113 @ t_32;  getitem_113 = t_32 = None
        matmul_34 = getitem_120 @ t_34;  getitem_120 = t_34 = None
        matmul_36 = getitem_127 @ t_36;  getitem_127 = t_36 = None
        matmul_38 = getitem_134 @ t_38;  getitem_134 = t_38 = None
        matmul_40 = getitem_141 @ t_40;  getitem_141 = t_40 = None
        matmul_42 = getitem_148 @ t_42;  getitem_148 = t_42 = None
        matmul_44 = getitem_155 @ t_44;  getitem_155 = t_44 = None
        matmul_46 = getitem_162 @ t_46;  getitem_162 = t_46 = None
        matmul_48 = getitem_169 @ t_48;  getitem_169 = t_48 = None
        matmul_50 = getitem_176 @ t_50;  getitem_176 = t_50 = None
        matmul_52 = getitem_183 @ t_52;  getitem_183 = t_52 = None
        matmul_54 = getitem_190 @ t_54;  getitem_190 = t_54 = None
        matmul_56 = getitem_197 @ t_56;  getitem_197 = t_56 = None
        matmul_58 = getitem_204 @ t_58;  getitem_204 = t_58 = None
        matmul_60 = getitem_211 @ t_60;  getitem_211 = t_60 = None
        matmul_62 = getitem_218 @ t_62;  getitem_218 = t_62 = None
        matmul_65 = getitem_225 @ t_65;  t_65 = None
        add = matmul + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul = None
        add_1 = matmul_1 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_1 = None
        add_6 = matmul_2 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_2 = None
        add_12 = matmul_4 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_4 = None
        add_18 = matmul_6 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_6 = None
        add_24 = matmul_8 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_8 = None
        add_30 = matmul_10 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_10 = None
        add_36 = matmul_12 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_12 = None
        add_42 = matmul_14 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_14 = None
        add_48 = matmul_16 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_16 = None
        add_54 = matmul_18 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_18 = None
        add_60 = matmul_20 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_20 = None
        add_66 = matmul_22 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_22 = None
        add_72 = matmul_24 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_24 = None
        add_78 = matmul_26 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_26 = None
        add_84 = matmul_28 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_28 = None
        add_90 = matmul_30 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_30 = None
        add_96 = matmul_32 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_32 = None
        add_102 = matmul_34 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_34 = None
        add_108 = matmul_36 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_36 = None
        add_114 = matmul_38 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_38 = None
        add_120 = matmul_40 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_40 = None
        add_126 = matmul_42 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_42 = None
        add_132 = matmul_44 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_44 = None
        add_138 = matmul_46 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_46 = None
        add_144 = matmul_48 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_48 = None
        add_150 = matmul_50 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_50 = None
        add_156 = matmul_52 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_52 = None
        add_162 = matmul_54 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_54 = None
        add_168 = matmul_56 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_56 = None
        add_174 = matmul_58 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_58 = None
        add_180 = matmul_60 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_60 = None
        add_186 = matmul_62 + w4_l_self_modules_layers_modules_0_parameters_b_ih_;  matmul_62 = w4_l_self_modules_layers_modules_0_parameters_b_ih_ = None
        add_193 = matmul_65 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_65 = None
        chunk = add.chunk(3, dim = 1);  add = None
        chunk_1 = add_1.chunk(3, dim = 1);  add_1 = None
        chunk_2 = add_6.chunk(3, dim = 1);  add_6 = None
        chunk_4 = add_12.chunk(3, dim = 1);  add_12 = None
        chunk_6 = add_18.chunk(3, dim = 1);  add_18 = None
        chunk_8 = add_24.chunk(3, dim = 1);  add_24 = None
        chunk_10 = add_30.chunk(3, dim = 1);  add_30 = None
        chunk_12 = add_36.chunk(3, dim = 1);  add_36 = None
        chunk_14 = add_42.chunk(3, dim = 1);  add_42 = None
        chunk_16 = add_48.chunk(3, dim = 1);  add_48 = None
        chunk_18 = add_54.chunk(3, dim = 1);  add_54 = None
        chunk_20 = add_60.chunk(3, dim = 1);  add_60 = None
        chunk_22 = add_66.chunk(3, dim = 1);  add_66 = None
        chunk_24 = add_72.chunk(3, dim = 1);  add_72 = None
        chunk_26 = add_78.chunk(3, dim = 1);  add_78 = None
        chunk_28 = add_84.chunk(3, dim = 1);  add_84 = None
        chunk_30 = add_90.chunk(3, dim = 1);  add_90 = None
        chunk_32 = add_96.chunk(3, dim = 1);  add_96 = None
        chunk_34 = add_102.chunk(3, dim = 1);  add_102 = None
        chunk_36 = add_108.chunk(3, dim = 1);  add_108 = None
        chunk_38 = add_114.chunk(3, dim = 1);  add_114 = None
        chunk_40 = add_120.chunk(3, dim = 1);  add_120 = None
        chunk_42 = add_126.chunk(3, dim = 1);  add_126 = None
        chunk_44 = add_132.chunk(3, dim = 1);  add_132 = None
        chunk_46 = add_138.chunk(3, dim = 1);  add_138 = None
        chunk_48 = add_144.chunk(3, dim = 1);  add_144 = None
        chunk_50 = add_150.chunk(3, dim = 1);  add_150 = None
        chunk_52 = add_156.chunk(3, dim = 1);  add_156 = None
        chunk_54 = add_162.chunk(3, dim = 1);  add_162 = None
        chunk_56 = add_168.chunk(3, dim = 1);  add_168 = None
        chunk_58 = add_174.chunk(3, dim = 1);  add_174 = None
        chunk_60 = add_180.chunk(3, dim = 1);  add_180 = None
        chunk_62 = add_186.chunk(3, dim = 1);  add_186 = None
        chunk_65 = add_193.chunk(3, dim = 1);  add_193 = None
        r_x = chunk[0]
        z_x = chunk[1]
        n_x = chunk[2];  chunk = None
        r_h = chunk_1[0]
        z_h = chunk_1[1]
        n_h = chunk_1[2];  chunk_1 = None
        r_x_1 = chunk_2[0]
        z_x_1 = chunk_2[1]
        n_x_1 = chunk_2[2];  chunk_2 = None
        r_x_2 = chunk_4[0]
        z_x_2 = chunk_4[1]
        n_x_2 = chunk_4[2];  chunk_4 = None
        r_x_3 = chunk_6[0]
        z_x_3 = chunk_6[1]
        n_x_3 = chunk_6[2];  chunk_6 = None
        r_x_4 = chunk_8[0]
        z_x_4 = chunk_8[1]
        n_x_4 = chunk_8[2];  chunk_8 = None
        r_x_5 = chunk_10[0]
        z_x_5 = chunk_10[1]
        n_x_5 = chunk_10[2];  chunk_10 = None
        r_x_6 = chunk_12[0]
        z_x_6 = chunk_12[1]
        n_x_6 = chunk_12[2];  chunk_12 = None
        r_x_7 = chunk_14[0]
        z_x_7 = chunk_14[1]
        n_x_7 = chunk_14[2];  chunk_14 = None
        r_x_8 = chunk_16[0]
        z_x_8 = chunk_16[1]
        n_x_8 = chunk_16[2];  chunk_16 = None
        r_x_9 = chunk_18[0]
        z_x_9 = chunk_18[1]
        n_x_9 = chunk_18[2];  chunk_18 = None
        r_x_10 = chunk_20[0]
        z_x_10 = chunk_20[1]
        n_x_10 = chunk_20[2];  chunk_20 = None
        r_x_11 = chunk_22[0]
        z_x_11 = chunk_22[1]
        n_x_11 = chunk_22[2];  chunk_22 = None
        r_x_12 = chunk_24[0]
        z_x_12 = chunk_24[1]
        n_x_12 = chunk_24[2];  chunk_24 = None
        r_x_13 = chunk_26[0]
        z_x_13 = chunk_26[1]
        n_x_13 = chunk_26[2];  chunk_26 = None
        r_x_14 = chunk_28[0]
        z_x_14 = chunk_28[1]
        n_x_14 = chunk_28[2];  chunk_28 = None
        r_x_15 = chunk_30[0]
        z_x_15 = chunk_30[1]
        n_x_15 = chunk_30[2];  chunk_30 = None
        r_x_16 = chunk_32[0]
        z_x_16 = chunk_32[1]
        n_x_16 = chunk_32[2];  chunk_32 = None
        r_x_17 = chunk_34[0]
        z_x_17 = chunk_34[1]
        n_x_17 = chunk_34[2];  chunk_34 = None
        r_x_18 = chunk_36[0]
        z_x_18 = chunk_36[1]
        n_x_18 = chunk_36[2];  chunk_36 = None
        r_x_19 = chunk_38[0]
        z_x_19 = chunk_38[1]
        n_x_19 = chunk_38[2];  chunk_38 = None
        r_x_20 = chunk_40[0]
        z_x_20 = chunk_40[1]
        n_x_20 = chunk_40[2];  chunk_40 = None
        r_x_21 = chunk_42[0]
        z_x_21 = chunk_42[1]
        n_x_21 = chunk_42[2];  chunk_42 = None
        r_x_22 = chunk_44[0]
        z_x_22 = chunk_44[1]
        n_x_22 = chunk_44[2];  chunk_44 = None
        r_x_23 = chunk_46[0]
        z_x_23 = chunk_46[1]
        n_x_23 = chunk_46[2];  chunk_46 = None
        r_x_24 = chunk_48[0]
        z_x_24 = chunk_48[1]
        n_x_24 = chunk_48[2];  chunk_48 = None
        r_x_25 = chunk_50[0]
        z_x_25 = chunk_50[1]
        n_x_25 = chunk_50[2];  chunk_50 = None
        r_x_26 = chunk_52[0]
        z_x_26 = chunk_52[1]
        n_x_26 = chunk_52[2];  chunk_52 = None
        r_x_27 = chunk_54[0]
        z_x_27 = chunk_54[1]
        n_x_27 = chunk_54[2];  chunk_54 = None
        r_x_28 = chunk_56[0]
        z_x_28 = chunk_56[1]
        n_x_28 = chunk_56[2];  chunk_56 = None
        r_x_29 = chunk_58[0]
        z_x_29 = chunk_58[1]
        n_x_29 = chunk_58[2];  chunk_58 = None
        r_x_30 = chunk_60[0]
        z_x_30 = chunk_60[1]
        n_x_30 = chunk_60[2];  chunk_60 = None
        r_x_31 = chunk_62[0]
        z_x_31 = chunk_62[1]
        n_x_31 = chunk_62[2];  chunk_62 = None
        r_h_32 = chunk_65[0]
        z_h_32 = chunk_65[1]
        n_h_32 = chunk_65[2];  chunk_65 = None
        add_2 = r_x + r_h;  r_x = r_h = None
        add_3 = z_x + z_h;  z_x = z_h = None
        r = torch.sigmoid(add_2);  add_2 = None
        z = torch.sigmoid(add_3);  add_3 = None
        mul = r * n_h;  r = n_h = None
        sub = 1 - z
        mul_2 = z * getitem;  z = getitem = None
        add_4 = n_x + mul;  n_x = mul = None
        n = torch.tanh(add_4);  add_4 = None
        mul_1 = sub * n;  sub = n = None
        h = mul_1 + mul_2;  mul_1 = mul_2 = None
        matmul_3 = h @ t_3;  t_3 = None
        add_7 = matmul_3 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_3 = None
        chunk_3 = add_7.chunk(3, dim = 1);  add_7 = None
        r_h_1 = chunk_3[0]
        z_h_1 = chunk_3[1]
        n_h_1 = chunk_3[2];  chunk_3 = None
        add_8 = r_x_1 + r_h_1;  r_x_1 = r_h_1 = None
        add_9 = z_x_1 + z_h_1;  z_x_1 = z_h_1 = None
        r_1 = torch.sigmoid(add_8);  add_8 = None
        z_1 = torch.sigmoid(add_9);  add_9 = None
        mul_3 = r_1 * n_h_1;  r_1 = n_h_1 = None
        sub_1 = 1 - z_1
        mul_5 = z_1 * h;  z_1 = None
        add_10 = n_x_1 + mul_3;  n_x_1 = mul_3 = None
        n_1 = torch.tanh(add_10);  add_10 = None
        mul_4 = sub_1 * n_1;  sub_1 = n_1 = None
        h_1 = mul_4 + mul_5;  mul_4 = mul_5 = None
        matmul_5 = h_1 @ t_5;  t_5 = None
        add_13 = matmul_5 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_5 = None
        chunk_5 = add_13.chunk(3, dim = 1);  add_13 = None
        r_h_2 = chunk_5[0]
        z_h_2 = chunk_5[1]
        n_h_2 = chunk_5[2];  chunk_5 = None
        add_14 = r_x_2 + r_h_2;  r_x_2 = r_h_2 = None
        add_15 = z_x_2 + z_h_2;  z_x_2 = z_h_2 = None
        r_2 = torch.sigmoid(add_14);  add_14 = None
        z_2 = torch.sigmoid(add_15);  add_15 = None
        mul_6 = r_2 * n_h_2;  r_2 = n_h_2 = None
        sub_2 = 1 - z_2
        mul_8 = z_2 * h_1;  z_2 = None
        add_16 = n_x_2 + mul_6;  n_x_2 = mul_6 = None
        n_2 = torch.tanh(add_16);  add_16 = None
        mul_7 = sub_2 * n_2;  sub_2 = n_2 = None
        h_2 = mul_7 + mul_8;  mul_7 = mul_8 = None
        matmul_7 = h_2 @ t_7;  t_7 = None
        add_19 = matmul_7 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_7 = None
        chunk_7 = add_19.chunk(3, dim = 1);  add_19 = None
        r_h_3 = chunk_7[0]
        z_h_3 = chunk_7[1]
        n_h_3 = chunk_7[2];  chunk_7 = None
        add_20 = r_x_3 + r_h_3;  r_x_3 = r_h_3 = None
        add_21 = z_x_3 + z_h_3;  z_x_3 = z_h_3 = None
        r_3 = torch.sigmoid(add_20);  add_20 = None
        z_3 = torch.sigmoid(add_21);  add_21 = None
        mul_9 = r_3 * n_h_3;  r_3 = n_h_3 = None
        sub_3 = 1 - z_3
        mul_11 = z_3 * h_2;  z_3 = None
        add_22 = n_x_3 + mul_9;  n_x_3 = mul_9 = None
        n_3 = torch.tanh(add_22);  add_22 = None
        mul_10 = sub_3 * n_3;  sub_3 = n_3 = None
        h_3 = mul_10 + mul_11;  mul_10 = mul_11 = None
        matmul_9 = h_3 @ t_9;  t_9 = None
        add_25 = matmul_9 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_9 = None
        chunk_9 = add_25.chunk(3, dim = 1);  add_25 = None
        r_h_4 = chunk_9[0]
        z_h_4 = chunk_9[1]
        n_h_4 = chunk_9[2];  chunk_9 = None
        add_26 = r_x_4 + r_h_4;  r_x_4 = r_h_4 = None
        add_27 = z_x_4 + z_h_4;  z_x_4 = z_h_4 = None
        r_4 = torch.sigmoid(add_26);  add_26 = None
        z_4 = torch.sigmoid(add_27);  add_27 = None
        mul_12 = r_4 * n_h_4;  r_4 = n_h_4 = None
        sub_4 = 1 - z_4
        mul_14 = z_4 * h_3;  z_4 = None
        add_28 = n_x_4 + mul_12;  n_x_4 = mul_12 = None
        n_4 = torch.tanh(add_28);  add_28 = None
        mul_13 = sub_4 * n_4;  sub_4 = n_4 = None
        h_4 = mul_13 + mul_14;  mul_13 = mul_14 = None
        matmul_11 = h_4 @ t_11;  t_11 = None
        add_31 = matmul_11 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_11 = None
        chunk_11 = add_31.chunk(3, dim = 1);  add_31 = None
        r_h_5 = chunk_11[0]
        z_h_5 = chunk_11[1]
        n_h_5 = chunk_11[2];  chunk_11 = None
        add_32 = r_x_5 + r_h_5;  r_x_5 = r_h_5 = None
        add_33 = z_x_5 + z_h_5;  z_x_5 = z_h_5 = None
        r_5 = torch.sigmoid(add_32);  add_32 = None
        z_5 = torch.sigmoid(add_33);  add_33 = None
        mul_15 = r_5 * n_h_5;  r_5 = n_h_5 = None
        sub_5 = 1 - z_5
        mul_17 = z_5 * h_4;  z_5 = None
        add_34 = n_x_5 + mul_15;  n_x_5 = mul_15 = None
        n_5 = torch.tanh(add_34);  add_34 = None
        mul_16 = sub_5 * n_5;  sub_5 = n_5 = None
        h_5 = mul_16 + mul_17;  mul_16 = mul_17 = None
        matmul_13 = h_5 @ t_13;  t_13 = None
        add_37 = matmul_13 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_13 = None
        chunk_13 = add_37.chunk(3, dim = 1);  add_37 = None
        r_h_6 = chunk_13[0]
        z_h_6 = chunk_13[1]
        n_h_6 = chunk_13[2];  chunk_13 = None
        add_38 = r_x_6 + r_h_6;  r_x_6 = r_h_6 = None
        add_39 = z_x_6 + z_h_6;  z_x_6 = z_h_6 = None
        r_6 = torch.sigmoid(add_38);  add_38 = None
        z_6 = torch.sigmoid(add_39);  add_39 = None
        mul_18 = r_6 * n_h_6;  r_6 = n_h_6 = None
        sub_6 = 1 - z_6
        mul_20 = z_6 * h_5;  z_6 = None
        add_40 = n_x_6 + mul_18;  n_x_6 = mul_18 = None
        n_6 = torch.tanh(add_40);  add_40 = None
        mul_19 = sub_6 * n_6;  sub_6 = n_6 = None
        h_6 = mul_19 + mul_20;  mul_19 = mul_20 = None
        matmul_15 = h_6 @ t_15;  t_15 = None
        add_43 = matmul_15 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_15 = None
        chunk_15 = add_43.chunk(3, dim = 1);  add_43 = None
        r_h_7 = chunk_15[0]
        z_h_7 = chunk_15[1]
        n_h_7 = chunk_15[2];  chunk_15 = None
        add_44 = r_x_7 + r_h_7;  r_x_7 = r_h_7 = None
        add_45 = z_x_7 + z_h_7;  z_x_7 = z_h_7 = None
        r_7 = torch.sigmoid(add_44);  add_44 = None
        z_7 = torch.sigmoid(add_45);  add_45 = None
        mul_21 = r_7 * n_h_7;  r_7 = n_h_7 = None
        sub_7 = 1 - z_7
        mul_23 = z_7 * h_6;  z_7 = None
        add_46 = n_x_7 + mul_21;  n_x_7 = mul_21 = None
        n_7 = torch.tanh(add_46);  add_46 = None
        mul_22 = sub_7 * n_7;  sub_7 = n_7 = None
        h_7 = mul_22 + mul_23;  mul_22 = mul_23 = None
        matmul_17 = h_7 @ t_17;  t_17 = None
        add_49 = matmul_17 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_17 = None
        chunk_17 = add_49.chunk(3, dim = 1);  add_49 = None
        r_h_8 = chunk_17[0]
        z_h_8 = chunk_17[1]
        n_h_8 = chunk_17[2];  chunk_17 = None
        add_50 = r_x_8 + r_h_8;  r_x_8 = r_h_8 = None
        add_51 = z_x_8 + z_h_8;  z_x_8 = z_h_8 = None
        r_8 = torch.sigmoid(add_50);  add_50 = None
        z_8 = torch.sigmoid(add_51);  add_51 = None
        mul_24 = r_8 * n_h_8;  r_8 = n_h_8 = None
        sub_8 = 1 - z_8
        mul_26 = z_8 * h_7;  z_8 = None
        add_52 = n_x_8 + mul_24;  n_x_8 = mul_24 = None
        n_8 = torch.tanh(add_52);  add_52 = None
        mul_25 = sub_8 * n_8;  sub_8 = n_8 = None
        h_8 = mul_25 + mul_26;  mul_25 = mul_26 = None
        matmul_19 = h_8 @ t_19;  t_19 = None
        add_55 = matmul_19 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_19 = None
        chunk_19 = add_55.chunk(3, dim = 1);  add_55 = None
        r_h_9 = chunk_19[0]
        z_h_9 = chunk_19[1]
        n_h_9 = chunk_19[2];  chunk_19 = None
        add_56 = r_x_9 + r_h_9;  r_x_9 = r_h_9 = None
        add_57 = z_x_9 + z_h_9;  z_x_9 = z_h_9 = None
        r_9 = torch.sigmoid(add_56);  add_56 = None
        z_9 = torch.sigmoid(add_57);  add_57 = None
        mul_27 = r_9 * n_h_9;  r_9 = n_h_9 = None
        sub_9 = 1 - z_9
        mul_29 = z_9 * h_8;  z_9 = None
        add_58 = n_x_9 + mul_27;  n_x_9 = mul_27 = None
        n_9 = torch.tanh(add_58);  add_58 = None
        mul_28 = sub_9 * n_9;  sub_9 = n_9 = None
        h_9 = mul_28 + mul_29;  mul_28 = mul_29 = None
        matmul_21 = h_9 @ t_21;  t_21 = None
        add_61 = matmul_21 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_21 = None
        chunk_21 = add_61.chunk(3, dim = 1);  add_61 = None
        r_h_10 = chunk_21[0]
        z_h_10 = chunk_21[1]
        n_h_10 = chunk_21[2];  chunk_21 = None
        add_62 = r_x_10 + r_h_10;  r_x_10 = r_h_10 = None
        add_63 = z_x_10 + z_h_10;  z_x_10 = z_h_10 = None
        r_10 = torch.sigmoid(add_62);  add_62 = None
        z_10 = torch.sigmoid(add_63);  add_63 = None
        mul_30 = r_10 * n_h_10;  r_10 = n_h_10 = None
        sub_10 = 1 - z_10
        mul_32 = z_10 * h_9;  z_10 = None
        add_64 = n_x_10 + mul_30;  n_x_10 = mul_30 = None
        n_10 = torch.tanh(add_64);  add_64 = None
        mul_31 = sub_10 * n_10;  sub_10 = n_10 = None
        h_10 = mul_31 + mul_32;  mul_31 = mul_32 = None
        matmul_23 = h_10 @ t_23;  t_23 = None
        add_67 = matmul_23 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_23 = None
        chunk_23 = add_67.chunk(3, dim = 1);  add_67 = None
        r_h_11 = chunk_23[0]
        z_h_11 = chunk_23[1]
        n_h_11 = chunk_23[2];  chunk_23 = None
        add_68 = r_x_11 + r_h_11;  r_x_11 = r_h_11 = None
        add_69 = z_x_11 + z_h_11;  z_x_11 = z_h_11 = None
        r_11 = torch.sigmoid(add_68);  add_68 = None
        z_11 = torch.sigmoid(add_69);  add_69 = None
        mul_33 = r_11 * n_h_11;  r_11 = n_h_11 = None
        sub_11 = 1 - z_11
        mul_35 = z_11 * h_10;  z_11 = None
        add_70 = n_x_11 + mul_33;  n_x_11 = mul_33 = None
        n_11 = torch.tanh(add_70);  add_70 = None
        mul_34 = sub_11 * n_11;  sub_11 = n_11 = None
        h_11 = mul_34 + mul_35;  mul_34 = mul_35 = None
        matmul_25 = h_11 @ t_25;  t_25 = None
        add_73 = matmul_25 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_25 = None
        chunk_25 = add_73.chunk(3, dim = 1);  add_73 = None
        r_h_12 = chunk_25[0]
        z_h_12 = chunk_25[1]
        n_h_12 = chunk_25[2];  chunk_25 = None
        add_74 = r_x_12 + r_h_12;  r_x_12 = r_h_12 = None
        add_75 = z_x_12 + z_h_12;  z_x_12 = z_h_12 = None
        r_12 = torch.sigmoid(add_74);  add_74 = None
        z_12 = torch.sigmoid(add_75);  add_75 = None
        mul_36 = r_12 * n_h_12;  r_12 = n_h_12 = None
        sub_12 = 1 - z_12
        mul_38 = z_12 * h_11;  z_12 = None
        add_76 = n_x_12 + mul_36;  n_x_12 = mul_36 = None
        n_12 = torch.tanh(add_76);  add_76 = None
        mul_37 = sub_12 * n_12;  sub_12 = n_12 = None
        h_12 = mul_37 + mul_38;  mul_37 = mul_38 = None
        matmul_27 = h_12 @ t_27;  t_27 = None
        add_79 = matmul_27 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_27 = None
        chunk_27 = add_79.chunk(3, dim = 1);  add_79 = None
        r_h_13 = chunk_27[0]
        z_h_13 = chunk_27[1]
        n_h_13 = chunk_27[2];  chunk_27 = None
        add_80 = r_x_13 + r_h_13;  r_x_13 = r_h_13 = None
        add_81 = z_x_13 + z_h_13;  z_x_13 = z_h_13 = None
        r_13 = torch.sigmoid(add_80);  add_80 = None
        z_13 = torch.sigmoid(add_81);  add_81 = None
        mul_39 = r_13 * n_h_13;  r_13 = n_h_13 = None
        sub_13 = 1 - z_13
        mul_41 = z_13 * h_12;  z_13 = None
        add_82 = n_x_13 + mul_39;  n_x_13 = mul_39 = None
        n_13 = torch.tanh(add_82);  add_82 = None
        mul_40 = sub_13 * n_13;  sub_13 = n_13 = None
        h_13 = mul_40 + mul_41;  mul_40 = mul_41 = None
        matmul_29 = h_13 @ t_29;  t_29 = None
        add_85 = matmul_29 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_29 = None
        chunk_29 = add_85.chunk(3, dim = 1);  add_85 = None
        r_h_14 = chunk_29[0]
        z_h_14 = chunk_29[1]
        n_h_14 = chunk_29[2];  chunk_29 = None
        add_86 = r_x_14 + r_h_14;  r_x_14 = r_h_14 = None
        add_87 = z_x_14 + z_h_14;  z_x_14 = z_h_14 = None
        r_14 = torch.sigmoid(add_86);  add_86 = None
        z_14 = torch.sigmoid(add_87);  add_87 = None
        mul_42 = r_14 * n_h_14;  r_14 = n_h_14 = None
        sub_14 = 1 - z_14
        mul_44 = z_14 * h_13;  z_14 = None
        add_88 = n_x_14 + mul_42;  n_x_14 = mul_42 = None
        n_14 = torch.tanh(add_88);  add_88 = None
        mul_43 = sub_14 * n_14;  sub_14 = n_14 = None
        h_14 = mul_43 + mul_44;  mul_43 = mul_44 = None
        matmul_31 = h_14 @ t_31;  t_31 = None
        add_91 = matmul_31 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_31 = None
        chunk_31 = add_91.chunk(3, dim = 1);  add_91 = None
        r_h_15 = chunk_31[0]
        z_h_15 = chunk_31[1]
        n_h_15 = chunk_31[2];  chunk_31 = None
        add_92 = r_x_15 + r_h_15;  r_x_15 = r_h_15 = None
        add_93 = z_x_15 + z_h_15;  z_x_15 = z_h_15 = None
        r_15 = torch.sigmoid(add_92);  add_92 = None
        z_15 = torch.sigmoid(add_93);  add_93 = None
        mul_45 = r_15 * n_h_15;  r_15 = n_h_15 = None
        sub_15 = 1 - z_15
        mul_47 = z_15 * h_14;  z_15 = None
        add_94 = n_x_15 + mul_45;  n_x_15 = mul_45 = None
        n_15 = torch.tanh(add_94);  add_94 = None
        mul_46 = sub_15 * n_15;  sub_15 = n_15 = None
        h_15 = mul_46 + mul_47;  mul_46 = mul_47 = None
        matmul_33 = h_15 @ t_33;  t_33 = None
        add_97 = matmul_33 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_33 = None
        chunk_33 = add_97.chunk(3, dim = 1);  add_97 = None
        r_h_16 = chunk_33[0]
        z_h_16 = chunk_33[1]
        n_h_16 = chunk_33[2];  chunk_33 = None
        add_98 = r_x_16 + r_h_16;  r_x_16 = r_h_16 = None
        add_99 = z_x_16 + z_h_16;  z_x_16 = z_h_16 = None
        r_16 = torch.sigmoid(add_98);  add_98 = None
        z_16 = torch.sigmoid(add_99);  add_99 = None
        mul_48 = r_16 * n_h_16;  r_16 = n_h_16 = None
        sub_16 = 1 - z_16
        mul_50 = z_16 * h_15;  z_16 = None
        add_100 = n_x_16 + mul_48;  n_x_16 = mul_48 = None
        n_16 = torch.tanh(add_100);  add_100 = None
        mul_49 = sub_16 * n_16;  sub_16 = n_16 = None
        h_16 = mul_49 + mul_50;  mul_49 = mul_50 = None
        matmul_35 = h_16 @ t_35;  t_35 = None
        add_103 = matmul_35 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_35 = None
        chunk_35 = add_103.chunk(3, dim = 1);  add_103 = None
        r_h_17 = chunk_35[0]
        z_h_17 = chunk_35[1]
        n_h_17 = chunk_35[2];  chunk_35 = None
        add_104 = r_x_17 + r_h_17;  r_x_17 = r_h_17 = None
        add_105 = z_x_17 + z_h_17;  z_x_17 = z_h_17 = None
        r_17 = torch.sigmoid(add_104);  add_104 = None
        z_17 = torch.sigmoid(add_105);  add_105 = None
        mul_51 = r_17 * n_h_17;  r_17 = n_h_17 = None
        sub_17 = 1 - z_17
        mul_53 = z_17 * h_16;  z_17 = None
        add_106 = n_x_17 + mul_51;  n_x_17 = mul_51 = None
        n_17 = torch.tanh(add_106);  add_106 = None
        mul_52 = sub_17 * n_17;  sub_17 = n_17 = None
        h_17 = mul_52 + mul_53;  mul_52 = mul_53 = None
        matmul_37 = h_17 @ t_37;  t_37 = None
        add_109 = matmul_37 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_37 = None
        chunk_37 = add_109.chunk(3, dim = 1);  add_109 = None
        r_h_18 = chunk_37[0]
        z_h_18 = chunk_37[1]
        n_h_18 = chunk_37[2];  chunk_37 = None
        add_110 = r_x_18 + r_h_18;  r_x_18 = r_h_18 = None
        add_111 = z_x_18 + z_h_18;  z_x_18 = z_h_18 = None
        r_18 = torch.sigmoid(add_110);  add_110 = None
        z_18 = torch.sigmoid(add_111);  add_111 = None
        mul_54 = r_18 * n_h_18;  r_18 = n_h_18 = None
        sub_18 = 1 - z_18
        mul_56 = z_18 * h_17;  z_18 = None
        add_112 = n_x_18 + mul_54;  n_x_18 = mul_54 = None
        n_18 = torch.tanh(add_112);  add_112 = None
        mul_55 = sub_18 * n_18;  sub_18 = n_18 = None
        h_18 = mul_55 + mul_56;  mul_55 = mul_56 = None
        matmul_39 = h_18 @ t_39;  t_39 = None
        add_115 = matmul_39 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_39 = None
        chunk_39 = add_115.chunk(3, dim = 1);  add_115 = None
        r_h_19 = chunk_39[0]
        z_h_19 = chunk_39[1]
        n_h_19 = chunk_39[2];  chunk_39 = None
        add_116 = r_x_19 + r_h_19;  r_x_19 = r_h_19 = None
        add_117 = z_x_19 + z_h_19;  z_x_19 = z_h_19 = None
        r_19 = torch.sigmoid(add_116);  add_116 = None
        z_19 = torch.sigmoid(add_117);  add_117 = None
        mul_57 = r_19 * n_h_19;  r_19 = n_h_19 = None
        sub_19 = 1 - z_19
        mul_59 = z_19 * h_18;  z_19 = None
        add_118 = n_x_19 + mul_57;  n_x_19 = mul_57 = None
        n_19 = torch.tanh(add_118);  add_118 = None
        mul_58 = sub_19 * n_19;  sub_19 = n_19 = None
        h_19 = mul_58 + mul_59;  mul_58 = mul_59 = None
        matmul_41 = h_19 @ t_41;  t_41 = None
        add_121 = matmul_41 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_41 = None
        chunk_41 = add_121.chunk(3, dim = 1);  add_121 = None
        r_h_20 = chunk_41[0]
        z_h_20 = chunk_41[1]
        n_h_20 = chunk_41[2];  chunk_41 = None
        add_122 = r_x_20 + r_h_20;  r_x_20 = r_h_20 = None
        add_123 = z_x_20 + z_h_20;  z_x_20 = z_h_20 = None
        r_20 = torch.sigmoid(add_122);  add_122 = None
        z_20 = torch.sigmoid(add_123);  add_123 = None
        mul_60 = r_20 * n_h_20;  r_20 = n_h_20 = None
        sub_20 = 1 - z_20
        mul_62 = z_20 * h_19;  z_20 = None
        add_124 = n_x_20 + mul_60;  n_x_20 = mul_60 = None
        n_20 = torch.tanh(add_124);  add_124 = None
        mul_61 = sub_20 * n_20;  sub_20 = n_20 = None
        h_20 = mul_61 + mul_62;  mul_61 = mul_62 = None
        matmul_43 = h_20 @ t_43;  t_43 = None
        add_127 = matmul_43 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_43 = None
        chunk_43 = add_127.chunk(3, dim = 1);  add_127 = None
        r_h_21 = chunk_43[0]
        z_h_21 = chunk_43[1]
        n_h_21 = chunk_43[2];  chunk_43 = None
        add_128 = r_x_21 + r_h_21;  r_x_21 = r_h_21 = None
        add_129 = z_x_21 + z_h_21;  z_x_21 = z_h_21 = None
        r_21 = torch.sigmoid(add_128);  add_128 = None
        z_21 = torch.sigmoid(add_129);  add_129 = None
        mul_63 = r_21 * n_h_21;  r_21 = n_h_21 = None
        sub_21 = 1 - z_21
        mul_65 = z_21 * h_20;  z_21 = None
        add_130 = n_x_21 + mul_63;  n_x_21 = mul_63 = None
        n_21 = torch.tanh(add_130);  add_130 = None
        mul_64 = sub_21 * n_21;  sub_21 = n_21 = None
        h_21 = mul_64 + mul_65;  mul_64 = mul_65 = None
        matmul_45 = h_21 @ t_45;  t_45 = None
        add_133 = matmul_45 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_45 = None
        chunk_45 = add_133.chunk(3, dim = 1);  add_133 = None
        r_h_22 = chunk_45[0]
        z_h_22 = chunk_45[1]
        n_h_22 = chunk_45[2];  chunk_45 = None
        add_134 = r_x_22 + r_h_22;  r_x_22 = r_h_22 = None
        add_135 = z_x_22 + z_h_22;  z_x_22 = z_h_22 = None
        r_22 = torch.sigmoid(add_134);  add_134 = None
        z_22 = torch.sigmoid(add_135);  add_135 = None
        mul_66 = r_22 * n_h_22;  r_22 = n_h_22 = None
        sub_22 = 1 - z_22
        mul_68 = z_22 * h_21;  z_22 = None
        add_136 = n_x_22 + mul_66;  n_x_22 = mul_66 = None
        n_22 = torch.tanh(add_136);  add_136 = None
        mul_67 = sub_22 * n_22;  sub_22 = n_22 = None
        h_22 = mul_67 + mul_68;  mul_67 = mul_68 = None
        matmul_47 = h_22 @ t_47;  t_47 = None
        add_139 = matmul_47 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_47 = None
        chunk_47 = add_139.chunk(3, dim = 1);  add_139 = None
        r_h_23 = chunk_47[0]
        z_h_23 = chunk_47[1]
        n_h_23 = chunk_47[2];  chunk_47 = None
        add_140 = r_x_23 + r_h_23;  r_x_23 = r_h_23 = None
        add_141 = z_x_23 + z_h_23;  z_x_23 = z_h_23 = None
        r_23 = torch.sigmoid(add_140);  add_140 = None
        z_23 = torch.sigmoid(add_141);  add_141 = None
        mul_69 = r_23 * n_h_23;  r_23 = n_h_23 = None
        sub_23 = 1 - z_23
        mul_71 = z_23 * h_22;  z_23 = None
        add_142 = n_x_23 + mul_69;  n_x_23 = mul_69 = None
        n_23 = torch.tanh(add_142);  add_142 = None
        mul_70 = sub_23 * n_23;  sub_23 = n_23 = None
        h_23 = mul_70 + mul_71;  mul_70 = mul_71 = None
        matmul_49 = h_23 @ t_49;  t_49 = None
        add_145 = matmul_49 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_49 = None
        chunk_49 = add_145.chunk(3, dim = 1);  add_145 = None
        r_h_24 = chunk_49[0]
        z_h_24 = chunk_49[1]
        n_h_24 = chunk_49[2];  chunk_49 = None
        add_146 = r_x_24 + r_h_24;  r_x_24 = r_h_24 = None
        add_147 = z_x_24 + z_h_24;  z_x_24 = z_h_24 = None
        r_24 = torch.sigmoid(add_146);  add_146 = None
        z_24 = torch.sigmoid(add_147);  add_147 = None
        mul_72 = r_24 * n_h_24;  r_24 = n_h_24 = None
        sub_24 = 1 - z_24
        mul_74 = z_24 * h_23;  z_24 = None
        add_148 = n_x_24 + mul_72;  n_x_24 = mul_72 = None
        n_24 = torch.tanh(add_148);  add_148 = None
        mul_73 = sub_24 * n_24;  sub_24 = n_24 = None
        h_24 = mul_73 + mul_74;  mul_73 = mul_74 = None
        matmul_51 = h_24 @ t_51;  t_51 = None
        add_151 = matmul_51 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_51 = None
        chunk_51 = add_151.chunk(3, dim = 1);  add_151 = None
        r_h_25 = chunk_51[0]
        z_h_25 = chunk_51[1]
        n_h_25 = chunk_51[2];  chunk_51 = None
        add_152 = r_x_25 + r_h_25;  r_x_25 = r_h_25 = None
        add_153 = z_x_25 + z_h_25;  z_x_25 = z_h_25 = None
        r_25 = torch.sigmoid(add_152);  add_152 = None
        z_25 = torch.sigmoid(add_153);  add_153 = None
        mul_75 = r_25 * n_h_25;  r_25 = n_h_25 = None
        sub_25 = 1 - z_25
        mul_77 = z_25 * h_24;  z_25 = None
        add_154 = n_x_25 + mul_75;  n_x_25 = mul_75 = None
        n_25 = torch.tanh(add_154);  add_154 = None
        mul_76 = sub_25 * n_25;  sub_25 = n_25 = None
        h_25 = mul_76 + mul_77;  mul_76 = mul_77 = None
        matmul_53 = h_25 @ t_53;  t_53 = None
        add_157 = matmul_53 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_53 = None
        chunk_53 = add_157.chunk(3, dim = 1);  add_157 = None
        r_h_26 = chunk_53[0]
        z_h_26 = chunk_53[1]
        n_h_26 = chunk_53[2];  chunk_53 = None
        add_158 = r_x_26 + r_h_26;  r_x_26 = r_h_26 = None
        add_159 = z_x_26 + z_h_26;  z_x_26 = z_h_26 = None
        r_26 = torch.sigmoid(add_158);  add_158 = None
        z_26 = torch.sigmoid(add_159);  add_159 = None
        mul_78 = r_26 * n_h_26;  r_26 = n_h_26 = None
        sub_26 = 1 - z_26
        mul_80 = z_26 * h_25;  z_26 = None
        add_160 = n_x_26 + mul_78;  n_x_26 = mul_78 = None
        n_26 = torch.tanh(add_160);  add_160 = None
        mul_79 = sub_26 * n_26;  sub_26 = n_26 = None
        h_26 = mul_79 + mul_80;  mul_79 = mul_80 = None
        matmul_55 = h_26 @ t_55;  t_55 = None
        add_163 = matmul_55 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_55 = None
        chunk_55 = add_163.chunk(3, dim = 1);  add_163 = None
        r_h_27 = chunk_55[0]
        z_h_27 = chunk_55[1]
        n_h_27 = chunk_55[2];  chunk_55 = None
        add_164 = r_x_27 + r_h_27;  r_x_27 = r_h_27 = None
        add_165 = z_x_27 + z_h_27;  z_x_27 = z_h_27 = None
        r_27 = torch.sigmoid(add_164);  add_164 = None
        z_27 = torch.sigmoid(add_165);  add_165 = None
        mul_81 = r_27 * n_h_27;  r_27 = n_h_27 = None
        sub_27 = 1 - z_27
        mul_83 = z_27 * h_26;  z_27 = None
        add_166 = n_x_27 + mul_81;  n_x_27 = mul_81 = None
        n_27 = torch.tanh(add_166);  add_166 = None
        mul_82 = sub_27 * n_27;  sub_27 = n_27 = None
        h_27 = mul_82 + mul_83;  mul_82 = mul_83 = None
        matmul_57 = h_27 @ t_57;  t_57 = None
        add_169 = matmul_57 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_57 = None
        chunk_57 = add_169.chunk(3, dim = 1);  add_169 = None
        r_h_28 = chunk_57[0]
        z_h_28 = chunk_57[1]
        n_h_28 = chunk_57[2];  chunk_57 = None
        add_170 = r_x_28 + r_h_28;  r_x_28 = r_h_28 = None
        add_171 = z_x_28 + z_h_28;  z_x_28 = z_h_28 = None
        r_28 = torch.sigmoid(add_170);  add_170 = None
        z_28 = torch.sigmoid(add_171);  add_171 = None
        mul_84 = r_28 * n_h_28;  r_28 = n_h_28 = None
        sub_28 = 1 - z_28
        mul_86 = z_28 * h_27;  z_28 = None
        add_172 = n_x_28 + mul_84;  n_x_28 = mul_84 = None
        n_28 = torch.tanh(add_172);  add_172 = None
        mul_85 = sub_28 * n_28;  sub_28 = n_28 = None
        h_28 = mul_85 + mul_86;  mul_85 = mul_86 = None
        matmul_59 = h_28 @ t_59;  t_59 = None
        add_175 = matmul_59 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_59 = None
        chunk_59 = add_175.chunk(3, dim = 1);  add_175 = None
        r_h_29 = chunk_59[0]
        z_h_29 = chunk_59[1]
        n_h_29 = chunk_59[2];  chunk_59 = None
        add_176 = r_x_29 + r_h_29;  r_x_29 = r_h_29 = None
        add_177 = z_x_29 + z_h_29;  z_x_29 = z_h_29 = None
        r_29 = torch.sigmoid(add_176);  add_176 = None
        z_29 = torch.sigmoid(add_177);  add_177 = None
        mul_87 = r_29 * n_h_29;  r_29 = n_h_29 = None
        sub_29 = 1 - z_29
        mul_89 = z_29 * h_28;  z_29 = None
        add_178 = n_x_29 + mul_87;  n_x_29 = mul_87 = None
        n_29 = torch.tanh(add_178);  add_178 = None
        mul_88 = sub_29 * n_29;  sub_29 = n_29 = None
        h_29 = mul_88 + mul_89;  mul_88 = mul_89 = None
        matmul_61 = h_29 @ t_61;  t_61 = None
        add_181 = matmul_61 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_61 = None
        chunk_61 = add_181.chunk(3, dim = 1);  add_181 = None
        r_h_30 = chunk_61[0]
        z_h_30 = chunk_61[1]
        n_h_30 = chunk_61[2];  chunk_61 = None
        add_182 = r_x_30 + r_h_30;  r_x_30 = r_h_30 = None
        add_183 = z_x_30 + z_h_30;  z_x_30 = z_h_30 = None
        r_30 = torch.sigmoid(add_182);  add_182 = None
        z_30 = torch.sigmoid(add_183);  add_183 = None
        mul_90 = r_30 * n_h_30;  r_30 = n_h_30 = None
        sub_30 = 1 - z_30
        mul_92 = z_30 * h_29;  z_30 = None
        add_184 = n_x_30 + mul_90;  n_x_30 = mul_90 = None
        n_30 = torch.tanh(add_184);  add_184 = None
        mul_91 = sub_30 * n_30;  sub_30 = n_30 = None
        h_30 = mul_91 + mul_92;  mul_91 = mul_92 = None
        matmul_63 = h_30 @ t_63;  t_63 = None
        add_187 = matmul_63 + w5_l_self_modules_layers_modules_0_parameters_b_hh_;  matmul_63 = w5_l_self_modules_layers_modules_0_parameters_b_hh_ = None
        chunk_63 = add_187.chunk(3, dim = 1);  add_187 = None
        r_h_31 = chunk_63[0]
        z_h_31 = chunk_63[1]
        n_h_31 = chunk_63[2];  chunk_63 = None
        add_188 = r_x_31 + r_h_31;  r_x_31 = r_h_31 = None
        add_189 = z_x_31 + z_h_31;  z_x_31 = z_h_31 = None
        r_31 = torch.sigmoid(add_188);  add_188 = None
        z_31 = torch.sigmoid(add_189);  add_189 = None
        mul_93 = r_31 * n_h_31;  r_31 = n_h_31 = None
        sub_31 = 1 - z_31
        mul_95 = z_31 * h_30;  z_31 = None
        add_190 = n_x_31 + mul_93;  n_x_31 = mul_93 = None
        n_31 = torch.tanh(add_190);  add_190 = None
        mul_94 = sub_31 * n_31;  sub_31 = n_31 = None
        h_31 = mul_94 + mul_95;  mul_94 = mul_95 = None
        x = torch.stack([h, h_1, h_2, h_3, h_4, h_5, h_6, h_7, h_8, h_9, h_10, h_11, h_12, h_13, h_14, h_15, h_16, h_17, h_18, h_19, h_20, h_21, h_22, h_23, h_24, h_25, h_26, h_27, h_28, h_29, h_30, h_31]);  h = h_1 = h_2 = h_3 = h_4 = h_5 = h_6 = h_7 = h_8 = h_9 = h_10 = h_11 = h_12 = h_13 = h_14 = h_15 = h_16 = h_17 = h_18 = h_19 = h_20 = h_21 = h_22 = h_23 = h_24 = h_25 = h_26 = h_27 = h_28 = h_29 = h_30 = None
        getitem_226 = x[0]
        getitem_233 = x[1]
        getitem_240 = x[2]
        getitem_247 = x[3]
        getitem_254 = x[4]
        getitem_261 = x[5]
        getitem_268 = x[6]
        getitem_275 = x[7]
        getitem_282 = x[8]
        getitem_289 = x[9]
        getitem_296 = x[10]
        getitem_303 = x[11]
        getitem_310 = x[12]
        getitem_317 = x[13]
        getitem_324 = x[14]
        getitem_331 = x[15]
        getitem_338 = x[16]
        getitem_345 = x[17]
        getitem_352 = x[18]
        getitem_359 = x[19]
        getitem_366 = x[20]
        getitem_373 = x[21]
        getitem_380 = x[22]
        getitem_387 = x[23]
        getitem_394 = x[24]
        getitem_401 = x[25]
        getitem_408 = x[26]
        getitem_415 = x[27]
        getitem_422 = x[28]
        getitem_429 = x[29]
        getitem_436 = x[30]
        getitem_443 = x[31];  x = None
        matmul_64 = getitem_226 @ t_64;  getitem_226 = t_64 = None
        matmul_66 = getitem_233 @ t_66;  getitem_233 = t_66 = None
        matmul_68 = getitem_240 @ t_68;  getitem_240 = t_68 = None
        matmul_70 = getitem_247 @ t_70;  getitem_247 = t_70 = None
        matmul_72 = getitem_254 @ t_72;  getitem_254 = t_72 = None
        matmul_74 = getitem_261 @ t_74;  getitem_261 = t_74 = None
        matmul_76 = getitem_268 @ t_76;  getitem_268 = t_76 = None
        matmul_78 = getitem_275 @ t_78;  getitem_275 = t_78 = None
        matmul_80 = getitem_282 @ t_80;  getitem_282 = t_80 = None
        matmul_82 = getitem_289 @ t_82;  getitem_289 = t_82 = None
        matmul_84 = getitem_296 @ t_84;  getitem_296 = t_84 = None
        matmul_86 = getitem_303 @ t_86;  getitem_303 = t_86 = None
        matmul_88 = getitem_310 @ t_88;  getitem_310 = t_88 = None
        matmul_90 = getitem_317 @ t_90;  getitem_317 = t_90 = None
        matmul_92 = getitem_324 @ t_92;  getitem_324 = t_92 = None
        matmul_94 = getitem_331 @ t_94;  getitem_331 = t_94 = None
        matmul_96 = getitem_338 @ t_96;  getitem_338 = t_96 = None
        matmul_98 = getitem_345 @ t_98;  getitem_345 = t_98 = None
        matmul_100 = getitem_352 @ t_100;  getitem_352 = t_100 = None
        matmul_102 = getitem_359 @ t_102;  getitem_359 = t_102 = None
        matmul_104 = getitem_366 @ t_104;  getitem_366 = t_104 = None
        matmul_106 = getitem_373 @ t_106;  getitem_373 = t_106 = None
        matmul_108 = getitem_380 @ t_108;  getitem_380 = t_108 = None
        matmul_110 = getitem_387 @ t_110;  getitem_387 = t_110 = None
        matmul_112 = getitem_394 @ t_112;  getitem_394 = t_112 = None
        matmul_114 = getitem_401 @ t_114;  getitem_401 = t_114 = None
        matmul_116 = getitem_408 @ t_116;  getitem_408 = t_116 = None
        matmul_118 = getitem_415 @ t_118;  getitem_415 = t_118 = None
        matmul_120 = getitem_422 @ t_120;  getitem_422 = t_120 = None
        matmul_122 = getitem_429 @ t_122;  getitem_429 = t_122 = None
        matmul_124 = getitem_436 @ t_124;  getitem_436 = t_124 = None
        matmul_126 = getitem_443 @ t_126;  getitem_443 = t_126 = None
        add_192 = matmul_64 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_64 = None
        add_198 = matmul_66 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_66 = None
        add_204 = matmul_68 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_68 = None
        add_210 = matmul_70 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_70 = None
        add_216 = matmul_72 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_72 = None
        add_222 = matmul_74 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_74 = None
        add_228 = matmul_76 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_76 = None
        add_234 = matmul_78 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_78 = None
        add_240 = matmul_80 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_80 = None
        add_246 = matmul_82 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_82 = None
        add_252 = matmul_84 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_84 = None
        add_258 = matmul_86 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_86 = None
        add_264 = matmul_88 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_88 = None
        add_270 = matmul_90 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_90 = None
        add_276 = matmul_92 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_92 = None
        add_282 = matmul_94 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_94 = None
        add_288 = matmul_96 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_96 = None
        add_294 = matmul_98 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_98 = None
        add_300 = matmul_100 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_100 = None
        add_306 = matmul_102 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_102 = None
        add_312 = matmul_104 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_104 = None
        add_318 = matmul_106 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_106 = None
        add_324 = matmul_108 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_108 = None
        add_330 = matmul_110 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_110 = None
        add_336 = matmul_112 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_112 = None
        add_342 = matmul_114 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_114 = None
        add_348 = matmul_116 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_116 = None
        add_354 = matmul_118 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_118 = None
        add_360 = matmul_120 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_120 = None
        add_366 = matmul_122 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_122 = None
        add_372 = matmul_124 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_124 = None
        add_378 = matmul_126 + w7_l_self_modules_layers_modules_1_parameters_b_ih_;  matmul_126 = w7_l_self_modules_layers_modules_1_parameters_b_ih_ = None
        chunk_64 = add_192.chunk(3, dim = 1);  add_192 = None
        chunk_66 = add_198.chunk(3, dim = 1);  add_198 = None
        chunk_68 = add_204.chunk(3, dim = 1);  add_204 = None
        chunk_70 = add_210.chunk(3, dim = 1);  add_210 = None
        chunk_72 = add_216.chunk(3, dim = 1);  add_216 = None
        chunk_74 = add_222.chunk(3, dim = 1);  add_222 = None
        chunk_76 = add_228.chunk(3, dim = 1);  add_228 = None
        chunk_78 = add_234.chunk(3, dim = 1);  add_234 = None
        chunk_80 = add_240.chunk(3, dim = 1);  add_240 = None
        chunk_82 = add_246.chunk(3, dim = 1);  add_246 = None
        chunk_84 = add_252.chunk(3, dim = 1);  add_252 = None
        chunk_86 = add_258.chunk(3, dim = 1);  add_258 = None
        chunk_88 = add_264.chunk(3, dim = 1);  add_264 = None
        chunk_90 = add_270.chunk(3, dim = 1);  add_270 = None
        chunk_92 = add_276.chunk(3, dim = 1);  add_276 = None
        chunk_94 = add_282.chunk(3, dim = 1);  add_282 = None
        chunk_96 = add_288.chunk(3, dim = 1);  add_288 = None
        chunk_98 = add_294.chunk(3, dim = 1);  add_294 = None
        chunk_100 = add_300.chunk(3, dim = 1);  add_300 = None
        chunk_102 = add_306.chunk(3, dim = 1);  add_306 = None
        chunk_104 = add_312.chunk(3, dim = 1);  add_312 = None
        chunk_106 = add_318.chunk(3, dim = 1);  add_318 = None
        chunk_108 = add_324.chunk(3, dim = 1);  add_324 = None
        chunk_110 = add_330.chunk(3, dim = 1);  add_330 = None
        chunk_112 = add_336.chunk(3, dim = 1);  add_336 = None
        chunk_114 = add_342.chunk(3, dim = 1);  add_342 = None
        chunk_116 = add_348.chunk(3, dim = 1);  add_348 = None
        chunk_118 = add_354.chunk(3, dim = 1);  add_354 = None
        chunk_120 = add_360.chunk(3, dim = 1);  add_360 = None
        chunk_122 = add_366.chunk(3, dim = 1);  add_366 = None
        chunk_124 = add_372.chunk(3, dim = 1);  add_372 = None
        chunk_126 = add_378.chunk(3, dim = 1);  add_378 = None
        r_x_32 = chunk_64[0]
        z_x_32 = chunk_64[1]
        n_x_32 = chunk_64[2];  chunk_64 = None
        r_x_33 = chunk_66[0]
        z_x_33 = chunk_66[1]
        n_x_33 = chunk_66[2];  chunk_66 = None
        r_x_34 = chunk_68[0]
        z_x_34 = chunk_68[1]
        n_x_34 = chunk_68[2];  chunk_68 = None
        r_x_35 = chunk_70[0]
        z_x_35 = chunk_70[1]
        n_x_35 = chunk_70[2];  chunk_70 = None
        r_x_36 = chunk_72[0]
        z_x_36 = chunk_72[1]
        n_x_36 = chunk_72[2];  chunk_72 = None
        r_x_37 = chunk_74[0]
        z_x_37 = chunk_74[1]
        n_x_37 = chunk_74[2];  chunk_74 = None
        r_x_38 = chunk_76[0]
        z_x_38 = chunk_76[1]
        n_x_38 = chunk_76[2];  chunk_76 = None
        r_x_39 = chunk_78[0]
        z_x_39 = chunk_78[1]
        n_x_39 = chunk_78[2];  chunk_78 = None
        r_x_40 = chunk_80[0]
        z_x_40 = chunk_80[1]
        n_x_40 = chunk_80[2];  chunk_80 = None
        r_x_41 = chunk_82[0]
        z_x_41 = chunk_82[1]
        n_x_41 = chunk_82[2];  chunk_82 = None
        r_x_42 = chunk_84[0]
        z_x_42 = chunk_84[1]
        n_x_42 = chunk_84[2];  chunk_84 = None
        r_x_43 = chunk_86[0]
        z_x_43 = chunk_86[1]
        n_x_43 = chunk_86[2];  chunk_86 = None
        r_x_44 = chunk_88[0]
        z_x_44 = chunk_88[1]
        n_x_44 = chunk_88[2];  chunk_88 = None
        r_x_45 = chunk_90[0]
        z_x_45 = chunk_90[1]
        n_x_45 = chunk_90[2];  chunk_90 = None
        r_x_46 = chunk_92[0]
        z_x_46 = chunk_92[1]
        n_x_46 = chunk_92[2];  chunk_92 = None
        r_x_47 = chunk_94[0]
        z_x_47 = chunk_94[1]
        n_x_47 = chunk_94[2];  chunk_94 = None
        r_x_48 = chunk_96[0]
        z_x_48 = chunk_96[1]
        n_x_48 = chunk_96[2];  chunk_96 = None
        r_x_49 = chunk_98[0]
        z_x_49 = chunk_98[1]
        n_x_49 = chunk_98[2];  chunk_98 = None
        r_x_50 = chunk_100[0]
        z_x_50 = chunk_100[1]
        n_x_50 = chunk_100[2];  chunk_100 = None
        r_x_51 = chunk_102[0]
        z_x_51 = chunk_102[1]
        n_x_51 = chunk_102[2];  chunk_102 = None
        r_x_52 = chunk_104[0]
        z_x_52 = chunk_104[1]
        n_x_52 = chunk_104[2];  chunk_104 = None
        r_x_53 = chunk_106[0]
        z_x_53 = chunk_106[1]
        n_x_53 = chunk_106[2];  chunk_106 = None
        r_x_54 = chunk_108[0]
        z_x_54 = chunk_108[1]
        n_x_54 = chunk_108[2];  chunk_108 = None
        r_x_55 = chunk_110[0]
        z_x_55 = chunk_110[1]
        n_x_55 = chunk_110[2];  chunk_110 = None
        r_x_56 = chunk_112[0]
        z_x_56 = chunk_112[1]
        n_x_56 = chunk_112[2];  chunk_112 = None
        r_x_57 = chunk_114[0]
        z_x_57 = chunk_114[1]
        n_x_57 = chunk_114[2];  chunk_114 = None
        r_x_58 = chunk_116[0]
        z_x_58 = chunk_116[1]
        n_x_58 = chunk_116[2];  chunk_116 = None
        r_x_59 = chunk_118[0]
        z_x_59 = chunk_118[1]
        n_x_59 = chunk_118[2];  chunk_118 = None
        r_x_60 = chunk_120[0]
        z_x_60 = chunk_120[1]
        n_x_60 = chunk_120[2];  chunk_120 = None
        r_x_61 = chunk_122[0]
        z_x_61 = chunk_122[1]
        n_x_61 = chunk_122[2];  chunk_122 = None
        r_x_62 = chunk_124[0]
        z_x_62 = chunk_124[1]
        n_x_62 = chunk_124[2];  chunk_124 = None
        r_x_63 = chunk_126[0]
        z_x_63 = chunk_126[1]
        n_x_63 = chunk_126[2];  chunk_126 = None
        add_194 = r_x_32 + r_h_32;  r_x_32 = r_h_32 = None
        add_195 = z_x_32 + z_h_32;  z_x_32 = z_h_32 = None
        r_32 = torch.sigmoid(add_194);  add_194 = None
        z_32 = torch.sigmoid(add_195);  add_195 = None
        mul_96 = r_32 * n_h_32;  r_32 = n_h_32 = None
        sub_32 = 1 - z_32
        mul_98 = z_32 * getitem_225;  z_32 = getitem_225 = None
        add_196 = n_x_32 + mul_96;  n_x_32 = mul_96 = None
        n_32 = torch.tanh(add_196);  add_196 = None
        mul_97 = sub_32 * n_32;  sub_32 = n_32 = None
        h_32 = mul_97 + mul_98;  mul_97 = mul_98 = None
        matmul_67 = h_32 @ t_67;  t_67 = None
        add_199 = matmul_67 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_67 = None
        chunk_67 = add_199.chunk(3, dim = 1);  add_199 = None
        r_h_33 = chunk_67[0]
        z_h_33 = chunk_67[1]
        n_h_33 = chunk_67[2];  chunk_67 = None
        add_200 = r_x_33 + r_h_33;  r_x_33 = r_h_33 = None
        add_201 = z_x_33 + z_h_33;  z_x_33 = z_h_33 = None
        r_33 = torch.sigmoid(add_200);  add_200 = None
        z_33 = torch.sigmoid(add_201);  add_201 = None
        mul_99 = r_33 * n_h_33;  r_33 = n_h_33 = None
        sub_33 = 1 - z_33
        mul_101 = z_33 * h_32;  z_33 = None
        add_202 = n_x_33 + mul_99;  n_x_33 = mul_99 = None
        n_33 = torch.tanh(add_202);  add_202 = None
        mul_100 = sub_33 * n_33;  sub_33 = n_33 = None
        h_33 = mul_100 + mul_101;  mul_100 = mul_101 = None
        matmul_69 = h_33 @ t_69;  t_69 = None
        add_205 = matmul_69 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_69 = None
        chunk_69 = add_205.chunk(3, dim = 1);  add_205 = None
        r_h_34 = chunk_69[0]
        z_h_34 = chunk_69[1]
        n_h_34 = chunk_69[2];  chunk_69 = None
        add_206 = r_x_34 + r_h_34;  r_x_34 = r_h_34 = None
        add_207 = z_x_34 + z_h_34;  z_x_34 = z_h_34 = None
        r_34 = torch.sigmoid(add_206);  add_206 = None
        z_34 = torch.sigmoid(add_207);  add_207 = None
        mul_102 = r_34 * n_h_34;  r_34 = n_h_34 = None
        sub_34 = 1 - z_34
        mul_104 = z_34 * h_33;  z_34 = None
        add_208 = n_x_34 + mul_102;  n_x_34 = mul_102 = None
        n_34 = torch.tanh(add_208);  add_208 = None
        mul_103 = sub_34 * n_34;  sub_34 = n_34 = None
        h_34 = mul_103 + mul_104;  mul_103 = mul_104 = None
        matmul_71 = h_34 @ t_71;  t_71 = None
        add_211 = matmul_71 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_71 = None
        chunk_71 = add_211.chunk(3, dim = 1);  add_211 = None
        r_h_35 = chunk_71[0]
        z_h_35 = chunk_71[1]
        n_h_35 = chunk_71[2];  chunk_71 = None
        add_212 = r_x_35 + r_h_35;  r_x_35 = r_h_35 = None
        add_213 = z_x_35 + z_h_35;  z_x_35 = z_h_35 = None
        r_35 = torch.sigmoid(add_212);  add_212 = None
        z_35 = torch.sigmoid(add_213);  add_213 = None
        mul_105 = r_35 * n_h_35;  r_35 = n_h_35 = None
        sub_35 = 1 - z_35
        mul_107 = z_35 * h_34;  z_35 = None
        add_214 = n_x_35 + mul_105;  n_x_35 = mul_105 = None
        n_35 = torch.tanh(add_214);  add_214 = None
        mul_106 = sub_35 * n_35;  sub_35 = n_35 = None
        h_35 = mul_106 + mul_107;  mul_106 = mul_107 = None
        matmul_73 = h_35 @ t_73;  t_73 = None
        add_217 = matmul_73 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_73 = None
        chunk_73 = add_217.chunk(3, dim = 1);  add_217 = None
        r_h_36 = chunk_73[0]
        z_h_36 = chunk_73[1]
        n_h_36 = chunk_73[2];  chunk_73 = None
        add_218 = r_x_36 + r_h_36;  r_x_36 = r_h_36 = None
        add_219 = z_x_36 + z_h_36;  z_x_36 = z_h_36 = None
        r_36 = torch.sigmoid(add_218);  add_218 = None
        z_36 = torch.sigmoid(add_219);  add_219 = None
        mul_108 = r_36 * n_h_36;  r_36 = n_h_36 = None
        sub_36 = 1 - z_36
        mul_110 = z_36 * h_35;  z_36 = None
        add_220 = n_x_36 + mul_108;  n_x_36 = mul_108 = None
        n_36 = torch.tanh(add_220);  add_220 = None
        mul_109 = sub_36 * n_36;  sub_36 = n_36 = None
        h_36 = mul_109 + mul_110;  mul_109 = mul_110 = None
        matmul_75 = h_36 @ t_75;  t_75 = None
        add_223 = matmul_75 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_75 = None
        chunk_75 = add_223.chunk(3, dim = 1);  add_223 = None
        r_h_37 = chunk_75[0]
        z_h_37 = chunk_75[1]
        n_h_37 = chunk_75[2];  chunk_75 = None
        add_224 = r_x_37 + r_h_37;  r_x_37 = r_h_37 = None
        add_225 = z_x_37 + z_h_37;  z_x_37 = z_h_37 = None
        r_37 = torch.sigmoid(add_224);  add_224 = None
        z_37 = torch.sigmoid(add_225);  add_225 = None
        mul_111 = r_37 * n_h_37;  r_37 = n_h_37 = None
        sub_37 = 1 - z_37
        mul_113 = z_37 * h_36;  z_37 = None
        add_226 = n_x_37 + mul_111;  n_x_37 = mul_111 = None
        n_37 = torch.tanh(add_226);  add_226 = None
        mul_112 = sub_37 * n_37;  sub_37 = n_37 = None
        h_37 = mul_112 + mul_113;  mul_112 = mul_113 = None
        matmul_77 = h_37 @ t_77;  t_77 = None
        add_229 = matmul_77 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_77 = None
        chunk_77 = add_229.chunk(3, dim = 1);  add_229 = None
        r_h_38 = chunk_77[0]
        z_h_38 = chunk_77[1]
        n_h_38 = chunk_77[2];  chunk_77 = None
        add_230 = r_x_38 + r_h_38;  r_x_38 = r_h_38 = None
        add_231 = z_x_38 + z_h_38;  z_x_38 = z_h_38 = None
        r_38 = torch.sigmoid(add_230);  add_230 = None
        z_38 = torch.sigmoid(add_231);  add_231 = None
        mul_114 = r_38 * n_h_38;  r_38 = n_h_38 = None
        sub_38 = 1 - z_38
        mul_116 = z_38 * h_37;  z_38 = None
        add_232 = n_x_38 + mul_114;  n_x_38 = mul_114 = None
        n_38 = torch.tanh(add_232);  add_232 = None
        mul_115 = sub_38 * n_38;  sub_38 = n_38 = None
        h_38 = mul_115 + mul_116;  mul_115 = mul_116 = None
        matmul_79 = h_38 @ t_79;  t_79 = None
        add_235 = matmul_79 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_79 = None
        chunk_79 = add_235.chunk(3, dim = 1);  add_235 = None
        r_h_39 = chunk_79[0]
        z_h_39 = chunk_79[1]
        n_h_39 = chunk_79[2];  chunk_79 = None
        add_236 = r_x_39 + r_h_39;  r_x_39 = r_h_39 = None
        add_237 = z_x_39 + z_h_39;  z_x_39 = z_h_39 = None
        r_39 = torch.sigmoid(add_236);  add_236 = None
        z_39 = torch.sigmoid(add_237);  add_237 = None
        mul_117 = r_39 * n_h_39;  r_39 = n_h_39 = None
        sub_39 = 1 - z_39
        mul_119 = z_39 * h_38;  z_39 = None
        add_238 = n_x_39 + mul_117;  n_x_39 = mul_117 = None
        n_39 = torch.tanh(add_238);  add_238 = None
        mul_118 = sub_39 * n_39;  sub_39 = n_39 = None
        h_39 = mul_118 + mul_119;  mul_118 = mul_119 = None
        matmul_81 = h_39 @ t_81;  t_81 = None
        add_241 = matmul_81 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_81 = None
        chunk_81 = add_241.chunk(3, dim = 1);  add_241 = None
        r_h_40 = chunk_81[0]
        z_h_40 = chunk_81[1]
        n_h_40 = chunk_81[2];  chunk_81 = None
        add_242 = r_x_40 + r_h_40;  r_x_40 = r_h_40 = None
        add_243 = z_x_40 + z_h_40;  z_x_40 = z_h_40 = None
        r_40 = torch.sigmoid(add_242);  add_242 = None
        z_40 = torch.sigmoid(add_243);  add_243 = None
        mul_120 = r_40 * n_h_40;  r_40 = n_h_40 = None
        sub_40 = 1 - z_40
        mul_122 = z_40 * h_39;  z_40 = None
        add_244 = n_x_40 + mul_120;  n_x_40 = mul_120 = None
        n_40 = torch.tanh(add_244);  add_244 = None
        mul_121 = sub_40 * n_40;  sub_40 = n_40 = None
        h_40 = mul_121 + mul_122;  mul_121 = mul_122 = None
        matmul_83 = h_40 @ t_83;  t_83 = None
        add_247 = matmul_83 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_83 = None
        chunk_83 = add_247.chunk(3, dim = 1);  add_247 = None
        r_h_41 = chunk_83[0]
        z_h_41 = chunk_83[1]
        n_h_41 = chunk_83[2];  chunk_83 = None
        add_248 = r_x_41 + r_h_41;  r_x_41 = r_h_41 = None
        add_249 = z_x_41 + z_h_41;  z_x_41 = z_h_41 = None
        r_41 = torch.sigmoid(add_248);  add_248 = None
        z_41 = torch.sigmoid(add_249);  add_249 = None
        mul_123 = r_41 * n_h_41;  r_41 = n_h_41 = None
        sub_41 = 1 - z_41
        mul_125 = z_41 * h_40;  z_41 = None
        add_250 = n_x_41 + mul_123;  n_x_41 = mul_123 = None
        n_41 = torch.tanh(add_250);  add_250 = None
        mul_124 = sub_41 * n_41;  sub_41 = n_41 = None
        h_41 = mul_124 + mul_125;  mul_124 = mul_125 = None
        matmul_85 = h_41 @ t_85;  t_85 = None
        add_253 = matmul_85 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_85 = None
        chunk_85 = add_253.chunk(3, dim = 1);  add_253 = None
        r_h_42 = chunk_85[0]
        z_h_42 = chunk_85[1]
        n_h_42 = chunk_85[2];  chunk_85 = None
        add_254 = r_x_42 + r_h_42;  r_x_42 = r_h_42 = None
        add_255 = z_x_42 + z_h_42;  z_x_42 = z_h_42 = None
        r_42 = torch.sigmoid(add_254);  add_254 = None
        z_42 = torch.sigmoid(add_255);  add_255 = None
        mul_126 = r_42 * n_h_42;  r_42 = n_h_42 = None
        sub_42 = 1 - z_42
        mul_128 = z_42 * h_41;  z_42 = None
        add_256 = n_x_42 + mul_126;  n_x_42 = mul_126 = None
        n_42 = torch.tanh(add_256);  add_256 = None
        mul_127 = sub_42 * n_42;  sub_42 = n_42 = None
        h_42 = mul_127 + mul_128;  mul_127 = mul_128 = None
        matmul_87 = h_42 @ t_87;  t_87 = None
        add_259 = matmul_87 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_87 = None
        chunk_87 = add_259.chunk(3, dim = 1);  add_259 = None
        r_h_43 = chunk_87[0]
        z_h_43 = chunk_87[1]
        n_h_43 = chunk_87[2];  chunk_87 = None
        add_260 = r_x_43 + r_h_43;  r_x_43 = r_h_43 = None
        add_261 = z_x_43 + z_h_43;  z_x_43 = z_h_43 = None
        r_43 = torch.sigmoid(add_260);  add_260 = None
        z_43 = torch.sigmoid(add_261);  add_261 = None
        mul_129 = r_43 * n_h_43;  r_43 = n_h_43 = None
        sub_43 = 1 - z_43
        mul_131 = z_43 * h_42;  z_43 = None
        add_262 = n_x_43 + mul_129;  n_x_43 = mul_129 = None
        n_43 = torch.tanh(add_262);  add_262 = None
        mul_130 = sub_43 * n_43;  sub_43 = n_43 = None
        h_43 = mul_130 + mul_131;  mul_130 = mul_131 = None
        matmul_89 = h_43 @ t_89;  t_89 = None
        add_265 = matmul_89 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_89 = None
        chunk_89 = add_265.chunk(3, dim = 1);  add_265 = None
        r_h_44 = chunk_89[0]
        z_h_44 = chunk_89[1]
        n_h_44 = chunk_89[2];  chunk_89 = None
        add_266 = r_x_44 + r_h_44;  r_x_44 = r_h_44 = None
        add_267 = z_x_44 + z_h_44;  z_x_44 = z_h_44 = None
        r_44 = torch.sigmoid(add_266);  add_266 = None
        z_44 = torch.sigmoid(add_267);  add_267 = None
        mul_132 = r_44 * n_h_44;  r_44 = n_h_44 = None
        sub_44 = 1 - z_44
        mul_134 = z_44 * h_43;  z_44 = None
        add_268 = n_x_44 + mul_132;  n_x_44 = mul_132 = None
        n_44 = torch.tanh(add_268);  add_268 = None
        mul_133 = sub_44 * n_44;  sub_44 = n_44 = None
        h_44 = mul_133 + mul_134;  mul_133 = mul_134 = None
        matmul_91 = h_44 @ t_91;  t_91 = None
        add_271 = matmul_91 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_91 = None
        chunk_91 = add_271.chunk(3, dim = 1);  add_271 = None
        r_h_45 = chunk_91[0]
        z_h_45 = chunk_91[1]
        n_h_45 = chunk_91[2];  chunk_91 = None
        add_272 = r_x_45 + r_h_45;  r_x_45 = r_h_45 = None
        add_273 = z_x_45 + z_h_45;  z_x_45 = z_h_45 = None
        r_45 = torch.sigmoid(add_272);  add_272 = None
        z_45 = torch.sigmoid(add_273);  add_273 = None
        mul_135 = r_45 * n_h_45;  r_45 = n_h_45 = None
        sub_45 = 1 - z_45
        mul_137 = z_45 * h_44;  z_45 = None
        add_274 = n_x_45 + mul_135;  n_x_45 = mul_135 = None
        n_45 = torch.tanh(add_274);  add_274 = None
        mul_136 = sub_45 * n_45;  sub_45 = n_45 = None
        h_45 = mul_136 + mul_137;  mul_136 = mul_137 = None
        matmul_93 = h_45 @ t_93;  t_93 = None
        add_277 = matmul_93 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_93 = None
        chunk_93 = add_277.chunk(3, dim = 1);  add_277 = None
        r_h_46 = chunk_93[0]
        z_h_46 = chunk_93[1]
        n_h_46 = chunk_93[2];  chunk_93 = None
        add_278 = r_x_46 + r_h_46;  r_x_46 = r_h_46 = None
        add_279 = z_x_46 + z_h_46;  z_x_46 = z_h_46 = None
        r_46 = torch.sigmoid(add_278);  add_278 = None
        z_46 = torch.sigmoid(add_279);  add_279 = None
        mul_138 = r_46 * n_h_46;  r_46 = n_h_46 = None
        sub_46 = 1 - z_46
        mul_140 = z_46 * h_45;  z_46 = None
        add_280 = n_x_46 + mul_138;  n_x_46 = mul_138 = None
        n_46 = torch.tanh(add_280);  add_280 = None
        mul_139 = sub_46 * n_46;  sub_46 = n_46 = None
        h_46 = mul_139 + mul_140;  mul_139 = mul_140 = None
        matmul_95 = h_46 @ t_95;  t_95 = None
        add_283 = matmul_95 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_95 = None
        chunk_95 = add_283.chunk(3, dim = 1);  add_283 = None
        r_h_47 = chunk_95[0]
        z_h_47 = chunk_95[1]
        n_h_47 = chunk_95[2];  chunk_95 = None
        add_284 = r_x_47 + r_h_47;  r_x_47 = r_h_47 = None
        add_285 = z_x_47 + z_h_47;  z_x_47 = z_h_47 = None
        r_47 = torch.sigmoid(add_284);  add_284 = None
        z_47 = torch.sigmoid(add_285);  add_285 = None
        mul_141 = r_47 * n_h_47;  r_47 = n_h_47 = None
        sub_47 = 1 - z_47
        mul_143 = z_47 * h_46;  z_47 = None
        add_286 = n_x_47 + mul_141;  n_x_47 = mul_141 = None
        n_47 = torch.tanh(add_286);  add_286 = None
        mul_142 = sub_47 * n_47;  sub_47 = n_47 = None
        h_47 = mul_142 + mul_143;  mul_142 = mul_143 = None
        matmul_97 = h_47 @ t_97;  t_97 = None
        add_289 = matmul_97 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_97 = None
        chunk_97 = add_289.chunk(3, dim = 1);  add_289 = None
        r_h_48 = chunk_97[0]
        z_h_48 = chunk_97[1]
        n_h_48 = chunk_97[2];  chunk_97 = None
        add_290 = r_x_48 + r_h_48;  r_x_48 = r_h_48 = None
        add_291 = z_x_48 + z_h_48;  z_x_48 = z_h_48 = None
        r_48 = torch.sigmoid(add_290);  add_290 = None
        z_48 = torch.sigmoid(add_291);  add_291 = None
        mul_144 = r_48 * n_h_48;  r_48 = n_h_48 = None
        sub_48 = 1 - z_48
        mul_146 = z_48 * h_47;  z_48 = None
        add_292 = n_x_48 + mul_144;  n_x_48 = mul_144 = None
        n_48 = torch.tanh(add_292);  add_292 = None
        mul_145 = sub_48 * n_48;  sub_48 = n_48 = None
        h_48 = mul_145 + mul_146;  mul_145 = mul_146 = None
        matmul_99 = h_48 @ t_99;  t_99 = None
        add_295 = matmul_99 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_99 = None
        chunk_99 = add_295.chunk(3, dim = 1);  add_295 = None
        r_h_49 = chunk_99[0]
        z_h_49 = chunk_99[1]
        n_h_49 = chunk_99[2];  chunk_99 = None
        add_296 = r_x_49 + r_h_49;  r_x_49 = r_h_49 = None
        add_297 = z_x_49 + z_h_49;  z_x_49 = z_h_49 = None
        r_49 = torch.sigmoid(add_296);  add_296 = None
        z_49 = torch.sigmoid(add_297);  add_297 = None
        mul_147 = r_49 * n_h_49;  r_49 = n_h_49 = None
        sub_49 = 1 - z_49
        mul_149 = z_49 * h_48;  z_49 = None
        add_298 = n_x_49 + mul_147;  n_x_49 = mul_147 = None
        n_49 = torch.tanh(add_298);  add_298 = None
        mul_148 = sub_49 * n_49;  sub_49 = n_49 = None
        h_49 = mul_148 + mul_149;  mul_148 = mul_149 = None
        matmul_101 = h_49 @ t_101;  t_101 = None
        add_301 = matmul_101 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_101 = None
        chunk_101 = add_301.chunk(3, dim = 1);  add_301 = None
        r_h_50 = chunk_101[0]
        z_h_50 = chunk_101[1]
        n_h_50 = chunk_101[2];  chunk_101 = None
        add_302 = r_x_50 + r_h_50;  r_x_50 = r_h_50 = None
        add_303 = z_x_50 + z_h_50;  z_x_50 = z_h_50 = None
        r_50 = torch.sigmoid(add_302);  add_302 = None
        z_50 = torch.sigmoid(add_303);  add_303 = None
        mul_150 = r_50 * n_h_50;  r_50 = n_h_50 = None
        sub_50 = 1 - z_50
        mul_152 = z_50 * h_49;  z_50 = None
        add_304 = n_x_50 + mul_150;  n_x_50 = mul_150 = None
        n_50 = torch.tanh(add_304);  add_304 = None
        mul_151 = sub_50 * n_50;  sub_50 = n_50 = None
        h_50 = mul_151 + mul_152;  mul_151 = mul_152 = None
        matmul_103 = h_50 @ t_103;  t_103 = None
        add_307 = matmul_103 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_103 = None
        chunk_103 = add_307.chunk(3, dim = 1);  add_307 = None
        r_h_51 = chunk_103[0]
        z_h_51 = chunk_103[1]
        n_h_51 = chunk_103[2];  chunk_103 = None
        add_308 = r_x_51 + r_h_51;  r_x_51 = r_h_51 = None
        add_309 = z_x_51 + z_h_51;  z_x_51 = z_h_51 = None
        r_51 = torch.sigmoid(add_308);  add_308 = None
        z_51 = torch.sigmoid(add_309);  add_309 = None
        mul_153 = r_51 * n_h_51;  r_51 = n_h_51 = None
        sub_51 = 1 - z_51
        mul_155 = z_51 * h_50;  z_51 = None
        add_310 = n_x_51 + mul_153;  n_x_51 = mul_153 = None
        n_51 = torch.tanh(add_310);  add_310 = None
        mul_154 = sub_51 * n_51;  sub_51 = n_51 = None
        h_51 = mul_154 + mul_155;  mul_154 = mul_155 = None
        matmul_105 = h_51 @ t_105;  t_105 = None
        add_313 = matmul_105 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_105 = None
        chunk_105 = add_313.chunk(3, dim = 1);  add_313 = None
        r_h_52 = chunk_105[0]
        z_h_52 = chunk_105[1]
        n_h_52 = chunk_105[2];  chunk_105 = None
        add_314 = r_x_52 + r_h_52;  r_x_52 = r_h_52 = None
        add_315 = z_x_52 + z_h_52;  z_x_52 = z_h_52 = None
        r_52 = torch.sigmoid(add_314);  add_314 = None
        z_52 = torch.sigmoid(add_315);  add_315 = None
        mul_156 = r_52 * n_h_52;  r_52 = n_h_52 = None
        sub_52 = 1 - z_52
        mul_158 = z_52 * h_51;  z_52 = None
        add_316 = n_x_52 + mul_156;  n_x_52 = mul_156 = None
        n_52 = torch.tanh(add_316);  add_316 = None
        mul_157 = sub_52 * n_52;  sub_52 = n_52 = None
        h_52 = mul_157 + mul_158;  mul_157 = mul_158 = None
        matmul_107 = h_52 @ t_107;  t_107 = None
        add_319 = matmul_107 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_107 = None
        chunk_107 = add_319.chunk(3, dim = 1);  add_319 = None
        r_h_53 = chunk_107[0]
        z_h_53 = chunk_107[1]
        n_h_53 = chunk_107[2];  chunk_107 = None
        add_320 = r_x_53 + r_h_53;  r_x_53 = r_h_53 = None
        add_321 = z_x_53 + z_h_53;  z_x_53 = z_h_53 = None
        r_53 = torch.sigmoid(add_320);  add_320 = None
        z_53 = torch.sigmoid(add_321);  add_321 = None
        mul_159 = r_53 * n_h_53;  r_53 = n_h_53 = None
        sub_53 = 1 - z_53
        mul_161 = z_53 * h_52;  z_53 = None
        add_322 = n_x_53 + mul_159;  n_x_53 = mul_159 = None
        n_53 = torch.tanh(add_322);  add_322 = None
        mul_160 = sub_53 * n_53;  sub_53 = n_53 = None
        h_53 = mul_160 + mul_161;  mul_160 = mul_161 = None
        matmul_109 = h_53 @ t_109;  t_109 = None
        add_325 = matmul_109 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_109 = None
        chunk_109 = add_325.chunk(3, dim = 1);  add_325 = None
        r_h_54 = chunk_109[0]
        z_h_54 = chunk_109[1]
        n_h_54 = chunk_109[2];  chunk_109 = None
        add_326 = r_x_54 + r_h_54;  r_x_54 = r_h_54 = None
        add_327 = z_x_54 + z_h_54;  z_x_54 = z_h_54 = None
        r_54 = torch.sigmoid(add_326);  add_326 = None
        z_54 = torch.sigmoid(add_327);  add_327 = None
        mul_162 = r_54 * n_h_54;  r_54 = n_h_54 = None
        sub_54 = 1 - z_54
        mul_164 = z_54 * h_53;  z_54 = None
        add_328 = n_x_54 + mul_162;  n_x_54 = mul_162 = None
        n_54 = torch.tanh(add_328);  add_328 = None
        mul_163 = sub_54 * n_54;  sub_54 = n_54 = None
        h_54 = mul_163 + mul_164;  mul_163 = mul_164 = None
        matmul_111 = h_54 @ t_111;  t_111 = None
        add_331 = matmul_111 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_111 = None
        chunk_111 = add_331.chunk(3, dim = 1);  add_331 = None
        r_h_55 = chunk_111[0]
        z_h_55 = chunk_111[1]
        n_h_55 = chunk_111[2];  chunk_111 = None
        add_332 = r_x_55 + r_h_55;  r_x_55 = r_h_55 = None
        add_333 = z_x_55 + z_h_55;  z_x_55 = z_h_55 = None
        r_55 = torch.sigmoid(add_332);  add_332 = None
        z_55 = torch.sigmoid(add_333);  add_333 = None
        mul_165 = r_55 * n_h_55;  r_55 = n_h_55 = None
        sub_55 = 1 - z_55
        mul_167 = z_55 * h_54;  z_55 = None
        add_334 = n_x_55 + mul_165;  n_x_55 = mul_165 = None
        n_55 = torch.tanh(add_334);  add_334 = None
        mul_166 = sub_55 * n_55;  sub_55 = n_55 = None
        h_55 = mul_166 + mul_167;  mul_166 = mul_167 = None
        matmul_113 = h_55 @ t_113;  t_113 = None
        add_337 = matmul_113 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_113 = None
        chunk_113 = add_337.chunk(3, dim = 1);  add_337 = None
        r_h_56 = chunk_113[0]
        z_h_56 = chunk_113[1]
        n_h_56 = chunk_113[2];  chunk_113 = None
        add_338 = r_x_56 + r_h_56;  r_x_56 = r_h_56 = None
        add_339 = z_x_56 + z_h_56;  z_x_56 = z_h_56 = None
        r_56 = torch.sigmoid(add_338);  add_338 = None
        z_56 = torch.sigmoid(add_339);  add_339 = None
        mul_168 = r_56 * n_h_56;  r_56 = n_h_56 = None
        sub_56 = 1 - z_56
        mul_170 = z_56 * h_55;  z_56 = None
        add_340 = n_x_56 + mul_168;  n_x_56 = mul_168 = None
        n_56 = torch.tanh(add_340);  add_340 = None
        mul_169 = sub_56 * n_56;  sub_56 = n_56 = None
        h_56 = mul_169 + mul_170;  mul_169 = mul_170 = None
        matmul_115 = h_56 @ t_115;  t_115 = None
        add_343 = matmul_115 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_115 = None
        chunk_115 = add_343.chunk(3, dim = 1);  add_343 = None
        r_h_57 = chunk_115[0]
        z_h_57 = chunk_115[1]
        n_h_57 = chunk_115[2];  chunk_115 = None
        add_344 = r_x_57 + r_h_57;  r_x_57 = r_h_57 = None
        add_345 = z_x_57 + z_h_57;  z_x_57 = z_h_57 = None
        r_57 = torch.sigmoid(add_344);  add_344 = None
        z_57 = torch.sigmoid(add_345);  add_345 = None
        mul_171 = r_57 * n_h_57;  r_57 = n_h_57 = None
        sub_57 = 1 - z_57
        mul_173 = z_57 * h_56;  z_57 = None
        add_346 = n_x_57 + mul_171;  n_x_57 = mul_171 = None
        n_57 = torch.tanh(add_346);  add_346 = None
        mul_172 = sub_57 * n_57;  sub_57 = n_57 = None
        h_57 = mul_172 + mul_173;  mul_172 = mul_173 = None
        matmul_117 = h_57 @ t_117;  t_117 = None
        add_349 = matmul_117 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_117 = None
        chunk_117 = add_349.chunk(3, dim = 1);  add_349 = None
        r_h_58 = chunk_117[0]
        z_h_58 = chunk_117[1]
        n_h_58 = chunk_117[2];  chunk_117 = None
        add_350 = r_x_58 + r_h_58;  r_x_58 = r_h_58 = None
        add_351 = z_x_58 + z_h_58;  z_x_58 = z_h_58 = None
        r_58 = torch.sigmoid(add_350);  add_350 = None
        z_58 = torch.sigmoid(add_351);  add_351 = None
        mul_174 = r_58 * n_h_58;  r_58 = n_h_58 = None
        sub_58 = 1 - z_58
        mul_176 = z_58 * h_57;  z_58 = None
        add_352 = n_x_58 + mul_174;  n_x_58 = mul_174 = None
        n_58 = torch.tanh(add_352);  add_352 = None
        mul_175 = sub_58 * n_58;  sub_58 = n_58 = None
        h_58 = mul_175 + mul_176;  mul_175 = mul_176 = None
        matmul_119 = h_58 @ t_119;  t_119 = None
        add_355 = matmul_119 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_119 = None
        chunk_119 = add_355.chunk(3, dim = 1);  add_355 = None
        r_h_59 = chunk_119[0]
        z_h_59 = chunk_119[1]
        n_h_59 = chunk_119[2];  chunk_119 = None
        add_356 = r_x_59 + r_h_59;  r_x_59 = r_h_59 = None
        add_357 = z_x_59 + z_h_59;  z_x_59 = z_h_59 = None
        r_59 = torch.sigmoid(add_356);  add_356 = None
        z_59 = torch.sigmoid(add_357);  add_357 = None
        mul_177 = r_59 * n_h_59;  r_59 = n_h_59 = None
        sub_59 = 1 - z_59
        mul_179 = z_59 * h_58;  z_59 = None
        add_358 = n_x_59 + mul_177;  n_x_59 = mul_177 = None
        n_59 = torch.tanh(add_358);  add_358 = None
        mul_178 = sub_59 * n_59;  sub_59 = n_59 = None
        h_59 = mul_178 + mul_179;  mul_178 = mul_179 = None
        matmul_121 = h_59 @ t_121;  t_121 = None
        add_361 = matmul_121 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_121 = None
        chunk_121 = add_361.chunk(3, dim = 1);  add_361 = None
        r_h_60 = chunk_121[0]
        z_h_60 = chunk_121[1]
        n_h_60 = chunk_121[2];  chunk_121 = None
        add_362 = r_x_60 + r_h_60;  r_x_60 = r_h_60 = None
        add_363 = z_x_60 + z_h_60;  z_x_60 = z_h_60 = None
        r_60 = torch.sigmoid(add_362);  add_362 = None
        z_60 = torch.sigmoid(add_363);  add_363 = None
        mul_180 = r_60 * n_h_60;  r_60 = n_h_60 = None
        sub_60 = 1 - z_60
        mul_182 = z_60 * h_59;  z_60 = None
        add_364 = n_x_60 + mul_180;  n_x_60 = mul_180 = None
        n_60 = torch.tanh(add_364);  add_364 = None
        mul_181 = sub_60 * n_60;  sub_60 = n_60 = None
        h_60 = mul_181 + mul_182;  mul_181 = mul_182 = None
        matmul_123 = h_60 @ t_123;  t_123 = None
        add_367 = matmul_123 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_123 = None
        chunk_123 = add_367.chunk(3, dim = 1);  add_367 = None
        r_h_61 = chunk_123[0]
        z_h_61 = chunk_123[1]
        n_h_61 = chunk_123[2];  chunk_123 = None
        add_368 = r_x_61 + r_h_61;  r_x_61 = r_h_61 = None
        add_369 = z_x_61 + z_h_61;  z_x_61 = z_h_61 = None
        r_61 = torch.sigmoid(add_368);  add_368 = None
        z_61 = torch.sigmoid(add_369);  add_369 = None
        mul_183 = r_61 * n_h_61;  r_61 = n_h_61 = None
        sub_61 = 1 - z_61
        mul_185 = z_61 * h_60;  z_61 = None
        add_370 = n_x_61 + mul_183;  n_x_61 = mul_183 = None
        n_61 = torch.tanh(add_370);  add_370 = None
        mul_184 = sub_61 * n_61;  sub_61 = n_61 = None
        h_61 = mul_184 + mul_185;  mul_184 = mul_185 = None
        matmul_125 = h_61 @ t_125;  t_125 = None
        add_373 = matmul_125 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_125 = None
        chunk_125 = add_373.chunk(3, dim = 1);  add_373 = None
        r_h_62 = chunk_125[0]
        z_h_62 = chunk_125[1]
        n_h_62 = chunk_125[2];  chunk_125 = None
        add_374 = r_x_62 + r_h_62;  r_x_62 = r_h_62 = None
        add_375 = z_x_62 + z_h_62;  z_x_62 = z_h_62 = None
        r_62 = torch.sigmoid(add_374);  add_374 = None
        z_62 = torch.sigmoid(add_375);  add_375 = None
        mul_186 = r_62 * n_h_62;  r_62 = n_h_62 = None
        sub_62 = 1 - z_62
        mul_188 = z_62 * h_61;  z_62 = None
        add_376 = n_x_62 + mul_186;  n_x_62 = mul_186 = None
        n_62 = torch.tanh(add_376);  add_376 = None
        mul_187 = sub_62 * n_62;  sub_62 = n_62 = None
        h_62 = mul_187 + mul_188;  mul_187 = mul_188 = None
        matmul_127 = h_62 @ t_127;  t_127 = None
        add_379 = matmul_127 + w6_l_self_modules_layers_modules_1_parameters_b_hh_;  matmul_127 = w6_l_self_modules_layers_modules_1_parameters_b_hh_ = None
        chunk_127 = add_379.chunk(3, dim = 1);  add_379 = None
        r_h_63 = chunk_127[0]
        z_h_63 = chunk_127[1]
        n_h_63 = chunk_127[2];  chunk_127 = None
        add_380 = r_x_63 + r_h_63;  r_x_63 = r_h_63 = None
        add_381 = z_x_63 + z_h_63;  z_x_63 = z_h_63 = None
        r_63 = torch.sigmoid(add_380);  add_380 = None
        z_63 = torch.sigmoid(add_381);  add_381 = None
        mul_189 = r_63 * n_h_63;  r_63 = n_h_63 = None
        sub_63 = 1 - z_63
        mul_191 = z_63 * h_62;  z_63 = None
        add_382 = n_x_63 + mul_189;  n_x_63 = mul_189 = None
        n_63 = torch.tanh(add_382);  add_382 = None
        mul_190 = sub_63 * n_63;  sub_63 = n_63 = None
        h_63 = mul_190 + mul_191;  mul_190 = mul_191 = None
        x_1 = torch.stack([h_32, h_33, h_34, h_35, h_36, h_37, h_38, h_39, h_40, h_41, h_42, h_43, h_44, h_45, h_46, h_47, h_48, h_49, h_50, h_51, h_52, h_53, h_54, h_55, h_56, h_57, h_58, h_59, h_60, h_61, h_62, h_63]);  h_32 = h_33 = h_34 = h_35 = h_36 = h_37 = h_38 = h_39 = h_40 = h_41 = h_42 = h_43 = h_44 = h_45 = h_46 = h_47 = h_48 = h_49 = h_50 = h_51 = h_52 = h_53 = h_54 = h_55 = h_56 = h_57 = h_58 = h_59 = h_60 = h_61 = h_62 = None
        stack_2 = torch.stack([h_31, h_63]);  h_31 = h_63 = None
        return (x_1, stack_2)



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
        _pike_tensor((2, 10, 256), (2560, 256, 1), torch.float32, 'normal', -0.014820015989243984, 0.9874787926673889),
        _pike_tensor((32, 10, 128), (1280, 128, 1), torch.float32, 'normal', -0.008971533738076687, 1.0018184185028076),
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

_PK_SPEC = {'path': 'inductor', 'args': [], 'out_kind': 'tuple', 'out_dtypes': ['float32', 'float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': False, 'autocast': None, 'inductor_mode': 'default', 'freeze': True, 'tune_convs': False, 'inputs': [[[2, 10, 256], 'torch.float32'], [[32, 10, 128], 'torch.float32']]}


class ModelNew(Model):
    """inductor-default+cuda-graph+freeze: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, None)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
