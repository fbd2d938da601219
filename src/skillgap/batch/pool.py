"""The worker pool of batch runs: chunks of jobs out, outcomes back in input order.

Nothing here knows what a job is. :func:`run` takes the work as functions: ``prepare``
sets a process up (in each worker, or in the caller's process with one worker), ``work``
turns a chunk of jobs into outcomes, and ``dead`` gives the outcome of a job whose worker
died. A failure travels back as an outcome, never as an exception that stops the run.

The process start method is chosen explicitly (:func:`start_method`), and whatever a
worker changes (signal handlers, the garbage collector) it changes in itself only: the
caller's process, a library user's or pytest's, is left as it was.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Final, Generic, TypeVar

#: Jobs a worker is sent at once: enough to amortise the round trip, few enough to stream.
CHUNK: Final = 64
#: Worker deaths in a row, each on a job run alone, that mean the fault is not the jobs.
MAX_DEATHS_IN_A_ROW: Final = 3
#: Seconds a stopped run gives each worker to finish the chunk it is working on.
STOP_GRACE: Final = 5.0

J = TypeVar("J")  # a job
R = TypeVar("R")  # a job's outcome
S = TypeVar("S")  # what every worker is set up with


def start_method() -> str:
    """The process start method, chosen here rather than left to the platform's default.

    ``fork`` starts a worker in milliseconds, sharing the imported code, but it is safe
    only on Linux and only from a process with no other thread (a lock held by another
    thread at the fork stays locked in the child for ever); the command line is such a
    process. Elsewhere, or for a library caller running threads, ``forkserver`` forks
    workers from a clean one-thread server; ``spawn`` where there is nothing else (Windows).
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    if "forkserver" in multiprocessing.get_all_start_methods():
        return "forkserver"
    return "spawn"


def _worker_init(prepare: Callable[[S], None], setup: S) -> None:
    """A worker's start: signals as the parent wants them, the GC off inherited objects."""
    # The parent owns shutdown: Ctrl-C (sent to the whole process group) is the parent's to
    # handle, and it stops the pool. SIGTERM and SIGHUP kill a worker outright, whatever
    # handler it inherited from the parent by fork.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _die_with_parent()
    # Everything inherited from the parent is long-lived: keep the cyclic GC off it, so a
    # collection neither walks it nor touches (and so copies) its pages in this process.
    # This is the worker's own process: the caller's collector is never frozen.
    gc.freeze()
    prepare(setup)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker if the parent dies, even by SIGKILL.

    A worker waits for work on a pipe it also holds open itself, so a parent's death
    alone never wakes it.
    """
    if sys.platform != "linux":
        return
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)


def chunks(jobs: Iterable[J], size: int = CHUNK) -> Iterator[list[J]]:
    """The jobs in lists of ``size`` (the last one shorter), lazily."""
    chunk: list[J] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    jobs: Iterable[J],
    *,
    workers: int,
    prepare: Callable[[S], None],
    setup: S,
    work: Callable[[list[J]], list[R]],
    dead: Callable[[J], R],
    on_chunk: Callable[[list[R]], None],
) -> None:
    """Do every job; ``on_chunk`` gets the outcomes in input order, chunk by chunk.

    With one worker everything happens in this process (``prepare(setup)`` first).
    Otherwise ``workers`` processes each run ``prepare(setup)`` once, then ``work`` on
    chunk after chunk; ``prepare`` and ``work`` must be module-level functions (a worker
    started by ``forkserver`` or ``spawn`` imports them by name). ``dead(job)``, the outcome
    of a job whose worker died, is called in this process, which never ran ``prepare``.
    """
    if workers <= 1:
        prepare(setup)
        for chunk in chunks(jobs):
            on_chunk(work(chunk))
        return
    pool = Pool(workers, prepare, setup, work, dead)
    # Chunks sent and not yet given back, oldest first. A bounded window keeps memory flat
    # however many jobs there are.
    window: deque[tuple[list[J], Future[list[R]]]] = deque()
    try:
        for chunk in chunks(jobs):
            window.append((chunk, pool.submit(chunk)))
            while len(window) >= workers * 3:
                on_chunk(pool.result(window))
        while window:
            on_chunk(pool.result(window))
    except BaseException:
        pool.stop()  # stopped (a signal, Ctrl-C, a closed pipe, an error): soon, not later
        raise
    finally:
        pool.shutdown()


class Pool(Generic[J, R]):
    """A process pool that outlives the death of a worker.

    A worker killed while working (out of memory, a signal, a crash in C) breaks the whole
    pool. Every chunk it had not given back is then done again in a new pool, one job at
    a time, so that the job that kills a worker is found: its outcome is ``dead(job)``,
    and the run goes on.
    """

    def __init__(
        self,
        workers: int,
        prepare: Callable[[S], None],
        setup: S,
        work: Callable[[list[J]], list[R]],
        dead: Callable[[J], R],
    ) -> None:
        self.workers = workers
        self.initargs = (prepare, setup)
        self.work = work
        self.dead = dead
        self.pool = self._new()
        self.deaths_in_a_row = 0

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(start_method()),
            initializer=_worker_init,
            initargs=self.initargs,
        )

    def submit(self, chunk: list[J]) -> Future[list[R]]:
        """Send one chunk to the next free worker."""
        return self.pool.submit(self.work, chunk)

    def result(self, window: deque[tuple[list[J], Future[list[R]]]]) -> list[R]:
        """The oldest chunk's outcomes; after a worker's death, every waiting chunk's again."""
        chunk, future = window.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        self._replace()
        outcomes = [self._alone(job) for job in chunk]
        waiting = list(window)
        window.clear()
        for other, done in waiting:
            finished = done.done() and done.exception() is None
            # Chunks the dead pool had finished keep their outcomes; the rest start again.
            window.append((other, done if finished else self.submit(other)))
        return outcomes

    def _alone(self, job: J) -> R:
        """One job done by itself, so that a worker's death names the job."""
        try:
            (outcome,) = self.submit([job]).result()
        except BrokenProcessPool:
            self.deaths_in_a_row += 1
            if self.deaths_in_a_row >= MAX_DEATHS_IN_A_ROW:
                raise  # every worker dies, whatever the job: stop, as an internal error
            self._replace()
            return self.dead(job)
        self.deaths_in_a_row = 0
        return outcome

    def _replace(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new()

    def stop(self) -> None:
        """Stop soon: no chunk starts any more, the ones being worked on finish, workers exit.

        Killing a worker outright could cut the result it is sending in half, leaving the
        executor waiting for the rest for ever; so each gets :data:`STOP_GRACE` seconds to
        finish its chunk (a fraction of a second, normally), and only one that is stuck
        is killed.
        """
        # The executor has no public handle on its workers before Python 3.14
        # (terminate_workers()); its process table is the one there is.
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + STOP_GRACE
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join()

    def shutdown(self) -> None:
        """Wait for the workers to finish and exit."""
        self.pool.shutdown(wait=True, cancel_futures=True)
