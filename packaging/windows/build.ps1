# Windows bundle: build\bundle\img-readiness\ (img-readiness.exe, img-readiness-cli.exe).
# NOT RUN HERE: written on Linux, where PyInstaller cannot build Windows programs. Run it on
# Windows from the checkout root after `py -3.11 -m venv .venv; .venv\Scripts\pip install -e .`:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }

# PyInstaller is a build tool only; Pillow turns the PNG icon into the .exe's .ico.
& $python -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10" pillow
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$started = Get-Date
& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath build\bundle --workpath build\pyinstaller packaging\img_readiness.spec
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
"built build\bundle\img-readiness in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds

# The same checks as on Linux: the wizard's first window, then the CLI's rules, fonts and store.
& $python packaging\check_bundle.py build\bundle\img-readiness
exit $LASTEXITCODE
