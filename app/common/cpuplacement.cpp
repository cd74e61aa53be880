#include "common/cpuplacement.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <unistd.h>
#endif

namespace qad {

int allowedCpuCount()
{
#ifdef Q_OS_LINUX
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0) {
        return CPU_COUNT(&allowed);
    }
#endif
    return 1;
}

long threadId()
{
#ifdef Q_OS_LINUX
    return long(::gettid());
#else
    return 0;
#endif
}

bool keepThreadOffCpu(long thread, int cpu)
{
#ifdef Q_OS_LINUX
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (thread <= 0 || cpu < 0 || cpu >= CPU_SETSIZE
        || sched_getaffinity(pid_t(thread), sizeof(allowed), &allowed) != 0 || !CPU_ISSET(cpu, &allowed)) {
        return false;
    }
    CPU_CLR(cpu, &allowed);
    return CPU_COUNT(&allowed) > 0 && sched_setaffinity(pid_t(thread), sizeof(allowed), &allowed) == 0;
#else
    Q_UNUSED(thread);
    Q_UNUSED(cpu);
    return false;
#endif
}

int keepThreadsOnThisCpu(int maxCpus)
{
#ifdef Q_OS_LINUX
    const int allowed = allowedCpuCount();
    if (allowed < 2 || allowed > maxCpus) {
        return -1;
    }
    const int cpu = sched_getcpu();
    if (cpu < 0 || cpu >= CPU_SETSIZE) {
        return -1;
    }
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    return sched_setaffinity(0, sizeof(one), &one) == 0 ? cpu : -1;
#else
    Q_UNUSED(maxCpus);
    return -1;
#endif
}

} // namespace qad
