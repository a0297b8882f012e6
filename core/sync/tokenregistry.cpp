#include "tokenregistry.h"

#include "databasesecretstore.h"
#include "storetokenstate.h"

#include "core/common/datafolder.h"
#include "core/zalo/ratebudget.h"
#include "core/zalo/secretstore.h"
#include "core/zalo/tokenmanager.h"

namespace casedesk::sync {

struct TokenRegistry::Entry
{
    std::unique_ptr<zalo::SecretStore> secrets;
    std::shared_ptr<zalo::TokenManager> tokens;
};

TokenRegistry::TokenRegistry(QString dataFolder, QString commandSecretsFile, zalo::HttpTransport &transport,
                             std::shared_ptr<zalo::RateBudgets> budgets)
    : m_dataFolder(std::move(dataFolder))
    , m_commandSecretsFile(std::move(commandSecretsFile))
    , m_transport(transport)
    , m_budgets(std::move(budgets))
{
}

TokenRegistry::~TokenRegistry() = default;

Expected<std::shared_ptr<zalo::AccessTokenProvider>> TokenRegistry::tokensFor(const store::Account &account)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_entries.constFind(account.oaId); it != m_entries.constEnd())
        return std::shared_ptr<zalo::AccessTokenProvider>((*it)->tokens);
    // A shared database's accounts keep their secrets in it, encrypted with the sync key this host
    // holds (in its keychain or --secrets-file); a PC's accounts in the store their row names.
    auto secrets = account.secretStore == DatabaseSecretStore::specName()
        ? openSecretStoreFor(account.secretStore, DataFolder(m_dataFolder).databasePath(), m_commandSecretsFile)
        : zalo::openAccountSecretStore(account.secretStore, account.oaId, m_commandSecretsFile);
    if (!secrets)
        return secrets.error();
    auto entry = std::make_shared<Entry>();
    entry->secrets = std::move(*secrets);
    zalo::TokenManager::Config config;
    config.oaId = account.oaId;
    config.appId = account.appId;
    config.oauthBase = account.oauthBase;
    config.dataFolder = m_dataFolder;
    auto &lease = m_leases[account.oaId];
    if (!lease)
        lease = std::make_shared<RefreshLease>();
    config.states = storeTokenStates(DataFolder(m_dataFolder).databasePath(), lease);
    entry->tokens = std::make_shared<zalo::TokenManager>(config, *entry->secrets, m_transport, m_budgets->forApp(account.appId));
    // A refresh a killed process left in flight is settled before the account is used: the stored
    // token is tried once, and a refused one marks the account as needing consent again.
    if (account.refreshStartedAt != 0)
        (void)entry->tokens->recoverInterruptedRefresh();
    m_entries.insert(account.oaId, entry);
    return std::shared_ptr<zalo::AccessTokenProvider>(entry->tokens);
}

void TokenRegistry::holdLease(const QString &oaId, const QString &hostId, qint64 epoch)
{
    QMutexLocker lock(&m_mutex);
    auto &lease = m_leases[oaId];
    if (!lease)
        lease = std::make_shared<RefreshLease>();
    lease->hold(hostId, epoch);
}

} // namespace casedesk::sync
