#pragma once

#include <QString>

namespace bgtm::test {

/// The test session's gnome-keyring (scripts/with-test-session.sh) driven from outside the app, over D-Bus, as a user
/// locks it (screen lock, Seahorse) or unlocks it (their login, Seahorse) without the app's help.
/// Each returns false with `error` filled when the keyring did not do it.
bool lockTestKeyring(QString *error);
/// Unlocks with the session's keyring password, without a prompt (gnome-keyring's UnlockWithMasterPassword).
bool unlockTestKeyring(QString *error);

} // namespace bgtm::test
