@echo off
rem Builds Knead's Windows installer (knead-<version>.msi) with jpackage, on a Windows PC with a
rem JDK 17 and the WiX Toolset 3 on the PATH (jpackage needs WiX for .msi). Run from the checkout:
rem   mvn -B -DskipTests package
rem   installer\windows\build.cmd
rem The same trimmed runtime as the Linux package; per-user install (no administrator needed),
rem a Start-menu entry and a desktop shortcut; data in %LOCALAPPDATA%\Knead.
setlocal
set VERSION=0.1.0
set MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.scripting,java.sql.rowset,jdk.net,java.naming,java.sql,java.logging,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.accessibility,jdk.zipfs
if exist target\installer-windows rmdir /s /q target\installer-windows
mkdir target\installer-windows\input
copy target\knead.jar target\installer-windows\input\ >nul
xcopy /e /i /q target\lib target\installer-windows\input\lib >nul
jpackage --type msi --dest target\installer-windows --name Knead --app-version %VERSION% ^
  --vendor Knead --description "Front desk and self check-in kiosk for massage clinics" ^
  --icon installer\icons\knead.ico ^
  --input target\installer-windows\input --main-jar knead.jar --main-class com.knead.app.Main ^
  --add-modules %MODULES% ^
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" ^
  --win-per-user-install --win-menu --win-menu-group Knead --win-shortcut --win-dir-chooser ^
  --win-upgrade-uuid 6f1c3b52-6b0e-4f7e-9d43-2a1d6f3e8c11
if errorlevel 1 exit /b 1
echo Built target\installer-windows\Knead-%VERSION%.msi
