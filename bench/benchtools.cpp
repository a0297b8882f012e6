#include "benchtools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QVector>

#include <algorithm>

namespace casedesk::bench {

Timing measure(const std::function<void()> &run, int repeats)
{
    QElapsedTimer t;
    t.start();
    run();
    Timing timing;
    timing.first = double(t.nsecsElapsed()) / 1e6;
    QVector<double> warm;
    for (int i = 0; i < repeats; ++i) {
        t.restart();
        run();
        warm.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(warm.begin(), warm.end());
    if (!warm.isEmpty()) {
        timing.median = warm.at(warm.size() / 2);
        timing.worst = warm.constLast();
    }
    return timing;
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace casedesk::bench
