#pragma once

#include <QString>
#include <QtGlobal>
#include <cstdlib>

#if defined(QAD_WITH_MIMALLOC)
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace qad {

// Call early in main(), before any thread starts.
//
// qad and qadctl are linked with mimalloc (CMake option QAD_MIMALLOC, on by default), which then serves every
// malloc() of the process: it keeps freed memory in per-thread pages for reuse, and a block freed by another
// thread than the one that made it (the payloads, replies and batches passed between the ingest, the worker,
// Qt's network thread and the outbox thread) goes back without a lock. Nothing to set then.
//
// Built without it, glibc's malloc is tuned instead. By default it gives freed memory back to the system as
// soon as 128 KiB sit free at the top of a heap, and serves blocks from 128 KiB up with mmap(): while
// streaming, the batches passed between threads made a madvise() or munmap() every 20 activations, each a TLB
// shoot-down across the cores (a tenth of the outbox thread's time in a profile). Up to 16 MiB free per heap
// is then kept for reuse, and blocks below 4 MiB come from the heap: measured, 2,594 -> 6 madvise() calls for
// 50,000 activations and about 6 % less CPU, for about 6 MiB more resident memory. Settings from the
// environment (MALLOC_TRIM_THRESHOLD_, MALLOC_MMAP_THRESHOLD_) are kept.
inline void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__) && !defined(QAD_WITH_MIMALLOC)
    if (!qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_")) {
        mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
    }
    if (!qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_")) {
        mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    }
#endif
}

// Which allocator this build links, and whether it really serves malloc() in this process (an LD_PRELOAD of
// another one would take its place).
struct AllocatorInUse
{
    QString name; // "mimalloc 2.0.9", or empty for the C library's own
    bool servesMalloc = true;
};

inline AllocatorInUse allocatorInUse()
{
    AllocatorInUse in;
#if defined(QAD_WITH_MIMALLOC)
    const int version = mi_version(); // e.g. 209
    in.name = QStringLiteral("mimalloc %1.%2.%3").arg(version / 100).arg(version / 10 % 10).arg(version % 10);
    void *probe = std::malloc(64);
    in.servesMalloc = probe && mi_is_in_heap_region(probe);
    std::free(probe);
#endif
    return in;
}

} // namespace qad
