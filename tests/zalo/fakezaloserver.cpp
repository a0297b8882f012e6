#include "fakezaloserver.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace casedesk::tests {

QByteArray FakeRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return QByteArray();
}

QByteArray FakeRequest::data() const
{
    const QUrlQuery q(QString::fromUtf8(query));
    return q.queryItemValue(QStringLiteral("data"), QUrl::FullyDecoded).toUtf8();
}

QString FakeRequest::formValue(const QString &name) const
{
    QByteArray form = body;
    form.replace('+', ' ');
    const QUrlQuery q(QString::fromUtf8(form));
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

FakeReply FakeReply::json(const QByteArray &body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return r;
}

FakeReply FakeReply::ok(const QByteArray &dataJson)
{
    return json("{\"data\":" + dataJson + ",\"error\":0,\"message\":\"Success\"}");
}

FakeReply FakeReply::zaloError(int code, const QByteArray &message)
{
    return json("{\"error\":" + QByteArray::number(code) + ",\"message\":\"" + message + "\"}");
}

class FakeServerWorker final : public QObject
{
public:
    explicit FakeServerWorker(FakeZaloServer *owner)
        : m_owner(owner)
    {
    }

    quint16 start()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

    void stop()
    {
        delete m_server;
        m_server = nullptr;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            FakeRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QByteArray target = first.value(1);
            const int q = target.indexOf('?');
            request.path = q < 0 ? target : target.left(q);
            request.query = q < 0 ? QByteArray() : target.mid(q + 1);
            qsizetype length = 0;
            for (int i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const int colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            const FakeReply reply = m_owner->handle(request);
            QPointer<QTcpSocket> guard(socket);
            auto send = [this, guard, reply] {
                if (guard)
                    write(guard, reply);
            };
            if (reply.delayMs > 0)
                QTimer::singleShot(reply.delayMs, this, send);
            else
                send();
        }
    }

    void write(QTcpSocket *socket, const FakeReply &reply)
    {
        if (reply.action == FakeReply::Action::Reset) {
            socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
        for (const auto &h : reply.headers)
            out += h.first + ": " + h.second + "\r\n";
        const qsizetype announced = reply.action == FakeReply::Action::TruncatedBody ? reply.body.size() + 100 : reply.body.size();
        out += "Content-Length: " + QByteArray::number(announced) + "\r\n\r\n";
        out += reply.body;
        socket->write(out);
        if (reply.action == FakeReply::Action::TruncatedBody) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }

    FakeZaloServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

FakeZaloServer::FakeZaloServer(Handler handler)
    : m_handler(std::move(handler))
{
    m_thread.start();
    m_worker = new FakeServerWorker(this);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->start(); }, Qt::BlockingQueuedConnection);
}

FakeZaloServer::~FakeZaloServer()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->stop();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FakeZaloServer::setHandler(Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

QString FakeZaloServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QList<FakeRequest> FakeZaloServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeZaloServer::requestCount(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const auto &r : m_requests) {
        if (path.isEmpty() || r.path == path)
            ++n;
    }
    return n;
}

void FakeZaloServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

FakeReply FakeZaloServer::handle(const FakeRequest &request)
{
    Handler handler;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        handler = m_handler;
    }
    if (!handler)
        return FakeReply::json("{\"error\":404}", 404);
    return handler(request);
}

} // namespace casedesk::tests
