#include "delivery/lowdelay.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <QDir>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace qad {

#ifdef Q_OS_UNIX
namespace {

int peerPortOf(int fd)
{
    sockaddr_storage peer {};
    socklen_t length = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0) {
        return -1;
    }
    if (peer.ss_family == AF_INET) {
        return ntohs(reinterpret_cast<const sockaddr_in &>(peer).sin_port);
    }
    if (peer.ss_family == AF_INET6) {
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(peer).sin6_port);
    }
    return -1;
}

// The open descriptors: /proc/self/fd where there is one (Linux), otherwise every possible number.
QList<int> openDescriptors()
{
    QList<int> fds;
    const QDir proc(QStringLiteral("/proc/self/fd"));
    if (proc.exists()) {
        for (const QString &name : proc.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            bool ok = false;
            const int fd = name.toInt(&ok);
            if (ok) {
                fds.append(fd);
            }
        }
        return fds;
    }
    const long max = qMin<long>(sysconf(_SC_OPEN_MAX), 65536);
    for (int fd = 0; fd < max; ++fd) {
        fds.append(fd);
    }
    return fds;
}

} // namespace

int disableNagle(int peerPort)
{
    int changed = 0;
    for (const int fd : openDescriptors()) {
        int type = 0;
        socklen_t length = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM) {
            continue;
        }
        if (peerPortOf(fd) != peerPort) {
            continue;
        }
        int noDelay = 0;
        length = sizeof noDelay;
        if (getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length) != 0 || noDelay) {
            continue;
        }
        const int one = 1;
        if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0) {
            ++changed;
        }
    }
    return changed;
}
#else
int disableNagle(int)
{
    return 0;
}
#endif

} // namespace qad
