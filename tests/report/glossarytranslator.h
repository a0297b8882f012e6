#pragma once

// Test-only: a translator that reads the JSON glossary the lead feeds to scripts/ts-fill.py
// (tests/report/data/glossary-vi.json), so the document can be checked in Vietnamese before
// the .ts files are filled. Keys are "Context::source" or "source"; plurals are lists.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace casedesk::tests {

class GlossaryTranslator final : public QTranslator
{
public:
    bool load(const QString &fileName)
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_glossary = QJsonDocument::fromJson(file.readAll()).object();
        return !m_glossary.isEmpty();
    }

    bool isEmpty() const override { return m_glossary.isEmpty(); }

    QString translate(const char *context, const char *sourceText, const char * /*disambiguation*/, int /*n*/) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        QJsonValue value = m_glossary.value(QString::fromUtf8(context) + QStringLiteral("::") + source);
        if (value.isUndefined())
            value = m_glossary.value(source);
        if (value.isArray())
            value = value.toArray().first();
        return value.toString();
    }

private:
    QJsonObject m_glossary;
};

} // namespace casedesk::tests
