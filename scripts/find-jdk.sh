# Sourced by ./blocstats, ./build and .ci/run: sets JAVA_HOME to a JDK >= 21.
# Order: $JAVA_HOME if it is recent enough, then the newest JDK under /usr/lib/jvm, then `java` on PATH.

# A JDK's major version: from its release file (no JVM started: this runs before every command), else from the JVM.
blocstats_java_major() {
	local v=""
	if [ -f "$1/release" ]; then
		v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
	fi
	if [ -z "$v" ]; then
		v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1)
	fi
	echo "$v"
}

blocstats_find_jdk() {
	local candidate major best="" best_major=0
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
		major=$(blocstats_java_major "$JAVA_HOME")
		if [ "${major:-0}" -ge 21 ]; then
			return 0
		fi
	fi
	for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
		[ -x "$candidate/bin/javac" ] || continue
		major=$(blocstats_java_major "$candidate")
		if [ "${major:-0}" -ge 21 ] && [ "${major:-0}" -gt "$best_major" ]; then
			best="$candidate"
			best_major=$major
		fi
	done
	if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
		candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
		major=$(blocstats_java_major "$candidate")
		if [ "${major:-0}" -ge 21 ]; then
			best="$candidate"
		fi
	fi
	if [ -z "$best" ]; then
		echo "blocstats needs a JDK 21 or newer (found none under /usr/lib/jvm, nor on PATH)." >&2
		echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 25, or set JAVA_HOME." >&2
		return 1
	fi
	export JAVA_HOME="$best"
}

# Maven's own Guava warns about sun.misc.Unsafe on JDK 24+; that noise is not ours.
blocstats_quiet_maven() {
	if [ "$(blocstats_java_major "$JAVA_HOME")" -ge 24 ]; then
		export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
	fi
}
