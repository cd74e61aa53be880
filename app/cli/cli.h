#pragma once

#include "config/configstore.h"
#include "secrets/secretstore.h"
#include "storage/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace qad::cli {

// Exit codes of the headless contract (SPEC §10).
enum ExitCode { Success = 0, OperationFailed = 1, UsageError = 2 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qadctl)
};

// What every command gets: the streams (results on stdout, progress and problems on stderr), the
// directories, and the stores, opened on first use.
class Context
{
public:
    Context(QString configDir, QString dataDir, QTextStream &out, QTextStream &err);
    ~Context();

    QTextStream &out;
    QTextStream &err;
    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }

    // Loads the configuration; on failure prints why and returns nullptr.
    ConfigStore *config();
    // Resolves a destination argument (id, id prefix or name); prints why not and returns nullptr.
    const Destination *destination(const QString &idOrName);
    SecretStore &secrets();
    // Opens the history database; on failure prints why and returns nullptr.
    Storage *storage();

    // Prints "qadctl: <message>" on stderr and returns `code`.
    int fail(int code, const QString &message);
    void warn(const QString &message);

private:
    QString m_configDir;
    QString m_dataDir;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Storage> m_storage;
};

// Parses a command's own options; on --help prints it and returns false with `exitCode` 0, on an error
// prints it and returns false with exit code 2.
bool parseCommand(
    Context &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode);

// Entry point: the whole command line without the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace qad::cli
