; Inno Setup script: a Windows installer from the frozen folder (build.spec).
;
;   1. on Windows: pip install -e ".[build]"  then  pyinstaller --noconfirm build.spec
;   2. iscc /DVersion=0.1.0 packaging\windows\qunzhu.iss     (Inno Setup 6)
;   -> build\installer\Qunzhu-0.1.0-setup.exe
;
; Installs per user by default (no administrator needed; operators' laptops are often
; locked down), offers all users when run as administrator. Start menu and optional desktop
; shortcut to the windowed Qunzhu.exe; .qunzhu files open in it; qunzhu-cli.exe (the headless
; commands) sits beside it. Uninstalling leaves the workspaces, backups and settings in
; %APPDATA%\Qunzhu alone.

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6F1C2A8E-5B7D-4C39-9E0A-7D2B4F8C1A53}
AppName=Qunzhu 群主
AppVersion={#Version}
AppPublisher=Qunzhu
DefaultDirName={autopf}\Qunzhu
DefaultGroupName=Qunzhu
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=build\installer
OutputBaseFilename=Qunzhu-{#Version}-setup
SetupIconFile=resources\icons\qunzhu.ico
UninstallDisplayIcon={app}\Qunzhu.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
LicenseFile=LICENSE

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "build\dist\Qunzhu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Qunzhu 群主"; Filename: "{app}\Qunzhu.exe"
Name: "{group}\{cm:UninstallProgram,Qunzhu}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Qunzhu 群主"; Filename: "{app}\Qunzhu.exe"; Tasks: desktopicon

[Registry]
; .qunzhu -> Qunzhu.Workspace -> "Qunzhu.exe" "%1" (per user, or machine-wide as admin)
Root: HKA; Subkey: "Software\Classes\.qunzhu"; ValueType: string; ValueName: ""; ValueData: "Qunzhu.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Qunzhu.Workspace"; ValueType: string; ValueName: ""; ValueData: "Qunzhu Workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Qunzhu.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Qunzhu.exe,0"
Root: HKA; Subkey: "Software\Classes\Qunzhu.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Qunzhu.exe"" ""%1"""

[Run]
Filename: "{app}\Qunzhu.exe"; Description: "{cm:LaunchProgram,Qunzhu}"; Flags: nowait postinstall skipifsilent
