#include "demoworld.h"

#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/common/privatefiles.h"
#include "core/domain/unittreefile.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/sync/accountenrolment.h"
#include "core/zalo/accountsecrets.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace casedesk::app {

using namespace casedesk::simulator;

namespace {
struct Tr
{
    // The context of its words from when it lived with the simulator: kept, so are their translations.
    Q_DECLARE_TR_FUNCTIONS(casedesk::simulator::DemoWorld)
};

constexpr int kRecordVersion = 1;

/// Points account @p a, which the folder holds from an earlier run of the same demo, at the
/// simulator playing it now: its address, and the tokens of this run (the old ones died with the
/// simulator that issued them). Its cases and history stay as they are.
Status reconnectSimulated(const SimulatedAccount &a, store::AccountStore &accounts, zalo::SecretStore &secrets, const QString &base)
{
    zalo::AccountSecrets tokens;
    tokens.appSecret = a.secretKey;
    tokens.refreshToken = a.refreshToken;
    if (auto written = secrets.write(zalo::AccountSecrets::keyFor(a.oaId), tokens.toJson()); !written)
        return written;
    if (auto moved = accounts.setAddresses(a.oaId, base, base); !moved)
        return moved;
    if (auto cleared = accounts.clearRefreshMarker(a.oaId); !cleared)
        return cleared;
    return accounts.setState(a.oaId, store::AccountState::Ok, QString());
}

/// Connects every simulated account to @p folder: enrols those it does not hold, reconnects those
/// it does. Returns how many are connected, and the first reason one was not.
std::pair<int, QString> connectAccounts(const QVector<SimulatedAccount> &accounts, const QString &folder, const QString &base,
                                        const QString &secretsSpec)
{
    zalo::CurlTransport transport;
    int connected = 0;
    QString firstError;
    const auto note = [&firstError](const QString &message) {
        if (firstError.isEmpty())
            firstError = message;
    };
    auto db = store::Database::open(DataFolder(folder).databasePath());
    if (!db)
        return {0, db.error().message};
    store::AccountStore stored(*db);
    auto secrets = zalo::openSecretStore(secretsSpec);
    if (!secrets)
        return {0, secrets.error().message};
    for (const SimulatedAccount &a : accounts) {
        auto existing = stored.find(a.oaId);
        if (!existing) {
            note(existing.error().message);
            continue;
        }
        if (existing->has_value()) {
            if (auto again = reconnectSimulated(a, stored, **secrets, base); again)
                ++connected;
            else
                note(again.error().message);
            continue;
        }
        if (auto result = sync::enrolAccount(simulatedEnrolment(a, folder, base, secretsSpec), transport); result)
            ++connected;
        else
            note(result.error().message);
    }
    return {connected, firstError};
}
} // namespace

sync::EnrolmentRequest simulatedEnrolment(const SimulatedAccount &account, const QString &dataFolder, const QString &base,
                                          const QString &secretStoreSpec)
{
    sync::EnrolmentRequest r;
    r.dataFolder = dataFolder;
    r.unitId = account.unitId;
    r.oaId = account.oaId;
    r.appId = account.appId;
    r.appSecret = account.secretKey;
    r.refreshToken = account.refreshToken;
    r.openapiBase = base;
    r.oauthBase = base;
    r.secretStoreSpec = secretStoreSpec;
    return r;
}

DemoWorld::DemoWorld(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DemoWorld::~DemoWorld()
{
    if (m_enrol.joinable())
        m_enrol.join();
}

QString DemoWorld::secretsFileOf(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("demo-secrets.json"));
}

QString DemoWorld::recordFileOf(const QString &dataFolder)
{
    return QDir(dataFolder).filePath(QStringLiteral("demo.json"));
}

std::optional<DemoWorld::Options> DemoWorld::recorded(const QString &dataFolder)
{
    QFile file(recordFileOf(dataFolder));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    bool seedOk = false;
    Options options;
    options.dataFolder = dataFolder;
    options.seed = o.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    options.historyMessagesPerAccount = o.value(QStringLiteral("history")).toInt(-1);
    const auto end = qint64(o.value(QStringLiteral("history_end_ms")).toDouble(0));
    if (o.value(QStringLiteral("version")).toInt() != kRecordVersion || !seedOk || options.historyMessagesPerAccount < 0 || end <= 0) {
        qCWarning(lcUi) << "the demo record" << file.fileName() << "cannot be read; the folder is opened as an ordinary one";
        return std::nullopt;
    }
    options.historyEnd = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
    return options;
}

Expected<QString> DemoWorld::makeNewFolder()
{
    const QString temp = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QTemporaryDir dir(QDir(temp).filePath(QStringLiteral("casedesk-demo-XXXXXX")));
    if (!dir.isValid())
        return Error {Tr::tr("Cannot make a demo folder in %1: %2").arg(QDir::toNativeSeparators(temp), dir.errorString())};
    dir.setAutoRemove(false);
    return QDir::cleanPath(dir.path());
}

Status DemoWorld::writeRecord() const
{
    const QString path = recordFileOf(m_options.dataFolder);
    if (!privatefiles::createFileIfMissing(path))
        return Error {Tr::tr("The demo record %1 cannot be written.").arg(QDir::toNativeSeparators(path))};
    QSaveFile file(path);
    const QJsonObject o {
        {QStringLiteral("version"), kRecordVersion},
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("history"), m_options.historyMessagesPerAccount},
        {QStringLiteral("history_end_ms"), double(m_options.historyEnd.toMSecsSinceEpoch())},
    };
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return Error {Tr::tr("The demo record %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    privatefiles::restrictFile(path);
    return {};
}

Status DemoWorld::start()
{
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    if (!units)
        return units.error();
    SimulatorConfig config;
    config.units = simUnits(*units);
    config.seed = m_options.seed;
    config.historyMessagesPerAccount = m_options.historyMessagesPerAccount;
    config.newMessagesPerMinute = m_options.newMessagesPerMinute;
    config.rateLimit = m_options.rateLimit;
    // A demo opened again plays the world it played before: same seed, same history, same end.
    if (!m_options.historyEnd.isValid())
        m_options.historyEnd = QDateTime::currentDateTimeUtc();
    config.historyEnd = m_options.historyEnd;
    if (auto recordedOk = writeRecord(); !recordedOk)
        return recordedOk;
    m_sim = std::make_unique<ZaloSimulator>(config);
    auto port = m_sim->listen(0);
    if (!port)
        return port.error();

    const QVector<SimulatedAccount> accounts = m_sim->accounts();
    const QString base = m_sim->baseUrl().toString();
    const QString folder = m_options.dataFolder;
    const QString secrets = zalo::secretStoreSpec(secretsFile());
    QPointer<DemoWorld> self(this);
    m_enrol = std::thread([self, accounts, base, folder, secrets] {
        const std::pair<int, QString> outcome = connectAccounts(accounts, folder, base, secrets);
        const int connected = outcome.first;
        const QString firstError = outcome.second;
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, connected, firstError] {
                if (!self)
                    return;
                self->m_connected = connected;
                if (connected == 0)
                    Q_EMIT self->failed(Tr::tr("No demo account could be connected: %1").arg(firstError));
                else
                    Q_EMIT self->ready(connected);
            },
            Qt::QueuedConnection);
    });
    return {};
}

WindowSync windowSync(const QString &dataFolder, bool demoAsked, const QString &secretsFileOption, bool usesServer)
{
    WindowSync result;
    result.secretsFile = secretsFileOption;
    if (usesServer)
        return result;
    std::optional<DemoWorld::Options> demo = DemoWorld::recorded(dataFolder);
    if (!demo && demoAsked) {
        demo.emplace();
        demo->dataFolder = dataFolder;
    }
    if (!demo)
        return result;
    if (!secretsFileOption.isEmpty()
        && QFileInfo(secretsFileOption).absoluteFilePath() != QFileInfo(DemoWorld::secretsFileOf(dataFolder)).absoluteFilePath())
        qCWarning(lcUi) << "a demo folder keeps its tokens in" << DemoWorld::secretsFileOf(dataFolder) << "; --secrets-file is not used";
    demo->newMessagesPerMinute = kWindowDemoMessagesPerMinute;
    result.secretsFile = DemoWorld::secretsFileOf(dataFolder);
    result.demo = demo;
    return result;
}

} // namespace casedesk::app
