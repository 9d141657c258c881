"""Crash: say something, then leave the process without a word to its parent."""

import os

import torch.nn as nn


class ModelNew(nn.Module):
    def forward(self, x, y):
        print("candidate about to call os._exit", flush=True)
        os._exit(0)
