"""thinc's bundled BLIS against numpy's OpenBLAS on the matrix products spaCy's small
English model runs, one thread each. Prints microseconds per product; asserts nothing.

    .venv/bin/python bench/blas.py

ingest/nlp.py builds the model on numpy's OpenBLAS (thinc's NumpyOps(use_blis=False))
because of what this prints on our machines.
"""

from __future__ import annotations

import time

import numpy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

# (rows, inputs, outputs): a batch through the tok2vec maxout layer (width 96, window 1,
# 3 pieces), a paragraph's worth, the parser's hidden layer, one state's scores
SHAPES = [(2000, 288, 288), (300, 288, 288), (50, 384, 64), (8, 64, 74)]


def per_call_us(ops: NumpyOps, a: numpy.ndarray, b: numpy.ndarray, reps: int) -> float:
    ops.gemm(a, b)
    t0 = time.perf_counter()
    for _ in range(reps):
        ops.gemm(a, b)
    return (time.perf_counter() - t0) / reps * 1e6


def main() -> None:
    rng = numpy.random.default_rng(0)
    blis, openblas = NumpyOps(use_blis=True), NumpyOps(use_blis=False)
    print(f"{'shape':>18} {'BLIS us':>10} {'OpenBLAS us':>12} {'ratio':>6}")
    with threadpool_limits(1):
        for m, k, n in SHAPES:
            a = rng.random((m, k), dtype="float32")
            b = rng.random((k, n), dtype="float32")
            reps = max(20, int(2e8 / (m * k * n)))
            x, y = per_call_us(blis, a, b, reps), per_call_us(openblas, a, b, reps)
            print(f"{str((m, k, n)):>18} {x:10.1f} {y:12.1f} {x / y:6.2f}")


if __name__ == "__main__":
    main()
