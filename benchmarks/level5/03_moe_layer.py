import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# A Mixtral-style mixture-of-experts layer: softmax router, top-2 of 8 SwiGLU experts, with a
# static-shape, capacity-based dispatch (GShard/Switch style) so the graph has no data-dependent
# shapes: each expert takes at most `capacity` tokens, first choices before second choices,
# and assignments past the capacity are dropped.


class Model(nn.Module):
    def __init__(self, hidden, ffn, num_experts, top_k, capacity_factor):
        super().__init__()
        self.num_experts, self.top_k, self.capacity_factor = num_experts, top_k, capacity_factor
        self.router = nn.Linear(hidden, num_experts, bias=False)
        self.w_gate = nn.Parameter(torch.randn(num_experts, hidden, ffn) / math.sqrt(hidden))
        self.w_up = nn.Parameter(torch.randn(num_experts, hidden, ffn) / math.sqrt(hidden))
        self.w_down = nn.Parameter(torch.randn(num_experts, ffn, hidden) / math.sqrt(ffn))

    def forward(self, x):
        batch, tokens, hidden = x.shape
        flat = x.reshape(-1, hidden)
        count = flat.shape[0]
        capacity = math.ceil(count * self.top_k / self.num_experts * self.capacity_factor)

        weights, experts = torch.topk(F.softmax(self.router(flat), dim=-1), self.top_k, dim=-1)
        weights = weights / weights.sum(-1, keepdim=True)

        # assignments in priority order: all first choices, then all second choices
        expert_of = experts.t().reshape(-1)
        token_of = torch.arange(count, device=x.device).repeat(self.top_k)
        one_hot = F.one_hot(expert_of, self.num_experts)
        position = ((torch.cumsum(one_hot, dim=0) - 1) * one_hot).sum(-1)
        kept = position < capacity
        # slot `capacity` of each expert collects the dropped assignments and is discarded
        slot = expert_of * (capacity + 1) + torch.where(kept, position, torch.full_like(position, capacity))

        dispatched = flat.new_zeros(self.num_experts * (capacity + 1), hidden)
        dispatched = dispatched.index_copy(0, slot, flat[token_of])
        expert_in = dispatched.view(self.num_experts, capacity + 1, hidden)[:, :capacity]
        act = F.silu(torch.bmm(expert_in, self.w_gate)) * torch.bmm(expert_in, self.w_up)
        expert_out = torch.bmm(act, self.w_down)
        expert_out = F.pad(expert_out, (0, 0, 0, 1)).view(-1, hidden)

        gate = (weights.t().reshape(-1) * kept).unsqueeze(-1)
        combined = (expert_out[slot] * gate).view(self.top_k, count, hidden).sum(0)
        return combined.view(batch, tokens, hidden)


batch_size = 4
seq_len = 1024
hidden = 2048


def get_inputs():
    return [torch.randn(batch_size, seq_len, hidden)]


def get_init_inputs():
    return [hidden, 5632, 8, 2, 1.25]
