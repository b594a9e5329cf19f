// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Enms::Engine {

// What went wrong, as a code the layers above can translate into their own words.
enum class ErrorCode {
    InvalidInput,     // a value the caller passed is out of its domain
    UnknownEntity,    // a site, SEU, plan or issue type that does not exist
    NotEnoughData,    // the data needed for a result are missing or too few
    RankDeficient,    // a regression design matrix without full column rank
    ParseError,       // a file or field could not be read
    Cancelled,        // the caller asked to stop
    Internal,         // a broken assumption inside the engine
};

// An error value: the code decides how the UI reacts, the message says in plain English
// what and where (the CLI prints it, the GUI shows it under a translated heading).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// A value or an error. Engine functions that can fail on bad input return this
// instead of throwing, so every caller has to look at the outcome.
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that only succeed or fail.
struct Done {};
using Status = Result<Done>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace Enms::Engine
