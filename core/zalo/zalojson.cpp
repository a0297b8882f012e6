#include "zalojson.h"

#include "jsonutf8.h"

#include "core/common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace casedesk::zalo::json {

QByteArray quoteBigIntegers(const QByteArray &json, int minDigits)
{
    QByteArray out;
    out.reserve(json.size() + 64);
    const qsizetype n = json.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = json.at(i);
        if (c == '"') {
            // Copy the whole string literal, escapes included.
            const qsizetype start = i++;
            while (i < n && json.at(i) != '"')
                i += json.at(i) == '\\' ? 2 : 1;
            i = std::min(i + 1, n);
            out.append(json.constData() + start, i - start);
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            const qsizetype start = i;
            if (c == '-')
                ++i;
            qsizetype digits = 0;
            while (i < n && json.at(i) >= '0' && json.at(i) <= '9') {
                ++i;
                ++digits;
            }
            bool integer = true;
            while (i < n
                   && (json.at(i) == '.' || json.at(i) == 'e' || json.at(i) == 'E' || json.at(i) == '+' || json.at(i) == '-'
                       || (json.at(i) >= '0' && json.at(i) <= '9'))) {
                integer = false;
                ++i;
            }
            const QByteArray token = json.mid(start, i - start);
            if (integer && digits >= minDigits) {
                out.append('"');
                out.append(token);
                out.append('"');
            } else {
                out.append(token);
            }
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

Expected<QJsonValue, ZaloError> parse(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return ZaloError::malformed(QStringLiteral("empty answer"));
    // QJsonDocument refuses a whole document for one string that is not UTF-8, and a page
    // refused every time would stop an account's sync for good at that message: such strings
    // are mended first (see repairJsonUtf8 for how).
    const Utf8Repair repaired = repairJsonUtf8(body);
    if (repaired.undecodableMessages > 0 || repaired.lossyStrings > 0)
        qCInfo(lcZalo) << "an answer held text that is not UTF-8:" << repaired.undecodableMessages << "message(s) kept as unreadable,"
                       << repaired.lossyStrings << "other string(s) decoded with U+FFFD";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(quoteBigIntegers(repaired.json), &error);
    if (error.error != QJsonParseError::NoError) {
        // Neither the body nor part of it goes to the log: it may hold citizens' words or tokens.
        return ZaloError::malformed(
            QStringLiteral("not JSON (%1 at offset %2 of %3 bytes)").arg(error.errorString()).arg(error.offset).arg(body.size()));
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return ZaloError::malformed(QStringLiteral("JSON is neither an object nor an array"));
}

Expected<QJsonValue, ZaloError> parseEnvelope(const QByteArray &body)
{
    auto value = parse(body);
    if (!value)
        return value.error();
    if (!value->isObject())
        return ZaloError::malformed(QStringLiteral("the answer is not a JSON object"));
    const QJsonObject object = value->toObject();
    if (!object.contains(QStringLiteral("error")) && !object.contains(QStringLiteral("data")))
        return ZaloError::malformed(QStringLiteral("the answer has neither \"error\" nor \"data\""));
    if (const int code = errorCode(object); code != 0)
        return ZaloError::fromZaloCode(code, text(object.value(QStringLiteral("message"))));
    return object.value(QStringLiteral("data"));
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return QString();
}

qint64 int64(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        return ok ? v : fallback;
    }
    return fallback;
}

int errorCode(const QJsonObject &object)
{
    return int(int64(object.value(QStringLiteral("error")), 0));
}

} // namespace casedesk::zalo::json
