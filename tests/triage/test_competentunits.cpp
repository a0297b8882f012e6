#include <catch2/catch.hpp>

#include "core/domain/unittreefile.h"
#include "core/triage/competentunitrules.h"
#include "core/triage/seedset.h"

using namespace casedesk;
using namespace casedesk::triage;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QVector<domain::Unit> &travinh()
{
    static const QVector<domain::Unit> units = [] {
        auto tree = domain::UnitTreeFile::read(QStringLiteral(":/casedesk/units-travinh.json"));
        REQUIRE(tree);
        return *tree;
    }();
    return units;
}

const CompetentUnitRules &rules()
{
    static const CompetentUnitRules r = [] {
        auto shipped = CompetentUnitRules::shipped();
        REQUIRE(shipped);
        return *shipped;
    }();
    return r;
}

} // namespace

TEST_CASE("Rules suggest the competent department, resolved to a unit of the province", "[triage][units]")
{
    const auto &units = travinh();
    CHECK(rules().suggest(u("Cho em hỏi làm căn cước lần đầu cần gì"), units, {}, Category::ProcedureQuestion) == u("84-PC06"));
    CHECK(rules().suggest(u("e muon dk tam tru cho nguoi thue tro"), units, {}, Category::ProcedureQuestion) == u("84-PC06"));
    CHECK(rules().suggest(u("Làm hộ chiếu cho con đi du học"), units, {}, Category::ProcedureQuestion) == u("84-PA08"));
    CHECK(rules().suggest(u("Tôi bị lừa đảo qua mạng, chuyển khoản 30 triệu cho người giả danh công an"), units, QStringLiteral("84"),
                          Category::CrimeReport)
          == u("84-PA05"));
    CHECK(rules().suggest(u("Tố giác người bán ma túy ở cuối hẻm"), units, {}, Category::CrimeReport) == u("84-PC04"));
    CHECK(rules().suggest(u("Nhà tôi bị trộm cạy cửa lấy xe máy"), units, {}, Category::CrimeReport) == u("84-PC02"));
    CHECK(rules().suggest(u("Phát hiện cơ sở sản xuất phân bón giả"), units, {}, Category::CrimeReport) == u("84-PC03"));
    CHECK(rules().suggest(u("Vừa xảy ra cháy nhà kho"), units, {}, Category::SecurityReport) == u("84-PC07"));
    CHECK(rules().suggest(u("Mua xe cũ sang tên ở đâu"), units, {}, Category::ProcedureQuestion) == u("84-PC08"));
    // "lừa đảo" holds the syllable "dao" (knife) only without its diacritics: no theft department for it.
    CHECK(rules().suggestCode(u("Tôi bị lừa đảo mua hàng trên mạng"), Category::CrimeReport) == u("PA05"));
    // Nothing to go on, or a greeting: the receiving unit handles it.
    CHECK(rules().suggest(u("Đang có đánh nhau ở quán nhậu"), units, {}, Category::SecurityReport).isEmpty());
    CHECK(rules().suggest(u("Cảm ơn anh"), units, {}, Category::Other).isEmpty());
    CHECK(rules().suggest(u("làm căn cước"), units, {}, Category::Other).isEmpty());
}

TEST_CASE("A code resolves only to an open unit under the province", "[triage][units]")
{
    QVector<domain::Unit> units = travinh();
    CHECK(CompetentUnitRules::resolveCode(u("PC06"), units) == u("84-PC06"));
    CHECK(CompetentUnitRules::resolveCode(u("PC06"), units, u("99")).isEmpty());
    CHECK(CompetentUnitRules::resolveCode(u("PX99"), units).isEmpty());
    for (domain::Unit &unit : units) {
        if (unit.id == u("84-PC06"))
            unit.validTo = QDate(2025, 3, 1);
    }
    CHECK(CompetentUnitRules::resolveCode(u("PC06"), units).isEmpty());
}

TEST_CASE("The rules agree with the departments officers gave the sample messages", "[triage][units]")
{
    auto sample = SeedSet::read(QStringLiteral(CASEDESK_TEST_DATA "/sample-messages.tsv"));
    REQUIRE(sample);
    int agree = 0;
    for (const LabelledText &s : *sample)
        agree += rules().suggestCode(s.text, s.category) == s.departmentCode;
    INFO(agree << " of " << sample->size());
    CHECK(double(agree) / sample->size() >= 0.8);
}

TEST_CASE("Forwards teach the rules where to send what they do not cover", "[triage][units]")
{
    CompetentUnitRules r = rules();
    const auto &units = travinh();
    const QString text = u("Xin xác nhận thời gian thi hành án tù của người nhà để làm hồ sơ");
    CHECK(r.suggest(text, units, {}, Category::ProcedureQuestion).isEmpty());
    r.learnForward(u("Hỏi về thời gian thi hành án tù của con tôi"), u("84-PC10"));
    r.learnForward(u("Xác nhận đã chấp hành xong án tù để làm hồ sơ"), u("84-PC10"));
    CHECK(r.suggest(text, units, {}, Category::ProcedureQuestion) == u("84-PC10"));
    // A forward to a unit that no longer exists is never suggested.
    r.learnForward(u("thi hành án tù"), u("gone"));
    r.learnForward(u("thi hành án tù"), u("gone"));
    r.learnForward(u("thi hành án tù"), u("gone"));
    CHECK(r.suggest(text, units, {}, Category::ProcedureQuestion) == u("84-PC10"));
}

TEST_CASE("A malformed rules file is refused", "[triage][units]")
{
    CompetentUnitRules r;
    CHECK_FALSE(r.merge(R"({"rules":[{"code":"PC06","phrases":{"căn cước":0}}]})", QStringLiteral("a.json")));
    CHECK_FALSE(r.merge(R"({"rules":[{"phrases":{"căn cước":1}}]})", QStringLiteral("b.json")));
    CHECK_FALSE(r.merge(R"({"rules":[{"code":"PC06","categories":["spam"],"phrases":{"x":1}}]})", QStringLiteral("c.json")));
    CHECK(r.ruleCount() == 0);
    CHECK(r.merge(R"({"rules":[{"code":"PC06","phrases":{"căn cước":1}}]})", QStringLiteral("d.json")));
    CHECK(r.ruleCount() == 1);
}
