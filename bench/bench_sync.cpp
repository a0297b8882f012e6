// casedesk-bench-sync: prints the figures of issue 4 — ingest rate next to bare SQLite, a first
// sync of every unit's account from the simulator on loopback (rate limit off, then under the
// real quota with --with-quota), and the peak memory of each. Each part runs in a child process
// of its own so that its peak memory is its own.

#include "benchtools.h"

#include "core/common/datafolder.h"
#include "core/common/logging.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncservice.h"
#include "core/triage/triageengine.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <cstdio>

using namespace casedesk;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

const char *const kPhrases[] = {
    "Cho em hỏi làm căn cước công dân cho con 14 tuổi cần giấy tờ gì ạ",
    "Tôi bị lừa chuyển khoản 20 triệu qua mạng, người gọi xưng là công an",
    "Xin hỏi thủ tục đăng ký tạm trú cho người thuê trọ",
    "Khu vực ấp 3 có nhóm thanh niên tụ tập đua xe mỗi tối rất ồn",
    "Đề nghị công an xã xử lý quán karaoke hát đến 1 giờ sáng",
    "cho e hoi dk thuong tru vao nha nguoi than can giay to j a",
    "Dạ em cảm ơn anh chị nhiều ạ",
    "Mất ví có CCCD và bằng lái xe, làm lại ở đâu ạ",
};

struct Row
{
    domain::IncomingMessage message;
};

QVector<QVector<domain::IncomingMessage>> makePages(int messages)
{
    QVector<QVector<domain::IncomingMessage>> pages;
    const qint64 start = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < messages; ++i) {
        const int conversation = i / 10;
        if (i % 10 == 0)
            pages.push_back({});
        domain::IncomingMessage in;
        domain::MessageRecord &m = in.message;
        m.messageId = QStringLiteral("bench%1").arg(i, 9, 10, QLatin1Char('0'));
        m.oaId = QStringLiteral("oa%1").arg(conversation % 127);
        m.userId = QStringLiteral("31037413962969%1").arg(conversation, 5, 10, QLatin1Char('0'));
        m.incoming = (i % 10) != 9;
        m.sentAt = start + qint64(i) * 60000;
        m.text = QString::fromUtf8(kPhrases[i % 8]) + QStringLiteral(" (%1)").arg(i);
        m.raw = QJsonDocument(QJsonObject {
                                  {QStringLiteral("message_id"), m.messageId},
                                  {QStringLiteral("src"), m.incoming ? 1 : 0},
                                  {QStringLiteral("time"), double(m.sentAt)},
                                  {QStringLiteral("from_id"), m.userId},
                                  {QStringLiteral("from_display_name"), QStringLiteral("Nguyễn Văn A")},
                                  {QStringLiteral("to_id"), m.oaId},
                                  {QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("message"), m.text},
                              })
                    .toJson(QJsonDocument::Compact);
        pages.back().push_back(in);
    }
    return pages;
}

/// Stores @p pages as sync commits them (50 conversation pages, 500 messages, a transaction);
/// false, saying why, when a batch fails or fewer messages were stored than given.
bool ingestAll(store::IngestStore &ingest, const QVector<QVector<domain::IncomingMessage>> &pages, const domain::TriageFunction &triage, int messages)
{
    int inserted = 0;
    QVector<store::IngestStore::ConversationChunk> batch;
    const auto commit = [&]() {
        auto r = ingest.ingestMany(batch, triage);
        batch.clear();
        if (!r) {
            say(QStringLiteral("ingest failed: %1").arg(r.error().message));
            return false;
        }
        inserted += r->inserted;
        return true;
    };
    for (const auto &page : pages) {
        batch.push_back({QStringLiteral("29236"), page, std::nullopt});
        if (batch.size() == 50 && !commit())
            return false;
    }
    if (!batch.isEmpty() && !commit())
        return false;
    if (inserted != messages) {
        say(QStringLiteral("ingest stored %1 of %2 messages").arg(inserted).arg(messages));
        return false;
    }
    return true;
}

/// Whether the store holds @p messages messages, as many full-text rows, each in a case.
bool rowsWritten(store::Database &db, int messages)
{
    store::Statement st(db,
                        "SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM messages_fts), "
                        "(SELECT count(*) FROM messages WHERE direction = 'in' AND case_id IS NULL)");
    if (!st.next() || st.int64(0) != messages || st.int64(1) != messages || st.int64(2) != 0) {
        say(QStringLiteral("the store does not hold what was ingested"));
        return false;
    }
    return true;
}

int partIngest(int messages)
{
    QTemporaryDir dir;
    auto pages = makePages(messages);

    // Folding alone, as the store folds each message for the full-text index.
    QElapsedTimer t;
    t.start();
    qint64 foldedChars = 0;
    for (const auto &page : std::as_const(pages)) {
        for (const auto &in : page)
            foldedChars += domain::foldForIndex(in.message.text).size();
    }
    const double foldSeconds = double(t.nsecsElapsed()) / 1e9;
    if (foldedChars == 0)
        return 1;

    // Bare SQLite: the same rows and the same full-text rows (folded here, as the store folds them),
    // one transaction, prepared statements.
    double bareSeconds = 0;
    {
        sqlite3 *db = nullptr;
        sqlite3_open(qPrintable(dir.filePath(QStringLiteral("bare.sqlite"))), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
        sqlite3_exec(db,
                     "CREATE TABLE messages (id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, oa_id TEXT, user_id TEXT, "
                     "direction TEXT, sent_at INTEGER, type TEXT, text TEXT, raw TEXT);"
                     "CREATE VIRTUAL TABLE messages_fts USING fts5(folded, content='', tokenize='unicode61 remove_diacritics 2');",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *msg = nullptr;
        sqlite3_stmt *fts = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO messages (message_id, oa_id, user_id, direction, sent_at, type, text, raw) VALUES (?,?,?,?,?,?,?,?)", -1,
                           &msg, nullptr);
        sqlite3_prepare_v2(db, "INSERT INTO messages_fts (rowid, folded) VALUES (?, ?)", -1, &fts, nullptr);
        t.restart();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const auto &page : std::as_const(pages)) {
            for (const auto &in : page) {
                const domain::MessageRecord &m = in.message;
                const QByteArray id = m.messageId.toUtf8(), oa = m.oaId.toUtf8(), user = m.userId.toUtf8(), text = m.text.toUtf8(),
                                 folded = domain::foldForIndex(m.text).toUtf8(); // the store folds too
                sqlite3_bind_text(msg, 1, id.constData(), int(id.size()), SQLITE_STATIC);
                sqlite3_bind_text(msg, 2, oa.constData(), int(oa.size()), SQLITE_STATIC);
                sqlite3_bind_text(msg, 3, user.constData(), int(user.size()), SQLITE_STATIC);
                sqlite3_bind_text(msg, 4, m.incoming ? "in" : "out", -1, SQLITE_STATIC);
                sqlite3_bind_int64(msg, 5, m.sentAt);
                sqlite3_bind_text(msg, 6, "text", -1, SQLITE_STATIC);
                sqlite3_bind_text(msg, 7, text.constData(), int(text.size()), SQLITE_STATIC);
                sqlite3_bind_text(msg, 8, m.raw.constData(), int(m.raw.size()), SQLITE_STATIC);
                sqlite3_step(msg);
                sqlite3_reset(msg);
                sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
                sqlite3_bind_text(fts, 2, folded.constData(), int(folded.size()), SQLITE_STATIC);
                sqlite3_step(fts);
                sqlite3_reset(fts);
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        bareSeconds = double(t.nsecsElapsed()) / 1e9;
        sqlite3_finalize(msg);
        sqlite3_finalize(fts);
        sqlite3_close(db);
    }

    // CaseDesk: IngestStore as sync uses it, one page (10 messages) a transaction, cases opened
    // and joined, events written; triage of new cases by a constant (the store alone).
    auto db = store::Database::open(dir.filePath(QStringLiteral("casedesk.sqlite")));
    store::UnitStore units(*db);
    (void)units.seedIfEmpty(QDate::currentDate());
    double oursSeconds = 0;
    {
        store::IngestStore ingest(*db);
        const domain::TriageFunction constant = [](const QString &, qint64 at) {
            domain::TriageResult r;
            r.category = domain::Category::ProcedureQuestion;
            r.dueAt = at + 3600000;
            return r;
        };
        t.restart();
        if (!ingestAll(ingest, pages, constant, messages))
            return 1;
        oursSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!rowsWritten(*db, messages))
            return 1;
    }
    // The same with the real triage engine (classifier, deadlines, competent unit) for new cases.
    double triagedSeconds = 0;
    {
        auto db2 = store::Database::open(dir.filePath(QStringLiteral("casedesk2.sqlite")));
        store::UnitStore units2(*db2);
        (void)units2.seedIfEmpty(QDate::currentDate());
        auto engine = triage::TriageEngine::create(*units2.list());
        store::IngestStore ingest(*db2);
        const auto fn = triage::TriageEngine::function(*engine);
        t.restart();
        if (!ingestAll(ingest, pages, fn, messages))
            return 1;
        triagedSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!rowsWritten(*db2, messages))
            return 1;
    }
    const double bareRate = messages / bareSeconds;
    const double oursRate = messages / oursSeconds;
    say(QStringLiteral("ingest: %1 messages in %2 conversation pages").arg(messages).arg(pages.size()));
    say(QStringLiteral("  folding (NFC, no diacritics, đ→d, shorthand): %1 messages/s").arg(messages / foldSeconds, 0, 'f', 0));
    say(QStringLiteral("  bare SQLite insert + FTS row, one transaction:  %1 messages/s").arg(bareRate, 0, 'f', 0));
    say(QStringLiteral("  IngestStore as sync commits (500 messages a transaction, cases and events included): %1 messages/s  (ratio %2)")
            .arg(oursRate, 0, 'f', 0)
            .arg(oursRate / bareRate, 0, 'f', 2));
    say(QStringLiteral("  IngestStore with the triage engine on new cases: %1 messages/s").arg(messages / triagedSeconds, 0, 'f', 0));
    say(QStringLiteral("  peak memory: %1 MB").arg(double(bench::peakMemoryKb()) / 1024.0, 0, 'f', 1));
    return 0;
}

int partSync(const QString &cli, int perAccount, bool quota)
{
    QTemporaryDir dir;
    QProcess simulator;
    QStringList args {QStringLiteral("simulator"), QStringLiteral("--json"), QStringLiteral("--history"),
                      QString::number(perAccount), QStringLiteral("--seed"), QStringLiteral("3")};
    if (!quota)
        args << QStringLiteral("--no-rate-limit");
    simulator.start(cli, args);
    if (!simulator.waitForStarted() || !simulator.waitForReadyRead(60000)) {
        say(QStringLiteral("sync: the simulator did not start"));
        return 1;
    }
    QByteArray first;
    while (!first.contains('\n') && simulator.waitForReadyRead(30000))
        first += simulator.readAll();
    first += simulator.readAll();
    const QJsonObject info = QJsonDocument::fromJson(first.left(first.indexOf('\n'))).object();
    const QString base = info.value(QStringLiteral("openapi_base")).toString();
    const QJsonArray accounts = info.value(QStringLiteral("accounts")).toArray();

    const DataFolder folder(dir.path());
    auto db = store::Database::open(folder.databasePath());
    store::UnitStore units(*db);
    (void)units.seedIfEmpty(QDate::currentDate());
    const QString secrets = dir.filePath(QStringLiteral("secrets.json"));
    {
        zalo::CurlTransport transport;
        for (const QJsonValue &v : accounts) {
            const QJsonObject a = v.toObject();
            sync::EnrolmentRequest r;
            r.dataFolder = folder.path();
            r.unitId = a.value(QStringLiteral("unit")).toString();
            r.oaId = a.value(QStringLiteral("oa_id")).toString();
            r.appId = a.value(QStringLiteral("app_id")).toString();
            r.appSecret = a.value(QStringLiteral("secret_key")).toString();
            r.refreshToken = a.value(QStringLiteral("refresh_token")).toString();
            r.openapiBase = base;
            r.oauthBase = base;
            r.secretStoreSpec = zalo::secretStoreSpec(secrets);
            if (auto e = sync::enrolAccount(r, transport); !e)
                say(QStringLiteral("  enrolment failed: %1").arg(e.error().message));
        }
    }
    sync::SyncOptions options;
    // Without the quota this measures the client, not Zalo's limit: the client's budget is lifted too.
    options.requestsPerMinute = quota ? 4000 : 10000000;
    auto context = sync::SyncContext::create(folder.path(), *db, secrets, options);
    sync::SyncService service((*context)->dependencies());
    QEventLoop loop;
    QStringList failures;
    QObject::connect(&service, &sync::SyncService::onceFinished, &loop, [&](const QStringList &f) {
        failures = f;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    service.runOnce();
    loop.exec();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    store::Statement count(*db, "SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM cases)");
    count.next();
    say(QStringLiteral("first sync%1: %2 accounts x %3 messages of history, 4 workers, loopback")
            .arg(quota ? QStringLiteral(" under the real quota (4,000 requests/minute per app)") : QStringLiteral(", simulator rate limit off"))
            .arg(accounts.size())
            .arg(perAccount));
    say(QStringLiteral("  wall time: %1 s; requests: %2 (%3/s); messages stored: %4; cases: %5; failed accounts: %6")
            .arg(seconds, 0, 'f', 1)
            .arg(service.requestCount())
            .arg(double(service.requestCount()) / seconds, 0, 'f', 0)
            .arg(count.int64(0))
            .arg(count.int64(1))
            .arg(failures.size()));
    // Then an idle poll (nothing new anywhere): what it costs Zalo's quota.
    if (failures.isEmpty() && !quota) {
        const qint64 before = service.requestCount();
        t.restart();
        service.runOnce();
        loop.exec();
        say(QStringLiteral("  idle poll of every account right after: %1 requests (%2 per account) in %3 s")
                .arg(service.requestCount() - before)
                .arg(double(service.requestCount() - before) / double(accounts.size()), 0, 'f', 2)
                .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2));
    }
    say(QStringLiteral("  peak memory of the syncing process: %1 MB").arg(double(bench::peakMemoryKb()) / 1024.0, 0, 'f', 1));
    simulator.kill();
    simulator.waitForFinished();
    return failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk-bench"));
    setQuietLogging();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync and ingest benchmark of CaseDesk: prints figures."));
    parser.addHelpOption();
    const QCommandLineOption part(QStringLiteral("part"), QStringLiteral("ingest, sync or sync-quota (default: all, each in a child process)."),
                                  QStringLiteral("PART"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Messages for the ingest part (default 100000)."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption perAccount(QStringLiteral("per-account"), QStringLiteral("History per account for the sync parts (default 200)."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption withQuota(QStringLiteral("with-quota"), QStringLiteral("Also run the first sync under the real quota (minutes)."));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("Path of casedesk-cli (default: beside this program)."),
                                 QStringLiteral("PATH"));
    parser.addOptions({part, messages, perAccount, withQuota, cli});
    parser.process(app);
    const QString cliPath = parser.isSet(cli) ? parser.value(cli) : QCoreApplication::applicationDirPath() + QStringLiteral("/casedesk-cli");

    if (parser.isSet(part)) {
        const QString p = parser.value(part);
        if (p == QLatin1String("ingest"))
            return partIngest(parser.value(messages).toInt());
        if (p == QLatin1String("sync"))
            return partSync(cliPath, parser.value(perAccount).toInt(), false);
        if (p == QLatin1String("sync-quota"))
            return partSync(cliPath, parser.value(perAccount).toInt(), true);
        say(QStringLiteral("unknown part %1").arg(p));
        return 2;
    }
    QStringList parts {QStringLiteral("ingest"), QStringLiteral("sync")};
    if (parser.isSet(withQuota))
        parts << QStringLiteral("sync-quota");
    int rc = 0;
    for (const QString &p : parts) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--part"), p, QStringLiteral("--messages"), parser.value(messages), QStringLiteral("--per-account"),
                     parser.value(perAccount), QStringLiteral("--cli"), cliPath});
        child.waitForFinished(-1);
        rc |= child.exitCode();
    }
    return rc;
}
