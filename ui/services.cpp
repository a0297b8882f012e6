#include "services.h"

#include "core/store/accountstore.h"
#include "core/store/casestore.h"
#include "core/store/casewriter.h"
#include "core/store/changefeed.h"
#include "core/store/officerstore.h"
#include "core/store/outboxstore.h"
#include "core/store/queuestore.h"
#include "core/store/suggestionstore.h"
#include "core/store/templatestore.h"
#include "core/store/unitstore.h"

namespace casedesk::ui {

Services::Services(store::Database &db, const Clock &clock, domain::OfficerScope scope)
    : m_db(db)
    , m_clock(clock)
    , m_scope(std::move(scope))
    , m_cases(std::make_unique<store::CaseStore>(db))
    , m_writer(std::make_unique<store::CaseWriter>(db, clock))
    , m_templates(std::make_unique<store::TemplateStore>(db, clock))
    , m_suggestions(std::make_unique<store::SuggestionStore>(db))
    , m_queue(std::make_unique<store::QueueStore>(db))
    , m_units(std::make_unique<store::UnitStore>(db))
    , m_outbox(std::make_unique<store::OutboxStore>(db, clock))
    , m_accounts(std::make_unique<store::AccountStore>(db))
    , m_officers(std::make_unique<store::OfficerStore>(db))
    , m_changes(std::make_unique<store::ChangeFeed>(db))
{
}

Services::~Services() = default;

} // namespace casedesk::ui
