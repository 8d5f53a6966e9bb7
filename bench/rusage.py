"""Runs a command and writes its wall time, user and system CPU (seconds) and peak RSS (KB) to a file,
as `/usr/bin/time -f "%e %U %S %M" -o FILE` does, but to the microsecond: GNU time prints CPU seconds
with two decimals, a 10 ms step that is a tenth of a `check` on the example workbooks, so a ratio of
two such commands moved by 0.1 with one step (bench/NOTES.md, "Timing to the microsecond").
The figures are the kernel's own for the child (wait4), all its threads included; this script's CPU
is not in them.

Usage: python3 rusage.py REPORT_FILE COMMAND [ARGS...]   (the command's exit code is passed on)"""
import os
import sys
import time


def main():
    report, command = sys.argv[1], sys.argv[2:]
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - started
    with open(report, "w") as out:
        out.write("%.6f %.6f %.6f %d\n" % (wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss))
    sys.exit(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else (status >> 8))


if __name__ == "__main__":
    main()
