# SPDX-License-Identifier: BSD-3-Clause
"""ukraft's gdb commands (docs/debugging.md); the debug target sources this file.

uk-threads   the running uksched thread and the scheduler's run queue
uk-alloc     the default allocator's statistics (struct uk_alloc_stats)
uk-trace [N] the last N events (all by default) of uktrace's ring buffer
"""
import gdb


def _lookup(expr):
    """The value of a C expression, or None when the image lacks it."""
    try:
        return gdb.parse_and_eval(expr)
    except gdb.error:
        return None


def _thread_line(p, mark):
    """One thread: * for the running one, its name, state and struct uk_thread address."""
    t = p.dereference()
    name = t["name"].string(length=16).split("\0")[0]
    state = str(t["state"]).replace("UK_THREAD_", "").lower()
    return "%s %-16s %-9s 0x%x" % (mark, name, state, int(p))


def _uk_threads(arg):
    """List uksched's threads that gdb can reach: the running one, then the run queue
    (ukschedcoop). Blocked threads sit only in the wait queue they block on and are not listed."""
    cur = _lookup("uksched_current")
    if cur is None:
        print("uk-threads: the image has no uksched")
        return
    print(_thread_line(cur, "*"))
    t = _lookup("'coop.c'::head")
    seen = 0
    while t is not None and int(t) != 0 and seen < 1024:
        print(_thread_line(t, " "))
        t = t["next"]
        seen += 1


def _uk_alloc(arg):
    """Print the default allocator's statistics (ukalloc)."""
    a = _lookup("'default.c'::default_alloc")
    if a is None or int(a) == 0:
        print("uk-alloc: no default allocator (none set yet, or no ukalloc)")
        return
    s = a["stats"]
    for f in ("cur_mem_use", "max_mem_use", "cur_nb_allocs", "nb_allocs", "nb_frees", "nb_enomem"):
        print("%-14s %d" % (f, int(s[f])))


def _uk_trace(arg):
    """Print uktrace's ring buffer, oldest first, as the image's own dump does: uk-trace [N]."""
    b = _lookup("uk_trace_buffer")
    if b is None:
        print("uk-trace: the image has no uktrace (or uktrace.ENABLE is off)")
        return
    count, size = int(b["count"]), int(b["size"])
    held = min(count, size)
    if arg.strip():
        held = min(held, int(arg))
    print("uktrace: begin %d event(s), %d recorded" % (held, count))
    for i in range(count - held, count):
        e = b["events"][i % size]
        tp = e["tp"].dereference()
        names = [n.strip() for n in tp["args"].string().split(",")]
        line = "uktrace: %d %s" % (int(e["ns"]), tp["name"].string())
        for k in range(min(int(tp["nargs"]), 4)):
            line += " %s=0x%x" % (names[k].replace(" ", ""), int(e["arg"][k]))
        print(line)
    print("uktrace: end")


class _Command(gdb.Command):
    """A user command that runs fn(arg); its help is fn's doc string."""

    def __init__(self, name, fn):
        self.__doc__ = fn.__doc__
        self.fn = fn
        super().__init__(name, gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        self.fn(arg)


_Command("uk-threads", _uk_threads)
_Command("uk-alloc", _uk_alloc)
_Command("uk-trace", _uk_trace)
