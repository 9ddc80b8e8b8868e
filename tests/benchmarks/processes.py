"""Fresh processes for the whole-command benchmarks, run as an installed program runs.

An installed Small Steps (pip install) has its modules compiled to bytecode once, when it is
installed; a shell with PYTHONDONTWRITEBYTECODE set (as some development machines and CI
images have) would make every measured command compile all of them again from source, which
no person ever waits for. So the measured processes keep their bytecode in a folder of the
benchmark's own (PYTHONPYCACHEPREFIX), written by a first, unmeasured run of each command.
"""

import atexit
import os
import shutil
import tempfile

_CACHE: list[str] = []


def bytecode_folder() -> str:
    """One folder for the whole benchmark run (removed when it ends)."""
    if not _CACHE:
        folder = tempfile.mkdtemp(prefix="smallsteps-bench-bytecode-")
        atexit.register(shutil.rmtree, folder, True)
        _CACHE.append(folder)
    return _CACHE[0]


def installed_env(**extra: str) -> dict[str, str]:
    """The environment of a measured process: as installed (bytecode kept), offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=bytecode_folder(), **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
