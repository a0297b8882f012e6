#include "syncfixture.h"

#include "core/domain/reorganisation.h"
#include "core/domain/satisfaction.h"
#include "core/store/approvalpolicystore.h"
#include "core/store/provincesettings.h"
#include "core/store/reorganisationstore.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::testing;

namespace {

simulator::SimulatorConfig smallWorld(int accounts, int messages, quint64 seed = 7)
{
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(communes(accounts));
    config.seed = seed;
    config.historyMessagesPerAccount = messages;
    config.historyDays = 20;
    return config;
}

void requireExactCopy(SyncFixture &f)
{
    for (const auto &a : f.sim->accounts()) {
        INFO("account " << a.oaId.toStdString());
        const QSet<QString> simulated = f.simulatedIds(a.oaId);
        const QSet<QString> stored = f.storedIds(a.oaId);
        CHECK(simulated.size() > 0);
        CHECK(stored == simulated);
    }
    // Once each, every citizen message in a case, the index in step with the messages.
    CHECK(f.scalar("SELECT count(*) - count(DISTINCT message_id) FROM messages") == 0);
    CHECK(f.scalar("SELECT count(*) FROM messages WHERE direction = 'in' AND case_id IS NULL") == 0);
    CHECK(f.scalar("SELECT count(*) FROM messages_fts") == f.scalar("SELECT count(*) FROM messages"));
    CHECK(f.scalar("SELECT count(*) FROM accounts WHERE last_error IS NOT NULL") == 0);
}

} // namespace

TEST_CASE("A first sync copies every account's inbox exactly, then only what is new", "[sync]")
{
    SyncFixture f(smallWorld(6, 60));
    REQUIRE(f.enrolAll() == 6);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());
    requireExactCopy(f);
    const qint64 cases = f.scalar("SELECT count(*) FROM cases");
    CHECK(cases > 0);
    // Conversations the OA answered last start answered, so day one is not a flood.
    CHECK(f.scalar("SELECT count(*) FROM cases WHERE status IN ('answered', 'closed')") > 0);

    // Nothing new: a second poll stores nothing and opens no case.
    const qint64 before = f.scalar("SELECT count(*) FROM messages");
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM messages") == before);
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases);

    // A new citizen writes; an existing one follows up: both arrive, nothing else.
    const auto account = f.sim->accounts().at(2);
    auto fresh = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi làm căn cước cho con cần gì ạ"));
    REQUIRE(fresh.ok());
    const QString oldUser = f.sim->citizens(account.oaId).constFirst().userId;
    auto followUp = f.sim->citizenSays(account.oaId, oldUser, QStringLiteral("Dạ em hỏi thêm ạ"));
    REQUIRE(followUp.ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM messages") == before + 2);
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases + 1);
    requireExactCopy(f);
}

TEST_CASE("Rate limits, server errors, malformed pages and expired tokens mid-sync end in an exact copy", "[sync]")
{
    SyncFixture f(smallWorld(4, 50, 11));
    REQUIRE(f.enrolAll() == 4);
    sync::SyncOptions options;
    options.concurrency = 2;
    sync::SyncService service(f.dependencies(options));

    simulator::FaultPlan plan;
    plan.path = QStringLiteral("/v2.0/oa/conversation");
    for (auto kind : {simulator::FaultKind::Http502, simulator::FaultKind::MalformedJson, simulator::FaultKind::ExpiredToken,
                      simulator::FaultKind::HtmlBody, simulator::FaultKind::TruncatedJson, simulator::FaultKind::IdsAsNumbers}) {
        plan.kind = kind;
        plan.count = 2;
        f.sim->injectFaults(plan);
    }
    // Some polls fail while the faults play; polling again converges on the exact copy.
    for (int round = 0; round < 6; ++round) {
        if (f.syncOnce(service).isEmpty())
            break;
    }
    requireExactCopy(f);
}

TEST_CASE("Two processes never sync one data folder at once", "[sync]")
{
    QTemporaryDir dir;
    DataFolder folder(dir.path());
    sync::SyncLock first(folder.syncLockPath());
    REQUIRE(first.acquire().ok());
    sync::SyncLock second(folder.syncLockPath());
    auto refused = second.acquire();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    first.release();
    CHECK(second.acquire().ok());
}

namespace {

qint64 caseOf(SyncFixture &f, const QString &oaId, const QString &userId)
{
    store::Statement st(*f.db, "SELECT id FROM cases WHERE oa_id = ?1 AND user_id = ?2 AND status <> 'closed' ORDER BY id DESC LIMIT 1");
    st.bind(1, oaId).bind(2, userId);
    return st.next() ? st.int64(0) : 0;
}

int answersWithText(SyncFixture &f, const QString &oaId, const QString &userId, const QString &text)
{
    int n = 0;
    for (const auto &m : f.sim->conversation(oaId, userId)) {
        if (!m.fromCitizen && m.text == text)
            ++n;
    }
    return n;
}

} // namespace

TEST_CASE("An answer reaches the citizen once, through the OA they wrote to, also after a crash mid-send", "[sync][outbox]")
{
    SyncFixture f(smallWorld(3, 20, 5));
    REQUIRE(f.enrolAll() == 3);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());

    const auto account = f.sim->accounts().at(1);
    auto asked = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi đăng ký tạm trú cần giấy tờ gì ạ?"));
    REQUIRE(asked.ok());
    const QString user = asked->userId;
    REQUIRE(f.syncOnce(service).isEmpty());
    const qint64 caseId = caseOf(f, account.oaId, user);
    REQUIRE(caseId > 0);

    SystemClock clock;
    store::CaseWriter writer(*f.db, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Cán bộ A");
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Chào bạn, bạn mang CCCD và giấy tờ chứng minh chỗ ở hợp pháp đến Công an xã nhé.");
    reply.confirmChanged = true;
    auto queued = writer.queueReply(scope, caseId, reply);
    REQUIRE(queued.ok());

    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, user, reply.text) == 1);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == 1);
    CHECK(f.scalar("SELECT count(*) FROM cases WHERE status = 'answered' AND first_response_at IS NOT NULL AND id IN (SELECT case_id FROM outbox)")
          == 1);
    // The answer is in the local conversation too, linked to the case, not counted as answered outside.
    CHECK(f.scalar("SELECT count(*) FROM messages m JOIN outbox o ON o.message_id = m.message_id WHERE m.case_id = o.case_id") == 1);
    {
        store::Statement outside(*f.db, "SELECT count(*) FROM case_events WHERE kind = 'answered_outside' AND case_id = ?1");
        outside.bind(1, caseId);
        REQUIRE(outside.next());
        CHECK(outside.int64(0) == 0);
    }
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, user, reply.text) == 1);

    // A crash after Zalo took the answer but before it was marked sent: found, not sent again.
    auto second = f.sim->citizenSays(account.oaId, user, QStringLiteral("Dạ cảm ơn, cho em hỏi thêm lệ phí ạ"));
    REQUIRE(second.ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    reply.text = QStringLiteral("Đăng ký tạm trú không mất lệ phí khi nộp trực tuyến.");
    REQUIRE(writer.queueReply(scope, caseId, reply).ok());
    {
        store::OutboxStore outbox(*f.db, clock);
        auto claimed = outbox.claimNext(account.oaId);
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
        // What the dead process had sent before it died.
        auto sent = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("x")); // keep the simulator busy
        REQUIRE(sent.ok());
        zalo::ZaloClient::Options options;
        options.openapiBase = f.sim->baseUrl().toString();
        options.oauthBase = options.openapiBase;
        options.appId = account.appId;
        store::AccountStore accounts(*f.db);
        auto row = accounts.find(account.oaId);
        REQUIRE(row.ok());
        auto tokens = f.tokens->tokensFor(**row);
        REQUIRE(tokens.ok());
        zalo::ZaloClient client(f.transport, options, tokens->get());
        auto delivered = offThread([&] { return client.sendText(user, reply.text); });
        REQUIRE(delivered.ok());
    }
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'sending'") == 1);
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, user, reply.text) == 1);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == 2);

    // A crash before the request left: the row is sent once after the conversation was checked.
    reply.text = QStringLiteral("Bạn cần thêm thông tin gì cứ nhắn cho Công an xã nhé.");
    REQUIRE(writer.queueReply(scope, caseId, reply).ok());
    {
        store::OutboxStore outbox(*f.db, clock);
        auto claimed = outbox.claimNext(account.oaId);
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
    }
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, user, reply.text) == 1);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == 3);
}

TEST_CASE("An answer held for an editor's approval reaches the citizen only once approved, and once", "[sync][outbox][approval]")
{
    SyncFixture f(smallWorld(2, 5, 11));
    REQUIRE(f.enrolAll() == 2);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());
    const auto account = f.sim->accounts().at(0);
    auto asked = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Đường trước nhà em bị hỏng nặng, mong công an phường xem giúp"));
    REQUIRE(asked.ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    const qint64 caseId = caseOf(f, account.oaId, asked->userId);
    REQUIRE(caseId > 0);

    // Every category of the communes' cases needs approval, whatever triage decided.
    SystemClock clock;
    store::ApprovalPolicyStore policy(*f.db);
    for (const QString &key : domain::categoryKeys())
        REQUIRE(policy.set(*domain::categoryFromKey(key), domain::UnitLevel::Commune, true, QStringLiteral("Admin"), clock.nowMs()).ok());
    const auto commune = domain::scopeForOfficer(2, QStringLiteral("Cán bộ xã"), {domain::Role::Commune}, account.unitId, false, {account.unitId});
    const auto editor = domain::scopeForOfficer(3, QStringLiteral("Biên tập viên"), {domain::Role::Editor}, QStringLiteral("84"), false, {});
    store::CaseWriter writer(*f.db, clock);
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Công an phường đã tiếp nhận phản ánh.");
    reply.confirmChanged = true;
    auto held = writer.queueReply(commune, caseId, reply);
    REQUIRE(held.ok());

    REQUIRE(f.syncOnce(service).isEmpty());
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, asked->userId, reply.text) == 0);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'pending_approval'") == 1);
    CHECK(f.scalar("SELECT count(*) FROM cases WHERE first_response_at IS NOT NULL AND id IN (SELECT case_id FROM outbox)") == 0);

    store::CaseWriter::ApproveRequest approve;
    approve.outboxId = *held;
    REQUIRE(writer.approveAnswer(editor, caseId, approve).ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, asked->userId, reply.text) == 1);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == 1);

    // Sent back: never reaches the citizen.
    reply.text = QStringLiteral("Câu trả lời chưa đạt.");
    auto second = writer.queueReply(commune, caseId, reply);
    REQUIRE(second.ok());
    REQUIRE(writer.rejectAnswer(editor, caseId, *second, QStringLiteral("Cần nêu thời hạn xử lý")).ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, asked->userId, reply.text) == 0);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE state = 'rejected'") == 1);
}

namespace {
qint64 f_caseId(store::Database &db, const QString &userId)
{
    store::Statement st(db, "SELECT id FROM cases WHERE user_id = ?1");
    st.bind(1, userId);
    return st.next() ? st.int64(0) : 0;
}
} // namespace

TEST_CASE("Officers' forwards and corrections in the store teach triage when a program starts", "[sync][triage]")
{
    QTemporaryDir dir;
    auto opened = store::Database::open(DataFolder(dir.path()).databasePath());
    REQUIRE(opened.ok());
    store::Database &db = *opened;
    REQUIRE(store::UnitStore(db).seedIfEmpty(QDate::currentDate()).ok());
    store::IngestStore ingest(db);
    SystemClock clock;
    store::CaseWriter writer(db, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Cán bộ B");
    const QString texts[] = {
        QStringLiteral("Chó nhà hàng xóm thả rông cắn người đi đường ở ấp Chợ, xin xử lý"),
        QStringLiteral("Có bầy chó thả rông ngoài chợ cắn trẻ em, chủ không rọ mõm"),
        QStringLiteral("Chó dữ không rọ mõm chạy ra đường cắn người đi xe đạp"),
        QStringLiteral("Báo tin chó thả rông cắn người ở xã, chủ nuôi không chịu trách nhiệm"),
    };
    int n = 0;
    for (const QString &text : texts) {
        domain::IncomingMessage in;
        in.message.messageId = QStringLiteral("fw%1").arg(n);
        in.message.oaId = QStringLiteral("oa1");
        in.message.userId = QStringLiteral("user%1").arg(n++);
        in.message.sentAt = clock.nowMs() - 3600000;
        in.message.text = text;
        REQUIRE(ingest.ingest(QStringLiteral("29236"), {in}, std::nullopt, {}).ok());
        store::CaseWriter::ForwardRequest forward;
        forward.toUnit = QStringLiteral("84-PC10");
        forward.reason = QStringLiteral("Chuyển để thử việc học từ các lần chuyển");
        REQUIRE(writer.forward(scope, f_caseId(db, in.message.userId), forward).ok());
    }
    // Before the forwards, neither the shipped model nor the rules point there.
    const QString query = QStringLiteral("cho tha rong can nguoi ko ro mom");
    auto untaught = triage::TriageEngine::create(*store::UnitStore(db).list());
    REQUIRE(untaught.ok());
    REQUIRE((*untaught)->suggestUnit(query, domain::Category::Petition) != QStringLiteral("84-PC10"));
    auto context = sync::SyncContext::create(dir.path(), db, QString());
    REQUIRE(context.ok());
    CHECK((*context)->triage()->suggestUnit(query, domain::Category::Petition) == QStringLiteral("84-PC10"));
}

TEST_CASE("sync --once ends at once, exit 1, when every account needs consent again", "[sync][cli]")
{
    QTemporaryDir dir;
    {
        auto opened = store::Database::open(DataFolder(dir.path()).databasePath());
        REQUIRE(opened.ok());
        REQUIRE(store::UnitStore(*opened).seedIfEmpty(QDate::currentDate()).ok());
        store::AccountStore accounts(*opened);
        store::Account a;
        a.oaId = QStringLiteral("3592353763697768582");
        a.unitId = QStringLiteral("29236");
        a.appId = QStringLiteral("1234");
        a.openapiBase = QStringLiteral("http://127.0.0.1:9");
        a.oauthBase = a.openapiBase;
        a.secretStore = QStringLiteral("file:") + dir.filePath(QStringLiteral("secrets.json"));
        a.createdAt = 1;
        REQUIRE(accounts.add(a).ok());
        REQUIRE(accounts.markNeedsConsent(a.oaId, QStringLiteral("Zalo refused the token.")).ok());
    }
    QProcess p;
    p.start(
        QStringLiteral(CASEDESK_CLI_PATH),
        {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("3592353763697768582")));
}

TEST_CASE("Answered cases quiet for 7 days close by themselves, with an event saying so", "[sync]")
{
    SyncFixture f(smallWorld(4, 80, 13));
    REQUIRE(f.enrolAll() == 4);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());
    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
    store::Statement stale(*f.db, "SELECT count(*) FROM cases WHERE status = 'answered' AND last_message_at < ?1");
    stale.bind(1, weekAgo);
    REQUIRE(stale.next());
    CHECK(stale.int64(0) == 0);
    const qint64 closed = f.scalar("SELECT count(*) FROM cases WHERE status = 'closed'");
    CHECK(closed > 0);
    CHECK(f.scalar("SELECT count(*) FROM case_events WHERE kind = 'closed' AND json_extract(detail, '$.auto') = 1") == closed);
}

TEST_CASE("A unit's own holidays file in the data folder moves working-day deadlines, a malformed one is refused", "[sync][triage]")
{
    QTemporaryDir dir;
    auto opened = store::Database::open(DataFolder(dir.path()).databasePath());
    REQUIRE(opened.ok());
    REQUIRE(store::UnitStore(*opened).seedIfEmpty(QDate::currentDate()).ok());
    // Monday 30 November 2026, 08:00 in Trà Vinh: two working days end Wednesday at 17:00.
    const qint64 opened8 = QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    const auto due = [&](sync::SyncContext &context) {
        return QDateTime::fromMSecsSinceEpoch(context.triage()->dueAt(opened8, domain::Category::ProcedureQuestion, false), QTimeZone(7 * 3600));
    };
    {
        auto context = sync::SyncContext::create(dir.path(), *opened, QString());
        REQUIRE(context.ok());
        CHECK(due(**context) == QDateTime(QDate(2026, 12, 2), QTime(17, 0), QTimeZone(7 * 3600)));
    }
    QFile extra(dir.filePath(QStringLiteral("holidays.json")));
    REQUIRE(extra.open(QIODevice::WriteOnly));
    extra.write(R"({"holidays":[{"date":"2026-12-01","name":"Ngày nghỉ của tỉnh","kind":"announced"}]})");
    extra.close();
    {
        auto context = sync::SyncContext::create(dir.path(), *opened, QString());
        REQUIRE(context.ok());
        CHECK(due(**context) == QDateTime(QDate(2026, 12, 3), QTime(17, 0), QTimeZone(7 * 3600)));
    }
    REQUIRE(extra.open(QIODevice::WriteOnly | QIODevice::Truncate));
    extra.write(R"({"holidays":[{"date":"hôm qua"}]})");
    extra.close();
    auto refused = sync::SyncContext::create(dir.path(), *opened, QString());
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
}

TEST_CASE("An account whose consent Zalo withdrew is connected again in place, keeping its cases", "[sync][tokens]")
{
    SyncFixture f(smallWorld(2, 20, 17));
    REQUIRE(f.enrolAll() == 2);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());
    const auto account = f.sim->accounts().at(0);
    const qint64 cases = f.scalar("SELECT count(*) FROM cases");

    // The OA's admin withdrew consent: the next token refresh is refused.
    REQUIRE(f.sim->revokeRefreshTokens(account.oaId).ok());
    store::AccountStore accounts(*f.db);
    REQUIRE(accounts.markNeedsConsent(account.oaId, QStringLiteral("Zalo refused the token.")).ok());
    const QStringList failures = f.syncOnce(service);
    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0).contains(account.oaId));

    // The admin consents again; the pasted code connects the same account again.
    const QString verifier = zalo::pkce::makeVerifier();
    auto code = f.sim->mintAuthorizationCode(account.oaId, zalo::pkce::challengeFor(verifier));
    REQUIRE(code.ok());
    sync::EnrolmentRequest r;
    r.dataFolder = f.folder.path();
    r.unitId = account.unitId;
    r.oaId = account.oaId;
    r.appId = account.appId;
    r.appSecret = account.secretKey;
    r.code = *code;
    r.codeVerifier = verifier;
    r.openapiBase = f.sim->baseUrl().toString();
    r.oauthBase = r.openapiBase;
    r.secretStoreSpec = zalo::secretStoreSpec(f.secretsFile);
    auto again = offThread([&] { return sync::enrolAccount(r, f.transport); });
    REQUIRE(again.ok());
    CHECK(again->account.state == store::AccountState::Ok);
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases);

    // A new sync service (as after a restart) polls it again.
    auto citizen = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi làm hộ chiếu ạ"));
    REQUIRE(citizen.ok());
    sync::SyncService restarted(f.dependencies());
    REQUIRE(f.syncOnce(restarted).isEmpty());
    CHECK(f.storedIds(account.oaId) == f.simulatedIds(account.oaId));
}

TEST_CASE("A lock file left without its owner by a kill at the wrong moment does not block syncing forever", "[sync]")
{
    QTemporaryDir dir;
    DataFolder folder(dir.path());
    QFile empty(folder.syncLockPath());
    REQUIRE(empty.open(QIODevice::WriteOnly)); // created, never written: its owner died in between
    empty.close();
    sync::SyncLock fresh(folder.syncLockPath());
    CHECK_FALSE(fresh.acquire().ok()); // a few seconds old: maybe another process is writing it now
    REQUIRE(empty.open(QIODevice::ReadWrite));
    REQUIRE(empty.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    empty.close();
    sync::SyncLock later(folder.syncLockPath());
    CHECK(later.acquire().ok());
}

TEST_CASE("An answer queued while sync runs is sent at once, not at its account's next poll", "[sync][outbox][changes]")
{
    SyncFixture f(smallWorld(2, 10, 5));
    REQUIRE(f.enrolAll() == 2);
    const auto account = f.sim->accounts().at(0);
    auto asked = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi làm hộ chiếu ở đâu ạ?"));
    REQUIRE(asked.ok());

    sync::SyncOptions options;
    options.intervalMs = 3600 * 1000; // the next poll is an hour away
    sync::SyncService service(f.dependencies(options));
    int polls = 0;
    QObject context;
    QObject::connect(&service, &sync::SyncService::accountPolled, &context, [&polls](const QString &, bool, const QString &) { ++polls; });
    service.start();
    REQUIRE(waitFor([&] { return polls >= 2; }, 60000));
    const qint64 caseId = caseOf(f, account.oaId, asked->userId);
    REQUIRE(caseId > 0);

    // Another connection (a window, casedesk-cli) queues the answer.
    auto other = store::Database::open(f.folder.databasePath());
    REQUIRE(other.ok());
    SystemClock clock;
    store::CaseWriter writer(*other, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Cán bộ B");
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Chào bạn, bạn làm hộ chiếu tại Phòng Quản lý xuất nhập cảnh hoặc trên Cổng dịch vụ công.");
    reply.confirmChanged = true;
    REQUIRE(writer.queueReply(scope, caseId, reply).ok());
    QElapsedTimer sent;
    sent.start();
    CHECK(waitFor([&] { return answersWithText(f, account.oaId, asked->userId, reply.text) == 1; }, 5000));
    WARN("answer reached Zalo " << sent.elapsed() << " ms after it was queued");
    CHECK(sent.elapsed() < 3000);
    service.stop();
    waitFor([&] { return !service.isRunning(); }, 30000);
    CHECK(answersWithText(f, account.oaId, asked->userId, reply.text) == 1);
}

TEST_CASE("An idle poll costs one request per account, also right after many new conversations", "[sync][requests]")
{
    SyncFixture f(smallWorld(3, 40, 13));
    REQUIRE(f.enrolAll() == 3);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());

    // 60 new conversations on the 3 accounts, then a sync that stores them.
    for (int i = 0; i < 60; ++i) {
        const auto &a = f.sim->accounts().at(i % 3);
        REQUIRE(f.sim->citizenSays(a.oaId, QString(), QStringLiteral("Cho em hỏi thủ tục số %1 ạ").arg(i)).ok());
    }
    REQUIRE(f.syncOnce(service).isEmpty());
    requireExactCopy(f);

    const qint64 before = service.requestCount();
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(service.requestCount() - before == 3);

    // A new citizen's message costs its account one more page of the list, the conversation and
    // the citizen's profile; the other accounts stay at one request.
    const auto &a = f.sim->accounts().at(0);
    REQUIRE(f.sim->citizenSays(a.oaId, QString(), QStringLiteral("Dạ em hỏi thêm")).ok());
    const qint64 idle = service.requestCount();
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(service.requestCount() - idle <= 3 + 3);
    requireExactCopy(f);
}

TEST_CASE("After a reorganisation a merged commune's Zalo account syncs into its successor, and a disabled one is polled no more",
          "[sync][reorganise]")
{
    SyncFixture f(smallWorld(3, 40));
    REQUIRE(f.enrolAll() == 3);
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());
    const auto accounts = f.sim->accounts();
    const simulator::SimulatedAccount merged = accounts.at(0), successor = accounts.at(1), abolished = accounts.at(2);
    const qint64 cases = f.scalar("SELECT count(*) FROM cases");
    const qint64 messages = f.scalar("SELECT count(*) FROM messages");
    store::Statement openAt(*f.db, "SELECT count(*) FROM cases WHERE unit_id = ?1 AND is_open = 1");
    const auto openCount = [&openAt](const QString &unit) {
        openAt.bind(1, unit);
        REQUIRE(openAt.next());
        const qint64 n = openAt.int64(0);
        openAt.reset();
        return n;
    };
    const qint64 openBefore = openCount(merged.unitId) + openCount(successor.unitId) + openCount(abolished.unitId);
    REQUIRE(openCount(merged.unitId) > 0);

    const QByteArray json = QStringLiteral(R"({"effective": "%1", "title": "Sáp nhập xã", "changes": [
        {"unit": "%2", "action": "merge", "into": "%3"},
        {"unit": "%4", "action": "abolish", "successor": "%3", "accounts": "disable"}]})")
                                .arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate), merged.unitId, successor.unitId, abolished.unitId)
                                .toUtf8();
    auto reorganisation = domain::Reorganisation::fromJson(json, QStringLiteral("merge.json"));
    REQUIRE(reorganisation.ok());
    auto applied = store::ReorganisationStore(*f.db).apply(*reorganisation, QStringLiteral("Quản trị"), QDateTime::currentMSecsSinceEpoch());
    INFO((applied.ok() ? QString() : applied.error().message).toStdString());
    REQUIRE(applied.ok());
    // No case lost or doubled; every open case at the successor.
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases);
    CHECK(openCount(merged.unitId) == 0);
    CHECK(openCount(abolished.unitId) == 0);
    CHECK(openCount(successor.unitId) == openBefore);

    // The merged commune's citizens keep writing to its page: a new one opens a case at the
    // successor, a follow-up joins the case it was already in. The abolished commune's page is
    // polled no more.
    store::Statement openCase(*f.db,
                              "SELECT m.user_id, c.id FROM messages m JOIN cases c ON c.id = m.case_id "
                              "WHERE m.oa_id = ?1 AND m.direction = 'in' AND c.is_open = 1 ORDER BY c.id LIMIT 1");
    openCase.bind(1, merged.oaId);
    REQUIRE(openCase.next());
    const QString writer = openCase.text(0);
    const qint64 writersCase = openCase.int64(1);
    openCase.reset();
    store::Statement messagesOf(*f.db, "SELECT count(*) FROM messages WHERE case_id = ?1");
    messagesOf.bind(1, writersCase);
    REQUIRE(messagesOf.next());
    const qint64 writersMessages = messagesOf.int64(0);
    messagesOf.reset();
    REQUIRE(f.sim->citizenSays(merged.oaId, QString(), QStringLiteral("Cho em hỏi đăng ký thường trú cần giấy gì ạ")).ok());
    REQUIRE(f.sim->citizenSays(merged.oaId, writer, QStringLiteral("Dạ em hỏi thêm, sao chưa thấy trả lời ạ")).ok());
    REQUIRE(f.sim->citizenSays(abolished.oaId, QString(), QStringLiteral("Cho hỏi làm hộ chiếu ở đâu")).ok());
    const qint64 abolishedStored = f.storedIds(abolished.oaId).size();
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM messages") == messages + 2);
    messagesOf.bind(1, writersCase);
    REQUIRE(messagesOf.next());
    CHECK(messagesOf.int64(0) == writersMessages + 1);
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases + 1);
    CHECK(f.storedIds(abolished.oaId).size() == abolishedStored);
    store::Statement newest(*f.db, "SELECT unit_id FROM cases ORDER BY id DESC LIMIT 1");
    REQUIRE(newest.next());
    CHECK(newest.text(0) == successor.unitId);
    CHECK(openCount(merged.unitId) == 0);
}

TEST_CASE("Over Zalo: a closed case's satisfaction question reaches the citizen once and the reply 5 is recorded on it", "[sync][satisfaction]")
{
    SyncFixture f(smallWorld(2, 10, 9));
    REQUIRE(f.enrolAll() == 2);
    store::ProvinceSettings settings;
    settings.satisfactionUnits = QStringList {QStringLiteral("*")};
    REQUIRE(store::ProvinceSettingsStore(*f.db).write(settings).ok());
    sync::SyncService service(f.dependencies());
    REQUIRE(f.syncOnce(service).isEmpty());

    const auto account = f.sim->accounts().at(0);
    auto asked = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi làm lại căn cước bị mất ở đâu ạ?"));
    REQUIRE(asked.ok());
    const QString user = asked->userId;
    REQUIRE(f.syncOnce(service).isEmpty());
    const qint64 caseId = caseOf(f, account.oaId, user);
    REQUIRE(caseId > 0);

    SystemClock clock;
    store::CaseWriter writer(*f.db, clock);
    domain::OfficerScope scope;
    scope.officer = QStringLiteral("Cán bộ A");
    store::CaseWriter::ReplyRequest reply;
    reply.text = QStringLiteral("Chào bạn, bạn đến Công an xã nơi thường trú để làm lại căn cước nhé.");
    reply.confirmChanged = true;
    REQUIRE(writer.queueReply(scope, caseId, reply).ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    REQUIRE(writer.close(scope, caseId).ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    REQUIRE(f.syncOnce(service).isEmpty());
    // Zalo has the question once; the case is still closed and its first response is the answer's.
    CHECK(answersWithText(f, account.oaId, user, domain::satisfactionQuestion()) == 1);
    store::Statement c(*f.db, "SELECT status, satisfaction_sent_at IS NOT NULL FROM cases WHERE id = ?1");
    c.bind(1, caseId);
    REQUIRE(c.next());
    CHECK(c.text(0) == QStringLiteral("closed"));
    CHECK(c.int64(1) == 1);
    c.reset(); // no read left open: the sync's writes must be seen below

    REQUIRE(f.sim->citizenSays(account.oaId, user, QStringLiteral("5 ạ")).ok());
    const qint64 cases = f.scalar("SELECT count(*) FROM cases");
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM cases") == cases);
    store::Statement rated(*f.db, "SELECT satisfaction_rating, status FROM cases WHERE id = ?1");
    rated.bind(1, caseId);
    REQUIRE(rated.next());
    CHECK(rated.int64(0) == 5);
    CHECK(rated.text(1) == QStringLiteral("closed"));
    rated.reset();
    // Closing again after a reopen sends nothing more.
    {
        auto reopened = writer.reopen(scope, caseId);
        INFO((reopened.ok() ? QString() : reopened.error().message).toStdString());
        REQUIRE(reopened.ok());
    }
    REQUIRE(writer.close(scope, caseId).ok());
    REQUIRE(f.syncOnce(service).isEmpty());
    CHECK(answersWithText(f, account.oaId, user, domain::satisfactionQuestion()) == 1);
}
