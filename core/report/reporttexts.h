#pragma once

#include "core/report/dailyreport.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk::report {

/// The words of the summary document, shared by the HTML writer and the PDF/print renderer so
/// that both say the same thing (Vietnamese administrative document, Decree 30/2020/NĐ-CP).
class ReportTexts final
{
    Q_DECLARE_TR_FUNCTIONS(casedesk::report::ReportTexts)

public:
    static QString nationalTitle(); // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    static QString motto(); // Độc lập - Tự do - Hạnh phúc
    static QString title(); // BÁO CÁO TỔNG HỢP NGÀY
    static QString subtitle(); // Tiếp nhận, xử lý tin nhắn của người dân qua Zalo
    /// "Trà Vinh, ngày 05 tháng 02 năm 2026": day below 10 and months 1–2 with a leading zero.
    static QString placeAndDate(const QString &place, const QDate &date);
    /// The day and the unit the figures cover.
    static QString period(const DailyReport &report);
    static QString scope(const DailyReport &report);
    static QString scope(const domain::Unit &unit);

    static QString sectionReceived();
    static QString sectionHandling();
    static QString sectionFirstResponse();
    static QString sectionUrgent();
    static QString sectionCharts();

    static QString received();
    static QString answered();
    static QString forwarded();
    static QString escalated();
    static QString returned();
    static QString closed();
    static QString open();
    static QString overdue();
    static QString missedReplyWindow();
    static QString missedDetail(const MissedReplyWindow &missed);
    static QString total();

    static QString columnFigure();
    static QString columnThisDay();
    static QString columnPreviousDay();
    static QString columnAverage7();
    static QString columnChange();
    static QString columnCategory();
    static QString columnLevel();
    static QString columnUnit();
    static QString columnCount();
    static QString columnCases();
    static QString columnMedian();
    static QString columnP90();
    static QString columnWithinDeadline();
    static QString columnCode();
    static QString columnWaiting();
    static QString columnNumber(); // "No." (STT)

    static QString chartByCategory();
    static QString chartByHour();
    static QString chartByLevel();
    static QString noUrgentOpen();
    /// Section IV in the body: how many urgent cases are still open, how many overdue, and that
    /// the list is the annex.
    static QString urgentSummary(const DailyReport &report);

    // The annex: the urgent cases still open, one line each.
    static QString annexTitle(); // PHỤ LỤC
    static QString annexSubtitle(); // DANH SÁCH VỤ VIỆC KHẨN CHƯA KẾT THÚC
    static QString annexAttachedTo(const DailyReport &report); // (Kèm theo Báo cáo … ngày …)
    static QString columnReceived();
    static QString columnOverdue();
    static QString overdueMark();
    /// "07/11 15:17" in the report's time zone ("07/11/2025 15:17" in another year than the report's).
    static QString dateTime(const DailyReport &report, qint64 utcMs);

    /// "Nơi nhận:" and its lines ("- Lãnh đạo … (để báo cáo);", "- Các đơn vị trực thuộc;",
    /// "- Lưu: VT."), as Vietnamese official documents end.
    static QString recipientsHeading();
    static QStringList recipients(const DailyReport &report);
    static QStringList recipients(const domain::Unit &unit, const QString &parentUnitName);

    static QString preparedBy(); // NGƯỜI LẬP BIỂU
    static QString headOfUnit(); // LÃNH ĐẠO ĐƠN VỊ
    static QString signHint(); // (Ký, ghi rõ họ tên)
    /// The line that anchors the case history: its event count and head hash, and how to check it.
    static QString historyAnchor(qint64 events, const QString &anchor);

    /// "12.5 min", "3 h 20 min"; "—" when empty.
    static QString minutes(const std::optional<double> &value);
    /// "85%"; "—" when empty.
    static QString share(const std::optional<double> &value);
    /// "+3", "−2", "0" (with one decimal for averages).
    static QString change(double delta, bool decimals = false);
    static QString number(double value, bool decimals = false);
    static QString waiting(qint64 minutes);
};

} // namespace casedesk::report
