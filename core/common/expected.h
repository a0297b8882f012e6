#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace casedesk {

/// A failure a user can act on: one sentence, already translated.
struct Error
{
    QString message;
};

/// A value or the error that prevented it; errors travel as values, not only as log lines.
template<typename T, typename E = Error> class [[nodiscard]] Expected final
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

template<typename E> class [[nodiscard]] Expected<void, E> final
{
public:
    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

using Status = Expected<void>;

} // namespace casedesk
