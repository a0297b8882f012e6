#pragma once

#include "zaloerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace casedesk::zalo::json {

/// Rewrites bare integer literals of @p minDigits digits or more as JSON strings, so that ids
/// larger than 2^53 survive QJsonDocument (which would turn them into doubles and lose digits).
/// Text inside strings is left untouched; other numbers keep their form.
QByteArray quoteBigIntegers(const QByteArray &json, int minDigits = 16);

/// Parses a JSON document with big integers kept exact (as strings) and strings that are not
/// UTF-8 mended rather than refused (repairJsonUtf8 in jsonutf8.h).
Expected<QJsonValue, ZaloError> parse(const QByteArray &body);

/// Parses Zalo's envelope {"data":…, "error":0, "message":…}: the data, or the typed error.
Expected<QJsonValue, ZaloError> parseEnvelope(const QByteArray &body);

/// A string, or a number written out as digits (ids, phone numbers); empty for anything else.
QString text(const QJsonValue &value);
/// A number, or a string of digits; @p fallback for anything else.
qint64 int64(const QJsonValue &value, qint64 fallback = 0);
/// The Zalo error code of an object ("error" as number or string), 0 when absent.
int errorCode(const QJsonObject &object);

} // namespace casedesk::zalo::json
