"""Convnet graphs through the code generator: in-place activations and conv biases joining the
kernels after them, and pointwise kernels walking channels_last tensors in their memory order.
Kernels run under the Triton interpreter (and on the GPU where there is one)."""

import re

import pytest
import torch
import torch.fx as fx
import torch.nn.functional as F

from pike_backend.offline.codegen import fuse_graph
from pike_backend.offline.codegen.layout import dense_order, dense_strides

CL = torch.channels_last

SEEN: list[str] = []


def _seen(x):
    """A leaf the tracer keeps: records which kind of tensor the shapes were propagated on."""
    SEEN.append(type(x).__name__)
    return x


fx.wrap("_seen")


def run(fn, inputs, dtype=torch.float32):
    """Generate, load and run ``fn``'s program; returns (program, outputs), checked against eager."""
    gm = fx.symbolic_trace(fn)
    want = gm(*[x.clone() for x in inputs])
    prog = fuse_graph(gm, inputs, interpreter_safe=True)
    with torch.no_grad():
        got = prog.load(gm)(*[x.clone() for x in inputs])
    tol = 2e-5 if dtype == torch.float32 else 3e-2
    torch.testing.assert_close(got, want, atol=tol * max(1.0, want.abs().max().item()), rtol=tol)
    return prog, got


def kernel_ops(prog) -> list[list[str]]:
    return [ops for _, ops in prog.kernels]


def conv_inputs(dtype=torch.float32, layout=torch.contiguous_format, batch=2):
    torch.manual_seed(0)
    x = torch.randn(batch, 4, 6, 5, dtype=dtype).contiguous(memory_format=layout)
    w = (torch.randn(8, 4, 3, 3, dtype=dtype) * 0.2).contiguous(memory_format=layout)
    b = torch.randn(8, dtype=dtype)
    return [x, w, b]


def test_dense_order_finds_channels_last_and_rejects_gaps():
    space = [2, 4, 6, 5]
    cl = torch.empty(space).contiguous(memory_format=CL).stride()
    assert dense_order(space, cl) == [0, 2, 3, 1]
    assert dense_strides(space, [0, 2, 3, 1]) == cl
    assert dense_order(space, (240, 60, 10, 2)) is None  # every other element: not dense


def conv_relu_scale(x, w, b):
    return F.relu(F.conv2d(x, w, b, padding=1), inplace=True) * 0.5


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_conv_bias_and_inplace_relu_fuse_into_one_kernel(dtype):
    prog, _ = run(conv_relu_scale, conv_inputs(dtype), dtype)
    assert kernel_ops(prog) == [["add", "relu", "mul"]]
    forward = prog.source[prog.source.index("def fused_forward"):]
    assert "torch.conv2d(in_0, in_1, None" in forward and "relu" not in forward


def shared_then_inplace(x):
    y = x * 2.0
    z = F.relu(y, inplace=True)  # y is read again below: the mutation is seen there
    return y + z


def test_inplace_on_a_value_read_elsewhere_keeps_its_effect():
    x = torch.randn(3, 17)
    prog, got = run(shared_then_inplace, [x])
    torch.testing.assert_close(got, 2 * F.relu(2 * x))
    assert "inplace=True" in prog.source


def inplace_on_input(x):
    return F.relu(x, inplace=True) + 1.0


def test_inplace_on_a_graph_input_is_not_rewritten():
    prog, _ = run(inplace_on_input, [torch.randn(4, 9)])
    assert "inplace=True" in prog.source  # the caller's tensor is changed, as in eager


@pytest.mark.parametrize("batch", [1, 3])
def test_pointwise_after_a_channels_last_conv_keeps_its_layout(batch):
    prog, got = run(conv_relu_scale, conv_inputs(layout=CL, batch=batch))
    assert got.is_contiguous(memory_format=CL) and not got.is_contiguous()
    kernel = prog.source[prog.source.index("@triton.jit"):prog.source.index("def _launch_")]
    # the conv output is read at the flat offset itself and the bias once per channel
    assert "tl.load(in0 + offs," in kernel and "(offs % 8)" in kernel


def residual(x, w, b, skip):
    y = F.conv2d(x, w, b, padding=1)
    return F.relu(y + skip, inplace=True)


def test_mixed_layouts_follow_eager():
    x, w, b = conv_inputs(layout=CL)
    skip = torch.randn(2, 8, 6, 5)  # contiguous: eager's add still follows the channels_last operand
    _, got = run(residual, [x, w, b, skip])
    assert got.stride() == (x.new_empty(2, 8, 6, 5).contiguous(memory_format=CL)).stride()


def relu_then_flatten_sum(x, w, b):
    y = F.relu(F.conv2d(x, w, b, padding=1))
    return y.reshape(y.shape[0], -1).sum(dim=1) + y.mean()


def test_a_reader_that_cannot_index_channels_last_keeps_row_major():
    # the flatten is a view only of a contiguous tensor, so the producer keeps row-major
    prog, got = run(relu_then_flatten_sum, conv_inputs(layout=CL))
    assert got.shape == (2,)
    assert "empty_strided((2, 8, 6, 5)" not in prog.source


def inception(x, w1, w2, w3):
    """Branches that end in a pointwise kernel, concatenated and read by a convolution."""
    a = F.relu(F.conv2d(x, w1), inplace=True)
    b = torch.sigmoid(F.conv2d(x, w2, padding=1)) * 2.0
    c = F.relu(F.max_pool2d(x, 3, stride=1, padding=1) - 0.5)
    y = torch.cat([a, b, c], 1)
    return F.conv2d(y, w3)


@pytest.mark.parametrize("layout", [torch.contiguous_format, CL])
def test_concatenated_branches_are_written_in_place(layout):
    """Each branch's kernel stores into its slice of the concatenation (eager's layout for it):
    no copy kernel, as inductor writes GoogLeNet's and SqueezeNet's branches."""
    torch.manual_seed(0)
    x = torch.randn(2, 4, 6, 5).contiguous(memory_format=layout)
    ws = [(torch.randn(o, i, k, k) * 0.3).contiguous(memory_format=layout)
          for o, i, k in ((3, 4, 1), (5, 4, 3), (2, 12, 1))]
    prog, _ = run(inception, [x, *ws])
    forward = prog.source[prog.source.index("def fused_forward"):]
    assert "torch.cat" not in forward and forward.count(".narrow(1, ") == 3
    assert "torch.empty_strided((2, 12, 6, 5)" in forward
    assert len(prog.kernels) == 3


def branch_read_twice(x, w1, w2, w3):
    a = F.relu(F.conv2d(x, w1))
    b = F.relu(F.conv2d(x, w2))
    return F.conv2d(torch.cat([a, b], 1), w3) * a.mean()


def test_a_branch_read_elsewhere_keeps_the_concatenation():
    torch.manual_seed(0)
    x = torch.randn(2, 4, 6, 5)
    prog, _ = run(branch_read_twice, [x, torch.randn(3, 4, 1, 1), torch.randn(2, 4, 1, 1), torch.randn(4, 5, 1, 1)])
    assert "torch.cat" in prog.source and ".narrow(" not in prog.source


def dense_block(x, w1, w2, w3, scale, shift):
    """DenseNet's layers: batch norm and ReLU over the concatenation of every earlier feature map."""
    features = [x, F.conv2d(x, w1, padding=1)]
    for w, c in ((w2, 7), (w3, 10)):
        y = torch.cat(features, 1)
        y = F.relu(y * scale[:c].reshape(-1, 1, 1) + shift[:c].reshape(-1, 1, 1))
        features.append(F.conv2d(y, w, padding=1))
    return torch.cat(features, 1)


@pytest.mark.parametrize("layout", [torch.contiguous_format, CL])
def test_a_concatenation_read_only_by_pointwise_kernels_is_never_written(layout):
    torch.manual_seed(0)
    x = torch.randn(2, 4, 6, 5).contiguous(memory_format=layout)
    w1 = (torch.randn(3, 4, 3, 3) * 0.3).contiguous(memory_format=layout)
    w2 = (torch.randn(3, 7, 3, 3) * 0.3).contiguous(memory_format=layout)
    w3 = (torch.randn(3, 10, 3, 3) * 0.3).contiguous(memory_format=layout)
    prog, _ = run(dense_block, [x, w1, w2, w3, torch.rand(10) + 0.5, torch.randn(10)])
    forward = prog.source[prog.source.index("def fused_forward"):]
    assert forward.count("torch.cat") == 1  # the block's output, which the graph returns
    assert len(prog.kernels) == 2 and "tl.where((" in prog.source


def conv_relu_pool(x, w, b, w2):
    y = F.max_pool2d(F.relu(F.conv2d(x, w, b, padding=1)), 2, 2)
    return F.conv2d(y.to(torch.float64), w2)


@pytest.mark.parametrize("layout", [torch.contiguous_format, CL])
def test_max_pool_runs_before_the_pointwise_chain_that_fed_it(layout):
    """max(relu(x + b)) == relu(max(x) + b) over a window: the bias add and ReLU run on the pooled
    tensor (a quarter of it here), in one kernel with the cast after the pool."""
    torch.manual_seed(0)
    x = torch.randn(2, 4, 8, 6).contiguous(memory_format=layout)
    w, b = (torch.randn(8, 4, 3, 3) * 0.3).contiguous(memory_format=layout), torch.randn(8)
    prog, _ = run(conv_relu_pool, [x, w, b, torch.randn(3, 8, 1, 1, dtype=torch.float64)])
    forward = prog.source[prog.source.index("def fused_forward"):]
    conv = re.search(r"(v\d+) = torch\.conv2d\(in_0", forward).group(1)
    assert re.search(rf"max_pool2d\({conv}, 2,", forward)  # the pool reads the convolution itself
    assert kernel_ops(prog) == [["add", "relu", "cast"]] and "mask = offs < 192" in prog.source  # 2x8x4x3, not 2x8x8x6


def pool_after(fn, x):
    return F.max_pool2d(fn(x), 3, 2, 1)


@pytest.mark.parametrize("fn", [
    lambda x: x * -2.0,  # decreasing: a max becomes a min
    lambda x: F.gelu(x),  # not monotonic
    lambda x: x + torch.arange(5.0),  # varies along the pooled width
])
def test_max_pool_keeps_chains_that_do_not_commute_with_it(fn):
    torch.manual_seed(0)
    prog, _ = run(lambda x: pool_after(fn, x), [torch.randn(2, 3, 7, 5)])
    forward = prog.source[prog.source.index("def fused_forward"):]
    assert "max_pool2d(in_0" not in forward


def dense_block_mixed(x, w1, w2, scale, shift):
    """As above in mixed precision: the concatenation promotes its narrower inputs, and the norm
    reads it through a cast to its own dtype (a view), as pike's fp16 stacks trace it."""
    features = [x, F.conv2d(x.float(), w1, padding=1)]
    y = torch.cat(features, 1).double()
    y = F.relu(y * scale.reshape(-1, 1, 1) + shift.reshape(-1, 1, 1))
    return F.conv2d(y.float(), w2, padding=1)


def test_a_mixed_concatenation_read_through_a_cast_is_never_written():
    torch.manual_seed(0)
    x = torch.randn(2, 4, 6, 5, dtype=torch.float64)
    prog, _ = run(dense_block_mixed, [x, torch.randn(3, 4, 3, 3) * 0.3, torch.randn(3, 7, 3, 3) * 0.3,
                                      torch.rand(7, dtype=torch.float64) + 0.5, torch.randn(7, dtype=torch.float64)])
    assert "torch.cat" not in prog.source


def shuffle_then_cast(x, b):
    y = F.relu(x + b.reshape(-1, 1, 1))
    return y.view(2, 3, 2, 4, 5).transpose(1, 2).reshape(2, 6, 4, 5).to(torch.float64)


def test_a_cast_after_a_channel_shuffle_joins_the_kernel_before_it():
    """ShuffleNet's shuffle between a ReLU and a cast: the cast runs in the ReLU's kernel, and the
    reshape's copy moves the cast values (no second pass)."""
    torch.manual_seed(0)
    prog, got = run(shuffle_then_cast, [torch.randn(2, 6, 4, 5), torch.randn(6)])
    assert got.dtype == torch.float64
    assert kernel_ops(prog) == [["add", "relu", "cast", "view"]]  # the view into the 5-d shuffle shape
    forward = prog.source[prog.source.index("def fused_forward"):]
    assert ".to(torch.float64)" not in forward and re.search(r"v\d+, = _launch_pk_add\(", forward)  # one output


def shuffle(x, b, w):
    y = F.relu(x + b.reshape(-1, 1, 1))
    y = y.view(2, 3, 2, 4, 5).transpose(1, 2).reshape(2, 6, 4, 5)
    return F.conv2d(y, w)


def test_a_channel_shuffle_after_a_kernel_is_stored_shuffled():
    """The kernel before ShuffleNet's shuffle stores its output in the transposed order: the
    transpose is then contiguous and the reshape a view, where it was a copy."""
    torch.manual_seed(0)
    prog, _ = run(shuffle, [torch.randn(2, 6, 4, 5), torch.randn(6), torch.randn(3, 6, 1, 1)])
    launcher = prog.source[prog.source.index("def _launch_pk_add"):]
    assert "torch.empty_strided((2, 3, 2, 4, 5), (120, 20, 60, 5, 1)" in launcher


def test_a_channel_shuffle_in_a_channels_last_stack_is_stored_channels_last():
    """In a channels_last stack (the values before the shuffle are channels_last) its result is
    channels_last too, as the convolution after it takes it: the kernel before stores the
    transposed order of channels_last, and no copy runs."""
    torch.manual_seed(0)
    x = torch.randn(2, 6, 4, 5).contiguous(memory_format=CL)
    w = torch.randn(3, 6, 3, 3).contiguous(memory_format=CL)
    prog, got = run(shuffle, [x, torch.randn(6), w])
    launcher = prog.source[prog.source.index("def _launch_pk_add"):]
    assert "torch.empty_strided((2, 3, 2, 4, 5), (120, 1, 3, 30, 6)" in launcher


def test_shapes_are_propagated_on_fake_tensors_and_the_inputs_stay_as_they_were():
    def fn(x, w, b):
        x.mul_(0.5)  # in place on an input: propagation must not change the caller's tensor
        return F.relu(_seen(F.conv2d(x, w, b)))

    inputs = conv_inputs(layout=CL)
    before = [t.clone() for t in inputs]
    SEEN.clear()
    prog = fuse_graph(fx.symbolic_trace(fn), inputs, interpreter_safe=True)
    assert SEEN and set(SEEN) == {"FakeTensor"}
    for now, then in zip(inputs, before):
        assert torch.equal(now, then)
    got = prog.load(fx.symbolic_trace(fn))(*[t.clone() for t in inputs])
    torch.testing.assert_close(got, fn(*[t.clone() for t in inputs]), atol=2e-5, rtol=2e-5)


def test_a_value_that_depends_on_the_data_is_propagated_on_the_real_tensors():
    from pike_backend.offline.codegen.program import _propagate

    def fn(x):
        return _seen(x) * x.sum().item()

    gm, x = fx.symbolic_trace(fn), torch.randn(4, 8)
    SEEN.clear()
    _propagate(gm, [x])
    item = next(n for n in gm.graph.nodes if n.target == "item")
    assert SEEN == ["FakeTensor", "Tensor"] and item.meta["pike_value"] == pytest.approx(x.sum().item())


def bn_relu(x, scale, shift):
    return F.relu(x * scale.reshape(-1, 1, 1) + shift.reshape(-1, 1, 1))


@pytest.mark.parametrize("pool, pooled", [
    (lambda y: F.avg_pool2d(y, 2), (2, 6, 4, 3)),
    (lambda y: F.avg_pool2d(y, (2, 3), (2, 3), 0, True), (2, 6, 4, 2)),  # ceil_mode: windows tile anyway
    (lambda y: F.adaptive_avg_pool2d(y, 1), (2, 6, 1, 1)),
    (lambda y: F.adaptive_avg_pool2d(y, (4, None)), (2, 6, 4, 6)),
    (lambda y: F.avg_pool2d(y.reshape(12, 8, 6), 2), (12, 4, 3)),  # a 3-d input: (C, H, W)
])
def test_average_pools_over_tiling_windows_fuse_with_the_ops_before_them(pool, pooled):
    """A pool whose windows tile its input is a mean over each tile: one kernel computes BN-ReLU
    and the pool, and the full-size activation is never written."""
    torch.manual_seed(0)
    prog, got = run(lambda x, s, b: pool(bn_relu(x, s, b)), [torch.randn(2, 6, 8, 6), torch.rand(6) + 0.5, torch.randn(6)])
    assert tuple(got.shape) == pooled
    assert kernel_ops(prog)[-1][-3:] == ["view", "sum", "div"] and "pool2d" not in prog.source


@pytest.mark.parametrize("pool", [
    lambda y: F.avg_pool2d(y, 3, 2, 1),  # overlapping, padded windows
    lambda y: F.avg_pool2d(y, 3),  # windows that leave a remainder of the height
    lambda y: F.avg_pool2d(y, 2, divisor_override=3),
    lambda y: F.adaptive_avg_pool2d(y, 5),  # windows of unequal sizes
    lambda y: F.avg_pool2d(y.contiguous(memory_format=CL), 2),  # channels_last: rows would stride by C
])
def test_other_average_pools_stay_torch_calls(pool):
    torch.manual_seed(0)
    prog, _ = run(lambda x, s, b: pool(bn_relu(x, s, b)), [torch.randn(2, 6, 8, 6), torch.rand(6) + 0.5, torch.randn(6)])
    assert "pool2d" in prog.source and all("sum" not in ops for ops in kernel_ops(prog))
