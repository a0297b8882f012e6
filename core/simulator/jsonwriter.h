#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace casedesk::simulator {

/// Writes JSON straight into UTF-8 bytes. The simulator needs it because QJsonDocument cannot
/// write an integer above 2^53 exactly, and Zalo sometimes sends ids as such numbers.
class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);

    void string(const QString &value);
    /// A string of @p utf8 as it is, escaped but not checked: the invalid_utf8 fault writes
    /// bytes that are not UTF-8 with it.
    void stringBytes(const QByteArray &utf8);
    void number(qint64 value);
    void boolean(bool value);
    void null();
    /// A digit-string id: quoted, or as a bare JSON number when @p asNumber.
    void id(const QString &digits, bool asNumber);

    QByteArray take();

private:
    void beforeValue();

    QByteArray m_out;
    std::vector<bool> m_hasItem; // per open container: something already written in it
    bool m_afterKey = false;
};

} // namespace casedesk::simulator
