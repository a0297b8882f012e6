#pragma once

// Runs a blocking call on a worker thread while the test's main thread keeps serving its event
// loop, for tests whose server (the Zalo simulator, a fake server) lives on the main thread.

#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <optional>
#include <utility>

namespace casedesk::testsupport {

/// Runs @p fn on a new thread, serving this thread's events until it returns, and gives its result.
template<typename F> auto offThread(F fn) -> decltype(fn())
{
    std::optional<decltype(fn())> result;
    QThread *thread = QThread::create([&] { result.emplace(fn()); });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace casedesk::testsupport
