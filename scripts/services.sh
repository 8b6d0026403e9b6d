#!/usr/bin/env bash
# Start/stop the real services TTA's tests need, on loopback only, on non-default ports.
#
#   scripts/services.sh start  [redis|neo4j|all]   # default: all; idempotent, waits until ready
#   scripts/services.sh stop   [redis|neo4j|all]   # stops what this script started (pid files)
#   scripts/services.sh status [redis|neo4j|all]   # one line per service; exit 0 iff all up
#
# Redis: Debian's redis-server (apt-get installed if missing), 127.0.0.1:${TTA_TEST_REDIS_PORT:-6390},
#   no persistence (save "", appendonly no), protected-mode yes.
# Tools: tmux (apt-get installed if missing, with `start all`) for the client's terminal test.
# Neo4j: Neo4j Community 5.26 LTS, embedded DBMS with the Bolt connector, run by
#   scripts/neo4j/Launcher.java with jars resolved from Maven Central by scripts/neo4j/pom.xml.
#   bolt://127.0.0.1:${TTA_TEST_NEO4J_PORT:-7697}.  TEST INSTANCE: AUTH IS DISABLED
#   (connect with auth=None); it listens on 127.0.0.1 only.
#
# Environment:
#   TTA_SERVICES_DIR      state dir (default: <repo>/.services): pid files, logs, data, build cache
#   TTA_TEST_REDIS_PORT   default 6390
#   TTA_TEST_NEO4J_PORT   default 7697
#   TTA_NEO4J_VERSION     Maven version(s) of org.neo4j:neo4j to try, space-separated, first that
#                         resolves wins; a Maven range is allowed. Default "[5.26.0,5.26.999]",
#                         i.e. the newest 5.26.x patch release Maven Central serves.
#                         The spec->version result is cached in the state dir (build/resolved.tsv);
#                         delete <state>/neo4j/build to re-resolve.
#   TTA_NEO4J_START_TIMEOUT  seconds to wait for Neo4j once its JVM is launched (default 120;
#                         the Maven download before it is not counted)
#   TTA_NEO4J_JAVA_OPTS   extra JVM options (appended; default heap is -Xmx512m)
#   TTA_PYTHON            python with the `neo4j` driver for the readiness check
#                         (else <repo>/.venv/bin/python; else a Bolt handshake + the launcher's
#                         own RETURN 1 are the check)
#
# Exit codes: 0 ok; 1 failure; 2 usage; 3 Maven served no matching Neo4j release (the Maven
# error is printed) -- callers treat Neo4j tests as not run.
# shellcheck disable=SC2317 # the service functions are called indirectly, as ${service}_${cmd}
set -euo pipefail

HOST=127.0.0.1
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${TTA_SERVICES_DIR:-$REPO/.services}
REDIS_PORT=${TTA_TEST_REDIS_PORT:-6390}
NEO4J_PORT=${TTA_TEST_NEO4J_PORT:-7697}
NEO4J_SPEC=${TTA_NEO4J_VERSION:-[5.26.0,5.26.999]}
NEO4J_TIMEOUT=${TTA_NEO4J_START_TIMEOUT:-120}
REDIS_TIMEOUT=20
NEO4J_SRC=$REPO/scripts/neo4j

say() { printf '%s\n' "$*"; }
die() { # die CODE MESSAGE...
    local code=$1; shift
    printf '%s\n' "$*" >&2
    exit "$code"
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=
apt_install() {
    say "services: apt-get install $*"
    if [ -z "$APT_UPDATED" ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die 1 "services: apt-get update failed"
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
        || die 1 "services: apt-get install $* failed"
}

# pid_of PIDFILE PATTERN -> prints the pid if it is alive and its command line contains PATTERN
pid_of() {
    local f=$1 pat=$2 pid
    [ -s "$f" ] || return 1
    pid=$(tr -dc '0-9' <"$f")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pat" || return 1
    printf '%s\n' "$pid"
}

# wait_gone PID SECONDS -> 0 once the process is gone
wait_gone() {
    local pid=$1 n=$(($2 * 5))
    while kill -0 "$pid" 2>/dev/null; do
        [ "$n" -gt 0 ] || return 1
        n=$((n - 1)); sleep 0.2
    done
}

# stop_pid NAME PID: SIGTERM, wait up to 60 s, then SIGKILL
stop_pid() {
    local name=$1 pid=$2
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" 60; then
        say "$name: pid $pid still running after 60 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || die 1 "$name: could not stop pid $pid"
    fi
}

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null; }

now() { date +%s; }

# ---------------------------------------------------------------- redis

redis_ping() {
    command -v redis-cli >/dev/null 2>&1 || return 1
    [ "$(timeout 3 redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]
}

redis_start() {
    command -v redis-server >/dev/null 2>&1 || apt_install redis-server
    command -v redis-cli >/dev/null 2>&1 || apt_install redis-tools
    if redis_ping; then
        say "redis: already up on $HOST:$REDIS_PORT"
        return 0
    fi
    port_open "$REDIS_PORT" && die 1 "redis: $HOST:$REDIS_PORT is in use by something that does not answer PING"
    mkdir -p "$REDIS_DIR"
    rm -f "$REDIS_DIR/redis.pid"
    [ -f "$REDIS_DIR/redis.log" ] && mv -f "$REDIS_DIR/redis.log" "$REDIS_DIR/redis.log.prev"
    local out
    if ! out=$(redis-server --bind "$HOST" --port "$REDIS_PORT" --protected-mode yes \
        --daemonize yes --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" \
        --logfile "$REDIS_DIR/redis.log" --save '' --appendonly no 2>&1 9>&-); then
        die 1 "redis: redis-server failed to start: $out"
    fi
    local deadline=$(($(now) + REDIS_TIMEOUT))
    until redis_ping; do
        if [ "$(now)" -ge "$deadline" ]; then
            say "redis: not answering PING on $HOST:$REDIS_PORT after ${REDIS_TIMEOUT}s; last log lines:" >&2
            tail -n 40 "$REDIS_DIR/redis.log" >&2 2>/dev/null || true
            die 1 "redis: start failed"
        fi
        sleep 0.2
    done
    say "redis: started on $HOST:$REDIS_PORT (pid $(cat "$REDIS_DIR/redis.pid" 2>/dev/null || echo '?'))"
}

redis_stop() {
    local pid
    if pid=$(pid_of "$REDIS_DIR/redis.pid" redis-server); then
        stop_pid redis "$pid"
        rm -f "$REDIS_DIR/redis.pid"
        say "redis: stopped ($HOST:$REDIS_PORT)"
    elif redis_ping; then
        say "redis: $HOST:$REDIS_PORT is up but was not started by services.sh (no live pid file in $REDIS_DIR); left running"
    else
        rm -f "$REDIS_DIR/redis.pid"
        say "redis: not running ($HOST:$REDIS_PORT)"
    fi
}

redis_status() {
    local pid
    if redis_ping; then
        if pid=$(pid_of "$REDIS_DIR/redis.pid" redis-server); then
            say "redis: up $HOST:$REDIS_PORT (pid $pid)"
        else
            say "redis: up $HOST:$REDIS_PORT (not started by services.sh)"
        fi
    else
        say "redis: down $HOST:$REDIS_PORT"
        return 1
    fi
}

# ---------------------------------------------------------------- neo4j

NEO4J_VERSION=
NEO4J_CP=

# Bolt handshake: offer 5.0-5.8 and 4.4; any non-zero answer means a Bolt server is there.
bolt_ok() {
    # shellcheck disable=SC2016 # the inner script gets host and port as $0 and $1
    timeout 5 bash -c '
        exec 3<>"/dev/tcp/$0/$1" || exit 1
        printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
        r=$(head -c 4 <&3 | od -An -tx1 | tr -d " \n")
        [ -n "$r" ] && [ "$r" != 00000000 ]' "$HOST" "$NEO4J_PORT" 2>/dev/null
}

# python with an importable neo4j driver, if any
neo4j_python() {
    local p
    for p in "${TTA_PYTHON:-}" "$REPO/.venv/bin/python"; do
        [ -n "$p" ] || continue
        p=$(command -v "$p" 2>/dev/null) || continue
        "$p" -c 'import neo4j' >/dev/null 2>&1 && { printf '%s\n' "$p"; return 0; }
    done
    return 1
}

cypher_check() { # cypher_check PYTHON: RETURN 1 over Bolt with the python driver
    timeout 30 "$1" - "bolt://$HOST:$NEO4J_PORT" <<'EOF'
import sys
from neo4j import GraphDatabase
with GraphDatabase.driver(sys.argv[1], auth=None, connection_timeout=5) as d:
    with d.session() as s:
        v = s.run("RETURN 1 AS one").single()["one"]
if v != 1:
    sys.exit("RETURN 1 returned %r" % (v,))
EOF
}

cp_valid() { # every entry of the classpath file exists
    local f=$1 e
    [ -s "$f" ] || return 1
    while IFS= read -r -d: e || [ -n "$e" ]; do
        e=${e%$'\n'}
        [ -z "$e" ] || [ -f "$e" ] || return 1
    done <"$f"
}

# Sets NEO4J_VERSION and NEO4J_CP (classpath file); compiles Launcher.class if needed.
neo4j_resolve() {
    mkdir -p "$NEO4J_BUILD"
    local map=$NEO4J_BUILD/resolved.tsv cached=
    [ -f "$map" ] && cached=$(awk -F'\t' -v s="$NEO4J_SPEC" '$1 == s { v = $2 } END { print v }' "$map")
    if [ -n "$cached" ] && cp_valid "$NEO4J_BUILD/$cached/classpath.txt"; then
        NEO4J_VERSION=$cached
    else
        command -v mvn >/dev/null 2>&1 || apt_install maven
        local cands cand tmp out rc v errors=
        read -r -a cands <<<"$NEO4J_SPEC"
        [ "${#cands[@]}" -gt 0 ] || die 1 "neo4j: TTA_NEO4J_VERSION is empty"
        say "neo4j: resolving org.neo4j:neo4j ${cands[*]} with Maven (the first time, ~230 MB go into ~/.m2)"
        for cand in "${cands[@]}"; do
            tmp=$(mktemp "$NEO4J_BUILD/classpath.XXXXXX")
            rc=0
            out=$(cd "$NEO4J_BUILD" && mvn -q -B -Dstyle.color=never -f "$NEO4J_SRC/pom.xml" "-Dneo4j.version=$cand" \
                dependency:build-classpath "-Dmdep.outputFile=$tmp" 2>&1) || rc=$?
            v=
            if [ "$rc" = 0 ] && [ -s "$tmp" ]; then
                v=$(tr ':' '\n' <"$tmp" | sed -n 's#.*/org/neo4j/neo4j/\([^/]*\)/neo4j-\1\.jar$#\1#p' | head -n 1)
            fi
            if [ -n "$v" ] && cp_valid "$tmp"; then
                mkdir -p "$NEO4J_BUILD/$v"
                mv -f "$tmp" "$NEO4J_BUILD/$v/classpath.txt"
                { [ -f "$map" ] && awk -F'\t' -v s="$NEO4J_SPEC" '$1 != s' "$map"
                  printf '%s\t%s\n' "$NEO4J_SPEC" "$v"; } >"$map.tmp"
                mv -f "$map.tmp" "$map"
                NEO4J_VERSION=$v
                say "neo4j: resolved Neo4j $v (from $cand)"
                break
            fi
            rm -f "$tmp"
            errors+="--- mvn -Dneo4j.version=$cand dependency:build-classpath (exit $rc):"$'\n'
            errors+="$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' | head -n 40)"$'\n'
        done
        if [ -z "$NEO4J_VERSION" ]; then
            printf '%s' "$errors" >&2
            die 3 "neo4j: Maven served no Neo4j release matching: ${cands[*]} (exit 3: Neo4j tests cannot run)"
        fi
    fi
    NEO4J_CP=$NEO4J_BUILD/$NEO4J_VERSION/classpath.txt
    local cls=$NEO4J_BUILD/$NEO4J_VERSION/Launcher.class
    if [ ! -f "$cls" ] || [ "$NEO4J_SRC/Launcher.java" -nt "$cls" ]; then
        command -v javac >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
        local out
        out=$(javac -nowarn -encoding UTF-8 -d "$NEO4J_BUILD/$NEO4J_VERSION" -cp "$(cat "$NEO4J_CP")" \
            "$NEO4J_SRC/Launcher.java" 2>&1) || die 1 "neo4j: javac Launcher.java failed:"$'\n'"$out"
    fi
}

neo4j_fail() { # neo4j_fail PID MESSAGE: show the log, stop the process, exit 1
    local pid=$1; shift
    say "neo4j: $*; last 40 lines of $NEO4J_LOG:" >&2
    tail -n 40 "$NEO4J_LOG" >&2 2>/dev/null || true
    [ -f "$NEO4J_HOME/logs/debug.log" ] && say "neo4j: (more in $NEO4J_HOME/logs/debug.log)" >&2
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        wait_gone "$pid" 30 || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$NEO4J_PIDF"
    die 1 "neo4j: start failed"
}

neo4j_wait() { # neo4j_wait PID START_EPOCH
    local pid=$1 t0=$2 py=
    local deadline=$((t0 + NEO4J_TIMEOUT))
    while :; do
        kill -0 "$pid" 2>/dev/null || neo4j_fail "" "process $pid exited during startup"
        grep -q '^TTA-NEO4J-FAILED' "$NEO4J_LOG" 2>/dev/null && neo4j_fail "$pid" "the launcher reported a failure"
        if grep -q '^TTA-NEO4J-READY' "$NEO4J_LOG" 2>/dev/null && bolt_ok; then break; fi
        [ "$(now)" -lt "$deadline" ] || neo4j_fail "$pid" "not ready after ${NEO4J_TIMEOUT}s"
        sleep 0.5
    done
    local how="Bolt handshake"
    if py=$(neo4j_python); then
        local err=
        until err=$(cypher_check "$py" 2>&1); do
            [ "$(now)" -lt "$deadline" ] || neo4j_fail "$pid" "Bolt is up but RETURN 1 via the python driver ($py) fails: $(printf '%s' "$err" | tail -n 3)"
            sleep 1
        done
        how="RETURN 1 via python driver"
    fi
    say "neo4j: started on $HOST:$NEO4J_PORT (Neo4j $(neo4j_running_version), pid $pid, $(($(now) - t0))s, checked: $how)"
}

neo4j_running_version() { cat "$NEO4J_HOME/.tta-neo4j-version" 2>/dev/null || echo '?'; }

neo4j_start() {
    local pid t0
    t0=$(now)
    if pid=$(pid_of "$NEO4J_PIDF" Launcher); then
        if grep -q '^TTA-NEO4J-READY' "$NEO4J_LOG" 2>/dev/null && bolt_ok; then
            say "neo4j: already up on $HOST:$NEO4J_PORT (Neo4j $(neo4j_running_version), pid $pid)"
            return 0
        fi
        say "neo4j: pid $pid is still starting; waiting for it"
        neo4j_wait "$pid" "$t0"
        return 0
    fi
    if port_open "$NEO4J_PORT"; then
        if bolt_ok; then
            say "neo4j: already up on $HOST:$NEO4J_PORT (a Bolt server not started by services.sh)"
            return 0
        fi
        die 1 "neo4j: $HOST:$NEO4J_PORT is in use by something that does not speak Bolt"
    fi
    command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
    neo4j_resolve
    mkdir -p "$NEO4J_HOME"
    # Store files are upgraded in place by a newer 5.26.x but not downgraded: if the data was
    # written by a newer version than the one resolved now, start from an empty test database.
    local old
    old=$(cat "$NEO4J_HOME/.tta-neo4j-version" 2>/dev/null || true)
    if [ -n "$old" ] && [ "$old" != "$NEO4J_VERSION" ] \
        && [ "$(printf '%s\n%s\n' "$old" "$NEO4J_VERSION" | sort -V | tail -n 1)" = "$old" ]; then
        say "neo4j: data was written by Neo4j $old (newer than $NEO4J_VERSION); wiping test data in $NEO4J_HOME"
        rm -rf "$NEO4J_HOME"
        mkdir -p "$NEO4J_HOME"
    fi
    printf '%s\n' "$NEO4J_VERSION" >"$NEO4J_HOME/.tta-neo4j-version"
    [ -f "$NEO4J_LOG" ] && mv -f "$NEO4J_LOG" "$NEO4J_LOG.prev"
    local -a jvm=(-Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow
        --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
        -Dio.netty.tryReflectionSetAccessible=true -Djdk.nio.maxCachedBufferSize=1024
        -Dlog4j2.disable.jmx=true "-Dtta.neo4j.version=$NEO4J_VERSION")
    local -a extra=()
    [ -n "${TTA_NEO4J_JAVA_OPTS:-}" ] && read -r -a extra <<<"$TTA_NEO4J_JAVA_OPTS"
    # The start timeout counts from the JVM launch, not from the Maven download above: on a
    # fresh machine resolving ~230 MB can take longer than the whole timeout (seen: 7 minutes).
    t0=$(now)
    (
        cd "$NEO4J_DIR"
        exec setsid nohup java "${jvm[@]}" "${extra[@]}" \
            -cp "$NEO4J_BUILD/$NEO4J_VERSION:$(cat "$NEO4J_CP")" \
            Launcher "$NEO4J_HOME" "$NEO4J_PORT" </dev/null >"$NEO4J_LOG" 2>&1 9>&-
    ) &
    pid=$!
    printf '%s\n' "$pid" >"$NEO4J_PIDF"
    neo4j_wait "$pid" "$t0"
}

neo4j_stop() {
    local pid
    if pid=$(pid_of "$NEO4J_PIDF" Launcher); then
        stop_pid neo4j "$pid"
        rm -f "$NEO4J_PIDF"
        say "neo4j: stopped ($HOST:$NEO4J_PORT)"
    elif bolt_ok; then
        say "neo4j: $HOST:$NEO4J_PORT is up but was not started by services.sh (no live pid file in $NEO4J_DIR); left running"
    else
        rm -f "$NEO4J_PIDF"
        say "neo4j: not running ($HOST:$NEO4J_PORT)"
    fi
}

neo4j_status() {
    local pid
    if bolt_ok; then
        if pid=$(pid_of "$NEO4J_PIDF" Launcher); then
            say "neo4j: up $HOST:$NEO4J_PORT (Neo4j $(neo4j_running_version), pid $pid)"
        else
            say "neo4j: up $HOST:$NEO4J_PORT (not started by services.sh)"
        fi
    elif pid=$(pid_of "$NEO4J_PIDF" Launcher); then
        say "neo4j: down $HOST:$NEO4J_PORT (pid $pid alive but Bolt not answering: starting or stuck)"
        return 1
    else
        say "neo4j: down $HOST:$NEO4J_PORT"
        return 1
    fi
}

# ---------------------------------------------------------------- main

usage() { die 2 "usage: $0 start|stop|status [redis|neo4j|all]"; }

cmd=${1:-}
target=${2:-all}
[ $# -le 2 ] || usage
case "$cmd" in start | stop | status) ;; -h | --help | help) say "usage: $0 start|stop|status [redis|neo4j|all]"; exit 0 ;; *) usage ;; esac
case "$target" in redis) services=(redis) ;; neo4j) services=(neo4j) ;; all) services=(redis neo4j) ;; *) usage ;; esac
[ "$cmd" = stop ] && [ "$target" = all ] && services=(neo4j redis)

mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
REDIS_DIR=$STATE/redis          # redis.pid, redis.log (no data: persistence is off)
NEO4J_DIR=$STATE/neo4j          # neo4j.pid, neo4j.log (launcher stdout/stderr)
NEO4J_HOME=$NEO4J_DIR/home      # DBMS home: data/, logs/debug.log
NEO4J_BUILD=$NEO4J_DIR/build    # resolved.tsv, <version>/classpath.txt, <version>/Launcher.class
NEO4J_PIDF=$NEO4J_DIR/neo4j.pid
NEO4J_LOG=$NEO4J_DIR/neo4j.log
mkdir -p "$REDIS_DIR" "$NEO4J_DIR"

# One start/stop at a time per state dir (status needs no lock).
if [ "$cmd" != status ]; then
    exec 9>"$STATE/.lock"
    flock -w 600 9 || die 1 "services: another services.sh holds $STATE/.lock"
fi

# The client's end-to-end test drives the real `tta` command inside tmux.
if [ "$cmd" = start ] && [ "$target" = all ]; then
    command -v tmux >/dev/null 2>&1 || apt_install tmux
fi

# start/stop exit on the first failure (die); status reports every service, then exits 1 if
# any is down.
rc=0
for s in "${services[@]}"; do
    if [ "$cmd" = status ]; then
        "${s}_status" || rc=1
    else
        "${s}_${cmd}"
    fi
done
exit "$rc"
