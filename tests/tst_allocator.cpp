#include "common/allocator.h"

#include <QTest>
#include <cstdlib>
#include <malloc.h>
#include <vector>

// keepFreedMemoryForReuse() (called first by qadctl and qad) where glibc's malloc serves them, as in a build
// without mimalloc (QAD_MIMALLOC off; this test is linked without it): mid-size blocks come from the heap
// rather than from mmap(), and memory freed at the top of the heap stays for reuse instead of going back to
// the system at once. Read through glibc's own counters. What serves qadctl's malloc() is tst_qadctl's.
class TestAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_")
            || qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_")) {
            QSKIP("glibc's malloc settings come from the environment here");
        }
        qad::keepFreedMemoryForReuse();
    }

    void blocksBelowFourMebibytesComeFromTheHeap()
    {
        const size_t mmappedBefore = mallinfo2().hblks;
        void *block = std::malloc(3 * 1024 * 1024); // glibc's default serves this with mmap()
        QVERIFY(block);
        QCOMPARE(mallinfo2().hblks, mmappedBefore);
        std::free(block);
    }

    void freedMemoryIsKeptForReuse()
    {
        constexpr size_t kBlock = 512 * 1024;
        std::vector<void *> blocks;
        for (int i = 0; i < 24; ++i) { // 12 MiB
            blocks.push_back(std::malloc(kBlock));
            QVERIFY(blocks.back());
        }
        for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
            std::free(*it);
        }
        // With glibc's default (128 KiB) nearly all of it would be back with the system.
        QVERIFY2(mallinfo2().fordblks >= 12 * kBlock, qPrintable(QString::number(mallinfo2().fordblks)));
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
