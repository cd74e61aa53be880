#pragma once

#include "config/configstore.h"
#include "secrets/secretstore.h"

#include <QString>

namespace qad::ui {

// What every window and panel of the GUI shares: where things live and the stores. Owned by main(); outlives
// every widget. Used from the GUI thread only.
struct AppContext
{
    QString configDir;
    QString dataDir;
    ConfigStore *config = nullptr; // loaded
    SecretStore *secrets
        = nullptr; // the OS keychain (tests: a MemorySecretStore or the real private keyring)
};

} // namespace qad::ui
