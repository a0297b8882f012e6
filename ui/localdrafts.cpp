#include "localdrafts.h"

#include "core/common/logging.h"
#include "core/common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace casedesk::ui {

namespace {

/// Typing goes on: the file follows within this delay of the last change.
constexpr int kWriteDelayMs = 500;

const QLatin1String kDrafts("drafts");
const QLatin1String kDatabase("database");
const QLatin1String kOfficer("officer");
const QLatin1String kCase("case");
const QLatin1String kText("text");
const QLatin1String kQuote("quote");
const QLatin1String kUpdatedAt("updatedAt");

} // namespace

QString LocalDrafts::fileName()
{
    return QStringLiteral("drafts-local.json");
}

LocalDrafts::LocalDrafts(const QString &folder, QString database, QString officer, QObject *parent)
    : QObject(parent)
    , m_path(QDir(folder).filePath(fileName()))
    , m_database(std::move(database))
    , m_officer(std::move(officer))
{
    m_writeTimer = new QTimer(this);
    m_writeTimer->setSingleShot(true);
    m_writeTimer->setInterval(kWriteDelayMs);
    connect(m_writeTimer, &QTimer::timeout, this, &LocalDrafts::flush);

    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi).noquote() << QStringLiteral("Cannot read the drafts kept on this PC in %1: %2").arg(m_path, file.errorString());
        return;
    }
    QJsonParseError error {};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (!json.isObject()) {
        qCWarning(lcUi).noquote() << QStringLiteral("Cannot read the drafts kept on this PC in %1: %2").arg(m_path, error.errorString());
        return;
    }
    const QJsonArray all = json.object().value(kDrafts).toArray();
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        const qint64 caseId = entry.value(kCase).toInteger();
        if (entry.value(kDatabase).toString() != m_database || entry.value(kOfficer).toString() != m_officer || caseId <= 0) {
            m_others.append(entry);
            continue;
        }
        m_mine.insert(caseId, {entry.value(kText).toString(), entry.value(kQuote).toString(), entry.value(kUpdatedAt).toInteger()});
    }
}

LocalDrafts::~LocalDrafts()
{
    if (m_dirty)
        flush();
}

void LocalDrafts::put(qint64 caseId, const Draft &draft)
{
    if (draft.text.trimmed().isEmpty()) {
        remove(caseId);
        return;
    }
    const auto it = m_mine.constFind(caseId);
    if (it != m_mine.constEnd() && it->text == draft.text && it->quote == draft.quote)
        return;
    m_mine.insert(caseId, draft);
    scheduleWrite();
}

void LocalDrafts::remove(qint64 caseId)
{
    if (m_mine.remove(caseId) > 0)
        scheduleWrite();
}

void LocalDrafts::scheduleWrite()
{
    m_dirty = true;
    m_writeTimer->start();
}

bool LocalDrafts::flush()
{
    m_writeTimer->stop();
    m_dirty = false;
    QJsonArray all = m_others;
    for (auto it = m_mine.constBegin(); it != m_mine.constEnd(); ++it) {
        all.append(QJsonObject {
            {kDatabase, m_database},
            {kOfficer, m_officer},
            {kCase, it.key()},
            {kText, it->text},
            {kQuote, it->quote},
            {kUpdatedAt, it->updatedAt},
        });
    }
    // Made 0600 before anything is written: QSaveFile keeps the permissions of the file it replaces.
    QString why;
    if (!privatefiles::createFileIfMissing(m_path)) {
        why = tr("%1 cannot be created").arg(m_path);
    } else {
        privatefiles::restrictFile(m_path);
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(QJsonObject {{kDrafts, all}}).toJson(QJsonDocument::Compact)) < 0
            || !file.commit())
            why = QStringLiteral("%1: %2").arg(m_path, file.errorString());
    }
    if (why.isEmpty())
        return true;
    m_dirty = true; // tried again at the next change
    qCWarning(lcUi).noquote() << "drafts not kept on this PC:" << why;
    Q_EMIT writeFailed(why);
    return false;
}

} // namespace casedesk::ui
