#include "cli/cli.h"
#include "common/allocator.h"
#include "common/eventdispatch.h"
#include "delivery/tlstrust.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <qad/version.h>
#include <sys/resource.h>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // Everything qadctl writes (config, database) is the user's alone, and a token in memory never lands in a
    // core dump.
    umask(077);
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);

    qad::keepFreedMemoryForReuse();
    qad::useQtDispatcherInWorkerThreads();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qad"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QAD_VERSION_STRING));

    QTranslator translator;
    // English when the locale's language is not shipped (or is C/POSIX): its file holds the plural forms.
    if (translator.load(QLocale(), QStringLiteral("qad"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("qad_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    // Qt's own words that qadctl prints (its help's headings, network errors) in the same language as ours.
    QTranslator qtTranslator;
    const QString language = QFileInfo(translator.filePath()).completeBaseName().section(QLatin1Char('_'), 1);
    if (!language.isEmpty() && language != u"en"
        && qtTranslator.load(
            QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const qad::Status trusted = qad::trustCertificatesFromEnvironment(); !trusted) {
        err << QStringLiteral("qadctl: ") << trusted.error().message << Qt::endl;
        return 2; // a usage error, like a bad option
    }
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = qad::cli::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
