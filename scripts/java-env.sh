# Sourced by ./mailsim and ./run-tests: finds a JDK 21 or newer and exports JAVA_HOME.
# Looks at JAVA_HOME, then `java` on the PATH, then the usual install folders; picks the newest.

java_major() { # prints the feature version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

pick_jdk() {
  local best="" best_major=0 candidate home major
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    home="${candidate%/}"
    [ -n "$home" ] && [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "mailsim needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm)." >&2
    echo "Install one (for example: sudo apt-get install openjdk-21-jdk) or set JAVA_HOME to it, then try again." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8 on JDK 24+ prints warnings about sun.misc.Unsafe; they are harmless.
  if [ "$best_major" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
}

# JVM flags for the short commands (list, replay, check): they finish in a second or two, so
# compiling only with the quick JIT (C1) halves their CPU; the server keeps the full JIT.
# bench/run catalog measures with these flags too.
SHORT_COMMAND_JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
