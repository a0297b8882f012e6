#include "storetokenstate.h"

#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/leasestore.h"

#include <QMutexLocker>

namespace casedesk::sync {

namespace {

/// TokenState over one connection and its AccountStore.
class StoreTokenState final : public zalo::TokenState
{
public:
    StoreTokenState(store::Database db, const std::optional<RefreshLease::Term> &term)
        : m_db(std::move(db))
        , m_accounts(m_db)
    {
        if (term) {
            m_fence = std::make_unique<store::LeaseFence>();
            m_fence->hostId = term->hostId;
            m_fence->epoch = term->epoch;
            m_accounts.setLeaseFence(m_fence.get());
        }
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
    Status markRefreshStarted(const QString &oaId, qint64 atMs) override
    {
        fenceFor(oaId);
        return m_accounts.markRefreshStarted(oaId, atMs);
    }
    Status finishRefresh(const QString &oaId, qint64 accessExpiresAt) override
    {
        fenceFor(oaId);
        return m_accounts.finishRefresh(oaId, accessExpiresAt);
    }
    Status clearRefreshMarker(const QString &oaId) override
    {
        fenceFor(oaId);
        return m_accounts.clearRefreshMarker(oaId);
    }
    Status markNeedsConsent(const QString &oaId, const QString &message) override
    {
        fenceFor(oaId);
        return m_accounts.markNeedsConsent(oaId, message);
    }

private:
    void fenceFor(const QString &oaId)
    {
        if (m_fence)
            m_fence->oaId = oaId;
    }

    store::Database m_db;
    store::AccountStore m_accounts;
    std::unique_ptr<store::LeaseFence> m_fence;
};

} // namespace

void RefreshLease::hold(const QString &hostId, qint64 epoch)
{
    QMutexLocker lock(&m_mutex);
    m_term = Term {hostId, epoch};
}

std::optional<RefreshLease::Term> RefreshLease::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_term;
}

zalo::TokenStateFactory storeTokenStates(const QString &databasePath, std::shared_ptr<const RefreshLease> lease)
{
    return [databasePath, lease]() -> Expected<std::unique_ptr<zalo::TokenState>> {
        auto db = store::Database::open(databasePath);
        if (!db)
            return db.error();
        return std::unique_ptr<zalo::TokenState>(std::make_unique<StoreTokenState>(std::move(*db), lease ? lease->current() : std::nullopt));
    };
}

} // namespace casedesk::sync
