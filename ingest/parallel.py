"""Run a function over batches in worker processes, in order, with few batches in flight.

Workers are forked, so they start with the parent's loaded pipeline (copy-on-write)
instead of loading or unpickling it. Only texts go out and quote records come back:
the parse and everything after it happen in the worker, and the parent is left
reading sources and writing the database.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from threadpoolctl import threadpool_limits

T = TypeVar("T")
R = TypeVar("R")

_state: Any = None  # what the worker's function needs (the pipeline), set once per worker


def _init(state: Any) -> None:
    global _state
    _state = state
    # One BLAS thread each: N workers on N cores, each with OpenBLAS's default of N
    # threads, ingested dev at half the speed (19.7 s against 11 s with --jobs 2).
    threadpool_limits(1)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker when its parent is gone (killed): the workers hold each other's
    ends of the task pipe, so none would see it close, and they would live on holding
    the parent's open files."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _call(fn: Callable[[Any, T], R], batch: T) -> R:
    return fn(_state, batch)


def ordered_map(fn: Callable[[Any, T], R], batches: Iterable[T], state: Any, processes: int) -> Iterator[R]:
    """fn(state, batch) for each batch, in order, computed by `processes` forked workers.

    At most two batches per worker are in flight, so memory stays flat however long
    the input, and the input is read only as fast as the workers go."""
    context = multiprocessing.get_context("fork")
    # an executor, not a Pool: a worker that dies (killed, out of memory) raises
    # BrokenProcessPool here instead of leaving its batch waited on for ever
    pool = ProcessPoolExecutor(processes, mp_context=context, initializer=_init, initargs=(state,))
    try:
        pending: deque[Future[R]] = deque()
        for batch in batches:
            pending.append(pool.submit(_call, fn, batch))
            if len(pending) >= 2 * processes:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # stopped early (an error, Ctrl-C): batches not started are dropped, not run
        pool.shutdown(wait=True, cancel_futures=True)


def can_fork() -> bool:
    """Whether workers can start as forks of this process (not on Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()
