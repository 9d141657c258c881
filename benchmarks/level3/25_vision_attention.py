import torch
import torch.nn as nn

# Self-attention over the pixels of a feature map (nn.MultiheadAttention), with a residual
# connection and LayerNorm, mapped back to (B, C, H, W).


class Model(nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.attn = nn.MultiheadAttention(embed_dim, num_heads, batch_first=True)
        self.norm = nn.LayerNorm(embed_dim)

    def forward(self, x):
        batch, channels, height, width = x.shape
        tokens = x.flatten(2).transpose(1, 2)
        attended, _ = self.attn(tokens, tokens, tokens, need_weights=False)
        tokens = self.norm(attended + tokens)
        return tokens.transpose(1, 2).reshape(batch, channels, height, width)


batch_size = 2
embed_dim = 128
num_heads = 4
height = width = 32


def get_inputs():
    return [torch.randn(batch_size, embed_dim, height, width)]


def get_init_inputs():
    return [embed_dim, num_heads]
