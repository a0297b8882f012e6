#include "synccontext.h"

#include "tokenregistry.h"

#include "core/common/datafolder.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/feedbackstore.h"
#include "core/store/provincesettings.h"
#include "core/store/unitstore.h"
#include "core/triage/triageengine.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/ratebudget.h"

#include <QCoreApplication>
#include <QDateTime>

namespace casedesk::sync {

SyncContext::~SyncContext() = default;

Expected<std::unique_ptr<SyncContext>> SyncContext::create(const QString &dataFolder, store::Database &db, const QString &secretsFile,
                                                           SyncOptions options)
{
    std::unique_ptr<SyncContext> context(new SyncContext());
    context->m_databasePath = DataFolder(dataFolder).databasePath();
    if (db.isShared()) { // the province's setting, when it has one, for every sync host alike
        auto province = store::ProvinceSettingsStore(db).read();
        if (!province)
            return province.error();
        if (province->autoCloseDays)
            options.autoCloseDays = *province->autoCloseDays;
    }
    context->m_options = options;
    context->m_transport = std::make_unique<zalo::CurlTransport>();
    context->m_budgets = std::make_shared<zalo::RateBudgets>(options.requestsPerMinute);
    context->m_tokens = std::make_unique<TokenRegistry>(dataFolder, secretsFile, *context->m_transport, context->m_budgets);
    auto engine = loadTriageEngine(db, dataFolder);
    if (!engine)
        return engine.error();
    context->m_triage = *engine;
    return context;
}

Expected<std::shared_ptr<triage::TriageEngine>> loadTriageEngine(store::Database &db, const QString &dataFolder)
{
    store::UnitStore units(db);
    auto tree = units.list(true);
    if (!tree)
        return tree.error();
    // What officers corrected before (in any process) teaches the classifier from the start.
    QVector<triage::LabelledText> corrections;
    if (auto rows = store::FeedbackStore(db).all(); rows) {
        for (const store::FeedbackRow &row : *rows) {
            if (auto category = triage::categoryFromKey(row.category))
                corrections.push_back({row.text, *category, QString()});
        }
    }
    QVector<QPair<QString, QString>> forwards;
    if (auto rows = store::FeedbackStore(db).forwards(); rows) {
        for (const store::FeedbackStore::Forward &f : *rows)
            forwards.push_back({f.text, f.unitId});
    }
    // A province decides alike on every PC: its additions and deadlines come from the shared
    // database, not from this PC's folder.
    if (db.isShared()) {
        auto province = store::ProvinceSettingsStore(db).read();
        if (!province)
            return province.error();
        triage::TriageEngine::Additions shared {province->holidaysJson, province->competentUnitsJson,
                                                QCoreApplication::translate("casedesk::sync::SyncContext", "the province's settings")};
        return triage::TriageEngine::create(*tree, corrections, forwards, province->deadlines.value_or(domain::DeadlinePolicy()), {}, shared);
    }
    return triage::TriageEngine::create(*tree, corrections, forwards, {}, dataFolder);
}

SyncDependencies SyncContext::dependencies() const
{
    SyncDependencies d;
    d.databasePath = m_databasePath;
    d.options = m_options;
    d.triage = triage::TriageEngine::function(m_triage);
    d.budgets = m_budgets;
    TokenRegistry *tokens = m_tokens.get();
    d.tokenProvider = [tokens](const store::Account &account) {
        return tokens->tokensFor(account);
    };
    return d;
}

} // namespace casedesk::sync
