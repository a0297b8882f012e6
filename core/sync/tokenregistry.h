#pragma once

#include "core/common/expected.h"
#include "core/store/accountstore.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace casedesk::zalo {
class AccessTokenProvider;
class HttpTransport;
class RateBudgets;
class SecretStore;
class TokenManager;
} // namespace casedesk::zalo

namespace casedesk::sync {

/// One TokenManager per account, shared by every thread that calls Zalo for it, each reading
/// its secrets from the store the account row names. Thread-safe.
class RefreshLease;

class TokenRegistry final
{
public:
    /// @p commandSecretsFile: the --secrets-file in force (empty = the keychain); an account
    /// whose secrets live elsewhere is refused with a plain message.
    TokenRegistry(QString dataFolder, QString commandSecretsFile, zalo::HttpTransport &transport, std::shared_ptr<zalo::RateBudgets> budgets);
    ~TokenRegistry();

    Expected<std::shared_ptr<zalo::AccessTokenProvider>> tokensFor(const store::Account &account);
    /// A shared database's sync host polls @p oaId under its lease @p epoch: from now on the
    /// account's token refreshes are fenced by it (see RefreshLease).
    void holdLease(const QString &oaId, const QString &hostId, qint64 epoch);

private:
    struct Entry;
    QString m_dataFolder;
    QString m_commandSecretsFile;
    zalo::HttpTransport &m_transport;
    std::shared_ptr<zalo::RateBudgets> m_budgets;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QHash<QString, std::shared_ptr<RefreshLease>> m_leases;
};

} // namespace casedesk::sync
