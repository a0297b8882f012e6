#include "benchstore.h"

#include "core/domain/casetypes.h"
#include "core/domain/textfold.h"
#include "core/store/database.h"
#include "core/store/ingeststore.h"
#include "core/store/statement.h"
#include "core/store/unitstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace casedesk::bench {

using domain::Category;

namespace {

constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kHistory = 3 * 365 * kDay;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::bench::BenchStore)
};

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// Invented citizens' Vietnamese, in the registers the OAs see (with and without diacritics,
/// shorthand), with slots filled at random.
class Phrases
{
public:
    explicit Phrases(QRandomGenerator &rng)
        : m_rng(rng)
    {
        m_places = {u("ấp Chợ"),      u("khóm 3"),        u("ấp Giồng Lớn"), u("phường 4"), u("chợ Trà Vinh"),    u("ấp Mới"),
                    u("xã Long Đức"), u("cầu Long Bình"), u("ấp Bến Có"),    u("khóm 5"),   u("trường tiểu học"), u("bến đò")};
        m_roads = {u("Nguyễn Đáng"), u("Điện Biên Phủ"), u("Quốc lộ 53"), u("Lê Lợi"), u("Phạm Ngũ Lão"), u("Võ Nguyên Giáp")};
        m_names = {u("Nguyễn Văn An"), u("Trần Thị Bích"), u("Lê Hoàng Nam"), u("Phạm Minh Đức"),   u("Thạch Sô Phênh"), u("Kim Thị Sa Rươl"),
                   u("Huỳnh Văn Tám"), u("Đặng Thị Hồng"), u("Võ Minh Tâm"),  u("Sơn Thị Kim Hoa"), u("Lâm Quốc Bảo"),   u("Dương Ngọc Trâm")};
        m_things = {u("xe máy"), u("điện thoại"), u("bò"), u("heo"), u("tiền mặt"), u("dây điện"), u("xe đạp"), u("vàng")};
        m_procedure = {
            u("Cho em hỏi làm căn cước công dân %1 cần mang theo giấy tờ gì ạ?"),
            u("Xin hỏi thủ tục đăng ký thường trú ở %1 như thế nào ạ"),
            u("cho e hỏi đk tạm trú cho người thuê trọ ở %1 làm ở đâu ạ"),
            u("Em muốn hỏi cấp hộ chiếu phổ thông lần đầu nộp online được không, em ở %1"),
            u("Mua xe máy cũ thì sang tên ở công an %1 hay huyện ạ?"),
            u("Xin hoi lam cccd cho con %1 tuoi can giay khai sinh ban chinh khong a"),
            u("Tài khoản định danh điện tử mức 2 của em bị khóa, giờ phải làm sao? Em ở %1"),
            u("Đã nộp hồ sơ CCCD %1 tháng mà chưa nhận được thẻ, cho hỏi tra cứu ở đâu"),
            u("Cho mình hỏi xác nhận thông tin cư trú ở %1 mất mấy ngày"),
            u("ad ơi cho e hỏi cccd bị mất làm lại có mất phí ko ạ, e ở %1"),
        };
        m_petition = {
            u("Phản ánh tình trạng hát karaoke ồn ào ở %1 kéo dài tới khuya, đề nghị công an xử lý"),
            u("Đường %1 có nhiều xe tải chạy quá tốc độ, mong công an kiểm tra"),
            u("Kiến nghị lắp đèn đường ở %1 vì buổi tối rất tối, dễ xảy ra trộm cắp"),
            u("Hàng xóm đổ rác ra đường ở %1 nhiều lần, tôi đã nhắc mà không được"),
            u("Phan anh nhom thanh nien dua xe moi toi tren duong %1"),
        };
        m_crime = {
            u("Tôi bị một người lạ gọi điện xưng là công an bắt chuyển %1 triệu vào tài khoản để điều tra"),
            u("Tố giác ông %1 thường xuyên bán ma túy cho thanh niên vào ban đêm"),
            u("Nhà tôi ở %1 bị mất trộm %2 tối hôm qua"),
            u("Có người lừa đảo bán hàng online, tôi chuyển %1 triệu rồi bị chặn Zalo"),
            u("To giac co nguoi o %1 cho vay nang lai, doi no bang cach nem mam tom"),
        };
        m_security = {
            u("Có nhóm thanh niên tụ tập đánh nhau ở %1, đang rất căng, có dao"),
            u("Đang có cháy ở %1, khói rất nhiều, mọi người ra giúp"),
            u("Tai nạn giao thông trên đường %1, có người bị thương nằm giữa đường"),
            u("Có người lạ đi lòng vòng trong %1 mấy đêm nay, bà con lo lắng"),
        };
        m_other = {u("Chào ad"),   u("Cảm ơn công an %1 nhiều ạ"),       u("Cho em xin số điện thoại trực ban ở %1"), u("Hello"),
                   u("[sticker]"), u("Chúc các anh công an %1 sức khỏe")};
        m_followUps = {u("Dạ em cảm ơn, cho em hỏi thêm là nộp ở %1 được không ạ"),
                       u("Sao chưa thấy trả lời ạ?"),
                       u("Em gửi thêm ảnh ạ"),
                       u("Vâng ạ, em cảm ơn"),
                       u("Dạ em hỏi lại là có cần photo công chứng không ạ"),
                       u("Hôm nay tôi thấy lại người đó ở %1")};
        m_answers = {u("Chào bạn, Công an đã tiếp nhận thông tin của bạn và sẽ xử lý theo quy định."),
                     u("Bạn vui lòng mang theo giấy khai sinh và giấy tờ cư trú đến bộ phận một cửa để được hướng dẫn."),
                     u("Cảm ơn bạn đã phản ánh, đơn vị sẽ cử cán bộ kiểm tra trong thời gian sớm nhất."),
                     u("Bạn có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia."),
                     u("Đơn vị đã chuyển thông tin đến cơ quan có thẩm quyền, bạn vui lòng chờ liên hệ.")};
    }

    QString first(Category category)
    {
        switch (category) {
        case Category::ProcedureQuestion:
            return fill(pick(m_procedure));
        case Category::Petition:
            return fill(pick(m_petition));
        case Category::CrimeReport:
            if (m_rng.bounded(100) == 0) // the rare word of the search benchmark
                return u("Nhà tôi ở %1 bị mất trộm máy cày đêm qua").arg(pick(m_places));
            return fill(pick(m_crime));
        case Category::SecurityReport:
            return fill(pick(m_security));
        case Category::Other:
            return fill(pick(m_other));
        }
        return {};
    }
    QString followUp() { return fill(pick(m_followUps)); }
    QString answer() { return pick(m_answers); }
    QString name() { return pick(m_names); }

private:
    const QString &pick(const QStringList &list) { return list.at(int(m_rng.bounded(int(list.size())))); }

    QString fill(const QString &pattern)
    {
        QString text = pattern;
        if (text.contains(QLatin1String("%1"))) {
            QString slot;
            switch (m_rng.bounded(4)) {
            case 0:
                slot = pick(m_places);
                break;
            case 1:
                slot = pick(m_roads);
                break;
            case 2:
                slot = QString::number(m_rng.bounded(2, 60));
                break;
            default:
                slot = pick(m_names);
                break;
            }
            text = text.arg(slot);
        }
        if (text.contains(QLatin1String("%2")))
            text = text.arg(pick(m_things));
        if (m_rng.bounded(10) == 0)
            text += u(" Số nhà %1, tổ %2.").arg(m_rng.bounded(1, 400)).arg(m_rng.bounded(1, 30));
        return text;
    }

    QRandomGenerator &m_rng;
    QStringList m_places, m_roads, m_names, m_things;
    QStringList m_procedure, m_petition, m_crime, m_security, m_other, m_followUps, m_answers;
};

struct Planned
{
    qint64 at = 0;
    QString user;
    bool incoming = true;
    QString text;
};

Category pickCategory(QRandomGenerator &rng)
{
    // Close to the province's first year: mostly procedure questions, few crime reports.
    const int r = int(rng.bounded(1000));
    if (r < 30)
        return Category::CrimeReport;
    if (r < 45)
        return Category::SecurityReport;
    if (r < 165)
        return Category::Petition;
    if (r < 920)
        return Category::ProcedureQuestion;
    return Category::Other;
}

domain::TriageResult triageFor(Category category, bool urgent, qint64 openedAt)
{
    domain::TriageResult t;
    t.category = category;
    t.urgent = urgent;
    t.confidence = 0.6 + 0.4 * (double(openedAt % 1000) / 1000.0);
    switch (category) {
    case Category::CrimeReport:
        t.dueAt = openedAt + (urgent ? kHour : 3 * kDay);
        break;
    case Category::SecurityReport:
        t.dueAt = openedAt + (urgent ? kHour : kDay);
        break;
    case Category::Petition:
        t.dueAt = openedAt + 14 * kDay;
        break;
    case Category::ProcedureQuestion:
        t.dueAt = openedAt + 2 * kDay + 8 * kHour;
        break;
    case Category::Other:
        break;
    }
    return t;
}

void progress(bool verbose, const char *format, double a, double b)
{
    if (verbose) {
        std::fprintf(stderr, format, a, b);
        std::fflush(stderr);
    }
}

} // namespace

qint64 BenchStore::referenceNow()
{
    return QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

Expected<BenchStoreInfo> BenchStore::ensure(const QString &path, const Options &options)
{
    BenchStoreInfo info;
    info.path = path;
    info.now = referenceNow();
    if (store::Database::isServerAddress(path))
        return ensureOnServer(path, options);
    const QString doneMarker = path + QStringLiteral(".done");
    if (QFileInfo::exists(path) && QFileInfo::exists(doneMarker)) {
        QFile marker(doneMarker);
        if (marker.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> parts = marker.readAll().trimmed().split(' ');
            if (parts.size() == 2) {
                info.messages = parts.at(0).toLongLong();
                info.cases = parts.at(1).toLongLong();
            }
        }
        return info;
    }
    // A half-built store from an interrupted run is started again.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    auto opened = store::Database::open(path);
    if (!opened)
        return opened.error();
    auto generated = generate(*opened, options, info);
    if (!generated)
        return generated.error();
    QFile marker(doneMarker);
    if (!marker.open(QIODevice::WriteOnly))
        return Error {Tr::tr("Cannot write %1.").arg(doneMarker)};
    marker.write(QByteArray::number(info.messages) + ' ' + QByteArray::number(info.cases) + '\n');
    return info;
}

Expected<BenchStoreInfo> BenchStore::ensureOnServer(const QString &url, const Options &options)
{
    BenchStoreInfo info;
    info.path = url;
    info.now = referenceNow();
    // A server has no file beside it: a finished store is marked by a settings row.
    auto opened = store::Database::initialize(url);
    if (!opened)
        return opened.error();
    {
        store::Statement marker(*opened, "SELECT value FROM settings WHERE key = ?1");
        marker.bind(1, QString::fromLatin1(kServerMarker));
        if (marker.next()) {
            const QStringList parts = marker.text(0).split(QLatin1Char(' '));
            if (parts.size() >= 2) {
                info.messages = parts.at(0).toLongLong();
                info.cases = parts.at(1).toLongLong();
            }
            return info;
        }
        if (marker.failed())
            return Error {marker.error()};
    }
    // A half-built store from an interrupted run is started again.
    if (auto r = discardServerStore(*opened, url); !r)
        return r.error();
    opened = store::Database::initialize(url);
    if (!opened)
        return opened.error();
    auto generated = generate(*opened, options, info);
    if (!generated)
        return generated.error();
    return markServerStore(*opened, info);
}

Status BenchStore::discardServerStore(store::Database &db, const QString &url)
{
    if (!store::Database::isServerAddress(url))
        return Error {Tr::tr("%1 is not a server's address.").arg(url)};
    // Never a real province's database: only one that holds nothing but what the generator wrote.
    store::Statement foreign(db,
                             "SELECT EXISTS (SELECT 1 FROM cases WHERE oa_id NOT LIKE 'bench-oa-%') "
                             "OR EXISTS (SELECT 1 FROM messages WHERE oa_id NOT LIKE 'bench-oa-%')");
    if (!foreign.next())
        return Error {Tr::tr("Cannot read %1: %2").arg(url, foreign.error())};
    if (foreign.int64(0) != 0)
        return Error {Tr::tr("%1 holds cases that are not a benchmark's: it is left untouched. Give the benchmark a database of its "
                             "own (CREATE DATABASE bench).")
                          .arg(url)};
    foreign.reset();
    return db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
}

Expected<BenchStoreInfo> BenchStore::markServerStore(store::Database &db, const BenchStoreInfo &info)
{
    store::Statement marker(db, "INSERT INTO settings (key, value) VALUES (?1, ?2)");
    marker.bind(1, QString::fromLatin1(kServerMarker)).bind(2, QStringLiteral("%1 %2").arg(info.messages).arg(info.cases));
    if (auto r = marker.exec(); !r)
        return r.error();
    return info;
}

Status BenchStore::generate(store::Database &db, const Options &options, BenchStoreInfo &info)
{
    QElapsedTimer timer;
    timer.start();
    store::UnitStore unitStore(db);
    if (auto seeded = unitStore.seedIfEmpty(QDate(2026, 11, 30)); !seeded)
        return seeded.error();
    auto units = unitStore.list();
    if (!units)
        return units.error();

    // Units' shares of the cases: communes receive most, a few busy ones much more.
    QRandomGenerator rng(options.seed);
    QVector<double> weight;
    double weightSum = 0;
    for (const domain::Unit &unit : *units) {
        double w = 1;
        switch (unit.level) {
        case domain::UnitLevel::Province:
            w = 30;
            break;
        case domain::UnitLevel::Department:
            w = 2;
            break;
        case domain::UnitLevel::District:
            w = 4;
            break;
        case domain::UnitLevel::Commune:
            w = 0.5 + 3.0 * rng.generateDouble() * rng.generateDouble();
            break;
        }
        weight.push_back(w);
        weightSum += w;
    }

    const qint64 now = info.now;
    qint64 casesLeft = options.cases;
    qint64 messagesLeft = options.messages;
    Phrases phrases(rng);
    store::IngestStore ingest(db);

    for (int ui = 0; ui < units->size(); ++ui) {
        const domain::Unit &unit = units->at(ui);
        const bool last = ui == units->size() - 1;
        const qint64 unitCases = last ? casesLeft : std::min<qint64>(casesLeft, qint64(double(options.cases) * weight.at(ui) / weightSum + 0.5));
        casesLeft -= unitCases;
        const QString oa = QStringLiteral("bench-oa-") + unit.id;

        QVector<Planned> planned;
        QHash<qint64, domain::TriageResult> triage; // by the first message's time, unique per unit
        QVector<domain::CitizenProfile> citizens;
        QSet<qint64> usedTimes;
        for (qint64 c = 0; c < unitCases; ++c) {
            const qint64 casesRemaining = casesLeft + (unitCases - c);
            // Messages per case around the target mean: 1 to 7, alternating citizen and unit.
            // (old cases answered last add about half a message to the mean, hence 1.47)
            const double mean = double(messagesLeft) / double(std::max<qint64>(1, casesRemaining));
            const double spread = std::max(1.0, 2.0 * (mean - 1.47) + 1.0);
            int count = std::clamp(1 + int(rng.generateDouble() * spread), 1, 7);

            qint64 openedAt = now - qint64(rng.generateDouble() * double(kHistory));
            while (usedTimes.contains(openedAt))
                ++openedAt;
            usedTimes.insert(openedAt);
            const bool recent = now - openedAt < 30 * kDay;
            // Old cases were answered last (and closed by themselves), but for a 2 % backlog.
            if (!recent && count % 2 == 1 && rng.bounded(50) != 0)
                count = count == 7 ? 6 : count + 1;

            const Category category = pickCategory(rng);
            const bool urgent
                = (category == Category::CrimeReport && rng.bounded(10) < 4) || (category == Category::SecurityReport && rng.bounded(10) < 5);
            triage.insert(openedAt, triageFor(category, urgent, openedAt));

            const QString user = QStringLiteral("bu%1-%2").arg(ui).arg(c);
            domain::CitizenProfile profile;
            profile.oaId = oa;
            profile.userId = user;
            profile.displayName = phrases.name();
            profile.fetchedAt = openedAt;
            citizens.push_back(profile);

            qint64 at = openedAt;
            for (int m = 0; m < count; ++m) {
                const bool incoming = m % 2 == 0;
                if (m > 0) {
                    const qint64 gap = incoming
                        ? kHour + qint64(rng.generateDouble() * 4 * kDay)
                        : (urgent ? 5 * kMinute + qint64(rng.bounded(50)) * kMinute : 20 * kMinute + qint64(rng.generateDouble() * 2 * kDay));
                    at += gap;
                }
                if (at >= now)
                    break;
                Planned p;
                p.at = at;
                p.user = user;
                p.incoming = incoming;
                p.text = m == 0 ? phrases.first(category) : (incoming ? phrases.followUp() : phrases.answer());
                planned.push_back(p);
            }
        }
        std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) { return a.at < b.at; });
        messagesLeft -= planned.size();

        {
            store::Transaction tx(db);
            for (const domain::CitizenProfile &p : citizens) {
                if (auto r = ingest.saveCitizen(p); !r)
                    return r.error();
            }
            if (auto r = tx.commit(); !r)
                return r.error();
        }

        const auto triageFunction = [&triage](const QString &, qint64 openedAtMs) {
            return triage.value(openedAtMs);
        };
        constexpr int kChunk = 4000;
        for (int start = 0; start < planned.size(); start += kChunk) {
            QVector<domain::IncomingMessage> chunk;
            const int end = std::min(int(planned.size()), start + kChunk);
            chunk.reserve(end - start);
            for (int i = start; i < end; ++i) {
                const Planned &p = planned.at(i);
                domain::IncomingMessage in;
                in.message.messageId = QStringLiteral("bm%1-%2").arg(ui).arg(i);
                in.message.oaId = oa;
                in.message.userId = p.user;
                in.message.incoming = p.incoming;
                in.message.sentAt = p.at;
                in.message.text = p.text;
                chunk.push_back(in);
            }
            auto result = ingest.ingest(unit.id, chunk, std::nullopt, triageFunction);
            if (!result)
                return result.error();
            info.messages += result->inserted;
            info.cases += result->casesOpened;
        }
        progress(options.verbose, "\rgenerating the benchmark store: %.0f messages, %.0f s   ", double(info.messages),
                 double(timer.elapsed()) / 1000.0);
    }
    auto closed = ingest.closeQuietCases(now);
    if (!closed)
        return closed.error();
    progress(options.verbose, "\rgenerated %.0f messages in %.0f s                      \n", double(info.messages), double(timer.elapsed()) / 1000.0);

    info.generated = true;
    info.generationSeconds = double(timer.elapsed()) / 1000.0;
    return {};
}

} // namespace casedesk::bench
