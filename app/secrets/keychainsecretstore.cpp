#include "secrets/keychainsecretstore.h"

#include "secrets/tokenresolver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLibrary>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::KeychainSecretStore)
};

enum class Operation { Read, Write, Remove };

// What one QtKeychain job reported.
struct JobOutcome
{
    bool timedOut = false;
    bool cancelled = false; // the user stopped waiting
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; // successful reads only
};

using JobFactory = std::function<std::unique_ptr<QKeychain::Job>()>;

// Whom to tell that a call is kept waiting, and after how long; how the user stops waiting (the store's
// cancelWait() quits `loop` and sets `cancelled`).
struct Waiting
{
    const KeychainSecretStore::WaitNotice &notice;
    int afterMs;
    QEventLoop *&loop;
    bool &cancelled;
};

// What the loop of a call returns once the wait is shown and the user may stop it.
constexpr int kTakeInput = 1;

// Set by the first keychain call of the process (see runWithStartupRetry).
std::atomic_bool s_firstCallDone { false };

QString environmentVariable()
{
    return QLatin1String(kTokenEnvironmentVariable);
}

// Runs the job to completion in a local event loop, bounded by timeoutMs and by the user (once told of the
// wait, they may stop waiting). A job that times out or is given up is left to delete itself if it ever
// finishes: deleting it now would leave QtKeychain's pending D-Bus callback pointing at freed memory.
// (QtKeychain runs jobs one at a time, so later jobs wait behind it and time out too.)
JobOutcome runJob(std::unique_ptr<QKeychain::Job> job, int timeoutMs, const Waiting &waiting)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    bool deadlinePassed = false;
    QTimer::singleShot(timeoutMs, &loop, [&] {
        deadlinePassed = true;
        loop.quit();
    });
    bool toldWaiting = false;
    QTimer stillWaiting;
    if (waiting.notice) {
        stillWaiting.setSingleShot(true);
        QObject::connect(&stillWaiting, &QTimer::timeout, &loop, [&] {
            if (finished || deadlinePassed || waiting.cancelled) {
                return; // over in the same round of events
            }
            toldWaiting = true;
            waiting.notice(true);
            loop.exit(kTakeInput);
        });
        stillWaiting.start(waiting.afterMs);
    }
    // A call made from this loop (by a timer, say) has the store to itself until it is over.
    QEventLoop *const outerLoop = std::exchange(waiting.loop, &loop);
    const bool outerCancelled = std::exchange(waiting.cancelled, false);
    job->start();
    // No input meanwhile: it would act on windows in the middle of a change. Once the wait is shown, its
    // window (modal, so the only one to take input) lets the user stop waiting.
    if (loop.exec(QEventLoop::ExcludeUserInputEvents) == kTakeInput && !finished && !deadlinePassed
        && !waiting.cancelled) {
        loop.exec();
    }
    const bool cancelled = std::exchange(waiting.cancelled, outerCancelled);
    waiting.loop = outerLoop;
    stillWaiting.stop();
    if (toldWaiting) {
        waiting.notice(false);
    }

    JobOutcome outcome;
    if (!finished) {
        outcome.cancelled = cancelled;
        outcome.timedOut = !outcome.cancelled;
        job->setAutoDelete(true);
        job.release();
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job.get());
        read && outcome.error == QKeychain::NoError) {
        outcome.text = read->textData();
    }
    return outcome;
}

// Following nextcloud's keychain policy: right after login the Secret Service may still be starting, so the
// first call of the process gets one retry when no keychain answered properly.
JobOutcome runWithStartupRetry(const JobFactory &makeJob, int timeoutMs, const Waiting &waiting)
{
    const bool firstCall = !s_firstCallDone.exchange(true);
    JobOutcome outcome = runJob(makeJob(), timeoutMs, waiting);
#ifdef Q_OS_LINUX
    if (firstCall && !outcome.timedOut && !outcome.cancelled
        && (outcome.error == QKeychain::OtherError || outcome.error == QKeychain::NoBackendAvailable)) {
        outcome = runJob(makeJob(), timeoutMs, waiting);
    }
#else
    Q_UNUSED(firstCall)
#endif
    return outcome;
}

QString describe(Operation operation, const QString &key)
{
    switch (operation) {
    case Operation::Read:
        return Tr::tr("Cannot read the API token of destination \"%1\" from the keychain").arg(key);
    case Operation::Write:
        return Tr::tr("Cannot store the API token of destination \"%1\" in the keychain").arg(key);
    case Operation::Remove:
        return Tr::tr("Cannot delete the API token of destination \"%1\" from the keychain").arg(key);
    }
    return {};
}

Error timeoutError(int timeoutMs)
{
    const int seconds = (timeoutMs + 999) / 1000;
    return Error { Tr::tr(
        "The keychain did not answer within %1 s: is a Secret Service (gnome-keyring, KWallet) "
        "running and unlocked? On a server without a keychain set %2.")
                       .arg(seconds)
                       .arg(environmentVariable()) };
}

// The user stopped waiting: the job is still out, and may yet do what it was asked.
Error cancelledError(Operation operation, const QString &key)
{
    switch (operation) {
    case Operation::Read:
        return Error { Tr::tr("The API token of destination \"%1\" was not read: you stopped waiting for the "
                              "keychain. Try again once it is unlocked.")
                           .arg(key),
            true };
    case Operation::Write:
        return Error { Tr::tr("The API token of destination \"%1\" was not stored: you stopped waiting for "
                              "the keychain (should it answer later, it may still store it). Try again once "
                              "it is unlocked.")
                           .arg(key),
            true };
    case Operation::Remove:
        return Error { Tr::tr("The API token of destination \"%1\" was not deleted: you stopped waiting for "
                              "the keychain (should it answer later, it may still delete it). Try again once "
                              "it is unlocked.")
                           .arg(key),
            true };
    }
    return {};
}

Error notFoundError(const QString &key)
{
    return Error { Tr::tr(
        "No API token is stored in the keychain for destination \"%1\". Store one with "
        "`qadctl token set %1` (it reads the token from stdin) or in the destination's settings. "
        "If you did store one, unlock the keyring and try again: a locked keyring can also read "
        "back as \"entry not found\". On a server without a keychain set %2.")
                       .arg(key, environmentVariable()) };
}

// The error for a job that did answer, but not with success.
Error jobError(const JobOutcome &outcome, Operation operation, const QString &key)
{
    const QString what = describe(operation, key);
    switch (outcome.error) {
    case QKeychain::NoBackendAvailable:
        return Error { Tr::tr("%1: no keychain is available (%2). Install and start a Secret Service such as "
                              "gnome-keyring or KWallet, or on a server without a keychain set %3.")
                           .arg(what, outcome.errorString, environmentVariable()) };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error { Tr::tr(
            "%1: access to the keychain was refused (%2). Unlock the keyring and allow qad to "
            "use it, then try again; on a server without a keychain set %3.")
                           .arg(what, outcome.errorString, environmentVariable()) };
    default:
        return Error { Tr::tr("%1: the keychain reported \"%2\". Check that a Secret Service (gnome-keyring, "
                              "KWallet) is running and unlocked; on a server without a keychain set %3.")
                           .arg(what, outcome.errorString, environmentVariable()) };
    }
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
int kdeVersion()
{
    const int version = qEnvironmentVariableIntValue("KDE_SESSION_VERSION");
    return version == 4 || version == 5 ? version : 0;
}

// The KWallet generation QtKeychain 0.13 would pick from the desktop it detects; 0 when not KDE.
int kdeSessionVersion()
{
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (desktop == u"KDE") {
        return kdeVersion();
    }
    if (desktop == u"GNOME" || desktop == u"Unity" || desktop == u"XFCE") {
        return 0;
    }
    const QString session = qEnvironmentVariable("DESKTOP_SESSION");
    if (session == u"kde4") {
        return 4;
    }
    if (session == u"kde") {
        return kdeVersion();
    }
    if (session == u"gnome" || session == u"xubuntu" || session.contains(u"xfce")
        || !qEnvironmentVariableIsEmpty("GNOME_DESKTOP_SESSION_ID")) {
        return 0;
    }
    return qEnvironmentVariableIsEmpty("KDE_FULL_SESSION") ? 0 : kdeVersion();
}

// Mirrors QtKeychain 0.13's choice: libsecret when it loads, else KWallet on KDE, else libgnome-keyring,
// else KWallet 4. The names and versions are QtKeychain's own: an unversioned "secret-1" looks for the -dev
// package's libsecret-1.so, and while alive would share its failed QLibrary entry with QtKeychain's.
QString unixBackendName()
{
    if (QLibrary(QStringLiteral("secret-1"), 0).load()) {
        return Tr::tr("Secret Service (libsecret)");
    }
    switch (kdeSessionVersion()) {
    case 5:
        return Tr::tr("KWallet 5 (kwalletd5; libsecret not found)");
    case 4:
        return Tr::tr("KWallet 4 (kwalletd; libsecret not found)");
    default:
        break;
    }
    if (QLibrary(QStringLiteral("gnome-keyring"), 0).load()) {
        return Tr::tr("GNOME Keyring (libgnome-keyring; libsecret not found)");
    }
    return Tr::tr("KWallet 4 (kwalletd; libsecret not found)");
}
#endif
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

void KeychainSecretStore::setWaitNotice(WaitNotice notice, int afterMs)
{
    m_waitNotice = std::move(notice);
    m_waitNoticeAfterMs = afterMs;
}

void KeychainSecretStore::cancelWait()
{
    if (m_waitingLoop) {
        m_cancelled = true;
        m_waitingLoop->quit();
    }
}

SecretStore::ReadResult KeychainSecretStore::read(const QString &key)
{
    JobOutcome outcome = runWithStartupRetry(
        [&] {
            auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
            job->setKey(key);
            return std::unique_ptr<QKeychain::Job>(std::move(job));
        },
        m_timeoutMs, Waiting { m_waitNotice, m_waitNoticeAfterMs, m_waitingLoop, m_cancelled });

    ReadResult result;
    if (outcome.cancelled) {
        result.error = cancelledError(Operation::Read, key);
    } else if (outcome.timedOut) {
        result.error = timeoutError(m_timeoutMs);
    } else if (outcome.error == QKeychain::NoError) {
        result.status = ReadStatus::Found;
        result.secret = std::move(outcome.text);
    } else if (outcome.error == QKeychain::EntryNotFound) {
        result.status = ReadStatus::NotFound;
        result.error = notFoundError(key);
    } else {
        result.error = jobError(outcome, Operation::Read, key);
    }
    return result;
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    const JobOutcome outcome = runWithStartupRetry(
        [&] {
            // Never setInsecureFallback(): no plaintext copy, ever (SPEC §9).
            auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
            job->setKey(key);
            job->setTextData(secret);
            return std::unique_ptr<QKeychain::Job>(std::move(job));
        },
        m_timeoutMs, Waiting { m_waitNotice, m_waitNoticeAfterMs, m_waitingLoop, m_cancelled });

    if (outcome.cancelled) {
        return cancelledError(Operation::Write, key);
    }
    if (outcome.timedOut) {
        return timeoutError(m_timeoutMs);
    }
    if (outcome.error != QKeychain::NoError) {
        return jobError(outcome, Operation::Write, key);
    }
    return Status::success();
}

Status KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runWithStartupRetry(
        [&] {
            auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
            job->setKey(key);
            return std::unique_ptr<QKeychain::Job>(std::move(job));
        },
        m_timeoutMs, Waiting { m_waitNotice, m_waitNoticeAfterMs, m_waitingLoop, m_cancelled });

    if (outcome.cancelled) {
        return cancelledError(Operation::Remove, key);
    }
    if (outcome.timedOut) {
        return timeoutError(m_timeoutMs);
    }
    // Deleting what is not there leaves the keychain as asked.
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
        return jobError(outcome, Operation::Remove, key);
    }
    return Status::success();
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_DARWIN)
    return Tr::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return Tr::tr("Windows Credential Manager");
#elif defined(Q_OS_ANDROID)
    return Tr::tr("Android Keystore");
#else
    return unixBackendName();
#endif
}

} // namespace qad
