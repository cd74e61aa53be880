#pragma once

#include "config/configstore.h"
#include "secrets/secretstore.h"
#include "storage/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <limits>
#include <memory>
#include <optional>

namespace qad::cli {

// Exit codes of the headless contract (SPEC §10).
enum ExitCode { Success = 0, OperationFailed = 1, UsageError = 2 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qadctl)
};

// The exit code for a token that could not be had: 1 when the keychain could not be read (the same command
// may work once it answers), 2 when the token is missing or malformed (a configuration to fix).
inline int exitCodeFor(const Error &tokenError)
{
    return tokenError.transient ? OperationFailed : UsageError;
}

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
    // The command words given so far ("destination add"): a command's help names them in its usage line.
    QString command() const { return m_command; }
    void addCommandWord(const QString &word)
    {
        m_command += (m_command.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }

    // Loads the configuration; on failure prints why and returns nullptr.
    ConfigStore *config();
    // Resolves a destination argument (id, id prefix or name); prints why not (none, or several it could
    // mean) and returns nullptr.
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
    QString m_command;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Storage> m_storage;
};

// Parses a command's own options; on --help prints it and returns false with `exitCode` 0, on an error
// prints it and returns false with exit code 2.
bool parseCommand(
    Context &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode);

// Whether --help (or -h) stands among the arguments, before any "--".
bool asksForHelp(const QStringList &args);

// Why a path given on the command line cannot be used, or an empty string. `what` names where it was given
// (--profile, destination import). Qt decodes the arguments as UTF-8 and turns bytes that are not into
// U+FFFD, so such a path would name another file.
QString pathArgumentProblem(const QString &what, const QString &path);

// Opens a file given on the command line for reading, or standard input for "-". On failure prints why,
// in the same words for every command, and returns false with `exitCode` 2: a missing or unreadable input is
// an error of the command line, like a bad option value (SPEC §10).
bool openInput(Context &ctx, QFile &file, const QString &what, const QString &path, int *exitCode);

// A whole number typed on the command line, checked against [min, max]. One outside, even beyond what an int
// holds (99999999999999999999), is a whole number still: `value` is then the nearest bound, and `beyond` -1
// (below) or 1 (above).
struct WholeNumber
{
    bool isNumber = false;
    int value = 0;
    int beyond = 0;
};
WholeNumber parseWholeNumber(const QString &text, int min = std::numeric_limits<int>::min(),
    int max = std::numeric_limits<int>::max());
// What is wrong with an option's value: "--NAME: "TEXT" is not a whole number.", "--NAME: TEXT is too
// large." or "… too small."; empty for a number in the range.
QString wholeNumberProblem(const QCommandLineOption &option, const QString &text, const WholeNumber &n);

// The whole number an option gives, from `min` to `max`; on anything else prints what is wrong and the range
// and returns nothing (a usage error).
std::optional<int> wholeNumberOption(
    Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max);

// The state delivery follows, as `status`, `destination list/show` and qad give it: paused at run time
// (`qadctl pause`, a 401/403), else paused in the configuration (an imported destination), each with its
// reason; else "error" while the newest attempt failed; else "enabled".
struct ShownState
{
    QString state; // "enabled", "paused" or "error"
    QString pausedReason;
};
ShownState shownState(const Destination &d, const DestinationRuntime &runtime, const DeliveryHealth &health);

// Entry point: the whole command line without the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace qad::cli
