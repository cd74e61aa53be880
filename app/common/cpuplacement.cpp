#include "common/cpuplacement.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sched.h>
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
