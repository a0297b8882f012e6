// A message whose bytes are not UTF-8, synced from the simulator over loopback.
#include "syncfixture.h"

#include "core/zalo/jsonutf8.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::testing;

TEST_CASE("A message that cannot be read is kept as unreadable and stops nothing: its conversation and account sync on", "[sync][utf8]")
{
    simulator::SimulatorConfig config;
    config.units = simulator::simUnits(communes(1));
    config.seed = 23;
    config.historyMessagesPerAccount = 40;
    config.historyDays = 20;
    SyncFixture f(config);
    REQUIRE(f.enrolAll() == 1);
    const simulator::SimulatedAccount account = f.sim->accounts().constFirst();

    // A citizen writes three messages; the first reaches Zalo garbled. Like a real one, it comes
    // garbled every time it is read: the oldest row of every conversation page is not UTF-8.
    const auto first = f.sim->citizenSays(account.oaId, QString(), QStringLiteral("Cho em hỏi thủ tục đăng ký tạm trú ạ"));
    REQUIRE(first.ok());
    f.sim->advanceTime(1000);
    const auto second = f.sim->citizenSays(account.oaId, first->userId, QStringLiteral("Em ở trọ tại ấp Phú Hòa"));
    REQUIRE(second.ok());
    f.sim->advanceTime(1000);
    const auto third = f.sim->citizenSays(account.oaId, first->userId, QStringLiteral("Dạ em cảm ơn 🙏"));
    REQUIRE(third.ok());
    simulator::FaultPlan garbled;
    garbled.kind = simulator::FaultKind::InvalidUtf8;
    garbled.path = QStringLiteral("/v2.0/oa/conversation");
    garbled.count = -1;
    f.sim->injectFaults(garbled);

    sync::SyncService service(f.dependencies());
    CHECK(f.syncOnce(service).isEmpty());

    const QString unreadable = QString::fromUtf8(zalo::json::kUndecodableMessageText);
    struct Stored
    {
        QString text;
        QString type;
        QJsonObject raw;
    };
    const auto stored = [&f](const QString &messageId) {
        store::Statement st(*f.db, "SELECT text, type, raw FROM messages WHERE message_id = ?1");
        st.bind(1, messageId);
        Stored s;
        if (st.next())
            s = {st.text(0), st.text(1), QJsonDocument::fromJson(st.text(2).toUtf8()).object()};
        return s;
    };

    // The garbled message is there, marked, with its id, type and the size of what came.
    const Stored bad = stored(first->messageId);
    CHECK(bad.text == unreadable);
    CHECK(bad.type == QStringLiteral("text"));
    CHECK(bad.raw.value(QStringLiteral("message_id")).toString() == first->messageId);
    CHECK(bad.raw.value(QLatin1String(zalo::json::kUndecodableBytesKey)).toInt() > first->text.toUtf8().size());
    // What the citizen wrote after it arrived as written.
    CHECK(stored(second->messageId).text == second->text);
    CHECK(stored(third->messageId).text == third->text);
    CHECK_FALSE(stored(third->messageId).raw.contains(QLatin1String(zalo::json::kUndecodableBytesKey)));

    // Every message of the account arrived: as written, or (one a page) marked unreadable.
    CHECK(f.storedIds(account.oaId) == f.simulatedIds(account.oaId));
    int marked = 0;
    for (const simulator::SimMessage &m : f.sim->messages(account.oaId)) {
        const Stored s = stored(m.messageId);
        if (s.text == unreadable && s.raw.value(QLatin1String(zalo::json::kUndecodableBytesKey)).toInt() > 0)
            ++marked;
        else
            CHECK(s.text == m.text);
    }
    CHECK(marked >= 1);
    CHECK(f.scalar("SELECT count(*) FROM messages WHERE direction = 'in' AND case_id IS NULL") == 0);

    // The account is not marked failed, and its next poll (the message still garbled) works too.
    CHECK(f.scalar("SELECT count(*) FROM accounts WHERE last_error IS NOT NULL OR state <> 'ok'") == 0);
    const auto follow = f.sim->citizenSays(account.oaId, first->userId, QStringLiteral("Alo ạ"));
    REQUIRE(follow.ok());
    CHECK(f.syncOnce(service).isEmpty());
    CHECK(stored(follow->messageId).text == follow->text);
    CHECK(f.scalar("SELECT count(*) FROM accounts WHERE last_error IS NOT NULL OR state <> 'ok'") == 0);
}
