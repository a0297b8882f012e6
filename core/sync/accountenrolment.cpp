#include "accountenrolment.h"

#include "databasesecretstore.h"
#include "storetokenstate.h"

#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/secretstore.h"
#include "core/zalo/tokenmanager.h"
#include "core/zalo/zaloclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QPointer>
#include <QUrl>

namespace casedesk::sync {

using namespace casedesk::zalo;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::sync::AccountEnrolment)
};

std::optional<QString> checkBase(const QString &base, const char *what)
{
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return Tr::tr("The %1 address \"%2\" is not an http(s) URL.").arg(QString::fromLatin1(what), base);
    return std::nullopt;
}

QString refusalMessage(const ZaloError &e, const QString &what, const QString &server)
{
    switch (e.kind) {
    case ZaloError::Kind::NeedsConsent:
        return Tr::tr("Zalo refused the %1 (error %2); nothing was stored. Get a new one, or have the unit's Zalo admin grant access "
                      "again through the consent link.")
            .arg(what)
            .arg(e.zaloCode != 0 ? QString::number(e.zaloCode) : QString::number(e.httpStatus));
    case ZaloError::Kind::Transport:
    case ZaloError::Kind::Timeout:
        return Tr::tr("Zalo cannot be reached at %1 (%2); nothing was stored.").arg(server, e.message);
    default:
        return Tr::tr("The %1 could not be checked with Zalo: %2 Nothing was stored.").arg(what, e.message);
    }
}

} // namespace

Expected<EnrolmentResult> enrolAccount(const EnrolmentRequest &r, HttpTransport &transport)
{
    if (r.unitId.trimmed().isEmpty())
        return Error {Tr::tr("Say which unit the Zalo account belongs to.")};
    if (!isZaloId(r.oaId))
        return Error {Tr::tr("\"%1\" is not a Zalo OA id (digits only).").arg(r.oaId)};
    if (!isZaloId(r.appId))
        return Error {Tr::tr("\"%1\" is not a Zalo app id (digits only).").arg(r.appId)};
    if (r.appSecret.trimmed().isEmpty())
        return Error {Tr::tr("The app's secret key is empty.")};
    const bool withCode = !r.code.trimmed().isEmpty();
    if (withCode == !r.refreshToken.trimmed().isEmpty())
        return Error {Tr::tr("Give either a refresh token or an authorisation code.")};
    const QString openapiBase = r.openapiBase.isEmpty() ? defaultOpenapiBase() : r.openapiBase;
    const QString oauthBase = r.oauthBase.isEmpty() ? defaultOauthBase() : r.oauthBase;
    if (auto bad = checkBase(openapiBase, "OpenAPI"))
        return Error {*bad};
    if (auto bad = checkBase(oauthBase, "OAuth"))
        return Error {*bad};

    const DataFolder folder(r.dataFolder);
    if (!folder.ensureExists())
        return Error {Tr::tr("Cannot create the data folder %1.").arg(folder.path())};
    auto db = store::Database::open(folder.databasePath());
    if (!db)
        return db.error();
    store::AccountStore accounts(*db);
    store::UnitStore units(*db);
    if (auto unit = units.find(r.unitId); !unit)
        return unit.error();
    auto existing = accounts.find(r.oaId);
    if (!existing)
        return existing.error();
    // An account whose consent Zalo withdrew (or that was disabled) is connected again in place:
    // its cases, history and settings stay; only its tokens and state change.
    const bool reconnect = existing->has_value() && (*existing)->state != store::AccountState::Ok;
    if (existing->has_value() && !reconnect)
        return Error {Tr::tr("The Zalo account %1 is already connected (unit %2).").arg(r.oaId, (*existing)->unitId)};
    if (reconnect && (*existing)->unitId != r.unitId.trimmed())
        return Error {
            Tr::tr("The Zalo account %1 belongs to unit %2, not %3; nothing was changed.").arg(r.oaId, (*existing)->unitId, r.unitId.trimmed())};

    auto secretStore = openSecretStoreFor(r.secretStoreSpec, folder.databasePath(), r.hostSecretsFile);
    if (!secretStore)
        return secretStore.error();
    // Tokens go into a shared database only through a sync host's key: checked before Zalo is asked
    // for a new pair, which could not be kept anywhere else.
    if (auto *shared = dynamic_cast<DatabaseSecretStore *>(secretStore->get())) {
        if (auto key = shared->currentKey(); !key)
            return key.error();
    }
    SecretStore &secrets = **secretStore;
    if (reconnect && (*existing)->secretStore != secrets.spec())
        return Error {Tr::tr("The Zalo account %1 keeps its tokens in %2; connect it again with that store. Nothing was changed.")
                          .arg(r.oaId, (*existing)->secretStore)};
    const QString key = AccountSecrets::keyFor(r.oaId);

    store::Account row;
    row.oaId = r.oaId;
    row.unitId = r.unitId.trimmed();
    row.appId = r.appId;
    row.openapiBase = openapiBase;
    row.oauthBase = oauthBase;
    row.secretStore = secrets.spec();
    row.createdAt = QDateTime::currentMSecsSinceEpoch();

    const auto undo = [&] {
        if (reconnect) {
            // The account stays as it was: still waiting for consent (or disabled).
            (void)accounts.setState(r.oaId, (*existing)->state, (*existing)->lastError);
            return;
        }
        (void)accounts.remove(r.oaId);
        (void)secrets.remove(key);
    };

    AccountSecrets initial;
    initial.appSecret = r.appSecret.trimmed();
    if (withCode) {
        ZaloClient::Options options;
        options.openapiBase = openapiBase;
        options.oauthBase = oauthBase;
        options.appId = r.appId;
        options.timeoutMs = r.timeoutMs;
        ZaloClient oauth(transport, options);
        auto pair = oauth.exchangeCode(r.code.trimmed(), r.codeVerifier, initial.appSecret);
        if (!pair)
            return Error {refusalMessage(pair.error(), Tr::tr("authorisation code"), oauthBase)};
        initial.accessToken = pair->accessToken;
        initial.refreshToken = pair->refreshToken;
        initial.accessExpiresAt = QDateTime::currentMSecsSinceEpoch() + pair->expiresInSeconds * 1000;
        row.accessExpiresAt = initial.accessExpiresAt;
    } else {
        initial.refreshToken = r.refreshToken.trimmed();
    }
    if (auto written = secrets.write(key, initial.toJson()); !written)
        return Error {Tr::tr("The tokens cannot be stored in %1: %2").arg(secrets.spec(), written.error().message)};
    if (!reconnect) {
        if (auto added = accounts.add(row); !added) {
            (void)secrets.remove(key);
            return added.error();
        }
    } else if (auto ok = accounts.setState(r.oaId, store::AccountState::Ok, QString()); !ok) {
        return ok.error();
    }

    TokenManager::Config config;
    config.oaId = r.oaId;
    config.appId = r.appId;
    config.oauthBase = oauthBase;
    config.dataFolder = folder.path();
    config.states = storeTokenStates(folder.databasePath());
    config.timeoutMs = r.timeoutMs;
    TokenManager tokens(config, secrets, transport);
    if (!withCode) {
        // Refresh tokens are single use: this rotates it, and the new pair is what is kept.
        auto token = tokens.refreshNow();
        if (!token) {
            undo();
            return Error {refusalMessage(token.error(), Tr::tr("refresh token"), oauthBase)};
        }
    }

    EnrolmentResult result;
    ZaloClient::Options options;
    options.openapiBase = openapiBase;
    options.oauthBase = oauthBase;
    options.appId = r.appId;
    options.timeoutMs = r.timeoutMs;
    ZaloClient client(transport, options, &tokens);
    auto oa = client.getOa();
    if (oa) {
        if (!oa->oaId.isEmpty() && oa->oaId != r.oaId) {
            undo();
            return Error {Tr::tr("The token belongs to the Zalo account %1, not to %2; nothing was stored.").arg(oa->oaId, r.oaId)};
        }
        if (auto named = accounts.setName(r.oaId, oa->name); !named)
            result.warning = named.error().message;
    } else {
        result.warning = Tr::tr("The account was added, but its name could not be read from Zalo: %1").arg(oa.error().message);
    }
    auto stored = accounts.find(r.oaId);
    if (!stored || !stored->has_value())
        return Error {Tr::tr("The Zalo account %1 was added but cannot be read back.").arg(r.oaId)};
    result.account = **stored;
    qCInfo(lcSync) << "account" << r.oaId << "added for unit" << r.unitId << "secrets in" << result.account.secretStore;
    return result;
}

EnrolmentService::EnrolmentService(zalo::HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

EnrolmentService::~EnrolmentService()
{
    // A check with Zalo is never abandoned half-way (it may have rotated the token): wait for it.
    wait();
}

bool EnrolmentService::isBusy() const
{
    return m_busy;
}

void EnrolmentService::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool EnrolmentService::start(const EnrolmentRequest &request)
{
    if (m_busy)
        return false;
    wait();
    m_busy = true;
    QPointer<EnrolmentService> self(this);
    zalo::HttpTransport *transport = &m_transport;
    m_thread = std::thread([self, request, transport] {
        auto result = std::make_shared<Expected<EnrolmentResult>>(enrolAccount(request, *transport));
        // Back on the service's thread; a service gone meanwhile hears nothing.
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (!self)
                    return;
                self->m_busy = false;
                Q_EMIT self->finished(*result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

Expected<EnrolmentResult> EnrolmentService::enrol(const EnrolmentRequest &request)
{
    std::optional<Expected<EnrolmentResult>> outcome;
    QEventLoop loop;
    const QMetaObject::Connection c = connect(this, &EnrolmentService::finished, &loop, [&outcome, &loop](const Expected<EnrolmentResult> &r) {
        outcome.emplace(r);
        loop.quit();
    });
    if (!start(request)) {
        disconnect(c);
        return Error {Tr::tr("Another Zalo account is being connected; try again when it is done.")};
    }
    loop.exec();
    disconnect(c);
    wait();
    return std::move(*outcome);
}

} // namespace casedesk::sync
