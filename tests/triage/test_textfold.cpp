#include <catch2/catch.hpp>

#include "core/domain/textfold.h"

#include <QElapsedTimer>

using namespace casedesk::domain;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("Composed and decomposed Vietnamese fold to the same text", "[triage][fold]")
{
    const QString composed = u("Cho em hỏi làm Căn Cước ở đâu ạ?");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(composed != decomposed);
    CHECK(TextFold::fold(composed).lower == TextFold::fold(decomposed).lower);
    CHECK(foldForIndex(composed) == foldForIndex(decomposed));
    CHECK(foldForIndex(decomposed) == u("cho em hoi lam can cuoc o dau a"));
    CHECK(TextFold::fold(decomposed).lower == u("cho em hỏi làm căn cước ở đâu ạ"));
    CHECK(TextFold::hasDiacritics(decomposed));
    CHECK_FALSE(TextFold::hasDiacritics(u("cho em hoi")));
}

TEST_CASE("đ and Đ fold to d, which FTS5's unicode61 does not do", "[triage][fold]")
{
    CHECK(foldForIndex(u("Đăng ký ĐỊNH DANH điện tử")) == u("dang ky dinh danh dien tu"));
    CHECK(foldQuery(u("định danh")) == foldForIndex(u("DINH DANH")));
    CHECK(TextFold::stripDiacritics(u("Đường 30/4, Trà Vinh")) == u("duong 30/4, tra vinh"));
}

TEST_CASE("Citizens' shorthand is expanded the same way in messages and queries", "[triage][fold]")
{
    CHECK(foldForIndex(u("e ko bít lam cccd o dau")) == u("em khong biet lam can cuoc cong dan o dau"));
    CHECK(foldForIndex(u("đc k ad")) == u("duoc khong admin"));
    CHECK(foldForIndex(u("mk hỏi sdt vs tk ntn, phí bn, cần j")) == u("minh hoi so dien thoai voi tai khoan nhu the nao phi bao nhieu can gi"));
    CHECK(foldQuery(u("CCCD")) == foldForIndex(u("căn cước công dân")));
    CHECK(TextFold::fold(u("ko đc")).lower == u("không được"));
    // "mk" after "quên" is a password, not "mình".
    CHECK(foldForIndex(u("e quên mk VNeID")) == u("em quen mat khau vneid"));
}

TEST_CASE("'a' becomes 'anh' mid-sentence but a plainly typed 'ạ' at the end stays", "[triage][fold]")
{
    CHECK(foldForIndex(u("a ơi cho e hỏi")) == u("anh oi cho em hoi"));
    CHECK(foldForIndex(u("cho em hoi lam cccd o dau a")) == u("cho em hoi lam can cuoc cong dan o dau a"));
    CHECK(foldForIndex(u("cảm ơn a. mai em lên")) == u("cam on a mai em len"));
    // "ạ" with its dot is never "anh", wherever it stands.
    CHECK(foldForIndex(u("dạ ạ vâng")) == u("da a vang"));
}

TEST_CASE("Punctuation, emoji and odd input become single spaces", "[triage][fold]")
{
    CHECK(foldForIndex(u("  Cháy!!!   nhà,, kho 👍 ở ấp-3 ")) == u("chay nha kho o ap 3"));
    CHECK(foldForIndex(QString()).isEmpty());
    CHECK(foldForIndex(u("👍👍 ... ")).isEmpty());
    CHECK(foldForIndex(QString::fromUtf8("ok \xff\xfe l\xc3")) == u("ok l"));
}

TEST_CASE("Folding keeps up with ingest", "[triage][fold]")
{
    // A correctness guard against an accidental quadratic path, not a benchmark (bench/ measures).
    const QString text = u("Tôi bị một người lạ gọi điện xưng là công an, bắt chuyển 50 triệu vào tk để điều tra, e đã chuyển r ạ");
    QElapsedTimer timer;
    timer.start();
    qsizetype total = 0;
    for (int i = 0; i < 20000; ++i)
        total += foldForIndex(text).size();
    CHECK(total > 0);
    CHECK(timer.elapsed() < 5000);
    const QString big = text.repeated(10000); // ~1 MB message
    CHECK(foldForIndex(big).size() > 100000);
}
