@echo off
rem Starts mailsim with the Java runtime that came with it: no Java needs to be installed.
rem With no command, the web UI on http://localhost:8080 and the live mail server;
rem bin\mailsim --help lists the commands (list, replay, check, licenses, serve).
setlocal
set "MAILSIM_HOME=%~dp0.."
set "FLAGS="
if "%~1"=="list" set "FLAGS=@SHORT_COMMAND_JVM_FLAGS@"
if "%~1"=="replay" set "FLAGS=@SHORT_COMMAND_JVM_FLAGS@"
if "%~1"=="check" set "FLAGS=@SHORT_COMMAND_JVM_FLAGS@"
"%MAILSIM_HOME%\runtime\bin\java.exe" %FLAGS% -jar "%MAILSIM_HOME%\lib\mailsim.jar" %*
exit /b %ERRORLEVEL%
