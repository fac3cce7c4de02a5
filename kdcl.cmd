@echo off
rem kdcl launcher for Windows (cmd.exe), the twin of ./kdcl: builds the jar with the Maven wrapper on first
rem use or when the sources changed, then runs it with the same Java options.
setlocal EnableExtensions DisableDelayedExpansion
set "KDCL_DIR=%~dp0"
set "KDCL_JAR=%KDCL_DIR%target\kdcl-hub.jar"

set "KDCL_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "KDCL_JAVA=%JAVA_HOME%\bin\java.exe"

call :needs_build
if not errorlevel 1 goto built
echo kdcl: building (first use or sources changed)... 1>&2
pushd "%KDCL_DIR%"
call mvnw.cmd -B -q -DskipTests package 1>&2
set "KDCL_RC=%ERRORLEVEL%"
popd
if not "%KDCL_RC%"=="0" (
  echo kdcl: the build failed; see the messages above. 1>&2
  exit /b 1
)
:built

rem The command, skipping --home DIR and other options before it.
set "KDCL_CMD="
:scan
if "%~1"=="" goto scanned
set "KDCL_ARG=%~1"
if /i "%KDCL_ARG%"=="--home" (
  shift
  shift
  goto scan
)
if "%KDCL_ARG:~0,1%"=="-" (
  shift
  goto scan
)
set "KDCL_CMD=%KDCL_ARG%"
:scanned

rem ParallelGC: the import is a throughput job. Short commands run with the quick (C1) compiler only; report,
rem nightly and serve render PDFs long enough to profit from the optimising one (docs/benchmark.md).
set "KDCL_OPTS=-Xmx1g -XX:+UseParallelGC"
if /i not "%KDCL_CMD%"=="report" if /i not "%KDCL_CMD%"=="nightly" if /i not "%KDCL_CMD%"=="serve" (
  set "KDCL_OPTS=%KDCL_OPTS% -XX:TieredStopAtLevel=1"
)
if defined KDCL_JAVA_OPTS set "KDCL_OPTS=%KDCL_JAVA_OPTS%"

rem The console prints Vietnamese only in the UTF-8 code page (65001); the user's code page comes back after.
set "KDCL_OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "KDCL_OLDCP=%%c"
if defined KDCL_OLDCP set "KDCL_OLDCP=%KDCL_OLDCP: =%"
if defined KDCL_OLDCP set "KDCL_OLDCP=%KDCL_OLDCP:.=%"
chcp 65001 >nul

"%KDCL_JAVA%" %KDCL_OPTS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%KDCL_JAR%" %*
set "KDCL_RC=%ERRORLEVEL%"

if defined KDCL_OLDCP chcp %KDCL_OLDCP% >nul
exit /b %KDCL_RC%

rem Exit 1 when the jar is missing or a file under src\main (or pom.xml) is newer than it. Without PowerShell
rem (mvnw.cmd needs it too) an existing jar is used as it is.
:needs_build
if not exist "%KDCL_JAR%" exit /b 1
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:KDCL_JAR).LastWriteTimeUtc; $newer = Get-ChildItem -LiteralPath (Join-Path $env:KDCL_DIR 'src\main'), (Join-Path $env:KDCL_DIR 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }" >nul 2>&1
if "%ERRORLEVEL%"=="1" exit /b 1
exit /b 0
