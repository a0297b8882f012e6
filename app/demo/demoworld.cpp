#include "demoworld.h"

#include "core/common/logging.h"
#include "core/domain/unittreefile.h"
#include "core/sync/accountenrolment.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QMetaObject>
#include <QPointer>

namespace casedesk::app {

using namespace casedesk::simulator;

namespace {
struct Tr
{
    // The context of its words from when it lived with the simulator: kept, so are their translations.
    Q_DECLARE_TR_FUNCTIONS(casedesk::simulator::DemoWorld)
};
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

QString DemoWorld::secretsFile() const
{
    return QDir(m_options.dataFolder).filePath(QStringLiteral("demo-secrets.json"));
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
        zalo::CurlTransport transport;
        int connected = 0;
        QString firstError;
        for (const SimulatedAccount &a : accounts) {
            auto result = sync::enrolAccount(simulatedEnrolment(a, folder, base, secrets), transport);
            if (result)
                ++connected;
            else if (firstError.isEmpty())
                firstError = result.error().message;
        }
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

} // namespace casedesk::app
