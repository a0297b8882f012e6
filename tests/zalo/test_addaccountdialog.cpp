// The "Add Zalo account" dialog, offscreen, driven through its widgets against a scripted Zalo.
#include "scriptedzalo.h"

#include "core/common/datafolder.h"
#include "core/store/accountstore.h"
#include "core/store/database.h"
#include "core/store/unitstore.h"
#include "core/sync/accountenrolment.h"
#include "core/zalo/curltransport.h"
#include "core/zalo/pkce.h"
#include "ui/addaccountdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace casedesk;
using casedesk::tests::ScriptedZalo;

namespace {

struct DialogFixture
{
    QTemporaryDir dir;
    ScriptedZalo zalo;
    QVector<domain::Unit> units;
    zalo::CurlTransport transport;
    sync::EnrolmentService enrolment {transport};

    DialogFixture()
    {
        auto db = store::Database::open(DataFolder(dir.path()).databasePath());
        REQUIRE(db.ok());
        store::UnitStore unitStore(*db);
        REQUIRE(unitStore.seedIfEmpty(QDate::currentDate()).ok());
        units = *unitStore.list();
    }

    ui::AddAccountDialog::Settings settings() const
    {
        ui::AddAccountDialog::Settings s;
        s.dataFolder = dir.path();
        s.secretStoreSpec = QStringLiteral("file:") + dir.filePath(QStringLiteral("secrets.json"));
        s.openapiBase = zalo.server.baseUrl();
        s.oauthBase = zalo.server.baseUrl();
        return s;
    }

    std::optional<store::Account> stored(const QString &oaId)
    {
        auto db = store::Database::open(DataFolder(dir.path()).databasePath());
        REQUIRE(db.ok());
        auto found = store::AccountStore(*db).find(oaId);
        REQUIRE(found.ok());
        return *found;
    }
};

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void fill(QWidget &dialog, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickAdd(QWidget &dialog)
{
    QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("The dialog adds an account with a refresh token, and says plainly when Zalo refuses one", "[zalo][ui]")
{
    DialogFixture f;
    ui::AddAccountDialog dialog(f.units, f.settings(), f.enrolment);
    dialog.show();
    QComboBox *unit = child<QComboBox>(dialog, "unit");
    REQUIRE(unit->count() == f.units.size());
    unit->setCurrentIndex(unit->count() - 1);
    fill(dialog, "oaId", QStringLiteral("100"));
    fill(dialog, "appId", QStringLiteral("777"));
    fill(dialog, "secretKey", QStringLiteral("app-secret"));
    fill(dialog, "refreshToken", QStringLiteral("rt-unknown"));
    CHECK(child<QLineEdit>(dialog, "refreshToken")->echoMode() == QLineEdit::Password);

    clickAdd(dialog);
    QLabel *status = child<QLabel>(dialog, "status");
    REQUIRE(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("refused")); }, 10000));
    CHECK(dialog.isVisible());
    CHECK_FALSE(status->text().contains(QStringLiteral("rt-unknown")));
    CHECK_FALSE(f.stored(QStringLiteral("100")).has_value());

    f.zalo.addAccount(QStringLiteral("100"), QStringLiteral("rt-good"));
    fill(dialog, "refreshToken", QStringLiteral("rt-good"));
    clickAdd(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000));
    REQUIRE(dialog.addedAccount().has_value());
    CHECK(dialog.addedAccount()->name == QStringLiteral("OA 100"));
    const auto stored = f.stored(QStringLiteral("100"));
    REQUIRE(stored.has_value());
    CHECK(stored->unitId == f.units.constLast().id);
    CHECK(stored->openapiBase == f.zalo.server.baseUrl());
    CHECK(stored->secretStore == f.settings().secretStoreSpec);
}

TEST_CASE("The dialog shows a PKCE consent link and exchanges the pasted code with its verifier", "[zalo][ui]")
{
    DialogFixture f;
    f.zalo.addCode(QStringLiteral("200"), QStringLiteral("code-1"));
    ui::AddAccountDialog dialog(f.units, f.settings(), f.enrolment);
    dialog.show();
    fill(dialog, "oaId", QStringLiteral("200"));
    fill(dialog, "appId", QStringLiteral("777"));
    fill(dialog, "secretKey", QStringLiteral("app-secret"));
    child<QRadioButton>(dialog, "withConsent")->setChecked(true);
    CHECK(child<QLineEdit>(dialog, "code")->isVisible());
    CHECK_FALSE(child<QLineEdit>(dialog, "refreshToken")->isVisible());
    CHECK(dialog.consentLink().isEmpty()); // no callback address yet
    fill(dialog, "redirectUri", QStringLiteral("https://example.org/zalo/callback"));

    const QUrl link(dialog.consentLink());
    REQUIRE(link.isValid());
    CHECK(link.path() == QStringLiteral("/v4/oa/permission"));
    const QUrlQuery query(link);
    CHECK(query.queryItemValue(QStringLiteral("app_id")) == QStringLiteral("777"));
    CHECK(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded) == QStringLiteral("https://example.org/zalo/callback"));
    const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
    CHECK(challenge.size() == 43);
    CHECK_FALSE(query.queryItemValue(QStringLiteral("state")).isEmpty());

    fill(dialog, "code", QStringLiteral("code-1"));
    clickAdd(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 10000));
    // The verifier sent with the code is the one the link's challenge was made from.
    QString verifier;
    for (const auto &r : f.zalo.server.requests()) {
        if (r.path == "/v4/oa/access_token")
            verifier = r.formValue(QStringLiteral("code_verifier"));
    }
    CHECK(zalo::pkce::challengeFor(verifier) == challenge);
    const auto stored = f.stored(QStringLiteral("200"));
    REQUIRE(stored.has_value());
    CHECK(stored->name == QStringLiteral("OA 200"));
    CHECK(f.zalo.refreshes(QStringLiteral("200")) == 1); // the code exchange only; no refresh needed
}
