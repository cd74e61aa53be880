#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real, unlocked gnome-keyring, so keychain tests use a
# real Secret Service without ever touching the invoking user's keyring or files.
#
#   tests/with-keyring.sh COMMAND [ARGS...]
#
# The command gets a throw-away HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_STATE_HOME and
# XDG_RUNTIME_DIR (all removed on exit) and the private bus; every other environment variable passes through,
# as does stdin; QAD_TEST_PRIVATE_KEYRING=1 tells the command it is inside. Exit code: the command's; 1 when
# the keyring cannot be started. Works as root, headless.
set -euo pipefail

die() {
    echo "with-keyring.sh: $*" >&2
    exit 1
}

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "$tool is missing: install the Debian packages dbus and gnome-keyring (packaging/debian-packages.txt)."
done

# Runs inside the private bus (passed to it by `declare -f`): starts the keyring, runs the command, stops it.
# shellcheck disable=SC2317
in_session() {
    set -euo pipefail
    local scratch=$1
    shift
    export HOME=$scratch/home XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config \
        XDG_CACHE_HOME=$scratch/cache XDG_STATE_HOME=$scratch/state XDG_RUNTIME_DIR=$scratch/runtime
    mkdir -m 700 "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
    # Nothing may lead to the user's own keyring.
    unset GNOME_KEYRING_CONTROL GNOME_KEYRING_PID SSH_AUTH_SOCK

    # A non-empty password creates and unlocks the login keyring without a prompt (an empty one prompts,
    # which fails headless). No display either, so a prompt can never pop up on a developer's desktop.
    local keyring_env
    keyring_env=$(env -u DISPLAY -u WAYLAND_DISPLAY \
        gnome-keyring-daemon --unlock --components=secrets <<<"qad-throwaway-keyring") ||
        { echo "with-keyring.sh: gnome-keyring-daemon failed to start." >&2; return 1; }
    set -a
    eval "$keyring_env"
    set +a

    # The daemon forks; its pid comes from the bus, which also tells us the Secret Service is up.
    local daemon_pid=""
    for _ in $(seq 50); do
        daemon_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
            awk '{ print $NF }') && [ -n "$daemon_pid" ] && break
        sleep 0.1
    done
    if [ -z "$daemon_pid" ]; then
        echo "with-keyring.sh: gnome-keyring-daemon started but no Secret Service appeared on the bus." >&2
        return 1
    fi
    # shellcheck disable=SC2064 # the pid is fixed now
    trap "kill $daemon_pid 2>/dev/null || true" EXIT
    # Tests that write to the keychain refuse to run without this, so they never reach a real keyring.
    export QAD_TEST_PRIVATE_KEYRING=1

    # In the background so a signal to us reaches the command; the explicit stdin keeps it (a background
    # job would otherwise read /dev/null, and `qadctl token set` reads stdin).
    local child rc=0
    "$@" <&0 &
    child=$!
    trap 'kill -TERM $child 2>/dev/null || true' TERM INT HUP
    wait "$child" || rc=$?
    # A trapped signal interrupts wait before the command is done: wait for it to finish.
    while kill -0 "$child" 2>/dev/null; do
        wait "$child" || rc=$?
    done
    return "$rc"
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/qad-keyring.XXXXXX")
chmod 700 "$scratch"
trap 'rm -rf "$scratch"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

rc=0
dbus-run-session -- bash -c "$(declare -f in_session); in_session \"\$@\"" with-keyring "$scratch" "$@" || rc=$?
exit "$rc"
