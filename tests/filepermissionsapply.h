#pragma once

#include <initializer_list>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace qad::test {

// While alive, files' permissions apply to the calling thread as to any user, root included: a process run as
// root (as CI runs the tests) lowers CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from the thread's
// effective capabilities, and raises them again at the end (they stay permitted). Does nothing for a user who
// is not root. For tests of what a user is told when a file or directory cannot be opened.
class FilePermissionsApply
{
public:
    FilePermissionsApply()
    {
        if (::geteuid() != 0) {
            m_applies = true;
            return;
        }
        __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
        if (::syscall(SYS_capget, &header, m_saved) != 0) {
            return;
        }
        __user_cap_data_struct lowered[2] = { m_saved[0], m_saved[1] };
        for (const int capability : { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER }) {
            lowered[capability / 32].effective &= ~(1U << (capability % 32));
        }
        m_lowered = ::syscall(SYS_capset, &header, lowered) == 0;
        m_applies = m_lowered;
    }
    ~FilePermissionsApply()
    {
        if (m_lowered) {
            __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
            ::syscall(SYS_capset, &header, m_saved);
        }
    }
    FilePermissionsApply(const FilePermissionsApply &) = delete;
    FilePermissionsApply &operator=(const FilePermissionsApply &) = delete;

    // Whether permissions apply now (false only when root's capabilities could not be lowered).
    bool applies() const { return m_applies; }

private:
    __user_cap_data_struct m_saved[2] {};
    bool m_lowered = false;
    bool m_applies = false;
};

} // namespace qad::test
