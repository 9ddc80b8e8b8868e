"""The cycle collector's settings, paused and given back (planner/collector.py)."""

import gc
import subprocess
import sys


def test_paused_gives_back_what_it_found():
    from planner import collector

    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # off stays off
    finally:
        gc.enable()


def test_only_a_command_hands_on_and_the_window_keeps_what_it_froze():
    """The window freezes what it set up; the caseload's pause must not give that back."""
    code = (
        "import gc\n"
        "from planner import collector\n"
        "kept = [[i] for i in range(1000)]\n"
        "gc.freeze(); frozen = gc.get_freeze_count()\n"
        "with collector.paused():\n"
        "    made = [[i] for i in range(5000)]\n"
        "assert gc.get_freeze_count() == frozen, 'the window lost what it froze'\n"
        "with collector.paused(hand_on=True):\n"
        "    made2 = [[i] for i in range(5000)]\n"
        "assert gc.isenabled() and gc.get_count()[0] < 700\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
