#pragma once

// A tiny scripted HTTP/1.1 server on 127.0.0.1 for the Zalo client's tests: each request is
// answered by a handler the test gives, on the server's own thread, so that the client under
// test can block on it. It can also misbehave (close the connection, truncate, answer late).

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThread>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace casedesk::tests {

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    /// The decoded `data` query parameter (URL-encoded JSON text).
    QByteArray data() const;
    /// A decoded form field of the body.
    QString formValue(const QString &name) const;
};

struct FakeReply
{
    enum class Action {
        Answer,
        Reset, // close the connection without answering
        TruncatedBody, // announce more bytes than are sent, then close
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Answer;

    static FakeReply json(const QByteArray &body, int status = 200);
    /// {"data": DATA, "error": 0, "message": "Success"}
    static FakeReply ok(const QByteArray &dataJson);
    static FakeReply zaloError(int code, const QByteArray &message = "error");
};

class FakeServerWorker;

class FakeZaloServer final
{
public:
    using Handler = std::function<FakeReply(const FakeRequest &)>;

    explicit FakeZaloServer(Handler handler = {});
    ~FakeZaloServer();

    void setHandler(Handler handler);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    QList<FakeRequest> requests() const;
    int requestCount(const QByteArray &path = QByteArray()) const;
    void clearRequests();

    // For the worker.
    FakeReply handle(const FakeRequest &request);

private:
    mutable QMutex m_mutex;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QThread m_thread;
    FakeServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace casedesk::tests
