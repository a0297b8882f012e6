// What citizens write reaches the officer's terminal inert: casedesk-cli's text output escapes
// control characters and bidirectional overrides (and newlines in one-line fields); its JSON
// output keeps the text exactly.

#include "queuefixture.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include "core/domain/unittreefile.h"
#include "core/store/accountstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace casedesk;
using namespace casedesk::queuetest;
using casedesk::testsupport::CliResult;
using casedesk::testsupport::runCli;

namespace {

CliResult cli(const QueueFixture &fx, QStringList args)
{
    args << QStringLiteral("--data-dir") << fx.dataDir() << QStringLiteral("--officer") << QStringLiteral("Phạm Thu") << QStringLiteral("--lang")
         << QStringLiteral("en");
    const CliResult r = runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QJsonObject json(const QueueFixture &fx, QStringList args)
{
    args << QStringLiteral("--json");
    const CliResult r = cli(fx, args);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const QChar kEsc(0x1b);
const QChar kBel(0x07);
const QChar kNul(0);
const QChar kRlo(0x202e);

/// A message that tries everything: set the terminal's title (OSC … BEL), clear the screen (CSI),
/// reverse the line (U+202E), a NUL, and a second line that looks like a row of the queue.
const QString kForgedRow = QStringLiteral("TV-2026-999999  URGENT  30/11 08:00  0:10  Crime  29236  new  Lê Văn Giả  Cứu với");
QString hostileMessage()
{
    return QStringLiteral("Cho em hỏi ") + kEsc + QStringLiteral("]0;CaseDesk bị chiếm") + kBel + kEsc + QStringLiteral("[2J") + kRlo
        + QStringLiteral("gnp.exe") + kNul + QStringLiteral("ạ\n") + kForgedRow;
}

/// Characters of @p text that would act on a terminal or reorder a line (tab and newline may stay).
QList<char16_t> rawControls(const QString &text)
{
    QList<char16_t> found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool c0 = u < 0x20 && u != u'\t' && u != u'\n';
        const bool c1 = u >= 0x7f && u <= 0x9f;
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c;
        if (c0 || c1 || bidi)
            found.push_back(u);
    }
    return found;
}

void checkInert(const CliResult &r)
{
    INFO(r.text().toStdString());
    CHECK(rawControls(r.text()).isEmpty());
    CHECK(rawControls(r.err).isEmpty());
}

QStringList linesOf(const CliResult &r)
{
    return r.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("A citizen's escape sequences, bidi overrides, NUL and forged rows reach queue and case show inert, and JSON keeps them exactly",
          "[queue][cli][terminal]")
{
    QueueFixture fx;
    const QString message = hostileMessage();
    const QString name = QStringLiteral("Nguyễn ") + kEsc + QStringLiteral("[31mĐỏ") + kRlo + QStringLiteral("\nTV-2026-888888");
    const qint64 id = fx.addCase(CaseSpec().named(name).saying(message).when(QDateTime::currentMSecsSinceEpoch() - kHour));

    // queue: one row for the case, whatever its text holds.
    const CliResult queue = cli(fx, {QStringLiteral("queue")});
    checkInert(queue);
    CHECK(linesOf(queue).size() == 3); // header, the case, the count
    CHECK(queue.text().contains(QStringLiteral("\\x1b]0;CaseDesk")));
    for (const QString &line : linesOf(queue)) {
        CHECK_FALSE(line.startsWith(QStringLiteral("TV-2026-999999")));
        CHECK_FALSE(line.startsWith(QStringLiteral("TV-2026-888888")));
    }
    const QJsonObject queued = json(fx, {QStringLiteral("queue")});
    REQUIRE(queued.value(QStringLiteral("cases")).toArray().size() == 1);
    const QString preview = queued.value(QStringLiteral("cases")).toArray().at(0).toObject().value(QStringLiteral("preview")).toString();
    CHECK(preview.contains(kEsc + QStringLiteral("]0;CaseDesk bị chiếm") + kBel));
    CHECK(preview.contains(kRlo));

    // case show: the escapes visible; the second line of the message under the text, not a row.
    const CliResult shown = cli(fx, {QStringLiteral("case"), QStringLiteral("show"), QString::number(id)});
    checkInert(shown);
    const QString out = shown.text();
    // A server's text cannot hold NUL: PostgreSQL keeps it as ␀ (U+2400).
    CHECK(out.contains(QStringLiteral("Cho em hỏi \\x1b]0;CaseDesk bị chiếm\\x07\\x1b[2J\\u202egnp.exe")
                       + (testsupport::onPostgres() ? QStringLiteral("␀ạ") : QStringLiteral("\\x00ạ"))));
    QString firstLine;
    QString continuation;
    for (const QString &line : linesOf(shown)) {
        if (line.contains(QStringLiteral("Cho em hỏi")))
            firstLine = line;
        if (line.contains(kForgedRow))
            continuation = line;
    }
    REQUIRE_FALSE(firstLine.isEmpty());
    REQUIRE_FALSE(continuation.isEmpty());
    const auto textColumn = firstLine.indexOf(QStringLiteral("Cho em hỏi"));
    CHECK(continuation == QString(textColumn, QLatin1Char(' ')) + kForgedRow);
    CHECK_FALSE(out.contains(QStringLiteral("\n") + QStringLiteral("TV-2026-888888")));

    const QJsonObject detail = json(fx, {QStringLiteral("case"), QStringLiteral("show"), QString::number(id)});
    const QJsonArray messages = detail.value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 1);
    QString kept = message;
    if (testsupport::onPostgres())
        kept.replace(QChar(0), QChar(0x2400));
    CHECK(messages.at(0).toObject().value(QStringLiteral("text")).toString() == kept);
}

TEST_CASE("Unit names and Zalo accounts' names and errors reach units list and accounts list inert, and JSON keeps them exactly",
          "[queue][cli][terminal]")
{
    QueueFixture fx;
    const QString unitName = QStringLiteral("Công an phường 4") + kEsc + QStringLiteral("]2;x") + kBel + s(u"\u2066\u202e");
    auto units = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
    REQUIRE(units.ok());
    for (domain::Unit &u : *units) {
        if (u.id == QStringLiteral("29236"))
            u.name = unitName;
    }
    store::UnitStore unitStore(fx.db());
    REQUIRE(unitStore.importTree(*units, QDate::currentDate()).ok());

    store::Account account;
    account.oaId = QStringLiteral("oa-29236");
    account.unitId = QStringLiteral("29236");
    account.appId = QStringLiteral("app-1");
    account.name = QStringLiteral("OA phường 4") + kEsc + QStringLiteral("[2J") + s(u"\u009b") + QStringLiteral("\n29239  oa-forged  ok");
    account.secretStore = QStringLiteral("file:") + fx.dataDir() + QStringLiteral("/secrets.json");
    account.openapiBase = QStringLiteral("http://127.0.0.1:9");
    account.oauthBase = account.openapiBase;
    store::AccountStore accounts(fx.db());
    REQUIRE(accounts.add(account).ok());
    const QString zaloError = QStringLiteral("Zalo: ") + kEsc + QStringLiteral("]0;t") + kBel + QStringLiteral("\nforged");
    REQUIRE(accounts.recordSyncFailure(account.oaId, QDateTime::currentMSecsSinceEpoch(), zaloError).ok());

    const CliResult unitList = cli(fx, {QStringLiteral("units"), QStringLiteral("list")});
    checkInert(unitList);
    CHECK(unitList.text().contains(QStringLiteral("Công an phường 4\\x1b]2;x\\x07\\u2066\\u202e")));
    const QJsonArray unitJson = json(fx, {QStringLiteral("units"), QStringLiteral("list")}).value(QStringLiteral("units")).toArray();
    bool found = false;
    for (const QJsonValue &v : unitJson) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("29236")) {
            found = true;
            CHECK(v.toObject().value(QStringLiteral("name")).toString() == unitName);
        }
    }
    CHECK(found);

    const CliResult accountList = cli(fx, {QStringLiteral("accounts"), QStringLiteral("list")});
    checkInert(accountList);
    CHECK(linesOf(accountList).size() == 3); // header, the account, its last error
    CHECK(accountList.text().contains(QStringLiteral("OA phường 4\\x1b[2J\\u009b\\n29239  oa-forged  ok")));
    CHECK(accountList.text().contains(QStringLiteral("Zalo: \\x1b]0;t\\x07\\nforged")));
    const QJsonArray accountJson = json(fx, {QStringLiteral("accounts"), QStringLiteral("list")}).value(QStringLiteral("accounts")).toArray();
    REQUIRE(accountJson.size() == 1);
    CHECK(accountJson.at(0).toObject().value(QStringLiteral("name")).toString() == account.name);
    CHECK(accountJson.at(0).toObject().value(QStringLiteral("last_error")).toString() == zaloError);
}
