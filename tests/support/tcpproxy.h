#pragma once

// A network line between a PC and its database server that a test can cut and mend: a TCP
// proxy on 127.0.0.1, in a thread of its own (libpq blocks the test's thread while it waits for
// an answer, so the proxy cannot share it). Header-only; core tests and GUI tests use it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <utility>

namespace casedesk::testsupport {

namespace detail {

/// The proxy's work, in its thread: forwards each accepted connection to the server.
class ProxyWorker final : public QObject
{
public:
    ProxyWorker(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    {
    }

    bool listen(quint16 port)
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return false;
        m_listening = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                auto *upstream = new QTcpSocket(this);
                client->setParent(this);
                m_pairs << client << upstream;
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                upstream->connectToHost(m_host, m_port);
                upstream->waitForConnected(2000);
                upstream->write(client->readAll());
            }
        });
        return true;
    }

    void cut()
    {
        delete m_server;
        m_server = nullptr;
        for (QTcpSocket *s : std::as_const(m_pairs))
            s->abort();
        qDeleteAll(m_pairs);
        m_pairs.clear();
    }

    quint16 port() const { return m_listening; }

private:
    QString m_host;
    quint16 m_port;
    QTcpServer *m_server = nullptr;
    quint16 m_listening = 0;
    QList<QTcpSocket *> m_pairs;
};

} // namespace detail

/// Forwards TCP from a port of 127.0.0.1 to @p host:@p port. cut() drops every connection and
/// refuses new ones (a lost server, as the PC sees it) until listen() on the same port again.
/// Each call waits until the proxy's thread has done it.
class TcpProxy final
{
public:
    TcpProxy(const QString &host, quint16 port)
        : m_worker(new detail::ProxyWorker(host, port))
    {
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }
    ~TcpProxy()
    {
        cut();
        m_thread.quit();
        m_thread.wait();
        delete m_worker; // its thread has ended
    }
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    /// Listens on @p port (0: a free one; after cut(), port() to take the same one again).
    bool listen(quint16 port = 0)
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_worker, [this, port, &ok] { ok = m_worker->listen(port); }, Qt::BlockingQueuedConnection);
        return ok;
    }
    void cut()
    {
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->cut(); }, Qt::BlockingQueuedConnection);
    }
    /// The port listened on (kept after cut()).
    quint16 port() const
    {
        quint16 port = 0;
        QMetaObject::invokeMethod(
            m_worker, [this, &port] { port = m_worker->port(); }, Qt::BlockingQueuedConnection);
        return port;
    }

private:
    QThread m_thread;
    detail::ProxyWorker *m_worker;
};

/// A password file in @p dir that gives the test cluster's user and password (from PGPASSFILE)
/// for any port of 127.0.0.1: libpq looks a password up by host and port, and a proxy's port is
/// not the cluster's. Its path, or empty when the cluster's file cannot be read.
inline QString pgpassForAnyLocalPort(const QString &dir)
{
    QFile cluster(qEnvironmentVariable("PGPASSFILE"));
    if (!cluster.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> line = cluster.readAll().trimmed().split(':');
    if (line.size() != 5)
        return QString();
    const QString path = QDir(dir).filePath(QStringLiteral("pgpass"));
    QFile ours(path);
    if (!ours.open(QIODevice::WriteOnly))
        return QString();
    ours.write("127.0.0.1:*:*:" + line.at(3) + ':' + line.at(4) + '\n');
    ours.close();
    ours.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores a wider one
    return path;
}

} // namespace casedesk::testsupport
