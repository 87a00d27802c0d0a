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
  export JAVA_MAJOR="$best_major"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8 on JDK 24+ prints warnings about sun.misc.Unsafe; they are harmless.
  if [ "$best_major" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
}

# JVM flags for the short commands (list, replay, check): they finish in a second or two, so
# compiling only with the quick JIT (C1) halves their CPU; the server keeps the full JIT.
# bench/run catalog measures with these flags too.
SHORT_COMMAND_JVM_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# The short commands' start-up cache: the classes a replay of the whole catalog loads, already
# read, checked and linked, saved in a file beside the jar after each build so that the next
# JVM maps them in instead of doing that work again. JDK 25 and newer make an AOT cache
# (JEP 483, JEP 514); JDK 21 to 24 a dynamic class-data-sharing archive. The file is named
# after the JDK build that made it and used only while it is newer than the jar, since a JVM
# refuses (noisily) a cache made by another JDK or for another jar. bench/run catalog measures it.
startup_cache_file() { # $1: the jar
  local build
  build=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null | tr -c 'A-Za-z0-9.\n-' '_')
  [ -n "$build" ] || build="$JAVA_MAJOR"
  if [ "$JAVA_MAJOR" -ge 25 ]; then echo "${1%.jar}-jdk-$build.aot"; else echo "${1%.jar}-jdk-$build.jsa"; fi
}

# Trains the start-up cache: replays the whole catalog once with the short commands' flags
# (about 3 s). Returns non-zero when no cache could be made: the commands then only start slower.
prepare_startup_cache() { # $1: the jar
  local cache training
  cache=$(startup_cache_file "$1")
  local old
  for old in "${1%.jar}"-jdk-*.aot "${1%.jar}"-jdk-*.jsa "${1%.jar}"-jdk-*.failed; do
    case "$old" in *-serve.*) ;; *) rm -f "$old" ;; esac # the server's cache is made apart (below)
  done
  training="-XX:ArchiveClassesAtExit=$cache"
  if [ "$JAVA_MAJOR" -ge 25 ]; then training="-XX:AOTCacheOutput=$cache"; fi
  # shellcheck disable=SC2086 # lists of flags
  "$JAVA_HOME/bin/java" $SHORT_COMMAND_JVM_FLAGS $training -Xlog:disable -jar "$1" replay --all >/dev/null 2>&1 || true
  [ -f "$cache" ] && return 0
  touch "$cache.failed" 2>/dev/null || true # not tried again until the next build
  return 1
}

# True when the short commands have no start-up cache for this jar and JDK, and none was tried.
startup_cache_wanted() { # $1: the jar
  cache_wanted "$(startup_cache_file "$1")" "$1"
}

# Prints the flags that use the start-up cache, or nothing when there is no fresh one.
startup_cache_flags() { # $1: the jar
  cache_flags "$(startup_cache_file "$1")" "$1"
}

# The server's start-up cache (./mailsim with no command, or serve): the same kind of file, trained
# by a run of `serve --training-run` (it starts on ports the system picks, loads the main pages
# once, and stops), with the server's own JVM flags: the full JIT, the default collector. Made once
# per build and JDK, beside the short commands' cache. bench/run startup measures it.
serve_cache_file() { # $1: the jar
  local cache
  cache=$(startup_cache_file "$1")
  echo "${cache%.*}-serve.${cache##*.}"
}

prepare_serve_cache() { # $1: the jar
  local cache training
  cache=$(serve_cache_file "$1")
  rm -f "${1%.jar}"-jdk-*-serve.aot "${1%.jar}"-jdk-*-serve.jsa "${1%.jar}"-jdk-*-serve.*.failed
  training="-XX:ArchiveClassesAtExit=$cache"
  if [ "$JAVA_MAJOR" -ge 25 ]; then training="-XX:AOTCacheOutput=$cache"; fi
  # shellcheck disable=SC2086 # a list of flags
  "$JAVA_HOME/bin/java" $training -Xlog:disable -jar "$1" serve --training-run >/dev/null 2>&1 || true
  [ -f "$cache" ] && return 0
  touch "$cache.failed" 2>/dev/null || true
  return 1
}

serve_cache_wanted() { # $1: the jar
  cache_wanted "$(serve_cache_file "$1")" "$1"
}

serve_cache_flags() { # $1: the jar
  cache_flags "$(serve_cache_file "$1")" "$1"
}

# Either cache: the flags that use it while it is newer than the jar, or nothing.
cache_flags() { # $1: the cache file, $2: the jar
  [ -f "$1" ] && [ "$1" -nt "$2" ] || return 0
  if [ "$JAVA_MAJOR" -ge 25 ]; then echo "-XX:AOTCache=$1 -Xlog:aot*=off -Xlog:cds*=off"; else echo "-XX:SharedArchiveFile=$1 -Xlog:cds*=off"; fi
}

# Either cache: none fresh, and none tried since the jar was built.
cache_wanted() { # $1: the cache file, $2: the jar
  [ -z "$(cache_flags "$1" "$2")" ] && ! [ "$1.failed" -nt "$2" ]
}
