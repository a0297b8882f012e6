#include "caseconversation.h"

#include "casesession.h"
#include "caseviewstrings.h"
#include "casewidgets.h"

#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk::ui {

CaseConversation::CaseConversation(const CaseSession &session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("conversation"));
    setWidgetResizable(true);
    m_thread = new QWidget(this);
    m_threadLayout = new QVBoxLayout(m_thread);
    m_threadLayout->addStretch(1);
    setWidget(m_thread);
}

QString CaseConversation::outboxStateText(const domain::OutboxItem &o)
{
    if (o.state == QLatin1String("queued"))
        return CaseViewStrings::tr("Queued");
    if (o.state == QLatin1String("sending"))
        return CaseViewStrings::tr("Sending");
    if (o.state == QLatin1String("sent"))
        return CaseViewStrings::tr("Sent");
    if (o.state == QLatin1String("failed"))
        return o.error.isEmpty() ? CaseViewStrings::tr("Failed") : CaseViewStrings::tr("Failed: %1").arg(o.error);
    if (o.state == QLatin1String("uncertain"))
        return CaseViewStrings::tr("Uncertain (being checked against the conversation)");
    if (o.state == QLatin1String(domain::outboxstate::kPendingApproval))
        return CaseViewStrings::tr("Waiting for an editor's approval (not sent yet)");
    if (o.state == QLatin1String(domain::outboxstate::kRejected))
        return CaseViewStrings::tr("Sent back by the editor, not sent: %1").arg(o.error);
    if (o.state == QLatin1String(domain::outboxstate::kGivenUp))
        return o.error.isEmpty() ? CaseViewStrings::tr("Failed, given up: not sent")
                                 : CaseViewStrings::tr("Failed, given up: not sent (%1)").arg(o.error);
    return o.state;
}

void CaseConversation::render()
{
    // Rebuild the thread: a case holds tens of messages, not thousands.
    while (m_threadLayout->count() > 1) {
        QLayoutItem *item = m_threadLayout->takeAt(0);
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const domain::CaseDetail &detail = m_session.detail();
    const QString citizenName = m_session.citizenName();
    QHash<QString, const domain::OutboxItem *> outboxByMessage;
    for (const domain::OutboxItem &o : detail.outbox)
        if (!o.messageId.isEmpty())
            outboxByMessage.insert(o.messageId, &o);

    for (const domain::MessageRecord &m : detail.messages) {
        QString url;
        if (m.type != QLatin1String("text"))
            url = QJsonDocument::fromJson(m.raw).object().value(QStringLiteral("url")).toString();
        QString meta = caseTimeText(m.sentAt) + QStringLiteral(" · ") + (m.incoming ? citizenName : CaseViewStrings::tr("Unit"));
        if (m.type != QLatin1String("text"))
            meta += QStringLiteral(" · [") + m.type + QLatin1Char(']');
        if (const auto *o = outboxByMessage.value(m.messageId))
            meta += QStringLiteral(" · ") + outboxStateText(*o) + QStringLiteral(" · ") + o->officer;
        addBubble(m.incoming, meta, m.text, m.incoming ? m.messageId : QString(), url);
    }
    // Answers not (yet) seen in the conversation: their outbox state.
    QSet<QString> known;
    for (const domain::MessageRecord &m : detail.messages)
        known.insert(m.messageId);
    for (const domain::OutboxItem &o : detail.outbox) {
        if (!o.messageId.isEmpty() && known.contains(o.messageId))
            continue;
        const QString meta = caseTimeText(o.createdAt) + QStringLiteral(" · ") + o.officer + QStringLiteral(" · ") + outboxStateText(o);
        addBubble(false, meta, o.text, QString(), QString());
    }
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

void CaseConversation::addBubble(bool incoming, const QString &meta, const QString &text, const QString &messageId, const QString &url)
{
    auto *rowWidget = new QWidget(m_thread);
    auto *rowLayout = new QHBoxLayout(rowWidget);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *bubble = new QFrame(rowWidget);
    bubble->setObjectName(incoming ? QStringLiteral("citizenBubble") : QStringLiteral("unitBubble"));
    bubble->setFrameShape(QFrame::StyledPanel);
    bubble->setAutoFillBackground(true);
    QPalette pal = bubble->palette();
    pal.setColor(QPalette::Window, incoming ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase));
    bubble->setPalette(pal);
    auto *b = new QVBoxLayout(bubble);
    auto *metaLabel = plainTextLabel(meta, bubble);
    QFont small = metaLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    metaLabel->setFont(small);
    b->addWidget(metaLabel);
    if (!text.isEmpty()) {
        auto *body = plainTextLabel(text, bubble);
        body->setObjectName(QStringLiteral("messageText"));
        b->addWidget(body);
    }
    const QUrl link(url);
    if (link.isValid() && (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http"))) {
        auto *open = new QPushButton(CaseViewStrings::tr("Open attachment (%1)").arg(link.host()), bubble);
        open->setToolTip(Qt::convertFromPlainText(url));
        connect(open, &QPushButton::clicked, this, [link] { QDesktopServices::openUrl(link); });
        b->addWidget(open, 0, Qt::AlignLeft);
    }
    if (incoming && !messageId.isEmpty()) {
        auto *quote = new QPushButton(CaseViewStrings::tr("Quote"), bubble);
        quote->setObjectName(QStringLiteral("quoteButton"));
        connect(quote, &QPushButton::clicked, this, [this, messageId] { Q_EMIT quoteRequested(messageId); });
        b->addWidget(quote, 0, Qt::AlignRight);
    }
    if (incoming) {
        rowLayout->addWidget(bubble, 4);
        rowLayout->addStretch(1);
    } else {
        rowLayout->addStretch(1);
        rowLayout->addWidget(bubble, 4);
    }
    m_threadLayout->insertWidget(m_threadLayout->count() - 1, rowWidget);
}

} // namespace casedesk::ui
