#include "storetokenstate.h"

#include "core/store/accountstore.h"
#include "core/store/database.h"

namespace casedesk::sync {

namespace {

/// TokenState over one connection and its AccountStore.
class StoreTokenState final : public zalo::TokenState
{
public:
    explicit StoreTokenState(store::Database db)
        : m_db(std::move(db))
        , m_accounts(m_db)
    {
    }

    Expected<std::optional<Row>> read(const QString &oaId) override
    {
        auto found = m_accounts.find(oaId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return std::optional<Row>();
        const store::Account &a = **found;
        Row row;
        switch (a.state) {
        case store::AccountState::Ok:
            row.state = AccountState::Ok;
            break;
        case store::AccountState::NeedsConsent:
            row.state = AccountState::NeedsConsent;
            break;
        case store::AccountState::Disabled:
            row.state = AccountState::Disabled;
            break;
        }
        row.refreshStartedAt = a.refreshStartedAt;
        row.lastError = a.lastError;
        return std::optional<Row>(row);
    }
    Status markRefreshStarted(const QString &oaId, qint64 atMs) override { return m_accounts.markRefreshStarted(oaId, atMs); }
    Status finishRefresh(const QString &oaId, qint64 accessExpiresAt) override { return m_accounts.finishRefresh(oaId, accessExpiresAt); }
    Status clearRefreshMarker(const QString &oaId) override { return m_accounts.clearRefreshMarker(oaId); }
    Status markNeedsConsent(const QString &oaId, const QString &message) override { return m_accounts.markNeedsConsent(oaId, message); }

private:
    store::Database m_db;
    store::AccountStore m_accounts;
};

} // namespace

zalo::TokenStateFactory storeTokenStates(const QString &databasePath)
{
    return [databasePath]() -> Expected<std::unique_ptr<zalo::TokenState>> {
        auto db = store::Database::open(databasePath);
        if (!db)
            return db.error();
        return std::unique_ptr<zalo::TokenState>(std::make_unique<StoreTokenState>(std::move(*db)));
    };
}

} // namespace casedesk::sync
