import math

import torch
import torch.nn as nn
import torch.nn.functional as F

# An S4D layer (diagonal state-space model) in convolution mode: the kernel of the linear
# recurrence x' = A x + B u, y = C x + D u (diagonal complex A, zero-order hold) is built for the
# whole sequence, applied as a causal FFT convolution, then GELU and a gated 1x1 output
# projection. The kernel's complex arithmetic is written out in real and imaginary parts.


class Model(nn.Module):
    def __init__(self, channels, state_size, dt_min=1e-3, dt_max=1e-1):
        super().__init__()
        half = state_size // 2
        log_dt = torch.rand(channels) * (math.log(dt_max) - math.log(dt_min)) + math.log(dt_min)
        self.log_dt = nn.Parameter(log_dt)
        self.log_a_real = nn.Parameter(torch.log(0.5 * torch.ones(channels, half)))
        self.a_imag = nn.Parameter(math.pi * torch.arange(half, dtype=torch.float32).repeat(channels, 1))
        self.c_real = nn.Parameter(torch.randn(channels, half) * 0.5**0.5)
        self.c_imag = nn.Parameter(torch.randn(channels, half) * 0.5**0.5)
        self.d = nn.Parameter(torch.randn(channels))
        self.output = nn.Conv1d(channels, 2 * channels, kernel_size=1)

    def kernel(self, length):
        dt = self.log_dt.exp().unsqueeze(-1)
        a_real, a_imag = -self.log_a_real.exp(), self.a_imag
        dta_real, dta_imag = a_real * dt, a_imag * dt
        # C * (exp(dt A) - 1) / A, in real and imaginary parts
        growth = dta_real.exp()
        num_real, num_imag = growth * torch.cos(dta_imag) - 1, growth * torch.sin(dta_imag)
        denom = a_real**2 + a_imag**2
        ratio_real = (num_real * a_real + num_imag * a_imag) / denom
        ratio_imag = (num_imag * a_real - num_real * a_imag) / denom
        coef_real = self.c_real * ratio_real - self.c_imag * ratio_imag
        coef_imag = self.c_real * ratio_imag + self.c_imag * ratio_real
        # exp(dt A * l) for l = 0 .. length-1
        steps = torch.arange(length, device=dt.device, dtype=dt.dtype)
        magnitude = torch.exp(dta_real.unsqueeze(-1) * steps)
        phase = dta_imag.unsqueeze(-1) * steps
        power_real, power_imag = magnitude * torch.cos(phase), magnitude * torch.sin(phase)
        return 2 * (coef_real.unsqueeze(-1) * power_real - coef_imag.unsqueeze(-1) * power_imag).sum(1)

    def forward(self, u):
        length = u.shape[-1]
        k = self.kernel(length)
        k_f = torch.fft.rfft(k, n=2 * length)
        u_f = torch.fft.rfft(u, n=2 * length)
        y = torch.fft.irfft(u_f * k_f, n=2 * length)[..., :length]
        y = F.gelu(y + u * self.d.unsqueeze(-1))
        return F.glu(self.output(y), dim=1)


batch_size = 8
channels = 1024
seq_len = 4096


def get_inputs():
    return [torch.randn(batch_size, channels, seq_len)]


def get_init_inputs():
    return [channels, 64]
