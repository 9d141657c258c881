import torch
import torch.nn as nn
import torch.nn.functional as F

# The Mamba-2 state-space duality (SSD) scan in chunked form, returning the output Y.
# Within a chunk the scan is a masked, decayed attention-like product; across chunks a small
# recurrence carries the states. A is the per-step log decay (dt * A, negative).


def segsum(x):
    """Stable segment sums: out[..., i, j] = sum(x[..., j+1 : i+1]) for j <= i, -inf above."""
    length = x.size(-1)
    cumulative = torch.cumsum(x, dim=-1)
    segments = cumulative[..., :, None] - cumulative[..., None, :]
    mask = torch.tril(torch.ones(length, length, dtype=torch.bool, device=x.device))
    return segments.masked_fill(~mask, float("-inf"))


class Model(nn.Module):
    def __init__(self, block_len):
        super().__init__()
        self.block_len = block_len

    def forward(self, x, a, b, c):
        batch, seqlen, heads, head_dim = x.shape
        chunks = seqlen // self.block_len
        x = x.view(batch, chunks, self.block_len, heads, head_dim)
        b = b.view(batch, chunks, self.block_len, heads, -1)
        c = c.view(batch, chunks, self.block_len, heads, -1)
        a = a.view(batch, chunks, self.block_len, heads).permute(0, 3, 1, 2)  # b h c l
        a_cumsum = torch.cumsum(a, dim=-1)

        # 1. outputs within each chunk
        decay = torch.exp(segsum(a))
        y_diag = torch.einsum("bclhn,bcshn,bhcls,bcshp->bclhp", c, b, decay, x)

        # 2. the state at the end of each chunk
        decay_states = torch.exp(a_cumsum[..., -1:] - a_cumsum)
        states = torch.einsum("bclhn,bhcl,bclhp->bchpn", b, decay_states, x)

        # 3. the recurrence across chunk boundaries, from a zero initial state
        states = torch.cat([torch.zeros_like(states[:, :1]), states], dim=1)
        decay_chunk = torch.exp(segsum(F.pad(a_cumsum[..., -1], (1, 0))))
        new_states = torch.einsum("bhzc,bchpn->bzhpn", decay_chunk, states)
        states, final_state = new_states[:, :-1], new_states[:, -1]

        # 4. the contribution of the carried states to each chunk's outputs
        y_off = torch.einsum("bclhn,bchpn,bhcl->bclhp", c, states, torch.exp(a_cumsum))
        y = y_diag + y_off
        return y.reshape(batch, seqlen, heads, head_dim)


batch_size = 8
seq_len = 256
n_heads = 8
head_dim = 64
d_state = 16
block_len = 64


def get_inputs():
    x = torch.randn(batch_size, seq_len, n_heads, head_dim)
    a = -torch.rand(batch_size, seq_len, n_heads) * 0.5
    b = torch.randn(batch_size, seq_len, n_heads, d_state)
    c = torch.randn(batch_size, seq_len, n_heads, d_state)
    return [x, a, b, c]


def get_init_inputs():
    return [block_len]
