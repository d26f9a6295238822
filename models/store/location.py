"""Where a workspace must not live: network shares and cloud-synced folders.

SQLite's locking needs the operating system's file locks and, in WAL mode, memory shared
through the ``-shm`` file. Over SMB, NFS, AFP, WebDAV or a VM's shared folder, locks are
unreliable and shared memory does not reach other machines, so two writers can damage the
file. Sync clients (Dropbox, OneDrive, iCloud, 坚果云, 百度网盘 …) copy the file while it is
being written, without its ``-wal``, and make "conflicted copies" when two computers use it.

``risky_location(path)`` says which of these holds a path, if any. Everything it looks at
(platform, environment, mount table, drive types, file system of a folder) comes from a
``System``, so tests can describe any machine; ``System()`` is this one. It reads only
cheap things: the mount table, one ``statfs``, a drive type, a sync client's small config.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath, PurePosixPath, PureWindowsPath


class RiskKind(StrEnum):
    NETWORK = "network"  # a network share or a remote file system
    SYNCED = "synced"  # a folder a cloud sync client copies


@dataclass(frozen=True)
class Risk:
    kind: RiskKind
    #: the sync service ("Dropbox", "坚果云 Nutstore") or the file system ("nfs4",
    #: "smbfs"), or the share (``\\server\share``) or network drive (``Z:``)
    name: str
    #: where it starts: the sync folder, the mount point, the share or the drive
    root: str


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str


#: Remote and shared-folder file systems, as Linux's mount table names them.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "drvfs", "ceph",
    "glusterfs", "lustre", "gpfs", "davfs", "vboxsf", "vmhgfs", "prl_fs", "fuse.sshfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs", "fuse.ceph-fuse",
    "fuse.gvfsd-fuse", "fuse.vmhgfs-fuse", "fuse.curlftpfs", "fuse.smbnetfs", "fuse.juicefs",
    "fuse.davfs2", "fuse.goofys", "fuse.kbfsfuse",
})
#: File systems that are sync clients (Linux).
SYNC_FILESYSTEMS = {
    "fuse.onedriver": "OneDrive",
    "fuse.google-drive-ocamlfuse": "Google Drive",
    "fuse.seadrive": "Seafile",
}
#: macOS ``f_fstypename`` of remote file systems (besides anything not flagged local).
MAC_NETWORK_FILESYSTEMS = frozenset({"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp"})

DROPBOX = "Dropbox"
ONEDRIVE = "OneDrive"
GOOGLE_DRIVE = "Google Drive"
ICLOUD = "iCloud Drive"
#: A folder of one of these names (compared case-folded) is a sync client's folder.
SYNC_FOLDERS = {
    "dropbox": DROPBOX,
    "onedrive": ONEDRIVE,
    "icloud drive": ICLOUD,
    "google drive": GOOGLE_DRIVE,
    "googledrive": GOOGLE_DRIVE,
    "我的坚果云": "坚果云 Nutstore",
    "坚果云": "坚果云 Nutstore",
    "nutstore": "坚果云 Nutstore",
    "nutstore files": "坚果云 Nutstore",
    "baidusyncdisk": "百度网盘 BaiduNetdisk",
    "baidunetdisk": "百度网盘 BaiduNetdisk",
    "baidunetdiskworkspace": "百度网盘 BaiduNetdisk",
    "百度网盘同步空间": "百度网盘 BaiduNetdisk",
    "百度同步盘": "百度网盘 BaiduNetdisk",
    "weiyunsync": "腾讯微云 Weiyun",
    "微云同步盘": "腾讯微云 Weiyun",
    "微云同步": "腾讯微云 Weiyun",
    "wedrive": "企业微信微盘 WeDrive",
    "seafile": "Seafile",
    "seadrive": "Seafile",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "megasync": "MEGA",
    "yandex.disk": "Yandex Disk",
    "yandexdisk": "Yandex Disk",
    "pcloud drive": "pCloud",
    "box sync": "Box",
}
#: Names too common to trust anywhere but directly in the home folder.
HOME_SYNC_FOLDERS = {"box": "Box", "mega": "MEGA"}
#: Folder-name prefixes ("Dropbox (Team)", "OneDrive - Contoso").
SYNC_PREFIXES = {"dropbox (": DROPBOX, "onedrive - ": ONEDRIVE}
#: macOS File Provider folders (``~/Library/CloudStorage/<Provider>-<account>``).
CLOUD_STORAGE = {"googledrive": GOOGLE_DRIVE, "onedrive": ONEDRIVE, "dropbox": DROPBOX,
                 "box": "Box", "icloud": ICLOUD, "seadrive": "Seafile"}
#: Windows: environment variables that hold OneDrive's folders.
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
DRIVE_REMOTE = 4  # GetDriveTypeW


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read(100_000)
    except (OSError, ValueError):
        return None


@dataclass
class System:
    """What ``risky_location`` looks at; the defaults are this machine's."""

    platform: str = sys.platform
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    home: str = field(default_factory=lambda: os.path.expanduser("~"))
    #: Linux: the mount table (None: read from /proc)
    mounts: Sequence[Mount] | None = None
    #: Windows: GetDriveTypeW of a drive's root ("Z:\\")
    drive_type: Callable[[str], int] | None = None
    #: macOS: (f_fstypename, f_mntonname, MNT_LOCAL set) of the file system holding a path
    statfs: Callable[[str], tuple[str, str, bool] | None] | None = None
    read_text: Callable[[str], str | None] = _read_text
    exists: Callable[[str], bool] = os.path.exists
    resolve: Callable[[str], str] = os.path.realpath

    @property
    def windows(self) -> bool:
        return self.platform == "win32"

    def pure(self, path: str) -> PurePath:
        return PureWindowsPath(path) if self.windows else PurePosixPath(path)


def risky_location(path: os.PathLike | str, system: System | None = None) -> Risk | None:
    """The network share or sync folder that holds ``path`` (which need not exist yet),
    or None for a local folder (or one we cannot tell)."""
    system = system or System()
    try:
        full = system.pure(system.resolve(os.fspath(path)))
    except (OSError, ValueError):
        return None
    return _network(full, system) or _synced(full, system)


# -- network ---------------------------------------------------------------------------


def _network(path: PurePath, system: System) -> Risk | None:
    if system.windows:
        return _windows_network(path, system)
    if system.platform == "darwin":
        return _mac_network(path, system)
    return _mount_network(path, system)


def _windows_network(path: PurePath, system: System) -> Risk | None:
    drive = path.drive
    for prefix in ("\\\\?\\", "\\\\.\\"):  # long-path and device forms
        if drive.startswith(prefix):
            drive = drive[len(prefix):]
            drive = "\\\\" + drive[4:] if drive.upper().startswith("UNC\\") else drive
    if drive.startswith("\\\\"):
        return Risk(RiskKind.NETWORK, drive, drive + "\\")
    if len(drive) == 2 and drive[1] == ":":
        probe = system.drive_type or _windows_drive_type
        if probe(drive + "\\") == DRIVE_REMOTE:
            return Risk(RiskKind.NETWORK, drive.upper(), drive.upper() + "\\")
    return None


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _mount_network(path: PurePath, system: System) -> Risk | None:
    mounts = system.mounts if system.mounts is not None else read_mounts()
    text = str(path)
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = text == point or text.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) > len(best.point.rstrip("/") or "/")):
            best = mount
    if best is None:
        return None
    fstype = best.fstype.lower()
    if fstype in SYNC_FILESYSTEMS:
        return Risk(RiskKind.SYNCED, SYNC_FILESYSTEMS[fstype], best.point)
    if fstype in NETWORK_FILESYSTEMS:
        return Risk(RiskKind.NETWORK, best.fstype, best.point)
    return None


def read_mounts() -> list[Mount]:
    """This machine's mount table (Linux), or [] where there is none."""
    text = _read_text("/proc/self/mountinfo")
    if text is not None:
        return parse_mountinfo(text)
    text = _read_text("/proc/mounts")
    return parse_mounts(text) if text is not None else []


def parse_mountinfo(text: str) -> list[Mount]:
    """``/proc/self/mountinfo``: the mount point is field 5, the type follows the ``-``."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields[6:]:
            continue
        after = fields.index("-", 6) + 1
        if len(fields) > after:
            mounts.append(Mount(_unescape(fields[4]), fields[after]))
    return mounts


def parse_mounts(text: str) -> list[Mount]:
    """``/proc/mounts`` (fstab format): source, mount point, type, …"""
    return [Mount(_unescape(f[1]), f[2]) for f in (line.split() for line in text.splitlines())
            if len(f) >= 3]


def _unescape(field_: str) -> str:
    """The kernel writes space, tab, newline and backslash as octal escapes (``\\040``)."""
    if "\\" not in field_:
        return field_
    raw = field_.encode("utf-8", "surrogateescape")
    out, i = bytearray(), 0
    while i < len(raw):
        chunk = raw[i + 1:i + 4]
        if raw[i] == 0x5C and len(chunk) == 3 and all(0x30 <= c <= 0x37 for c in chunk):
            out.append(int(chunk, 8))
            i += 4
        else:
            out.append(raw[i])
            i += 1
    return out.decode("utf-8", "surrogateescape")


def _mac_network(path: PurePath, system: System) -> Risk | None:
    probe = system.statfs or _mac_statfs
    target = path
    while not system.exists(str(target)) and target.parent != target:
        target = target.parent  # a workspace about to be made: its folder's file system
    found = probe(str(target))
    if found is None:
        return None
    fstype, point, local = found
    if not local or fstype.lower() in MAC_NETWORK_FILESYSTEMS:
        return Risk(RiskKind.NETWORK, fstype, point)
    return None


def _mac_statfs(path: str) -> tuple[str, str, bool] | None:  # pragma: no cover - macOS only
    """``statfs(2)`` through ctypes: the 64-bit-inode ``struct statfs`` of macOS."""
    import ctypes

    class StatFs(ctypes.Structure):
        _fields_ = [("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32),
                    ("f_blocks", ctypes.c_uint64), ("f_bfree", ctypes.c_uint64),
                    ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
                    ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2),
                    ("f_owner", ctypes.c_uint32), ("f_type", ctypes.c_uint32),
                    ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
                    ("f_fstypename", ctypes.c_char * 16),
                    ("f_mntonname", ctypes.c_char * 1024),
                    ("f_mntfromname", ctypes.c_char * 1024),
                    ("f_flags_ext", ctypes.c_uint32), ("f_reserved", ctypes.c_uint32 * 7)]

    mnt_local = 0x00001000
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = getattr(libc, "statfs$INODE64", None) or libc.statfs  # Intel, Apple chips
        result = StatFs()
        if function(os.fsencode(path), ctypes.byref(result)) != 0:
            return None
    except (OSError, AttributeError):
        return None
    return (result.f_fstypename.decode(errors="replace"),
            os.fsdecode(result.f_mntonname), bool(result.f_flags & mnt_local))


# -- sync folders ----------------------------------------------------------------------


def _synced(path: PurePath, system: System) -> Risk | None:
    return (_configured_sync_folder(path, system) or _sync_folder_by_name(path, system)
            or _syncthing(path, system))


def _sync_folder_by_name(path: PurePath, system: System) -> Risk | None:
    parts = [p.casefold() for p in path.parts]
    home = [p.casefold() for p in system.pure(system.home).parts]
    for i, part in enumerate(parts[:-1]):  # the folders, not the file's own name
        end = i + 1  # the sync folder is path.parts[:end]
        name = SYNC_FOLDERS.get(part)
        if name is None:
            name = next((n for p, n in SYNC_PREFIXES.items() if part.startswith(p)), None)
        if name is None and parts[:i] == home:
            name = HOME_SYNC_FOLDERS.get(part)
        if name is None and i and parts[i - 1] == "library" and part == "mobile documents":
            name = ICLOUD
        if name is None and i and parts[i - 1] == "library" and part == "cloudstorage" \
                and i + 1 < len(parts) - 1:
            provider = path.parts[i + 1].split("-", 1)[0]
            name, end = CLOUD_STORAGE.get(provider.casefold(), provider), i + 2
        if name is None and system.windows and i == 1 and part in ("my drive", "我的云端硬盘"):
            name = GOOGLE_DRIVE  # Google Drive for desktop's own drive letter
        if name is not None:
            return Risk(RiskKind.SYNCED, name, str(type(path)(*path.parts[:end])))
    return None


def _configured_sync_folder(path: PurePath, system: System) -> Risk | None:
    """Sync folders the clients' own settings name (moved or renamed ones too)."""
    folders: list[tuple[str, str]] = []
    if system.windows:
        folders += [(system.env[v], ONEDRIVE) for v in ONEDRIVE_VARIABLES if system.env.get(v)]
        infos = [str(system.pure(system.env[v]) / "Dropbox" / "info.json")
                 for v in ("APPDATA", "LOCALAPPDATA") if system.env.get(v)]
    else:
        infos = [str(system.pure(system.home) / ".dropbox" / "info.json")]
    for info in infos:
        text = system.read_text(info)
        try:
            accounts = json.loads(text) if text else {}
        except ValueError:
            continue
        if isinstance(accounts, dict):
            folders += [(a["path"], DROPBOX) for a in accounts.values()
                        if isinstance(a, dict) and isinstance(a.get("path"), str)]
    for folder, name in folders:
        if _inside(path, system.pure(folder)):
            return Risk(RiskKind.SYNCED, name, folder)
    return None


def _syncthing(path: PurePath, system: System) -> Risk | None:
    """Syncthing marks each folder it syncs with a ``.stfolder`` inside."""
    for folder in path.parents:
        if len(folder.parts) > 1 and system.exists(str(folder / ".stfolder")):
            return Risk(RiskKind.SYNCED, "Syncthing", str(folder))
    return None


def _inside(path: PurePath, folder: PurePath) -> bool:
    inner = [p.casefold() for p in path.parts]
    outer = [p.casefold() for p in folder.parts]
    return len(outer) > 1 and inner[:len(outer)] == outer
