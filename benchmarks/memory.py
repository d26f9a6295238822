"""A process's own peak memory, for the benchmarks' child processes.

``getrusage``'s ``ru_maxrss`` survives ``execve`` on Linux: a child started from a
benchmark that had just built a 180 MB file reported the parent's peak as its own (the
order import's csv reference "peaked" at 183 MB). ``VmHWM`` belongs to the process's own
address space, made new by ``execve``; elsewhere ``ru_maxrss`` is what there is.
"""

from __future__ import annotations

import resource


def peak_mb() -> float:
    """This process's peak resident memory, in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
