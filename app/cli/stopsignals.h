#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace casedesk::cli {

/// Turns SIGINT and SIGTERM into a callback on the event loop (handlers only set a flag),
/// for commands that run until stopped. Restores the default handlers when destroyed.
class StopSignals final : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(std::function<void()> onStop, QObject *parent = nullptr);
    ~StopSignals() override;

    static bool requested();

private:
    QTimer m_poll;
    std::function<void()> m_onStop;
    bool m_fired = false;
};

} // namespace casedesk::cli
