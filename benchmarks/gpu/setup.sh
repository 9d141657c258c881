# Source on a GPU machine without network: installs carried wheels (diskcache) and pike itself,
# once per machine (scripts that run side by side may all source it).
# Wheels: python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 \
#   --platform manylinux2014_x86_64 -d .whl diskcache==5.6.3
if ls .whl/*.whl >/dev/null 2>&1; then
    [ -d /tmp/site ] || python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
    export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
if ! command -v pike >/dev/null; then
    python3 -m pip install -q --no-deps --no-build-isolation -e . >/dev/null 2>&1 || python3 -m pip install -q --no-deps -e .
fi
export PYTHONUNBUFFERED=1 OUT=${OUT:-$PWD/out}
mkdir -p "$OUT"
python3 -c "import torch, triton; print('torch', torch.__version__, 'triton', triton.__version__, torch.cuda.get_device_name())"
