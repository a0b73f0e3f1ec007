@echo off
rem gov: the gov-rules command-line tool. Needs Java 17 or later (JAVA_HOME, or java on the PATH).
rem JAVA_OPTS passes options to Java (e.g. set JAVA_OPTS=-Xmx1g).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_CMD=%JAVA_HOME%\bin\java.exe") else (set "JAVA_CMD=java")
"%JAVA_CMD%" %JAVA_OPTS% -cp "%APP_HOME%\lib\*" io.github.govrules.examples.cli.GovLauncher %*
exit /b %ERRORLEVEL%
