#pragma once

#include "core/common/expected.h"
#include "core/simulator/zalosimulator.h"
#include "core/sync/accountenrolment.h"

#include <QObject>

#include <memory>
#include <thread>

namespace casedesk::app {

/// What connects simulated account @p account to the data folder @p dataFolder, as `accounts add`
/// would: the simulator at @p base plays both Zalo hosts; tokens go to @p secretStoreSpec.
sync::EnrolmentRequest simulatedEnrolment(const simulator::SimulatedAccount &account, const QString &dataFolder, const QString &base,
                                          const QString &secretStoreSpec);

/// A demonstration, wired by the programs (not by the simulator, which knows nothing of CaseDesk's
/// store): the Zalo simulator playing every unit of the tree, each of its accounts connected to a data folder (secrets in a 0600 file inside the
/// folder), ready for sync. Connecting runs off the calling thread, so the simulator keeps serving meanwhile.
class DemoWorld final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataFolder;
        quint64 seed = 1;
        int historyMessagesPerAccount = 40;
        double newMessagesPerMinute = 0;
        bool rateLimit = false;
    };

    /// The demo plays Zalo without its quota: the client's budget for it.
    static constexpr int kRequestsPerMinute = 1000000;

    explicit DemoWorld(Options options, QObject *parent = nullptr);
    ~DemoWorld() override;

    /// Starts the simulator and begins connecting its accounts; ready() or failed() follows.
    Status start();

    simulator::ZaloSimulator *simulator() const { return m_sim.get(); }
    QString secretsFile() const;
    int connectedAccounts() const { return m_connected; }

Q_SIGNALS:
    void ready(int accounts);
    void failed(const QString &message);

private:
    Options m_options;
    std::unique_ptr<simulator::ZaloSimulator> m_sim;
    std::thread m_enrol;
    int m_connected = 0;
};

} // namespace casedesk::app
