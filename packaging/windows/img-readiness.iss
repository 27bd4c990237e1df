; Inno Setup 6 script: the Windows installer of the one-folder bundle.
; NOT RUN HERE (Linux). packaging\windows\build.ps1 runs it after building and checking
; build\bundle\img-readiness\:  ISCC.exe /DAppVersion=0.1.0 packaging\windows\img-readiness.iss
; Output: build\dist\IMG-Readiness-<version>-setup.exe. Installs for the current user by default
; (no administrator rights), or for all users when the installer is run as administrator.
; Unsigned: Windows SmartScreen warns on first run until the installer is signed.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "IMG Readiness"
#define Bundle "..\..\build\bundle\img-readiness"

[Setup]
; A fixed AppId keeps upgrades and uninstalls tied to one entry in Apps & features.
AppId={{6F1B2E4C-3A59-4C1D-9E7B-1D2A5C8B7F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The IMG Readiness contributors
AppPublisherURL=https://img-readiness.github.io/
AppSupportURL=https://github.com/img-readiness/img-readiness/issues
AppUpdatesURL=https://github.com/img-readiness/img-readiness/releases
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
OutputDir=..\..\build\dist
OutputBaseFilename=IMG-Readiness-{#AppVersion}-setup
UninstallDisplayIcon={app}\img-readiness.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: both programs, _internal\ (Python, Qt, data, fonts) and licenses\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\img-readiness.exe"
Name: "{group}\Licences"; Filename: "{app}\licenses"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\img-readiness.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\img-readiness.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Saved profiles live in the user's data folder and are kept on uninstall, on purpose.
