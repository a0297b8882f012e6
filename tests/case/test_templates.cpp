#include "casetestsupport.h"

#include "core/store/casewriter.h"
#include "core/store/suggestionstore.h"
#include "core/store/templatestore.h"

using namespace casedesk;
using namespace casetest;

namespace {

QStringList titles(const QVector<domain::AnswerTemplate> &all)
{
    QStringList out;
    for (const auto &t : all)
        out << t.title;
    return out;
}

} // namespace

TEST_CASE("A new store gets the shipped starter templates once with legal basis and review date", "[case][templates]")
{
    Fixture f;
    store::TemplateStore templates(*f.db, f.clock);
    auto added = templates.seedIfNew();
    REQUIRE(added.ok());
    CHECK(*added >= 8);
    auto all = templates.list();
    REQUIRE(all.ok());
    CHECK(all->size() == *added);
    const QString joined = titles(*all).join(QLatin1Char('\n'));
    for (const char *topic : {"căn cước", "thường trú", "tạm trú", "VNeID", "hộ chiếu", "Đăng ký xe"}) {
        INFO(topic);
        CHECK(joined.contains(QString::fromUtf8(topic), Qt::CaseInsensitive));
    }
    for (const auto &t : *all) {
        INFO(t.title.toStdString());
        CHECK_FALSE(t.legalBasis.isEmpty());
        CHECK(t.reviewDate.isValid());
        CHECK(t.text == t.text.normalized(QString::NormalizationForm_C));
    }
    auto ack = templates.findBySlug(store::TemplateStore::acknowledgementSlug());
    REQUIRE(ack.ok());
    CHECK(ack->category == domain::Category::CrimeReport);
    CHECK(ack->text.contains(QStringLiteral("{code}")));
    CHECK(ack->legalBasis.contains(QStringLiteral("Tố tụng hình sự")));

    // Seeding again adds nothing, and a deleted template stays deleted.
    REQUIRE(templates.remove(all->constFirst().id).ok());
    auto again = templates.seedIfNew();
    REQUIRE(again.ok());
    CHECK(*again == 0);
    CHECK(templates.list()->size() == all->size() - 1);
}

TEST_CASE("Templates are added edited and removed - bad ones are refused", "[case][templates]")
{
    Fixture f;
    store::TemplateStore templates(*f.db, f.clock);
    domain::AnswerTemplate t;
    t.title = QStringLiteral("Giờ làm việc");
    t.text = QStringLiteral("{unit} làm việc từ thứ Hai đến thứ Sáu.");
    t.category = domain::Category::Other;
    t.legalBasis = QStringLiteral("Quy chế làm việc");
    t.reviewDate = QDate(2027, 1, 1);
    auto id = templates.add(t);
    REQUIRE(id.ok());
    auto stored = templates.find(*id);
    REQUIRE(stored.ok());
    CHECK(stored->title == t.title);
    CHECK(stored->reviewDate == QDate(2027, 1, 1));
    stored->text = QStringLiteral("{unit} làm việc cả sáng thứ Bảy.");
    REQUIRE(templates.update(*stored).ok());
    CHECK(templates.find(*id)->text == QStringLiteral("{unit} làm việc cả sáng thứ Bảy."));
    CHECK(store::TemplateStore::fill(templates.find(*id)->text, QStringLiteral("TV-2026-000001"), QStringLiteral("Công an phường 4"))
          == QStringLiteral("Công an phường 4 làm việc cả sáng thứ Bảy."));

    domain::AnswerTemplate bad = t;
    bad.title.clear();
    CHECK_FALSE(templates.add(bad).ok());
    bad = t;
    bad.text = QString(2001, QLatin1Char('x'));
    auto tooLong = templates.add(bad);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("2001")));
    REQUIRE(templates.remove(*id).ok());
    CHECK_FALSE(templates.find(*id).ok());
    CHECK_FALSE(templates.remove(*id).ok());
}

TEST_CASE("Templates are found with and without diacritics - acknowledgements carry the case code", "[case][templates]")
{
    Fixture f;
    store::TemplateStore templates(*f.db, f.clock);
    REQUIRE(templates.seedIfNew().ok());
    for (const QString &query : {QStringLiteral("hộ chiếu"), QStringLiteral("ho chieu"), QStringLiteral("HỘ CHIẾU")}) {
        INFO(query.toStdString());
        auto found = templates.search(query);
        REQUIRE(found.ok());
        REQUIRE_FALSE(found->isEmpty());
        CHECK(found->constFirst().title.contains(QStringLiteral("hộ chiếu")));
    }
    auto cccd = templates.search(QStringLiteral("can cuoc"), domain::Category::ProcedureQuestion);
    REQUIRE(cccd.ok());
    REQUIRE_FALSE(cccd->isEmpty());
    CHECK(cccd->constFirst().category == domain::Category::ProcedureQuestion);
    CHECK(titles(*cccd).join(QLatin1Char('|')).contains(QStringLiteral("căn cước")));
    // Decomposed input finds the same.
    auto decomposed = templates.search(QStringLiteral("ta\u0323m tru\u0301"));
    REQUIRE(decomposed.ok());
    CHECK(titles(*decomposed).join(QLatin1Char('|')).contains(QStringLiteral("tạm trú")));
    auto nothing = templates.search(QStringLiteral("xyzzy"));
    REQUIRE(nothing.ok());
    CHECK(nothing->isEmpty());

    const QString ack
        = templates.acknowledgement(domain::Category::CrimeReport, QStringLiteral("TV-2026-000123"), QStringLiteral("Công an phường 4"));
    CHECK(ack.contains(QStringLiteral("TV-2026-000123")));
    CHECK(ack.contains(QStringLiteral("Công an phường 4")));
    CHECK(ack.contains(QStringLiteral("tiếp nhận")));
    CHECK_FALSE(ack.contains(QStringLiteral("{code}")));
}

TEST_CASE("Suggestions: the most similar earlier answered questions with their answers with or without diacritics", "[case][suggestions]")
{
    Fixture f;
    // Answered earlier: a question about ID cards, one about temporary residence.
    const qint64 idCard = f.message(QStringLiteral("a"), QStringLiteral("Cho em hỏi làm căn cước cho con 10 tuổi cần giấy tờ gì ạ"), kT0);
    f.message(QStringLiteral("a"), QStringLiteral("Bạn mang giấy khai sinh của cháu đến Công an phường."), kT0 + kHour, false);
    const qint64 residence = f.message(QStringLiteral("b"), QStringLiteral("Đăng ký tạm trú ở đâu vậy anh"), kT0);
    f.message(QStringLiteral("b"), QStringLiteral("Bạn đăng ký tại Công an phường nơi tạm trú."), kT0 + kHour, false);
    // Not answered: never suggested.
    f.message(QStringLiteral("c"), QStringLiteral("Làm căn cước cho con mất bao lâu"), kT0);
    // A crime report, answered: never suggested.
    const qint64 crime = f.message(QStringLiteral("d"), QStringLiteral("Tôi bị lấy mất căn cước của con, tố giác trộm"), kT0);
    f.message(QStringLiteral("d"), QStringLiteral("Đã tiếp nhận"), kT0 + kHour, false);
    {
        store::CaseWriter writer(*f.db, f.clock);
        REQUIRE(writer.categorize(everyUnit(QStringLiteral("A")), crime, domain::Category::CrimeReport).ok());
    }

    store::SuggestionStore suggestions(*f.db);
    const auto scope = everyUnit(QStringLiteral("A"));

    // A new question typed without diacritics.
    const qint64 fresh = f.message(QStringLiteral("e"), QStringLiteral("lam can cuoc cho con can giay to gi"), kT0 + 2 * kHour);
    auto found = suggestions.forCase(scope, fresh);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->isEmpty());
    CHECK(found->size() <= 3);
    CHECK(found->constFirst().caseId == idCard);
    CHECK(found->constFirst().answer == QStringLiteral("Bạn mang giấy khai sinh của cháu đến Công an phường."));
    CHECK(found->constFirst().question.contains(QStringLiteral("căn cước")));
    for (const auto &s : *found) {
        CHECK(s.caseId != fresh);
        CHECK(s.caseId != crime);
        CHECK_FALSE(s.answer.isEmpty());
    }

    // The answered case itself is not its own suggestion; with diacritics it finds the residence answer.
    auto own = suggestions.forCase(scope, idCard);
    REQUIRE(own.ok());
    for (const auto &s : *own)
        CHECK(s.caseId != idCard);
    auto tamTru = suggestions.forText(scope, QStringLiteral("Cho hỏi đăng ký tạm trú"));
    REQUIRE(tamTru.ok());
    REQUIRE_FALSE(tamTru->isEmpty());
    CHECK(tamTru->constFirst().caseId == residence);

    // Outside the scope: nothing from ward 4.
    auto elsewhere = suggestions.forCase(onlyUnits(QStringLiteral("X"), {QStringLiteral("84-PA08")}), fresh);
    REQUIRE(elsewhere.ok());
    CHECK(elsewhere->isEmpty());

    // Quotes and FTS syntax in a question are only words.
    auto odd = suggestions.forText(scope, QStringLiteral("\"căn cước\" AND OR NOT ( * ^"));
    REQUIRE(odd.ok());
}
