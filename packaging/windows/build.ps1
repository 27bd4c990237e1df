# Windows bundle: build\bundle\img-readiness\ (img-readiness.exe, img-readiness-cli.exe), its
# checks, and with Inno Setup 6 installed the installer build\dist\IMG-Readiness-<version>-setup.exe.
# NOT RUN HERE: written on Linux, where PyInstaller cannot build Windows programs. The release
# workflow (.github/workflows/release.yml) runs it on windows-latest; on Windows, from the
# checkout root, with Python 3.11+ from python.org (`py -3.11`):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# $env:PYTHON picks the interpreter (default `py -3.11`); $env:ISCC the Inno Setup compiler.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
$lock = "packaging\requirements-bundle.txt"
$buildVenv = "build\bundle-venv"

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $Arguments failed with exit code $LASTEXITCODE" }
}

$started = Get-Date
# The build environment, from the lock file only (pinned versions and hashes).
$stampedLock = Join-Path $buildVenv "requirements-bundle.txt"
$fresh = (Test-Path $stampedLock) -and ((Get-FileHash $stampedLock).Hash -eq (Get-FileHash $lock).Hash)
if (-not $fresh) {
    if (Test-Path $buildVenv) { Remove-Item -Recurse -Force $buildVenv }
    if ($env:PYTHON) { Invoke-Checked $env:PYTHON @("-m", "venv", $buildVenv) }
    else { Invoke-Checked "py" @("-3.11", "-m", "venv", $buildVenv) }
    Invoke-Checked "$buildVenv\Scripts\python.exe" @(
        "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "-r", $lock)
    Copy-Item $lock $stampedLock
}
$python = "$buildVenv\Scripts\python.exe"

Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "build\bundle", "--workpath", "build\pyinstaller", "packaging\img_readiness.spec")
Invoke-Checked $python @("packaging\licenses.py", "build\bundle\img-readiness\licenses")
"built build\bundle\img-readiness in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds

# The same checks as on Linux: the wizard's first window, then the CLI's rules, fonts and store.
Invoke-Checked $python @("packaging\check_bundle.py", "build\bundle\img-readiness")

# The installer (Inno Setup 6): per-user by default, no administrator rights needed.
$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) {
    "Inno Setup 6 not found ($iscc): no installer built (choco install innosetup)"
    exit 0
}
$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
Invoke-Checked $iscc @("/Qp", "/DAppVersion=$version", "packaging\windows\img-readiness.iss")
"wrote build\dist\IMG-Readiness-$version-setup.exe"
