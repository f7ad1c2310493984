@echo off
rem StudentHub launcher for Windows: builds when the application jar is missing, then runs it.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%app\target\studenthub.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%JAR%" (
  echo studenthub: building ^(first run^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests -pl app -am package
  if errorlevel 1 ( popd & echo studenthub: build failed; run mvnw.cmd -pl app -am package to see why. 1>&2 & exit /b 1 )
  popd
)
if not defined STUDENTHUB_JAVA_OPTS set "STUDENTHUB_JAVA_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:-ShrinkHeapInSteps"
"%JAVA%" %STUDENTHUB_JAVA_OPTS% -jar "%JAR%" %*
