# Sourced by ./mvnw: Homeward builds and runs on Java 21 or newer. When JAVA_HOME (or the java on the PATH) is
# older, pick the newest JDK 21+ found in the usual places; when there is none, stop with a clear message.
homeward_java_feature() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}
homeward_select_jdk() {
  set +f # mvnw turns globbing off; the search below needs it
  current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
  [ -n "$current_java" ] || current_java="$(command -v java 2>/dev/null)"
  if [ -n "$current_java" ] && [ -x "$current_java" ]; then
    feature="$(homeward_java_feature "$current_java")"
    if [ -n "$feature" ] && [ "${feature%%.*}" -ge 21 ] 2>/dev/null; then
      set -f
      return 0
    fi
  fi
  best_home="" best_feature=0
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME:-}"/.sdkman/candidates/java/* "${HOME:-}"/.jdks/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    feature="$(homeward_java_feature "$candidate/bin/java")"
    feature="${feature%%.*}"
    if [ -n "$feature" ] && [ "$feature" -ge 21 ] 2>/dev/null && [ "$feature" -gt "$best_feature" ]; then
      best_home="$candidate" best_feature="$feature"
    fi
  done
  if [ -z "$best_home" ]; then
    echo "Homeward needs a JDK 21 or newer, and none was found (JAVA_HOME, PATH, /usr/lib/jvm, SDKMAN)." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it, then run this again." >&2
    exit 1
  fi
  set -f
  echo "Using the JDK $best_feature in $best_home (JAVA_HOME was ${JAVA_HOME:-unset})." >&2
  JAVA_HOME="$best_home"
  export JAVA_HOME
}
homeward_select_jdk
