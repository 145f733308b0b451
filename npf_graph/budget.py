"""A time budget for one document: past it, extraction stops with a LimitError.

On the main thread of a POSIX process an interval timer interrupts the work wherever it
is (a long regular-expression match too); elsewhere the budget is not enforced."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from npf_graph.errors import LimitError

DEFAULT_SECONDS = float(os.environ.get("NPF_TIME_BUDGET", "120"))


class _Expired(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` inside a stage eats it."""


def _on_alarm(signum: int, frame: object) -> None:
    raise _Expired


@contextmanager
def time_budget(seconds: float | None, path: str) -> Iterator[None]:
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or seconds <= 0 or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise LimitError(f"extraction ran past the {seconds:g}-second budget for one document", path) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
