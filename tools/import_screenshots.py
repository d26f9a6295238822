"""Screenshots of the import wizard's steps and of an exported roster, in both languages.

    python tools/import_screenshots.py OUTDIR

Offscreen. Builds a small workspace and a messy GBK member list (title row, a phone in
scientific notation, a duplicate) in a temporary folder, walks the wizard through every
step, then exports the roster and renders the workbook through LibreOffice (when
``soffice`` is installed) to PNG.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

CSV = ("2024 读书会会员名单（导出自企业微信）,,,,,\n"
       "姓名,群昵称,手机号,微信号,标签,入群时间\n"
       "李娜,娜娜,13900139000,lina_1,读书，跑步,2024/3/5\n"
       "张伟,阿伟,138-0013-8000,,VIP,2024年3月5日\n"
       "王芳,Lucky,1.38001E+10,,,\n"
       "赵六,,13700137000,zhao6,新人 读书,2024-03-05 14:00\n"
       "欧阳娜娜,😀,+86 186 1111 2222,,摄影|VIP,45356\n"
       "陈晨,,1380013800,,,\n")


def wait_for(signal, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    from desktop import i18n, paths
    from exports.roster import RosterExport, export_roster
    from models.members import records
    from models.members.communities import create_community
    from models.store.workspace import open_workspace
    from views.member_import.wizard import ImportWizard

    app = QApplication.instance() or QApplication([])
    paths.set_application_names(app)
    work = Path(tempfile.mkdtemp(prefix="qunzhu-shots-"))
    source = work / "会员名单.csv"
    source.write_bytes(CSV.encode("gb18030"))
    for lang in ("zh_CN", "en"):
        i18n.use_language(lang)
        path = work / f"{lang}.qunzhu"
        with open_workspace(path) as ws:
            club = create_community(ws.conn, "杭州读书会").id
            records.create_member(ws.conn, {"display_name": "张伟", "phone": "13800138000",
                                            "city": "杭州"}, community_id=club)
            wizard = ImportWizard(ws, club, path=source)
            wizard.resize(900, 640)
            wizard.show()
            settle()
            wizard.grab().save(str(out / f"import-1-file-{lang}.png"))
            for name in ("2-preview", "3-columns"):
                wizard.next()
                settle()
                wizard.grab().save(str(out / f"import-{name}-{lang}.png"))
            wizard.next()
            wait_for(wizard.check_page.ready)
            settle()
            wizard.grab().save(str(out / f"import-4-check-{lang}.png"))
            wizard.check_page.skip.setChecked(True)
            wizard.next()
            wait_for(wizard.duplicates_page.ready)
            wizard.duplicates_page.buttons.button(1).setChecked(True)
            wait_for(wizard.duplicates_page.ready)
            settle()
            wizard.grab().save(str(out / f"import-5-duplicates-{lang}.png"))
            wizard.next()
            wait_for(wizard.import_page.ready)
            settle()
            wizard.grab().save(str(out / f"import-6-summary-{lang}.png"))
            wizard.close()
            from desktop.member_files import roster_headers, value_labels

            xlsx = out / f"roster-{lang}.xlsx"
            export_roster(ws.conn, xlsx, RosterExport(headers=roster_headers(),
                                                      labels=value_labels()))
        render(xlsx, out, work)
    shutil.rmtree(work, ignore_errors=True)


def render(xlsx: Path, out: Path, work: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not installed: the exported sheets are not rendered")
        return
    profile = f"-env:UserInstallation=file://{work}/lo"
    subprocess.run([soffice, "--headless", profile, "--convert-to", "pdf", "--outdir",
                    str(work), str(xlsx)], check=True, capture_output=True, timeout=180)
    pdf = work / (xlsx.stem + ".pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf),
                        str(out / f"{xlsx.stem}-sheet")], check=True)
    else:  # LibreOffice without its GUI has no PNG filter ("no export filter", exit 0)
        shutil.copy(pdf, out / f"{xlsx.stem}-sheet.pdf")
        print("pdftoppm (poppler-utils) not installed: the sheet is rendered to PDF only")


if __name__ == "__main__":
    main()
