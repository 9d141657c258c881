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
        self.register_buffer('w0_l_self_modules_layers_modules_0_parameters_w_ih_', _pike_tensor((1024, 128), (128, 1), torch.float32, 'normal', 0.00010800031304825097, 0.03604945167899132))
        self.register_buffer('w1_l_self_modules_layers_modules_0_parameters_w_hh_', _pike_tensor((1024, 256), (256, 1), torch.float32, 'normal', 2.3592430807184428e-05, 0.03609753027558327))
        self.register_buffer('w2_l_self_modules_layers_modules_1_parameters_w_ih_', _pike_tensor((1024, 256), (256, 1), torch.float32, 'normal', 4.852376150665805e-05, 0.03607546538114548))
        self.register_buffer('w3_l_self_modules_layers_modules_1_parameters_w_hh_', _pike_tensor((1024, 256), (256, 1), torch.float32, 'normal', -8.281618647743016e-06, 0.03607266768813133))
        self.register_buffer('w4_l_self_modules_layers_modules_0_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', -9.460170986130834e-05, 0.03609670326113701))
        self.register_buffer('w5_l_self_modules_layers_modules_1_parameters_bias_', _pike_tensor((1024,), (1,), torch.float32, 'normal', -0.0019114352762699127, 0.0366840735077858))
        self.register_buffer('w6_l_self_modules_fc_parameters_weight_', _pike_tensor((10, 256), (256, 1), torch.float32, 'normal', 0.0003830327186733484, 0.03592846170067787))
        self.register_buffer('w7_l_self_modules_fc_parameters_bias_', _pike_tensor((10,), (1,), torch.float32, 'normal', 0.003706305520609021, 0.03141730651259422))

    def forward(self, l_h0_ : torch.Tensor, l_c0_ : torch.Tensor, l_x_ : torch.Tensor):
        w0_l_self_modules_layers_modules_0_parameters_w_ih_ = self.w0_l_self_modules_layers_modules_0_parameters_w_ih_
        w1_l_self_modules_layers_modules_0_parameters_w_hh_ = self.w1_l_self_modules_layers_modules_0_parameters_w_hh_
        w2_l_self_modules_layers_modules_1_parameters_w_ih_ = self.w2_l_self_modules_layers_modules_1_parameters_w_ih_
        w3_l_self_modules_layers_modules_1_parameters_w_hh_ = self.w3_l_self_modules_layers_modules_1_parameters_w_hh_
        w4_l_self_modules_layers_modules_0_parameters_bias_ = self.w4_l_self_modules_layers_modules_0_parameters_bias_
        w5_l_self_modules_layers_modules_1_parameters_bias_ = self.w5_l_self_modules_layers_modules_1_parameters_bias_
        w6_l_self_modules_fc_parameters_weight_ = self.w6_l_self_modules_fc_parameters_weight_
        w7_l_self_modules_fc_parameters_bias_ = self.w7_l_self_modules_fc_parameters_bias_
        getitem = l_h0_[0]
        getitem_1 = l_c0_[0]
        getitem_2 = l_x_[(slice(None, None, None), 0)]
        t = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_1 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_7 = l_x_[(slice(None, None, None), 1)]
        t_2 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_3 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_12 = l_x_[(slice(None, None, None), 2)]
        t_4 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_5 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_17 = l_x_[(slice(None, None, None), 3)]
        t_6 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_7 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_22 = l_x_[(slice(None, None, None), 4)]
        t_8 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_9 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_27 = l_x_[(slice(None, None, None), 5)]
        t_10 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_11 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_32 = l_x_[(slice(None, None, None), 6)]
        t_12 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_13 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_37 = l_x_[(slice(None, None, None), 7)]
        t_14 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_15 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_42 = l_x_[(slice(None, None, None), 8)]
        t_16 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_17 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_47 = l_x_[(slice(None, None, None), 9)]
        t_18 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_19 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_52 = l_x_[(slice(None, None, None), 10)]
        t_20 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_21 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_57 = l_x_[(slice(None, None, None), 11)]
        t_22 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_23 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_62 = l_x_[(slice(None, None, None), 12)]
        t_24 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_25 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_67 = l_x_[(slice(None, None, None), 13)]
        t_26 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_27 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_72 = l_x_[(slice(None, None, None), 14)]
        t_28 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_29 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_77 = l_x_[(slice(None, None, None), 15)]
        t_30 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_31 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_82 = l_x_[(slice(None, None, None), 16)]
        t_32 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_33 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_87 = l_x_[(slice(None, None, None), 17)]
        t_34 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_35 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_92 = l_x_[(slice(None, None, None), 18)]
        t_36 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_37 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_97 = l_x_[(slice(None, None, None), 19)]
        t_38 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_39 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_102 = l_x_[(slice(None, None, None), 20)]
        t_40 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_41 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_107 = l_x_[(slice(None, None, None), 21)]
        t_42 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_43 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_112 = l_x_[(slice(None, None, None), 22)]
        t_44 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_45 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_117 = l_x_[(slice(None, None, None), 23)]
        t_46 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_47 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_122 = l_x_[(slice(None, None, None), 24)]
        t_48 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_49 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_127 = l_x_[(slice(None, None, None), 25)]
        t_50 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_51 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_132 = l_x_[(slice(None, None, None), 26)]
        t_52 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_53 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_137 = l_x_[(slice(None, None, None), 27)]
        t_54 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_55 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_142 = l_x_[(slice(None, None, None), 28)]
        t_56 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_57 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_147 = l_x_[(slice(None, None, None), 29)]
        t_58 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_59 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_152 = l_x_[(slice(None, None, None), 30)]
        t_60 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t()
        t_61 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t()
        getitem_157 = l_x_[(slice(None, None, None), 31)];  l_x_ = None
        t_62 = w0_l_self_modules_layers_modules_0_parameters_w_ih_.t();  w0_l_self_modules_layers_modules_0_parameters_w_ih_ = None
        t_63 = w1_l_self_modules_layers_modules_0_parameters_w_hh_.t();  w1_l_self_modules_layers_modules_0_parameters_w_hh_ = None
        getitem_162 = l_h0_[1];  l_h0_ = None
        getitem_163 = l_c0_[1];  l_c0_ = None
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
        matmul = getitem_2 @ t;  getitem_2 = t = None
        matmul_1 = getitem @ t_1;  getitem = t_1 = None
        matmul_2 = getitem_7 @ t_2;  getitem_7 = t_2 = None
        matmul_4 = getitem_12 @ t_4;  getitem_12 = t_4 = None
        matmul_6 = getitem_17 @ t_6;  getitem_17 = t_6 = None
        matmul_8 = getitem_22 @ t_8;  getitem_22 = t_8 = None
        matmul_10 = getitem_27 @ t_10;  getitem_27 = t_10 = None
        matmul_12 = getitem_32 @ t_12;  getitem_32 = t_12 = None
        matmul_14 = getitem_37 @ t_14;  getitem_37 = t_14 = None
        matmul_16 = getitem_42 @ t_16;  getitem_42 = t_16 = None
        matmul_18 = getitem_47 @ t_18;  getitem_47 = t_18 = None
        matmul_20 = getitem_52 @ t_20;  getitem_52 = t_20 = None
        matmul_22 = getitem_57 @ t_22;  getitem_57 = t_22 = None
        matmul_24 = getitem_62 @ t_24;  getitem_62 = t_24 = None
        matmul_26 = getitem_67 @ t_26;  getitem_67 = t_26 = None
        matmul_28 = getitem_72 @ t_28;  getitem_72 = t_28 = None
        matmul_30 = getitem_77 @ t_30;  getitem_77 = t_30 = None
        matmul_32 = getitem_82 @ t_32;  getitem_82 = t_32 = None
        matmul_34 = getitem_87 @ t_34;  getitem_87 = t_34 = None
        matmul_36 = getitem_92 @ t_36;  getitem_92 = t_36 = None
        matmul_38 = getitem_97 @ t_38;  getitem_97 = t_38 = None
        matmul_40 = getitem_102 @ t_40;  getitem_102 = t_40 = None
        matmul_42 = getitem_107 @ t_42;  getitem_107 = t_42 = None
        matmul_44 = getitem_112 @ t_44;  getitem_112 = t_44 = None
        matmul_46 = getitem_117 @ t_46;  getitem_117 = t_46 = None
        matmul_48 = getitem_122 @ t_48;  getitem_122 = t_48 = None
        matmul_50 = getitem_127 @ t_50;  getitem_127 = t_50 = None
        matmul_52 = getitem_132 @ t_52;  getitem_132 = t_52 = None
        matmul_54 = getitem_137 @ t_54;  getitem_137 = t_54 = None
        matmul_56 = getitem_142 @ t_56;  getitem_142 = t_56 = None
        matmul_58 = getitem_147 @ t_58;  getitem_147 = t_58 = None
        matmul_60 = getitem_152 @ t_60;  getitem_152 = t_60 = None
        matmul_62 = getitem_157 @ t_62;  getitem_157 = t_62 = None
        matmul_65 = getitem_162 @ t_65;  getitem_162 = t_65 = None
        add = matmul + matmul_1;  matmul = matmul_1 = None
        gates = add + w4_l_self_modules_layers_modules_0_parameters_bias_;  add = None
        chunk = gates.chunk(4, dim = 1);  gates = None
        i = chunk[0]
        f = chunk[1]
        g = chunk[2]
        o = chunk[3];  chunk = None
        sigmoid_1 = torch.sigmoid(i);  i = None
        sigmoid = torch.sigmoid(f);  f = None
        tanh = torch.tanh(g);  g = None
        sigmoid_2 = torch.sigmoid(o);  o = None
        mul = sigmoid * getitem_1;  sigmoid = getitem_1 = None
        mul_1 = sigmoid_1 * tanh;  sigmoid_1 = tanh = None
        c = mul + mul_1;  mul = mul_1 = None
        tanh_1 = torch.tanh(c)
        h = sigmoid_2 * tanh_1;  sigmoid_2 = tanh_1 = None
        matmul_3 = h @ t_3;  t_3 = None
        add_3 = matmul_2 + matmul_3;  matmul_2 = matmul_3 = None
        gates_1 = add_3 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_3 = None
        chunk_1 = gates_1.chunk(4, dim = 1);  gates_1 = None
        i_1 = chunk_1[0]
        f_1 = chunk_1[1]
        g_1 = chunk_1[2]
        o_1 = chunk_1[3];  chunk_1 = None
        sigmoid_4 = torch.sigmoid(i_1);  i_1 = None
        sigmoid_3 = torch.sigmoid(f_1);  f_1 = None
        tanh_2 = torch.tanh(g_1);  g_1 = None
        sigmoid_5 = torch.sigmoid(o_1);  o_1 = None
        mul_3 = sigmoid_3 * c;  sigmoid_3 = c = None
        mul_4 = sigmoid_4 * tanh_2;  sigmoid_4 = tanh_2 = None
        c_1 = mul_3 + mul_4;  mul_3 = mul_4 = None
        tanh_3 = torch.tanh(c_1)
        h_1 = sigmoid_5 * tanh_3;  sigmoid_5 = tanh_3 = None
        matmul_5 = h_1 @ t_5;  t_5 = None
        add_6 = matmul_4 + matmul_5;  matmul_4 = matmul_5 = None
        gates_2 = add_6 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_6 = None
        chunk_2 = gates_2.chunk(4, dim = 1);  gates_2 = None
        i_2 = chunk_2[0]
        f_2 = chunk_2[1]
        g_2 = chunk_2[2]
        o_2 = chunk_2[3];  chunk_2 = None
        sigmoid_7 = torch.sigmoid(i_2);  i_2 = None
        sigmoid_6 = torch.sigmoid(f_2);  f_2 = None
        tanh_4 = torch.tanh(g_2);  g_2 = None
        sigmoid_8 = torch.sigmoid(o_2);  o_2 = None
        mul_6 = sigmoid_6 * c_1;  sigmoid_6 = c_1 = None
        mul_7 = sigmoid_7 * tanh_4;  sigmoid_7 = tanh_4 = None
        c_2 = mul_6 + mul_7;  mul_6 = mul_7 = None
        tanh_5 = torch.tanh(c_2)
        h_2 = sigmoid_8 * tanh_5;  sigmoid_8 = tanh_5 = None
        matmul_7 = h_2 @ t_7;  t_7 = None
        add_9 = matmul_6 + matmul_7;  matmul_6 = matmul_7 = None
        gates_3 = add_9 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_9 = None
        chunk_3 = gates_3.chunk(4, dim = 1);  gates_3 = None
        i_3 = chunk_3[0]
        f_3 = chunk_3[1]
        g_3 = chunk_3[2]
        o_3 = chunk_3[3];  chunk_3 = None
        sigmoid_10 = torch.sigmoid(i_3);  i_3 = None
        sigmoid_9 = torch.sigmoid(f_3);  f_3 = None
        tanh_6 = torch.tanh(g_3);  g_3 = None
        sigmoid_11 = torch.sigmoid(o_3);  o_3 = None
        mul_9 = sigmoid_9 * c_2;  sigmoid_9 = c_2 = None
        mul_10 = sigmoid_10 * tanh_6;  sigmoid_10 = tanh_6 = None
        c_3 = mul_9 + mul_10;  mul_9 = mul_10 = None
        tanh_7 = torch.tanh(c_3)
        h_3 = sigmoid_11 * tanh_7;  sigmoid_11 = tanh_7 = None
        matmul_9 = h_3 @ t_9;  t_9 = None
        add_12 = matmul_8 + matmul_9;  matmul_8 = matmul_9 = None
        gates_4 = add_12 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_12 = None
        chunk_4 = gates_4.chunk(4, dim = 1);  gates_4 = None
        i_4 = chunk_4[0]
        f_4 = chunk_4[1]
        g_4 = chunk_4[2]
        o_4 = chunk_4[3];  chunk_4 = None
        sigmoid_13 = torch.sigmoid(i_4);  i_4 = None
        sigmoid_12 = torch.sigmoid(f_4);  f_4 = None
        tanh_8 = torch.tanh(g_4);  g_4 = None
        sigmoid_14 = torch.sigmoid(o_4);  o_4 = None
        mul_12 = sigmoid_12 * c_3;  sigmoid_12 = c_3 = None
        mul_13 = sigmoid_13 * tanh_8;  sigmoid_13 = tanh_8 = None
        c_4 = mul_12 + mul_13;  mul_12 = mul_13 = None
        tanh_9 = torch.tanh(c_4)
        h_4 = sigmoid_14 * tanh_9;  sigmoid_14 = tanh_9 = None
        matmul_11 = h_4 @ t_11;  t_11 = None
        add_15 = matmul_10 + matmul_11;  matmul_10 = matmul_11 = None
        gates_5 = add_15 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_15 = None
        chunk_5 = gates_5.chunk(4, dim = 1);  gates_5 = None
        i_5 = chunk_5[0]
        f_5 = chunk_5[1]
        g_5 = chunk_5[2]
        o_5 = chunk_5[3];  chunk_5 = None
        sigmoid_16 = torch.sigmoid(i_5);  i_5 = None
        sigmoid_15 = torch.sigmoid(f_5);  f_5 = None
        tanh_10 = torch.tanh(g_5);  g_5 = None
        sigmoid_17 = torch.sigmoid(o_5);  o_5 = None
        mul_15 = sigmoid_15 * c_4;  sigmoid_15 = c_4 = None
        mul_16 = sigmoid_16 * tanh_10;  sigmoid_16 = tanh_10 = None
        c_5 = mul_15 + mul_16;  mul_15 = mul_16 = None
        tanh_11 = torch.tanh(c_5)
        h_5 = sigmoid_17 * tanh_11;  sigmoid_17 = tanh_11 = None
        matmul_13 = h_5 @ t_13;  t_13 = None
        add_18 = matmul_12 + matmul_13;  matmul_12 = matmul_13 = None
        gates_6 = add_18 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_18 = None
        chunk_6 = gates_6.chunk(4, dim = 1);  gates_6 = None
        i_6 = chunk_6[0]
        f_6 = chunk_6[1]
        g_6 = chunk_6[2]
        o_6 = chunk_6[3];  chunk_6 = None
        sigmoid_19 = torch.sigmoid(i_6);  i_6 = None
        sigmoid_18 = torch.sigmoid(f_6);  f_6 = None
        tanh_12 = torch.tanh(g_6);  g_6 = None
        sigmoid_20 = torch.sigmoid(o_6);  o_6 = None
        mul_18 = sigmoid_18 * c_5;  sigmoid_18 = c_5 = None
        mul_19 = sigmoid_19 * tanh_12;  sigmoid_19 = tanh_12 = None
        c_6 = mul_18 + mul_19;  mul_18 = mul_19 = None
        tanh_13 = torch.tanh(c_6)
        h_6 = sigmoid_20 * tanh_13;  sigmoid_20 = tanh_13 = None
        matmul_15 = h_6 @ t_15;  t_15 = None
        add_21 = matmul_14 + matmul_15;  matmul_14 = matmul_15 = None
        gates_7 = add_21 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_21 = None
        chunk_7 = gates_7.chunk(4, dim = 1);  gates_7 = None
        i_7 = chunk_7[0]
        f_7 = chunk_7[1]
        g_7 = chunk_7[2]
        o_7 = chunk_7[3];  chunk_7 = None
        sigmoid_22 = torch.sigmoid(i_7);  i_7 = None
        sigmoid_21 = torch.sigmoid(f_7);  f_7 = None
        tanh_14 = torch.tanh(g_7);  g_7 = None
        sigmoid_23 = torch.sigmoid(o_7);  o_7 = None
        mul_21 = sigmoid_21 * c_6;  sigmoid_21 = c_6 = None
        mul_22 = sigmoid_22 * tanh_14;  sigmoid_22 = tanh_14 = None
        c_7 = mul_21 + mul_22;  mul_21 = mul_22 = None
        tanh_15 = torch.tanh(c_7)
        h_7 = sigmoid_23 * tanh_15;  sigmoid_23 = tanh_15 = None
        matmul_17 = h_7 @ t_17;  t_17 = None
        add_24 = matmul_16 + matmul_17;  matmul_16 = matmul_17 = None
        gates_8 = add_24 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_24 = None
        chunk_8 = gates_8.chunk(4, dim = 1);  gates_8 = None
        i_8 = chunk_8[0]
        f_8 = chunk_8[1]
        g_8 = chunk_8[2]
        o_8 = chunk_8[3];  chunk_8 = None
        sigmoid_25 = torch.sigmoid(i_8);  i_8 = None
        sigmoid_24 = torch.sigmoid(f_8);  f_8 = None
        tanh_16 = torch.tanh(g_8);  g_8 = None
        sigmoid_26 = torch.sigmoid(o_8);  o_8 = None
        mul_24 = sigmoid_24 * c_7;  sigmoid_24 = c_7 = None
        mul_25 = sigmoid_25 * tanh_16;  sigmoid_25 = tanh_16 = None
        c_8 = mul_24 + mul_25;  mul_24 = mul_25 = None
        tanh_17 = torch.tanh(c_8)
        h_8 = sigmoid_26 * tanh_17;  sigmoid_26 = tanh_17 = None
        matmul_19 = h_8 @ t_19;  t_19 = None
        add_27 = matmul_18 + matmul_19;  matmul_18 = matmul_19 = None
        gates_9 = add_27 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_27 = None
        chunk_9 = gates_9.chunk(4, dim = 1);  gates_9 = None
        i_9 = chunk_9[0]
        f_9 = chunk_9[1]
        g_9 = chunk_9[2]
        o_9 = chunk_9[3];  chunk_9 = None
        sigmoid_28 = torch.sigmoid(i_9);  i_9 = None
        sigmoid_27 = torch.sigmoid(f_9);  f_9 = None
        tanh_18 = torch.tanh(g_9);  g_9 = None
        sigmoid_29 = torch.sigmoid(o_9);  o_9 = None
        mul_27 = sigmoid_27 * c_8;  sigmoid_27 = c_8 = None
        mul_28 = sigmoid_28 * tanh_18;  sigmoid_28 = tanh_18 = None
        c_9 = mul_27 + mul_28;  mul_27 = mul_28 = None
        tanh_19 = torch.tanh(c_9)
        h_9 = sigmoid_29 * tanh_19;  sigmoid_29 = tanh_19 = None
        matmul_21 = h_9 @ t_21;  t_21 = None
        add_30 = matmul_20 + matmul_21;  matmul_20 = matmul_21 = None
        gates_10 = add_30 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_30 = None
        chunk_10 = gates_10.chunk(4, dim = 1);  gates_10 = None
        i_10 = chunk_10[0]
        f_10 = chunk_10[1]
        g_10 = chunk_10[2]
        o_10 = chunk_10[3];  chunk_10 = None
        sigmoid_31 = torch.sigmoid(i_10);  i_10 = None
        sigmoid_30 = torch.sigmoid(f_10);  f_10 = None
        tanh_20 = torch.tanh(g_10);  g_10 = None
        sigmoid_32 = torch.sigmoid(o_10);  o_10 = None
        mul_30 = sigmoid_30 * c_9;  sigmoid_30 = c_9 = None
        mul_31 = sigmoid_31 * tanh_20;  sigmoid_31 = tanh_20 = None
        c_10 = mul_30 + mul_31;  mul_30 = mul_31 = None
        tanh_21 = torch.tanh(c_10)
        h_10 = sigmoid_32 * tanh_21;  sigmoid_32 = tanh_21 = None
        matmul_23 = h_10 @ t_23;  t_23 = None
        add_33 = matmul_22 + matmul_23;  matmul_22 = matmul_23 = None
        gates_11 = add_33 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_33 = None
        chunk_11 = gates_11.chunk(4, dim = 1);  gates_11 = None
        i_11 = chunk_11[0]
        f_11 = chunk_11[1]
        g_11 = chunk_11[2]
        o_11 = chunk_11[3];  chunk_11 = None
        sigmoid_34 = torch.sigmoid(i_11);  i_11 = None
        sigmoid_33 = torch.sigmoid(f_11);  f_11 = None
        tanh_22 = torch.tanh(g_11);  g_11 = None
        sigmoid_35 = torch.sigmoid(o_11);  o_11 = None
        mul_33 = sigmoid_33 * c_10;  sigmoid_33 = c_10 = None
        mul_34 = sigmoid_34 * tanh_22;  sigmoid_34 = tanh_22 = None
        c_11 = mul_33 + mul_34;  mul_33 = mul_34 = None
        tanh_23 = torch.tanh(c_11)
        h_11 = sigmoid_35 * tanh_23;  sigmoid_35 = tanh_23 = None
        matmul_25 = h_11 @ t_25;  t_25 = None
        add_36 = matmul_24 + matmul_25;  matmul_24 = matmul_25 = None
        gates_12 = add_36 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_36 = None
        chunk_12 = gates_12.chunk(4, dim = 1);  gates_12 = None
        i_12 = chunk_12[0]
        f_12 = chunk_12[1]
        g_12 = chunk_12[2]
        o_12 = chunk_12[3];  chunk_12 = None
        sigmoid_37 = torch.sigmoid(i_12);  i_12 = None
        sigmoid_36 = torch.sigmoid(f_12);  f_12 = None
        tanh_24 = torch.tanh(g_12);  g_12 = None
        sigmoid_38 = torch.sigmoid(o_12);  o_12 = None
        mul_36 = sigmoid_36 * c_11;  sigmoid_36 = c_11 = None
        mul_37 = sigmoid_37 * tanh_24;  sigmoid_37 = tanh_24 = None
        c_12 = mul_36 + mul_37;  mul_36 = mul_37 = None
        tanh_25 = torch.tanh(c_12)
        h_12 = sigmoid_38 * tanh_25;  sigmoid_38 = tanh_25 = None
        matmul_27 = h_12 @ t_27;  t_27 = None
        add_39 = matmul_26 + matmul_27;  matmul_26 = matmul_27 = None
        gates_13 = add_39 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_39 = None
        chunk_13 = gates_13.chunk(4, dim = 1);  gates_13 = None
        i_13 = chunk_13[0]
        f_13 = chunk_13[1]
        g_13 = chunk_13[2]
        o_13 = chunk_13[3];  chunk_13 = None
        sigmoid_40 = torch.sigmoid(i_13);  i_13 = None
        sigmoid_39 = torch.sigmoid(f_13);  f_13 = None
        tanh_26 = torch.tanh(g_13);  g_13 = None
        sigmoid_41 = torch.sigmoid(o_13);  o_13 = None
        mul_39 = sigmoid_39 * c_12;  sigmoid_39 = c_12 = None
        mul_40 = sigmoid_40 * tanh_26;  sigmoid_40 = tanh_26 = None
        c_13 = mul_39 + mul_40;  mul_39 = mul_40 = None
        tanh_27 = torch.tanh(c_13)
        h_13 = sigmoid_41 * tanh_27;  sigmoid_41 = tanh_27 = None
        matmul_29 = h_13 @ t_29;  t_29 = None
        add_42 = matmul_28 + matmul_29;  matmul_28 = matmul_29 = None
        gates_14 = add_42 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_42 = None
        chunk_14 = gates_14.chunk(4, dim = 1);  gates_14 = None
        i_14 = chunk_14[0]
        f_14 = chunk_14[1]
        g_14 = chunk_14[2]
        o_14 = chunk_14[3];  chunk_14 = None
        sigmoid_43 = torch.sigmoid(i_14);  i_14 = None
        sigmoid_42 = torch.sigmoid(f_14);  f_14 = None
        tanh_28 = torch.tanh(g_14);  g_14 = None
        sigmoid_44 = torch.sigmoid(o_14);  o_14 = None
        mul_42 = sigmoid_42 * c_13;  sigmoid_42 = c_13 = None
        mul_43 = sigmoid_43 * tanh_28;  sigmoid_43 = tanh_28 = None
        c_14 = mul_42 + mul_43;  mul_42 = mul_43 = None
        tanh_29 = torch.tanh(c_14)
        h_14 = sigmoid_44 * tanh_29;  sigmoid_44 = tanh_29 = None
        matmul_31 = h_14 @ t_31;  t_31 = None
        add_45 = matmul_30 + matmul_31;  matmul_30 = matmul_31 = None
        gates_15 = add_45 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_45 = None
        chunk_15 = gates_15.chunk(4, dim = 1);  gates_15 = None
        i_15 = chunk_15[0]
        f_15 = chunk_15[1]
        g_15 = chunk_15[2]
        o_15 = chunk_15[3];  chunk_15 = None
        sigmoid_46 = torch.sigmoid(i_15);  i_15 = None
        sigmoid_45 = torch.sigmoid(f_15);  f_15 = None
        tanh_30 = torch.tanh(g_15);  g_15 = None
        sigmoid_47 = torch.sigmoid(o_15);  o_15 = None
        mul_45 = sigmoid_45 * c_14;  sigmoid_45 = c_14 = None
        mul_46 = sigmoid_46 * tanh_30;  sigmoid_46 = tanh_30 = None
        c_15 = mul_45 + mul_46;  mul_45 = mul_46 = None
        tanh_31 = torch.tanh(c_15)
        h_15 = sigmoid_47 * tanh_31;  sigmoid_47 = tanh_31 = None
        matmul_33 = h_15 @ t_33;  t_33 = None
        add_48 = matmul_32 + matmul_33;  matmul_32 = matmul_33 = None
        gates_16 = add_48 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_48 = None
        chunk_16 = gates_16.chunk(4, dim = 1);  gates_16 = None
        i_16 = chunk_16[0]
        f_16 = chunk_16[1]
        g_16 = chunk_16[2]
        o_16 = chunk_16[3];  chunk_16 = None
        sigmoid_49 = torch.sigmoid(i_16);  i_16 = None
        sigmoid_48 = torch.sigmoid(f_16);  f_16 = None
        tanh_32 = torch.tanh(g_16);  g_16 = None
        sigmoid_50 = torch.sigmoid(o_16);  o_16 = None
        mul_48 = sigmoid_48 * c_15;  sigmoid_48 = c_15 = None
        mul_49 = sigmoid_49 * tanh_32;  sigmoid_49 = tanh_32 = None
        c_16 = mul_48 + mul_49;  mul_48 = mul_49 = None
        tanh_33 = torch.tanh(c_16)
        h_16 = sigmoid_50 * tanh_33;  sigmoid_50 = tanh_33 = None
        matmul_35 = h_16 @ t_35;  t_35 = None
        add_51 = matmul_34 + matmul_35;  matmul_34 = matmul_35 = None
        gates_17 = add_51 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_51 = None
        chunk_17 = gates_17.chunk(4, dim = 1);  gates_17 = None
        i_17 = chunk_17[0]
        f_17 = chunk_17[1]
        g_17 = chunk_17[2]
        o_17 = chunk_17[3];  chunk_17 = None
        sigmoid_52 = torch.sigmoid(i_17);  i_17 = None
        sigmoid_51 = torch.sigmoid(f_17);  f_17 = None
        tanh_34 = torch.tanh(g_17);  g_17 = None
        sigmoid_53 = torch.sigmoid(o_17);  o_17 = None
        mul_51 = sigmoid_51 * c_16;  sigmoid_51 = c_16 = None
        mul_52 = sigmoid_52 * tanh_34;  sigmoid_52 = tanh_34 = None
        c_17 = mul_51 + mul_52;  mul_51 = mul_52 = None
        tanh_35 = torch.tanh(c_17)
        h_17 = sigmoid_53 * tanh_35;  sigmoid_53 = tanh_35 = None
        matmul_37 = h_17 @ t_37;  t_37 = None
        add_54 = matmul_36 + matmul_37;  matmul_36 = matmul_37 = None
        gates_18 = add_54 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_54 = None
        chunk_18 = gates_18.chunk(4, dim = 1);  gates_18 = None
        i_18 = chunk_18[0]
        f_18 = chunk_18[1]
        g_18 = chunk_18[2]
        o_18 = chunk_18[3];  chunk_18 = None
        sigmoid_55 = torch.sigmoid(i_18);  i_18 = None
        sigmoid_54 = torch.sigmoid(f_18);  f_18 = None
        tanh_36 = torch.tanh(g_18);  g_18 = None
        sigmoid_56 = torch.sigmoid(o_18);  o_18 = None
        mul_54 = sigmoid_54 * c_17;  sigmoid_54 = c_17 = None
        mul_55 = sigmoid_55 * tanh_36;  sigmoid_55 = tanh_36 = None
        c_18 = mul_54 + mul_55;  mul_54 = mul_55 = None
        tanh_37 = torch.tanh(c_18)
        h_18 = sigmoid_56 * tanh_37;  sigmoid_56 = tanh_37 = None
        matmul_39 = h_18 @ t_39;  t_39 = None
        add_57 = matmul_38 + matmul_39;  matmul_38 = matmul_39 = None
        gates_19 = add_57 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_57 = None
        chunk_19 = gates_19.chunk(4, dim = 1);  gates_19 = None
        i_19 = chunk_19[0]
        f_19 = chunk_19[1]
        g_19 = chunk_19[2]
        o_19 = chunk_19[3];  chunk_19 = None
        sigmoid_58 = torch.sigmoid(i_19);  i_19 = None
        sigmoid_57 = torch.sigmoid(f_19);  f_19 = None
        tanh_38 = torch.tanh(g_19);  g_19 = None
        sigmoid_59 = torch.sigmoid(o_19);  o_19 = None
        mul_57 = sigmoid_57 * c_18;  sigmoid_57 = c_18 = None
        mul_58 = sigmoid_58 * tanh_38;  sigmoid_58 = tanh_38 = None
        c_19 = mul_57 + mul_58;  mul_57 = mul_58 = None
        tanh_39 = torch.tanh(c_19)
        h_19 = sigmoid_59 * tanh_39;  sigmoid_59 = tanh_39 = None
        matmul_41 = h_19 @ t_41;  t_41 = None
        add_60 = matmul_40 + matmul_41;  matmul_40 = matmul_41 = None
        gates_20 = add_60 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_60 = None
        chunk_20 = gates_20.chunk(4, dim = 1);  gates_20 = None
        i_20 = chunk_20[0]
        f_20 = chunk_20[1]
        g_20 = chunk_20[2]
        o_20 = chunk_20[3];  chunk_20 = None
        sigmoid_61 = torch.sigmoid(i_20);  i_20 = None
        sigmoid_60 = torch.sigmoid(f_20);  f_20 = None
        tanh_40 = torch.tanh(g_20);  g_20 = None
        sigmoid_62 = torch.sigmoid(o_20);  o_20 = None
        mul_60 = sigmoid_60 * c_19;  sigmoid_60 = c_19 = None
        mul_61 = sigmoid_61 * tanh_40;  sigmoid_61 = tanh_40 = None
        c_20 = mul_60 + mul_61;  mul_60 = mul_61 = None
        tanh_41 = torch.tanh(c_20)
        h_20 = sigmoid_62 * tanh_41;  sigmoid_62 = tanh_41 = None
        matmul_43 = h_20 @ t_43;  t_43 = None
        add_63 = matmul_42 + matmul_43;  matmul_42 = matmul_43 = None
        gates_21 = add_63 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_63 = None
        chunk_21 = gates_21.chunk(4, dim = 1);  gates_21 = None
        i_21 = chunk_21[0]
        f_21 = chunk_21[1]
        g_21 = chunk_21[2]
        o_21 = chunk_21[3];  chunk_21 = None
        sigmoid_64 = torch.sigmoid(i_21);  i_21 = None
        sigmoid_63 = torch.sigmoid(f_21);  f_21 = None
        tanh_42 = torch.tanh(g_21);  g_21 = None
        sigmoid_65 = torch.sigmoid(o_21);  o_21 = None
        mul_63 = sigmoid_63 * c_20;  sigmoid_63 = c_20 = None
        mul_64 = sigmoid_64 * tanh_42;  sigmoid_64 = tanh_42 = None
        c_21 = mul_63 + mul_64;  mul_63 = mul_64 = None
        tanh_43 = torch.tanh(c_21)
        h_21 = sigmoid_65 * tanh_43;  sigmoid_65 = tanh_43 = None
        matmul_45 = h_21 @ t_45;  t_45 = None
        add_66 = matmul_44 + matmul_45;  matmul_44 = matmul_45 = None
        gates_22 = add_66 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_66 = None
        chunk_22 = gates_22.chunk(4, dim = 1);  gates_22 = None
        i_22 = chunk_22[0]
        f_22 = chunk_22[1]
        g_22 = chunk_22[2]
        o_22 = chunk_22[3];  chunk_22 = None
        sigmoid_67 = torch.sigmoid(i_22);  i_22 = None
        sigmoid_66 = torch.sigmoid(f_22);  f_22 = None
        tanh_44 = torch.tanh(g_22);  g_22 = None
        sigmoid_68 = torch.sigmoid(o_22);  o_22 = None
        mul_66 = sigmoid_66 * c_21;  sigmoid_66 = c_21 = None
        mul_67 = sigmoid_67 * tanh_44;  sigmoid_67 = tanh_44 = None
        c_22 = mul_66 + mul_67;  mul_66 = mul_67 = None
        tanh_45 = torch.tanh(c_22)
        h_22 = sigmoid_68 * tanh_45;  sigmoid_68 = tanh_45 = None
        matmul_47 = h_22 @ t_47;  t_47 = None
        add_69 = matmul_46 + matmul_47;  matmul_46 = matmul_47 = None
        gates_23 = add_69 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_69 = None
        chunk_23 = gates_23.chunk(4, dim = 1);  gates_23 = None
        i_23 = chunk_23[0]
        f_23 = chunk_23[1]
        g_23 = chunk_23[2]
        o_23 = chunk_23[3];  chunk_23 = None
        sigmoid_70 = torch.sigmoid(i_23);  i_23 = None
        sigmoid_69 = torch.sigmoid(f_23);  f_23 = None
        tanh_46 = torch.tanh(g_23);  g_23 = None
        sigmoid_71 = torch.sigmoid(o_23);  o_23 = None
        mul_69 = sigmoid_69 * c_22;  sigmoid_69 = c_22 = None
        mul_70 = sigmoid_70 * tanh_46;  sigmoid_70 = tanh_46 = None
        c_23 = mul_69 + mul_70;  mul_69 = mul_70 = None
        tanh_47 = torch.tanh(c_23)
        h_23 = sigmoid_71 * tanh_47;  sigmoid_71 = tanh_47 = None
        matmul_49 = h_23 @ t_49;  t_49 = None
        add_72 = matmul_48 + matmul_49;  matmul_48 = matmul_49 = None
        gates_24 = add_72 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_72 = None
        chunk_24 = gates_24.chunk(4, dim = 1);  gates_24 = None
        i_24 = chunk_24[0]
        f_24 = chunk_24[1]
        g_24 = chunk_24[2]
        o_24 = chunk_24[3];  chunk_24 = None
        sigmoid_73 = torch.sigmoid(i_24);  i_24 = None
        sigmoid_72 = torch.sigmoid(f_24);  f_24 = None
        tanh_48 = torch.tanh(g_24);  g_24 = None
        sigmoid_74 = torch.sigmoid(o_24);  o_24 = None
        mul_72 = sigmoid_72 * c_23;  sigmoid_72 = c_23 = None
        mul_73 = sigmoid_73 * tanh_48;  sigmoid_73 = tanh_48 = None
        c_24 = mul_72 + mul_73;  mul_72 = mul_73 = None
        tanh_49 = torch.tanh(c_24)
        h_24 = sigmoid_74 * tanh_49;  sigmoid_74 = tanh_49 = None
        matmul_51 = h_24 @ t_51;  t_51 = None
        add_75 = matmul_50 + matmul_51;  matmul_50 = matmul_51 = None
        gates_25 = add_75 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_75 = None
        chunk_25 = gates_25.chunk(4, dim = 1);  gates_25 = None
        i_25 = chunk_25[0]
        f_25 = chunk_25[1]
        g_25 = chunk_25[2]
        o_25 = chunk_25[3];  chunk_25 = None
        sigmoid_76 = torch.sigmoid(i_25);  i_25 = None
        sigmoid_75 = torch.sigmoid(f_25);  f_25 = None
        tanh_50 = torch.tanh(g_25);  g_25 = None
        sigmoid_77 = torch.sigmoid(o_25);  o_25 = None
        mul_75 = sigmoid_75 * c_24;  sigmoid_75 = c_24 = None
        mul_76 = sigmoid_76 * tanh_50;  sigmoid_76 = tanh_50 = None
        c_25 = mul_75 + mul_76;  mul_75 = mul_76 = None
        tanh_51 = torch.tanh(c_25)
        h_25 = sigmoid_77 * tanh_51;  sigmoid_77 = tanh_51 = None
        matmul_53 = h_25 @ t_53;  t_53 = None
        add_78 = matmul_52 + matmul_53;  matmul_52 = matmul_53 = None
        gates_26 = add_78 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_78 = None
        chunk_26 = gates_26.chunk(4, dim = 1);  gates_26 = None
        i_26 = chunk_26[0]
        f_26 = chunk_26[1]
        g_26 = chunk_26[2]
        o_26 = chunk_26[3];  chunk_26 = None
        sigmoid_79 = torch.sigmoid(i_26);  i_26 = None
        sigmoid_78 = torch.sigmoid(f_26);  f_26 = None
        tanh_52 = torch.tanh(g_26);  g_26 = None
        sigmoid_80 = torch.sigmoid(o_26);  o_26 = None
        mul_78 = sigmoid_78 * c_25;  sigmoid_78 = c_25 = None
        mul_79 = sigmoid_79 * tanh_52;  sigmoid_79 = tanh_52 = None
        c_26 = mul_78 + mul_79;  mul_78 = mul_79 = None
        tanh_53 = torch.tanh(c_26)
        h_26 = sigmoid_80 * tanh_53;  sigmoid_80 = tanh_53 = None
        matmul_55 = h_26 @ t_55;  t_55 = None
        add_81 = matmul_54 + matmul_55;  matmul_54 = matmul_55 = None
        gates_27 = add_81 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_81 = None
        chunk_27 = gates_27.chunk(4, dim = 1);  gates_27 = None
        i_27 = chunk_27[0]
        f_27 = chunk_27[1]
        g_27 = chunk_27[2]
        o_27 = chunk_27[3];  chunk_27 = None
        sigmoid_82 = torch.sigmoid(i_27);  i_27 = None
        sigmoid_81 = torch.sigmoid(f_27);  f_27 = None
        tanh_54 = torch.tanh(g_27);  g_27 = None
        sigmoid_83 = torch.sigmoid(o_27);  o_27 = None
        mul_81 = sigmoid_81 * c_26;  sigmoid_81 = c_26 = None
        mul_82 = sigmoid_82 * tanh_54;  sigmoid_82 = tanh_54 = None
        c_27 = mul_81 + mul_82;  mul_81 = mul_82 = None
        tanh_55 = torch.tanh(c_27)
        h_27 = sigmoid_83 * tanh_55;  sigmoid_83 = tanh_55 = None
        matmul_57 = h_27 @ t_57;  t_57 = None
        add_84 = matmul_56 + matmul_57;  matmul_56 = matmul_57 = None
        gates_28 = add_84 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_84 = None
        chunk_28 = gates_28.chunk(4, dim = 1);  gates_28 = None
        i_28 = chunk_28[0]
        f_28 = chunk_28[1]
        g_28 = chunk_28[2]
        o_28 = chunk_28[3];  chunk_28 = None
        sigmoid_85 = torch.sigmoid(i_28);  i_28 = None
        sigmoid_84 = torch.sigmoid(f_28);  f_28 = None
        tanh_56 = torch.tanh(g_28);  g_28 = None
        sigmoid_86 = torch.sigmoid(o_28);  o_28 = None
        mul_84 = sigmoid_84 * c_27;  sigmoid_84 = c_27 = None
        mul_85 = sigmoid_85 * tanh_56;  sigmoid_85 = tanh_56 = None
        c_28 = mul_84 + mul_85;  mul_84 = mul_85 = None
        tanh_57 = torch.tanh(c_28)
        h_28 = sigmoid_86 * tanh_57;  sigmoid_86 = tanh_57 = None
        matmul_59 = h_28 @ t_59;  t_59 = None
        add_87 = matmul_58 + matmul_59;  matmul_58 = matmul_59 = None
        gates_29 = add_87 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_87 = None
        chunk_29 = gates_29.chunk(4, dim = 1);  gates_29 = None
        i_29 = chunk_29[0]
        f_29 = chunk_29[1]
        g_29 = chunk_29[2]
        o_29 = chunk_29[3];  chunk_29 = None
        sigmoid_88 = torch.sigmoid(i_29);  i_29 = None
        sigmoid_87 = torch.sigmoid(f_29);  f_29 = None
        tanh_58 = torch.tanh(g_29);  g_29 = None
        sigmoid_89 = torch.sigmoid(o_29);  o_29 = None
        mul_87 = sigmoid_87 * c_28;  sigmoid_87 = c_28 = None
        mul_88 = sigmoid_88 * tanh_58;  sigmoid_88 = tanh_58 = None
        c_29 = mul_87 + mul_88;  mul_87 = mul_88 = None
        tanh_59 = torch.tanh(c_29)
        h_29 = sigmoid_89 * tanh_59;  sigmoid_89 = tanh_59 = None
        matmul_61 = h_29 @ t_61;  t_61 = None
        add_90 = matmul_60 + matmul_61;  matmul_60 = matmul_61 = None
        gates_30 = add_90 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_90 = None
        chunk_30 = gates_30.chunk(4, dim = 1);  gates_30 = None
        i_30 = chunk_30[0]
        f_30 = chunk_30[1]
        g_30 = chunk_30[2]
        o_30 = chunk_30[3];  chunk_30 = None
        sigmoid_91 = torch.sigmoid(i_30);  i_30 = None
        sigmoid_90 = torch.sigmoid(f_30);  f_30 = None
        tanh_60 = torch.tanh(g_30);  g_30 = None
        sigmoid_92 = torch.sigmoid(o_30);  o_30 = None
        mul_90 = sigmoid_90 * c_29;  sigmoid_90 = c_29 = None
        mul_91 = sigmoid_91 * tanh_60;  sigmoid_91 = tanh_60 = None
        c_30 = mul_90 + mul_91;  mul_90 = mul_91 = None
        tanh_61 = torch.tanh(c_30)
        h_30 = sigmoid_92 * tanh_61;  sigmoid_92 = tanh_61 = None
        matmul_63 = h_30 @ t_63;  t_63 = None
        add_93 = matmul_62 + matmul_63;  matmul_62 = matmul_63 = None
        gates_31 = add_93 + w4_l_self_modules_layers_modules_0_parameters_bias_;  add_93 = w4_l_self_modules_layers_modules_0_parameters_bias_ = None
        chunk_31 = gates_31.chunk(4, dim = 1);  gates_31 = None
        i_31 = chunk_31[0]
        f_31 = chunk_31[1]
        g_31 = chunk_31[2]
        o_31 = chunk_31[3];  chunk_31 = None
        sigmoid_94 = torch.sigmoid(i_31);  i_31 = None
        sigmoid_93 = torch.sigmoid(f_31);  f_31 = None
        tanh_62 = torch.tanh(g_31);  g_31 = None
        sigmoid_95 = torch.sigmoid(o_31);  o_31 = None
        mul_93 = sigmoid_93 * c_30;  sigmoid_93 = c_30 = None
        mul_94 = sigmoid_94 * tanh_62;  sigmoid_94 = tanh_62 = None
        c_31 = mul_93 + mul_94;  mul_93 = mul_94 = None
        tanh_63 = torch.tanh(c_31);  c_31 = None
        h_31 = sigmoid_95 * tanh_63;  sigmoid_95 = tanh_63 = None
        x = torch.stack([h, h_1, h_2, h_3, h_4, h_5, h_6, h_7, h_8, h_9, h_10, h_11, h_12, h_13, h_14, h_15, h_16, h_17, h_18, h_19, h_20, h_21, h_22, h_23, h_24, h_25, h_26, h_27, h_28, h_29, h_30, h_31], dim = 1);  h = h_1 = h_2 = h_3 = h_4 = h_5 = h_6 = h_7 = h_8 = h_9 = h_10 = h_11 = h_12 = h_13 = h_14 = h_15 = h_16 = h_17 = h_18 = h_19 = h_20 = h_21 = h_22 = h_23 = h_24 = h_25 = h_26 = h_27 = h_28 = h_29 = h_30 = h_31 = None
        getitem_164 = x[(slice(None, None, None), 0)]
        getitem_169 = x[(slice(None, None, None), 1)]
        getitem_174 = x[(slice(None, None, None), 2)]
        getitem_179 = x[(slice(None, None, None), 3)]
        getitem_184 = x[(slice(None, None, None), 4)]
        getitem_189 = x[(slice(None, None, None), 5)]
        getitem_194 = x[(slice(None, None, None), 6)]
        getitem_199 = x[(slice(None, None, None), 7)]
        getitem_204 = x[(slice(None, None, None), 8)]
        getitem_209 = x[(slice(None, None, None), 9)]
        getitem_214 = x[(slice(None, None, None), 10)]
        getitem_219 = x[(slice(None, None, None), 11)]
        getitem_224 = x[(slice(None, None, None), 12)]
        getitem_229 = x[(slice(None, None, None), 13)]
        getitem_234 = x[(slice(None, None, None), 14)]
        getitem_239 = x[(slice(None, None, None), 15)]
        getitem_244 = x[(slice(None, None, None), 16)]
        getitem_249 = x[(slice(None, None, None), 17)]
        getitem_254 = x[(slice(None, None, None), 18)]
        getitem_259 = x[(slice(None, None, None), 19)]
        getitem_264 = x[(slice(None, None, None), 20)]
        getitem_269 = x[(slice(None, None, None), 21)]
        getitem_274 = x[(slice(None, None, None), 22)]
        getitem_279 = x[(slice(None, None, None), 23)]
        getitem_284 = x[(slice(None, None, None), 24)]
        getitem_289 = x[(slice(None, None, None), 25)]
        getitem_294 = x[(slice(None, None, None), 26)]
        getitem_299 = x[(slice(None, None, None), 27)]
        getitem_304 = x[(slice(None, None, None), 28)]
        getitem_309 = x[(slice(None, None, None), 29)]
        getitem_314 = x[(slice(None, None, None), 30)]
        getitem_319 = x[(slice(None, None, None), 31)];  x = None
        matmul_64 = getitem_164 @ t_64;  getitem_164 = t_64 = None
        matmul_66 = getitem_169 @ t_66;  getitem_169 = t_66 = None
        matmul_68 = getitem_174 @ t_68;  getitem_174 = t_68 = None
        matmul_70 = getitem_179 @ t_70;  getitem_179 = t_70 = None
        matmul_72 = getitem_184 @ t_72;  getitem_184 = t_72 = None
        matmul_74 = getitem_189 @ t_74;  getitem_189 = t_74 = None
        matmul_76 = getitem_194 @ t_76;  getitem_194 = t_76 = None
        matmul_78 = getitem_199 @ t_78;  getitem_199 = t_78 = None
        matmul_80 = getitem_204 @ t_80;  getitem_204 = t_80 = None
        matmul_82 = getitem_209 @ t_82;  getitem_209 = t_82 = None
        matmul_84 = getitem_214 @ t_84;  getitem_214 = t_84 = None
        matmul_86 = getitem_219 @ t_86;  getitem_219 = t_86 = None
        matmul_88 = getitem_224 @ t_88;  getitem_224 = t_88 = None
        matmul_90 = getitem_229 @ t_90;  getitem_229 = t_90 = None
        matmul_92 = getitem_234 @ t_92;  getitem_234 = t_92 = None
        matmul_94 = getitem_239 @ t_94;  getitem_239 = t_94 = None
        matmul_96 = getitem_244 @ t_96;  getitem_244 = t_96 = None
        matmul_98 = getitem_249 @ t_98;  getitem_249 = t_98 = None
        matmul_100 = getitem_254 @ t_100;  getitem_254 = t_100 = None
        matmul_102 = getitem_259 @ t_102;  getitem_259 = t_102 = None
        matmul_104 = getitem_264 @ t_104;  getitem_264 = t_104 = None
        matmul_106 = getitem_269 @ t_106;  getitem_269 = t_106 = None
        matmul_108 = getitem_274 @ t_108;  getitem_274 = t_108 = None
        matmul_110 = getitem_279 @ t_110;  getitem_279 = t_110 = None
        matmul_112 = getitem_284 @ t_112;  getitem_284 = t_112 = None
        matmul_114 = getitem_289 @ t_114;  getitem_289 = t_114 = None
        matmul_116 = getitem_294 @ t_116;  getitem_294 = t_116 = None
        matmul_118 = getitem_299 @ t_118;  getitem_299 = t_118 = None
        matmul_120 = getitem_304 @ t_120;  getitem_304 = t_120 = None
        matmul_122 = getitem_309 @ t_122;  getitem_309 = t_122 = None
        matmul_124 = getitem_314 @ t_124;  getitem_314 = t_124 = None
        matmul_126 = getitem_319 @ t_126;  getitem_319 = t_126 = None
        add_96 = matmul_64 + matmul_65;  matmul_64 = matmul_65 = None
        gates_32 = add_96 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_96 = None
        chunk_32 = gates_32.chunk(4, dim = 1);  gates_32 = None
        i_32 = chunk_32[0]
        f_32 = chunk_32[1]
        g_32 = chunk_32[2]
        o_32 = chunk_32[3];  chunk_32 = None
        sigmoid_97 = torch.sigmoid(i_32);  i_32 = None
        sigmoid_96 = torch.sigmoid(f_32);  f_32 = None
        tanh_64 = torch.tanh(g_32);  g_32 = None
        sigmoid_98 = torch.sigmoid(o_32);  o_32 = None
        mul_96 = sigmoid_96 * getitem_163;  sigmoid_96 = getitem_163 = None
        mul_97 = sigmoid_97 * tanh_64;  sigmoid_97 = tanh_64 = None
        c_32 = mul_96 + mul_97;  mul_96 = mul_97 = None
        tanh_65 = torch.tanh(c_32)
        h_32 = sigmoid_98 * tanh_65;  sigmoid_98 = tanh_65 = None
        matmul_67 = h_32 @ t_67;  t_67 = None
        add_99 = matmul_66 + matmul_67;  matmul_66 = matmul_67 = None
        gates_33 = add_99 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_99 = None
        chunk_33 = gates_33.chunk(4, dim = 1);  gates_33 = None
        i_33 = chunk_33[0]
        f_33 = chunk_33[1]
        g_33 = chunk_33[2]
        o_33 = chunk_33[3];  chunk_33 = None
        sigmoid_100 = torch.sigmoid(i_33);  i_33 = None
        sigmoid_99 = torch.sigmoid(f_33);  f_33 = None
        tanh_66 = torch.tanh(g_33);  g_33 = None
        sigmoid_101 = torch.sigmoid(o_33);  o_33 = None
        mul_99 = sigmoid_99 * c_32;  sigmoid_99 = c_32 = None
        mul_100 = sigmoid_100 * tanh_66;  sigmoid_100 = tanh_66 = None
        c_33 = mul_99 + mul_100;  mul_99 = mul_100 = None
        tanh_67 = torch.tanh(c_33)
        h_33 = sigmoid_101 * tanh_67;  sigmoid_101 = tanh_67 = None
        matmul_69 = h_33 @ t_69;  t_69 = None
        add_102 = matmul_68 + matmul_69;  matmul_68 = matmul_69 = None
        gates_34 = add_102 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_102 = None
        chunk_34 = gates_34.chunk(4, dim = 1);  gates_34 = None
        i_34 = chunk_34[0]
        f_34 = chunk_34[1]
        g_34 = chunk_34[2]
        o_34 = chunk_34[3];  chunk_34 = None
        sigmoid_103 = torch.sigmoid(i_34);  i_34 = None
        sigmoid_102 = torch.sigmoid(f_34);  f_34 = None
        tanh_68 = torch.tanh(g_34);  g_34 = None
        sigmoid_104 = torch.sigmoid(o_34);  o_34 = None
        mul_102 = sigmoid_102 * c_33;  sigmoid_102 = c_33 = None
        mul_103 = sigmoid_103 * tanh_68;  sigmoid_103 = tanh_68 = None
        c_34 = mul_102 + mul_103;  mul_102 = mul_103 = None
        tanh_69 = torch.tanh(c_34)
        h_34 = sigmoid_104 * tanh_69;  sigmoid_104 = tanh_69 = None
        matmul_71 = h_34 @ t_71;  t_71 = None
        add_105 = matmul_70 + matmul_71;  matmul_70 = matmul_71 = None
        gates_35 = add_105 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_105 = None
        chunk_35 = gates_35.chunk(4, dim = 1);  gates_35 = None
        i_35 = chunk_35[0]
        f_35 = chunk_35[1]
        g_35 = chunk_35[2]
        o_35 = chunk_35[3];  chunk_35 = None
        sigmoid_106 = torch.sigmoid(i_35);  i_35 = None
        sigmoid_105 = torch.sigmoid(f_35);  f_35 = None
        tanh_70 = torch.tanh(g_35);  g_35 = None
        sigmoid_107 = torch.sigmoid(o_35);  o_35 = None
        mul_105 = sigmoid_105 * c_34;  sigmoid_105 = c_34 = None
        mul_106 = sigmoid_106 * tanh_70;  sigmoid_106 = tanh_70 = None
        c_35 = mul_105 + mul_106;  mul_105 = mul_106 = None
        tanh_71 = torch.tanh(c_35)
        h_35 = sigmoid_107 * tanh_71;  sigmoid_107 = tanh_71 = None
        matmul_73 = h_35 @ t_73;  t_73 = None
        add_108 = matmul_72 + matmul_73;  matmul_72 = matmul_73 = None
        gates_36 = add_108 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_108 = None
        chunk_36 = gates_36.chunk(4, dim = 1);  gates_36 = None
        i_36 = chunk_36[0]
        f_36 = chunk_36[1]
        g_36 = chunk_36[2]
        o_36 = chunk_36[3];  chunk_36 = None
        sigmoid_109 = torch.sigmoid(i_36);  i_36 = None
        sigmoid_108 = torch.sigmoid(f_36);  f_36 = None
        tanh_72 = torch.tanh(g_36);  g_36 = None
        sigmoid_110 = torch.sigmoid(o_36);  o_36 = None
        mul_108 = sigmoid_108 * c_35;  sigmoid_108 = c_35 = None
        mul_109 = sigmoid_109 * tanh_72;  sigmoid_109 = tanh_72 = None
        c_36 = mul_108 + mul_109;  mul_108 = mul_109 = None
        tanh_73 = torch.tanh(c_36)
        h_36 = sigmoid_110 * tanh_73;  sigmoid_110 = tanh_73 = None
        matmul_75 = h_36 @ t_75;  t_75 = None
        add_111 = matmul_74 + matmul_75;  matmul_74 = matmul_75 = None
        gates_37 = add_111 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_111 = None
        chunk_37 = gates_37.chunk(4, dim = 1);  gates_37 = None
        i_37 = chunk_37[0]
        f_37 = chunk_37[1]
        g_37 = chunk_37[2]
        o_37 = chunk_37[3];  chunk_37 = None
        sigmoid_112 = torch.sigmoid(i_37);  i_37 = None
        sigmoid_111 = torch.sigmoid(f_37);  f_37 = None
        tanh_74 = torch.tanh(g_37);  g_37 = None
        sigmoid_113 = torch.sigmoid(o_37);  o_37 = None
        mul_111 = sigmoid_111 * c_36;  sigmoid_111 = c_36 = None
        mul_112 = sigmoid_112 * tanh_74;  sigmoid_112 = tanh_74 = None
        c_37 = mul_111 + mul_112;  mul_111 = mul_112 = None
        tanh_75 = torch.tanh(c_37)
        h_37 = sigmoid_113 * tanh_75;  sigmoid_113 = tanh_75 = None
        matmul_77 = h_37 @ t_77;  t_77 = None
        add_114 = matmul_76 + matmul_77;  matmul_76 = matmul_77 = None
        gates_38 = add_114 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_114 = None
        chunk_38 = gates_38.chunk(4, dim = 1);  gates_38 = None
        i_38 = chunk_38[0]
        f_38 = chunk_38[1]
        g_38 = chunk_38[2]
        o_38 = chunk_38[3];  chunk_38 = None
        sigmoid_115 = torch.sigmoid(i_38);  i_38 = None
        sigmoid_114 = torch.sigmoid(f_38);  f_38 = None
        tanh_76 = torch.tanh(g_38);  g_38 = None
        sigmoid_116 = torch.sigmoid(o_38);  o_38 = None
        mul_114 = sigmoid_114 * c_37;  sigmoid_114 = c_37 = None
        mul_115 = sigmoid_115 * tanh_76;  sigmoid_115 = tanh_76 = None
        c_38 = mul_114 + mul_115;  mul_114 = mul_115 = None
        tanh_77 = torch.tanh(c_38)
        h_38 = sigmoid_116 * tanh_77;  sigmoid_116 = tanh_77 = None
        matmul_79 = h_38 @ t_79;  t_79 = None
        add_117 = matmul_78 + matmul_79;  matmul_78 = matmul_79 = None
        gates_39 = add_117 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_117 = None
        chunk_39 = gates_39.chunk(4, dim = 1);  gates_39 = None
        i_39 = chunk_39[0]
        f_39 = chunk_39[1]
        g_39 = chunk_39[2]
        o_39 = chunk_39[3];  chunk_39 = None
        sigmoid_118 = torch.sigmoid(i_39);  i_39 = None
        sigmoid_117 = torch.sigmoid(f_39);  f_39 = None
        tanh_78 = torch.tanh(g_39);  g_39 = None
        sigmoid_119 = torch.sigmoid(o_39);  o_39 = None
        mul_117 = sigmoid_117 * c_38;  sigmoid_117 = c_38 = None
        mul_118 = sigmoid_118 * tanh_78;  sigmoid_118 = tanh_78 = None
        c_39 = mul_117 + mul_118;  mul_117 = mul_118 = None
        tanh_79 = torch.tanh(c_39)
        h_39 = sigmoid_119 * tanh_79;  sigmoid_119 = tanh_79 = None
        matmul_81 = h_39 @ t_81;  t_81 = None
        add_120 = matmul_80 + matmul_81;  matmul_80 = matmul_81 = None
        gates_40 = add_120 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_120 = None
        chunk_40 = gates_40.chunk(4, dim = 1);  gates_40 = None
        i_40 = chunk_40[0]
        f_40 = chunk_40[1]
        g_40 = chunk_40[2]
        o_40 = chunk_40[3];  chunk_40 = None
        sigmoid_121 = torch.sigmoid(i_40);  i_40 = None
        sigmoid_120 = torch.sigmoid(f_40);  f_40 = None
        tanh_80 = torch.tanh(g_40);  g_40 = None
        sigmoid_122 = torch.sigmoid(o_40);  o_40 = None
        mul_120 = sigmoid_120 * c_39;  sigmoid_120 = c_39 = None
        mul_121 = sigmoid_121 * tanh_80;  sigmoid_121 = tanh_80 = None
        c_40 = mul_120 + mul_121;  mul_120 = mul_121 = None
        tanh_81 = torch.tanh(c_40)
        h_40 = sigmoid_122 * tanh_81;  sigmoid_122 = tanh_81 = None
        matmul_83 = h_40 @ t_83;  t_83 = None
        add_123 = matmul_82 + matmul_83;  matmul_82 = matmul_83 = None
        gates_41 = add_123 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_123 = None
        chunk_41 = gates_41.chunk(4, dim = 1);  gates_41 = None
        i_41 = chunk_41[0]
        f_41 = chunk_41[1]
        g_41 = chunk_41[2]
        o_41 = chunk_41[3];  chunk_41 = None
        sigmoid_124 = torch.sigmoid(i_41);  i_41 = None
        sigmoid_123 = torch.sigmoid(f_41);  f_41 = None
        tanh_82 = torch.tanh(g_41);  g_41 = None
        sigmoid_125 = torch.sigmoid(o_41);  o_41 = None
        mul_123 = sigmoid_123 * c_40;  sigmoid_123 = c_40 = None
        mul_124 = sigmoid_124 * tanh_82;  sigmoid_124 = tanh_82 = None
        c_41 = mul_123 + mul_124;  mul_123 = mul_124 = None
        tanh_83 = torch.tanh(c_41)
        h_41 = sigmoid_125 * tanh_83;  sigmoid_125 = tanh_83 = None
        matmul_85 = h_41 @ t_85;  t_85 = None
        add_126 = matmul_84 + matmul_85;  matmul_84 = matmul_85 = None
        gates_42 = add_126 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_126 = None
        chunk_42 = gates_42.chunk(4, dim = 1);  gates_42 = None
        i_42 = chunk_42[0]
        f_42 = chunk_42[1]
        g_42 = chunk_42[2]
        o_42 = chunk_42[3];  chunk_42 = None
        sigmoid_127 = torch.sigmoid(i_42);  i_42 = None
        sigmoid_126 = torch.sigmoid(f_42);  f_42 = None
        tanh_84 = torch.tanh(g_42);  g_42 = None
        sigmoid_128 = torch.sigmoid(o_42);  o_42 = None
        mul_126 = sigmoid_126 * c_41;  sigmoid_126 = c_41 = None
        mul_127 = sigmoid_127 * tanh_84;  sigmoid_127 = tanh_84 = None
        c_42 = mul_126 + mul_127;  mul_126 = mul_127 = None
        tanh_85 = torch.tanh(c_42)
        h_42 = sigmoid_128 * tanh_85;  sigmoid_128 = tanh_85 = None
        matmul_87 = h_42 @ t_87;  t_87 = None
        add_129 = matmul_86 + matmul_87;  matmul_86 = matmul_87 = None
        gates_43 = add_129 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_129 = None
        chunk_43 = gates_43.chunk(4, dim = 1);  gates_43 = None
        i_43 = chunk_43[0]
        f_43 = chunk_43[1]
        g_43 = chunk_43[2]
        o_43 = chunk_43[3];  chunk_43 = None
        sigmoid_130 = torch.sigmoid(i_43);  i_43 = None
        sigmoid_129 = torch.sigmoid(f_43);  f_43 = None
        tanh_86 = torch.tanh(g_43);  g_43 = None
        sigmoid_131 = torch.sigmoid(o_43);  o_43 = None
        mul_129 = sigmoid_129 * c_42;  sigmoid_129 = c_42 = None
        mul_130 = sigmoid_130 * tanh_86;  sigmoid_130 = tanh_86 = None
        c_43 = mul_129 + mul_130;  mul_129 = mul_130 = None
        tanh_87 = torch.tanh(c_43)
        h_43 = sigmoid_131 * tanh_87;  sigmoid_131 = tanh_87 = None
        matmul_89 = h_43 @ t_89;  t_89 = None
        add_132 = matmul_88 + matmul_89;  matmul_88 = matmul_89 = None
        gates_44 = add_132 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_132 = None
        chunk_44 = gates_44.chunk(4, dim = 1);  gates_44 = None
        i_44 = chunk_44[0]
        f_44 = chunk_44[1]
        g_44 = chunk_44[2]
        o_44 = chunk_44[3];  chunk_44 = None
        sigmoid_133 = torch.sigmoid(i_44);  i_44 = None
        sigmoid_132 = torch.sigmoid(f_44);  f_44 = None
        tanh_88 = torch.tanh(g_44);  g_44 = None
        sigmoid_134 = torch.sigmoid(o_44);  o_44 = None
        mul_132 = sigmoid_132 * c_43;  sigmoid_132 = c_43 = None
        mul_133 = sigmoid_133 * tanh_88;  sigmoid_133 = tanh_88 = None
        c_44 = mul_132 + mul_133;  mul_132 = mul_133 = None
        tanh_89 = torch.tanh(c_44)
        h_44 = sigmoid_134 * tanh_89;  sigmoid_134 = tanh_89 = None
        matmul_91 = h_44 @ t_91;  t_91 = None
        add_135 = matmul_90 + matmul_91;  matmul_90 = matmul_91 = None
        gates_45 = add_135 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_135 = None
        chunk_45 = gates_45.chunk(4, dim = 1);  gates_45 = None
        i_45 = chunk_45[0]
        f_45 = chunk_45[1]
        g_45 = chunk_45[2]
        o_45 = chunk_45[3];  chunk_45 = None
        sigmoid_136 = torch.sigmoid(i_45);  i_45 = None
        sigmoid_135 = torch.sigmoid(f_45);  f_45 = None
        tanh_90 = torch.tanh(g_45);  g_45 = None
        sigmoid_137 = torch.sigmoid(o_45);  o_45 = None
        mul_135 = sigmoid_135 * c_44;  sigmoid_135 = c_44 = None
        mul_136 = sigmoid_136 * tanh_90;  sigmoid_136 = tanh_90 = None
        c_45 = mul_135 + mul_136;  mul_135 = mul_136 = None
        tanh_91 = torch.tanh(c_45)
        h_45 = sigmoid_137 * tanh_91;  sigmoid_137 = tanh_91 = None
        matmul_93 = h_45 @ t_93;  t_93 = None
        add_138 = matmul_92 + matmul_93;  matmul_92 = matmul_93 = None
        gates_46 = add_138 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_138 = None
        chunk_46 = gates_46.chunk(4, dim = 1);  gates_46 = None
        i_46 = chunk_46[0]
        f_46 = chunk_46[1]
        g_46 = chunk_46[2]
        o_46 = chunk_46[3];  chunk_46 = None
        sigmoid_139 = torch.sigmoid(i_46);  i_46 = None
        sigmoid_138 = torch.sigmoid(f_46);  f_46 = None
        tanh_92 = torch.tanh(g_46);  g_46 = None
        sigmoid_140 = torch.sigmoid(o_46);  o_46 = None
        mul_138 = sigmoid_138 * c_45;  sigmoid_138 = c_45 = None
        mul_139 = sigmoid_139 * tanh_92;  sigmoid_139 = tanh_92 = None
        c_46 = mul_138 + mul_139;  mul_138 = mul_139 = None
        tanh_93 = torch.tanh(c_46)
        h_46 = sigmoid_140 * tanh_93;  sigmoid_140 = tanh_93 = None
        matmul_95 = h_46 @ t_95;  t_95 = None
        add_141 = matmul_94 + matmul_95;  matmul_94 = matmul_95 = None
        gates_47 = add_141 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_141 = None
        chunk_47 = gates_47.chunk(4, dim = 1);  gates_47 = None
        i_47 = chunk_47[0]
        f_47 = chunk_47[1]
        g_47 = chunk_47[2]
        o_47 = chunk_47[3];  chunk_47 = None
        sigmoid_142 = torch.sigmoid(i_47);  i_47 = None
        sigmoid_141 = torch.sigmoid(f_47);  f_47 = None
        tanh_94 = torch.tanh(g_47);  g_47 = None
        sigmoid_143 = torch.sigmoid(o_47);  o_47 = None
        mul_141 = sigmoid_141 * c_46;  sigmoid_141 = c_46 = None
        mul_142 = sigmoid_142 * tanh_94;  sigmoid_142 = tanh_94 = None
        c_47 = mul_141 + mul_142;  mul_141 = mul_142 = None
        tanh_95 = torch.tanh(c_47)
        h_47 = sigmoid_143 * tanh_95;  sigmoid_143 = tanh_95 = None
        matmul_97 = h_47 @ t_97;  t_97 = None
        add_144 = matmul_96 + matmul_97;  matmul_96 = matmul_97 = None
        gates_48 = add_144 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_144 = None
        chunk_48 = gates_48.chunk(4, dim = 1);  gates_48 = None
        i_48 = chunk_48[0]
        f_48 = chunk_48[1]
        g_48 = chunk_48[2]
        o_48 = chunk_48[3];  chunk_48 = None
        sigmoid_145 = torch.sigmoid(i_48);  i_48 = None
        sigmoid_144 = torch.sigmoid(f_48);  f_48 = None
        tanh_96 = torch.tanh(g_48);  g_48 = None
        sigmoid_146 = torch.sigmoid(o_48);  o_48 = None
        mul_144 = sigmoid_144 * c_47;  sigmoid_144 = c_47 = None
        mul_145 = sigmoid_145 * tanh_96;  sigmoid_145 = tanh_96 = None
        c_48 = mul_144 + mul_145;  mul_144 = mul_145 = None
        tanh_97 = torch.tanh(c_48)
        h_48 = sigmoid_146 * tanh_97;  sigmoid_146 = tanh_97 = None
        matmul_99 = h_48 @ t_99;  t_99 = None
        add_147 = matmul_98 + matmul_99;  matmul_98 = matmul_99 = None
        gates_49 = add_147 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_147 = None
        chunk_49 = gates_49.chunk(4, dim = 1);  gates_49 = None
        i_49 = chunk_49[0]
        f_49 = chunk_49[1]
        g_49 = chunk_49[2]
        o_49 = chunk_49[3];  chunk_49 = None
        sigmoid_148 = torch.sigmoid(i_49);  i_49 = None
        sigmoid_147 = torch.sigmoid(f_49);  f_49 = None
        tanh_98 = torch.tanh(g_49);  g_49 = None
        sigmoid_149 = torch.sigmoid(o_49);  o_49 = None
        mul_147 = sigmoid_147 * c_48;  sigmoid_147 = c_48 = None
        mul_148 = sigmoid_148 * tanh_98;  sigmoid_148 = tanh_98 = None
        c_49 = mul_147 + mul_148;  mul_147 = mul_148 = None
        tanh_99 = torch.tanh(c_49)
        h_49 = sigmoid_149 * tanh_99;  sigmoid_149 = tanh_99 = None
        matmul_101 = h_49 @ t_101;  t_101 = None
        add_150 = matmul_100 + matmul_101;  matmul_100 = matmul_101 = None
        gates_50 = add_150 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_150 = None
        chunk_50 = gates_50.chunk(4, dim = 1);  gates_50 = None
        i_50 = chunk_50[0]
        f_50 = chunk_50[1]
        g_50 = chunk_50[2]
        o_50 = chunk_50[3];  chunk_50 = None
        sigmoid_151 = torch.sigmoid(i_50);  i_50 = None
        sigmoid_150 = torch.sigmoid(f_50);  f_50 = None
        tanh_100 = torch.tanh(g_50);  g_50 = None
        sigmoid_152 = torch.sigmoid(o_50);  o_50 = None
        mul_150 = sigmoid_150 * c_49;  sigmoid_150 = c_49 = None
        mul_151 = sigmoid_151 * tanh_100;  sigmoid_151 = tanh_100 = None
        c_50 = mul_150 + mul_151;  mul_150 = mul_151 = None
        tanh_101 = torch.tanh(c_50)
        h_50 = sigmoid_152 * tanh_101;  sigmoid_152 = tanh_101 = None
        matmul_103 = h_50 @ t_103;  t_103 = None
        add_153 = matmul_102 + matmul_103;  matmul_102 = matmul_103 = None
        gates_51 = add_153 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_153 = None
        chunk_51 = gates_51.chunk(4, dim = 1);  gates_51 = None
        i_51 = chunk_51[0]
        f_51 = chunk_51[1]
        g_51 = chunk_51[2]
        o_51 = chunk_51[3];  chunk_51 = None
        sigmoid_154 = torch.sigmoid(i_51);  i_51 = None
        sigmoid_153 = torch.sigmoid(f_51);  f_51 = None
        tanh_102 = torch.tanh(g_51);  g_51 = None
        sigmoid_155 = torch.sigmoid(o_51);  o_51 = None
        mul_153 = sigmoid_153 * c_50;  sigmoid_153 = c_50 = None
        mul_154 = sigmoid_154 * tanh_102;  sigmoid_154 = tanh_102 = None
        c_51 = mul_153 + mul_154;  mul_153 = mul_154 = None
        tanh_103 = torch.tanh(c_51)
        h_51 = sigmoid_155 * tanh_103;  sigmoid_155 = tanh_103 = None
        matmul_105 = h_51 @ t_105;  t_105 = None
        add_156 = matmul_104 + matmul_105;  matmul_104 = matmul_105 = None
        gates_52 = add_156 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_156 = None
        chunk_52 = gates_52.chunk(4, dim = 1);  gates_52 = None
        i_52 = chunk_52[0]
        f_52 = chunk_52[1]
        g_52 = chunk_52[2]
        o_52 = chunk_52[3];  chunk_52 = None
        sigmoid_157 = torch.sigmoid(i_52);  i_52 = None
        sigmoid_156 = torch.sigmoid(f_52);  f_52 = None
        tanh_104 = torch.tanh(g_52);  g_52 = None
        sigmoid_158 = torch.sigmoid(o_52);  o_52 = None
        mul_156 = sigmoid_156 * c_51;  sigmoid_156 = c_51 = None
        mul_157 = sigmoid_157 * tanh_104;  sigmoid_157 = tanh_104 = None
        c_52 = mul_156 + mul_157;  mul_156 = mul_157 = None
        tanh_105 = torch.tanh(c_52)
        h_52 = sigmoid_158 * tanh_105;  sigmoid_158 = tanh_105 = None
        matmul_107 = h_52 @ t_107;  t_107 = None
        add_159 = matmul_106 + matmul_107;  matmul_106 = matmul_107 = None
        gates_53 = add_159 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_159 = None
        chunk_53 = gates_53.chunk(4, dim = 1);  gates_53 = None
        i_53 = chunk_53[0]
        f_53 = chunk_53[1]
        g_53 = chunk_53[2]
        o_53 = chunk_53[3];  chunk_53 = None
        sigmoid_160 = torch.sigmoid(i_53);  i_53 = None
        sigmoid_159 = torch.sigmoid(f_53);  f_53 = None
        tanh_106 = torch.tanh(g_53);  g_53 = None
        sigmoid_161 = torch.sigmoid(o_53);  o_53 = None
        mul_159 = sigmoid_159 * c_52;  sigmoid_159 = c_52 = None
        mul_160 = sigmoid_160 * tanh_106;  sigmoid_160 = tanh_106 = None
        c_53 = mul_159 + mul_160;  mul_159 = mul_160 = None
        tanh_107 = torch.tanh(c_53)
        h_53 = sigmoid_161 * tanh_107;  sigmoid_161 = tanh_107 = None
        matmul_109 = h_53 @ t_109;  t_109 = None
        add_162 = matmul_108 + matmul_109;  matmul_108 = matmul_109 = None
        gates_54 = add_162 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_162 = None
        chunk_54 = gates_54.chunk(4, dim = 1);  gates_54 = None
        i_54 = chunk_54[0]
        f_54 = chunk_54[1]
        g_54 = chunk_54[2]
        o_54 = chunk_54[3];  chunk_54 = None
        sigmoid_163 = torch.sigmoid(i_54);  i_54 = None
        sigmoid_162 = torch.sigmoid(f_54);  f_54 = None
        tanh_108 = torch.tanh(g_54);  g_54 = None
        sigmoid_164 = torch.sigmoid(o_54);  o_54 = None
        mul_162 = sigmoid_162 * c_53;  sigmoid_162 = c_53 = None
        mul_163 = sigmoid_163 * tanh_108;  sigmoid_163 = tanh_108 = None
        c_54 = mul_162 + mul_163;  mul_162 = mul_163 = None
        tanh_109 = torch.tanh(c_54)
        h_54 = sigmoid_164 * tanh_109;  sigmoid_164 = tanh_109 = None
        matmul_111 = h_54 @ t_111;  t_111 = None
        add_165 = matmul_110 + matmul_111;  matmul_110 = matmul_111 = None
        gates_55 = add_165 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_165 = None
        chunk_55 = gates_55.chunk(4, dim = 1);  gates_55 = None
        i_55 = chunk_55[0]
        f_55 = chunk_55[1]
        g_55 = chunk_55[2]
        o_55 = chunk_55[3];  chunk_55 = None
        sigmoid_166 = torch.sigmoid(i_55);  i_55 = None
        sigmoid_165 = torch.sigmoid(f_55);  f_55 = None
        tanh_110 = torch.tanh(g_55);  g_55 = None
        sigmoid_167 = torch.sigmoid(o_55);  o_55 = None
        mul_165 = sigmoid_165 * c_54;  sigmoid_165 = c_54 = None
        mul_166 = sigmoid_166 * tanh_110;  sigmoid_166 = tanh_110 = None
        c_55 = mul_165 + mul_166;  mul_165 = mul_166 = None
        tanh_111 = torch.tanh(c_55)
        h_55 = sigmoid_167 * tanh_111;  sigmoid_167 = tanh_111 = None
        matmul_113 = h_55 @ t_113;  t_113 = None
        add_168 = matmul_112 + matmul_113;  matmul_112 = matmul_113 = None
        gates_56 = add_168 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_168 = None
        chunk_56 = gates_56.chunk(4, dim = 1);  gates_56 = None
        i_56 = chunk_56[0]
        f_56 = chunk_56[1]
        g_56 = chunk_56[2]
        o_56 = chunk_56[3];  chunk_56 = None
        sigmoid_169 = torch.sigmoid(i_56);  i_56 = None
        sigmoid_168 = torch.sigmoid(f_56);  f_56 = None
        tanh_112 = torch.tanh(g_56);  g_56 = None
        sigmoid_170 = torch.sigmoid(o_56);  o_56 = None
        mul_168 = sigmoid_168 * c_55;  sigmoid_168 = c_55 = None
        mul_169 = sigmoid_169 * tanh_112;  sigmoid_169 = tanh_112 = None
        c_56 = mul_168 + mul_169;  mul_168 = mul_169 = None
        tanh_113 = torch.tanh(c_56)
        h_56 = sigmoid_170 * tanh_113;  sigmoid_170 = tanh_113 = None
        matmul_115 = h_56 @ t_115;  t_115 = None
        add_171 = matmul_114 + matmul_115;  matmul_114 = matmul_115 = None
        gates_57 = add_171 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_171 = None
        chunk_57 = gates_57.chunk(4, dim = 1);  gates_57 = None
        i_57 = chunk_57[0]
        f_57 = chunk_57[1]
        g_57 = chunk_57[2]
        o_57 = chunk_57[3];  chunk_57 = None
        sigmoid_172 = torch.sigmoid(i_57);  i_57 = None
        sigmoid_171 = torch.sigmoid(f_57);  f_57 = None
        tanh_114 = torch.tanh(g_57);  g_57 = None
        sigmoid_173 = torch.sigmoid(o_57);  o_57 = None
        mul_171 = sigmoid_171 * c_56;  sigmoid_171 = c_56 = None
        mul_172 = sigmoid_172 * tanh_114;  sigmoid_172 = tanh_114 = None
        c_57 = mul_171 + mul_172;  mul_171 = mul_172 = None
        tanh_115 = torch.tanh(c_57)
        h_57 = sigmoid_173 * tanh_115;  sigmoid_173 = tanh_115 = None
        matmul_117 = h_57 @ t_117;  t_117 = None
        add_174 = matmul_116 + matmul_117;  matmul_116 = matmul_117 = None
        gates_58 = add_174 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_174 = None
        chunk_58 = gates_58.chunk(4, dim = 1);  gates_58 = None
        i_58 = chunk_58[0]
        f_58 = chunk_58[1]
        g_58 = chunk_58[2]
        o_58 = chunk_58[3];  chunk_58 = None
        sigmoid_175 = torch.sigmoid(i_58);  i_58 = None
        sigmoid_174 = torch.sigmoid(f_58);  f_58 = None
        tanh_116 = torch.tanh(g_58);  g_58 = None
        sigmoid_176 = torch.sigmoid(o_58);  o_58 = None
        mul_174 = sigmoid_174 * c_57;  sigmoid_174 = c_57 = None
        mul_175 = sigmoid_175 * tanh_116;  sigmoid_175 = tanh_116 = None
        c_58 = mul_174 + mul_175;  mul_174 = mul_175 = None
        tanh_117 = torch.tanh(c_58)
        h_58 = sigmoid_176 * tanh_117;  sigmoid_176 = tanh_117 = None
        matmul_119 = h_58 @ t_119;  t_119 = None
        add_177 = matmul_118 + matmul_119;  matmul_118 = matmul_119 = None
        gates_59 = add_177 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_177 = None
        chunk_59 = gates_59.chunk(4, dim = 1);  gates_59 = None
        i_59 = chunk_59[0]
        f_59 = chunk_59[1]
        g_59 = chunk_59[2]
        o_59 = chunk_59[3];  chunk_59 = None
        sigmoid_178 = torch.sigmoid(i_59);  i_59 = None
        sigmoid_177 = torch.sigmoid(f_59);  f_59 = None
        tanh_118 = torch.tanh(g_59);  g_59 = None
        sigmoid_179 = torch.sigmoid(o_59);  o_59 = None
        mul_177 = sigmoid_177 * c_58;  sigmoid_177 = c_58 = None
        mul_178 = sigmoid_178 * tanh_118;  sigmoid_178 = tanh_118 = None
        c_59 = mul_177 + mul_178;  mul_177 = mul_178 = None
        tanh_119 = torch.tanh(c_59)
        h_59 = sigmoid_179 * tanh_119;  sigmoid_179 = tanh_119 = None
        matmul_121 = h_59 @ t_121;  t_121 = None
        add_180 = matmul_120 + matmul_121;  matmul_120 = matmul_121 = None
        gates_60 = add_180 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_180 = None
        chunk_60 = gates_60.chunk(4, dim = 1);  gates_60 = None
        i_60 = chunk_60[0]
        f_60 = chunk_60[1]
        g_60 = chunk_60[2]
        o_60 = chunk_60[3];  chunk_60 = None
        sigmoid_181 = torch.sigmoid(i_60);  i_60 = None
        sigmoid_180 = torch.sigmoid(f_60);  f_60 = None
        tanh_120 = torch.tanh(g_60);  g_60 = None
        sigmoid_182 = torch.sigmoid(o_60);  o_60 = None
        mul_180 = sigmoid_180 * c_59;  sigmoid_180 = c_59 = None
        mul_181 = sigmoid_181 * tanh_120;  sigmoid_181 = tanh_120 = None
        c_60 = mul_180 + mul_181;  mul_180 = mul_181 = None
        tanh_121 = torch.tanh(c_60)
        h_60 = sigmoid_182 * tanh_121;  sigmoid_182 = tanh_121 = None
        matmul_123 = h_60 @ t_123;  t_123 = None
        add_183 = matmul_122 + matmul_123;  matmul_122 = matmul_123 = None
        gates_61 = add_183 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_183 = None
        chunk_61 = gates_61.chunk(4, dim = 1);  gates_61 = None
        i_61 = chunk_61[0]
        f_61 = chunk_61[1]
        g_61 = chunk_61[2]
        o_61 = chunk_61[3];  chunk_61 = None
        sigmoid_184 = torch.sigmoid(i_61);  i_61 = None
        sigmoid_183 = torch.sigmoid(f_61);  f_61 = None
        tanh_122 = torch.tanh(g_61);  g_61 = None
        sigmoid_185 = torch.sigmoid(o_61);  o_61 = None
        mul_183 = sigmoid_183 * c_60;  sigmoid_183 = c_60 = None
        mul_184 = sigmoid_184 * tanh_122;  sigmoid_184 = tanh_122 = None
        c_61 = mul_183 + mul_184;  mul_183 = mul_184 = None
        tanh_123 = torch.tanh(c_61)
        h_61 = sigmoid_185 * tanh_123;  sigmoid_185 = tanh_123 = None
        matmul_125 = h_61 @ t_125;  t_125 = None
        add_186 = matmul_124 + matmul_125;  matmul_124 = matmul_125 = None
        gates_62 = add_186 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_186 = None
        chunk_62 = gates_62.chunk(4, dim = 1);  gates_62 = None
        i_62 = chunk_62[0]
        f_62 = chunk_62[1]
        g_62 = chunk_62[2]
        o_62 = chunk_62[3];  chunk_62 = None
        sigmoid_187 = torch.sigmoid(i_62);  i_62 = None
        sigmoid_186 = torch.sigmoid(f_62);  f_62 = None
        tanh_124 = torch.tanh(g_62);  g_62 = None
        sigmoid_188 = torch.sigmoid(o_62);  o_62 = None
        mul_186 = sigmoid_186 * c_61;  sigmoid_186 = c_61 = None
        mul_187 = sigmoid_187 * tanh_124;  sigmoid_187 = tanh_124 = None
        c_62 = mul_186 + mul_187;  mul_186 = mul_187 = None
        tanh_125 = torch.tanh(c_62)
        h_62 = sigmoid_188 * tanh_125;  sigmoid_188 = tanh_125 = None
        matmul_127 = h_62 @ t_127;  t_127 = None
        add_189 = matmul_126 + matmul_127;  matmul_126 = matmul_127 = None
        gates_63 = add_189 + w5_l_self_modules_layers_modules_1_parameters_bias_;  add_189 = w5_l_self_modules_layers_modules_1_parameters_bias_ = None
        chunk_63 = gates_63.chunk(4, dim = 1);  gates_63 = None
        i_63 = chunk_63[0]
        f_63 = chunk_63[1]
        g_63 = chunk_63[2]
        o_63 = chunk_63[3];  chunk_63 = None
        sigmoid_190 = torch.sigmoid(i_63);  i_63 = None
        sigmoid_189 = torch.sigmoid(f_63);  f_63 = None
        tanh_126 = torch.tanh(g_63);  g_63 = None
        sigmoid_191 = torch.sigmoid(o_63);  o_63 = None
        mul_189 = sigmoid_189 * c_62;  sigmoid_189 = c_62 = None
        mul_190 = sigmoid_190 * tanh_126;  sigmoid_190 = tanh_126 = None
        c_63 = mul_189 + mul_190;  mul_189 = mul_190 = None
        tanh_127 = torch.tanh(c_63);  c_63 = None
        h_63 = sigmoid_191 * tanh_127;  sigmoid_191 = tanh_127 = None
        x_1 = torch.stack([h_32, h_33, h_34, h_35, h_36, h_37, h_38, h_39, h_40, h_41, h_42, h_43, h_44, h_45, h_46, h_47, h_48, h_49, h_50, h_51, h_52, h_53, h_54, h_55, h_56, h_57, h_58, h_59, h_60, h_61, h_62, h_63], dim = 1);  h_32 = h_33 = h_34 = h_35 = h_36 = h_37 = h_38 = h_39 = h_40 = h_41 = h_42 = h_43 = h_44 = h_45 = h_46 = h_47 = h_48 = h_49 = h_50 = h_51 = h_52 = h_53 = h_54 = h_55 = h_56 = h_57 = h_58 = h_59 = h_60 = h_61 = h_62 = h_63 = None
        getitem_324 = x_1[(slice(None, None, None), -1)];  x_1 = None
        linear = torch._C._nn.linear(getitem_324, w6_l_self_modules_fc_parameters_weight_, w7_l_self_modules_fc_parameters_bias_);  getitem_324 = w6_l_self_modules_fc_parameters_weight_ = w7_l_self_modules_fc_parameters_bias_ = None
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
        _pike_tensor((2, 10, 256), (2560, 256, 1), torch.float32, 'normal', -0.014820015989243984, 0.9874787926673889),
        _pike_tensor((2, 10, 256), (2560, 256, 1), torch.float32, 'normal', 0.010668543167412281, 0.9950737357139587),
        _pike_tensor((10, 32, 128), (4096, 128, 1), torch.float32, 'normal', -0.008971533738076687, 1.0018184185028076),
    ]


def get_init_inputs():
    return []


# ------------------------------------------------------------------------------------------------
# pike offline agent: inductor-default+cuda-graph
# pike-offline-recipe: {"applied": ["inductor-default", "cuda-graph"], "channels_last": false, "contiguous": false, "cuda_graph": true, "cudnn_fused": false, "cudnn_tuned": false, "fold_bn": false, "freeze": false, "inductor_mode": "default", "kernel_fp32": false, "path": "inductor", "precision": "fp32", "triton": false, "tuning": []}
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

_PK_SPEC = {'path': 'inductor', 'args': [], 'out_kind': 'tensor', 'out_dtypes': ['float32'], 'tf32': False, 'cuda_graph': True, 'channels_last_inputs': False, 'autocast': None, 'inductor_mode': 'default', 'freeze': False, 'cudnn_fused': False, 'tune_convs': False, 'inputs': [[[2, 10, 256], 'torch.float32'], [[2, 10, 256], 'torch.float32'], [[10, 32, 128], 'torch.float32']]}


class ModelNew(Model):
    """inductor-default+cuda-graph: the problem's Model, run by the pike offline runtime."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pk_runner = _PkRunner(_PK_SPEC, Model.forward, None)

    def forward(self, *inputs):
        return self._pk_runner(self, inputs)
