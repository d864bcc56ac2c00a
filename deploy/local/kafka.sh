#!/usr/bin/env bash
# Run a real single-node Apache Kafka broker (KRaft, combined broker+controller)
# on this machine without Docker, from Apache's own jars fetched from Maven Central.
#
#   kafka.sh ensure   fetch the broker jars into the cache (once; later runs do no network work)
#   kafka.sh start    ensure, format storage if needed, start in the background, wait until ready
#   kafka.sh run      like start, but in the foreground (exec), for container-like use
#   kafka.sh stop     SIGTERM, wait, then SIGKILL; removes the pid file
#   kafka.sh status   exit 0 if a broker answers metadata requests on the port, non-zero otherwise
#   kafka.sh reset    stop and delete the data dir
#
# Settings come from the environment; see deploy/local/kafka/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
KAFKA_CONF_DIR="$SCRIPT_DIR/kafka"

# Pinned broker version (must match the default in kafka/pom.xml). 4.x only: the
# logging setup below (log4j2) is the 4.x one.
KAFKA_VERSION="${KAFKA_VERSION:-4.1.2}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$REPO_ROOT/.run/kafka}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
KAFKA_JVM_PERFORMANCE_OPTS="${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"
KAFKA_OPTS="${KAFKA_OPTS:-}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
CACHE_ROOT="${MENTORMESH_CACHE_DIR:-$HOME/.cache/mentormesh}/kafka"
CACHE_DIR="$CACHE_ROOT/$KAFKA_VERSION"
LIBS_DIR="$CACHE_DIR/libs"
STAMP_FILE="$CACHE_DIR/.complete"

CONFIG_FILE="$KAFKA_DATA_DIR/server.properties"
LOG_DIRS="$KAFKA_DATA_DIR/data"
LOGS_DIR="$KAFKA_DATA_DIR/logs"
PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
OUT_FILE="$LOGS_DIR/kafka.out"
MARKER_FILE="$KAFKA_DATA_DIR/.mentormesh-kafka"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA="java"
fi

log() { printf '[kafka] %s\n' "$*"; }
err() { printf '[kafka] ERROR: %s\n' "$*" >&2; }
die() {
  err "$*"
  exit 1
}

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}/[kafka] /'
}

require_port() {
  local name="$1" value="$2"
  if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < 1 || value > 65535)); then
    die "$name must be a TCP port number, got '$value'"
  fi
}

require_port KAFKA_PORT "$KAFKA_PORT"
require_port KAFKA_CONTROLLER_PORT "$KAFKA_CONTROLLER_PORT"
[[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"
[[ "$KAFKA_VERSION" == 4.* ]] || die "KAFKA_VERSION must be a 4.x release (the logging setup is log4j2), got '$KAFKA_VERSION'"
[[ "$KAFKA_START_TIMEOUT" =~ ^[0-9]+$ ]] || die "KAFKA_START_TIMEOUT must be a number of seconds, got '$KAFKA_START_TIMEOUT'"
[[ "$KAFKA_STOP_TIMEOUT" =~ ^[0-9]+$ ]] || die "KAFKA_STOP_TIMEOUT must be a number of seconds, got '$KAFKA_STOP_TIMEOUT'"

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# The stamp records what the cache was built from; a changed pom means a refetch.
expected_stamp() {
  printf 'kafka_2.13 %s\npom %s\n' "$KAFKA_VERSION" "$(sha256_of "$KAFKA_CONF_DIR/pom.xml")"
}

cache_is_complete() {
  [[ -f "$STAMP_FILE" && -d "$LIBS_DIR" ]] && [[ "$(cat "$STAMP_FILE")" == "$(expected_stamp)" ]]
}

cmd_ensure() {
  if cache_is_complete; then
    log "jars for Kafka $KAFKA_VERSION cached in $CACHE_DIR"
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch the Kafka jars; install it (e.g. apt-get install maven)"
  mkdir -p "$CACHE_ROOT"
  # One fetch at a time per version, also across parallel CI jobs.
  exec 9>"$CACHE_ROOT/.lock-$KAFKA_VERSION"
  flock 9
  if cache_is_complete; then
    exec 9>&-
    log "jars for Kafka $KAFKA_VERSION cached in $CACHE_DIR (fetched by a concurrent run)"
    return 0
  fi
  log "fetching Apache Kafka $KAFKA_VERSION (org.apache.kafka:kafka_2.13) and its runtime jars with Maven..."
  local tmp
  tmp="$(mktemp -d "$CACHE_ROOT/.tmp-$KAFKA_VERSION.XXXXXX")"
  # Run Maven on a copy of the pom in the temp dir so nothing is written into the repo.
  cp "$KAFKA_CONF_DIR/pom.xml" "$tmp/pom.xml"
  if ! (cd "$tmp" && mvn -B -Dstyle.color=never -f "$tmp/pom.xml" \
    -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp/libs") \
    >"$tmp/mvn.log" 2>&1; then
    err "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION; its last lines:"
    grep -v '^\[INFO\] Download' "$tmp/mvn.log" | tail -n 30 | sed 's/^/[kafka] | /' >&2
    rm -rf "$tmp"
    exit 1
  fi
  [[ -f "$tmp/libs/kafka_2.13-$KAFKA_VERSION.jar" ]] || {
    rm -rf "$tmp"
    die "kafka_2.13-$KAFKA_VERSION.jar missing after the Maven run"
  }
  rm -f "$tmp/pom.xml" "$tmp/mvn.log"
  expected_stamp >"$tmp/.complete"
  # Replace any stale or partial cache, then move the finished one into place.
  if [[ -e "$CACHE_DIR" ]]; then
    local old="$CACHE_ROOT/.old-$KAFKA_VERSION.$$"
    mv "$CACHE_DIR" "$old"
    rm -rf "$old"
  fi
  mv "$tmp" "$CACHE_DIR"
  exec 9>&-
  log "cached $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars in $CACHE_DIR"
}

# --- process and readiness helpers -------------------------------------------

read_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] || return 1
  printf '%s' "$pid"
}

# True if the pid file names a live JVM running kafka.Kafka (guards against pid reuse).
broker_pid() {
  local pid
  pid="$(read_pid)" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka' || return 1
  fi
  printf '%s' "$pid"
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A real Kafka request, not just a port check: send a Metadata v4 request
# (all topics) and require a response with our correlation id that lists at
# least one broker. A KRaft broker answers client requests only once it has
# started up, registered with the controller and been unfenced.
metadata_ready() {
  # shellcheck disable=SC2016 # the inner script is meant to expand its own variables
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    # size=23 | api_key=3 (Metadata) | version=4 | correlation_id=0x4d4d0001
    # | client_id="mm-probe" | topics=null (-1) | allow_auto_topic_creation=false
    printf "\x00\x00\x00\x17\x00\x03\x00\x04\x4d\x4d\x00\x01\x00\x08mm-probe\xff\xff\xff\xff\x00" >&3
    # response: size(4) correlation_id(4) throttle_time_ms(4) brokers.length(4)
    hex="$(head -c 16 <&3 | od -An -v -tx1 | tr -d " \n")"
    [[ ${#hex} -eq 32 && ${hex:8:8} == 4d4d0001 ]] || exit 1
    (( 16#${hex:24:8} >= 1 && 16#${hex:24:8} < 65536 ))
  ' _ "$KAFKA_PORT" 2>/dev/null
}

print_log_tail() {
  local f
  for f in "$LOGS_DIR/server.log" "$OUT_FILE"; do
    if [[ -s "$f" ]]; then
      log "---- last lines of $f ----"
      # Skip the tab-indented config dumps, which say nothing about the failure.
      grep -v $'^\t' "$f" | tail -n 30 | sed 's/^/[kafka] | /' || true
    fi
  done
}

# --- configuration and storage -------------------------------------------------

escape_sed() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

render_config() {
  mkdir -p "$KAFKA_DATA_DIR" "$LOG_DIRS" "$LOGS_DIR"
  : >"$MARKER_FILE"
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
    -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_LOG_DIRS@|$(escape_sed "$LOG_DIRS")|g" \
    "$KAFKA_CONF_DIR/server.properties.template" >"$CONFIG_FILE.tmp"
  mv "$CONFIG_FILE.tmp" "$CONFIG_FILE"
}

java_base_args() {
  # shellcheck disable=SC2206 # heap and JVM options are intentionally word-split
  JAVA_ARGS=($KAFKA_HEAP_OPTS $KAFKA_JVM_PERFORMANCE_OPTS $KAFKA_OPTS
    "-Dlog4j2.configurationFile=$KAFKA_CONF_DIR/log4j2.properties"
    "-Dkafka.logs.dir=$LOGS_DIR"
    -cp "$LIBS_DIR/*")
}

format_storage() {
  if [[ -f "$LOG_DIRS/meta.properties" ]]; then
    log "storage already formatted ($(grep '^cluster.id=' "$LOG_DIRS/meta.properties" || true))"
    return 0
  fi
  local cluster_id
  if [[ -s "$KAFKA_DATA_DIR/cluster.id" ]]; then
    cluster_id="$(cat "$KAFKA_DATA_DIR/cluster.id")"
  else
    cluster_id="$("$JAVA" -Xmx128m -cp "$LIBS_DIR/*" \
      "-Dlog4j2.configurationFile=$KAFKA_CONF_DIR/log4j2.properties" "-Dkafka.logs.dir=$LOGS_DIR" \
      kafka.tools.StorageTool random-uuid | tail -n 1 | tr -d '[:space:]')"
    [[ -n "$cluster_id" ]] || die "kafka.tools.StorageTool random-uuid printed no cluster id"
    printf '%s\n' "$cluster_id" >"$KAFKA_DATA_DIR/cluster.id"
  fi
  log "formatting storage in $LOG_DIRS (cluster id $cluster_id)"
  "$JAVA" -Xmx256m -cp "$LIBS_DIR/*" \
    "-Dlog4j2.configurationFile=$KAFKA_CONF_DIR/log4j2.properties" "-Dkafka.logs.dir=$LOGS_DIR" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$CONFIG_FILE" --ignore-formatted \
    | sed 's/^/[kafka] /' || die "formatting the storage failed"
}

# Returns 0 (and says so) if a broker is already there; 1 if we should start one.
already_running() {
  local pid
  if pid="$(broker_pid)"; then
    if metadata_ready; then
      log "a broker from $KAFKA_DATA_DIR is already running and ready on 127.0.0.1:$KAFKA_PORT (pid $pid)"
      return 0
    fi
    log "a broker from $KAFKA_DATA_DIR is already running (pid $pid); waiting for it to become ready"
    wait_ready "$pid" || exit 1
    return 0
  fi
  if metadata_ready; then
    log "a Kafka broker already answers on 127.0.0.1:$KAFKA_PORT (not started from $KAFKA_DATA_DIR); using it"
    return 0
  fi
  if port_open "$KAFKA_PORT"; then
    die "127.0.0.1:$KAFKA_PORT is taken by something that does not answer Kafka metadata requests"
  fi
  if port_open "$KAFKA_CONTROLLER_PORT"; then
    die "controller port 127.0.0.1:$KAFKA_CONTROLLER_PORT is already in use (set KAFKA_CONTROLLER_PORT)"
  fi
  rm -f "$PID_FILE"
  return 1
}

# Wait until the broker answers metadata requests; fail if it dies or the time runs out.
wait_ready() {
  local pid="$1" start=$SECONDS
  while true; do
    if metadata_ready; then
      log "broker ready on 127.0.0.1:$KAFKA_PORT after $((SECONDS - start))s (pid $pid)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      err "the broker process (pid $pid) exited during startup"
      print_log_tail
      rm -f "$PID_FILE"
      return 1
    fi
    if ((SECONDS - start >= KAFKA_START_TIMEOUT)); then
      err "the broker did not become ready within ${KAFKA_START_TIMEOUT}s (pid $pid)"
      print_log_tail
      return 2
    fi
    sleep 0.5
  done
}

prepare() {
  cmd_ensure
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (Java 17+ is needed; set JAVA_HOME or put java on PATH)"
  render_config
  format_storage
  java_base_args
}

cmd_start() {
  already_running && return 0
  prepare
  local t0=$SECONDS
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (controller 127.0.0.1:$KAFKA_CONTROLLER_PORT, data $KAFKA_DATA_DIR)"
  rm -f "$PID_FILE"
  if [[ -f "$OUT_FILE" ]]; then mv -f "$OUT_FILE" "$OUT_FILE.prev"; fi
  # setsid detaches the broker from this shell's process group (Ctrl-C here does
  # not kill it); the inner shell writes its own pid, which exec hands to java.
  # shellcheck disable=SC2016
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    "$JAVA" "${JAVA_ARGS[@]}" kafka.Kafka "$CONFIG_FILE" \
    </dev/null >>"$OUT_FILE" 2>&1 &
  local _ pid=""
  for _ in $(seq 1 50); do
    pid="$(read_pid)" && break
    sleep 0.1
  done
  [[ -n "$pid" ]] || die "the broker did not write its pid file $PID_FILE"
  log "broker pid $pid; logs in $LOGS_DIR/server.log; waiting up to ${KAFKA_START_TIMEOUT}s for it to answer metadata requests"
  local rc=0
  wait_ready "$pid" || rc=$?
  if ((rc == 2)); then
    # Do not leave a half-started broker behind for the next run to trip over.
    cmd_stop >&2
    exit 1
  fi
  ((rc == 0)) || exit 1
  log "started in $((SECONDS - t0))s"
}

cmd_run() {
  already_running && return 0
  prepare
  log "running Kafka $KAFKA_VERSION in the foreground on 127.0.0.1:$KAFKA_PORT (data $KAFKA_DATA_DIR)"
  # exec keeps this pid, so the pid file stays right and 'kafka.sh stop' works from elsewhere.
  echo $$ >"$PID_FILE"
  exec "$JAVA" "${JAVA_ARGS[@]}" kafka.Kafka "$CONFIG_FILE"
}

cmd_stop() {
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PID_FILE"
    if metadata_ready; then
      log "no broker from $KAFKA_DATA_DIR is running (a broker on 127.0.0.1:$KAFKA_PORT was not started from it; left alone)"
    else
      log "no broker from $KAFKA_DATA_DIR is running"
    fi
    return 0
  fi
  log "stopping broker (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - start >= KAFKA_STOP_TIMEOUT)); then
      err "broker still running after ${KAFKA_STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$PID_FILE"
  log "stopped after $((SECONDS - start))s"
}

cmd_status() {
  local pid
  if pid="$(broker_pid)"; then
    if metadata_ready; then
      log "running and ready on 127.0.0.1:$KAFKA_PORT (pid $pid, data $KAFKA_DATA_DIR)"
      return 0
    fi
    log "running (pid $pid) but not answering metadata requests on 127.0.0.1:$KAFKA_PORT yet"
    return 2
  fi
  if metadata_ready; then
    log "a broker answers on 127.0.0.1:$KAFKA_PORT (not started from $KAFKA_DATA_DIR)"
    return 0
  fi
  log "not running"
  return 1
}

cmd_reset() {
  cmd_stop
  if [[ -d "$KAFKA_DATA_DIR" ]]; then
    # Only ever delete a directory this script created.
    [[ -f "$MARKER_FILE" ]] || die "refusing to delete $KAFKA_DATA_DIR: it has no $(basename "$MARKER_FILE") marker"
    rm -rf "$KAFKA_DATA_DIR"
    log "deleted $KAFKA_DATA_DIR"
  else
    log "nothing to delete at $KAFKA_DATA_DIR"
  fi
}

case "${1:-}" in
  ensure) cmd_ensure ;;
  start) cmd_start ;;
  run) cmd_run ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  -h | --help | help)
    usage
    ;;
  *)
    usage >&2
    exit 64
    ;;
esac
