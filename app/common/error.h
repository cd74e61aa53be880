#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace qad {

// An error is a value: what happened, in words a user can act on (what is wrong and how to fix it).
struct Error
{
    QString message;
    // A passing condition (a lock held by another program, a full disk): the same work may succeed later.
    bool transient = false;

    bool isNull() const { return message.isEmpty(); }
};

// A value or the error that prevented it. Small on purpose: Qt 6.4 has no std::expected to lean on.
template<typename T> class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    { }
    Expected(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but can fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }

    static Status success() { return {}; }
    bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace qad
