"""Triton code generation over torch-level FX graphs for the offline agent.

``fuse_graph(gm, example_inputs)`` first rewrites the graph so more of it fuses (``rewrite.py``:
unobserved in-place activations made out-of-place, convolution biases split into an add, a
max-pool moved before the bias add and ReLU that fed it, casts moved above transposes and
reshapes), lowers it to a small IR (pointwise ops, reductions over any dims, views; softmax,
log-softmax, layer/RMS/group/batch norm, var/std, logsumexp and average pools whose windows tile
their input decomposed into those), fuses it greedily into regions (one kernel each: flat
pointwise, row reductions with their prologues and epilogues, or a GEMM with its epilogue),
recognizes attention and Mamba-2's chunked SSD scan (``ssd.py``: by what it computes, checked on
the example inputs), and writes a self-contained Python program whose
``fused_forward(*inputs)`` computes what ``gm`` computes, calling plain torch for everything else.
A flat pointwise kernel walks its space in its outputs' memory order (channels_last after a
channels_last convolution) and keeps that layout, or the order that makes a transpose and reshape
after it free (ShuffleNet's channel shuffle); regions with the same kernel share one.
Concatenations are not copied where they need not be: one that only pointwise kernels read is
never written (they load each element from the input that holds it: DenseNet's layers), and one
of pointwise kernels' outputs that nothing else reads is written in place, each kernel storing
into its slice of the buffer (GoogLeNet's and SqueezeNet's branches).
"""

from .program import FusedProgram, fuse_graph

__all__ = ["FusedProgram", "fuse_graph"]
