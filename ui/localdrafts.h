#pragma once

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>

class QTimer;

namespace casedesk::ui {

/// Half-written answers kept on this PC as well as in a shared database: the data folder's
/// drafts-local.json (mode 0600, like everything CaseDesk keeps there), so that what an officer
/// types while the data server is away survives a crash or a restart of the PC. Entries are
/// per database and officer (case ids are a database's; a PC may change servers, officers share
/// PCs); those of the others are kept as they were. Writes are debounced and atomic (QSaveFile).
class LocalDrafts final : public QObject
{
    Q_OBJECT

public:
    struct Draft
    {
        QString text;
        QString quote;
        qint64 updatedAt = 0; // UTC ms of the last edit
    };

    /// The file's name in the data folder.
    static QString fileName();

    /// Reads the drafts of @p database and @p officer from @p folder's file (none when missing;
    /// an unreadable file is logged and kept untouched until the next write replaces it).
    LocalDrafts(const QString &folder, QString database, QString officer, QObject *parent = nullptr);
    /// Writes what is still pending.
    ~LocalDrafts() override;

    QString filePath() const { return m_path; }
    /// This database's and officer's drafts, by case id.
    const QHash<qint64, Draft> &drafts() const { return m_mine; }
    /// Keeps @p draft of case @p caseId (a blank text removes it); written shortly.
    void put(qint64 caseId, const Draft &draft);
    /// Forgets the draft of case @p caseId (the answer was queued); written shortly.
    void remove(qint64 caseId);
    /// Writes what put() and remove() changed now; false when the file cannot be written (the
    /// drafts then live in memory and the store only: writeFailed() says why).
    bool flush();

Q_SIGNALS:
    /// The file could not be written: @p reason, in words.
    void writeFailed(const QString &reason);

private:
    void scheduleWrite();

    QString m_path;
    QString m_database;
    QString m_officer;
    QJsonArray m_others; // entries of other databases or officers, as read
    QHash<qint64, Draft> m_mine;
    QTimer *m_writeTimer = nullptr;
    bool m_dirty = false;
};

} // namespace casedesk::ui
