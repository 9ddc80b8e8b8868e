"""Where the database lives: the user's data folder unless told otherwise."""

import os
from pathlib import Path

DATA_DIR_VARIABLE = "SMALLSTEPS_DATA_DIR"
DATABASE_URL_VARIABLE = "SMALLSTEPS_DATABASE_URL"
DATABASE_FILE = "smallsteps.db"
CHECKED_FILE = "smallsteps.db-checked"  # the database file as it was at its last good check


def default_data_dir() -> Path:
    """The folder for this person's plans: `--data-dir`, then the variable, then the OS's own."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("smallsteps", "SmallSteps"))


def sqlite_url(data_dir: Path) -> str:
    """The SQLAlchemy URL of the database file inside `data_dir`."""
    return f"sqlite:///{(Path(data_dir) / DATABASE_FILE).as_posix()}"


NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "9p",
    "davfs", "fuse.davfs2", "fuse.rclone", "ncpfs", "glusterfs", "ceph", "fuse.gvfsd-fuse",
}


def looks_like_network_folder(folder: Path, mounts_file: str = "/proc/mounts") -> bool:
    """True when `folder` seems to be on a network share.

    SQLite's locking is not reliable over network file systems, so a database there can be
    damaged when two computers use it. Windows UNC paths and Linux network mounts are spotted.
    """
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return True
    try:
        resolved = Path(folder).expanduser().resolve()
        lines = Path(mounts_file).read_text("utf-8").splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = str(resolved) == mount_point or str(resolved).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type in NETWORK_FILESYSTEMS
