#include "jsonwriter.h"

namespace casedesk::simulator {

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItem.empty()) {
        if (m_hasItem.back())
            m_out += ',';
        m_hasItem.back() = true;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_hasItem.push_back(false);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_hasItem.pop_back();
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_hasItem.push_back(false);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_hasItem.pop_back();
}

void JsonWriter::key(const char *name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::string(const QString &value)
{
    stringBytes(value.toUtf8());
}

void JsonWriter::stringBytes(const QByteArray &utf8)
{
    beforeValue();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xF];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::id(const QString &digits, bool asNumber)
{
    if (!asNumber || digits.isEmpty()) {
        string(digits);
        return;
    }
    beforeValue();
    m_out += digits.toLatin1();
}

QByteArray JsonWriter::take()
{
    m_hasItem.clear();
    m_afterKey = false;
    return std::move(m_out);
}

} // namespace casedesk::simulator
