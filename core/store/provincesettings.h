#pragma once

#include "core/common/expected.h"
#include "core/domain/deadlinepolicy.h"

#include <QByteArray>

#include <optional>

namespace casedesk::store {

class Database;

/// What every PC of a province must decide alike, kept in a shared database (settings table) so
/// that it is one for all: extra holidays and working Saturdays (the shape of the shipped
/// calendar), extra competent-unit rules, the deadlines, and the days after which a quiet
/// answered case closes. The classifier's corrections live in classifier_feedback, also shared.
/// A PC alone keeps the same in its data folder's files and options, as before.
struct ProvinceSettings
{
    QByteArray holidaysJson; // empty: the shipped calendar alone
    QByteArray competentUnitsJson; // empty: the shipped rules alone
    std::optional<domain::DeadlinePolicy> deadlines; // unset: the defaults
    std::optional<int> autoCloseDays; // unset: the program's default
};

class ProvinceSettingsStore final
{
public:
    explicit ProvinceSettingsStore(Database &db);

    Expected<ProvinceSettings> read() const;
    /// Each stores its value (checked by the caller) in one transaction with the others given.
    Status write(const ProvinceSettings &changes);

private:
    Database &m_db;
};

} // namespace casedesk::store
