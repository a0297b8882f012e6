#pragma once

#include "core/domain/officerscope.h"

#include <QString>

#include <functional>
#include <memory>

namespace casedesk {
class Clock;
}

namespace casedesk::store {
class AccountStore;
class CaseStore;
class CaseWriter;
class ChangeFeed;
class Database;
class OfficerStore;
class OutboxStore;
class QueueStore;
class SuggestionStore;
class TemplateStore;
class UnitStore;
} // namespace casedesk::store

namespace casedesk::sync {
class EnrolmentService;
}

namespace casedesk::ui {

/// What the window's widgets work with: the stores over the program's connection, its clock and
/// the one officer who acts. A program builds it once (app/gui/main.cpp; tests build their own)
/// and hands it to every window and dialog: no widget opens a store or keeps an officer scope of
/// its own. Lives on the GUI thread, like the connection it wraps.
class Services final
{
public:
    Services(store::Database &db, const Clock &clock, domain::OfficerScope scope);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    store::Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const domain::OfficerScope &scope() const { return m_scope; }

    store::CaseStore &cases() const { return *m_cases; }
    store::CaseWriter &writer() const { return *m_writer; }
    store::TemplateStore &templates() const { return *m_templates; }
    store::SuggestionStore &suggestions() const { return *m_suggestions; }
    store::QueueStore &queue() const { return *m_queue; }
    store::UnitStore &units() const { return *m_units; }
    store::OutboxStore &outbox() const { return *m_outbox; }
    store::AccountStore &accounts() const { return *m_accounts; }
    store::OfficerStore &officers() const { return *m_officers; }
    /// What this process and every other one wrote to the data folder: the widgets follow it
    /// instead of reloading on a timer. Writers of this process call its check() after writing.
    store::ChangeFeed &changes() const { return *m_changes; }

    /// Where "Add Zalo account…" connects accounts; null: the window cannot connect any.
    sync::EnrolmentService *enrolment() const { return m_enrolment; }
    void setEnrolment(sync::EnrolmentService *enrolment) { m_enrolment = enrolment; }

    /// The program's data folder (where "Data server…" saves its choice); empty: none, the
    /// window cannot change where the database is.
    const QString &dataFolder() const { return m_dataFolder; }
    void setDataFolder(const QString &path) { m_dataFolder = path; }

private:
    store::Database &m_db;
    const Clock &m_clock;
    domain::OfficerScope m_scope;
    std::unique_ptr<store::CaseStore> m_cases;
    std::unique_ptr<store::CaseWriter> m_writer;
    std::unique_ptr<store::TemplateStore> m_templates;
    std::unique_ptr<store::SuggestionStore> m_suggestions;
    std::unique_ptr<store::QueueStore> m_queue;
    std::unique_ptr<store::UnitStore> m_units;
    std::unique_ptr<store::OutboxStore> m_outbox;
    std::unique_ptr<store::AccountStore> m_accounts;
    std::unique_ptr<store::OfficerStore> m_officers;
    std::unique_ptr<store::ChangeFeed> m_changes;
    sync::EnrolmentService *m_enrolment = nullptr;
    QString m_dataFolder;
};

} // namespace casedesk::ui
