#include "cli/doctorcommand.h"

#include "common/allocator.h"
#include "config/validation.h"
#include "secrets/tokenresolver.h"
#include "storage/sqlitestorage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <qad/version.h>

namespace qad::cli {

namespace {

class Report
{
public:
    explicit Report(QTextStream &out)
        : m_out(out)
    { }
    void ok(const QString &text) { line(Tr::tr("ok  "), text); }
    void warning(const QString &text) { line(Tr::tr("warn"), text); }
    void problem(const QString &text)
    {
        ++m_problems;
        line(Tr::tr("FAIL"), text);
    }
    int problems() const { return m_problems; }

private:
    void line(const QString &tag, const QString &text)
    {
        m_out << tag << QLatin1Char(' ') << text << Qt::endl;
    }
    QTextStream &m_out;
    int m_problems = 0;
};

void checkDirectory(Report &report, const QString &what, const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists()) {
        report.ok(Tr::tr("%1: %2 (not created yet)").arg(what, QDir::toNativeSeparators(dir)));
        return;
    }
    if (!info.isWritable()) {
        report.problem(Tr::tr("%1: %2 is not writable; fix its permissions or choose another directory.")
                           .arg(what, QDir::toNativeSeparators(dir)));
        return;
    }
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        report.warning(Tr::tr("%1: %2 is readable by other users; run chmod 700 on it.")
                           .arg(what, QDir::toNativeSeparators(dir)));
        return;
    }
    report.ok(Tr::tr("%1: %2").arg(what, QDir::toNativeSeparators(dir)));
}

// Opens the history database (bringing it to this version's schema, as any command would) and reads it whole.
// Never creates it.
void checkDatabase(Report &report, const QString &dataDir)
{
    SqliteStorage storage(dataDir);
    const QString path = QDir::toNativeSeparators(storage.databasePath());
    const QFileInfo file(storage.databasePath());
    if (!file.exists()) {
        report.ok(Tr::tr("database: %1 (not created yet)").arg(path));
        return;
    }
    Status status = storage.open();
    if (status) {
        status = storage.verify();
    }
    if (!status) {
        report.problem(Tr::tr("database: %1").arg(status.error().message));
        return;
    }
    report.ok(Tr::tr("database: %1 (schema %2, %3, every page read)")
                  .arg(path)
                  .arg(storage.schemaVersion())
                  .arg(QLocale().formattedDataSize(file.size(), 1)));
}

} // namespace

int doctorCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl doctor: check the keychain and token sources, the paths, the database, the "
                   "configuration and the memory allocator. Exits 1 when a check fails."),
            &code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) { // it checks every destination: none is named
        return ctx.fail(
            UsageError, Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    Report report(ctx.out);
    report.ok(Tr::tr("qadctl %1 on Qt %2")
                  .arg(QStringLiteral(QAD_VERSION_STRING), QString::fromLatin1(qVersion())));
    const AllocatorInUse allocator = allocatorInUse();
    if (allocator.name.isEmpty()) {
        report.ok(Tr::tr("memory allocator: the C library's malloc()"));
    } else if (allocator.servesMalloc) {
        report.ok(Tr::tr("memory allocator: %1").arg(allocator.name));
    } else {
        report.warning(Tr::tr("memory allocator: %1 is linked, but another allocator serves malloc() (set by "
                              "LD_PRELOAD?): streaming takes more CPU. Unset LD_PRELOAD to use %1.")
                           .arg(allocator.name));
    }
    checkDirectory(report, Tr::tr("configuration directory"), ctx.configDir());
    checkDirectory(report, Tr::tr("data directory"), ctx.dataDir());
    checkDatabase(report, ctx.dataDir());

    // Keychain: a probe read answers whether a backend is there at all.
    SecretStore &secrets = ctx.secrets();
    const SecretStore::ReadResult probe = secrets.read(QStringLiteral("qad-doctor-probe"));
    const bool tokenFromEnvironment = !qEnvironmentVariableIsEmpty(kTokenEnvironmentVariable);
    if (probe.status == SecretStore::ReadStatus::Failed && tokenFromEnvironment) {
        // A server without a keychain, as SPEC §9 provides for: the token comes from the environment.
        report.warning(Tr::tr("keychain (%1): %2 Not needed while QAD_API_TOKEN is set.")
                           .arg(secrets.backendName(), probe.error.message));
    } else if (probe.status == SecretStore::ReadStatus::Failed) {
        report.problem(Tr::tr("keychain (%1): %2").arg(secrets.backendName(), probe.error.message));
    } else {
        report.ok(Tr::tr("keychain: %1 answers").arg(secrets.backendName()));
    }
    if (tokenFromEnvironment) {
        report.warning(Tr::tr("QAD_API_TOKEN is set: every destination uses it instead of the keychain."));
    }

    ConfigStore store(ctx.configDir());
    if (const Status status = store.load(); !status) {
        report.problem(status.error().message);
        return OperationFailed;
    }
    report.ok(Tr::tr("configuration: %n destination(s) in %1", nullptr, int(store.destinations().size()))
                  .arg(QDir::toNativeSeparators(store.filePath())));
    for (const Destination &d : store.destinations()) {
        QList<Destination> others;
        for (const Destination &o : store.destinations()) {
            if (o.id != d.id) {
                others.append(o);
            }
        }
        const QString label = QStringLiteral("%1 (%2)").arg(d.name, d.id);
        bool valid = true;
        for (const ValidationIssue &issue : validateDestination(d, others)) {
            if (issue.isError()) {
                valid = false;
                report.problem(Tr::tr("%1: %2").arg(label, issue.toString()));
            } else {
                report.warning(Tr::tr("%1: %2").arg(label, issue.toString()));
            }
        }
        if (valid) {
            report.ok(Tr::tr("%1: configuration valid").arg(label));
        }
        ResolvedToken token = resolveToken(secrets, d.id);
        token.token.fill(QLatin1Char('\0'));
        if (token.ok()) {
            report.ok(Tr::tr("%1: token from the %2").arg(label, toString(token.source)));
        } else {
            report.problem(Tr::tr("%1: no token: %2").arg(label, token.error.message));
        }
    }
    return report.problems() == 0 ? Success : OperationFailed;
}

} // namespace qad::cli
