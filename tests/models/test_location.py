"""Network shares and cloud-synced folders are told apart from local folders, on machines
described by fake mount tables, drive types, environments and sync-client settings."""

from __future__ import annotations

import json

import pytest

from models.store.location import (
    Mount,
    Risk,
    RiskKind,
    System,
    parse_mountinfo,
    parse_mounts,
    risky_location,
)

NET, SYNC = RiskKind.NETWORK, RiskKind.SYNCED

LINUX_MOUNTS = [
    Mount("/", "ext4"),
    Mount("/home", "ext4"),
    Mount("/mnt/nas", "nfs4"),
    Mount("/mnt/nas/local-cache", "ext4"),
    Mount("/media/share", "cifs"),
    Mount("/home/li/remote", "fuse.sshfs"),
    Mount("/home/li/OneDriveMount", "fuse.onedriver"),
    Mount("/mnt/c", "9p"),
    Mount("/home/li/gdrive", "fuse.rclone"),
    Mount("/run/user/1000/doc", "fuse.portal"),
]


def linux(**overrides) -> System:
    values = dict(platform="linux", env={}, home="/home/li", mounts=LINUX_MOUNTS,
                  read_text=lambda path: None, exists=lambda path: False,
                  resolve=lambda path: path)
    values.update(overrides)
    return System(**values)


def windows(remote_drives=("Z:",), **overrides) -> System:
    values = dict(platform="win32", home="C:\\Users\\li",
                  env={"APPDATA": "C:\\Users\\li\\AppData\\Roaming",
                       "LOCALAPPDATA": "C:\\Users\\li\\AppData\\Local"},
                  drive_type=lambda root: 4 if root[:2].upper() in remote_drives else 3,
                  read_text=lambda path: None, exists=lambda path: False,
                  resolve=lambda path: path)
    values.update(overrides)
    return System(**values)


def mac(volumes=None, **overrides) -> System:
    volumes = volumes or {"/Volumes/Team": ("smbfs", False), "/Volumes/NAS": ("nfs", False),
                          "/Volumes/Stick": ("exfat", True), "/Volumes/Fuse": ("macfuse", False)}

    def statfs(path):
        for point, (fstype, local) in volumes.items():
            if path == point or path.startswith(point + "/"):
                return fstype, point, local
        return "apfs", "/System/Volumes/Data", True

    values = dict(platform="darwin", env={}, home="/Users/li", statfs=statfs,
                  read_text=lambda path: None, exists=lambda p: not p.endswith(".stfolder"),
                  resolve=lambda path: path)
    values.update(overrides)
    return System(**values)


@pytest.mark.parametrize("path, expected", [
    ("/home/li/群主/workspace.qunzhu", None),
    ("/mnt/nas/社群/w.qunzhu", Risk(NET, "nfs4", "/mnt/nas")),
    ("/mnt/nas/local-cache/w.qunzhu", None),  # a local disk mounted inside the share
    ("/mnt/nasty/w.qunzhu", None),  # a prefix of the name is not the mount
    ("/media/share/w.qunzhu", Risk(NET, "cifs", "/media/share")),
    ("/home/li/remote/w.qunzhu", Risk(NET, "fuse.sshfs", "/home/li/remote")),
    ("/mnt/c/Users/li/w.qunzhu", Risk(NET, "9p", "/mnt/c")),
    ("/home/li/gdrive/w.qunzhu", Risk(NET, "fuse.rclone", "/home/li/gdrive")),
    ("/home/li/OneDriveMount/w.qunzhu", Risk(SYNC, "OneDrive", "/home/li/OneDriveMount")),
    ("/run/user/1000/doc/w.qunzhu", None),
    ("/home/li/Dropbox/社群/w.qunzhu", Risk(SYNC, "Dropbox", "/home/li/Dropbox")),
    ("/home/li/Dropbox (Acme)/w.qunzhu", Risk(SYNC, "Dropbox", "/home/li/Dropbox (Acme)")),
    ("/home/li/我的坚果云/w.qunzhu", Risk(SYNC, "坚果云 Nutstore", "/home/li/我的坚果云")),
    ("/home/li/Nutstore Files/我的坚果云/w.qunzhu",
     Risk(SYNC, "坚果云 Nutstore", "/home/li/Nutstore Files")),
    ("/home/li/Seafile/群/w.qunzhu", Risk(SYNC, "Seafile", "/home/li/Seafile")),
    ("/home/li/Nextcloud/w.qunzhu", Risk(SYNC, "Nextcloud", "/home/li/Nextcloud")),
    ("/home/li/Box/w.qunzhu", Risk(SYNC, "Box", "/home/li/Box")),
    ("/home/li/projects/box/w.qunzhu", None),  # "box" counts in the home folder only
    ("/home/li/dropbox-notes.qunzhu", None),
    ("/home/li/Dropbox.qunzhu", None),  # the file's own name is no folder
])
def test_linux(path, expected):
    assert risky_location(path, linux()) == expected


@pytest.mark.parametrize("path, expected", [
    ("C:\\Users\\li\\Documents\\w.qunzhu", None),
    ("D:\\群主\\w.qunzhu", None),
    ("\\\\nas\\team\\社群\\w.qunzhu", Risk(NET, "\\\\nas\\team", "\\\\nas\\team\\")),
    ("//nas/team/w.qunzhu", Risk(NET, "\\\\nas\\team", "\\\\nas\\team\\")),
    ("\\\\?\\UNC\\nas\\team\\w.qunzhu", Risk(NET, "\\\\nas\\team", "\\\\nas\\team\\")),
    ("\\\\?\\C:\\Users\\li\\w.qunzhu", None),
    ("Z:\\社群\\w.qunzhu", Risk(NET, "Z:", "Z:\\")),
    ("z:\\w.qunzhu", Risk(NET, "Z:", "Z:\\")),
    ("C:\\Users\\li\\OneDrive\\文档\\w.qunzhu",
     Risk(SYNC, "OneDrive", "C:\\Users\\li\\OneDrive")),
    ("C:\\Users\\li\\OneDrive - Contoso\\w.qunzhu",
     Risk(SYNC, "OneDrive", "C:\\Users\\li\\OneDrive - Contoso")),
    ("D:\\BaiduSyncdisk\\w.qunzhu", Risk(SYNC, "百度网盘 BaiduNetdisk", "D:\\BaiduSyncdisk")),
    ("D:\\百度网盘同步空间\\w.qunzhu",
     Risk(SYNC, "百度网盘 BaiduNetdisk", "D:\\百度网盘同步空间")),
    ("C:\\Users\\li\\Documents\\WeiyunSync\\w.qunzhu",
     Risk(SYNC, "腾讯微云 Weiyun", "C:\\Users\\li\\Documents\\WeiyunSync")),
    ("C:\\Users\\li\\Documents\\WXWork\\1688\\WeDrive\\社群\\w.qunzhu",
     Risk(SYNC, "企业微信微盘 WeDrive", "C:\\Users\\li\\Documents\\WXWork\\1688\\WeDrive")),
    ("G:\\My Drive\\w.qunzhu", Risk(SYNC, "Google Drive", "G:\\My Drive")),
    ("G:\\我的云端硬盘\\w.qunzhu", Risk(SYNC, "Google Drive", "G:\\我的云端硬盘")),
    ("D:\\backup\\My Drive\\w.qunzhu", None),  # only at a drive's root
    ("C:\\Users\\li\\Google Drive\\w.qunzhu",
     Risk(SYNC, "Google Drive", "C:\\Users\\li\\Google Drive")),
])
def test_windows(path, expected):
    assert risky_location(path, windows()) == expected


def test_windows_finds_onedrive_and_dropbox_where_their_settings_put_them():
    info = {"C:\\Users\\li\\AppData\\Local\\Dropbox\\info.json": json.dumps(
        {"personal": {"path": "E:\\同步\\个人", "host": 1},
         "business": {"path": "E:\\同步\\公司", "host": 2}})}
    system = windows(env={"LOCALAPPDATA": "C:\\Users\\li\\AppData\\Local",
                          "OneDriveCommercial": "D:\\Work Files"},
                     read_text=info.get)
    assert risky_location("D:\\Work Files\\w.qunzhu", system) == Risk(
        SYNC, "OneDrive", "D:\\Work Files")
    assert risky_location("e:\\同步\\公司\\w.qunzhu", system) == Risk(
        SYNC, "Dropbox", "E:\\同步\\公司")
    assert risky_location("E:\\同步\\w.qunzhu", system) is None


def test_a_broken_dropbox_settings_file_is_ignored():
    system = linux(read_text={"/home/li/.dropbox/info.json": "{not json"}.get)
    assert risky_location("/data/w.qunzhu", system) is None
    moved = linux(read_text={"/home/li/.dropbox/info.json": json.dumps(
        {"personal": {"path": "/data/db"}})}.get)
    assert risky_location("/data/db/w.qunzhu", moved) == Risk(SYNC, "Dropbox", "/data/db")


@pytest.mark.parametrize("path, expected", [
    ("/Users/li/Documents/w.qunzhu", None),
    ("/Volumes/Team/社群/w.qunzhu", Risk(NET, "smbfs", "/Volumes/Team")),
    ("/Volumes/NAS/w.qunzhu", Risk(NET, "nfs", "/Volumes/NAS")),
    ("/Volumes/Fuse/w.qunzhu", Risk(NET, "macfuse", "/Volumes/Fuse")),  # not flagged local
    ("/Volumes/Stick/w.qunzhu", None),
    ("/Users/li/Library/Mobile Documents/com~apple~CloudDocs/w.qunzhu",
     Risk(SYNC, "iCloud Drive", "/Users/li/Library/Mobile Documents")),
    ("/Users/li/Library/CloudStorage/GoogleDrive-li@example.com/My Drive/w.qunzhu",
     Risk(SYNC, "Google Drive", "/Users/li/Library/CloudStorage/GoogleDrive-li@example.com")),
    ("/Users/li/Library/CloudStorage/OneDrive-Personal/w.qunzhu",
     Risk(SYNC, "OneDrive", "/Users/li/Library/CloudStorage/OneDrive-Personal")),
    ("/Users/li/Library/CloudStorage/Nutstore-li/w.qunzhu",
     Risk(SYNC, "Nutstore", "/Users/li/Library/CloudStorage/Nutstore-li")),
    ("/Users/li/Library/CloudStorage/w.qunzhu", None),
    ("/Users/li/Nutstore Files/我的坚果云/w.qunzhu",
     Risk(SYNC, "坚果云 Nutstore", "/Users/li/Nutstore Files")),
])
def test_macos(path, expected):
    assert risky_location(path, mac()) == expected


def test_macos_asks_the_nearest_folder_that_exists_for_a_new_workspace():
    asked = []

    def statfs(path):
        asked.append(path)
        return "smbfs", "/Volumes/Team", False

    system = mac(statfs=statfs, exists=lambda p: p in ("/Volumes/Team", "/Volumes", "/"))
    assert risky_location("/Volumes/Team/new/w.qunzhu", system).kind is NET
    assert asked == ["/Volumes/Team"]


def test_syncthing_folders_are_known_by_their_marker():
    system = linux(exists=lambda p: p == "/home/li/Sync/.stfolder")
    assert risky_location("/home/li/Sync/群/w.qunzhu", system) == Risk(
        SYNC, "Syncthing", "/home/li/Sync")


def test_a_link_is_followed_to_where_the_file_really_is():
    system = linux(resolve=lambda p: p.replace("/home/li/shared", "/mnt/nas/team"))
    assert risky_location("/home/li/shared/w.qunzhu", system) == Risk(NET, "nfs4", "/mnt/nas")


def test_the_mount_tables_are_read_with_escaped_names():
    mountinfo = (
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "40 22 0:45 / /mnt/team\\040share rw,relatime shared:30 master:2 - cifs "
        "//nas/team rw,vers=3.1.1\n"
        "41 22 0:46 / /mnt/nfs rw - nfs4 nas:/export rw\n")
    assert parse_mountinfo(mountinfo) == [Mount("/", "ext4"), Mount("/mnt/team share", "cifs"),
                                          Mount("/mnt/nfs", "nfs4")]
    system = linux(mounts=parse_mountinfo(mountinfo))
    assert risky_location("/mnt/team share/w.qunzhu", system) == Risk(
        NET, "cifs", "/mnt/team share")
    assert parse_mounts("nas:/export /mnt/nfs nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n") == [
        Mount("/mnt/nfs", "nfs4"), Mount("/", "ext4")]


def test_this_machine_answers_for_a_local_folder(tmp_path):
    assert risky_location(tmp_path / "w.qunzhu") is None
