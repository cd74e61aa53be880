#pragma once

namespace qad {

// Keeps the calling thread on the CPU it runs on now, and with it every thread it starts from then on (a new
// thread inherits its creator's CPU mask). Done only where it pays: on Linux, when the process may use at
// least two CPUs and no more than `maxCpus`. The delivery worker calls it before its first request, so that
// Qt starts its network thread on the same CPU: every request crosses between the two threads four times, and
// a wake-up on the same CPU costs much less than one on another CPU (most of all on a virtual machine, where
// waking another CPU leaves the guest). Returns the CPU kept to, or -1 when nothing was done.
int keepThreadsOnThisCpu(int maxCpus);

// Keeps thread `thread` (a threadId()) off `cpu`, on the other CPUs it may use, so that it does not take
// turns with the threads kept there. Nothing is done, and false returned, when it may use no other CPU.
bool keepThreadOffCpu(long thread, int cpu);

// The calling thread's id, for keepThreadOffCpu() (0 where there is none).
long threadId();

// The number of CPUs the calling thread may run on (1 where this cannot be told).
int allowedCpuCount();

} // namespace qad
