#pragma once

#include "core/common/expected.h"
#include "core/simulator/zalosimulator.h"
#include "core/sync/accountenrolment.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>
#include <thread>

namespace casedesk::app {

/// What connects simulated account @p account to the data folder @p dataFolder, as `accounts add`
/// would: the simulator at @p base plays both Zalo hosts; tokens go to @p secretStoreSpec.
sync::EnrolmentRequest simulatedEnrolment(const simulator::SimulatedAccount &account, const QString &dataFolder, const QString &base,
                                          const QString &secretStoreSpec);

/// A demonstration, wired by the programs (not by the simulator, which knows nothing of CaseDesk's
/// store): the Zalo simulator playing every unit of the tree, each of its accounts connected to a data folder (secrets in a 0600 file inside the
/// folder), ready for sync. Connecting runs off the calling thread, so the simulator keeps serving meanwhile.
///
/// A demo folder remembers its world (demo.json: seed, history, when the history ends). The
/// simulator lives only as long as the program that plays it, so a program that opens the folder
/// again (the window after `casedesk-cli demo`) starts it again from that record: the same citizens
/// and messages, the accounts pointed at its new address with its fresh tokens.
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
        /// Where the simulated history ends; invalid: now (a new demo).
        QDateTime historyEnd;
    };

    /// The demo plays Zalo without its quota: the client's budget for it.
    static constexpr int kRequestsPerMinute = 1000000;

    explicit DemoWorld(Options options, QObject *parent = nullptr);
    ~DemoWorld() override;

    /// Starts the simulator and begins connecting its accounts (in a folder that holds the same
    /// demo already: reconnecting them); ready() or failed() follows.
    Status start();

    simulator::ZaloSimulator *simulator() const { return m_sim.get(); }
    QString secretsFile() const { return secretsFileOf(m_options.dataFolder); }

    /// The 0600 file that keeps the tokens of the demo's accounts in @p dataFolder.
    static QString secretsFileOf(const QString &dataFolder);
    /// The record that marks @p dataFolder as a demo's (demo.json).
    static QString recordFileOf(const QString &dataFolder);
    /// The demo recorded in @p dataFolder (seed, history and its end; live messages off);
    /// nullopt when the folder is not a demo's.
    static std::optional<Options> recorded(const QString &dataFolder);
    /// Makes a new, empty demo folder "casedesk-demo-XXXXXX" in the system's temporary folder
    /// (readable only by its owner), never the user's own data folder.
    static Expected<QString> makeNewFolder();
    int connectedAccounts() const { return m_connected; }

Q_SIGNALS:
    void ready(int accounts);
    void failed(const QString &message);

private:
    Status writeRecord() const;

    Options m_options;
    std::unique_ptr<simulator::ZaloSimulator> m_sim;
    std::thread m_enrol;
    int m_connected = 0;
};

/// How the window syncs a data folder: the demo it plays, if any, and the file its accounts keep
/// their tokens in.
struct WindowSync
{
    std::optional<DemoWorld::Options> demo;
    QString secretsFile; // empty: the OS keychain
};

/// New citizens' messages a minute (over all accounts) while the window plays a demo.
constexpr double kWindowDemoMessagesPerMinute = 12;

/// Decides WindowSync for the window opened on @p dataFolder: a folder a demo made (`casedesk-cli
/// demo`, or an earlier `casedesk --demo`) is played again, with its own secrets file, whatever
/// @p secretsFileOption says; @p demoAsked (--demo) starts a new demo in the folder; otherwise
/// the folder syncs with @p secretsFileOption. A PC on a province's server (@p usesServer) never
/// plays a demo.
WindowSync windowSync(const QString &dataFolder, bool demoAsked, const QString &secretsFileOption, bool usesServer);

} // namespace casedesk::app
