#pragma once

#include "core/common/expected.h"
#include "core/domain/deadlinepolicy.h"
#include "core/domain/officerscope.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace casedesk::store {

class Database;

/// What every PC of a province must decide alike, kept with the cases (settings table) so that it
/// is one for all: extra holidays and working Saturdays (the shape of the shipped calendar), extra
/// competent-unit rules, the deadlines, the days after which a quiet answered case closes and the
/// pause between two polls of an account. The classifier's corrections live in
/// classifier_feedback, also shared. A PC alone keeps its deadlines, auto-close days and sync
/// interval in its own database the same way (Công cụ ▸ Thiết lập…); its extra holidays and rules
/// stay files of its data folder, as before.
struct ProvinceSettings
{
    QByteArray holidaysJson; // empty: the shipped calendar alone
    QByteArray competentUnitsJson; // empty: the shipped rules alone
    std::optional<domain::DeadlinePolicy> deadlines; // unset: the defaults
    std::optional<int> autoCloseDays; // unset: the program's default
    std::optional<int> syncIntervalSeconds; // unset: the program's default
    /// The units that ask citizens whether they were satisfied (issue 18); "*" = every unit.
    /// Unset or empty: none asks (the default).
    std::optional<QStringList> satisfactionUnits;

    /// Whether cases closed at @p unitId get the satisfaction question.
    bool asksSatisfaction(const QString &unitId) const;

    static constexpr int kMinAutoCloseDays = 1;
    static constexpr int kMaxAutoCloseDays = 365;
    static constexpr int kMinSyncIntervalSeconds = 5;
    static constexpr int kMaxSyncIntervalSeconds = 3600;

    /// Why the values set cannot be stored, in words for the administrator (the first problem
    /// found), or success: days and seconds in their ranges; crime and security reports always
    /// with a deadline (the law sets one); an urgent report's deadline no longer than the same
    /// report's when not urgent.
    static Status check(const ProvinceSettings &settings);
};

class ProvinceSettingsStore final
{
public:
    explicit ProvinceSettingsStore(Database &db);

    Expected<ProvinceSettings> read() const;
    /// Each stores its value (checked by the caller) in one transaction with the others given.
    Status write(const ProvinceSettings &changes);
    /// The same for an officer: refused without the Administer permission, and refused whole when
    /// check() finds a problem. Nothing is stored then.
    Status write(const ProvinceSettings &changes, const domain::OfficerScope &scope);

private:
    Database &m_db;
};

} // namespace casedesk::store
