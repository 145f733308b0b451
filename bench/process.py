"""Run a command and watch it: wall time and the peak resident memory of its whole process tree."""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and every process below it (0 once it has gone)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
        todo += _children(p)
    return total


def run_watched(cmd: list[str], interval: float = 0.2) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in bytes of the tree, exit status, stderr tail) of `cmd`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            done.wait(interval)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _out, err = proc.communicate()
    done.set()
    watcher.join()
    return time.perf_counter() - start, peak, proc.returncode, err[-2000:]
