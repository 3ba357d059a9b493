#!/bin/bash
# Accueil: deb post-install script. electron-builder fills in the executable name and the
# install folder when it builds the package (its template macros); no other dollar-brace
# expansion may appear in this file, or electron-builder stops with "Macro … is not defined".

INSTALL_DIR='/opt/${sanitizedProductName}'
EXECUTABLE='${executable}'

# /usr/bin link, as electron-builder's default script makes it.
if type update-alternatives >/dev/null 2>&1; then
    if [ -L "/usr/bin/$EXECUTABLE" ] && [ -e "/usr/bin/$EXECUTABLE" ] \
        && [ "$(readlink "/usr/bin/$EXECUTABLE")" != "/etc/alternatives/$EXECUTABLE" ]; then
        rm -f "/usr/bin/$EXECUTABLE"
    fi
    update-alternatives --install "/usr/bin/$EXECUTABLE" "$EXECUTABLE" "$INSTALL_DIR/$EXECUTABLE" 100 \
        || ln -sf "$INSTALL_DIR/$EXECUTABLE" "/usr/bin/$EXECUTABLE"
else
    ln -sf "$INSTALL_DIR/$EXECUTABLE" "/usr/bin/$EXECUTABLE"
fi

# Chromium's sandbox. electron-builder's default makes the helper setuid only when
# `unshare --user` works here, but this script runs as root: on Ubuntu 23.10+ root passes that
# test while the kiosk's unprivileged user is denied user namespaces by AppArmor, and a sysctl
# can take them away after installation. The kiosk then refuses to start. So the setuid helper
# is always set up (Chromium's documented fallback); where user namespaces are allowed Chromium
# still prefers them. Failing loudly here beats a kiosk that shows nothing after a reboot.
if ! { chown root:root "$INSTALL_DIR/chrome-sandbox" && chmod 4755 "$INSTALL_DIR/chrome-sandbox"; }; then
    echo "Accueil: could not make $INSTALL_DIR/chrome-sandbox setuid root" >&2
    exit 1
fi

# The session loop the autostart entry runs (build/linux/accueil-session).
chmod 0755 /usr/lib/accueil/accueil-session

if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# AppArmor profile that allows user namespaces for the app (Ubuntu 24.04+), as electron-builder's
# default does; skipped where this AppArmor cannot parse it (e.g. Ubuntu 22.04).
if apparmor_status --enabled >/dev/null 2>&1; then
    APPARMOR_PROFILE_SOURCE="$INSTALL_DIR/resources/apparmor-profile"
    APPARMOR_PROFILE_TARGET="/etc/apparmor.d/$EXECUTABLE"
    if [ -f "$APPARMOR_PROFILE_SOURCE" ] \
        && apparmor_parser --skip-kernel-load --debug "$APPARMOR_PROFILE_SOURCE" >/dev/null 2>&1; then
        cp -f "$APPARMOR_PROFILE_SOURCE" "$APPARMOR_PROFILE_TARGET"
        if ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
            apparmor_parser --replace --write-cache --skip-read-cache "$APPARMOR_PROFILE_TARGET" || true
        fi
    fi
fi

exit 0
