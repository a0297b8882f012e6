#pragma once

// A data folder with the shipped unit tree, whose conversations are stored beforehand (times
// relative to now, since the CLI uses the real clock), and casedesk-cli run on it.

#include "casetestsupport.h"
#include "support/clirunner.h"
#include "support/testdatabase.h"

#include "core/common/datafolder.h"

#include <QDateTime>

namespace casetest {

using Result = casedesk::testsupport::CliResult;

struct CliFixture
{
    CliFixture()
    {
        REQUIRE(dir.isValid());
        auto opened = store::Database::open(casedesk::testsupport::freshDatabase(dir.path()));
        REQUIRE(opened.ok());
        db = std::make_unique<store::Database>(std::move(*opened));
        REQUIRE(store::UnitStore(*db).seedIfEmpty(QDate::currentDate()).ok());
    }

    /// The citizen @p userId ("Trần Thị Mai", with an avatar) writes @p text to the OA of @p unit
    /// (ward 4's unless named) @p agoMs before now; a new case gets @p category. Returns the case id.
    qint64 citizenWrites(const QString &userId, const QString &text, qint64 agoMs, domain::Category category = domain::Category::ProcedureQuestion,
                         const QString &unit = QStringLiteral("29236"))
    {
        store::IngestStore ingest(*db);
        domain::IncomingMessage in;
        in.message.messageId = QStringLiteral("cli-m%1").arg(++counter);
        in.message.oaId = QStringLiteral("oa-") + unit;
        in.message.userId = userId;
        in.message.sentAt = QDateTime::currentMSecsSinceEpoch() - agoMs;
        in.message.text = text;
        domain::CitizenProfile p;
        p.oaId = in.message.oaId;
        p.userId = userId;
        p.displayName = QStringLiteral("Trần Thị Mai");
        p.avatar = QStringLiteral("https://s120.avatar.talk.zdn.vn/mai.jpg");
        auto r = ingest.ingest(unit, {in}, p, [category](const QString &, qint64) {
            domain::TriageResult t;
            t.category = category;
            return t;
        });
        REQUIRE(r.ok());
        store::Statement st(*db, "SELECT case_id FROM messages WHERE message_id = ?1");
        st.bind(1, in.message.messageId);
        REQUIRE(st.next());
        return st.int64(0);
    }

    /// casedesk-cli on this folder, as officer "Phạm Thu", in English.
    Result run(QStringList args)
    {
        args << QStringLiteral("--data-dir") << dir.path() << QStringLiteral("--officer") << QStringLiteral("Phạm Thu") << QStringLiteral("--lang")
             << QStringLiteral("en");
        return casedesk::testsupport::runCli(args);
    }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    int counter = 0;
};

} // namespace casetest
